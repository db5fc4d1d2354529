import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The 绩效评价结果 cover table of a department's evaluation report (分值 | 得分 | 绩效等级 over 投入 / 过程 / 产出 / 效果, closed
 * by the total line) as a page that lost its labels keeps it: only 绩效等级 over the grades, a name on some lines, each
 * line ending in number | number | grade, the total line unnamed. A reviewer reads the columns by their content (the
 * first number is never below the second: 分值, then 得分; the last line, 100 and the others' sums, the total) and checks
 * it as the labelled table (result-cover-table.test.ts): each line's score against its 分值, the scores' sum against the
 * total. Hand sums: 15 + 49.04 + 20 + 10 = 94.04; 分值 55 + 20 + 10 = 85 where the first line lost its 分值 (100 stated).
 */
type Line = (string | null)[];
const LINES: Line[] = [
  [null, null, "15.00", "优"],
  [null, "55.00", "49.04", "优"],
  ["产出", "20.00", "20.00", "优"],
  [null, "10.00", "10.00", "优"],
  [null, "100.00", "94.04", "优"],
];
/** the lines with every 分值 kept (15 on the first) */
const WHOLE: Line[] = LINES.map((l, k) => (k === 0 ? [null, "15.00", "15.00", "优"] : l));
/** the same lines one column to the right, names in a two-column merge (A:B) */
const shifted = (lines: Line[]) => lines.map((l) => [l[0], null, ...l.slice(1)]);
/** the same lines after a 序号 column: 1 … 4, the total line unnumbered */
const numbered = (lines: Line[]) => lines.map((l, k) => [k < lines.length - 1 ? String(k + 1) : null, ...l]);

const sheet = (lines: Line[], edit: Record<string, string> = {}, wide: boolean | "serial" = false) => {
  const rows: (string | null)[][] = [
    ["某市人民法院"],
    ["2018年度部门整体支出绩效评价报告"],
    ["绩效评价结果"],
    wide === "serial" ? ["序号", null, null, null, "绩效等级"] : wide ? [null, null, null, null, "绩效等级"] : [null, null, null, "绩效等级"],
    ...(wide === "serial" ? numbered(lines) : wide ? shifted(lines) : lines).map((l) => [...l]),
    ["注:优(≥90)\n良(≥80,<90)\n中(≥60,<80)\n差(<60)"],
  ];
  for (const [a1, v] of Object.entries(edit)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = v;
  }
  return Grid.fromValues("S", rows, wide === true ? ["A7:B7"] : []);
};
const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

describe("a graded result table whose labels were lost, read by its content", () => {
  test.each([
    ["the first line's 分值 lost (4 columns)", LINES, false, [[5, null, 15], [6, 55, 49.04], [7, 20, 20], [8, 10, 10]], ["C9", 100, 94.04, "D9"]],
    ["every 分值 kept (4 columns)", WHOLE, false, [[5, 15, 15], [6, 55, 49.04], [7, 20, 20], [8, 10, 10]], ["C9", 100, 94.04, "D9"]],
    ["every 分值 kept, one column to the right", WHOLE, true, [[5, 15, 15], [6, 55, 49.04], [7, 20, 20], [8, 10, 10]], ["D9", 100, 94.04, "E9"]],
    ["every 分值 kept, after a 序号 column (1 … 4)", WHOLE, "serial", [[5, 15, 15], [6, 55, 49.04], [7, 20, 20], [8, 10, 10]], ["D9", 100, 94.04, "E9"]],
  ])("%s: four lines with their 分值 and 得分, the unnamed last line the total, its grade the sheet's", (_, lines, wide, inds, total) => {
    const { model } = review(sheet(lines, {}, wide as boolean | "serial"), "national");
    expect([model.family, model.headerRow]).toEqual(["evaluation-summary", 4]);
    expect(model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual(inds);
    expect([model.totals?.score?.cell, model.totals?.weight?.value, model.totals?.score?.value, model.grade?.cell]).toEqual(total);
  });

  test("every 分值 kept: nothing to report (15 + 55 + 20 + 10 = 100, the scores 94.04, 优 for 94.04 under the printed bands)", () => {
    expect(errors(sheet(WHOLE))).toEqual([]);
  });

  test.each([
    ["as published: 55 + 20 + 10 = 85 stated, the lost 分值 at least its score 15: 100 is possible", {}, []],
    ["过程 raised to 58: 58 + 20 + 10 + at least 15 = 103 > 100", { B6: "58.00" }, [["B9", 103, 100]]],
    ["效果 raised to 13: 55 + 20 + 13 + at least 15 = 103 > 100", { B8: "13.00" }, [["B9", 103, 100]]],
  ])("the first line's 分值 lost, %s", (_, edit, expected) => {
    const f = review(sheet(LINES, edit), "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.data?.sum, x.data?.total])).toEqual(expected);
    if (expected.length) expect(f[0].message).toBe("各项分值合计 103（未填分值的 1 行按其得分 15 计），与总分栏的 100 不符");
  });

  test.each([
    ["a total that is not the scores' sum (89.04 stated, 94.04 summed; 89.04 is 良 under the printed bands)", { C9: "89.04" }, ["grade-mismatch@D9", "total-mismatch@C9"]],
    ["a score above its 分值 (产出 24 > 20) and the total no longer the sum (98.04)", { C7: "24.00" }, ["score-exceeds-weight@C7", "total-mismatch@C9"]],
    ["a negative score (−1) and the total no longer the sum (83.04)", { C8: "-1.00" }, ["negative-score@C8", "total-mismatch@C9"]],
    ["a score left blank where the others are scored", { C7: "" }, ["missing-score@C7"]],
    ["a 分值 raised (过程 58: 15 + 58 + 20 + 10 = 103 against 100)", { B6: "58.00" }, ["weight-sum-mismatch@B9"]],
  ])("every 分值 kept, %s", (_, edit, expected) => {
    expect(errors(sheet(WHOLE, edit))).toEqual(expected);
  });

  test.each([
    ["no total line (the last line named 效果)", { A8: "效果", B9: "", C9: "", D9: "" }],
    ["the last line below another line's 分值 (100 → 50, not a total)", { B9: "50.00" }],
    ["the first number below the second on two lines (得分 | 分值 read the other way round)", { B6: "40.00", B8: "5.00" }],
    ["a percent among the numbers", { C6: "89.16%" }],
    ["a number left of the tail that is no ordinal (12.5 before a line's 分值)", { A6: "12.5" }],
  ])("%s: no table is read from the lines", (_, edit) => {
    expect(review(sheet(WHOLE, edit), "national").model.indicators).toEqual([]);
  });

  test("a labelled table (一级 | 二级 | 三级 | 分值 | 得分 header) whose author left a scored line's 分值 blank: the sum breaks, 70 against 100", () => {
    const g = Grid.fromValues("s", [
      ["2023年度项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "分值", "得分"],
      ["产出指标", "数量指标", "培训人数", 20, 20],
      ["产出指标", "质量指标", "合格率", 20, 20],
      ["产出指标", "时效指标", "完成时间", null, 10],
      ["效益指标", "社会效益", "受益群众", 20, 20],
      ["满意度指标", "满意度", "服务对象满意度", 10, 10],
      ["总分", null, null, 100, 80],
    ]);
    const f = review(g, "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => [x.severity, x.cell, x.message])).toEqual([["error", "D8", expect.stringMatching(/合计 70.*100/)]]);
  });
});
