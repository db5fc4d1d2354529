import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { findRelations, View } = require("../../../scripts/eval-mutants-grid.js");

/**
 * Subtotals merged down their detail rows in an amount column (the 泉州 整镇推进 分配表: each county's 合计 merged down
 * its towns' rows, the towns' 补助资金 beside it): the merged number equals the amount column's numbers in its rows.
 */
const rows = (huian: number | string, cutAfterHuian = false) => {
  const all: (string | number | null)[][] = [
    ["县(市、区)", "合计", "第一批整镇推进创建乡镇奖补", null, null],
    [null, null, "镇(乡)", "乡镇类型", "补助资金(万元)"],
    ["泉港区", 100, "前黄镇", "工贸带动型", 50],
    [null, null, "峰尾镇", "城乡融合型", 50],
    ["惠安县", huian, "辋川镇", "农业生态型", 50],
    [null, null, "山霞镇", "工贸带动型", 50],
    [null, null, "紫山镇", "城乡融合型", 50],
    [null, null, "小岞镇", "农业生态型", 50],
    ["石狮市", 50, "锦尚镇", "工贸带动型", 50],
  ];
  return cutAfterHuian ? all.slice(0, 8) : all;
};
const MERGES = ["A1:A2", "B1:B2", "C1:E1", "A3:A4", "B3:B4", "A5:A8", "B5:B8"];
const ALLOCATION = (huian: number | string = 200, cut = false) => Grid.fromValues("Sheet1", rows(huian, cut), MERGES);
const sumAt = (g: Grid, cell: string) => review(g, "national").model.relations.find((r) => r.kind === "sum" && statedCell(r) === cell);

describe("a subtotal merged down its rows in an amount column", () => {
  test("泉港区 B3 100 = 前黄镇 E3 50 + 峰尾镇 E4 50; 惠安县 B5 200 = E5..E8 (4 × 50), bound equal", () => {
    const a = evaluateRelation(sumAt(ALLOCATION(), "B3")!);
    expect(a.from.map((t) => t.cell)).toEqual(["E3", "E4"]);
    expect(a.ok).toBe(true);
    const b = sumAt(ALLOCATION(), "B5")!;
    expect(b.bound).toBe("equal");
    expect(evaluateRelation(b).from.map((t) => t.cell)).toEqual(["E5", "E6", "E7", "E8"]);
    expect(b.kind === "sum" && b.parts.map((p) => p.label)).toEqual(["辋川镇", "山霞镇", "紫山镇", "小岞镇"]);
  });
  test("a wrong subtotal (210 ≠ 200) is a total-mismatch at B5; the sheet as published gives none", () => {
    expect(review(ALLOCATION(210), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["B5"]);
    expect(review(ALLOCATION(), "national").findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  test("a merge reaching the sheet's last row (a cut excerpt) only bounds: atMost, 200 over the visible 200 holds", () => {
    const r = sumAt(ALLOCATION(200, true), "B5")!;
    expect(r.bound).toBe("atMost");
    expect(evaluateRelation(r).ok).toBe(true);
  });
  test("a merged number under a heading that is no total (项目总投资) states no sum", () => {
    const g = Grid.fromValues("Sheet1", [["项目", "项目总投资", "年度", "年度资金(万元)"], ["道路", 300, "2023", 100], [null, null, "2024", 100]], ["A2:A3", "B2:B3"]);
    expect(sumAt(g, "B2")).toBeUndefined();
  });
  test("two amount columns beside the merge: which one it sums down is not said, no sum down the rows", () => {
    const g = Grid.fromValues("Sheet1", [["县", "合计", "镇", "补助资金(万元)", "奖补资金(万元)"], ["甲县", 100, "一镇", 30, 20], [null, null, "二镇", 30, 20], ["乙县", 10, "三镇", 5, 5]], ["A2:A3", "B2:B3"]);
    const down = review(g, "national").model.relations.filter((r) => r.kind === "sum" && r.orientation === "rows" && statedCell(r) === "B2");
    expect(down).toEqual([]);
  });
});

test("the grid-mutant planner plans them as 'merged subtotal'", () => {
  const v = new View({ grid: rows(200).map((r) => r.map((x) => (x === null ? "" : String(x)))), merges: MERGES });
  const subs = findRelations(v).filter((r: any) => r.kind === "merged subtotal");
  expect(subs.map((r: any) => [r.total.r, r.total.c, r.parts.map((p: any) => p.value)])).toEqual([
    [3, 2, [50, 50]],
    [5, 2, [50, 50, 50, 50]],
  ]);
});
