import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * One slip, one error: a 结余 (= 到位 − 支出) that fails only because the 到位 total it is checked with is itself off
 * its 其中 parts holds again with that total at its parts' sum, so it repeats the slip reported at the total and is
 * info. A 结余 wrong by itself stays an error.
 */
function fundBlock(arrived: number, balance: number): Grid {
  return Grid.fromValues("Sheet1", [
    ["2019年度财政支出项目绩效评价自评报告"],
    ["项目名称", "农村饮水安全工程"],
    ["主管部门", "县水利局", null, "实施单位", "县水利局"],
    ["项目资金(万元)", "合计", "中央", "省级", "市级", "县级"],
    ["计划安排", 500, 300, 100, 50, 50],
    ["实际到位", arrived, 300, 100, 40, 40],
    ["实际支出", 450, 290, 90, 35, 35],
    ["结余", balance, 10, 10, 5, 5],
  ]);
}

const totals = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "total-mismatch")
    .map((f) => ({ cell: f.cell, severity: f.severity, messageId: f.messageId }))
    .sort((a, b) => (a.cell + a.messageId!).localeCompare(b.cell + b.messageId!));

describe("total-mismatch: a difference broken only through a broken total it uses", () => {
  test("clean block (到位 480 = 300 + 100 + 40 + 40, 结余 30 = 480 − 450): nothing", () => {
    expect(totals(fundBlock(480, 30))).toEqual([]);
  });

  test("到位 stated 470 over parts adding to 480: the total is the error; 结余 30 ≠ 470 − 450 = 20 but = 480 − 450, so info", () => {
    expect(totals(fundBlock(470, 30))).toEqual([
      { cell: "B6", severity: "error", messageId: "sum" },
      { cell: "B8", severity: "info", messageId: "difference" },
    ]);
  });

  test("结余 stated 31 with 到位 right (480 − 450 = 30): the difference is its own slip, an error (and 31 ≠ 10 + 10 + 5 + 5)", () => {
    expect(totals(fundBlock(480, 31))).toEqual([
      { cell: "B8", severity: "error", messageId: "difference" },
      { cell: "B8", severity: "error", messageId: "sum" },
    ]);
  });

  test("到位 off its parts and 结余 25 wrong under either reading (470 or 480 − 450): both errors", () => {
    expect(totals(fundBlock(470, 25))).toEqual([
      { cell: "B6", severity: "error", messageId: "sum" },
      { cell: "B8", severity: "error", messageId: "difference" },
      { cell: "B8", severity: "error", messageId: "sum" },
    ]);
  });
});

describe("total-mismatch: the consequence stays info when another operand is off its parts too", () => {
  test("到位 470 over parts 480 and 支出 450 over parts 290 + 90 + 35 + 45 = 460: 结余 30 = 480 − 450 holds with 到位 alone at its parts' sum, so info", () => {
    const g = Grid.fromValues("Sheet1", [
      ["2019年度财政支出项目绩效评价自评报告"],
      ["项目名称", "农村饮水安全工程"],
      ["主管部门", "县水利局", null, "实施单位", "县水利局"],
      ["项目资金(万元)", "合计", "中央", "省级", "市级", "县级"],
      ["计划安排", 500, 300, 100, 50, 50],
      ["实际到位", 470, 300, 100, 40, 40],
      ["实际支出", 450, 290, 90, 35, 45],
      ["结余", 30, 10, 10, 5, 5],
    ]);
    expect(totals(g)).toEqual([
      { cell: "B6", severity: "error", messageId: "sum" },
      { cell: "B7", severity: "error", messageId: "sum" },
      { cell: "B8", severity: "info", messageId: "difference" },
    ]);
  });
});
