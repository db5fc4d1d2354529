import type { Grid } from "../grid/grid";
import { numberOrPointsAt } from "./cells";

/**
 * A line of prose standing alone in one cell (res46, session 46): a title, a paragraph, a 说明 or a signature line that the
 * page printed across the table's width, its merge undone (or never made) so that it stands in one cell with the others
 * blank. Such a line is no line of a list, neither its first line, its head, nor a line sharing the place above it (a tie
 * printed once): a list read down its rank column stops at it.
 * Evidence: exactly one cell of the row holds text, and that text is a sentence — 16 characters or more with a sentence's
 * punctuation (':', ',', '。', ';', '=' of a formula), or 30 characters or more whatever it holds. A unit's name alone on a line
 * ('济宁经济技术开发区', a group label '一、街道排名') is short: none.
 */
const SENTENCE_MARK = /[:：,，。;；=、(（]/;
const SENTENCE_MIN = 16;
const LONG_MIN = 30;

export function proseLine(grid: Grid, r: number): boolean {
  const text = soleText(grid, r);
  if (!text) return false;
  return text.length >= LONG_MIN || (text.length >= SENTENCE_MIN && SENTENCE_MARK.test(text));
}

/** The row's one text where exactly one of its cells holds text (a label, a title, a paragraph); else "". */
export function soleText(grid: Grid, r: number): string {
  let text = "";
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (text) return "";
    text = t;
  }
  return text;
}

/**
 * A line of heads: two cells or more hold text, each short (HEAD_MAX characters at most) and no number (暗访扣分 | 实际得分 |
 * 暗访扣分 | 实际得分, a head's second line under group heads). A line of a list holds a number; a sentence is longer.
 */
const HEAD_MAX = 12;

export function headWordsLine(grid: Grid, r: number): boolean {
  if (r > grid.rowCount) return false;
  let texts = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (t.length > HEAD_MAX || numberOrPointsAt(grid, r, c)) return false;
    texts++;
  }
  return texts >= 2;
}
