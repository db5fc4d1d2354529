import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A closing line whose label stands outside the name columns ('分总', the page's slip for 总分, merged across them or
 * not: a CSV dump; or written again in each of them, the merge filled across) and whose 分值 is the sum of every line's 分值 above it is the table's line of sums, not an unnamed
 * indicator: its 得分 is the score total the lines are checked against. A last line of other points stays a line.
 */

type Layout = "merged" | "unmerged" | "filled";

/** 绩效指标 | 一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分, four lines of 30 / 20 / 30 / 20, then 'label | … | total | score' */
function sheet(layout: Layout, total: number, score: number, label = "分总"): Grid {
  const rows: (string | number | null)[][] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值", "分值", "得分"],
    [null, "产出指标", "数量指标", "培智教学软件", "2套", "2套", 30, 30],
    [null, null, "质量指标", "验收合格率", "100%", "100%", 20, 20],
    [null, "效益指标", "社会效益指标", "特殊教育资源", "扩大", "扩大", 30, 28],
    [null, "满意度指标", "服务对象满意度指标", "家长满意度", "90%", "98%", 20, 20],
    // (filled: the label's merge over A:F filled across, 分总 written in each of its cells)
    [...Array(6).fill(null).map((_, k) => (k === 0 || layout === "filled" ? label : null)), total, score],
  ];
  return Grid.fromValues("Sheet1", rows, layout === "merged" ? ["A1:H1", "A3:A6", "A7:F7"] : []);
}

const reading = (g: Grid) => {
  const r = review(g, "national");
  return {
    lines: r.model.indicators.map((i) => `${i.row}:${i.weight}/${i.claimedScore}`),
    totals: [r.model.totals?.weight?.value ?? null, r.model.totals?.score?.value ?? null],
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
  };
};

describe("an unnamed last line of the 分值 sum is the table's line of sums", () => {
  test("merged: four lines, the totals 100 / 98", () => {
    expect(reading(sheet("merged", 100, 98))).toEqual({ lines: ["3:30/30", "4:20/20", "5:30/28", "6:20/20"], totals: [100, 98], errors: [] });
  });

  test("unmerged: the same", () => {
    expect(reading(sheet("unmerged", 100, 98))).toEqual(reading(sheet("merged", 100, 98)));
  });

  test("unmerged, its 得分 a slip (97): the same error as merged", () => {
    expect(reading(sheet("merged", 100, 97)).errors).toEqual(["total-mismatch@H7"]);
    expect(reading(sheet("unmerged", 100, 97))).toEqual(reading(sheet("merged", 100, 97)));
  });

  test("unmerged, its 分值 not the lines' sum (90): a line of the table still", () => {
    expect(reading(sheet("unmerged", 90, 88)).lines).toEqual(["3:30/30", "4:20/20", "5:30/28", "6:20/20", "7:90/88"]);
  });

  // (its merge filled across: 分总 in each of A:F, the name, target and actual cells copies of the label)
  test("filled across: the same as merged, and its 得分 slip (97) found the same", () => {
    expect(reading(sheet("filled", 100, 98))).toEqual(reading(sheet("merged", 100, 98)));
    expect(reading(sheet("filled", 100, 97))).toEqual(reading(sheet("merged", 100, 97)));
  });

  test("counter-shape, filled across with its 分值 not the lines' sum (90): a line of the table still", () => {
    expect(reading(sheet("filled", 90, 88)).lines).toEqual(["3:30/30", "4:20/20", "5:30/28", "6:20/20", "7:90/88"]);
  });

  test("counter-shape: a last line named in its own cell (the name not a copy of the cell left of it) stays a line", () => {
    const g = sheet("unmerged", 100, 98);
    const rows = Array.from({ length: g.rowCount }, (_, r) => Array.from({ length: g.colCount }, (_, c) => g.raw(r + 1, c + 1) ?? null));
    rows[6] = [null, "满意度指标", "服务对象满意度指标", "教师满意度", "90%", "98%", 100, 98];
    expect(reading(Grid.fromValues("Sheet1", rows as (string | number | null)[][], [])).lines).toContain("7:100/98");
  });
});
