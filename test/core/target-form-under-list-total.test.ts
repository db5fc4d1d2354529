import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A target form (绩效目标表) under the allocation list it sets targets for (分配明细表 with its 合计), cut after its
 * indicator header: a target declaration, and where the form's head restates the list's 合计 as its money (总金额 50, or
 * '50万元' with the unit fused), the list's 合计 is the sheet's total. A form for another amount is another project's.
 */
type Row = (string | number | null)[];
const sheet = (budget: string | number): Row[] => [
  ["2024年补助资金分配明细表、绩效目标表", null, null, null, null],
  ["分配明细表", null, null, null, null],
  ["单位:万元", null, null, null, null],
  ["序号", "县(市、区)", "资助项目内容", null, "金额"],
  ["1", "甲市民政局", "开展公益创投活动", null, 15],
  ["2", "乙区", "养老服务体系建设项目", null, 35],
  ["合计", null, null, null, 50],
  ["绩效目标表", null, null, null, null],
  ["项目名称", "助老颐养公益项目资金", null, null, null],
  ["主管部门", "甲市民政局", null, null, null],
  ["预算金额", "总金额", budget, "当年度金额", budget],
  ["总体绩效目标", "当年度目标", "资助开展助老颐养公益项目", null, null],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "当年度指标值"],
  [null, "产出指标", "数量指标", "满足开展", null],
];
const merges = ["A1:E1", "A2:E2", "A3:E3", "C4:D4", "C5:D5", "C6:D6", "A7:D7", "A8:E8", "B9:E9", "B10:E10", "C12:E12", "A13:A14"];
const model = (budget: string | number) => review(Grid.fromValues("表", sheet(budget), merges), "national").model;

test.each([
  ["总金额 50 (a number)", 50],
  ["总金额 '50万元' (its unit fused)", "50万元"],
] as [string, string | number][])("%s restates the list's 合计: target-declaration, header 13, total 50 at E7", (_, budget) => {
  const m = model(budget);
  expect(m.family).toBe("target-declaration");
  expect(m.headerRow).toBe(13);
  expect(m.totals?.score).toMatchObject({ cell: "E7", value: 50 });
});

test.each([
  ["总金额 30", 30],
  ["总金额 '30万元'", "30万元"],
] as [string, string | number][])("counter-shape: %s — another amount, the list's 合计 is not the form's total", (_, budget) => {
  expect(model(budget).totals).toBeNull();
});
