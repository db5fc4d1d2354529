import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Filled-in monitoring forms in two shapes the template's own file does not have:
 *  - the ticked form (偏差原因分析 over 经费保障 | 制度保障 | … | 其他, 完成目标可能性 over 确定能 | 有可能 | 完全不可能) with
 *    its merges undone: the group word stands over the first sub-column only, the line under the header names the
 *    others — they are the header's columns (a √ under 其他 is the line's reason), not side notes to clear;
 *  - amounts typed with their unit ("141.89万元"): 全年预计执行数 below 1-7月执行数 is found all the same.
 */
const ticked = (reasonTick: string | null, likely: "确定能" | "有可能", sub = true) =>
  Grid.fromValues("S", [
    ["项目支出绩效运行监控表"],
    ["项目名称", "农村饮水安全工程维修养护"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "偏差原因分析", null, null, "完成目标可能性", null, null, "备注"],
    sub ? [null, null, null, null, null, null, null, "经费保障", "制度保障", "其他", "确定能", "有可能", "完全不可能", null] : [],
    [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", "20处", null, null, null, "√", null, null, null],
    [null, "效益指标", "社会效益指标", "设施完好率", "≥90%", "81%", "81%", null, null, reasonTick, likely === "确定能" ? "√" : null, likely === "有可能" ? "√" : null, null, null],
  ]);
const reasons = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "missing-reason" && f.severity !== "info").map((f) => f.cell);

describe("a ticked monitoring form with its merges undone", () => {
  test("a √ under 其他 (J6) gives the short line's reason: no missing reason", () => {
    const g = ticked("√", "有可能");
    expect(review(g, "national").model.family).toBe("monitoring");
    expect(reasons(g)).toEqual([]);
  });

  test("no tick under any kind of reason: the missing reason is found on the short line", () => {
    expect(reasons(ticked(null, "有可能"))).toEqual(["H6"]);
  });

  test("counter-shape: a one-line header (no line naming sub-columns) whose next line is an indicator's keeps its blank-headed columns out", () => {
    // (the line under the header is the first indicator: nothing there names a sub-column)
    expect(reasons(ticked(null, "有可能", false))).toEqual(["H6"]);
  });
});

describe("monitoring amounts typed with their unit", () => {
  const funds = (forecast: string) =>
    Grid.fromValues("S", [
      ["项目支出绩效运行监控表"],
      ["项目名称", "农村饮水安全工程维修养护"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "1-7月执行数", "1-7月执行率", "全年预计执行数"],
      [null, "年度资金总额", "100万元", "120万元", "60万元", "50.00%", "118万元"],
      [null, "其中：财政资金", "80万元", "100万元", "50万元", "50.00%", forecast],
      [null, "其他资金", "20万元", "20万元", "10万元", "50.00%", "20万元"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "偏差原因分析", "完成目标可能性"],
      [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", "20处", null, "确定能"],
    ], ["A3:A6", "A7:A8"]);
  const below = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "forecast-below-executed").map((f) => f.cell);
  test("98万元 forecast over 50万元 executed: nothing", () => expect(below(funds("98万元"))).toEqual([]));
  test("45万元 forecast under 50万元 executed: found at G5", () => expect(below(funds("45万元"))).toEqual(["G5"]));
});
