import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A budget block whose 其中 rows make up the total in the budget columns but are left blank under 全年执行数: the
 * breakdown is the sheet's own, so the blank cells count as 0 against the executed total (115.2 ≠ 0). Where no column
 * breaks the total down (every 其中 cell blank), nothing is compared.
 */
function sheet(part: (number | null)[]): Grid {
  return Grid.fromValues("Sheet1", [
    ["项目支出绩效自评表"],
    ["项目名称", "窗口人员奖励"],
    ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 115.2, 115.2, 115.2, 10, "100%", 10],
    [null, "其中:本年财政拨款", ...part],
    [null, "上年结转资金"],
    [null, "其他资金"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "奖励人数", "≥20人", "22人", 45, 45],
    ["效益指标", "社会效益指标", "服务满意度", "≥90%", "95%", 45, 45],
    ["总分", null, null, null, null, 100, 100],
  ]);
}
const totals = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch");

describe("其中 rows blank in one amount column", () => {
  test("filled under the budget columns, blank under 全年执行数: the executed total 115.2 against 0, at E4", () => {
    const f = totals(sheet([115.2, 115.2, null]));
    expect(f.map((x) => x.cell)).toEqual(["E4"]);
    expect(f[0].message).toContain("本年财政拨款（未填）");
  });
  test("filled in every column: no finding", () => {
    expect(totals(sheet([115.2, 115.2, 115.2]))).toEqual([]);
  });
  test("blank in every column (no breakdown given): no finding", () => {
    expect(totals(sheet([null, null, null]))).toEqual([]);
  });
  test("filled under the budget columns with a wrong sum there: each of those columns' mismatch at its cell, no guess for the blank one", () => {
    expect(totals(sheet([100, 100, null])).map((x) => x.cell)).toEqual(["C4", "D4"]);
  });
});

describe("分值 and 得分 written again on the 其中 line", () => {
  const g = (weight: number | string, score: number | string) =>
    Grid.fromValues("Sheet1", [
      ["项目支出绩效自评表"],
      ["资金情况(万元)", null, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
      [null, "年度资金总额", 9.48, 9.48, 10, "100%", 10],
      [null, "其中:本年财政拨款", 9.48, 9.48, weight, "100%", score],
      [null, "其他资金"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "种植面积", "≥100亩", "100亩", 45, 45],
      ["效益指标", "社会效益指标", "带动农户", "≥20户", "20户", 45, 45],
      ["总分", null, null, null, null, 100, 100],
    ]);
  const totals = (x: Grid) => review(x, "national").findings.filter((f) => f.rule === "total-mismatch");
  test("the same 10 and 10 as the total line (or '—'): no finding", () => {
    expect(totals(g(10, 10))).toEqual([]);
    expect(totals(g("—", "—"))).toEqual([]);
  });
  test("分值 11 on the 其中 line under a total line of 10: a part's points above the whole's, at E3", () => {
    const f = totals(g(11, 10));
    expect(f.map((x) => x.cell)).toEqual(["E3"]);
    expect(f[0].message).toBe("年度资金总额分值 10，小于其中所列 11");
  });
});
