import { allGroups } from "../recognise";
import { FindingDraft, Rule } from "./types";

export const negativeScore: Rule = {
  meta: {
    id: "negative-score",
    severity: "error",
    families: "all",
    title: { zh: "得分为负", en: "Negative score" },
    rationale: {
      zh: "得分最低为 0（扣完为止）。",
      en: "Scores are floored at 0 (扣完为止).",
    },
    source: "RULEBOOK A-V3 (PK-JS), seed 002 扣完为止",
    messages: {
      negative: { zh: "{{name}}得分 {{score}} 为负数", en: "{{name}}: negative score {{score}}" },
    },
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    // (no object and no address per row: the score cell is addressed only for a negative score)
    for (let k = 0; k < model.indicators.length; k++) {
      const i = model.indicators[k];
      if (i.claimedScore !== null && i.claimedScore < 0) reportNegative(out, i.claimedScore, i.scoreCell, i.name);
    }
    for (let k = 0, groups = allGroups(model.groups); k < groups.length; k++) {
      const g = groups[k];
      reportNegative(out, g.score?.value ?? null, g.score?.cell ?? null, g.name || g.label);
    }
    for (const b of model.budget?.items ?? []) reportNegative(out, b.score?.value ?? null, b.scoreCell, b.label);
    // (an amount list's 合计 is no score: a clawback may make it negative)
    if (!model.totals?.amount) reportNegative(out, model.totals?.score?.value ?? null, model.totals?.score?.cell ?? null, "总分");
    return out;
  },
};

/** A negative score, at its cell (a function of its own, not a closure made per review). */
function reportNegative(out: FindingDraft[], v: number | null, cell: string | null, name: string): void {
  if (v !== null && cell && v < 0) out.push({ cell, messageId: "negative", data: { name: name || "该项", score: v } });
}
