import type { Grid } from "../grid/grid";
import { compact, isNotApplicableText, isNotApplicableWord } from "../text/normalize";

/**
 * (dev49, session 49) A line of a money list whose amount cells hold placeholders — '-', '—', '——', '/', '－', 无 (the
 * not-applicable forms and words of text/normalize.ts) — and nothing else: a line of the list with no amount (因公出国(境)费 | - | - | -
 * in a 三公 决算 table, a part with nothing spent), no end of the list and no header. Blank cells stay as they were read
 * (a label with blank amounts is a title or a caption as often as a line): the placeholder is the evidence.
 */

/** A placeholder's text: a not-applicable form ('-', '—', '/', …), word (不适用, 不涉及, 无此项) or 无. */
function placeholder(s: string): boolean {
  return isNotApplicableText(s) || isNotApplicableWord(s) || compact(s) === "无";
}

/** Every one of `cols` in line `r` empty or a placeholder, one placeholder at least. */
export function placeholderAmounts(grid: Grid, r: number, cols: readonly number[]): boolean {
  let seen = false;
  for (const c of cols) {
    if (!grid.ownsCell(r, c)) continue;
    const s = grid.text(r, c);
    if (!s || !s.trim()) continue;
    if (!placeholder(s)) return false;
    seen = true;
  }
  return seen;
}

/**
 * Line `r` is a label and placeholders only: its first filled cell (from `from`) a name, no placeholder and no number,
 * every later filled cell a placeholder, one at least — a line of a list above its first amounts, not its header.
 */
export function placeholderLine(grid: Grid, r: number, from = 1): boolean {
  let label = false;
  let seen = false;
  for (let c = from; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const s = grid.text(r, c);
    if (!s || !s.trim()) continue;
    if (!label) {
      if (placeholder(s) || typeof grid.value(r, c) === "number" || /^-?[\d.,]+%?$/.test(s.trim())) return false;
      label = true;
      continue;
    }
    if (!placeholder(s)) return false;
    seen = true;
  }
  return label && seen;
}
