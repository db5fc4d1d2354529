import type { Grid } from "../grid/grid";
import type { Relation, SumRelation } from "../model/types";
import { copiesLeft, numberReadAt } from "../recognise/cells";
import { rowHasNumbers } from "../recognise/blocks";
import { CHANGE_HEAD } from "../recognise/vocabulary";

/** how many header lines above a list are read for its column's head (a two-line head: 本年度与上年度比较 over 金额) */
const HEAD_LINES = 3;

/**
 * A bound (a total at least the part it lists: a leading total over a list cut off, 其中 naming some of its parts) holds
 * only over amounts that only add. In a column of signed amounts the lines not listed may be negative, and a total
 * below its listed part says nothing: 主計處's 本年度與上年度比較 | 金額 column, 歲入合計 59,431,505 over (一)實質收入
 * 60,918,265 with the cut (二) lower than the year before. A column is signed where a number in it, at or below the
 * bound's first line, is negative (−25,324 and −11,460,298 under the bound), or where the head lines above the column's
 * first number name a change (CHANGE_HEAD: 比较, 增减, 差额 …; a line of one text, a title merged across the table such as
 * 各級政府淨收支比較總表, heads no column). Such a bound is dropped; a sum over the whole list (bound
 * "equal") is kept: changes add up as their amounts do. Only amount sums down one column: a bound across a line (a
 * running total's 累计 over its month) reads other columns.
 *
 * Each column's lowest negative row and its head are found once, in one pass down the column (linear in the sheet).
 */
export function withoutSignedBounds(grid: Grid, relations: Relation[]): Relation[] {
  let lowestNegative: Map<number, number> | null = null;
  let changeHead: Map<number, boolean> | null = null;
  const negativeFrom = (col: number): number => {
    lowestNegative ??= new Map();
    let r = lowestNegative.get(col);
    if (r === undefined) {
      r = 0;
      // (a negative number's text holds its minus sign, String(-25324), and so does a text read as one: where no text
      // cell of the sheet holds a '-' — Grid.hasText, one search of its texts — no column holds a negative number, and
      // none is walked; a column right of the scanned ones has no text cells, walked as before)
      const minus = col > grid.scanCols || grid.hasText("-");
      for (let row = grid.rowCount; minus && row >= 1 && r === 0; row--) {
        // (a number is read as itself, whatever its format: no reading made for it; a text as numberReadAt reads it)
        const v = grid.value(row, col);
        if (typeof v === "number") {
          if (v < 0 && Number.isFinite(v)) r = row;
          continue;
        }
        // (a text reads as a negative number only with its minus sign, "-" once compacted: most texts read no further)
        if (typeof v !== "string" || !grid.compactText(row, col).includes("-")) continue;
        const n = numberReadAt(grid, row, col);
        if (n && n.value < 0) r = row;
      }
      lowestNegative.set(col, r);
    }
    return r;
  };
  // (a column's head: the lines with no number right above its first number, read once per column)
  const headNamesChange = (col: number): boolean => {
    changeHead ??= new Map();
    let yes = changeHead.get(col);
    if (yes === undefined) {
      yes = false;
      let first = 1;
      while (first <= grid.rowCount && !numberReadAt(grid, first, col)) first++;
      let lines = 0;
      for (let h = first - 1; h >= 1 && lines < HEAD_LINES && !yes; h--) {
        if (!grid.rowHasContent(h)) continue;
        if (rowHasNumbers(grid, h)) break;
        // (a title line above the head, one text merged across the table, 各級政府淨收支比較總表, heads no column)
        if (oneText(grid, h)) continue;
        lines++;
        yes = CHANGE_HEAD.test(grid.compactText(h, col));
      }
      changeHead.set(col, yes);
    }
    return yes;
  };
  let out: Relation[] | null = null;
  for (let k = 0; k < relations.length; k++) {
    const r = relations[k];
    const top = r.kind === "sum" ? downOneColumn(r) : 0;
    if (top > 0 && r.kind === "sum" && (negativeFrom(r.total.col) >= top || headNamesChange(r.total.col))) {
      out ??= relations.slice(0, k);
      continue;
    }
    if (out !== null) out.push(r);
  }
  return out ?? relations;
}

/** an amount bound whose total and parts stand in one column: its first line (0 for any other relation) */
function downOneColumn(r: SumRelation): number {
  if (r.bound !== "atMost" || r.measure !== "amount" || r.running || r.orientation !== "rows") return 0;
  let top = r.total.row;
  for (const p of r.parts) {
    if (p.col !== r.total.col) return 0;
    if (p.row < top) top = p.row;
  }
  return top;
}

/**
 * The row holds one text only (a title merged across the table, or a unit line): no column's head. (A merge filled
 * across, the title written again in each cell it spanned, is one text.)
 */
function oneText(grid: Grid, r: number): boolean {
  let n = 0;
  for (let c = 1; c <= grid.scanCols && n < 2; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c) && !copiesLeft(grid, r, c)) n++;
  return n < 2;
}
