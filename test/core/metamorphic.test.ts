import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { a1, parseA1, rangeA1 } from "../../src/core/grid/a1";
import type { Relation } from "../../src/core/model/types";
import { statedCell } from "../../src/core/relations";
import { review } from "../../src/core/review";
import { corpusGrid, corpusIds } from "../helpers";

/**
 * The same sheet placed elsewhere, written without merged cells, with an empty column inserted or blank rows
 * before it must give the same relations and the same findings at the correspondingly moved cells: nothing in
 * the engine may depend on where a template happens to start.
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

/** An empty column inserted after the last column (a spacer column some templates carry). */
function withEmptyColumnAfter(g: Grid, col: number): Grid {
  const cells: (Cell | null)[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= g.colCount; c++) {
      row.push(g.cell(r, c));
      if (c === col) row.push(null);
    }
    cells.push(row);
  }
  const move = (c: number) => (c > col ? c + 1 : c);
  const merges = g.merges.map((m) => rangeA1({ r1: m.r1, c1: move(m.c1), r2: m.r2, c2: m.c2 > col && m.c1 <= col ? m.c2 + 1 : move(m.c2) }));
  return new Grid({ name: g.name, cells, merges });
}

const moveCell = (cell: string, dr: number, dc: number, afterCol = 0) => {
  const p = parseA1(cell);
  return a1(p.row + dr, p.col + (p.col > afterCol ? dc : 0));
};

type Result = ReturnType<typeof review>;
const signature = (r: Result, dr = 0, dc = 0, afterCol = 0) => r.findings.map((f) => `${f.severity} ${f.rule}@${moveCell(f.cell, -dr, -dc, afterCol + dc)}`).sort();

/** A relation as a reviewer would list it: kind, measure, stated cell ← the cells it is computed from. */
function relationSig(r: Relation, back: (cell: string) => string): string {
  const from =
    r.kind === "sum" || r.kind === "rollup"
      ? r.parts.map((p) => p.cell)
      : r.kind === "difference"
        ? [r.minuend.cell, ...r.subtrahends.map((s) => s.cell)]
        : r.kind === "ratio"
          ? [r.numerator.cell, r.denominator.cell]
          : r.kind === "product"
            ? r.factors.map((f) => f.cell)
            : [r.total.cell];
  return `${r.kind}/${r.measure} ${back(statedCell(r))} ← ${from.map(back).join(",")}`;
}
const relations = (r: Result, back: (cell: string) => string = (c) => c) => r.model.relations.map((x) => relationSig(x, back)).sort();

describe.each(corpusIds())("case %s", (id) => {
  test("moved down 3 rows and right 2 columns: same family, indicators, relations and findings", async () => {
    const g = await corpusGrid(id);
    const base = review(g);
    const moved = review(shifted(g, 3, 2));
    expect(moved.model.family).toBe(base.model.family);
    expect(moved.model.indicators.map((i) => [i.row - 3, i.weight, i.claimedScore])).toEqual(base.model.indicators.map((i) => [i.row, i.weight, i.claimedScore]));
    expect(relations(moved, (c) => moveCell(c, -3, -2))).toEqual(relations(base));
    expect(signature(moved, 3, 2)).toEqual(signature(base));
  });

  test("blank rows before the table: same relations and findings", async () => {
    const g = await corpusGrid(id);
    const base = review(g);
    const lower = review(shifted(g, 5, 0));
    expect(lower.model.family).toBe(base.model.family);
    expect(relations(lower, (c) => moveCell(c, -5, 0))).toEqual(relations(base));
    expect(signature(lower, 5, 0)).toEqual(signature(base));
  });

  test("an empty column inserted after the last one: same relations and findings", async () => {
    const g = await corpusGrid(id);
    const base = review(g);
    const wide = review(withEmptyColumnAfter(g, g.colCount));
    expect(wide.model.family).toBe(base.model.family);
    expect(relations(wide)).toEqual(relations(base));
    expect(signature(wide)).toEqual(signature(base));
  });

  test("an empty column inserted after the first one: same relations and findings, moved", async () => {
    const g = await corpusGrid(id);
    const base = review(g);
    const wide = review(withEmptyColumnAfter(g, 1));
    const back = (c: string) => {
      const p = parseA1(c);
      return a1(p.row, p.col > 2 ? p.col - 1 : p.col);
    };
    expect(wide.model.family).toBe(base.model.family);
    expect(relations(wide, back)).toEqual(relations(base));
    expect(wide.findings.map((f) => `${f.severity} ${f.rule}@${back(f.cell)}`).sort()).toEqual(signature(base));
  });

  test("without vertical merges (labels on the first row only): same indicators, relations and error findings", async () => {
    const g = await corpusGrid(id);
    const base = review(g);
    const flat = review(unmergedVertically(g));
    expect(flat.model.family).toBe(base.model.family);
    expect(flat.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual(base.model.indicators.map((i) => [i.row, i.weight, i.claimedScore]));
    expect(relations(flat)).toEqual(relations(base));
    const errors = (r: Result) => signature(r).filter((s) => s.startsWith("error"));
    expect(errors(flat)).toEqual(errors(base));
  });
});
