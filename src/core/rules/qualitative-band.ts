import { qualitativeBand } from "../score/indicator";
import { fmt, FindingDraft, Rule } from "./types";

const TIER_ZH = { met: "达成", partial: "部分达成", missed: "未达成" } as const;

export const qualitativeBandRule: Rule = {
  meta: {
    id: "qualitative-band",
    severity: "warning",
    families: ["project-self-eval", "dept-self-eval"],
    title: { zh: "定性指标得分不在等级区间", en: "Qualitative score outside its tier" },
    rationale: {
      zh: "定性指标“达成”得分在分值的 80%–100%，“部分达成”在 60%–80%，“未达成”在 0–60%。",
      en: "达成 scores in [80%, 100%] of the weight, 部分达成 in [60%, 80%), 未达成 in [0, 60%).",
    },
    source: "RULEBOOK A-S5, A-V6, V-QUAL-BAND (PK-SCORE selfqualscorecheck)",
  },
  check({ model, profile, scores }) {
    const out: FindingDraft[] = [];
    for (const i of model.indicators) {
      const o = scores.indicators.get(i.row);
      if (!o?.ok || o.formula !== "qualitative" || !o.tier || i.claimedScore === null || i.weight === null || !i.scoreCell) continue;
      const [lo, hi] = qualitativeBand(o.tier, i.weight, profile);
      const inside = i.claimedScore >= lo - 0.005 && (o.tier === "met" ? i.claimedScore <= hi + 0.005 : i.claimedScore < hi);
      if (inside) continue;
      out.push({
        cell: i.scoreCell,
        related: [i.actualCell, i.weightCell].filter((x): x is string => !!x),
        message: `${i.name || "该指标"}完成情况为「${TIER_ZH[o.tier]}」，得分应在 ${fmt(lo)}–${fmt(hi)} 分之间，填报 ${fmt(i.claimedScore)} 分`,
        messageEn: `${i.name}: a "${o.tier}" completion scores between ${fmt(lo)} and ${fmt(hi)}; the sheet shows ${fmt(i.claimedScore)}`,
      });
    }
    return out;
  },
};
