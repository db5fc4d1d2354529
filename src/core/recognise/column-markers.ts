import type { Grid } from "../grid/grid";
import { NUMBERING_HEADER } from "./vocabulary";

/**
 * A line of column markers under a header: each column named by a letter (A | B | C …), a number (1 | 2 | 3 …), a
 * stem (甲 | 乙 | 丙 …) or a circled number, some with the page's own formula over the others ("L=J*100-K", "O=L*M",
 * "4=2+3", "C=A-B"): part of the header block, never a line of data, and never a reason to reject the header above it.
 */

/** one marker: its name, then the formula it may state over other markers */
export const MARKER = /^([A-Z]{1,2}|\d{1,2}|[甲乙丙丁戊己庚辛壬癸]|[①-⑳]|[(（]\d{1,2}[)）])(?:=[A-Z\d甲乙丙丁戊己庚辛壬癸①-⑳()（）.+\-*/×÷xX%]+)?$/;
/** markers a line must hold */
const MIN_MARKERS = 3;
const STEMS = "甲乙丙丁戊己庚辛壬癸";

/** A marker's order: letters as column letters (A=1 … Z=26, AA=27), numbers as they are, stems and circled numbers in their series. */
function rank(name: string): number {
  if (/^[A-Z]{1,2}$/.test(name)) return name.length === 1 ? name.charCodeAt(0) - 64 : (name.charCodeAt(0) - 64) * 26 + name.charCodeAt(1) - 64;
  const digits = /\d{1,2}/.exec(name);
  if (digits) return Number(digits[0]);
  const stem = STEMS.indexOf(name);
  if (stem >= 0) return stem + 1;
  return name.charCodeAt(0) - 0x2460 + 1;
}

/** The cell under (r, c) holds the stem after `stem` (甲 over 乙): the stems name the list's lines. */
function nextStemBelow(grid: Grid, r: number, c: number, stem: string): boolean {
  const k = STEMS.indexOf(stem);
  return k >= 0 && k + 1 < STEMS.length && r < grid.rowCount && grid.ownsCell(r + 1, c) && grid.compactText(r + 1, c) === STEMS[k + 1];
}

/**
 * The line is a line of column markers: at least MIN_MARKERS cells (two where label stems lead it, 甲 | A, or where the
 * label column is lettered too, A | B from the first column), each a marker (a first
 * cell 栏次 / 列次 / 行次 aside), of one kind (all letters, all numbers, all stems or all circled numbers) after the label
 * columns' stems that may lead it (甲 | 乙 | A | B | C=B/A, 甲 | 1 | 2 | 3), their names in ascending order — numbers in
 * steps of one (1 | 2 | 3, never a line of counts) — and the line above it a header's (text, no number).
 */
export function columnMarkerLine(grid: Grid, r: number): boolean {
  if (r < 2) return false;
  let n = 0;
  let kind = "";
  let last = 0;
  let steps = true;
  let led = false;
  let fromA = false;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const own = grid.compactText(r, c);
    if (!own) continue;
    // (NUMBERING_HEADER's words are ideographs: upper case or not, the same test)
    if (n === 0 && NUMBERING_HEADER.test(own)) continue;
    // (a text opening with an ideograph other than a stem is no marker, upper case or not: every line of a table is
    // asked, and its name is not copied in upper case to learn so)
    const c0 = own.charCodeAt(0);
    if (c0 >= 0x4e00 && c0 <= 0x9fff && !STEMS.includes(own[0])) return false;
    const text = own.toUpperCase();
    const m = MARKER.exec(text);
    if (!m) return false;
    const name = m[1];
    const k = /^[A-Z]/.test(name) ? "letter" : /^\d/.test(name) ? "number" : /^[(（]/.test(name) ? "bracketed" : STEMS.includes(name) ? "stem" : "circled";
    // (the label columns' stems, 甲 | 乙, may lead markers of another kind: the series starts again)
    const restart = kind === "stem" && k !== "stem";
    if (restart) led = true;
    if (kind && k !== kind && !restart) return false;
    kind = k;
    const at = rank(name);
    // (the markers after the label columns' stems start their series at its first, 甲 | 乙 | 1 | 2, 甲 | A, or go on
    // counting the stems' columns, 甲 | 乙 | C | D=C/B, 甲 | B: 甲 | 5 is a line named 甲 with its amount — dev50)
    if (restart && at !== 1 && at !== n + 1 && at !== c) return false;
    // (a stem the next line goes on from in its own cell, 甲 over 乙, names a line of a list, not a column)
    if (n === 0 && k === "stem" && nextStemBelow(grid, r, c, name)) return false;
    if (n === 0) fromA = c === 1 && k === "letter" && at === 1;
    if (n > 0 && !restart && at <= last) return false;
    if (n > 0 && !restart && at !== last + 1) steps = false;
    last = at;
    n++;
  }
  if (n < (led || (fromA && steps) ? 2 : MIN_MARKERS) || (kind === "number" && !steps)) return false;
  // under a header: the line above has text and no number
  let text = false;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r - 1, c)) continue;
    const raw = grid.raw(r - 1, c);
    if (typeof raw === "number") return false;
    if (grid.compactText(r - 1, c)) text = true;
  }
  return text;
}
