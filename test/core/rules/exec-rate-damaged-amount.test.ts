import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * An amount written without its integer part (".5" for 120.5: the page's text layer lost the digits) proves no 执行率
 * wrong: the mismatch is info. The same rate against whole amounts stays an error.
 */
const sheet = (budget: string | number, executed: string | number) =>
  Grid.fromValues("Sheet1", [
    ["项目支出绩效自评表"],
    ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", budget, budget, executed, 10, "79.27%", 7.9],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "管护面积", "≥8万亩", "8万亩", 45, 45],
    ["效益指标", "生态效益指标", "森林覆盖率", "≥60%", "61%", 45, 45],
    ["总分", null, null, null, null, 100, 97.9],
  ]);
const rate = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "exec-rate-mismatch").map((f) => `${f.cell}:${f.severity}`);

test("全年预算数 '.32' and 全年执行数 '.5' (integer parts lost): the rate 79.27% against 156.25% is info", () => {
  expect(rate(sheet(".32", ".5"))).toEqual(["G3:info"]);
});
test("whole amounts 100 and 50: 79.27% against 50% stays an error", () => {
  expect(rate(sheet(100, 50))).toEqual(["G3:error"]);
});
