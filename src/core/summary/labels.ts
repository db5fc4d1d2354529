import type { Family } from "../model/types";
import { RULES } from "../rules";
import type { Severity } from "../rules/types";

export type SummaryLang = "zh" | "en";

/** Family names in words (DESIGN §2). */
export const FAMILY_NAMES: Record<Family, { zh: string; en: string }> = {
  "project-self-eval": { zh: "项目支出绩效自评表", en: "Project self-evaluation" },
  "dept-self-eval": { zh: "部门整体支出绩效自评表", en: "Department self-evaluation" },
  "dept-basic-data": { zh: "部门整体支出绩效评价基础数据表", en: "Department basic data" },
  "indicator-system": { zh: "评价指标体系 / 评分表", en: "Indicator system / scoring table" },
  "target-declaration": { zh: "绩效目标申报表", en: "Performance target declaration" },
  monitoring: { zh: "绩效运行监控表", en: "Monitoring sheet" },
  assessment: { zh: "预算绩效管理工作考核表", en: "Budget-performance management assessment" },
  "evaluation-summary": { zh: "绩效评价概要表", en: "Evaluation summary" },
  unknown: { zh: "未识别", en: "Not recognised" },
};

export const SEVERITY_NAMES: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

export function familyName(family: string, lang: SummaryLang = "zh"): string {
  return (FAMILY_NAMES as Record<string, { zh: string; en: string }>)[family]?.[lang] ?? family;
}

export function severityName(severity: Severity, lang: SummaryLang = "zh"): string {
  return SEVERITY_NAMES[severity][lang];
}

const TITLES = new Map(RULES.map((r) => [r.meta.id, r.meta.title]));

/** A rule's title in words; an id no rule carries is shown as it is. */
export function ruleTitle(rule: string, lang: SummaryLang = "zh"): string {
  return TITLES.get(rule)?.[lang] ?? rule;
}

/** A summary row's sheet in words: its name, and for one of the forms stacked on it, that form's rows. */
export function sheetLabel(r: { sheet: string; rows?: { from: number; to: number } }, lang: SummaryLang): string {
  if (!r.rows) return r.sheet;
  return lang === "en" ? `${r.sheet} (rows ${r.rows.from}–${r.rows.to})` : `${r.sheet}（第 ${r.rows.from}–${r.rows.to} 行）`;
}
