import { sheetFeatures } from "../src/core/recognise/features";
import { documentBody } from "../src/core/recognise/families/document-text";
import { FAMILY_DETECTORS } from "../src/core/recognise/families";
import { fam53Variant } from "../test/core/fam53-variants";
import { realGrid } from "../test/core/title-variants";
const v = fam53Variant(process.argv[2] as any, realGrid(process.argv[3]))!;
const f = sheetFeatures(v);
console.log(FAMILY_DETECTORS.map((d) => `${d.id}=${d.detect(f).toFixed(2)}`).join(" "));
console.log(documentBody(f).split("\n").map((l) => "  " + l.slice(0, 120)).join("\n"));
import { ACCOUNTS_TEXT, WHOLE_EVALUATION } from "../src/core/recognise/families/document-text";
import { MONITORING_WORDS, NOT_REPORT_BODY } from "../src/core/recognise/families/vocabulary";
import { noticeToUnits } from "../src/core/recognise/families/report-vocabulary";
const b = documentBody(f);
console.log([ACCOUNTS_TEXT, WHOLE_EVALUATION, MONITORING_WORDS, NOT_REPORT_BODY].map((re) => re.exec(b)?.[0]), noticeToUnits(b), !!f.header);
import { projectReportHeads } from "../src/core/recognise/families/project-report-heads";
console.log("heads", projectReportHeads(f), f.title.slice(0, 200));
import { CODED_LINE } from "../src/core/recognise/families/vocabulary";
for (const line of b.split("\n")) { const c = CODED_LINE.exec(line); console.log(JSON.stringify(line.slice(0, 30)), line.indexOf("|") === line.length - 1, !!c); }
