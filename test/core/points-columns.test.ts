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
