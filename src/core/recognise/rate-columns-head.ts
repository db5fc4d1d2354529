import type { Grid } from "../grid/grid";
import type { Relation } from "../model/types";
import { amountAt } from "./cells";

/**
 * The header of a table of no family whose only reading is a rate column over two amount columns of its lines
 * (年度 | … | 可支用預算數 | 執行數 | 執行率%, lines keyed by years: each line its own 執行率 = 執行數 / 可支用預算數, no
 * column or line adding up): the header line right above the first of those lines, its rate's column holding the
 * rate's name (a group head over a second line, 年度預算 over the three: headerTop reads up through it).
 * Evidence: three lines at least, each a ratio read across one line (its rate, numerator and denominator in the same
 * three columns), the lines one run (no other line between them but blank ones), and the head's cells words, no number.
 */

/** lines of rates a table must show */
const MIN_LINES = 3;
/** blank lines allowed between the header and the first line read */
const SPACER = 1;

/** The last header line of the table whose rate columns the relations read, or null. */
export function rateColumnsHead(grid: Grid, relations: readonly Relation[]): number | null {
  // the ratios by their three columns, their rows
  const byCols = new Map<string, number[]>();
  for (const r of relations) {
    if (r.kind !== "ratio" || (r.block !== "amount-table" && r.block !== "fund-block")) continue;
    const { stated, numerator, denominator } = r;
    if (!stated || !numerator || !denominator || numerator.row !== stated.row || denominator.row !== stated.row) continue;
    const key = `${stated.col}:${numerator.col}:${denominator.col}`;
    const rows = byCols.get(key) ?? [];
    rows.push(stated.row);
    byCols.set(key, rows);
  }
  let best: { top: number; col: number; n: number } | null = null;
  for (const [key, rows] of byCols) {
    if (rows.length < MIN_LINES) continue;
    rows.sort((a, b) => a - b);
    // (one run: consecutive lines, blank ones between allowed)
    let run = true;
    for (let i = 1; i < rows.length && run; i++) for (let r = rows[i - 1] + 1; r < rows[i] && run; r++) run = !grid.rowHasContent(r);
    if (!run) continue;
    const col = Number(key.split(":")[0]);
    if (!best || rows.length > best.n) best = { top: rows[0], col, n: rows.length };
  }
  if (!best) return null;
  let h = best.top - 1;
  while (h > 1 && best.top - h <= SPACER && !grid.rowHasContent(h)) h--;
  if (h < 1) return null;
  // the rate's head on that line (or merged down to it), words and no number on the line
  const a = grid.anchor(h, best.col);
  if (!grid.compactText(a.row, a.col) || amountAt(grid, a.row, a.col)) return null;
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(h, c) && amountAt(grid, h, c)) return null;
  return h;
}
