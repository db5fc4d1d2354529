import type { Cell, Grid } from "../grid/grid";
import { readNumber } from "../text/numbers";

/**
 * Amounts written in Chinese units, 亿 / 万 / 元 parts one after the other ('1,030萬6,880元' = 10,306,880 元, '1億682萬
 * 2,734元', '2亿4,225万8,534 元'): a yearly subsidy summary, a 臺灣 or 大陆 page's table typed as prose writes every amount so,
 * and no reader sees a number in it. `withUnitAmounts` gives the grid with the amounts of such a column written as the
 * number of 元 they state, for the sheet to be read from: a column whose amounts are of no one unit — two cells at
 * least with a 亿 / 万 part, and two of two parts ('558萬4,300元') or one beside others (three amounts at least) or
 * an amount in 元 only ('25萬元' over '3,000元') — every cell of it that is such an amount whole. Read in 元 they
 * compare, as its 合計 line compares them. A column of whole 万 only ('20万元', '35万元': a list in 万元) is read as it
 * was (cells.ts amountAt), and a single amount (a paragraph's '约2亿4,225万元', a note) changes nothing. Null where no
 * cell is changed.
 *
 * Cheap on every other sheet: one regular-expression search over the sheet's joined texts (Grid.hasText) before any
 * cell is looked at.
 */
export function withUnitAmounts(grid: Grid): Grid | null {
  if (!grid.hasText(IN_UNITS) || !grid.hasText(WHOLE_IN_UNITS)) return null;
  const { start, cols } = grid.textCells();
  // (by column: its amounts with a 亿 / 万 part and those of two parts)
  const seen = firstAmounts(grid, start, cols, grid.textMatches(IN_UNITS));
  const edits: { cell: string; value: Cell | null }[] = [];
  const done = new Set<number>();
  for (const [c, s] of seen) {
    if (s.big < 2) continue;
    const col = columnAmounts(grid, c);
    // (two amounts of two parts, or one beside amounts in 元 only: the column's amounts are of no one unit, and read
    // in 元 they compare; a column of whole 万 only, '20万元', '35万元', is a list in 万元, read so, cells.ts amountAt)
    if (!col || !(s.two >= 2 || (s.two + col.yuan >= 1 && col.found.length >= 3))) continue;
    edits.push(...col.found);
    done.add(c);
  }
  if (!edits.length) return null;
  // (a sheet that writes its amounts so writes them so in every column: its other columns of amounts in those units,
  // three at least, in 元 only ('5,820元') or whole 万 ('25萬元'), are read in 元 too)
  for (const [c, s] of firstAmounts(grid, start, cols, grid.textMatches(ANY_UNIT))) {
    if (done.has(c) || s.big < 3) continue;
    const col = columnAmounts(grid, c);
    if (col && col.found.length >= 3) edits.push(...col.found);
  }
  return grid.withCells(edits);
}

/** By column, the cells flagged that are amounts in Chinese units whole: how many, and how many of two parts. */
function firstAmounts(grid: Grid, start: Int32Array, cols: Int32Array, flags: Uint8Array): Map<number, { big: number; two: number }> {
  const seen = new Map<number, { big: number; two: number }>();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      if (!flags[k]) continue;
      const t = grid.compactText(r, cols[k]);
      if (unitAmount(t) === null) continue;
      const s = seen.get(cols[k]) ?? { big: 0, two: 0 };
      s.big++;
      if (TWO_PARTS.test(t)) s.two++;
      seen.set(cols[k], s);
    }
  }
  return seen;
}

/**
 * A column's amounts in Chinese units, as numbers of 元, top to bottom (its lines may be in 元 only, another table's
 * too); `yuan` those in 元 only. Null where the column holds many other texts, no number, between its first and last
 * amounts (more than one for three amounts): a column of amounts holds few, '-' for none, a second table's head; a
 * target column of an indicator table, '≥95%' | '12所' | '1万2,000元', many. A number written otherwise, '(-)
 * 3,617,487,951' beside '101万1792元' in a column of changes, is one of its amounts, left as it is.
 */
function columnAmounts(grid: Grid, c: number): { found: { cell: string; value: Cell | null }[]; yuan: number } | null {
  const found: { cell: string; value: Cell | null }[] = [];
  let yuan = 0;
  let others = 0;
  let pending = 0;
  for (let r = 1; r <= grid.rowCount; r++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    const v = unitAmount(t);
    if (v === null) {
      if (found.length && readNumber(t) === null) pending++;
      continue;
    }
    others += pending;
    pending = 0;
    if (!BIG_UNIT.test(t)) yuan++;
    found.push({ cell: grid.addr(r, c), value: { v, fmt: "#,##0" } });
  }
  return others * 3 > found.length ? null : { found, yuan };
}

/**
 * An amount with a 亿 or 万 part (compact text: 萬 / 億 read as 万 / 亿), found in a text (the gate and the cells to look
 * at); TWO_PARTS, two parts one after the other (a whole cell's test).
 */
const IN_UNITS = /\d[亿万]/;
/**
 * A text opening as a whole amount with a 亿 or 万 part does ('-3亿6,174万元', '(-)1,030萬6,880元', '¥25万元'): a sign, ¥,
 * then the first part and its unit (UNIT_AMOUNT's 亿 part, or its 万 part where it has none) — true of every text
 * unitAmount reads with a 亿 / 万 part, the only cells a column's count of them (firstAmounts' `big`) takes. Searched
 * with each text's start as a line's (m: a compact text holds no line end): a sheet whose 万 follows a digit only inside
 * other words ('≤80万元', '节约资金50万元') changes nothing, and is passed over before its cells are read.
 */
export const WHOLE_IN_UNITS = /^(?:\(-\)|-|−|－)*[¥￥]?\d[\d,]*(?:\.\d+)?[亿万]/m;
const ANY_UNIT = /\d[亿万元]/;
const TWO_PARTS = /\d[亿万][\d,]*\d/;
const BIG_UNIT = /[亿万]/;
/** A whole amount in those units: 亿, 万 and 元 parts, each optional, one at least with its unit (compact text). */
const UNIT_AMOUNT = /^[¥￥]?(?:(\d[\d,]*(?:\.\d+)?)亿)?(?:(\d[\d,]*(?:\.\d+)?)万)?(?:(\d[\d,]*(?:\.\d+)?)元?)?(?:元)?$/;
const NEGATIVE = /^(?:\(-\)|-|−|－)/;
const GROUPED = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** The 元 an amount in Chinese units states ('1,030万6,880元' → 10306880), null where the text is none. */
export function unitAmount(c: string): number | null {
  if (!c || (c.indexOf("万") < 0 && c.indexOf("亿") < 0 && c.indexOf("元") < 0)) return null;
  // (a decrease, '-3亿6,174万元' or the accountant's '(-)3亿6,174万元')
  const sign = NEGATIVE.exec(c);
  if (sign) {
    const v = unitAmount(c.slice(sign[0].length));
    return v === null || v === 0 ? v : -v;
  }
  const m = UNIT_AMOUNT.exec(c);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  let total = 0;
  const parts: [string | undefined, number][] = [[m[1], 1e8], [m[2], 1e4], [m[3], 1]];
  for (const [p, unit] of parts) {
    if (p === undefined) continue;
    if (!GROUPED.test(p)) return null;
    total += Number(p.replace(/,/g, "")) * unit;
  }
  // (the number of 元 the text states, rid of the float's noise: '1.5万' is 15000)
  return Math.round(total * 100) / 100;
}
