import { a1, CellRange, parseA1, parseRange } from "./a1";
import { compact } from "../text/normalize";
import { mayMatch, patternAutomaton, TextPresence, textPresence } from "./pattern-gate";

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

/** An array of `n` copies of `x`, allocated once at its size: one element kind, never sparse. */
function filled<T>(n: number, x: T): T[] {
  return new Array<T>(n).fill(x);
}

/**
 * `re` with the g flag (textMatches searches from an offset with lastIndex): a copy made once per pattern and kept (a
 * pattern is a module's constant, asked of every grid), not a RegExp made on each call. Only textMatches uses it, and it
 * sets lastIndex before each search.
 */
function globalCopy(re: RegExp): RegExp {
  let g = GLOBAL_COPIES.get(re);
  if (g === undefined) GLOBAL_COPIES.set(re, (g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g")));
  return g;
}
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

/** Cells a flat plane holds at most (16 MB of slots); a larger sheet keeps one array per row it writes. */
const FLAT_MEMO_MAX = 2_000_000;

/**
 * One slot per cell of rows 1..rowCount, columns 0..stride-1 (`empty` where nothing was set): one flat array,
 * row-major, where the sheet is small enough (no object per row or per cell, the rows side by side in memory,
 * and a large array is never copied by the young-generation collector), else one array per row, made when the
 * row is first written. A row or column outside the plane reads as `empty`.
 */
class CellPlane<T> {
  private readonly flat: T[] | null;
  private readonly rows: (T[] | undefined)[] | null;

  constructor(
    rowCount: number,
    private readonly stride: number,
    private readonly empty: T,
  ) {
    const n = (rowCount + 1) * stride;
    this.flat = n <= FLAT_MEMO_MAX ? filled(n, empty) : null;
    this.rows = this.flat ? null : filled<T[] | undefined>(rowCount + 1, undefined);
  }

  get(row: number, col: number): T {
    // (bounds checked before the read: a read past an array's end drops the optimised code that inlined it)
    if (this.flat !== null) {
      const i = row * this.stride + col;
      if (i >= this.flat.length) return this.empty;
      const v = this.flat[i];
      return v === undefined ? this.empty : v;
    }
    if (row >= this.rows!.length) return this.empty;
    const r = this.rows![row];
    return r === undefined ? this.empty : r[col];
  }

  set(row: number, col: number, t: T): void {
    if (this.flat !== null) this.flat[row * this.stride + col] = t;
    else (this.rows![row] ?? (this.rows![row] = filled(this.stride, this.empty)))[col] = t;
  }
}

/** Slots of a CompactPlane chunk at most: an array of object slots below V8's large-object size (128 KB). */
const CHUNK_SLOTS = 8192;

/**
 * The compact texts of every cell of rows 1..rowCount, columns 0..stride-1 ("" where a cell has none), in chunks of rows,
 * each below the large-object size (a 40,000-row sheet's texts as one flat plane are a large object of 3 MB, allocated
 * on pages fresh from the system, some 12 ms, where its chunks are allocated as any small array); a chunk's rows are a
 * power of two. All made at once and filled in one pass (Grid.compactPlane): a read is two array loads, no test of a
 * slot not yet filled. A row or column outside reads as undefined.
 */
class CompactPlane {
  readonly chunks: string[][];
  readonly shift: number;
  readonly mask: number;

  constructor(
    rowCount: number,
    readonly stride: number,
  ) {
    let shift = 0;
    while (stride * (2 << shift) <= CHUNK_SLOTS) shift++;
    this.shift = shift;
    this.mask = (1 << shift) - 1;
    const n = (rowCount >> shift) + 1;
    const chunks: string[][] = [];
    // (the last chunk holds the rows left, no more: a sheet of 30 lines is one chunk of 31 rows, not of the 500 or so a
    // full chunk of its width holds — a whole chunk allocated and filled for every grid of an ordinary workbook)
    for (let k = 0; k < n; k++) chunks.push(filled(k + 1 < n ? stride << shift : ((rowCount & this.mask) + 1) * stride, ""));
    this.chunks = chunks;
  }

  get(row: number, col: number): string | undefined {
    const k = row >> this.shift;
    if (k >= this.chunks.length || col >= this.stride) return undefined;
    return this.chunks[k][(row & this.mask) * this.stride + col];
  }
}

/**
 * A sheet's cells as planes over the scanned columns (values; formats and formulas only where some cell has one),
 * and the few rows with a cell right of the scanned columns as they came. Shared by a grid and its copies with
 * more merges (the raw cells are the same; only merge-filled reads differ).
 */
interface CellStore {
  /** rows and columns the cells span (merges may widen a grid beyond them) */
  readonly rows: number;
  readonly cols: number;
  readonly scanCols: number;
  readonly values: CellPlane<CellValue>;
  readonly formats: CellPlane<string | undefined> | null;
  readonly formulas: CellPlane<string | undefined> | null;
  /** by row, the row's cells (every column) where one right of scanCols holds a cell */
  readonly wide: Map<number, (Cell | null)[]> | null;
}

function emptyStore(rows: number, cols: number, scanCols: number): CellStore {
  return { rows, cols, scanCols, values: new CellPlane<CellValue>(rows, scanCols + 1, null), formats: null, formulas: null, wide: null };
}

/** The store of rows of cells spanning `rows` rows and `cols` columns. */
function cellStore(cells: (Cell | null | undefined)[][], rows: number, cols: number, scanCols: number): CellStore {
  const stride = scanCols + 1;
  const values = new CellPlane<CellValue>(rows, stride, null);
  let formats: CellPlane<string | undefined> | null = null;
  let formulas: CellPlane<string | undefined> | null = null;
  let wide: Map<number, (Cell | null)[]> | null = null;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!row) continue;
    const m = Math.min(row.length, scanCols);
    for (let c = 0; c < m; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined) continue;
      const v = cell.v ?? null;
      if (v !== null) values.set(r + 1, c + 1, v);
      if (cell.fmt !== undefined) (formats ?? (formats = new CellPlane<string | undefined>(rows, stride, undefined))).set(r + 1, c + 1, cell.fmt);
      if (cell.f !== undefined) (formulas ?? (formulas = new CellPlane<string | undefined>(rows, stride, undefined))).set(r + 1, c + 1, cell.f);
    }
    for (let c = m; c < row.length; c++) {
      if (row[c]) {
        const packed: (Cell | null)[] = [];
        for (let j = 0; j < row.length; j++) packed.push(row[j] ?? null);
        (wide ?? (wide = new Map())).set(r + 1, packed);
        break;
      }
    }
  }
  return { rows, cols, scanCols, values, formats, formulas, wide };
}

