import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A two-line header with its merges undone (a CSV dump, a paste as values): the group word left on its first cell over
 * its sub-columns' names (指标值 | blank over 2021年实际实现值 | 预期2022年实现值, 区域目标值 | blank … over the counties),
 * the other words once merged down beside the lower line, blank on it. The lower line is still the header's: its
 * words sit only under the group word's span (its cell and the blank header cells right of it), two at least, and
 * nothing under the two or more other words. A line that puts a name under 三级指标, a number, or one word only is the
 * table's first line, read as before.
 */

type Cells = (string | number | null)[][];

const TITLE = ["某项目绩效目标申报表"];
const HEAD = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null, "指标标准或依据"];
const DATA: Cells = [
  [null, "产出指标", "数量指标", "培训人次", "250人次", "280人次", "年度计划"],
  [null, null, "质量指标", "培训合格率", "95%", "≥95%", "考核办法"],
  [null, "满意度指标", "服务对象满意度指标", "学员满意度", "90%", "≥90%", "问卷调查"],
];

interface Case {
  name: string;
  /** the line under the header */
  second: (string | number | null)[];
  /** the header's top and last lines, the target column, the indicators' rows */
  top: number;
  last: number;
  targetValue: number;
  rows: number[];
}

const CASES: Case[] = [
  {
    name: "指标值 | blank over 2021年实际实现值 | 预期2022年实现值: the header's lower line, the target the second sub-column",
    second: [null, null, null, null, "2021年实际实现值", "预期2022年实现值", null],
    top: 2,
    last: 3,
    targetValue: 6,
    rows: [4, 5, 6],
  },
  {
    name: "two names under the span that name no role (上半年 | 下半年): the lower line still",
    second: [null, null, null, null, "上半年", "下半年", null],
    top: 2,
    last: 3,
    targetValue: 5,
    rows: [4, 5, 6],
  },
  // counter-shapes: the table's first line
  {
    name: "a name under 三级指标 (no other word's column blank): the table's first line",
    second: [null, "产出指标", "数量指标", "培训场次", "上半年", "下半年", null],
    top: 2,
    last: 2,
    targetValue: 5,
    rows: [3, 4, 5, 6],
  },
  {
    name: "values under the span (250人次 | 280人次), no name: the table's first line (an unnamed line), not the header's",
    second: [null, null, null, null, "250人次", "280人次", null],
    top: 2,
    last: 2,
    targetValue: 5,
    rows: [3, 4, 5, 6],
  },
  {
    name: "labels stating their points under the span (组织领导(20分) | 机构设置(5分)): the table's first line, not the header's",
    second: [null, null, null, null, "组织领导(20分)", "机构设置(5分)", null],
    top: 2,
    last: 2,
    targetValue: 5,
    rows: [3, 4, 5, 6],
  },
  {
    name: "one word under the span only: no lower line",
    second: [null, null, null, null, null, "预期2022年实现值", null],
    top: 2,
    last: 2,
    targetValue: 5,
    rows: [4, 5, 6],
  },
];

describe.each(CASES)("$name", (c) => {
  const m = () => review(Grid.fromValues("Sheet1", [TITLE, HEAD, c.second, ...DATA], []), "national").model;
  test("the header's lines, its target column and the indicators' rows", () => {
    const model = m();
    expect([model.headerRow, model.headerLastRow, model.columns.targetValue]).toEqual([c.top, c.last, c.targetValue]);
    expect(model.indicators.map((i) => i.row)).toEqual(c.rows);
  });
});

test("the same lower line with its merges kept reads the same columns (the unmerged reading agrees with the merged one)", () => {
  const merged = review(Grid.fromValues("Sheet1", [TITLE, HEAD, CASES[0].second, ...DATA], ["A2:A6", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"]), "national").model;
  const plain = review(Grid.fromValues("Sheet1", [TITLE, HEAD, CASES[0].second, ...DATA], []), "national").model;
  expect([plain.family, plain.columns.targetValue, plain.indicators.map((i) => i.row)]).toEqual([merged.family, merged.columns.targetValue, merged.indicators.map((i) => i.row)]);
});
