/**
 * A self-evaluation form printing no 总分 whose group labels state their points (产出指标(50分), 效益指标(30分),
 * 满意度指标(10分)) and one line left blank (生态效益指标: no indicator, no weight). Where the group's weighted lines
 * already make its points, the blank line holds none, so the whole (预算执行 10 + 90) is still asked: a budget weight
 * of 13 makes 103. Counter-shapes: the sheet as published gives no finding, and a blank line under a group whose lines
 * fall short of its points (the blank may hold the rest) leaves the whole unasked.
 */
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

const unstated = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "weight-sum-mismatch" && f.messageId === "unstatedTotal");

function form(budgetWeight: number, social = 10): Grid {
  return Grid.fromValues(
    "Sheet1",
    [
      ["项目支出绩效自评表", "", "", "", "", "", "", ""],
      ["项目名称", "科技特派员创业行动经费", "", "", "", "", "", ""],
      ["项目资金 (万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额:", "25", "25", "25", String(budgetWeight), "100%", String(budgetWeight)],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["", "产出指标(50分)", "数量指标", "开展结对交流活动", "≥3次", "3", "10", "10"],
      ["", "", "质量指标", "创业能力提升", "提升", "达成", "20", "20"],
      ["", "", "时效指标", "年底之前", "年底之前", "达成", "10", "10"],
      ["", "", "成本指标", "业务培训开展", "≥5万元", "5", "10", "10"],
      ["", "效益指标(30分)", "经济效益指标", "带动农民增收", "增收", "达成", "10", "10"],
      ["", "", "社会效益指标", "巩固脱贫成果", "巩固", "达成", String(social), String(social)],
      ["", "", "可持续影响指标", "能力持续提升", "提升", "达成", "10", "10"],
      ["", "", "生态效益指标", "", "", "", "", "0"],
      ["", "满意度指标(10分)", "满意度指标", "群众满意度", "≥90%", "95%", "10", "10"],
    ],
    ["A1:H1", "B2:H2", "A3:B3", "A5:A14", "B6:B9", "B10:B13"],
  );
}

describe("a blank line under a group its weighted lines already make", () => {
  test("as published (10 + 50 + 30 + 10 = 100): no finding", () => {
    expect(unstated(form(10))).toEqual([]);
  });
  test("the budget line weighted 13: 103, flagged", () => {
    expect(unstated(form(13)).map((f) => f.message.includes("合计 103"))).toEqual([true]);
  });
  test("counter-shape: the group's lines short of its points (社会效益 0 of the 30's 10): the blank line may hold it, no sum asked", () => {
    expect(unstated(form(13, 0))).toEqual([]);
  });
});