/** A store's cells as rows of cells again (each a packed array, null where a cell is missing). */
function storedCells(s: CellStore): (Cell | null)[][] {
  const out: (Cell | null)[][] = [];
  for (let r = 1; r <= s.rows; r++) {
    const wide = s.wide?.get(r);
    if (wide) {
      out.push([...wide]);
      continue;
    }
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= s.scanCols; c++) row.push(storedCell(s, r, c));
    out.push(row);
  }
  // the columns the cells spanned (a row written wider than its last cell)
  if (out.length && out[0].length < s.cols) while (out[0].length < s.cols) out[0].push(null);
  return out;
}

/** The cell of a store at a scanned column (a new object), or null. */
function storedCell(s: CellStore, row: number, col: number): Cell | null {
  const v = s.values.get(row, col);
  const fmt = s.formats?.get(row, col);
  const f = s.formulas?.get(row, col);
  if (v === null && fmt === undefined && f === undefined) return null;
  return fmt !== undefined ? (f !== undefined ? { v, fmt, f } : { v, fmt }) : f !== undefined ? { v, f } : { v };
}

/** Grid.textCells(): the columns of each row's own text cells, one run per row (row r's: cols[start[r]] … cols[start[r + 1] - 1]). */
export interface TextCells {
  readonly start: Int32Array;
  readonly cols: Int32Array;
}

