import { Grid } from "../grid/grid";
import { paragraphList } from "./paragraph-list";
import { proseRubric } from "./prose-rubric";

/**
 * (famp55) **A document pasted into one cell**: the sheet's only text is one cell holding the document's lines (its line breaks
 * kept — a whole report or a rubric copied into a cell). The report readers read such a cell's lines (document-text's
 * documentBody); the rubric readers (paragraph-list.ts, prose-rubric.ts) walk the grid's rows and see one. Here the cell's
 * lines are laid out one a row in column A (`oneCellLines`), and the rubric readers asked of them (`oneCellRubric`): the
 * family is a rubric's where its lines are one; no relation is read from that layout (its rows are no cells of the sheet).
 */
/** lines needed in the cell */
const MIN_LINES = 3;

/** The one text cell's lines as a grid of one column, or null where the sheet is not one cell of several lines. */
export function oneCellLines(grid: Grid): Grid | null {
  const { start, cols } = grid.textCells();
  let text: string | null = null;
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      if (text !== null) return null;
      text = grid.text(r, cols[k]);
    }
  }
  if (text === null) return null;
  const lines = text.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
  return lines.length >= MIN_LINES ? new Grid({ name: grid.name, cells: lines.map((v) => [{ v }]), merges: [] }) : null;
}

const memo = new WeakMap<Grid, boolean>();

/** The sheet is a rubric pasted into one cell: its lines read as a paragraph list or a prose rubric. */
export function oneCellRubric(grid: Grid): boolean {
  let v = memo.get(grid);
  if (v === undefined) {
    const lines = oneCellLines(grid);
    memo.set(grid, (v = lines !== null && (paragraphList(lines) ?? proseRubric(lines)) !== null));
  }
  return v;
}
