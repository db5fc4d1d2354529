import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/** A 项目支出绩效运行监控表's fund block: 年初预算数 | 全年预算数 | 1-7月执行数 | 1-7月执行率 | 全年预计执行数. */
function monitoring(forecast: [number, number, number], header = "全年预计执行数"): Grid {
  return Grid.fromValues("S", [
    ["项目支出绩效运行监控表"],
    ["项目名称", "农村饮水安全工程维修养护"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "1-7月执行数", "1-7月执行率", header],
    [null, "年度资金总额", 100, 120, 66, "55.00%", forecast[0]],
    [null, "其中：财政资金", 80, 100, 56, "56.00%", forecast[1]],
    [null, "其他资金", 20, 20, 10, "50.00%", forecast[2]],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "偏差原因分析", "完成目标可能性"],
    [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", "20处", null, "确定能"],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "92%", null, "确定能"],
  ], ["A3:A6", "A7:A9"]);
}
const found = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "forecast-below-executed").map((f) => [f.cell, f.severity, f.messageId, f.data]);

describe("a year's forecast against the amount executed so far", () => {
  test("a forecast at or above what each line has executed (120 ≥ 66, 100 ≥ 56, 20 ≥ 10; 10 = 10) is no finding", () => {
    expect(review(monitoring([120, 100, 20]), "national").model.family).toBe("monitoring");
    expect(found(monitoring([120, 100, 20]))).toEqual([]);
    expect(found(monitoring([110, 100, 10]))).toEqual([]);
  });

  test("a forecast below the amount executed on its line (其他资金: 8 < 10) is info at the forecast", () => {
    expect(found(monitoring([108, 100, 8]))).toEqual([["G6", "info", "below", { label: "其他资金", forecast: "8", executed: "10" }]]);
  });

  test("预计全年支出数 names the same forecast", () => {
    expect(found(monitoring([60, 100, 20], "预计全年支出数"))).toEqual([["G4", "info", "below", { label: "年度资金总额", forecast: "60", executed: "66" }]]);
  });
});
