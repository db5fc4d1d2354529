#!/usr/bin/env node
"use strict";
/**
 * False alarms on excerpts and blank forms, manufactured from the development sheets (never validation):
 *
 *   npm run build:lib && node scripts/eval-cuts.js [--split corpus,extra,real] [--only id,id] [--json] [--all-cuts]
 *
 * For every sheet of test/fixtures/{corpus/cases,extra,real} it reviews the transcription (lib/, the JSON grid), then
 *  (a) CUTS: the grid cut after row k (merges clipped at the cut, as a page of a printed table ends), for a
 *      deterministic sample of at most 8 rows between the indicator header + 1 and the last row (evenly spaced, plus
 *      the first row of every third vertically merged group below the header: a cut inside a merged group). An
 *      error/warning of the cut sheet is a "cut alarm" unless the original has an error/warning of the same rule at
 *      that cell, or the truth lists an inconsistency (or an acceptable flag) of that rule at that cell: a truth-listed
 *      inconsistency above the cut stays right;
 *  (b) BLANKS: the sheet made a template: every number is cleared (targets kept: the target column's cells stay;
 *      weights, the budget line's 分值 with them, kept in variant "blank", cleared too in variant "blank-noweight"),
 *      and below the indicator header every completion, score, grade and reason text (the model's actual / score /
 *      grade / reason / scoreRate columns), and every grade word (优/良/中/差, 优秀/良好/合格/不合格) anywhere. Any error/warning is a
 *      "blank alarm", except a finding the original raises with the same rule at the same cell whose cells (the
 *      flagged one and its related ones) the blanking left as they were: a relation among what is left (weights
 *      printed adding to 110, a broken code sequence) is as wrong in the template as in the filled sheet.
 * Prints alarm counts per rule and kind, and the 10 most frequent patterns (rule + message id) with examples.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const FIX = path.join(ROOT, "test", "fixtures");
if (!fs.existsSync(path.join(ROOT, "lib", "core", "review.js"))) {
  console.error("lib/ is not built: run `npm run build:lib` first.");
  process.exit(2);
}
const { review } = require(path.join(ROOT, "lib", "core", "review.js"));
const { Grid } = require(path.join(ROOT, "lib", "core", "grid", "grid.js"));

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const allCuts = args.includes("--all-cuts");
const splitArg = args.indexOf("--split");
const SPLITS = splitArg >= 0 ? args[splitArg + 1].split(",") : ["corpus", "extra", "real"];
if (SPLITS.includes("validation")) {
  console.error("eval-cuts never reads the validation split");
  process.exit(2);
}
const onlyArg = args.indexOf("--only");
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(",")) : null;
const MAX_CUTS = 8;

const readJson = (p) => JSON.parse(fs.readFileSync(p, "utf8"));

const a1lib = require(path.join(ROOT, "lib", "core", "grid", "a1.js"));
const { colLetter } = a1lib;
/** A1 -> {row, col}, or null for anything that is not one cell's address */
const parseA1 = (a) => (/^[A-Z]+\d+$/.test(a) ? a1lib.parseA1(a) : null);
const rowOf = (cell) => (parseA1(cell) || { row: -1 }).row;

/** {rule, cell, alt_cells?, alt_rules?} -> {rules[], cells[]} */
const expectedOf = (x) => ({ rules: [x.rule, ...(x.alt_rules || [])], cells: [x.cell, ...(x.alt_cells || [])].filter(Boolean) });

/** Cases: { split, id, json, truth: [{rules, cells}] } (truth: inconsistencies and acceptable flags) */
function loadCases() {
  const out = [];
  for (const split of SPLITS) {
    if (split === "corpus") {
      const dir = path.join(FIX, "corpus");
      for (const f of fs.readdirSync(path.join(dir, "truth")).filter((f) => f.endsWith(".json")).sort()) {
        const id = f.replace(/\.json$/, "");
        const t = readJson(path.join(dir, "truth", f));
        out.push({ split, id, json: readJson(path.join(dir, "cases", `${id}.json`)), truth: [...(t.inconsistencies || []), ...(t.acceptable || [])].map(expectedOf) });
      }
    } else if (split === "extra") {
      const dir = path.join(FIX, "extra");
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".expect.json")).sort()) {
        const id = f.replace(/\.expect\.json$/, "");
        const e = readJson(path.join(dir, f));
        out.push({ split, id, json: readJson(path.join(dir, `${id}.json`)), truth: (e.errors || []).map(expectedOf) });
      }
    } else if (split === "real") {
      const dir = path.join(FIX, "real");
      for (const f of fs.readdirSync(dir).filter((f) => /^[^.]+\.json$/.test(f)).sort()) {
        const id = f.replace(/\.json$/, "");
        const tp = path.join(dir, `${id}.truth.json`);
        if (!fs.existsSync(tp)) continue;
        const t = readJson(tp);
        out.push({ split, id, json: readJson(path.join(dir, f)), truth: [...(t.inconsistencies || []), ...(t.acceptable || [])].map(expectedOf) });
      }
    } else throw new Error(`unknown split ${split}`);
  }
  return out.filter((c) => !only || only.has(c.id));
}

