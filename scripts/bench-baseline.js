#!/usr/bin/env node
"use strict";
/**
 * The floor a reader is measured against: a minimal unzip-and-tokenise pass over every worksheet and
 * the shared strings of each .xlsx in a folder (fflate unzip + saxes with empty handlers). It builds
 * nothing. Prints "baseline-maxrss-kb N cpu-ms M files F" on stderr.
 * BASELINE_INFLATE=zlib inflates with node:zlib instead of fflate (the CLI's own inflater): shown by the
 * bench for reference only, the targets are against the fflate floor.
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

/** the same parts through node:zlib: a bare central-directory walk (no zip64, no checks) */
function unzipZlib(buf) {
  const { inflateRawSync } = require("zlib");
  const u16 = (o) => buf.readUInt16LE(o);
  const u32 = (o) => buf.readUInt32LE(o);
  let eocd = buf.length - 22;
  while (eocd > 0 && u32(eocd) !== 0x06054b50) eocd--;
  const out = {};
  for (let i = 0, p = u32(eocd + 16); i < u16(eocd + 10); i++) {
    const name = buf.toString("utf8", p + 46, p + 46 + u16(p + 28));
    if (PART.test(name)) {
      const h = u32(p + 42);
      const start = h + 30 + u16(h + 26) + u16(h + 28);
      const data = buf.subarray(start, start + u32(p + 20));
      out[name] = u16(p + 10) === 8 ? inflateRawSync(data) : data;
    }
    p += 46 + u16(p + 28) + u16(p + 30) + u16(p + 32);
  }
  return out;
}

const ZLIB = process.env.BASELINE_INFLATE === "zlib";
let n = 0;
for (const file of walk(process.argv[2], [])) {
  const bytes = readFileSync(file);
  const parts = ZLIB ? unzipZlib(bytes) : unzipSync(bytes, { filter: (f) => PART.test(f.name) });
  for (const name of Object.keys(parts)) {
    const p = new SaxesParser({ position: false });
    p.write(new TextDecoder().decode(parts[name]));
    p.close();
  }
  n++;
}
const u = process.resourceUsage();
process.stderr.write(`baseline-maxrss-kb ${u.maxRSS} cpu-ms ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)} files ${n}\n`);
