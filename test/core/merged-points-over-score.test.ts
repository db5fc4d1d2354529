import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A points header (分值) merged over two number columns with no sub-header line under it, on a self-scoring sheet:
 * the line under the header is data (it holds numbers and no header word), the two columns are 标准分 | 得分. The same
 * with its merges undone (a CSV dump: 目标名称 | (empty) | 分值 | (empty)): the second column, unnamed, is still the score;
 * and with its merges filled across (目标名称 | 目标名称 | 分值 | 分值): the second 分值 a copy of the first, not a second
 * points column.
 */
describe.each<[string, string[], (string | null)[]]>([
  ["merged", ["A3:B3", "C3:D3"], ["目标名称", null, "分值", null]],
  ["unmerged", [], ["目标名称", null, "分值", null]],
  // (its merges filled across, 取消合并并填充: 分值 | 分值, the second a copy of the first — read as its merge, headMerge)
  ["filled across", [], ["目标名称", "目标名称", "分值", "分值"]],
])("分值 %s over two number columns with no sub-header line (标准分 | 得分)", (_layout, merges, header) => {
  const sheet = (title: string, scores: (string | number | null)[], by = "评价人员:") =>
    Grid.fromValues(
      "Sheet1",
      [
        [title, null, null, null],
        ["评价单位:某街道办事处", "评价项目:某补贴", by, null],
        header,
        ["充分性", "制定实施方案,得3分,否则不得分。", "3", scores[0]],
        ["合理性", "按程序报批,得5分。", "5", scores[1]],
        ["公示情况", "公示时间不少于7天,得2分。", "2", scores[2]],
      ],
      merges,
    );
  const SELF = "某街道耕地地力保护补贴项目绩效评分细则";

  test("the first line under the header is an indicator; 分值 is C, 得分 D; scores as written", () => {
    const m = review(sheet(SELF, ["3", "4", "2"]), "national").model;
    expect(m.headerRow).toBe(3);
    expect([m.columns.weight, m.columns.score]).toEqual([3, 4]);
    expect(m.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [4, 3, 3],
      [5, 5, 4],
      [6, 2, 2],
    ]);
  });

  test.each([
    ["blank", null, "missing-score"],
    ["over its points", "6", "score-exceeds-weight"],
    ["negative", "-1", "negative-score"],
  ])("a score %s (D5) is found at its cell", (_what, d5, rule) => {
    const r = review(sheet(SELF, ["3", d5, "2"]), "national");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell])).toEqual([[rule, "D5"]]);
  });

  test("with no scoring word above the table the second column gets no role (a rubric's points may be shown twice)", () => {
    const m = review(sheet("某街道耕地地力保护补贴项目细则", ["3", "4", "2"], "填表日期:"), "national").model;
    expect(m.columns.score).toBeUndefined();
  });

  test("where the second column is above the first on most lines, it is no score", () => {
    const m = review(sheet(SELF, ["6", "9", "4"]), "national").model;
    expect(m.columns.score).toBeUndefined();
  });

});

describe("分值 merged over two columns with a sub-header line", () => {
  test("a sub-header line (权重 | 得分) under the merged 分值 keeps being read as the header's lower line", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["项目绩效自评评分表", null, null, null],
        ["目标名称", null, "分值", null],
        [null, null, "权重", "得分"],
        ["充分性", "制定实施方案,得3分。", 3, 3],
        ["合理性", "按程序报批,得5分。", 5, 4],
      ],
      ["A1:D1", "A2:B3", "C2:D2"],
    );
    const m = review(g, "national").model;
    // (the header named by its top line, its lower line the last one: the data start below it)
    expect([m.headerRow, m.headerLastRow, m.columns.weight, m.columns.score]).toEqual([2, 3, 3, 4]);
    expect(m.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [4, 3, 3],
      [5, 5, 4],
    ]);
  });
});
