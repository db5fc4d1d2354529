import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 三级 line left without 分值 and 得分 at the end of its 二级 group, the group's label merged down over it
 * ("分配结果(5分)" over 审核把关 5 and 资金均衡): the form lists it, so it is an (unweighted) indicator of that group.
 * A line under the previous indicator whose 分值 cell is merged down over it is a wrapped name, no indicator.
 */
const sheet = (weightMergedDown: boolean) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["一级指标", "二级指标", "三级指标", "分值", "得分"],
      ["项目决策(14分)", "资金分配(4分)", "分配方法", 2, 2],
      [null, null, "分配过程", 2, 2],
      [null, "分配结果(5分)", "审核把关", 5, 5],
      [null, null, "资金均衡", null, null],
      ["项目绩效(5分)", "项目完成(5分)", "完成数量", 5, 4],
      ["总分", null, null, 14, 13],
    ],
    ["A2:A5", "B2:B3", "B4:B5", ...(weightMergedDown ? ["D4:D5", "E4:E5"] : [])],
  );
const rows = (g: Grid) => review(g, "national").model.indicators.map((i) => `${i.row}:${i.name}:${i.weight}`);

test("资金均衡 kept as an unweighted indicator of 分配结果", () => {
  const r = review(sheet(false), "national").model;
  expect(rows(sheet(false))).toEqual(["2:分配方法:2", "3:分配过程:2", "4:审核把关:5", "5:资金均衡:null", "6:完成数量:5"]);
  expect(r.indicators.find((i) => i.row === 5)?.path[1]).toContain("分配结果");
});
test("the 分值 and 得分 of 审核把关 merged down over the line: no indicator of its own", () => {
  expect(rows(sheet(true)).map((x) => x.split(":")[0])).toEqual(["2", "3", "4", "6"]);
});
