import type { Grid } from "../grid/grid";
import type { EvaluationModel } from "../model/types";
import { compact } from "../text/normalize";
import { statedRatePoints } from "../relations/tolerance";
import { execScore, execScoreCeiling, execScoreFloor } from "../score/budget";
import type { BudgetOutcome } from "../score/evaluate";
import { agreesAt, lostIntegerPart } from "../text/numbers";
import { basisWords, FindingDraft, pct, profileAssumed, Rule } from "./types";

/** Words that state the budget-score rule: "得分 = 执行率 × 分值", "(20分*执行率)", "执行率*该指标分值". */
const RULE_TEXT = /执行率[^，。；;]{0,6}[*×xX乘][^，。；;]{0,8}(分值|权重|\d+分)|(分值|权重|\d+分)[^，。；;]{0,4}[*×xX乘][^，。；;]{0,4}执行率/;

/**
 * The cell where the sheet prints its budget-execution scoring rule: the budget block's rule text (a reason
 * or note cell), its header cells, or a note row anywhere in the sheet. Null when the sheet states none.
 */
export function printedExecRule(grid: Grid, model: EvaluationModel): string | null {
  const b = model.budget;
  if (!b) return null;
  if (b.ruleText && b.ruleCell && RULE_TEXT.test(compact(b.ruleText))) return b.ruleCell;
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      // compacted: a note in traditional characters (執行率×分值) states the same rule
      const t = grid.compactText(r, c);
      if (t.length >= 6 && /执行率/.test(t) && RULE_TEXT.test(t)) return grid.addr(r, c);
    }
  }
  return null;
}

/**
 * A budget line's outcome with the rate it prints where its amounts give none (重庆 部门整体: the 执行率 cell filled,
 * the amounts left blank; 0 of 0 printed 0) or give one only from amounts that lost their integer part (".5" of ".06":
 * lostIntegerPart, the rate's own rule tells them as a reminder only): 得分 = 执行率 × 分值 over the printed rate. The
 * outcome itself otherwise.
 */
function withStatedRate(b: BudgetOutcome): BudgetOutcome {
  if (!b.item.rate || !b.item.weight) return b;
  if (b.rate !== null && ![b.denominator, b.item.executed].some((n) => !!n && lostIntegerPart(n.text))) return b;
  const rate = statedRatePoints(b.item.rate) / 100;
  return { ...b, rate, score: execScore(rate, b.item.weight.value, b.formula) };
}

