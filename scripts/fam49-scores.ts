import { FAMILY_DETECTORS } from "../src/core/recognise/families";
import { sheetFeatures } from "../src/core/recognise/features";
import { reviewFamily } from "../src/core/review";
import { realGrid } from "../test/core/title-variants";
for (const id of process.argv.slice(2)) {
  const g = realGrid(id);
  const f = sheetFeatures(g);
  console.log(id, reviewFamily(g), FAMILY_DETECTORS.map((d) => `${d.id}=${d.detect(f).toFixed(2)}`).join(" "));
}