/** Texts joined at a time for Grid.hasText: an array of their slots stays below V8's large-object size (128 KB). */
const TEXT_PIECE = 8192;
/**
 * Joined texts shorter than this are searched without the pattern gate (Grid.hasText): a search of them costs about
 * what the gate's check does (some µs), and the texts' presence would cost the sheet more than the searches it saves
 * (the corpus' sheets, reviewed in one process with and without the gate: 1.01×; the 2,000-row sheet, 80,000
 * characters: 0.92×).
 */
const GATE_MIN_CHARS = 8192;
/**
 * Text cells whose compact text is this long at least are listed as textCells() is made (Grid.longTextCells): a reader
 * of sentences (sentence-cells.ts, 8 characters and more) walks them, not every text cell of a sheet of short labels.
 */
const LONG_TEXT = 8;

/**
 * compact(text) of a cell's value (Grid.text from the value read once): a number's or a boolean's text is ASCII without
 * spaces, its own compact form.
 */
function compactOfValue(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return compact(typeof v === "object" ? v.error : v.trim());
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
  /**
   * The raw cells: values (and formats, formulas) of the scanned columns in planes, row-major (see CellPlane), so
   * that every scan of the sheet reads them side by side, with no object per cell kept for the whole review.
   */
  private readonly store: CellStore;
  /** per row, the merges that cover it in merge order (rows with the same merges share one array); built lazily */
  private rowMerges: (CellRange[] | undefined)[] | null = null;
  /**
   * compactText() results of the scanned columns, all made on first use (a cell right of scanCols is read uncached). text()
   * keeps none: a string cell's text is its value (trim() gives the string itself back where there is nothing to trim)
   * and a number's is String(n), both made without a cache, which a large sheet would pay with a plane as large as
   * its cells' (a large object that brings the young-generation collection forward), read about twice per cell.
   */
  private compactCache: CompactPlane | null = null;
  /** textCells(), made on first use */
  private textIndex: TextCells | null = null;
  /**
   * the compact texts of textCells() joined by line ends, in pieces of at most TEXT_PIECE texts (made with it: no array
   * of every text, a large object on a large sheet). Searched piece by piece, never joined whole: a 2,000-row sheet's
   * texts whole are a string of some 160 KB, a large object on pages fresh from the system, which took 0.6 ms to make.
   */
  private textPieces: string[] | null = null;
  /** the length of the longest compact text of textCells() (made with it) */
  private longestText = 0;
  /** the entries of textCells().cols whose compact text is LONG_TEXT characters long at least, in order (made with it) */
  private longTexts: number[] = [];
  /**
   * the characters and adjacent pairs of textPieces (pattern-gate.ts), made on the first pattern searched; false where
   * the texts are shorter than GATE_MIN_CHARS (searched without a gate)
   */
  private piecesPresence: TextPresence | false | null = null;

  /** `store`: the cells of another grid (the same cells with other merges); init.cells is then not read */
  constructor(init: GridInit, store?: CellStore) {
    this.name = init.name;
    // (pushed into a literal array: map() made it holey where the optimising compiler inlined it, packed where the
    // builtin ran, and mergeAt, meeting both, dropped its optimised code)
    const merges: CellRange[] = [];
    const given = init.merges;
    if (given) for (let k = 0; k < given.length; k++) {
      const m = given[k];
      merges.push(typeof m === "string" ? parseRange(m) : m);
    }
    this.merges = merges;
    let cols = 0;
    let rows = 0;
    if (store) {
      cols = store.cols;
      rows = store.rows;
    } else {
      for (const row of init.cells) if (row && row.length > cols) cols = row.length;
      rows = init.cells.length;
    }
    const cellCols = cols;
    const cellRows = rows;
    for (const m of this.merges) if (m.c2 > cols) cols = m.c2;
    for (const m of this.merges) if (m.r2 > rows) rows = m.r2;
    this.rowCount = rows;
    this.colCount = cols;
    this.scanCols = Math.min(cols, MAX_SCAN_COLS);
    if (store && store.scanCols === this.scanCols) this.store = store;
    else this.store = cellStore(store ? storedCells(store) : init.cells, cellRows, cellCols, this.scanCols);
  }

  /** Build a grid from plain values (strings/numbers); handy for tests and the functions layer. */
  static fromValues(name: string, values: (CellValue | undefined)[][], merges: string[] = []): Grid {
    let cols = 0;
    for (let r = 0; r < values.length; r++) if (values[r] && values[r].length > cols) cols = values[r].length;
    const scanCols = Math.min(cols, MAX_SCAN_COLS);
    const store = emptyStore(values.length, cols, scanCols);
    const wideRows: (Cell | null)[][] = [];
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      if (!row) continue; // a missing row (a sparse array of rows)
      const m = Math.min(row.length, scanCols);
      for (let c = 0; c < m; c++) {
        const v = row[c];
        if (v !== undefined && v !== "" && v !== null) store.values.set(r + 1, c + 1, v);
      }
      if (row.length > scanCols && row.some((v, c) => c >= scanCols && v !== undefined && v !== "")) {
        wideRows[r] = row.map((v) => (v === undefined || v === "" ? null : { v }));
      }
    }
    if (wideRows.length) return new Grid({ name, cells: values.map((row, r) => wideRows[r] ?? row.map((v) => (v === undefined || v === "" ? null : { v }))), merges });
    return new Grid({ name, cells: [], merges }, store);
  }

  /** The raw cell (no merge fill): a new object on every call (its value, and its format and formula if any). */
  cell(row: number, col: number): Cell | null {
    const s = this.store;
    if (col > s.scanCols || col < 1 || row < 1) return s.wide?.get(row)?.[col - 1] ?? null;
    return storedCell(s, row, col);
  }

  raw(row: number, col: number): CellValue {
    if (col >= 1 && col <= this.scanCols && row >= 1) return this.store.values.get(row, col);
    return this.cell(row, col)?.v ?? null;
  }

  /**
   * For every row, the merges covering it (in merge order), by a sweep over the rows where a merge starts or
   * ends: rows between two such boundaries share one array. Linear in rows plus merges (a map keyed by every
   * merged cell costs a hash per lookup and grows with the merged area).
   */
  private buildRowMerges(): (CellRange[] | undefined)[] {
    const merges = this.merges;
    // filled up to the last merged row first, allocated once at its size (never a sparse array; a list grown row by
    // row through a 40,000-row sheet is a large object allocated anew at every step)
    let lastRow = 0;
    for (const m of merges) if (m.r2 > lastRow) lastRow = m.r2;
    const byRow = filled<CellRange[] | undefined>(lastRow + 1, undefined);
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
      // pushed into a literal, not made by map(): one array shape whether this runs optimised or not (an array
      // from map() is holey where the optimising compiler inlined it, packed where the builtin ran), so that
      // mergeAt, inlined into every scan, never meets a second shape and drops its optimised code
      const list: CellRange[] = [];
      for (let j = 0; j < active.length; j++) list.push(merges[active[j]]);
      for (let r = b, end = bounds[k + 1]; r < end; r++) byRow[r] = list;
    }
    return byRow;
  }

  /** The merge that covers a cell, if any (the last one listed, should two overlap). */
  mergeAt(row: number, col: number): CellRange | null {
    if (this.merges.length === 0) return null;
    const byRow = this.rowMerges ?? (this.rowMerges = this.buildRowMerges());
    // (a row below the last merge: no read past the array's end, which drops the optimised code of every scan)
    if (row >= byRow.length) return null;
    const list = byRow[row];
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

  /** The row of the cell's anchor (anchor(row, col).row, no object made: per-cell scans ask it of every row). */
  anchorRow(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m ? m.r1 : row;
  }

  /** The column of the cell's anchor (anchor(row, col).col, no object made). */
  anchorCol(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m ? m.c1 : col;
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
    return m ? this.ownFormat(m.r1, m.c1) : this.ownFormat(row, col);
  }

  /** The number format of the cell itself (no merge fill). */
  ownFormat(row: number, col: number): string | undefined {
    const s = this.store;
    if (col > s.scanCols || col < 1 || row < 1) return s.wide?.get(row)?.[col - 1]?.fmt;
    return s.formats === null ? undefined : s.formats.get(row, col);
  }

  formula(row: number, col: number): string | undefined {
    const s = this.store;
    if (col > s.scanCols || col < 1 || row < 1) return s.wide?.get(row)?.[col - 1]?.f;
    return s.formulas === null ? undefined : s.formulas.get(row, col);
  }

  /** Text of a cell (merge-filled): numbers as JS shows them, errors as their code, empty as "". */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    return v === null || v === undefined ? "" : typeof v === "object" ? v.error : typeof v === "string" ? v.trim() : String(v);
  }

  /** compact(text(row, col)), memoised per cell: recognisers match labels on it many times per sheet. */
  compactText(row: number, col: number): string {
    if (col > this.scanCols || col < 1 || row < 1 || row > this.rowCount) return this.compactOf(row, col);
    const p = this.compactCache ?? this.compactPlane();
    return p.chunks[row >> p.shift][(row & p.mask) * p.stride + col];
  }

  /**
   * Every scanned cell's compact text, in one pass over the cells, made on the first compactText (textCells reads every
   * cell's, on every review): a merge's tails take its anchor's text (value() reads the anchor's), the text of a merge
   * met again in the same column or right after itself in the row reused, not compacted again.
   */
  private compactPlane(): CompactPlane {
    const rows = this.rowCount;
    const scan = this.scanCols;
    const p = new CompactPlane(rows, scan + 1);
    const values = this.store.values;
    const merged = this.merges.length > 0;
    // (by column, the last merge met there and its text: a merge down a column is compacted once)
    const lastMerge: (CellRange | null)[] = merged ? filled<CellRange | null>(scan + 1, null) : [];
    const lastText: string[] = merged ? filled(scan + 1, "") : [];
    for (let r = 1; r <= rows; r++) {
      const chunk = p.chunks[r >> p.shift];
      const at = (r & p.mask) * p.stride;
      for (let c = 1; c <= scan; c++) {
        const m = merged ? this.mergeAt(r, c) : null;
        let t: string;
        if (m === null) {
          const v = values.get(r, c);
          if (v === null) continue;
          t = compactOfValue(v);
        } else if (m === lastMerge[c]) t = lastText[c];
        else if (c > 1 && m === lastMerge[c - 1]) t = lastText[c - 1];
        else t = compactOfValue(this.raw(m.r1, m.c1));
        if (m !== null) {
          lastMerge[c] = m;
          lastText[c] = t;
        }
        if (t) chunk[at + c] = t;
      }
    }
    return (this.compactCache = p);
  }

  private compactOf(row: number, col: number): string {
    return compactOfValue(this.value(row, col));
  }

  /**
   * The cells that hold text of their own, row by row: each scanned cell (columns 1..scanCols) the row owns (ownsCell)
   * whose compactText is not empty, left to right; row r's columns are cols[start[r]] … cols[start[r + 1] - 1] (none for
   * a row outside 1..rowCount). Made once per grid, on first use, in one pass over the cells (their compact texts stay
   * memoised): a recogniser looking for a label anywhere in the sheet walks these instead of every cell with its merge
   * lookups (a 2,000-row review scanned the whole sheet some fifteen times, cell by cell).
   */
  textCells(): TextCells {
    return this.textIndex ?? (this.textIndex = this.buildTextCells());
  }

  private buildTextCells(): TextCells {
    const rows = this.rowCount;
    const start = new Int32Array(rows + 2);
    // (typed arrays: no object per cell, nothing for the collector to trace; room for every scanned cell of a narrow
    // sheet from the start, grown by doubling, cut to size at the end)
    let cols = new Int32Array(Math.max(64, rows * Math.min(this.scanCols, 16)));
    let n = 0;
    const pieces: string[] = [];
    // (a piece's texts in an array made once at the most it can hold — TEXT_PIECE, or the cells left to read — and
    // cut to its texts at the end, not grown text by text: three times its size allocated on every grid)
    const room = (r: number) => Math.min(TEXT_PIECE, (rows - r + 1) * this.scanCols);
    let texts = new Array<string>(room(1));
    let m = 0;
    let longest = 0;
    const long: number[] = [];
    const p = this.compactCache ?? this.compactPlane();
    const merged = this.merges.length > 0;
    for (let r = 1; r <= rows; r++) {
      start[r] = n;
      const chunk = p.chunks[r >> p.shift];
      const at = (r & p.mask) * p.stride;
      for (let c = 1; c <= this.scanCols; c++) {
        const t = chunk[at + c];
        if (!t || (merged && !this.ownsCell(r, c))) continue;
        if (m === TEXT_PIECE) {
          pieces.push(texts.join("\n"));
          texts = new Array<string>(room(r));
          m = 0;
        }
        texts[m++] = t;
        if (t.length > longest) longest = t.length;
        if (t.length >= LONG_TEXT) long.push(n);
        if (n === cols.length) {
          const grown = new Int32Array(cols.length * 2);
          grown.set(cols);
          cols = grown;
        }
        cols[n++] = c;
      }
    }
    start[rows + 1] = n;
    texts.length = m;
    pieces.push(texts.join("\n"));
    this.textPieces = pieces;
    this.longestText = longest;
    this.longTexts = long;
    return { start, cols: cols.subarray(0, n) };
  }

  /**
   * Whether some cell of textCells() has a compact text that contains `needle` (a string), or in which `needle` (a
   * regular expression without the g or y flag) finds a match: a search over those texts joined by line ends (in
   * pieces, made once per grid). A scanner that reads only the cells whose compact text holds a word, or matches an unanchored
   * pattern (no ^, $, \b, nor a lookbehind or a lookahead that a line end would satisfy differently than the text's
   * end; ^ and $ under the m flag match at each text's ends, a compact text holding no line end), asks this first and
   * skips the sheet where no cell can: the answer may be true with no such cell (a match across two texts), never false
   * with one, so the scanner finds the same.
   */
  hasText(needle: string | RegExp): boolean {
    if (this.textPieces === null) this.textCells();
    // (a text is whole in one piece: a cell's match is found in its piece)
    const pieces = this.textPieces!;
    // (a pattern no chain of the texts' characters and adjacent pairs can spell is not searched: pattern-gate.ts)
    if (typeof needle !== "string" && !this.mayHoldMatch(needle)) return false;
    for (let i = 0; i < pieces.length; i++) if (typeof needle === "string" ? pieces[i].includes(needle) : needle.test(pieces[i])) return true;
    return false;
  }

  /**
   * False where `re` can find no match in the joined texts of textCells() (pattern-gate.ts mayMatch: no chain of their
   * characters and adjacent pairs spells one); true proves nothing. The texts' presence is made on the first pattern
   * the reader of patterns takes.
   */
  private mayHoldMatch(re: RegExp): boolean {
    if (this.piecesPresence === null) {
      if (this.textPieces === null) this.textCells();
      let chars = 0;
      for (const p of this.textPieces!) chars += p.length;
      this.piecesPresence = chars < GATE_MIN_CHARS ? false : textPresence(this.textPieces!);
    }
    return this.piecesPresence === false || patternAutomaton(re) === null || mayMatch(re, this.piecesPresence);
  }

  /**
   * Whether some cell of textCells() has a compact text `minLength` characters long at least (read from the index, made
   * once per grid): a reader of sentences of that length reads nothing on a sheet of short labels, and asks this before
   * any search of its words (sentence-cells.ts mayHoldSentence).
   */
  holdsTextOf(minLength: number): boolean {
    if (this.textIndex === null) this.textCells();
    return this.longestText >= minLength;
  }

  /**
   * For a reader of texts `minLength` characters long and more: the entries of textCells().cols (ascending) whose compact
   * text is LONG_TEXT characters long at least, every one it can read among them (it measures each); null where
   * minLength is below LONG_TEXT (any text cell may be long enough).
   */
  longTextCells(minLength: number): readonly number[] | null {
    if (minLength < LONG_TEXT) return null;
    if (this.textIndex === null) this.textCells();
    return this.longTexts;
  }

  /** The column of the row's first text cell (textCells(): owned, with a compact text), 0 where the row has none. */
  firstTextCell(row: number): number {
    if (row < 1 || row > this.rowCount) return 0;
    const { start, cols } = this.textCells();
    return start[row] < start[row + 1] ? cols[start[row]] : 0;
  }

  /**
   * Which text cells hold `needle`: a flag per entry of textCells().cols (1 where the cell's compact text contains the
   * string `needle`, or where the regular expression `needle` finds a match in it), from one search over the joined
   * pieces instead of one test per cell. `needle` must not be able to match a line end ("\n", the joint between two
   * texts; a compact text holds none), so that every match lies within one text, nor be anchored (no ^, $, \b, nor a
   * lookaround a line end satisfies otherwise than a text's end, as for hasText); a text with a match then has at
   * least one found, and the flags are exactly the cells a test of each cell's text would pass. (A pattern's own flags
   * are kept, g added to a copy.)
   */
  textMatches(needle: string | RegExp): Uint8Array {
    const { cols } = this.textCells();
    const pieces = this.textPieces!;
    const flags = new Uint8Array(cols.length);
    if (typeof needle !== "string" && !this.mayHoldMatch(needle)) return flags;
    const re = typeof needle === "string" ? null : globalCopy(needle);
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p];
      // (every piece but the last holds TEXT_PIECE texts: its first text's index)
      let k = p * TEXT_PIECE;
      // (the offset text k starts at, and the line end after it, -1 past the last text)
      let at = 0;
      let end = piece.indexOf("\n");
      for (;;) {
        let hit: number;
        if (re === null) hit = piece.indexOf(needle as string, at);
        else {
          re.lastIndex = at;
          const m = re.exec(piece);
          hit = m === null ? -1 : m.index;
        }
        if (hit < 0) break;
        // on to the text that holds the match, flagged; the search goes on from the next text
        while (end !== -1 && end < hit) {
          k++;
          at = end + 1;
          end = piece.indexOf("\n", at);
        }
        flags[k] = 1;
        if (end === -1) break;
        k++;
        at = end + 1;
        end = piece.indexOf("\n", at);
      }
    }
    return flags;
  }

  /** True when some cell of the row holds its own content (not filled down from a merge above). */
  rowHasContent(row: number): boolean {
    if (row < 1) return false;
    const values = this.store.values;
    for (let c = 1; c <= this.scanCols; c++) {
      if (values.get(row, c) !== null && this.startsInRow(row, c)) return true;
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
    return new Grid({ name: this.name, cells: [], merges: [...this.merges, ...extra] }, this.store);
  }

  /** A copy with some cells replaced (null clears a cell), and `merges` for its merges. The original is not changed. */
  withCells(edits: { cell: string; value: Cell | null }[], merges: CellRange[] = this.merges): Grid {
    const cells: (Cell | null)[][] = storedCells(this.store);
    for (const e of edits) {
      const { row, col } = parseA1(e.cell);
      while (cells.length < row) cells.push([]);
      if (!cells[row - 1]) cells[row - 1] = [];
      cells[row - 1]![col - 1] = e.value;
    }
    return new Grid({ name: this.name, cells, merges });
  }
}
