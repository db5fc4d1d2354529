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

describe("Grid.hasText: does some text cell's compact text hold a word or match a pattern", () => {
  // row 1: 预算 执行数 (spaces inside: compacted), a label merged over B1:C1 whose tail C1 is not a cell of its own;
  // row 2: a number, a sentence; row 3: a cell right of the scanned columns
  const wide = Array.from({ length: 140 }, (_, k) => (k === 139 ? "比重" : null));
  const grid = Grid.fromValues("t", [["预算 执行数", "抽查 合格率", null], [12.5, "其中本级资金10万元"], wide], ["B1:C1"]);

  it.each<[string | RegExp, boolean]>([
    ["执行数", true], // compacted: the space inside 预算 执行数 is gone
    ["预算执行数", true],
    ["抽查合格率", true],
    ["12.5", true], // a number's text is a text cell's
    [/其中[^。]*万元/, true],
    [/执行|决算/, true],
    ["决算", false], // the counter-shapes: a word no cell holds
    [/占比|比重/, false], // 比重 stands right of the scanned columns only: not a text cell
    ["预算 执行数", false], // the raw text with its space: the compact text has none
  ])("%s → %s", (needle, expected) => {
    expect(grid.hasText(needle)).toBe(expected);
  });

  it("answers as a scan of textCells() would, on a grid with more merges too", () => {
    const more = grid.withMerges([{ r1: 2, c1: 1, r2: 2, c2: 2 }]); // 其中… becomes a merged tail under 12.5
    expect(more.hasText("其中")).toBe(false);
    expect(grid.hasText("其中")).toBe(true);
  });
});

describe("Grid.hasText over more texts than one piece holds (8,192 texts a piece, searched piece by piece)", () => {
  // 3,000 rows of three text cells: 9,000 texts, the first 8,192 in one piece, the rest in a second; 得分 in the first
  // cell only, 自评等级 in the last only
  const rows = Array.from({ length: 3000 }, (_, r) => [`名称${r}`, `指标${r}`, `值${r}`]);
  rows[0][0] = "得分";
  rows[2999][2] = "自评等级";
  const grid = Grid.fromValues("t", rows);

  it.each<[string | RegExp, boolean]>([
    ["得分", true], // the first piece
    ["自评等级", true], // the second piece
    [/自评等[级次]/, true], // a pattern only the last text matches
    ["值2998", true], // the second piece too
    ["等次", false], // the counter-shapes: a word no cell holds
    [/得分.*等级/, false], // the two words are in texts far apart, on no line of one text
  ])("%s → %s", (needle, expected) => {
    expect(grid.hasText(needle)).toBe(expected);
  });
});

describe("Grid.textMatches: the text cells whose compact text holds a word or matches a pattern, from one search", () => {
  /** the text cells a test of each cell's compact text passes, as (row, col) */
  const byCell = (grid: Grid, test: (t: string) => boolean) => {
    const { start, cols } = grid.textCells();
    const out: string[] = [];
    for (let r = 1; r <= grid.rowCount; r++) for (let k = start[r]; k < start[r + 1]; k++) if (test(grid.compactText(r, cols[k]))) out.push(`${r}:${cols[k]}`);
    return out;
  };
  const flagged = (grid: Grid, needle: string | RegExp) => {
    const { start, cols } = grid.textCells();
    const flags = grid.textMatches(needle);
    const out: string[] = [];
    for (let r = 1; r <= grid.rowCount; r++) for (let k = start[r]; k < start[r + 1]; k++) if (flags[k]) out.push(`${r}:${cols[k]}`);
    return out;
  };
  // two matches in one text (得分 … 得分), matches in adjacent texts, one at a text's start and one at its end, a merged
  // tail (C1, not a cell of its own), a number's text
  const grid = Grid.fromValues("t", [["自评 得分", "得分合计", null, "分值"], [12.5, "得分与得分", "结果", "评价为优"], ["其中", "无", "执行数 得分", "名称"]], ["B1:C1"]);

  it.each<[string | RegExp, string[]]>([
    ["得分", ["1:1", "1:2", "2:2", "3:3"]],
    [/等级|结果|得分/, ["1:1", "1:2", "2:2", "2:3", "3:3"]],
    [/评价[为是:]/, ["2:4"]],
    ["12.5", ["2:1"]],
    ["分", ["1:1", "1:2", "1:4", "2:2", "3:3"]],
    ["决算", []], // the counter-shapes: a word no cell holds
    [/分值合计/, []], // 分值 and 合计 are in two texts, never one
  ])("%s → %s", (needle, expected) => {
    expect(flagged(grid, needle)).toEqual(expected);
    expect(flagged(grid, needle)).toEqual(byCell(grid, (t) => (typeof needle === "string" ? t.includes(needle) : needle.test(t))));
  });

  it("over two pieces of texts (9,000 texts): each text with the word flagged, in either piece, and none other", () => {
    const rows = Array.from({ length: 3000 }, (_, r) => [`名称${r}`, r % 997 === 0 ? `得分${r}` : `指标${r}`, `值${r}`]);
    rows[2999][2] = "自评等级";
    const big = Grid.fromValues("t", rows);
    expect(flagged(big, /得分|等级/)).toEqual(["1:2", "998:2", "1995:2", "2992:2", "3000:3"]);
    expect(flagged(big, /得分|等级/)).toEqual(byCell(big, (t) => /得分|等级/.test(t)));
    expect(flagged(big, "值2998")).toEqual(["2999:3"]);
  });
});

