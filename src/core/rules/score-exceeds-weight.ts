import { fmt, FindingDraft, Rule } from "./types";

export const scoreExceedsWeight: Rule = {
  meta: {
    id: "score-exceeds-weight",
    severity: "error",
    families: "all",
    title: { zh: "得分超过分值", en: "Score above its weight" },
    rationale: {
      zh: "得分不得超过分值（得分必须小于等于权重）。",
      en: "A score may never exceed its weight (得分必须小于等于权重).",
    },
    source: "RULEBOOK A-V3, V-SCORE-LE-W (PK-JS)",
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    for (const i of model.indicators) {
      if (i.claimedScore === null || i.weight === null || !i.scoreCell) continue;
      if (i.claimedScore > i.weight + 0.005) {
        out.push({
          cell: i.scoreCell,
          related: i.weightCell ? [i.weightCell] : [],
          message: `${i.name || "该指标"}得分 ${fmt(i.claimedScore)} 超过分值 ${fmt(i.weight)}`,
          messageEn: `${i.name || "Indicator"}: score ${fmt(i.claimedScore)} exceeds its weight ${fmt(i.weight)}`,
        });
      }
    }
    for (const b of model.budget?.items ?? []) {
      if (b.score && b.weight && b.score.value > b.weight.value + 0.005) {
        out.push({
          cell: b.score.cell,
          related: [b.weight.cell],
          message: `${b.label.replace(/[:：]$/, "")}预算执行得分 ${fmt(b.score.value)} 超过分值 ${fmt(b.weight.value)}`,
          messageEn: `Budget execution score ${fmt(b.score.value)} exceeds its weight ${fmt(b.weight.value)}`,
        });
      }
    }
    return out;
  },
};
