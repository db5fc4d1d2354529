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
    // counted in one pass (no list of the rows with a target, none of flags): the rate quantRate gives
    let count = 0;
    let n = 0;
    let first: (typeof model.indicators)[number] | null = null;
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      if (!i.target || (i.target.kind !== "number" && i.target.kind !== "text")) continue;
      first ??= i;
      count++;
      if (i.target.kind === "number") n++;
    }
    if (count === 0 || !model.columns.targetValue || model.headerLastRow === null) return [];
    const rate = n / count;
    const out: FindingDraft = { cell: first!.targetCell!, messageId: "rate", data: { rate: pct(rate, 1), quantified: n, count } };
    return [out];
  },
};
