import type { Cell, Grid } from "../grid/grid";

/**
 * Amounts written in Chinese units, 亿 / 万 / 元 parts one after the other ('1,030萬6,880元' = 10,306,880 元, '1億682萬
 * 2,734元', '2亿4,225万8,534 元'): a yearly subsidy summary, a 臺灣 or 大陆 page's table typed as prose writes every amount so,
 * and no reader sees a number in it. `withUnitAmounts` gives the grid with the amounts of such a column written as the
 * number of 元 they state: a column where two cells at least hold an amount of two parts (亿 and 万, or 万 and a number
 * of 元), every cell of it that is an amount in those units whole ('1,232萬元', '558萬4,300元', '3,000元'), for the
 * sheet to be read from. A single amount of two parts in a column (a paragraph's '约2亿4,225万元', a note) changes
 * nothing; an amount of one part ('20万元', a list's own unit) is read as it was (cells.ts amountAt). Null where no
 * cell is changed.
 *
 * Cheap on every other sheet: one regular-expression search over the sheet's joined texts (Grid.hasText) before any
 * cell is looked at.
 */
export function withUnitAmounts(grid: Grid): Grid | null {
  if (!grid.hasText(TWO_PARTS)) return null;
  const { start, cols } = grid.textCells();
  const flags = grid.textMatches(TWO_PARTS);
  // (the columns with two amounts of two parts or more, and the rows they span)
  const seen = new Map<number, { n: number; first: number; last: number }>();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      if (!flags[k] || unitAmount(grid.compactText(r, cols[k])) === null) continue;
      const s = seen.get(cols[k]);
      if (s) {
        s.n++;
        s.last = r;
      } else seen.set(cols[k], { n: 1, first: r, last: r });
    }
  }
  const edits: { cell: string; value: Cell | null }[] = [];
  for (const [c, s] of seen) {
    if (s.n < 2) continue;
    // (the column's amounts from its first amount of two parts to its end: a line above holds a head or a title)
    for (let r = s.first; r <= grid.rowCount; r++) {
      if (!grid.ownsCell(r, c)) continue;
      const v = unitAmount(grid.compactText(r, c));
      if (v !== null) edits.push({ cell: grid.addr(r, c), value: { v, fmt: "#,##0" } });
    }
    // (and above it, up to the first line that holds no such amount: the column's first lines may be of one part)
    for (let r = s.first - 1; r >= 1; r--) {
      if (!grid.ownsCell(r, c)) break;
      const v = unitAmount(grid.compactText(r, c));
      if (v === null) break;
      edits.push({ cell: grid.addr(r, c), value: { v, fmt: "#,##0" } });
    }
  }
  return edits.length ? grid.withCells(edits) : null;
}

/** Two parts of an amount in Chinese units one after the other (compact text: 萬 / 億 read as 万 / 亿). */
const TWO_PARTS = /\d亿[\d,]*\d|\d万[\d,]*\d/;
/** A whole amount in those units: 亿, 万 and 元 parts, each optional, one at least with its unit (compact text). */
const UNIT_AMOUNT = /^[¥￥]?(?:(\d[\d,]*(?:\.\d+)?)亿)?(?:(\d[\d,]*(?:\.\d+)?)万)?(?:(\d[\d,]*(?:\.\d+)?)元?)?(?:元)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** The 元 an amount in Chinese units states ('1,030万6,880元' → 10306880), null where the text is none. */
export function unitAmount(c: string): number | null {
  if (!c || (c.indexOf("万") < 0 && c.indexOf("亿") < 0 && c.indexOf("元") < 0)) return null;
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
