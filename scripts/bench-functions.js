#!/usr/bin/env node
/**
 * Bench: 100,000 cells of =PERF.SCORE(target, actual, weight) against its plain-Excel formula
 * (core/score/plain.ts) in the same HyperFormula engine, with the same inputs. Prints both times and the
 * ratio PERF / plain (building the sheet: parsing every formula and evaluating it). Loads the TypeScript
 * sources through tsx.
 *
 * Usage: node scripts/bench-functions.js [--cells 100000] [--runs 3] [--json]
 */
"use strict";

require("tsx/cjs");
const { performance } = require("perf_hooks");
const { HyperFormula } = require("hyperformula");
const { registerPerfFunctions } = require("../test/helpers/perf-hyperformula.ts");
const { plainFormula, perfFormula } = require("../src/core/score/plain.ts");

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const CELLS = opt("--cells", 100000);
const RUNS = opt("--runs", 3);

// deterministic inputs: a mix of positive, reverse, equal and percent targets like the corpus's
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const TARGETS = ["≥100", "≥95%", "≤90万元", "=100%", "≥50个", "≤4", "≥2000", "0起"];
const inputs = [];
for (let i = 0; i < CELLS; i++) {
  const t = TARGETS[i % TARGETS.length];
  const actual = t.includes("%") ? Math.round(rnd() * 12000) / 10000 : Math.round(rnd() * 250000) / 100;
  inputs.push([t, actual, [5, 8, 10, 20][i % 4]]);
}

function sheet(kind) {
  return inputs.map(([t, a, w], i) => {
    const r = i + 1;
    const f =
      kind === "perf"
        ? perfFormula("SCORE", [`A${r}`, `B${r}`, `C${r}`])
        : plainFormula({ fn: "SCORE", target: t, actual: `B${r}`, weight: `C${r}` });
    return ["'" + t, a, w, f];
  });
}

registerPerfFunctions();
const sheets = { perf: sheet("perf"), plain: sheet("plain") };

function time(kind) {
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets({ S: sheets[kind] }, { licenseKey: "gpl-v3", maxRows: Math.max(40000, CELLS + 1) });
  const build = performance.now() - t0;
  hf.destroy();
  return { build };
}

// same results first (the property test checks this in depth)
{
  const a = HyperFormula.buildFromSheets({ S: sheets.perf.slice(0, 2000) }, { licenseKey: "gpl-v3", maxRows: Math.max(40000, CELLS + 1) });
  const b = HyperFormula.buildFromSheets({ S: sheets.plain.slice(0, 2000) }, { licenseKey: "gpl-v3", maxRows: Math.max(40000, CELLS + 1) });
  for (let i = 0; i < 2000; i++) {
    const x = a.getCellValue({ sheet: 0, row: i, col: 3 });
    const y = b.getCellValue({ sheet: 0, row: i, col: 3 });
    if (Math.abs(x - y) > 0.0100001) throw new Error(`row ${i + 1}: PERF ${x} vs plain ${y}`);
  }
}

// build + evaluate the whole sheet (HyperFormula's per-cell edits are too slow at 100,000 cells to time
// recalculation the same way)
const best = { perf: { build: Infinity }, plain: { build: Infinity } };
for (let r = 0; r < RUNS; r++) {
  for (const kind of ["plain", "perf"]) best[kind].build = Math.min(best[kind].build, time(kind).build);
}
const result = {
  cells: CELLS,
  runs: RUNS,
  perfBuildMs: Math.round(best.perf.build),
  plainBuildMs: Math.round(best.plain.build),
  ratio: +(best.perf.build / best.plain.build).toFixed(2),
};
if (args.includes("--json")) console.log(JSON.stringify(result));
else {
  console.log(`PERF.SCORE vs plain formula, ${CELLS} cells in HyperFormula (best of ${RUNS}):`);
  console.log(`  parse + evaluate: PERF ${result.perfBuildMs} ms, plain ${result.plainBuildMs} ms, ratio PERF/plain ${result.ratio}`);
}
