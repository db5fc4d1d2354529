import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";

/**
 * The layouts the generated indicator tables (generated-indicator-tables.test.ts) found read wrong, each as a small
 * hand-made table: the pattern read right on a consistent table, and one injected error found where it belongs.
 */

const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning");
const flagged = (g: Grid) => flags(review(g, "national").findings).map((f) => [f.rule, f.cell, f.messageId]);

describe("a 得分 column beside each group label that states its points (no 分值 column)", () => {
  // 产出指标(50分) | 44 | 培训人数(30分) … : the 44 is what 产出 scored (24 + 20), its weight is the label's 50
  const table = (groupScore = 44) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["项目支出绩效自评表"],
        ["一级指标", "得分", "二级指标", "指标值", "实际完成值", "得分", "偏差原因分析"],
        ["产出指标(50分)", groupScore, "培训人数(30分)", "≥100人", "80人", 24, "受天气影响，下年度加快进度"],
        [null, null, "验收合格率(20分)", "≥95%", "95%", 20, null],
        ["效益指标(30分)", 30, "带动就业人数(30分)", "≥50人", "50人", 30, null],
        ["满意度指标(20分)", 20, "服务对象满意度(20分)", "≥90%", "90%", 20, null],
        ["合计", null, null, null, null, 94, null],
      ],
      ["A3:A4", "B3:B4"],
    );

  test("the 得分 beside the labels is each group's score, not its weight: a consistent table has no finding", () => {
    const r = review(table(), "national");
    expect(r.model.columns).toEqual(expect.objectContaining({ level1: 1, level1Score: 2, level2: 3, score: 6 }));
    expect(r.model.columns.weight).toBeUndefined();
    expect(r.model.groups.map((g) => [g.cell, g.weight, g.score?.value])).toEqual([
      ["A3", 50, 44],
      ["A5", 30, 30],
      ["A6", 20, 20],
    ]);
    expect(flagged(table())).toEqual([]);
  });

  test("a group's score of 40 against its lines' 24 + 20 = 44 is found at the group's 得分 cell", () => {
    const f = flags(review(table(40), "national").findings);
    expect(f.map((x) => [x.rule, x.cell, x.messageId, x.data])).toEqual([["total-mismatch", "B3", "scoreGroup", { name: "产出指标", sum: 44, total: 40 }]]);
  });
});

describe("four levels, each group with its own 分值/得分 pair", () => {
  // 决策 20 = 项目立项 20 = 立项依据 12 + 立项程序 8; 立项依据 12 = 6 + 6 (四级 leaves)
  const table = (level2Weight = 20) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["项目支出绩效评价指标体系及评分标准"],
        ["一级指标", "分值", "得分", "二级指标", "分值", "得分", "三级指标", "分值", "得分", "四级指标", "分值", "评分标准", "得分"],
        ["决策", 20, 19, "项目立项", level2Weight, 19, "立项依据", 12, 11, "依据充分性", 6, "完成得满分", 6],
        [null, null, null, null, null, null, null, null, null, "依据合规性", 6, "完成得满分", 5],
        [null, null, null, null, null, null, "立项程序", 8, 8, "程序规范性", 8, "完成得满分", 8],
        ["过程", 80, 80, "资金管理", 80, 80, "资金使用", 80, 80, "使用合规性", 80, "完成得满分", 80],
      ],
      ["A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5", "F3:F5", "G3:G4", "H3:H4", "I3:I4"],
    );

  test("the 二级 pair is the one beside the 二级 names, not the 三级's: a consistent table has no finding", () => {
    const r = review(table(), "national");
    expect(r.model.columns).toEqual(expect.objectContaining({ level1Weight: 2, level1Score: 3, level2Weight: 5, level2Score: 6, weight: 11, score: 13 }));
    expect(flagged(table())).toEqual([]);
  });

  test("a 二级 分值 of 18 against its leaves' 6 + 6 + 8 = 20 is found", () => {
    const f = flags(review(table(18), "national").findings).filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => x.cell)).toContain("E3");
  });
});

