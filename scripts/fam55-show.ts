/* fam55: one line per real sheet — family (its detectors' scores), header row, stated total — and its findings. Usage: npx tsx scripts/fam55-show.ts <id>… */
import { FAMILY_DETECTORS } from "../src/core/recognise/families";
import { sheetFeatures } from "../src/core/recognise/features";
import { review } from "../src/core/review";
import { realGrid } from "../test/core/title-variants";
for (const id of process.argv.slice(2)) {
  const g = realGrid(id);
  const f = sheetFeatures(g);
  const r = review(g, "national");
  const scores = FAMILY_DETECTORS.map((d) => `${d.id}=${d.detect(f).toFixed(2)}`).join(" ");
  console.log(`${id}\n  ${r.model.family} ${r.model.confidence} header ${r.model.headerRow} total ${r.model.totals?.score?.value}@${r.model.totals?.score?.cell}\n  ${scores}`);
  for (const x of r.findings) if (x.severity !== "info") console.log(`  ${x.severity} ${x.rule}@${x.cell} ${x.message}`);
}
