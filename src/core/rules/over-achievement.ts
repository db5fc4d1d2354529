import { basisWords, FindingDraft, profileSeverity, Rule } from "./types";
import { hasCell } from "../model/indicator-row";

export const overAchievement: Rule = {
  meta: {
    id: "over-achievement",
    severity: "warning",
    families: ["project-self-eval", "dept-self-eval", "monitoring"],
    title: { zh: "实际完成值远超目标", en: "Actual far beyond target" },
    rationale: {
      zh: "正向或等于指标的实际值达到目标值的规则方案倍数（一体化系统 120%，广西、平台 130%）时提示复核：目标可能定得过低。倍数因地区而异：未选择或识别出地区口径时仅作提示（info）。",
      en: "A positive or equal indicator whose actual reaches the profile's factor of its target (pmkpi 120%, Guangxi/platform 130%) is flagged for review. The factor differs by region: without a chosen or detected profile it is info.",
    },
    source: "RULEBOOK A-S6, V-FLAG-120 (PK-JS scorepercentage 1.2), S-OVER-PLAT (DESK33)",
    messages: {
      over: {
        zh: "{{name}}实际完成 {{actual}}，为目标 {{target}} 的 {{percent}}%，{{rules}}超过 {{flagAt}}% 须复核，请核实目标设置",
        en: "{{name}}: actual {{actual}} is {{percent}}% of the target {{target}}, at or above {{flagAt}}% {{rulesEn}}",
      },
    },
  },
  check(ctx) {
    const { model, profile, scores } = ctx;
    const out: FindingDraft[] = [];
    const basis = basisWords(ctx, "overAchievement");
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      const o = scores.indicators.get(i.row);
      const c = o?.ok ? o.comparison : null;
      if (!c || !hasCell(i, "actualCell") || c.target <= 0) continue;
      if (c.op?.dir === "le") continue;
      if (c.actual < profile.overAchievement.flagAt * c.target - 1e-9) continue;
      out.push({
        cell: i.actualCell!,
        related: i.targetCell ? [i.targetCell] : [],
        severity: profileSeverity(ctx, "warning", "overAchievement"),
        messageId: "over",
        data: {
          name: i.name || "该指标",
          actual: `${+c.actual.toFixed(2)}${c.unit}`,
          target: `${+c.target.toFixed(2)}${c.unit}`,
          percent: Math.round((c.actual / c.target) * 100),
          flagAt: Math.round(profile.overAchievement.flagAt * 100),
          rules: basis.zh,
          rulesEn: basis.en,
        },
      });
    }
    return out;
  },
};
