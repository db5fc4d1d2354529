import type { Grid } from "../grid/grid";
import type { Relation } from "../model/types";
import { NUMBERING_HEADER } from "../recognise/vocabulary";

/**
 * A page of a table whose lines are numbered, the page starting past the list's first number (序号 | 考核指标 | 分值 over
 * 4 | …, 5 | …, 6 | …, then 小计 100): its head is on the page before — a continuation page printed with its header
 * repeated, or an excerpt that left the first lines out. A closing total under its lines counts lines not on the page, so
 * it bounds them (atMost: more than the total is a slip, less is the page's share), as a list cut above its header does
 * unless numbered from 1 (blocks.ts numberedFromOne). The total's first part must stand right under a header naming a
 * 序号 column (blank lines between stepped over), numbered there a whole number above 1, the next numbered lines each one
 * more.
 */
export function continuedPageBounds(grid: Grid, found: Relation[]): Relation[] {
  let out: Relation[] | null = null;
  let asked: Map<number, boolean> | null = null;
  for (let i = 0; i < found.length; i++) {
    const r = found[i];
    // (a closing total's rollup, or a sum of points: a group's or an item's own rollups, one per line of a long table, never)
    if ((r.kind !== "rollup" && r.kind !== "sum") || (r.kind === "rollup" && r.level !== "total")) continue;
    if (r.bound !== "equal" || (r.measure !== "weight" && r.measure !== "score") || !r.parts.length) continue;
    // (a closing total: under every part)
    // (by index: a 40,000-line table's totals hold every line, walked once per review, before this loop is optimised —
    // an iterator's result per part)
    const parts = r.parts;
    let first = parts[0].row;
    let under = true;
    for (let k = 0; k < parts.length && under; k++) {
      first = Math.min(first, parts[k].row);
      under = parts[k].row < r.total.row;
    }
    if (!under) continue;
    asked ??= new Map();
    let continued = asked.get(first);
    if (continued === undefined) asked.set(first, (continued = numberedOnFrom(grid, first)));
    if (!continued) continue;
    out ??= found.slice();
    out[i] = { ...r, bound: "atMost" };
  }
  return out ?? found;
}

/** Lines numbered before a page is read as a continuation (4, 5: two). */
const NUMBERED_LINES = 2;
/** Header lines looked at above the first line (a header of two lines, a blank line under it). */
const HEADER_LINES = 3;

/** Line `row` is the first under a header with a 序号 column, numbered there from above 1 and on (4, 5 …). */
export function numberedOnFrom(grid: Grid, row: number): boolean {
  let col = 0;
  for (let h = row - 1; h >= Math.max(1, row - HEADER_LINES) && !col; h--) {
    let any = false;
    for (let c = 1; c <= grid.scanCols && !col; c++) {
      if (!grid.ownsCell(h, c)) continue;
      const t = grid.compactText(h, c);
      if (t) any = true;
      if (NUMBERING_HEADER.test(t)) col = c;
    }
    // (the nearest line with texts above the first line is the header's last: no numbers' column there, none higher up
    // unless merged down over it)
    if (any && !col) {
      for (let c = 1; c <= grid.scanCols && !col; c++) {
        const m = grid.mergeAt(h, c);
        if (m && m.r1 < h && NUMBERING_HEADER.test(grid.compactText(m.r1, m.c1))) col = m.c1;
      }
      if (!col) return false;
    }
  }
  if (!col) return false;
  let first = 0;
  let seen = 0;
  for (let r = row; r <= grid.rowCount && seen < NUMBERED_LINES; r++) {
    const t = grid.compactText(r, col).replace(/[.、．]$/, "");
    if (!t) {
      if (r === row) return false;
      continue;
    }
    if (!/^\d{1,3}$/.test(t)) return false;
    const n = Number(t);
    if (r === row) {
      if (n <= 1) return false;
      first = n;
    } else if (n !== first + seen) return false;
    seen++;
  }
  return seen >= NUMBERED_LINES;
}
