import type { NumberRef, RelationTerm } from "../model/types";

/** Row and column of an A1 address, without a regular expression (terms are built for every indicator). */
function rowCol(cell: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch === 36) continue; // "$"
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
  }
  let row = 0;
  for (; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch >= 48 && ch <= 57) row = row * 10 + ch - 48;
  }
  return { row, col };
}

/** A relation term for a number known only by its cell and value (weights in labels, indicator scores). */
export function termAt(cell: string, value: number, extra: Partial<RelationTerm> = {}): RelationTerm {
  const p = rowCol(cell);
  return { cell, row: p.row, col: p.col, value, text: String(value), decimals: null, percent: false, ...extra };
}

/**
 * termAt(cell, value, { label, decimals }) built as one literal (the keys in the same order): the tree builds one
 * for every weighted or scored indicator.
 */
export function labelledTermAt(cell: string, value: number, label: string, decimals: number | null): RelationTerm {
  const p = rowCol(cell);
  return { cell, row: p.row, col: p.col, value, text: String(value), decimals, percent: false, label };
}

/** A NumberRef as a relation term. */
export function term(n: NumberRef, extra: Partial<RelationTerm> = {}): RelationTerm {
  return { ...n, ...extra };
}
