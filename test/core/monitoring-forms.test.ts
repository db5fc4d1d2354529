import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 部门整体支出绩效运行监控表 names the department and its own funds (基本支出 beside 项目支出) as a department's
 * self-evaluation does; its title (监控) and its 完成目标可能性 column make it a monitoring sheet.
 */
const deptMonitoring = (title: string) =>
  Grid.fromValues("S", [
    [title],
    ["部门（单位）名称", "某县水利局"],
    ["年度预算执行情况（万元）", null, "年初预算数", "全年预算数", "1-7月执行数", "执行率", "全年预计执行数"],
    [null, "年度资金总额", 200, 220, 110, "50.00%", 220],
    [null, "其中：基本支出", 120, 120, 70, "58.33%", 120],
    [null, "其中：项目支出", 80, 100, 40, "40.00%", 100],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "偏差原因分析", "完成目标可能性"],
    [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", "20处", null, "确定能"],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "92%", null, "确定能"],
  ], ["A3:A6", "A7:A9"]);

describe("a department's monitoring form", () => {
  test("部门整体支出绩效运行监控表 over 年初预算数 … 全年预计执行数 and 完成目标可能性 is monitoring", () => {
    expect(review(deptMonitoring("部门整体支出绩效运行监控表"), "national").model.family).toBe("monitoring");
  });
  test("the same form under a self-evaluation title stays monitoring by its 完成目标可能性 column", () => {
    expect(review(deptMonitoring("部门整体支出绩效表"), "national").model.family).toBe("monitoring");
  });
});

describe("a department's 收入/支出 blocks", () => {
  /** 收入总计 / 支出总计 over their 其中 lines (both written 其中), the block's label unmerged beside each total: 预算数 | 执行数 | 执行率. */
  const blocks = (total: number, rate: number) =>
    Grid.fromValues("S", [
      ["附件2"],
      [],
      ["（2025年度）"],
      ["部门整体支出绩效自评表"],
      ["填报单位（盖章）：某县水利局", null, null, null, "填报日期：2026年8月10日"],
      ["部门（单位）名称", "某县水利局"],
      ["收入情况（万元）", null, "预算数", "执行数", "执行率"],
      ["收入情况（万元）", "收入总计", total, 120, rate],
      [null, "其中：财政拨款收入", 100, 90, 0.9],
      [null, "其中：其他收入", 50, 30, 0.6],
      ["支出情况（万元）", null, "预算数", "执行数", "执行率"],
      ["支出情况（万元）", "支出总计", 150, 120, 0.8],
      [null, "其中：基本支出", 90, 80, 0.8889],
      [null, "其中：项目支出", 60, 40, 0.6667],
      ["年度总体目标", "预期目标", null, null, "实际完成情况"],
      [null, "完成维修养护工程20处", null, null, "完成年度目标"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "20处", 50, 50, null],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 50, 50, null],
    ], ["A15:A16", "A17:A19"]);
  const totals = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);
  test("收入总计 is a fund total over its lines: 100 + 50 = 150 holds", () => {
    expect(totals(blocks(150, 0.8))).toEqual([]);
  });
  test("a 收入总计 that is not its lines' sum (160 ≠ 100 + 50), the block's label beside it, is found at the total", () => {
    expect(totals(blocks(160, 0.75))).toContain("C8");
  });
});
