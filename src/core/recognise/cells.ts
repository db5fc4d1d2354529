import type { Grid } from "../grid/grid";
import type { CellRange } from "../grid/a1";
import type { CellRef, NumberRef, RelationTerm } from "../model/types";
import { formatDecimals, isPercentFormat, pointsWithUnit, readNumber, readPoints } from "../text/numbers";
import type { ReadNumber } from "../text/numbers";
import { SCAN } from "./vocabulary";

/** patterns of the per-row tests below (module constants: a literal in a function makes a RegExp on every call) */
const POINTS_DECIMALS = /(?:\d)\.(\d+)\s*分/;

/** A text that is a number as written (1,234.5, -3, 95%): no name. */
export const NUMBER_LIKE = /^[-+]?[\d.,]+%?$/;

/** A line's name: the first text of row r between two columns that is not a number (前黄镇 before 工贸带动型 | 50). */
export function lineName(grid: Grid, r: number, from: number, to: number): string {
  for (let c = from; c < to; c++) {
    const t = grid.compactText(r, c);
    if (t && !NUMBER_LIKE.test(t)) return t;
  }
  return "";
}

/** No cell of column `c` holds anything (an empty column left between a table's columns). */
export function emptyColumn(grid: Grid, c: number): boolean {
  for (let r = 1; r <= grid.rowCount; r++) if (grid.ownsCell(r, c) && grid.compactText(r, c) !== "") return false;
  return true;
}

/**
 * A text cell written again from the unmerged cell left of it, unchanged (a merge filled across by an export, a paste or
 * 取消合并并填充): one text, read once, at the first of its copies. Words only: two equal numbers side by side are two
 * amounts (10 | 10), and a number-like text as well.
 */
export function copiesLeft(grid: Grid, r: number, c: number): boolean {
  if (c < 2) return false;
  const raw = grid.raw(r, c);
  if (typeof raw !== "string") return false;
  const t = grid.compactText(r, c);
  // (the texts compared first, both memoised: most cells differ from the one left of it, asked no merge nor pattern)
  return t !== "" && grid.compactText(r, c - 1) === t && grid.ownsCell(r, c) && grid.ownsCell(r, c - 1) && !NUMBER_LIKE.test(t);
}

/** The last column of the run of cells right of (r, c) writing its text again (copiesLeft); c itself when none. */
export function copiesEnd(grid: Grid, r: number, c: number): number {
  let end = c;
  while (end < grid.scanCols && copiesLeft(grid, r, end + 1)) end++;
  return end;
}

/**
 * A text cell written again from the unmerged cell above it, unchanged (a label merged down over a block's lines, filled
 * down by an export or a paste: 项目资金(万元) on each fund line beside it): the label of the line above, not this line's.
 * Words only, as copiesLeft.
 */
export function copiesAbove(grid: Grid, r: number, c: number): boolean {
  if (r < 2 || !grid.ownsCell(r, c) || !grid.ownsCell(r - 1, c)) return false;
  const raw = grid.raw(r, c);
  if (typeof raw !== "string") return false;
  const t = grid.compactText(r, c);
  return t !== "" && !NUMBER_LIKE.test(t) && grid.compactText(r - 1, c) === t;
}

/**
 * A column written again, cell for cell, from the one left of it (an amount merged across both on every line, its head
 * too, filled across by an export or a paste: 分配金额(万元) | 分配金额(万元) over 500 | 500): its head at `headRow` a copy
 * (copiesLeft) and each of `rows` holding the very value of the cell left of it, none merged. One column, read once,
 * at the first. Two columns of their own under one head merged over them have heads of their own below it (中央 | 省),
 * and two equal amounts under two heads are two amounts.
 */
export function columnCopiesLeft(grid: Grid, headRow: number, c: number, rows: number[]): boolean {
  if (!rows.length || !copiesLeft(grid, headRow, c)) return false;
  for (const r of rows) {
    if (!grid.ownsCell(r, c) || !grid.ownsCell(r, c - 1)) return false;
    const v = grid.raw(r, c);
    if (v === null || v === undefined || v === "") return false;
    // (the same number written the same way or not: 0 beside a full-width ０, as a sheet typed in two input modes has it)
    if (v !== grid.raw(r, c - 1) && grid.compactText(r, c) !== grid.compactText(r, c - 1)) return false;
  }
  return true;
}

