import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { fullAward } from "../../../src/core/text/labels";

/**
 * A scoring form with no 分值 column whose criteria open with the item's points ("满分10分.集中学习培训不少于15天的得10分，
 * 少于15天的每少1天扣1分"): the points are the item's weight, and a criterion that awards once and otherwise deducts earns
 * its one award on full completion, which must be those points (满分15分.…50天以上得10分 can never reach 15).
 */
const form = (third: string) =>
  Grid.fromValues("Sheet1", [
    ["农技专家绩效考核量化评分表", null, null, null],
    ["序号", "考核内容", "完成任务及评分标准(满分30分)", "自评分"],
    [1, "参加学习培训时间", "满分10分.集中学习培训不少于15天的得10分,少于15天的每少1天扣1分,扣完为止.", null],
    [2, "制定实施方案情况", "满分5分.按要求制定落实实施方案得5分,未制定的不得分.", null],
    [3, "累计巡回指导时间", third, null],
  ]);

describe("points opening a criterion are the item's weight", () => {
  test("满分10分. / 满分5分. / 满分15分. → weights 10, 5, 15", () => {
    const r = review(form("满分15分.累计巡回指导时间50天以上得15分,少于50天的每天扣0.1分,扣完为止."), "national");
    expect(r.model.indicators.map((i) => i.weight)).toEqual([10, 5, 15]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a criterion whose full award differs from the points it opens with", () => {
  test("满分15分 but 50天以上得10分 → a warning at C5: 15 stated, 10 earned", () => {
    const f = review(form("满分15分.累计巡回指导时间50天以上得10分,少于50天的每天扣0.1分,扣完为止."), "national").findings.filter((x) => x.rule === "rubric-points-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.messageId, x.data])).toEqual([["C5", "warning", "fullAward", { name: "累计巡回指导时间", award: 10, weight: 15 }]]);
  });
  test("per occurrence (每完成1次得1分), several awards (tiers) or no points at the head: nothing", () => {
    for (const text of ["满分15分.每完成1次得1分,未完成的扣1分.", "满分15分.50天以上得15分,40天以上得10分,少于40天的不得分.", "累计巡回指导时间50天以上得10分,少于50天的每天扣0.1分."]) {
      const f = review(form(text), "national").findings.filter((x) => x.rule === "rubric-points-mismatch");
      expect(f).toEqual([]);
    }
  });
});

describe("fullAward: the one award of a rule that otherwise deducts or zeroes", () => {
  test.each([
    ["集中学习培训不少于15天的得10分，少于15天的每少1天扣1分，扣完为止", 10],
    ["按要求制定方案得5分，未制定不得分", 5],
    ["完成率达到99.5%以上的得10分，每低1个百分点扣1分", 10],
    ["得10分，其他得5分，未完成扣2分", null],
    ["每完成1项得1分，未完成扣1分", null],
    ["完成得3分，最高得3分", null],
    ["按要求完成得5分", null],
  ])("%s → %p", (text, award) => {
    expect(fullAward(text)).toBe(award);
  });
});
