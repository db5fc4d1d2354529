/* tab58: review a real sheet with cells edited. Usage: npx tsx scripts/tab58-mut.ts <id> '{"C6":"5"}' */
import { readFileSync } from "fs";
import { review } from "../src/core/review";
import { Grid } from "../src/core/grid/grid";
const j = JSON.parse(readFileSync(`test/fixtures/real/${process.argv[2]}.json`, "utf8"));
const edits = JSON.parse(process.argv[3] ?? "{}");
const g0 = Grid.fromValues("Sheet1", j.grid, j.merges ?? []);
for (const [a, v] of Object.entries(edits)) {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  const c = m[1].split("").reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r = Number(m[2]) - 1;
  while (j.grid.length <= r) j.grid.push([]);
  j.grid[r][c] = v;
}
const base = review(g0, undefined as any);
const r = review(Grid.fromValues("Sheet1", j.grid, j.merges ?? []), undefined as any);
const bk = new Set(base.findings.map((f: any) => `${f.rule}@${f.cell}|${f.message}`));
for (const f of r.findings as any[]) console.log(bk.has(`${f.rule}@${f.cell}|${f.message}`) ? "  " : "+ ", f.severity, `${f.rule}@${f.cell}`, f.message);
if (process.env.REL) for (const rel of r.model.relations as any[]) { const s = JSON.stringify(rel); if (s.includes(`"${process.env.REL}"`)) console.log(rel.kind, s.slice(0, 500)); }
