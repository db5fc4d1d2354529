#!/usr/bin/env node
"use strict";
/**
 * The floor a reader is measured against: a minimal unzip-and-tokenise pass over every worksheet and
 * the shared strings of each .xlsx in a folder (fflate unzip + saxes with empty handlers). It builds
 * nothing. Prints "baseline-maxrss-kb N cpu-ms M files F" on stderr.
 */
const { readdirSync, readFileSync, statSync } = require("fs");
const { join } = require("path");
const { unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.xlsx$/i.test(name)) out.push(p);
  }
  return out;
}

const PART = /^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml)$/;
let n = 0;
for (const file of walk(process.argv[2], [])) {
  const parts = unzipSync(readFileSync(file), { filter: (f) => PART.test(f.name) });
  for (const name of Object.keys(parts)) {
    const p = new SaxesParser({ position: false });
    p.write(new TextDecoder().decode(parts[name]));
    p.close();
  }
  n++;
}
const u = process.resourceUsage();
process.stderr.write(`baseline-maxrss-kb ${u.maxRSS} cpu-ms ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)} files ${n}\n`);