describe("Grid textCells' pieces at their edges: texts filling one piece exactly, one more, a wide sheet with few texts", () => {
  // (a piece's array is made at the most it can hold and cut to its texts: each text is in one piece, in order)
  const flaggedAt = (grid: Grid, needle: string) => {
    const { start, cols } = grid.textCells();
    const flags = grid.textMatches(needle);
    const out: string[] = [];
    for (let r = 1; r <= grid.rowCount; r++) for (let k = start[r]; k < start[r + 1]; k++) if (flags[k]) out.push(`${r}:${cols[k]}`);
    return out;
  };
  it.each<[string, number, number, string[]]>([
    // rows × texts a row: 4,096 × 2 = 8,192 texts, one full piece; one row more, a second piece of two
    ["8,192 texts: the last in the first piece", 4096, 2, ["4096:2"]],
    ["8,194 texts: the last two in a second piece", 4097, 2, ["4097:2"]],
    ["three texts on a sheet of 40 columns", 1, 3, ["1:3"]],
  ])("%s", (_name, nRows, perRow, expected) => {
    const rows: (string | number | null)[][] = Array.from({ length: nRows }, (_, r) => Array.from({ length: perRow }, (_, c) => `名${r}_${c}`));
    rows[nRows - 1][perRow - 1] = "末格";
    if (nRows === 1) rows[0].push(...Array.from({ length: 37 }, () => null), 7);
    const grid = Grid.fromValues("t", rows);
    expect(grid.textCells().cols.length).toBe(nRows * perRow + (nRows === 1 ? 1 : 0));
    expect(flaggedAt(grid, "末格")).toEqual(expected);
    expect(grid.hasText("末格")).toBe(true);
    expect(grid.hasText("名0_0")).toBe(true);
    // (a text and the next are never read as one: the joint between them is a line end)
    expect(grid.hasText(`名0_0名0_1`)).toBe(false);
  });
  it("a sheet with no text: no text cell, no text found", () => {
    const grid = Grid.fromValues("t", [[null, null], [null, null]]);
    expect(grid.textCells().cols.length).toBe(0);
    expect(grid.hasText("名")).toBe(false);
  });
});

describe("Grid.firstTextCell: the column of a row's first text cell", () => {
  // row 1: blank A1, a label merged over B1:B2 (B2 is its tail, no text of row 2's own), C1; row 2: A2 blank, C2;
  // row 3: nothing; row 4: a number first
  const grid = Grid.fromValues("t", [[null, "产出指标", "名称"], [" ", null, "指标1"], [], [12, "x"]], ["B1:B2"]);
  it.each<[number, number]>([
    [1, 2],
    [2, 3], // the merged tail B2 is the label's, filled down: not row 2's own text
    [3, 0],
    [4, 1], // a number's text is a text cell's
    [0, 0], // the counter-shapes: rows outside the sheet
    [5, 0],
  ])("row %d → column %d", (row, col) => {
    expect(grid.firstTextCell(row)).toBe(col);
  });
});
