import { Grid } from "../../src/core/grid/grid";
import { review, ReviewResult } from "../../src/core/review";
import { id, Move, SHEETS, signature } from "./metamorphic";
import { TEMPLATE_CHANGES as CHANGES } from "./metamorphic-template";

/**
 * A user's own template differs from the published one in ways that leave its meaning alone. Every development sheet
 * (test/fixtures/real, extra, the template kinds) changed so must read the same family, indicator rows (weight, score),
 * relations and error findings, cells moved back where rows moved:
 *   1. an empty row after the header and before each block's label line (一、… / (一)…): the blocks spaced out;
 *   2. numbers written with the unit their column's head names, as text: "8分" under 分值 / 得分 / 权重, "120.5万元"
 *      under (万元), "96.4%" under (%), and every third other number in full-width digits ("８.５");
 *   3. a percentage typed as text ("96.40%") stored as the number with a percent format (0.964, "0.00%"), as a cell
 *      formatted 百分比 holds it (the JSON grids hold values only: the shown text is what they carry);
 *   4. a 备注 column appended at the right, each line noted with a short text or a number-like string ("见附件2", "2024.6").
 */

/** What a change must keep: the family, the indicator rows, the relations and the error findings. */
const kept = (r: ReviewResult, back: Move) => {
  const s = signature(r, back, true);
  return { family: s.family, indicators: s.indicators, relations: s.relations, findings: s.findings };
};

/**
 * Sheets whose invariance the engine does not keep yet (`<sheet>|<change>`, with the diagnosed cause): each must still
 * FAIL — fixing the engine turns it red until the entry is removed. Measured in session 34 (meta34) after its fixes
 * (withoutRemarks, spacer, numberOrPointsAt); the cause named by the reader whose relation is lost (its id or group).
 */
const GAP = {
  FIRST_LINE: "a reader takes the list's first line as the line right under its header (header + 1): a blank line there, the header spaced from its lines, ends or empties the list",
  SINGLE: "closingTotals reads a one-line list only with its header right above the line (single): a blank line between them drops the 合计's relation",
  FAMILY_FIRST: "the summary family's evidence reads the numbers on the lines right under the header: a blank line first loses it (family evaluation-summary -> unknown)",
  UNIT_EVIDENCE: "a reader's evidence tests bare numbers (readNumber / numericCell, NUMBER_TEXT) where the cells are points written with their unit ('15分', '97分'): the column is not taken",
};
const KNOWN_GAPS: Record<string, string> = {
  // an empty row after the header and before each block label line
  "real/ah-huangshan-reading-circle-progress-2022|empty rows between blocks": `${GAP.FIRST_LINE} — the row-total reader (row-total:P4) over the counties of a two-line header`,
  "real/gd-lechang-boarding-school-funds-allocation-2020-trad|empty rows between blocks": `${GAP.FIRST_LINE} — 合計 | 小學 | 初中 under a group head, the leading 合計's sums C6 ← D6,E6 … lost`,
  "real/gd-lechang-compulsory-edu-public-funds-arrangement-2019|empty rows between blocks": `${GAP.FIRST_LINE} — the product read by its column markers (A | B | … | K, marker:P6) wants its line right under the markers`,
  "real/sc-guangyuan-urban-rural-medical-assistance-central-fund-allocation-2016|empty rows between blocks": `${GAP.FIRST_LINE} — the fund block's leading 合计 line (rows:…) read across (B6 ← C6,F6) instead of over its 县区`,
  "real/zj-zhoushan-compulsory-edu-guarantee-allocation-2022|empty rows between blocks": `${GAP.FIRST_LINE} — the leading 合计 line over its (一)…小计 (leading:F5) with blank lines around it`,
  "real/ha-jiaozuo-poverty-fund-allocation-2018-trad|empty rows between blocks": `${GAP.FIRST_LINE} — the closing 合计's sum over the 市縣 (closing:B12) replaced by an across sum B12 ← C12,D12: its real total-mismatch@B12 lost`,
  "real/fj-dehua-modern-agri-allocation-2025|empty rows between blocks": `${GAP.SINGLE} — B25 ← B6 … G25 ← G6`,
  "real/zj-xiaoshan-xianghu-bond-selfeval-summary-2024|empty rows between blocks": `${GAP.SINGLE} — 总计 D5 ← D4`,
  "real/sc-ziyang-adb-green-transition-eval-2024-trad|empty rows between blocks": `${GAP.FIRST_LINE} — the weighted score column's sum (sum:score D7 ← D3..D6) of a 評價準則 | 權重(%) summary`,
  "real/cn-business-environment-satisfaction-index-county-ranking-trad-excerpt|empty rows between blocks": GAP.FAMILY_FIRST,
  "real/sc-nanjiang-ip-protection-target-assessment-unit-scores-2023-excerpt|empty rows between blocks": `${GAP.FAMILY_FIRST}, and its differences from the full score (difference/score D10 ← D6,C10 …)`,
  // numbers written with their units as text
  "real/sc-nanjiang-ip-protection-target-assessment-unit-scores-2023-excerpt|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — 得分 '100分' per unit: family evaluation-summary -> unknown`,
  "real/fj-dongshan-water-saving-carriers-scoring-results-2023-excerpt|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — 综合评分 '97分' per unit: family evaluation-summary -> unknown`,
  "real/ah-grain-quality-efficiency-year-activity-assessment-scoring-excerpt|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — 分值 all '15分', the score columns blank: the 8 indicator lines not read`,
  "real/he-handan-chengan-civil-affairs-centenarian-allowance-selfeval-2020|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — the form's 分值 column of '25分' not taken: weights null, scores kept`,
  "real/gx-gangnan-batang-farmland-protection-subsidy-scoring-2018|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — 分值 '3分' beside an unnamed score column (unnamed-points.ts): the scores lost`,
  "real/jx-nanchangxian-cancha-health-centre-dept-selfeval-2021-excerpt|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — the group points merged down (B18:B23 '25分') over their lines: rollups B18, B24 lost (B11 kept)`,
  "real/hn-wanglu-2018-dept-indicators|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — a second merged group (D5 '16分') whose part F6 is blank: mergedRollups' group D5 lost (D3 kept)`,
  "kind dept|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — as real/hn-wanglu-2018-dept-indicators, the template it was drawn from: D5 lost`,
  "real/ciq-fzzl-system|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — the 一级 权重 '100分' merged down: the total B31 read over the 三级 分值 (H4..H12) instead of B4,B15,B21`,
  "real/sn-baoji-new-countryside-star-rating-evaluation-system-excerpt|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — the product 分值 = 标准 × 折算 (product-columns.ts) reads bare numbers: D5 ← C5,E5 … lost`,
  "real/fj-quanzhou-town-promotion-award-allocation-2024|numbers with their units as text": `${GAP.UNIT_EVIDENCE} — a 乡镇's '50万元' under 补助资金(万元): the block subtotals B5 ← E5,E6 … (block-subtotals.ts) lost`,
  // a 备注 column at the right
  "real/hi-danzhou-court-dept-overall-eval-result-2018|a 备注 column at the right": "a header of one word left of 备注 (绩效等级 | 备注 over graded lines inferred from their numbers, table-infer.ts): withoutRemarks wants two names left of the heading, so the notes stay and the family reads dept-self-eval",
  // (澳門 科學技術發展基金's entry closed by grad35: its coded list is read by coded-lines.ts, the amount right after each
  // line's name, a note after it a remark's, so the notes no longer break the 总计's lines)
  "real/sx-lvliang-nursing-worker-training-results-2021|a 备注 column at the right": "a second table under the first (序号 … 补助资金 | 备注 at row 15, its own 备注 at I) stops the clearing of the appended column (otherHeader): the note beside its column-marker line (① … ⑧=④*⑦) makes that line no marker line, and the product H17 ← D17,G17 (marker:H17) is lost",
};

