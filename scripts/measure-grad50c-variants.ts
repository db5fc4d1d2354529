/**
 * grad50c: how many real progress tables (monitoring truths with done and rate columns) and project result lists
 * (evaluation-summary truths naming projects and a score) read as their family with their header, printed again in their
 * class's shapes (test/core/grad50c-variants.ts); a slip in a rate flagged at its cell. Usage: npx tsx scripts/measure-grad50c-variants.ts
 */
import { review } from "../src/core/review";
import { PROGRESS_SHAPES, progressSources, progressVariant, RESULTS_SHAPES, resultsSources, resultsVariant } from "../test/core/grad50c-variants";

let n = 0;
let ok = 0;
for (const s of progressSources()) {
  for (const shape of PROGRESS_SHAPES) {
    const v = progressVariant(s, shape);
    if (!v) continue;
    n++;
    const r = review(v.grid, "national");
    const flagged = r.findings.filter((f) => f.rule === "ratio-mismatch").map((f) => f.cell);
    const good = r.model.family === "monitoring" && r.model.headerRow === v.headerRow && (!v.slipCell || flagged.includes(v.slipCell));
    if (good) ok++;
    console.log(`progress\t${shape}\t${s.id}\t${r.model.family}\t${r.model.headerRow}/${v.headerRow}\t${flagged.join(",")}\t${good ? "ok" : "MISS"}`);
  }
}
let m = 0;
let mok = 0;
for (const s of resultsSources()) {
  for (const shape of RESULTS_SHAPES) {
    const v = resultsVariant(s, shape);
    m++;
    const r = review(v.grid, "national");
    const good = r.model.family === "evaluation-summary" && r.model.headerRow === v.headerRow;
    if (good) mok++;
    console.log(`results\t${shape}\t${s.id}\t${r.model.family}\t${r.model.headerRow}/${v.headerRow}\t${good ? "ok" : "MISS"}`);
  }
}
console.log(`progress tables: ${ok}/${n} read; result lists: ${mok}/${m} read`);
