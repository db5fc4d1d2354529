import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A 部门整体支出绩效评价指标表 with 分值 | 得分 beside every level, closed by 合计 under the 一级 columns: the 合计's
 * score is the sum of the 一级 scores above it (8 + 17 = 25), whatever the score heading's usual wording (得分, 实际
 * 得分, 指标得分, 复核得分 …).
 */
const table = (score: string, closing: number) =>
  Grid.fromValues("S", [
    ["部门整体支出绩效评价指标表"],
    ["一级指标", "分值", score, "二级指标", "分值", score, "三级指标", "分值", score],
    ["部门决策", 10, 8, "目标设定", 10, 8, "绩效目标合理性", 5, 4],
    [null, null, null, null, null, null, "绩效指标明确性", 5, 4],
    ["部门管理", 20, 17, "资金管理", 20, 17, "预算执行率", 12, 10],
    [null, null, null, null, null, null, "公用经费控制率", 8, 7],
    ["合计", 30, closing],
  ], ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6"]);
const totals = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => [f.cell, f.data?.sum]);

describe.each(["得分", "实际得分", "指标得分", "复核得分"])("the 合计 under the 一级 columns, scores headed %s", (score) => {
  test("25 = 8 + 17: nothing to flag", () => {
    expect(totals(table(score, 25))).toEqual([]);
  });
  test("21 for 8 + 17 is a total-mismatch at the 合计's score", () => {
    expect(totals(table(score, 21))).toEqual([["C7", 25]]);
  });
});
