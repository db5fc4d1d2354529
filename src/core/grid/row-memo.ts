import type { Grid } from "./grid";

/**
 * A yes/no question about one line of a grid, asked again and again of the same lines by several readers (is it a
 * closing line, does it hold a number): answered once per grid and line, kept in a byte per line (0 not asked yet,
 * 1 no, 2 yes) beside the grid. A grid never changes once made (withCells / withMerges make another), so the answer
 * stays true; lines outside 0 … rowCount + 1 are answered each time.
 */
export function rowMemo(ask: (grid: Grid, row: number) => boolean): (grid: Grid, row: number) => boolean {
  const answers = new WeakMap<Grid, Uint8Array>();
  return (grid: Grid, row: number): boolean => {
    if (!(row >= 0 && row <= grid.rowCount + 1) || row !== (row | 0)) return ask(grid, row);
    let a = answers.get(grid);
    if (a === undefined) {
      a = new Uint8Array(grid.rowCount + 2);
      answers.set(grid, a);
    }
    const known = a[row];
    if (known !== 0) return known === 2;
    const yes = ask(grid, row);
    a[row] = yes ? 2 : 1;
    return yes;
  };
}
