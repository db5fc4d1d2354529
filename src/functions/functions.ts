/**
 * The =PERF.* worksheet functions (namespace PERF, from manifest.xml).
 *
 * Thin wrappers over core/score: each function coerces its arguments with args.ts, calls the one core
 * definition of its formula, and leaves through `perf()` (errors.ts), which maps failures to Excel
 * errors. No formula is written here. The ids in the `@customfunction` tags are stored in users'
 * workbooks: never change them. Names stay ASCII in every language (localised names break formulas that
 * code writes, OFFICE-ADDINS §2.2); Chinese descriptions live in functions.zh-CN.json.
 *
 * The metadata generator registers only top-level `function` declarations with literal types, so keep
 * every signature literal (`any`, `number`, `string`, `any[][]`), optional parameters as `p?: T`.
 * CustomFunctionsMetadataPlugin appends the `CustomFunctions.associate` calls at build time; importing
 * this module in tests registers nothing.
 */
import { alignActual, scoreTargetActual } from "../core/score/evaluate";
import { capTotal, execRate, execScore } from "../core/score/budget";
import { gradeFor } from "../core/score/grade";
import { deviation, lamp, progress } from "../core/score/monitor";
import { linearScore, stepScore } from "../core/score/deductions";
import { naRescale, quantRate, weightCheck } from "../core/score/aggregate";
import { parseValue } from "../core/text/quantity";
import { cells, CellArg, denominator, indicatorValue, num, numberOrNull, optNum, orFail, profileArg } from "./args";
import { fail, perf, unreadable } from "./errors";

// The build appends `CustomFunctions.associate(...)` calls to this module; where office.js is absent (a page
// opened outside Office without it, node scripts) give them a harmless target instead of a ReferenceError.
const host = globalThis as { CustomFunctions?: { associate?: unknown } };
if (typeof host.CustomFunctions === "undefined") host.CustomFunctions = { associate: () => undefined };

/**
 * Budget execution rate (执行率) = executed / budget, as a ratio (0.9805 shows as 98.05% in a percent cell).
 * @customfunction EXECRATE EXECRATE
 * @param executed Amount executed (执行数).
 * @param budget Budget (预算数); zero or blank gives #DIV/0!.
 * @returns The execution rate as a ratio.
 */
function perfExecRate(executed: any, budget: any): number {
  return perf(() => orFail(execRate(num(executed, "执行数"), denominator(budget, "预算数")), fail.div0("预算数为零或空白")));
}

/**
 * Budget-execution score under the profile: national min(rate, 1) × weight; pmkpi rate × weight uncapped.
 * @customfunction EXECSCORE EXECSCORE
 * @param executed Amount executed (执行数).
 * @param budget Budget (预算数); zero or blank gives #DIV/0!.
 * @param weight Weight of the budget-execution item; default: the profile's (10, Hubei 20).
 * @param profile Rubric profile id ("national", "hubei", "pmkpi"…); default national.
 * @returns The score, rounded to 2 decimals.
 */
function perfExecScore(executed: any, budget: any, weight?: number, profile?: string): number {
  return perf(() => {
    const p = profileArg(profile);
    const rate = orFail(execRate(num(executed, "执行数"), denominator(budget, "预算数")), fail.div0("预算数为零或空白"));
    return execScore(rate, optNum(weight, "分值", p.budget.weight ?? 10), p.budget.formula);
  });
}

/**
 * Indicator score from target and actual: direction from the target's operator (≥ positive, ≤ reverse,
 * = or none equal); qualitative actuals (达成 / 部分达成 / 未达成) give the top of their tier.
 * @customfunction SCORE SCORE
 * @param target Target value (年度指标值) as text or number: "≥95%", "≤90万元", "=100%", 95.
 * @param actual Actual value (实际完成值): number, percent, or text such as "98%" or "达成年度指标".
 * @param weight Weight of the indicator (分值).
 * @param profile Rubric profile id; default national.
 * @returns The score, rounded to 2 decimals.
 */
