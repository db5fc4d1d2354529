import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { twoUpForm } from "../../src/core/recognise/two-up-forms";

/**
 * A scoring form printed two items a line (two-up-forms.ts): 项目 | 具体项目 | 评分 | 具体项目 | 评分, the group label with its
 * points merged down its lines, each line two (item, points) pairs. The left pair is the table (one indicator a line), the
 * right pairs' points count in their group's sum. Counter-shapes: a second pair of another role (目标值 | 实际值), a 得分
 * column after each pair, a points column holding words.
 */

type Row = (string | number | null)[];
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const withEdits = (g: Grid, edits: Record<string, string | number>) => g.withCells(Object.entries(edits).map(([cell, v]) => ({ cell, value: { v } })));

const HEAD: Row = ["项目", "具体项目", "评分", "具体项目", "评分"];
/**
 * 个人卫生20分: left 3 + 4 + 4 = 11, right 5 + 2 + 2 = 9, 11 + 9 = 20 ✓ (the left alone, 11, is not 20);
 * 环境卫生10分: left 2 + 1 + 2 = 5, right 2 + 2 + 1 = 5, 5 + 5 = 10 ✓ (the left alone, 5, is not 10).
 */
function form(head: Row = HEAD): Grid {
  return Grid.fromValues(
    "Sheet1",
    [
      ["某单位食堂卫生检查评分表"],
      head,
      ["个人卫生20分", "穿戴整齐", 3, "头发指甲", 5],
      [null, "工作服", 4, "口罩", 2],
      [null, "洗手", 4, "其他", 2],
      ["环境卫生10分", "地面", 2, "墙壁", 2],
      [null, "门窗", 1, "灶台", 2],
      [null, "垃圾", 2, "其他", 1],
    ],
    ["A1:E1", "A3:A5", "A6:A8"],
  );
}

describe("two-up scoring form: group points against the items of both halves", () => {
  it.each<[string, Record<string, string | number>, string[]]>([
    // 11 + 9 = 20, 5 + 5 = 10: no flag (a reading of the left pair alone would flag both groups: 11 ≠ 20, 5 ≠ 10)
    ["as printed", {}, []],
    // a right-hand item 1 → 2: 环境卫生 5 + (2 + 2 + 2) = 11 ≠ 10
    ["a right-hand item's points changed", { E8: 2 }, ["weight-sum-mismatch@A6"]],
    // a left-hand item 4 → 5: 个人卫生 (3 + 5 + 4) + 9 = 21 ≠ 20
    ["a left-hand item's points changed", { C4: 5 }, ["weight-sum-mismatch@A3"]],
    // the label 20分 → 22分: 11 + 9 = 20 ≠ 22 (the first group: the last one falling short may be a table cut below it)
    ["a group's points changed", { A3: "个人卫生22分" }, ["weight-sum-mismatch@A3"]],
    // the right-hand pair's item 2 → 1 in the first group: (3 + 4 + 4) + (5 + 1 + 2) = 19 ≠ 20
    ["a right-hand item's points lowered", { E4: 1 }, ["weight-sum-mismatch@A3"]],
  ])("%s", (_, edits, expected) => {
    const r = review(withEdits(form(), edits));
    expect(r.model.family).toBe("indicator-system");
    expect(flags(r.findings)).toEqual(expected);
  });

  it("reads the left pair as the table, one indicator a line, its points the weights", () => {
    const m = review(form()).model;
    expect(m.headerRow).toBe(2);
    expect(m.columns).toMatchObject({ level1: 1, level2: 2, weight: 3 });
    expect(m.indicators.map((i) => [i.row, i.name, i.weight])).toEqual([
      [3, "穿戴整齐", 3],
      [4, "工作服", 4],
      [5, "洗手", 4],
      [6, "地面", 2],
      [7, "门窗", 1],
      [8, "垃圾", 2],
    ]);
  });

  it.each<[string, Grid]>([
    // (a 序号 column before the group column and a 备注 column after the pairs: no pair's)
    ["a 序号 and a 备注 column around the pairs", Grid.fromValues(
      "Sheet1",
      [
        ["某单位食堂卫生检查评分表"],
        ["序号", "项目", "具体项目", "评分", "具体项目", "评分", "备注"],
        [1, "个人卫生20分", "穿戴整齐", 3, "头发指甲", 5, null],
        [null, null, "工作服", 4, "口罩", 2, null],
        [null, null, "洗手", 4, "其他", 2, null],
      ],
      ["A1:G1", "B3:B5", "A3:A5"],
    )],
    // (points written with their unit)
    ["points written 3分", withEdits(form(), { C3: "3分", E3: "5分" })],
    // (one line of words where points stand, a page break's 续表 across the pairs: 1 × 3 ≤ 6)
    ["one 续表 line", withEdits(form(), { E6: "续表" })],
  ])("a two-up form all the same: %s", (_, g) => {
    expect(twoUpForm(g)).not.toBeNull();
  });

  it("finds the pairs' columns", () => {
    expect(twoUpForm(form())).toEqual({ headerRow: 2, groupCol: 1, item: 2, points: 3, others: [{ item: 4, points: 5 }] });
  });

  it.each<[string, Grid]>([
    ["a second pair of another role (目标值 | 实际值)", form(["项目", "指标", "目标值", "指标", "实际值"])],
    // (marks where points stand: no line holds both pairs' points)
    ["a pair's 评分 column holding marks (好 / 较好)", withEdits(form(), { E3: "好", E4: "较好", E5: "好", E6: "一般", E7: "好", E8: "较好" })],
    // (words on 2 of the 4 lines holding both pairs' points: 2 × 3 > 4)
    ["words in a pair's 评分 column on many lines", withEdits(form(), { E4: "良好", E7: "良好" })],
    ["a run of three heads (a 得分 column after each pair)", Grid.fromValues(
      "Sheet1",
      [
        ["某单位食堂卫生检查评分表"],
        ["项目", "具体项目", "评分", "得分", "具体项目", "评分", "得分"],
        ["个人卫生20分", "穿戴整齐", 3, null, "头发指甲", 5, null],
        [null, "工作服", 4, null, "口罩", 2, null],
        [null, "洗手", 4, null, "其他", 2, null],
      ],
      ["A1:G1", "A3:A5"],
    )],
    ["fewer than three lines with both pairs", withEdits(form(), { D4: "", E4: "", D5: "", E5: "", D7: "", E7: "", D8: "", E8: "" })],
  ])("no two-up form: %s", (_, g) => {
    expect(twoUpForm(g)).toBeNull();
  });
});
