import { Grid } from "../../../src/core/grid/grid";
import { compact } from "../../../src/core/text/normalize";

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

  describe("compactText: compact(text) of the merge-filled value, every cell's made in one pass", () => {
    // A1:A3 down a column, B1:C1 across, C2:D3 a block, D3:D3 over its corner (listed last, so D3 reads its own value,
    // not C2's), E an error and a number, F2 left blank under nothing
    const g = new Grid({
      name: "s",
      cells: [
        [{ v: " 产出 指标 " }, { v: "数量　指标" }, { v: "尾" }, { v: "x" }, { v: 12.5 }],
        [null, { v: "质量指标" }, { v: "（万元）" }, null, { v: { error: "#DIV/0!" } }],
        [null, { v: "  " }, null, { v: "角" }, { v: true }],
      ],
      merges: ["A1:A3", "B1:C1", "C2:D3", "D3:D3"],
    });
    it.each([
      [1, 1, "产出指标"], // the anchor, spaces gone
      [3, 1, "产出指标"], // a tail down the column: the anchor's text
      [1, 3, "数量指标"], // a tail across (C1's own "尾" is not read), the full-width space gone
      [3, 3, "(万元)"], // a tail of the block C2:D3: C2's text, brackets made half-width
      [3, 4, "角"], // the corner under the merge listed last: its own cell, not C2's
      [2, 4, "(万元)"],
      [3, 2, ""], // spaces only
      [1, 5, "12.5"],
      [2, 5, "#DIV/0!"],
      [3, 5, "true"],
      [2, 6, ""], // past the cells: nothing
    ])("(%i, %i) → %j", (r, c, expected) => {
      expect(g.compactText(r, c)).toBe(expected);
      expect(g.compactText(r, c)).toBe(compact(g.text(r, c)));
    });

    it("reads the same as compact(text) on every cell of a grid with merges over its anchors' own merges", () => {
      const h = Grid.fromValues("t", [["甲 乙", "b", "c"], ["d", "丙 丁", "f"], ["g", "h", "戊"]], ["A1:B2", "B2:C3", "A3:A3"]);
      for (let r = 0; r <= 4; r++) for (let c = 0; c <= 4; c++) expect([r, c, h.compactText(r, c)]).toEqual([r, c, compact(h.text(r, c))]);
      expect(h.compactText(2, 2)).toBe("丙丁"); // B2 under A1:B2 and B2:C3, the last listed: its own text
      expect(h.compactText(3, 3)).toBe("丙丁");
    });
  });
});

