import { Grid } from "../../src/core/grid/grid";
import { mergedRollups } from "../../src/core/relations/merged";

/**
 * mergedRollups reads each column's heading (the nearest text above a row that is no number) once per column, top down;
 * a text equal to the heading last read (a header printed again at a page break, a label on each of its lines) is not
 * classified again. The group under a header printed again is read against that header's words: 分值 over 分值 gives the
 * group's rollup (16 = 10 + 6, 8 = 5 + 3), 分值 over 得分 none for the group under it.
 */
describe("merged: column headings with a header printed again", () => {
  const sheet = (partHead: string) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["一级指标", "分值", "二级指标", "分值"],
        ["产出", 16, "数量", 10],
        ["", null, "质量", 6],
        ["一级指标", "分值", "二级指标", partHead],
        ["效益", 8, "社会效益", 5],
        ["", null, "满意度", 3],
      ],
      ["A2:A3", "B2:B3", "A5:A6", "B5:B6"],
    );
  const rollups = (g: Grid) => mergedRollups(g).map((r) => [r.measure, r.total.cell, r.total.value, r.parts.map((p) => `${p.cell}=${p.value}`).join("+")]);

  test("shape: 分值 printed again over the second group: both groups' rollups (B2 16 = D2 10 + D3 6, B5 8 = D5 5 + D6 3)", () => {
    expect(rollups(sheet("分值"))).toEqual([
      ["weight", "B2", 16, "D2=10+D3=6"],
      ["weight", "B5", 8, "D5=5+D6=3"],
    ]);
  });

  test("counter-shape: 得分 printed over the second group's parts: only the first group's rollup", () => {
    expect(rollups(sheet("得分"))).toEqual([["weight", "B2", 16, "D2=10+D3=6"]]);
  });
});
