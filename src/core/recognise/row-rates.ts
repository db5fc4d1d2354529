import type { Grid } from "../grid/grid";
import type { BudgetRole, RatioRelation, RelationTerm } from "../model/types";
import { amountAt } from "./cells";
import { budgetRole } from "./headers";

/**
 * An execution rate written as a line of its own under the lines of its two amounts, the periods (years, months,
 * quarters, funds) across the columns — the budget block turned on its side:
 *
 *   年度       | 2019   | 2020   | 2021            年度 科目別          | 101   | 102   …
 *   预算数(A)  | 100    | 120    | 150             法定預算數A          | 31.88 | 35.10 …
 *   执行数(B)  | 95     | 110    | 120             審定決算數B          | 29.97 | 32.62 …
 *   执行率(B/A)| 95.00% | 91.67% | 80.00%          經費執行率100%*(B/A) | 94.01 | 92.93 …
 *
 * In each column where the three lines hold a number: 执行率 = 执行数 ÷ 预算数 (年初 and 调整后 预算数 both written: the
 * profile picks, as in a column-headed block). The amount lines are the ones right above the rate's line, labelled in the
 * same column (the line's first text) with the budget vocabulary (BUDGET_HEADERS), a title's prefix (法定 / 审定 / 经费,
 * at most four characters) and the column's letter or formula (A, (B), 100%*(B/A)) allowed; no other line between them
 * (empty lines skipped).
 * Where the letters say which (the rate's "(B/A)" and the lines' A / B), they pick the numerator and the denominator;
 * otherwise the block needs one executed line. A line label | value down one column is the same shape with one column.
 */

/** the rate's line: an execution rate's name opening its label (a prefix of at most four characters) */
const RATE_LINE = /^.{0,4}执行率/;
/** (the gate: the word anywhere) */
const RATE_WORD = "执行率";
/** a rate label's formula: its two letters, numerator first ("(B/A)", "100%*(B/A)", "B÷A") */
const RATE_LETTERS = /([A-Z])\d?[/÷]([A-Z])\d?/;
/** a label's own letter or formula after its name: "A", "(A)", "B)", "100%*(B/A)", "(%)", "(万元)" */
const LABEL_REMARK = /(\d+%?[*×xX]?)?[(（]?([A-Z]\d?([/÷][A-Z]\d?)?|%|万元|元|亿元|千元)[)）]?$/;
/** an amount line's label with its prefix: the budget words, traditional ones read simplified by compact() */
const PLAN_LABEL = /^.{0,4}(预算数|预算金额|预算安排数)$/;
const INITIAL_LABEL = /^.{0,4}年初(预算数|预算金额)$/;
const EXECUTED_LABEL = /^.{0,4}(决算数|执行数|实际支出数?|支出数|执行金额)$/;
/** lines above the rate looked at for its amounts */
const AMOUNT_LINES = 4;

interface Line {
  row: number;
  label: string;
  role: BudgetRole;
  letter: string | null;
}

/** The label's role and letter, or null where it is no amount of a budget block. */
function amountLine(label: string): { role: BudgetRole; letter: string | null } | null {
  if (!label || label.length > 24) return null;
  const direct = budgetRole(label);
  const m = LABEL_REMARK.exec(label);
  const letter = m && m[2] && /^[A-Z]\d?$/.test(m[2]) ? m[2].replace(/\d$/, "") : null;
  if (direct === "initial" || direct === "adjusted" || direct === "executed") return { role: direct, letter };
  if (direct) return null;
  const core = m ? label.slice(0, m.index) : label;
  if (!core) return null;
  if (INITIAL_LABEL.test(core)) return { role: "initial", letter };
  if (PLAN_LABEL.test(core)) return { role: "adjusted", letter };
  if (EXECUTED_LABEL.test(core)) return { role: "executed", letter };
  return null;
}

/**
 * The header of the first such block: the line right above its amount lines where it names every period read (年度 |
 * 101 | 102 …, 月份 | 1月 | 2月), or null — a sheet of no family made of this block is headed by it.
 */
export function rowRatesHead(grid: Grid): number | null {
  const b = blocks(grid, true)[0];
  if (!b) return null;
  // (empty lines between it and the amounts skipped)
  let h = b.top - 1;
  while (h > 1 && b.top - h <= 2 && grid.firstTextCell(h) === 0) h--;
  if (h < 1) return null;
  if (grid.firstTextCell(h) !== b.labelCol || typeof grid.raw(h, b.labelCol) !== "string") return null;
  for (const r of b.relations) if (!grid.text(h, r.stated.col)) return null;
  return h;
}

