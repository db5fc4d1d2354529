#!/usr/bin/env node
"use strict";
/**
 * How far the family fallback (src/core/recognise/families/evidence-fallback.ts) reaches on sheets printed without
 * the words a reader keys on: every real sheet of a family (test/fixtures/real, never validation) printed again
 *   stripped: its title lines and its header line(s) blanked (the rows above its first item line, or above and at its
 *             header row), its lines and numbers kept;
 *   untitled: its title lines blanked only (the rows above its header row), sheet named "Sheet1".
 * For each family: how many variants the whole pipeline names right, how many the readers leave unknown, how many the
 * fallback names (right / wrong). Reads the built lib/ (npm run build:lib first).
 *   node scripts/family-fallback-variants.js [--list]
 */
const { readFileSync, readdirSync } = require("fs");
const { join } = require("path");
const ROOT = join(__dirname, "..");
const { Grid } = require(join(ROOT, "lib/core/grid/grid.js"));
const { reviewFamily } = require(join(ROOT, "lib/core/review.js"));
const { sheetFeatures, detectFamily } = require(join(ROOT, "lib/core/recognise/index.js"));
const { MIN_CONFIDENCE } = require(join(ROOT, "lib/core/recognise/families/index.js"));
const { fallbackFamily } = require(join(ROOT, "lib/core/recognise/families/evidence-fallback.js"));
const DIR = join(ROOT, "test/fixtures/real");
const list = process.argv.includes("--list");

/** The grid with rows 1…last blanked (every cell ""), the merges that touch them dropped. */
function blanked(j, last) {
  const rows = j.grid.map((row, i) => (i + 1 <= last ? row.map(() => "") : row));
  const merges = (j.merges || []).filter((m) => {
    const nums = m.match(/\d+/g).map(Number);
    return Math.min(...nums) > last;
  });
  return Grid.fromValues("Sheet1", rows, merges);
}

const stats = {};
const lines = [];
for (const f of readdirSync(DIR).sort()) {
  if (!f.endsWith(".truth.json")) continue;
  const id = f.slice(0, -".truth.json".length);
  const truth = JSON.parse(readFileSync(join(DIR, f), "utf8"));
  const fam = truth.family;
  const j = JSON.parse(readFileSync(join(DIR, id + ".json"), "utf8"));
  const firstItem = (truth.indicators || []).reduce((m, i) => Math.min(m, i.row || Infinity), Infinity);
  const header = truth.header_row || null;
  const variants = [];
  // stripped: title and header words gone (down to the header's last line: the row above the first item, or the header row)
  const cut = Number.isFinite(firstItem) ? firstItem - 1 : header;
  if (cut) variants.push(["stripped", cut]);
  if (header && header > 1) variants.push(["untitled", header - 1]);
  for (const [kind, last] of variants) {
    const g = blanked(j, last);
    const got = reviewFamily(g);
    const feats = sheetFeatures(g);
    // (named by the fallback: no reader reached MIN_CONFIDENCE, the fallback named the family the sheet got)
    const readers = Math.max(...Object.values(detectFamily(feats).scores));
    const fb = readers < MIN_CONFIDENCE ? fallbackFamily(feats) : null;
    const s = (stats[`${kind} ${fam}`] ||= { n: 0, right: 0, fallbackRight: 0, fallbackWrong: 0 });
    s.n++;
    if (got === fam) s.right++;
    const byFallback = fb && got === fb.family;
    if (byFallback && got === fam) s.fallbackRight++;
    if (byFallback && got !== fam) s.fallbackWrong++;
    if (list && got !== fam) lines.push(`${kind}\t${fam}\t${got}${byFallback ? " (fallback " + fb.why + ")" : ""}\t${id}`);
  }
}
if (list) console.log(lines.join("\n"));
const keys = Object.keys(stats).sort();
console.log("variant family                 sheets  right  by-fallback right / wrong");
for (const k of keys) {
  const s = stats[k];
  console.log(`${k.padEnd(30)} ${String(s.n).padStart(6)} ${String(s.right).padStart(6)}  ${s.fallbackRight} / ${s.fallbackWrong}`);
}
