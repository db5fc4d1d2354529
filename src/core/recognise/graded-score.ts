import { GRADE_LETTER_ALT, GRADE_WORD_ALT } from "./vocabulary";

/*
 * (rel55, session 55) **A report's score written without its 分, its grade stated after it in the same sentence.**
 * report-scores.ts reads a score as a number followed by 分 ('自评得分92分', '得分为39分'). A report may drop the unit where the
 * grade follows at once: '自评得分92.45,综合评价结果为:优。', '综合得分为88.5,评价等级为良', '评价得分:95;等级:优秀'. The number
 * is read as the score where
 * - a score's word stands right before it, with or without 为 / 是 / ':' between ('得分', '评分', '总分', '自评分'), the
 *   number at most three digits and two decimals, not the start of a longer figure nor a rate or an amount (a clause's mark
 *   right after it: ',' ';' '。' or the text's end);
 * - the grade is stated after it in the same sentence (up to '。'): a grade's word (等级 / 等次 / 评级 / 结果 / 结论, then 为 /
 *   是 / ':') before a grade of the vocabulary (优, 良, 中, 差, 优秀, 良好, 合格…, or a letter) that ends its clause.
 * Refused: no grade after it ('自评得分92.45,排名第3'), a band's bound ('得分90以上为优': no clause's mark after the number),
 * a grade naming a set ('结果为优的单位…': no clause's end after the grade), a rate ('得分率92.45%'), a grade in the next
 * sentence ('得分92。评价结果为优' is two statements: the grade's own sentence may grade something else).
 * Compact, simplified text (Grid.compactText).
 */

/** a score's word, an optional connector, the number and a clause's mark (or the text's end) right after it */
const UNITLESS = /(?:得分|评分|总分|自评分)(?:为|是|:)?(\d{1,3}(?:\.\d{1,2})?)(?=[,;。]|$)/g;
/** the grade stated in the rest of the sentence: its word, a connector, the grade ending its clause */
const GRADE_AFTER = new RegExp(`(?:等级|等次|评级|结果|结论)(?:为|是|:)+["“]?(?:${GRADE_WORD_ALT}|${GRADE_LETTER_ALT})["”]?(?:$|[,。;)(])`);

/**
 * The scores a text states without their 分, each graded in its own sentence (see the module's note), in the shape
 * report-scores.ts's SCORE matches give (group 1 the number; index and [0] the match).
 */
export function gradedUnitlessScores(text: string): RegExpMatchArray[] {
  if (text.indexOf("分") < 0) return [];
  const out: RegExpMatchArray[] = [];
  for (const m of text.matchAll(UNITLESS)) {
    const after = m.index! + m[0].length;
    const stop = text.indexOf("。", after);
    if (GRADE_AFTER.test(text.slice(after, stop < 0 ? undefined : stop + 1))) out.push(m);
  }
  return out;
}
