import { Grid } from "../../src/core/grid/grid";
import type { CellValue } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { indicatorRole } from "../../src/core/recognise/headers";
import { levelsUnderItemsHead } from "../../src/core/recognise/items-head-levels";
import { labelName, weightInLabel } from "../../src/core/text/labels";

/**
 * 浙江's 考绩法 points tables (batch51-graduation-a-diagnosis.md): 温州 2013's 县(市、区)考核项目和分值 (项目 over A:C | 分值
 * | 考核内容) and 瑞安 2012's 党政领导干部绩效考核赋分表 (项目 over A:B | 分值 | 内容与要求 | 赋分方法), both read as no
 * family before. Three general readings, each with its counter-shape:
 *   1. 赋分方法 / 赋分办法 / 赋分标准 (the points assigned) name a rule column, as 评分办法 does; 按实绩赋分 is a method's
 *      text, no head;
 *   2. a group label's bracket may open with its items' count: '重点指标(19个,800分)' states 800 points;
 *   3. the items' word 项目 merged across the label columns left of the one points column is the levels, left to right,
 *      where a group label states points its lines add up to.
 */

const grid = (rows: CellValue[][], merges: string[]) => Grid.fromValues("Sheet1", rows, merges);

describe("1. 赋分 heads name the rule column", () => {
  test.each([
    ["赋分方法", "rubric"],
    ["赋分办法", "rubric"],
    ["赋分标准", "rubric"],
    ["指标赋分规则", "rubric"],
    // (counter-shapes: a method's text, or the points' word, names no rule column)
    ["按实绩赋分", null],
    ["赋分", null],
    ["内容与要求", null],
  ])("%s → %s", (head, role) => {
    expect(indicatorRole(head)).toBe(role);
  });
});

describe("2. a group's item count before its points in the bracket", () => {
  test.each([
    ["重点\n指标\n(19个,800分)", 800],
    ["综合指标(9项,570分)", 570],
    ["重点工作(1100分)", 1100],
    // (counter-shapes: a count alone is no points; a per-unit award is none either)
    ["综合指标(9个)", null],
    ["生态类指标(4个)", null],
    ["(每1个,0.5分)", null],
  ])("%j states %p", (label, points) => {
    expect(weightInLabel(label)).toBe(points);
  });

  test("the name without the bracket: '重点指标(19个,800分)' → 重点指标", () => {
    expect(labelName("重点\n指标\n(19个,800分)")).toBe("重点指标");
  });
});

/** 温州-like: 项目 over A:C | 分值 | 考核内容; 重点指标 100 = 60 + 40, 经济发展 50 = 30 + 20 (and 重点工作 50 = 30 + 20). */
const THREE_LEVELS: CellValue[][] = [
  ["县(市、区)考核项目和分值", "", "", "", ""],
  ["项目", "", "", "分值", "考核内容"],
  ["重点指标(2个,100分)", "经济类指标", "综合指标(1个)", "60", "考核地区生产总值等指标。"],
  ["", "", "专项指标(1个)", "40", "考核工商企业在册数等指标。"],
  ["重点工作(50分)", "经济发展(50分)", "实体经济", "30", "考核小微创业园等6项工作。"],
  ["", "", "招商引资", "20", "考核温商回归等3项工作。"],
];
const THREE_MERGES = ["A1:E1", "A2:C2", "A3:A4", "B3:B4", "A5:A6", "B5:B6"];

/** 瑞安-like: 项目 over A:B | 分值 | 内容与要求 | 赋分方法; 主要领导 1000 = 600 + 200 + 200. */
const TWO_LEVELS: CellValue[][] = [
  ["2012年度镇街党政领导干部绩效考核赋分表", "", "", "", ""],
  ["项  目", "", "分值", "内容与要求", "赋分方法"],
  ["主要领导\n(1000分)", "重要项目考核", "600", "根据重要项目考核得分进行换算。", "按实绩赋分。该项得分=(该单位得分/第一名得分)×600。"],
  ["", "领导评价", "200", "由市领导进行评价排名。", "按排名赋分。第一名得200分,名次每降低1位减2%。"],
  ["", "民主测评", "200", "根据民主测评情况计分。", "优秀得票率在90%及以上的,得满分200分。"],
];
const TWO_MERGES = ["A1:E1", "A2:B2", "A3:A5"];

