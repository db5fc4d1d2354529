import type { BudgetItem, EvaluationModel, Indicator, NumberRef } from "../model/types";
import { RowMap } from "../model/row-map";
import type { Profile } from "../rubric/schema";
import { round } from "../text/numbers";
import { Direction, Operator, parseOperator, ParsedValue, qualitativeTier, Quantity, Tier } from "../text/quantity";
import { compact } from "../text/normalize";
import { LOWER_IS_BETTER } from "../text/labels";
import { execRate, execScore } from "./budget";
import { coefficientScore, IndicatorFormula, overAchievementPenalty, qualitativeScore, quantitativeScore } from "./indicator";
import { gradeFor } from "./grade";

/** patterns of the per-row tests below (module constants: a literal in a function makes a RegExp on every call) */
const UNCAPPED_WORD = /不封顶|可超过/;
const CAPPED_WORD = /不得超过|不超过|最高|上限|封顶/;

/** The comparison an indicator score rests on, in the target's own units. */
export interface Comparison {
  op: Operator | null;
  target: number;
  actual: number;
  unit: string;
}

export type IndicatorOutcome =
  | {
      ok: true;
      score: number;
      formula: IndicatorFormula | "coefficient";
      ruleId: string;
      tier: Tier | null;
      comparison: Comparison | null;
      /** the target is missed (actual on the wrong side of it) */
      missed: boolean;
    }
  | { ok: false; reason: "no-weight" | "no-target" | "no-actual" | "target-text" | "actual-text" | "placeholder" | "not-applicable" };

const PERCENT_UNIT = /^(%|百分比|百分率)$/;

function withUnitColumn(q: Quantity, unit: string | null): Quantity {
  if (!unit || q.percent || !PERCENT_UNIT.test(compact(unit))) return q;
  return { ...q, percent: true, unit: "%", ratio: q.value / 100 };
}

/**
 * Bring target and actual to the same units: a percent target against a ratio typed without a percent
 * format (0.98 against "≥95%") reads the actual as 98.
 */
export function alignActual(target: Quantity, actual: Quantity): number {
  if (target.percent && !actual.percent && Math.abs(actual.value) <= 1.5 && target.value > 1.5) return actual.value * 100;
  if (!target.percent && actual.percent && target.value <= 1.5 && target.value > 0) return actual.ratio;
  return actual.value;
}


/**
 * Score one target/actual pair (RULEBOOK A-S2…A-S5): direction from the operator (its own column or fused into
 * the target; none means "=" semantics, S-EQ, except for a name that says lower is better), qualitative completions
 * by tier. Used by rules, fills and PERF.SCORE.
 */
export function scoreTargetActual(
  target: ParsedValue | null,
  actual: ParsedValue | null,
  weight: number | null,
  profile: Profile,
  opts: { op?: string | null; unit?: string | null; coefficient?: number | null; name?: string | null } = {},
): IndicatorOutcome {
  return scoreWith(target, actual, weight, profile, opts.op, opts.unit, opts.coefficient, opts.name, null);
}

/*
 * One outcome object for every result that carries nothing of its row: the not-scored reasons, a qualitative score
 * (its tier, weight and profile: one object per tier and weight within a review), and a quantitative score of the
 * same target and actual cell values, weight, operator and unit columns and direction (one object within a review). A
 * 40,000-row table otherwise keeps 40,000 outcomes (and their comparisons) alive through the rules, most of them one
 * of a few. Outcomes are read, never written.
 */
const NO_WEIGHT: IndicatorOutcome = { ok: false, reason: "no-weight" };
const NO_TARGET: IndicatorOutcome = { ok: false, reason: "no-target" };
const NO_ACTUAL: IndicatorOutcome = { ok: false, reason: "no-actual" };
const TARGET_TEXT: IndicatorOutcome = { ok: false, reason: "target-text" };
const ACTUAL_TEXT: IndicatorOutcome = { ok: false, reason: "actual-text" };
const PLACEHOLDER: IndicatorOutcome = { ok: false, reason: "placeholder" };
const NOT_APPLICABLE: IndicatorOutcome = { ok: false, reason: "not-applicable" };

