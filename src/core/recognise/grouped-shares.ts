import type { Grid } from "../grid/grid";
import type { RatioRelation, Relation, RelationTerm, SumRelation } from "../model/types";
import { amountAt } from "./cells";
import { mayHold, TextFact } from "./text-facts";
import { GRADE_LETTER_ALT, GRADE_WORD_ALT } from "./vocabulary";

/**
 * A distribution of counts by class, each class over a count and its share, beside the whole they divide (a summary of
 * grades by year, of units by result):
 *
 *   年度 | 總件數 | 績效良好        | 績效尚可        | 尚待努力
 *        |        | 案件數 | 百分比 | 案件數 | 百分比 | 案件數 | 百分比
 *   97   | 7      | 3      | 42.86  | 2      | 28.57  | 2      | 28.57
 *
 * The header line holds two (count | share) pairs at least (个数 | 占比, 人数 | 比例, 案件数 | 百分比 …) and one column
 * heading the whole (总件数, 总数, 合计, 参评单位数 …) on that line or merged down from the line above it. On each line
 * under it where the whole and every count is a number (empty lines skipped): each share = its count ÷ the whole; the
 * counts add up to the whole where the classes are the whole's (on most lines read, the counts add up to it, or the
 * shares to 100) — else they are at most the whole (a table listing some classes only).
 */

/** a count's head: the unit counted (案件数, 个数, 人数, 户数, 家数, 项数, 单位数 …) */
const COUNT_HEAD = /^(案件|件|个|人|户|家|项|单位|项目|次|所|村)?数(量|目)?(\((件|个|人|户|家|项|次|所)\))?$/;
/** a share's head */
const SHARE_HEAD = /^(百分比|占比|比例|比重|所占比例|比率)(\(%\)|%)?$/;
/** the gate: a share's head in some text */
export const SHARE_WORD = /百分比|占比|比例|比重|比率/;
/** the whole's head */
const WHOLE_HEAD = /^(总.{0,4}数|.{0,6}总数|合计|总计|共计|(参评|参加|评价|考核|受评).{0,4}数)(\((件|个|人|户|家|项|次|所)\))?$/;
/** lines of a table's body read at most */
const MAX_LINES = 500;

/**
 * The header of the first such table: the line of its (count | share) pairs (the class names' line above it is the
 * header's too: headerTop reads it), or null — a sheet of no family made of this table is headed by it.
 */
export function groupedSharesHead(grid: Grid): number | null {
  return tables(grid, true)[0]?.head ?? null;
}

/** a class named by a grade (优秀, 良好, 合格, B级), a 绩效 / 考核 before it (績效良好) */
const GRADE_CLASS = new RegExp(`^(绩效|考核|考评|评价|评定|测评)?(${GRADE_WORD_ALT}|${GRADE_LETTER_ALT})$`);
/** the words that say the grades are an assessment's (in the title or the class names) */
const ASSESSMENT_WORD = /绩效|考核|考评|评价|评估|评比|测评|等级|等次/;

/**
 * The header of a distribution of an assessment's results by grade (原民會 績效彙總表: 年度 | 總件數 | 績效良好 | 績效尚可 |
 * 尚待努力 over 案件數 | 百分比 pairs; 单位 | 考核人数 | 优秀 | 称职 | … over 人数 | 比例): the first table this reader reads,
 * its classes named on the line above its pairs, one of them a grade (GRADE_CLASS), under a title or classes naming an
 * assessment (绩效, 考核, 评价 …). The counts of the units or projects assessed, by their results: an evaluation's summary.
 * A distribution by a class that is no grade (满意 | 基本满意, 高级 | 中级 职称, 男 | 女), or of grades under no word of an
 * assessment (a test's 优秀 | 及格 counts), is none.
 */
export function gradeDistributionHead(grid: Grid): number | null {
  const t = tables(grid, true)[0];
  if (!t || t.head < 2) return null;
  const names = t.counts.map((c) => {
    const a = grid.anchor(t.head - 1, c);
    return grid.compactText(a.row, a.col);
  });
  if (names.some((n) => !n) || !names.some((n) => GRADE_CLASS.test(n))) return null;
  let said = names.join("|");
  for (let r = 1; r < t.head - 1; r++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c)) said += "|" + grid.compactText(r, c);
  return ASSESSMENT_WORD.test(said) ? t.head : null;
}

export function groupedShares(grid: Grid): Relation[] {
  const out: Relation[] = [];
  for (const t of tables(grid, false)) out.push(...t.relations);
  return out;
}

