import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";
import { unitResultList } from "../../src/core/recognise/unit-results";

/**
 * A ranking of areas by an index (县(市、区) | 政务满意度指数(70%) | 经济指数(30%) | 综合指数(百分制) | 综合排名 under
 * '…综合指数各县(市、区)排名表'): one assessment's results over several units, a per-unit result list as 被考核单位 | 得分
 * is. The area column names the units, 综合指数 is their score, the parts with their share printed in the head are
 * already weighted (not read), 综合排名 is a rank. Counter-shapes: a part without its share, an amount column, a title
 * naming neither an assessment nor a ranking.
 */
type Row = (string | number)[];
const HEAD: Row = ["县(市、区)", "政务满意度指数(70%)", "经济指数(30%)", "综合指数(百分制)", "综合排名"];
const LINES: Row[] = [
  ["甲县", 59.97, 26, 85.97, 1],
  ["乙区", 61.95, 22, 83.95, 2],
  ["丙市", 62.11, 21, 83.11, 3],
];
const TITLE = "表1:上半年某市营商环境满意度综合指数各县(市、区)排名表";
const list = (title: string, head: Row, lines: Row[] = LINES) => Grid.fromValues("Sheet1", [[title], head, ...lines]);

test.each([
  ["县(市、区)", HEAD],
  ["区县", ["区县", ...HEAD.slice(1)]],
  ["地区 with a 名次", ["地区", ...HEAD.slice(1, 4), "名次"]],
])("an index ranking by %s: an evaluation summary headed at row 2, three units on rows 3–5", (_, head) => {
  const g = list(TITLE, head);
  expect(unitResultList(g)).toMatchObject({ headerRow: 2, unitCol: 1, scoreCol: 4, rows: [3, 4, 5] });
  const m = recognise(g);
  expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 2]);
});

test.each([
  ["a part without its share (政务满意度指数)", TITLE, ["县(市、区)", "政务满意度指数", ...HEAD.slice(2)]],
  ["an amount column (分配金额(万元))", TITLE, [...HEAD.slice(0, 4), "分配金额(万元)"]],
  ["a title naming neither an assessment nor a ranking", "上半年某市营商环境满意度综合指数汇总表", HEAD],
])("counter-shape: %s — no result list", (_, title, head) => {
  const g = list(title, head);
  expect(unitResultList(g)).toBeNull();
  expect(recognise(g).family).not.toBe("evaluation-summary");
});

/**
 * The parts' shares on the header's next line instead of in their heads (南通 城市长效管理 街道考核结果: 街道名称 |
 * 系统考核得分 | 现场考核得分 | 履职考核得分 | 总 分 | 排名 over '(占40%) (占40%) (占20%)'): the same weighted parts, the
 * header two lines, the units from the line under the shares, 总分 their score. Counter-shape: the same heads with no
 * share line (a unit's line right under them) — parts that say nothing of their weight, no result list.
 */
const STREET_HEAD: Row = ["街道名称", "系统考核得分", "现场考核得分", "履职考核得分", "总 分", "排名"];
const SHARES: Row = ["", "(占40%)", "(占40%)", "(占20%)", "", ""];
const STREETS: Row[] = [
  ["甲街道", 95.65, 93.73, 95.8, 94.91, 1],
  ["乙街道", 95.37, 93.8, 96.15, 94.9, 2],
  ["丙街道", 95.67, 93.93, 93.1, 94.46, 3],
];
const STREET_TITLE = "8月份某市市区城市长效综合管理考核通报";

test.each([
  ["shares under the heads, the header's first cell merged down", [[STREET_TITLE], STREET_HEAD, SHARES, ...STREETS], ["A2:A3"]],
  ["shares under the heads, nothing merged", [[STREET_TITLE], STREET_HEAD, SHARES, ...STREETS], []],
] as [string, Row[], string[]][])("%s: an evaluation summary headed at row 2, 总分 the score, three units on rows 4–6", (_, rows, merges) => {
  const g = Grid.fromValues("Sheet1", rows, merges);
  expect(unitResultList(g)).toMatchObject({ headerRow: 2, unitCol: 1, scoreCol: 5, rows: [4, 5, 6] });
  const m = recognise(g);
  expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 2]);
});

// (session 47: the same heads with no share line are a results list all the same — units, their 总分 and places — since
// grad47a's parts list (subset-totals.ts); what the missing shares forbid is a sum over the parts: 95.65 + 93.73 + 95.8 is no
// 94.91, and no subset of the parts the lines bear out, so only the places are checked against 总分)
test("counter-shape: the part heads with no share line under them — the places against 总分, no sum over the parts", () => {
  const g = Grid.fromValues("Sheet1", [[STREET_TITLE], STREET_HEAD, ...STREETS]);
  expect(unitResultList(g)).toMatchObject({ headerRow: 2, unitCol: 1, scoreCol: 5, rows: [3, 4, 5] });
  const m = recognise(g);
  expect(m.family).toBe("evaluation-summary");
  expect(m.relations.filter((r) => r.kind === "sum")).toEqual([]);
  expect(review(g).findings).toEqual([]);
});
