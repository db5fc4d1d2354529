/* prec50: a real sheet's findings. Usage: npx tsx scripts/prec50-show.ts <sheet-id> */
import { review } from "../src/core/review";
import { jsonGrid } from "../test/helpers";
const r = review(jsonGrid(`test/fixtures/real/${process.argv[2]}.json`), "national");
console.log(`family ${r.model.family} header ${JSON.stringify((r.model as any).headerRow ?? (r.model as any).header?.row)}`);
for (const f of r.findings) if (f.severity !== "info") console.log(`${f.severity} ${f.rule}@${f.cell} ${f.message}`);
