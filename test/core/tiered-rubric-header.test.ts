import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { findIndicatorHeader } from "../../src/core/recognise/table";

/**
 * A tiered scoring rule: after the name columns, (tier text, tier points) pairs repeated across the header
 * (评分指标 | 评价得分 | 评分标准 | 评价得分 | 评分标准 | 评价得分): one rubric in tiers, whose points are the rule's, not scores.
 */
const sheet = (itemPoints = [4, 4, 2], groupPoints = 10) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["项目", "内容", "评分指标", "评价得分", "评分标准", "评价得分", "评分标准", "评价得分"],
      [`技术服务(${groupPoints}分)`, `培训覆盖率(${itemPoints[0]}分)`, "培训人次完成率100%,资料全面", 4, "培训人次完成率80-99%", 3, "培训人次完成率<80%", 1],
      [null, `技术入户率(${itemPoints[1]}分)`, "入户指导率100%", 4, "入户指导率80-99%", 3, "入户指导率<80%", 2],
      [null, `标准化生产(${itemPoints[2]}分)`, "按规程组织生产并取得认证", 2, "按规程组织生产,未取得认证", 1.5, "没有组织标准化生产", 0],
    ],
    ["A2:A4"],
  );

test("a header of (tier text, tier points) pairs after the names: items in the column before the first tier, groups left of them, the first tier the rubric", () => {
  const h = findIndicatorHeader(sheet())!;
  expect(h.headerRow).toBe(1);
  expect(h.columns).toEqual({ level1: 1, level2: 2, rubric: 3 });
});

test("the tier points are neither scores nor weights: the label points are the weights, no score is claimed, nothing flagged", () => {
  const r = review(sheet(), "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[2, 4, null], [3, 4, null], [4, 2, null]]);
  expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("a group's points against its items' sum are still checked (10 stated, 4 + 4 + 3 written)", () => {
  const r = review(sheet([4, 4, 3]), "national");
  expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => f.cell)).toEqual(["A2"]);
});

test("two (text, score) pairs, or items without their own points, are not a tiered rubric", () => {
  const two = Grid.fromValues("Sheet1", [
    ["项目", "内容", "评分标准", "评价得分", "评分标准", "评价得分"],
    ["技术服务(10分)", "培训覆盖率(4分)", "完成率100%", 4, "完成率<100%", 2],
    [null, "技术入户率(6分)", "指导率100%", 6, "指导率<100%", 3],
  ]);
  expect(findIndicatorHeader(two)).toBeNull();
  const noPoints = Grid.fromValues("Sheet1", [
    ["项目", "内容", "评分指标", "评价得分", "评分标准", "评价得分", "评分标准", "评价得分"],
    ["技术服务", "培训覆盖率", "完成率100%", 4, "完成率80-99%", 3, "完成率<80%", 1],
    [null, "技术入户率", "指导率100%", 4, "指导率80-99%", 3, "指导率<80%", 2],
  ]);
  expect(findIndicatorHeader(noPoints)).toBeNull();
});

test("with its levels named (一级指标 | 二级指标 | 评分标准 | 评价得分 …) the tier points are no score column either", () => {
  const g = Grid.fromValues(
    "Sheet1",
    [
      ["一级指标", "二级指标", "评分标准", "评价得分", "评分标准", "评价得分", "评分标准", "评价得分"],
      ["技术服务(10分)", "培训覆盖率(4分)", "培训人次完成率100%", 4, "完成率80-99%", 3, "完成率<80%", 1],
      [null, "技术入户率(4分)", "入户指导率100%", 4, "入户指导率80-99%", 3, "入户指导率<80%", 2],
      [null, "标准化生产(2分)", "按规程组织生产并取得认证", 2, "未取得认证", 1.5, "没有组织标准化生产", 0],
    ],
    ["A2:A4"],
  );
  expect(findIndicatorHeader(g)!.columns).toEqual({ level1: 1, level2: 2, rubric: 3 });
  expect(review(g, "national").model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[2, 4, null], [3, 4, null], [4, 2, null]]);
});
