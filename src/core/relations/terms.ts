import { a1, cellKey, rowColKey } from "../grid/a1";
import type { AmountUnit, NumberRef, RelationTerm } from "../model/types";

/** The column of an A1 address ("$G$12" → 7), without a regular expression (terms are built for every indicator). */
function colOfA1(cell: string): number {
  let col = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch === 36) continue; // "$"
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
  }
  return col;
}

/** The row of an A1 address: its digits after the letters (two numbers read, no object made per term). */
function rowOfA1(cell: string): number {
  let i = 0;
  for (; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (!(ch === 36 || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122))) break;
  }
  let row = 0;
  for (; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch >= 48 && ch <= 57) row = row * 10 + ch - 48;
  }
  return row;
}

/** A relation term for a number known only by its cell and value (weights in labels, indicator scores). */
export function termAt(cell: string, value: number, extra?: Partial<RelationTerm>): RelationTerm {
  const t: RelationTerm = { cell, row: rowOfA1(cell), col: colOfA1(cell), value, text: String(value), decimals: null, percent: false };
  // (extra's fields over these, in the order a spread puts them; no object made where there is none)
  return extra === undefined ? t : Object.assign(t, extra);
}

/**
 * A term of one indicator's weight or score (the tree builds one for every weighted or scored row): its address
 * and text are made when read, from its row, column and value (a 40,000-row table's totals hold 80,000 terms).
 * Reads as termAt(cell, value, { label, decimals }) for an address in the form a1() writes ("G12").
 */
class LeafTerm implements RelationTerm {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly value: number,
    readonly decimals: number | null,
    readonly label: string | undefined,
  ) {}

  get cell(): string {
    return a1(this.row, this.col);
  }

  get text(): string {
    return String(this.value);
  }

  /** (false for every term: on the prototype, no field per term) */
  get percent(): boolean {
    return false;
  }
}

/**
 * cellKey(t.cell): a term of one indicator's cell (a LeafTerm) from its row and column, its address not made (a
 * 40,000-row table's relations are keyed by the cells they state); any other term from its address.
 */
export function termCellKey(t: RelationTerm): number {
  if (t instanceof LeafTerm && t.col <= 18278 && t.row < 1e9) return rowColKey(t.row, t.col);
  return cellKey(t.cell);
}

/** The A1 form a1() writes: capital letters, then a row number without leading zeros. */
const PLAIN_A1 = /^[A-Z]{1,3}[1-9]\d*$/;

/**
 * termAt(cell, value, { label, decimals }): the tree builds one for every weighted or scored indicator (a LeafTerm
 * where the address is in a1()'s form, so that it reads back the same).
 */
export function labelledTermAt(cell: string, value: number, label: string, decimals: number | null): RelationTerm {
  const row = rowOfA1(cell);
  const col = colOfA1(cell);
  if (PLAIN_A1.test(cell)) return new LeafTerm(row, col, value, decimals, label);
  return { cell, row, col, value, text: String(value), decimals, percent: false, label };
}

/** labelledTermAt(a1(row, col), …) without the address (row ≥ 1, col ≥ 1): read back from its row and column. */
export function leafTermAt(row: number, col: number, value: number, label: string, decimals: number | null): RelationTerm {
  return new LeafTerm(row, col, value, decimals, label);
}

/**
 * termAt(a1(row, col), value) with its shown decimals, for a stated total that is an indicator row's own cell (row ≥ 1,
 * col ≥ 1): no address made until read, no label (the relation's label names it).
 */
export function leafTotalAt(row: number, col: number, value: number, decimals: number | null): RelationTerm {
  return new LeafTerm(row, col, value, decimals, undefined);
}

/** A NumberRef as a relation term. */
export function term(n: NumberRef, extra: Partial<RelationTerm> = {}): RelationTerm {
  return { ...n, ...extra };
}

/**
 * A NumberRef as a term with its label and money unit, built as one literal, not as a spread ({ ...n, label, unit }):
 * in this V8 an object spread at a call site that has met several shapes (megamorphic) gives every object it builds a
 * hidden class of its own, so that a block's terms came in a new shape on every review and the code reading them
 * (evaluateRelation, the rules' loops over every relation) was thrown away and recompiled review after review.
 */
export function unitTerm(n: NumberRef, label: string, unit: AmountUnit | null | undefined): RelationTerm {
  return { cell: n.cell, row: n.row, col: n.col, value: n.value, text: n.text, decimals: n.decimals, percent: n.percent, label, unit };
}
