/**
 * A custom profile's validation issues (zod's English messages, from core/rubric) in the pane's words: the field
 * named in words and the problem in Chinese (English under en-US). core/rubric stays as it is.
 */
import type { Lang } from "./i18n";

type Words = { zh: string; en: string };

const FIELDS: Record<string, Words> = {
  extends: { zh: "继承的内置方案", en: "built-in profile it extends" },
  id: { zh: "方案编号", en: "profile id" },
  name: { zh: "方案名称", en: "profile name" },
  zh: { zh: "中文", en: "Chinese" },
  en: { zh: "英文", en: "English" },
  sources: { zh: "依据", en: "sources" },
  gradeBands: { zh: "等级标准", en: "grade bands" },
  grade: { zh: "等级名称", en: "grade name" },
  min: { zh: "最低分", en: "lowest score" },
  max: { zh: "最高分", en: "highest score" },
  below: { zh: "执行率低于", en: "execution rate below" },
  reverseFormula: { zh: "反向指标计分公式", en: "reverse-indicator formula" },
  qualitativeTiers: { zh: "定性指标档次", en: "qualitative tiers" },
  met: { zh: "达成", en: "met" },
  partial: { zh: "部分达成", en: "partly met" },
  missed: { zh: "未达成", en: "not met" },
  budget: { zh: "预算执行", en: "budget execution" },
  weight: { zh: "分值", en: "weight" },
  denominator: { zh: "执行率分母口径", en: "execution-rate denominator" },
  formula: { zh: "计分方式", en: "scoring formula" },
  reasonBelowRate: { zh: "须说明原因的执行率", en: "execution rate requiring a reason" },
  execCaps: { zh: "执行率封顶", en: "execution caps" },
  overAchievement: { zh: "超额完成", en: "over-achievement" },
  flagAt: { zh: "提示阈值", en: "flag threshold" },
  penalty: { zh: "扣分", en: "penalty" },
  penaltyAt: { zh: "扣分阈值", en: "penalty threshold" },
  scoreCoefficient: { zh: "得分系数", en: "score coefficient" },
  naRescale: { zh: "不适用指标折算", en: "rescale for not-applicable indicators" },
  firstLevelWeights: { zh: "一级指标分值", en: "first-level weights" },
  tolerance: { zh: "容差", en: "tolerance" },
};

const TYPES: Record<string, Words> = {
  number: { zh: "数字", en: "a number" },
  string: { zh: "文字", en: "text" },
  object: { zh: "对象 {…}", en: "an object {…}" },
  array: { zh: "列表 […]", en: "a list […]" },
  boolean: { zh: "true 或 false", en: "true or false" },
  undefined: { zh: "（未填写）", en: "(missing)" },
  null: { zh: "null", en: "null" },
};

/** "gradeBands.0.min" → "等级标准 第 1 项 最低分" / "grade bands, item 1, lowest score". */
export function fieldWords(path: string, lang: Lang): string {
  if (!path || path === "(root)") return lang === "en-US" ? "the profile" : "整个方案";
  const en = lang === "en-US";
  return path
    .split(".")
    .map((seg) => (/^\d+$/.test(seg) ? (en ? `item ${Number(seg) + 1}` : `第 ${Number(seg) + 1} 项`) : (FIELDS[seg]?.[en ? "en" : "zh"] ?? seg)))
    .join(en ? ", " : " ");
}

const type = (t: string, en: boolean) => TYPES[t]?.[en ? "en" : "zh"] ?? t;

/** zod's message in the pane's language. Unknown messages are kept (in English) rather than guessed. */
export function issueWords(message: string, lang: Lang): string {
  const en = lang === "en-US";
  let m: RegExpExecArray | null;
  if ((m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message))) {
    if (m[2] === "undefined") return en ? `missing: ${type(m[1], en)} is required` : `缺少此项：应填写${type(m[1], en)}`;
    return en ? `should be ${type(m[1], en)}, not ${type(m[2], en)}` : `应为${type(m[1], en)}，而不是${type(m[2], en)}`;
  }
  if ((m = /^Invalid option: expected one of (.+)$/.exec(message))) {
    const opts = m[1].split("|").join(en ? ", " : "、");
    return en ? `should be one of ${opts}` : `只能是 ${opts} 之一`;
  }
  if ((m = /^Too small: expected array to have >=?(\d+) items?$/.exec(message))) return en ? `needs at least ${m[1]} items` : `至少需要 ${m[1]} 项`;
  if ((m = /^Too small: expected (?:number|string) to (?:be|have) >(=?)(\d+(?:\.\d+)?)( characters)?$/.exec(message)))
    return m[3] ? (en ? `must not be empty` : `不能为空`) : en ? `must be ${m[1] ? "at least" : "more than"} ${m[2]}` : `应${m[1] ? "不小于" : "大于"} ${m[2]}`;
  if ((m = /^Too big: expected number to be <(=?)(\d+(?:\.\d+)?)$/.exec(message))) return en ? `must be ${m[1] ? "at most" : "less than"} ${m[2]}` : `应${m[1] ? "不大于" : "小于"} ${m[2]}`;
  if (/^unknown profile$/.test(message)) return en ? "no built-in profile has this id" : "没有这个内置方案";
  if (/^id: lower-case letters/.test(message)) return en ? "use lower-case letters, digits and '-' only" : "只能用小写字母、数字和“-”";
  if ((m = /^Unrecognized keys?: (.+)$/.exec(message))) return en ? `unknown field ${m[1]}` : `无法识别的字段 ${m[1]}`;
  if (/not valid JSON|Unexpected token|Expected property name|JSON/.test(message)) return en ? "not valid JSON (check quotes, commas and braces)" : "不是有效的 JSON（请检查引号、逗号和括号）";
  return message;
}

/** One issue as the pane shows it. */
export function profileIssueText(issue: { path: string; message: string }, lang: Lang): { field: string; message: string } {
  return { field: fieldWords(issue.path, lang), message: issueWords(issue.message, lang) };
}

/** A short field guide shown beside the JSON box. */
export const PROFILE_GUIDE: Words = {
  zh: "常用字段：extends（继承的内置方案，如 national）、id（方案编号，小写字母和“-”）、name（{\"zh\": 中文名称, \"en\": 英文名称}）、gradeBands（等级标准，如 [{\"grade\":\"优\",\"min\":90}, …]，最低分为数字）、budget.denominator（执行率分母：adjusted 调整后预算数 / initial 年初预算数）。",
  en: "Common fields: extends (the built-in profile, e.g. national), id (lower-case letters and '-'), name ({\"zh\": …, \"en\": …}), gradeBands ([{\"grade\":\"优\",\"min\":90}, …], min is a number), budget.denominator (adjusted or initial).",
};