export const execScoreMismatch: Rule = {
  meta: {
    id: "exec-score-mismatch",
    severity: "error",
    families: ["project-self-eval", "dept-self-eval"],
    title: { zh: "预算执行得分与规则不符", en: "Budget-execution score differs from the rule" },
    rationale: {
      zh: "得分 = 执行率 × 分值，最高不超过分值；规则方案（pmkpi 不封顶）或表内注明的计分方法另有规定的从其规定；按显示精度比较。各地计分方法不同（分档、截尾、门槛），因此仅当表内注明计分方法、选择/识别出地区规则方案，或得分高于任何已知计分方法所能给出的分数（如执行率 50% 得 9 分）时报错，否则为提示（info）并写明所假定的口径。",
      en: "得分 = 执行率 × 分值, capped at the weight unless the profile (pmkpi) or the sheet's own rule text says otherwise; compared at the shown precision. Regions differ (steps, truncation, thresholds): an error only where the sheet prints the rule, a profile was chosen or detected, or the score is above what every known variant gives (50% scored 9); otherwise info naming the assumed rule.",
    },
    source: "RULEBOOK A-S1, A-V12 (LJ 7.29/7.29 → 10; CQ 76% × 10 = 7.6; PK-GRADE uncapped), §10",
    messages: {
      printed: {
        zh: "{{label}}：按表内注明的计分方法，执行率 {{rate}} × 分值 {{weight}}{{cap}} = {{expected}}，表中得分为 {{stated}}",
        en: "{{label}}: by the rule the sheet states, rate {{rate}} × weight {{weight}}{{capEn}} = {{expected}}, the sheet shows {{stated}}",
      },
      profile: {
        zh: "{{label}}：{{rules}}，执行率 {{rate}} × 分值 {{weight}}{{cap}} = {{expected}}，表中得分为 {{stated}}",
        en: "{{label}}: {{rulesEn}}, rate {{rate}} × weight {{weight}}{{capEn}} = {{expected}}, the sheet shows {{stated}}",
      },
      belowAnyRule: {
        zh: "{{label}}：执行率 {{rate}}，已知各地计分方法均给满分 {{weight}} 分，表中得分为 {{stated}}",
        en: "{{label}}: at an execution rate of {{rate}} every known rule gives the full {{weight}}; the sheet shows {{stated}}",
      },
      beyondAnyRule: {
        zh: "{{label}}：执行率 {{rate}}，已知各地计分方法（按比例、分档、取整）最高 {{ceiling}} 分，表中得分为 {{stated}}（{{rules}}应为 {{expected}}）",
        en: "{{label}}: at an execution rate of {{rate}} no known rule (linear, steps, rounding) gives more than {{ceiling}}; the sheet shows {{stated}} ({{rulesEn}}: {{expected}})",
      },
      lastDigit: {
        zh: "{{label}}：执行率 {{rate}} × 分值 {{weight}}{{cap}} = {{exact}}，表中得分 {{stated}} 只在末位相差，可能是中间结果的舍入方式不同",
        en: "{{label}}: rate {{rate}} × weight {{weight}}{{capEn}} = {{exact}}; the sheet's {{stated}} differs only in its last digit, probably rounding of an intermediate result",
      },
      sameInputs: {
        zh: "{{label}}与{{other}}的分值（{{weight}}）和执行率（{{rate}}）相同，得分却为 {{stated}} 与 {{otherScore}}：同一计分方法不会给出不同得分",
        en: "{{label}} and {{other}} have the same weight ({{weight}}) and rate ({{rate}}) but are scored {{stated}} and {{otherScore}}: no single rule gives both",
      },
      assumed: {
        zh: "{{label}}：表内未注明计分方法；{{rules}}（执行率 {{rate}} × 分值 {{weight}}{{cap}}）应为 {{expected}}，表中得分为 {{stated}}",
        en: "{{label}}: the sheet states no scoring rule; {{rulesEn}} (rate {{rate}} × weight {{weight}}{{capEn}}) it would be {{expected}}, the sheet shows {{stated}}",
      },
    },
  },
  check(ctx) {
    const { grid, model, scores } = ctx;
    const out: FindingDraft[] = [];
    let printed: string | null | undefined;
    const basis = basisWords(ctx, "budget");
    const total = scores.budget.find((b) => b.item.kind === "total");
    for (const outcome of scores.budget) {
      const stated = outcome.item.score;
      const b = withStatedRate(outcome);
      if (!stated || b.score === null || b.rate === null || !b.item.weight) continue;
      // a 其中 line repeating its total line (the same 分值, 执行率 and 得分) states the same score again: said once
      // (the rates computed, or as printed where both lines print one: a slip in the total's amount changes its computed
      // rate, not the line the 其中 line copies — the slip is told at the amount, not again at the copied 得分; a slip in
      // the total's printed rate is told at that rate)
      const t = total?.item;
      const sameRate = (total?.rate != null && Math.abs(total.rate - b.rate) < 1e-9) || (!!t?.rate && !!b.item.rate && statedRatePoints(t.rate) === statedRatePoints(b.item.rate));
      if (b.item.kind === "part" && t?.score && t.weight?.value === b.item.weight.value && t.score.value === stated.value && sameRate) continue;
      if (agreesAt(stated.value, b.score, stated.decimals, 0.01)) continue;
      if (printed === undefined) printed = printedExecRule(grid, model);
      const assumed = !printed && profileAssumed(ctx, "budget");
      // more than every regional variant gives at this rate: the sheet's own numbers contradict it
      const ceiling = execScoreCeiling(b.rate, b.item.weight.value);
      // (or less than every variant gives: full marks at 100% under any rule)
      // (the floor at the rate both computed and stated: a stated 82.12% over equal amounts is another finding)
      const floorRate = b.item.rate ? Math.min(b.rate, statedRatePoints(b.item.rate) / 100) : b.rate;
      // (kept: bounds of a score recomputed by every regional formula, the cent of their rounding and half a point below — no sum)
      const beyond = assumed && (stated.value > ceiling + 0.01 || stated.value < execScoreFloor(floorRate, b.item.weight.value) - 0.5);
      // (the printed rate where the score was checked over it: withStatedRate)
      const related = [b.denominator?.cell, b.item.executed?.cell, outcome.rate === null ? b.item.rate?.cell : null, b.item.weight.cell, printed ?? model.budget?.ruleCell].filter((c): c is string => !!c);
      const capped = b.formula === "capped";
      // one unit of the last shown digit (2.16 for 20 × 10.774% = 2.155): a rounding of a rounded rate, not a
      // different rule — a hint, whatever the evidence for the rule
      const exact = (capped ? Math.min(Math.max(b.rate, 0), 1) : Math.max(b.rate, 0)) * b.item.weight.value;
      const lastDigit = stated.decimals !== null && stated.decimals >= 2 && Math.abs(stated.value - exact) < 10 ** -stated.decimals + 1e-9;
      out.push({
        cell: stated.cell,
        related: [...new Set(related)],
        severity: lastDigit || (assumed && !beyond) ? "info" : "error",
        messageId: lastDigit ? "lastDigit" : printed ? "printed" : beyond ? (stated.value > ceiling ? "beyondAnyRule" : "belowAnyRule") : assumed ? "assumed" : "profile",
        data: {
          label: b.item.label.replace(/[:：]$/, ""),
          rate: pct(b.rate),
          weight: b.item.weight.value,
          expected: b.score,
          stated: stated.value,
          ceiling,
          exact: +exact.toFixed(4),
          cap: capped ? "（不超过分值）" : "",
          capEn: capped ? " (capped at the weight)" : "",
          rules: basis.zh,
          rulesEn: basis.en,
        },
      });
    }
    // two lines of the block with the same weight and rate (年度资金总额 and its one 其中 line) scored differently
    // contradict each other under any rule: an error at the second, whatever rule is assumed
    const lines = scores.budget.filter((b) => b.item.score && b.item.weight && b.rate !== null);
    for (let j = 1; j < lines.length; j++) {
      const b = lines[j];
      const a = lines.slice(0, j).find((x) => x.item.weight!.value === b.item.weight!.value && Math.abs(x.rate! - b.rate!) < 1e-9);
      if (!a || agreesAt(b.item.score!.value, a.item.score!.value, Math.min(b.item.score!.decimals ?? 2, a.item.score!.decimals ?? 2))) continue;
      const at = out.findIndex((d) => d.cell === b.item.score!.cell);
      if (at >= 0) out.splice(at, 1);
      out.push({
        cell: b.item.score!.cell,
        related: [a.item.score!.cell, b.item.weight!.cell, a.item.weight!.cell],
        severity: "error",
        messageId: "sameInputs",
        data: {
          label: b.item.label.replace(/[:：]$/, ""),
          other: a.item.label.replace(/[:：]$/, ""),
          weight: b.item.weight!.value,
          rate: pct(b.rate!),
          stated: b.item.score!.value,
          otherScore: a.item.score!.value,
        },
      });
    }
    return out;
  },
};
