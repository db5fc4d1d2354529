import type { Grid } from "../grid/grid";
import { LEVEL_ROLES } from "../model/types";
import type { BudgetRole, ColumnRole } from "../model/types";
import { groupWeightInLabel, weightInLabel } from "../text/labels";
import { budgetRole } from "./headers";
import { copiesLeft, headMerge, pointsAt } from "./cells";
import { isClosingRow } from "./table-closing";
import { sameHeaderLine } from "./table-header";
import { LISTED_ITEM_HEADER, LIST_FUND_HEADER, LIST_RECIPIENT_HEADER, LIST_ROUND_TOTALS, SCAN, TOTAL_LABEL } from "./vocabulary";
import { agreesTyped } from "../relations/tolerance";
import { numberedOnFrom } from "../relations/continued-page";

/**
 * Short lists of indicators with their points or weights (序号 | 工作标准 | 分值, 项目名称 | 权重 …): one level, no title
 * words, no rule or score column. Recognised by evidence, not by layout: a head naming the items (LISTED_ITEM_HEADER)
 * beside a 分值 / 权重 column, and lines whose points add up to the total a closing 合计 line states, or to a round total
 * (LIST_ROUND_TOTALS) where none is printed — or, on a continuation page (its lines numbered under 序号 from above 1, the
 * first on the page before: continued-page.ts), to less than the closing total, which counts those lines too. A list of funds (an amount head, 资金 / 万元 / 金额) or of recipients
 * (单位名称) is no indicator list, whatever its numbers add up to.
 */

/** Blank header cells right of a head that it may stand over when the table's merges are undone (a CSV dump). */
const SPANNED_BLANK_CELLS = 2;
/** Lines under the head a list's points are read from. */
const LIST_LINES = SCAN.headerSettleRows;
/** Named lines with points a list needs before its sum is evidence. */
const LIST_MIN_LINES = 3;

/** A budget's amounts and its rate (预算数, 执行数, 执行率): money, not points. */
const AMOUNT_ROLES: (BudgetRole | null)[] = ["initial", "adjusted", "executed", "rate"];

/**
 * The header line `row` names a 分值 / 权重 column (or several side by side) and no level, target, completion or score
 * column: the column left of the first weight column whose head names the items (工作标准, 项目名称) is the list's items'
 * column where the lines under it add up (listAddsUp). Its column, else undefined.
 */
export function listedItemColumn(grid: Grid, row: number, roles: Map<number, ColumnRole>): number | undefined {
  const all = [...roles.values()];
  if (!all.includes("weight") || all.some((r) => LEVEL_ROLES.includes(r) || r === "targetValue" || r === "actual" || r === "score")) return undefined;
  let name: number | undefined;
  const weight = Math.min(...[...roles].filter(([, r]) => r === "weight").map(([c]) => c));
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(row, c)) continue;
    const t = grid.compactText(row, c);
    if (!t) continue;
    // (a list of money or of its recipients: an allocation, not a scoring system)
    if (LIST_FUND_HEADER.test(t) || AMOUNT_ROLES.includes(budgetRole(t)) || LIST_RECIPIENT_HEADER.test(t)) return undefined;
    if (c < weight && !roles.has(c) && LISTED_ITEM_HEADER.test(t)) name = c;
  }
  if (name === undefined || !listAddsUp(grid, row, name, weight)) return undefined;
  return name;
}

/**
 * The lines under the header line `row` each name an item in `nameCol` and state its points in `weightCol` (three at
 * least, a line with no points at most as a blank one), and the points add up to the number a closing total line
 * (合计 | 500) states in `weightCol`, or, with no total line, to a round total (100). On a continuation page, its lines
 * numbered from above 1 (9, 10, 11, 12 under 序号), the total counts the lines on the page before as well: the page's
 * points add up to less than it.
 */
