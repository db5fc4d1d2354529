import type { Grid } from "../grid/grid";
import { isClosingRow } from "./table-closing";

/**
 * Group labels written in the middle of their block (a vertical merge exported from a PDF or a Word table keeps its
 * text on the middle line: "产出指标" on the 4th of 8 rows, nothing above it), told from the usual layout (the label on
 * the block's first row) by the table's first data row: empty in that column, with labels further down and no merge.
 *
 * The blocks are rebuilt from where their labels stand: a block [b, e] shows its label on a middle row, ⌊(b + e) / 2⌋
 * or ⌈(b + e) / 2⌉; the first block starts on the first data row, each next one right after, and the last ends on the
 * table's last row; of the ends a label allows (e = 2p − b − 1 … 2p − b + 1), the one that lets every later block fit
 * is taken. Null when no such partition exists (the column is not centred, or the table is cut): the rows keep the
 * usual reading.
 *
 * Returns, for every data row of the column, the row its label stands on.
 */
export function centredLabelRows(grid: Grid, col: number, first: number, endRow: number, within?: (row: number) => number): Map<number, number> | null {
  // the table's rows: up to its closing row (合计, 填表人 …) or the last row with content
  let last = first;
  for (let r = first; r <= endRow; r++) {
    if (isClosingRow(grid, r)) break;
    if (grid.rowHasContent(r)) last = r;
  }
  if (last <= first) return null;
  for (let r = first; r <= last; r++) if (grid.mergeAt(r, col)) return null;
  const out = new Map<number, number>();
  // the level above splits the rows into spans, each centred on its own (二级 labels inside their 一级 block)
  let start = first;
  while (start <= last) {
    const spanEnd = within ? Math.min(last, within(start)) : last;
    const labels: number[] = [];
    for (let r = start; r <= spanEnd; r++) if (grid.compactText(r, col)) labels.push(r);
    if (!labels.length) return null;
    const ends = partition(labels, start, spanEnd);
    if (!ends) return null;
    let b = start;
    labels.forEach((p, k) => {
      for (let r = b; r <= ends[k]; r++) out.set(r, p);
      b = ends[k] + 1;
    });
    start = spanEnd + 1;
  }
  return out;
}

/** The block ends for labels at `labels`, the first block starting at `start`, the last ending at `last`; null if none fit. */
function partition(labels: number[], start: number, last: number): number[] | null {
  const ends: number[] = [];
  const failed = new Set<string>();
  const placeFrom = (k: number, b: number): boolean => {
    if (k === labels.length) return b === last + 1;
    const p = labels[k];
    if (p < b || failed.has(`${k}:${b}`)) return false;
    for (const d of [1, 0, -1]) {
      const e = 2 * p - b + d;
      if (e < p || e > last || (k + 1 < labels.length && e + 1 > labels[k + 1])) continue;
      ends[k] = e;
      if (placeFrom(k + 1, e + 1)) return true;
    }
    failed.add(`${k}:${b}`);
    return false;
  };
  return placeFrom(0, start) ? ends : null;
}

/**
 * Whether a level column of a table reads as centred: its first data row is empty and unmerged there, a later row
 * holds a label, and the row under the header is a data row (a name in the indicator column).
 */
export function looksCentred(grid: Grid, col: number, firstDataRow: number, nameCol: number | undefined): boolean {
  if (nameCol === undefined || nameCol === col) return false;
  if (grid.mergeAt(firstDataRow, col) || grid.compactText(firstDataRow, col) !== "") return false;
  return grid.compactText(firstDataRow, nameCol) !== "";
}
