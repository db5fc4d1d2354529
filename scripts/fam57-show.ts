/* fam57: one real sheet's prose evidence: title, document body, each prose reader's answer. Usage: npx tsx scripts/fam57-show.ts <id>… */
import { sheetFeatures } from "../src/core/recognise/features";
import { FAMILY_DETECTORS } from "../src/core/recognise/families";
import { documentBody, documentReportKind } from "../src/core/recognise/families/document-text";
import { statedEvaluationKind } from "../src/core/recognise/families/report-statement";
import { reportVocabularyKind } from "../src/core/recognise/families/report-vocabulary";
import { reportKind } from "../src/core/recognise/report-scores";
import { realGrid } from "../test/core/title-variants";
for (const id of process.argv.slice(2)) {
  const f = sheetFeatures(realGrid(id));
  console.log(id);
  console.log("  title:", f.title.slice(0, 300));
  console.log("  scores:", FAMILY_DETECTORS.map((d) => `${d.id}=${d.detect(f).toFixed(2)}`).join(" "));
  console.log("  reportKind:", reportKind(f.body, !!f.header, f.title), "documentReportKind:", documentReportKind(f), "stated:", statedEvaluationKind(f), "vocab:", reportVocabularyKind(f));
  console.log("  docBody:\n" + documentBody(f).split("\n").map((l) => "    " + l.slice(0, 160)).join("\n"));
}
