import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * An allocation list cut before its 合计 (街镇 | 金额 | 备注 over name | amount lines, no 合计 row, no column of row
 * totals): it states no relation, but its header is still the list's head — the line above three or more lines that
 * each put a name left of an amount in the column the header names as money.
 */
describe("a money list with no 合计 row: its header row, no total, nothing found", () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => [`第${i + 1}街道`, 100000 * (i + 1), ""]);

  test.each([
    ["金额", 4],
    ["提前下达金额(万元)", 4],
    ["补助资金", 4],
  ])("headed 名称 | %s | 备注 over five lines: header row %i", (money, row) => {
    const g = Grid.fromValues("Sheet1", [["某资金分配表"], ["单位:元"], [], ["街镇", money, "备注"], ...lines(5)]);
    const r = review(g, "national");
    expect([r.model.family, r.model.headerRow, r.model.totals]).toEqual(["unknown", row, null]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("two lines only: no list head", () => {
    const g = Grid.fromValues("Sheet1", [["某资金分配表"], ["街镇", "金额", "备注"], ...lines(2)]);
    expect(review(g, "national").model.headerRow).toBeNull();
  });

  test("a column that names no money (人数) heads no money list", () => {
    const g = Grid.fromValues("Sheet1", [["某名单"], ["街镇", "人数", "备注"], ...lines(5)]);
    expect(review(g, "national").model.headerRow).toBeNull();
  });

  test("lines with no name left of the amount are no list", () => {
    const g = Grid.fromValues("Sheet1", [["某表"], ["金额", "备注"], [100, ""], [200, ""], [300, ""]]);
    expect(review(g, "national").model.headerRow).toBeNull();
  });

  test.each([
    // 金额 merged over 中央 | 省级 | 市级: the lower line names three of the four number columns, the upper line two
    ["the lower line names more of the number columns", 3, ["街镇", "人数", "金额", "", "", "备注"], ["", "", "中央", "省级", "市级", ""], ["A2:A3", "B2:B3", "C2:E2", "F2:F3"]],
    // 人数 merged over 男 | 女, six other columns named above only: the upper line names more of them
    ["the upper line names more of the number columns", 2, ["街镇", "人数", "", "金额", "中央", "省级", "备注"], ["", "男", "女", "", "", "", ""], ["A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3"]],
  ])("a two-line header, %s: its columns read from line %i, the header row its top line 2", (_, row, upper, lower, merges) => {
    const n = (upper as string[]).length;
    const body = Array.from({ length: 4 }, (_, i) => [`第${i + 1}镇`, ...Array.from({ length: n - 2 }, (_, k) => 10 * (i + 1) + k), ""]);
    const g = Grid.fromValues("Sheet1", [["某资金分配表"], upper as string[], lower as string[], ...body], merges as string[]);
    const m = review(g, "national").model;
    expect([m.headerRow, m.headerLastRow]).toEqual([2, row]);
  });
});
