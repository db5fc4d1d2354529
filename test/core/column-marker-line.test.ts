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
    ["two markers from the label column, lettered too", ["A", "B"], true],
    ["the label columns' stems, then letters", ["甲", "A"], true],
    ["the label columns' stems, then numbers in steps of one", ["甲", "乙", 1, 2, 3], true],
    ["a named line of amounts", ["甲镇", 100, 60, 40, 1150, 10], false],
    ["a line with a word", [null, "A", "B", "合计"], false],
    // (a first cell 序号 / 列次 is passed over; any other word opening with an ideograph is no marker)
    ["序号 then letters", ["序号", "A", "B", "C"], true],
    ["列次 then stems", ["列次", "甲", "乙", "丙"], true],
    ["a word then letters", ["名称", "A", "B", "C"], false],
    ["letters then a stem-led word", [null, "A", "B", "甲镇"], false],
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
    expect(findings.map((f) => [f.cell, f.messageId, f.data?.total, f.data?.sum])).toEqual([["B5", "sum", 51821, 51820]]);
  });

  test("a single line far off its 合计 (a group of other amounts, not its parts) is no relation", () => {
    expect(sums(table(LETTERS, ["某市教育局", 900, 36176, 15644, 7211, 7211, 0]))).toEqual([["E5", "F5", "G5"]]);
  });
});

describe("the page's own formulas in a line of column markers", () => {
  /** 单位 | 人数(人) | 补助标准(元/人) | 补助资金(万元) | 上年资金(万元) | 增加(万元), markers A … E with formulas */
  function table(markers: Row, lines: Row[]): Grid {
    return Grid.fromValues("Sheet1", [
      ["某县补助资金安排表"],
      ["单位", "人数(人)", "补助标准(元/人)", "补助资金(万元)", "上年资金(万元)", "增加(万元)"],
      markers,
      ...lines,
    ]);
  }
  const relations = (g: Grid) => review(g, "national").model.relations.filter((r) => r.block === "amount-table");

  test("C=A*B: 补助资金 (万元) = 人数 × 补助标准 (元/人) ÷ 10,000 on each line, a 合计 line left out", () => {
    const g = table([null, "A", "B", "C=A*B", "D", "E=C-D"], [["甲镇", 2383, 1150, 274, 200, 74], ["乙镇", 100, 1150, 11.5, 10, 1.5], ["合计", 2483, null, 285.5, 210, 75.5]]);
    const products = relations(g).filter((r) => r.kind === "product");
    expect(products.map((r) => (r.kind === "product" ? [r.result.cell, ...r.factors.map((f) => f.cell), r.scale] : []))).toEqual([
      ["D4", "B4", "C4", 10000],
      ["D5", "B5", "C5", 10000],
    ]);
    const differences = relations(g).filter((r) => r.kind === "difference");
    expect(differences.map((r) => (r.kind === "difference" ? [r.result.cell, r.minuend.cell, ...r.subtrahends.map((s) => s.cell)] : []))).toEqual([
      ["F4", "D4", "E4"],
      ["F5", "D5", "E5"],
      ["F6", "D6", "E6"],
    ]);
  });

  test("a product off its formula (300 against 2383 × 1150 ÷ 10,000 = 274.05) is a total-mismatch at the product", () => {
    const g = table([null, "A", "B", "C=A*B", "D", "E=C-D"], [["甲镇", 2383, 1150, 300, 226, 74]]);
    const found = review(g, "national").findings.filter((f) => f.rule === "total-mismatch");
    expect(found.map((f) => [f.cell, f.messageId, f.data?.stated, f.data?.computed])).toEqual([["D4", "product", 300, 274.05]]);
  });

  test.each([
    ["a formula with a constant (C=A*100-B)", [null, "A", "B", "C=A*100-B", "D", "E"]],
    ["a quotient (C=A/B)", [null, "A", "B", "C=A/B", "D", "E"]],
    ["a formula over a marker the line does not hold (C=A*Z)", [null, "A", "B", "C=A*Z", "D", "E"]],
  ] as [string, Row][])("%s: no relation read from it", (_n, markers) => {
    const g = table(markers, [["甲镇", 2383, 1150, 300, 200, 100]]);
    expect(relations(g).filter((r) => r.kind === "product" || r.kind === "difference")).toEqual([]);
  });
});

describe("a marker formula whose result states no unit", () => {
  /** 培训补助标准(元/人) | 合格人数 | 补助资金 (no unit: 万元 by its numbers), ⑧=④*⑦ as on the page */
  const table = (amounts: number[]) =>
    Grid.fromValues("Sheet1", [
      ["序号", "培训机构", "培训补助标准(元/人)", "合格人数", "补助资金"],
      ["①", "②", "③", "④", "⑤=③*④"],
      ...amounts.map((a, k): Row => [k + 1, `学校${k + 1}`, 2600, [842, 900, 941][k], a]),
    ]);
  const products = (g: Grid) => review(g, "national").model.relations.filter((r) => r.kind === "product");

  test("is read at the scale its lines bear out (218.92 = 2600 × 842 ÷ 10,000): 10,000, and a slip on one line is found", () => {
    const g = table([218.92, 234, 250]);
    expect(products(g).map((r) => (r.kind === "product" ? r.scale : 0))).toEqual([10000, 10000, 10000]);
    const found = review(g, "national").findings.filter((f) => f.rule === "total-mismatch");
    expect(found.map((f) => [f.cell, f.data?.stated, f.data?.computed])).toEqual([["E5", 250, 244.66]]);
  });

  test("is not read where no scale makes half its lines agree", () => {
    expect(products(table([1, 2, 3]))).toEqual([]);
  });
});
