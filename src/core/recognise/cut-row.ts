import type { Grid } from "../grid/grid";
import type { EvaluationModel } from "../model/types";

/** the columns whose cells an indicator row fills beside its name */
const VALUE_ROLES = ["targetValue", "actual", "weight", "score"] as const;
const LEVEL_ROLES = ["level1", "level2", "level3"] as const;

/**
 * The sheet stops inside its indicator table: no closing row, and its last line holds a name or a fragment of one
 * ("公众满", "指标1:", "①", "截", "②资金的拨") in the level columns but no target (or, without a target column, none
 * of the values the rows above fill in beside their names). An excerpt cut there says nothing about what followed
 * (the 效益 and 满意度 rows, the 总分), and its blank target is cut off rather than left unfilled; a blank target
 * in the last line of a table with no closing row cannot be told from a cut one, so neither is reported.
 */
export function tableCutOff(grid: Grid, model: EvaluationModel): boolean {
  return cutLine(grid, model) !== null;
}

/** The line the excerpt stops in (see tableCutOff), or null. */
export function cutLine(grid: Grid, model: EvaluationModel): number | null {
  if (!model.truncated || !model.indicators.length) return null;
  let lastLine = grid.rowCount;
  while (lastLine > 0 && !grid.rowHasContent(lastLine)) lastLine--;
  if (lastLine < model.indicators[model.indicators.length - 1].row) return null;
  const levels = LEVEL_ROLES.map((k) => model.columns[k]).filter((c): c is number => !!c);
  if (!levels.length) return null;
  const nameCol = Math.max(...levels);
  // the target column; without one (one target column per place), every value column, else every column right of the names
  let values = model.columns.targetValue ? [model.columns.targetValue] : VALUE_ROLES.map((k) => model.columns[k]).filter((c): c is number => !!c);
  if (!values.length) for (let c = nameCol + 1; c <= grid.scanCols; c++) values.push(c);
  const filled = (row: number) => values.some((c) => grid.text(row, c) !== "");
  const named = levels.some((c) => grid.text(lastLine, c) !== "");
  return named && !filled(lastLine) && model.indicators.some((i) => i.row !== lastLine && filled(i.row)) ? lastLine : null;
}
