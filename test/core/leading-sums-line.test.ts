import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A line right under the header that carries only the 分值 and 得分 of the lines below it (no name, no other cell):
 * the indicator block's stated total, printed before its lines.
 */
const sheet = (lead: (string | number | null)[], lines: (string | number | null)[][]) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因"],
      lead,
      ...lines,
    ],
    ["A1:H1"],
  );
const LINES = [
  ["产出指标", "数量指标", "培训人次", "100人次", "120人次", 40, 40, null],
  [null, "质量指标", "合格率", "95%", "98%", 30, 28, "个别学员未通过"],
  ["满意度指标", "服务对象满意度指标", "学员满意度", "90%", "95%", 30, 30, null],
];

test.each([
  ["the lines' sums (100 | 98)", 100, 98, 100, 98, null],
  ["a 得分 that is not the lines' sum (100 | 95): the total is checked", 100, 95, 100, 95, "total-mismatch"],
] as [string, number, number, number, number, string | null][])("%s", (_name, w, s, weight, score, error) => {
  const r = review(sheet([null, null, null, null, null, w, s, null], LINES), "national");
  expect([r.model.totals?.weight?.value, r.model.totals?.weight?.cell, r.model.totals?.score?.value, r.model.totals?.score?.cell]).toEqual([weight, "F3", score, "G3"]);
  expect(r.model.truncated).toBe(false);
  expect(r.model.indicators.map((i) => i.row)).toEqual([4, 5, 6]);
  expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell])).toEqual(error ? [[error, "G3"]] : []);
});

test("a 分值 above the visible lines' sum (90 over 40 + 30 + 10): the total of a table cut below, not checked against them", () => {
  const lines = LINES.map((l, k) => (k === 2 ? [...l.slice(0, 5), 10, 10, null] : l));
  const r = review(sheet([null, null, null, null, null, 90, 88, null], lines), "national");
  expect([r.model.totals?.score?.value, r.model.truncated]).toEqual([88, true]);
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
});

test.each([
  ["a named line (an indicator with its own 分值 | 得分)", ["产出指标", "数量指标", "开班次数", "2次", "2次", 10, 10, null]],
  ["a 分值 below the lines' sum (a line, not their total)", [null, null, null, null, null, 50, 50, null]],
])("%s: no leading total", (_name, lead) => {
  const r = review(sheet(lead as (string | number | null)[], LINES), "national");
  expect(r.model.totals?.row ?? null).not.toBe(3);
});
