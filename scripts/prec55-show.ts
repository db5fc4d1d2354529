/* prec55: a real sheet's weight rollups (total ← parts), its group tree and findings. Usage: npx tsx scripts/prec55-show.ts <sheet-id> */
import { review } from "../src/core/review";
import { jsonGrid } from "../test/helpers";
const r = review(jsonGrid(`test/fixtures/real/${process.argv[2]}.json`), undefined as any);
console.log(`family ${r.model.family}`);
const ref = (p: any) => `${p.cell ?? `r${p.row}c${p.col}`}=${p.value}`;
for (const rel of r.model.relations as any[]) {
  if (rel.kind !== "rollup" || rel.measure !== "weight") continue;
  console.log(`${rel.id} ${rel.level} ${ref(rel.total)} ← ${rel.parts.map(ref).join(" + ")}`);
}
const tree = (g: any, d: number): void => {
  console.log(`${"  ".repeat(d)}L${g.level} ${g.name} ${g.cell} w=${g.weight}@${g.weightCell} rows ${g.firstRow}-${g.lastRow} ind ${g.indicators.map((i: any) => `${i.row}:${i.weight}`).join(",")}`);
  for (const c of g.children) tree(c, d + 1);
};
for (const g of (r.model as any).groups ?? []) tree(g, 0);
for (const f of r.findings) if (f.severity !== "info") console.log(`${f.severity} ${f.rule}@${f.cell} ${f.message}`);
