/**
 * Rule sources and scoring methods in plain words for the pane (zh-CN / en-US). The RULEBOOK keys (`A-V5`,
 * `S-POS`, `G-NAT`) never reach the screen: callers keep them in a tooltip or a data attribute for support.
 */
import type { Lang } from "./i18n";

type Words = { zh: string; en: string };

const MOF_2020: Words = {
  zh: "《项目支出绩效评价管理办法》（财预〔2020〕10号）",
  en: "Measures for the Performance Evaluation of Project Expenditure (Ministry of Finance, Cai Yu [2020] No. 10)",
};

/** Where each checked rule comes from, as a reviewer would cite it. */
const RULE_SOURCES: Record<string, Words> = {
  "indicator-score-mismatch": {
    zh: `${MOF_2020.zh}及其附件自评表：定量指标按实际完成值与目标值之比计分，完成目标得满分，最高不超过该指标分值`,
    en: `${MOF_2020.en} and its self-evaluation form: a quantitative indicator scores the actual in proportion to the target, full marks when the target is met, never above its weight`,
  },
  "exec-rate-mismatch": {
    zh: `${MOF_2020.zh}附件自评表：预算执行率 = 全年执行数 ÷ 全年预算数`,
    en: `${MOF_2020.en}, self-evaluation form: execution rate = amount executed ÷ annual budget`,
  },
  "exec-score-mismatch": {
    zh: `${MOF_2020.zh}附件自评表：预算执行率得分 = 执行率 × 该项分值，最高不超过分值`,
    en: `${MOF_2020.en}, self-evaluation form: budget-execution score = execution rate × its weight, at most the weight`,
  },
  "total-mismatch": {
    zh: "自评表“总分”栏：总分为预算执行率得分与各项绩效指标得分之和",
    en: "The self-evaluation form's total: the budget-execution score plus every indicator's score",
  },
  "grade-mismatch": {
    zh: `${MOF_2020.zh}：评价结果按总分划分为优、良、中、差四个等级`,
    en: `${MOF_2020.en}: results are graded 优 / 良 / 中 / 差 by the total`,
  },
};

export function ruleSourceWords(ruleId: string, lang: Lang): string {
  const w = RULE_SOURCES[ruleId];
  if (!w) return lang === "en-US" ? "Budget-performance management rules" : "预算绩效管理相关规定";
  return lang === "en-US" ? w.en : w.zh;
}

/** How an indicator score is computed, in words, by the scoring rule's key (S-POS, S-NEG-PK …). */
const METHODS: Record<string, Words> = {
  "S-POS": { zh: "正向指标：完成目标得满分；未完成按 实际完成值 ÷ 目标值 × 分值 计分", en: "Higher is better: full marks when the target is met, otherwise actual ÷ target × weight" },
  "S-EQ": { zh: "等于目标值的指标：达到目标得满分；未达到按 实际完成值 ÷ 目标值 × 分值 计分", en: "Target to reach exactly: full marks when met, otherwise actual ÷ target × weight" },
  "S-NEG-PK": { zh: "反向指标（越低越好）：不超过目标得满分；超出按 (1 − 超出部分 ÷ 目标值) × 分值 计分，超出一倍及以上得 0 分", en: "Lower is better: full marks within the target; above it (1 − excess ÷ target) × weight, 0 at twice the target" },
  "S-NEG-ALT": { zh: "反向指标（越低越好）：不超过目标得满分；超出按 目标值 ÷ 实际完成值 × 分值 计分", en: "Lower is better: full marks within the target; above it target ÷ actual × weight" },
  "S-QUAL": { zh: "定性指标：达成得满分，部分达成在分值的 60%–80% 之间，未达成在 60% 以下", en: "Qualitative: met scores the full weight, partly met 60–80% of it, not met below 60%" },
  "S-CQ": { zh: "得分 = 得分系数 × 权重（重庆口径）", en: "Score = score coefficient × weight (Chongqing)" },
};

export function methodWords(ruleId: string, lang: Lang): string {
  const w = METHODS[ruleId];
  if (!w) return "—";
  return lang === "en-US" ? w.en : w.zh;
}

export const TIER_WORDS: Record<"met" | "partial" | "missed", Words> = {
  met: { zh: "达成", en: "met" },
  partial: { zh: "部分达成", en: "partly met" },
  missed: { zh: "未达成", en: "not met" },
};

/** Built-in profile ids and abbreviations that some texts carry, in words. */
const ID_WORDS: [RegExp, Words][] = [
  [/\bdoczj notes\b/gi, { zh: "填表说明口径", en: "form-instruction rules" }],
  [/\bpmkpi(?: system)?\b/gi, { zh: "财政一体化系统", en: "budget-integration system" }],
  [/\bdoczj\b/gi, { zh: "填表说明", en: "form instructions" }],
  [/\bplatform-2022\b/g, { zh: "一体化平台 2022", en: "integrated platform 2022" }],
];
/** A RULEBOOK key (A-S1, G-NAT, V-SCORE-RECALC, PK-SCORE…), with the word RULEBOOK before it and a list of keys after it. */
const KEYS = /(?:\bRULEBOOK\s*)?\b[A-Z]{1,4}(?:-[A-Z0-9]{1,8})+\b(?:\s*[,/，、]\s*\b[A-Z]{1,4}(?:-[A-Z0-9]{1,8})+\b)*/g;
const SEVERITY_ZH: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };

/**
 * A text from the core (a rule's rationale, a fill's reason, a profile's name) as the pane shows it: RULEBOOK keys
 * dropped, profile ids and, in Chinese, severity ids in words. The original stays in a tooltip where support needs it.
 */
export function plainText(text: string, lang: Lang): string {
  const en = lang === "en-US";
  let s = text;
  for (const [re, w] of ID_WORDS) s = s.replace(re, en ? w.en : w.zh);
  s = s.replace(KEYS, "").replace(/\bRULEBOOK\b\s*/g, "");
  // a source abbreviation in parentheses ("is common (LJ)", "（CZ/TC）")
  s = s.replace(/\s*[（(][A-Z]{2,5}(?:\s*[,;/、]\s*[A-Z]{2,5})*[）)]/g, "");
  // "否则为提示（info）": the id after its own word goes; a bare id is put in words
  if (!en) s = s.replace(/(错误|警告|提示)[（(](error|warning|info)[）)]/g, "$1").replace(/(^|[^A-Za-z])(error|warning|info)(?![A-Za-z])/g, (_, before: string, k: string) => before + SEVERITY_ZH[k]);
  return s
    .replace(/（\s*[,;，；]?\s*）|\(\s*[,;]?\s*\)/g, "")
    .replace(/：\s+/g, "：")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** A profile's name in the pane's language, in words. */
export function profileName(p: { name: Words }, lang: Lang): string {
  const raw = lang === "en-US" ? p.name.en : p.name.zh;
  const s = plainText(raw, lang);
  return lang === "en-US" ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
