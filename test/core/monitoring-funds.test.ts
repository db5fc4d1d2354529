import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The 项目支出绩效运行监控表 (the national monitoring template): its fund block states the execution so far
 * (年初预算数 | 1-7月执行数 | 1-7月执行率 | 全年预计执行数), and the rate so far is executed / budget.
 */
function monitoring(so: string, rate: string | number, other: [number, number] = [20, 10]): Grid {
  return Grid.fromValues("S", [
    ["项目支出绩效运行监控表"],
    ["项目名称", "农村饮水安全工程维修养护"],
    ["主管部门", "县水利局", null, null, null, "实施单位", "县农村供水站"],
    ["项目资金（万元）", null, "年初预算数", `${so}执行数`, `${so}执行率`, "全年预计执行数"],
    [null, "年度资金总额", 120, 66, rate, 120],
    [null, "其中：财政资金", 100, 56, "56.00%", 100],
    [null, "其他资金", other[0], other[1], "50.00%", 20],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", `${so}实际完成值`, "全年预计完成值", "偏差原因分析", "完成目标可能性"],
    [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", "20处", null, "确定能"],
    [null, "效益指标", "社会效益指标", "受益人口", "≥5万人", "3万人", "5万人", null, "有可能"],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "92%", null, "确定能"],
  ], ["A4:A7", "B2:I2", "A8:A11"]);
}
const rates = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "exec-rate-mismatch").map((f) => [f.cell, f.severity]);

describe("a monitoring sheet's execution so far", () => {
  test.each(["1-7月", "截至6月底", "上半年"])("%s执行率 = %s执行数 / 年初预算数: 66 / 120 = 55.00% holds", (so) => {
    const g = monitoring(so, "55.00%");
    expect(review(g, "national").model.family).toBe("monitoring");
    expect(rates(g)).toEqual([]);
  });

  test("a rate that is not the executed share is an error at its cell (60.00% where 66 / 120 = 55.00%; 11 / 20 = 55.00%, not 50.00%)", () => {
    expect(rates(monitoring("1-7月", "60.00%", [20, 11]))).toEqual([
      ["E5", "error"],
      ["E7", "error"],
    ]);
  });
});
