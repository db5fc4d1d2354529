/**
 * grad46a: how many of the criteria-list variants generated from the real indicator-system truths
 * (test/core/criteria-variants.ts) the engine reads — family, items' lines, weights — per shape.
 * Usage: npx tsx scripts/measure-criteria-variants.ts [--list SHAPE]
 */
import { Grid } from "../src/core/grid/grid";
import { review } from "../src/core/review";
import { criteriaVariants, SHAPE_NAMES, type Variant } from "../test/core/criteria-variants";

export function readsVariant(v: Variant): { family: boolean; items: boolean; weights: boolean; why: string } {
  const r = review(Grid.fromValues("S", v.rows, []), "national");
  const family = r.model.family === "indicator-system";
  const got = new Map(r.model.indicators.map((i) => [i.row, i.weight]));
  const rows = new Set(v.items.map(([row]) => row));
  const items = v.items.every(([row]) => got.has(row)) && r.model.indicators.every((i) => rows.has(i.row));
  const weights = items && v.items.every(([row, w]) => (w === null ? got.get(row) === null : Math.abs((got.get(row) ?? NaN) - w) < 0.005));
  const why = !family ? `family ${r.model.family}` : !items ? `rows ${[...got.keys()].join(",")}` : !weights ? `weights ${[...got.values()].join(",")}` : "";
  return { family, items, weights, why };
}

if (require.main === module) {
  const list = process.argv.indexOf("--list") >= 0 ? process.argv[process.argv.indexOf("--list") + 1] : undefined;
  const vs = criteriaVariants();
  const per = new Map(SHAPE_NAMES.map((s) => [s, { n: 0, family: 0, items: 0, weights: 0 }]));
  for (const v of vs) {
    const m = readsVariant(v);
    const p = per.get(v.shape)!;
    p.n++;
    if (m.family) p.family++;
    if (m.family && m.items) p.items++;
    if (m.family && m.weights) p.weights++;
    if (list === v.shape && !(m.family && m.weights)) console.log(`${v.id}: ${m.why}`);
  }
  let n = 0, f = 0, i = 0, w = 0;
  for (const [s, p] of per) {
    console.log(`${s.padEnd(24)} ${p.n} variants: family ${p.family}, items ${p.items}, weights ${p.weights}`);
    n += p.n; f += p.family; i += p.items; w += p.weights;
  }
  console.log(`${"all".padEnd(24)} ${n} variants: family ${f}, items ${i}, weights ${w}`);
}
