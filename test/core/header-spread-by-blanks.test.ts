import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A header cell over sub-columns (区域目标值 over 新罗区 | 永定区 | 上杭县, 指标值 over 2021年实际实现值 | 预期2022年实现值)
 * with its merges undone (a CSV dump): the cell spread over the blanks right of it reads as the merge it was, so the
 * line of short names under it is the header's second line (no indicator) and a sub-column named like the parent is
 * the column (the 预期 target, not the empty first one).
 */

type Layout = "merged" | "unmerged";

/** 一级指标 | 二级指标 | 三级指标 | 指标解释 | 区域目标值 (over 新罗区 | 永定区 | 上杭县) */
function regions(layout: Layout): Grid {
  const rows: (string | null)[][] = [
    ["专项转移支付绩效目标表", null, null, null, null, null, null],
    ["总体目标", "推进宗教活动场所规范化管理", null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标解释", "区域目标值", null, null],
    [null, null, null, null, "新罗区", "永定区", "上杭县"],
    ["产出指标", "数量指标", "补助县(市、区)数量", "反映补助县数量情况", "2", "3", "1"],
    [null, "质量指标", "项目资金使用合规性", "反映资金使用合规情况", ">=95%", ">=95%", ">=95%"],
    ["效益指标", "社会效益指标", "宗教场所规范化水平", "反映规范化水平", "提升", "提升", "提升"],
  ];
  const merges = layout === "merged" ? ["A1:G1", "B2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "A5:A6"] : [];
  return Grid.fromValues("Sheet1", rows, merges);
}

/** 绩效指标 | 一级 | 二级 | 三级 | 指标值 (over 2021年实际实现值 | 预期2022年实现值) | 指标标准或依据 */
function targets(layout: Layout): Grid {
  const rows: (string | null)[][] = [
    ["项目支出绩效目标批复表", null, null, null, null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null, "指标标准或依据"],
    [null, null, null, null, "2021年实际实现值", "预期2022年实现值", null],
    [null, "产出指标", "数量指标", "主体班培训人次", null, "280人次", null],
    [null, null, null, "邀请校外名师授课人次", null, "25人次", null],
    [null, "满意度指标", "服务对象满意度指标", "培训学员满意度", null, "≥95%", null],
  ];
  const merges = layout === "merged" ? ["A1:G1", "A2:A6", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "B4:B5", "C4:C5"] : [];
  return Grid.fromValues("Sheet1", rows, merges);
}

const reading = (g: Grid) => {
  const m = review(g, "national").model;
  return { target: m.columns.targetValue, lines: m.indicators.map((i) => `${i.row}:${i.name}`) };
};

describe("a header cell spread by blanks over its sub-columns reads as merged", () => {
  test("regions, merged: three indicators, the counties' line none", () => {
    expect(reading(regions("merged"))).toMatchObject({ lines: ["5:补助县(市、区)数量", "6:项目资金使用合规性", "7:宗教场所规范化水平"] });
  });

  test("regions, every merge undone: the same (新罗区 | 永定区 | 上杭县 no indicator line)", () => {
    expect(reading(regions("unmerged"))).toEqual(reading(regions("merged")));
  });

  test("targets, merged: the target column the 预期 sub-column (F = 6)", () => {
    expect(reading(targets("merged"))).toEqual({ target: 6, lines: ["4:主体班培训人次", "5:邀请校外名师授课人次", "6:培训学员满意度"] });
  });

  test("targets, every merge undone: the same", () => {
    expect(reading(targets("unmerged"))).toEqual(reading(targets("merged")));
  });
});
