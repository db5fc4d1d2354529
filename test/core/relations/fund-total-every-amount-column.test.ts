import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A fund block that is not the sheet's budget block (支出情况 under 收入情况): its total over its 其中 lines adds up in
 * every column its header names as an amount (年初预算数, 全年预算数, 执行数), not only the first; an 执行率 column is
 * no sum.
 */
const form = (adjustedTotal: number, executedTotal: number) =>
  Grid.fromValues("S", [
    ["部门整体支出绩效自评表"],
    ["部门（单位）名称", "某县水利局"],
    ["收入情况（万元）", null, "年初预算数", "全年预算数", "执行数", "执行率"],
    ["收入情况（万元）", "收入总计", 150, 160, 120, "75.00%"],
    [null, "其中：财政拨款收入", 100, 110, 90, "81.82%"],
    [null, "其中：其他收入", 50, 50, 30, "60.00%"],
    ["支出情况（万元）", null, "年初预算数", "全年预算数", "执行数", "执行率"],
    ["支出情况（万元）", "支出总计", 150, adjustedTotal, executedTotal, `${((executedTotal / adjustedTotal) * 100).toFixed(2)}%`],
    [null, "其中：基本支出", 90, 100, 80, "80.00%"],
    [null, "其中：项目支出", 60, 60, 40, "66.67%"],
  ]);
const totals = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);

describe("a second fund block's total in every amount column", () => {
  test("160 = 100 + 60 and 120 = 80 + 40 hold; the 执行率 column (75.00% beside 80.00% and 66.67%) is no sum", () => {
    expect(totals(form(160, 120))).toEqual([]);
  });
  test("a 全年预算数 total that is not its lines' sum (170 ≠ 100 + 60) is found at D8", () => {
    expect(totals(form(170, 120))).toEqual(["D8"]);
  });
  test("an 执行数 total that is not its lines' sum (130 ≠ 80 + 40) is found at E8", () => {
    expect(totals(form(160, 130))).toEqual(["E8"]);
  });
});
