import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A scoring form with one name column numbered in two styles: sections (一、二、) carrying their own 分值 and 分数, the
 * items (1、2、) under them (考核内容 | 分值 | 计分标准 | 分数 | 备注, closed by 合计 | | | 94). 分数 after 分值 is the score;
 * the section rows are the 一级 groups, not indicators: their 分值 is the sum of their items' (30 = 15 + 15), their 分数
 * too (29 = 14 + 15), and the 合计 is the sum of the items' scores (14 + 15 + 19 + 23 + 23 = 94), not of every row (188).
 */
const sheet = (edit: Record<string, string | number> = {}) => {
  const rows: (string | number | null)[][] = [
    ["评价机构工作质量考核表"],
    ["考核内容", "分值", "计分标准", "分数", "备注"],
    ["一、评价前期工作情况", 30, null, 29],
    ["1、工作组人员专业能力", 15, "专业能力较强,得10-15分;一般,得5-10分", 14],
    ["2、工作组人员稳定", 15, "保持稳定,得15分;随意更换,不得分", 15],
    ["二、评价过程中工作情况", 20, null, 19],
    ["1、沟通情况", 20, "主动沟通,得13-20分;态度一般,得7-12分", 19],
    ["三、评价后期工作情况", 50, null, 46],
    ["1、报告数据详实", 25, "详实清晰,得16-25分;有待完善,得6-15分", 23],
    ["2、报告结论清晰", 25, "结论清晰,得16-25分;较为清晰,得6-15分", 23],
    ["合计", null, null, 94],
  ];
  for (const [a1, v] of Object.entries(edit)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = v;
  }
  return Grid.fromValues("S", rows);
};
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

test("the items are the indicators, under their sections; 分数 is the score and 计分标准 the rubric; nothing to flag", () => {
  const { model } = review(sheet(), "national");
  expect([model.headerRow, model.columns.weight, model.columns.score, model.columns.rubric]).toEqual([2, 2, 4, 3]);
  expect(model.indicators.map((i) => [i.row, i.weight, i.claimedScore, i.level1?.label])).toEqual([
    [4, 15, 14, "一、评价前期工作情况"],
    [5, 15, 15, "一、评价前期工作情况"],
    [7, 20, 19, "二、评价过程中工作情况"],
    [9, 25, 23, "三、评价后期工作情况"],
    [10, 25, 23, "三、评价后期工作情况"],
  ]);
  expect(model.groups.map((g) => [g.row, g.weight])).toEqual([[3, 30], [6, 20], [8, 50]]);
  expect(model.totals?.score?.value).toBe(94);
  expect(errors(sheet())).toEqual([]);
});

test("an item's 分值 that breaks its section's (16 + 15 = 31 ≠ 30) is flagged at the section", () => {
  expect(errors(sheet({ B4: 16 }))).toEqual(["weight-sum-mismatch@B3"]);
});

test("an item's 分数 changed (13): its section's 分数 (13 + 15 = 28 ≠ 29) and the 合计 (93 ≠ 94) no longer add up", () => {
  expect(errors(sheet({ D4: 13 })).sort()).toEqual(["total-mismatch@D11", "total-mismatch@D3"]);
});

test("a table numbered in one style only keeps every row as an indicator", () => {
  const g = Grid.fromValues("S", [
    ["考核内容", "分值", "计分标准", "分数"],
    ["1、专业能力", 50, "得0-50分", 45],
    ["2、人员稳定", 30, "得0-30分", 30],
    ["3、沟通情况", 20, "得0-20分", 18],
    ["合计", 100, null, 93],
  ]);
  expect(review(g, "national").model.indicators.map((i) => i.row)).toEqual([2, 3, 4]);
});

test("an item spanning two lines (its name merged over both, or the merge undone and the second name cell empty) stays under its section", () => {
  const rows = (second: string | null) => [
    ["报告质量考核评分表"],
    ["考核内容", "分值", "评分标准", "评定分数"],
    ["一、报告格式", 6, null, null],
    ["(一)封面填写", 2, "封面各要素填写规范的,计2分", null],
    ["(二)表格填写", 2, "表格部分填写齐全的,计2分", null],
    [second, 2, "评价计分正确的,计2分", null],
    ["二、报告内容", 4, null, null],
    ["(一)要素完备", 4, "基本要素齐全的,计4分", null],
  ];
  const read = (g: Grid) => review(g, "national").model;
  const merged = read(Grid.fromValues("S", rows(null), ["A5:A6"]));
  const unmerged = read(Grid.fromValues("S", rows(null)));
  for (const m of [merged, unmerged]) {
    expect(m.indicators.map((i) => [i.row, i.weight, i.level1?.label])).toEqual([
      [4, 2, "一、报告格式"],
      [5, 2, "一、报告格式"],
      [6, 2, "一、报告格式"],
      [8, 4, "二、报告内容"],
    ]);
    expect(m.groups.map((g) => [g.row, g.weight])).toEqual([[3, 6], [7, 4]]);
  }
});
