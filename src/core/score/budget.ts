import type { Profile } from "../rubric/schema";
import { round } from "../text/numbers";

/** 执行率 = 执行数 / 预算数 (A-S1). Null when the budget is zero or missing (#DIV/0!). */
export function execRate(executed: number, budget: number): number | null {
  if (!Number.isFinite(budget) || budget === 0 || !Number.isFinite(executed)) return null;
  return executed / budget;
}

/**
 * Budget-execution score: national/Hubei/Chongqing min(rate, 1) × weight (A-S1, S-BUDGET-HB, S-CQ);
 * pmkpi rate × weight uncapped (S-BUDGET-PK). Negative rates count as 0.
 */
export function execScore(rate: number, weight: number, formula: Profile["budget"]["formula"] = "capped"): number {
  const r = Math.max(0, rate);
  return round((formula === "capped" ? Math.min(r, 1) : r) * weight);
}

/** S-CAP-EXEC (DESK33): the highest total allowed at an execution rate; null when no cap applies. */
export function execCapFor(rate: number, caps: Profile["execCaps"]): number | null {
  let cap: number | null = null;
  for (const c of caps) if (rate < c.below && (cap === null || c.max < cap)) cap = c.max;
  return cap;
}

/** The total after the execution caps (excess deducted). */
export function capTotal(total: number, rate: number, caps: Profile["execCaps"]): number {
  const cap = execCapFor(rate, caps);
  return cap === null ? total : Math.min(total, cap);
}

/** B-EXEC95 (SEED002): full marks from 95% execution — the most generous threshold rule found. */
export const FULL_MARKS_FROM_RATE = 0.95;

/**
 * The highest budget-execution score any known regional rule gives at a rate: full marks from 95% (B-EXEC95);
 * below that the linear score (A-S1, S-BUDGET-HB, S-CQ), rounded up to a whole point at most. Step deductions
 * (B-EXEC-STEP) and truncation give less. A stated score above this contradicts the sheet's own numbers under
 * every variant.
 */
export function execScoreCeiling(rate: number, weight: number): number {
  const r = Math.max(0, rate);
  if (r >= FULL_MARKS_FROM_RATE - 1e-9) return weight;
  const linear = Math.min(r, 1) * weight;
  return Math.min(weight, Math.max(round(linear), Math.round(linear + 1e-9)));
}

/**
 * The lowest budget-execution score any known regional rule gives at a rate: at 100% or more every rule (linear,
 * steps, thresholds, truncation) gives full marks; below it some give nothing (thresholds), so 0.
 */
export function execScoreFloor(rate: number, weight: number): number {
  return rate >= 1 - 1e-9 ? weight : 0;
}
