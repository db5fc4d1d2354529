import type { Grid } from "../grid/grid";
import { CASE_COUNT_HEAD, COUNT_COLUMN_HEAD, RATE_OR_SHARE_HEAD } from "./vocabulary";
import { headerTop } from "./table-header";

/**
 * The total of an amount list of no family whose grand row (合计 / 總計) holds several numbers and no column relation,
 * header word or neighbour sum picked one of them (amountListHead): the same choices made again over its money columns
 * only. A column whose lowest head names a rate or a share (预算执行率(%)【(B)+(C)】/(A) printed without its % sign,
 * 占比) or a count (件数, 户数, 人数) is no amount of the list: a budget execution table 预算数 | 实现数 | 应付数 | 保留数 |
 * 执行率 then reads its whole from the money columns' own sum (预算数 = 实现 + 应付 + 保留 on the grand row and its lines),
 * and a 金额 | 件数 pairs table from its money columns alone.
 */

/** the text of the lowest head over a column between the header line and the list's first line ("" for none) */
function lowestHead(grid: Grid, header: number, first: number, c: number): string {
  for (let r = first - 1; r >= header; r--) {
    const ar = grid.anchorRow(r, c);
    const ac = grid.anchorCol(r, c);
    const text = grid.compactText(ar, ac);
    if (text) return ac === c ? text : "";
  }
  return "";
}

/** the grand row's number columns that are money: not a rate, a share or a count by their lowest head */
export function moneyColumns(grid: Grid, header: number, first: number, numbers: readonly number[]): number[] {
  return numbers.filter((c) => {
    const head = lowestHead(grid, header, first, c);
    return !(RATE_OR_SHARE_HEAD.test(head) || COUNT_COLUMN_HEAD.test(head) || CASE_COUNT_HEAD.test(head));
  });
}

/** a year in a period head: 2019年, 2019年度, or an ROC year 108年度 (read as 2019) */
const PERIOD_YEAR = /(?:^|[^\d])((?:19|20)\d{2}|\d{2,3})年/;
/** a head path naming the budget (预算数, 法定预算) and no outcome of it (决算, 执行, 实际, 实现, 增减 …) */
const BUDGET_WORD = /预算/;
const NOT_BUDGET_WORD = /决算|执行|实际|实现|完成|结余|比较|增减|增、减|差额|变动/;

/**
 * Of money columns set under period heads (108年度 | 109年度 merged over 法定预算 | 审定决算数 each, or 2019年预算数 |
 * 2019年决算数 | 2020年预算数 …), the latest period's one budget column: the table's own amount, as currentPeriodColumn
 * reads a 本年预算数 beside an earlier period's. Every column must name a year on its head path (the texts over it, merged
 * heads included, from the header's top line), two years at least; the latest year must hold exactly one budget column. Else null.
 */
export function latestBudgetColumn(grid: Grid, header: number, first: number, cols: readonly number[]): number | null {
  if (cols.length < 2) return null;
  // (the head path from the header's top line: the period heads stand over the line the list starts under)
  const top = Math.min(header, headerTop(grid, first - 1));
  const read = cols.map((c) => {
    let path = "";
    for (let r = top; r < first; r++) path += "|" + grid.compactText(grid.anchorRow(r, c), grid.anchorCol(r, c));
    const y = PERIOD_YEAR.exec(path)?.[1];
    const year = y ? (y.length === 4 ? Number(y) : Number(y) + 1911) : 0;
    return { c, year, budget: BUDGET_WORD.test(path) && !NOT_BUDGET_WORD.test(path) };
  });
  if (read.some((x) => !x.year) || new Set(read.map((x) => x.year)).size < 2) return null;
  const latest = Math.max(...read.map((x) => x.year));
  const budgets = read.filter((x) => x.year === latest && x.budget);
  return budgets.length === 1 ? budgets[0].c : null;
}
