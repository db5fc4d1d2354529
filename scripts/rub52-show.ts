/* rub52: a real sheet's findings (all severities) and indicators, optionally with cells changed.
   Usage: npx tsx scripts/rub52-show.ts <sheet-id> [A1=value ...] [--ind] */
import { review } from "../src/core/review";
import { Grid } from "../src/core/grid/grid";
import { readFileSync } from "fs";
import { parseA1 } from "../src/core/grid/a1";
const id = process.argv[2];
const j = JSON.parse(readFileSync(`test/fixtures/real/${id}.json`, "utf8"));
const grid = j.grid.map((r: unknown[]) => r.slice());
for (const a of process.argv.slice(3)) {
  const m = /^([A-Z]+\d+)=(.*)$/.exec(a);
  if (!m) continue;
  const { row: r, col: c } = parseA1(m[1]);
  const v = /^-?\d+(\.\d+)?$/.test(m[2]) ? Number(m[2]) : m[2];
  grid[r - 1][c - 1] = v;
}
const res = review(Grid.fromValues("Sheet1", grid, j.merges ?? []), "national");
console.log(`family ${res.model.family} header ${JSON.stringify((res.model as any).headerRow)}`);
if (process.argv.includes("--ind"))
  for (const i of res.model.indicators) console.log(`  r${i.row} ${i.nameCell} w=${i.weight}@${i.weightCell} rub@${i.rubricCell} child=${i.childOfRow} ${JSON.stringify(i.name).slice(0, 50)} | ${JSON.stringify(i.rubric ?? "").slice(0, 80)}`);
for (const f of res.findings) console.log(`${f.severity} ${f.rule}@${f.cell} [${(f.related ?? []).join(",")}] ${f.message.slice(0, 200)}`);
