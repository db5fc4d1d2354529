import type { Grid } from "../grid/grid";
import { numberOrPointsAt } from "./cells";
import { headerLinesTop } from "./marker-formulas";

/**
 * (dev57b, session 57) **A table of items as columns, each split into 预算数 | 决算数** — a 三公 statement printed across the page:
 * a head of several lines naming the items (合计 | 因公出国(境)费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费), its
 * last line the two amounts of each item alternating (预算数 | 决算数 | 预算数 | 决算数 …), over one line of bare amounts or more.
 * Read on its shape: a line (among the sheet's first HEAD_ROWS) whose filled cells alternate the two words of one pair
 * (PAIRS) at least MIN_PAIRS times, left to right with no other word between (a number is allowed beside them: an item whose
 * column has no split prints its amount there, 机关运行经费 325.88; a label column's head left of them), and under it a line whose cells under those words are
 * numbers or blank — half of them numbers at least, no word (a label column left of the pairs may name the line). The pairs
 * line is the header's last; its top the lines above it with two named cells or more and no number, three at most
 * (marker-formulas.ts headerLinesTop: a title or unit line of one cell is none). Near shapes that are none: the pair
 * words once or twice (a budget table's two columns, read by the amount lists), pairs with other heads between (收入 | 预算数 |
 * 支出 | 预算数), the pairs over a line of words, a pairs line with nothing under it.
 */
const HEAD_ROWS = 40;
const MIN_PAIRS = 3;
/** the words of one pair, first then second, as a head prints them */
const PAIRS: [RegExp, RegExp][] = [
  [/^(?:年初)?预算(?:数)?$/, /^决算(?:数)?$/],
  [/^(?:年初)?预算(?:数)?$/, /^(?:执行数|实际执行数|执行)$/],
  [/^(?:上年)?决算(?:数)?$/, /^(?:本年)?预算(?:数)?$/],
];
const ANY_PAIR_WORD = /预算|决算|执行/;

/** The top and last lines of such a header (see the module's note), or null. */
export function pairedColumnsHead(grid: Grid): { top: number; last: number } | null {
  if (!grid.hasText(ANY_PAIR_WORD)) return null;
  const last = Math.min(grid.rowCount - 1, HEAD_ROWS);
  for (let r = 1; r <= last; r++) {
    const cols = pairColumns(grid, r);
    if (cols && amountsUnder(grid, r + 1, cols)) return { top: r > 1 ? headerLinesTop(grid, r) : r, last: r };
  }
  return null;
}

/** The columns of a line's alternating pair words (MIN_PAIRS pairs at least, nothing but numbers beside them), or null. */
function pairColumns(grid: Grid, r: number): number[] | null {
  const words: { c: number; t: string }[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t || numberOrPointsAt(grid, r, c)) continue;
    words.push({ c, t });
  }
  for (const [first, second] of PAIRS) {
    // (a label column's head left of the pairs, 项目 | 预算数 | 决算数 | …: one word at most)
    const pairs = words.length && !first.test(words[0].t) ? words.slice(1) : words;
    if (pairs.length < 2 * MIN_PAIRS || pairs.length % 2 !== 0) continue;
    if (pairs.every((w, i) => (i % 2 === 0 ? first : second).test(w.t))) return pairs.map((w) => w.c);
  }
  return null;
}

/** The line under the pairs: numbers or blanks under them, half of them numbers at least, no word right of the first pair. */
function amountsUnder(grid: Grid, r: number, cols: number[]): boolean {
  let numbers = 0;
  for (let c = cols[0]; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c) || !grid.compactText(r, c)) continue;
    if (!numberOrPointsAt(grid, r, c)) return false;
    if (cols.indexOf(c) >= 0) numbers++;
  }
  return numbers * 2 >= cols.length;
}
