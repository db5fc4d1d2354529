import { groupWeightInLabel } from "../../src/core/text/labels";

/**
 * speed54: groupWeightInLabel asks first whether the label's compact text holds 分 at all, before any of its readings
 * (bracketed points, clause awards, bare points after the label, a lost figure): each of them needs one. A table's
 * labels nearly all hold none (产出指标, 数量指标, each line's name), and findNameLabelBlocks asks it of every line of
 * the indicator table. The labels with points read the same as before; the labels without read nothing.
 */
describe("speed54: groupWeightInLabel's 分 gate", () => {
  test.each([
    ["产出指标", null],
    ["数量指标", null],
    ["指标1", null],
    ["达成年度指标", null],
    ["", null],
    ["满意度≥90%", null],
    ["经济效益(万元)", null],
    // (分 in the text, no points: the readings after the gate still refuse it)
    ["得分", null],
  ])("no points: %p → %p", (label, w) => {
    expect(groupWeightInLabel(label)).toBe(w);
  });

  test.each([
    // (分 after a space or a line end: compact text, as the readings read it)
    ["投入 20 分", 20],
    ["项目管理\n13 分", 13],
    ["产出指标（50分）", 50],
    ["示范社建设情况60分)", 60],
    ["四个规范。35分)", 35],
    ["一、組織領導38分", 38],
    ["1.耕地保有量;基本农田保护(7分)", 7],
    ["…活动。(2分,缺1次扣0.5分,扣完为止)", 2],
    // (two clauses each closing on their points, one a line: 1 + 1)
    ["落实领导责任(1分)。\n党员先锋模范作用好(1分)", 2],
  ])("points: %p → %p", (label, w) => {
    expect(groupWeightInLabel(label)).toBe(w);
  });
});
