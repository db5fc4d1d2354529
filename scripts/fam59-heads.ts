/* fam59: every real sheet whose document holds coded section heads (CODED_LINE, the head's words before its sentence): its
 * truth family, whether a table header was read, and the heads — the vocabulary a title-less report's heads are scored by.
 * Usage: npx tsx scripts/fam59-heads.ts [--all]   (default: prose sheets only, isProse) */
import { sheetFeatures } from "../src/core/recognise/features";
import { documentBody } from "../src/core/recognise/families/document-text";
import { CODED_HEAD_WORDS, CODED_LINE } from "../src/core/recognise/families/vocabulary";
import { realGrid, realTruths } from "../test/core/title-variants";
import { isProse } from "../test/core/fam53-variants";
const all = process.argv.includes("--all");
for (const t of realTruths()) {
  const g = realGrid(t.id);
  if (!all && !isProse(g)) continue;
  const f = sheetFeatures(g);
  const heads: string[] = [];
  for (const line of documentBody(f).split("\n")) {
    if (line.indexOf("|") !== line.length - 1) continue;
    const code = CODED_LINE.exec(line);
    const words = code ? CODED_HEAD_WORDS.exec(line.slice(code[0].length)) : null;
    if (words) heads.push(words[0]);
  }
  if (heads.length) console.log(`${t.family}\t${f.header ? "H" : "-"}\t${t.id}\t${heads.slice(0, 30).join(" / ")}`);
}
