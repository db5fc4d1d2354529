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
 * Line `r` is a named line of the list that starts at line `below` (its first amounts), with no amount: its first filled
 * cell a name (no placeholder, no number), and each column holding a number on line `below` empty or a placeholder on it,
 * one placeholder at least (因公出国(境)费 | - | - | 0% over 公务接待费 | 71.53 | - | -) — a line of the list, not its header
 * (a header names those columns).
 */
export function placeholderLine(grid: Grid, r: number, below: number): boolean {
  let label = false;
  for (let c = 1; c <= grid.scanCols && !label; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const s = grid.text(r, c);
    if (!s || !s.trim()) continue;
    if (placeholder(s) || typeof grid.value(r, c) === "number" || /^-?[\d.,]+%?$/.test(s.trim())) return false;
    label = true;
  }
  if (!label) return false;
  const cols: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(below, c) && typeof grid.value(below, c) === "number") cols.push(c);
  return cols.length > 0 && placeholderAmounts(grid, r, cols);
}
