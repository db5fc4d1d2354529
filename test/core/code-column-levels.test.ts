import { Grid } from "../../src/core/grid/grid";
import { indicatorRole } from "../../src/core/recognise/headers";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";

/**
 * A grading standard (as 衢州's 企业档案工作等级评定标准): 编号 | 评定项目与评定内容 | 分数 | 评分细则 — a header word
 * joining two levels' words (评定项目 与 评定内容: the column holds both, its lowest level), and the codes 1 / 1.1 /
 * 1.1.1 in their own 编号 column: a line whose code the next line's extends by one dotted part is a group over the
 * lines coded under it (组织管理 19 = 机构 2 + 人员 5 + 制度 12, 机构 2 = 1 + 1), its points its own. Counter-shapes: a
 * plain 序号 (1, 2, 3) makes no groups; codes written into the names (1.1组织…) beside a 序号 column are still read;
 * a level's word joined to a points word (考核项目与分值) is no level.
 */
type Row = (string | number | null)[];

const HEAD: Row = ["编号", "评定项目与评定内容", "分数", "评分细则"];

function standard(codes = ["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "1.2.2", "2", "2.1", "2.1.1", "2.1.2"], head: Row = HEAD): Grid {
  const names = ["组织管理", "机构", "设置了档案管理机构", "建立了集中统一管理体系", "人员", "有明确的分管领导", "配备了档案人员", "基础业务", "收集", "建立了归档制度", "归档齐全"];
  const points = [7, 2, 1, 1, 5, 2, 3, 6, 6, 4, 2];
  const rules = [null, null, "设置了档案管理机构（1分）。", "实行集中统一管理（1分）。", null, "列入岗位职责（2分）。", "具有中级以上职称（3分）。", null, null, "制定了归档制度（4分）。", "归档齐全（2分）。"];
  const rows: Row[] = [["企业档案工作等级评定标准", null, null, null], head, ...codes.map((c, k) => [c, names[k], points[k], rules[k]])];
  return Grid.fromValues("Sheet1", rows, ["A1:D1"]);
}

const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("two levels' words joined in one header cell", () => {
  test.each([
    ["评定项目与评定内容", "level3"],
    ["考核项目及考核内容", "level3"],
    // (already read: a level's word with the requirements, a head naming items and their points)
    ["考核内容和要求", "level1"],
    ["项目名称及分值", "level3"],
  ])("%s → %s", (t, role) => expect(indicatorRole(t)).toBe(role));
  test("counter-shape: a level's word joined to a points word is the points' column, no level", () => {
    expect(indicatorRole("考核项目与分值")).toBe("weight");
  });
});

describe("codes 1 / 1.1 / 1.1.1 in their own 编号 column", () => {
  test("the coded groups are read over their leaves; every sum holds: no finding", () => {
    const g = standard();
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(m.headerRow).toBe(2);
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([[5, 1], [6, 1], [8, 2], [9, 3], [12, 4], [13, 2]]);
    expect(flags(g)).toEqual([]);
  });

  test("a leaf's points slip (C5 1 → 2): the group 机构 (2) no longer adds up", () => {
    const g = standard().withCells([{ cell: "C5", value: { v: 2 } }]);
    expect(flags(g)).toContain("weight-sum-mismatch@C4");
  });

  test("counter-shape: a plain 序号 (1 … 11) makes no groups, every line an item", () => {
    const g = standard(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"], ["序号", "评定项目与评定内容", "分数", "评分细则"]);
    expect(recognise(g).indicators.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  test("counter-shape: codes in the names beside a plain 序号 column are still the nesting read", () => {
    const rows: Row[] = [
      ["评分标准", null, null, null],
      ["序号", "评定项目", "分数", "评分细则"],
      [1, "1.组织管理", 3, null],
      [2, "1.1设置了档案管理机构", 1, "设置了机构（1分）。"],
      [3, "1.2建立了集中统一管理体系", 2, "集中统一管理（2分）。"],
      [4, "2.基础业务", 4, null],
      [5, "2.1建立了归档制度", 4, "制定了归档制度（4分）。"],
    ];
    const g = Grid.fromValues("Sheet1", rows, ["A1:D1"]);
    expect(recognise(g).indicators.map((i) => i.row)).toEqual([4, 5, 7]);
    expect(flags(g.withCells([{ cell: "C4", value: { v: 2 } }]))).toContain("weight-sum-mismatch@C3");
  });
});
