/* prec49: measure the prose readers on the benign variants of every real prose relation (test/core/prec49-variants.ts).
 * Usage: npx tsx scripts/prec49-measure.ts [variant] */
import { brokenMeasure, measure, sentenceSources, VARIANT_NAMES } from "../test/core/prec49-variants";
const only = process.argv[2];
const t0 = Date.now();
const srcs = sentenceSources();
const m = measure(srcs, only ? [only] : VARIANT_NAMES);
const by: Record<string, number> = {};
for (const f of m.falsePrints) {
  by[f.variant] = (by[f.variant] ?? 0) + 1;
  console.log(`FALSE ${f.variant} ${f.id} ${f.cell}: ${f.added.join(" ")}`);
}
const miss: Record<string, number> = {};
for (const x of m.missed) {
  miss[x.variant] = (miss[x.variant] ?? 0) + 1;
  console.log(`MISS ${x.variant} ${x.id} ${x.cell}`);
}
console.log(`sources ${m.sources} (${new Set(srcs.map((s) => s.id)).size} sheets; ${srcs.filter((s) => s.rel.kind === "sum").length} sums, ${srcs.filter((s) => s.rel.kind === "ratio").length} ratios)`);
console.log(`clean prints flagging: ${m.falsePrints.length}/${m.prints}`, JSON.stringify(by));
console.log(`slips flagged on the source: ${m.slips}; slip prints still flagged: ${m.slipsFlagged}/${m.slipPrints}`, JSON.stringify(miss));
const bsrc = sentenceSources(true);
const b = brokenMeasure(bsrc, only ? [only] : VARIANT_NAMES);
for (const x of b.missed) console.log(`MISS-REAL ${x.variant} ${x.id} ${x.cell}`);
console.log(`real slips read in prose: ${bsrc.length} (${new Set(bsrc.map((s) => s.id)).size} sheets); their prints still flagged: ${b.flagged}/${b.prints}`);
console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
