import type { Grid } from "../grid/grid";

/** a list line's number in its first written cell: '2', '2.', '(2)', '2、' */
const LINE_NUMBER = /^[(（]?(\d{1,4})[)）.、．]?$/;

/**
 * (dev53) The sheet stops inside the next line of a numbered list: its last row, right under the last line a sum adds,
 * carries the next number (1 over 2) and a name but nothing in the sum's column ('2 | 2025年雨露计划补助项目 | … | 发放补'
 * under '1 | …速冻库改造项目 | … | 49', a 项目计划表 cut in mid-line). Its amount lies past the cut: a sum that falls short
 * of its total there proves nothing. Never where anything follows the line, nor where the numbers do not run on (a note,
 * '注:…', or an unnumbered line under the list is no cut line).
 */
export function cutInNumberedLine(grid: Grid, lastPart: number, col: number): boolean {
  const last = grid.lastContentRow();
  if (last !== lastPart + 1 || grid.text(last, col) !== "") return false;
  const before = lineNumber(grid, lastPart);
  const next = lineNumber(grid, last);
  return before !== null && next === before + 1 && namedAfterNumber(grid, last);
}

function firstCell(grid: Grid, r: number): number {
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) return c;
  return 0;
}

function lineNumber(grid: Grid, r: number): number | null {
  const c = firstCell(grid, r);
  const m = c ? LINE_NUMBER.exec(grid.compactText(r, c)) : null;
  return m ? Number(m[1]) : null;
}

/** a name written after the line's number: the line was begun */
function namedAfterNumber(grid: Grid, r: number): boolean {
  for (let c = firstCell(grid, r) + 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && /[\u4e00-\u9fa5]/.test(grid.compactText(r, c))) return true;
  return false;
}
