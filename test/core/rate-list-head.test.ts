import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A notice's list of the rates its units reached (表1 各归口部门资金执行情况: 序号 | 归口部门 | 执行率 over 100.00%, 99.79% …),
 * no amount and no total line: its header is the line naming the rate column over three or more lines with a percent in
 * it and a name left of it, as a list of amounts given out (moneyListHead). Fewer lines, or a rate column holding words,
 * make no list.
 */
type Row = (string | number | null)[];

function sheet(lines: Row[], rateHeader = "执行率"): Grid {
  return Grid.fromValues("S", [["表1 各归口部门结转资金执行情况"], ["序号", "归口部门", rateHeader], ...lines], ["A1:C1"]);
}

const headerRow = (g: Grid) => review(g, "national").model.headerRow;

const UNITS: Row[] = [
  ["1", "网络与信息中心", "100.00%"],
  ["2", "发展与规划处", "99.79%"],
  ["3", "医学院", "98.67%"],
  ["4", "体育学院", "26.91%"],
];

describe("a list of units' rates: its header", () => {
  test.each<[string, Grid, number]>([
    ["序号 | 归口部门 | 执行率 over four units", sheet(UNITS), 2],
    ["到位率 over three units", sheet(UNITS.slice(0, 3), "资金到位率"), 2],
    ["a second list stacked under the first (表2's caption and header): the first list's header", sheet([...UNITS, ["表2 各归口部门2024年财政专项资金执行情况"], ["序号", "归口部门", "执行率"], ["1", "组织部", "67.44%"], ["2", "后勤管理处", "60.73%"], ["3", "团委", "42.10%"]]), 2],
  ])("%s", (_name, g, row) => {
    expect(headerRow(g)).toBe(row);
  });
});

describe("counter-shapes: no list", () => {
  test("two lines only", () => {
    expect(headerRow(sheet(UNITS.slice(0, 2)))).toBeNull();
  });
  test("a rate column holding words (已完成, 未完成)", () => {
    expect(headerRow(sheet([["1", "网络与信息中心", "已完成"], ["2", "发展与规划处", "已完成"], ["3", "医学院", "未完成"]]))).toBeNull();
  });
  test("a column of percents under a header that names no rate or amount (备注)", () => {
    expect(headerRow(sheet(UNITS, "备注"))).toBeNull();
  });
});
