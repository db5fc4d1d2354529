import type { CellRange } from "../grid/a1";
import { parseA1 } from "../grid/a1";
import type { Grid } from "../grid/grid";
import type { EvaluationModel, GroupNode } from "../model/types";

/**
 * A table whose merged group cells were filled down when it was exported or pasted (the 一级 label and its 权重
 * written again on every row of the group, "产出指标 | 50 | 数量指标 …" on each line): the repeated cells are the
 * group's one cell, as they were when merged. Each weighted or scored group of the model whose label cell is not
 * merged and is repeated, unchanged, on the rows right below it within the group gets a merge over those rows, and so
 * do its own weight and score cells where they repeat with it; so does a block label with its points
 * (年度绩效目标(90分)). Reading the sheet again with these merges reads it as its merged original: one group weight in
 * a column sum, one block label per block.
 */
export function filledDownMerges(grid: Grid, model: EvaluationModel): CellRange[] {
  const out: CellRange[] = [];
  /** the last row of the label's run, the label's own row when it is not repeated (or is merged) */
  const runEnd = (row: number, col: number, lastRow: number) => {
    if (grid.mergeAt(row, col)) return row;
    const label = grid.compactText(row, col);
    let end = row;
    while (end < lastRow && !grid.mergeAt(end + 1, col) && grid.compactText(end + 1, col) === label) end++;
    return end;
  };
  const visit = (g: GroupNode) => {
    for (let k = 0; k < g.children.length; k++) visit(g.children[k]);
    // a label alone written again reads the same (its rows are grouped by its text): only a weight or a score repeated
    // with it (or carried in it) would be counted again
    if (g.weight === null && g.score === null) return;
    const end = runEnd(g.row, g.col, g.lastRow);
    if (end === g.row) return;
    out.push({ r1: g.row, c1: g.col, r2: end, c2: g.col });
    const own = [g.weightCell ? parseA1(g.weightCell) : null, g.score ? { row: g.score.row, col: g.score.col } : null];
    for (const cell of own) {
      if (!cell || cell.row !== g.row || cell.col === g.col || grid.mergeAt(g.row, cell.col)) continue;
      const text = grid.text(g.row, cell.col);
      let same = true;
      for (let r = g.row + 1; r <= end && same; r++) same = !grid.mergeAt(r, cell.col) && grid.text(r, cell.col) === text;
      if (same) out.push({ r1: g.row, c1: cell.col, r2: end, c2: cell.col });
    }
  };
  for (const g of model.groups) visit(g);
  // a block label with its points ("年度绩效目标(90分)") written on every row of its block
  for (const b of model.weightBlocks) {
    const { row, col } = parseA1(b.cell);
    const end = runEnd(row, col, grid.rowCount);
    if (end > row && !out.some((m) => m.c1 === col && m.r1 <= row && m.r2 >= row)) out.push({ r1: row, c1: col, r2: end, c2: col });
  }
  return out;
}