const MEASURE = !!process.env.TEMPLATE_MEASURE;
const outcomes: string[] = [];
const tried = new Map<string, number>();
afterAll(() => {
  if (MEASURE) console.log([...outcomes, ...[...tried].map(([k, n]) => `TRIED\t${k}\t${n}`)].join("\n"));
});

describe.each(SHEETS)("%s", (name, load) => {
  let reviewed: ReviewResult | undefined;
  const base = () => (reviewed ??= review(load(), "national"));
  test.each(Object.keys(CHANGES))("%s: the same family, rows, relations and error findings", (change) => {
    const m = CHANGES[change](load(), base());
    if (!m) return;
    const check = () => expect(kept(review(m.grid, "national"), m.back)).toEqual(kept(base(), id));
    if (MEASURE) {
      tried.set(change, (tried.get(change) ?? 0) + 1);
      const a = kept(review(m.grid, "national"), m.back);
      const b = kept(base(), id);
      const diff = (k: keyof typeof a) => JSON.stringify(a[k]) !== JSON.stringify(b[k]);
      const what = (["family", "indicators", "relations", "findings"] as const).filter(diff);
      if (what.length) {
        const rel = `-${b.relations.filter((x) => !a.relations.includes(x)).slice(0, 4).join("; ")} +${a.relations.filter((x) => !b.relations.includes(x)).slice(0, 4).join("; ")}`;
        const fin = `-${b.findings.filter((x) => !a.findings.includes(x)).join("; ")} +${a.findings.filter((x) => !b.findings.includes(x)).join("; ")}`;
        outcomes.push(`MEASURE\t${change}\t${name}\t${what.join(",")}\t${a.family !== b.family ? `${b.family}->${a.family}` : ""}\t${rel}\t${fin}`);
      }
      return;
    }
    if (KNOWN_GAPS[`${name}|${change}`]) expect(check).toThrow();
    else check();
  });
});
