import { Grid } from "../../../src/core/grid/grid";
import type { SumRelation } from "../../../src/core/model/types";
import { review } from "../../../src/core/review";

/**
 * A whole beside its breakdown: a column naming a whole (全市完成投资总额) and, to its right past other columns, a group
 * header merged across its sub-columns that breaks the same thing down (分区县投资完成情况 over 甲区 | 乙区 | 丙县 | 丁县 | 戊县):
 * whole = Σ sub-columns on every line, where the numbers vouch for it (one line: agrees or within 1%; several: at
 * least half agree).
 */
const grid = (lines: (string | number)[][], group = "分区县投资完成情况", whole = "全市完成投资总额") =>
  Grid.fromValues(
    "Sheet1",
    [
      ["某工作进度表"],
      ["责任部门", "计划投资", whole, "投资完成率", group, "", "", "", "", "备注"],
      ["", "", "", "", "甲区", "乙区", "丙县", "丁县", "戊县", ""],
      ...lines,
    ],
    ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:I2", "J2:J3"],
  );
const sums = (g: Grid) =>
  review(g, "national").model.relations.filter((r): r is SumRelation => r.kind === "sum" && r.orientation === "columns").map((r) => [r.total.cell, r.parts.map((p) => p.cell)]);
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

describe("a whole beside the group of columns that breaks it down", () => {
  test("one line, 60 = 10 + 20 + 30: the relation C4 = E4 + … + I4, header row 2 (the top line of the two), the line's whole as the total", () => {
    const g = grid([["文旅局", 50, 60, "120.00%", 10, 20, 30, 0, 0, "无"]]);
    expect(sums(g)).toEqual([["C4", ["E4", "F4", "G4", "H4", "I4"]]]);
    const m = review(g, "national").model;
    expect([m.headerRow, m.headerLastRow, m.totals?.score?.cell, m.totals?.score?.value]).toEqual([2, 3, "C4", 60]);
    expect(errors(g)).toEqual([]);
  });

  test("two lines agreeing and a third 45 against 10 + 20 + 12 = 42: total-mismatch at C6", () => {
    const f = errors(grid([["甲局", 50, 60, "120.00%", 10, 20, 30, 0, 0, ""], ["乙局", 10, 6, "60.00%", 1, 2, 3, 0, 0, ""], ["丙局", 40, 45, "112.50%", 10, 20, 12, 0, 0, ""]]));
    expect(f.map((x) => [x.rule, x.cell, x.messageId])).toEqual([["total-mismatch", "C6", "sum"]]);
    expect(f[0].data).toMatchObject({ total: 45, sum: 42 });
  });

  test("one line off by a wide margin (90 against 60): no relation is guessed", () => {
    expect(sums(grid([["文旅局", 50, 90, "180.00%", 10, 20, 30, 0, 0, ""]]))).toEqual([]);
  });

  test.each([
    ["a group that names no breakdown (投资完成情况)", "投资完成情况", "全市完成投资总额"],
    ["a whole of another thing (全市任务合计 beside 分区县投资情况)", "分区县投资情况", "全市任务合计"],
    ["a rate, not a whole (全市投资完成比例)", "分区县投资完成情况", "全市投资完成比例"],
  ])("%s: no relation", (_, group, whole) => {
    expect(sums(grid([["文旅局", 50, 60, "120.00%", 10, 20, 30, 0, 0, ""]], group, whole))).toEqual([]);
  });
});
