import { Grid } from "../../src/core/grid/grid";
import { indicatorRole } from "../../src/core/recognise/headers";
import { review } from "../../src/core/review";

/** Header cells as published templates write them, with units, points and formula letters around the word. */
test.each([
  ["得分(满分100)", "score"],
  ["自评得分（10分）", "score"],
  ["得 分", "score"],
  ["单位自评得分", "score"],
  ["得分情况", "score"],
  ["分值/权重", "weight"],
  ["权重(分)", "weight"],
  ["指标分值（权重）", "weight"],
  ["实际完成值（B）", "actual"],
  ["全年实际完成值(B)", "actual"],
  ["实际完成数", "actual"],
  ["年终完成值", "actual"],
  ["年度绩效目标值", "targetValue"],
  ["预期目标值", "targetValue"],
  ["指标值及单位", "targetValue"],
  ["实际完成值及计量单位", "actual"],
  ["三级指标内容", "level3"],
  ["一级绩效指标", "level1"],
  ["二级绩效指标", "level2"],
  // a target table's levels named as targets (一级目标 | 二级指标 | 三级指标; 一級目標 in traditional script)
  ["一级目标", "level1"],
  ["一級目標", "level1"],
  ["二级目标", "level2"],
  ["存在问题和改进措施", "reason"],
  ["存在问题", "reason"],
  ["考核标准", "rubric"],
  ["目标完成值", "actual"],
  ["类别", "level1"],
  ["指标", "level2"],
  ["检查内容", "level3"],
])("%p is a %s column", (text, role) => {
  expect(indicatorRole(text)).toBe(role);
});

test.each(["执行率(B/A)", "项目名称", "年度资金总额", "备注"])("%p is no indicator column", (text) => {
  expect(indicatorRole(text)).toBeNull();
});

/**
 * A work assessment's scoring sheet headed 考核类别 | 考核内容 | 分值 | 备注: both level words are read as 一级, and
 * the columns nest left to right, so 考核内容 is the level below (its rows are the items weighed); with no 得分
 * column and no 评分标准 yet, a sheet titled 考核评分表 is an assessment tally.
 */
describe("two adjacent columns with one level word", () => {
  const rows = (title: string, third = "分值") => [
    [title],
    ["考核类别", "考核内容", third, "备注"],
    ["一、政策制度(20分)", "(1)纳入重要议事日程", 10],
    ["", "(2)建立长效管理机制", 5],
    ["", "(3)设立公示牌", 5],
    ["二、水资源保护(10分)", "(1)编制保护计划", 2],
    ["", "(2)完成达标率年度计划", 4],
    ["", "(3)做好水资源保护工作", 4],
  ];
  const merges = ["A3:A5", "A6:A8"];

  test("考核内容 right of 考核类别 is the level below: six weighted items under two categories", () => {
    const m = review(Grid.fromValues("S", rows("某局河长制工作考核评分表"), merges)).model;
    expect(m.headerRow).toBe(2);
    expect(m.columns.level1).toBe(1);
    expect(m.columns.level2).toBe(2);
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 10], [4, 5], [5, 5], [6, 2], [7, 4], [8, 4]]);
  });

  test("titled 考核评分表 with 分值 and no 得分 or 评分标准 column: an assessment", () => {
    expect(review(Grid.fromValues("S", rows("某局河长制工作考核评分表"), merges)).model.family).toBe("assessment");
  });

  test("the same items beside a 评分标准 column make a scoring system (indicator-system)", () => {
    const g = rows("某局河长制工作考核评分表").map((r, i) => (i === 1 ? [...r, "评分标准"] : i > 1 ? [...r.slice(0, 3), "", "未完成不得分"] : r));
    expect(review(Grid.fromValues("S", g, merges)).model.family).toBe("indicator-system");
  });
});

/**
 * A head naming a column and its labels' points in one (vocabulary HEAD_WITH_POINTS, one entry since eng26c): a level's
 * word gives its level, a word naming items with no level the items' column; another word before 及 (完成情况) leaves the
 * head to the other words (its 分值: the points column).
 */
test.each([
  ["一级指标及分值", "level1"],
  ["二级指标及权重", "level2"],
  ["考核指标及分值", "level3"],
  ["项目名称及分值", "level3"],
  ["考核内容及其分值", "level1"],
  ["工作任务及分值", "level3"],
  ["重点事项及满分", "level3"],
  ["评分标准及分值", "rubric"],
  ["完成情况及分值", "weight"],
  ["资金来源及金额", null],
  ["指标值及单位", "targetValue"],
])("%s reads as %s", (header, role) => {
  expect(indicatorRole(header)).toBe(role);
});
