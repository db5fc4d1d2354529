import type { Grid } from "../grid/grid";
import { parseA1 } from "../grid/a1";
import { LEVEL_ROLES } from "../model/types";
import type { EvaluationModel, GroupNode, RelationTerm, WeightBlock } from "../model/types";

const BARE_POINTS = /^\d+(?:\.\d+)?分?$/;

/**
 * A weight block's label over its own line alone whose 分值 cell stands between the label and the line's name
 * ("工作方案 (10分) | 10分 | 根据…制定实施方案" under 二级要素 | 标准分值 | 考评要点): a points column weighs the level on its
 * left, so the 分值 is the label's own, as the label's points are; no line past a cut is the label's.
 */
export function ownLinePoints(grid: Grid, model: EvaluationModel, b: WeightBlock, parts: RelationTerm[]): boolean {
  return b.firstRow === b.lastRow && labelOwnLinePoints(grid, model, b.cell, b.firstRow, parts);
}

/**
 * The same for a group of the tree (一级要素 | 二级要素 | 标准分值 | 考评要点, both read as levels): its label on its one
 * line, the line's 分值 cell between the label and the line's name.
 */
export function groupOwnLinePoints(grid: Grid, model: EvaluationModel, g: GroupNode, parts: RelationTerm[]): boolean {
  return parts.length === 1 && parts[0].row === g.row && labelOwnLinePoints(grid, model, g.cell, g.row, parts);
}

function labelOwnLinePoints(grid: Grid, model: EvaluationModel, labelCell: string, row: number, parts: RelationTerm[]): boolean {
  // (the part a bare number in the table's 分值 column: a lower label's own points, "数量指标 15 分", are no points column)
  if (parts.length !== 1 || parts[0].col !== model.columns.weight || parts[0].row !== row) return false;
  if (!BARE_POINTS.test(grid.compactText(parts[0].row, parts[0].col))) return false;
  const line = model.indicators.find((i) => i.row === row);
  if (!line?.nameCell || line.weightCell !== parts[0].cell) return false;
  const label = parseA1(labelCell);
  const name = parseA1(line.nameCell);
  if (!(label.row === row && label.col < parts[0].col && parts[0].col < name.col && name.row === line.row)) return false;
  // a points column weighs the level nearest on its left: a lower level named on the line between the label and the
  // 分值 ("、环境建设(15分) | 教学生活设施 | 5 | 1.布局合理…" under 一级 | 二级 | 分值 | 指标内容) owns the points, the
  // label's group goes on past a cut
  for (const k of LEVEL_ROLES) {
    const c = model.columns[k];
    if (c && c > label.col && c < parts[0].col && grid.text(row, c) !== "" && grid.ownsCell(row, c)) return false;
  }
  return true;
}

