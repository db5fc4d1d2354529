import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { sumAgrees } from "../relations/tolerance";
import { withinRounding } from "../relations/evaluate";
import { lineBelow, numberOrPointsAt } from "./cells";
import { headWordsLine } from "./prose-lines";
import type { UnitResultList } from "./unit-results";
import { HANDLING_COUNT_HEADER, HANDLING_UNIT_HEADER, NOTE_COLUMN_HEADER, NUMBERING_HEADER, RANKED_PLACE_HEADER, UNIT_LIST_RANK_HEADER, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

/**
 * A result list of units by the parts of their score and a total (连云港 12345 数据质量: 县区 | 工单总数 | 数据完整得分 |
 * 内容完整得分 | 扣分项 | 工单抽检得分 | 数据及时得分 | 接口稳定性得分 | 数据质量总分, one county a line), whose heads no other
 * list reader knows: parts named by what they score (…得分, …分, 扣分项), a total named a total (…总分, 总得分, 合计 …),
 * besides them at most a 序号, the units' counts (工单总数: figures of the units, not read), a rank or grade and notes.
 * The text is compared compact and simplified (grid.compactText): '数据完 整得分' with a PDF's line break, 繁體 heads, read alike.
 *
 * The total against its parts, **also where it is the sum of some of the score columns** (`subsetTotalRelations`): the
 * columns that vary from line to line are the parts (a part that varies and is not in the total leaves no subset that the
 * lines bear out: nothing read), and of the columns printed alike on every line (扣分项 10.00, 工单抽检得分 10.00, 接口稳定性
 * 得分 5.00) the ones the lines say are in it — the subset the lines bear out on all lines but one in three at most, three
 * lines at least, no other subset doing as well. Parts shown with decimals are scores computed to more places: the total
 * agrees within their rounding (SumRelation.roundedParts). The line that breaks it is a total-mismatch.
 * Near shapes not read: a budget table (金额, 万元), a statistics table (占比, 率, counts with no score head), a rubric (指标 |
 * 分值 | 得分: no unit head), a deduction beside the parts that enters the total with its sign (no plain subset fits).
 */

/** rows searched for the header; lines of units the list must show */
const HEADER_ROWS = 60;
const MIN_UNITS = 3;
const MIN_PARTS = 2;
/** a head naming a score (得分, 分数, 评分, 扣分项, 分值): a candidate part */
const SCORE_NAMED = /分/;
/** a head naming a total: 数据质量总分, 总得分(100分), 综合得分, 合计, 得分合计 */
const TOTAL_NAMED = /^[\u4e00-\u9fa5]{0,8}(总得?分|总成绩|总计得分|合计得分|得分合计|综合(得分|评分|分数))(\(\d{1,4}(\.\d+)?分?\))?$|^(合计|总计)$/;
/** heads that make the list no parts list: a rate or share, money, a weight, an average */
const NOT_PARTS = /率|%|占比|比重|权重|金额|资金|万元|元\)|预算|平均|均分/;
/** a rank or grade head (名次, 综合排名, 等次): no part */
const RANK_OR_GRADE = /(名次|排名|位次|排序|等级|等次)$/;
/** an assessment's title above the list (…绩效考评情况通报, 数据质量得分情况) */
const ASSESSMENT_TITLE = /考核|考评|评价|评估|得分|评分|测评|评比|排名|排行/;
/** a title naming another list (…汇总表, 统计表, 分配表) */
const OTHER_LIST_TITLE = /(汇总|统计|分配|明细|台账|预算|决算)表/;
/** the most columns printed alike on every line that a subset is sought over (2^6 subsets) */
const MAX_CONSTANT = 6;

const found = new WeakMap<Grid, UnitResultList | null>();

/** The sheet's parts list (a UnitResultList: its total the score column), or null (memoised per grid). */
export function partsList(grid: Grid): UnitResultList | null {
  let r = found.get(grid);
  if (r === undefined) {
    r = grid.hasText(/分/) ? findPartsList(grid) : null;
    found.set(grid, r);
  }
  return r;
}

