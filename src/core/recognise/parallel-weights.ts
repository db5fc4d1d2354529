import type { Grid } from "../grid/grid";
import type { ColumnRole, EvaluationModel, NumberRef, RollupRelation } from "../model/types";
import { weightAt } from "./cells";

/**
 * A list weighted once per assessment (序号 | 考评指标 | 目标任务考核指标权重 | 发展成效考核指标权重): several 分值 / 权重
 * columns side by side right of the items' names, none a group's (一级 | 权重 | 二级 | 分值 …, assignGroupColumns) — each
 * column its own weighting of the same items, its own sum against its own total. The first is the model's weight; the
 * others are read here. A blank cell in one of them leaves that item out of that assessment (it counts towards none of
 * its sums), not a missing weight.
 */

/**
 * The weight columns right after the model's own (`columns.weight`), adjacent to it and to each other, that the header
 * gave no group level: their columns, left to right (empty where the table has one weight column).
 */
export function parallelWeightColumns(colRole: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>): number[] {
  const first = columns.weight;
  const name = columns.level3 ?? columns.level2 ?? columns.level1;
  if (first === undefined || name === undefined || first < name) return [];
  const group = new Set([columns.level1Weight, columns.level2Weight]);
  const out: number[] = [];
  for (let c = first + 1; colRole.get(c) === "weight" && !group.has(c); c++) out.push(c);
  return out;
}

/** A parallel column's weights on the model's lines (sub-items aside), blanks left out; a share (20%) as its points (20). */
export function parallelWeights(grid: Grid, model: EvaluationModel, col: number): NumberRef[] {
  const out: NumberRef[] = [];
  for (const i of model.indicators) {
    if (i.childOfRow !== null || i.notApplicable) continue;
    const w = weightAt(grid, i.row, col);
    if (w) out.push(w);
  }
  return out;
}

/**
 * Each parallel weight column's sum against the number the table's total line (合计 | 100 | 100) states in that column:
 * a rollup of the column's own, as the model's weight column has its own (relations/tree.ts).
 */
export function parallelWeightRelations(grid: Grid, model: EvaluationModel): RollupRelation[] {
  const cols = model.parallelWeightCols;
  const totals = model.totals;
  if (!cols?.length || !totals || totals.inSentence || totals.amount) return [];
  const out: RollupRelation[] = [];
  for (const col of cols) {
    const total = weightAt(grid, totals.row, col);
    const parts = parallelWeights(grid, model, col);
    if (!total || parts.length < 2) continue;
    out.push({
      kind: "rollup",
      id: `rollup:weight:total:${total.cell}`,
      block: "indicator-table",
      bound: "equal",
      measure: "weight",
      level: "total",
      label: grid.compactText(grid.anchorRow(model.headerLastRow ?? totals.row, col), col) || "总分",
      total,
      parts,
    });
  }
  return out;
}