function perfScore(target: any, actual: any, weight: number, profile?: string): number {
  return perf(() => {
    const t = indicatorValue(target);
    const a = indicatorValue(actual);
    const out = scoreTargetActual(t, a, num(weight, "分值"), profileArg(profile));
    if (out.ok) return out.score;
    switch (out.reason) {
      case "target-text":
        throw unreadable(t.raw);
      case "actual-text":
        throw unreadable(a.raw);
      case "placeholder":
        throw unreadable(`${t.kind === "placeholder" ? t.raw : a.raw}（模板占位符未填写）`);
      case "not-applicable":
        throw fail.na("指标不适用（/）");
      case "no-target":
        throw fail.na("缺少年度指标值");
      case "no-actual":
        throw fail.na("缺少实际完成值");
      default:
        throw fail.value("分值无效");
    }
  });
}

/**
 * Grade of a total score under the profile's bands (national: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差).
 * @customfunction GRADE GRADE
 * @param score Total score (总分).
 * @param profile Rubric profile id; default national.
 * @returns 优, 良, 中 or 差.
 */
function perfGrade(score: any, profile?: string): string {
  return perf(() => gradeFor(num(score, "总分"), profileArg(profile).gradeBands));
}

/**
 * Signed deviation (actual − target) / target; a percent target reads a ratio actual as a percentage.
 * @customfunction DEVIATION DEVIATION
 * @param target Target value (指标值): number or text such as "≥95%".
 * @param actual Actual value (实际完成值).
 * @returns The deviation as a ratio (−0.05 = 5% below target).
 */
function perfDeviation(target: any, actual: any): number {
  return perf(() => {
    const t = indicatorValue(target);
    const a = indicatorValue(actual);
    if (t.kind !== "number") throw unreadable(t.raw);
    if (a.kind !== "number") throw unreadable(a.raw);
    const tq = t.quantity!;
    return orFail(deviation(tq.value, alignActual(tq, a.quantity!)), fail.div0("指标值为零"));
  });
}

/**
 * Monitoring progress: (executed / budget) / (month / 12), as a ratio (0.8 = on 80% of the time-proportional pace).
 * @customfunction PROGRESS PROGRESS
 * @param executed Amount executed so far (执行数).
 * @param budget Budget (预算数); zero or blank gives #DIV/0!.
 * @param month Months elapsed (1–12).
 * @returns The progress ratio.
 */
function perfProgress(executed: any, budget: any, month: number): number {
  return perf(() => monitorProgress(executed, budget, month));
}

/**
 * Monitoring lamp by time-proportional progress: below 60% 红, below 80% 黄, else 绿.
 * @customfunction LAMP LAMP
 * @param executed Amount executed so far (执行数).
 * @param budget Budget (预算数); zero or blank gives #DIV/0!.
 * @param month Months elapsed (1–12).
 * @returns 红, 黄 or 绿.
 */
function perfLamp(executed: any, budget: any, month: number): string {
  return perf(() => lamp(monitorProgress(executed, budget, month)));
}

function monitorProgress(executed: CellArg, budget: CellArg, month: CellArg): number {
  const b = denominator(budget, "预算数");
  const m = num(month, "月份");
  if (m <= 0) throw fail.num("月份应大于 0");
  return orFail(progress(num(executed, "执行数"), b, m), fail.div0("预算数为零或空白"));
}

/**
 * Linear score between two thresholds, either direction (三公经费控制率: ≤100% full, ≥120% zero).
 * @customfunction LINSCORE LINSCORE
 * @param value Measured value (a ratio: 110% as 1.1 or "110%").
 * @param weight Weight (分值).
 * @param fullAt Value at or beyond which the full weight is given.
 * @param zeroAt Value at or beyond which the score is 0.
 * @returns The score, rounded to 2 decimals.
 */
function perfLinScore(value: any, weight: number, fullAt: number, zeroAt: number): number {
  return perf(() => linearScore(num(value, "数值"), num(weight, "分值"), num(fullAt, "满分点"), num(zeroAt, "零分点")));
}

/**
 * Step deductions floored at 0: each full step below fullAt deducts `deduction` points (固定资产在用率).
 * @customfunction STEPSCORE STEPSCORE
 * @param value Measured value (a ratio: 92% as 0.92).
 * @param weight Weight (分值).
 * @param fullAt Value at or above which the full weight is given.
 * @param step Size of one step below fullAt (0.01 = one percentage point).
 * @param deduction Points deducted per full step.
 * @returns The score, rounded to 2 decimals, never below 0.
 */
