import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { indicatorRole } from "../../src/core/recognise/headers";

/**
 * An earlier period's value (上年完成值 beside 指标值 … 指标实际完成值, the Xinjiang 自评表): the figure the target was set
 * against, never this year's actual nor its target, whatever value word ends it.
 */
const sheet = (prior: string) =>
  Grid.fromValues("S", [
    ["项目支出绩效自评表"],
    ["项目名称", "住户调查经费"],
    ["一级指标", "二级指标", "三级指标", "指标值", prior, "分值", "指标实际完成值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "调查户数", "≥120户", "100户", 50, "120户", 50, null],
    ["效益指标", "社会效益指标", "数据及时率", "≥95%", "80%", 50, "100%", 50, null],
    ["总分", null, null, null, null, 100, null, 100, null],
  ]);

describe("an earlier period's value column", () => {
  test.each(["上年完成值", "上年实际值", "上年度实际完成值", "上一年完成值", "去年完成值", "上年指标值", "基期实际值", "历史完成值", "往年实现值"])(
    "%s is no value column of the year: the actual is 指标实际完成值 (G), the target 指标值 (D), and 100户 of ≥120户 asks no reason",
    (prior) => {
      expect(indicatorRole(prior)).toBeNull();
      const r = review(sheet(prior), "national");
      expect(r.model.family).toBe("project-self-eval");
      expect(r.model.columns.actual).toBe(7);
      expect(r.model.columns.targetValue).toBe(4);
      expect(r.findings.filter((f) => f.rule === "missing-reason")).toEqual([]);
    },
  );

  test.each([
    ["实际完成值", "actual"],
    ["全年完成值", "actual"],
    ["年度指标值", "targetValue"],
    ["上半年实际完成值", null],
    ["2021年实际实现值", null],
  ])("%s keeps its reading", (text, role) => {
    expect(indicatorRole(text)).toBe(role);
  });
});
