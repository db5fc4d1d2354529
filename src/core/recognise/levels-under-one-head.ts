import type { Grid } from "../grid/grid";
import { LEVEL_ROLES } from "../model/types";
import type { ColumnRole } from "../model/types";
import { readNumber } from "../text/numbers";
import { copiesAbove, copiesLeft, headMerge } from "./cells";
import { isClosingRow } from "./table-closing";
import { SCAN } from "./vocabulary";

/**
 * One level word merged over the three label columns of an indicator tree (指标 / 绩效指标 / 评价指标 over A:C, where another
 * template prints 一级指标 | 二级指标 | 三级指标): the three columns are the three levels, left to right, where the lines
 * under the head show a tree — each column's labels (their first cells, merged down or written once) at most as many as
 * the next one's, the first column's fewer than the last's, two labels at least in the last, and no column a column of
 * numbers (a code or points column under the head is another shape: mergedOverCodeAndName, levelsUnderItemsHead). A word
 * naming no level is left as it is. `roles` is changed in place.
 */
export function levelsUnderOneHead(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  // (the word read at each cell of its merge: the first one's, every level column of the line under it)
  const levels = [...roles].filter(([, role]) => LEVEL_ROLES.includes(role)).map(([c]) => c);
  if (!levels.length) return;
  const at = Math.min(...levels);
  if (copiesLeft(grid, row, at)) return;
  const m = headMerge(grid, row, at);
  // (a level column right of it, a second set's (长期) or a finer word's, is left to the header's other readers)
  if (!m || m.c1 !== at || m.c2 !== at + LEVEL_ROLES.length - 1) return;
  // (a head printed again at a page break is read as the first printing reads it: the lines under its copy are only the
  // table's later part, not the tree the first printing heads)
  const word = grid.compactText(row, at);
  for (let r = row - 1; r >= 1; r--) if (grid.compactText(r, at) === word) return;
  const counts = LEVEL_ROLES.map((_, k) => labelCount(grid, m.r2, at + k));
  if (counts.some((n) => n < 0) || counts[2] < 2 || counts[0] >= counts[2] || counts[0] > counts[1] || counts[1] > counts[2]) return;
  for (let k = 0; k < LEVEL_ROLES.length; k++) roles.set(at + k, LEVEL_ROLES[k]);
}

/**
 * The labels of column `col` under the header's last line `head` till the table closes (first cells only: a label merged
 * down, or filled down, counts once); -1 where half of them or more are numbers or a label spans the next column.
 */
function labelCount(grid: Grid, head: number, col: number): number {
  let labels = 0;
  let numbers = 0;
  const last = Math.min(grid.rowCount, head + SCAN.headerSettleRows);
  for (let r = head + 1; r <= last; r++) {
    if (isClosingRow(grid, r)) break;
    if (!grid.startsInRow(r, col) || copiesAbove(grid, r, col)) continue;
    const t = grid.compactText(r, col);
    if (!t) continue;
    const across = grid.mergeAt(r, col);
    if (across && across.c2 > across.c1) continue;
    // (…or the same label written in the next or the last column, a merge across undone by an export: read as the merge)
    if ((col > 1 && grid.compactText(r, col - 1) === t) || (col < grid.scanCols && grid.compactText(r, col + 1) === t)) continue;
    labels++;
    if (readNumber(t) !== null) numbers++;
  }
  return numbers * 2 >= labels && labels > 0 ? -1 : labels;
}
