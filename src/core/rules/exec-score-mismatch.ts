import { agreesAt } from "../text/numbers";
import { fmt, FindingDraft, pct, Rule } from "./types";

export const execScoreMismatch: Rule = {
  meta: {
    id: "exec-score-mismatch",
    severity: "error",
    families: ["project-self-eval", "dept-self-eval"],
    title: { zh: "预算执行得分与规则不符", en: "Budget-execution score differs from the rule" },
    rationale: {
      zh: "得分 = 执行率 × 分值，最高不超过分值；规则方案（pmkpi 不封顶）或表内注明的计分方法另有规定的从其规定；按显示精度比较。",
      en: "得分 = 执行率 × 分值, capped at the weight unless the profile (pmkpi) or the sheet's own rule text says otherwise; compared at the shown precision.",
    },
    source: "RULEBOOK A-S1, A-V12 (LJ 7.29/7.29 → 10; CQ 76% × 10 = 7.6; PK-GRADE uncapped)",
  },
  check({ model, scores }) {
    const out: FindingDraft[] = [];
    for (const b of scores.budget) {
      const stated = b.item.score;
      if (!stated || b.score === null || b.rate === null || !b.item.weight) continue;
      if (agreesAt(stated.value, b.score, stated.decimals, 0.01)) continue;
      const related = [b.denominator?.cell, b.item.executed?.cell, b.item.weight.cell, model.budget?.ruleCell].filter(
        (c): c is string => !!c,
      );
      out.push({
        cell: stated.cell,
        related: [...new Set(related)],
        message: `${b.item.label.replace(/[:：]$/, "")}：执行率 ${pct(b.rate)} × 分值 ${fmt(b.item.weight.value)}${
          b.formula === "capped" ? "（不超过分值）" : ""
        } = ${fmt(b.score)}，表中得分为 ${fmt(stated.value)}`,
        messageEn: `${b.item.label}: rate ${pct(b.rate)} × weight ${fmt(b.item.weight.value)} = ${fmt(b.score)}, the sheet shows ${fmt(stated.value)}`,
      });
    }
    return out;
  },
};
