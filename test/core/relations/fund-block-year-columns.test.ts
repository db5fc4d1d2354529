import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A department's target form (部门整体支出绩效目标申报表) states its money in one table: 收入构成 (财政拨款, 其他资金, 合计) over
 * 支出构成 (基本支出, 项目支出, 合计), in the columns 当年金额 | 占比 | 近两年收支金额, the last merged over 2021年 | 2022年. Each
 * 合计 adds up its own lines in every amount column: the year columns under a heading that names an amount (收支金额) as
 * well as the first, and the 支出 lines under the 收入 lines as well as the 收入 lines (the header heads both). A share
 * column (占比) is no sum; years under a heading that names no amount are none.
 */
type Edits = Record<string, string | number>;

function form(edits: Edits = {}, heading = "近两年收支金额", firstAmount = "当年金额", secondAmount: string | null = null, merged = true): Grid {
  const rows: (string | number | null)[][] = [
    ["部门整体支出绩效目标申报表"],
    ["部门(单位)名称", "某县教育局", "填报人", "张三", "联系电话", "12345678"],
    ["部门总体资金情况", "总体资金情况", null, firstAmount, secondAmount ?? "占比", heading, null],
    [null, null, null, null, null, "2021年", "2022年"],
    [null, "收入构成", "财政拨款", 1000, secondAmount ? 900 : "80%", 700, 800],
    [null, null, "其他资金", 250, secondAmount ? 200 : "20%", 150, 160],
    [null, null, "合计", 1250, secondAmount ? 1100 : "100%", 850, 960],
    [null, "支出构成", "基本支出", 900, secondAmount ? 800 : "72%", 600, 700],
    [null, null, "项目支出", 350, secondAmount ? 300 : "28%", 250, 260],
    [null, null, "合计", 1250, secondAmount ? 1100 : "100%", 850, 960],
    ["部门职能概述", "负责全县教育工作"],
  ];
  for (const [cell, v] of Object.entries(edits)) {
    const col = cell.charCodeAt(0) - 64;
    const row = Number(cell.slice(1));
    rows[row - 1][col - 1] = v;
  }
  return Grid.fromValues("S", rows, merged ? ["A3:A10", "B3:C4", "D3:D4", "E3:E4", "F3:G3", "B5:B7", "B8:B10"] : []);
}

const totals = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "total-mismatch")
    .map((f) => f.cell)
    .sort();

describe("a department form's fund table: every 合计 in every amount column", () => {
  test.each<[string, Grid, string[]]>([
    ["every total adds up: no finding", form(), []],
    ["the 2022年 支出 合计 repeats the 收入 合计 (960) where its lines make 961", form({ G9: 261 }), ["G10"]],
    ["a 2021年 收入 合计 off its lines (860 ≠ 700 + 150)", form({ F7: 860 }), ["F7"]],
    ["a 2022年 收入 part changed (810 + 160 ≠ 960)", form({ F5: 700, G5: 810 }), ["G7"]],
    ["the 当年金额 支出 合计 off its lines (1250 ≠ 900 + 360)", form({ D9: 360 }), ["D10"]],
    // (every merge undone, a CSV dump: the heading stands over the first year, the cell over the second blank)
    ["unmerged: the 2022年 支出 合计 off its lines", form({ G9: 261 }, "近两年收支金额", "当年金额", null, false), ["G10"]],
    // (a second column headed by an amount of its own, 上年金额 beside 当年金额: read before as well, by the amount-block scan)
    ["a 上年金额 column's 支出 合计 off its lines (1100 ≠ 800 + 310)", form({ E9: 310 }, "近两年收支金额", "当年金额", "上年金额"), ["E10"]],
  ])("%s", (_name, g, cells) => {
    expect(totals(g)).toEqual(cells);
  });
});

describe("counter-shapes: columns that are no sums", () => {
  test("a share column (占比) that does not add up to its 100% is no total-mismatch", () => {
    expect(totals(form({ E5: "80.1%" }))).toEqual([]);
  });
  test("years under a heading that names no amount (近两年人员数) are not summed", () => {
    expect(totals(form({ G9: 261 }, "近两年人员情况"))).toEqual([]);
  });
});
