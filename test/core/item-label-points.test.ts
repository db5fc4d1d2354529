import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * An item stating its points twice — in its own label ("聘用情况(5分)") and in its 分值 cell on the same line — disagrees
 * with itself where the two differ: an error at the 分值 cell (weight-sum-mismatch, level "item-label"). Not a label
 * whose bracket is a count or a year, a group's label (merged over its lines, or its lines' label cells left blank),
 * nor an item whose text lists clauses with their own points.
 */
const LEGAL = join(FIXTURES, "real", "cn-village-community-legal-adviser-work-assessment-form-trad-excerpt.json");

const legal = (edits: Record<string, string> = {}) => {
  const g = jsonGrid(LEGAL);
  return Object.keys(edits).length ? g.withCells(Object.entries(edits).map(([cell, v]) => ({ cell, value: { v } }))) : g;
};

const itemLabel = (g: Grid) => review(g, "national").findings.filter((f) => f.messageId === "weightItemLabel");

describe("村(社区)法律顾问工作考评表 (stored sheet)", () => {
  test("every label agrees with its 分值 cell: nothing found", () => {
    expect(itemLabel(legal())).toEqual([]);
  });

  test("B4 '5分' → '6分' (the label still '聘用情况(5分)'): an error at B4, 6 against the label's 5", () => {
    const f = itemLabel(legal({ B4: "6分" }));
    expect(f.map((x) => [x.cell, x.severity, x.rule, x.data?.sum, x.data?.total])).toEqual([["B4", "error", "weight-sum-mismatch", 6, 5]]);
    expect(f[0].related).toContain("A4");
  });

  test("A5's label '(5分)' → '(4分)' (the column still 5分): an error at B5", () => {
    expect(itemLabel(legal({ A5: "服務明示情況(4分)" })).map((x) => x.cell)).toEqual(["B5"]);
  });
});

type Row = (string | number)[];
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", [["某县2023年度工作考核评分表"], ["考核项目", "分值", "评分标准", "得分"], ...rows], merges);

describe("hand-made shapes", () => {
  const rows: Row[] = [
    ["组织领导(10分)", 10, "未成立领导小组扣5分", 10],
    ["制度建设(20分)", 20, "制度不健全扣5分", 18],
    ["工作落实(40分)", 40, "未完成任务每项扣5分", 35],
    ["群众满意度(30分)", 30, "满意度每低1%扣1分", 28],
  ];

  test("the labels agree with their 分值: nothing; one 分值 typed 8 under '组织领导(10分)': an error at B3", () => {
    expect(itemLabel(sheet(rows))).toEqual([]);
    const g = sheet([["组织领导(10分)", 8, "未成立领导小组扣5分", 8], ...rows.slice(1)]);
    expect(itemLabel(g).map((x) => [x.cell, x.data?.sum, x.data?.total])).toEqual([["B3", 8, 10]]);
  });

  test("a bracket that is a count or a year is no points: '培训场次(3项)', '项目验收(2021年)'", () => {
    const g = sheet([
      ["培训场次(3项)", 10, "少一项扣2分", 10],
      ["项目验收(2021年)", 20, "未验收不得分", 20],
      ["工作落实(40分)", 40, "", 40],
      ["群众满意度(30分)", 30, "", 30],
    ]);
    expect(itemLabel(g)).toEqual([]);
  });

  test("a group's label stating its points on its own first line: merged over its lines, or its lines' labels left blank", () => {
    const grouped: Row[] = [
      ["一、组织领导(20分)", "成立领导小组", 5, "", 5],
      ["", "制定工作方案", 15, "", 15],
      ["二、工作落实(80分)", "完成任务", 50, "", 50],
      ["", "按时报送", 30, "", 30],
    ];
    const head: Row = ["考核项目", "考核内容", "分值", "评分标准", "得分"];
    const merged = Grid.fromValues("Sheet1", [["某县2023年度工作考核评分表"], head, ...grouped], ["A3:A4", "A5:A6"]);
    expect(itemLabel(merged)).toEqual([]);
    const unmerged = Grid.fromValues("Sheet1", [["某县2023年度工作考核评分表"], head, ...grouped]);
    expect(itemLabel(unmerged)).toEqual([]);
    const twoColumns = sheet([
      ["组织领导(20分)", 5, "未成立领导小组扣5分", 5],
      ["", 15, "方案不完善扣5分", 15],
      ["工作落实(80分)", 50, "", 50],
      ["", 30, "", 30],
    ]);
    expect(itemLabel(twoColumns)).toEqual([]);
  });

  test("a rule sheet's item whose text states its clauses' points ('建立工作台账(2分),定期报送(3分)') is not compared here", () => {
    const g = sheet([
      ["建立工作台账(2分),定期报送(3分)", 6, "", 6],
      ["每少报一次扣1分(1分)", 4, "", 4],
      ["工作落实(40分)", 40, "", 40],
      ["群众满意度(30分)", 30, "", 30],
    ]);
    expect(itemLabel(g)).toEqual([]);
  });
});

