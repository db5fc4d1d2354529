/* prec55: the clean real scored tables printed the ways publishers print group weights (test/core/prec55-table-variants.ts):
 * false flags on clean prints, slips missed. Usage: npx tsx scripts/prec55-measure.ts [variant] [--show] */
import { measure, tableSources, VARIANT_NAMES } from "../test/core/prec55-table-variants";
const only = process.argv.slice(2).find((a) => !a.startsWith("--"));
const t0 = Date.now();
const srcs = tableSources();
const m = measure(srcs, only ? [only] : VARIANT_NAMES);
const by: Record<string, number> = {};
for (const f of m.falsePrints) {
  by[f.variant] = (by[f.variant] ?? 0) + 1;
  console.log(`FALSE ${f.variant} ${f.id}: ${f.flags.map((x) => `${x.rule}@${x.cell} ${x.message}`).join(" | ")}`);
}
const miss: Record<string, number> = {};
for (const x of m.missed) {
  const k = `${x.variant}/${x.slip}`;
  miss[k] = (miss[k] ?? 0) + 1;
  console.log(`MISS ${x.variant} ${x.slip} ${x.id}`);
}
console.log(`sources ${m.sources} (${srcs.filter((s) => s.depth === 2).length} with 二级 groups; ${srcs.filter((s) => s.stated > 0).length} stating group weights themselves): ${srcs.map((s) => s.id).join(" ")}`);
console.log(`clean prints flagging: ${m.falsePrints.length}/${m.prints}`, JSON.stringify(by));
console.log(`slip prints missed: ${m.missed.length}/${m.slipPrints}`, JSON.stringify(miss));
const info: Record<string, number> = {};
for (const x of m.asInfo) info[x.id] = (info[x.id] ?? 0) + 1;
console.log(`slip prints found only as info: ${m.asInfo.length}/${m.slipPrints}`, JSON.stringify(info));
console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
