import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A fund block whose 分值 and 得分 are typed as text with 分 ("10分", "9.5分"), as filled forms often do: they are
 * read as points like the indicators' own "9分", so the block's 10 points count in the total's 100 and its score in
 * the 总分.
 */
describe("a fund block with its points typed as text (10分 / 9.5分)", () => {
  const form = (budgetWeight: string | number, budgetScore: string | number, total: string | number = "99.5分") =>
    Grid.fromValues(
      "S",
      [
        ["项目支出绩效自评表"],
        ["项目名称", "某某项目"],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 100, 100, 95, budgetWeight, "95.00%", budgetScore],
        [null, "其中：当年财政拨款", 100, 100, 95, "—", "95.00%", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "100人", "50分", "50分", null],
        ["效益指标", "社会效益指标", "群众满意度", "≥90%", "92%", "40分", "40分", null],
        ["总分", null, null, null, null, "100分", total, null],
      ],
      ["A3:A5"],
    );
  const flags = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.severity === "error" || f.severity === "warning")
      .map((f) => [f.rule, f.cell]);

  test("10分 and 9.5分 (95% of 10): the 分值 add to 100 and the 得分 to 99.5, no error", () => {
    expect(flags(form("10分", "9.5分"))).toEqual([]);
  });

  test("the same block with bare numbers reads the same (the counter-shape: nothing new fires)", () => {
    expect(flags(form(10, 9.5))).toEqual([]);
  });

  test("the 总分 five points off is found against the block's 9.5分 and the indicators", () => {
    expect(flags(form("10分", "9.5分", "94.5分"))).toContainEqual(["total-mismatch", "G9"]);
  });

  test("a block 分值 of 20分 makes the weights 110: the weight sum is found", () => {
    expect(flags(form("20分", "19分", "109分")).map((x) => x[0])).toContain("weight-sum-mismatch");
  });

  test("a block score of 8分 where 95% of 10 is 9.5: the budget score is questioned at H4", () => {
    const fs = review(form("10分", "8分", "98分"), "national").findings;
    expect(fs.filter((f) => f.rule === "exec-score-mismatch").map((f) => f.cell)).toEqual(["H4"]);
  });
});
