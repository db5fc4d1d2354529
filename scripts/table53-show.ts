import { review } from "/work/wt/table53/src/core/review";
import { jsonGrid } from "/work/wt/table53/test/helpers";
const r = review(jsonGrid(`/work/wt/table53/test/fixtures/real/${process.argv[2]}.json`), undefined as any);
const cells = (process.argv[3] ?? "").split(",").filter(Boolean);
console.log(`family ${r.model.family}`, "budget", JSON.stringify(r.model.budget)?.slice(0, 600));
for (const rel of r.model.relations as any[]) {
  const s = JSON.stringify(rel);
  if (cells.length && !cells.some((c) => s.includes(`"${c}"`))) continue;
  console.log(`${rel.kind} ${s.slice(0, 400)}`);
}
for (const f of r.findings) console.log(`${f.severity} ${f.rule}@${f.cell} ${f.message}`);
if (process.env.IND) for (const i of r.model.indicators as any[]) console.log("ind", i.row, JSON.stringify(i.name).slice(0, 50), "w", i.weight, i.weightCell, "rule", JSON.stringify(i.rule ?? i.rubric ?? "").slice(0, 60), Object.keys(i).join(","));
