#!/usr/bin/env node
"use strict";
/**
 * How often the rubric-points hint fires where it should: over every development sheet (test/fixtures/real, extra,
 * corpus; never validation), each indicator whose 评分标准 (or, with no rubric column, its own text) states awards
 * gets its 分值 changed by +1, one at a time, and the sheet is reviewed again through lib/ (build it first:
 * npm run build:lib). Found: a new rubric-points-mismatch finding on the item's row (its rubric, name or weight cell).
 *
 *   node scripts/sweep-rubric.js [--verbose] [--only id,id] [--cause NAME]
 *
 * Prints found/total, the misses counted by a rough cause read from the text (a deduction, per occurrence, a range, a
 * cap, one award, a bonus …: the first that applies), and with --verbose the missed texts. Also counts the hints the
 * unchanged sheets raise (they should be the truths' own).
 */
const fs = require("fs");
const path = require("path");
const { toCell, sheetName } = require("./corpus-cells.js");

const ROOT = path.resolve(__dirname, "..");
const FIX = path.join(ROOT, "test", "fixtures");
const { Grid } = require(path.join(ROOT, "lib", "core", "grid", "grid.js"));
const { review } = require(path.join(ROOT, "lib", "core", "review.js"));
const { compact } = require(path.join(ROOT, "lib", "core", "text", "normalize.js"));

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const onlyArg = args.indexOf("--only");
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(",")) : null;
const causeArg = args.indexOf("--cause");
const showCause = causeArg >= 0 ? args[causeArg + 1] : null;

function cases() {
  const out = [];
  const add = (split, id, file) => {
    if (only && !only.has(id)) return;
    const j = JSON.parse(fs.readFileSync(file, "utf8"));
    out.push({ split, id, json: j });
  };
  for (const f of fs.readdirSync(path.join(FIX, "real")).filter((f) => /^[^.]+\.json$/.test(f)).sort())
    add("real", f.replace(/\.json$/, ""), path.join(FIX, "real", f));
  for (const f of fs.readdirSync(path.join(FIX, "extra")).filter((f) => /^[^.]+\.json$/.test(f)).sort())
    add("extra", f.replace(/\.json$/, ""), path.join(FIX, "extra", f));
  for (const f of fs.readdirSync(path.join(FIX, "corpus", "cases")).filter((f) => /^[^.]+\.json$/.test(f)).sort())
    add("corpus", f.replace(/\.json$/, ""), path.join(FIX, "corpus", "cases", f));
  return out;
}

function gridOf(c) {
  const values = (c.json.grid || []).map((row) => row.map((t) => toCell(t).v));
  return Grid.fromValues(sheetName(c.json.title, c.id), values, c.json.merges || []);
}

/** a positive award in a text: 得/计/记/给/加 N分, or a bracketed (N分) */
const AWARD = /(?:得|计|记|给|加)(\d+(?:\.\d+)?)分|\((\d+(?:\.\d+)?)分\)/g;
function awardsIn(text) {
  const out = [];
  for (const m of compact(text).matchAll(AWARD)) {
    const n = Number(m[1] ?? m[2]);
    if (n > 0) out.push(n);
  }
  return out;
}

/** the rough cause of a miss, read from the text: the first that applies */
function causeOf(text) {
  const c = compact(text);
  if (/\d[-~～至]\d/.test(c)) return "range";
  if (/每/.test(c) && /扣/.test(c)) return "per-occurrence deduction";
  if (/扣/.test(c)) return "deduction";
  if (/每/.test(c)) return "per occurrence";
  if (/酌情|视情/.test(c)) return "judgement";
  if (/满分|最高|最多|不超过|总分/.test(c)) return "cap";
  if (/加\d|加分|奖励/.test(c)) return "bonus";
  if (/不得分|不计分|得0分/.test(c)) return "otherwise zero";
  if (awardsIn(c).length < 2) return "one award";
  if (/以上|以下|达到|%/.test(c)) return "threshold tiers";
  return "other";
}

const rowOf = (a) => Number(/\d+/.exec(a)[0]);
const hintKey = (f) => `${f.rule}@${f.cell}:${f.message}`;

let total = 0;
let found = 0;
let baseHints = 0;
const misses = new Map();
const t0 = Date.now();
for (const c of cases()) {
  let grid;
  let base;
  try {
    grid = gridOf(c);
    base = review(grid);
  } catch (e) {
    continue;
  }
  const baseSet = new Set(base.findings.map(hintKey));
  baseHints += base.findings.filter((f) => f.rule === "rubric-points-mismatch").length;
  const inds = base.forms ? base.forms.flatMap((f) => f.result.model.indicators) : base.model.indicators;
  for (const i of inds) {
    if (i.weight === null || !i.weightCell) continue;
    let text = i.rubric;
    let own = false;
    if (!text) {
      if (i.rubricCell || !i.nameCell) continue;
      const { row, col } = parseA1(i.nameCell);
      text = grid.text(row, col);
      own = true;
      if ((compact(text).match(/\(\d+(?:\.\d+)?分\)/g) || []).length < 2) continue;
    } else if (!awardsIn(text).length) continue;
    const { row, col } = parseA1(i.weightCell);
    const cell = grid.cell(row, col);
    if (!cell || typeof cell.v !== "number") continue;
    total++;
    const mutated = grid.withCells([{ cell: i.weightCell, value: { v: cell.v + 1 } }]);
    let res;
    try {
      res = review(mutated);
    } catch (e) {
      continue;
    }
    const rows = new Set([i.rubricCell, i.nameCell, i.weightCell].filter(Boolean).map(rowOf));
    const hit = res.findings.some((f) => f.rule === "rubric-points-mismatch" && !baseSet.has(hintKey(f)) && rows.has(rowOf(f.cell)));
    if (hit) {
      found++;
      continue;
    }
    const cause = (own ? "own text: " : "") + causeOf(text);
    if (!misses.has(cause)) misses.set(cause, []);
    misses.get(cause).push(`${c.split}/${c.id} ${i.weightCell} ${cell.v}→${cell.v + 1}: ${compact(text).slice(0, 160)}`);
  }
}

function parseA1(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

console.log(`rubric hint on a 分值 changed by +1: found ${found}/${total} (${total ? Math.round((100 * found) / total) : 0}%), ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`rubric-points hints on the unchanged sheets: ${baseHints}`);
console.log("misses by cause:");
for (const [cause, list] of [...misses].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${String(list.length).padStart(4)}  ${cause}`);
  if (verbose || showCause === cause) for (const x of list) console.log(`          ${x}`);
}
