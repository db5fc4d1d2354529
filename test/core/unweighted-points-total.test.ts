import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * "总分 | 88分" under a table that scores its lines but weighs none of them (no 分值 column, no points in its labels):
 * merged across the 得分 column or not (a merge undone, a CSV dump), the points are the scores' total — there are no
 * weights for them to total. Under a table with a 分值 column the same line states the weights' total.
 */

type Layout = "merged" | "unmerged";

/** 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 得分 (or, `weighted`, 一级 | 二级 | 三级 | 分值 | 实际完成值 | 得分) */
function sheet(layout: Layout, total: string, weighted = false): Grid {
  const rows: (string | number | null)[][] = [
    ["项目支出绩效自评表", null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", weighted ? "分值" : "指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "培训人次", weighted ? 40 : "≥100人次", "120人次", 38],
    ["产出指标", "质量指标", "培训合格率", weighted ? 30 : "≥90%", "95%", 30],
    ["效益指标", "社会效益指标", "群众满意度", weighted ? 30 : "≥90%", "85%", 20],
    ["总分", total, null, null, null, null],
  ];
  return Grid.fromValues("Sheet1", rows, layout === "merged" ? ["A1:F1", "B6:F6"] : ["A1:F1"]);
}

const totals = (g: Grid) => {
  const r = review(g, "national");
  return {
    weight: r.model.totals?.weight?.value ?? null,
    score: r.model.totals?.score?.value ?? null,
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
  };
};

describe("a 总分 in points under a table that weighs nothing is its scores' total", () => {
  test("merged across the 得分 column: the score total 88 (38 + 30 + 20)", () => {
    expect(totals(sheet("merged", "88分"))).toEqual({ weight: null, score: 88, errors: [] });
  });

  test("unmerged: the same", () => {
    expect(totals(sheet("unmerged", "88分"))).toEqual(totals(sheet("merged", "88分")));
  });

  test("unmerged, a slip (87分): the scores' sum is wrong, as merged", () => {
    expect(totals(sheet("merged", "87分")).errors).toEqual(["total-mismatch@B6"]);
    expect(totals(sheet("unmerged", "87分"))).toEqual(totals(sheet("merged", "87分")));
  });

  test("under a 分值 column, unmerged: '100分' is the weights' total (40 + 30 + 30)", () => {
    expect(totals(sheet("unmerged", "100分", true))).toEqual({ weight: 100, score: null, errors: [] });
  });
});
