#!/usr/bin/env python3
"""scan56: turns a batch file of stored pages into test/fixtures/scan/<id>.json one-column grids (one line per row,
exactly as stored; blank lines dropped). Batch format: a header line
  @@ id | source_url | region | year | title
then the page's stored text up to the next @@ line. SCAN_SESSION=<n> in the environment writes "session": n into each page
(scan58: a session's pages are pinned by its own test, test/core/scan<n>.test.ts)."""
import json, os, sys
out = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "scan")
for path in sys.argv[1:]:
    blocks = open(path, encoding="utf8").read().split("\n@@ ")
    for b in blocks:
        b = b[3:] if b.startswith("@@ ") else b
        if not b.strip():
            continue
        head, _, body = b.partition("\n")
        parts = [p.strip() for p in head.split(" | ")]
        pid, url, region, year, title = parts[0], parts[1], parts[2], parts[3], " | ".join(parts[4:])
        rows = [[line.strip()] for line in body.split("\n") if line.strip()]
        doc = {"id": pid, "source_url": url, "region": region, "year": int(year) if year.isdigit() else None, "title": title}
        if os.environ.get("SCAN_SESSION"):
            doc["session"] = int(os.environ["SCAN_SESSION"])
        doc["grid"] = rows
        with open(os.path.join(out, pid + ".json"), "w", encoding="utf8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(pid, len(rows))
