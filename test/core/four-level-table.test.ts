import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A table of four levels (一级 | 二级 | 三级 | 四级指标 | 评分标准 | 得分), each level's points in its label: the 四级
 * cells are the indicators, the 三级 cell over them their group. A 三级 with no 四级 under it (merged across the
 * 四级 cell) is an indicator itself.
 */
function fourLevels(merges = ["A3:A6", "B3:B5", "C3:C4", "C6:D6"], first = 2): Grid {
  return Grid.fromValues(
    "评分表",
    [
      ["部门整体支出绩效评价指标体系评分表"],
      ["一级指标", "二级指标", "三级指标", "四级指标", "评分标准", "得分"],
      ["履职效能(20分)", "工作目标(5分)", "目标设定(4分)", "目标依据充分性(2分)", "每项达到目标值得0.5分。", first],
      [null, null, null, "工作目标合理性(2分)", "每项达到目标值得1分。", 1.5],
      [null, null, "目标管理(1分)", "目标管理有效性(1分)", "每项达到目标值得0.5分。", 1],
      [null, "整体工作(15分)", "总体工作完成率(15分)", null, "得分=完成率×15。", 15],
      ["合计", null, null, null, null, first + 17.5],
    ],
    merges,
  );
}

describe("a table with a 四级指标 column", () => {
  test("the 四级 cells are the indicators with their label points; a 三级 merged across the 四级 cell is one too", () => {
    const r = review(fourLevels(), "national");
    expect(r.model.columns).toEqual(expect.objectContaining({ level1: 1, level2: 2, level3: 4, rubric: 5, score: 6 }));
    expect(r.model.indicators.map((i) => [i.row, i.name, i.weight, i.claimedScore])).toEqual([
      [3, "目标依据充分性(2分)", 2, 2],
      [4, "工作目标合理性(2分)", 2, 1.5],
      [5, "目标管理有效性(1分)", 1, 1],
      [6, "总体工作完成率(15分)", 15, 15],
    ]);
  });

  test("the 二级 points (工作目标 5分) are the sum of its 四级 leaves (2 + 2 + 1), not of its 三级 labels read once per row (4 + 4 + 1)", () => {
    const r = review(fourLevels(), "national");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("every merge undone (a CSV dump): the same indicators, the 三级 with no 四级 named by its own cell", () => {
    const r = review(fourLevels([]), "national");
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [3, 2, 2],
      [4, 2, 1.5],
      [5, 1, 1],
      [6, 15, 15],
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a 四级 leaf's points against its score: 2.5 on a 2-point leaf is above its weight", () => {
    const f = review(fourLevels(undefined, 2.5), "national").findings.filter((x) => x.rule === "score-exceeds-weight");
    expect(f.map((x) => [x.cell, x.data?.score, x.data?.weight])).toEqual([["F3", 2.5, 2]]);
  });
});
