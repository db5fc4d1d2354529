/**
 * fam49: the reach of the three readings over every real sheet (and corpus/extra/peer where they hold grids): where each fires,
 * with the truth's family and the family read. Usage: npx tsx scripts/fam49-measure.ts
 */
import { readdirSync, readFileSync, existsSync } from "fs";
import { join } from "path";
import { sheetFeatures } from "../src/core/recognise/features";
import { executionNotice, progressBulletin } from "../src/core/recognise/families/progress-bulletin";
import { documentBody, evaluationReportProse } from "../src/core/recognise/families/document-text";
import { oneResult } from "../src/core/recognise/report-scores";
import { reviewFamily } from "../src/core/review";
import { realGrid, realTruths } from "../test/core/title-variants";

const rows: string[] = [];
const tally = new Map<string, { right: number; wrong: number }>();
const note = (what: string, id: string, want: string, got: string) => {
  const t = tally.get(what) ?? { right: 0, wrong: 0 };
  tally.set(what, t);
  if (want === got) t.right++;
  else t.wrong++;
  rows.push(`${what}\t${want === got ? "right" : "WRONG"}\ttruth ${want}\tread ${got}\t${id}`);
};
for (const t of realTruths()) {
  const g = realGrid(t.id);
  const f = sheetFeatures(g);
  const fam = reviewFamily(g);
  if (progressBulletin(g)) note("progressBulletin", t.id, t.family, fam);
  if (!f.header && executionNotice(g)) note("executionNotice", t.id, t.family, fam);
  if (!f.header) {
    const body = documentBody(f);
    if (evaluationReportProse(body) && !oneResult(body)) note("selfEvaluatedNoResult", t.id, t.family, fam);
  }
}
console.log(rows.join("\n"));
for (const [k, v] of tally) console.log(`${k}: fires ${v.right + v.wrong}, right ${v.right}, wrong ${v.wrong}`);