/** A quantitative outcome and what it was computed from besides its target and actual (see SharedOutcomes). */
interface QuantitativeEntry {
  weight: number;
  unit: string | null | undefined;
  op: string | null | undefined;
  dir: Direction;
  outcome: IndicatorOutcome;
}

/** the most outcomes kept for one target and actual (weights, operators, units): a bound on the search per row */
const QUANTITATIVE_PER_PAIR = 8;

/**
 * The outcomes of one review's rows (scoreIndicators), shared where their inputs are the same: qualitative by tier and
 * weight; quantitative by the target and actual values (the parsed values, one object per cell text or number: see
 * parseValue), then weight, operator and unit columns and direction.
 */
class SharedOutcomes {
  readonly qualitative = new Map<Tier, Map<number, IndicatorOutcome>>();
  readonly quantitative = new Map<ParsedValue, Map<ParsedValue, QuantitativeEntry[]>>();
}

/** scoreTargetActual with its options as arguments (every indicator is scored: no options object per row). */
function scoreWith(
  target: ParsedValue | null,
  actual: ParsedValue | null,
  weight: number | null,
  profile: Profile,
  opOpt: string | null | undefined,
  unitOpt: string | null | undefined,
  coefficientOpt: number | null | undefined,
  nameOpt: string | null | undefined,
  shared: SharedOutcomes | null,
): IndicatorOutcome {
  if (weight === null || !Number.isFinite(weight)) return NO_WEIGHT;
  // CQ-S1 (chongqing profile): 指标得分 = 得分系数 × 权重
  if (profile.scoreCoefficient && coefficientOpt !== null && coefficientOpt !== undefined) {
    return { ok: true, score: coefficientScore(coefficientOpt, weight), formula: "coefficient", ruleId: "S-CQ", tier: null, comparison: null, missed: coefficientOpt < 1 };
  }
  if (!actual || actual.kind === "empty") return NO_ACTUAL;
  if (actual.kind === "placeholder" || target?.kind === "placeholder") return PLACEHOLDER;
  if (actual.kind === "na" || target?.kind === "na") return NOT_APPLICABLE;
  const tier = actual.kind === "text" ? qualitativeTier(actual.raw) : null;
  if (!target || target.kind === "empty") {
    if (tier) return qualitative(tier, weight, profile, shared);
    return NO_TARGET;
  }
  if (target.kind === "text") {
    if (tier) return qualitative(tier, weight, profile, shared);
    if (actual.kind === "text" && compact(actual.raw) === compact(target.raw)) return qualitative("met", weight, profile, shared);
    return TARGET_TEXT;
  }
  const tq = withUnitColumn(target.quantity!, unitOpt ?? null);
  if (actual.kind !== "number") {
    if (tier) return qualitative(tier, weight, profile, shared);
    return ACTUAL_TEXT;
  }
  const op = tq.op ?? (opOpt ? parseOperator(opOpt) : null);
  const dir = op?.dir ?? (nameOpt && LOWER_IS_BETTER.test(compact(nameOpt)) ? "le" : "eq");
  if (shared === null) return quantitative(actual, weight, profile, tq, op, dir);
  // (op is the target's operator or else the operator column's, tq the target read with the unit column: the target
  // value, the operator text and the unit text decide them)
  let byActual = shared.quantitative.get(target);
  let entries = byActual?.get(actual);
  if (entries !== undefined) {
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      if (e.weight === weight && e.unit === unitOpt && e.op === opOpt && e.dir === dir) return e.outcome;
    }
  }
  const made = quantitative(actual, weight, profile, tq, op, dir);
  if (byActual === undefined) shared.quantitative.set(target, (byActual = new Map()));
  if (entries === undefined) byActual.set(actual, (entries = []));
  if (entries.length < QUANTITATIVE_PER_PAIR) entries.push({ weight, unit: unitOpt, op: opOpt, dir, outcome: made });
  return made;
}

