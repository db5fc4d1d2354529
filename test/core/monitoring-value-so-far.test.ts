import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A monitoring sheet's value so far (上半年实际完成值, 截至8月底完成值) beside its 全年预计完成值: the year's forecast is
 * what stands against the year's target (as under 1-7月实际完成值), never the half-year's value.
 */
const sheet = (soFar: string) =>
  Grid.fromValues("S", [
    ["项目支出绩效运行监控表"],
    ["项目名称", "农村饮水安全工程维修养护"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", soFar, "全年预计完成值", "偏差原因分析", "完成目标可能性"],
    [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", "20处", null, "确定能"],
    [null, "效益指标", "社会效益指标", "受益人口", "≥5万人", "3万人", "4.5万人", "经费保障：资金拨付滞后", "有可能"],
  ], ["A3:A5"]);

describe("a monitoring sheet's value so far", () => {
  test.each(["上半年实际完成值", "截至8月底完成值", "1-7月实际完成值"])("%s is not the actual: 全年预计完成值 is (G), and 12处 of ≥20处 so far asks no reason", (soFar) => {
    const r = review(sheet(soFar), "national");
    expect(r.model.family).toBe("monitoring");
    expect(r.model.columns.actual).toBe(7);
    expect(r.findings.filter((f) => f.rule === "missing-reason")).toEqual([]);
  });
});
