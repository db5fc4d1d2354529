import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * In a scored three-level table, a 三级 line left without 分值 and 得分 as the last line of a 二级 group with scored lines
 * above it, right before the next group ("分配结果(5分)": 审核把关 5, then 资金均衡, then 项目完成): the form lists it, so
 * it is an unweighted indicator of its group, with or without the merges. A last line with nothing after it (a cut
 * table) or a bracketed remark stays aside.
 */
const rows = (last: (string | number | null)[] | null, line = "资金均衡") => [
  ["一级指标", "二级指标", "三级指标", "分值", "得分"],
  ["项目决策(14分)", "资金分配(4分)", "分配方法", 2, 2],
  [null, null, "分配过程", 2, 2],
  [null, "分配结果(5分)", "审核把关", 5, 5],
  [null, null, line, null, null],
  ...(last ? [last] : []),
];
const merges = ["A2:A5", "B2:B3", "B4:B5"];
const names = (g: Grid) => review(g, "national").model.indicators.map((i) => `${i.row}:${i.weight}`);

test("资金均衡 before the next group: an unweighted indicator, merged or not", () => {
  const next = ["项目绩效(5分)", "项目完成(5分)", "完成数量", 5, 4];
  expect(names(Grid.fromValues("S", rows(next), merges))).toEqual(["2:2", "3:2", "4:5", "5:null", "6:5"]);
  expect(names(Grid.fromValues("S", rows(next), []))).toEqual(["2:2", "3:2", "4:5", "5:null", "6:5"]);
  const m = review(Grid.fromValues("S", rows(next), merges), "national").model;
  expect(m.indicators.find((i) => i.row === 5)?.path[1]).toContain("分配结果");
});
test("the sheet's last line (a cut table): no indicator", () => {
  expect(names(Grid.fromValues("S", rows(null), merges))).toEqual(["2:2", "3:2", "4:5"]);
});
test("a bracketed remark before the next group: no indicator", () => {
  const next = ["项目绩效(5分)", "项目完成(5分)", "完成数量", 5, 4];
  expect(names(Grid.fromValues("S", rows(next, "(含复核)"), merges))).toEqual(["2:2", "3:2", "4:5", "6:5"]);
});
