import type { Grid } from "../grid/grid";
import type { Relation, RelationTerm } from "../model/types";
import { AMOUNT_OR_COUNT_HEADER, CLASSIFICATION_HEADER } from "./vocabulary";
import { copiesLeft } from "./cells";

/**
 * Classification codes in a list, which label its lines or columns and are never amounts:
 *  - a column whose header names a classification (政府经济分类科目, 功能科目, 科目编码, 代码) or whose numbers, from
 *    its header down to the next text, are all one 5–7 digit code (51301 on every line, the 总计 line too) under a
 *    header that names no money or count;
 *  - a code line under the column names (功能科目 | 2130122 | 2130126): a row whose label names a classification and
 *    whose numbers are all 5–7 digit codes, or an unlabelled row right under a header whose numbers (two or more) are
 *    all 7-digit 支出功能分类 codes (2xxxxxx).
 * No sum, rollup, difference or ratio may read them (11 × 51301 is no total of 51301): a relation whose stated cell
 * is a code is dropped, a code among a sum's parts is left out of it.
 */

/** A number written as text ("51301", "1,226.5"). */
const NUMBER_TEXT = /^\s*[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*$/;

/** smallest and largest code the value test accepts (5 to 7 digits) */
const CODE_MIN = 10_000;
const CODE_MAX = 9_999_999;
/** a 7-digit 支出功能分类 code (类 款 项: 2130122), the only code an unlabelled line is read as */
const FUNCTION_CODE_MIN = 2_000_000;
const FUNCTION_CODE_MAX = 2_999_999;

const isCode = (v: number) => Number.isInteger(v) && v >= CODE_MIN && v <= CODE_MAX;

/**
 * The characters NUMBER_TEXT's match can open with: a digit, a sign, or a space of \s (ECMAScript's white space and line
 * terminators), so that a text opening otherwise is no number without the pattern run (every cell of a column is asked).
 */
export const NUMBER_TEXT_START = new Set([..."0123456789+-\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"].map((ch) => ch.charCodeAt(0)));
for (let ch = 0x2000; ch <= 0x200a; ch++) NUMBER_TEXT_START.add(ch);

function numberAt(grid: Grid, r: number, c: number): number | null {
  const raw = grid.raw(r, c);
  if (typeof raw === "number") return raw;
  return typeof raw === "string" && NUMBER_TEXT_START.has(raw.charCodeAt(0)) && NUMBER_TEXT.test(raw) ? Number(raw.replace(/[,\s]/g, "")) : null;
}

/** Per column: for each row, whether the cell lies in a code column's run (computed once per column, top down). */
class CodeColumns {
  private readonly cols = new Map<number, Uint8Array>();
  /** per row, whether it is a code line: 0 not asked yet, 1 no, 2 yes */
  private readonly rows: Uint8Array;
  constructor(private readonly grid: Grid) {
    this.rows = new Uint8Array(grid.rowCount + 2);
  }

  /** whether the cell at (row, col) is a number of a classification-code column or of a code line */
  has(row: number, col: number): boolean {
    let flags = this.cols.get(col);
    if (!flags) this.cols.set(col, (flags = this.scan(col)));
    if (flags[row] === 1) return true;
    // (a number of the cell's own that is no code, in a column codeLine reads: its line is no code line, the line not
    // scanned)
    if (col >= 1 && col <= this.grid.scanCols && this.grid.ownsCell(row, col)) {
      const n = numberAt(this.grid, row, col);
      if (n !== null && !isCode(n)) return false;
    }
    if (row < 0 || row >= this.rows.length) return this.codeLine(row);
    let line = this.rows[row];
    if (line === 0) this.rows[row] = line = this.codeLine(row) ? 2 : 1;
    return line === 2;
  }

  /** a row of codes under the column names: labelled as a classification, or unlabelled under a header, of 2xxxxxx codes */
  private codeLine(row: number): boolean {
    const g = this.grid;
    // the row's numbers counted, and whether all are codes and all 支出功能分类 codes (no list made per row)
    let numbers = 0;
    let allCodes = true;
    let allFunctionCodes = true;
    let label = "";
    for (let c = 1; c <= g.scanCols; c++) {
      if (!g.ownsCell(row, c)) continue;
      const n = numberAt(g, row, c);
      if (n !== null) {
        numbers++;
        if (!isCode(n)) allCodes = false;
        if (!(n >= FUNCTION_CODE_MIN && n <= FUNCTION_CODE_MAX)) allFunctionCodes = false;
        continue;
      }
      const text = g.compactText(row, c);
      if (!text) continue;
      // (one label, before the codes)
      if (label || numbers) return false;
      label = text;
    }
    if (!numbers || !allCodes) return false;
    if (label) return CLASSIFICATION_HEADER.test(label);
    return numbers >= 2 && allFunctionCodes && row > 1 && this.headerRow(row - 1);
  }

  /** a row of two or more names and no number (a header line) */
  private headerRow(row: number): boolean {
    const g = this.grid;
    let names = 0;
    for (let c = 1; c <= g.scanCols; c++) {
      if (!g.ownsCell(row, c)) continue;
      if (numberAt(g, row, c) !== null) return false;
      if (g.compactText(row, c)) names++;
    }
    return names >= 2;
  }

  /** the column's runs: each text cell heads the numbers below it, down to the next text */
  private scan(col: number): Uint8Array {
    const g = this.grid;
    const flags = new Uint8Array(g.rowCount + 2);
    let header = "";
    let start = 0;
    // the run's numbers: how many, the first, whether all equal it (no list made per run)
    let count = 0;
    let first = 0;
    let same = true;
    const close = (end: number) => {
      if (!count) return;
      const named = CLASSIFICATION_HEADER.test(header);
      const alike = !AMOUNT_OR_COUNT_HEADER.test(header) && count >= 2 && isCode(first) && same;
      if (named || alike) for (let r = start; r < end; r++) flags[r] = 1;
    };
    for (let r = 1; r <= g.rowCount; r++) {
      // (a cell merged down from above continues the run; one merged across from the left is that column's)
      if (!g.ownsCell(r, col)) continue;
      const n = numberAt(g, r, col);
      if (n !== null) {
        if (count === 0) first = n;
        else if (n !== first) same = false;
        count++;
        continue;
      }
      const text = g.compactText(r, col);
      if (!text) continue;
      // (a head written again from the cell left of it, a merge filled across: the left column's head, not this one's —
      // 政府收支分类功能科目代码 merged over A5:B5 names the code line, not the 合计 column B under 合计)
      if (copiesLeft(g, r, col)) continue;
      close(r);
      header = text;
      start = r + 1;
      count = 0;
      same = true;
    }
    close(g.rowCount + 1);
    return flags;
  }
}

/**
 * A code's text, the whole of a text cell's compact text: five digits or more, or digits grouped by a comma (51301,
 * 2130122, 51301.0, 51,301, +51301: an integer of CODE_MIN..CODE_MAX as String() or NUMBER_TEXT writes it, trimmed — a
 * text NUMBER_TEXT reads is printable ASCII, its own compact form; 0.0404999, 1234 and 12.5 are none). Anchored to the
 * text's ends by the m flag: ^ and $ match at the line ends joining the texts in Grid.hasText's pieces, and a compact
 * text holds no line end, so the pattern matches where some text is such a number and nowhere else. (Digits inside a
 * name, 指标10001 or 2023年12345号, are no code: numberAt reads only a cell that is a number.)
 */
const CODE_DIGITS = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d{5,})(?:\.\d+)?$/m;
/** the words every CLASSIFICATION_HEADER holds (科目, 经济分类 / 功能分类 / 支出分类, 编码, 代码) */
const CLASSIFICATION_WORD = /科目|分类|编码|代码/;

