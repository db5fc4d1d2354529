import { a1, CellRange, parseA1, parseRange } from "./a1";
import { compact } from "../text/normalize";

/** A cell's value as a host read it: text, number, boolean, an Excel error ("#DIV/0!") or empty. */
export type CellValue = string | number | boolean | null | { error: string };

export interface Cell {
  /** the value (for a formula: its cached result) */
  v: CellValue;
  /** number format, e.g. "0.00%" */
  fmt?: string;
  /** formula text without the leading "=", where the host knows it */
  f?: string;
}

/**
 * Rows as packed arrays of one element kind, a missing cell as null, each at least `width` long (so that a scan
 * over the first columns never reads past a row's end), a missing row as nulls; the input is not changed.
 */
function packedRows(rows: (Cell | null | undefined)[][], width: number): (Cell | null)[][] {
  const out: (Cell | null)[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const packed: (Cell | null)[] = [];
    const n = row ? row.length : 0;
    for (let j = 0; j < n; j++) packed.push(row[j] ?? null);
    for (let j = n; j < width; j++) packed.push(null);
    out.push(packed);
  }
  return out;
}

/** An array of `n` undefined entries, allocated once at its size: filling it in any order keeps it a fast array. */
function emptySlots<T>(n: number): (T | undefined)[] {
  return new Array<T | undefined>(n).fill(undefined);
}

/** Cells a flat memo holds at most (16 MB of slots); a larger sheet keeps one array per row it reads. */
const FLAT_MEMO_MAX = 2_000_000;

/**
 * A memo of one string per cell of rows 1..rowCount, columns 0..stride-1: one flat array, row-major, where the
 * sheet is small enough (no object per row, the rows side by side in memory, and a large array is never copied
 * by the young-generation collector), else one array per row, made when the row is first written.
 */
class CellMemo {
  private readonly flat: (string | undefined)[] | null;
  private readonly rows: ((string | undefined)[] | undefined)[] | null;

  constructor(rowCount: number, private readonly stride: number) {
    const n = (rowCount + 1) * stride;
    this.flat = n <= FLAT_MEMO_MAX ? emptySlots(n) : null;
    this.rows = this.flat ? null : emptySlots(rowCount + 1);
  }

  get(row: number, col: number): string | undefined {
    return this.flat ? this.flat[row * this.stride + col] : this.rows![row]?.[col];
  }

  set(row: number, col: number, t: string): void {
    if (this.flat) this.flat[row * this.stride + col] = t;
    else (this.rows![row] ?? (this.rows![row] = emptySlots(this.stride)))[col] = t;
  }
}

/** The values of columns 1..stride-1 of rows 1..rowCount as one row-major array (null where empty), or null when too large. */
function flatValues(cells: (Cell | null)[][], rowCount: number, stride: number): CellValue[] | null {
  const n = (rowCount + 1) * stride;
  if (n > FLAT_MEMO_MAX) return null;
  const out = new Array<CellValue>(n).fill(null);
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    const base = (r + 1) * stride;
    const m = Math.min(row.length, stride - 1);
    for (let c = 0; c < m; c++) {
      const cell = row[c];
      if (cell !== null) out[base + c + 1] = cell.v ?? null;
    }
  }
  return out;
}

/** Columns scanned by recognisers (see Grid.scanCols). */
export const MAX_SCAN_COLS = 128;

export interface GridInit {
  name: string;
  /** rows of cells, row 1 first; a row or a cell may be missing */
  cells: (Cell | null | undefined)[][];
  merges?: (CellRange | string)[];
}

