import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * Distribution and allocation tables (发放情况表, 分配表) on their own: row totals that come first (实发人数合计 | 实发资金合计),
 * a part merged across the columns named on the header's second line, a balance column that is no part, units that
 * part two tables; and a factor's weight after its name ("基本农田面积(30%)"), which is no rate.
 */
const DISTRIBUTION = (h4: number) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["县(市、区)", "实发人数合计(人)", "孤儿数(人)", null, "事实无人抚养儿童数(人)", "实发资金合计(万元)", "中央和省级补助资金(万元)", "县级配套资金(万元)", "结余资金(万元)"],
      [null, null, "机构养育", "散居", null, null, null, null, null],
      ["甲县", 55, 13, null, 42, 11, 6.71, 4.29, null],
      ["乙县", 212, null, 57, 155, h4, 27.01, 1.7, null],
      ["丙县", 101, null, 25, 76, 13.635, 12.827, 0.808, 43.09],
      ["丁县", 278, null, 67, 211, 36.51, 36.51, 0, null],
    ],
    ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:I2"],
  );
const relationAt = (g: Grid, cell: string) => review(g, "national").model.relations.find((r) => r.kind === "sum" && statedCell(r) === cell);

describe("row totals that come first", () => {
  test("实发人数合计 = 机构养育 + 散居 + 事实无人抚养 (the parts of 孤儿数 on the header's second line)", () => {
    const r = relationAt(DISTRIBUTION(28.71), "B4");
    expect(evaluateRelation(r!).from.map((t) => t.cell)).toEqual(["D4", "E4"]);
    expect(evaluateRelation(r!).ok).toBe(true);
    expect(evaluateRelation(relationAt(DISTRIBUTION(28.71), "B3")!).from.map((t) => t.cell)).toEqual(["C3", "E3"]);
  });
  test("实发资金合计 = 中央和省级 + 县级, the 结余资金 column left out; a wrong total is a total-mismatch at its cell", () => {
    expect(evaluateRelation(relationAt(DISTRIBUTION(28.71), "F5")!).from.map((t) => t.cell)).toEqual(["G5", "H5"]);
    const f = review(DISTRIBUTION(31.71), "national").findings.filter((x) => x.rule === "total-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["F4"]);
  });
});

describe("a factor's weight after its name is not a rate", () => {
  const plan = (total: number) =>
    Grid.fromValues("Sheet1", [
      ["2012年基本农田整治指导性计划分配表"],
      ["市别", "基本农田面积(30%)", "耕地质量(40%)", "连片未整治(30%)"],
      ["广州", 10.5, 12.1, 9],
      ["韶关", 20.25, 18.4, 22],
      ["河源", 15, 16.5, 14],
      ["合计", total, 47, 45],
    ]);
  test("合计 45.75 = 10.5 + 20.25 + 15 holds; 46.75 is a total-mismatch at B6", () => {
    expect(review(plan(45.75), "national").findings.filter((x) => x.rule === "total-mismatch")).toEqual([]);
    expect(review(plan(46.75), "national").findings.filter((x) => x.rule === "total-mismatch").map((x) => x.cell)).toEqual(["B6"]);
  });
});

describe("a list closed by 小计 lines and a 合计 over them", () => {
  // 序号 | 单位 | 全年预算数 | 全年执行数, two groups each closed by its 小计, the header repeated at a page turn inside
  // the second group, and a 合计 that adds the 小计 lines (as stated)
  const list = (sub1: number) =>
    Grid.fromValues("Sheet1", [
      ["某专项资金执行情况表"],
      ["序号", "单位", "全年预算数", "全年执行数"],
      [1, "甲中心", 100, 90],
      [2, "乙中心", 50.5, 40],
      [null, "省直单位小计", sub1, 130],
      [3, "丙市", 200, 180],
      ["序号", "单位", "全年预算数", "全年执行数"],
      [4, "丁市", 80, 70],
      [null, "地市小计", 280, 250],
      [null, "合计", sub1 + 280, 380],
    ]);
  const sums = (g: Grid) => review(g, "national").model.relations.filter((r) => r.kind === "sum" && r.block === "amount-table");
  test("each 小计 adds the rows between it and the 小计 or header above (the repeated header skipped); 合计 adds the 小计", () => {
    const rel = sums(list(150.5)).map((r) => (r.kind === "sum" ? `${r.total.cell}=${r.parts.map((p) => p.cell).join("+")}` : ""));
    expect(rel).toEqual(expect.arrayContaining(["C10=C5+C9", "C5=C3+C4", "C9=C6+C8", "D9=D6+D8"]));
    expect(review(list(150.5), "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
  test("省直 小计 170.5 against 100 + 50.5 = 150.5: one total-mismatch at C5", () => {
    const f = review(list(170.5), "national").findings.filter((x) => x.rule === "total-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["C5"]);
    expect(f[0].message).toContain("150.5");
  });
});

describe("a list whose totals come before their parts", () => {
  // 地区 | 已预下达 | 本次下达 | 合计下达: the province's 合计 first, then each city's 合计 over its counties
  const list = (b5: number, tail: (string | number | null)[][] = []) =>
    Grid.fromValues("Sheet1", [
      ["某补助资金分配表"],
      ["单位:万元"],
      ["地区", "已预下达", "本次下达", "合计下达"],
      ["全省合计", 1760, 470, 2230],
      ["甲市合计", 650, 175, 825],
      ["甲县", 650, 175, 825],
      ["乙市合计", 1110, 295, 1405],
      ["乙县", b5, 260, b5 + 260],
      ["丙县", 146, 35, 181],
      ...tail,
    ]);
  const sums = (g: Grid) =>
    review(g, "national")
      .model.relations.filter((r) => r.kind === "sum" && r.block === "amount-table" && r.orientation === "rows")
      .map((r) => (r.kind === "sum" ? `${r.total.cell}=${r.parts.map((p) => p.cell).join("+")}` : ""));
  test("each city's 合计 adds its counties, the province's adds the cities'; 合计下达 adds the columns left of it", () => {
    expect(sums(list(964))).toEqual(expect.arrayContaining(["B5=B6", "B7=B8+B9", "B4=B5+B7", "C7=C8+C9"]));
    const cols = review(list(964), "national").model.relations.filter((r) => r.kind === "sum" && r.orientation === "columns");
    expect(cols.map((r) => (r.kind === "sum" ? r.total.cell : ""))).toEqual(["D4", "D5", "D6", "D7", "D8", "D9"]);
    expect(review(list(964), "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
  test("乙县 已预下达 1060 (its own 合计下达 kept at 1320): 乙市合计 1110 against 1060 + 146 = 1206, at B7", () => {
    const f = review(list(1060), "national").findings.filter((x) => x.rule === "total-mismatch").map((x) => x.cell);
    expect(f).toEqual(["B7"]);
  });
  test("the sheet stops in the last group (a county named, nothing beside it): that group and the province are bounds", () => {
    const rows = [["地区", "已预下达", "本次下达"], ["全省合计", 2260, 570], ["甲市合计", 650, 175], ["甲县", 650, 175], ["乙市合计", 1110, 295], ["乙县", 964, 260], ["丙县", 146, 35]];
    const cut = Grid.fromValues("Sheet1", [...rows, ["丁市合计", 500, 100], ["丁县", 100, 20], ["戊县"]]);
    const bounds = review(cut, "national")
      .model.relations.filter((r) => r.kind === "sum" && r.bound === "atMost" && r.orientation === "rows")
      .map((r) => (r.kind === "sum" ? r.total.cell : ""));
    expect(bounds).toEqual(expect.arrayContaining(["B8", "B2"]));
    expect(review(cut, "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
  test("one slip, one finding: 乙市合计 1210 over 964 + 146 = 1110 also breaks 全省合计 1760 = 650 + 1210; reported at B5 only", () => {
    const g = Grid.fromValues("Sheet1", [
      ["地区", "已预下达", "本次下达"],
      ["全省合计", 1760, 470],
      ["甲市合计", 650, 175],
      ["甲县", 650, 175],
      ["乙市合计", 1210, 295],
      ["乙县", 964, 260],
      ["丙县", 146, 35],
      ["注：单位为万元"],
    ]);
    expect(review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["B5"]);
  });
});

describe("a fund block of 年初预算资金总额 and 实际投入资金额", () => {
  const g = (spent: number) =>
    Grid.fromValues("Sheet1", [
      ["资金情况(万元)", null, "年初预算资金总额:", "实际投入资金额", "产生差异的原因"],
      [null, "合计", 236, 236],
      [null, "其中:财政拨款", 236, spent],
      [null, "其他资金"],
    ]);
  test("实际投入 合计 236 against 财政拨款 260: a total-mismatch at D2", () => {
    expect(review(g(236), "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    expect(review(g(260), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["D2"]);
  });
});

describe("a 合计 line over the list it totals", () => {
  // 支出明细预算(万元): 项目 | 上年度安排资金 | 本年度申请资金, 合计 first, then the numbered items
  const list = (d5: number, items: [string, number, number][] = [["1、办公费", d5, 40], ["2、印刷费", 9, 55], ["3、咨询费", 88, 160], ["4、其他", 23, 45]]) =>
    Grid.fromValues("Sheet1", [["支出明细预算(万元)", "项目", "上年度安排资金", "本年度申请资金"], [null, "合计", 130, 300], ...items.map(([a, b, c]) => [null, a, b, c])]);
  const totals = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch");
  test("130 = 10 + 9 + 88 + 23 and 300 = 40 + 55 + 160 + 45: no finding; 办公费 11 makes 131, a total-mismatch at C2", () => {
    expect(totals(list(10))).toEqual([]);
    expect(totals(list(11)).map((f) => f.cell)).toEqual(["C2"]);
  });
  test("lines of two outline levels (一、 over its 1. 2.): the 合计 adds the headings (50 + 80 = 130, 100 + 200 = 300), each heading its lines; 一、办公费 50 against 1.纸张 20 + 2.耗材 31 = 51 is a total-mismatch at C3", () => {
    const nested = list(0, [["一、办公费", 50, 100], ["1.纸张", 20, 40], ["2.耗材", 31, 60], ["二、其他", 80, 200]]);
    expect(totals(nested).map((f) => f.cell)).toEqual(["C3"]);
  });
  test("lines of two outline levels whose numbers do not say so (neither the headings nor their lines add up): no relation is guessed", () => {
    const nested = list(0, [["一、办公费", 50, 100], ["1.纸张", 20, 40], ["2.耗材", 31, 61], ["二、其他", 81, 201]]);
    expect(totals(nested)).toEqual([]);
  });
});

describe("a 小计 opening each group merged over it, on a one-line table", () => {
  // 单位 | 全年中央补助资金 | 其中:免学费补助 (小计 | 提前下达 | 本次下达) | 其中:国家助学金 (小计 | 提前下达 | 本次下达)
  const g = (d3: number) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["单位", "全年中央补助资金", "其中:免学费补助", null, null, "其中:国家助学金", null, null],
        [null, null, "小计", "提前下达", "本次下达", "小计", "提前下达", "本次下达"],
        ["某职业技术学校", 7548150, 7074550, d3, 345625, 473600, 414400, 59200],
      ],
      ["A1:A2", "B1:B2", "C1:E1", "F1:H1"],
    );
  const totals = (x: Grid) => review(x, "national").findings.filter((f) => f.rule === "total-mismatch");
  test("7074550 = 6728925 + 345625 and 473600 = 414400 + 59200: no finding; 提前下达 7401818 breaks the first 小计, at C3", () => {
    expect(totals(g(6728925))).toEqual([]);
    expect(totals(g(7401818)).map((f) => f.cell)).toEqual(["C3"]);
  });
});

describe("a 合计 over 小计 groups that head their rows", () => {
  // 地区(单位) | 分配金额 | 已提前下达 | 本次下达: 合计, then 市级小计 over the hospitals, 区(县、市)小计 over the districts
  const g = (c4: number) =>
    Grid.fromValues("Sheet1", [
      ["地区(单位)", "分配金额", "已提前下达", "本次下达"],
      ["合 计", 1556, 370, 1186],
      ["市级小计", 910, c4, 766],
      ["宁波市中医院", 707, 141, 566],
      ["宁波市第二医院", 203, 3, 200],
      ["区(县、市)小计", 646, 226, 420],
      ["海曙区", 2, null, 2],
      ["镇海区", 55, 5, 50],
    ]);
  const totals = (x: Grid) => review(x, "national").findings.filter((f) => f.rule === "total-mismatch");
  test("'市级小计' is no fund part of 合计 (no 1556 against 910); the list runs to the sheet's end, so its last group is a bound: no finding", () => {
    expect(totals(g(144))).toEqual([]);
  });
  test("市级小计 已提前下达 158 against 141 + 3: reported at C3 alone, not again at its row's 分配金额 (B3) or the 合计 (C2)", () => {
    expect(totals(g(158)).map((f) => f.cell)).toEqual(["C3"]);
  });
});

describe("lists whose lines hide a level of their own", () => {
  const totals = (x: Grid) => review(x, "national").findings.filter((f) => f.rule === "total-mismatch");
  test("合计 over 基本支出 60 | 人员经费 40 | 公用经费 20 | 项目支出 40: no plain list (60 = 40 + 20), no finding", () => {
    const g = Grid.fromValues("Sheet1", [["项目", "决算数"], ["合计", 100], ["基本支出", 60], ["人员经费", 40], ["公用经费", 20], ["项目支出", 40], ["注：单位为万元"]]);
    expect(totals(g)).toEqual([]);
  });
  test("a single-column list of counties under its 合计: 4000 against 819 + 1181 + 2005 = 4005, at B2", () => {
    const g = Grid.fromValues("Sheet1", [["县区", "分配资金"], ["合计", 4000], ["甲区", 819], ["乙县", 1181], ["丙县", 2005], ["注：单位为万元"]]);
    expect(totals(g).map((f) => f.cell)).toEqual(["B2"]);
  });
  test("小计 lines over unmarked levels (no 小计 adds up in any column): no 小计 relation is guessed", () => {
    const g = Grid.fromValues("Sheet1", [
      ["单位", "预算数"],
      ["基本支出", 60],
      ["人员经费", 40],
      ["公用经费", 20],
      ["甲小计", 60],
      ["项目支出", 40],
      ["专项一", 30],
      ["专项二", 10],
      ["乙小计", 40],
      ["合计", 100],
    ]);
    expect(totals(g)).toEqual([]);
  });
});

/**
 * A list of towns with one amount column named by what is paid and its unit (补助经费(万元)) and closed by
 * 全县合计; and the same list in an excerpt cut above its header (its numbers run up to the sheet's first row),
 * whose visible lines can only be bounded by the total — where they are numbered from further down the list (…, 8, 9;
 * lines numbered from 1 are the whole list: cut-list-numbered-from-one.test.ts).
 */
describe("an allocation list headed by what it pays, closed by 全县合计", () => {
  const list = (total: number, first = 5) =>
    Grid.fromValues("Sheet1", [
      ["2025年某县动物强制免疫补助资金分配表"],
      ["乡镇", "补助经费(万元)", "备注"],
      ["甲镇", first],
      ["乙镇", 1.5],
      ["丙乡", 2],
      ["丁乡", 0.5],
      ["全县合计", total],
    ]);
  test("全县合计 9 = 5 + 1.5 + 2 + 0.5 under 补助经费(万元)", () => {
    const r = relationAt(list(9), "B7");
    expect(evaluateRelation(r!).from.map((t) => t.cell)).toEqual(["B3", "B4", "B5", "B6"]);
    expect(evaluateRelation(r!).ok).toBe(true);
  });
  test("a town's amount changed (6 for 5) is a total-mismatch at 全县合计", () => {
    expect(review(list(9, 6), "national").findings.filter((x) => x.rule === "total-mismatch").map((x) => x.cell)).toEqual(["B7"]);
  });
  const cutAbove = (total: number, first: number) =>
    Grid.fromValues("Sheet1", [
      [null, "田边村耕地提质改造项目", first, 946.34],
      [8, "小坪村耕地提质改造项目", 904.63, 833.7],
      [9, "芦冲村耕地提质改造项目", 111.53, 102.91],
      ["合计", null, total, 1882.95],
    ]);
  test("cut above its header: the visible lines are bounded by the 合计 (2040.58 ≥ 1024.42 + 904.63 + 111.53)", () => {
    expect(review(cutAbove(2040.58, 1024.42), "national").findings.filter((x) => x.rule === "total-mismatch")).toEqual([]);
    // lines above the cut may add more: a total above the visible lines is no finding
    expect(review(cutAbove(2500, 1024.42), "national").findings.filter((x) => x.rule === "total-mismatch")).toEqual([]);
  });
  test("cut above its header: visible lines adding up to more than the 合计 are a total-mismatch", () => {
    expect(review(cutAbove(2040.58, 1126.42), "national").findings.filter((x) => x.rule === "total-mismatch").map((x) => x.cell)).toEqual(["C4"]);
  });
});
