import { Grid } from "../../../src/core/grid/grid";
import { statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * The 部门整体支出绩效评价基础数据表's money block as the template prints it: 支出总额 over 基本支出 (其中:公用经费, one part of
 * it, not its whole) and 项目支出 written without a colon, whose numbered items open with "其中:1、运行维护经费" and
 * "2专项资金(一个项一行)" (a heading over one line per fund); 三公经费 over 1、公务用车购置和维护经费 (其中:公车购置, then
 * 公车运行维护, more of the car's own parts) and 3、公务接待.
 */
const lines = (b3: number, c6: number, b11: number): (string | number | null)[][] => [
    ["2022年度部门整体支出绩效评价基础数据表"],
    ["经费控制情况(万元)", "2021年决算数", "2022年预算数", "2022年决算数"],
    ["支出总额", b3, 1342.49, 1342.49],
    ["基本支出", 606.44, 719.99, 719.99],
    ["其中:公用经费", 89.15, 95.86, 95.86],
    ["项目支出", 667.94, c6, 622.5],
    ["其中:1、运行维护经费", null, null, null],
    ["2专项资金(一个项一行)", null, null, null],
    ["春节送温暖慰问资金", 300, 300, 300],
    ["职工帮扶专项补助", 195.14, 149.2, 149.2],
    ["劳模专项补助资金", 172.8, 173.3, 173.3],
    ["三公经费", b11, 9.5, 5.24],
    ["1、公务用车购置和维护经费", 3.33, 7, 2.74],
    ["其中:公车购置", null, null, null],
    ["公车运行维护", 3.33, 7, 2.74],
    ["2、出国经费", null, null, null],
    ["3、公务接待", 1.2, 2.5, 2.5],
    ["政府采购金额", null, null, null],
];
const sheet = (b3: number, c6: number, b11: number) => Grid.fromValues("Sheet1", lines(b3, c6, b11));
const consistent = () => sheet(1274.38, 622.5, 4.53);
const mismatches = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => [f.cell, f.data?.total, f.data?.sum]);

describe("支出总额 = 基本支出 + 项目支出, and 项目支出 over its numbered items", () => {
  test("支出总额 B3 1274.38 = 606.44 + 667.94, C3 1342.49 = 719.99 + 622.5 (公用经费 is no third part)", () => {
    const r = review(consistent(), "national").model.relations.filter((x) => x.kind === "sum" && x.label === "支出总额");
    expect(r.map(statedCell)).toEqual(["B3", "C3", "D3"]);
    expect(r.map((x) => (x.kind === "sum" ? x.parts.map((p) => p.cell) : []))[0]).toEqual(["B4", "B6"]);
  });
  test("the sheet as the template means it: no total-mismatch", () => {
    expect(mismatches(consistent())).toEqual([]);
  });
  test("a wrong 支出总额 (1300) is a total-mismatch at B3: 1300 against 1274.38", () => {
    expect(mismatches(sheet(1300, 622.5, 4.53))).toContainEqual(["B3", 1300, 1274.38]);
  });
  test("项目支出 C6 = the lines under 2专项资金 (300 + 149.2 + 173.3 = 622.5): a 650.5 is found at C6", () => {
    expect(mismatches(sheet(1274.38, 650.5, 4.53))).toContainEqual(["C6", 650.5, 622.5]);
  });
  test("三公经费 = 公务用车 + 公务接待, the lines under 其中:公车购置 no items of their own (3.33 + 1.2 = 4.53)", () => {
    expect(mismatches(sheet(1274.38, 622.5, 6.86))).toContainEqual(["B12", 6.86, 4.53]);
  });
});

describe("a list cut at the sheet's end bounds its total", () => {
  const cutAfter = (rows: number, b12: number) => Grid.fromValues("Sheet1", lines(1274.38, 622.5, b12).slice(0, rows));
  test("三公经费 4.53 over 公务用车 3.33 with 3、公务接待 cut off: no finding (3.33 ≤ 4.53); a 3 below its visible 3.33 is one", () => {
    expect(mismatches(cutAfter(15, 4.53))).toEqual([]);
    expect(mismatches(cutAfter(15, 3))).toContainEqual(["B12", 3, 3.33]);
  });
});