/** The tables read, each with its header's last line and its relations (with `first`, the first table only). */
function tables(grid: Grid, first: boolean): { head: number; relations: Relation[]; counts: number[] }[] {
  const found: { head: number; relations: Relation[]; counts: number[] }[] = [];
  if (!mayHold(grid, TextFact.ratioWord) || !grid.hasText(SHARE_WORD)) return found;
  const { start, cols } = grid.textCells();
  const withWord = grid.textMatches(SHARE_WORD);
  for (let h = 1; h < grid.rowCount; h++) {
    let any = false;
    for (let k = start[h]; k < start[h + 1] && !any; k++) any = withWord[k] === 1;
    if (!any) continue;
    // the (count | share) pairs of the line
    const pairs: { count: number; share: number }[] = [];
    for (let c = 1; c < grid.scanCols; c++) {
      if (!COUNT_HEAD.test(grid.compactText(h, c)) || !SHARE_HEAD.test(grid.compactText(h, c + 1))) continue;
      pairs.push({ count: c, share: c + 1 });
      c++;
    }
    if (pairs.length < 2) continue;
    const inPairs = (c: number) => pairs.some((p) => p.count === c || p.share === c);
    // the whole's column: one, on the line or merged down from the line above
    const wholes: number[] = [];
    for (let c = 1; c <= grid.scanCols; c++) {
      if (inPairs(c) || grid.anchorCol(h, c) !== c) continue;
      const t = grid.compactText(h, c) || (h > 1 ? grid.compactText(h - 1, c) : "");
      if (WHOLE_HEAD.test(t)) wholes.push(c);
    }
    if (wholes.length !== 1) continue;
    const wc = wholes[0];
    // the body: the lines with a whole and every count
    type Line = { whole: RelationTerm; counts: RelationTerm[]; shares: (RelationTerm | null)[] };
    const lines: Line[] = [];
    for (let r = h + 1; r <= Math.min(grid.rowCount, h + MAX_LINES); r++) {
      // (an empty line, a page's spacing, is no end of the table)
      if (grid.firstTextCell(r) === 0) continue;
      const whole = amountAt(grid, r, wc);
      if (!whole || whole.percent) break;
      const counts: RelationTerm[] = [];
      for (const p of pairs) {
        const n = amountAt(grid, r, p.count);
        if (!n || n.percent) break;
        counts.push({ ...n, label: grid.compactText(h, p.count) });
      }
      if (counts.length !== pairs.length) break;
      const shares = pairs.map((p) => {
        const n = amountAt(grid, r, p.share);
        return n ? { ...n, label: grid.compactText(h, p.share) } : null;
      });
      lines.push({ whole: { ...whole, label: grid.compactText(h, wc) || grid.compactText(h - 1, wc) }, counts, shares });
    }
    if (!lines.length) continue;
    const out: Relation[] = [];
    found.push({ head: h, relations: out, counts: pairs.map((p) => p.count) });
    // the classes are the whole's where most lines say so (their counts add up to it, or their shares to 100)
    const adds = (l: Line) => Math.abs(l.counts.reduce((s, n) => s + n.value, 0) - l.whole.value) < 1e-9;
    const hundred = (l: Line) => {
      if (l.shares.some((s) => !s)) return false;
      const pts = l.shares.reduce((s, n) => s + (n!.percent ? n!.value * 100 : n!.value), 0);
      return Math.abs(pts - 100) <= 0.01 * pairs.length + 1e-9;
    };
    const whole = lines.filter((l) => adds(l) || hundred(l)).length * 2 > lines.length;
    // shares in points (42.86) where any share past 1.5 is plain, else as each cell shows
    const points = lines.some((l) => l.shares.some((s) => s && !s.percent && s.value > 1.5));
    for (const l of lines) {
      const sum: SumRelation = {
        kind: "sum",
        id: `sum:count:${l.whole.cell}`,
        measure: "count",
        block: "amount-table",
        orientation: "columns",
        label: l.whole.label ?? "",
        total: l.whole,
        parts: l.counts,
        bound: whole ? "equal" : "atMost",
      };
      out.push(sum);
      if (l.whole.value === 0) continue;
      l.shares.forEach((s, i) => {
        if (!s) return;
        out.push(shareOf(s, l.counts[i], l.whole, points));
      });
    }
    if (first) break;
  }
  return found;
}

/**
 * A share stated beside its count, over the whole it is a share of (an amount table's rate; grouped-shares.ts and
 * breakdown-shares.ts): `points` where the list states its shares as numbers of points (28.98 for 28.98%).
 */
export function shareOf(stated: RelationTerm, numerator: RelationTerm, denominator: RelationTerm, points: boolean): RatioRelation {
  return {
    kind: "ratio",
    id: `ratio:${stated.cell}`,
    measure: "rate",
    block: "amount-table",
    name: stated.label ?? "",
    label: stated.label ?? "",
    stated,
    numerator,
    denominator,
    bound: "equal",
    ...(points && !stated.percent ? { statedInPoints: true as const } : {}),
  };
}
