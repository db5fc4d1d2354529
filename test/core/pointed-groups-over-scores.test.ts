import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";

/**
 * A criteria table whose points stand only in its group labels, over lines scored one by one (县就业服务中心 共性指标表:
 * 一级指标 | 二级指标 | 三级指标 | 指标解释 | 指标说明 | 得分, '投入(20分)' over '项目立项(12分)' over lines scored 4, 4, 3): an
 * indicator system, its weights one level up. Counter-shapes: one pointed group only, no score on the lines, and a
 * points-free table — none weighted, not read as a scoring system.
 */
type Row = (string | number)[];
const HEAD: Row = ["一级指标", "二级指标", "三级指标", "指标解释", "指标说明", "得分"];
const EXPLAIN = "用以反映和考核项目立项的规范情况。";
const RULE = "评价要点:①是否按照规定的程序申请设立;②所提交的文件、材料是否符合相关要求。";
const lines = (l1: string, l2: string, scores: (number | string)[]): Row[] => [
  [l1, l2, "项目立项规范性", EXPLAIN, RULE, scores[0]],
  ["", "", "绩效目标合理性", EXPLAIN, RULE, scores[1]],
  ["", "", "绩效指标明确性", EXPLAIN, RULE, scores[2]],
];
const sheet = (l1: string, l2: string, scores: (number | string)[]) =>
  Grid.fromValues("Sheet1", [["县就业服务中心财政专项资金绩效评价共性指标表"], HEAD, ...lines(l1, l2, scores)], ["A3:A5", "B3:B5"]);

test("points in the two group labels over scored lines: an indicator system headed at row 2, three lines scored, no weight of their own", () => {
  const m = recognise(sheet("投入(20分)", "项目立项(12分)", [4, 4, 3]));
  expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
  expect(m.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[3, null, 4], [4, null, 4], [5, null, 3]]);
});

test.each([
  ["one pointed group only", "投入", "项目立项(12分)", [4, 4, 3]],
  ["no score on the lines", "投入(20分)", "项目立项(12分)", ["", "", ""]],
  ["no points anywhere", "投入", "项目立项", [4, 4, 3]],
] as [string, string, string, (number | string)[]][])("counter-shape: %s — not a scoring system", (_, l1, l2, scores) => {
  expect(recognise(sheet(l1, l2, scores)).family).not.toBe("indicator-system");
});
