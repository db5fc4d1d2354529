import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { a1, parseA1, rangeA1 } from "../../src/core/grid/a1";
import { review } from "../../src/core/review";
import { corpusGrid, corpusIds } from "../helpers";

/**
 * The same sheet placed elsewhere, or written without merged cells, must give the same findings at the
 * correspondingly moved cells: nothing in the engine may depend on where a template happens to start.
 */
function shifted(g: Grid, dr: number, dc: number): Grid {
  const rows: (Cell | null)[][] = Array.from({ length: dr }, () => []);
  for (let r = 1; r <= g.rowCount; r++) {
    const row: (Cell | null)[] = Array(dc).fill(null);
    for (let c = 1; c <= g.colCount; c++) row.push(g.cell(r, c));
    rows.push(row);
  }
  const merges = g.merges.map((m) => rangeA1({ r1: m.r1 + dr, c1: m.c1 + dc, r2: m.r2 + dr, c2: m.c2 + dc }));
  return new Grid({ name: g.name, cells: rows, merges });
}

/** Unmerge every vertical merge, leaving the label on its first row only (as sheets without merges do). */
function unmergedVertically(g: Grid): Grid {
  const keep = g.merges.filter((m) => m.r1 === m.r2).map((m) => rangeA1(m));
  const cells: (Cell | null)[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= g.colCount; c++) row.push(g.cell(r, c));
    cells.push(row);
  }
  return new Grid({ name: g.name, cells, merges: keep });
}

const move = (cell: string, dr: number, dc: number) => {
  const p = parseA1(cell);
  return a1(p.row + dr, p.col + dc);
};

const signature = (r: ReturnType<typeof review>, dr = 0, dc = 0) =>
  r.findings.map((f) => `${f.severity} ${f.rule}@${move(f.cell, -dr, -dc)}`).sort();

describe.each(corpusIds())("case %s", (id) => {
  test("moved down 3 rows and right 2 columns: same family, indicators and findings", async () => {
    const g = await corpusGrid(id);
    const base = review(g);
    const moved = review(shifted(g, 3, 2));
    expect(moved.model.family).toBe(base.model.family);
    expect(moved.model.indicators.map((i) => [i.row - 3, i.weight, i.claimedScore])).toEqual(base.model.indicators.map((i) => [i.row, i.weight, i.claimedScore]));
    expect(signature(moved, 3, 2)).toEqual(signature(base));
  });

  test("without vertical merges (labels on the first row only): same indicators and error findings", async () => {
    const g = await corpusGrid(id);
    const base = review(g);
    const flat = review(unmergedVertically(g));
    expect(flat.model.family).toBe(base.model.family);
    expect(flat.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual(base.model.indicators.map((i) => [i.row, i.weight, i.claimedScore]));
    const errors = (r: ReturnType<typeof review>) => signature(r).filter((s) => s.startsWith("error"));
    expect(errors(flat)).toEqual(errors(base));
  });
});
