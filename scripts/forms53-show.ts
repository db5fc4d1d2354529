/**
 * forms53: one real form's variants of one kind (and optionally one "what") printed with the parts of its reading each changed
 * (what was lost and what is new), beside the columns read. Usage: npx tsx scripts/forms53-show.ts <id> "<kind>" [what]
 */
import { review } from "../src/core/review";
import { realGrid } from "../test/core/title-variants";
import { reading, variants, differs } from "../test/core/forms53-variants";
const [id, kind, what] = process.argv.slice(2);
const g = realGrid(id);
const base = review(g, "national");
const a = reading(base);
console.log("cols", JSON.stringify(base.model.columns), "budget", JSON.stringify(base.model.budget?.columns), base.model.headerRow, base.model.headerLastRow);
for (const v of variants(g, base)) {
  if (v.kind !== kind || (what && v.what !== what)) continue;
  const r = review(v.grid, "national");
  const b = reading(r, v.back);
  console.log(v.kind, v.what, "cols", JSON.stringify(r.model.columns), JSON.stringify(r.model.budget?.columns));
  for (const k of differs(a, b)) { const x = new Set(a[k].split(";")), y = new Set(b[k].split(";")); console.log(k, "lost:", [...x].filter(s=>!y.has(s)).slice(0,8), "new:", [...y].filter(s=>!x.has(s)).slice(0,8)); }
}
