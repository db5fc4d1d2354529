import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A leading 合计 column over its parts (学生人数: 合计 | 小学 | 初中): a line that names its unit but gives none of
 * the group's numbers (its counts not filled in) does not end the list when the line below carries a 合计 again.
 */
describe("a leading total column read past a line with none of its numbers", () => {
  const table = (d6: number, blankLine: boolean) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["某补助资金分配明细表"],
        ["序号", "学校名称", "学生人数", null, null, "补助资金(元)"],
        [null, null, "合计", "小学", "初中", null],
        ...(blankLine ? [[1, "甲镇中心学校", null, null, null, 1750]] : []),
        [2, "乙镇中心学校", 106, d6, 76, 37100],
        [3, "丙镇中心小学", 150, 150, null, 52500],
        [4, "丁镇中心学校", 23, 23, null, 8050],
      ],
      ["A2:A3", "B2:B3", "C2:E2", "F2:F3"],
    );
  const sums = (g: Grid) => review(g, "national").model.relations.flatMap((x) => (x.kind === "sum" && x.orientation === "columns" ? [x.total.cell] : []));
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

  test("the unfilled first line (甲镇) skipped: 106 = 30 + 76, 150 = 150, 23 = 23 are read", () => {
    expect(sums(table(30, true))).toEqual(["C5", "C6", "C7"]);
    expect(errors(table(30, true))).toEqual([]);
  });

  test("a part changed below the unfilled line (小学 33: 33 + 76 = 109 against 106) is a total mismatch at C5", () => {
    const f = errors(table(33, true));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "C5"]]);
    expect(f[0].data).toMatchObject({ total: 106, sum: 109 });
  });

  test("the same table without the unfilled line reads the same three lines", () => {
    expect(sums(table(30, false))).toEqual(["C4", "C5", "C6"]);
  });
});
