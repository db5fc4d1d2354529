import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 四川-style progress table (民生工程 实施进度表: 目标任务 | 进度 | 完成比例(%) per area or per item) and the slips a
 * reviewer looks for in it: a 完成比例 that is not 进度 / 目标任务, a 全市 / 合计 line that is not its 区县's sum, a 小计
 * not its group's — in every layout of the genre (the rate written 103.1, 1.031 or "103.1%"; a trio repeated under a
 * merged head per 小项; the head over two to four lines; the whole line on top or at the foot).
 */
type Row = (string | number | null)[];
const flagged = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => (f.rule === "total-mismatch" || f.rule === "ratio-mismatch") && f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

// 地区 in rows, one trio: 全市 1300 | 1500 | 115.4 = 100+800+400 | 150+900+450 | 1500/1300
const areas: Row[] = [
  ["全市", 1300, 1500, 115.4],
  ["市本级", 100, 150, 150],
  ["东坡区", 800, 900, 112.5],
  ["彭山区", 400, 450, 112.5],
];
function oneTrio(lines: Row[], rateHead = "完成比例(%)"): Grid {
  return Grid.fromValues("进度", [["城镇新增就业实施进度表"], ["地区", "目标任务", "进度", rateHead], ...lines], []);
}
const withCell = (lines: Row[], row: number, col: number, v: string | number | null) => lines.map((r, k) => (k === row ? r.map((x, c) => (c === col ? v : x)) : [...r]));

describe("地区 in rows, one trio (head on one line)", () => {
  test.each([
    ["as printed: nothing flagged", areas, []],
    ["全市 目标任务 1350 (the parts make 1300)", withCell(areas, 0, 1, 1350), ["total-mismatch@B3"]],
    ["东坡区 完成比例 121.5 (900/800 = 112.5)", withCell(areas, 2, 3, 121.5), ["ratio-mismatch@D5"]],
    ["全市 完成比例 125.4 (1500/1300 = 115.4)", withCell(areas, 0, 3, 125.4), ["ratio-mismatch@D3"]],
  ] as [string, Row[], string[]][])("%s", (_, lines, want) => {
    expect(flagged(oneTrio(lines))).toEqual(want);
  });
});

describe("the rate written three ways", () => {
  const asFraction = areas.map((r) => [r[0], r[1], r[2], +((r[2] as number) / (r[1] as number)).toFixed(3)]);
  const asText = areas.map((r) => [r[0], r[1], r[2], `${r[3]}%`]);
  test.each([
    ["1.154 (a fraction): nothing flagged", asFraction, []],
    ["\"115.4%\" (text): nothing flagged", asText, []],
    ["1.215 for 东坡区 (900/800 = 1.125)", withCell(asFraction, 2, 3, 1.215), ["ratio-mismatch@D5"]],
    ["\"121.5%\" for 东坡区", withCell(asText, 2, 3, "121.5%"), ["ratio-mismatch@D5"]],
  ] as [string, Row[], string[]][])("%s", (_, lines, want) => {
    expect(flagged(oneTrio(lines))).toEqual(want);
  });
});

describe("the whole line at the foot (合计 under the 区县)", () => {
  const foot: Row[] = [...areas.slice(1), ["合计", 1300, 1500, 115.4]];
  test.each([
    ["as printed: nothing flagged", foot, []],
    ["合计 进度 1400 (the parts make 1500)", withCell(foot, 3, 2, 1400), ["total-mismatch@C6"]],
  ] as [string, Row[], string[]][])("%s", (_, lines, want) => {
    expect(flagged(oneTrio(lines))).toEqual(want);
  });
});

describe("a trio per 小项 under merged heads over three lines", () => {
  // 就业促进工程 over 城镇新增就业(人) | 失业人员再就业(人), each over 目标任务 | 进度 | 完成比例(%)
  const head: Row[] = [
    ["民生工程实施进度表"],
    ["地区", "就业促进工程", null, null, null, null, null],
    [null, "城镇新增就业(人)", null, null, "失业人员再就业(人)", null, null],
    [null, "目标任务", "进度", "完成比例(%)", "目标任务", "进度", "完成比例(%)"],
  ];
  const merges = ["A2:A4", "B2:G2", "B3:D3", "E3:G3"];
  const body: Row[] = [
    ["全市", 1200, 1500, 125, 300, 330, 110],
    ["东坡区", 800, 1000, 125, 200, 220, 110],
    ["彭山区", 400, 500, 125, 100, 110, 110],
  ];
  const g = (lines: Row[]) => Grid.fromValues("进度", [...head, ...lines], merges);
  test.each([
    ["as printed: nothing flagged", body, []],
    ["彭山区 second 完成比例 120 (110/100 = 110)", withCell(body, 2, 6, 120), ["ratio-mismatch@G7"]],
    // (its rate 110 ≠ 340 / 300 follows from the broken sum: info, one slip)
    ["全市 second 进度 340 (220 + 110 = 330)", withCell(body, 0, 5, 340), ["total-mismatch@F5"]],
  ] as [string, Row[], string[]][])("%s", (_, lines, want) => {
    expect(flagged(g(lines))).toEqual(want);
  });
});

describe("items in rows (工程 | 项目 | 目标任务 | 牵头单位 | 进度 | 完成比例), a 小计 over each 工程's items", () => {
  const head: Row[] = [["十项民生工程实施进度表"], ["序号", "工程名称", "项目", "目标任务", "牵头单位", "进度", "完成比例(%)"]];
  const body: Row[] = [
    ["一", "教育", "小计", 300, null, 270, 90],
    [1, null, "新建幼儿园(所)", 100, "市教育局", 90, 90],
    [2, null, "改造校舍(所)", 200, "市教育局", 180, 90],
    ["二", "就业", "小计", 500, null, 550, 110],
    [3, null, "新增就业(人)", 500, "市人社局", 550, 110],
  ];
  const g = (lines: Row[]) => Grid.fromValues("进度", [...head, ...lines], []);
  test.each([
    ["as printed: nothing flagged", body, []],
    ["改造校舍 完成比例 95 (180/200 = 90)", withCell(body, 2, 6, 95), ["ratio-mismatch@G5"]],
    // (its rate 90 ≠ 280 / 300 follows from the broken sum: info)
    ["教育 小计 进度 280 (90 + 180 = 270)", withCell(body, 0, 5, 280), ["total-mismatch@F3"]],
  ] as [string, Row[], string[]][])("%s", (_, lines, want) => {
    expect(flagged(g(lines))).toEqual(want);
  });
});

describe("地区 in columns (rows are 目标任务 / 进度 / 完成比例, columns 全市 | 东坡区 | 彭山区)", () => {
  const rows: Row[] = [
    ["城镇新增就业实施进度表"],
    ["项目", "全市", "东坡区", "彭山区"],
    ["目标任务", 1200, 800, 400],
    ["进度", 1500, 1000, 500],
    ["完成比例(%)", 125, 125, 125],
  ];
  const g = (lines: Row[]) => Grid.fromValues("进度", lines, []);
  test.each([
    ["as printed: nothing flagged", rows, []],
    ["彭山区 完成比例 135 (500/400 = 125)", withCell(rows, 4, 3, 135), ["ratio-mismatch@D5"]],
  ] as [string, Row[], string[]][])("%s", (_, lines, want) => {
    expect(flagged(g(lines))).toEqual(want);
  });
});
