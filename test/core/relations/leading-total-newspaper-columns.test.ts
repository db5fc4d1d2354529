import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A leading 合计 line of a list set in newspaper columns (单位 | 金额 | 单位 | 金额 | …, each pair continuing the one
 * before it): a number right of another name on the 合计 line is that name's, not the total's. The total is read in its
 * own column only, as the list's stated total.
 */
const sheet = (lines: (string | number)[][]) =>
  Grid.fromValues("Sheet1", [["某补助资金分配表"], ["金额单位:万元"], ["单位", "金额", "单位", "金额", "单位", "金额"], ...lines]);

describe("a leading 合计 of a list in newspaper columns", () => {
  test("cut after its first group's 小计 (全省合计 | 1000 | 甲县 | 32 | 乙县 | 132 over 丙市小计 | 300 | 丁县 | 69 …): no finding, the total is B4 1000", () => {
    const g = sheet([
      ["全省合计", 1000, "甲县", 32, "乙县", 132],
      ["丙市小计", 300, "丁县", 69, "戊县", 112],
    ]);
    const r = review(g, "national");
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.model.relations.filter((x) => x.kind === "sum").map((x) => (x.kind === "sum" ? x.total.cell : ""))).not.toContain("D4");
  });

  test("the whole list: 全省合计 B4 1000 is the stated total, in its own column only", () => {
    const g = sheet([
      ["全省合计", 1000, "甲县", 32, "乙县", 132],
      ["丙市小计", 300, "丁县", 69, "戊县", 112],
      ["己县", 100, "庚县", 70, "辛县", 65],
      ["壬县", 200, "癸县", 20, "子县", 100],
    ]);
    const m = review(g, "national").model;
    expect([m.headerRow, m.totals?.score?.cell, m.totals?.score?.value]).toEqual([3, "B4", 1000]);
  });
});
