/* rels56: a real sheet's relations (kind, whole ← parts, source) and findings. Usage: npx tsx scripts/rels56-show.ts <sheet-id> [dir] */
import { review } from "../src/core/review";
import { jsonGrid } from "../test/helpers";
const dir = process.argv[3] ?? "test/fixtures/real";
const r = review(jsonGrid(`${dir}/${process.argv[2]}.json`), undefined as any);
console.log(`family ${r.model.family}`);
const ref = (p: any) => (p ? `${p.cell ?? `r${p.row}c${p.col}`}=${p.value}` : "?");
for (const rel of r.model.relations as any[]) {
  const parts = rel.parts ? rel.parts.map(ref).join(" + ") : "";
  console.log(`${rel.kind}/${rel.measure ?? ""} ${rel.id} ${ref(rel.total)} ← ${parts} ${rel.source ?? ""} ${rel.label ?? ""}`.slice(0, 300));
}
for (const f of r.findings) console.log(`${f.severity} ${f.rule}@${f.cell} ${f.message}`);
