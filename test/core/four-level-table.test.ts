import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { signature } from "./metamorphic";

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

/**
 * The 三级 labels' points against the 四级 lines they span (eng26c, label-blocks findThirdLevelBlocks): "目标设定(4分)"
 * over 2 + 2, "目标管理(1分)" over 1. Counter-shapes: a 三级 with no 四级 (merged across, the line itself) is no block;
 * a 三级 label without points relates nothing.
 */
describe("a 三级 label's points weigh the 四级 lines under it", () => {
  const rows = (third: string, fourth2 = "工作目标合理性(2分)") => [
    ["部门整体支出绩效评价指标体系评分表"],
    ["一级指标", "二级指标", "三级指标", "四级指标", "评分标准", "得分"],
    ["履职效能(20分)", "工作目标(5分)", third, "目标依据充分性(2分)", "每项达到目标值得0.5分。", 2],
    [null, null, null, fourth2, "每项达到目标值得1分。", 1.5],
    [null, null, "目标管理(1分)", "目标管理有效性(1分)", "每项达到目标值得0.5分。", 1],
    [null, "整体工作(15分)", "总体工作完成率(15分)", null, "得分=完成率×15。", 15],
    ["合计", null, null, null, null, 19.5],
  ];
  const grid = (third: string, fourth2?: string) => Grid.fromValues("评分表", rows(third, fourth2), ["A3:A6", "B3:B5", "C3:C4", "C6:D6"]);
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
  test("blocks at C3 (4 = 2 + 2) and C5 (1 = 1), none at the 三级 merged across (C6): clean", () => {
    const r = review(grid("目标设定(4分)"), "national");
    expect(r.model.weightBlocks.map((b) => [b.cell, b.weight, b.firstRow, b.lastRow])).toEqual([
      ["C3", 4, 3, 4],
      ["C5", 1, 5, 5],
    ]);
    expect(errors(grid("目标设定(4分)"))).toEqual([]);
  });
  test("a 三级 label's points off its lines (5 over 2 + 2) are found at the label", () => {
    expect(errors(grid("目标设定(5分)"))).toContain("weight-sum-mismatch@C3");
  });
  test("counter-shape: a 三级 label without points relates nothing", () => {
    const r = review(grid("目标设定"), "national");
    expect(r.model.weightBlocks.map((b) => b.cell)).toEqual(["C5"]);
    expect(errors(grid("目标设定"))).toEqual([]);
  });
  // (the 三级 merged across its 四级 cell, that merge filled across by an export: 总体工作完成率(15分) written in C6 and D6)
  const filledAcross = (d6: string) => {
    const r = rows("目标设定(4分)");
    r[5] = [null, "整体工作(15分)", "总体工作完成率(15分)", d6, "得分=完成率×15。", 15];
    return Grid.fromValues("评分表", r, ["A3:A6", "B3:B5", "C3:C4"]);
  };
  const relations = (g: Grid) => signature(review(g, "national")).relations;
  test("the 三级 written again in its 四级 cell (C6 | C6, a merge filled across) is the line itself: no block at C6, the relations as merged (B6 ← C6)", () => {
    const g = filledAcross("总体工作完成率(15分)");
    expect(review(g, "national").model.weightBlocks.map((b) => b.cell)).toEqual(["C3", "C5"]);
    expect(relations(g)).toEqual(relations(grid("目标设定(4分)")));
    expect(relations(g)).toContainEqual(expect.stringMatching(/B6 ← C6$/));
  });
  test("counter-shape: a 四级 of its own under the 三级 (完成率(15分) in D6) is its line, and the 三级 its block (C6: 15 = 15)", () => {
    const g = filledAcross("完成率(15分)");
    expect(review(g, "national").model.weightBlocks.map((b) => [b.cell, b.weight])).toEqual([["C3", 4], ["C5", 1], ["C6", 15]]);
    expect(relations(g)).toContainEqual(expect.stringMatching(/B6 ← D6$/));
  });
});

/**
 * 一级 | 二级 | 三级指标 | 考核点 | 评价准则 | 评分: 考核点 is another 三级 word, but its cells are the finer level — more
 * lines than the 三级 column, each a short label with its own points — so the 考核点 are the indicators.
 */
function checkpoints(third: (string | null)[], points: string[], merges: string[]): Grid {
  return Grid.fromValues(
    "评价表",
    [
      ["农业综合标准化项目评价表(试行)"],
      ["一级指标", "二级指标", "三级指标", "考核点", "评价准则", "评分"],
      ["1.准备阶段(4分)", "1.1对象选定(4分)", third[0], points[0], "目的明确(1分);目的含糊(0.5分);未明确(0分)。", null],
      [null, null, third[1], points[1], "可行性强(1.5分);可行性不强(1分);未分析(0分)。", null],
      [null, null, third[2], points[2], "产品选定合理(1.5分);不合理(0分)。", null],
      ["合计", null, null, null, null, null],
    ],
    merges,
  );
}

describe("a second 三级 word (考核点) right of 三级指标", () => {
  test("its cells, each with its points and more of them than the 三级 cells, are the indicators: 1 + 1.5 + 1.5, not 1 + 3", () => {
    const m = review(checkpoints(["明确目的(1分)", "对象分析与确定(3分)", null], [".1目的明确性(1分)", ".1对象分析(1.5分)", ".2确定对象(1.5分)"], ["A3:A5", "B3:B5", "C4:C5"]), "national").model;
    expect(m.columns.level3).toBe(4);
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 1],
      [4, 1.5],
      [5, 1.5],
    ]);
  });

  test("the 三级 label written again on each line it spans (a merge filled down) is still one group over two 考核点", () => {
    const m = review(checkpoints(["明确目的(1分)", "对象分析与确定(3分)", "对象分析与确定(3分)"], [".1目的明确性(1分)", ".1对象分析(1.5分)", ".2确定对象(1.5分)"], []), "national").model;
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 1],
      [4, 1.5],
      [5, 1.5],
    ]);
  });

  test("a second 三级 word over one line per 三级 cell, without points (a description of the item), stays beside the names", () => {
    const m = review(checkpoints(["明确目的(1分)", "对象分析(1.5分)", "确定对象(1.5分)"], ["项目目的明确", "分析对象可行性", "选定区域主导产品"], []), "national").model;
    expect(m.columns.level3).toBe(3);
    expect(m.indicators.map((i) => [i.row, i.name, i.weight])).toEqual([
      [3, "明确目的(1分)", 1],
      [4, "对象分析(1.5分)", 1.5],
      [5, "确定对象(1.5分)", 1.5],
    ]);
  });
});
