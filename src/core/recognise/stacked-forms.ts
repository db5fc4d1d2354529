import { Grid } from "../grid/grid";
import type { Cell } from "../grid/grid";
import type { CellRange } from "../grid/a1";
import { titlesAnotherForm } from "./table-walk";
import { distinctKeyRoles, hasLevel, rowRoles } from "./table-header";

/**
 * Whole forms stacked on one sheet (a disclosure listing its projects' 项目支出绩效自评表 one under the other): each
 * starts at its title line (a form's title alone on its line, "项目支出绩效自评表(2023年度)") and holds an indicator
 * header of its own (one-, two- and three-level columns). The rows of each form, the first from row 1 (cover lines
 * above its title belong to it); null when the sheet holds fewer than two such forms.
 */
export function stackedForms(grid: Grid): { from: number; to: number }[] | null {
  const titles: number[] = [];
  for (let r = 1; r <= grid.rowCount; r++) if (titlesAnotherForm(grid, r)) titles.push(r);
  if (titles.length < 2) return null;
  const isHeader = (r: number) => {
    const roles = rowRoles(grid, r);
    return hasLevel(roles) && distinctKeyRoles(roles) >= 3;
  };
  // a title counts when an indicator header follows it before the next title
  const starts: number[] = [];
  for (let k = 0; k < titles.length; k++) {
    const end = k + 1 < titles.length ? titles[k + 1] - 1 : grid.rowCount;
    for (let r = titles[k] + 1; r <= end; r++) {
      if (isHeader(r)) {
        starts.push(titles[k]);
        break;
      }
    }
  }
  if (starts.length < 2) return null;
  return starts.map((s, k) => ({ from: k === 0 ? 1 : s, to: k + 1 < starts.length ? starts[k + 1] - 1 : grid.rowCount }));
}

/** Rows `from`…`to` of the grid as a sheet of their own (row `from` its row 1); merges inside them kept. */
export function gridRows(grid: Grid, from: number, to: number): Grid {
  const cells: (Cell | null)[][] = [];
  for (let r = from; r <= to; r++) {
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= grid.colCount; c++) row.push(grid.cell(r, c));
    cells.push(row);
  }
  const merges: CellRange[] = grid.merges.filter((m) => m.r1 >= from && m.r2 <= to).map((m) => ({ ...m, r1: m.r1 - from + 1, r2: m.r2 - from + 1 }));
  return new Grid({ name: grid.name, cells, merges });
}
