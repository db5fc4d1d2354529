import { Grid } from "../../src/core/grid/grid";
import { rangeA1 } from "../../src/core/grid/a1";
import { review } from "../../src/core/review";

/**
 * Rule sheets printed over two pages (eng24c): the page break repeats the header line, and inside a group the group's
 * label (with its points in the label, bare in brackets, in the level's own 分值 column, or none) as a label column, as
 * a label line across the table, as a caption over a middle level, or in the one name column of an outline. The two
 * parts are one group; a 序号 column and the items' codes number on through the break. Counter-shapes: the same label
 * with other points opens a new group; a number repeated after the break is still reported.
 */

type Rows = (string | number | null)[][];
const grid = (rows: Rows, merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const flags = (g: Grid, rule?: string) => review(g, "national").findings.filter((f) => (f.severity === "error" || f.severity === "warning") && (!rule || f.rule === rule));
const cells = (g: Grid, rule?: string) => flags(g, rule).map((f) => f.cell).sort();

const HEAD = ["考核项目", "考核内容", "分值", "评分标准"];

/**
 * A two-level sheet whose first group (`label`, 20 points: 6 + 8 + 6) is cut by a page break after its first item,
 * `at` more items before the break; `merge`: the label merged down its lines on each page, "unmerged" written once per
 * page, "filled" on every line.
 */
function twoLevel(label: string, fill: "merged" | "unmerged" | "filled", at = 1, points: [number, number, number] = [6, 8, 6]): Grid {
  const items = ["(1)建立领导小组", "(2)制定实施方案", "(3)召开专题会议"];
  const rows: Rows = [["2023年度安全生产工作考核评分表"], HEAD];
  const merges: string[] = [];
  let first = rows.length + 1;
  items.forEach((name, k) => {
    if (k === at) {
      if (fill === "merged" && rows.length + 1 - first > 1) merges.push(`A${first}:A${rows.length}`);
      rows.push(HEAD);
      first = rows.length + 1;
    }
    const own = rows.length + 1 === first || fill === "filled";
    rows.push([own ? label : null, name, points[k], "查阅资料，缺项不得分"]);
  });
  if (fill === "merged" && rows.length + 1 - first > 1) merges.push(`A${first}:A${rows.length}`);
  const second = label.replace("组织领导", "制度建设").replace("一、", "二、").replace("(一)", "(二)").replace(/\d+(?=分?[)）】]|分$)/, "80");
  rows.push([second, "(1)建立工作台账", 40, "查阅资料"], [fill === "filled" ? second : null, "(2)按时报送材料", 40, "查阅资料"], ["合计", null, 100, null]);
  if (fill === "merged") merges.push(`A${rows.length - 2}:A${rows.length - 1}`);
  return grid(rows, ["A1:D1", ...merges, `A${rows.length}:B${rows.length}`]);
}

describe("a group label printed again under the header repeated at a page break continues its group", () => {
  const labels = ["一、组织领导(20分)", "(一)组织领导(20分)", "组织领导（20分）", "一、组织领导【20分】", "一、组织领导20分"];
  const shapes: [string, "merged" | "unmerged" | "filled", number][] = [];
  for (const label of labels) for (const fill of ["merged", "unmerged", "filled"] as const) for (const at of [1, 2]) shapes.push([label, fill, at]);
  test.each(shapes)("%s, %s, break after item %d: clean, one group", (label, fill, at) => {
    const g = twoLevel(label, fill, at);
    expect(flags(g)).toEqual([]);
    expect(review(g, "national").model.groups.filter((x) => x.level === 1)).toHaveLength(2);
  });
  test.each(shapes)("%s, %s, break after item %d: an item's points raised is found at the group", (label, fill, at) => {
    const g = twoLevel(label, fill, at, [6, 10, 6]);
    expect(cells(g, "weight-sum-mismatch")).toContain("A3");
  });
  test("a bracketed code before the name is no part of the points' bracket: the label keeps its name", () => {
    const r = review(twoLevel("(一)组织领导(20分)", "merged"), "national");
    expect(r.model.groups[0].name).toBe("(一)组织领导");
  });
  test("counter-shape: the same name with other points after the break opens a new group (each short of its points)", () => {
    const g = twoLevel("一、组织领导(20分)", "merged");
    const rows: Rows = [];
    for (let r = 1; r <= g.rowCount; r++) rows.push([1, 2, 3, 4].map((c) => (g.isMergedTail(r, c) ? null : g.raw(r, c))) as Rows[number]);
    rows[4][0] = "一、组织领导(14分)";
    const again = grid(rows, g.merges.map(rangeA1));
    expect(review(again, "national").model.groups.filter((x) => x.level === 1)).toHaveLength(3);
    expect(cells(again, "weight-sum-mismatch")).toEqual(expect.arrayContaining(["A3"]));
  });
});

