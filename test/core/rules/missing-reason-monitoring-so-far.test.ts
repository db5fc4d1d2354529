import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A monitoring sheet's value so far against the year's target: short so far is no shortfall where the line says the
 * year's target will be met (完成目标可能性 确定能); where it does not (有可能), or where the value is the year's forecast
 * (全年预计完成值), a reason is asked.
 */
function sheet(valueHead: string, likelihood: string): Grid {
  return Grid.fromValues("S", [
    ["项目支出绩效运行监控表"],
    ["项目名称", "农村饮水安全工程维修养护"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", valueHead, "偏差原因分析", "完成目标可能性"],
    ["产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", null, likelihood],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", null, "确定能"],
  ]);
}
const missing = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "missing-reason").map((f) => [f.cell, f.messageId]);

describe("a monitoring sheet's shortfall so far", () => {
  test.each(["当前完成值", "1-7月实际完成值", "上半年完成值"])("12处 of ≥20处 under %s with 确定能: no reason asked", (head) => {
    const g = sheet(head, "确定能");
    expect(review(g, "national").model.family).toBe("monitoring");
    expect(missing(g)).toEqual([]);
  });
  test("the same under 有可能: the reason is missing (F4)", () => {
    expect(missing(sheet("当前完成值", "有可能"))).toEqual([["F4", "targetMissed"]]);
  });
  test("12处 as the year's forecast (全年预计完成值) with 确定能: the reason is missing (F4)", () => {
    expect(missing(sheet("全年预计完成值", "确定能"))).toEqual([["F4", "targetMissed"]]);
  });
});
