import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { amountAt } from "../../src/core/recognise/cells";

/**
 * Allocation lists (分省预算表, 分配表, 安排表) as the graduated corpus39b / corpus40 sheets print them
 * (batch42-graduation-diagnosis.md): a leading 合计 line over places, a column some places leave blank, a whole column
 * no header word names, an amount written with a note on the part it holds.
 */
type Row = (string | number | null)[];
const run = (rows: Row[], merges: string[] = []) => review(Grid.fromValues("Sheet1", rows, merges));
const sums = (rows: Row[], merges: string[] = []) =>
  run(rows, merges)
    .findings.filter((f) => f.rule === "total-mismatch")
    .map((f) => [f.cell, f.severity]);

// 运转 + 陈列 + 国家级 = 预算数 on every line; the last place listed has no 国家级 part (its cell blank)
const HEAD: Row[] = [["2024年某补助资金分省预算表"], ["单位:万元"], ["序号", "地区", "运转经费补助", "陈列布展补助", "国家级重点博物馆补助", "预算数"]];
const LINES: Row[] = [
  [1, "甲省", 2963, 200, 2010, 5173],
  [2, "乙省", 10971, 400, 991, 12362],
  [3, "丙省", 5095, 600, 1566, 7261],
  [4, "丁市", 360, 400, null, 760],
];
// the visible lines: 运转 19389, 陈列 1600, 国家级 4567, 预算数 25556
const MERGES = ["A1:F1", "A2:F2", "A4:B4"];

describe("a 合计 line over a list the sheet stops inside, one column blank on its last lines", () => {
  test.each([
    // the 合计 line states more than every column's lines: the list goes on past the cut, in every column alike —
    // 国家级's own last part (row 8) is above the list's last line (row 9), and still its lines are the list's
    ["every column short, the sheet ends on the list", [["合计", null, 30000, 3000, 6000, 39000]], [], [["C4", "info"], ["D4", "info"], ["E4", "info"], ["F4", "info"]]],
    // counter-shape: a note under the list closes it — the shortfalls are the sheet's
    ["every column short, a note under the list", [["合计", null, 30000, 3000, 6000, 39000]], [["注：本表据财政部文件整理。"]], [["C4", "error"], ["D4", "error"], ["E4", "error"], ["F4", "error"]]],
    // counter-shape: the other columns add up over the same lines and more — the list is whole, 国家级's 4000 a slip
    ["国家级 short alone, the others add up", [["合计", null, 19389, 1600, 4000, 25556]], [], [["E4", "error"]]],
  ])("%s", (_name, total, after, expected) => {
    expect(sums([...HEAD, ...(total as Row[]), ...LINES, ...(after as Row[])], MERGES)).toEqual(expected);
  });
});

describe("a grand row whose whole no header word names: the column its neighbours add up to", () => {
  const science: Row[] = [
    ["2017年某补助资金分配表"],
    ["单位:万元"],
    ["序号", "地区", "2017年分配数", "2017年甲类补助", "2017年乙类补助"],
    ["合计", null, 2868, 2016, 852],
    [1, "甲省", 727, 573, 154],
    [2, "乙省", 1091, 834, 257],
    [3, "丙省", 1050, 609, 441],
  ];
  const museum: Row[] = [
    ...HEAD.slice(0, 2),
    ["序号", "地区", "运转经费补助", "陈列布展补助", "国家级重点博物馆补助", "预算数", "提前下达数", "此次下达数"],
    ["合计", null, 19389, 1600, 4567, 25556, 23000, 2556],
    [1, "甲省", 2963, 200, 2010, 5173, 4691, 482],
    [2, "乙省", 10971, 400, 991, 12362, 10971, 1391],
    [3, "丙省", 5095, 600, 1566, 7261, 7000, 261],
    [4, "丁市", 360, 400, null, 760, 338, 422],
  ];
  const total = (rows: Row[]) => run(rows, ["A4:B4"]).model.totals?.score?.cell ?? null;
  test.each([
    // (分配数, 甲类 / 乙类: no word of LEADING_TOTAL or of an allocation's batches) 2868 = 2016 + 852 on the 合计 line, and 727 = 573 + 154, 1091 = 834 + 257, 1050 = 609 + 441 on its lines
    ["分配数 = 甲类补助 + 乙类补助 (the whole first)", science, "C4"],
    // 25556 = 19389 + 1600 + 4567 = 23000 + 2556, and line by line (丁市 760 = 360 + 400, its 国家级 blank)
    ["预算数 = its parts on the left = 提前下达数 + 此次下达数 on the right", museum, "F4"],
    // counter-shape: three amounts side by side, none the others' sum (2868 ≠ 2016 + 900) — no whole is taken
    ["no column the others add up to", science.map((r, i) => (i === 3 ? ["合计", null, 2868, 2016, 900] : r)), null],
    // counter-shape: the grand row adds up but its lines do not (1 of 3: 727 = 573 + 154 only) — no whole is taken
    ["the grand row alone adds up", science.map((r, i) => (i === 5 ? [2, "乙省", 1091, 800, 257] : i === 6 ? [3, "丙省", 1050, 600, 441] : i === 3 ? ["合计", null, 2868, 1973, 895] : r)), null],
  ])("%s", (_name, rows, cell) => {
    expect(total(rows as Row[])).toBe(cell);
  });
});

