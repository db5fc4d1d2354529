/**
 * Reading a worksheet through ET in row blocks (shared/domain/WPS-ADDINS.md: a very large Value2 read blocks the
 * UI; read 500-row chunks). Per block: one Range, then Value2, Formula, NumberFormat and MergeCells, each ONE
 * call for the whole block. Only where a block mixes number formats (NumberFormat reads null, as in VBA) or
 * holds merges does the reader look closer: per column strip for formats, halving the area for merges — so a
 * block without merges and with one format per column costs a fixed number of calls whatever its content.
 */
import { Cell, CellValue, Grid } from "../../core/grid/grid";
import { a1, CellRange, parseRange } from "../../core/grid/a1";
import type { Et, EtObject } from "./et";

/** Rows per block: a few hundred (one Value2 of 500 × 20 cells is far below what blocks WPS's UI). */
export const BLOCK_ROWS = 500;

/** VBA's CVErr values as the bridge may hand them over (HRESULTs) and their Excel error texts. */
export const ERROR_CODES: Record<number, string> = {
  [-2146826281]: "#DIV/0!",
  [-2146826246]: "#N/A",
  [-2146826259]: "#NAME?",
  [-2146826288]: "#NULL!",
  [-2146826252]: "#NUM!",
  [-2146826265]: "#REF!",
  [-2146826273]: "#VALUE!",
};
const ERROR_TEXTS = new Set(Object.values(ERROR_CODES));

/** Number formats that mean "General" (English and Chinese builds). */
export function isGeneralFormat(f: unknown): boolean {
  return f === null || f === undefined || f === "" || f === "General" || f === "G/通用格式" || f === "常规";
}

/** A 2-D array from what ET returned for a rows × cols range (a scalar for one cell, or for a uniform property). */
export function as2d(x: unknown, rows: number, cols: number): unknown[][] {
  if (Array.isArray(x) && (x.length === 0 || Array.isArray(x[0]))) return x as unknown[][];
  if (Array.isArray(x)) {
    // a flattened array (some bridges): reshape row by row
    const out: unknown[][] = [];
    for (let r = 0; r < rows; r++) out.push(x.slice(r * cols, r * cols + cols));
    return out;
  }
  return Array.from({ length: rows }, () => new Array(cols).fill(x));
}

/** One ET cell (Value2, Formula, NumberFormat) to a Grid cell. */
export function toGridCell(value: unknown, formula: unknown, numFmt: unknown): Cell | null {
  const f = typeof formula === "string" && formula.startsWith("=") && formula.length > 1 ? formula.slice(1) : undefined;
  let v: CellValue;
  if (value === undefined || value === null || value === "") v = null;
  // VBA's CVErr arrives as its HRESULT: no evaluation sheet holds -2146826281 as a number
  else if (typeof value === "number" && ERROR_CODES[value]) v = { error: ERROR_CODES[value] };
  else if (typeof value === "string" && ERROR_TEXTS.has(value) && f) v = { error: value };
  else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") v = value;
  else if (value instanceof Date) v = value.toISOString();
  else v = String(value);
  const fmt = !isGeneralFormat(numFmt) && typeof numFmt === "string" ? numFmt : undefined;
  if (v === null && !f) return fmt ? { v: null, fmt } : null;
  return { v, ...(fmt ? { fmt } : {}), ...(f ? { f } : {}) };
}

/** "$B$3:$C$4" (or "Sheet1!$B$3") → a range. */
export function rangeOfAddress(address: unknown): CellRange | null {
  if (typeof address !== "string" || !address) return null;
  const part = address.split(",")[0].split("!").pop()!.replace(/\$/g, "").trim();
  try {
    return parseRange(part);
  } catch {
    return null;
  }
}

/** The top-left cell of a selection address ("$B$3:$C$4" → "B3"). */
export function firstCellOfAddress(address: unknown): string | null {
  const r = rangeOfAddress(address);
  return r ? a1(r.r1, r.c1) : null;
}

function rectA1(r: CellRange): string {
  return r.r1 === r.r2 && r.c1 === r.c2 ? a1(r.r1, r.c1) : `${a1(r.r1, r.c1)}:${a1(r.r2, r.c2)}`;
}

/** The used range's position and size (5 calls... plus the sheet's name). */
export function usedRect(et: Et, ws: EtObject): CellRange {
  const used = et.get<EtObject>(ws, "UsedRange", "Worksheet");
  const row = et.get<number>(used, "Row", "UsedRange");
  const col = et.get<number>(used, "Column", "UsedRange");
  const rows = et.get<number>(et.get(used, "Rows", "UsedRange"), "Count", "Rows");
  const cols = et.get<number>(et.get(used, "Columns", "UsedRange"), "Count", "Columns");
  return { r1: row, c1: col, r2: row + rows - 1, c2: col + cols - 1 };
}

