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
