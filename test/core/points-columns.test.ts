import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";

/**
 * Rule sheets whose points stand in a 分值 column beside each level (eng24b): hand-made shapes, merged, unmerged and
 * filled down, each consistent (no error or warning) and each slip found at its cell; counter-shapes that must stay.
 */
type Cell = string | number | null;
type Fill = "merged" | "unmerged" | "filled";
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);

/**
 * 考评项目 | 分值 | 考评内容 | 分值 | 考评要点 | 分值 | 评分标准 | 得分: two 一级 (30 = 20 + 10, 70), their 二级 with points,
 * the items' points adding up to them. Rows 3–7, 合计 on row 8.
 */
function threeLevels(heads: string[], fill: Fill, edits: Record<string, Cell> = {}): Grid {
  // [一级, 一级分值, 二级, 二级分值, 要点, 分值]
  const lines: Cell[][] = [
    ["一、组织领导", 30, "机构设置", 20, "成立领导小组", 12],
    ["一、组织领导", 30, "机构设置", 20, "制定年度工作计划", 8],
    ["一、组织领导", 30, "职责分工", 10, "明确分管领导", 10],
    ["二、工作落实", 70, "工作成效", 70, "完成年度目标任务", 40],
    ["二、工作落实", 70, "工作成效", 70, "问题整改到位", 30],
  ];
  const rows: Cell[][] = [["某某工作考核评分细则", null, null, null, null, null, null, null], [heads[0], "分值", heads[1], "分值", heads[2], "分值", "评分标准", "得分"]];
  lines.forEach((l, k) => {
    const prev = lines[k - 1];
    const out = l.slice();
    if (fill !== "filled" && prev) {
      if (prev[0] === l[0]) out[0] = out[1] = null;
      if (prev[0] === l[0] && prev[2] === l[2]) out[2] = out[3] = null;
    }
    rows.push([...out, "查阅资料，实地查看。", null]);
  });
  rows.push(["合计", null, null, null, null, 100, null, null]);
  for (const [a, v] of Object.entries(edits)) rows[Number(a.slice(1)) - 1]["ABCDEFGH".indexOf(a[0])] = v;
  const merges = ["A1:H1", "A8:E8"];
  if (fill === "merged") merges.push("A3:A5", "B3:B5", "C3:C4", "D3:D4", "A6:A7", "B6:B7", "C6:C7", "D6:D7");
  return Grid.fromValues("Sheet1", rows, merges);
}

