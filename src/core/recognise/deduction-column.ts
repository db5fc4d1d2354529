import type { Grid } from "../grid/grid";
import type { DifferenceRelation, EvaluationModel } from "../model/types";
import { hasCell } from "../model/indicator-row";
import { pointsAt } from "./cells";
import { UNIT_LIST_DEDUCT_HEADER } from "./vocabulary";
import { addsUp, agreesTyped } from "../relations/tolerance";

/**
 * A rule sheet scoring each item by what it deducts (考核内容 | 分值 | 评分标准 | 扣分说明 | 扣分 | 得分): a line's 得分 is its
 * 分值 less its 扣分. The 扣分 column is told by its head (扣分, 扣减分, 扣分值…) on the header's lines, right of the items'
 * names, the model reading a 分值 and a 得分 column beside it. Evidence the column means this: one line at least whose
 * three numbers agree, and more lines agreeing than not (a blank 扣分 beside full points agrees; a column of something
 * else, a cap or a count, agrees on none). Only a line with a number in its 扣分 is checked: a blank one states nothing.
 * Where one line alone holds a 扣分 (a positive number), the blank lines beside full points are the evidence: one number
 * cannot show the convention by agreeing with itself, and its line is the one to check.
 */
export function deductionColumn(grid: Grid, model: EvaluationModel): number | null {
  const { weight, score } = model.columns;
  const name = model.columns.level3 ?? model.columns.level2 ?? model.columns.level1;
  if (weight === undefined || score === undefined || name === undefined || model.headerRow === null) return null;
  const last = model.headerLastRow ?? model.headerRow;
  const roled = new Set(Object.values(model.columns));
  for (let c = name + 1; c <= grid.scanCols; c++) {
    if (roled.has(c)) continue;
    for (let r = model.headerRow; r <= last; r++) if (UNIT_LIST_DEDUCT_HEADER.test(grid.compactText(grid.anchorRow(r, c), c))) return c;
  }
  return null;
}

/** Each line's 得分 = 分值 − 扣分 where its 扣分 column holds a number and the column shows the convention. */
export function deductionRelations(grid: Grid, model: EvaluationModel): DifferenceRelation[] {
  const col = model.family === "indicator-system" || model.family === "assessment" ? deductionColumn(grid, model) : null;
  if (col === null) return [];
  const out: DifferenceRelation[] = [];
  // (lines agreeing: their three numbers, or a blank 扣分 beside full points; lines read: those and the ones with a 扣分)
  let agree = 0;
  let read = 0;
  let numbered = 0;
  for (const i of model.indicators) {
    if (i.childOfRow !== null || i.notApplicable || i.weight === null || i.claimedScore === null) continue;
    if (!hasCell(i, "weightCell") || !hasCell(i, "scoreCell") || !i.weightCell || !i.scoreCell) continue;
    const d = pointsAt(grid, i.row, col);
    const w = pointsAt(grid, i.row, model.columns.weight);
    const s = pointsAt(grid, i.row, model.columns.score);
    if (!w || !s) continue;
    if (!d) {
      if (grid.compactText(i.row, col) === "" && agreesTyped(w, s)) (agree++, read++);
      continue;
    }
    read++;
    numbered++;
    if (addsUp(w, [d, s])) agree++;
    out.push({
      kind: "difference",
      id: `difference:score:${s.cell}`,
      measure: "score",
      block: "indicator-table",
      label: `${i.name || "该指标"}得分`,
      bound: "equal",
      result: { ...s, label: "得分" },
      minuend: { ...w, label: "分值" },
      subtrahends: [{ ...d, label: "扣分" }],
    });
  }
  const shown = out.some((r) => addsUp(r.minuend, [r.subtrahends[0], r.result])) || (numbered === 1 && out[0].subtrahends[0].value > 0);
  return shown && agree >= 2 && 2 * agree > read ? out : [];
}
