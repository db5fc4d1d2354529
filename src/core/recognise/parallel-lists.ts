import type { Grid } from "../grid/grid";

/**
 * Several periods' results lists printed side by side under one header (汉川 近三年中考综合评估前十二位学校一览表: 2009 | 2010 |
 * 2011 each merged over its 学校 | 总分, a leading place column 1–12 shared by the three lists, its head blank; or 名次 |
 * 学校 | 总分 repeated under each year, each list with its own places). unit-results.ts reads the repeated (unit, score)
 * pairs of the header as further lists; this module reads what stands around them: the line of periods over the pairs
 * (the header's top line) and a place column with no head of its own.
 */

/** a period heading one list of several side by side: a year (2009, 2010年, 2011年度), a month, a quarter, a half-year */
const PERIOD_HEAD = /^((19|20)\d{2}(年度?)?|(\d{1,2}|[一二三四五六七八九十]{1,3}|十[一二])月份?|(第?[一二三四1-4])季度|[上下]半年)$/;

/**
 * The line of periods over a header's lists (2009 | 2010 | 2011, each over its 学校 | 总分): line `row - 1` holds, besides
 * blank cells, only periods — two or more — each standing over (its merge spanning) the unit or score column of a list of
 * `lists`. Its row (the header's top line), else null.
 */
export function periodLineAbove(grid: Grid, row: number, lists: { unitCol: number; scoreCol: number }[]): number | null {
  const up = row - 1;
  if (up < 1 || lists.length < 2) return null;
  let periods = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(up, c)) continue;
    const t = grid.compactText(up, c);
    if (!t) continue;
    if (!PERIOD_HEAD.test(t)) return null;
    const m = grid.mergeAt(up, c);
    const [c1, c2] = m && m.r1 === up ? [m.c1, m.c2] : [c, c];
    if (!lists.some((l) => (l.unitCol >= c1 && l.unitCol <= c2) || (l.scoreCol >= c1 && l.scoreCol <= c2))) return null;
    periods++;
  }
  return periods >= 2 ? up : null;
}

/** The period over a list's columns on the period line (its text), or "" where none stands over them. */
export function periodOver(grid: Grid, line: number | null, unitCol: number, scoreCol: number): string {
  if (line === null) return "";
  for (const c of [unitCol, scoreCol]) {
    const a = grid.anchor(line, c);
    const t = grid.compactText(a.row, a.col);
    if (a.row === line && PERIOD_HEAD.test(t)) return /^(19|20)\d{2}$/.test(t) ? `${t}年` : t;
  }
  return "";
}

/**
 * A place column with no head (the header's cells over it blank, on every line of the header): a column left of the
 * lists whose lines hold 1, 2, 3 … in order (a tie repeating a place, 4 | 4 | 6), one place on each of the list's `rows`.
 * Whether the places rank the lists' scores is for the caller (a numbering column looks the same).
 */
export function unheadedPlaceColumn(grid: Grid, top: number, header: number, firstUnitCol: number, rows: number[], rankOf: (t: string) => number | null): number | null {
  for (let c = 1; c < firstUnitCol; c++) {
    let blank = true;
    for (let r = top; r <= header && blank; r++) blank = grid.compactText(r, c) === "";
    if (!blank) continue;
    let prev = 0;
    let ok = rows.length > 0;
    for (let k = 0; k < rows.length && ok; k++) {
      const p = rankOf(grid.compactText(rows[k], c));
      ok = p !== null && (p === k + 1 || (k > 0 && p === prev));
      prev = p ?? 0;
    }
    if (ok) return c;
  }
  return null;
}
