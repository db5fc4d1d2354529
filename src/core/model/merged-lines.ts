import type { Grid } from "../grid/grid";

/**
 * Lines of one item, scored together: a cell of the item's row merged down over the lines below it — a 分值 (标准分) over
 * lines that each print a 评分方法 of their own ("责任制落实 | 5分" over 有文件…得2分 / 层层签订得2分… / …划分表得1分), or a
 * 自评分 / 考评分 over lines that each carry their own 分值 (6分 / 5分 / 5分 under one score). The merge says the lines are
 * one item's: what the lines state (their rules' awards, their 分值, their scores) is counted together against the one cell
 * (rubric-points-mismatch reads the lines' awards against the merged 分值; score-exceeds-weight the lines' 分值 against a
 * merged score and the lines' scores against a merged 分值; table-walk's worthSharedLines keeps lines under a merged 分值,
 * each scored, from being read as sub-items of the first).
 *
 * The last row of the lines the cell at (row, col) is merged down over, or null where the cell is its row's own (not
 * merged, merged across only, or merged down from a row above). One merge look-up.
 */
export function mergedLinesEnd(grid: Grid, row: number, col: number): number | null {
  const m = grid.mergeAt(row, col);
  return m && m.r1 === row && m.r2 > m.r1 ? m.r2 : null;
}