/**
 * A sheet as cells plus merges. Pure data: hosts build it once per read, everything else reads it.
 * `value(r, c)` forward-fills merged areas (every cell of a merge reads as its top-left anchor).
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** columns a recogniser scans: evaluation tables are narrow; a stray cell at XFD1 must not slow every scan */
  readonly scanCols: number;
  readonly merges: CellRange[];
  /** rows of cells, each a packed array (null where a cell is missing): one element kind for every accessor */
  private readonly cells: (Cell | null)[][];
  /**
   * The values of the scanned columns, row-major in one array (row * stride + col), where the sheet is small
   * enough (see FLAT_MEMO_MAX): every scan of the sheet reads them side by side instead of one cell object each.
   */
  private readonly values: CellValue[] | null;
  private readonly stride: number;
  /** per row, the merges that cover it in merge order (rows with the same merges share one array); built lazily */
  private rowMerges: (CellRange[] | undefined)[] | null = null;
  /** text() results of the scanned columns, made on first use (a cell right of scanCols is read uncached) */
  private textCache: CellMemo | null = null;
  /** compactText() results, laid out as textCache */
  private compactCache: CellMemo | null = null;

  constructor(init: GridInit) {
    this.name = init.name;
    this.merges = (init.merges ?? []).map((m) => (typeof m === "string" ? parseRange(m) : m));
    let cols = 0;
    for (const row of init.cells) if (row && row.length > cols) cols = row.length;
    for (const m of this.merges) if (m.c2 > cols) cols = m.c2;
    let rows = init.cells.length;
    for (const m of this.merges) if (m.r2 > rows) rows = m.r2;
    this.rowCount = rows;
    this.colCount = cols;
    this.scanCols = Math.min(cols, MAX_SCAN_COLS);
    this.cells = packedRows(init.cells, this.scanCols);
    this.stride = this.scanCols + 1;
    this.values = flatValues(this.cells, rows, this.stride);
  }

  /** Build a grid from plain values (strings/numbers); handy for tests and the functions layer. */
  static fromValues(name: string, values: (CellValue | undefined)[][], merges: string[] = []): Grid {
    return new Grid({
      name,
      cells: values.map((row) => row.map((v) => (v === undefined || v === "" ? null : { v }))),
      merges,
    });
  }

  /** The raw cell (no merge fill). */
  cell(row: number, col: number): Cell | null {
    return this.cells[row - 1]?.[col - 1] ?? null;
  }

  raw(row: number, col: number): CellValue {
    const vals = this.values;
    if (vals !== null && col >= 1 && col <= this.scanCols && row >= 1 && row <= this.rowCount) return vals[row * this.stride + col];
    return this.cell(row, col)?.v ?? null;
  }

  /**
   * For every row, the merges covering it (in merge order), by a sweep over the rows where a merge starts or
   * ends: rows between two such boundaries share one array. Linear in rows plus merges (a map keyed by every
   * merged cell costs a hash per lookup and grows with the merged area).
   */
  private buildRowMerges(): (CellRange[] | undefined)[] {
    const merges = this.merges;
    // filled up to the last merged row first: a packed array, never a sparse one
    const byRow: (CellRange[] | undefined)[] = [];
    let lastRow = 0;
    for (const m of merges) if (m.r2 > lastRow) lastRow = m.r2;
    for (let r = 0; r <= lastRow; r++) byRow.push(undefined);
    const order = merges.map((_, i) => i).sort((a, b) => merges[a].r1 - merges[b].r1 || a - b);
    const bounds = [...new Set(merges.flatMap((m) => [m.r1, m.r2 + 1]))].sort((a, b) => a - b);
    let active: number[] = [];
    let next = 0;
    for (let k = 0; k < bounds.length; k++) {
      const b = bounds[k];
      active = active.filter((i) => merges[i].r2 >= b);
      while (next < order.length && merges[order[next]].r1 <= b) active.push(order[next++]);
      if (!active.length || k + 1 === bounds.length) continue;
      active.sort((x, y) => x - y);
      const list = active.map((i) => merges[i]);
      for (let r = b, end = bounds[k + 1]; r < end; r++) byRow[r] = list;
    }
    return byRow;
  }

  /** The merge that covers a cell, if any (the last one listed, should two overlap). */
  mergeAt(row: number, col: number): CellRange | null {
    if (this.merges.length === 0) return null;
    const list = (this.rowMerges ?? (this.rowMerges = this.buildRowMerges()))[row];
    if (list === undefined) return null;
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (col >= m.c1 && col <= m.c2) return m;
    }
    return null;
  }

  /** The anchor (top-left) of the merge covering a cell, or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.r1, col: m.c1 } : { row, col };
  }

  /** True when the cell holds its own content: not merged, or the anchor of its merge. */
  ownsCell(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !m || (m.r1 === row && m.c1 === col);
  }

  /** True when the cell's content starts in this row (not filled down from a merge above). */
  startsInRow(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !m || m.r1 === row;
  }

  /** The cell's value with merged areas forward-filled. */
  value(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.r1, m.c1) : this.raw(row, col);
  }

  /** The number format of the cell (merge-filled). */
  format(row: number, col: number): string | undefined {
    const m = this.mergeAt(row, col);
    return m ? this.cell(m.r1, m.c1)?.fmt : this.cell(row, col)?.fmt;
  }

  formula(row: number, col: number): string | undefined {
    return this.cell(row, col)?.f;
  }

  /** Text of a cell (merge-filled): numbers as JS shows them, errors as their code, empty as "". Memoised. */
  text(row: number, col: number): string {
    if (col > this.scanCols || col < 1 || row < 1 || row > this.rowCount) return this.textOf(row, col);
    const cache = this.textCache ?? (this.textCache = new CellMemo(this.rowCount, this.scanCols + 1));
    let t = cache.get(row, col);
    if (t === undefined) cache.set(row, col, (t = this.textOf(row, col)));
    return t;
  }

  private textOf(row: number, col: number): string {
    const v = this.value(row, col);
    return v === null || v === undefined ? "" : typeof v === "object" ? v.error : typeof v === "string" ? v.trim() : String(v);
  }

  /** compact(text(row, col)), memoised per cell: recognisers match labels on it many times per sheet. */
  compactText(row: number, col: number): string {
    if (col > this.scanCols || col < 1 || row < 1 || row > this.rowCount) return this.compactOf(row, col);
    const cache = this.compactCache ?? (this.compactCache = new CellMemo(this.rowCount, this.scanCols + 1));
    let t = cache.get(row, col);
    if (t === undefined) cache.set(row, col, (t = this.compactOf(row, col)));
    return t;
  }

  private compactOf(row: number, col: number): string {
    // a number's or a boolean's text is ASCII without spaces: its own compact form
    const v = this.value(row, col);
    return typeof v === "number" || typeof v === "boolean" ? this.text(row, col) : compact(this.text(row, col));
  }

  /** True when some cell of the row holds its own content (not filled down from a merge above). */
  rowHasContent(row: number): boolean {
    const cells = this.cells[row - 1];
    if (!cells) return false;
    const n = Math.min(cells.length, this.scanCols);
    for (let c = 1; c <= n; c++) {
      const cell = cells[c - 1];
      if (cell && cell.v !== null && this.startsInRow(row, c)) return true;
    }
    return false;
  }
  /** The last row with content (0 for an empty sheet). */
  lastContentRow(): number {
    let r = this.rowCount;
    while (r > 0 && !this.rowHasContent(r)) r--;
    return r;
  }


  /** True when the cell is covered by a merge but is not its anchor. */
  isMergedTail(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.r1 !== row || m.c1 !== col);
  }

  addr(row: number, col: number): string {
    return a1(row, col);
  }

  /** The same cells with more merges (a table's filled-down group cells read as the merged cells they were). */
  withMerges(extra: CellRange[]): Grid {
    return new Grid({ name: this.name, cells: this.cells, merges: [...this.merges, ...extra] });
  }

  /** A copy with some cells replaced (null clears a cell). The original is not changed. */
  withCells(edits: { cell: string; value: Cell | null }[]): Grid {
    const cells = this.cells.map((row) => (row ? [...row] : row));
    for (const e of edits) {
      const { row, col } = parseA1(e.cell);
      while (cells.length < row) cells.push([]);
      if (!cells[row - 1]) cells[row - 1] = [];
      cells[row - 1]![col - 1] = e.value;
    }
    return new Grid({ name: this.name, cells, merges: this.merges });
  }
}
