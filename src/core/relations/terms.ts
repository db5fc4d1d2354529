import { parseA1 } from "../grid/a1";
import type { NumberRef, RelationTerm } from "../model/types";

/** A relation term for a number known only by its cell and value (weights in labels, indicator scores). */
export function termAt(cell: string, value: number, extra: Partial<RelationTerm> = {}): RelationTerm {
  const p = parseA1(cell);
  return { cell, row: p.row, col: p.col, value, text: String(value), decimals: null, percent: false, ...extra };
}

/** A NumberRef as a relation term. */
export function term(n: NumberRef, extra: Partial<RelationTerm> = {}): RelationTerm {
  return { ...n, ...extra };
}
