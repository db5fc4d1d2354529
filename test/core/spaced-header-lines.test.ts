import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { lineBelow } from "../../src/core/recognise/cells";
import { unitResultList } from "../../src/core/recognise/unit-results";
import { review } from "../../src/core/review";

/**
 * A user spaces a table out: an empty line between the header and the list's first line (and between its blocks).
 * Every reader that takes the list's first line as "the line under the header" takes it across those empty lines
 * (cells.ts lineBelow, SCAN.spacerRows of them at most), so the spaced list reads as the unspaced one. Each shape is
 * checked spaced and unspaced (the same relations, the same error), and beside a near miss that must not change.
 */
type Row = (string | number | null)[];
const sheet = (rows: Row[], merges: string[] = []) => new Grid({ name: "Sheet1", cells: rows.map((r) => r.map((v) => (v === null ? null : { v }))), merges });
/** The rows with `n` empty lines inserted after row `after` (1-based), the merges left above it. */
const spaced = (rows: Row[], after: number, n = 1): Row[] => [...rows.slice(0, after), ...Array.from({ length: n }, () => rows[0].map(() => null)), ...rows.slice(after)];

const sig = (r: Relation): string => {
  if (r.kind === "sum") return `sum ${r.total.cell} ← ${r.parts.map((p) => p.cell).join(",")}`;
  if (r.kind === "product") return `product ${r.result.cell} ← ${r.factors.map((p) => p.cell).join(",")}`;
  if (r.kind === "difference") return `difference ${r.result.cell} ← ${[r.minuend, ...r.subtrahends].map((p) => p.cell).join(",")}`;
  return r.kind;
};
const reviewed = (g: Grid) => {
  const r = review(g, "national");
  return { family: r.model.family, relations: r.model.relations.map(sig).sort(), errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`).sort() };
};

describe("lineBelow: the first line under a header, across the empty lines spacing them out", () => {
  test.each([
    ["the line right under the header", [["甲", "乙"], ["a", 1]], 1, 2],
    ["one empty line between", [["甲", "乙"], [null, null], ["a", 1]], 1, 3],
    ["three empty lines between (SCAN.spacerRows)", [["甲", "乙"], [null, null], [null, null], [null, null], ["a", 1]], 1, 5],
    // counter-shapes: too far below is no line of the header's (the line right under it returned, blank)
    ["four empty lines between: none", [["甲", "乙"], [null, null], [null, null], [null, null], [null, null], ["a", 1]], 1, 2],
    ["nothing below", [["甲", "乙"], [null, null]], 1, 2],
  ] as [string, Row[], number, number][])("%s", (_, rows, header, expected) => {
    expect(lineBelow(sheet(rows), header)).toBe(expected);
  });
});

// 市县 | 资金合计 | 中央资金 | 省级资金: the counties' 资金合计 add up to 3,300 (1,100 + 1,200 + 1,000), the 合计 says 3,310
const COUNTIES: Row[] = [
  ["市县", "资金合计", "中央资金", "省级资金"],
  ["甲县", 1100, 100, 1000],
  ["乙县", 1200, 200, 1000],
  ["丙县", 1000, null, 1000],
  ["丁场", null, 10, null],
  [null, null, null, null],
  ["合计", 3310, 310, 3000],
];
// 评价准则 | 权重(%) | 评价分值 | 加权平均得分: 20 + 38.7 + 14.78 + 9.2 = 82.68, the closing line says 82.68
const WEIGHTED: Row[] = [
  ["评价准则", "权重(%)", "评价分值", "加权平均得分", "绩效等级"],
  ["相关性", "20%", 100, 20, "高度相关"],
  ["效率", "50%", 77.4, 38.7, "一般"],
  ["效果", "20%", 73.9, 14.78, "比较满意"],
  ["可持续性", "10%", 92, 9.2, "高度可持续"],
  ["项目绩效", "100%", "/", 82.68, "比较顺利"],
];
// a list of one project closed by its 总计 (2.62 over 2.62), no amount word naming the columns: complete under its header
const SINGLE: Row[] = [
  ["序号", "项目名称", "债券性质", "债券规模", "自评分数", "自评等级"],
  [1, "城中村改造项目", "专项债券", 2.62, 97, "优"],
  ["总计", null, null, 2.62, null, null],
];
// A | B | C | D=A*B over three lines of counts and rates: 2 × 3 = 6, 4 × 5 = 20, 7 × 10 = 70 (no head names a product)
const MARKERS: Row[] = [
  ["单位", "差额人数(人)", "定额(元/人)", "分担比例", "应拨付(元)"],
  [null, "A", "B", "C", "D=A*B"],
  ["甲校", 2, 3, 1, 6],
  ["乙校", 4, 5, 1, 20],
  ["丙校", 7, 10, 1, 70],
];
// 在校生(人) merged over 合计 | 小学 | 初中, the first school with no counts: 106 = 30 + 76, 150 = 150, 23 = 23
const LEADING: Row[] = [
  ["学校名称", "在校生(人)", null, null, "补助资金(元)"],
  [null, "合计", "小学", "初中", null],
  ["甲校", null, null, null, 1750],
  ["乙校", 106, 30, 76, 37100],
  ["丙校", 150, 150, null, 52500],
  ["丁校", 23, 23, null, 8050],
];
// 全市完成投资总额 beside 分区县投资完成情况 over 甲区 | 乙区 | 丙区: 30 = 10 + 12 + 8, 15 = 5 + 5 + 5
const WHOLE: Row[] = [
  ["项目", "全市完成投资总额", "分区县投资完成情况", null, null],
  [null, null, "甲区", "乙区", "丙区"],
  ["阅读空间", 30, 10, 12, 8],
  ["农家书屋", 15, 5, 5, 5],
];

describe("a list spaced from its header reads as the list right under it", () => {
  test.each([
    // the 合计 line's 资金合计 against the counties above it (not across, 310 + 3000): its error kept
    ["an allocation's closing 合计 over the counties (市县 a label column, not a part)", COUNTIES, 1, ["sum B7 ← B2,B3,B4", "sum C7 ← C2,C3,C5", "sum D7 ← D2,D3,D4"], ["total-mismatch@B7"]],
    ["a weighted criteria table's closing 加权平均得分", WEIGHTED, 1, ["sum D6 ← D2,D3,D4,D5"], []],
    ["a list of one line under its header, closed by its 总计", SINGLE, 1, ["sum D3 ← D2"], []],
    ["a product read from its column markers (D=A*B), the lines spaced from the markers", MARKERS, 2, ["product E3 ← B3,C3", "product E4 ← B4,C4", "product E5 ← B5,C5"], []],
    ["a leading 合计 opening its group (在校生 over 合计 | 小学 | 初中), the first line without counts", LEADING, 2, ["sum B4 ← C4,D4", "sum B5 ← C5", "sum B6 ← C6"], [], ["A1:A2", "B1:D1", "E1:E2"]],
    ["a whole beside its breakdown (全市…总额 | 分区县… over the districts)", WHOLE, 2, ["sum B3 ← C3,D3,E3", "sum B4 ← C4,D4,E4"], [], ["A1:A2", "B1:B2", "C1:E1"]],
  ] as [string, Row[], number, string[], string[], string[]?][])("%s", (_, rows, header, relations, errors, merges = []) => {
    const plain = reviewed(sheet(rows, merges));
    for (const x of relations) expect(plain.relations).toContain(x);
    expect(plain.errors).toEqual(errors);
    // spaced: one empty line after the header, every cell below it one row down
    const down = (s: string) => s.replace(/([A-Z])(\d+)/g, (_, c, n) => `${c}${Number(n) > header ? Number(n) + 1 : n}`);
    const wide = reviewed(sheet(spaced(rows, header), merges));
    expect(wide.relations).toEqual(plain.relations.map(down).sort());
    expect(wide.errors).toEqual(errors.map(down));
  });

  // counter-shapes: what spaces a line from its header too far, or is no empty line, still ends or changes the list
  test("a one-line list with no header above it (the sheet cut above its line) is no complete list: no sum", () => {
    expect(reviewed(sheet(SINGLE.slice(1))).relations).not.toContain("sum D2 ← D1");
  });
  test("a weighted table whose first line under the header holds no weight (a note line) is not read", () => {
    const rows = [WEIGHTED[0], ["说明：按权重加权", null, null, null, null], ...WEIGHTED.slice(1)];
    expect(reviewed(sheet(rows)).relations.filter((x) => x.startsWith("sum D7"))).toEqual([]);
  });
  // (before session 37 this asserted no "sum B8 ← B3,B4,B5": a cell kept one sum, the first read, here the line's. Since
  // conv37 a 合计 line's cell under a 合计 column keeps its line's sum and its column's: both are read, and the column's
  // slip — 丁场's 10 in 中央资金 left out of its 资金合计, 3300 against 3310 — is found as in the table unspaced)
  test("the counties' column, its first line under the header a number, is a part column: the 合计 line read across", () => {
    const rows = COUNTIES.map((r, i) => (i === 1 ? [5, ...r.slice(1)] : r));
    const r = reviewed(sheet(spaced(rows, 1)));
    expect(r.relations).toContain("sum B8 ← C8,D8");
    expect(r.errors).toEqual(["total-mismatch@B8"]);
  });
});

describe("a per-unit result list spaced from its header (unit-results.ts unitLines)", () => {
  // 序号 | 被考核单位 | 考核情况 | 得分 under an assessment's title: four units scored
  const UNITS: Row[] = [
    ["2023年度目标考核评分结果", null, null, null],
    ["序号", "被考核单位", "考核情况", "得分"],
    [1, "甲局", "扣0.5分", 99.5],
    [2, "乙局", "", 100],
    [3, "丙局", "扣1分", 99],
    [4, "丁局", "", 100],
  ];
  test.each([
    ["right under the header", UNITS, [3, 4, 5, 6]],
    ["one empty line under the header", spaced(UNITS, 2), [4, 5, 6, 7]],
    ["three empty lines under the header", spaced(UNITS, 2, 3), [6, 7, 8, 9]],
  ] as [string, Row[], number[]][])("%s: the units' lines read", (_, rows, lines) => {
    expect(unitResultList(sheet(rows))?.rows).toEqual(lines);
  });
  test("counter-shape: four empty lines under the header (SCAN.spacerRows passed) end the list before it starts", () => {
    expect(unitResultList(sheet(spaced(UNITS, 2, 4)))).toBeNull();
  });
});

describe("a leading 合计 over numbered groups spaced out (blocks.ts leadingTotalRows)", () => {
  // 合计 300 | 200 | 100 over (一)…小计 200 (甲校 120 + 乙校 80) and (二)…小计 100 (丙校 100): 200 + 100 = 300
  const E: Row = [null, null, null, null, null];
  const H: Row = ["序号", "单位名称", "合计", "中央资金", "省级资金"];
  const T: Row = ["合计", null, 300, 200, 100];
  const A: Row[] = [[1, "甲校", 120, 100, 20], [2, "乙校", 80, 50, 30]];
  const C: Row = [3, "丙校", 100, 50, 50];
  const groups = (first: string, second: string, blank: boolean): Row[] => [H, T, ...(blank ? [E] : []), [first, null, 200, 150, 50], ...A, ...(blank ? [E] : []), [second, null, 100, 50, 50], C];
  const leading = (rows: Row[]) => reviewed(sheet(rows)).relations.filter((x) => x.startsWith("sum D"));
  test.each([
    ["numbered groups right under the total", groups("(一)公用经费小计", "(二)校舍维修小计", false), ["sum D2 ← D3,D6", "sum D3 ← D4,D5", "sum D6 ← D7"]],
    ["numbered groups, an empty line before each", groups("(一)公用经费小计", "(二)校舍维修小计", true), ["sum D2 ← D4,D8", "sum D4 ← D5,D6", "sum D8 ← D9"]],
    ["unnumbered groups right under the total", groups("公用经费小计", "校舍维修小计", false), ["sum D2 ← D3,D6", "sum D3 ← D4,D5", "sum D6 ← D7"]],
    // counter-shape: an empty line before an unnumbered 小计 line still ends the list (another list's total may follow)
    ["unnumbered groups, an empty line before each: not read", groups("公用经费小计", "校舍维修小计", true), []],
  ] as [string, Row[], string[]][])("%s", (_, rows, sums) => {
    expect(leading(rows)).toEqual(sums.sort());
  });
  // counter-shape: after an empty line, a total numbered at the total's own level (二、支出合计 after 一、收入合计) is the
  // next list's: the first list ends above it, read as without the empty line
  test("一、收入合计 over its groups, an empty line, then 二、支出合计 over its own: two lists", () => {
    const first = groups("(一)公用经费小计", "(二)校舍维修小计", false).map((r, i) => (i === 1 ? ["一、收入合计", ...r.slice(1)] : r));
    const second: Row[] = [["二、支出合计", null, 300, 200, 100], ["(一)人员经费小计", null, 300, 200, 100], [4, "丁校", 300, 200, 100]];
    expect(leading([...first, E, ...second]).filter((x) => !x.startsWith("sum D1"))).toEqual(["sum D2 ← D3,D6", "sum D3 ← D4,D5", "sum D6 ← D7"]);
  });
});
