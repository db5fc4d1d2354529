/// <reference types="office-js" />
import { Cell, CellValue, Grid } from "../../core/grid/grid";
import { parseRange } from "../../core/grid/a1";
import type { CellRange } from "../../core/grid/a1";

/**
 * Cells loaded per context.sync(). Excel on the web caps one request/response at 5 MB (OFFICE-ADDINS §3.1);
 * four properties (values, formulas, numberFormat, valueTypes) at ~40 bytes a cell keep 120,000 cells under it.
 * Every evaluation sheet is far smaller, so a read is two syncs; only a sheet above this adds one sync per
 * further 120,000 cells.
 */
export const SYNC_CELL_BUDGET = 120_000;
/** Cells per range proxy (row blocks: OFFICE-ADDINS §3.1 "read in blocks") */
export const BLOCK_CELL_BUDGET = 20_000;

export interface ReadLimits {
  syncCells: number;
  blockCells: number;
}

/** Parse the address of a RangeAreas ("Sheet1!A1:B2, 'My, sheet'!C3:D4") into ranges. */
export function parseAreas(address: string | null | undefined): CellRange[] {
  if (!address) return [];
  const out: CellRange[] = [];
  const re = /(?:'(?:[^']|'')*'|[^!,']*)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address))) out.push(parseRange(m[1].replace(/\$/g, "")));
  if (out.length === 0) {
    // addresses without a sheet prefix
    for (const part of address.split(",")) if (part.trim()) out.push(parseRange(part.trim().replace(/\$/g, "")));
  }
  return out;
}

/** One Excel cell (value, formula, number format, value type) to a Grid cell. */
export function toGridCell(value: unknown, formula: unknown, numFmt: unknown, valueType: unknown): Cell | null {
  const f = typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : undefined;
  let v: CellValue;
  if (valueType === "Empty" || value === "" || value === null || value === undefined) v = null;
  else if (valueType === "Error") v = { error: String(value) };
  else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") v = value;
  else v = String(value);
  const fmt = typeof numFmt === "string" && numFmt !== "General" && numFmt !== "" ? numFmt : undefined;
  if (v === null && !f) return fmt ? { v: null, fmt } : null;
  return { v, ...(fmt ? { fmt } : {}), ...(f ? { f } : {}) };
}

interface Block {
  startRow: number; // 0-based offset inside the used range
  rows: number;
  range: Excel.Range;
}

/**
 * Read a worksheet into a Grid with a constant number of syncs: (1) the used range's size, (2) its cells in
 * row blocks plus the merged areas. Must be called inside Excel.run; `ws` belongs to `ctx`.
 */
export async function readWorksheet(ctx: Excel.RequestContext, ws: Excel.Worksheet, limits: ReadLimits = { syncCells: SYNC_CELL_BUDGET, blockCells: BLOCK_CELL_BUDGET }): Promise<Grid> {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowCount,columnCount,rowIndex,columnIndex");
  ws.load("name");
  await ctx.sync();
  if (used.isNullObject) return new Grid({ name: ws.name, cells: [] });
  const { rowCount, columnCount, rowIndex, columnIndex } = used;
  const rowsPerBlock = Math.max(1, Math.floor(limits.blockCells / columnCount));
  const rowsPerSync = Math.max(rowsPerBlock, Math.floor(limits.syncCells / columnCount));
  const merged = used.getMergedAreasOrNullObject();
  merged.load("address");
  const cells: (Cell | null)[][] = [];
  for (let i = 0; i < rowIndex; i++) cells.push([]);
  for (let chunk = 0; chunk < rowCount; chunk += rowsPerSync) {
    // one sync per chunk: a single chunk (so two syncs in all) for any sheet up to limits.syncCells cells
    const blocks: Block[] = [];
    const end = Math.min(rowCount, chunk + rowsPerSync);
    for (let start = chunk; start < end; start += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, end - start);
      const range = ws.getRangeByIndexes(rowIndex + start, columnIndex, rows, columnCount);
      range.load("values,formulas,numberFormat,valueTypes");
      blocks.push({ startRow: start, rows, range });
    }
    await ctx.sync();
    for (const b of blocks) {
      const { values, formulas, numberFormat, valueTypes } = b.range;
      for (let r = 0; r < b.rows; r++) {
        const row: (Cell | null)[] = new Array(columnIndex).fill(null);
        for (let c = 0; c < columnCount; c++) row.push(toGridCell(values[r][c], formulas[r][c], numberFormat[r][c], valueTypes[r][c]));
        cells[rowIndex + b.startRow + r] = row;
      }
      b.range.untrack?.();
    }
  }
  const merges = merged.isNullObject ? [] : parseAreas(merged.address);
  return new Grid({ name: ws.name, cells, merges });
}
