import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { groupWeightInLabel } from "../text/labels";
import { bareBracketNumber } from "./bare-points";
import { labelSpanEnd, pointsAt } from "./cells";
import { isClosingRow } from "./table-closing";
import { LADDER_WORD, NAME_HEADER, SCAN } from "./vocabulary";
import { agreesTyped } from "../relations/tolerance";

/**
 * A points column whose head cell is blank (条件 | 考核验收内容 | (blank) | (blank) | 备注: the 标准分 | 自评分 lost from the
 * header): the sum is the evidence, not a word. Under a header line naming no weight column, the blank-headed column right
 * of the items' column (a level word or an items word: 考核验收内容, 项目, 内容) is the points column where
 *  - every cell of it under the header holds plain points (3, 2, 5: no text, none above 100), each beside an item's name,
 *  - a column left of the items holds group labels stating their points (…落到实处 (15), …(15分)), each merged down its
 *    items' lines, written on the first of them or filled down, and
 *  - one group at least has its lines' points add up to exactly its label's, over two lines at least, and as many groups
 *    agree as disagree (a slip in one group is then the weight rollup's to report).
 * A column of counts or amounts beside such labels adds up to none of them: no points column. The column right of the
 * points, its head blank too, is the score's the header lost with them (标准分 | 自评分) where no score column is named
 * and its lines are blank or hold scores given (each at most its line's points). The header's roles are not changed here: the items', the
 * points' (and the blank score's) columns, or undefined.
 */
export function unnamedPointsColumn(grid: Grid, row: number, roles: Map<number, ColumnRole>): { items: number; points: number; score?: number } | undefined {
  for (const r of roles.values()) if (r === "weight") return undefined;
  // (both readings need the items' column: a level's, or a names head; a line with neither, most lines, reads none)
  if (!namesItems(grid, row, roles)) return undefined;
  const totalled = totalledPointsColumn(grid, row, roles);
  if (totalled) return totalled;
  for (let c = 3; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(row, c) || grid.compactText(row, c) !== "" || roles.has(c)) continue;
    const items = c - 1;
    if (!grid.ownsCell(row, items)) continue;
    const role = roles.get(items);
    const head = grid.compactText(row, items);
    if (!(role === "level1" || role === "level2" || role === "level3" || (!role && head && (NAME_HEADER.test(head) || LADDER_WORD.test(head))))) continue;
    for (let g = items - 1; g >= 1; g--) {
      if (!addsUpToLabels(grid, row, g, items, c)) continue;
      const score = c + 1;
      const blankScore = score <= grid.scanCols && !roles.has(score) && ![...roles.values()].includes("score") && grid.ownsCell(row, score) && !grid.compactText(row, score) && scoresUnder(grid, row, score, c);
      return blankScore ? { items, points: c, score } : { items, points: c };
    }
  }
  return undefined;
}

/**
 * Line `row` heads the items somewhere: a level's column among its roles, or a text of its own (Grid.textCells) outside
 * them reading as a names head or a ladder word (项目, 内容) — the items' column both readings of unnamedPointsColumn need.
 */
function namesItems(grid: Grid, row: number, roles: Map<number, ColumnRole>): boolean {
  for (const r of roles.values()) if (r === "level1" || r === "level2" || r === "level3") return true;
  if (row < 1 || row > grid.rowCount) return false;
  const { start, cols } = grid.textCells();
  for (let k = start[row]; k < start[row + 1]; k++) {
    if (roles.has(cols[k])) continue;
    const head = grid.compactText(row, cols[k]);
    if (NAME_HEADER.test(head) || LADDER_WORD.test(head)) return true;
  }
  return false;
}

/** Largest points a line of a scoring table states. */
const MAX_POINTS = 100;

/** The points a group label states, with 分 or bare in brackets at its end ("…(15分)", "…落到实处 (15)"). */
function labelPoints(label: string): number | null {
  return groupWeightInLabel(label) ?? bareBracketNumber(label);
}

/**
 * Under the header line `row`: column `col` holds plain points on the lines that name an item in `items` (and nothing
 * elsewhere), and the group labels of column `groups` state points their lines add up to (see unnamedPointsColumn).
 */
function addsUpToLabels(grid: Grid, row: number, groups: number, items: number, col: number): boolean {
  const end = Math.min(grid.rowCount, row + SCAN.headerSettleRows);
  let last = row;
  for (let r = row + 1; r <= end && !isClosingRow(grid, r); r++) {
    last = r;
    if (!grid.ownsCell(r, col) || !grid.compactText(r, col)) continue;
    const p = pointsAt(grid, r, col);
    if (!p || p.value <= 0 || p.value > MAX_POINTS || !/^\d+(\.\d+)?分?$/.test(grid.compactText(r, col))) return false;
    if (!grid.compactText(r, items)) return false;
  }
  let agree = 0;
  let disagree = 0;
  for (let r = row + 1; r <= last; r++) {
    if (!grid.startsInRow(r, groups) || !grid.compactText(r, groups)) continue;
    const stated = labelPoints(grid.text(r, groups));
    const to = labelSpanEnd(grid, r, groups, last);
    if (stated !== null) {
      let sum = 0;
      let lines = 0;
      for (let k = r; k <= to; k++) {
        const p = grid.ownsCell(k, col) && grid.compactText(k, col) ? pointsAt(grid, k, col) : null;
        if (!p) continue;
        sum += p.value;
        lines++;
      }
      if (lines >= 2) {
        if (agreesTyped(stated, sum)) agree++;
        else disagree++;
      }
    }
    r = to;
  }
  return agree > 0 && agree >= disagree;
}

