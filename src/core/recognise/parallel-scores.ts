import type { Grid } from "../grid/grid";
import type { ColumnRole, EvaluationModel, Indicator, NumberRef, RollupRelation } from "../model/types";
import { pointsAt } from "./cells";

/**
 * A table scored once per stage of review (自评得分 | 初审得分 | 复审得分, 镇街初审得分 | 区评审得分, 单位自评 | 考核组复核):
 * several score columns right of the items' names, none a group's (一级 | 得分 | 二级 …, assignGroupColumns) and none a
 * weighted restatement of another (折算得分: weightedScoreColumns). The first is the model's score; each further one is
 * a score of the same items by another reviewer — it may not exceed an item's points, and where the table's total line
 * states its sum, its lines add up to it. A column left blank (the stage not reached yet) states nothing.
 */

/** The score columns right of the items' names other than the model's own `columns.score` (empty where there are none). */
export function parallelScoreColumns(grid: Grid, headerRow: number, colRole: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>): number[] {
  const first = columns.score;
  const name = columns.level3 ?? columns.level2 ?? columns.level1;
  if (first === undefined || name === undefined || first < name) return [];
  const group = new Set([columns.level1Score, columns.level2Score]);
  const cols = [...colRole].filter(([c, r]) => r === "score" && c > name && c !== first && !group.has(c)).map(([c]) => c);
  // (a weighted restatement, 单项指标得分 | 折算得分: one score given twice, not two reviews of it)
  if ([first, ...cols].some((c) => /折算|加权/.test(grid.compactText(grid.anchorRow(headerRow, c), c)))) return [];
  return cols.sort((a, b) => a - b);
}

/** A parallel column's scores on the model's lines (sub-items and lines of no points aside), blanks left out. */
export function parallelScores(grid: Grid, model: EvaluationModel, col: number): { ind: Indicator; score: NumberRef }[] {
  const out: { ind: Indicator; score: NumberRef }[] = [];
  for (const i of model.indicators) {
    if (i.childOfRow !== null || i.notApplicable) continue;
    const s = pointsAt(grid, i.row, col);
    if (s) out.push({ ind: i, score: s });
  }
  return out;
}

/**
 * Each parallel score column's sum against the number the table's total line states in that column (合计 | 100 | 95 | 93):
 * a rollup of its own, as the model's score column has (relations/tree.ts). Lines outside the whole (a 加分项 block) may
 * be left out of the total; an item weighted but unscored in the column makes only "more than stated" sure.
 */
export function parallelScoreRelations(grid: Grid, model: EvaluationModel, outside: ReadonlySet<number>): RollupRelation[] {
  const cols = model.parallelScoreCols;
  const totals = model.totals;
  if (!cols?.length || !totals || totals.inSentence || totals.amount || model.truncated) return [];
  const out: RollupRelation[] = [];
  for (const col of cols) {
    const total = pointsAt(grid, totals.row, col);
    const scored = parallelScores(grid, model, col);
    if (!total || scored.length < 2) continue;
    const rows = new Set(scored.map((s) => s.ind.row));
    const unscored = model.indicators.some((i) => i.childOfRow === null && !i.notApplicable && i.weight !== null && !rows.has(i.row) && !outside.has(i.row));
    const apart = Math.round(scored.reduce((s, p) => s + (outside.has(p.ind.row) ? p.score.value : 0), 0) * 100) / 100;
    out.push({
      kind: "rollup",
      id: `rollup:score:total:${total.cell}`,
      block: "indicator-table",
      bound: unscored || model.cutAbove ? "atMost" : "equal",
      measure: "score",
      level: "total",
      label: grid.compactText(grid.anchorRow(model.headerLastRow ?? totals.row, col), col) || "总分",
      total,
      parts: scored.map((s) => ({ ...s.score, label: s.ind.name })),
      ...(apart ? { alsoAccept: [total.value + apart] } : {}),
    });
  }
  return out;
}
