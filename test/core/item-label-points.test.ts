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