/**
 * The merge over a header cell, or where there is none the run of the cells writing its text again (copiesLeft: the
 * merge filled across), from the run's first cell, as a range; null when neither.
 */
export function headMerge(grid: Grid, r: number, c: number): CellRange | null {
  const m = grid.mergeAt(r, c);
  if (m) return m;
  let first = c;
  while (copiesLeft(grid, r, first)) first--;
  const end = copiesEnd(grid, r, c);
  return end > first ? { r1: r, c1: first, r2: r, c2: end } : null;
}

/**
 * The first line below row r with content of its own: the line right under a header, or under it across the empty
 * lines a user spaced the header and its lines out with (SCAN.spacerRows at most); r + 1 where none is found (the
 * line under the header as it is: a reader tests it and finds it blank).
 */
export function lineBelow(grid: Grid, r: number): number {
  for (let k = r + 1; k <= Math.min(grid.rowCount, r + 1 + SCAN.spacerRows); k++) if (grid.rowHasContent(k)) return k;
  return r + 1;
}

/** The first column of a row with text (merged-down labels included), or 1. */
export function firstTextCol(grid: Grid, r: number): number {
  for (let c = 1; c <= grid.scanCols; c++) if (grid.text(r, c)) return c;
  return 1;
}

/** Read a number at a cell (merge-filled) as a NumberRef, or null. */
export function numberAt(grid: Grid, row: number, col: number | undefined): NumberRef | null {
  if (!col) return null;
  // the merge's anchor (grid.anchor without its object)
  const m = grid.mergeAt(row, col);
  const ar = m ? m.r1 : row;
  const ac = m ? m.c1 : col;
  const raw = grid.raw(ar, ac);
  const fmt = grid.format(ar, ac);
  // a number cell (most of a table's numbers) read as readNumber reads it, with no ReadNumber object made
  if (typeof raw === "number") return Number.isFinite(raw) ? numberRef(grid, row, col, raw, formatDecimals(fmt), isPercentFormat(fmt)) : null;
  const n = readNumber(raw, fmt);
  if (!n) return null;
  return numberRef(grid, row, col, n.value, n.decimals, n.percent);
}

/**
 * A line's parts, each a number (no percent) under its head, labelled with the head's name; null when one is blank or no
 * number (the line is then not read) — a results list's parts (result-parts.ts) or a weighted line's (weighted-totals.ts).
 */
export function lineParts(grid: Grid, row: number, parts: readonly { col: number; name: string }[]): RelationTerm[] | null {
  const out: RelationTerm[] = [];
  for (const p of parts) {
    const n = numberAt(grid, row, p.col);
    if (!n || n.percent) return null;
    out.push({ ...n, label: p.name });
  }
  return out;
}

/** The NumberRef of a number read at a cell (its address and text made here). */
function numberRef(grid: Grid, row: number, col: number, value: number, decimals: number | null, percent: boolean): NumberRef {
  return {
    cell: grid.addr(row, col),
    row,
    col,
    value,
    text: grid.text(row, col),
    decimals,
    percent,
  };
}

/**
 * weightAt(…)?.value without the NumberRef (no address, no object): for a reader that keeps only the number.
 */
export function weightValueAt(grid: Grid, row: number, col: number | undefined): number | null {
  if (!col) return null;
  const raw = grid.value(row, col);
  const fmt = grid.format(row, col);
  // a number cell (every weight of most tables) read without a ReadNumber object, as readNumber reads it
  if (typeof raw === "number") return !Number.isFinite(raw) ? null : isPercentFormat(fmt) ? Math.round(raw * 100 * 1e9) / 1e9 : raw;
  const n = readNumber(raw, fmt);
  if (n) return n.percent ? Math.round(n.value * 100 * 1e9) / 1e9 : n.value;
  return readPoints(raw, fmt);
}

/** scoreValueAt's answer for a number cell: one object, written again by every call (its callers read it at once) */
const SCORE_READ: { value: number; decimals: number | null } = { value: 0, decimals: null };

