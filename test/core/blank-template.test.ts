import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/** A blank template: pre-printed indicator names, no target, value, weight or score in any row. */
function sheet(filled: boolean): Grid {
  return Grid.fromValues("Sheet1", [
    ["某资金绩效目标自评表"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
    ["产出指标", "数量指标", "支持基础研究项目数量", filled ? "≥10个" : null, filled ? "12个" : null, null],
    [null, null, "转化科技成果数量", null, null, null],
    [null, "质量指标", "……", null, null, null],
    ["效益指标", "社会效益", "带动就业人数", null, null, null],
  ]);
}

describe("the pre-printed names of a blank template", () => {
  test("rows 3, 4 and 6 are its indicators (the '……' row 5 is not), each without a value", () => {
    const m = review(sheet(false), "national").model;
    expect(m.indicators.map((i) => [i.row, i.name, i.weight, i.claimedScore, i.target?.kind ?? "empty"])).toEqual([
      [3, "支持基础研究项目数量", null, null, "empty"],
      [4, "转化科技成果数量", null, null, "empty"],
      [6, "带动就业人数", null, null, "empty"],
    ]);
  });
  test("once one row holds a value, only rows with values are indicators (row 3)", () => {
    expect(review(sheet(true), "national").model.indicators.map((i) => i.row)).toEqual([3]);
  });
});
