import { Grid } from "../grid/grid";
import type { Cell } from "../grid/grid";
import type { CellRange } from "../grid/a1";
import { namesAnotherProject, opensProjectLabel, PROJECT_NAME_LABEL, titlesAnotherForm } from "./table-walk";
import { distinctKeyRoles, hasLevel, rowRolesShared } from "./table-header";

export interface StackedForm {
  from: number;
  to: number;
  /** the sheet's first rows to read above the form's own (the title it shares), 0: none */
  lead: number;
  /** the next form's first line closes this form's table (a title, a 项目名称 line): read it under the form */
  closing: boolean;
}

/**
 * Whole forms stacked on one sheet (a disclosure listing its projects' 项目支出绩效自评表 or 绩效目标表 one under the
 * other): each starts at its title line (a form's title alone on its line, "项目支出绩效自评表(2023年度)") or, where the
 * projects have no title line each, at the head line naming its project ("项目名称 | 乡村道路养护", as
 * namesAnotherProject reads it, or the label alone: the name left blank; a department's form at its 部门名称 line), and holds an indicator header of its own
 * (one-, two- and three-level columns) before the next form starts. A form starts at the first such line after the
 * indicator header above it (a title followed by its 项目名称 line starts at the title); of two titles with no header
 * between, the later one (a cover's title repeated over its form). The rows of each form, the first from row 1 (cover
 * lines above its title belong to it); null when the sheet holds fewer than two such forms. One pass over the rows.
 * A form that starts at its project's head line shares the title above the first project: `lead` is the number of
 * sheet rows above the first form's first head line (its title, 年度 and 单位 lines), to be read above its own rows.
 * A form another follows is read with the next form's first line under it where that line closes its table (a title,
 * a 项目名称 line): as on the sheet, the table is then known closed, not cut off.
 */
export function stackedForms(grid: Grid): StackedForm[] | null {
  const isHeader = (r: number) => {
    const roles = rowRolesShared(grid, r);
    return hasLevel(roles) && distinctKeyRoles(roles) >= 3;
  };
  const starts: number[] = [];
  // the line a form would start at, waiting for its indicator header, and whether it is a title
  let pending = 0;
  let pendingTitle = false;
  const titled: boolean[] = [];
  // the first form's first head line: the rows above it are the title every later untitled form shares
  let firstHead = 0;
  for (let r = 1; r <= grid.rowCount; r++) {
    if (titlesAnotherForm(grid, r)) {
      if (!pending || pendingTitle) {
        pending = r;
        pendingTitle = true;
      }
    } else if (headsProject(grid, r)) {
      if (!starts.length && !firstHead) firstHead = r;
      if (!pending) {
        pending = r;
        pendingTitle = false;
      }
    } else if (pending && isHeader(r)) {
      starts.push(pending);
      titled.push(pendingTitle);
      pending = 0;
    }
  }
  if (starts.length < 2) return null;
  const lead = firstHead > 1 ? firstHead - 1 : 0;
  return starts.map((s, k) => {
    const next = k + 1 < starts.length ? starts[k + 1] : 0;
    // (the next form's title or 项目名称 line closes the table above it as the walk reads it; a 部门名称 line does not)
    const closing = next > 0 && (titled[k + 1] || namesAnotherProject(grid, next) || projectLabelAlone(grid, next));
    return { from: k === 0 ? 1 : s, to: next ? next - 1 : grid.rowCount, lead: k > 0 && !titled[k] ? lead : 0, closing };
  });
}

/** A department's name label opening its form's head ("部门名称 | 县水利局", "部门(单位)名称：…"). */
const DEPT_NAME_LABEL = /^部门(\(单位\))?名称[:：]?/;

/**
 * The head line of a project's or a department's form: it names the project (namesAnotherProject), or opens with the
 * 项目名称 / 部门名称 label, its name beside it, after its colon or left blank.
 */
function headsProject(grid: Grid, r: number): boolean {
  // (cheap test first, every row is asked: the line's first text opens with 项目/专项 or 部门)
  const c = grid.firstTextCell(r);
  if (!c) return false;
  const first = grid.compactText(r, c);
  if (opensProjectLabel(first)) return namesAnotherProject(grid, r) || projectLabelAlone(grid, r);
  return first.charCodeAt(0) === 0x90e8 && DEPT_NAME_LABEL.test(first.replace(/（/g, "(").replace(/）/g, ")"));
}

/** The 项目名称 label alone on its line (the project's name left blank). */
function projectLabelAlone(grid: Grid, r: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c).replace(/（/g, "(").replace(/）/g, ")");
    if (!t) continue;
    const m = PROJECT_NAME_LABEL.exec(t);
    return !!m && m[0].length === t.length && alone(grid, r, c);
  }
  return false;
}

/** Nothing but the label at column `c` on row `r`. */
function alone(grid: Grid, r: number, c: number): boolean {
  for (let k = c + 1; k <= grid.scanCols; k++) if (grid.ownsCell(r, k) && grid.compactText(r, k)) return false;
  return true;
}

/**
 * A stacked form as a sheet of its own: its rows under the sheet's first `lead` rows (the title it shares), and the next
 * form's first line under them where that line closes its table.
 */
export function formGrid(grid: Grid, f: StackedForm): Grid {
  return gridRows(grid, f.from, f.closing ? f.to + 1 : f.to, f.lead);
}

/** The sheet row of row `r` of formGrid(grid, f): a lead row is the sheet's own, the others moved down to the form. */
export function formSheetRow(f: StackedForm, r: number): number {
  return r <= f.lead ? r : r + f.from - 1 - f.lead;
}

/** The row of formGrid(grid, f) that is the form's own sheet row `r` (formSheetRow's inverse on the form's rows). */
export function formRowOf(f: StackedForm, r: number): number {
  return r - (f.from - 1 - f.lead);
}

/** Whether row `r` of formGrid(grid, f) is the form's own: not one of its lead rows, nor the next form's line. */
export function ownsFormRow(f: StackedForm, r: number): boolean {
  return r > f.lead && r <= f.lead + f.to - f.from + 1;
}

/**
 * Rows `from`…`to` of the grid as a sheet of their own under its first `lead` rows (row `from` its row lead + 1);
 * merges inside either block kept.
 */
export function gridRows(grid: Grid, from: number, to: number, lead = 0): Grid {
  const cells: (Cell | null)[][] = [];
  const rows: number[] = [];
  for (let r = 1; r <= lead; r++) rows.push(r);
  for (let r = from; r <= to; r++) rows.push(r);
  for (const r of rows) {
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= grid.colCount; c++) row.push(grid.cell(r, c));
    cells.push(row);
  }
  const shift = from - 1 - lead;
  const merges: CellRange[] = [
    ...grid.merges.filter((m) => m.r2 <= lead),
    ...grid.merges.filter((m) => m.r1 >= from && m.r2 <= to).map((m) => ({ ...m, r1: m.r1 - shift, r2: m.r2 - shift })),
  ];
  return new Grid({ name: grid.name, cells, merges });
}