function findPartsList(grid: Grid): UnitResultList | null {
  const last = Math.min(grid.rowCount, HEADER_ROWS);
  for (let h = 1; h <= last; h++) {
    // (the heads on one line, or written on two — each head's first word over the rest, 数据 over 完整得分, a short one merged
    // down over both — read joined, the second line holding heads only)
    let end = h;
    let head = headAt(grid, h, h);
    if (!head && headWordsLine(grid, h + 1)) head = headAt(grid, h, (end = h + 1));
    if (!head) continue;
    const rows = partLines(grid, end, head.unitCol, [head.totalCol, ...head.partCols]);
    if (rows.length < MIN_UNITS) continue;
    let title = "";
    for (let t = 1; t < h; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c)) title += grid.compactText(t, c) + "|";
    if (!ASSESSMENT_TITLE.test(title) || OTHER_LIST_TITLE.test(title)) return null;
    return { headerRow: end, unitCol: head.unitCol, scoreCol: head.totalCol, noteCol: null, deductCol: null, baseCol: null, base: 100, baseCell: null, rows, rateCols: [], countCols: [], lists: [], topRow: h, placeCol: null, blocks: [] };
  }
  return null;
}

/** Column c's head over the header's lines top…end, joined (a head merged down over them read once). */
function headText(grid: Grid, top: number, end: number, c: number): string {
  let t = "";
  for (let r = top; r <= end; r++) if (grid.ownsCell(r, c)) t += grid.compactText(r, c);
  return t;
}

/** Lines top…end as a parts list's header: a unit head first, two score-named parts or more, one total head; else null. */
function headAt(grid: Grid, top: number, end: number): { unitCol: number; totalCol: number; partCols: number[] } | null {
  let unitCol = 0;
  let totalCol = 0;
  const partCols: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(top, c) && (top === end || !grid.ownsCell(end, c))) continue;
    const t = headText(grid, top, end, c);
    if (!t) continue;
    if (t.length > 14 || NOT_PARTS.test(t)) return null;
    if (!unitCol) {
      if (UNIT_LIST_UNIT_HEADER.test(t) || RANKED_PLACE_HEADER.test(t) || HANDLING_UNIT_HEADER.test(t)) unitCol = c;
      else if (!NUMBERING_HEADER.test(t) && !(UNIT_LIST_RANK_HEADER.test(t) && RANK_OR_GRADE.test(t))) return null;
      continue;
    }
    if (TOTAL_NAMED.test(t)) {
      if (totalCol) return null;
      totalCol = c;
    } else if (UNIT_LIST_RANK_HEADER.test(t) || RANK_OR_GRADE.test(t) || NOTE_COLUMN_HEADER.test(t) || HANDLING_COUNT_HEADER.test(t)) continue;
    else if (SCORE_NAMED.test(t)) partCols.push(c);
    else return null;
  }
  return unitCol && totalCol && partCols.length >= MIN_PARTS ? { unitCol, totalCol, partCols } : null;
}

/** The lines under the header: a name, a number (no percentage) in the total and every part; stops at the first that is not. */
function partLines(grid: Grid, h: number, unitCol: number, cols: number[]): number[] {
  const rows: number[] = [];
  for (let r = lineBelow(grid, grid.mergeAt(h, unitCol)?.r2 ?? h); r <= grid.rowCount; r++) {
    const name = grid.compactText(r, unitCol);
    if (!name || numberOrPointsAt(grid, r, unitCol)) break;
    if (cols.some((c) => { const n = numberOrPointsAt(grid, r, c); return !n || n.percent; })) break;
    rows.push(r);
  }
  return rows;
}

/** A total agrees with its parts: exactly at the shown precision, or within the parts' rounding where they show decimals. */
function agrees(total: RelationTerm, parts: RelationTerm[]): boolean {
  return sumAgrees(total, parts).ok || withinRounding(total, parts);
}

