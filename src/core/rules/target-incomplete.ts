import { a1 } from "../grid/a1";
import { compact } from "../text/normalize";
import { TARGET_DIMENSIONS } from "../recognise/vocabulary";
import { FIELD_EN, FIELD_ZH, readFields, targetRows } from "./target-sheet";
import { FindingDraft, Rule } from "./types";

export const targetIncomplete: Rule = {
  meta: {
    id: "target-incomplete",
    severity: "error",
    families: ["target-declaration"],
    title: { zh: "绩效目标表填写不完整", en: "Target sheet incomplete" },
    rationale: {
      zh: "绩效目标申报/审批表的必填项（项目名称、主管部门、年度绩效目标）有标签而未填写的为错误，实施单位未填写仅作提示（常由主管部门自行实施）；一级指标应覆盖产出、效益、满意度三个维度，缺少维度为警告（全国框架，非表内规则）。",
      en: "A required field of a target sheet (项目名称, 主管部门, 年度绩效目标) whose label is there but whose value is blank is an error; a blank 实施单位 is info (the department often implements itself); the first-level indicators should cover output, benefit and satisfaction (a missing dimension is a warning: a national frame, not a rule the sheet prints).",
    },
    source: "RULEBOOK C-V5, V-GOAL-DIMS (audit_agent 缺少以下维度的具体指标项), §4.1 (RRD, JX, HX headers)",
    messages: {
      blankField: { zh: "{{field}}未填写", en: "The {{fieldEn}} is blank" },
      missingDimension: {
        zh: "一级指标缺少{{dimension}}（应包括产出、效益、满意度三类指标）",
        en: "No {{dimensionEn}} indicators (targets cover output, benefit and satisfaction)",
      },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    for (const f of readFields(grid, model)) {
      if (f.value) continue;
      out.push({
        cell: f.valueCell,
        related: f.valueCell !== f.labelCell ? [f.labelCell] : [],
        // the implementing unit is often the supervising department itself: a reminder only (as audit_agent)
        ...(f.key === "implementer" ? { severity: "info" as const } : {}),
        messageId: "blankField",
        data: { field: FIELD_ZH[f.key], fieldEn: FIELD_EN[f.key] },
      });
    }
    const l1 = model.columns.level1;
    const rows = targetRows(grid, model);
    if (l1 && model.headerRow && rows.length >= 1) {
      const labels = new Set<string>();
      for (const g of model.groups) if (g.level === 1) labels.add(compact(g.label));
      for (const r of rows) labels.add(grid.compactText(r.row, l1));
      const all = [...labels].join("|");
      for (const d of TARGET_DIMENSIONS) {
        if (d.names.test(all)) continue;
        out.push({ cell: a1(model.headerRow, l1), severity: "warning", messageId: "missingDimension", data: { dimension: d.zh, dimensionEn: d.en } });
      }
    }
    return out;
  },
};