function perfStepScore(value: any, weight: number, fullAt: number, step: number, deduction: number): number {
  return perf(() =>
    stepScore(num(value, "数值"), num(weight, "分值"), num(fullAt, "满分点"), num(step, "步长"), num(deduction, "每步扣分")),
  );
}

/**
 * Total after the profile's execution-rate caps (platform-2022: rate below 80% caps the total at 89…).
 * @customfunction CAP CAP
 * @param total Total score (总分).
 * @param execRate Budget execution rate as a ratio (0.65 or "65%").
 * @param profile Rubric profile id; default national (no caps).
 * @returns The capped total.
 */
function perfCap(total: any, execRate: any, profile?: string): number {
  return perf(() => capTotal(num(total, "总分"), num(execRate, "执行率"), profileArg(profile).execCaps));
}

/**
 * Total rescaled to 100 over applicable rows: Σ applicable scores / Σ applicable weights × 100; a weight
 * of "/" or blank marks a row not applicable.
 * @customfunction NARESCALE NARESCALE
 * @param scores Scores (得分) of the rows.
 * @param weights Weights (分值) of the same rows.
 * @returns The rescaled total, rounded to 2 decimals.
 */
function perfNaRescale(scores: any[][], weights: any[][]): number {
  return perf(() => {
    const s = cells(scores);
    const w = cells(weights);
    if (s.values.length !== w.values.length) throw fail.value("得分区域与分值区域的大小不一致");
    const ws = w.values.map(numberOrNull);
    const ss = s.values.map((v) => numberOrNull(v));
    return orFail(naRescale(ss, ws), fail.div0("没有适用的指标（分值合计为零）"));
  });
}

/**
 * Quantification rate (量化率): share of targets that state a number; "/" and blank cells are skipped.
 * @customfunction QUANTRATE QUANTRATE
 * @param targets Target cells (年度指标值).
 * @returns The share as a ratio.
 */
function perfQuantRate(targets: any[][]): number {
  return perf(() => {
    const flags: boolean[] = [];
    for (const v of cells(targets).values) {
      if (v === 0 || typeof v === "boolean") continue;
      const p = parseValue(v ?? null);
      if (p.kind === "empty" || p.kind === "na") continue;
      flags.push(p.kind === "number");
    }
    return orFail(quantRate(flags), fail.div0("没有指标值"));
  });
}

/**
 * Weight check: Σ weights − expected, 0 when consistent (明细分值合计与总分之差).
 * @customfunction WEIGHTCHECK WEIGHTCHECK
 * @param weights Weights (分值) to add up; text that is not a number is skipped.
 * @param expected The weight they should add up to (e.g. 100, or the category's 50).
 * @returns The difference, rounded to 2 decimals.
 */
function perfWeightCheck(weights: any[][], expected: number): number {
  return perf(() => {
    const ws = cells(weights).values.map(numberOrNull).filter((x): x is number => x !== null);
    return weightCheck(ws, num(expected, "应有分值"));
  });
}

/**
 * Parse a target text into operator, value and unit ("≥95%" → ≥, 95, %), spilling into three cells.
 * @customfunction PARSETARGET PARSETARGET
 * @param text Target text (指标值), e.g. "≥95%", "≤90万元", "50个以上".
 * @returns One row: operator (blank when none), value, unit.
 */
function perfParseTarget(text: any): any[][] {
  return perf(() => {
    const p = indicatorValue(text);
    if (p.kind !== "number") throw unreadable(p.raw);
    const q = p.quantity!;
    return [[q.op ? q.op.glyph : "", q.value, q.unit]];
  });
}

/** The functions by id, for hosts that register them themselves (HyperFormula in tests and the bench). */
export const PERF_FUNCTIONS = {
  EXECRATE: perfExecRate,
  EXECSCORE: perfExecScore,
  SCORE: perfScore,
  GRADE: perfGrade,
  DEVIATION: perfDeviation,
  PROGRESS: perfProgress,
  LAMP: perfLamp,
  LINSCORE: perfLinScore,
  STEPSCORE: perfStepScore,
  CAP: perfCap,
  NARESCALE: perfNaRescale,
  QUANTRATE: perfQuantRate,
  WEIGHTCHECK: perfWeightCheck,
  PARSETARGET: perfParseTarget,
} as const;

export type PerfFunctionId = keyof typeof PERF_FUNCTIONS;
