import { qualitativeBand } from "../score/indicator";
import { hasCell } from "../model/indicator-row";
import { basisWords, FindingDraft, profileSeverity, Rule } from "./types";
import { exceedsTyped, fallsShortTyped } from "../relations/tolerance";

const TIER_ZH = { met: "达成", partial: "部分达成", missed: "未达成" } as const;
const TIER_EN = { met: "met", partial: "partly met", missed: "missed" } as const;

export const qualitativeBandRule: Rule = {
  meta: {
    id: "qualitative-band",
    severity: "warning",
    families: ["project-self-eval", "dept-self-eval"],
    title: { zh: "定性指标得分不在等级区间", en: "Qualitative score outside its tier" },
    rationale: {
      zh: "定性指标“达成”得分在分值的 80%–100%，“部分达成”在 60%–80%，“未达成”在 0–60%（一体化系统口径）。表内未注明、也未选择或识别出地区口径时，仅作提示（info）。",
      en: "达成 scores in [80%, 100%] of the weight, 部分达成 in [60%, 80%), 未达成 in [0, 60%) (pmkpi). Without a chosen or detected profile the tiers are an assumption: info.",
    },
    source: "RULEBOOK A-S5, A-V6, V-QUAL-BAND (PK-SCORE selfqualscorecheck)",
    messages: {
      outside: {
        zh: "{{name}}完成情况为「{{tier}}」，{{rules}}得分应在 {{low}}–{{high}} 分之间，填报 {{score}} 分",
        en: "{{name}}: a \"{{tierEn}}\" completion scores between {{low}} and {{high}} {{rulesEn}}; the sheet shows {{score}}",
      },
    },
  },
  check(ctx) {
    const { model, profile, scores } = ctx;
    const out: FindingDraft[] = [];
    const basis = basisWords(ctx, "qualitativeTiers");
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      const o = scores.indicators.get(i.row);
      if (!o?.ok || o.formula !== "qualitative" || !o.tier || i.claimedScore === null || i.weight === null || !hasCell(i, "scoreCell")) continue;
      const [lo, hi] = qualitativeBand(o.tier, i.weight, profile);
      const inside = !fallsShortTyped(i.claimedScore, lo) && (o.tier === "met" ? !exceedsTyped(i.claimedScore, hi) : i.claimedScore < hi);
      if (inside) continue;
      out.push({
        cell: i.scoreCell!,
        related: [i.actualCell, i.weightCell].filter((x): x is string => !!x),
        severity: profileSeverity(ctx, "warning", "qualitativeTiers"),
        messageId: "outside",
        data: { name: i.name || "该指标", tier: TIER_ZH[o.tier], tierEn: TIER_EN[o.tier], low: lo, high: hi, score: i.claimedScore, rules: basis.zh, rulesEn: basis.en },
      });
    }
    return out;
  },
};