describe("a leading total column whose head opens with its year (2017年补助金额 | 2016年提前下达 | 2017年实际下达)", () => {
  // 乙省's 补助金额 written 1101 for 834 + 257 = 1091 (the 合计 3778 restating the slip, 727 + 1101 + 1050 + 500 + 400)
  const rows = (head: string): Row[] => [
    ["2017年某补助资金分配表"],
    ["单位:万元"],
    ["序号", "地区", head, "2016年提前下达", "2017年实际下达"],
    ["合计", null, 3778, 2416, 1352],
    [1, "甲省", 727, 573, 154],
    [2, "乙省", 1101, 834, 257],
    [3, "丙省", 1050, 609, 441],
    [4, "丁省", 500, 300, 200],
    [5, "戊省", 400, 100, 300],
  ];
  const lineSlip = (head: string) =>
    run(rows(head), ["A4:B4"]).findings.some((f) => f.rule === "total-mismatch" && f.severity === "error" && f.cell === "C6");
  test.each([
    // the head names the whole after its year: the line's 1101 against 834 + 257 = 1091 is found at C6
    ["2017年补助金额", true],
    ["补助金额", true],
    // counter-shape: a year before a head that names no total (补助对象数) opens no parts
    ["2017年补助对象数", false],
  ])("%s", (head, found) => {
    expect(lineSlip(head as string)).toBe(found);
  });
});

describe("the column right before an allocation's batches (预算数 | 提前下达数 | 此次下达数) is their whole", () => {
  // lines 5173 = 4691 + 482, 12362 = 10971 + 1391, 7261 = 5095 + 2166, 760 = 360 + 400 (合计 25556 = 21117 + 4439);
  // the slip: 丙省's 此次下达数 written 2266
  const rows = (heads: string[], slip: number): Row[] => [
    ["2024年某补助资金分省预算表"],
    ["单位:万元"],
    ["序号", "地区", ...heads],
    ["合计", null, 25556, 21117, 4439],
    [1, "甲省", 5173, 4691, 482],
    [2, "乙省", 12362, 10971, 1391],
    [3, "丙省", 7261, 5095, 2166 + slip],
    [4, "丁市", 760, 360, 400],
  ];
  const lineSlip = (heads: string[], slip: number) =>
    run(rows(heads, slip), ["A4:B4"]).findings.filter((f) => f.rule === "total-mismatch" && f.severity === "error" && /^C\d+$/.test(f.cell) && f.cell !== "C4").map((f) => f.cell);
  test.each([
    ["预算数 | 提前下达数 | 此次下达数, 丙省 7261 against 5095 + 2266", ["预算数", "提前下达数", "此次下达数"], 100, ["C7"]],
    ["the same, every line adding up", ["预算数", "提前下达数", "此次下达数"], 0, []],
    // counter-shapes: two advances side by side name no batches of one whole; a later batch first, the advance second
    ["预算数 | 提前下达数 | 已下达数", ["预算数", "提前下达数", "已下达数"], 100, []],
    ["预算数 | 此次下达数 | 提前下达数", ["预算数", "此次下达数", "提前下达数"], 100, []],
  ])("%s", (_name, heads, slip, expected) => {
    expect(lineSlip(heads as string[], slip as number)).toEqual(expected);
  });
});

describe("an amount written with a note on the part it holds", () => {
  const at = (text: string) => amountAt(Grid.fromValues("Sheet1", [[text]]), 1, 1)?.value ?? null;
  test.each([
    ["10(其中,灾情因素6万元)", 10],
    ["25（其中：灾情因素6万元）", 25],
    ["30万元(含配套5万元)", 30],
    ["20", 20],
    // counter-shapes: a bracket that is no note on the amount's part, two amounts, a range
    ["10(6)", null],
    ["10(另拨6万元)", null],
    ["10+6", null],
  ])("%s reads %p", (text, value) => {
    expect(at(text)).toBe(value);
  });

  test("a 小计 over lines two of which carry such a note adds up: 40 + 10 + 25 + 16 = 91, no finding; the 合计 is the list's", () => {
    const rows: Row[] = [
      ["某区2020年第一批中央财政扶贫专项资金安排表"],
      [null, null, null, null, "单位:万元"],
      ["序号", "村名", "项目名称", "建设内容", "资金金额"],
      [1, "甲村", "食用菌基地", "新建", 40],
      [2, "乙村", "葡萄基地", "续建", "10(其中,灾情因素6万元)"],
      [3, "丙村", "水果基地", "续建", "25(其中,灾情因素6万元)"],
      [4, "丁村", "灌溉设施", "维修", 16],
      ["小计", null, null, null, 91],
      [5, "小额信贷贴息", null, null, 12],
      ["合计", null, null, null, 103],
    ];
    const r = run(rows, ["A1:E1", "A8:D8", "B9:D9", "A10:D10"]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.model.totals?.score?.cell).toBe("E10");
  });
});
