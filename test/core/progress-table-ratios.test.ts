import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A progress table (四川 民生工程 进度表 / 完成情况表): 目标任务 is the target, 进度 (完成数) what is done, 完成比例(%) /
 * 完成目标(%) the ratio of the two, row by row. The trio may repeat under one head per item; a region given nothing
 * (its cells blank) or a line of words (应补尽补) between the lines is no end of the list; a line whose target is a
 * ceiling (…低于(%)) has its ratio turned over (target over done).
 */
const ratioCells = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "ratio-mismatch" && f.severity !== "info")
    .map((f) => f.cell)
    .sort();

type Row = (string | number | null)[];

/** 地区 | (目标任务 | 进度 | 完成比例(%)) × 2 */
function trioTable(lines: Row[]): Grid {
  const rows: Row[] = [["民生工程项目完成情况表"], ["地区", "城镇新增就业(人)", null, null, "就业困难人员就业(人)", null, null], [null, "目标任务", "进度", "完成比例(%)", "目标任务", "进度", "完成比例(%)"], ...lines];
  return Grid.fromValues("完成情况", rows, ["A2:A3", "B2:D2", "E2:G2"]);
}

describe("a trio repeated under each head", () => {
  const good: Row[] = [
    ["东坡区", 8000, 10000, 125, 500, 600, 120],
    ["天府新区", null, null, null, null, null, null],
    ["彭山区", 4000, 3000, 75, 200, 150, 75],
  ];
  test("every ratio holds (10000/8000 = 125, 600/500 = 120, 3000/4000 = 75, 150/200 = 75): nothing flagged", () => {
    expect(ratioCells(trioTable(good))).toEqual([]);
  });
  test.each([
    ["the second trio's ratio on the first line (600/500 = 120, printed 130)", 0, 6, 130, ["G4"]],
    ["the first trio's ratio under the blank region (3000/4000 = 75, printed 85)", 2, 3, 85, ["D6"]],
    ["the second trio's ratio under the blank region (150/200 = 75, printed 80)", 2, 6, 80, ["G6"]],
  ] as [string, number, number, number, string[]][])("%s is flagged", (_, line, col, value, cells) => {
    const lines = good.map((r) => [...r]);
    lines[line][col] = value;
    expect(ratioCells(trioTable(lines))).toEqual(cells);
  });
});

/** 序号 | 项目内容 | 目标任务 | 进度 | 完成目标(%) */
function progressTable(lines: Row[]): Grid {
  return Grid.fromValues("进度", [["民生工程项目实施进度表"], ["序号", "项目内容", "目标任务", "进度", "完成目标(%)"], ...lines], []);
}

describe("a line whose target is a ceiling, and a line of words", () => {
  const good: Row[] = [
    [1, "城镇新增就业(人)", 2000, 2500, 125],
    [2, "城镇登记失业率低于(%)", 4.3, 4.17, 103.1],
    [3, "创业扶持政策", "应补尽补", "已发放", null],
    [4, "劳务品牌培训(人)", 2400, 2400, 100],
  ];
  test("4.3 over 4.17 = 103.1 on the ceiling line, and the lines after the line of words hold: nothing flagged", () => {
    expect(ratioCells(progressTable(good))).toEqual([]);
  });
  test("counter-shape: the ceiling line's ratio printed wrong (90 against 4.3/4.17 = 103.1) is flagged", () => {
    const lines = good.map((r) => [...r]);
    lines[1][4] = 90;
    expect(ratioCells(progressTable(lines))).toEqual(["E4"]);
  });
  test("counter-shape: a wrong ratio under the line of words (2400/2400 = 100, printed 110) is flagged", () => {
    const lines = good.map((r) => [...r]);
    lines[3][4] = 110;
    expect(ratioCells(progressTable(lines))).toEqual(["E6"]);
  });
});
