import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * The list shapes the generated-list test found read wrongly, each as the general pattern it is: a line of column
 * letters under the header, a blank line inside a list, 其中 lines under its items, numbered group titles with no
 * amounts whose sums 小计 lines state, and a closing total's upward read meeting a leading total's line.
 */
type Cell = string | number | null;
const grid = (rows: Cell[][], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const relationOf = (g: Grid, cell: string) => {
  const r = review(g, "national").model.relations.find((x) => x.kind === "sum" && statedCell(x) === cell);
  return r && r.kind === "sum" ? { cells: r.parts.map((p) => p.cell), bound: r.bound, ok: evaluateRelation(r).ok } : null;
};
const mismatches = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
    .map((f) => [f.cell, f.data?.total, f.data?.sum]);

describe("a line of column letters under the header (A | B | C=B/A)", () => {
  const g = (b4 = 30) =>
    grid([
      ["项目名称", "预算数", "执行数", "执行率"],
      ["甲", "A", "B", "C=B/A"],
      ["合计", 100, 80, "80.00%"],
      ["项目一", 70, 50, "71.43%"],
      ["项目二", b4, 30, b4 === 30 ? "100.00%" : `${((30 / b4) * 100).toFixed(2)}%`],
      ["注:单位为万元。", null, null, null],
    ]);
  test("holds no amounts: the 合计 B3 adds B4 + B5 (100 = 70 + 30); the header is the line above the letters", () => {
    expect(relationOf(g(), "B3")).toEqual({ cells: ["B4", "B5"], bound: "equal", ok: true });
    expect(review(g(), "national").model.headerRow).toBe(1);
    expect(mismatches(g())).toEqual([]);
  });
  test("项目二 预算数 40 for 30: a total-mismatch at B3 (100 against 110)", () => {
    expect(mismatches(g(40))).toEqual([["B3", 100, 110]]);
  });
});

describe("a blank line inside a list", () => {
  test("a leading 合计 adds the lines on both sides of it (B2 = B3 + B4 + B6, 100 = 20 + 30 + 50)", () => {
    const g = grid([["项目名称", "中央资金", "省级资金"], ["合计", 100, 10], ["项目一", 20, 2], ["项目二", 30, 3], [null, null, null], ["项目三", 50, 5], ["注:按因素法分配。", null, null]]);
    expect(relationOf(g, "B2")).toEqual({ cells: ["B3", "B4", "B6"], bound: "equal", ok: true });
    expect(mismatches(g)).toEqual([]);
  });
  test("a 合计 set off below the list by a blank line still closes every line above it (B6 = B2 + B3, 丙县 left blank)", () => {
    const g = grid([["市县", "资金合计", "中央资金", "省级资金"], ["甲县", 30, 10, 20], ["乙县", 40, 10, 30], ["丙县", null, 10, null], [null, null, null, null], ["合计", 80, 30, 50]]);
    expect(relationOf(g, "B6")?.cells).toEqual(["B2", "B3"]);
    expect(mismatches(g).map((x) => x[0])).toContain("B6");
  });
});

describe("其中 lines under the items of a list", () => {
  const lines: Cell[][] = [
    ["1.项目一", 60, 50],
    ["其中:专项经费", 30, 25],
    ["2.项目二", 40, 30],
    ["3.项目三", 20, 20],
    ["其中:专项经费", 10, 10],
  ];
  test("a leading 合计 adds the items only (B2 = B3 + B5 + B6, 120 = 60 + 40 + 20)", () => {
    const g = grid([["项目名称", "预算数", "执行数"], ["合计", 120, 100], ...lines, ["注:", null, null]]);
    expect(relationOf(g, "B2")).toEqual({ cells: ["B3", "B5", "B6"], bound: "equal", ok: true });
    expect(mismatches(g)).toEqual([]);
  });
  test("a closing 合计 right under a 其中 line: the 其中 is the line above's breakdown, not the 合计's part", () => {
    const g = grid([["项目名称", "预算数", "执行数"], ...lines, ["合计", 120, 100], ["注:", null, null]]);
    expect(relationOf(g, "B7")).toEqual({ cells: ["B2", "B4", "B5"], bound: "equal", ok: true });
    expect(mismatches(g)).toEqual([]);
  });
  test("numbered items (一 、 二 、) with 其中 lines are no headings over them: 一、 is no sum of its 其中", () => {
    const g = grid([["项目名称", "预算数", "执行数"], ["合计", 120, 100], ["(一)项目一", 60, 50], ["其中:专项经费", 30, 25], ["(二)项目二", 40, 30], ["(三)项目三", 20, 20], ["其中:专项经费", 10, 10]]);
    // (its one 其中 line, adding up to it in no column, is a part: a bound, 30 ≤ 60 — no sum; batch46-graduation-a, fix 5)
    expect(relationOf(g, "B3")).toEqual({ cells: ["B4"], bound: "atMost", ok: true });
    expect(mismatches(g)).toEqual([]);
  });
});

describe("numbered group titles with no amounts, each group closed by a 小计 line", () => {
  // 一、(title) 1. 30 2. 30 小计 60; 二、(title) (一) 40 over 1. 15 2. 25, then 小计 40
  const body = (b10 = 25): Cell[][] => [
    ["一、教育项目", null, null],
    ["1.项目A", 30, 3],
    ["2.项目B", 30, 3],
    ["小计", 60, 6],
    ["二、卫生项目", null, null],
    ["(一)甲医院", 40, 4],
    ["1.设备", 15, 1],
    ["2.维修", b10, 3],
    ["小计", 40, 4],
  ];
  const leading = (b10?: number) => grid([["项目名称", "中央资金", "省级资金"], ["总计", 100, 10], ...body(b10), ["注:", null, null]]);
  const closing = (b10?: number) => grid([["项目名称", "中央资金", "省级资金"], ...body(b10), ["合计", 100, 10]]);
  test("a leading 总计 adds the 小计 lines (B2 = B6 + B11, 100 = 60 + 40); each 小计 its group's top level", () => {
    const g = leading();
    expect(relationOf(g, "B2")).toEqual({ cells: ["B6", "B11"], bound: "equal", ok: true });
    expect(relationOf(g, "B6")).toEqual({ cells: ["B4", "B5"], bound: "equal", ok: true });
    expect(relationOf(g, "B11")).toEqual({ cells: ["B8"], bound: "equal", ok: true });
    expect(relationOf(g, "B8")).toEqual({ cells: ["B9", "B10"], bound: "equal", ok: true });
    expect(mismatches(g)).toEqual([]);
  });
  test("维修 35 for 25: a total-mismatch at (一)甲医院 B8 only (40 against 15 + 35 = 50)", () => {
    expect(mismatches(leading(35))).toEqual([["B8", 40, 50]]);
  });
  test("a closing 合计 adds the 小计 lines (B11 = B5 + B10); no 小计 is read up over the lines of another group", () => {
    const g = closing();
    expect(relationOf(g, "B11")).toEqual({ cells: ["B5", "B10"], bound: "equal", ok: true });
    expect(relationOf(g, "B10")).toEqual({ cells: ["B7"], bound: "equal", ok: true });
    expect(mismatches(g)).toEqual([]);
    expect(mismatches(closing(35))).toEqual([["B7", 40, 50]]);
  });
  test("a 小计 under a leading 总计 in the 序号 column is not read up over the 总计's line", () => {
    const g = grid([
      ["序号", "项目名称", "预算数", "执行数"],
      ["总计", null, 70, 50],
      ["(一)", "分组1", null, null],
      ["1.", "项目2", 40, 30],
      [null, "小计", 40, 30],
      ["(二)", "分组3", null, null],
      ["1.", "项目4", 30, 20],
      [null, "小计", 30, 20],
      ["注:", null, null, null],
    ]);
    expect(relationOf(g, "C2")).toEqual({ cells: ["C5", "C8"], bound: "equal", ok: true });
    expect(relationOf(g, "C5")).toEqual({ cells: ["C4"], bound: "equal", ok: true });
    expect(mismatches(g)).toEqual([]);
  });
});

describe("a leading total over a levelled list the sheet ends in", () => {
  const g = (total: number) =>
    grid([
      ["序号", "项目名称", "金额(万元)"],
      ["合计", null, total],
      ["一", "分组1", 60],
      ["1", "项目A", 30],
      ["2", "项目B", 30],
      ["二", "分组2", 40],
      ["1", "项目C", 15],
      ["2", "项目D", 25],
    ]);
  test("the total and the last group are bounds (the list may go on); the first group is a sum", () => {
    expect(relationOf(g(150), "C2")).toEqual({ cells: ["C3", "C6"], bound: "atMost", ok: true });
    expect(relationOf(g(150), "C6")).toEqual({ cells: ["C7", "C8"], bound: "atMost", ok: true });
    expect(relationOf(g(150), "C3")).toEqual({ cells: ["C4", "C5"], bound: "equal", ok: true });
    expect(mismatches(g(150))).toEqual([]);
    expect(mismatches(g(90))).toEqual([["C2", 90, 100]]);
  });
});
