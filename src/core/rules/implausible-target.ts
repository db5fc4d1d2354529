import { compact } from "../text/normalize";
import { fmt, FindingDraft, Rule } from "./types";

export const implausibleTarget: Rule = {
  meta: {
    id: "implausible-target",
    severity: "warning",
    families: ["project-self-eval", "dept-self-eval", "target-declaration", "monitoring"],
    title: { zh: "指标值设置不合理", en: "Implausible target" },
    rationale: {
      zh: "比率或满意度类指标值超过 100%（如满意度“290%”）、成本指标使用“≥”（应设上限却设了下限），几乎都是填写错误。",
      en: "A rate or satisfaction target above 100% (\"290%\" for 满意度), and a 成本指标 with ≥ (a cost floor where a ceiling is meant), are almost always typing mistakes.",
    },
    source: "RULEBOOK C-V6, C-V7 (audit_agent V-GOAL-COSTOP, V-GOAL-PCT); corpus 043 (290%)",
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    for (const i of model.indicators) {
      const q = i.target?.kind === "number" ? i.target.quantity! : null;
      if (!q || !i.targetCell) continue;
      const percent = q.percent || (!!i.unit && /^(%|百分比)$/.test(compact(i.unit)));
      const name = compact(i.name);
      if (percent && q.value > 100 && /(率|满意度|比例|占比)/.test(name) && q.op?.dir !== "le") {
        out.push({
          cell: i.targetCell,
          message: `${i.name}的指标值 ${fmt(q.value)}% 超过 100%，请核实`,
          messageEn: `${i.name}: a target of ${fmt(q.value)}% is above 100%`,
        });
        continue;
      }
      const category = compact(i.level2?.label ?? i.path[1] ?? "");
      const op = q.op ?? null;
      if (/成本/.test(category) && op?.dir === "ge" && !/率$/.test(name)) {
        out.push({
          cell: i.targetCell,
          message: `成本指标「${i.name}」使用了「${op.glyph}」（下限），成本指标通常应设上限（≤）`,
          messageEn: `Cost indicator ${i.name} uses ${op.glyph}; cost targets are normally upper bounds (≤)`,
        });
      }
    }
    return out;
  },
};
