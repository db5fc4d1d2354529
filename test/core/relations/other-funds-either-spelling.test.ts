import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A fund list by government level with its 合计 first (资金来源 | 计划安排资金 | 实际到位资金 | 实际支出 | 结余, then
 * 合计, 中央财政 … 县(市)财政, 其它): the catch-all line is a part whichever way it is spelt (其他 / 其它, with or
 * without 资金), so the 合计 is checked against all five lines.
 */
const sheet = (other: string, total: number) =>
  Grid.fromValues("S", [
    ["项目绩效自评表"],
    ["项目名称", "某某项目"],
    ["资金来源", "计划安排资金", "实际到位资金", "实际支出", "结余"],
    ["合计", total, 90, 80, 10],
    ["中央财政", 40, 40, 35, 5],
    ["省财政", 20, 20, 18, 2],
    ["市财政", 0, 0, 0, 0],
    ["县（市）财政", 20, 20, 19, 1],
    [other, 20, 10, 8, 2],
  ]);

const sums = (g: Grid) =>
  review(g)
    .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
    .map((f) => [f.cell, f.messageId, f.data?.total, f.data?.sum]);

describe.each(["其它", "其他", "其它资金", "其他资金"])("the catch-all line written %s", (other) => {
  test("合计 100 = 40 + 20 + 0 + 20 + 20 in every column: no error", () => {
    expect(sums(sheet(other, 100))).toEqual([]);
  });
  test("合计 80 for 40 + 20 + 0 + 20 + 20 = 100: total-mismatch at B4", () => {
    expect(sums(sheet(other, 80))).toEqual([["B4", "sum", 80, 100]]);
  });
});
