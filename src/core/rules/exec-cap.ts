import { execCapFor } from "../score/budget";
import { basisWords, FindingDraft, pct, profileSeverity, Rule } from "./types";
import { exceedsTyped } from "../relations/tolerance";

export const execCap: Rule = {
  meta: {
    id: "exec-cap",
    severity: "error",
    families: ["project-self-eval", "dept-self-eval"],
    title: { zh: "总分超过执行率封顶分", en: "Total above the execution-rate cap" },
    rationale: {
      zh: "启用执行率封顶的规则方案（DESK33）时，执行率偏低会限制总分上限（70%–80% → 89 分，60%–70% → 79 分，低于 60% → 69 分，低于 50% → 59 分）。",
      en: "Under profiles with execution caps (DESK33), a low execution rate caps the total (70–80% → 89, 60–70% → 79, <60% → 69, <50% → 59).",
    },
    source: "RULEBOOK A-S8, A-V13, S-CAP-EXEC (DESK33)",
    messages: {
      capped: {
        zh: "预算执行率 {{rate}}，{{rules}}自评总分最高 {{cap}} 分，表中总分 {{total}} 分",
        en: "With an execution rate of {{rate}} the total is capped at {{cap}} {{rulesEn}}; the sheet shows {{total}}",
      },
    },
  },
  check(ctx) {
    const { model, profile, scores } = ctx;
    if (!profile.execCaps.length) return [];
    const rate = scores.budgetMain?.rate;
    const total = model.totals?.score;
    if (rate === null || rate === undefined || !total) return [];
    const cap = execCapFor(rate, profile.execCaps);
    if (cap === null || !exceedsTyped(total.value, cap)) return [];
    const basis = basisWords(ctx, "execCaps");
    const out: FindingDraft = {
      cell: total.cell,
      related: [scores.budgetMain!.item.rate?.cell ?? scores.budgetMain!.item.rateCell].filter((x): x is string => !!x),
      severity: profileSeverity(ctx, "error", "execCaps"),
      messageId: "capped",
      data: { rate: pct(rate), cap, total: total.value, rules: basis.zh, rulesEn: basis.en },
    };
    return [out];
  },
};
