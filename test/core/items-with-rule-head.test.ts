import { reviewRows as run, type Row } from "../helpers/review-rows";

/**
 * 考核项目 | 考核内容及计分标准 | 标准分 | 扣分标准 (corpus45's development sheet: a 区's 2023 信访工作目标管理考核细则 for its
 * 镇街道): the column headed by the items' word joined to a rule's holds the numbered items, each with what earns its
 * points; the rule column after the points holds the deductions. Before, both were read as rubrics and the items had no
 * names of their own (their group labels), so a repeated item number went unseen.
 */
const rules = (third = "3.建立领导接待日制度。", head = "考核内容及计分标准", ruleHead = "扣分标准"): { rows: Row[]; merges: string[] } => ({
  rows: [
    ["信访工作目标管理考核细则"],
    ["考核项目", head, "标准分", ruleHead],
    ["领导重视(20分)", "1.成立信访工作领导小组。", "8分", "未成立的扣2分。"],
    [undefined, "2.每年至少召开4次会议。", "4分", "每少1次扣1分。"],
    [undefined, third, "5分", "未建立制度不得分。"],
    [undefined, "4.落实信访岗位津贴。", "3分", "未落实的不计分。"],
    ["制度建设(10分)", "5.有固定的信访接访场所。", "6分", "无固定场所扣2分。"],
    [undefined, "6.建立风险评估制度。", "4分", "未建立的不得分。"],
  ],
  merges: ["A1:D1", "A3:A6", "A7:A8"],
});

describe("a head joining the items' word and a rule's, before the points, with a rule column after them", () => {
  test("the items' column: the repeated number 2. (for 3.) at B5 is flagged", () => {
    const { rows, merges } = rules("2.建立领导接待日制度。");
    const r = run(rows, merges);
    expect(r.model.columns.level3).toBe(2);
    expect(r.model.columns.rubric).toBe(4);
    expect(r.findings.filter((f) => f.rule === "code-sequence").map((f) => f.cell)).toEqual(["B5"]);
  });
  test("numbered 1 … 6 in sequence, the groups' points adding up: no error", () => {
    const { rows, merges } = rules();
    const r = run(rows, merges);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.model.indicators.map((i) => i.weight)).toEqual([8, 4, 5, 3, 6, 4]);
  });
  test("counter-shape — with no rule column after the points (扣分标准 headed 备注), the joined head stays the rubric", () => {
    const { rows, merges } = rules(undefined, "考核内容及计分标准", "备注");
    expect(run(rows, merges).model.columns.rubric).toBe(2);
  });
});
