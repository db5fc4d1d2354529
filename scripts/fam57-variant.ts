/* fam57: one real prose sheet printed as one fam53 variant: each family's score and the document body. Usage: npx tsx scripts/fam57-variant.ts "<variant>" <id> */
import { sheetFeatures } from "../src/core/recognise/features";
import { documentBody } from "../src/core/recognise/families/document-text";
import { FAMILY_DETECTORS } from "../src/core/recognise/families";
import { fam53Variant } from "../test/core/fam53-variants";
import { realGrid } from "../test/core/title-variants";
const v = fam53Variant(process.argv[2] as any, realGrid(process.argv[3]))!;
const f = sheetFeatures(v);
console.log(FAMILY_DETECTORS.map((d) => `${d.id}=${d.detect(f).toFixed(2)}`).join(" "));
console.log(documentBody(f).split("\n").map((l) => "  " + l.slice(0, 120)).join("\n"));
