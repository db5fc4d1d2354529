import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Session 46 (lead): a number typed with its decimal point doubled ('86..67') among the numbers of its column is one
 * number mistyped: a warning at its cell (non-numeric-value, garbled), as a misplaced comma is. Elsewhere (a lone
 * '1..5' in a line of prose, a column of text) it is left alone.
 */
type Rows = (string | number | null)[][];
const garbled = (rows: Rows) =>
  review(Grid.fromValues("Sheet1", rows, []), "national")
    .findings.filter((f) => f.rule === "non-numeric-value" && f.messageId === "garbled")
    .map((f) => `${f.cell}:${(f.data as { text: string }).text}`);

const list = (cell: string | number, header = ["乡镇", "得分", "排名"]): Rows => [
  ["2017年4月份环境卫生整建工作考评通报"],
  header,
  ["石井", "87.56", "1"],
  ["双江", 87.22, "2"],
  ["蛇形山", cell, "3"],
  ["杉山", "86.83", "4"],
];

describe("a doubled decimal point among numbers", () => {
  test.each([
    ["a score in a results list", list("86..67")],
    ["the same under other heads", list("86..67", ["单位", "考核得分", "名次"])],
    ["an amount in a budget list", [["项目", "金额(万元)"], ["办公费", "9.6"], ["印刷费", "8..5"], ["合计", "18.1"]]],
    ["traditional heads", list("86..67", ["鄉鎮", "得分", "排名"])],
    ["the mistyped cell first in its column under a number", [["单位", "得分"], ["甲", "90..5"], ["乙", "88"]]],
  ])("%s: the cell is reported", (_, rows) => {
    const cell = rows.findIndex((r) => r.some((c) => typeof c === "string" && /\d\.\.\d/.test(c)));
    const col = rows[cell].findIndex((c) => typeof c === "string" && /\d\.\.\d/.test(c));
    expect(garbled(rows as Rows)).toEqual([`${String.fromCharCode(65 + col)}${cell + 1}:${rows[cell][col]}`]);
  });

  test.each([
    ["a range in prose", [["说明"], ["考核期为1..5月"], ["其他"]]],
    ["a lone figure with no number beside it in its column", [["单位", "备注"], ["甲", "暂缺"], ["乙", "86..67"], ["丙", "另报"]]],
    ["an ellipsis", [["单位", "得分"], ["甲", "90"], ["乙", "……"], ["丙", "88"]]],
    ["a well-formed list", list("86.67")],
  ])("%s: nothing is reported", (_, rows) => {
    expect(garbled(rows as Rows)).toEqual([]);
  });
});

/**
 * A rubric's first line under its header, its group's label ending in 情况 (产量完成情况, 队伍建设情况), is no lower half of
 * a two-line header: 一级指标 over 产量完成情况 joins into no list's remark head (split-heads.ts REMARK_JOINED_MAX) — the
 * lines keep their header line and their items. Found by dev46's corpus reprints once grad46c's remark head was merged.
 */
describe("a group label ending in 情况 right under the header", () => {
  test.each([
    ["产量完成情况", "粮食播种面积"],
    ["队伍建设情况", "第1项"],
    ["预算执行情况", "预算执行率"],
  ])("%s: header line 1, three items, the group's score", (label, first) => {
    const g = Grid.fromValues("Sheet1", [
      ["一级指标", "二级指标", "评分标准", "分值", "考评得分"],
      // (the group's score, 14 of its 15, written again on every line: group-scores.ts)
      [label, label, first, 5, 14],
      [null, label, "其二", 5, 14],
      [null, label, "其三", 5, 14],
    ], []);
    const r = review(g, "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(1);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 5], [3, 5], [4, 5]]);
    expect((r.model.groupScores ?? []).map((s) => s.score.value)).toEqual([14]);
  });
});
