import { Grid } from "../../../src/core/grid/grid";

/** Row r's columns from Grid.textCells(). */
function textCols(grid: Grid, r: number): number[] {
  const { start, cols } = grid.textCells();
  return Array.from(cols.subarray(start[r], start[r + 1]));
}

/** The same by the definition: every scanned cell the row owns whose compactText is not empty. */
function byCells(grid: Grid, r: number): number[] {
  const out: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) out.push(c);
  return out;
}

describe("Grid.textCells: each row's own text cells, left to right", () => {
  // row 1: a label merged over B1:C1 (C1 is its tail), a number; row 2: blank, spaces only, a label; row 3: a merge
  // from B2 down (B3 its tail), nothing else; row 4: empty
  const grid = Grid.fromValues(
    "t",
    [
      ["项目名称", "基准 测试", null, 12.5],
      ["", "  ", "合计", 0],
      [null, null, "", null],
      [],
    ],
    ["B1:C1", "B2:B3"],
  );

  it.each([
    [1, [1, 2, 4]], // the merge's anchor (B1) counts once, its tail (C1) not; a number is text too ("12.5")
    [2, [3, 4]], // "" and spaces only hold no text; 0 is "0"
    [3, []], // a merged tail (B3) is the anchor's cell, not the row's
    [4, []],
  ])("row %i → columns %j", (r, expected) => {
    expect(textCols(grid, r)).toEqual(expected);
    expect(textCols(grid, r)).toEqual(byCells(grid, r));
  });

  it("holds nothing for row 0, is the same object on every call, and leaves out columns past scanCols", () => {
    expect(textCols(grid, 0)).toEqual([]);
    expect(grid.textCells()).toBe(grid.textCells());
    const wide = Grid.fromValues("w", [Array.from({ length: 140 }, (_, k) => `列${k + 1}`)]);
    expect(textCols(wide, 1)).toHaveLength(wide.scanCols);
    expect(textCols(wide, 1)).toEqual(byCells(wide, 1));
  });

  it("is read again for a grid with more merges (a tail left out there, kept in the original)", () => {
    const more = grid.withMerges([{ r1: 2, c1: 3, r2: 2, c2: 4 }]);
    expect(textCols(grid, 2)).toEqual([3, 4]);
    expect(textCols(more, 2)).toEqual([3]);
  });
});
