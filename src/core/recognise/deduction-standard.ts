import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { numberOrPointsAt } from "./cells";
import { isClosingRow } from "./table-closing";
import { firstHeaderOf, type HeaderMap, rowRolesShared } from "./table-header";
import type { TableWalk } from "./table-walk";
import { CODE_HEADER, DEDUCTION_CLAUSE, NUMBERING_HEADER, POINTS_PER_OCCURRENCE } from "./vocabulary";

/**
 * A deduction standard (扣分标准): a list of faults, each with what one occurrence of it takes off the points, and no
 * points of its own (天津 武清 市容环境卫生 考评标准: 序号 | 考评标准 | 扣分标准 | 备注, each line '1分/项', '0.5分/项'; a
 * 街道 卫生检查 细则: 考核内容 | 扣分办法 over '每处扣1分'; 问题类型 | 扣分细则 over '发现一处扣0.5分'; 檢查內容 | 扣分標準
 * over '2分/處'). Its items are read without weights: a deduction per occurrence is no weight, and nothing adds up — no
 * total, no weight sum, whatever base (基础分 100) the page states once.
 * The evidence is the deduction column itself: a head naming a rule or a deduction (扣分标准, 扣分办法, 扣分细则, 评分办法, 扣分),
 * and under it, on three lines or more and two in three of the lines that name an item, a deduction — points per
 * occurrence written as a rate ('1分/项', '每处0.5分', POINTS_PER_OCCURRENCE) or a deduction clause ('扣2分', '每项扣1分',
 * '发现一处扣0.5分', DEDUCTION_CLAUSE) — and never an award ('得2分', '计5分', '加1分': a rubric with points, read by the
 * readers of rubrics). The items are the nearest column of text left of it.
 * Near shapes it does not read: a rubric with a 分值 column or points in its rules (other readers, their weights), a list
 * of fines ('每次罚款200元': no points), a record of deductions taken (单位 | 扣分 | 得分: numbers, a 得分 column), a table
 * with a target or actual column.
 */

/** lines that must carry a deduction; the share of the item lines they must make (two in three) */
const MIN_LINES = 3;
/** lines read under a header for the evidence (a standard is a page or two; a longer table's first lines show it) */
const MAX_LINES = 200;
/** blank lines that may stand between the header and its first line */
const BLANK_UNDER_HEADER = 2;
/** a header line's cells are short: a sentence is no head */
const MAX_HEAD = 16;
/** a head naming a rule or a deduction: the deduction column's (扣分标准, 扣分办法, 扣分细则, 扣分, 评分办法, 考评办法) */
const DEDUCTION_HEAD = /扣|(评分|计分|考评|考核|检查)(标准|办法|细则|方法|依据)/;
/** an award in a rule (得2分, 计5分, 加1分; 得0分 is a deduction): a rubric awarding points, not a deduction standard */
const AWARD = /(?:[得计记给]|加)(?!0分)\d{1,4}(?:\.\d+)?分/;
/** a sheet a deduction standard can be on (a regex over the joined texts, once per sheet) */
const SHEET_GATE = /扣|分\/|每[项处次个人起件户条例宗批台辆家]\d/;

/** The cell states a deduction (per occurrence, or a clause) and awards nothing. */
export function isDeductionCell(text: string): boolean {
  return (POINTS_PER_OCCURRENCE.test(text) || DEDUCTION_CLAUSE.test(text)) && !AWARD.test(text);
}

const gated = new WeakMap<Grid, boolean>();

/** The first deduction standard's header on the sheet (a sheet whose other readers found no header), or null. */
export function firstDeductionStandard(grid: Grid): HeaderMap | null {
  let g = gated.get(grid);
  if (g === undefined) gated.set(grid, (g = grid.hasText(SHEET_GATE)));
  return g ? firstHeaderOf(grid, deductionStandardHeaderAt) : null;
}

/**
 * Row `row` as a deduction standard's header: two short texts or more, no number, no points, score, target or actual
 * head; a column headed by a rule or deduction word holding deductions on the lines below (see the evidence above),
 * the items' column left of it, a numbering column (序号, 编号) left of the items, a group column between them.
 */
