import { compact } from "../text/normalize";
import { fmt, FindingDraft, pct, Rule } from "./types";

/** Instruction text left in a reason cell is not a reason ("…需说明原因(100字以内)"). */
export function isInstructionText(text: string | null): boolean {
  if (!text) return false;
  const c = compact(text);
  return /\(\d+字以内\)|需说明原因|应单独说明理由|请在.*中说明/.test(c);
}

function blank(text: string | null): boolean {
  return !text || !compact(text) || isInstructionText(text);
}

export const missingReason: Rule = {
  meta: {
    id: "missing-reason",
    severity: "error",
    families: ["project-self-eval", "dept-self-eval", "indicator-system", "monitoring"],
    title: { zh: "缺少偏差原因", en: "Missing reason" },
    rationale: {
      zh: "得分低于分值、未完成年度指标值，或执行率低于规则方案（或表内注明）的门槛（如四川 90%）时，必须填写偏差原因分析及改进措施。",
      en: "A reason is required when a score is below its weight or a target is missed (偏差原因分析及改进措施), and when execution is below the profile's threshold (Sichuan 90%).",
    },
    source: "RULEBOOK A-V7, V-REASON-MISS (DOCZJ; audit_agent), SC-V1/V-REASON-EXEC90 (QS, DYX)",
  },
  check({ model, profile, scores }) {
    const out: FindingDraft[] = [];
    for (const i of model.indicators) {
      if (!i.reasonCell || !blank(i.reason)) continue;
      const o = scores.indicators.get(i.row);
      const below = i.claimedScore !== null && i.weight !== null && i.claimedScore < i.weight - 0.005;
      const missed = !!o?.ok && o.missed && i.claimedScore !== null;
      if (!below && !missed) continue;
      const why = below ? `得分 ${fmt(i.claimedScore)} 低于分值 ${fmt(i.weight)}` : "实际完成值未达到年度指标值";
      out.push({
        cell: i.reasonCell,
        related: [i.scoreCell, i.actualCell].filter((x): x is string => !!x),
        message: `${i.name || "该指标"}${why}，但未填写偏差原因及改进措施`,
        messageEn: `${i.name}: ${below ? "score below weight" : "target missed"} but no reason is given`,
      });
    }
    // the profile's threshold, else the one the sheet itself prints ("预算执行率未达到90%的需说明原因")
    const threshold = profile.budget.reasonBelowRate ?? model.budget?.statedReasonBelowRate ?? null;
    if (threshold !== null) {
      for (const b of scores.budget) {
        if (b.item.kind !== "total" || b.rate === null || b.rate >= threshold - 1e-9) continue;
        if (!b.item.reasonCell || !blank(b.item.reason)) continue;
        out.push({
          cell: b.item.reasonCell,
          related: [b.item.rate?.cell ?? b.item.rateCell].filter((x): x is string => !!x),
          message: `预算执行率 ${pct(b.rate)} 未达到 ${pct(threshold, 0)}，需说明原因`,
          messageEn: `Execution rate ${pct(b.rate)} is below ${pct(threshold, 0)}: a reason is required`,
        });
      }
    }
    return out;
  },
};
