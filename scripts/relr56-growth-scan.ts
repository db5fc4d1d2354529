/* relr56: every growth rate (relations/prose-growth.ts), share of a whole of money (recognise/money-part-shares.ts) and count's
 * rate over its population (recognise/population-rates.ts) the readers find in the real corpus (test/fixtures/real, never validation), with whether it holds on the published sheet.
 * Usage: npx tsx scripts/relr56-growth-scan.ts */
import * as fs from "fs";
import * as path from "path";
import { Grid } from "../src/core/grid/grid";
import { proseGrowths } from "../src/core/relations/prose-growth";
import { moneyPartShares } from "../src/core/recognise/money-part-shares";
import { populationRates } from "../src/core/recognise/population-rates";
import { evaluateRelation } from "../src/core/relations/evaluate";

const REAL = path.join(__dirname, "..", "test", "fixtures", "real");
let n = 0;
let bad = 0;
for (const f of fs.readdirSync(REAL).sort()) {
  if (!f.endsWith(".json") || f.endsWith(".truth.json")) continue;
  const d = JSON.parse(fs.readFileSync(path.join(REAL, f), "utf8"));
  if (!Array.isArray(d.grid)) continue;
  const grid = Grid.fromValues("Sheet1", d.grid, d.merges ?? []);
  for (const r of proseGrowths(grid).concat(moneyPartShares(grid), populationRates(grid))) {
    const o = evaluateRelation(r);
    n++;
    if (!o.ok) bad++;
    console.log(`${o.ok ? "holds" : "FLAG "} ${f.replace(/\.json$/, "")} ${r.stated.cell} ${r.name} ${r.stated.text} = ${r.numerator.text} / ${r.denominator.text} → ${o.computed?.toFixed(3)}`);
  }
}
console.log(`${n} rates read, ${bad} not holding`);
