import type { Grid } from "../grid/grid";
import type { BudgetRole, RatioRelation, RelationTerm } from "../model/types";
import { amountAt, copiesLeft } from "./cells";
import { budgetRole } from "./headers";
import { TextFact, textMatchesWith } from "./text-facts";

/**
 * An execution rate stated on one line beside its two amounts written as label | amount pairs, the rate under a
 * heading of its own (the 部门整体支出绩效自评表 of Hebei: 预算安排情况(调整后) | 资金执行情况 | 预算执行率 over
 * "预算数: | 95 | 执行数: | 82.65 | 87%"), or as a pair of its own ("执行率: | 87%"): 执行率 = 执行数 ÷ 预算数, as in a
 * column-headed budget block. The amounts' labels are the budget vocabulary (BUDGET_HEADERS), with or without the
 * colon; the line needs a plan amount (预算数 / 年初预算数), an executed one and one rate.
 */

/** rows above a bare rate in which its column's heading is looked for */
const HEADING_ROWS = 3;

type Pair = { label: string; n: NonNullable<ReturnType<typeof amountAt>> };

/** The next cell of the line after (r, c)'s merge that starts in its own column (a value beside a label). */
function nextCol(grid: Grid, r: number, c: number): number {
  const m = grid.mergeAt(r, c);
  return (m ? m.c2 : c) + 1;
}

/** The first text above (r, c) in its column, within HEADING_ROWS rows (merged headings read at any column). */
function headingAbove(grid: Grid, r: number, c: number): string {
  for (let rr = r - 1; rr >= Math.max(1, r - HEADING_ROWS); rr--) {
    const t = grid.compactText(rr, c);
    if (t) return amountAt(grid, rr, c) ? "" : t;
  }
  return "";
}

/** (a module constant: a literal in a function makes a RegExp on every call) */
export const EXECUTED_WORD = /执行|决算|实际支出/;
const TRAILING_COLON = /[:：]$/;

export function labelledRates(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  // (the texts with the word, those holding 执决实 tested (textFacts); a sheet with none in any text has no such line)
  const withWord = textMatchesWith(grid, TextFact.executedWord, EXECUTED_WORD);
  if (!withWord.includes(1)) return out;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    // cheap test first: a cell of the line names an executed amount
    let any = false;
    for (let k = start[r]; k < start[r + 1] && !any; k++) {
      if (withWord[k] === 0) continue;
      const c = cols[k];
      if (typeof grid.raw(r, c) !== "string") continue;
      const t = grid.compactText(r, c);
      any = t.length <= 26 && budgetRole(t.replace(TRAILING_COLON, "")) === "executed";
    }
    if (!any) continue;
    const pairs = new Map<BudgetRole, Pair[]>();
    const bare: Pair[] = [];
    // (the column of the last bare rate read, or of its last copy)
    let bareCol = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const n = amountAt(grid, r, c);
      if (n) {
        // (the rate written again right of itself, its merge filled across: 87% | 87% under 预算执行率 | 预算执行率, one rate)
        if (bareCol === c - 1 && grid.raw(r, c) === grid.raw(r, c - 1) && copiesLeft(grid, r - 1, c)) {
          bareCol = c;
          continue;
        }
        // a number no label of the line stands before: a rate when its column's heading names one
        const heading = headingAbove(grid, r, c);
        if (heading && budgetRole(heading) === "rate") {
          bare.push({ label: heading, n });
          bareCol = c;
        }
        continue;
      }
      if (typeof grid.raw(r, c) !== "string") continue;
      const label = grid.compactText(r, c).replace(TRAILING_COLON, "");
      const role = budgetRole(label);
      if (!role || !["initial", "adjusted", "executed", "rate"].includes(role)) continue;
      const vc = nextCol(grid, r, c);
      const v = vc <= grid.scanCols ? amountAt(grid, r, vc) : null;
      if (!v) continue;
      pairs.set(role, [...(pairs.get(role) ?? []), { label, n: v }]);
      c = vc;
    }
    const one = (k: BudgetRole) => (pairs.get(k)?.length === 1 ? pairs.get(k)![0] : null);
    const executed = one("executed");
    const adjusted = one("adjusted");
    const initial = one("initial");
    const rates = [...(pairs.get("rate") ?? []), ...bare];
    if (!executed || !(adjusted || initial) || rates.length !== 1) continue;
    const rate = rates[0];
    // an amount is never its own rate; a rate is a share (a percent, a fraction or percentage points), never an amount
    if (executed.n.percent || adjusted?.n.percent || initial?.n.percent) continue;
    const term = (p: Pair): RelationTerm => ({ ...p.n, label: p.label });
    const a = adjusted ? term(adjusted) : undefined;
    const i = initial ? term(initial) : undefined;
    out.push({
      kind: "ratio",
      id: `ratio:${rate.n.cell}`,
      measure: "rate",
      block: "budget",
      name: "执行率",
      label: rate.label,
      stated: term(rate),
      numerator: term(executed),
      denominator: (a ?? i)!,
      denominators: { ...(i ? { initial: i } : {}), ...(a ? { adjusted: a } : {}) },
      bound: "equal",
    });
  }
  return out;
}
