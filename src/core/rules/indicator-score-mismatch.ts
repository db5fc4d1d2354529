import { fmt, FindingDraft, Rule } from "./types";

const FORMULA_ZH: Record<string, string> = {
  positive: "正向指标 B/A×分值",
  "reverse-pmkpi": "反向指标 (1−(B−A)/A)×分值",
  "reverse-ratio": "反向指标 A/B×分值",
  equal: "等于指标 B/A×分值",
  qualitative: "定性指标",
  coefficient: "得分系数×权重",
};

export const indicatorScoreMismatch: Rule = {
  meta: {
    id: "indicator-score-mismatch",
    severity: "warning",
    families: ["project-self-eval", "dept-self-eval"],
    title: { zh: "指标得分与计分公式不符", en: "Indicator score differs from the formula" },
    rationale: {
      zh: "按正向、反向、等于指标的计分公式重新计算并与填报得分比较（容差 0.01）；自评扣分低于公式值很常见，因此为警告。",
      en: "Recompute positive/reverse/equal scores and compare with the entered 得分 (tolerance 0.01). A warning: self-deduction below the formula value is common (LJ).",
    },
    source: "RULEBOOK A-V5, V-SCORE-RECALC (PK-SCORE; LJ self-deduction)",
  },
  check({ model, scores }) {
    const out: FindingDraft[] = [];
    for (const i of model.indicators) {
      const o = scores.indicators.get(i.row);
      if (!o?.ok || o.formula === "qualitative" || i.claimedScore === null || !i.scoreCell) continue;
      if (Math.abs(i.claimedScore - o.score) <= 0.01 + 1e-9) continue;
      const c = o.comparison;
      out.push({
        cell: i.scoreCell,
        related: [i.targetCell, i.actualCell, i.weightCell].filter((x): x is string => !!x),
        message: `${i.name || "该指标"}：按${FORMULA_ZH[o.formula]}${c ? `（目标 ${fmt(c.target)}${c.unit}，实际 ${fmt(c.actual)}${c.unit}）` : ""}应得 ${fmt(
          o.score,
        )} 分，填报 ${fmt(i.claimedScore)} 分`,
        messageEn: `${i.name}: the ${o.formula} formula gives ${fmt(o.score)}, the sheet shows ${fmt(i.claimedScore)}`,
      });
    }
    return out;
  },
};
