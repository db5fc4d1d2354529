import { Grid } from "../../src/core/grid/grid";
import type { ReviewResult } from "../../src/core/review";
import { id, Move, SHEETS, signature, baseReview, reviewOf } from "./metamorphic";
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
 * Session 35 (meta35) closed every entry of the first two changes; the three left are the 备注 column's.
 */
const KNOWN_GAPS: Record<string, string> = {
  // tw-hualien-county-finance-tobacco-alcohol-management-budget-detail-2026-trad-excerpt|empty rows between blocks: closed by fix45 (session 45): empty lines inside a period table are passed over where the line after them continues it (period-table.ts nextFilled, tableEnd; the share line reads the figures past a gap)
  // tw-moc-major-mid-long-term-cultural-programmes-budget-2008-2017-trad-excerpt|empty rows between blocks: closed by fix45 (session 45): empty lines inside a period table are passed over where the line after them continues it (period-table.ts nextFilled, tableEnd; the share line reads the figures past a gap)
  // dev53 (session 43): 泰州's two rankings (value-rankings.ts) read only where every ranked line's value is a number
  // real/js-taizhou-county-air-quality-ranking-2022-07|a 备注 column at the right: closed by dev47 (session 47): the clearing of a remarks column goes on past a second table's head line whose cell in the column is a note (LINE_NOTE: 见附件2, 按计划实施; a date already), side-columns.ts withoutRemarks
  "real/js-taizhou-county-air-quality-ranking-2022-07|numbers with their units as text": "泰州 空气质量排名 (dev53, value-rankings.ts): the values written with the units of their heads ('90.3%' under 优良天数比例(%), '17μg/m3' under PM2.5月均浓度(μg/m3)) are no numbers to the ranking's value column (numberOrPointsAt), so no block orders a column and the rankings are lost",
  "real/gz-qianxinan-key-projects-investment-progress-2020-06-trad-excerpt|numbers with their units as text": "fam51 (session 51): the sheet's header is now 表1's head (row 8, 1-6月投資增速(%)), the truth's; the change writes that head's units into every line below it, 表2's too — its 年度投資目標(萬元) amounts become '2954712%' (column B's unit is 表1's %), which no user types: the percentages are no amounts, so 表2's E = D / B and B30's sum are lost. The change is no template of a sheet of several tables under one header; the engine's reading of the unchanged 表2 is whole",
  // real/hn-provincial-old-residential-renovation-livelihood-progress-2021-08|numbers with their units as text: closed by fam51 (session 51): the progress table read its done and plan cells with numberOrPointsAt only, so '86157.25万元' was no number and the table no table (no head, no H = G / F); it reads amounts with their unit fused (amountAt) and skips a quotient of two different units
  // an empty row after the header and before each block label line
  // (session 35, meta35: ten closed — the readers that took a list's first line as the one right under its header
  // read it across the empty lines a user spaced them out with, cells.ts lineBelow: findBlocks' recipient column, the
  // one-line list of closingTotals, weightedTotals, leadingTotalColumns, trailingRowTotalColumns, wholeBesideParts,
  // the column-marker products and unit-results' lines, the summary family's evidence with them); and 舟山's leading 合计
  // over its (一)…小计 groups, an empty line before each group (leadingTotalRows: a numbered group's total line after it)
  // numbers written with their units as text (session 35, meta35: all eleven closed — the readers whose evidence or
  // line tested bare numbers read points and amounts with their unit, numberOrPointsAt / amountAt: unit-results' scores,
  // table-walk's leading 总分 line, table-header's share column and two-points-column line, merged.ts' group headings and
  // merged amount subtotals, rate-points' 分值; and table-closing's stated 总分 no more taken from under the 一级 权重 column)
  // a 备注 column at the right
  // real/hi-danzhou-court-dept-overall-eval-result-2018|a 备注 column at the right: closed by dev47 (session 47): a 备注 heading with one name left of it closing its line, the lines under it wider (side-columns.ts withoutRemarks, widerBelow)
  // (澳門 科學技術發展基金's entry closed by grad35: its coded list is read by coded-lines.ts, the amount right after each
  // line's name, a note after it a remark's, so the notes no longer break the 总计's lines)
  // real/sx-lvliang-nursing-worker-training-results-2021|a 备注 column at the right: closed by dev47 (session 47): the clearing of a remarks column goes on past a second table's head line whose cell in the column is a note (LINE_NOTE: 见附件2, 按计划实施; a date already), side-columns.ts withoutRemarks
  // res46 (session 46): a second results list under its own head, now read (several-tables.ts) — the change writes its notes on every line
  // under the sheet's header, the second list's head line too ('乡镇 | 得分 | 排名 | 备注 | 2024.6'): a head line with a number is no head, so
  // the second list is no longer read (its ranks lost); the first table's ranks are kept
  // real/hn-louxing-township-street-sanitation-appraisal-2016-09-excerpt|a 备注 column at the right: closed by dev47 (session 47): the clearing of a remarks column goes on past a second table's head line whose cell in the column is a note (LINE_NOTE: 见附件2, 按计划实施; a date already), side-columns.ts withoutRemarks
  // real/hn-louxing-township-street-sanitation-appraisal-2017-04-excerpt|a 备注 column at the right: closed by dev47 (session 47): the clearing of a remarks column goes on past a second table's head line whose cell in the column is a note (LINE_NOTE: 见附件2, 按计划实施; a date already), side-columns.ts withoutRemarks
  // real/ah-wuhu-yijiang-public-civility-index-ranking-2011-07-excerpt|a 备注 column at the right: closed by dev47 (session 47): the clearing of a remarks column goes on past a second table's head line whose cell in the column is a note (LINE_NOTE: 见附件2, 按计划实施; a date already), side-columns.ts withoutRemarks
};

const MEASURE = !!process.env.TEMPLATE_MEASURE;
const outcomes: string[] = [];
const tried = new Map<string, number>();
afterAll(() => {
  if (MEASURE) console.log([...outcomes, ...[...tried].map(([k, n]) => `TRIED\t${k}\t${n}`)].join("\n"));
});

describe.each(SHEETS)("%s", (name, load) => {
  // (the unchanged sheet reviewed once, kept by reviewOf while this sheet's tests run)
  const base = () => baseReview(name, load);
  test.each(Object.keys(CHANGES))("%s: the same family, rows, relations and error findings", (change) => {
    const m = CHANGES[change](load(), base());
    if (!m) return;
    const check = () => expect(kept(reviewOf(name, m.grid), m.back)).toEqual(kept(base(), id));
    if (MEASURE) {
      tried.set(change, (tried.get(change) ?? 0) + 1);
      const a = kept(reviewOf(name, m.grid), m.back);
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