/**
 * Under the header line `row`, column `col` is blank or holds scores given: a number beside the line's points in column
 * `points` wherever it is filled, most of them no larger than those points (a note, a code or an amount is no score; a
 * slip above its points is the score rule's to report).
 */
function scoresUnder(grid: Grid, row: number, col: number, points: number): boolean {
  let within = 0;
  let above = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    if (!grid.ownsCell(r, col) || !grid.compactText(r, col)) continue;
    const given = pointsAt(grid, r, col);
    const max = pointsAt(grid, r, points);
    if (!given || !max || given.value < 0) return false;
    if (given.value <= max.value) within++;
    else above++;
  }
  return within >= above;
}

/** The wholes of a points scale (百分制, 千分制): a closing line's total that names the column without adding up. */
const WHOLE_POINTS = [100, 1000];

/** Lines a totalled points column must hold before its 合计 is evidence (two could agree by chance). */
const MIN_TOTALLED_LINES = 3;

/**
 * A points column whose head names no role (blank, or a word a copy garbled: 序号 | 检查内容 | 评分标准 | 一置一 | 得分, the
 * 分值 misread), found by its total rather than a word: under a header line naming the items' column (a level word or an
 * items word) and a score column but no weight column, the first unnamed column right of the items and left of the score
 * is the points column where
 *  - every line under the header, down to the table's closing line, holds plain points in it (3, 20: no text, none above
 *    100), each beside an item's name, three lines at least, and
 *  - that closing line (合计, 总分) holds in the same column exactly the sum of those points, or the whole of a 百分制 or
 *    千分制 sheet (100, 1000) that the lines may miss (a slip in one line is then the weight sum's to report: the whole
 *    beside a score column is the evidence, not the slip).
 * A column of amounts or counts has no score column beside it, or a total its lines miss: no points column. The header's
 * roles are not changed here: the items' and the points' columns, or undefined.
 */
function totalledPointsColumn(grid: Grid, row: number, roles: Map<number, ColumnRole>): { items: number; points: number } | undefined {
  let items = 0;
  let score = 0;
  for (const [c, role] of roles) {
    if (role === "score" && !score) score = c;
    if ((role === "level1" || role === "level2" || role === "level3") && c > items) items = c;
  }
  if (!items) {
    for (let c = 1; c <= grid.scanCols && !items; c++) {
      const head = grid.ownsCell(row, c) && !roles.has(c) ? grid.compactText(row, c) : "";
      if (head && (NAME_HEADER.test(head) || LADDER_WORD.test(head))) items = c;
    }
  }
  if (!items || score <= items + 1) return undefined;
  for (let c = items + 1; c < score; c++) {
    if (roles.has(c) || !grid.ownsCell(row, c)) continue;
    return addsUpToClosing(grid, row, items, c) ? { items, points: c } : undefined;
  }
  return undefined;
}

/** Under the header line `row`: column `col` holds plain points beside the items of column `items` on every line down to
 * the closing line (a repeat of the header at a page break and empty lines aside), and the closing line's cell in `col` is their sum (see
 * totalledPointsColumn). */
function addsUpToClosing(grid: Grid, row: number, items: number, col: number): boolean {
  const end = Math.min(grid.rowCount, row + SCAN.headerSettleRows);
  let sum = 0;
  let lines = 0;
  for (let r = row + 1; r <= end; r++) {
    if (isClosingRow(grid, r)) {
      const total = grid.ownsCell(r, col) && grid.compactText(r, col) ? pointsAt(grid, r, col) : null;
      return lines >= MIN_TOTALLED_LINES && !!total && (agreesTyped(total.value, sum) || WHOLE_POINTS.includes(total.value));
    }
    const t = grid.ownsCell(r, col) ? grid.compactText(r, col) : "";
    // (the header printed again at a page break, its items' and points' heads word for word, or an empty line: no line)
    if (t && t === grid.compactText(row, col) && grid.compactText(r, items) === grid.compactText(row, items)) continue;
    if (!t && !grid.compactText(r, items)) continue;
    const p = t ? pointsAt(grid, r, col) : null;
    if (!p || p.value <= 0 || p.value > MAX_POINTS || !/^\d+(\.\d+)?分?$/.test(t) || !grid.compactText(r, items)) return false;
    sum += p.value;
    lines++;
  }
  return false;
}
