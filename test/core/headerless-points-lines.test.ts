import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { inferHeaderless } from "../../src/core/recognise/table";
import { clauseHeadPoints } from "../../src/core/recognise/rule-points";

/**
 * A scoring table copied without its header (the copy starts on its first item): a numbered item name, its points as a
 * bare number and a rule itemised in clauses whose heads state their points ("①…(15分):…②…(2.5分):…③…(2.5分):…") are an
 * indicator table's lines — the clause heads are a scoring item's breakdown, which no list of amounts or names carries.
 * Read as 二级 | 分值 | 评分标准 (table-infer.ts inferPointsRuleLines); the heads must add up to the 分值 (a hint,
 * rubric-points-mismatch). Counter-shapes: a fund list (numbered names, amounts, texts of use), a rule whose clauses
 * state no points at their heads, names with bare numbers and no rule text: no table read.
 */
type Row = (string | number | null)[];

const RUBRIC_LINES =
  "①完成新增国家、省、市级龙头企业指标(15分):\n新培育国家级龙头企业(6分):\n前三名按照6、5、4分打分,有新培育的得3分。\n新培育省级龙头企业(9分):\n前三名按照9、8、7分打分。\n②积极申报省级产业化联合体(2.5分):\n提交申报材料的得1分,申报成功的得2.5分。\n③工作实效性、质量性(2.5分):\n根据各项任务实效性和质量性进行打分。";
const RUBRIC_INLINE = "①按时报送培育计划(4分):计划报送及时的得4分。②建立主体名录(6分):名录完整的得6分,缺一项扣1分。";
const TITLE = "新型农业经营主体培育工作考核评分指标表";

const sheet = (rows: Row[], merges = ["A1:C1"]) => Grid.fromValues("Sheet1", [[TITLE], ...rows], merges);

describe("lines of a numbered name, its points and a rule whose clause heads state theirs, no header above", () => {
  test.each([
    ["one line, clauses on lines of their own", [["1.农业龙头企业", 20, RUBRIC_LINES]], [[2, 20]]],
    ["one line, clauses inline", [["1.家庭农场", 10, RUBRIC_INLINE]], [[2, 10]]],
    ["two lines, the second's rule stating points without clause heads", [["1.农业龙头企业", 20, RUBRIC_LINES], ["2.农民合作社", 10, "新增国家级示范社的得5分,省级示范社的得3分,市级得2分。"]], [[2, 20], [3, 10]]],
    ["an empty spacer column between the name and its points", [["1.农业龙头企业", null, 20, RUBRIC_LINES]], [[2, 20]]],
    ["a group label with its points above the lines", [["一、主体培育(30分)", null, null], ["1.农业龙头企业", 20, RUBRIC_LINES], ["2.家庭农场", 10, RUBRIC_INLINE]], [[3, 20], [4, 10]]],
  ])("%s: an indicator system, the lines' points as weights", (_, rows, want) => {
    const r = review(sheet(rows as Row[]), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual(want);
  });

  test("the inferred columns: 二级 | 分值 | 评分标准, no header row named", () => {
    const h = inferHeaderless(sheet([["1.农业龙头企业", 20, RUBRIC_LINES]]))!;
    expect(h).not.toBeNull();
    expect(h.inferred).toBe(true);
    expect(h.columns).toEqual({ level2: 1, weight: 2, rubric: 3 });
    expect(review(sheet([["1.农业龙头企业", 20, RUBRIC_LINES]]), "national").model.headerRow).toBeNull();
  });

  test("the clause heads add up to the line's points (15 + 2.5 + 2.5 = 20): nothing; 分值 21: a hint at the rule", () => {
    expect(clauseHeadPoints(RUBRIC_LINES)).toEqual([15, 2.5, 2.5]);
    const rubric = (w: number) => review(sheet([["1.农业龙头企业", w, RUBRIC_LINES]]), "national").findings.filter((f) => f.rule === "rubric-points-mismatch");
    expect(rubric(20)).toEqual([]);
    expect(rubric(21).map((f) => [f.cell, f.severity, f.data?.sum, f.data?.weight])).toEqual([["C2", "info", 20, 21]]);
  });
});

describe("counter-shapes: no indicator table read", () => {
  test.each([
    ["a fund list: numbered names, amounts, texts of the funds' use", [["1.农业龙头企业", 20, "用于扶持农业龙头企业技术改造、品牌建设和市场开拓(万元)"], ["2.农民合作社", 15, "用于合作社标准化生产基地建设和冷链设施购置(万元)"]]],
    ["clauses stating no points at their heads", [["1.农业龙头企业", 20, "①新培育国家级龙头企业的,按排名打分。②积极申报联合体的,视情况打分。"]]],
    ["names with numbers and no rule text", [["1.农业龙头企业", 20, null], ["2.农民合作社", 15, null]]],
  ])("%s", (_, rows) => {
    const g = sheet(rows as Row[]);
    expect(inferHeaderless(g)).toBeNull();
    expect(review(g, "national").model.family).not.toBe("indicator-system");
  });

  test("a clause-head rule among lines of names and amounts (the other lines no item lines): not read", () => {
    const g = sheet([["1.农业龙头企业", 20, RUBRIC_LINES], ["2.农民合作社", 15, "用于合作社标准化生产基地建设和冷链设施购置"], ["3.家庭农场", 12, "用于家庭农场示范场创建奖补"]]);
    expect(inferHeaderless(g)).toBeNull();
  });
});