/**
 * numberAt(…) ?? pointsAt(…) as its value and decimals only (no address, no text): a score read as a number, or
 * as points ("8分"). For a number cell (a table's every score) the answer is one shared object, written again by the
 * next call: read it before asking again, never keep it.
 */
export function scoreValueAt(grid: Grid, row: number, col: number | undefined): Readonly<{ value: number; decimals: number | null }> | null {
  if (!col) return null;
  const raw = grid.value(row, col);
  const fmt = grid.format(row, col);
  // a number cell read as readNumber reads it, its value and decimals only
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return null;
    SCORE_READ.value = raw;
    SCORE_READ.decimals = formatDecimals(fmt);
    return SCORE_READ;
  }
  const n: ReadNumber | null = readNumber(raw, fmt);
  if (n) return n;
  const v = readPoints(raw, fmt);
  if (v === null) return null;
  return { value: v, decimals: POINTS_DECIMALS.exec(String(raw))?.[1].length ?? 0 };
}

/** numberAt(…) as the number read (value, decimals, percent), without the NumberRef. */
export function numberReadAt(grid: Grid, row: number, col: number | undefined): ReadNumber | null {
  if (!col) return null;
  return readNumber(grid.value(row, col), grid.format(row, col));
}

/**
 * A number at a cell as numberAt reads it (a percent kept as one), else points written with their unit ("10分",
 * "80.14分"): a weight's, a score's or a total's cell as a user types it.
 */
export function numberOrPointsAt(grid: Grid, row: number, col: number | undefined): NumberRef | null {
  const n = numberAt(grid, row, col);
  if (n || !col) return n;
  // (pointsAt where numberAt read no number: the cell is then no plain number under any format, and only points written
  // with their unit are left to read — the text read once, not twice more as a number)
  const raw = grid.value(row, col);
  if (typeof raw !== "string") return null;
  const v = pointsWithUnit(raw);
  if (v === null) return null;
  return numberRef(grid, row, col, v, POINTS_DECIMALS.exec(raw)?.[1].length ?? 0, false);
}

/**
 * numberOrPointsAt(…) as the number read (value, decimals, percent), without the NumberRef (no address, no text): for
 * a reader that only compares the numbers (a sum over a run of lines).
 */
export function numberOrPointsReadAt(grid: Grid, row: number, col: number | undefined): ReadNumber | null {
  if (!col) return null;
  const m = grid.mergeAt(row, col);
  const ar = m ? m.r1 : row;
  const ac = m ? m.c1 : col;
  const raw = grid.raw(ar, ac);
  const fmt = grid.format(ar, ac);
  if (typeof raw === "number") return Number.isFinite(raw) ? { value: raw, percent: isPercentFormat(fmt), decimals: formatDecimals(fmt) } : null;
  const n = readNumber(raw, fmt);
  if (n || typeof raw !== "string") return n;
  const v = pointsWithUnit(raw);
  return v === null ? null : { value: v, percent: false, decimals: POINTS_DECIMALS.exec(raw)?.[1].length ?? 0 };
}

/**
 * numberOrPointsReadAt(…)'s value where it reads a number that is no percent, else NaN: nothing made for a number cell
 * (a reader that sums a column's values before it compares any).
 */
export function plainNumberOrPointsValueAt(grid: Grid, row: number, col: number | undefined): number {
  if (!col) return NaN;
  const m = grid.mergeAt(row, col);
  const ar = m ? m.r1 : row;
  const ac = m ? m.c1 : col;
  const raw = grid.raw(ar, ac);
  if (typeof raw === "number") return Number.isFinite(raw) && !isPercentFormat(grid.format(ar, ac)) ? raw : NaN;
  if (raw === null || raw === undefined || raw === "") return NaN;
  const n = numberOrPointsReadAt(grid, row, col);
  return n && !n.percent ? n.value : NaN;
}

