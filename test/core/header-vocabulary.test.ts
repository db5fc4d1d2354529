import { indicatorRole } from "../../src/core/recognise/headers";

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
])("%p is a %s column", (text, role) => {
  expect(indicatorRole(text)).toBe(role);
});

test.each(["执行率(B/A)", "项目名称", "年度资金总额", "备注"])("%p is no indicator column", (text) => {
  expect(indicatorRole(text)).toBeNull();
});
