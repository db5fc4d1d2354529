/* fam55: a real sheet's relations and info findings. Usage: npx tsx scripts/fam55-dbg.ts <id> */
import { review } from "../src/core/review";
import { realGrid } from "../test/core/title-variants";
const r = review(realGrid(process.argv[2]), "national");
for (const x of r.model.relations) console.log(x.kind, x.id, JSON.stringify(x).slice(0, 200));
for (const x of r.findings) console.log(x.severity, x.rule, x.cell, x.message);
