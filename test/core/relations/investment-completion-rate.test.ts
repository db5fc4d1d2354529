import { Grid } from "../../../src/core/grid/grid";
import { statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * A progress table of investment (民生工程 进度表): 计划投资 | 全市完成投资总额 | 投资完成率 side by side on each line.
 * 投资完成率 = 完成投资 / 计划投资, as 执行率 = 执行数 / 预算数; the whole a column counts over (全市, 全县) says nothing of
 * its role, as a leading year does not.
 */
const sheet = (rate1: string, rate2: string) =>
  Grid.fromValues("Sheet1", [
    ["项目名称", "计划投资", "全县完成投资总额", "投资完成率", "备注"],
    ["城市阅读空间", 281.6, 303.45, rate1, null],
    ["农家书屋", 120, 90, rate2, null],
  ]);

describe("投资完成率 = 完成投资 / 计划投资 on each line", () => {
  test("303.45 / 281.6 = 107.76% and 90 / 120 = 75.00%: two ratios, no finding", () => {
    const r = review(sheet("107.76%", "75.00%"), "national");
    expect(r.model.relations.filter((x) => x.kind === "ratio").map(statedCell)).toEqual(["D2", "D3"]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  test("a stated 100.26% where 303.45 / 281.6 = 107.76% is a ratio-mismatch at D2 with both numbers", () => {
    const f = review(sheet("100.26%", "75.00%"), "national").findings.filter((x) => x.rule === "ratio-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.data?.computed, x.data?.stated])).toEqual([["D2", "error", "107.76%", "100.26%"]]);
  });
});