describe("points in the level's own 分值 column, the label printed again with them", () => {
  // 考核项目 | 分值 | 考核内容 | 分值: 一、组织领导 | 20 over (1) 6 | (2) 8 | (3) 6, the page breaking after (1)
  const rows = (again: number, third = 6): Rows => [
    ["考核评分表"],
    ["序号", "评估项目", "分数", "评估内容", "分数", "评分标准"],
    [1, "一、组织领导", 20, "1、建立领导小组", 6, "缺项不得分"],
    ["序号", "评估项目", "分数", "评估内容", "分数", "评分标准"],
    [2, "一、组织领导", again, "2、制定实施方案", 8, "缺项不得分"],
    [3, null, null, "3、召开专题会议", third, "缺项不得分"],
    [4, "二、制度建设", 80, "1、建立工作台账", 40, "查阅资料"],
    [5, null, null, "2、按时报送材料", 40, "查阅资料"],
    ["合计", null, null, null, 100, null],
  ];
  const merges = ["A1:F1", "B5:B6", "C5:C6", "B7:B8", "C7:C8", "A9:D9"];
  test("merged on each page: clean (the repeated 20 is no second group's points over the page's lines)", () => {
    expect(flags(grid(rows(20), merges))).toEqual([]);
  });
  test("an item's points raised: found at the group's points on the first page", () => {
    expect(cells(grid(rows(20, 9), merges), "weight-sum-mismatch")).toContain("C3");
  });
  test("counter-shape: other points in the repeated label's column open a new group", () => {
    const r = review(grid(rows(14), merges), "national");
    expect(r.model.groups.filter((x) => x.level === 1).map((x) => x.cell)).toEqual(["B3", "B5", "B7"]);
  });
  test("bare in brackets in the label (一、组织领导(20)), no 分值 column of its own: clean, one group", () => {
    const g = grid(
      [
        ["考核评分表"],
        ["评估项目", "评估内容", "标准分"],
        ["一、组织领导(20)", "(1)建立领导小组", "6"],
        ["评估项目", "评估内容", "标准分"],
        ["一、组织领导(20)", "(2)制定实施方案", "8"],
        [null, "(3)召开专题会议", "6"],
        ["二、制度建设(80)", "(1)建立工作台账", "40"],
        [null, "(2)按时报送材料", "40"],
      ],
      ["A1:C1", "A5:A6", "A7:A8"],
    );
    expect(flags(g)).toEqual([]);
    expect(review(g, "national").model.groups.filter((x) => x.level === 1)).toHaveLength(2);
  });
});

describe("a label line across the table printed again after the break", () => {
  // 一、组织领导 as a line of its own over the items (its points in the 分值 column, or in the label merged across)
  const make = (label: string, points: number | null, merged: boolean, third = 6): Grid => {
    const head = ["考评内容", "分值", "评分细则"];
    const second = label.replace("一、组织领导", "二、制度建设").replace("20", "80");
    const rows: Rows = [
      ["考核细则"],
      head,
      [label, points, null],
      ["1.建立领导小组", 6, "缺项不得分"],
      head,
      [label, points, null],
      ["2.制定实施方案", 8, "缺项不得分"],
      ["3.召开专题会议", third, "缺项不得分"],
      [second, points === null ? null : 80, null],
      ["1.建立工作台账", 40, "查阅资料"],
      ["2.按时报送材料", 40, "查阅资料"],
      ["合计", 100, null],
    ];
    return grid(rows, merged ? ["A1:C1", "A3:C3", "A6:C6", "A9:C9"] : ["A1:C1"]);
  };
  const shapes: [string, string, number | null, boolean][] = [
    ["points in the 分值 column", "一、组织领导", 20, false],
    ["points in the label, merged across", "一、组织领导(20分)", null, true],
    ["points in the label, unmerged", "一、组织领导(20分)", null, false],
  ];
  test.each(shapes)("%s: clean", (_, label, points, merged) => {
    expect(flags(make(label, points, merged))).toEqual([]);
  });
  test.each(shapes)("%s: an item's points raised is found", (_, label, points, merged) => {
    expect(cells(make(label, points, merged, 9), "weight-sum-mismatch").length).toBeGreaterThan(0);
  });
});

