import { Grid } from "../../../src/core/grid/grid";
import { amountRole } from "../../../src/core/recognise/blocks";
import { review } from "../../../src/core/review";

/**
 * Money columns the vocabulary does not list by name (an allocation table's 补助资金, 补助经费, 补助金额, 资金投入,
 * 分配金额, 资金分配额, 下达资金, 安排资金, 提前下达金额): plain amount columns, summed down their rows; a rule, a
 * recipient or a count about money (补助标准, 补助对象, 补助人数) is none, nor a bare 资金 after a year.
 */
describe("the amount vocabulary covers money columns generally", () => {
  test.each(["补助资金(万元)", "補助資金(萬元)", "补助经费(万元)", "补助金额(万元)", "资金投入(万元)", "分配金额", "资金分配额(万元)", "下达资金", "安排资金", "提前下达金额 (万元)", "奖补资金"])("%s is an amount column", (h) => {
    expect(amountRole(h)).toBe("amount");
  });
  test.each(["补助标准", "补助标准(元/人)", "补助对象", "补助人数", "资金来源", "资金用途", "项目名称", "本年度资金(评价项目的资金使用年度)"])("%s is no amount column", (h) => {
    expect(amountRole(h)).toBeNull();
  });
});

describe("a list of recipients with one money column, a 其中 line under one of them", () => {
  // 乡镇 | 补助资金(万元) | 备注: 甲镇 60 (其中:甲村 20), 乙镇 40, 合计 100 = 60 + 40 (the 其中 line is 甲镇's)
  const list = (b4: number) =>
    Grid.fromValues("Sheet1", [
      ["乡镇", "补助资金(万元)", "备注"],
      ["甲镇", 60, null],
      ["其中:甲村", 20, null],
      ["乙镇", b4, null],
      ["合计", 100, null],
    ]);
  test("合计 B5 = B2 + B4 (100 = 60 + 40): no finding; 乙镇 45 makes 105, a total-mismatch at B5", () => {
    expect(review(list(40), "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    expect(review(list(45), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["B5"]);
  });
  test("the list's header (row 1) and its 合计 (B5 = 100) are the model's", () => {
    const m = review(list(40), "national").model;
    expect(m.headerRow).toBe(1);
    expect(m.totals?.score?.cell).toBe("B5");
  });
});

describe("two money columns (资金投入 | 补助金额) closed by 合计, a 其中 line under a town", () => {
  const list = (c4: number) =>
    Grid.fromValues("Sheet1", [
      ["镇、村", "资金投入(万元)", "补助金额(万元)"],
      ["甲镇", 60, 30],
      ["其中:甲村", 20, 10],
      ["乙镇", 40, c4],
      ["合计", 100, 50],
    ]);
  test("合计 B5 = 60 + 40 and C5 = 30 + 20: no finding; 乙镇 补助金额 25 is a total-mismatch at C5", () => {
    expect(review(list(20), "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    expect(review(list(25), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["C5"]);
  });
});
