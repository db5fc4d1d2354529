import type { Grid } from "../grid/grid";
import type { AmountUnit, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";

/**
 * (dev56, session 56) **A 决算 explanation's 收、支总计 that adds the two sides.** A 部门 / 单位决算 说明 states one figure for
 * both sides of its statement, '2021年度收、支总计138.83万元': the income side's total (本年收入合计 + 年初结转和结余) and the
 * spending side's (本年支出合计 + 年末结转和结余) are that one figure. Where the explanation's own 本年收入合计 I and 本年支出合计 E
 * add up to it exactly ('本年收入合计69.33万元' + '本年支出合计69.5万元' = 138.83) and it is neither of them, the writer added
 * the two sides together: the total is read against the income side's year figure (a sum, the 总计 over 本年收入合计), whose
 * carry-over would otherwise have to equal the whole year's spending to the cent — flagged by total-mismatch.
 *
 * Read only on that evidence (counter-shapes): a 总计 equal to I (no carry-over: '收、支总计511.27万元' over '本年收入合计511.27
 * 万元'), or above both by another figure (a carry-over: 1483.5 over 支出 1366.23), is not read; a sheet stating its carry-over
 * (年初结转和结余 / 年末结转和结余 with an amount) is not read (its sides are stated, other readers' sums); a 总计 of a part of
 * the money ('财政拨款收、支总计', '一般公共预算…收、支总计') is compared with nothing here; each line's first figure only, one
 * unit for all three.
 */

const TOTAL = /(收、支|收支|收入、支出|收入支出)总计(?:为|是|:)?(\d+(?:\.\d+)?)(亿元|万元|元)/;
const INCOME = /本年收入合计(?:为|是|:)?(\d+(?:\.\d+)?)(亿元|万元|元)/;
const SPENDING = /本年支出合计(?:为|是|:)?(\d+(?:\.\d+)?)(亿元|万元|元)/;
/** A 总计 of a part of the money: its kind's words right before it. */
const PART_OF_MONEY = /拨款|预算|基金|经营|专户$/;
/** A carry-over stated with its amount: the sides are stated, not read here. */
const CARRY_OVER = /结转和?结余(?:资金)?(?:为|是|:)?\d/;
const MIN_TEXT = 8;
/** The three lines' words (the gate: their figures are read on proseDigits' text, thousands commas out). */
const TOTAL_WORDS = /(?:收、支|收支|收入、支出|收入支出)总计/;
const INCOME_WORDS = /本年收入合计/;
const SPENDING_WORDS = /本年支出合计/;

export function doubledStatementTotals(grid: Grid): SumRelation[] {
  if (!grid.hasText(TOTAL_WORDS) || !grid.hasText(INCOME_WORDS) || !grid.hasText(SPENDING_WORDS) || grid.hasText(CARRY_OVER)) return [];
  let total: { r: number; c: number; m: RegExpExecArray } | null = null;
  let income: { r: number; c: number; m: RegExpExecArray } | null = null;
  let spending: { r: number; c: number; m: RegExpExecArray } | null = null;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, /总计|合计/)) {
    // (the thousands commas out of its numbers: '132,697卷' is one count, not 697; a cell whose number is split by a space is not read)
    const text = proseDigits(grid.text(r, c));
    if (!text) continue;
    const t = TOTAL.exec(text);
    if (t && !total && !PART_OF_MONEY.test(text.slice(Math.max(0, t.index - 6), t.index))) total = { r, c, m: t };
    const i = INCOME.exec(text);
    if (i && !income) income = { r, c, m: i };
    const s = SPENDING.exec(text);
    if (s && !spending) spending = { r, c, m: s };
  }
  if (!total || !income || !spending) return [];
  const unit = total.m[3];
  if (income.m[2] !== unit || spending.m[2] !== unit) return [];
  const x = Number(total.m[2]);
  const i = Number(income.m[1]);
  const e = Number(spending.m[1]);
  const cents = (v: number) => Math.round(v * 100);
  if (cents(x) !== cents(i + e) || cents(x) === cents(i) || cents(x) === cents(e)) return [];
  const u = unit === "亿元" ? null : (unit as AmountUnit);
  const totalTerm = lineTerm(grid, total.r, total.c, total.m[2] + unit, total.m[2], `${total.m[1]}总计`, u);
  const incomeTerm = lineTerm(grid, income.r, income.c, income.m[1] + unit, income.m[1], "本年收入合计", u);
  return [{ kind: "sum", id: `sum:amount:${grid.addr(total.r, total.c)}:doubled`, measure: "amount", block: "labelled-funds", orientation: "rows", label: `${total.m[1]}总计`, total: totalTerm, parts: [incomeTerm], bound: "equal" }];
}
