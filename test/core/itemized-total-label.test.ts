import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * "分项合计" (the items added up) closes a list as 合计 does: each column's number on it is the sum of the column's
 * numbers above it, up to the column's name — also in a column filled on a few lines only.
 */
describe("a list closed by 分项合计", () => {
  const list = (c6: number) =>
    Grid.fromValues("Sheet1", [
      ["某年交通项目补助汇总表"],
      ["序号", "项目单位", "公路养护专项", "通村组公路补助", "金额合计"],
      ["1", "甲镇", null, 10, 10],
      ["2", "乙镇", null, 50, 50],
      ["3", "丙乡", 22, null, 22],
      ["4", "交通局本级", c6, null, c6],
      ["分项合计", null, 39, 60, 99],
    ]);
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

  test("公路养护专项 39 = 22 + 17 on its two filled lines: read, nothing found", () => {
    const sums = review(list(17), "national").model.relations.flatMap((x) => (x.kind === "sum" && x.total.cell === "C7" ? [x.parts.map((p) => p.cell)] : []));
    expect(sums).toEqual([["C5", "C6"]]);
    expect(errors(list(17))).toEqual([]);
  });

  test("a line's amount changed (24 for 17, its row total too): 39 against 22 + 24 = 46 is a total mismatch at C7", () => {
    const f = errors(list(24)).filter((x) => x.cell === "C7");
    expect(f.map((x) => [x.rule, x.messageId])).toEqual([["total-mismatch", "sum"]]);
    expect(f[0].data).toMatchObject({ total: 39, sum: 46 });
  });
});
