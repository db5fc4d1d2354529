import type { Grid } from "../grid/grid";
import { GRADE_LETTER_ALT, GRADE_WORD_ALT, REVIEW_SIGN_OFF } from "./vocabulary";

/**
 * Lines under a rubric that are no items of it (dev45, session 45): the key of its grades ('评估记分 | 60分以下不合格 |
 * 60-80分合格 | 80分以上优秀 | 评估人签字', '等级评定:90分以上为优秀,75-89分为良好,60-74分为合格,60分以下为不合格') and the
 * reviewer's opinion or signature ('评估意见 | 年 月 日', '考核组签字:', '審核意見'). They close the table as a 合计 or a
 * 填表人 line does (table-closing.ts isClosingRow).
 *
 * A grade key: two bands at least, each a points bound and a grade word ('80分以上优秀', '60-79分为合格', '优秀(90分以上)'),
 * with no number of the line's own (no points, no score: a rule cell stating bands beside its item's 10 is an item's
 * rule). The bands stand one a cell, or together in one cell. Cheap: a line with a number typed as one stops at once, cells
 * are tested only where a bound word, a sign or a range is in them, and each line's answer is kept on its grid.
 */

const GRADE = `(?:${GRADE_WORD_ALT}|${GRADE_LETTER_ALT})`;
const BOUND = "\\d{2,3}(?:\\.\\d+)?分?(?:[(（](?:含|不含)[)）])?";
/** one band: '80分以上优秀', '60-80分合格', '60分以下为不合格', '90分(含)以上的为优', '≥90分为优' */
const BAND = `(?:[≥>＞<＜]=?|大于等于|不低于|低于)?${BOUND}(?:[-－—~～至到]${BOUND})?(?:(?:及|含)?以上|以下|以内)?(?:的)?(?:为|评为|评定为|定为|确定为|属于|[:：])?(${GRADE})`;
/** the grade first: '优秀(90分以上)', '合格:60-79分' */
const BAND_GRADE_FIRST = `(${GRADE})[(（:：]?(?:[≥>＞<＜]=?)?${BOUND}(?:[-－—~～至到]${BOUND})?(?:(?:及|含)?以上|以下|以内)?[)）]?`;
/** a cell that is one band and nothing else */
const BAND_CELL = new RegExp(`^(?:${BAND}|${BAND_GRADE_FIRST})[;；,，。]?$`);
/** bands inside a sentence (global: counted) */
const BAND_IN_TEXT = new RegExp(BAND, "g");
/** what every band has, a bound word or sign, or a range between digits (tested before the band patterns) */
const BAND_GATE = /以上|以下|以内|[≥>＞<＜]|\d[-－—~～至到]\d/;
/** a cell holding a number of the line's own: points or a score ('10', '8分', '95.5') */
const OWN_NUMBER = /^[-+]?\d+(?:\.\d+)?分?$/;

/** The line states the grades' bands and nothing of an item: a grade key under the table. */
export function gradeBandLine(grid: Grid, row: number): boolean {
  // (isClosingRow is asked of a line by several readers: each line's answer kept on its grid, 0 unknown, 1 no, 2 yes)
  let memo = MEMO.get(grid);
  if (!memo || memo.length < grid.rowCount + 1) MEMO.set(grid, (memo = new Uint8Array(grid.rowCount + 1)));
  if (memo[row]) return memo[row] === 2;
  const yes = bandLineRead(grid, row);
  memo[row] = yes ? 2 : 1;
  return yes;
}
const MEMO = new WeakMap<Grid, Uint8Array>();

function bandLineRead(grid: Grid, row: number): boolean {
  // (a number of the line's own, typed as one: the line is an item's — no text compacted)
  for (let c = 1; c <= grid.scanCols; c++) if (typeof grid.raw(row, c) === "number" && grid.startsInRow(row, c)) return false;
  let cells = 0;
  let inText = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.startsInRow(row, c)) continue;
    const t = grid.compactText(row, c);
    if (!t) continue;
    if (OWN_NUMBER.test(t)) return false;
    // (the cheap test first: a band has a digit and 分 or a bound word)
    if (!BAND_GATE.test(t)) continue;
    if (t.length <= 24 && BAND_CELL.test(t)) cells++;
    else if (t.length >= 12) {
      const grades = new Set<string>();
      for (const m of t.matchAll(BAND_IN_TEXT)) grades.add(m[1]);
      // (a rule awarding points by band, '90分以上为优秀,得10分', is an item's: no 得N分 / 计N分 in a key)
      if (grades.size >= 2 && !/[得计记扣加]\d/.test(t)) inText = Math.max(inText, grades.size);
    }
  }
  return cells >= 2 || inText >= 2;
}

/** The line opens with the reviewer's opinion or signature, or a blank date ('评估意见', '考核组签字:', '年 月 日'). */
export function reviewSignOffLine(t: string): boolean {
  return REVIEW_SIGN_OFF.test(t);
}

/**
 * A line's first text a grade key may open with: a short label (评估记分, 等级评定, 评定标准) or a band itself — the cheap test
 * isClosingRow asks before gradeBandLine reads the line's cells (an item's long name or rule opens no key).
 */
export function mayOpenBandLine(t: string): boolean {
  return t.length <= OPENING_LABEL_MAX || BAND_GATE.test(t);
}
const OPENING_LABEL_MAX = 12;
