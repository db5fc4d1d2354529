/* fam56: real sheets whose table states targets (a 目标值/指标值 column, no completion, no score) under a report's title (自评 / 评价报告 / 评价表): truth family, detectors' scores. Usage: npx tsx scripts/fam56-scan.ts */
import { FAMILY_DETECTORS } from "../src/core/recognise/families";
import { sheetFeatures } from "../src/core/recognise/features";
import { SELF_EVAL_TITLE } from "../src/core/recognise/families/vocabulary";
import { reviewFamily } from "../src/core/review";
import { realGrid, realTruths } from "../test/core/title-variants";
for (const t of realTruths()) {
  const g = realGrid(t.id);
  const f = sheetFeatures(g);
  const c = f.header?.columns ?? {};
  if (!SELF_EVAL_TITLE.test(f.title) || c.targetValue === undefined || c.actual !== undefined || c.score !== undefined) continue;
  const scores = FAMILY_DETECTORS.map((d) => `${d.id.slice(0, 8)}=${d.detect(f).toFixed(2)}`).join(" ");
  console.log(`${t.family}\t${reviewFamily(g)}\t${t.id}\n   ${f.title.slice(0, 80)} | above: ${f.lineAbove.slice(0, 40)} | ${Object.keys(c).join(",")}\n   ${scores}`);
}
