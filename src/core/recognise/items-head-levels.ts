import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { groupWeightInLabel } from "../text/labels";
import { copiesAbove, copiesLeft, headMerge, pointsAt } from "./cells";
import { isClosingRow } from "./table-closing";
import { NAME_HEADER, SCAN } from "./vocabulary";
import { agreesTyped } from "../relations/tolerance";

/**
 * A points table whose items' word, no level's (项目, NAME_HEADER), is merged across the label columns left of its one
 * points column: 浙江's 考绩法 tables, 项目 over A:C | 分值 | 考核内容 (the blocks '重点工作(1100分)', the classes
 * '经济发展(470分)', the items 实体经济 | 155), 项目 over A:B | 分值 | 内容与要求 | 赋分方法 (the leaders' groups
 * '党政主要领导(1000分)', the items 重要项目考核 | 600). The columns under the word are the levels, left to right (two:
 * the groups' and the items'; three: the three levels), where a label in a column left of the last states points that
 * the points column's lines it stands over add up to (one group at least, two lines or more under it: the points of the
 * groups are their items', a scoring system's distributed points). A label stating no points, or points its lines do not
 * add up to, is no evidence; a money column is no points column (the caller gives the points column its header read).
 */

/** Blank header cells right of the items' word that it may stand over where its merge is undone (a CSV dump). */
const SPANNED_BLANK_CELLS = 2;
/** Label columns the word may stand over: the three levels at most. */
const MAX_LEVEL_COLUMNS = 3;

/**
 * The levels under the items' word of the header line `row`, left of the points column `points`: each label column
 * with its level (level1, level3; or level1, level2, level3), else undefined.
 */
export function levelsUnderItemsHead(grid: Grid, row: number, points: number): Map<number, ColumnRole> | undefined {
  for (let c = 1; c < points; c++) {
    if (!grid.ownsCell(row, c) || copiesLeft(grid, row, c) || !NAME_HEADER.test(grid.compactText(row, c))) continue;
    // (merged across the columns, or its words written again over them, the merge filled: headMerge)
    const m = headMerge(grid, row, c);
    let end = m && m.c1 === c ? m.c2 : c;
    // (or standing over blank header cells, its merge undone)
    if (!m) while (end < c + SPANNED_BLANK_CELLS && end + 1 < points && grid.ownsCell(row, end + 1) && !grid.compactText(row, end + 1)) end++;
    if (end === c || end >= points) continue;
    const labels: number[] = [];
    for (let k = c; k <= end; k++) if (!emptyBelow(grid, row, k)) labels.push(k);
    if (labels.length < 2 || labels.length > MAX_LEVEL_COLUMNS || !labels.slice(0, -1).some((g) => groupPointsAddUp(grid, row, g, points))) continue;
    const levels: ColumnRole[] = labels.length === 2 ? ["level1", "level3"] : ["level1", "level2", "level3"];
    return new Map(labels.map((k, i) => [k, levels[i]]));
  }
  return undefined;
}

/**
 * A label of column `g` under the header line `head` that states its points (groupWeightInLabel: '经济发展(470分)',
 * '党政主要领导(1000分)') over two lines or more whose points in column `points` add up to them. The label's lines: those
 * it is merged down over, or — its merge undone — the lines below it with points, blank in its column or repeating it.
 */
function groupPointsAddUp(grid: Grid, head: number, g: number, points: number): boolean {
  const last = Math.min(grid.rowCount, head + SCAN.headerSettleRows);
  for (let r = head + 1; r <= last; r++) {
    if (isClosingRow(grid, r)) break;
    if (!grid.startsInRow(r, g) || copiesAbove(grid, r, g)) continue;
    const text = grid.compactText(r, g);
    if (!text) continue;
    const stated = groupWeightInLabel(grid.text(r, g));
    if (stated === null || stated <= 0) continue;
    let end = grid.mergeAt(r, g)?.r2 ?? r;
    if (end === r) while (end < last && grid.startsInRow(end + 1, g) && [text, ""].includes(grid.compactText(end + 1, g)) && pointsAt(grid, end + 1, points) !== null) end++;
    let sum = 0;
    let lines = 0;
    for (let k = r; k <= end; k++) {
      const p = grid.startsInRow(k, points) ? pointsAt(grid, k, points) : null;
      if (p === null) continue;
      sum += p.value;
      lines++;
    }
    if (lines >= 2 && agreesTyped(stated, sum)) return true;
  }
  return false;
}

/** No text in `col` on the lines under the header line `head`. */
function emptyBelow(grid: Grid, head: number, col: number): boolean {
  for (let r = head + 1; r <= Math.min(grid.rowCount, head + SCAN.headerSettleRows); r++) if (grid.ownsCell(r, col) && grid.compactText(r, col)) return false;
  return true;
}
