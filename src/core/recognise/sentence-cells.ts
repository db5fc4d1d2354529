import type { Grid } from "../grid/grid";
import { withoutCopyMarks } from "../text/copy-marks";
import { compact } from "../text/normalize";

/**
 * The cells of `grid` holding a sentence (its compact text `minLength` characters at least, matching `test`), each read
 * once: the same sentence in the cell left of it — a merge filled across by an export or a paste — is skipped. The
 * readers of counts and rates stated in sentences (text-rates, text-shares, text-blank-counts) walk these.
 */
export function sentenceCells(grid: Grid, minLength: number, test: RegExp): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  if (!mayHoldSentence(grid, minLength)) return out;
  const { start, cols } = grid.textCells();
  const visit = (r: number, k: number) => {
    const c = cols[k];
    if (!grid.ownsCell(r, c)) return;
    const text = grid.compactText(r, c);
    if (text.length < minLength || !test.test(text)) return;
    if (c > 1 && grid.compactText(r, c - 1) === text) return;
    // (prec48: a copy's page numbers, footnote marks and repeated sentences out, src/core/text/copy-marks.ts)
    const raw = grid.text(r, c);
    const clean = withoutCopyMarks(raw);
    out.push({ row: r, col: c, text: clean === raw ? text : compact(clean) });
  };
  // (the long texts only, where the grid lists them: the same cells in the same order, a sheet of short labels' other
  // cells not asked — each row found from its entry, the rows stepped through once)
  const long = grid.longTextCells(minLength);
  if (long !== null) {
    let r = 1;
    for (let i = 0; i < long.length; i++) {
      const k = long[i];
      while (start[r + 1] <= k) r++;
      visit(r, k);
    }
    return out;
  }
  for (let r = 1; r <= grid.rowCount; r++) for (let k = start[r]; k < start[r + 1]; k++) visit(r, k);
  return out;
}

/**
 * Whether the grid may hold a sentence of `minLength` characters at least (its compact text: as sentenceCells measures
 * it): false where no text cell is that long, and then sentenceCells(grid, minLength, …) is empty whatever its test. A
 * reader of sentences asks it before its search of their words (Grid.hasText, a search over every text of the sheet):
 * a sheet of short labels — a 2,000-line indicator table, none of its texts 12 characters long — is passed over at once.
 */
export function mayHoldSentence(grid: Grid, minLength: number): boolean {
  return grid.holdsTextOf(minLength);
}