export function rowRates(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  for (const b of blocks(grid, false)) out.push(...b.relations);
  return out;
}

/** The blocks read: the top amount line, the label column and the ratios (with `first`, the first block only). */
function blocks(grid: Grid, first: boolean): { top: number; labelCol: number; relations: RatioRelation[] }[] {
  const found: { top: number; labelCol: number; relations: RatioRelation[] }[] = [];
  // (a sheet with no rate's word in any text has no such line: Grid.hasText; then only the lines whose first text holds
  // it, found in one search of the sheet's texts)
  if (!grid.hasText(RATE_WORD)) return found;
  const { start, cols } = grid.textCells();
  const withWord = grid.textMatches(RATE_WORD);
  for (let r = 2; r <= grid.rowCount; r++) {
    if (start[r] === start[r + 1] || withWord[start[r]] === 0) continue;
    const lc = cols[start[r]];
    if (typeof grid.raw(r, lc) !== "string") continue;
    const rateLabel = grid.compactText(r, lc);
    if (rateLabel.length > 24 || !RATE_LINE.test(rateLabel)) continue;
    // the amount lines right above, labelled in the same column
    const lines: Line[] = [];
    // (empty lines, a page's spacing, skipped)
    for (let rr = r - 1, seen = 0; rr >= Math.max(1, r - 2 * AMOUNT_LINES) && seen < AMOUNT_LINES; rr--) {
      if (grid.firstTextCell(rr) === 0) continue;
      seen++;
      if (grid.firstTextCell(rr) !== lc || typeof grid.raw(rr, lc) !== "string") break;
      const label = grid.compactText(rr, lc);
      const a = amountLine(label);
      if (!a) break;
      lines.push({ row: rr, label, ...a });
    }
    const plans = lines.filter((l) => l.role !== "executed");
    const executed = lines.filter((l) => l.role === "executed");
    if (!plans.length || !executed.length) continue;
    let num: Line | undefined;
    let den: Line | undefined;
    const letters = RATE_LETTERS.exec(rateLabel);
    if (letters) {
      num = executed.find((l) => l.letter === letters[1]);
      den = plans.find((l) => l.letter === letters[2]);
    }
    const lettered = !!(num && den);
    if (!lettered) {
      if (executed.length !== 1) continue;
      num = executed[0];
      den = undefined;
    }
    const initial = lettered ? undefined : plans.find((l) => l.role === "initial");
    const adjusted = lettered ? undefined : plans.find((l) => l.role === "adjusted");
    // (two plan lines of one kind: which is meant is not said)
    if (!lettered && plans.length > (initial && adjusted ? 2 : 1)) continue;
    const inPoints = /%|百分比/.test(rateLabel);
    const out: RatioRelation[] = [];
    const m = grid.mergeAt(r, lc);
    for (let c = (m ? m.c2 : lc) + 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const stated = amountAt(grid, r, c);
      if (!stated) continue;
      const at = (l: Line | undefined): RelationTerm | undefined => {
        const n = l ? amountAt(grid, l.row, c) : null;
        // an amount is never a rate
        return n && !n.percent ? { ...n, label: l!.label } : undefined;
      };
      const n = at(num);
      if (!n) continue;
      let d: RelationTerm | undefined;
      const denominators: { initial?: RelationTerm; adjusted?: RelationTerm } = {};
      if (lettered) d = at(den);
      else {
        const i = at(initial);
        const a = at(adjusted);
        if (i) denominators.initial = i;
        if (a) denominators.adjusted = a;
        d = a ?? i;
      }
      if (!d || d.value === 0) continue;
      out.push({
        kind: "ratio",
        id: `ratio:${stated.cell}`,
        measure: "rate",
        block: "budget",
        name: "执行率",
        label: rateLabel,
        stated: { ...stated, label: rateLabel },
        numerator: n,
        denominator: d,
        ...(lettered ? {} : { denominators }),
        bound: "equal",
        ...(inPoints && !stated.percent ? { statedInPoints: true as const } : {}),
      });
    }
    if (!out.length) continue;
    found.push({ top: Math.min(...lines.map((l) => l.row)), labelCol: lc, relations: out });
    if (first) break;
  }
  return found;
}