/**
 * The table's last line (cut there, or the sheet's last row) whose label states more than its 分值: a label may be a group's
 * over lines the cut hides, so it is compared only with evidence that it is the line's own — the lines above state their
 * own points in their labels, as many as their 分值 cells right beside them, and so does this one's position (the 分值
 * beside the label); or, where a group's label stands left of it, its 分值 column between it and the line's content (a
 * points column weighs the level on its left: 二级要素 | 标准分值 | 考评要点). Then the two disagree whichever is larger.
 */
describe("the last line's label over its 分值: compared where the evidence says the label is the line's own", () => {
  const head: Row = ["项目", "分值", "内容和标准", "评价方式", "评分"];
  const lines = (last: string, lastPoints = "20分"): Row[] => [
    ["聘用情况(5分)", "5分", "签订聘用合同,明确工作职责。", "查阅资料", ""],
    ["服务明示情况(5分)", "5分", "公示法律顾问姓名、联系方式。", "实地查看", ""],
    [last, lastPoints, "建立工作日志,记录服务情况", "", ""],
  ];
  const withHead = (rows: Row[], h: Row = head) => Grid.fromValues("Sheet1", [["某县村(社区)法律顾问工作考评表"], h, ...rows]);

  test.each([
    ["label (25分) over 20分", "执行工作日志制度情况(25分)", "20分", [["B5", 20, 25]]],
    ["label (15分) under 20分 (as before)", "执行工作日志制度情况(15分)", "20分", [["B5", 20, 15]]],
    ["label (20分) = 20分", "执行工作日志制度情况(20分)", "20分", []],
  ])("lines above agreeing, the 分值 beside the label: %s", (_, last, points, want) => {
    expect(itemLabel(withHead(lines(last, points))).map((x) => [x.cell, x.data?.sum, x.data?.total])).toEqual(want);
  });

  test("counter-shape: no line above states its own points (the last label may be a group's over hidden lines): silent", () => {
    const rows = lines("执行工作日志制度情况(25分)").map((r, k): Row => (k < 2 ? [String(r[0]).replace(/\(\d+分\)/, ""), ...r.slice(1)] : r));
    expect(itemLabel(withHead(rows))).toEqual([]);
  });

  test("counter-shape: a content column between the labels and their 分值 (项目 | 内容 | 评分规则 | 分值: the label a group's over its content lines): silent", () => {
    const rows: Row[] = [
      ["强化目标管理(5分)", "节约能源资源目标管理", "完成节能目标得5分。", "5"],
      ["完善制度体系(25分)", "管理机构", "明确创建工作责任人,得1分。", "5"],
    ];
    const g = Grid.fromValues("Sheet1", [["节约型机关创建评分表"], ["项目", "内容", "评分规则", "分值"], ...rows]);
    expect(itemLabel(g)).toEqual([]);
  });
});

describe("a 二级 label with its points under a weighted 一级, its 标准分值 between it and the 考评要点 (the sheet cut on the line)", () => {
  const chengdu = (label: string, points: string, order: "points-first" | "content-first" = "points-first") => {
    const rule = "1.未制定工作方案的,扣10分。2.未以正式文件明确组织领导机构的,扣10分。3.未落实专项资金的,扣10";
    const content = "结合实际制定规范化建设工作实施方案。";
    const head1 = order === "points-first" ? ["考评要素", "", "标准分值", "考评要点", "评分标准", "得分"] : ["考评要素", "", "考评要点", "标准分值", "评分标准", "得分"];
    const line = order === "points-first" ? ["工作推进(30分)", label, points, content, rule, ""] : ["工作推进(30分)", label, content, points, rule, ""];
    const merges = ["A2:B2", "C2:C3", "D2:D3", "E2:E3", "F2:F3"];
    return Grid.fromValues("Sheet1", [["某市安全生产监督管理规范化镇(街道)考评细则"], head1, ["一级要素", "二级要素", "", "", "", ""], line], merges);
  };
  const weight = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.rule === "weight-sum-mismatch" && f.severity !== "info")
      .map((f) => [f.cell, f.data?.sum, f.data?.total]);

  test.each([
    ["工作方案(12分)", "10分", [["B4", 10, 12]]],
    ["工作方案(10分)", "12分", [["B4", 12, 10]]],
    ["工作方案(10分)", "10分", []],
  ])("label %s, 标准分值 %s: an error at the label where they differ, either way", (label, points, want) => {
    expect(weight(chengdu(label, points))).toEqual(want);
  });

  test("counter-shape: the 分值 right of the 考评要点 (the points may be the content lines', the label over hidden ones): no error for (12分) over 10分", () => {
    expect(weight(chengdu("工作方案(12分)", "10分", "content-first"))).toEqual([]);
  });
});
