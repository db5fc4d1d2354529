import { PART_WORDS } from "./bare-whole-score";

/*
 * (dev57, session 57) **A report's bare score written without its 分, closing its sentence.** report-scores.ts reads a
 * score as a number followed by 分, or (graded-score.ts) one without it graded in its own sentence. A report's score section
 * may state its result as a number alone: '(一)自评分数。' over '对照《项目绩效自评指标评分表》逐项自评打分,自评分数100。'. The
 * number is read as a score where
 * - an evaluation's score words stand right before it, with or without 为 / 是 / ':' between (自评分数, 自评得分, 自评评分,
 *   自评分, 评价得分, 评价分数, 综合得分, 综合评分, 绩效得分), the number at most three digits and two decimals;
 * - it closes its sentence: '。' or the text's end right after it (a unit after it makes it a count or an amount — '100个',
 *   '100万元' —, '%' a rate, ',' more of the sentence about it);
 * - its clause (from the last stop before it) names no part of the evaluation (an indicator's or a section's words,
 *   bare-whole-score.ts PART_WORDS), no target (目标 / 预期 / 力争 / 确保 / 争取 / 计划 / 预计: a score aimed at), and no
 *   full marks (满分 / 分值: the points, not a score given); no bracket is open around it.
 * reportResult (report-scores.ts) takes the one score so read as the report's whole only as it takes a bare 自评得分…分: the
 * only score the report states, under a head naming the result or below a title naming the self-evaluation
 * (bare-whole-score.ts bareScoreIsWhole) — never on its words alone.
 * Compact, simplified text (Grid.compactText).
 */

/** the score's words, an optional connector, the number, and the sentence's end right after it */
const CLOSING = /(?:(?:自评|评价|综合|绩效)(?:得分|分数|评分)|自评分)(?:为|是|:)?(\d{1,3}(?:\.\d{1,2})?)(?=。|$)/g;
/** a score aimed at or a full mark, in the score's clause */
const NOT_GIVEN = /目标|预期|力争|确保|争取|计划|预计|满分|分值/;

/**
 * The scores a text states without their 分, each closing its sentence (see the module's note), in the shape of
 * report-scores.ts's SCORE matches (group 1 the number; index and [0] the match).
 */
export function closingUnitlessScores(text: string): RegExpMatchArray[] {
  // (cheap test first: every shape holds 分 and ends a sentence)
  if (text.indexOf("分") < 0) return [];
  const out: RegExpMatchArray[] = [];
  for (const m of text.matchAll(CLOSING)) {
    const before = text.slice(0, m.index!);
    if (/[(（][^)）]*$/.test(before)) continue;
    const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("。"), before.lastIndexOf(":")) + 1);
    if (PART_WORDS.test(clause) || NOT_GIVEN.test(clause)) continue;
    out.push(m);
  }
  return out;
}
