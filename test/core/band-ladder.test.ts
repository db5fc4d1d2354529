import { Grid } from "../../src/core/grid/grid";
import { bandLadder } from "../../src/core/recognise/rule-points";
import { review } from "../../src/core/review";

/**
 * A rule listing bands of a figure, each with its points after a comma, rising to the best ("0-10%,0.5分;超过10%,1分"):
 * alternatives (one applies), never awards to add up; the best band is the item's full mark, and one below the
 * item's 分值 means the item can never be met in full (a warning). A 说明 column holding such ladders beside a 分值
 * column is the table's rubric. Counter-shapes: a ladder whose points do not rise (a lost decimal point, 15 for 1.5)
 * says nothing; itemised awards (…得1分;…得2分) are still added up; a 说明 column of prose is no rubric.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");
const all = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "rubric-points-mismatch");

test("bandLadder: rising bands, the best the last; mixed; no ladder", () => {
  expect(bandLadder("37.2%-40%,1分;40%-42%,1.5分;超过42%,2分。")).toEqual({ kind: "rising", top: 2 });
  expect(bandLadder("0-10%,0.5分超过10%,1分")).toEqual({ kind: "rising", top: 1 });
  expect(bandLadder("50%-60%,1分;60%-70%1.5分;超过70%,2分。")).toEqual({ kind: "rising", top: 2 });
  expect(bandLadder("有数字平台,1分;有2个,1.5分;超过2个,2分。")).toEqual({ kind: "rising", top: 2 });
  expect(bandLadder("40%-42%,1分;42%-45%,15分;超过45%,2分。")).toEqual({ kind: "mixed" });
  // (an award verb, a deduction, per occurrence, conditions with no figure: no band ladder)
  expect(bandLadder("达到90%的得2分,80%的得1分")).toBeNull();
  expect(bandLadder("低于90%,扣1分;低于80%,扣2分")).toBeNull();
  expect(bandLadder("有制度,1分;有台账,2分")).toBeNull();
  expect(bandLadder("每发现一处,1分;2处以上,2分")).toBeNull();
  // (numbered clauses each awarding: added up elsewhere, no bands)
  expect(bandLadder("1.纳入政府工作重点,3分\n2.出台相关政策,2分;\n3.经费纳入预算,2分。")).toBeNull();
  expect(bandLadder("(1)机构成立,2分;(2)人员到位,2分")).toBeNull();
});

function table(rule6 = "0-10%,0.5分;超过10%,1分", head = "说明"): Grid {
  const rows: Row[] = [
    ["体育消费城市等级评定项目与分值"],
    ["序号", "评定项目", "评定指标", head, "最高分值"],
    [1, "基础条件", "经常参加体育锻炼人数比例", "37%-40%,1分;40%-42%,1.5分;超过42%,2分。", 2],
    [2, null, "每千人拥有社会体育指导员数量", "2人-3人,1分;3人-3.5人,1.5分;超过3.5人,2分。", 2],
    [3, "场地设施", "人均体育场地面积", "2平方米-3平方米,1分;超过3平方米,2分。", 2],
    [4, null, "人均体育场地面积年增速", rule6, 2],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:E1", "B3:B4", "B5:B6"]);
}

test("说明 of band ladders beside 最高分值: the rubric; a best band short of the 分值 is a warning at it", () => {
  const r = review(table(), "national");
  expect(r.model.columns).toMatchObject({ level1: 2, level3: 3, rubric: 4, weight: 5 });
  expect(flags(table()).map((f) => [f.rule, f.cell])).toEqual([["rubric-points-mismatch", "D6"]]);
});

test("every best band equal to its 分值: clean, no hint (the bands are never added up)", () => {
  const g = table("0-10%,1分;超过10%,2分");
  expect(all(g)).toEqual([]);
});

test("counter-shape: a ladder whose points do not rise (15 for 1.5) says nothing", () => {
  expect(all(table("0-10%,1分;10%-20%,15分;超过20%,2分"))).toEqual([]);
});

test("counter-shape: a best band above the 分值 is a hint only", () => {
  const f = all(table("0-10%,1分;超过10%,3分"));
  expect(f.map((x) => [x.cell, x.severity])).toEqual([["D6", "info"]]);
});

test("counter-shape: a 说明 column of prose is no rubric", () => {
  const rows: Row[] = [
    ["序号", "评定项目", "评定指标", "说明", "最高分值"],
    [1, "基础条件", "经常参加体育锻炼人数比例", "以统计部门数据为准", 2],
    [2, null, "每千人拥有社会体育指导员数量", "以体育部门数据为准", 2],
  ];
  const r = review(Grid.fromValues("Sheet1", rows, ["B2:B3"]), "national");
  expect(r.model.columns.rubric).toBeUndefined();
});

test("counter-shape: itemised awards under 评分标准 are still added up", () => {
  const rows: Row[] = [
    ["序号", "考核指标", "评分标准", "分值"],
    [1, "制度建设", "有制度,得1分;有台账,得2分", 2],
    [2, "队伍建设", "有专人,得1分;有培训,得1分", 2],
  ];
  const f = review(Grid.fromValues("Sheet1", rows), "national").findings.filter((x) => x.rule === "rubric-points-mismatch");
  expect(f.map((x) => x.cell)).toEqual(["C2"]);
});
