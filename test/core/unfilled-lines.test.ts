import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Named lines left unfilled (no target, value, weight or score) in a filled table are still indicators where the
 * table says so — between two indicators of their group, coded like their group's indicators ("指标2."), or, in a
 * table of targets only, opening a 二级 group of their own — and are not dropped; a wrapped name or a remark stays aside.
 */
const selfEval = Grid.fromValues(
  "S",
  [
    ["区域绩效目标自评表"],
    ["一级指标", "二级指标", "三级指标", "指标值", "完成值"],
    ["产出指标", "质量指标", "指标1.抽检完成率", "100%", "100%"],
    [null, null, "指标2.不合格产品处置率"],
    [null, null, "指标3.培训覆盖率", "100%", "100%"],
    [null, "成本指标", "指标1.培训成本", "≤400元", "180元"],
    [null, null, "指标2.抽验平均标准"],
    [null, null, "(含差旅)"],
    ["效益指标", "社会效益指标", "总体安全", "无重大事故", "无重大事故"],
  ],
  ["A3:A8", "B3:B5", "B6:B8"],
);
const target = Grid.fromValues(
  "S",
  [
    ["项目支出绩效目标申报表"],
    ["项目名称", "造林"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "造林面积(亩)", 80000],
    ["效益指标", "经济效益指标", "增加就业机会,提高农民收入。"],
    [null, "社会效益指标", "受益人数(人)", 132],
    ["满意度指标", "服务对象满意度", "群众满意度", "≥90%"],
  ],
  ["A5:A6"],
);

describe("unfilled lines of a filled table", () => {
  test("between two indicators (row 4) and coded like its group (row 7) are indicators; the bare remark (row 8) is not", () => {
    expect(review(selfEval, "national").model.indicators.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 9]);
  });
  test("in a table of targets only, a line opening a 二级 group of its own (经济效益, row 5) is an indicator, and its blank target is reported", () => {
    const r = review(target, "national");
    expect(r.model.indicators.map((i) => i.row)).toEqual([4, 5, 6, 7]);
    expect(r.findings.filter((f) => f.rule === "placeholder-value" && f.cell === "D5")).toHaveLength(1);
  });
});