describe("four levels with the labels repeated on every line: the 四级 numbering restarts under each 三级", () => {
  const table = (thirdOfSecond = "1.档案规范率") =>
    Grid.fromValues("Sheet1", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "四级指标", "指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "工作任务", "1.培训人数", "≥100人", "100人", 30, 30],
      ["产出指标", "数量指标", "工作任务", "2.覆盖村数", "≥30个", "30个", 20, 20],
      ["产出指标", "数量指标", "重点工作", thirdOfSecond, "≥95%", "95%", 20, 20],
      ["产出指标", "数量指标", "重点工作", "2.信息公开率", "≥100%", "100%", 10, 10],
      ["效益指标", "社会效益指标", "专项工作", "1.带动就业人数", "≥50人", "50人", 10, 10],
      ["满意度指标", "服务对象满意度指标", "满意度调查", "1.群众满意度", "≥90%", "90%", 10, 10],
      ["合计", null, null, null, null, null, 100, 100],
    ]);

  test("1, 2 under 工作任务 then 1, 2 under 重点工作: no code finding", () => {
    expect(flagged(table()).filter(([rule]) => rule === "code-sequence")).toEqual([]);
  });

  test("a 2 under 重点工作 followed by another 2 is still a repeated number", () => {
    const f = flags(review(table("2.档案规范率"), "national").findings).filter((x) => x.rule === "code-sequence");
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([["D6", "numberRepeated"]]);
  });
});

describe("a 总分 line printed first and the grade line under the last line", () => {
  const table = (grade = "优", firstWeight = 40) =>
    Grid.fromValues("Sheet1", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "自评分数", "偏差原因"],
      ["得分合计", null, null, null, null, 100, 98, null],
      ["产出指标", "数量指标", "培训人数", "≥100人", "100人", firstWeight, 40, null],
      [null, "质量指标", "验收合格率", "≥95%", "95%", 20, 20, null],
      ["效益指标", "社会效益指标", "带动就业人数", "≥50人", "50人", 20, 20, null],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "81%", 20, 18, "宣传不足，下年度加强"],
      ["评价等级", grade],
    ]);

  test("the grade line closes the table and grades the stated total (98 is 优), not the last line's 18", () => {
    const r = review(table(), "national");
    expect(r.model.truncated).toBe(false);
    expect(r.model.totals?.score?.value).toBe(98);
    expect(flagged(table())).toEqual([]);
  });

  test("中 for a total of 98 is found at the grade cell, against 98", () => {
    const f = review(table("中"), "national").findings.filter((x) => x.rule === "grade-mismatch");
    expect(f.map((x) => [x.cell, x.data?.total])).toEqual([["B8", 98]]);
  });

  test("a 分值 raised by 3 breaks the leading line's 100: 43 + 20 + 20 + 20 = 103", () => {
    const f = flags(review(table("优", 43), "national").findings).filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([["F3", "weightTotal"]]);
  });
});

describe("an evaluation's four 一级 (决策、过程、产出、效益) with no stated total", () => {
  const table = (first = 20, l1 = ["决策", "过程", "产出", "效益"]) =>
    Grid.fromValues("Sheet1", [
      ["项目支出绩效评价指标体系及评分标准"],
      ["一级指标", "二级指标", "分值", "评分标准", "得分"],
      [l1[0], "项目立项", first, "完成得满分", first],
      [l1[0], "绩效目标", 10, "完成得满分", 10],
      [l1[1], "资金管理", 20, "完成得满分", 20],
      [l1[2], "产出数量", 25, "完成得满分", 25],
      [l1[3], "项目效益", 25, "完成得满分", 25],
    ]);

  test("weights adding up to 100: no finding", () => {
    expect(flagged(table())).toEqual([]);
  });

  test("weights adding up to 103 are reported at the 分值 heading, with their sum", () => {
    const f = review(table(23), "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.messageId, x.data?.sum])).toEqual([["C2", "warning", "unstatedTotal", 103]]);
  });

  test("other 一级 than the four (no framework that fixes the whole at 100): no sum is asked", () => {
    const f = review(table(23, ["投入", "管理", "产出", "效益"]), "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f).toEqual([]);
  });
});
