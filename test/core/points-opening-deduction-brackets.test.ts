import { reviewRows as run, type Row } from "../helpers/review-rows";
import { itemWeightInLabel, weightInLabel } from "../../src/core/text/labels";

/**
 * A development sheet of corpus47b: 山东省省级卫生先进单位创建标准评分表 — 项目 | 项目内容 | 扣分 | 扣分理由 | 实得分, no 分值
 * column; each item states its points at the opening of the bracket that carries its deductions ("…并兑现奖惩。(2分,无评比
 * 活动扣2分,…扣完为止)"), its group label its own ("一、组织管理(10分)" = 3 + 3 + 2 + 2). Before: no header, no indicator.
 */

describe("points opening the closing bracket of an item's deductions", () => {
  test.each([
    ["1.…配备专(兼)职工作人员。(3分,爱国卫生工作没列入单位议事日程扣1分,无爱国卫生组织扣1分,扣完为止)", 3],
    ["3.定期开展爱国卫生检查评比活动,并兑现奖惩。(2分,无评比活动扣2分,有活动无记录扣1分,扣完为止)", 2],
    ["4.服从当地爱国卫生组织管理。（2分；缺1次扣0.5分，扣完为止）", 2],
    ["建立台账(1.5分,缺一项扣0.5分)", 1.5],
  ])("%s → %d", (label, points) => {
    expect(weightInLabel(label)).toBe(points);
    expect(itemWeightInLabel(label)).toBe(points);
  });

  test.each([
    // (a rule's word first: the deduction, not the item's points)
    ["制度健全(扣2分,缺一项扣1分)"],
    ["制度健全(每缺一项扣1分,扣完为止)"],
    // (points for two tiers, or a bonus: no deduction after the points)
    ["一、稳定粮食生产(5分,35分)"],
    ["目标完成情况(50分,附加分5分)"],
    // (the bracket not closing the label)
    ["(3分,缺一项扣1分)以上材料齐全"],
    // (another bracket inside it)
    ["资料齐全(3分,缺(一)项的扣一半,扣完为止)"],
  ])("counter-shape: %s → no points", (label) => {
    expect(weightInLabel(label)).toBeNull();
  });

  test("a bracket that closes right after the points is read as before: '…活动(2分)' → 2, '(满分5分)' → 5", () => {
    expect(weightInLabel("…积极参与各项活动(2分)")).toBe(2);
    expect(weightInLabel("组织领导(满分5分)")).toBe(5);
  });
});

/** 山东's shape: 项目 | 项目内容 | 扣分 | 扣分理由 | 实得分, one group of four items (3 + 3 + 2 + 2 = 10), then a second group. */
const standard = (items: string[] = ["(3分,没列入议事日程扣1分,无组织扣1分,扣完为止)", "(3分,缺一项扣0.5分,扣完为止)", "(2分,无评比活动扣2分,扣完为止)", "(2分,缺1次扣0.5分,扣完为止)"], heads = ["项目", "项目内容", "扣分", "扣分理由", "实得分"]): Row[] => [
  ["附件1:"],
  ["山东省省级卫生先进单位创建标准评分表"],
  heads,
  ["一、组织管理(10分)", `1.爱国卫生工作列入单位议事日程,组织健全。${items[0]}`],
  [undefined, `2.有长期规划、年度计划、具体措施。${items[1]}`],
  [undefined, `3.定期开展爱国卫生检查评比活动。${items[2]}`],
  [undefined, `4.服从当地爱国卫生组织管理。${items[3]}`],
  ["二、健康教育(8分)", "5.定期开展多种形式的健康教育活动。(4分,未开展扣4分)"],
  [undefined, "6.设有健康教育宣传栏。(4分,无宣传栏扣4分)"],
];
const MERGES = ["A1:E1", "A2:E2", "A4:A7", "A8:A9"];

describe("a standard with no 分值 column: the items' column read off its points (项目 | 项目内容 | 扣分 | 扣分理由 | 实得分)", () => {
  test("the header is line 3; items 1–6 are read with 3, 3, 2, 2, 4, 4 under their groups; no finding", () => {
    const r = run(standard(), MERGES);
    expect(r.model.headerRow).toBe(3);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [4, 3],
      [5, 3],
      [6, 2],
      [7, 2],
      [8, 4],
      [9, 4],
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("item 2 printed (4分,…) — 一、组织管理(10分) against 3 + 4 + 2 + 2 = 11: a weight-sum-mismatch at A4", () => {
    const rows = standard(["(3分,没列入议事日程扣1分,无组织扣1分,扣完为止)", "(4分,缺一项扣0.5分,扣完为止)", "(2分,无评比活动扣2分,扣完为止)", "(2分,缺1次扣0.5分,扣完为止)"]);
    const f = run(rows, MERGES).findings.filter((x) => x.rule === "weight-sum-mismatch" && x.severity !== "info");
    expect(f.map((x) => x.cell)).toEqual(["A4"]);
  });

  test("counter-shape — the items state no points (names alone): no header is made of 项目内容 beside 实得分", () => {
    const r = run(standard(["", "", "", ""]).map((row, k) => (k >= 7 ? [row[0], String(row[1]).replace(/\(.*\)$/, "")] : row)), MERGES);
    expect(r.model.headerRow).toBeNull();
    expect(r.model.indicators).toEqual([]);
  });

  test("counter-shape — a 分值 column beside them: the column's points, not the labels' (项目 | 项目内容 | 分值 | 实得分)", () => {
    const rows: Row[] = [
      ["评分表"],
      ["项目", "项目内容", "分值", "实得分"],
      ["一、组织管理(10分)", "1.列入议事日程。(3分,扣完为止,缺一项扣1分)", "5", ""],
      [undefined, "2.有年度计划。(3分,缺一项扣0.5分)", "5", ""],
    ];
    const r = run(rows, ["A3:A4"]);
    expect(r.model.headerRow).toBe(2);
    expect(r.model.indicators.map((i) => i.weight)).toEqual([5, 5]);
  });
});
