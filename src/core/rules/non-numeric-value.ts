import { parseOperator } from "../text/quantity";
import { FindingDraft, Rule } from "./types";

export const nonNumericValue: Rule = {
  meta: {
    id: "non-numeric-value",
    severity: "warning",
    families: ["project-self-eval", "dept-self-eval", "target-declaration", "monitoring"],
    title: { zh: "定量指标值无法识别为数值", en: "Quantitative value is not a number" },
    rationale: {
      zh: "定量指标（带运算符或数值的指标值）的实际完成值须为数值；标明运算符的指标值须为数值（定量指标的指标值为数值）。",
      en: "A quantitative target (with an operator or a number) needs a numeric actual, and an operator column needs a numeric target (定量指标的指标值为数值).",
    },
    source: "RULEBOOK §1.3, V-NUMERIC (PK-JS), §9.4 (DYX \"完成\")",
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    for (const i of model.indicators) {
      const op = i.opText ? parseOperator(i.opText) : null;
      if (op && i.target && i.target.kind === "text" && i.targetCell) {
        out.push({
          cell: i.targetCell,
          related: i.opCell ? [i.opCell] : [],
          message: `${i.name || "该指标"}标明「${i.opText}」，但指标值「${i.target.raw}」不是数值`,
          messageEn: `${i.name}: operator ${i.opText} but the target "${i.target.raw}" is not a number`,
        });
        continue;
      }
      // a quantitative target whose actual is text that says nothing about completion
      if (i.target?.kind === "number" && i.actual?.kind === "text" && !i.actualTier && i.actualCell) {
        out.push({
          cell: i.actualCell,
          related: i.targetCell ? [i.targetCell] : [],
          message: `${i.name || "该指标"}为定量指标（${i.target?.raw}），实际完成值「${i.actual.raw}」无法识别为数值`,
          messageEn: `${i.name}: quantitative target ${i.target?.raw}, but the actual "${i.actual.raw}" is not a number`,
        });
      }
    }
    return out;
  },
};