/** the rows with some cells rewritten (A1 address → text) */
function edited(rows: CellValue[][], edits: Record<string, string>): CellValue[][] {
  const out = rows.map((r) => [...r]);
  for (const [cell, v] of Object.entries(edits)) out[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = v;
  return out;
}

describe("3. the items' word merged across the label columns: the levels under it", () => {
  test.each([
    ["three columns under 项目, 重点指标 100 = 60 + 40", THREE_LEVELS, THREE_MERGES, 4, [[1, "level1"], [2, "level2"], [3, "level3"]]],
    ["two columns under 项目, 主要领导 1000 = 600 + 200 + 200", TWO_LEVELS, TWO_MERGES, 3, [[1, "level1"], [2, "level3"]]],
    // (counter-shapes) the groups state no points: no evidence
    ["labels with no points", edited(THREE_LEVELS, { A3: "重点指标", A5: "重点工作", B5: "经济发展" }), THREE_MERGES, 4, undefined],
    // the groups' points are not their lines' (100 over 60 + 30, 50 over 30 + 10): no evidence
    ["points that do not add up", edited(THREE_LEVELS, { D4: "30", D6: "10" }), THREE_MERGES, 4, undefined],
    // a numbering column and the names under 项目, no group label
    ["numbers and names", [["项目", "", "分值", "说明"], ["1", "综合指标", "60", "…"], ["2", "专项指标", "40", "…"]], ["A1:B1"], 3, undefined],
    // 项目 over one column only
    ["one column", [["项目", "分值", "说明"], ["重点指标(100分)", "60", "…"], ["", "40", "…"]], ["A2:A3"], 2, undefined],
  ])("%s", (_name, rows, merges, points, expected) => {
    const g = grid(rows as CellValue[][], merges as string[]);
    const head = (rows as CellValue[][]).findIndex((r) => /^项\s*目$/.test(String(r[0]))) + 1;
    const got = levelsUnderItemsHead(g, head, points as number);
    expect(got ? [...got] : undefined).toEqual(expected);
  });

  test("温州-like: an indicator system (levels A, B, C, 分值 D, 考核内容 E the items' explanation), a rollup per group label", () => {
    const r = review(grid(THREE_LEVELS, THREE_MERGES), "national");
    expect([r.model.family, r.model.headerRow]).toEqual(["indicator-system", 2]);
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, weight: 4, explanation: 5 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 60], [4, 40], [5, 30], [6, 20]]);
    // (A3 100 = 60 + 40; the last block's labels, A5 and B5 over 30 + 20, at most theirs: the table may be cut there)
    expect(r.model.relations.map((x) => [x.id, "bound" in x ? x.bound : null])).toEqual([
      ["rollup:weight:group:A3", "equal"],
      ["rollup:weight:group:A5", "atMost"],
      ["rollup:weight:group:B5", "atMost"],
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("温州-like: D6 20 → 25 gives weight-sum-mismatch at B5 (30 + 25 = 55 against 50)", () => {
    const r = review(grid(edited(THREE_LEVELS, { D6: "25" }), THREE_MERGES), "national");
    const e = r.findings.filter((f) => f.severity === "error" && f.rule === "weight-sum-mismatch").map((f) => f.cell);
    expect(e).toContain("B5");
    expect(r.findings.find((f) => f.cell === "B5")!.message).toMatch(/55.*50/);
  });

  test("瑞安-like: an indicator system (groups A, items B, 分值 C, 赋分方法 E the rule), no error", () => {
    const r = review(grid(TWO_LEVELS, TWO_MERGES), "national");
    expect([r.model.family, r.model.headerRow]).toEqual(["indicator-system", 2]);
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 2, weight: 3, rubric: 5 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 600], [4, 200], [5, 200]]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("瑞安-like: C3 600 → 603 gives weight-sum-mismatch at A3 (603 + 200 + 200 = 1003 against 1000)", () => {
    const r = review(grid(edited(TWO_LEVELS, { C3: "603" }), TWO_MERGES), "national");
    const f = r.findings.filter((x) => x.severity === "error" && x.rule === "weight-sum-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["A3"]);
    expect(f[0].message).toMatch(/1003.*1000/);
  });

  test("瑞安-like with 备注 for 赋分方法 (no rule column, no points in the labels' lines' rules): no family", () => {
    const r = review(grid(edited(TWO_LEVELS, { E2: "备注" }), TWO_MERGES), "national");
    expect(r.model.family).toBe("unknown");
  });
});

/**
 * 4. A group's own line with its points and no item under it (温州 2013's 生态类指标(4个) | 80, its item cell merged across
 * from the class's as printed): with the merge undone, a line between two groups is the group's own item, named by its
 * label; a group's own line over its items, or the table's last line, keeps its points as the group's.
 */
describe("4. a group's own points line with no item under it", () => {
  const head = ["一级指标", "二级指标", "三级指标", "分值", "评分标准"];
  const decision = [["决策(20分)", "项目立项", "立项依据", "10", "依据充分得10分"], ["", "", "立项程序", "10", "程序规范得10分"]];
  test.each([
    // 资金管理 | (blank) | 30 between 决策 and 产出: the item of 过程 (30 = 30), read by its label
    ["between two groups", [head, ...decision, ["过程(30分)", "资金管理", "", "30", "管理规范得30分"], ["产出(50分)", "产出数量", "数量A", "30", "完成得30分"], ["", "", "数量B", "20", "完成得20分"]],
      [[2, 10, "立项依据"], [3, 10, "立项程序"], [4, 30, "资金管理"], [5, 30, "数量A"], [6, 20, "数量B"]]],
    // (counter-shape) 产出数量 | (blank) | 50 over 数量A 30 and 数量B 20: the group's own points, no item
    ["over its items", [head, ...decision, ["产出(50分)", "产出数量", "", "50", ""], ["", "", "数量A", "30", "完成得30分"], ["", "", "数量B", "20", "完成得20分"]],
      [[2, 10, "立项依据"], [3, 10, "立项程序"], [5, 30, "数量A"], [6, 20, "数量B"]]],
    // (counter-shape) the table's last line: its items may be cut, the points stay the group's
    ["the last line", [head, ...decision, ["过程(30分)", "资金管理", "", "30", "管理规范得30分"]], [[2, 10, "立项依据"], [3, 10, "立项程序"]]],
  ])("%s", (_name, rows, expected) => {
    const r = review(grid(rows as CellValue[][], []), "national");
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.name])).toEqual(expected);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
