#!/usr/bin/env node
"use strict";
/**
 * Repeated and skipped numbers in scored tables: for every real/ sheet whose truth weighs its items (an indicator with
 * a weight) and numbers their labels (1、 1. (1) ① 一、 (一) 1.1 指标1 A1 at a level's anchor cells in the truth), each run of
 * three numbers or more counting on by one under one parent at one level (or, where the truth names no anchor cell for
 * them, down one column of the indicator lines: level "line") is mutated at its third label twice — its
 * number written as the one before it (repeated) and as the one after it (skipped) — and the engine must report a
 * code-sequence error at that cell that the unmutated sheet does not have. Two runs at most per sheet, level and style.
 *   node scripts/sweep-code-numbers.js [--verbose] [--only id,id]
 * Uses the compiled lib/ (npm run build:lib first). Prints found/total by level and style, and the misses.
 */
const { readFileSync, readdirSync } = require("fs");
const { join } = require("path");
const ROOT = join(__dirname, "..");
const { review } = require(join(ROOT, "lib/core/review.js"));
const { Grid } = require(join(ROOT, "lib/core/grid/grid.js"));
const { codeOfLabel, rewriteCode, parseA1, colLetter: colName } = require("./eval-mutants-grid.js");

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(",")) : null;
const DIR = join(ROOT, "test/fixtures/real");
const LEVELS = ["level1", "level2", "level3", "level4"];
/** labels of any length: a scored item's label is often a whole criterion ("1、依法按期完成…(3分)。") */
const MAX_LABEL = 1000;
const RUNS_PER_STYLE = 2;

/** Each level's numbered labels under one parent, in row order, each anchor cell once: runs of consecutive numbers. */
function runsOf(truth, grid) {
  const text = (cell) => {
    const p = parseA1(cell);
    const v = p ? (grid[p.row - 1] || [])[p.col - 1] : null;
    return v === null || v === undefined ? "" : String(v);
  };
  const runs = [];
  LEVELS.forEach((level, depth) => {
    const lists = new Map();
    const seen = new Set();
    for (const i of [...truth.indicators].sort((a, b) => a.row - b.row)) {
      const cell = i[`${level}_cell`];
      if (!cell || seen.has(cell)) continue;
      seen.add(cell);
      const parent = LEVELS.slice(0, depth).map((l) => i[`${l}_cell`] || "").join("|");
      const raw = text(cell);
      const code = codeOfLabel(raw, MAX_LABEL);
      if (!lists.has(parent)) lists.set(parent, []);
      lists.get(parent).push(code ? { cell, raw, code } : null);
    }
    for (const list of lists.values()) {
      let run = [];
      const close = () => {
        if (run.length >= 3) runs.push({ level, items: run });
        run = [];
      };
      for (const x of list) {
        const prev = run[run.length - 1];
        if (x && prev && x.code.style === prev.code.style && x.code.parent === prev.code.parent && x.code.n === prev.code.n + 1) run.push(x);
        else {
          close();
          if (x) run = [x];
        }
      }
      close();
    }
  });
  // the indicator lines' other numbered labels, where the truth names no anchor cell for them: by column, in row order
  // (a truth giving the weight and score cells only), each text cell of a line that opens with a number
  const anchored = new Set(runs.flatMap((r) => r.items.map((x) => x.cell)));
  for (const i of truth.indicators) for (const level of LEVELS) if (i[`${level}_cell`]) anchored.add(i[`${level}_cell`]);
  const byColumn = new Map();
  const rows = [...new Set(truth.indicators.map((i) => i.row))].sort((a, b) => a - b);
  for (const r of rows) {
    (grid[r - 1] || []).forEach((v, k) => {
      const cell = `${colName(k + 1)}${r}`;
      if (typeof v !== "string" || anchored.has(cell)) return;
      const code = codeOfLabel(v, MAX_LABEL);
      if (!code) return;
      if (!byColumn.has(k)) byColumn.set(k, []);
      byColumn.get(k).push({ cell, raw: v, code });
    });
  }
  for (const list of byColumn.values()) {
    let run = [];
    const close = () => {
      if (run.length >= 3) runs.push({ level: "line", items: run });
      run = [];
    };
    for (const x of list) {
      const prev = run[run.length - 1];
      if (prev && x.code.style === prev.code.style && x.code.parent === prev.code.parent && x.code.n === prev.code.n + 1) run.push(x);
      else {
        close();
        run = [x];
      }
    }
    close();
  }
  return runs;
}

const codeErrors = (rows, merges) =>
  new Set(review(Grid.fromValues("Sheet1", rows, merges), "national").findings.filter((f) => f.rule === "code-sequence" && f.severity === "error").map((f) => f.cell));

const ids = readdirSync(DIR).filter((f) => f.endsWith(".truth.json")).map((f) => f.replace(/\.truth\.json$/, "")).sort();
const tally = new Map();
const misses = [];
let sheets = 0;
for (const id of ids) {
  if (only && !only.has(id)) continue;
  const truth = JSON.parse(readFileSync(join(DIR, `${id}.truth.json`), "utf8"));
  if (!Array.isArray(truth.indicators) || !truth.indicators.some((i) => i.weight !== null && i.weight !== undefined)) continue;
  const json = JSON.parse(readFileSync(join(DIR, `${id}.json`), "utf8"));
  const runs = runsOf(truth, json.grid);
  if (!runs.length) continue;
  sheets++;
  const base = codeErrors(json.grid, json.merges || []);
  const perStyle = new Map();
  for (const run of runs) {
    const key = `${run.level} ${run.items[0].code.style}`;
    const k = (perStyle.get(key) || 0) + 1;
    perStyle.set(key, k);
    if (k > RUNS_PER_STYLE) continue;
    const x = run.items[2];
    const p = parseA1(x.cell);
    for (const [variant, n] of [["repeated", run.items[1].code.n], ["skipped", x.code.n + 1]]) {
      const rows = json.grid.map((r) => [...r]);
      rows[p.row - 1][p.col - 1] = rewriteCode(x.raw, x.code, n);
      const found = !base.has(x.cell) && codeErrors(rows, json.merges || []).has(x.cell);
      const t = tally.get(`${key} ${variant}`) || { found: 0, total: 0 };
      t.total++;
      if (found) t.found++;
      tally.set(`${key} ${variant}`, t);
      if (!found) misses.push(`${id} ${x.cell} ${variant} ${JSON.stringify(rows[p.row - 1][p.col - 1].slice(0, 30))} (${run.level}, ${x.code.style})`);
    }
  }
}
let found = 0;
let total = 0;
for (const t of tally.values()) {
  found += t.found;
  total += t.total;
}
console.log(`scored sheets with numbered runs: ${sheets}; mutants found ${found}/${total}`);
for (const [k, t] of [...tally].sort()) console.log(`  ${k}: ${t.found}/${t.total}`);
if (verbose || misses.length <= 40) for (const m of misses) console.log(`  MISSED ${m}`);
