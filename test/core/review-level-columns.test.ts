import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 考评 tables (the 小型农田水利 区县级绩效考评量化指标表 layout): 考评内容 | 考评指标 | 考评说明 are the 考核 header words'
 * synonyms, and one score column per level of review (区县级自评 | 市级考评 | 中央抽查) — the first is the score.
 */
function reviewTable(scores: (number | null)[]): Grid {
  return Grid.fromValues("考评表", [
    ["小型农田水利重点县建设资金区县级绩效考评量化指标表"],
    ["考评内容", "考评指标", "考评说明", "区县级自评", "市级考评", "中央抽查", "备注"],
    ["(一)项目组织(10分)", "1、组织领导(6分)", "制定了县级农田水利规划,得2分;建立了协调机制,得4分。", scores[0], 5, null, null],
    [null, "2、统计与总结(4分)", "按要求及时报送统计报表,得2分;及时报送总结,得2分。", scores[1], 4, null, null],
  ], ["A3:A4"]);
}

describe("a 考评 table with one score column per level of review", () => {
  test("its header is read: 考评内容 is level 1, 考评指标 the item, 考评说明 the rubric, 区县级自评 the score; 中央抽查 is no group score", () => {
    const m = review(reviewTable([6, 3]), "national").model;
    expect(m.family).toBe("indicator-system");
    expect(m.headerRow).toBe(2);
    expect(m.columns).toEqual(expect.objectContaining({ level1: 1, level3: 2, rubric: 3, score: 4 }));
    expect(m.columns.level1Score).toBeUndefined();
    expect(m.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [3, 6, 6],
      [4, 4, 3],
    ]);
  });

  test("a self-score above its item's points is found (区县级自评 7 > 6)", () => {
    const f = review(reviewTable([7, 3]), "national").findings.filter((x) => x.rule === "score-exceeds-weight");
    expect(f.map((x) => x.cell)).toEqual(["D3"]);
  });
});

describe("a title pattern never reads across cells", () => {
  test("一级指标 | 二级指标 | 考核点 | 打分档级细则 under a 目标考核评价表 title is no 考核细则 (assessment): 考核点 is the item, 打分档级细则 the rubric", () => {
    const g = Grid.fromValues("S", [
      ["农业综合标准化项目目标考核评价表"],
      ["一级指标", "二级指标", "考核点", "打分档级细则", "打分"],
      ["1.标准综合体规划(20分)", "1.1对象与目标(10分)", "1.1.1问题与对象(5分)", "问题清晰明确,可行性强", null],
      [null, null, "1.1.2总目标与分目标(5分)", "目标分析全面,量化可考核", null],
    ], ["A3:A4", "B3:B4"]);
    const m = review(g, "national").model;
    expect(m.family).not.toBe("assessment");
    expect(m.columns).toEqual(expect.objectContaining({ level1: 1, level2: 2, level3: 3, rubric: 4 }));
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 5],
      [4, 5],
    ]);
  });
});
