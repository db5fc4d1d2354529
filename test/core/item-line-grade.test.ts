import { reviewRows as run, type Row } from "../helpers/review-rows";

/**
 * A grade stated with its score on an indicator's line ("评价结果：9分，优" in the 评价说明 of 项目立项 | 9 | 9) grades
 * that item, not the sheet's total: it is not held against the sheet's bands (9 → 差). Counter-shapes: the same
 * statement under the table (the sheet's result: 9 is graded 差, the 优 contradicts it), and on an indicator's line
 * with a score above the item's weight (the sheet's 90分 result written in the last line's note: held against the bands).
 */
const sheet = (note3: string | null, after: string | null = null, note6: string | null = null): Row[] => [
  ["某项目绩效评价评分表"],
  ["一级指标", "二级指标", "分值", "得分", "评价说明"],
  ["决策", "项目立项", 9, 9, note3],
  [undefined, "绩效目标", 21, 18, "目标不够细化"],
  ["过程", "资金管理", 30, 27, undefined],
  ["产出", "产出数量", 40, 36, note6],
  ["合计", undefined, 100, 90, undefined],
  [after],
];
const grades = (rows: Row[]) => run(rows, ["A1:E1", "A3:A4"]).findings.filter((f) => f.rule === "grade-mismatch").map((f) => `${f.severity} ${f.cell}`);

describe("a grade stated on an indicator's line", () => {
  test.each<[string, Row[], string[]]>([
    ["评价结果：9分，优 beside 项目立项 (9 of its 9): the item's, not checked against the sheet's bands", sheet("评价结果：9分，优"), []],
    ["本项评价结果：9分，良 the same", sheet("本项评价结果：9分，良"), []],
    ["counter: 评价结果：9分，优 under the table — the sheet's result, 9 is 差", sheet(null, "评价结果：9分，优"), ["error A8"]],
    ["counter: 评价结果：85分，优 in the last line's note (85 above its 40) — held against the bands (85 is 良)", sheet(null, null, "评价结果：85分，优"), ["error E6"]],
  ])("%s", (_name, rows, expected) => {
    expect(grades(rows)).toEqual(expected);
  });
});
