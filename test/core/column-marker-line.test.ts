import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { columnMarkerLine } from "../../src/core/recognise/column-markers";
import { review } from "../../src/core/review";

/**
 * A line of column markers under a header (A | B | … | L=J*100-K, 1 | 2 | 3, 甲 | 乙 | 丙, with the page's own formulas):
 * part of the header block, never data, never a reason to reject the header above it.
 */

type Row = (CellValue | undefined)[];

describe("a line of column markers", () => {
  const under = (line: Row) => Grid.fromValues("Sheet1", [["单位", "合计", "小学", "初中", "补助标准", "金额"], line]);
  test.each([
    ["letters with the page's formulas", [null, "A", "B", "C", "D=A*B", "E"], true],
    ["letters that skip one (a column unlettered)", [null, "A", "C", "D", "E"], true],
    ["numbers in steps of one", [null, 1, 2, 3, "4=2+3"], true],
    ["栏次 then numbers", ["栏次", 1, 2, 3, 4, 5], true],
    ["stems", [null, "甲", "乙", "丙", "丁"], true],
    ["circled numbers", [null, "①", "②", "③=①+②"], true],
    ["lower-case letters", [null, "a", "b", "c"], true],
    ["numbers not in steps of one (a line of counts)", [null, 1, 3, 7, 9], false],
    ["letters out of order", [null, "B", "A", "C"], false],
    ["letters and numbers mixed", [null, "A", "B", 3], false],
    ["two markers only", [null, "A", "B"], false],
    ["a named line of amounts", ["甲镇", 100, 60, 40, 1150, 10], false],
    ["a line with a word", [null, "A", "B", "合计"], false],
  ] as [string, Row, boolean][])("%s: %s", (_n, line, expected) => {
    expect(columnMarkerLine(under(line), 2)).toBe(expected);
  });

  test("a marker line under a line of numbers is no marker line (a data line cannot head it)", () => {
    const g = Grid.fromValues("Sheet1", [["单位", "合计", "小学", "初中"], ["甲镇", 100, 60, 40], [null, 1, 2, 3]]);
    expect(columnMarkerLine(g, 3)).toBe(false);
  });
});

describe("an allocation table with a two-line header and a line of column markers under it", () => {
  /** 单位 | 在校生(人) over 合计 | 小学 | 初中 | 应下达总额(万元) over 合计 | 其中:省财政分担 | 市县分担, then the markers, then one line */
  function table(markers: Row | null, line: Row): Grid {
    const rows: Row[] = [
      ["某市2019年义务教育公用经费补助资金安排表"],
      ["单位", "2017年义务教育阶段在校生(人)", null, null, "应下达公用经费总额(万元)", null, null],
      [null, "合计", "小学", "初中", "合计", "其中:省财政分担", "市县分担"],
      ...(markers ? [markers] : []),
      line,
    ];
    return Grid.fromValues("Sheet1", rows, ["A1:G1", "A2:A3", "B2:D2", "E2:G2"]);
  }
  const LETTERS: Row = [null, "A", "B", "C", "D", "E=D*1", "F=D-E"];
  const NUMBERS: Row = [null, 1, 2, 3, 4, 5, 6];
  const sums = (g: Grid) =>
    review(g, "national")
      .model.relations.filter((r) => r.kind === "sum")
      .map((r) => (r.kind === "sum" ? [r.total.cell, ...r.parts.map((p) => p.cell)] : []));

  test.each([
    ["letters", LETTERS, 5],
    ["numbers", NUMBERS, 5],
    ["no marker line", null, 4],
  ] as [string, Row | null, number][])("with %s: the header is read from its top line (2), its last line above the data", (_n, markers, dataRow) => {
    const model = review(table(markers, ["某市教育局", 51820, 36176, 15644, 7211, 7211, 0]), "national").model;
    expect(model.headerRow).toBe(2);
    expect(model.headerLastRow).toBe(dataRow - 1);
  });

  test("合计 = 小学 + 初中 and 总额 = 省 + 市县 are read on the one line under the markers", () => {
    expect(sums(table(LETTERS, ["某市教育局", 51820, 36176, 15644, 7211, 7211, 0]))).toEqual([
      ["B5", "C5", "D5"],
      ["E5", "F5", "G5"],
    ]);
  });

  test("a 合计 one off its parts (51821 against 36176 + 15644 = 51820) is a total-mismatch at the 合计", () => {
    const findings = review(table(LETTERS, ["某市教育局", 51821, 36176, 15644, 7211, 7211, 0]), "national").findings.filter((f) => f.rule === "total-mismatch");
    expect(findings.map((f) => [f.cell, f.messageId, f.data.total, f.data.sum])).toEqual([["B5", "sum", 51821, 51820]]);
  });

  test("a single line far off its 合计 (a group of other amounts, not its parts) is no relation", () => {
    expect(sums(table(LETTERS, ["某市教育局", 900, 36176, 15644, 7211, 7211, 0]))).toEqual([["E5", "F5", "G5"]]);
  });
});
