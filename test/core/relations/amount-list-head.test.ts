import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * A sheet of no known family made of an amount list (an allocation table, 分配表): the list's header row is the
 * model's header row and its 合计 the model's stated total (an amount, flagged as such); amounts written as text
 * ("4000") are read as the numbers they are.
 */
const relationAt = (g: Grid, cell: string) => review(g, "national").model.relations.find((r) => r.kind === "sum" && statedCell(r) === cell);

describe("a leading 合计 over its lines, the amounts written as text", () => {
  // 县区名称 | 资金分配额(万元) | 备注, 合计 first: 100 + 250 + 650 = 1000; a note line closes the list
  const list = (total: string, first = "100") =>
    Grid.fromValues("Sheet1", [
      ["某市资金分配表", null, null],
      ["县区名称", "资金分配额(万元)", "备注"],
      ["合计", total, null],
      ["甲县", first, null],
      ["乙县", "250", null],
      ["丙县", "650", null],
      [null, null, null],
      ["注:按因素法分配。", null, null],
    ], ["A1:C1"]);

  test("合计 B3 = B4 + B5 + B6 (1000 = 100 + 250 + 650)", () => {
    const r = relationAt(list("1000"), "B3");
    expect(r && r.kind === "sum" ? r.parts.map((p) => p.cell) : null).toEqual(["B4", "B5", "B6"]);
    expect(evaluateRelation(r!).ok).toBe(true);
  });

  test("a wrong 合计 (1100 for 1000) is a total-mismatch at B3", () => {
    expect(review(list("1100"), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["B3"]);
  });

  test("the list's header (row 2) and its 合计 (B3 = 1000) are the model's header row and total", () => {
    const m = review(list("1000"), "national").model;
    expect(m.family).toBe("unknown");
    expect(m.headerRow).toBe(2);
    expect(m.totals?.score?.cell).toBe("B3");
    expect(m.totals?.score?.value).toBe(1000);
    expect(m.totals?.amount).toBe(true);
  });
});

describe("a closing 合计 with a column of row totals", () => {
  // 县(市) | 资金合计 | 中央资金 | 省级资金: each row 资金合计 = 中央 + 省级; 合计 = 60 + 40 + 50 = 150 (中央 70, 省级 80)
  const table = Grid.fromValues("Sheet1", [
    [null, null, null, "单位:万元"],
    ["县(市)", "资金合计", "中央资金", "省级资金"],
    ["甲县", 60, 30, 30],
    ["乙县", 40, 10, 30],
    ["丙县", 50, 30, 20],
    ["合计", 150, 70, 80],
  ]);
  test("the stated total is the 合计 row's cell in the 资金合计 column (B6 = 150), the header row 2", () => {
    const m = review(table, "national").model;
    expect(m.headerRow).toBe(2);
    expect(m.totals?.score?.cell).toBe("B6");
    expect(m.totals?.score?.value).toBe(150);
  });
});

describe("a 合计 row over columns of several kinds, no one column of row totals", () => {
  // 市别 | 面积(万亩) | 户数(户) | 人数(人): 合计 = 10 + 20 (面积), 5 + 6 (户), 7 + 8 (人): three totals, none the table's
  const table = Grid.fromValues("Sheet1", [
    ["市别", "面积(万亩)", "户数(户)", "人数(人)"],
    ["甲市", 10, 5, 7],
    ["乙市", 20, 6, 8],
    ["合计", 30, 11, 15],
  ]);
  test("each column's 合计 is a column sum (B4 = 30, C4 = 11, D4 = 15); the header is row 1 and no total is named", () => {
    const r = review(table, "national");
    for (const [cell, v] of [["B4", 30], ["C4", 11], ["D4", 15]] as const) {
      const rel = relationAt(table, cell);
      expect(rel && rel.kind === "sum" ? rel.total.value : null).toBe(v);
      expect(evaluateRelation(rel!).ok).toBe(true);
    }
    expect(r.model.headerRow).toBe(1);
    expect(r.model.totals).toBeNull();
  });
});

describe("a two-line header merged down", () => {
  // 单位 | 分配金额 | 其中 over 中央 | 省级 (A1:A2, B1:B2 merged down): the upper line names more columns
  const table = Grid.fromValues("Sheet1", [
    ["单位", "分配金额", "其中", null],
    [null, null, "中央", "省级"],
    ["甲县", 30, 10, 20],
    ["乙县", 50, 20, 30],
    ["合计", 80, 30, 50],
  ], ["A1:A2", "B1:B2", "C1:D1"]);
  test("the header row is the line naming more columns (row 1: 单位, 分配金额, 其中 against 中央, 省级)", () => {
    expect(review(table, "national").model.headerRow).toBe(1);
  });
});

describe("an amount list's negative 合计 (a clawback) is no negative score", () => {
  const list = Grid.fromValues("Sheet1", [
    ["单位名称", "调整金额(万元)"],
    ["甲校", -10],
    ["乙校", -5],
    ["合计", -15],
  ]);
  test("合计 -15 = -10 + -5 is the model's total, with no negative-score finding", () => {
    const r = review(list, "national");
    expect(r.model.totals?.score?.value).toBe(-15);
    expect(r.findings.filter((f) => f.rule === "negative-score")).toEqual([]);
  });
});

describe("a table of row totals with no 合计 row", () => {
  // 单位 | 合计 | 艾滋病防治 | 结核病防治 under '单位:万元': 30 = 10 + 20, 15 = 15, 40 = 25 + 15; no 合计 row
  const table = Grid.fromValues("Sheet1", [
    [null, null, null, "单位:万元"],
    ["单位", "合计", "艾滋病防治", "结核病防治"],
    ["市疾控中心", 30, 10, 20],
    ["市妇保院", 15, 15, null],
    ["市中心医院", 40, 25, 15],
  ]);
  test("each row's 合计 is checked (B3 = C3 + D3), the header is row 2, no total is named", () => {
    const r = review(table, "national");
    expect(evaluateRelation(relationAt(table, "B3")!).ok).toBe(true);
    expect(r.model.headerRow).toBe(2);
    expect(r.model.totals).toBeNull();
  });
});

describe("the eval's grid-mutant planner reads a leading 合计 over 小计 groups", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { findRelations, View } = require("../../../scripts/eval-mutants-grid.js");
  const grid = [["地区", "分配金额"], ["合 计", "100"], ["市级小计", "60"], ["甲医院", "40"], ["乙医院", "20"], ["区县小计", "40"], ["甲区", "15"], ["乙区", "25"]];
  test("合计 B2 = 市级小计 B3 + 区县小计 B6 (100 = 60 + 40), a bound where the list runs to the sheet's last row", () => {
    const open = findRelations(new View({ grid, merges: [] })).filter((r: any) => r.kind === "leading 合计");
    expect(open.map((r: any) => [r.total.r, r.parts.map((p: any) => p.value), !!r.atMost])).toEqual([[2, [60, 40], true]]);
    const closed = findRelations(new View({ grid: [...grid, ["注:无", ""]], merges: [] })).filter((r: any) => r.kind === "leading 合计");
    expect(closed.map((r: any) => [r.total.r, !!r.atMost])).toEqual([[2, false]]);
  });
  test("the engine checks it: 市级小计 60 over 40 + 20, 区县小计 40 over 15 + 25, 合计 100 over the two; a 合计 of 110 is a total-mismatch at B2", () => {
    const g = (total: string) => Grid.fromValues("Sheet1", [...grid.map((row, k) => (k === 1 ? [row[0], total] : row)), ["注:无", null]]);
    expect(review(g("100"), "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    expect(review(g("110"), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["B2"]);
  });
});

describe("an amount list's 合计 is no score a grade grades", () => {
  const list = Grid.fromValues("Sheet1", [
    ["县区", "补助资金(万元)"],
    ["甲县", 30],
    ["乙县", 20],
    ["合计", 50],
    [null, null],
    ["自评等级", "优"],
  ]);
  test("合计 50 is the model's total, and 优 is not graded against it (no grade-mismatch)", () => {
    const r = review(list, "national");
    expect(r.model.totals?.score?.value).toBe(50);
    expect(r.findings.filter((f) => f.rule === "grade-mismatch")).toEqual([]);
  });
});

describe("a first line named as the area its lines are places of (和田地区 over its 县市, no 合计 word)", () => {
  // 地县 | 资金合计 | 中央资金 | 自治区资金: 230 + 503 + 300 + 264 = 1297 in 资金合计 and 自治区资金; 中央 empty
  const list = (first: string, whole: number, lines = [["皮山县", 230], ["墨玉县", 503], ["和田县", 300], ["和田市", 264]] as [string, number][]) =>
    Grid.fromValues("Sheet1", [
      ["2018年财政扶贫资金分配情况表", null, null, null],
      ["地县", "资金合计", "中央资金", "自治区资金"],
      [first, whole, null, whole],
      ...lines.map(([n, v]) => [n, v, null, v]),
    ], ["A1:D1"]);
  test.each([
    ["和田地区 over four 县市, adding up", "和田地区", 1297, undefined, 2, "B3"],
    ["凉山州 over four of its 县市, adding up", "凉山州", 1297, [["西昌市", 230], ["德昌县", 503], ["会理县", 300], ["会东县", 264]] as [string, number][], 2, "B3"],
    // counter-shapes: the first line adds up in no column (a list cut before its last 县), a first line named as a county
    // (no area over the others), three lines only of which two are parts (two may add up by chance), an area over places
    // of another province (凉山州 over 和田's 县市: the division index knows where they lie)
    ["和田地区 not adding up (1400)", "和田地区", 1400, undefined, null, null],
    ["a county first (皮山县 over the others)", "洛浦县", 1297, undefined, null, null],
    ["凉山州 over 和田's four 县市, adding up", "凉山州", 1297, undefined, null, null],
    ["two parts only, adding up (533 = 230 + 303)", "和田地区", 533, [["皮山县", 230], ["墨玉县", 303]] as [string, number][], null, null],
  ] as [string, string, number, [string, number][] | undefined, number | null, string | null][])("%s", (_name, first, whole, lines, header, total) => {
    const m = review(list(first, whole, lines), "national").model;
    expect(m.headerRow).toBe(header);
    expect(m.totals?.score?.cell ?? null).toBe(total);
  });
  test("a slip in one 县's line (墨玉县 D5 503 → 513 in 自治区资金 only) is a total-mismatch at the area line's D3, the 资金合计 column still adding up", () => {
    const g = list("和田地区", 1297);
    const slipped = Grid.fromValues("Sheet1", [
      ["2018年财政扶贫资金分配情况表", null, null, null],
      ["地县", "资金合计", "中央资金", "自治区资金"],
      ["和田地区", 1297, null, 1297],
      ["皮山县", 230, null, 230],
      ["墨玉县", 503, null, 513],
      ["和田县", 300, null, 300],
      ["和田市", 264, null, 264],
    ], ["A1:D1"]);
    expect(review(g, "national").findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(review(slipped, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toContain("D3");
  });
});

describe("a 总投资 column opening its parts (完成投资 over 总投资 | 住房建设投资 | 基础设施投资)", () => {
  // each line 总投资 = 住房 + 基础: 55 = 50 + 5, 340 = 200 + 140, 1580 = 975 + 605, 130 = 70 + 60; 宁南 516 against 240 + 277 = 517
  const table = (head: string, ningnan: number) =>
    Grid.fromValues("Sheet1", [
      ["县名", "完成投资", null, null],
      [null, head, "住房建设投资", "基础设施投资"],
      ["西昌市", 55, 50, 5],
      ["德昌县", 340, 200, 140],
      ["会理县", 1580, 975, 605],
      ["会东县", 130, 70, 60],
      ["宁南县", ningnan, 240, 277],
    ], ["A1:A2", "B1:D1"]);
  test.each([
    ["总投资, 宁南 516 for 517", "总投资", 516, ["B7"]],
    ["投资总额, 宁南 516 for 517", "投资总额", 516, ["B7"]],
    ["总投资, every line adding up", "总投资", 517, []],
    // counter-shape: a first column named as no total (单价) is not read as the sum of the columns right of it
    ["单价 first: no sum", "单价", 516, []],
  ] as [string, string, number, string[]][])("%s", (_name, head, ningnan, cells) => {
    expect(review(table(head, ningnan), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(cells);
  });
});

describe("a whole's line over its places in columns of counts (全市 over 地区, a 目标任务 shared out: 培训(人) …)", () => {
  // 全市 | 2400 | 2000 | 1000 over 市本级 (blank), 甲区 400 + 500 + 200, 乙县 750 + 500 + 300, 丙县 1250 + 1000 + 500
  const sheet = (whole: Row, head: Row = ["地区", "劳务品牌培训(人)", "残疾人技术培训(人)", "妇女就业培训(人)"], lines: Row[] = LINES, responsible = true) =>
    review(
      Grid.fromValues("S", [["2021年某市民生实事责任分工表", null, null, null], head, ...(responsible ? [["责任单位", "市人社局", "市残联", "市妇联"]] : []), whole, ...lines], ["A1:D1"]),
      "national",
    );
  type Row = (string | number | null)[];
  const LINES: Row[] = [
    ["市本级", null, null, null],
    ["东坡区", 400, 500, 200],
    ["彭山区", 750, 500, 300],
    ["仁寿县", 1250, 1000, 500],
  ];
  const mismatches = (r: ReturnType<typeof sheet>) => r.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);
  test.each([
    ["every column adding up: header 2 over the 责任单位 line, no finding", ["全市", 2400, 2000, 1000], undefined, 2, [], undefined],
    ["a slip in one column of three (C4 2100 for 2000): total-mismatch at C4", ["全市", 2400, 2100, 1000], undefined, 2, ["C4"], undefined],
    // counter-shapes: two columns of three not adding up (no evidence the line is their whole); a rate column (完成比例) beside
    ["two slips of three: not read", ["全市", 2500, 2100, 1000], undefined, null, [], undefined],
    ["a 完成比例 column (100 on every line) is no sum", ["全市", 2400, 2000, 100], ["地区", "劳务品牌培训(人)", "残疾人技术培训(人)", "完成比例"], 2, [], LINES.map((l) => (l[1] === null ? l : [l[0], l[1], l[2], 100]))],
  ] as [string, Row, Row | undefined, number | null, string[], Row[] | undefined][])("%s", (_name, whole, head, header, cells, lines) => {
    const r = sheet(whole, head, lines);
    expect(r.model.headerRow).toBe(header);
    expect(mismatches(r)).toEqual(cells);
  });
  test("counter-shape: a line of 洪雅县 first over the others is no whole (a county holds no counties)", () => {
    expect(mismatches(sheet(["洪雅县", 2400, 2000, 1000]))).toEqual([]);
  });
});
