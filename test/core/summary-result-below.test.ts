import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * An evaluation summary (概要表) whose result is written as a score label and a grade label over their values
 * ("综合得分 | 评价等级" over "97.5 | 优") is the same statement as "综合得分:97.5分 评价等级:优" in one line: with a short
 * table of the 一级 scores under it, the sheet is still the evaluation's summary, and the grade is checked.
 */
const summary = (grade: string) =>
  Grid.fromValues("概要表", [
    ["某县2023年村干部报酬项目绩效评价概要表"],
    ["项目名称", "村干部报酬项目", null, "主管部门", "某县财政局"],
    ["评价机构", "某管理咨询有限公司", null, "评价方式", "第三方评价"],
    ["综合得分", null, "评价等级"],
    [97.5, null, grade],
    ["评价指标", "分值", "得分"],
    ["决策", 20, 18.5],
    ["过程", 20, 20],
    ["产出", 40, 39.5],
    ["效益", 20, 19.5],
    ["合计", 100, 97.5],
  ], ["A4:B4", "A5:B5"]);

describe("a summary's score and grade labels over their values", () => {
  test("with a short score table under them, the sheet is an evaluation summary", () => {
    expect(review(summary("优")).model.family).toBe("evaluation-summary");
  });
  test("97.5 graded 良 is reported at the grade (97.5 is 优)", () => {
    const f = review(summary("良"), "national").findings.filter((x) => x.rule === "grade-mismatch");
    expect(f.map((x) => [x.cell, x.data?.total, x.data?.expected])).toEqual([["C5", 97.5, "优"]]);
  });
});
