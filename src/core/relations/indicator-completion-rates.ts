import type { Grid } from "../grid/grid";
import type { EvaluationModel, Indicator, RatioRelation, RelationTerm } from "../model/types";
import { numberAt } from "../recognise/cells";
import { INDICATOR_COMPLETION_RATE_HEADER } from "../recognise/vocabulary";
import { parseOperator } from "../text/quantity";
import { ratioAgrees } from "./tolerance";
import { labelledTermAt, term } from "./terms";

/**
 * (rate52) An indicator table's 完成率 column (一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 完成率 | 分值 | 得分): on each line whose
 * target and actual are numbers of one kind (both percents or neither), the stated rate is the actual over the target —
 * 10 done of 52: 19.23%. A line done past its target may state its rate capped at 100% (100 done of 95: 100.00%, or
 * 105.26% uncapped): both hold. Not read on a line whose target is a ceiling (≤, 反向: its rate, if any, is the target over
 * the actual, or a pass) or is not above 0.
 * Evidence: the column is none of the table's own (no weight, score, target or actual column), and of its lines read two at
 * least, and more than half, hold — a 完成率 column of another meaning (a pass mark, a grade) is left unread.
 */

/** lines of the column read and holding that the reading needs */
const MIN_LINES = 2;

/** The column under a head naming the completion rate, on the table's header lines; 0 where none. */
function rateColumn(grid: Grid, model: EvaluationModel): number {
  const top = model.headerRow ?? model.headerLastRow;
  const bottom = model.headerLastRow;
  if (!top || !bottom) return 0;
  const own = new Set(Object.values(model.columns).filter((c): c is number => typeof c === "number"));
  for (let r = top; r <= bottom; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (own.has(c) || !grid.ownsCell(r, c)) continue;
      if (INDICATOR_COMPLETION_RATE_HEADER.test(grid.compactText(r, c))) return c;
    }
  }
  return 0;
}

/** The line's target and actual, numbers of one kind, the target a floor (or an equality) above 0; null otherwise. */
function operands(i: Indicator): { target: RelationTerm; actual: RelationTerm } | null {
  const t = i.target?.kind === "number" ? i.target.quantity : undefined;
  const a = i.actual?.kind === "number" ? i.actual.quantity : undefined;
  if (!t || !a || !i.targetCell || !i.actualCell || t.percent !== a.percent || t.value <= 0 || a.value < 0) return null;
  const op = t.op ?? (i.opText ? parseOperator(i.opText) : null);
  if (op && op.dir === "le") return null;
  return { target: labelledTermAt(i.targetCell, t.value, "年度指标值", t.decimals), actual: labelledTermAt(i.actualCell, a.value, "实际完成值", a.decimals) };
}

export function indicatorCompletionRates(grid: Grid, model: EvaluationModel): RatioRelation[] {
  if (model.columns.targetValue === undefined || model.columns.actual === undefined || !model.indicators.length) return [];
  const col = rateColumn(grid, model);
  if (!col) return [];
  const head = "完成率";
  const inPoints = /%/.test(grid.compactText(model.headerLastRow ?? 0, col));
  const out: RatioRelation[] = [];
  let holds = 0;
  for (const i of model.indicators) {
    const o = operands(i);
    if (!o) continue;
    const stated = numberAt(grid, i.row, col);
    if (!stated) continue;
    const points = inPoints && !stated.percent;
    // (done past the target: 100% stated for the capped rate — the actual over itself)
    const capped = o.actual.value >= o.target.value;
    if (ratioAgrees(stated, o.actual.value, o.target.value, points).ok || (capped && ratioAgrees(stated, 1, 1, points).ok)) holds++;
    out.push({
      kind: "ratio",
      id: `ratio:${stated.cell}`,
      measure: "rate",
      block: "indicator-table",
      name: head,
      label: `${i.name}${head}`,
      stated: term(stated, { label: head }),
      numerator: o.actual,
      denominator: o.target,
      ...(capped ? { alternatives: [o.actual] } : {}),
      bound: "equal",
      ...(points ? { statedInPoints: true as const } : {}),
    });
  }
  return out.length >= MIN_LINES && holds >= MIN_LINES && holds * 2 > out.length ? out : [];
}
