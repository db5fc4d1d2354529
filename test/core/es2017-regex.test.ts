import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

/**
 * The core runs in the WPS add-in too, whose bundle is ES2017 (an older embedded Chromium). A bundler lowers newer
 * syntax but not newer regular expressions: no Unicode property escapes (\p{…}), lookbehind or named groups in
 * `src/core`. (The browser suite parses the built WPS bundle as ES2017; this catches it without a build.)
 */
const ROOT = join(__dirname, "..", "..", "src", "core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

test("no regular expression feature newer than ES2017 in src/core", () => {
  const found: string[] = [];
  for (const f of files(ROOT)) {
    readFileSync(f, "utf8").split("\n").forEach((line, i) => {
      if (/^\s*(\*|\/\/)/.test(line)) return; // comments
      if (/\\[pP]\{|\(\?<[=!]|\(\?<[A-Za-z]/.test(line)) found.push(`${f.slice(ROOT.length + 1)}:${i + 1}`);
    });
  }
  expect(found).toEqual([]);
});
