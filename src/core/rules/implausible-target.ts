import { LOWER_IS_BETTER } from "../text/labels";
import { compact } from "../text/normalize";
import { unitIsPercent } from "../text/quantity";
import { hasCell } from "../model/indicator-row";
import { FindingDraft, Rule } from "./types";

/** patterns of the per-row tests below (module constants: a literal in a function makes a RegExp on every call) */
const GROWTH_WORD = /增长|增幅|提高|提升|增加/;
const SHARE_WORD = /(率|满意度|比例|占比)/;
const SATISFACTION_WORD = /满意度/;
const COST_WORD = /成本/;
const RATE_END = /率$/;

/** Rates that are a share of a whole and cannot exceed 100% (a 完成率 or 增长率 can). */
const BOUNDED_RATE = /满意度|满意率|合格率|达标率|覆盖率|知晓率|准确率|正确率|入学率|参保率|及格率/;

/** The last figure a cell's text prints ("采购的原原种合格率290$" → 290, "≥90%" → 90), or null. */
function lastFigure(raw: string): number | null {
  const m = /(\d+(?:\.\d+)?)\D*$/.exec(compact(raw));
  return m ? Number(m[1]) : null;
}

export const implausibleTarget: Rule = {
  meta: {
    id: "implausible-target",
    severity: "warning",
    families: ["project-self-eval", "dept-self-eval", "target-declaration", "monitoring"],
    title: { zh: "指标值设置不合理", en: "Implausible target" },
    rationale: {
      zh: "比率或满意度类指标值超过 100%（如满意度“290%”）几乎都是填写错误；成本指标使用“≥”（应设上限却设了下限）；越低越好的比率（逾期发放率、事故发生率）设了大于 0 的下限。两者在目标申报表中为警告（目标仍可修改）；自评表中目标早已批复，表内自身并不矛盾（补助标准等也确有下限），仅作提示（info）。满意度、合格率等占比类指标的实际完成值超过 100% 不可能成立，为警告；但同一行的指标值印着同一数字（实际值只是照抄了指标值的错误）时，按指标值的情形处理（自评表中仅作提示）。",
      en: "A rate or satisfaction target above 100% (\"290%\" for 满意度) is almost always a typing mistake; a 成本指标 with ≥ sets a floor where a cap is expected, and so does a floor above 0 on a rate that is better when lower (逾期发放率, 事故发生率). Both are warnings in a target sheet, where the target can still be changed (audit_agent); in a self-evaluation the target was approved long ago and the sheet does not contradict itself (subsidy standards legitimately set floors): info. A share of a whole (满意度, 合格率 …) achieved above 100% is impossible: a warning; where the row's own target prints the same figure (the actual only repeats the target's slip) it is told as the target's is (info in a self-evaluation).",
    },
    source: "RULEBOOK C-V6, C-V7 (audit_agent V-GOAL-COSTOP, V-GOAL-PCT); corpus 043 (290%)",
    messages: {
      above100: { zh: "{{name}}的指标值 {{value}}% 超过 100%，请核实", en: "{{name}}: a target of {{value}}% is above 100%" },
      actualAbove100: {
        zh: "{{name}}的实际完成值 {{value}}% 超过 100%，该比率不可能超过 100%，请核实",
        en: "{{name}}: an achieved {{value}}% is above 100%, which this rate cannot exceed",
      },
      lowerFloor: {
        zh: "「{{name}}」越低越好，指标值却设为「{{op}}{{value}}%」（下限），请核实",
        en: "{{name}} is better when lower, but its target is a floor ({{op}}{{value}}%)",
      },
      costFloor: {
        zh: "成本指标「{{name}}」使用了「{{op}}」（下限），成本指标通常应设上限（≤），请核实",
        en: "Cost indicator {{name}} uses {{op}}; cost targets are normally upper bounds (≤)",
      },
    },
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    // while a target is being set (目标申报) it is worth a warning (audit_agent); afterwards only a hint
    const severity = model.family === "target-declaration" ? {} : { severity: "info" as const };
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      // a share of a whole achieved above 100% (满意度 290%) is impossible whatever the target: the sheet is wrong
      const a = i.actual?.kind === "number" ? i.actual.quantity! : null;
      // (the address asked last: it is made on every read)
      if (a && a.value > 100 && (a.percent || (!!i.unit && unitIsPercent(compact(i.unit)))) && BOUNDED_RATE.test(compact(i.name)) && i.actualCell) {
        // the row's own target prints the same figure ("…合格率290$" over "290%"): the actual only repeats the target's
        // slip, the row agrees with itself — the figure is the target's, told as the target's is (a hint once approved)
        const repeats = i.target ? lastFigure(i.target.raw) === a.value : false;
        const hint = repeats && model.family !== "target-declaration";
        out.push({ cell: i.actualCell, severity: hint ? "info" : "warning", messageId: "actualAbove100", data: { name: i.name, value: a.value } });
      }
      const q = i.target?.kind === "number" ? i.target.quantity! : null;
      if (!q || !hasCell(i, "targetCell")) continue;
      const unitPercent = !!i.unit && unitIsPercent(compact(i.unit));
      const percent = q.percent || unitPercent;
      const name = compact(i.name);
      const growth = GROWTH_WORD.test(name);
      if (percent && q.value > 100 && q.op?.dir !== "le" && (SHARE_WORD.test(name) || (unitPercent && !growth)) && !(growth && !SATISFACTION_WORD.test(name))) {
        out.push({ cell: i.targetCell!, ...severity, messageId: "above100", data: { name: i.name, value: q.value } });
        continue;
      }
      // a rate that is better when lower (逾期发放率, 事故发生率) given a floor above 0: set the wrong way round
      if (percent && q.op?.dir === "ge" && q.value > 0 && LOWER_IS_BETTER.test(name)) {
        out.push({ cell: i.targetCell!, ...severity, messageId: "lowerFloor", data: { name: i.name, op: q.op.glyph, value: q.value } });
        continue;
      }
      const category = compact(i.level2?.label ?? i.path[1] ?? "");
      const op = q.op ?? null;
      if (COST_WORD.test(category) && op?.dir === "ge" && !RATE_END.test(name)) {
        out.push({ cell: i.targetCell!, ...severity, messageId: "costFloor", data: { name: i.name, op: op.glyph } });
      }
    }
    return out;
  },
};
