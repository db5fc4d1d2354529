import { cutLine } from "../recognise/cut-row";
import { compact } from "../text/normalize";
import { blankCounts } from "../recognise/text-blank-counts";
import { blankForm, readFields, targetRows } from "./target-sheet";
import { FindingDraft, Rule } from "./types";

/** A bare placeholder: stars alone, or with an operator and a unit ("*", "**", "≥*台", "＊＊%"). */
const BARE_PLACEHOLDER = /^[≥≤=<>＞＜≧≦﹦＝]*[*＊]+[^\d]{0,6}$/;

/** A target that is only an operator and/or a unit, the number never typed in ("万人", "≧ %", "公里"). */
const UNIT_ONLY = /^[≥≤=<>＞＜≧≦﹦＝]*(%|％|‰|个|人|人次|万人|万人次|户|万户|台|套|处|公里|千米|米|平方米|万平方米|亩|万亩|吨|万吨|元|万元|次|项|所|家|座|天|日|个月|月|名|辆|件|册|场|期|批|条|间|株|头|只|张|份|篇|km|㎡)?$/;

/**
 * A 三级 text that is itself the target, a goal stated in words ("提高森林生态系统服务功能,显著改善项目区…的生态环境",
 * "增加就业机会,提高农民收入"): it opens with the verb of a change to bring about and names no measure to fill in.
 */
const GOAL_IN_NAME = /^(有效|显著|进一步|持续|全面|逐步|不断)?(提高|提升|改善|促进|增加|增强|保障|确保|推动|推进|加强|减少|降低|维护|保护|带动|助力|巩固)/;
const goalInName = (name: string) => {
  const c = compact(name);
  return c.length >= 8 && GOAL_IN_NAME.test(c) && !/[(（](≥|≤|>|<|=|＞|＜|[*＊])/.test(c);
};

export const placeholderValue: Rule = {
  meta: {
    id: "placeholder-value",
    severity: "error",
    families: "all",
    title: { zh: "模板占位符未填写", en: "Unfilled template placeholder" },
    rationale: {
      zh: "指标值或实际值中遗留了模板占位符，如 ≥**人次、**元/人·月、≤**%；绩效目标表中指标值为空、只有“*”或只有符号和单位（如“万人”“≧ %”）的指标行同样未填写（空白指标值的行仍是指标，不能悄悄略过）；三级指标本身以文字写明目标（如“提高森林生态系统服务功能，显著改善……生态环境”）而指标值为空的，仅作提示。通报等文字中计数未填写（“共件”“已办结件”“办结率%”，数字缺失）同样报出。",
      en: "Template placeholders such as ≥**人次, **元/人·月, ≤**% left in a target or actual; in a target sheet an indicator whose target is blank, a bare \"*\" or only an operator and a unit (\"万人\", \"≧ %\") is unfilled too (a row with a blank target is still an indicator). A line whose 三级 text states the target in words (a qualitative goal: 提高森林生态系统服务功能,显著改善…) with 指标值 blank is info. A sentence whose counts were never typed in (\"共件\", \"已办结件\", \"办结率%\": the number missing between the word and its unit) is reported too.",
    },
    source: "RULEBOOK C-V4, V-GOAL-CHARS (PK-GOAL; audit_agent 检测到未确定的占位符)",
    messages: {
      placeholder: { zh: "{{name}}的{{what}}「{{value}}」是未填写的模板占位符", en: "{{name}}: the {{whatEn}} \"{{value}}\" is an unfilled placeholder" },
      blankTarget: { zh: "{{name}}未填写指标值", en: "{{name}}: no target value" },
      blankCount: { zh: "句中计数未填写：「{{words}}」缺少数字", en: "counts left unfilled in the sentence: {{words}} has no number" },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    const done = new Set<string>();
    const declaration = model.family === "target-declaration";
    const rows = declaration ? targetRows(grid, model) : [];
    // a blank template's targets are the form's own blanks, not a filler's omission: hints only
    const hint = declaration && blankForm(readFields(grid, model), rows) ? { severity: "info" as const } : {};
    const report = (i: (typeof model.indicators)[number], raw: string, cell: string | null, what: string, whatEn: string): void => {
      if (!cell) return;
      done.add(cell);
      out.push({ cell, ...hint, messageId: "placeholder", data: { name: i.name || "该指标", what, whatEn, value: raw } });
    };
    // (no array per indicator, and a cell's address made only for a placeholder: this runs for every row)
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      const t = i.target;
      if (t && t.kind === "placeholder") report(i, t.raw, i.targetCell, "指标值", "target");
      const a = i.actual;
      if (a && a.kind === "placeholder") report(i, a.raw, i.actualCell, "实际完成值", "actual");
    }
    // target sheets: every indicator row needs a target (the recogniser sets blank-target rows aside)
    if (declaration) {
      // the line an excerpt stops in is cut off, not left unfilled
      const cut = cutLine(grid, model);
      for (const t of rows) {
        if (!t.targetCell || done.has(t.targetCell) || t.row === cut) continue;
        const c = compact(t.targetText);
        // a line the template marks optional ("经济效益指标(选填)") may stay blank: a hint only
        // and a line whose 三级 text states the target in words (a qualitative goal) leaves 指标值 empty by its layout
        const optional = /选填/.test(t.category + compact(t.name)) || goalInName(t.name) ? { severity: "info" as const } : hint;
        if (!c) out.push({ cell: t.targetCell, related: [t.nameCell], ...optional, messageId: "blankTarget", data: { name: t.name } });
        else if (BARE_PLACEHOLDER.test(c) || UNIT_ONLY.test(c)) out.push({ cell: t.targetCell, related: [t.nameCell], ...hint, messageId: "placeholder", data: { name: t.name, what: "指标值", whatEn: "target", value: t.targetText } });
      }
    }
    // a sentence's counts never typed in ("群众反映问题共件,…,已办结件,未办结件,办结率99%"): the number missing between a
    // count's word and its unit
    for (const b of blankCounts(grid)) if (!done.has(b.cell)) out.push({ cell: b.cell, messageId: "blankCount", data: { words: b.words.join("、") } });
    return out;
  },
};
