/* fam57: real prose sheets (any family) whose coded heads name a project's sections: the heads, the family. Usage: npx tsx scripts/fam57-scan.ts */
import { sheetFeatures } from "../src/core/recognise/features";
import { documentBody } from "../src/core/recognise/families/document-text";
import { CODED_LINE } from "../src/core/recognise/families/vocabulary";
import { realGrid, realTruths } from "../test/core/title-variants";
import { isProse } from "../test/core/fam53-variants";
const HEAD = /项目/;
for (const t of realTruths()) {
  if (t.header_row !== null) continue;
  const g = realGrid(t.id);
  if (!isProse(g)) continue;
  const f = sheetFeatures(g);
  const heads = documentBody(f).split("\n").filter((l) => CODED_LINE.test(l) && l.length <= 40 && HEAD.test(l));
  if (heads.length >= 2) console.log(`${t.family}\t${t.id}\n    ${heads.slice(0, 10).join(" ")}`);
}
