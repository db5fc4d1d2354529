import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import type { CellRange } from "../grid/a1";
import { amountAt, copiesAbove, lineName } from "./cells";
import { UNIT_WAN, UNIT_YUAN } from "./vocabulary";
import { sumAgrees } from "../relations/tolerance";

/**
 * An amount list whose first column is merged over a block of lines (县区 仙游县 over its relics), the block's last
 * line holding amounts alone (no name, no label, nothing merged into it from above): that line is the block's
 * subtotal, as a 小计 line would be — each of its amounts the sum of the numbers above it in its column, within the
 * block. Only under a column named as money (金额(万元), 补助资金 …), with two or more lines above it, each a plain number
 * or blank, and with the list going on below the block (a sheet cut on that line may have lost its name).
 */

/** the group of such a relation (amountListHead reads a list's head from it) */
export const BLOCK_SUBTOTAL_GROUP = "block-subtotal:";

const NUMBER_TEXT = /^[-+]?[\d,]+(\.\d+)?$/;

export function unlabelledBlockSubtotals(
  grid: Grid,
  skip: { first: number; last: number } | null,
  isMoneyHeader: (text: string) => boolean,
): SumRelation[] {
  const out: SumRelation[] = [];
  // (the runs read from the lines are read outside the skipped span only: one reaching into it would be dropped below;
  // a span of no line, last before first, read as none there, subtotalsOf dropping what meets it as before)
  const span = skip && skip.first <= skip.last ? skip : null;
  const undone = undoneLabels(grid, span);
  for (const m of [...grid.merges, ...filledDownLabels(grid, span)]) out.push(...subtotalsOf(m));
  // the spans read from blanks where the sheet's numbers vouch: two thirds of the blocks' subtotals agreeing, one at
  // least (a line of amounts alone under a block may be the whole list's total, no block's: it adds up to no block)
  const read = undone.flatMap(subtotalsOf);
  const agree = read.filter((r) => sumAgrees(r.total, r.parts).ok).length;
  if (agree >= 1 && agree * 3 >= read.length * 2) out.push(...read);
  return out;

  function subtotalsOf(m: CellRange): SumRelation[] {
    const out: SumRelation[] = [];
    if (m.c1 !== m.c2 || m.c1 > grid.scanCols || m.r2 - m.r1 < 2 || m.r2 >= grid.rowCount) return out;
    if (skip && m.r2 >= skip.first && m.r1 <= skip.last) return out;
    const label = grid.compactText(m.r1, m.c1);
    if (!label || NUMBER_TEXT.test(label)) return out;
    // the label column is the list's first: nothing left of it in the block's first line but a sequence number
    let leftEmpty = true;
    for (let c = 1; c < m.c1 && leftEmpty; c++) if (grid.compactText(m.r1, c) && !NUMBER_TEXT.test(grid.compactText(m.r1, c))) leftEmpty = false;
    if (!leftEmpty) return out;
    const last = m.r2;
    // the last line: amounts alone right of the label column, no text, no cell merged into it from above
    const amounts: number[] = [];
    let bare = true;
    for (let c = m.c1 + 1; c <= grid.scanCols && bare; c++) {
      const a = grid.anchor(last, c);
      if (a.row !== last) {
        if (grid.compactText(a.row, a.col)) bare = false;
        continue;
      }
      if (a.col !== c) continue;
      const t = grid.compactText(last, c);
      if (!t) continue;
      const n = amountAt(grid, last, c);
      if (!n || n.percent) bare = false;
      else amounts.push(c);
    }
    if (!bare || !amounts.length) return out;
    // the list goes on below the block (a line with content)
    let after = false;
    for (let r = last + 1; r <= Math.min(grid.rowCount, last + 3) && !after; r++) after = grid.rowHasContent(r);
    if (!after) return out;
    for (const col of amounts) {
      const header = headingAbove(grid, m.r1, col);
      if (!header || !isMoneyHeader(header)) continue;
      const unit = unitOf(header) ?? sheetUnit(grid, m.r1);
      const parts: RelationTerm[] = [];
      let clean = true;
      for (let r = m.r1; r < last && clean; r++) {
        const a = grid.anchor(r, col);
        if (a.row !== r || a.col !== col) {
          // a cell merged down past the line (or from a column to the left): the columns do not nest
          if (a.row !== r || grid.compactText(a.row, a.col)) clean = false;
          continue;
        }
        if (!grid.compactText(r, col)) continue;
        const n = amountAt(grid, r, col);
        if (!n || n.percent) {
          clean = false;
          continue;
        }
        parts.push({ ...n, label: lineName(grid, r, m.c1 + 1, col) || label, unit: n.unit ?? unit });
      }
      if (!clean || parts.length < 2) continue;
      const total = amountAt(grid, last, col)!;
      const name = `${label}小计`;
      out.push({
        kind: "sum",
        id: `sum:amount:${total.cell}`,
        measure: "amount",
        block: "amount-table",
        orientation: "rows",
        label: name,
        total: { ...total, label: name, unit: total.unit ?? unit },
        parts,
        bound: "equal",
        group: `${BLOCK_SUBTOTAL_GROUP}${last}`,
      });
    }
    return out;
  }
}

