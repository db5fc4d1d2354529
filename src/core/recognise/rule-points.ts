import { compact } from "../text/normalize";

/**
 * The item's points stated at the head of its scoring rule, where the table has no 分值 column: "单项基准6分，每少1项扣
 * 0.5分", "单项基准为6分，全年运营240天不扣分", "满分10分；…", "满分10分.集中学习…", "本项分值5分". Only the rule's opening words (a base, a
 * full mark or a 分值, then the points, then the end or a break): the deductions and awards that follow ("扣0.5分",
 * "加分1.5分") are per-occurrence rules, and points stated later in the text are thresholds or tiers, not the item's.
 */
const RULE_HEAD_POINTS = /^(?:本项|该项|此项|单项)?(?:基准分?|满分|分值|标准分|基本分)(?:为|是)?(\d+(?:\.\d+)?)分(?=$|[,，;；。.．:：(（])/;

export function pointsAtRuleHead(rule: string): number | null {
  const m = RULE_HEAD_POINTS.exec(compact(rule));
  return m ? Number(m[1]) : null;
}

/**
 * The full points a clause of a scoring rule states for itself, anywhere in its text: "…得1分,否则不得分。本项满分1分。",
 * "满分3分", "最高得2分", "最高2分" (traditional forms read through compact). One figure: a clause stating two different
 * full points, or none, gives null. A cap on deductions ("扣分最高2分", "最高扣2分") is no full mark.
 */
const CLAUSE_FULL_POINTS = /(?:满分|最高(?:可得|得|计|给)?)(?:为|是)?(\d+(?:\.\d+)?)分/g;
const DEDUCTION_BEFORE = /扣分?$/;

export function clauseFullPoints(rule: string): number | null {
  const t = compact(rule);
  // (most clauses state none: one indexOf each before the pattern runs)
  if (t.indexOf("满分") < 0 && t.indexOf("最高") < 0) return null;
  let found: number | null = null;
  CLAUSE_FULL_POINTS.lastIndex = 0;
  for (let m = CLAUSE_FULL_POINTS.exec(t); m; m = CLAUSE_FULL_POINTS.exec(t)) {
    if (DEDUCTION_BEFORE.test(t.slice(Math.max(0, m.index - 2), m.index))) continue;
    const v = Number(m[1]);
    if (found !== null && Math.abs(found - v) > 1e-9) return null;
    found = v;
  }
  return found;
}
