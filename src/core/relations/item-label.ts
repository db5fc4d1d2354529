import type { Grid } from "../grid/grid";
import type { EvaluationModel, GroupNode, RollupRelation } from "../model/types";
import { ownColumnOf } from "../model/indicator-row";
import { parseA1 } from "../grid/a1";
import { termAt } from "./terms";
import { agreesTyped } from "./tolerance";

/**
 * An item's own label closed by its points in brackets, the label's only points: "聘用情况(5分)", "服务明示情况【5分】",
 * "执行工作日志制度情况(满分20分)". (a module constant: a literal in a function makes a RegExp on every call)
 */
const OWN_POINTS = /^([^()【】]{2,30})[(【]([^()【】\d]{0,6}?)(\d+(?:\.\d+)?)分[)】]$/;
/** words that make the bracket's points something else than the item's own: a rule (每, 扣, 得, 加), a part or a sum of them */
const NOT_OWN_POINTS = /每|扣|得|加|其中|共|合计|小计|以上|以下|最高|最多|至少|不超过|[,;:。，；：、]/;

/**
 * An item stating its points twice: in its own label ("聘用情况(5分)") and in its 分值 cell on the same line (5分). The two
 * must agree; the finding is at the 分值 cell (the label's points against the item's weight, as the budget block's
 * labelled weight is against its 分值). Only a line whose label is the item's own (no group's label: a group stating its
 * points on its first item's line is the group's rollup), whose bracket closes a short label and holds only its points
 * (no count, "(3项)", no year, "(2021年)", no rule clause, "…(2分)，…(3分)").
 */
export function itemLabelRelations(grid: Grid, model: EvaluationModel): RollupRelation[] {
  const col = model.columns.weight;
  if (col === undefined || !model.indicators.length) return [];
  let groupCells: Set<string> | null = null;
  const out: RollupRelation[] = [];
  // lines above whose labels state their own points, as many as their 分值 cells right beside them (the list's
  // convention: a line's label points are its own)
  let agreeing = 0;
  for (let k = 0; k < model.indicators.length; k++) {
    const i = model.indicators[k];
    if (i.weightSource !== "column" || i.weight === null || i.notApplicable) continue;
    // (the row's own cells compared by their columns: no address made for every row, only for the few that relate)
    const nameCol = ownColumnOf(i, "nameCell");
    const weightCol = ownColumnOf(i, "weightCell");
    if (nameCol > 0 && weightCol > 0 ? nameCol === weightCol : !i.nameCell || !i.weightCell || i.weightCell === i.nameCell) continue;
    // (the label the line's own: on its row, merged over no other line — a label over several lines is a group's)
    const at = nameCol > 0 ? { row: i.row, col: nameCol } : parseA1(i.nameCell!);
    if (at.row !== i.row || overSeveralRows(grid, i.row, at.col)) continue;
    // (nor a label whose next line leaves its label cell blank: the label spans that line too, a group's, merges undone)
    if (k + 1 < model.indicators.length && model.indicators[k + 1].row === i.row + 1 && grid.compactText(i.row + 1, at.col) === "") continue;
    const text = labelText(grid, i.row, at.col);
    if (!text || text.indexOf("分") < 0) continue;
    const m = OWN_POINTS.exec(text);
    if (!m || NOT_OWN_POINTS.test(m[1]) || NOT_OWN_POINTS.test(m[2])) continue;
    // (the 分值 cell on the line itself, not a merged group cell over the line's block)
    const w = weightCol > 0 ? { row: i.row, col: weightCol } : parseA1(i.weightCell!);
    if (w.row !== i.row) continue;
    groupCells ??= collectGroupCells(model.groups);
    if (groupCells.has(i.nameCell!)) continue;
    const points = Number(m[3]);
    // (the table's last line, cut there or the sheet's last row: a label stating more than the line's 分值 may be a group's
    // over lines the cut hides; a 分值 above the label's points no hidden line explains. Where lines above state their
    // own points in their labels, as many as their 分值, and the 分值 stands right beside the label (no name or text
    // between: the points weigh the label, not a content column's lines), the last line's label is its own as theirs
    // are: no hidden line is its, and the two disagree whichever is the larger — reported at the 分值 cell as ever)
    if (points > i.weight && k === model.indicators.length - 1 && (model.truncated || i.row >= grid.rowCount) && !(agreeing && besideLabel(grid, i.row, at.col, w.col))) continue;
    if (agreesTyped(i.weight, points) && besideLabel(grid, i.row, at.col, w.col)) agreeing++;
    const name = m[1];
    out.push({
      kind: "rollup",
      id: `rollup:weight:item-label:${i.nameCell}`,
      block: "indicator-table",
      bound: "equal",
      measure: "weight",
      level: "item-label",
      label: name,
      total: termAt(i.nameCell!, points, { label: text }),
      parts: [termAt(i.weightCell!, i.weight, { label: name, text: grid.text(i.row, w.col) || String(i.weight) })],
      reportAt: i.weightCell!,
    });
  }
  return out;
}

/** Nothing written on the line between the label's column and the 分值's. */
function besideLabel(grid: Grid, row: number, labelCol: number, weightCol: number): boolean {
  if (weightCol <= labelCol) return false;
  for (let c = labelCol + 1; c < weightCol; c++) if (grid.compactText(row, c) !== "") return false;
  return true;
}

/** The label cell's compact text, its merge's anchor read (memoised on the grid). */
function labelText(grid: Grid, row: number, col: number): string {
  // (the anchor read without an object: every line's label cell is asked)
  const m = grid.mergeAt(row, col);
  return m ? grid.compactText(m.r1, m.c1) : grid.compactText(row, col);
}

function overSeveralRows(grid: Grid, row: number, col: number): boolean {
  const m = grid.mergeAt(row, col);
  return !!m && m.r2 > m.r1;
}

function collectGroupCells(groups: GroupNode[], into = new Set<string>()): Set<string> {
  for (const g of groups) {
    into.add(g.cell);
    collectGroupCells(g.children, into);
  }
  return into;
}
