/* tgt52: a real sheet's relations touching given cells, and its flags. Usage: npx tsx scripts/tgt52-show.ts <sheet-id> [cell,...] */
import { review } from "../src/core/review";
import { jsonGrid } from "../test/helpers";
const r = review(jsonGrid(`test/fixtures/real/${process.argv[2]}.json`), undefined as any);
const cells = (process.argv[3] ?? "").split(",").filter(Boolean);
console.log(`family ${r.model.family}`);
for (const rel of r.model.relations as any[]) {
  const s = JSON.stringify(rel);
  if (cells.length && !cells.some((c) => s.includes(`"${c}"`))) continue;
  if (rel.kind === "sum") console.log(`sum ${rel.id} ${rel.block} ${rel.bound} ${rel.total.cell}=${rel.total.value} [${rel.label}] = ${rel.parts.map((p: any) => `${p.cell}:${p.value}(${p.label ?? ""})`).join(" + ")}`);
  else console.log(`${rel.kind} ${s.slice(0, 300)}`);
}
for (const f of r.findings) if (f.severity !== "info") console.log(`${f.severity} ${f.rule}@${f.cell} ${f.message}`);