/** numberOrPointsAt(…) !== null, with nothing made: a cell that holds a number, or points written with their unit. */
export function holdsNumberOrPoints(grid: Grid, row: number, col: number | undefined): boolean {
  if (!col) return false;
  // (the value at the merge's anchor, as numberAt reads it; a text is read the same under any number format)
  const raw = grid.value(row, col);
  if (typeof raw === "number") return Number.isFinite(raw);
  if (typeof raw !== "string") return false;
  return readNumber(raw) !== null || pointsWithUnit(raw) !== null;
}

/** Read points ("100分" or a number) at a cell. */
export function pointsAt(grid: Grid, row: number, col: number | undefined): NumberRef | null {
  if (!col) return null;
  const raw = grid.value(row, col);
  const fmt = grid.format(row, col);
  const n = readNumber(raw, fmt);
  // (readPoints(raw, fmt) without reading the text as a number again)
  const v = n && !n.percent ? n.value : typeof raw === "string" ? pointsWithUnit(raw) : null;
  if (v === null) return null;
  return {
    cell: grid.addr(row, col),
    row,
    col,
    value: v,
    text: grid.text(row, col),
    decimals: n?.decimals ?? POINTS_DECIMALS.exec(String(raw))?.[1].length ?? 0,
    percent: false,
  };
}

/**
 * A weight: points ("10", "10分"), or a share of the 100 points written as a percent ("20%" in a 权重 column is 20).
 */
export function weightAt(grid: Grid, row: number, col: number | undefined): NumberRef | null {
  const p = pointsAt(grid, row, col);
  if (p || !col) return p;
  const n = readNumber(grid.value(row, col), grid.format(row, col));
  if (!n || !n.percent) return null;
  const value = Math.round(n.value * 100 * 1e9) / 1e9;
  return { cell: grid.addr(row, col), row, col, value, text: grid.text(row, col), decimals: n.decimals ?? 0, percent: false };
}

export function textAt(grid: Grid, row: number, col: number | undefined): CellRef<string> | null {
  if (!col) return null;
  const t = grid.text(row, col);
  if (!t) return null;
  return { cell: grid.addr(row, col), row, col, value: t, text: t };
}


/**
 * An amount with its unit fused into the text ("30万元", "1,200元", "¥1,200.00"), or with a note in brackets on what it
 * holds ("10(其中,灾情因素6万元)", "25(含配套5万元)": the line's own amount, a part of it named after it).
 */
const FUSED_AMOUNT = /^[¥￥]?([+-]?\d[\d,]*(?:\.\d+)?)(万元|万|元)?(?:\((?:其中|含|包括|包含)[^()]*\))?$/;

/**
 * Read an amount at a cell: a number, or a number with its unit fused into the text ("30万元", "3359.62万", in
 * traditional characters too: "30萬元"), whose unit then travels with it; a note in brackets after it on the part it
 * holds ("10(其中,灾情因素6万元)") is no other number of the line.
 */
export function amountAt(grid: Grid, row: number, col: number | undefined): (NumberRef & { unit?: "万元" | "元" }) | null {
  const n = numberAt(grid, row, col);
  if (n || !col) return n;
  const text = grid.text(row, col);
  if (!text || text.length > 24) return null;
  const m = FUSED_AMOUNT.exec(grid.compactText(row, col));
  if (!m) return null;
  const digits = m[1].replace(/,/g, "");
  const i = digits.indexOf(".");
  return {
    cell: grid.addr(row, col),
    row,
    col,
    value: Number(digits),
    text,
    decimals: i < 0 ? 0 : digits.length - i - 1,
    percent: false,
    ...(m[2] ? { unit: m[2] === "元" ? ("元" as const) : ("万元" as const) } : {}),
  };
}

/**
 * The last line a group label at (r, c) spans, at most `end`: its merge, else the lines below it while its cell is blank
 * or holds the same label filled down.
 */
export function labelSpanEnd(grid: Grid, r: number, c: number, end: number): number {
  const m = grid.mergeAt(r, c);
  if (m) return Math.min(m.r2, end);
  const text = grid.compactText(r, c);
  let last = r;
  while (last < end && grid.ownsCell(last + 1, c) && !grid.mergeAt(last + 1, c) && [text, ""].includes(grid.compactText(last + 1, c))) last++;
  return last;
}
