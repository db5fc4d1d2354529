import type { Grid } from "../grid/grid";

/**
 * What a sheet says, asked once per grid and shared by the readers that gate on it: whether some text cell's compact text
 * matches a vocabulary pattern (`mentions`). A reader that can fire only on a line holding such a text asks this first
 * and returns at once where the sheet holds none — a necessary condition of the reader's, never a guess: the answer is
 * false only where no text cell matches.
 *
 * (The texts are searched joined, Grid.hasText, with the pattern's m-flag copy: its ^ and $ then match at each text's
 * ends, so an anchored vocabulary pattern, ^(财政拨款|…)$, is asked as a cell test would ask it. A match across two texts
 * only makes a true answer, never a false one. Not for a pattern with a lookaround that a line end would satisfy
 * otherwise than a text's end — (?!\s), [^…] inside a lookahead: Grid.hasText's contract.)
 */
const multiline = new WeakMap<RegExp, RegExp>();
const asked = new WeakMap<Grid, Map<RegExp, boolean>>();

/** Whether some text cell of the grid (Grid.textCells: owned, its compact text not empty) has a match of `re` (no g or y flag); see above. */
export function mentions(grid: Grid, re: RegExp): boolean {
  let answers = asked.get(grid);
  if (answers === undefined) asked.set(grid, (answers = new Map()));
  let a = answers.get(re);
  if (a === undefined) {
    let m = multiline.get(re);
    if (m === undefined) multiline.set(re, (m = re.flags.includes("m") ? re : new RegExp(re.source, re.flags + "m")));
    a = grid.hasText(m);
    answers.set(re, a);
  }
  return a;
}