export function deductionStandardHeaderAt(grid: Grid, row: number): HeaderMap | null {
  const heads: number[] = [];
  let deductionHeads = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(row, c)) continue;
    const t = grid.compactText(row, c);
    if (!t) continue;
    if (t.length > MAX_HEAD || numberOrPointsAt(grid, row, c)) return null;
    heads.push(c);
    if (DEDUCTION_HEAD.test(t)) deductionHeads++;
  }
  // (the lines below are read only under a line naming a deduction column: a few lines of a sheet at most)
  if (heads.length < 2 || !deductionHeads) return null;
  const roles = rowRolesShared(grid, row);
  for (const r of roles.values()) if (r === "weight" || r === "score" || r === "targetValue" || r === "actual") return null;
  const lines = linesBelow(grid, row);
  if (lines.length < MIN_LINES) return null;
  for (const c of heads) {
    if (!DEDUCTION_HEAD.test(grid.compactText(row, c))) continue;
    const items = itemsColumn(grid, lines, c);
    if (items === null || !deductionsHold(grid, lines, items, c)) continue;
    const columns: Partial<Record<ColumnRole, number>> = { level3: items, rubric: c };
    const header: HeaderMap = { headerRow: row, firstHeaderRow: row, columns, roleCount: 2, perOccurrence: true };
    for (let k = items - 1; k >= 1; k--) {
      const t = grid.ownsCell(row, k) ? grid.compactText(row, k) : "";
      if (CODE_HEADER.test(t) || NUMBERING_HEADER.test(t)) {
        header.codeCol = k;
        break;
      }
    }
    // (a group column between the numbering and the items: its labels stand where a group starts, merged down or left
    // blank below — fewer than the items')
    for (let k = (header.codeCol ?? 0) + 1; k < items; k++) {
      if (k === c || !grid.ownsCell(row, k) || !grid.compactText(row, k)) continue;
      const own = lines.filter((r) => grid.startsInRow(r, k) && grid.compactText(r, k) !== "" && !numberOrPointsAt(grid, r, k)).length;
      const named = lines.filter((r) => grid.compactText(r, items) !== "").length;
      if (own >= 1 && own < named && grid.compactText(lines[0], k) !== "") {
        columns.level1 = k;
        header.roleCount = 3;
        break;
      }
    }
    return header;
  }
  return null;
}

/**
 * The lines under the header: the rows with content below it (a blank line or two left under the header stepped over),
 * down to a blank row or the table's closing line.
 */
function linesBelow(grid: Grid, row: number): number[] {
  const out: number[] = [];
  let first = row + 1;
  while (first <= Math.min(grid.rowCount, row + 1 + BLANK_UNDER_HEADER) && !grid.rowHasContent(first)) first++;
  for (let r = first; r <= Math.min(grid.rowCount, row + MAX_LINES); r++) {
    if (!grid.rowHasContent(r) || isClosingRow(grid, r)) break;
    out.push(r);
  }
  return out;
}

/**
 * The items' column: the nearest column left of `col` holding a text (no number, no deduction) on two lines in three;
 * else, the deduction printed first (扣分标准 | 问题描述), the nearest right of it.
 */
function itemsColumn(grid: Grid, lines: number[], col: number): number | null {
  const named = (c: number) => {
    let texts = 0;
    for (const r of lines) {
      const t = grid.compactText(r, c);
      if (t && !numberOrPointsAt(grid, r, c) && !isDeductionCell(t)) texts++;
    }
    return texts * 3 >= lines.length * 2;
  };
  for (let c = col - 1; c >= 1; c--) if (named(c)) return c;
  for (let c = col + 1; c <= grid.scanCols; c++) if (named(c)) return c;
  return null;
}

/**
 * The deduction column's evidence: of the lines naming an item, MIN_LINES or more and two in three hold a deduction in
 * `col`; none awards points (an award is a rubric's).
 */
function deductionsHold(grid: Grid, lines: number[], items: number, col: number): boolean {
  let named = 0;
  let deducted = 0;
  for (const r of lines) {
    const t = grid.compactText(r, col);
    if (t && AWARD.test(t)) return false;
    if (grid.compactText(r, items) === "") continue;
    named++;
    if (t && isDeductionCell(t)) deducted++;
  }
  return deducted >= MIN_LINES && deducted * 3 >= named * 2;
}

const seen = new WeakMap<HeaderMap, boolean>();

/**
 * A header another reader found (考核内容 | 扣分办法: a level's word over the items) that heads a deduction standard: no
 * points, score, target or actual column, and its rule column (or a column right of the items the header gives no role)
 * holds the deductions on the lines the walk read (the evidence above). Memoised per header.
 */
export function headsDeductionStandard(grid: Grid, header: HeaderMap, walk: TableWalk | null): boolean {
  if (header.perOccurrence) return true;
  let s = seen.get(header);
  if (s === undefined) {
    s = readsDeductions(grid, header, walk);
    seen.set(header, s);
  }
  return s;
}

function readsDeductions(grid: Grid, header: HeaderMap, walk: TableWalk | null): boolean {
  const cols = header.columns;
  const items = cols.level3 ?? cols.level2 ?? cols.level1;
  if (items === undefined || cols.weight !== undefined || cols.score !== undefined || cols.targetValue !== undefined || cols.actual !== undefined) return false;
  if (header.inferred || header.ruleAwards || !walk || walk.indicators.length < MIN_LINES) return false;
  if (walk.indicators.some((i) => i.weight !== null)) return false;
  const lines = walk.indicators.map((i) => i.row);
  const roled = new Set(Object.values(cols));
  for (let c = items + 1; c <= grid.scanCols; c++) {
    if (roled.has(c) && c !== cols.rubric) continue;
    if (!DEDUCTION_HEAD.test(grid.compactText(grid.anchorRow(header.headerRow, c), c))) continue;
    if (deductionsHold(grid, lines, items, c)) return true;
  }
  return false;
}
