import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Sichuan 区域绩效目标自评表: the 得分 column is labelled only in the head block ("自评得分" over the sheet's 100), each
 * block's points stand down that column, and the indicator header has the block's "50" there instead of a label. The
 * column is the 得分 column, and the 100 under the label is the sheet's stated total.
 */
const sheet = (labelAbove: string) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["食品监管补助资金区域绩效目标自评表"],
      ["专项名称", "食品监管补助资金"],
      ["中央主管部门", "市场监管总局", null, null, null, null, labelAbove],
      ["省级财政部门", "四川省财政厅", null, "省级主管部门", "四川省市场监管局", null, 100],
      ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", 50],
      [null, "产出指标", "质量指标", "指标1:监管人员培训", "已完成", "已完成", 5],
      [null, null, null, "指标2:违法案件查办率", "100%", "100%", 4],
      [null, "效益指标", "社会效益指标", "指标1:重大食品安全事故数", "0次", "0次", 3],
    ],
    ["A5:A8", "B6:B7", "C6:C7"],
  );

test("自评得分 printed above column G: the scores 5, 4, 3 are read, and 100 (G4) is the stated total", () => {
  const m = review(sheet("自评得分"), "national").model;
  expect(m.columns.score).toBe(7);
  expect(m.indicators.map((i) => i.claimedScore)).toEqual([5, 4, 3]);
  expect(m.totals?.score?.cell).toBe("G4");
  expect(m.totals?.score?.value).toBe(100);
});
test("another word above column G (备注): no score column, no total", () => {
  const m = review(sheet("备注"), "national").model;
  expect(m.columns.score).toBeUndefined();
  expect(m.totals?.score ?? null).toBeNull();
});
