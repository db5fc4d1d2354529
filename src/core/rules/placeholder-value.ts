import { FindingDraft, Rule } from "./types";

export const placeholderValue: Rule = {
  meta: {
    id: "placeholder-value",
    severity: "error",
    families: "all",
    title: { zh: "模板占位符未填写", en: "Unfilled template placeholder" },
    rationale: {
      zh: "指标值或实际值中遗留了模板占位符，如 ≥**人次、**元/人·月、≤**%。",
      en: "Template placeholders such as ≥**人次, **元/人·月, ≤**% left in a target or actual.",
    },
    source: "RULEBOOK C-V4, V-GOAL-CHARS (PK-GOAL; audit_agent 检测到未确定的占位符)",
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    for (const i of model.indicators) {
      for (const [v, cell, what] of [
        [i.target, i.targetCell, "指标值"],
        [i.actual, i.actualCell, "实际完成值"],
      ] as const) {
        if (v?.kind === "placeholder" && cell) {
          out.push({ cell, message: `${i.name || "该指标"}的${what}「${v.raw}」是未填写的模板占位符`, messageEn: `${i.name}: "${v.raw}" is an unfilled placeholder` });
        }
      }
    }
    return out;
  },
};
