import type { Grid } from "../grid/grid";

/*
 * (rep51, session 51) **A report's bare 自评得分 as its whole.** statedWholeScore (prose-counts.ts) reads a sentence's score
 * as the report's whole only on a whole's words (综合 / 绩效 / 最终 / 总 …). A report stating its result in one sentence
 * often writes none: '对照…各项指标值进行打分,自评得分100分。' under the head '(一)自评得分'. Such a bare score is the
 * report's whole where
 * - its clause names no part of the evaluation (an indicator's or a section's score: '产出指标自评得分40分', '满意度…', a
 *   bracketed '(自评得分20分)' after a section's head), and
 * - the report states no other score on any line (reportResult counts them: one score stated is the result; two are a
 *   breakdown or a rule, and nothing is read), and
 * - the head it sits under names the result ('(一)自评得分', '一、自评结论', '评价结果'), or, no head right above it, the
 *   report's title names its self-evaluation ('…项目 / 自评结果', '…绩效自评报告'); a head above naming something else
 *   ('(一)产出指标完成情况') makes the score that part's. In one cell (the lines run together) the last head before the
 *   score in the cell's text (resultHeadBefore).
 * Compact, simplified text (Grid.compactText): 繁體 and full-width forms are read as their simplified forms.
 */

/** the bare score: an evaluation's word before 得分 / 评分 / 分数 and the score ('自评得分100分', '评价得分为92分', '自评分:95分') */
const BARE = /(?:自评|评价|考评|考核|评定)(?:得分|评分|分数|分)(?:为|是|:)?\d{1,3}(?:\.\d{1,2})?分/;
/** words of a part of the evaluation in the score's clause: an indicator's, a dimension's, a section's score */
export const PART_WORDS = /指标|产出|效益|效果|满意度|成本|执行率|执行情况|决策|过程|管理|履职|部分|方面|维度|一级|二级|三级|第[一二三四五六七八九十\d]{1,3}[项条]|[该此每]项|本项(?!目)|单项|分项|扣/;
/** a head naming the result (its code stripped): '自评得分', '自评结论', '评价结果', '绩效自评情况', '综合评价得分及等级' */
const RESULT_HEAD = /^(?:项目|绩效|综合|总体|整体|年度)?(?:绩效)?(?:自评|评价|考评|考核)(?:得分|结果|结论|情况|分数|评分|总分)(?:及(?:等级|等次|结论|结果))?$|^(?:自评|评价)(?:等级|等次)及(?:得分|分数)$/;
/** a head's code: '(一)', '一、', '1.', '(1)', '第一部分' */
const HEAD_CODE = /^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}(?:\.\d{1,2})*[、.]?|第[一二三四五六七八九十\d]{1,3}(?:部分|章|节))/;
/** a title line naming the self-evaluation or its result: '自评结果', '…绩效自评报告', '…项目支出绩效评价报告', '…自评情况' */
const TITLE_WORDS = /(?:自评|评价)(?:结果|结论|报告|情况|的报告)$|(?:自评|评价)(?:结果|结论|报告)(?:\(|$)/;
/** lines above the score a head is looked for in; title lines looked at from the top */
const HEAD_ROWS = 3;
const TITLE_ROWS = 8;
const MAX_HEAD = 16;

/** The text's bare score stands alone in its clause (no part's words, no bracket around it). */
export function bareScoreClause(text: string): boolean {
  const m = BARE.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  // (a bracketed score after a section's head: '(自评得分20分)')
  if (/[(（][^)）]*$/.test(before)) return false;
  // (the clause it closes: from the last stop before it)
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("。"), before.lastIndexOf(":")) + 1);
  if (PART_WORDS.test(clause) || PART_WORDS.test(text.slice(m.index, m.index + m[0].length))) return false;
  return true;
}

/** A line naming the result as a head: short, no stop, its words the result's once its code is stripped. */
function resultHead(text: string): boolean {
  // (dev57: a head printed with its full stop, '(一)自评分数。', is a head)
  if (text.charAt(text.length - 1) === "。") text = text.slice(0, -1);
  if (text.length > MAX_HEAD || /[。;,]/.test(text)) return false;
  const words = text.replace(HEAD_CODE, "").replace(/[:：]$/, "");
  return RESULT_HEAD.test(words);
}

/** a head's code inside a text: '(一)', '一、', '1.' (not a number's digits) */
const CODE_IN_TEXT = /\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|(?:^|[^\d.])\d{1,2}[.、](?!\d)/g;
/** a result head's words opening what follows its code: '自评得分', '评价结果', '绩效自评结论' */
const RESULT_OPENING = /^(?:项目|绩效|综合|总体|整体|年度)?(?:绩效)?(?:自评|评价|考评|考核)(?:得分|结果|结论|分数|评分|总分)/;

/**
 * (a report printed in one cell, its lines run together: '…自评结果一、自评结论(一)自评得分对照…进行打分,自评得分100分。')
 * The text before the score, in the same cell, holds a head naming the result as the last head before it.
 */
export function resultHeadBefore(before: string): boolean {
  let last = -1;
  let end = -1;
  CODE_IN_TEXT.lastIndex = 0;
  for (let m = CODE_IN_TEXT.exec(before); m; m = CODE_IN_TEXT.exec(before)) {
    last = m.index;
    end = m.index + m[0].length;
  }
  return last >= 0 && RESULT_OPENING.test(before.slice(end));
}

/**
 * The line at (row, col), stating a bare score (bareScoreClause), is under a head naming the result — the nearest head
 * within HEAD_ROWS lines above it — or, no head there, the report's title names its self-evaluation.
 */
export function bareScoreIsWhole(grid: Grid, row: number): boolean {
  for (let r = row - 1, seen = 0; r >= 1 && seen < HEAD_ROWS; r--) {
    const c = grid.firstTextCell(r);
    if (!c) continue;
    seen++;
    const t = grid.compactText(r, c);
    if (resultHead(t)) return true;
    // (the nearest head above is another's — '(一)产出指标完成情况', '二、绩效目标完成情况' —: the score is that part's, and
    // the title says nothing of it)
    if (HEAD_CODE.test(t) && t.length <= MAX_HEAD) return false;
  }
  const last = Math.min(row - 1, TITLE_ROWS);
  for (let r = 1; r <= last; r++) {
    const c = grid.firstTextCell(r);
    if (!c) continue;
    const t = grid.compactText(r, c);
    // (a title line: no section's code before it)
    if (t.length <= 40 && !/[。;]/.test(t) && !HEAD_CODE.test(t) && TITLE_WORDS.test(t)) return true;
  }
  return false;
}
