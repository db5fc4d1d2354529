import { Grid } from "../../../src/core/grid/grid";

describe("Grid merges and cell access", () => {
  // B2:B4 merged (a level column), D3:E3 merged (a caption), C6 alone; rows 5 and 7 are missing
  const grid = new Grid({
    name: "s",
    cells: [
      [{ v: "一级" }, { v: "二级" }],
      [null, { v: "产出指标" }, { v: "数量" }],
      [undefined, null, { v: 3 }, { v: "说明" }],
      [],
      undefined as unknown as null[],
      [null, null, { v: 7 }],
    ],
    merges: ["B2:B4", "D3:E3"],
  });

  test("every cell of a merge reads as its anchor, cells outside read as themselves", () => {
    expect(grid.value(3, 2)).toBe("产出指标");
    expect(grid.value(4, 2)).toBe("产出指标");
    expect(grid.value(3, 5)).toBe("说明");
    expect(grid.value(3, 3)).toBe(3);
    expect(grid.value(5, 2)).toBeNull();
    expect(grid.mergeAt(4, 2)).toEqual({ r1: 2, c1: 2, r2: 4, c2: 2 });
    expect(grid.mergeAt(3, 4)).toEqual({ r1: 3, c1: 4, r2: 3, c2: 5 });
    expect(grid.mergeAt(3, 3)).toBeNull();
    expect(grid.mergeAt(1, 2)).toBeNull();
    expect(grid.mergeAt(5, 2)).toBeNull();
  });

  test("anchors, tails and rows that start content", () => {
    expect(grid.ownsCell(2, 2)).toBe(true);
    expect(grid.ownsCell(4, 2)).toBe(false);
    expect(grid.isMergedTail(3, 5)).toBe(true);
    expect(grid.startsInRow(3, 2)).toBe(false);
    expect(grid.rowHasContent(3)).toBe(true);
    expect(grid.rowHasContent(4)).toBe(false);
    expect(grid.rowHasContent(5)).toBe(false);
    expect(grid.rowHasContent(6)).toBe(true);
  });

  test("missing rows and cells read as empty; numbers keep their text in compact form", () => {
    expect(grid.cell(5, 1)).toBeNull();
    expect(grid.cell(3, 1)).toBeNull();
    expect(grid.cell(99, 1)).toBeNull();
    expect(grid.text(6, 3)).toBe("7");
    expect(grid.compactText(6, 3)).toBe("7");
    expect(grid.rowCount).toBe(6);
    expect(grid.colCount).toBe(5);
  });

  test("of two overlapping merges the one listed last covers the shared cells", () => {
    const g = Grid.fromValues("s", [["a", "b"], ["c", "d"]], ["A1:B2", "B2:B2"]);
    expect(g.mergeAt(2, 2)).toEqual({ r1: 2, c1: 2, r2: 2, c2: 2 });
    expect(g.mergeAt(2, 1)).toEqual({ r1: 1, c1: 1, r2: 2, c2: 2 });
  });

  test("a merge far down the sheet is found without a merge above it", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`r${i + 1}`, i]);
    const g = Grid.fromValues("s", rows, ["B4000:B4010"]);
    expect(g.value(4005, 2)).toBe(3999);
    expect(g.mergeAt(3999, 2)).toBeNull();
    expect(g.mergeAt(4011, 2)).toBeNull();
  });

  test("a sheet too large for the flat memos reads the same through the per-row ones", () => {
    // 300,000 rows × 8 columns: more cells than the flat memos hold
    const rows: (string | number | undefined)[][] = [["标题", undefined, undefined, undefined, undefined, undefined, undefined, "八"]];
    rows[299_999] = ["末行", 42];
    const g = Grid.fromValues("s", rows.map((r) => r ?? []), ["A2:A299999"]);
    expect(g.rowCount).toBe(300_000);
    expect(g.text(1, 8)).toBe("八");
    expect(g.compactText(300_000, 1)).toBe("末行");
    expect(g.raw(300_000, 2)).toBe(42);
    expect(g.text(300_000, 2)).toBe("42");
    expect(g.text(150_000, 1)).toBe("");
    expect(g.raw(150_000, 3)).toBeNull();
  });
});