/**
 * Each line's total against the subset of its score columns the lines bear out (see above), on a result list read by any
 * reader (unit-results.ts) whose total head names a total: one sum relation a line, its parts rounded where they show
 * decimals. Asked only where result-parts.ts read no sum of the list.
 */
export function subsetTotalRelations(grid: Grid, list: UnitResultList | null): SumRelation[] {
  if (!list || list.headless || list.lists.length || list.rows.length < MIN_UNITS) return [];
  const h = list.headerRow;
  // (a header on two lines, topRow over headerRow: each head read joined)
  const top = Math.min(list.topRow, h);
  const totalName = headText(grid, top, h, list.scoreCol);
  if (!TOTAL_NAMED.test(totalName)) return [];
  // (the candidate parts: score-named columns holding a number, no percentage, on every line)
  const cols: { col: number; name: string; values: RelationTerm[] }[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === list.unitCol || c === list.scoreCol || (!grid.ownsCell(h, c) && !grid.ownsCell(top, c))) continue;
    const t = headText(grid, top, h, c);
    if (!t) continue;
    if (NOT_PARTS.test(t)) return [];
    if (!SCORE_NAMED.test(t) || TOTAL_NAMED.test(t) || RANK_OR_GRADE.test(t) || UNIT_LIST_RANK_HEADER.test(t) || NOTE_COLUMN_HEADER.test(t)) continue;
    const values: RelationTerm[] = [];
    for (const r of list.rows) {
      const n = numberOrPointsAt(grid, r, c);
      if (!n || n.percent) break;
      values.push({ ...n, label: t });
    }
    if (values.length === list.rows.length) cols.push({ col: c, name: t, values });
  }
  const totals: RelationTerm[] = [];
  for (const r of list.rows) {
    const n = numberOrPointsAt(grid, r, list.scoreCol);
    if (!n || n.percent) return [];
    totals.push({ ...n, label: `${grid.compactText(r, list.unitCol)}${totalName}` });
  }
  const n = totals.length;
  // (the columns that vary are parts; of those printed alike on every line, zeros add nothing, the others are sought)
  const varying = cols.filter((x) => x.values.some((v) => Math.abs(v.value - x.values[0].value) > 1e-9));
  const constant = cols.filter((x) => !varying.includes(x) && Math.abs(x.values[0].value) > 1e-9);
  if (!varying.length || constant.length > MAX_CONSTANT) return [];
  let best: { mask: number; agree: number } | null = null;
  let tied = false;
  for (let mask = 0; mask < 1 << constant.length; mask++) {
    const chosen = [...varying, ...constant.filter((_, k) => mask & (1 << k))];
    if (chosen.length < MIN_PARTS) continue;
    let agree = 0;
    for (let i = 0; i < n; i++) if (agrees(totals[i], chosen.map((x) => x.values[i]))) agree++;
    if (!best || agree > best.agree) {
      best = { mask, agree };
      tied = false;
    } else if (agree === best.agree) tied = true;
  }
  // (the lines bear it out: three or more agree, one in three at most does not, and no other subset does as well)
  if (!best || tied || best.agree < MIN_UNITS || (n - best.agree) * 3 > n) return [];
  const chosen = [...varying, ...constant.filter((_, k) => best!.mask & (1 << k))].sort((a, b) => a.col - b.col);
  const rounded = chosen.some((x) => x.values.some((v) => (v.decimals ?? 0) >= 1));
  return totals.map((total, i) => ({
    kind: "sum" as const,
    id: `sum:score:${total.cell}`,
    measure: "score" as const,
    block: "result-list" as const,
    orientation: "columns" as const,
    label: total.label!,
    total,
    parts: chosen.map((x) => x.values[i]),
    bound: "equal" as const,
    ...(rounded ? { roundedParts: true as const } : {}),
  }));
}
