import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The 评价结果 cover table of a department's evaluation report (the Hainan 部门整体支出绩效评价报告: 本次绩效评价结果, then
 * 评价准则 | 分值 | 实际得分 | 绩效评价等级 over 投入 / 过程 / 产出 / 效果, closed by 评价结果 | 100 | 80.14, the grade bands
 * printed in the 等级 column): a sheet whose only table is that block of scored criteria. It is an evaluation summary;
 * each criterion is checked as an indicator (score ≤ weight, not negative), and its closing 评价结果 row is the total.
 */
const sheet = (edit: Record<string, string | number> = {}) => {
  const rows: (string | number)[][] = [
    ["某市公安局"],
    ["2017年整体支出绩效评价报告"],
    ["本次绩效评价结果"],
    ["评价准则", "分值", "实际得分", "绩效评价等级"],
    ["投入", 15, 11.54, "优(100-90分)、良(80-89分)、中(60-79)、差(60分以下)"],
    ["过程", 55, 38.6],
    ["产出", 20, 20],
    ["效果", 10, 10],
    ["评价结果", 100, 80.14],
    ["评价小组", "组长:某某"],
  ];
  for (const [a1, v] of Object.entries(edit)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = v;
  }
  return Grid.fromValues("S", rows, ["D5:D9"]);
};
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

test("read as an evaluation summary: four criteria with their 分值 and 得分, the 评价结果 row as the total 80.14", () => {
  const { model } = review(sheet(), "national");
  expect(model.family).toBe("evaluation-summary");
  expect(model.headerRow).toBe(4);
  expect(model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
    [5, 15, 11.54],
    [6, 55, 38.6],
    [7, 20, 20],
    [8, 10, 10],
  ]);
  expect([model.totals?.weight?.value, model.totals?.score?.value, model.totals?.score?.cell]).toEqual([100, 80.14, "C9"]);
  expect(errors(sheet())).toEqual([]);
});

test("a criterion scored above its 分值 (过程 56 > 55), and a total that no longer adds up (11.54 + 56 + 20 + 10 = 97.54 ≠ 81.14)", () => {
  expect(errors(sheet({ C6: 56, C9: 81.14 }))).toEqual(expect.arrayContaining(["score-exceeds-weight@C6", "total-mismatch@C9"]));
});

test("a total that is not the sum of the criteria (11.54 + 38.6 + 20 + 10 = 80.14, stated 82.14)", () => {
  expect(errors(sheet({ C9: 82.14 }))).toEqual(["total-mismatch@C9"]);
});

test("评价结果 | 良 (a grade, no number under 得分) is not a total row", () => {
  const g = sheet({ B9: "", C9: "良" });
  expect(review(g, "national").model.totals).toBeNull();
});

describe("a label's unit after it: 评价分值(百分制) is the score on a 100 scale", () => {
  test("a weighted criteria table's 评价分值(百分制) over its scores: the summary's header row is that line (2)", () => {
    const g = Grid.fromValues("S", [
      ["现将某贷款项目绩效评价结果予以公开"],
      ["评价准则", "权重(%)", "评价分值(百分制)", "加权平均得分", "绩效等级"],
      ["相关性", "20%", "100.00", "20.00", "高度相关"],
      ["效率", "50%", "77.39", "38.70", "效率一般"],
      ["效果", "20%", "73.90", "14.78", "比较满意"],
      ["可持续性", "10%", "92.00", "9.20", "高度可持续"],
      ["项目绩效", "100%", "/", "82.68", "实施比较顺利"],
    ]);
    const { model } = review(g, "national");
    expect([model.family, model.headerRow]).toEqual(["evaluation-summary", 2]);
  });
});
