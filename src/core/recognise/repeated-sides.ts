import type { Grid } from "../grid/grid";

/** a head's note in brackets ("项目(按功能分类)", "金额(元)"): the same head as without it */
const HEAD_NOTE = /\(.*\)$/;
/** a remark column's head */
const REMARK_HEAD = /^(备注|备注栏|附注|说明)$/;

/**
 * The columns where a header's run of heads starts again: a statement printed in two sides (收入 | 支出 over 项目 | 行次 |
 * 金额 | 项目(按功能分类) | 行次 | 金额), or a list in newspaper columns. The heads of the header line, left to right (a
 * note in brackets aside), are a run of two or more repeated whole: each start after the first is returned (here D).
 * Empty where no run of heads repeats (项目 | 分值 | 项目说明 names a column twice, but repeats no run).
 */
export function repeatedSideStarts(grid: Grid, headerRow: number | null): number[] {
  if (headerRow === null || headerRow < 1 || headerRow > grid.rowCount) return [];
  const heads: string[] = [];
  const cols: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(headerRow, c)) continue;
    const t = grid.compactText(headerRow, c).replace(HEAD_NOTE, "");
    if (!t) continue;
    heads.push(t);
    cols.push(c);
  }
  // (a remark column after the sides, 备注 / 说明, is no side's)
  if (heads.length > 4 && REMARK_HEAD.test(heads[heads.length - 1])) {
    heads.pop();
    cols.pop();
  }
  // the shortest run the heads are made of, two heads at least, repeated two times at least
  for (let k = 2; k * 2 <= heads.length; k++) {
    if (heads.length % k !== 0) continue;
    let whole = true;
    for (let i = k; i < heads.length && whole; i++) whole = heads[i] === heads[i - k];
    if (whole) {
      const out: number[] = [];
      for (let i = k; i < heads.length; i += k) out.push(cols[i]);
      return out;
    }
  }
  return [];
}