/** A quantitative score: the actual against the target in the target's units, by direction (scoreWith). */
function quantitative(actual: ParsedValue, weight: number, profile: Profile, tq: Quantity, op: Operator | null, dir: Direction): IndicatorOutcome {
  const a = alignActual(tq, actual.quantity!);
  const q = quantitativeScore(dir, tq.value, a, weight, profile);
  let score = q.score;
  if (dir !== "le") score = overAchievementPenalty(tq.value, a, score, profile);
  // S-EQ with A = 0: any B > 0 misses (and scores 0)
  const missed = dir === "le" || (dir === "eq" && tq.value === 0) ? a > tq.value + 1e-9 : a < tq.value - 1e-9;
  return { ok: true, score, formula: q.formula, ruleId: q.ruleId, tier: null, comparison: { op, target: tq.value, actual: a, unit: tq.unit }, missed };
}

function qualitative(tier: Tier, weight: number, profile: Profile, shared: SharedOutcomes | null): IndicatorOutcome {
  let byWeight: Map<number, IndicatorOutcome> | undefined;
  if (shared !== null) {
    byWeight = shared.qualitative.get(tier);
    const known = byWeight?.get(weight);
    if (known !== undefined) return known;
  }
  const made: IndicatorOutcome = { ok: true, score: qualitativeScore(tier, weight, profile), formula: "qualitative", ruleId: "S-QUAL", tier, comparison: null, missed: tier !== "met" };
  if (shared !== null) {
    if (byWeight === undefined) shared.qualitative.set(tier, (byWeight = new Map()));
    byWeight.set(weight, made);
  }
  return made;
}

export function scoreIndicator(ind: Indicator, profile: Profile): IndicatorOutcome {
  return scoreRow(ind, profile, null);
}

/** scoreIndicator, its outcome shared with the other rows of one review that have the same (`shared`, or none). */
function scoreRow(ind: Indicator, profile: Profile, shared: SharedOutcomes | null): IndicatorOutcome {
  if (ind.notApplicable) return NOT_APPLICABLE;
  return scoreWith(ind.target, ind.actual, ind.weight, profile, ind.opText, ind.unit, ind.coefficient, ind.name, shared);
}

export interface BudgetOutcome {
  item: BudgetItem;
  denominator: NumberRef | null;
  rate: number | null;
  score: number | null;
  /** capped or uncapped, from the sheet's own rule text when it states one, else the profile */
  formula: "capped" | "uncapped";
}

/** The scoring rule a sheet states for the budget score ("执行率*该指标分值,最高不得超过分值上限"). */
export function statedBudgetFormula(ruleText: string | null): "capped" | "uncapped" | null {
  if (!ruleText) return null;
  const t = compact(ruleText);
  if (UNCAPPED_WORD.test(t)) return "uncapped";
  if (CAPPED_WORD.test(t)) return "capped";
  return null;
}

export function budgetDenominator(item: BudgetItem, model: EvaluationModel, profile: Profile): NumberRef | null {
  const cols = model.budget?.columns ?? {};
  if (profile.budget.denominator === "initial") return cols.initial ? item.initial : item.adjusted;
  return cols.adjusted ? item.adjusted : item.initial;
}

export function scoreBudgetItem(item: BudgetItem, model: EvaluationModel, profile: Profile): BudgetOutcome {
  const den = budgetDenominator(item, model, profile);
  const rate = den && item.executed ? execRate(item.executed.value, den.value) : null;
  const formula = statedBudgetFormula(model.budget?.ruleText ?? null) ?? profile.budget.formula;
  const score = rate !== null && item.weight ? execScore(rate, item.weight.value, formula) : null;
  return { item, denominator: den, rate, score, formula };
}

export interface ModelScores {
  indicators: Map<number, IndicatorOutcome>;
  budget: BudgetOutcome[];
  /** the budget-execution item that counts in the total (the first total row with a weight) */
  budgetMain: BudgetOutcome | null;
  /** Σ weights of indicators (+ budget weight) */
  weightSum: number | null;
  /** Σ claimed scores of indicators (+ claimed budget score) */
  claimedSum: number | null;
  /** Σ computed scores where computable, else claimed (the re-check total) */
  computedTotal: number | null;
  computedGrade: string | null;
}

/*
 * The loops over every indicator are functions of their own, not blocks of scoreModel: a long loop runs in code
 * entered mid-loop (on-stack replacement) that knows nothing of the lines after it, and a large sheet, reviewed a
 * few times only, recompiled all of scoreModel (with the scoring it inlines) each time those lines came.
 */

