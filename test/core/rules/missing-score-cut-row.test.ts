/**
 * On a table cut off at the bottom, the last row's blank score may be the cut and is not reported; but a score the
 * cut row kept shows the table is scored, so a blank score on a row above it is missing (an excerpt of two rows, the
 * second cut, the first unscored).
 */
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

const table = (i3: number | null, i4: number | null) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["附件1", "部门整体支出绩效评价指标表"],
      ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "指标说明", "得分"],
      ["投入", 13, "预算配置", 13, "在职人员控制率", 5, "以100%为标准,每超过一个百分点扣0.5分", "在职人员控制率=在职人员数/编制数", i3],
      [null, null, null, null, "三公经费变动率", 8, "变动率≦0,计8分;每超过一个百分点扣0.8分", "三公经费变动率=(本年-上年)/上年", i4],
      ["过"],
    ],
    ["B1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4"],
  );
const missing = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "missing-score")
    .map((f) => [f.cell, f.messageId, f.data]);

describe("missing-score on a table cut below its last row", () => {
  test("the first row unscored, the cut last row scored (8): the first row's score is missing at I3", () => {
    expect(missing(table(null, 8))).toEqual([["I3", "missing", { name: "在职人员控制率" }]]);
  });

  test("both scored: nothing missing", () => {
    expect(missing(table(5, 8))).toEqual([]);
  });

  test("the cut last row unscored, the first scored: nothing (the last row's score may be the cut)", () => {
    expect(missing(table(5, null))).toEqual([]);
  });

  test("no row scored (an unscored rubric): nothing", () => {
    expect(missing(table(null, null))).toEqual([]);
  });
});
