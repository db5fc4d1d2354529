import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { findRelations, View } = require("../../../scripts/eval-mutants-grid.js");

/**
 * Side-by-side fund blocks (the 岳阳 自评报告 form): four label | amount column pairs on one row (计划安排资金 | 到位 |
 * 支出 | 结余), each followed in its own two columns by 其中:中央财政 / 省财政 / 市财政 / 区财政 / 其它 | amount. Each pair
 * is its total over its own 其中 lines, down its amount column.
 */
const PARTS = ["其中:中央财政", "省财政", "市财政", "区财政", "其它"];
const rows = (planned: number | string, district: number | string) => [
  ["计划安排资金 (万元)", planned, "实际到位资金 (万元)", 1208.75, "实际支出 (万元)", 991.51, "结余(万元)", 217.24],
  [PARTS[0], null, PARTS[0], null, PARTS[0], null, PARTS[0], null],
  [PARTS[1], 1125, PARTS[1], 1125, PARTS[1], 907.76, PARTS[1], 217.24],
  [PARTS[2], 33.75, PARTS[2], 33.75, PARTS[2], 33.75, PARTS[2], null],
  [PARTS[3], district, PARTS[3], 50, PARTS[3], 50, PARTS[3], null],
  [PARTS[4], null, PARTS[4], null, PARTS[4], null, PARTS[4], null],
  ["二、项目支出明细情况", null, null, null, null, null, null, null],
];
const YUEYANG = (planned = 1208.75, district = 50) => Grid.fromValues("Sheet1", rows(planned, district), ["A7:H7"]);
const sumAt = (g: Grid, cell: string) => review(g, "national").model.relations.find((r) => r.kind === "sum" && statedCell(r) === cell);

describe("each column pair sums down its own 其中 lines", () => {
  test("计划安排 B1 1208.75 = 省 1125 + 市 33.75 + 区 50 (blank 中央 and 其它 left out), bound equal", () => {
    const r = sumAt(YUEYANG(), "B1")!;
    expect(r.bound).toBe("equal");
    const o = evaluateRelation(r);
    expect(o.from.map((t) => t.cell)).toEqual(["B3", "B4", "B5"]);
    expect(o.ok).toBe(true);
  });
  test("the 到位, 支出 and 结余 pairs too: D1 = D3+D4+D5, F1 991.51 = 907.76 + 33.75 + 50, H1 = H3", () => {
    expect(evaluateRelation(sumAt(YUEYANG(), "D1")!).from.map((t) => t.cell)).toEqual(["D3", "D4", "D5"]);
    expect(evaluateRelation(sumAt(YUEYANG(), "F1")!).ok).toBe(true);
    expect(evaluateRelation(sumAt(YUEYANG(), "H1")!).from.map((t) => t.cell)).toEqual(["H3"]);
  });
  test("a wrong total (1200) or a wrong 区财政 (60: 1218.75) is a total-mismatch at B1; the sheet as published gives none", () => {
    const mismatches = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);
    expect(mismatches(YUEYANG(1200))).toEqual(["B1"]);
    expect(mismatches(YUEYANG(1208.75, 60))).toEqual(["B1"]);
    expect(mismatches(YUEYANG())).toEqual([]);
  });
  test("a line label the vocabulary does not list (计划投资额, 实际使用情况) heads its 其中 lines too", () => {
    const g = Grid.fromValues("Sheet1", [
      ["计划投资额 (万元)", 18821.06, "实际使用情况 (万元)", 18821.06],
      ["其中:中央财政", 4676, "其中:中央财政", 4676],
      ["省财政", 14145.06, "省财政", 14145.06],
      ["市县财政", 0, "市县财政", 0],
      ["其他", 0, "其他", 0],
    ]);
    expect(evaluateRelation(sumAt(g, "B1")!).from.map((t) => t.cell)).toEqual(["B2", "B3", "B4", "B5"]);
    expect(evaluateRelation(sumAt(g, "D1")!).ok).toBe(true);
  });
  test("a part's own label over its 其中 line (财政资金 over 其中:省级财政, then 其他资金) states no sum of its own", () => {
    const g = Grid.fromValues("Sheet1", [
      ["资金申报计划", "资金总额", 35543.19],
      [null, "财政资金", 24543.19],
      [null, "其中:省级财政", 24543.19],
      [null, "其他资金", 11000],
    ]);
    expect(sumAt(g, "C2")).toBeUndefined();
    expect(review(g, "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
});

describe("the grid-mutant planner plans the column pairs", () => {
  test("B1 = B3 + B4 + B5 and F1 = F3 + F4 + F5 as kind '其中 pair'; H1 (one part) is no sum", () => {
    const rels = findRelations(new View({ grid: rows(1208.75, 50).map((r) => r.map((x) => (x === null ? "" : String(x)))), merges: ["A7:H7"] }));
    const pair = (c: number) => rels.find((r: any) => r.kind === "其中 pair" && r.total.r === 1 && r.total.c === c);
    expect(pair(2).parts.map((p: any) => p.value)).toEqual([1125, 33.75, 50]);
    expect(pair(6).parts.map((p: any) => p.value)).toEqual([907.76, 33.75, 50]);
    expect(pair(8)).toBeUndefined();
  });
});

/**
 * The 2011 national 项目绩效评价报告 form: two pairs (计划安排资金 | 实际到位资金) over their 其中 lines, then
 * "实际支出(万元)" with its amount merged across the other pair's columns. That line is the form's next amount, no
 * further part of either list: both totals are equal to their parts. Counter-shape: a line of no amount kind with an
 * amount under the 其中 lines ("人员经费 | 40") may still be more of the list, its total only bounded.
 */
describe("a fund pair's 其中 lines closed by the form's next amount line", () => {
  const form = (arrived: number, next: [string, number] = ["实际支出(万元)", 1020.02]) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["计划安排资金(万元)", 1088, "实际到位资金(万元)", arrived],
        ["其中:中央财政", null, "其中:中央财政", null],
        ["省财政", null, "省财政", null],
        ["市财政", 49.34, "市财政", 49.34],
        ["县财政", 1038.66, "县财政", 970.68],
        [next[0], next[1], null, null],
        ["二、项目支出明细情况", null, null, null],
      ],
      ["B6:D6", "A7:D7"],
    );
  const mismatches = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info").map((f) => f.cell);
  test("both pairs are equal to their parts; the sheet as published gives no finding", () => {
    expect(sumAt(form(1020.02), "B1")!.bound).toBe("equal");
    expect(sumAt(form(1020.02), "D1")!.bound).toBe("equal");
    expect(mismatches(form(1020.02))).toEqual([]);
  });
  test("实际到位资金 raised to 1122.02 over 49.34 + 970.68 is a total-mismatch at D1", () => {
    expect(mismatches(form(1122.02))).toEqual(["D1"]);
  });
  test("counter-shape: a line of no amount kind under the 其中 lines (人员经费 | 40) leaves the list open", () => {
    expect(sumAt(form(1020.02, ["人员经费", 40]), "B1")!.bound).toBe("atMost");
  });
});