const flagsOf = (res) => res.findings.filter((f) => f.severity === "error" || f.severity === "warning");
const key = (f) => `${f.rule}@${f.cell}`;

function run(grid, merges) {
  try {
    return review(Grid.fromValues("Sheet1", grid, merges), undefined, { fills: false });
  } catch (e) {
    return { error: String(e && e.message), findings: [], model: null };
  }
}

/** merges as {r1,c1,r2,c2} */
function mergeBoxes(merges) {
  const out = [];
  for (const m of merges || []) {
    const [x, y] = m.split(":");
    const p = parseA1(x);
    const q = parseA1(y || x);
    if (p && q) out.push({ r1: p.row, c1: p.col, r2: q.row, c2: q.col });
  }
  return out;
}
const boxA1 = (b) => `${colLetter(b.c1)}${b.r1}:${colLetter(b.c2)}${b.r2}`;

/** The grid cut after row k: rows below dropped, merges crossing the cut end at k. */
function cutGrid(json, k) {
  const grid = json.grid.slice(0, k);
  const merges = [];
  for (const b of mergeBoxes(json.merges)) {
    if (b.r1 > k) continue;
    const c = { ...b, r2: Math.min(b.r2, k) };
    if (c.r1 === c.r2 && c.c1 === c.c2) continue;
    merges.push(boxA1(c));
  }
  return { grid, merges };
}

/** Deterministic cut rows: evenly spaced over (header, last), plus the first row of some merged groups. */
function cutRows(json, headerRow) {
  const last = json.grid.length;
  const first = (headerRow || 1) + 1;
  const all = [];
  for (let k = first; k < last; k++) all.push(k);
  if (allCuts || all.length <= MAX_CUTS) return all;
  const picks = new Set();
  const even = MAX_CUTS - 2;
  for (let i = 0; i < even; i++) picks.add(all[Math.floor(((i + 0.5) * all.length) / even)]);
  // inside a merged group: a vertical merge below the header, cut after its first row
  const groups = mergeBoxes(json.merges)
    .filter((b) => b.r1 >= first && b.r2 > b.r1 && b.r2 < last)
    .sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  const starts = [...new Set(groups.map((b) => b.r1))];
  for (let i = 0; i < starts.length && picks.size < MAX_CUTS; i += 3) picks.add(starts[i]);
  return [...picks].sort((a, b) => a - b);
}

// (points with a note after them, "20分(达不到酌情扣分)", are points too: the engine reads them as such, readPoints)
const NUM = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*(%|％|万元|万|元|分([(（][^()（）]{1,40}[)）])?)?$/;
const GRADE = /^(优秀|良好|合格|不合格|优|良|中|差|较好|一般|较差)$/;

/** The template of a sheet: see (b) above. */
function blankGrid(json, model, keepWeights) {
  const cols = (model && model.columns) || {};
  const header = (model && model.headerRow) || null;
  const keep = new Set([cols.targetValue, cols.targetOp, cols.unit, keepWeights ? cols.weight : null, keepWeights ? cols.level1Weight : null, keepWeights ? cols.level2Weight : null].filter(Boolean));
  const clearBelowHeader = new Set([cols.actual, cols.score, cols.grade, cols.reason, cols.scoreRate, cols.level1Score, cols.level2Score].filter(Boolean));
  // the budget line's 分值 (预算执行率 | 10) is a weight too
  const keptCells = new Set(keepWeights && model && model.budget ? model.budget.items.filter((b) => b.weight).map((b) => b.weight.cell) : []);
  const grid = json.grid.map((row) => row.slice());
  const changed = new Set();
  for (let r = 1; r <= grid.length; r++) {
    const row = grid[r - 1] || [];
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1];
      const t = String(v ?? "").replace(/\s+/g, "");
      if (!t) continue;
      const belowHeader = header !== null && r > header;
      const clear = (keptCells.has(`${colLetter(c)}${r}`) || (keep.has(c) && belowHeader) ? false : NUM.test(t)) || GRADE.test(t) || (belowHeader && clearBelowHeader.has(c));
      if (clear) {
        row[c - 1] = "";
        changed.add(`${colLetter(c)}${r}`);
      }
    }
  }
  return { grid, merges: json.merges || [], changed };
}