function listAddsUp(grid: Grid, row: number, nameCol: number, weightCol: number): boolean {
  let lines = 0;
  let sum = 0;
  let first = 0;
  const last = Math.min(grid.rowCount, row + LIST_LINES);
  for (let r = row + 1; r <= last; r++) {
    if (!grid.rowHasContent(r)) continue;
    if (totalLine(grid, r, weightCol)) {
      const stated = pointsAt(grid, r, weightCol);
      if (lines < LIST_MIN_LINES || !stated) return false;
      return agreesTyped(stated, sum) || (stated.value > sum && numberedOnFrom(grid, first));
    }
    if (isClosingRow(grid, r)) break;
    const name = grid.ownsCell(r, nameCol) ? grid.compactText(r, nameCol) : "";
    // (the header printed again at a page break: no line of the list)
    if (sameHeaderLine(grid, row, r, 2)) continue;
    const points = pointsAt(grid, r, weightCol);
    // (a line of another kind, a note or a second header, ends the list)
    if (!name || !/[\u4e00-\u9fa5]/.test(name)) break;
    if (points === null) {
      if (grid.compactText(r, weightCol) !== "") return false;
      continue;
    }
    if (!lines) first = r;
    lines++;
    sum += points.value;
  }
  return lines >= LIST_MIN_LINES && LIST_ROUND_TOTALS.some((t) => agreesTyped(t, sum));
}

/** A line labelled a total (合计, 总分) in a cell left of `weightCol`. */
function totalLine(grid: Grid, r: number, weightCol: number): boolean {
  for (let c = 1; c < weightCol; c++) if (grid.ownsCell(r, c) && TOTAL_LABEL.test(grid.compactText(r, c))) return true;
  return false;
}

/**
 * A head naming the items and their points in one (项目名称及分值, LEVEL role) merged over several columns: the columns
 * under it whose labels state their points ('(二)“五型”机关创建 (100分)' | '1.学习型机关创建(20分)'), left to right the
 * levels — where a left column's label states the points its lines' labels add up to (100 = 30 + 20 + 50) on one group
 * at least. The columns with their levels (the first the 一级, the last the items'), else undefined.
 */
export function pointedColumnsUnderHead(grid: Grid, row: number, c: number): Map<number, ColumnRole> | undefined {
  // (or its words written again over them, the merge filled across: headMerge)
  const m = headMerge(grid, row, c);
  if (m && (m.c1 !== c || m.r2 < row)) return undefined;
  // (or standing over blank header cells, its merge undone: a CSV dump)
  let end = m ? m.c2 : c;
  if (!m) while (end < c + SPANNED_BLANK_CELLS && end < grid.scanCols && grid.ownsCell(row, end + 1) && !grid.compactText(row, end + 1)) end++;
  if (end === c) return undefined;
  const top = m ? m.r2 : row;
  const last = Math.min(grid.rowCount, top + LIST_LINES);
  const pointed: number[] = [];
  for (let k = c; k <= end; k++) {
    let n = 0;
    // (a label written again from the cell left of it, merged across both and filled, is the left column's)
    for (let r = top + 1; r <= last; r++) if (grid.startsInRow(r, k) && grid.ownsCell(r, k) && !copiesLeft(grid, r, k) && weightInLabel(grid.text(r, k)) !== null) n++;
    if (n) pointed.push(k);
  }
  if (pointed.length !== 2) return undefined;
  const [groupCol, itemCol] = pointed;
  if (!groupPointsAddUp(grid, top + 1, last, groupCol, itemCol)) return undefined;
  return new Map<number, ColumnRole>([
    [groupCol, "level1"],
    [itemCol, "level3"],
  ]);
}

/**
 * A label of `groupCol` over lines whose labels in `itemCol` state points adding up to its own (two lines at least). The
 * label's lines: those it is merged down over, or — its merge undone — the lines below it up to the next label, blank in
 * its column or repeating it (filled down).
 */
function groupPointsAddUp(grid: Grid, first: number, last: number, groupCol: number, itemCol: number): boolean {
  for (let r = first; r <= last; r++) {
    if (!grid.startsInRow(r, groupCol)) continue;
    const text = grid.compactText(r, groupCol);
    const stated = groupWeightInLabel(grid.text(r, groupCol));
    if (stated === null) continue;
    let end = grid.mergeAt(r, groupCol)?.r2 ?? r;
    while (end < last && grid.startsInRow(end + 1, groupCol) && [text, ""].includes(grid.compactText(end + 1, groupCol)) && grid.compactText(end + 1, itemCol) !== "") end++;
    if (end <= r) continue;
    let sum = 0;
    let lines = 0;
    for (let k = r; k <= end; k++) {
      const w = grid.startsInRow(k, itemCol) ? weightInLabel(grid.text(k, itemCol)) : null;
      if (w === null) continue;
      sum += w;
      lines++;
    }
    if (lines >= 2 && agreesTyped(stated, sum)) return true;
  }
  return false;
}
