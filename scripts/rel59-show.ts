/* rel59: a sheet's relations and findings, for diagnosis. Usage: npx tsx scripts/rel59-show.ts <fixture.json> [cell …] */
import { jsonGrid } from "../test/helpers";
import { review } from "../src/core/review";
const g = jsonGrid(process.argv[2]);
const cells = process.argv.slice(3);
const res = review(g);
console.log("family", res.model.family, "total", JSON.stringify((res.model as any).totals ?? (res.model as any).total));
for (const r of (res.model as any).relations ?? []) {
  const s = JSON.stringify(r);
  if (!cells.length || cells.some((c) => s.includes(`"${c}"`))) console.log("REL", s.slice(0, 600));
}
for (const f of res.findings) console.log("FIND", f.rule, f.severity, f.cell, f.message);