/**
 * Whether some cell may be a code or head a classification column (a necessary condition, asked of the sheet's text
 * cells at once: Grid.hasText): a number is read only from a cell the line owns (numberAt after ownsCell), and every such
 * cell with a number holds a text cell's compact text that is the number written out (a number's String, a text
 * NUMBER_TEXT reads trimmed: CODE_DIGITS). Cells right of the scanned columns are not among the text cells: a grid with
 * any is always asked.
 */
export function mayHoldCodes(grid: Grid): boolean {
  return grid.colCount > grid.scanCols || grid.hasText(CODE_DIGITS) || grid.hasText(CLASSIFICATION_WORD);
}

/** whether a term of the list is a code */
function anyCode(codes: CodeColumns, terms: RelationTerm[]): boolean {
  for (let i = 0; i < terms.length; i++) if (codes.has(terms[i].row, terms[i].col)) return true;
  return false;
}

/** whether a term of a relation other than a sum's parts (its stated cell, the cells it is computed from) is a code */
function fixedTermIsCode(codes: CodeColumns, r: Relation): boolean {
  switch (r.kind) {
    case "sum":
    case "rollup":
      return codes.has(r.total.row, r.total.col);
    case "weighted":
      return codes.has(r.total.row, r.total.col) || anyCode(codes, r.parts);
    case "difference":
      return codes.has(r.result.row, r.result.col) || codes.has(r.minuend.row, r.minuend.col) || anyCode(codes, r.subtrahends);
    case "ratio":
      return codes.has(r.numerator.row, r.numerator.col) || codes.has(r.denominator.row, r.denominator.col);
    case "product":
      return codes.has(r.result.row, r.result.col) || anyCode(codes, r.factors);
    case "grade":
      return false;
    case "rank":
      return codes.has(r.rank.row, r.rank.col) || codes.has(r.total.row, r.total.col);
  }
}

/**
 * The relations without classification codes: one whose stated cell (or a difference's or ratio's operand) is a
 * code is dropped; a sum's code parts are left out (a code line under the header above the list's first line), and
 * the sum dropped when no part is left.
 */
export function withoutCodeColumns(grid: Grid, relations: Relation[]): Relation[] {
  // (a sheet with no cell that could be a code nor name a classification has none: nothing asked term by term)
  if (!mayHoldCodes(grid)) return relations;
  const codes = new CodeColumns(grid);
  // (the list copied from the first relation that changes: where none does, as on most sheets, it is returned as it
  // is, no copy of a large table's relations made)
  let out: Relation[] | null = null;
  // (an index, no iterator: a large table has a relation per parent of sub-items)
  for (let k = 0; k < relations.length; k++) {
    const r = relations[k];
    if (fixedTermIsCode(codes, r)) {
      out ??= relations.slice(0, k);
      continue;
    }
    // (the parts copied only where one is a code: a list made per relation otherwise)
    if ((r.kind !== "sum" && r.kind !== "rollup") || !anyCode(codes, r.parts)) {
      if (out !== null) out.push(r);
      continue;
    }
    const parts = r.parts.filter((x) => !codes.has(x.row, x.col));
    if (parts.length === r.parts.length) {
      if (out !== null) out.push(r);
      continue;
    }
    out ??= relations.slice(0, k);
    // (a rollup's printed parts would name the code too: it is written again from the parts; the id copied by name,
    // as a sub-item rollup makes it in a getter that a spread does not copy)
    if (parts.length) out.push(r.kind === "rollup" ? { ...r, id: r.id, parts, partsText: undefined } : { ...r, id: r.id, parts });
  }
  return out ?? relations;
}
