import { fmt, FindingDraft, Rule } from "./types";

export const overAchievement: Rule = {
  meta: {
    id: "over-achievement",
    severity: "warning",
    families: ["project-self-eval", "dept-self-eval", "monitoring"],
    title: { zh: "实际完成值远超目标", en: "Actual far beyond target" },
    rationale: {
      zh: "正向或等于指标的实际值达到目标值的规则方案倍数（pmkpi 为 120%）时提示复核：目标可能定得过低。",
      en: "A positive or equal indicator whose actual reaches the profile's factor of its target (pmkpi 120%) is flagged for review: the target was probably set too low.",
    },
    source: "RULEBOOK A-S6, V-FLAG-120 (PK-JS scorepercentage 1.2), S-OVER-PLAT (DESK33)",
  },
  check({ model, profile, scores }) {
    const out: FindingDraft[] = [];
    for (const i of model.indicators) {
      const o = scores.indicators.get(i.row);
      const c = o?.ok ? o.comparison : null;
      if (!c || !i.actualCell || c.target <= 0) continue;
      if (c.op?.dir === "le") continue;
      if (c.actual < profile.overAchievement.flagAt * c.target - 1e-9) continue;
      out.push({
        cell: i.actualCell,
        related: i.targetCell ? [i.targetCell] : [],
        message: `${i.name || "该指标"}实际完成 ${fmt(c.actual)}${c.unit}，为目标 ${fmt(c.target)}${c.unit} 的 ${Math.round((c.actual / c.target) * 100)}%，超过 ${Math.round(
          profile.overAchievement.flagAt * 100,
        )}%，请核实目标设置`,
        messageEn: `${i.name}: actual ${fmt(c.actual)} is ${Math.round((c.actual / c.target) * 100)}% of the target ${fmt(c.target)}`,
      });
    }
    return out;
  },
};
