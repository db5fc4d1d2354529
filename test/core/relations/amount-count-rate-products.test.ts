import { Grid } from "../../../src/core/grid/grid";
import type { ProductRelation } from "../../../src/core/model/types";
import { evaluateRelation } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * An amount beside its count and a rate per unit (补助资金 = 学生人数 × 补助标准 (元/人)) is checked line by line, once
 * most lines bear the relation out (at least 3 agree, at most one in three disagrees); a count left blank beside an
 * amount is the finding's cell. The units are the headers' own: a 万元 amount against a 元 rate is scaled by 10,000.
 */
type Line = (string | number)[];
const sheet = (head: string[], lines: Line[], sub?: string[]) =>
  Grid.fromValues("Sheet1", [["某补助资金分配表"], head, ...(sub ? [sub] : []), ...lines]);
const products = (g: Grid) => review(g, "national").model.relations.filter((r): r is ProductRelation => r.kind === "product");
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");
const HEAD = ["学校", "学生人数", "补助标准(元/人)", "补助资金(元)"];
const GOOD: Line[] = [
  ["甲校", 10, 350, 3500],
  ["乙校", 20, 350, 7000],
  ["丙校", 4, 350, 1400],
];

describe("amount = count × rate, line by line", () => {
  test("three lines that agree: three relations (D3 = B3 × C3 …), no finding", () => {
    const g = sheet(HEAD, GOOD);
    expect(products(g).map((r) => [r.result.cell, r.factors.map((f) => f.cell), r.scale])).toEqual([
      ["D3", ["B3", "C3"], 1],
      ["D4", ["B4", "C4"], 1],
      ["D5", ["B5", "C5"], 1],
    ]);
    expect(errors(g)).toEqual([]);
  });

  test("a fourth line 8 × 350 stated 2,900 (2,800): total-mismatch at D6 with the product written out", () => {
    const f = errors(sheet(HEAD, [...GOOD, ["丁校", 8, 350, 2900]]));
    expect(f.map((x) => [x.rule, x.cell, x.messageId])).toEqual([["total-mismatch", "D6", "product"]]);
    expect(f[0].data).toMatchObject({ name: "补助资金", stated: 2900, computed: 2800, expr: "学生人数 8 × 补助标准 350" });
  });

  test("a count left blank beside an amount of 1,750 at 350 元/人: reported at the blank count, standing for 5", () => {
    const f = errors(sheet(HEAD, [["戊校", "", 350, 1750], ...GOOD]));
    expect(f.map((x) => [x.rule, x.cell, x.messageId])).toEqual([["total-mismatch", "B3", "productBlank"]]);
    expect(f[0].data).toMatchObject({ stated: 1750, count: "学生人数", implied: 5 });
    expect(f[0].related).toEqual(["D3", "C3"]);
  });

  test("a count split into sub-columns (学生人数 over 合计 | 小学 | 初中): the sub-column the lines agree with (合计)", () => {
    const head = ["学校", "学生人数", "", "", "补助标准", "补助资金"];
    const sub = ["", "合计", "小学", "初中", "(元/人)", "(元)"];
    const lines: Line[] = [
      ["甲校", 106, 30, 76, 350, 37100],
      ["乙校", 150, 150, "", 350, 52500],
      ["丙校", 23, 23, "", 350, 8050],
    ];
    const g = Grid.fromValues("Sheet1", [["某分配表"], head, sub, ...lines], ["B2:D2"]);
    expect(products(g).map((r) => [r.result.cell, r.factors[0].cell, r.factors[0].label])).toEqual([
      ["F4", "B4", "学生人数（合计）"],
      ["F5", "B5", "学生人数（合计）"],
      ["F6", "B6", "学生人数（合计）"],
    ]);
    // (the header's top line, 学生人数 merged over 合计 | 小学 | 初中 beside 补助资金 over (元): the group line, the
    // convention of real/README (资金 over 合计 | 中央 | 省级), read since grad41b; the lines start below line 3)
    const m = review(g, "national").model;
    expect([m.headerRow, m.headerLastRow]).toEqual([2, 3]);
  });

  test("an amount in 万元 against a rate in 元/亩 (both stated): 200 亩 × 500 元/亩 = 10 万元", () => {
    const r = products(sheet(["村", "面积(亩)", "补助标准(元/亩)", "补助资金(万元)"], [["甲村", 200, 500, 10], ["乙村", 100, 500, 5], ["丙村", 50, 500, 2.5]]));
    expect(r.map((x) => [x.result.cell, x.scale])).toEqual([["D3", 10000], ["D4", 10000], ["D5", 10000]]);
    expect(r.every((x) => evaluateRelation(x).ok)).toBe(true);
  });

  test("an amount with no unit against a rate in 元/亩, 10,000 times too small on every line: no relation (units are not guessed)", () => {
    expect(products(sheet(["村", "面积", "补助标准(元/亩)", "补助资金"], [["甲村", 200, 500, 10], ["乙村", 100, 500, 5], ["丙村", 50, 500, 2.5]]))).toEqual([]);
  });

  test.each([
    ["two lines only", GOOD.slice(0, 2)],
    ["three lines, two of them off", [GOOD[0], ["乙校", 20, 350, 6000], ["丙校", 4, 350, 1000]]],
  ])("%s: no relation, nothing found", (_, lines) => {
    const g = sheet(HEAD, lines as Line[]);
    expect(products(g)).toEqual([]);
    expect(errors(g)).toEqual([]);
  });

  test("a rate with no per-unit money (评分标准, 标准 without 元/人) states no product", () => {
    expect(products(sheet(["学校", "学生人数", "评分标准", "补助资金(元)"], GOOD))).toEqual([]);
    expect(products(sheet(["学校", "学生人数", "标准", "补助资金(元)"], GOOD))).toEqual([]);
  });

  test("a 合计 line under the lines is no line of the product", () => {
    expect(products(sheet(HEAD, [...GOOD, ["合计", 34, 350, 11900]])).map((r) => r.result.cell)).toEqual(["D3", "D4", "D5"]);
  });
});
