import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * A 合计 over a single detail line (an allocation table with one recipient: 惠安 老区 分配表): the 合计 equals its one
 * line when the list's header stands right above that line (the list is whole, not cut).
 */
const ONE_LINE = (total: number | string, extraAbove = false) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["2024年补助项目资金分配表", null, null, null, null, null],
      ...(extraAbove ? [["1", "西岭镇", "桥梁", "新建", 30, 8]] : []),
      ["序号", "镇、村", "项目名称", "项目内容", "资金投入(万元)", "补助金额(万元)"],
      ["1", "东岭镇彭城村", "道路改造建设", "全长约550米", 40, 10],
      ["合计", null, null, null, null, total],
    ],
    extraAbove ? ["A1:F1", "A5:D5"] : ["A1:F1", "A4:D4"],
  );
const sumAt = (g: Grid, cell: string) => review(g, "national").model.relations.find((r) => r.kind === "sum" && statedCell(r) === cell);

test("合计 F4 10 = its one line F3 10, bound equal (the blank 合计 of 资金投入 states nothing)", () => {
  const r = sumAt(ONE_LINE(10), "F4")!;
  expect(r.bound).toBe("equal");
  const o = evaluateRelation(r);
  expect(o.from.map((t) => t.cell)).toEqual(["F3"]);
  expect(o.ok).toBe(true);
  // the line is named by its first text, not by its 序号 in the 合计 label's column
  expect(r.kind === "sum" && r.parts.map((p) => p.label)).toEqual(["东岭镇彭城村"]);
  expect(sumAt(ONE_LINE(10), "E4")).toBeUndefined();
});

test("a wrong one-line 合计 (15 ≠ 10) is a total-mismatch at F4; the right one gives no finding", () => {
  expect(review(ONE_LINE(15), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["F4"]);
  expect(review(ONE_LINE(10), "national").findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("numbers above the header are no part of its list: still one line, still 10", () => {
  const r = sumAt(ONE_LINE(10, true), "F5")!;
  expect(evaluateRelation(r).from.map((t) => t.cell)).toEqual(["F4"]);
});

test("one line with no header above it (an excerpt cut above its list) states no sum", () => {
  const g = Grid.fromValues("Sheet1", [
    ["1", "东岭镇彭城村", 40, 10],
    ["合计", null, null, 15],
  ]);
  expect(sumAt(g, "D2")).toBeUndefined();
});

test("the grid-mutant planner plans a one-line 合计 right under its column's name, and no other", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { findRelations, View } = require("../../../scripts/eval-mutants-grid.js");
  const grid = [
    ["序号", "镇、村", "资金投入(万元)", "补助金额(万元)"],
    ["1", "东岭镇彭城村", "40", "10"],
    ["合计", "", "", "10"],
  ];
  const one = findRelations(new View({ grid, merges: ["A3:B3"] })).filter((r: any) => r.kind === "one-line 合计");
  expect(one.map((r: any) => [r.total.r, r.total.c, r.parts.map((p: any) => p.value)])).toEqual([[3, 4, [10]]]);
  // a line under another number (no column name right above it) is not planned
  const cut = [["5", "8"], ["1", "10"], ["合计", "10"]];
  expect(findRelations(new View({ grid: cut, merges: [] })).filter((r: any) => r.kind === "one-line 合计")).toEqual([]);
});