function main() {
  const cases = loadCases();
  const alarms = []; // { kind, split, id, at, rule, severity, cell, messageId, message }
  let cutSheets = 0;
  let blankSheets = 0;
  const t0 = Date.now();
  for (const c of cases) {
    const orig = run(c.json.grid, c.json.merges || []);
    if (orig.error) continue;
    const origFlags = flagsOf(orig);
    const origKeys = new Set(origFlags.map(key));
    const truthHit = (f) => c.truth.some((e) => e.rules.includes(f.rule) && e.cells.includes(f.cell));
    // (a) cuts
    for (const k of cutRows(c.json, orig.model.headerRow)) {
      const g = cutGrid(c.json, k);
      const res = run(g.grid, g.merges);
      cutSheets++;
      for (const f of flagsOf(res)) {
        if (origKeys.has(key(f)) || truthHit(f)) continue;
        alarms.push({ kind: "cut", split: c.split, id: c.id, at: k, rule: f.rule, severity: f.severity, cell: f.cell, messageId: f.messageId, message: f.message });
      }
    }
    // (b) blanks
    for (const keepWeights of [true, false]) {
      const b = blankGrid(c.json, orig.model, keepWeights);
      if (!b.changed.size) continue;
      const res = run(b.grid, b.merges);
      blankSheets++;
      for (const f of flagsOf(res)) {
        const cells = [f.cell, ...(f.related || [])];
        if (origKeys.has(key(f)) && !cells.some((x) => b.changed.has(x))) continue;
        alarms.push({ kind: keepWeights ? "blank" : "blank-noweight", split: c.split, id: c.id, at: null, rule: f.rule, severity: f.severity, cell: f.cell, messageId: f.messageId, message: f.message });
      }
    }
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  if (asJson) {
    process.stdout.write(JSON.stringify({ sheets: cases.length, cutSheets, blankSheets, alarms }, null, 1) + "\n");
    return;
  }
  const count = (kind) => alarms.filter((a) => a.kind === kind).length;
  console.log(`sheets ${cases.length}; cut sheets ${cutSheets}, blanked sheets ${blankSheets} (${seconds} s)`);
  console.log(`cut alarms ${count("cut")}, blank alarms ${count("blank")}, blank alarms with weights cleared ${count("blank-noweight")}`);
  const byRule = {};
  for (const a of alarms) {
    const r = (byRule[a.rule] ??= { cut: 0, blank: 0, "blank-noweight": 0, sheets: new Set() });
    r[a.kind]++;
    r.sheets.add(a.id);
  }
  console.log("\nby rule (cut | blank | blank-noweight | sheets):");
  for (const [rule, r] of Object.entries(byRule).sort((x, y) => y[1].cut + y[1].blank + y[1]["blank-noweight"] - (x[1].cut + x[1].blank + x[1]["blank-noweight"]) || (x[0] < y[0] ? -1 : 1)))
    console.log(`  ${rule.padEnd(26)} ${String(r.cut).padStart(5)} ${String(r.blank).padStart(5)} ${String(r["blank-noweight"]).padStart(5)}   ${r.sheets.size}`);
  const byPattern = new Map();
  for (const a of alarms) {
    const p = `${a.kind} ${a.rule}/${a.messageId}`;
    if (!byPattern.has(p)) byPattern.set(p, []);
    byPattern.get(p).push(a);
  }
  const top = [...byPattern.entries()].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1)).slice(0, 10);
  console.log("\n10 most frequent patterns (kind rule/messageId: count, sheets; examples):");
  for (const [p, list] of top) {
    console.log(`  ${p}: ${list.length} on ${new Set(list.map((a) => a.id)).size} sheets`);
    const seen = new Set();
    for (const a of list) {
      if (seen.has(a.id) || seen.size >= 3) continue;
      seen.add(a.id);
      console.log(`    ${a.split}/${a.id}${a.at ? ` cut after ${a.at}` : ""}: ${a.severity} ${a.cell} ${a.message.replace(/\s+/g, " ").slice(0, 150)}`);
    }
  }
}

main();
