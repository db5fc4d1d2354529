/** A1 addressing. Rows and columns are 1-based everywhere in PerfSheet. */

export interface CellRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** column letters by index, filled on first use (a1() runs for every cell a finding or a model names) */
const LETTERS: string[] = [];

export function colLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const s = columnLetters(col);
  if (Number.isInteger(col) && col > 0 && col <= 16384) LETTERS[col] = s;
  return s;
}

function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

export function parseA1(ref: string): { row: number; col: number } {
  // the common form ("B12": capitals, then digits) read by character; anything else through the pattern
  const n = ref.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i >= 1 && i <= 3 && i < n) {
    let row = 0;
    let j = i;
    for (; j < n; j++) {
      const d = ref.charCodeAt(j) - 48;
      if (d < 0 || d > 9) break;
      row = row * 10 + d;
    }
    if (j === n && n - i <= 15) return { row, col };
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 address: ${ref}`);
  return { row: Number(m[2]), col: colIndex(m[1]) };
}

export function parseRange(ref: string): CellRange {
  const [a, b] = ref.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

export function rangeA1(r: CellRange): string {
  const a = a1(r.r1, r.c1);
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${a1(r.r2, r.c2)}`;
}

/**
 * Every A1 reference in a text (a cell "G21", a range "G12:G15", a formula's arguments "D14&E14&F14", a list
 * "G12、G13") with its row moved by `row` (a "$" kept where it stands); text inside double quotes (a formula's string
 * literal, "sichuan") and names that only look like one (a function LOG10(…), a name X1Y) are left as they are.
 */
export function moveRows(text: string, row: (r: number) => number): string {
  return text.replace(A1_OR_STRING, (m: string, dc: string | undefined, col: string | undefined, dr: string, r: string, at: number) => {
    if (col === undefined) return m; // a quoted string
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    // (part of a longer name: a letter, digit, "_" or "." before it)
    if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before === 95 || before === 46) return m;
    return `${dc}${col}${dr}${row(Number(r))}`;
  });
}

/** a quoted string, or an A1 reference not followed by more of a name or a call's parenthesis */
const A1_OR_STRING = /"[^"]*(?:""[^"]*)*"|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(])/g;

/** Columns below this bound fit a cell key (cellKey): every column an A1 address of at most three letters names. */
export const KEY_COLS = 32768;

/**
 * A number that stands for an address in the form a1() writes ("G12": one to three capitals, then a row without
 * leading zeros, at most nine digits): row × 32768 + column, equal for two such addresses exactly when the strings are
 * equal; -1 for any other string ("$G$12", "g12", "G012", a range). Read by character: a set of every row's cell of a
 * large table keyed by it hashes a small integer, not a string.
 */
export function cellKey(ref: string): number {
  const n = ref.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i < 1 || i > 3 || n - i < 1 || n - i > 9) return -1;
  let row = 0;
  for (let j = i; j < n; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9 || (j === i && d === 0)) return -1;
    row = row * 10 + d;
  }
  return row * KEY_COLS + col;
}

/** cellKey(a1(row, col)) for row ≥ 1 and 1 ≤ col < 32768, the address not made. */
export function rowColKey(row: number, col: number): number {
  return row * KEY_COLS + col;
}
