import type { Grid } from "../grid/grid";
import type { AmountUnit, NumberRef, SumRelation } from "../model/types";
import { unitTerm } from "../relations/terms";
import { amountAt } from "./cells";
import { unitNear } from "./budget";
import { FUND_WHOLE_LABEL, FUND_YEAR_LABEL, PROJECT_PERIOD_LABEL } from "./vocabulary";

/**
 * (tgt52) A target form's whole amount and its year's budget: 项目总预算 | 100 over 当年年度预算 | 100 (重庆's 审批表),
 * 项目总投资 | 20万元 over 预算申报数 | 20万元, or along one line, 总金额 | 50万元 | 当年度金额 | 50万元. The year's
 * budget is a part of the whole (never more than it); on a project that runs within one year (the years written beside
 * its 建设周期 / 实施期限 / 项目开始日期 … are one) it is all of it.
 *
 * Which of the two is the stated total, where they must be equal: the one with no breakdown of its own. A slip in the
 * other, the one its 其中 lines (or its parts along the line) add up to, then breaks both relations and is reported once,
 * at itself (root-cause.ts, brokenThroughParts); a slip in the first breaks only this one, reported at it.
 */

/** The first cell right of (r, c) with content of its own, read as an amount (null: none, or words). */
export function amountRightOf(grid: Grid, r: number, c: number): (NumberRef & { unit?: AmountUnit }) | null {
  for (let cc = c + 1; cc <= grid.scanCols; cc++) {
    if (!grid.ownsCell(r, cc) || !grid.compactText(r, cc)) continue;
    return amountAt(grid, r, cc);
  }
  return null;
}

/** The first cell right of (r, c) with content of its own: its column, or 0. */
export function nextFilledCol(grid: Grid, r: number, c: number): number {
  for (let cc = c + 1; cc <= grid.scanCols; cc++) if (grid.ownsCell(r, cc) && grid.compactText(r, cc)) return cc;
  return 0;
}

/** a year written in a period (2023年4月-2024年2月, 2023-01-01, 2020.1-12) */
const YEAR = /(?:19|20)\d{2}/g;

/**
 * The project runs within one year: every period label of the sheet (PROJECT_PERIOD_LABEL) has years written right of it
 * on its line, and they are one year. False where no period is written, or one names no year.
 */
export function oneYearProject(grid: Grid, lastRow: number): boolean {
  let seen = false;
  const years = new Set<string>();
  for (let r = 1; r <= Math.min(lastRow, grid.rowCount); r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || typeof grid.raw(r, c) !== "string") continue;
      if (!PROJECT_PERIOD_LABEL.test(grid.compactText(r, c))) continue;
      let any = false;
      for (let cc = c + 1; cc <= grid.scanCols; cc++) {
        if (!grid.ownsCell(r, cc)) continue;
        for (const m of grid.compactText(r, cc).match(YEAR) ?? []) {
          years.add(m);
          any = true;
        }
      }
      if (!any) return false;
      seen = true;
    }
  }
  return seen && years.size === 1;
}

/**
 * The whole-and-year relations of rows `firstRow`…`lastRow`. `brokenDown`: the cells other relations already state as
 * a total of parts (a year's budget over its 其中 lines, a whole over its parts along the line).
 */
export function wholeAndYearRelations(grid: Grid, firstRow: number, lastRow: number, brokenDown: ReadonlySet<string>): SumRelation[] {
  const out: SumRelation[] = [];
  let oneYear: boolean | null = null;
  const last = Math.min(lastRow, grid.rowCount);
  for (let r = Math.max(1, firstRow); r <= last; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || typeof grid.raw(r, c) !== "string") continue;
      if (!FUND_WHOLE_LABEL.test(grid.compactText(r, c))) continue;
      const whole = amountRightOf(grid, r, c);
      if (!whole || whole.percent) continue;
      // the year's budget along the line (总金额 | 50万元 | 当年度金额 | 50万元), or on the line under the whole's label
      let year: (NumberRef & { unit?: AmountUnit }) | null = null;
      let yearLabel = "";
      let orientation: "rows" | "columns" = "columns";
      const next = nextFilledCol(grid, r, whole.col);
      if (next && FUND_YEAR_LABEL.test(grid.compactText(r, next))) {
        year = amountRightOf(grid, r, next);
        yearLabel = grid.text(r, next);
      } else {
        const m = grid.mergeAt(r, c);
        const below = (m ? m.r2 : r) + 1;
        if (below <= last && grid.startsInRow(below, c) && FUND_YEAR_LABEL.test(grid.compactText(below, c))) {
          year = amountAt(grid, below, whole.col) ?? amountRightOf(grid, below, c);
          yearLabel = grid.text(below, c);
          orientation = "rows";
        }
      }
      if (!year || year.percent) continue;
      const unit = unitNear(grid, r, c);
      const wholeTerm = unitTerm(whole, grid.text(r, c).replace(/[:：]$/, ""), whole.unit ?? unit);
      const yearTerm = unitTerm(year, yearLabel.replace(/[:：]$/, ""), year.unit ?? unit);
      if (oneYear === null) oneYear = oneYearProject(grid, last);
      // (equal: the one with no breakdown of its own is the stated total)
      const yearFirst = oneYear && brokenDown.has(whole.cell) && !brokenDown.has(year.cell);
      const [total, part] = yearFirst ? [yearTerm, wholeTerm] : [wholeTerm, yearTerm];
      out.push({
        kind: "sum",
        id: `sum:amount:${total.cell}:year`,
        measure: "amount",
        block: "labelled-funds",
        orientation,
        label: total.label ?? "",
        total,
        parts: [part],
        bound: oneYear ? "equal" : "atMost",
      });
    }
  }
  return out;
}
