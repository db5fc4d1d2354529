import type { Grid } from "../grid/grid";
import type { EvaluationModel, ProductRelation, RelationTerm } from "../model/types";
import { evaluateRelation } from "../relations/evaluate";
import { numberOrPointsAt } from "./cells";

/**
 * Points at a rate per unit achieved, line by line: a scoring table whose rule column (折算计分办法) states each line's
 * points as a rate times what the line achieves ("4×实达标数", "0.57×实达标数"), beside a 标准 column stating what the
 * line's full points stand for (15 以上, 70): the line's 分值 is the rate × its 标准 (4 × 15 = 60). A rate is often
 * written rounded (20 / 35 = 0.5714… as 0.57): a line agrees where its 分值 over its 标准 rounds to the rate as written
 * (ProductRelation.rateDecimals). The relation is read only where the lines bear it out: at least MIN_AGREE lines agree
 * and no more than one in three disagrees.
 */

/** a rate times what the line achieves: "4×实达标数", "0.57×实际完成数" (compact text) */
const RATE_TIMES_ACHIEVED = /^(\d+(?:\.\d+)?)[×xX*](实达标数|实际达标数|实达数|实际完成数|实际完成值|实际完成量|完成数|实际数|实际值)$/;
/** a header naming what the full points stand for */
const STANDARD_HEAD = /^(标准|标准值|达标标准|目标值|目标|指标值)$/;
/** a 标准 as written: a number, a percent or a floor ("15以上", "60%以上") */
const STANDARD_VALUE = /^(\d+(?:\.\d+)?)%?(以上)?$/;
/** lines that must agree before the relation is read */
const MIN_AGREE = 3;

/** The model's 分值 = rate × 标准 lines, where its table has a 标准 column and a rule column of rates (see above). */
export function ratePointsRelations(grid: Grid, model: EvaluationModel): ProductRelation[] {
  const w = model.columns.weight;
  const head = model.headerRow;
  if (w === undefined || head === null || model.indicators.length < MIN_AGREE) return [];
  const last = model.headerLastRow ?? head;
  // the 标准 column: a header word of its own; the rate column: the one whose lines state rates most
  let standardCol = 0;
  for (let c = 1; c <= grid.scanCols && !standardCol; c++) {
    if (c === w) continue;
    for (let r = head; r <= last; r++) if (grid.ownsCell(r, c) && STANDARD_HEAD.test(grid.compactText(r, c))) standardCol = c;
  }
  if (!standardCol) return [];
  let rateCol = 0;
  let most = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === w || c === standardCol) continue;
    let n = 0;
    for (const i of model.indicators) if (RATE_TIMES_ACHIEVED.test(grid.compactText(i.row, c))) n++;
    if (n > most) [rateCol, most] = [c, n];
  }
  if (most < MIN_AGREE) return [];
  const out: ProductRelation[] = [];
  let agree = 0;
  for (const i of model.indicators) {
    if (i.childOfRow !== null || i.weight === null || i.notApplicable) continue;
    // (the 分值 as a number, or as points written with their unit: "60分")
    const result = numberOrPointsAt(grid, i.row, w);
    const rate = RATE_TIMES_ACHIEVED.exec(grid.compactText(i.row, rateCol));
    const standard = STANDARD_VALUE.exec(grid.compactText(i.row, standardCol));
    if (!result || result.percent || result.row !== i.row || !rate || !standard) continue;
    const value = Number(standard[1]);
    if (value === 0) continue;
    const dot = rate[1].indexOf(".");
    const rateDecimals = dot < 0 ? 0 : rate[1].length - dot - 1;
    const std: RelationTerm = { cell: grid.addr(i.row, standardCol), row: i.row, col: standardCol, value, text: grid.text(i.row, standardCol), decimals: null, percent: false, label: headText(grid, head, last, standardCol) };
    const k: RelationTerm = { cell: grid.addr(i.row, rateCol), row: i.row, col: rateCol, value: Number(rate[1]), text: rate[1], decimals: rateDecimals, percent: false, label: "计分系数" };
    const r: ProductRelation = {
      kind: "product",
      id: `product:weight:${result.cell}`,
      measure: "weight",
      orientation: "rows",
      label: headText(grid, head, last, w) || "分值",
      block: "indicator-table",
      bound: "equal",
      result: { ...result, label: headText(grid, head, last, w) },
      factors: [std, k],
      scale: 1,
      // (a rate written with decimals may be rounded, 0.57 for 20 / 35; a whole one, 4, is exact)
      ...(rateDecimals > 0 ? { rateDecimals } : {}),
      group: `product:weight:${grid.addr(last + 1, w)}`,
    };
    // (exactly, at the points' shown decimals, or with a rate written with decimals as rounded: the product relation's own test)
    if (evaluateRelation(r).ok) agree++;
    out.push(r);
  }
  return agree >= MIN_AGREE && (out.length - agree) * 2 <= agree ? out : [];
}

/** A column's header text (its lowest line's own, else the first above it). */
function headText(grid: Grid, head: number, last: number, col: number): string {
  for (let r = last; r >= head; r--) if (grid.ownsCell(r, col) && grid.compactText(r, col)) return grid.compactText(r, col);
  return "";
}
