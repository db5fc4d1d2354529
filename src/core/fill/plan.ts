import type { Cell, CellValue } from "../grid/grid";
import { Grid } from "../grid/grid";
import { parseA1 } from "../grid/a1";
import type { Fill, FillCall } from "../review";
import type { AppliedPlan, CellContent, Edit, FillMode, FillPlan, Skipped } from "./types";

/** Builds a plain Excel formula (no add-in needed) for a fill, or null when there is none. */
export type PlainFormulaBuilder = (fill: Fill) => string | null;

export interface PlanOptions {
  mode: FillMode;
  /** the user allowed, for this run, overwriting typed values (DESIGN §6) */
  overwriteValues?: boolean;
  /** cells whose formulas the user explicitly chose to replace, this run */
  overwriteFormulaCells?: ReadonlySet<string>;
  /** cells PerfSheet filled earlier (from the workbook's settings): written like empty cells */
  ownedCells?: ReadonlySet<string>;
  /** plain-formula builder for mode "plain" (src/core/score/plain.ts) */
  plainFormula?: PlainFormulaBuilder;
}

/** The content of a cell in a grid (the raw cell, not merge-filled). */
export function contentAt(grid: Grid, cell: string): CellContent {
  const p = parseA1(cell);
  const c = grid.cell(p.row, p.col);
  return { value: c?.v ?? null, formula: c?.f ?? null, numFmt: c?.fmt ?? null };
}

export function isEmptyContent(c: CellContent): boolean {
  return (c.value === null || c.value === "" || (typeof c.value === "string" && c.value.trim() === "")) && !c.formula;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  if (a && b && typeof a === "object" && typeof b === "object") return a.error === b.error;
  return false;
}

export function sameContent(a: CellContent, b: CellContent): boolean {
  return sameValue(a.value, b.value) && (a.formula ?? null) === (b.formula ?? null) && (a.numFmt ?? null) === (b.numFmt ?? null);
}

/** The formula of a fill's call in "perf" mode (its args are already expressions): PERF.SCORE(…), PERF.GRADE(…); totals a plain SUM. For formulas from raw operands see core/score/plain perfFormula. */
export function callFormula(call: FillCall): string {
  const args = call.args.join(",");
  return call.fn === "SUM" ? `SUM(${args})` : `PERF.${call.fn}(${args})`;
}

/** True for a formula PerfSheet could have written (live PERF.* functions). */
export function isPerfFormula(f: string | null | undefined): boolean {
  return !!f && /^(_xldudf_)?PERF\./i.test(f.replace(/^=/, "").trim());
}

/**
 * The fill plan (DESIGN §6): one Edit per cell to write, and the cells left alone with the reason.
 * Pure: reads the grid, writes nothing. Only empty cells and cells PerfSheet filled are written by
 * default; typed values need `overwriteValues`; formulas need an explicit per-cell choice.
 */
export function planFill(grid: Grid, fills: Fill[], opts: PlanOptions): FillPlan {
  const edits: Edit[] = [];
  const skipped: Skipped[] = [];
  const owned = opts.ownedCells ?? new Set<string>();
  for (const fill of fills) {
    const before = contentAt(grid, fill.cell);
    let formula: string | null = null;
    if (opts.mode === "perf") formula = callFormula(fill.call);
    else if (opts.mode === "plain") {
      formula = opts.plainFormula ? opts.plainFormula(fill) : null;
      if (formula === null) {
        skipped.push({ cell: fill.cell, kind: fill.kind, reason: "no-formula", current: before, proposed: before, why: fill.note });
        continue;
      }
      formula = formula.replace(/^=/, "");
    }
    // the template's own number format wins ("0.0", "0%" on a blank score cell); the fill's only where there is none
    const after: CellContent = { value: fill.value, formula, numFmt: before.numFmt ?? fill.numFmt ?? null };
    const base = { cell: fill.cell, kind: fill.kind, why: fill.note };
    if (sameContent(before, after)) {
      skipped.push({ ...base, reason: "unchanged", current: before, proposed: after });
      continue;
    }
    const isOwned = owned.has(fill.cell);
    if (!isEmptyContent(before) && !isOwned) {
      if (before.formula) {
        if (!opts.overwriteFormulaCells?.has(fill.cell)) {
          skipped.push({ ...base, reason: "user-formula", current: before, proposed: after });
          continue;
        }
      } else if (!opts.overwriteValues) {
        skipped.push({ ...base, reason: "typed-value", current: before, proposed: after });
        continue;
      }
    }
    edits.push({ ...base, before, after });
  }
  return { sheet: grid.name, mode: opts.mode, edits, skipped };
}

function toCell(c: CellContent): Cell | null {
  if (isEmptyContent(c) && !c.numFmt) return null;
  return { v: c.value, ...(c.numFmt ? { fmt: c.numFmt } : {}), ...(c.formula ? { f: c.formula } : {}) };
}

/** Write contents into a copy of the grid (the grid itself is never changed). */
export function writeToGrid(grid: Grid, contents: { cell: string; content: CellContent }[]): Grid {
  const rows: (Cell | null)[][] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= grid.colCount; c++) {
      const cell = grid.cell(r, c);
      row.push(cell ? { ...cell } : null);
    }
    rows.push(row);
  }
  for (const { cell, content } of contents) {
    const p = parseA1(cell);
    while (rows.length < p.row) rows.push([]);
    const row = rows[p.row - 1];
    while (row.length < p.col) row.push(null);
    row[p.col - 1] = toCell(content);
  }
  return new Grid({ name: grid.name, cells: rows, merges: grid.merges });
}

/** Apply a plan's edits to a copy of the grid. */
export function applyToGrid(grid: Grid, edits: Edit[]): Grid {
  return writeToGrid(grid, edits.map((e) => ({ cell: e.cell, content: e.after })));
}

/** The reverse of an applied plan: the edits that restore every cell's previous content. */
export function revertEdits(edits: Edit[]): Edit[] {
  return edits.map((e) => ({ ...e, before: e.after, after: e.before })).reverse();
}

export interface RevertPlan {
  edits: Edit[];
  /** cells changed by someone since the plan was applied: left as they are, listed for the user */
  conflicts: { cell: string; expected: CellContent; current: CellContent }[];
}

/**
 * What reverting an applied plan writes, checked against the sheet as it is now: a cell that no longer
 * holds what the plan wrote was changed by the user since, and is not overwritten.
 */
export function planRevert(grid: Grid, applied: AppliedPlan): RevertPlan {
  const edits: Edit[] = [];
  const conflicts: RevertPlan["conflicts"] = [];
  for (const e of revertEdits(applied.edits)) {
    const now = contentAt(grid, e.cell);
    if (sameFormulaOrValue(now, e.before)) edits.push({ ...e, before: now });
    else conflicts.push({ cell: e.cell, expected: e.before, current: now });
  }
  return { edits, conflicts };
}

/**
 * After a write, a host may read back a formula's freshly computed value rather than the one planned
 * (PERF.* shows #NAME? without the add-in): a cell still holds what was written when its formula is the
 * planned one, or, for a value, when the value is.
 */
function sameFormulaOrValue(now: CellContent, written: CellContent): boolean {
  if (written.formula) return (now.formula ?? "").replace(/^=/, "") === written.formula;
  return !now.formula && sameValue(now.value, written.value);
}

/** The cells PerfSheet wrote in a plan (kept so a later fill may rewrite them). */
export function ownedCellsOf(applied: AppliedPlan | null | undefined): Set<string> {
  return new Set((applied?.edits ?? []).filter((e) => e.after.formula || e.after.value !== null).map((e) => e.cell));
}
