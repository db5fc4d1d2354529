import type { Grid } from "../grid/grid";
import type { CellRange } from "../grid/a1";
import { NUMBER_LIKE } from "../recognise/cells";

/** each grid's spans, read once (a grid never changes: withCells / withMerges make another) */
const spansOf = new WeakMap<Grid, readonly CellRange[]>();

/**
 * The merges down of a sheet that has none (every merge down undone — a CSV dump, a paste as values, an unmerged
 * export — or never made: a group typed once, its lines below left blank): a cell (r, c) with a label left of it on
 * its line, the cells up to c blank on the lines under it (a label left of it, 总分 or the next group's, ends the
 * group), each of which has content right of c (the group's lines going on) — its span r..r2, as its merge would have
 * been; column by column, down each. A sheet with a merge down keeps its merges as its author made them: none read
 * there. Read once per grid and shared (mergedRollups and mergedAmountSums each keep the spans whose first cell holds a
 * number of theirs: merged.ts undoneSpans). The spans are shared: a caller must not change them.
 *
 * (Each caller once walked the whole grid itself, asking its test of every cell over a blank before the label and the
 * span; the test is pure, so asking it of the spans only, after, keeps the same spans. No line inside a span can start
 * one in its column — it is blank there — so the walk's step past each span it kept changed nothing either.)
 */
export function undoneSpanCandidates(grid: Grid): readonly CellRange[] {
  let spans = spansOf.get(grid);
  if (spans === undefined) spansOf.set(grid, (spans = readSpans(grid)));
  return spans;
}

function readSpans(grid: Grid): CellRange[] {
  const out: CellRange[] = [];
  if (grid.merges.some((m) => m.r2 > m.r1)) return out;
  // (the compact text first: a plane's read, where raw() is two; the same answer, both tests being pure. Without a merge
  // the compact text is the cell's own, "" for an empty cell: raw() is asked only of a merge's cells across, whose tails
  // read their anchor's text and hold none of their own)
  const across = grid.merges.length > 0;
  const blank = (r: number, c: number) => {
    if (grid.compactText(r, c) === "") return true;
    if (!across) return false;
    const v = grid.raw(r, c);
    return v === null || v === undefined;
  };
  /** line n has a cell with content right of column c */
  const rightOf = (n: number, c: number) => {
    for (let k = c + 1; k <= grid.scanCols; k++) if (!blank(n, k)) return true;
    return false;
  };
  for (let c = 2; c <= grid.scanCols; c++) {
    // (whether line r + 1 is blank in column c, carried to the next line as its own: each cell asked once)
    let here = grid.rowCount >= 1 ? blank(1, c) : true;
    for (let r = 1; r < grid.rowCount; r++) {
      const isBlank = here;
      const below = blank(r + 1, c);
      here = below;
      if (isBlank || !below) continue;
      let labelled = false;
      for (let k = c - 1; k >= 1 && !labelled; k--) labelled = !blank(r, k) && !NUMBER_LIKE.test(grid.compactText(r, k));
      if (!labelled) continue;
      let r2 = r;
      for (let n = r + 1; n <= grid.rowCount; n++) {
        let open = rightOf(n, c);
        for (let k = 1; k <= c && open; k++) open = blank(n, k);
        if (!open) break;
        r2 = n;
      }
      if (r2 > r) {
        out.push({ r1: r, c1: c, r2, c2: c });
        r = r2;
        here = r + 1 <= grid.rowCount ? blank(r + 1, c) : true;
      }
    }
  }
  return out;
}
