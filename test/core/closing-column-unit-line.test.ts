import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 合计 column closes the amounts left of it on every line. A unit line merged over the right columns just above the
 * header ("单位:万元" over 乙 … 合计) is no group header: the 合计 still closes every part, not only those under the unit.
 */
type Row = (CellValue | undefined)[];
const errors = (rows: Row[], merges: string[]) =>
  review(Grid.fromValues("Sheet1", rows, merges), "national")
    .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
    .map((f) => [f.cell, f.data]);

const table = (second: number): Row[] => [
  ["补助资金分配表"],
  ["2024年", undefined, "单位:万元"],
  ["地区", "甲县", "乙县", "丙县", "合计"],
  ["教育", 10, 20, 30, 60],
  ["卫生", 5, 15, 25, second],
  ["交通", 1, 2, 3, 6],
];
const MERGES = ["A1:E1", "A2:B2", "C2:E2"];

describe("a 合计 column under a unit line merged over the right columns", () => {
  test("lines that add up across all three counties: no mismatch (10 + 20 + 30 = 60, 5 + 15 + 25 = 45, 1 + 2 + 3 = 6)", () => {
    expect(errors(table(45), MERGES)).toEqual([]);
  });

  test("a slip is measured against every part, not only those under the unit: 5 + 15 + 25 = 45 ≠ 46", () => {
    expect(errors(table(46), MERGES)).toEqual([["E5", expect.objectContaining({ total: 46, sum: 45 })]]);
  });

  test("a two-line head (科目 over 款 | 名称) two columns to the right: the 合计 still closes 甲县 … 丙县 — 45 ≠ 46 at H6", () => {
    const rows: Row[] = [
      ["补助资金分配表"],
      ["2024年", undefined, "单位:万元"],
      ["科目", undefined, "甲县", "乙县", "丙县", "合计"],
      ["款", "名称"],
      [1, "教育", 10, 20, 30, 60],
      [2, "卫生", 5, 15, 25, 46],
    ].map((r) => [undefined, undefined, ...r]);
    const merges = ["C1:H1", "C2:D2", "E2:H2", "C3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:H4"];
    expect(errors(rows, merges)).toEqual([["H6", expect.objectContaining({ total: 46, sum: 45 })]]);
  });
});
