import { Grid } from "../../../src/core/grid/grid";
import type { ProductRelation } from "../../../src/core/model/types";
import { productAgrees } from "../../../src/core/relations/tolerance";
import { review } from "../../../src/core/review";

/**
 * An amount paid to each of a line's payees (总人数, 户数) is the sum of their amounts, each rounded to the fen: it may
 * differ from count × rate by half a fen per payee (or a relative 1e-5 of the product) and still agrees, for reading
 * the relation and for checking it. A line off by more is still reported.
 */
const term = (value: number, decimals: number | null = null) => ({ value, decimals, percent: false });

describe("productAgrees with the payees a line states", () => {
  test("+5 元 on 10 000 payees (20 000 亩 × 86.9 = 1 738 000, stated 1 738 005.00): agrees (slack 50 元)", () => {
    expect(productAgrees(term(1738005, 2), [term(20000), term(86.9)], 1, 10000).ok).toBe(true);
    expect(productAgrees(term(1738005, 2), [term(20000), term(86.9)], 1).ok).toBe(false);
  });
  test("the amount ×1.02 (1 772 760): does not agree", () => {
    expect(productAgrees(term(1772760, 2), [term(20000), term(86.9)], 1, 10000).ok).toBe(false);
  });
  test("+60 元 on 10 000 payees of 1 000 000 (half a fen each is 50, 1e-5 is 10): does not agree", () => {
    expect(productAgrees(term(1000060, 2), [term(10000), term(100)], 1, 10000).ok).toBe(false);
  });
  test("+30 元 on 1 000 payees of 3 000 000 (half a fen each is 5, 1e-5 is 30): agrees by the relative slack", () => {
    expect(productAgrees(term(3000030, 2), [term(30000), term(100)], 1, 1000).ok).toBe(true);
  });
  test("in 万元: half a fen per payee is 5e-7 万元 (+0.0003 万元 on 1 000 payees agrees only by the relative slack)", () => {
    expect(productAgrees(term(100.0003, 4), [term(10000), term(100)], 10000, 1000, "万元").ok).toBe(true);
    expect(productAgrees(term(100.002, 4), [term(10000), term(100)], 10000, 1000, "万元").ok).toBe(false);
  });
});

describe("a subsidy list paid per payee: 总人数 | 补贴标准(元/亩) | 补贴面积(亩) | 总补贴金额(元)", () => {
  type Line = (string | number)[];
  const HEAD = ["乡镇", "总人数", "补贴标准(元/亩)", "补贴面积(亩)", "总补贴金额(元)"];
  // each amount a few 元 above area × 86.9 (+5.00, +3.20, +6.84, +4.10)
  const LINES: Line[] = [
    ["甲镇", 10000, 86.9, 20000, 1738005],
    ["乙乡", 8000, 86.9, 15000, 1303503.2],
    ["丙镇", 12000, 86.9, 30000, 2607006.84],
    ["丁乡", 9000, 86.9, 10000, 869004.1],
  ];
  const sheet = (lines: Line[], head = HEAD) => Grid.fromValues("Sheet1", [["某县耕地地力保护补贴汇总表"], head, ...lines]);
  const products = (g: Grid) => review(g, "national").model.relations.filter((r): r is ProductRelation => r.kind === "product");
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

  test("four lines within half a fen per payee: read as area × rate with the payees beside it, no finding", () => {
    const g = sheet(LINES);
    expect(products(g).map((r) => [r.result.cell, r.factors.map((f) => f.cell), r.payees?.cell])).toEqual([
      ["E3", ["D3", "C3"], "B3"],
      ["E4", ["D4", "C4"], "B4"],
      ["E5", ["D5", "C5"], "B5"],
      ["E6", ["D6", "C6"], "B6"],
    ]);
    expect(errors(g)).toEqual([]);
  });

  test("丁乡's amount ×1.02 (886 383.98 against 869 000): total-mismatch at E6", () => {
    const f = errors(sheet([...LINES.slice(0, 3), ["丁乡", 9000, 86.9, 10000, 886383.98]]));
    expect(f.map((x) => [x.rule, x.cell, x.messageId])).toEqual([["total-mismatch", "E6", "product"]]);
    expect(f[0].data).toMatchObject({ stated: 886383.98, computed: 869000 });
  });

  test("the same lines with no payee column: no line agrees at the fen, no product is read", () => {
    const g = sheet(
      LINES.map((l) => [l[0], ...l.slice(2)]),
      ["乡镇", "补贴标准(元/亩)", "补贴面积(亩)", "总补贴金额(元)"],
    );
    expect(products(g)).toEqual([]);
  });
});
