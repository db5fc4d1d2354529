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
    const cells = [
      ...model.indicators.map((i) => ({ v: i.claimedScore, cell: i.scoreCell, name: i.name })),
      ...allGroups(model.groups).map((g) => ({ v: g.score?.value ?? null, cell: g.score?.cell ?? null, name: g.name || g.label })),
      ...(model.budget?.items ?? []).map((b) => ({ v: b.score?.value ?? null, cell: b.scoreCell, name: b.label })),
      { v: model.totals?.score?.value ?? null, cell: model.totals?.score?.cell ?? null, name: "总分" },
    ];
    for (const c of cells) {
      if (c.v !== null && c.cell && c.v < 0) {
        out.push({ cell: c.cell, messageId: "negative", data: { name: c.name || "该项", score: c.v } });
      }
    }
    return out;
  },
};
