/* fam55: every real sheet's truth family, read family and its indicator head's columns, one line each (a survey of the shapes
   the family rules weigh). Usage: npx tsx scripts/fam55-scan.ts > /tmp/scan.tsv */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { FAMILY_DETECTORS } from "../src/core/recognise/families";
import { sheetFeatures } from "../src/core/recognise/features";
import { reviewFamily } from "../src/core/review";
import { realGrid } from "../test/core/title-variants";
const DIR = join(__dirname, "../test/fixtures/real");
for (const file of readdirSync(DIR).filter((x) => x.endsWith(".truth.json")).sort()) {
  const id = file.replace(/\.truth\.json$/, "");
  const truth = JSON.parse(readFileSync(join(DIR, file), "utf8")).family;
  const g = realGrid(id);
  const f = sheetFeatures(g);
  const cols = Object.keys(f.header?.columns ?? {}).sort().join(",");
  const scores = FAMILY_DETECTORS.map((d) => `${d.id.slice(0, 6)}=${d.detect(f).toFixed(2)}`).join(" ");
  console.log([id, truth, reviewFamily(g), cols, scores, f.title.slice(0, 80)].join("\t"));
}