/** Each indicator's outcome, by row. */
function scoreIndicators(inds: Indicator[], profile: Profile): RowMap<IndicatorOutcome> {
  // by row in an array (see RowMap): every rule reads an indicator's outcome by its row
  // (made at the size of the last row: a map grown row by row leaves a copy of its arrays behind at each growth, large
  // objects in a large table that bring the young-generation collection forward)
  let last = 0;
  for (let k = 0; k < inds.length; k++) if (inds[k].row > last) last = inds[k].row;
  const indicators = new RowMap<IndicatorOutcome>(last);
  const shared = new SharedOutcomes();
  for (let k = 0; k < inds.length; k++) indicators.set(inds[k].row, scoreRow(inds[k], profile, shared));
  return indicators;
}

/**
 * Σ weights and Σ claimed scores of the indicators that count (not a sub-item, not 不适用), each null when no
 * indicator has one, and the re-check total: every weighted row needs a computed or a claimed score, else the
 * total is unresolved. Added in row order, as the sums have always been.
 */
function indicatorSums(
  inds: Indicator[],
  outcomes: RowMap<IndicatorOutcome>,
): { weightSum: number | null; claimedSum: number | null; computedTotal: number | null; unresolved: boolean } {
  // (each sum a plain number beside a flag for "none added yet", not a number | null: a variable that may hold null
  // keeps its number boxed, a new heap number at every addition — three per row, most of what scoring a 2,000-row
  // table allocated. The same additions from 0 in the same order: the same sums)
  let weightSum = 0;
  let claimedSum = 0;
  let computedTotal = 0;
  let weighted = false;
  let claimed = false;
  let computed = false;
  let unresolved = false;
  for (let k = 0; k < inds.length; k++) {
    const i = inds[k];
    if (i.childOfRow !== null || i.notApplicable) continue;
    const w = i.weight;
    const claim = i.claimedScore;
    if (w !== null) {
      weightSum += w;
      weighted = true;
    }
    if (claim !== null) {
      claimedSum += claim;
      claimed = true;
    }
    if (w === null) {
      // a row weighted only in its group's label ("产出指标(60分)") still adds its own score
      if (claim !== null) {
        computedTotal += claim;
        computed = true;
      }
      continue;
    }
    const o = outcomes.get(i.row)!;
    const s = o.ok ? o.score : claim;
    if (s === null) unresolved = true;
    else {
      computedTotal += s;
      computed = true;
    }
  }
  return { weightSum: weighted ? weightSum : null, claimedSum: claimed ? claimedSum : null, computedTotal: computed ? computedTotal : null, unresolved };
}

/** Everything computed once for a model: used by the rules and by the fill plan. */
export function scoreModel(model: EvaluationModel, profile: Profile): ModelScores {
  const indicators = scoreIndicators(model.indicators, profile);
  const budget = (model.budget?.items ?? []).map((it) => scoreBudgetItem(it, model, profile));
  const budgetMain = budget.find((b) => b.item.kind === "total" && b.item.weight) ?? null;

  const sums = indicatorSums(model.indicators, indicators);
  let weightSum: number | null = sums.weightSum;
  if (budgetMain?.item.weight) weightSum = (weightSum ?? 0) + budgetMain.item.weight.value;
  let claimedSum: number | null = sums.claimedSum;
  if (budgetMain?.item.score) claimedSum = (claimedSum ?? 0) + budgetMain.item.score.value;
  let computedTotal = sums.computedTotal;
  let unresolved = sums.unresolved;
  if (budgetMain) {
    const s = budgetMain.score ?? budgetMain.item.score?.value ?? null;
    if (s === null) unresolved = true;
    else computedTotal = (computedTotal ?? 0) + s;
  }
  if (unresolved) computedTotal = null;
  if (computedTotal !== null) computedTotal = round(computedTotal);
  if (weightSum !== null) weightSum = round(weightSum);
  if (claimedSum !== null) claimedSum = round(claimedSum);
  return {
    indicators,
    budget,
    budgetMain,
    weightSum,
    claimedSum,
    computedTotal,
    computedGrade:
      computedTotal !== null && (model.totals || model.grade) ? gradeFor(computedTotal, profile.gradeBands) : null,
  };
}
