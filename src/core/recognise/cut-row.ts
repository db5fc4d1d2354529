import type { Grid } from "../grid/grid";
import { LEVEL_ROLES } from "../model/types";
import type { EvaluationModel } from "../model/types";

/** the columns whose cells an indicator row fills beside its name */
const VALUE_ROLES = ["targetValue", "actual", "weight", "score"] as const;

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
  return model.truncated ? bareLastLine(grid, model) : null;
}

/**
 * The table's last line when it holds a name but none of the values the rows above fill in beside their names, or
 * not the weight every line above it gives: a table without a closing row that ends so was cut there, even when its
 * total is stated above it ("自评总分 97.6" in the header block).
 */
export function bareLastLine(grid: Grid, model: EvaluationModel): number | null {
  const lastLine = grid.lastContentRow();
  const lines = [...model.indicators.map((i) => i.row), ...model.placeholderRows];
  // a table of one line, with no value, that the sheet ends in (no closing row): cut after its name
  if (lines.length === 1 && lines[0] === lastLine && model.truncated) return oneBareLine(grid, model, lastLine);
  if (!model.indicators.length) return null;
  if (lastLine < model.indicators[model.indicators.length - 1].row) return null;
  // a remark under the table's total line (a sentence of its own, once merged across the table: "综合评定,…总得分为90.5分,
  // …。"), no line of the table cut
  if (model.totals && model.totals.row < lastLine && remarkLine(grid, lastLine)) return null;
  const levels = LEVEL_ROLES.map((k) => model.columns[k]).filter((c): c is number => !!c);
  if (!levels.length) return null;
  const nameCol = Math.max(...levels);
  // the target column; without one (one target column per place), every value column, else every column right of the names
  let values = model.columns.targetValue ? [model.columns.targetValue] : VALUE_ROLES.map((k) => model.columns[k]).filter((c): c is number => !!c);
  if (!values.length) for (let c = nameCol + 1; c <= grid.scanCols; c++) values.push(c);
  const filled = (row: number) => values.some((c) => grid.text(row, c) !== "");
  // the sheet stops right after a line's number ("1-2", "5.", "(3)"), written in any column: cut there
  if (onlyACode(grid, lastLine)) return lastLine;
  const named = levels.some((c) => grid.text(lastLine, c) !== "");
  if (!named || !model.indicators.some((i) => i.row !== lastLine && filled(i.row))) return null;
  if (!filled(lastLine)) return lastLine;
  // a target written, but not the weight every line above it gives ("≥500份" with no 分值 under four weighted lines):
  // cut before its weight
  const w = model.columns.weight;
  const above = model.indicators.filter((i) => i.row !== lastLine);
  if (w && above.length >= 2 && above.every((i) => grid.text(i.row, w) !== "") && grid.text(lastLine, w) === "") return lastLine;
  // a value that is only an operator or punctuation (">", "≥") where the rows above give numbers: cut before its
  // number (where the rows above hold no number either, it is the template's placeholder like theirs)
  const fragment = values.every((c) => !/[0-9A-Za-z\u4e00-\u9fa5]/.test(grid.compactText(lastLine, c)));
  const numbered = model.indicators.some((i) => i.row !== lastLine && values.some((c) => /\d/.test(grid.compactText(i.row, c))));
  return fragment && numbered ? lastLine : null;
}

/** A line holding one text alone that is a sentence: fifteen characters or more, with a comma or closing on a full stop. */
function remarkLine(grid: Grid, line: number): boolean {
  let text = "";
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(line, c)) continue;
    const t = grid.compactText(line, c);
    if (!t) continue;
    if (text) return false;
    text = t;
  }
  return text.length >= 15 && /[,，;；]|[。.]$/.test(text);
}

/** The one line of a table, named and with nothing right of its names: cut there. */
function oneBareLine(grid: Grid, model: EvaluationModel, line: number): number | null {
  const levels = LEVEL_ROLES.map((k) => model.columns[k]).filter((c): c is number => !!c);
  if (!levels.length || !levels.some((c) => grid.text(line, c) !== "")) return null;
  for (let c = Math.max(...levels) + 1; c <= grid.scanCols; c++) if (grid.ownsCell(line, c) && grid.text(line, c) !== "") return null;
  return line;
}

/** A line whose one filled cell is a number of an outline ("1-2", "5.", "(3)", "①") and nothing else. */
export function onlyACode(grid: Grid, line: number): boolean {
  let code = false;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(line, c)) continue;
    const t = grid.compactText(line, c);
    if (!t) continue;
    if (code || !OUTLINE_CODE.test(t)) return false;
    code = true;
  }
  return code;
}

const OUTLINE_CODE = /^(\d{1,2}([-.．]\d{1,2})+|\d{1,2}[.．、]|[(（]\d{1,2}[)）]|[①-⑳])$/;
