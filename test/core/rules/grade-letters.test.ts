import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { printedGradeBands } from "../../../src/core/rules/grade-mismatch";
import { findStatedGrades } from "../../../src/core/recognise/stated-grades";

/**
 * Grades written as letters (A/B/C/D) where the sheet prints what they mean ("85分（含）以上为A，75（含）-85分为B …"):
 * the printed bands are read with the letters in the places of 优/良/中/差, and a letter stated in a text ("评价等级：B",
 * "综合得分:97分 评价等级:B") is a stated grade as one written in its own cell.
 */
const NOTE = "注：评价等级分为A、B、C、D四档：85分（含）以上为A，75（含）-85分为B，60（含）-75分为C，60分以下为D。";

const summary = (line: string, table = true) =>
  Grid.fromValues("概要表", [
    ["某县2023年村干部报酬项目绩效评价概要表"],
    ["项目名称", "村干部报酬项目", null, "主管部门", "某县财政局"],
    ["评价机构", "某管理咨询有限公司", null, "评价方式", "第三方评价"],
    [line],
    ...(table ? [["评价指标", "分值", "得分"], ["决策", 20, 20], ["过程", 20, 19], ["产出", 40, 38], ["效益", 20, 20], ["合计", 100, 97]] : []),
    [NOTE],
  ]);
const grades = (g: Grid) => review(g).findings.filter((f) => f.rule === "grade-mismatch").map((f) => [f.cell, f.severity, f.messageId, f.data?.expected]);

describe("letter grades under printed bands", () => {
  test("the printed letter bands read as 优 ≥ 85, 良 ≥ 75, 中 ≥ 60, 差 below", () => {
    expect(printedGradeBands(Grid.fromValues("S", [[NOTE]]))?.bands).toEqual([
      { grade: "优", min: 85 },
      { grade: "良", min: 75 },
      { grade: "中", min: 60 },
      { grade: "差", min: 0 },
    ]);
  });

  test("'综合得分:97分 评价等级:B' in one cell is a stated grade of 97", () => {
    expect(findStatedGrades(summary("综合得分:97分 评价等级:B")).map((s) => [s.grade, s.gradeCell, s.score])).toEqual([["B", "A4", 97]]);
  });

  test("97 graded A is right; graded B it is an error under the printed bands (97 ≥ 85: A)", () => {
    expect(grades(summary("综合得分:97分 评价等级:A"))).toEqual([]);
    expect(grades(summary("综合得分:97分 评价等级:B"))).toEqual([["A4", "error", "printed", "优"]]);
  });

  test("the 概要表 with its short score table is an evaluation summary by its letter-graded result line", () => {
    expect(review(summary("综合得分:97分 评价等级:A")).model.family).toBe("evaluation-summary");
  });

  test("a grade line under a 评分细则 table: 80 graded A is an error (80 is B: 75–85), B is right", () => {
    const table = (grade: string) =>
      Grid.fromValues("S", [
        ["项目支出绩效评价评分细则"],
        ["评价内容", "评分标准", "分值", "得分"],
        ["立项依据充分性", "按完成情况计分", 50, 40],
        ["资金到位率", "按完成情况计分", 50, 40],
        ["合计", null, 100, 80],
        ["自评等级", grade],
        [NOTE],
      ]);
    expect(grades(table("B"))).toEqual([]);
    expect(grades(table("A"))).toEqual([["B6", "error", "printed", "良"]]);
  });
});
