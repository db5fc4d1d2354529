import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A department's self-evaluation (部门整体支出绩效评价自评报告) whose only table is an expense list (支出内容 (经济科目) |
 * 计划支出数 | 实际支出数 … 支出合计): no indicator header names the table, so the header of the list its relations were
 * read from is the model's header row (as for a basic-data sheet's amount table).
 */
const sheet = (total: number) =>
  Grid.fromValues(
    "S",
    [
      ["桂平市部门整体支出绩效评价自评报告", null, null, null],
      ["部门(单位)名称 某市审计局", null, null, null],
      ["评价方式:部门(单位)绩效评价自评", null, null, null],
      ["一、收支概况", null, null, null],
      ["计划安排资金(万元)", 100, "实际到位资金(万元)", 100],
      ["其中:中央财政", null, "其中:中央财政", null],
      ["市县财政", 100, "市县财政", 100],
      ["二、年度决算报表支出明细", null, null, null],
      ["支出内容", null, "计划支出数", "实际支出数"],
      ["(经济科目)", null, null, null],
      ["基本工资", null, 60, 55],
      ["办公费", null, 30, 25],
      ["差旅费", null, 10, 8],
      ["支出合计", null, total, null],
    ],
    ["A1:D1", "A2:D2", "A3:D3", "A4:D4", "A8:D8", "A9:B9", "C9:C10", "D9:D10", "A10:B10", "A11:B11", "A12:B12", "A13:B13", "A14:B14"],
  );

describe("a department self-evaluation whose only table is an expense list", () => {
  test("the list's two-line header (row 9, the line that names the columns) is the model's header row", () => {
    const m = review(sheet(100), "national").model;
    expect(m.family).toBe("dept-self-eval");
    expect(m.indicators).toEqual([]);
    expect(m.headerRow).toBe(9);
  });
  test("支出合计 C14 = 60 + 30 + 10 = 100; a wrong one (110) is a total-mismatch at C14", () => {
    expect(review(sheet(100), "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    expect(review(sheet(110), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["C14"]);
  });
  test("the list's 合计 is not taken as the evaluation's stated total (only its header is read)", () => {
    expect(review(sheet(100), "national").model.totals).toBeNull();
  });
});
