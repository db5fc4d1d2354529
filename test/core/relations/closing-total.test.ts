import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A 合计 row under its parts sums the rows above it, not the rows below (部门总体资金情况: 收入构成 财政拨款 |
 * 其他资金 | 合计, then 支出构成 基本支出 | 项目支出 | 合计).
 */
function sheet(income: [number, number | null, number], spending: [number, number, number]): Grid {
  return Grid.fromValues("Sheet1", [
    ["部门整体支出绩效目标申报表"],
    ["部门总体资金情况", "总体资金情况", null, "当年金额"],
    [null, "收入构成", "财政拨款", income[0]],
    [null, null, "其他资金", income[1]],
    [null, null, "合计", income[2]],
    [null, "支出构成", "基本支出", spending[0]],
    [null, null, "项目支出", spending[1]],
    [null, null, "合计", spending[2]],
  ]);
}
const mismatches = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch" && f.severity === "error").map((f) => f.cell);

describe("a 合计 row closes the fund rows above it", () => {
  test("800 + 168.19 = 968.19 and 724.23 + 243.96 = 968.19: no finding", () => {
    expect(mismatches(sheet([800, 168.19, 968.19], [724.23, 243.96, 968.19]))).toEqual([]);
  });
  test("基本支出 7242318 (a decimal point lost) + 项目支出 243.96 against 968.19: D8 only, the 收入 合计 D5 (800 + 168.19) stays right", () => {
    expect(mismatches(sheet([800, 168.19, 968.19], [7242318, 243.96, 968.19]))).toEqual(["D8"]);
  });
  test("财政拨款 6296906 with 其他资金 empty against 968.19: D5 only", () => {
    expect(mismatches(sheet([6296906, null, 968.19], [724.23, 243.96, 968.19]))).toEqual(["D5"]);
  });
});
