import type { Grid } from "../grid/grid";

/**
 * The group head each column of a header line stands under, on the line right above it:
 *
 *   单位名称 | 一般公共预算收入            | 税收比重% | 一般公共预算支出
 *            | 当月 | 累计 | 为预算的% | 增幅% |           | 当月 | 累计 | 为预算的% | 增幅%
 *
 * 当月 and 累计 under 收入 are one set, those under 支出 another: a reader pairing columns by their sub-head words pairs
 * only columns of one group (the nearest head above both spans both). A column's group is the merge over it on the line
 * above (its first column), or, the merge undone, the nearest text left of it on that line with only blank cells between
 * (a head merged or standing down over the header line — 税收比重% over a blank — is that column's own, no group); the merge
 * filled across (取消合并并填充: 一般公共预算支出 written in each of its four cells) is one group, from the run's first cell.
 * Only a line of group heads scopes: two heads at least over the given columns, short words, no number (a title, a
 * unit line '单位:万元' or a paragraph above a one-line header gives one group, or none, and changes nothing).
 */

/** a group head is short words, no sentence */
const MAX_GROUP_HEAD = 24;
/** a number on the line: a data line, no head line */
const NUMBER_LIKE = /^[-+]?[\d,.]+%?$/;

/** The group key of each of `cols` under header line h (the group head's column; -col where none), or null where the line above is no line of group heads. */
export function groupKeys(grid: Grid, h: number, cols: readonly number[]): Map<number, number> | null {
  const r = h - 1;
  if (r < 1 || cols.length < 2) return null;
  const keys = new Map<number, number>();
  const heads = new Set<number>();
  for (const c of cols) {
    const k = groupColumn(grid, r, h, c);
    if (k === null) return null;
    keys.set(c, k);
    if (k > 0) heads.add(k);
  }
  return heads.size >= 2 ? keys : null;
}

/** the column of the group head over (h, c) on line r; -c where none; null where line r is no head line */
function groupColumn(grid: Grid, r: number, h: number, c: number): number | null {
  const m = grid.mergeAt(r, c);
  if (m) {
    if (m.r2 >= h) return -c;
    return headText(grid, m.r1, m.c1);
  }
  for (let k = c; k >= 1; k--) {
    const over = grid.mergeAt(r, k);
    // (a merge ending left of c: c stands under none)
    if (over) return -c;
    const t = grid.compactText(r, k);
    if (!t) continue;
    if (t.length > MAX_GROUP_HEAD || NUMBER_LIKE.test(t)) return null;
    // (a head with nothing under it on the header line is its own column's, merged down and undone)
    if (k !== c && !grid.compactText(h, k)) return -c;
    // (the merge filled across, its text written again in each cell: the run's first cell)
    while (k > 1 && !grid.mergeAt(r, k - 1) && grid.compactText(r, k - 1) === t && grid.compactText(h, k - 1) !== t) k--;
    return k;
  }
  return -c;
}

/** k where the merge's head at (r, k) is a group head's text; null where it is a number or a sentence */
function headText(grid: Grid, r: number, k: number): number | null {
  const t = grid.compactText(r, k);
  if (!t) return -k;
  return t.length > MAX_GROUP_HEAD || NUMBER_LIKE.test(t) ? null : k;
}