describe("one name column numbered in two styles (一、 sections over (1) items), the section line printed again", () => {
  const rows = (again: string, third = 6): Rows => [
    ["考核评分表"],
    ["考核内容", "标准分", "评分办法"],
    ["一、组织领导", 20, null],
    ["(1)建立领导小组", 6, "查阅资料"],
    ["考核内容", "标准分", "评分办法"],
    [again, 20, null],
    ["(2)制定实施方案", 8, "查阅资料"],
    ["(3)召开专题会议", third, "查阅资料"],
    ["二、制度建设", 80, null],
    ["(1)建立工作台账", 40, "查阅资料"],
    ["(2)按时报送材料", 40, "查阅资料"],
  ];
  test("clean, two sections", () => {
    const g = grid(rows("一、组织领导"), ["A1:C1"]);
    expect(flags(g)).toEqual([]);
    expect(review(g, "national").model.groups).toHaveLength(2);
  });
  test("an item's points raised: found at the section's points", () => {
    expect(cells(grid(rows("一、组织领导", 9), ["A1:C1"]), "weight-sum-mismatch")).toContain("B3");
  });
});

describe("a caption line over a middle level, both printed again after the break", () => {
  // 组织领导【20分】 across the table over 1.机构设置【14分】 (6 + 8) and 2.职责分工【6分】, each middle label filled down
  const rows = (third = 8): Rows => [
    ["考核评分细则"],
    ["考核内容", "考核要点", "分值", "考核标准"],
    ["组织领导【20分】", null, null, null],
    ["1.机构设置【14分】", "(1)建立领导小组", 6, "查阅资料"],
    ["考核内容", "考核要点", "分值", "考核标准"],
    ["组织领导【20分】", null, null, null],
    ["1.机构设置【14分】", "(2)制定实施方案", third, "查阅资料"],
    ["2.职责分工【6分】", "(1)召开专题会议", 6, "查阅资料"],
    ["制度建设【80分】", null, null, null],
    ["1.工作计划【80分】", "(1)建立工作台账", 40, "查阅资料"],
    ["1.工作计划【80分】", "(2)按时报送材料", 40, "查阅资料"],
  ];
  const merges = ["A1:D1", "A3:D3", "A6:D6", "A9:D9"];
  test("clean: the middle group goes on through the caption printed again", () => {
    const g = grid(rows(), merges);
    expect(flags(g)).toEqual([]);
    const r = review(g, "national");
    expect(r.model.groups.filter((x) => x.label.startsWith("1.机构设置"))).toHaveLength(1);
  });
  test("an item's points raised: found at the middle group", () => {
    expect(cells(grid(rows(10), merges), "weight-sum-mismatch")).toContain("A4");
  });
});

describe("a 序号 column and item codes numbering on through a page break", () => {
  const rows = (seqAfter: number, codeAfter: string): Rows => [
    ["考核评分表"],
    ["序号", "二级指标", "标准分"],
    ["组织领导(20分)", null, null],
    [1, "1、建立领导小组", 6],
    [2, "2、制定实施方案", 8],
    ["序号", "二级指标", "标准分"],
    [seqAfter, codeAfter, 6],
    [seqAfter + 1, "4、开展专项督查", 80],
  ];
  const g = (seqAfter: number, codeAfter: string) => grid(rows(seqAfter, codeAfter), ["A1:C1", "A3:C3"]);
  test("numbered on (3 after 2): the header line printed again is no second table", () => {
    expect(cells(g(3, "3、召开专题会议"), "code-sequence")).toEqual([]);
    expect(review(g(3, "3、召开专题会议"), "national").model.headerRepeats).toEqual([6]);
  });
  test("a number skipped after the break is found there", () => {
    expect(cells(g(4, "3、召开专题会议"), "code-sequence")).toContain("A7");
  });
  test("counter-shape: a number repeated after the break is still reported, at the repeat", () => {
    expect(cells(g(2, "3、召开专题会议"), "code-sequence")).toContain("A7");
  });
  test("an item code repeated after the break (2、 again) is reported at it", () => {
    expect(cells(g(3, "2、召开专题会议"), "code-sequence")).toContain("B7");
  });
});
