import type { Grid } from "../grid/grid";

/**
 * The cells of `grid` holding a sentence (its compact text `minLength` characters at least, matching `test`), each read
 * once: the same sentence in the cell left of it — a merge filled across by an export or a paste — is skipped. The
 * readers of counts and rates stated in sentences (text-rates, text-shares, text-blank-counts) walk these.
 */
export function sentenceCells(grid: Grid, minLength: number, test: RegExp): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      if (!grid.ownsCell(r, c)) continue;
      const text = grid.compactText(r, c);
      if (text.length < minLength || !test.test(text)) continue;
      if (c > 1 && grid.compactText(r, c - 1) === text) continue;
      out.push({ row: r, col: c, text });
    }
  }
  return out;
}
