import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A sheet scored in two tables (Hubei county 自评表: 项目决策/项目管理 under 项目权重 | 评价内容 | 分值 | 自评分, then
 * 项目绩效 under 一级指标 | 二级指标 | 三级指标 | … | 自评分) with one 自评总分 stated above both. Both tables are read,
 * each under its own columns: every scored row is an indicator, and the stated total is compared with the sum of
 * both tables.
 */
const rubricRows = (scoreOf: (row: number, weight: number) => string | number) => [
  ["项目权重", "评价内容", "分值", "自评分", "复核分", "评价标准及依据"],
  ["项目决策2分", "决策依据", 2, scoreOf(5, 2), "", "有项目年度工作计划"],
  ["项目管理8分", "财务制度", 3, scoreOf(6, 3), "", "单位财务管理制度1分"],
  ["", "组织机构", 5, scoreOf(7, 5), "", "有明确的绩效管理机构"],
];
const levelRows = [
  ["", "一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "自评分", "复核分"],
  ["项目绩效90分", "产出指标", "数量指标", "乡村道路建设养护里程", "300公里", "300公里", 50, ""],
  ["", "效益指标", "社会效益指标", "群众出行条件改善", "改善", "改善", 30, ""],
  ["", "满意度指标", "服务对象满意度", "群众满意度", "≥90%", "95%", 10, ""],
];
const head = (total: number) => [["某市财政预算支出项目绩效目标自评表"], ["填报日期：2022年8月10日", "", "", "", "", "", `自评总分：${total}`], ["项目名称", "乡村道路建设养护项目", "", "", "项目主管单位", "某市交通运输局"]];

/** rubric above the 一级/二级/三级 table (rows 4–7, then 8–11) */
const rubricFirst = (total: number, scoreOf: (row: number, weight: number) => string | number = (_r, w) => (w === 5 ? 4 : w)) =>
  Grid.fromValues("S", [...head(total), ...rubricRows(scoreOf), ...levelRows]);
/** the same two tables the other way round (一级/二级/三级 rows 4–7, rubric rows 8–11) */
const rubricLast = (total: number) => Grid.fromValues("S", [...head(total), ...levelRows, ...rubricRows((_r, w) => (w === 5 ? 4 : w))]);

const totalFindings = (g: Grid) => review(g).findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info").map((f) => [f.cell, f.message]);

describe("two scored tables under one stated total", () => {
  test.each([
    ["rubric first", rubricFirst(99), [5, 6, 7, 9, 10, 11], 4],
    ["rubric last", rubricLast(99), [5, 6, 7, 9, 10, 11], 4],
  ])("%s: every scored row of both tables is an indicator, each with its own table's weight and score", (_name, g, rows, headerRow) => {
    const r = review(g as Grid);
    expect(r.model.headerRow).toBe(headerRow);
    expect(r.model.truncated).toBe(false);
    expect(r.model.indicators.map((i) => i.row)).toEqual(rows);
    const rubric = r.model.indicators.filter((i) => i.weight !== null).map((i) => [i.weight, i.claimedScore]);
    expect(rubric).toEqual([[2, 2], [3, 3], [5, 4]]);
    expect(r.model.indicators.filter((i) => i.weight === null).map((i) => i.claimedScore)).toEqual([50, 30, 10]);
  });

  test("2 + 3 + 4 in the first table and 50 + 30 + 10 in the second make the stated 99: no total-mismatch", () => {
    expect(totalFindings(rubricFirst(99))).toEqual([]);
    expect(totalFindings(rubricLast(99))).toEqual([]);
  });

  test("a stated 95 against the 99 of both tables is a total-mismatch at the stated total", () => {
    expect(totalFindings(rubricFirst(95))).toEqual([["G2", expect.stringContaining("99")]]);
    expect(totalFindings(rubricLast(95))).toEqual([["G2", expect.stringContaining("99")]]);
  });

  test.each([
    ["a score above its 分值", 6, 4, "score-exceeds-weight"],
    ["a negative score", 6, -1, "negative-score"],
  ])("%s in the rubric table is found at its cell (D%i)", (_name, row, value, rule) => {
    const g = rubricFirst(99, (r, w) => (r === row ? value : w === 5 ? 4 : w));
    expect(review(g).findings.filter((f) => f.rule === rule).map((f) => f.cell)).toEqual([`D${row}`]);
  });

  test("a blank score in the rubric table while the other rows are scored is missing-score at its cell", () => {
    const g = rubricFirst(99, (r, w) => (r === 7 ? "" : w));
    expect(review(g).findings.filter((f) => f.rule === "missing-score").map((f) => f.cell)).toEqual(["D7"]);
  });

  test("a 评分细则 table headed 目标名称 | 评分标准 | 分值 | 得分 (one criterion per row) under an ordinary table: both read, one total", () => {
    const g = Grid.fromValues("S", [
      ...head(97),
      ...levelRows,
      ["目标名称", "评分标准", "分值", "得分"],
      ["资金管理", "制度健全得2分", 5, 4],
      ["档案管理", "资料齐全得5分", 5, 3],
    ]);
    const r = review(g);
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[5, null, 50], [6, null, 30], [7, null, 10], [9, 5, 4], [10, 5, 3]]);
    expect(totalFindings(g)).toEqual([]);
    expect(totalFindings(Grid.fromValues("S", [...head(95), ...levelRows, ["目标名称", "评分标准", "分值", "得分"], ["资金管理", "制度健全得2分", 5, 4], ["档案管理", "资料齐全得5分", 5, 3]]))).toEqual([["G2", expect.stringContaining("97")]]);
  });

  test("the rubric's block label states its weight after the name (项目管理8分 over 3 + 5): a 分值 of 6 makes 9, a weight-sum-mismatch at the label", () => {
    const clean = review(rubricFirst(99)).findings.filter((f) => f.rule === "weight-sum-mismatch");
    expect(clean).toEqual([]);
    const rows = [...head(99), ...rubricRows((_r, w) => w), ...levelRows];
    rows[6] = ["", "组织机构", 6, 5, "", "有明确的绩效管理机构"];
    const r = review(Grid.fromValues("S", rows));
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => [f.cell, f.message])).toEqual([["A6", expect.stringMatching(/9.*8/)]]);
  });

  test("control: the second table alone under its stated total still adds up or not (50 + 30 + 10 = 90 against 95)", () => {
    const g = Grid.fromValues("S", [...head(95), ...levelRows]);
    const r = review(g);
    expect(r.model.truncated).toBe(false);
    expect(r.findings.filter((f) => f.rule === "total-mismatch").map((f) => [f.cell, f.severity, f.message])).toEqual([["G2", "error", expect.stringContaining("90")]]);
  });

  test("not flagged: a 绩效目标 table (指标值, no score) beside a scored one is not read as a second scored table", () => {
    const g = Grid.fromValues("S", [
      ...head(90),
      ...levelRows,
      ["", "一级指标", "三级指标", "指标值"],
      ["", "产出指标", "养护里程", "300公里"],
    ]);
    const r = review(g);
    expect(r.model.indicators.map((i) => i.row)).toEqual([5, 6, 7]);
    expect(r.findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")).toEqual([]);
  });
});

describe("a second form's title under the first form's indicators", () => {
  // one page holding two 目标表: the second starts with its title on a line of its own, then its identity fields
  const g = Grid.fromValues("S", [
    ["省级部门预算项目支出绩效目标表"],
    ["项目名称", "博物馆免费开放"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "开放天数", "≥300天"],
    ["效益指标", "社会效益指标", "接待观众人数", "≥30000人次"],
    ["满意度指标", "服务对象满意度", "观众满意度", "≥95%"],
    ["省级部门预算项目支出绩效目标表2023年度"],
    ["项目类型", "新增项目", "主管部门", "某局"],
    ["资金用途", "业务类项目", "项目开始日期", "2023-01-01"],
  ]);
  test("the first form's table ends at that title: three indicators (rows 4–6), none of the second form's fields", () => {
    expect(review(g, "national").model.indicators.map((i) => i.row)).toEqual([4, 5, 6]);
  });
});
