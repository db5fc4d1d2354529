#!/bin/sh
# scan56: is each url (args) already a fixture (outside the held-out split) or claimed? prints "TAKEN url" or "FREE url"
cd "$(dirname "$0")/.." || exit 1
for u in "$@"; do
  if grep -rlF --exclude-dir=validation "$u" test/fixtures >/dev/null 2>&1 || grep -qF "$u" /work/wt/briefs/claims.txt; then echo "TAKEN $u"; else echo "FREE $u"; fi
done