/**
 * The lines' first labels written again down a column, unchanged (县区 仙游县 merged over its relics, filled down by an
 * export or a paste: 仙游县 on each line, its subtotal's line too): each run of three lines or more, as the merge it was.
 * Only a line's first text that is no number is asked (the block's label column is the list's first), once per line.
 */
function filledDownLabels(grid: Grid, skip: { first: number; last: number } | null): CellRange[] {
  const out: CellRange[] = [];
  const { start, cols } = grid.textCells();
  // (the skipped span's lines between its first and its last are not read: a run holding a line of the span is marked and
  // dropped, as unlabelledBlockSubtotals would drop it, so the runs kept are the ones a walk of every line keeps)
  const from = skip ? skip.first : 0;
  const to = skip ? skip.last : -1;
  let spanned = false;
  // the open run: rows r1 … r2 of column c1 (c1 = 0: none), a range made only for a run kept (no object per line of a
  // long table whose every line starts a run of its own)
  let r1 = 0;
  let c1 = 0;
  let r2 = 0;
  const close = () => {
    if (c1 && r2 - r1 >= 2 && !spanned) out.push({ r1, c1, r2, c2: c1 });
    c1 = 0;
    spanned = false;
  };
  for (let r = 1; r <= grid.rowCount; r++) {
    if (r > from && r < to) r = to;
    let c = 0;
    for (let k = start[r]; k < start[r + 1] && !c; k++) if (!NUMBER_TEXT.test(grid.compactText(r, cols[k]))) c = cols[k];
    if (c && c1 === c && r2 === r - 1 && copiesAbove(grid, r, c)) {
      r2 = r;
      if (r >= from && r <= to) spanned = true;
      continue;
    }
    close();
    if (c) {
      r1 = r;
      c1 = c;
      r2 = r;
      spanned = r >= from && r <= to;
    }
  }
  close();
  return out;
}

/**
 * The lines' first labels merged down a column, the merges undone (a CSV dump, a paste as values, an unmerged export:
 * 仙游县 on its first line, blank on its relics' lines and its subtotal's): from a line's first label, the lines under it
 * blank up to its column (a sequence number left of it too) while they go on right of it, down to the first line of
 * amounts alone — the block's unlabelled subtotal — each run of three lines or more, as the merge it was; read where the
 * blocks' numbers vouch (unlabelledBlockSubtotals). Only on a sheet with no merge down (one that has any keeps its
 * merges as its author made them).
 */
function undoneLabels(grid: Grid, skip: { first: number; last: number } | null): CellRange[] {
  const out: CellRange[] = [];
  if (grid.merges.some((m) => m.r2 > m.r1)) return out;
  // (no run from a line of the skipped span, and none reaching into it: unlabelledBlockSubtotals drops those)
  const from = skip ? skip.first : grid.rowCount + 1;
  const to = skip ? skip.last : grid.rowCount;
  const { start, cols } = grid.textCells();
  /** the first text of line r that is no number: its column, 0 where none */
  const firstLabel = (r: number) => {
    for (let k = start[r]; k < start[r + 1]; k++) if (!NUMBER_TEXT.test(grid.compactText(r, cols[k]))) return cols[k];
    return 0;
  };
  for (let r = 1; r < grid.rowCount; r++) {
    if (r >= from && r <= to) {
      r = to;
      continue;
    }
    const c = firstLabel(r);
    if (!c) continue;
    let r2 = r;
    for (let n = r + 1; n <= grid.rowCount; n++) {
      // (the cells up to c first, each a plane's read; the line's content, a scan of its cells, asked only then: both pure)
      let open = true;
      for (let k = 1; k <= c && open; k++) open = grid.compactText(n, k) === "";
      if (!open || !grid.rowHasContent(n)) break;
      if (n >= from && n <= to) {
        r2 = r;
        break;
      }
      r2 = n;
      // (a line of amounts alone closes the block: its subtotal)
      if (!firstLabel(n)) break;
    }
    if (r2 - r >= 2) out.push({ r1: r, c1: c, r2, c2: c });
  }
  return out;
}

/** The first text above a block in a column that is not a number: the column's name. */
function headingAbove(grid: Grid, row: number, col: number): string {
  for (let r = row - 1; r >= 1; r--) {
    const a = grid.anchor(r, col);
    if (a.row !== r) continue;
    const t = grid.compactText(a.row, a.col);
    if (t && !NUMBER_TEXT.test(t)) return t;
  }
  return "";
}


function unitOf(text: string): AmountUnit | null {
  return UNIT_WAN.test(text) ? "万元" : UNIT_YUAN.test(text) ? "元" : null;
}

/** The unit stated in the rows above the block ("单位:万元"), if any. */
function sheetUnit(grid: Grid, row: number): AmountUnit | null {
  for (let r = row - 1; r >= Math.max(1, row - 6); r--) {
    for (let c = 1; c <= grid.scanCols; c++) {
      const t = grid.ownsCell(r, c) ? grid.compactText(r, c) : "";
      if (t && t.length <= 40) {
        const u = unitOf(t);
        if (u) return u;
      }
    }
  }
  return null;
}
