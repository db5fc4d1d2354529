import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * A list whose lines are grouped under numbered headings that carry their group's sum (一、市直单位 | 60 over 单位A |
 * 30, 单位B | 30; 二、县区 | 40 over 甲县 | 15, 乙县 | 25), with its 合计 first or last: the 合计 adds the headings
 * (60 + 40 = 100), each heading the lines under it; never every line (which would count each amount twice).
 */
const rows = (b5: number): (string | number | null)[][] => [
  ["一、市直单位", 60, 6],
  ["单位A", 30, 3],
  ["单位B", b5, 3],
  ["二、县区", 40, 4],
  ["甲县", 15, 1],
  ["乙县", 25, 3],
];
const leading = (b5 = 30) => Grid.fromValues("Sheet1", [["单位", "中央(万元)", "省级(万元)"], ["合计", 100, 10], ...rows(b5), ["注:按因素法分配。", null, null]]);
const closing = (b5 = 30) => Grid.fromValues("Sheet1", [["单位", "中央(万元)", "省级(万元)"], ...rows(b5), ["合计", 100, 10]]);
const mismatches = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);
const partsOf = (g: Grid, cell: string) => {
  const r = review(g, "national").model.relations.find((x) => x.kind === "sum" && statedCell(x) === cell);
  return r && r.kind === "sum" ? { cells: r.parts.map((p) => p.cell), ok: evaluateRelation(r).ok } : null;
};

describe("a leading 合计 over numbered headings", () => {
  test("合计 B2 = 一、 B3 + 二、 B6 (100 = 60 + 40), 一、 B3 = B4 + B5 (60 = 30 + 30), 二、 B6 = B7 + B8 (40 = 15 + 25)", () => {
    expect(partsOf(leading(), "B2")).toEqual({ cells: ["B3", "B6"], ok: true });
    expect(partsOf(leading(), "B3")).toEqual({ cells: ["B4", "B5"], ok: true });
    expect(partsOf(leading(), "B6")).toEqual({ cells: ["B7", "B8"], ok: true });
    expect(mismatches(leading())).toEqual([]);
  });
  test("单位B 35 for 30: a total-mismatch at its heading B3 (60 against 65) only", () => {
    expect(mismatches(leading(35))).toEqual(["B3"]);
  });
});

describe("a closing 合计 over numbered headings", () => {
  test("合计 B8 = B2 + B5 (100 = 60 + 40), C8 = C2 + C5 (10 = 6 + 4); no finding", () => {
    expect(partsOf(closing(), "B8")).toEqual({ cells: ["B2", "B5"], ok: true });
    expect(partsOf(closing(), "C8")).toEqual({ cells: ["C2", "C5"], ok: true });
    expect(mismatches(closing())).toEqual([]);
  });
  test("单位B 35 for 30: a total-mismatch at B2 (60 against 30 + 35 = 65) only", () => {
    expect(mismatches(closing(35))).toEqual(["B2"]);
  });
});

describe("a fund total over numbered sources with sub-lines", () => {
  // 资金总额 100 = 1.财政拨款 80 + 2.其他资金 20, with (1)中央 50 and (2)省级 30 under 财政拨款
  const g = Grid.fromValues("Sheet1", [
    ["资金来源", "计划安排(万元)", "实际到位(万元)"],
    ["资金总额", 100, 90],
    ["1.财政拨款", 80, 70],
    ["(1)中央", 50, 40],
    ["(2)省级", 30, 30],
    ["2.其他资金", 20, 20],
  ]);
  test("资金总额 B2 = B3 + B6 (the numbered sources, not their sub-lines too): no finding", () => {
    expect(partsOf(g, "B2")).toEqual({ cells: ["B3", "B6"], ok: true });
    expect(mismatches(g)).toEqual([]);
  });
});

describe("the eval's grid-mutant planner reads numbered headings", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { findRelations, View } = require("../../../scripts/eval-mutants-grid.js");
  test("一、 B3 = B4 + B5 (60 = 30 + 30) and 二、 B6 = B7 + B8 (40 = 15 + 25); under a leading 合计", () => {
    const grid = [["单位", "中央(万元)"], ["合计", "100"], ["一、市直单位", "60"], ["单位A", "30"], ["单位B", "30"], ["二、县区", "40"], ["甲县", "15"], ["乙县", "25"]];
    const rels = findRelations(new View({ grid, merges: [] })).filter((r: any) => r.kind === "numbered heading");
    expect(rels.map((r: any) => [r.total.r, r.parts.map((p: any) => p.value)])).toEqual([[3, [30, 30]], [6, [15, 25]]]);
  });
});