describe("a 分值 column beside each of three levels: each belongs to the level left of it", () => {
  const HEADS = [
    ["考评项目", "考评内容", "考评要点"],
    ["类别", "项目", "具体内容"],
    ["评估项目", "评估内容", "评估要点"],
    ["一级指标", "二级指标", "三级指标"],
  ];
  const cases = HEADS.flatMap((h) => (["merged", "unmerged", "filled"] as Fill[]).map((f) => [h.join("|"), f, h] as const));

  test.each(cases)("%s (%s): three levels, each with its points column, and clean", (_k, fill, heads) => {
    const r = review(threeLevels(heads, fill), "national");
    const c = r.model.columns;
    expect([c.level1, c.level1Weight, c.level2, c.level2Weight, c.level3, c.weight]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(flags(r.findings)).toEqual([]);
  });

  test.each(cases)("%s (%s): a 一级's points and a 二级's points lowered are found at their cells", (_k, fill, heads) => {
    const one: Record<string, Cell> = fill === "filled" ? { B3: 27, B4: 27, B5: 27 } : { B3: 27 };
    expect(flags(review(threeLevels(heads, fill, one), "national").findings)).toContain("weight-sum-mismatch@B3");
    const two: Record<string, Cell> = fill === "filled" ? { D3: 17, D4: 17 } : { D3: 17 };
    expect(flags(review(threeLevels(heads, fill, two), "national").findings)).toContain("weight-sum-mismatch@D3");
  });

  test("counter-shape: two blocks side by side repeating their words (项目 | 分值 | 项目 | 分值 | 项目 | 分值) are no three levels", () => {
    const g = Grid.fromValues("Sheet1", [
      ["某某工作考核评分表", null, null, null, null, null],
      ["项目", "分值", "项目", "分值", "项目", "分值"],
      ["成立领导小组", 10, "完成年度目标任务", 20, "开展宣传活动", 10],
      ["制定年度工作计划", 10, "问题整改到位", 20, "建立健全工作台账", 20],
    ], ["A1:F1"]);
    const c = review(g, "national").model.columns;
    expect(c.level2Weight).toBeUndefined();
  });
});

/**
 * A label line with its group's points in the 分值 column (组织领导 | 25), the criteria under it adding up to them: a
 * group (a weight block over its lines), not an item counted with them.
 */
describe("a label line with its points in the 分值 column: a group when the lines under it add up to them", () => {
  type Shape = "label points" | "no rule beside it" | "parts ① under it";
  const GROUPS: [string, number, [string, number][]][] = [
    ["组织领导", 40, [["成立领导小组", 15], ["制定年度工作计划", 10], ["明确分管领导", 15]]],
    ["制度建设", 25, [["建立健全工作台账", 12], ["按时报送信息", 13]]],
    ["工作落实", 35, [["完成年度目标任务", 20], ["问题整改到位", 15]]],
  ];
  const CN = ["一", "二", "三"];
  /** rows from 3; `scores` fills a 得分 column on the items; with a rule column a 附加分 block; the total line last */
  function sheet(shape: Shape, edits: Record<string, Cell> = {}, scores = false): Grid {
    const ruled = shape !== "label points";
    const rows: Cell[][] = [["某某工作考核评分表", null, null, null], ruled ? ["项目", "满分", "评分办法", "得分"] : ["考评内容", "分值(分)", "自评得分", null]];
    GROUPS.forEach(([name, w, items], g) => {
      rows.push([shape === "label points" ? `${name}(${w}分)` : `(${CN[g]})${name}`, w, null, null]);
      items.forEach(([n, p], k) => {
        const code = shape === "parts ① under it" ? "①②③"[k] : `${k + 1}、`;
        rows.push(ruled ? [code + n, p, `完成的得${p}分，未完成的不得分。`, scores ? p : null] : [code + n, p, scores ? p : null, null]);
      });
    });
    if (ruled) rows.push(["(四)附加分", 5, null, null], ["获得市级以上表彰", 5, "获得市级以上表彰的加5分。", scores ? 5 : null]);
    rows.push(["总分", 100, null, scores ? (ruled ? 105 : 100) : null]);
    for (const [a, v] of Object.entries(edits)) rows[Number(a.slice(1)) - 1]["ABCD".indexOf(a[0])] = v;
    return Grid.fromValues("Sheet1", rows, ["A1:D1"]);
  }
  const SHAPES: Shape[] = ["label points", "no rule beside it", "parts ① under it"];

  test.each(SHAPES)("%s: clean, the label lines are no items", (shape) => {
    for (const scores of [false, true]) {
      const r = review(sheet(shape, {}, scores), "national");
      expect(flags(r.findings)).toEqual([]);
      expect(r.model.indicators.map((i) => i.row)).toEqual(shape === "label points" ? [4, 5, 6, 8, 9, 11, 12] : [4, 5, 6, 8, 9, 11, 12, 14]);
    }
  });

  test.each(SHAPES)("%s: a group's points lowered (B7) and an item's raised (B5) are found", (shape) => {
    expect(flags(review(sheet(shape, { B7: 22 }), "national").findings)).toContain("weight-sum-mismatch@B7");
    expect(flags(review(sheet(shape, { B5: 12 }), "national").findings)).toContain("weight-sum-mismatch@B3");
  });

  test("label points: a label stating other points than its 分值 cell is found at the label", () => {
    expect(flags(review(sheet("label points", { A7: "制度建设(22分)" }), "national").findings)).toContain("weight-sum-mismatch@A7");
  });

  test("counter-shape: items with their rules and scores whose points happen to add up (10 | 5 | 5) stay items", () => {
    const g = Grid.fromValues("Sheet1", [
      ["某项目绩效自评表", null, null, null],
      ["指标", "分值", "评分标准", "得分"],
      ["预算执行率", 10, "执行率100%得10分。", 9],
      ["资金到位率", 5, "全部到位得5分。", 5],
      ["资金使用合规性", 5, "合规得5分。", 5],
      ["产出数量", 10, "完成得10分。", 10],
      ["产出质量", 5, "达标得5分。", 4],
      ["满意度", 5, "90%以上得5分。", 5],
      ["合计", 40, null, 38],
    ], ["A1:D1"]);
    const r = review(g, "national");
    expect(r.model.indicators.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(flags(r.findings)).toEqual([]);
  });
});

/**
 * A group's label and its points filled down on every line of it, or written once with blanks below (类别 | 分数 |
 * 项目 | 分数 | 考核标准): the second 分数 is the items' points, which add up to the group's, not the points given; the
 * repeated group points are the group's, not parts added up.
 */
describe("group points filled down or written once beside the items' points", () => {
  const GROUPS: [string, number, [string, number][]][] = [
    ["组织领导", 21, [["(1)开展业务培训", 8], ["(2)建立联络员制度", 5], ["(3)成立领导小组", 8]]],
    ["制度建设", 27, [["(1)召开专题会议", 10], ["(2)资料归档规范", 8], ["(3)按要求公开信息", 9]]],
    ["工作落实", 52, [["(1)按时报送信息", 14], ["(2)落实值班制度", 38]]],
  ];
  /** rows from 3 (组织领导 3–5, 制度建设 6–8, 工作落实 9–10) */
  function sheet(fill: "filled" | "unmerged", heads: [string, string], edits: Record<string, Cell> = {}): Grid {
    const rows: Cell[][] = [["某某工作考核细则", null, null, null, null, null], ["序号", "类别", heads[0], "项目", heads[1], "考核标准"]];
    let n = 0;
    for (const [name, w, items] of GROUPS)
      items.forEach(([item, p], k) => {
        const first = k === 0 || fill === "filled";
        rows.push([++n, first ? name : null, first ? w : null, item, p, "查阅资料，实地查看。"]);
      });
    for (const [a, v] of Object.entries(edits)) rows[Number(a.slice(1)) - 1]["ABCDEF".indexOf(a[0])] = v;
    return Grid.fromValues("Sheet1", rows, ["A1:F1"]);
  }
  const CASES = [
    ["filled", ["分数", "分数"]],
    ["unmerged", ["分数", "分数"]],
    ["filled", ["分值", "分值"]],
    ["unmerged", ["分值", "分值"]],
  ] as const;

  test.each(CASES)("%s, %j: the items' points column, the group's beside its label; clean", (fill, heads) => {
    const r = review(sheet(fill, [...heads]), "national");
    expect([r.model.columns.level1Weight, r.model.columns.weight, r.model.columns.score]).toEqual([3, 5, undefined]);
    expect(r.model.groups.map((g) => [g.row, g.weight, g.indicators.length])).toEqual([[3, 21, 3], [6, 27, 3], [9, 52, 2]]);
    expect(flags(r.findings)).toEqual([]);
  });

  test.each(CASES.slice(2))("%s, %j: an item's points raised (E4) and a group's lowered (C6) are found", (fill, heads) => {
    expect(flags(review(sheet(fill, [...heads], { E4: 7 }), "national").findings)).toContain("weight-sum-mismatch@C3");
    const group: Record<string, Cell> = fill === "filled" ? { C6: 24, C7: 24, C8: 24 } : { C6: 24 };
    expect(flags(review(sheet(fill, [...heads], group), "national").findings)).toContain("weight-sum-mismatch@C6");
  });

  test("counter-shape: 分值 | 分数 whose 分数 falls short of the group's points in two groups is the points given (得分)", () => {
    const r = review(sheet("filled", ["分值", "分数"], { E4: 3, E7: 6 }), "national");
    expect(r.model.columns.score).toBe(5);
  });

  test("项目 | 满分 | 具体内容 | 满分 | 评分标准 (no name read as a level): the groups' level and the items', each with its points", () => {
    const heads = { B2: "项目", C2: "满分", D2: "具体内容", E2: "满分", F2: "评分标准" };
    for (const fill of ["filled", "unmerged"] as const) {
      const r = review(sheet(fill, ["满分", "满分"], heads), "national");
      expect([r.model.columns.level1, r.model.columns.level1Weight, r.model.columns.level3, r.model.columns.weight]).toEqual([2, 3, 4, 5]);
      expect(flags(r.findings)).toEqual([]);
      expect(flags(review(sheet(fill, ["满分", "满分"], { ...heads, E4: 7 }), "national").findings)).toContain("weight-sum-mismatch@C3");
    }
  });
});
