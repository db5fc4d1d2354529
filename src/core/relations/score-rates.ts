import type { Grid } from "../grid/grid";
import type { EvaluationModel, RatioRelation } from "../model/types";
import { numberAt } from "../recognise/cells";
import { labelledTermAt, term } from "./terms";

/**
 * A 得分率 column beside 分值 and 得分 (an evaluation report's summary table: "一级指标 | 分值 | 得分 | 得分率"): on
 * every row with both, and on the total row, the stated rate is the score over the weight.
 */
export function scoreRateRelations(grid: Grid, model: EvaluationModel): RatioRelation[] {
  const col = model.columns.scoreRate;
  if (!col) return [];
  const out: RatioRelation[] = [];
  const add = (row: number, label: string, score: { cell: string; value: number; decimals: number | null }, weight: { cell: string; value: number }) => {
    const stated = numberAt(grid, row, col);
    if (!stated || weight.value === 0) return;
    out.push({
      kind: "ratio",
      id: `ratio:${stated.cell}`,
      measure: "rate",
      block: "indicator-table",
      name: "得分率",
      label: `${label}得分率`,
      stated: term(stated),
      numerator: labelledTermAt(score.cell, score.value, "得分", score.decimals),
      denominator: labelledTermAt(weight.cell, weight.value, "分值", null),
      bound: "equal",
    });
  };
  for (const i of model.indicators) {
    if (i.claimedScore === null || i.weight === null || !i.scoreCell || !i.weightCell) continue;
    add(i.row, i.name, { cell: i.scoreCell, value: i.claimedScore, decimals: i.scoreDecimals }, { cell: i.weightCell, value: i.weight });
  }
  const t = model.totals;
  if (t?.score && t.weight) add(t.row, "总分", { cell: t.score.cell, value: t.score.value, decimals: t.score.decimals }, { cell: t.weight.cell, value: t.weight.value });
  return out;
}
