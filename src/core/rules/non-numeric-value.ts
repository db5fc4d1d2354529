import { compact } from "../text/normalize";
import { parseOperator } from "../text/quantity";
import { isInstructionText } from "./missing-reason";
import { FindingDraft, Rule } from "./types";

export const nonNumericValue: Rule = {
  meta: {
    id: "non-numeric-value",
    // a hint: a value written as text is a form quirk, not a contradiction (the corpus truths list "≥100百分比" and
    // a target without its operator as observations); a reviewer reads it, the sheet's numbers are not wrong
    severity: "info",
    families: ["project-self-eval", "dept-self-eval", "target-declaration", "monitoring"],
    title: { zh: "定量指标值无法识别为数值", en: "Quantitative value is not a number" },
    rationale: {
      zh: "定量指标（带运算符或数值的指标值）的实际完成值须为数值；标明运算符的指标值须为数值（定量指标的指标值为数值）。文字值本身并非表内矛盾，因此为提示（info）。",
      en: "A quantitative target (with an operator or a number) needs a numeric actual, and an operator column needs a numeric target (定量指标的指标值为数值). A value written as text is no contradiction in the sheet, so a hint (info).",
    },
    source: "RULEBOOK §1.3, V-NUMERIC (PK-JS), §9.4 (DYX \"完成\")",
    messages: {
      target: { zh: "{{name}}标明「{{op}}」，但指标值「{{target}}」不是数值", en: "{{name}}: operator {{op}} but the target \"{{target}}\" is not a number" },
      actual: {
        zh: "{{name}}为定量指标（{{target}}），实际完成值「{{actual}}」无法识别为数值",
        en: "{{name}}: quantitative target {{target}}, but the actual \"{{actual}}\" is not a number",
      },
    },
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    for (const i of model.indicators) {
      const op = i.opText ? parseOperator(i.opText) : null;
      const name = i.name || "该指标";
      if (op && i.target && i.target.kind === "text" && i.targetCell) {
        out.push({ cell: i.targetCell, related: i.opCell ? [i.opCell] : [], messageId: "target", data: { name, op: i.opText!, target: i.target.raw } });
        continue;
      }
      // a quantitative target whose actual is text that says nothing about completion
      if (i.target?.kind === "number" && i.actual?.kind === "text" && !i.actualTier && i.actualCell) {
        const explained = !!i.reason && !!compact(i.reason) && !isInstructionText(i.reason);
        out.push({
          cell: i.actualCell,
          related: [i.targetCell, explained ? i.reasonCell : null].filter((x): x is string => !!x),
          messageId: "actual",
          data: { name, target: i.target.raw, actual: i.actual.raw },
        });
      }
    }
    return out;
  },
};
