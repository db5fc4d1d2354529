import { Grid } from "../../../src/core/grid/grid";
import { findStatedGrades } from "../../../src/core/recognise/stated-grades";
import { review } from "../../../src/core/review";

/**
 * Grades stated anywhere in a sheet, with the score beside them, checked against the profile's bands
 * (national 90/80/60, xinjiang 90/80/70): a reviewer reads the pair off the sheet and grades it by hand.
 */
type Row = (string | number | null)[];

/** An evaluation summary (概要表) whose rows 4… are `lines`. */
function summary(lines: Row[]): Grid {
  return Grid.fromValues("概要表", [
    ["2023年度某县农村饮水安全项目绩效评价报告概要表"],
    ["项目名称", "农村饮水安全巩固提升工程"],
    ["评价机构", "某会计师事务所(第三方)"],
    ...lines,
    ["抽查情况", "抽查工程12处，抽查比例60%"],
    ["存在问题", "个别工程管护不到位"],
  ]);
}

function gradeFindings(g: Grid, profile = "national") {
  return review(g, profile).findings.filter((f) => f.rule === "grade-mismatch");
}

/** [case, lines, profile, grade cell or null when right, expected grade, score cell] */
const CASES: [string, Row[], string, string | null, string?, string?][] = [
  ["one line \"评价分值:92.5分 评价等级:优\" (92.5 ≥ 90)", [["评价分值:92.5分 评价等级:优"]], "national", null],
  ["one line \"评价分值:92.5分 评价等级:良\"", [["评价分值:92.5分 评价等级:良"]], "national", "A4", "优", "A4"],
  ["one line in cells \"评价得分 | 81 | 评价等级 | 良\"", [["评价得分", 81, "评价等级", "良"]], "national", null],
  ["自评等级 beside 自评分值: 85 graded 优", [["自评分值", 85, "自评等级", "优"]], "national", "D4", "良", "B4"],
  ["自评分值 / 自评等级 as a header with values below: 78 graded 良", [["自评分值", "自评等级"], [78, "良"]], "national", "B5", "中", "A5"],
  ["自评分值 / 自评等级 as a header with values below: 78 graded 中", [["自评分值", "自评等级"], [78, "中"]], "national", null],
  ["score on one line, grade on the next: 88 graded 优", [["综合得分", 88], ["评价等级", "优"]], "national", "B5", "良", "B4"],
  ["评价结论 sentence: 满分100分，自评得分86分，评价等级为优秀", [["评价结论", "该项目满分100分，自评得分86分，评价等级为优秀。"]], "national", "B4", "良", "B4"],
  ["评价结论 sentence: 自评得分86分，评价等级为良好", [["评价结论", "该项目自评得分86分，评价等级为良好。"]], "national", null],
  ["score on one line, 综合评价结论 | 优秀 on the next: 88 graded 优秀", [["综合得分", 88], ["综合评价结论", "优秀"]], "national", "B5", "良", "B4"],
  ["考核等级：优 in one cell under 综合得分 88", [["综合得分", 88], ["考核等级：优"]], "national", "A5", "良", "B4"],
  ["xinjiang: 75 is 中", [["评价分值:75分 评价等级:中"]], "xinjiang", null],
  ["xinjiang: 65 graded 中 (中 starts at 70)", [["评价分值:65分 评价等级:中"]], "xinjiang", "A4", "差", "A4"],
];

describe.each(CASES)("%s", (_name, lines, profile, gradeCell, expected, scoreCell) => {
  test(gradeCell ? `a finding at ${gradeCell}: should be 「${expected}」` : "no finding", () => {
    const f = gradeFindings(summary(lines), profile);
    if (!gradeCell) {
      expect(f).toEqual([]);
      return;
    }
    expect(f.map((x) => x.cell)).toEqual([gradeCell]);
    expect(f[0].message).toContain(`应为「${expected}」`);
    if (scoreCell !== gradeCell) expect(f[0].related).toEqual([scoreCell]);
  });
});

describe("what is not a stated grade", () => {
  test.each([
    ["a three-level third-party result 优良", [["评价分值:85分 评价结果:优良"]]],
    ["a score out of more than 100", [["评价分值:185分 评价等级:良"]]],
    ["评价结果应用 (no grade)", [["评价结果应用", "与下年度预算安排挂钩"]]],
    ["a weight, not a score: 总分100分 with no graded score", [["评价结论", "总分100分，等级为良"]]],
  ])("%s", (_name, lines) => {
    expect(gradeFindings(summary(lines as Row[]))).toEqual([]);
  });
});

describe("a table without a total row states its score next to its grade", () => {
  test("\"自评得分 | 84\" then \"自评等级 | 优\" under an indicator table: the pair read, 84 is 良", () => {
    const g = Grid.fromValues("自评表", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "培训人次", "≥100人次", 120, 50, 50],
      ["效益指标", "社会效益指标", "满意度", "≥90%", "80%", 50, 34],
      ["自评得分", 84],
      ["自评等级", "优"],
    ]);
    expect(findStatedGrades(g)).toEqual([{ grade: "优", gradeCell: "B6", score: 84, scoreCell: "B5" }]);
    const f = gradeFindings(g);
    expect(f.map((x) => [x.cell, x.related])).toEqual([["B6", ["B5"]]]);
  });
});
