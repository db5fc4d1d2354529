import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A sheet's stated total wherever and however it is written: a 合计/总分 row, a score with its unit ("88分"), in the
 * head block, under the reasons, in one cell under the table, beside its grade. Items 45 + 40 = 85 against a stated
 * 88: one total-mismatch at the stated cell; with 85 stated, none.
 */
const TABLE = [
  ["一级指标", "二级指标", "三级指标", "分值", "得分"],
  ["产出指标", "数量指标", "培训人数", 50, 45],
  ["效益指标", "社会效益指标", "就业率", 50, 40],
];
const TITLE = ["项目支出绩效自评表"];
type Rows = (string | number | null)[][];
const CASES: [string, (total: number) => Rows, string][] = [
  ["a 合计 row", (t) => [TITLE, ...TABLE, ["合计", null, null, 100, t]], "E5"],
  ["a 得分合计 row", (t) => [TITLE, ...TABLE, ["得分合计", null, null, 100, t]], "E5"],
  ["a 总分（满分100分） row", (t) => [TITLE, ...TABLE, ["总分（满分100分）", null, null, 100, t]], "E5"],
  ["the total written with its unit ('88分')", (t) => [TITLE, ...TABLE, ["合计", null, null, "100分", `${t}分`]], "E5"],
  ["'自评得分：88分' in the head block", (t) => [TITLE, [`自评得分：${t}分`], ...TABLE], "A2"],
  ["'自评得分 | 88' beside the project name", (t) => [TITLE, ["项目名称", "某项目", "自评得分", t], ...TABLE], "D2"],
  ["'项目总得分' under a 偏差原因 line", (t) => [TITLE, ...TABLE, ["偏差原因", "无"], ["项目总得分", null, null, null, t]], "E6"],
  ["'自评总分：88分' in one cell under the table", (t) => [TITLE, ...TABLE, [`自评总分：${t}分`]], "A5"],
  ["'综合得分 | 88 | 评价等级 | 良' under the table", (t) => [TITLE, ...TABLE, ["综合得分", t, "评价等级", "良"]], "B5"],
];
const totalFindings = (rows: Rows) =>
  review(Grid.fromValues("Sheet1", rows), "national").findings.filter((f) => f.rule === "total-mismatch" || f.rule === "weight-sum-mismatch");

describe.each(CASES)("%s", (_name, sheet, cell) => {
  test("85 stated for 45 + 40: no finding", () => {
    expect(totalFindings(sheet(85))).toEqual([]);
  });
  test(`88 stated: a total-mismatch at ${cell} (各项得分合计 85)`, () => {
    const f = totalFindings(sheet(88));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", cell]]);
    expect(f[0].message).toContain("85");
  });
});
