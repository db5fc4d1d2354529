import { quantRate } from "../score/aggregate";
import { FindingDraft, pct, Rule } from "./types";

export const quantificationRate: Rule = {
  meta: {
    id: "quantification-rate",
    severity: "info",
    families: ["project-self-eval", "dept-self-eval", "target-declaration", "monitoring", "indicator-system"],
    title: { zh: "指标量化率", en: "Share of quantified targets" },
    rationale: {
      zh: "量化率 = 定量三级指标数 ÷ 三级指标总数；仅作统计，未查到全国统一的最低要求。",
      en: "量化率 = 定量三级指标数 / 三级指标总数; reported as a metric (no national minimum was found).",
    },
    source: "RULEBOOK M-QUANT-RATE, C-V12 (SEED001)",
    messages: {
      rate: { zh: "指标量化率 {{rate}}（{{quantified}}/{{count}} 个指标有数值目标）", en: "Quantified targets: {{rate}} ({{quantified}} of {{count}})" },
    },
  },
  check({ model }) {
    const withTarget = model.indicators.filter((i) => i.target && (i.target.kind === "number" || i.target.kind === "text"));
    const rate = quantRate(withTarget.map((i) => i.target!.kind === "number"));
    if (rate === null || !model.columns.targetValue || model.headerLastRow === null) return [];
    const n = withTarget.filter((i) => i.target!.kind === "number").length;
    const out: FindingDraft = { cell: withTarget[0].targetCell!, messageId: "rate", data: { rate: pct(rate, 1), quantified: n, count: withTarget.length } };
    return [out];
  },
};
