/* table53: a real sheet's budget block, relations touching given cells and findings (IND=1: its indicator lines). Usage: npx tsx scripts/table53-show.ts <sheet-id> [cell,...] */
import { review } from "../src/core/review";
import { jsonGrid } from "../test/helpers";
const r = review(jsonGrid(`test/fixtures/real/${process.argv[2]}.json`), undefined as any);
const cells = (process.argv[3] ?? "").split(",").filter(Boolean);
console.log(`family ${r.model.family}`, "budget", JSON.stringify(r.model.budget)?.slice(0, 600));
for (const rel of r.model.relations as any[]) {
  const s = JSON.stringify(rel);
  if (cells.length && !cells.some((c) => s.includes(`"${c}"`))) continue;
  console.log(`${rel.kind} ${s.slice(0, 400)}`);
}
for (const f of r.findings) console.log(`${f.severity} ${f.rule}@${f.cell} ${f.message}`);
if (process.env.IND) for (const i of r.model.indicators as any[]) console.log("ind", i.row, JSON.stringify(i.name).slice(0, 50), "w", i.weight, i.weightCell, "rule", JSON.stringify(i.rule ?? i.rubric ?? "").slice(0, 60), Object.keys(i).join(","));