/** Number formats of a block: one call when uniform or per cell; per column strip (then halves) when mixed. */
function readFormats(et: Et, ws: EtObject, range: EtObject, rect: CellRange): unknown[][] {
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  const whole = et.opt(range, "NumberFormat", "Range");
  if (whole !== null && whole !== undefined) return as2d(whole, rows, cols);
  const out: unknown[][] = Array.from({ length: rows }, () => new Array(cols).fill(undefined));
  const fill = (r: CellRange) => {
    const f = et.opt(et.call(ws, "Range", [rectA1(r)], "Worksheet"), "NumberFormat", "Range");
    const h = r.r2 - r.r1 + 1;
    const w = r.c2 - r.c1 + 1;
    if (f === null || f === undefined) {
      if (h === 1 && w === 1) return; // cannot happen for one cell; leave General
      if (h > 1) {
        const mid = r.r1 + Math.floor(h / 2) - 1;
        fill({ ...r, r2: mid });
        fill({ ...r, r1: mid + 1 });
      } else {
        const mid = r.c1 + Math.floor(w / 2) - 1;
        fill({ ...r, c2: mid });
        fill({ ...r, c1: mid + 1 });
      }
      return;
    }
    const g = as2d(f, h, w);
    for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) out[r.r1 - rect.r1 + i][r.c1 - rect.c1 + j] = g[i][j];
  };
  for (let c = rect.c1; c <= rect.c2; c++) fill({ r1: rect.r1, r2: rect.r2, c1: c, c2: c });
  return out;
}

/**
 * The merged areas inside a block: MergeCells of the block is false when it has none (one call); otherwise
 * the area is halved until a part has none, or its top-left cell's MergeArea gives a merge.
 */
function readMerges(et: Et, ws: EtObject, rect: CellRange, first: unknown, found: Map<string, CellRange>): void {
  const covered = (r: CellRange) => [...found.values()].some((m) => r.r1 >= m.r1 && r.r2 <= m.r2 && r.c1 >= m.c1 && r.c2 <= m.c2);
  const explore = (r: CellRange, known?: unknown) => {
    if (covered(r)) return;
    const flag = known !== undefined ? known : et.opt(et.call(ws, "Range", [rectA1(r)], "Worksheet"), "MergeCells", "Range");
    if (flag === false) return;
    const one = r.r1 === r.r2 && r.c1 === r.c2;
    if (flag === true || one) {
      const area = et.get<EtObject>(et.call(ws, "Range", [a1(r.r1, r.c1)], "Worksheet"), "MergeArea", "Range");
      const m = rangeOfAddress(et.get(area, "Address", "MergeArea"));
      if (m && (m.r1 !== m.r2 || m.c1 !== m.c2)) found.set(rectA1(m), m);
      if (one || (m && m.r1 <= r.r1 && m.c1 <= r.c1 && m.r2 >= r.r2 && m.c2 >= r.c2)) return;
    }
    const h = r.r2 - r.r1 + 1;
    const w = r.c2 - r.c1 + 1;
    if (h >= w && h > 1) {
      const mid = r.r1 + Math.floor(h / 2) - 1;
      explore({ ...r, r2: mid });
      explore({ ...r, r1: mid + 1 });
    } else {
      const mid = r.c1 + Math.floor(w / 2) - 1;
      explore({ ...r, c2: mid });
      explore({ ...r, c1: mid + 1 });
    }
  };
  explore(rect, first);
}

/** Read a worksheet into a Grid in row blocks of `blockRows`. */
export function readWorksheet(et: Et, ws: EtObject, blockRows = BLOCK_ROWS): Grid {
  const name = et.get<string>(ws, "Name", "Worksheet");
  const used = usedRect(et, ws);
  const cells: (Cell | null)[][] = [];
  for (let i = 1; i < used.r1; i++) cells.push([]);
  const merges = new Map<string, CellRange>();
  const cols = used.c2 - used.c1 + 1;
  for (let start = used.r1; start <= used.r2; start += blockRows) {
    const rect: CellRange = { r1: start, c1: used.c1, r2: Math.min(used.r2, start + blockRows - 1), c2: used.c2 };
    const rows = rect.r2 - rect.r1 + 1;
    const range = et.call<EtObject>(ws, "Range", [rectA1(rect)], "Worksheet");
    const values = as2d(et.value(range, "Value2"), rows, cols);
    const formulas = as2d(et.value(range, "Formula"), rows, cols);
    const formats = readFormats(et, ws, range, rect);
    const mergeFlag = et.opt(range, "MergeCells", "Range");
    if (mergeFlag !== false) readMerges(et, ws, rect, mergeFlag ?? null, merges);
    for (let r = 0; r < rows; r++) {
      const row: (Cell | null)[] = new Array(used.c1 - 1).fill(null);
      for (let c = 0; c < cols; c++) row.push(toGridCell(values[r]?.[c], formulas[r]?.[c], formats[r]?.[c]));
      cells.push(row);
    }
  }
  // an empty sheet: the used range is A1 and empty
  const empty = used.r1 === used.r2 && used.c1 === used.c2 && cells.length === used.r1 && cells[used.r1 - 1].every((c) => c === null);
  if (empty) return new Grid({ name, cells: [] });
  return new Grid({ name, cells, merges: [...merges.values()].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1) });
}
