import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 总分/合计 line printed first, right under the header (总分 | | | 100 | 95), the indicator lines under it: the
 * table's stated total, not its end. Lines 40/40, 30/28, 30/30 → 分值 100, 得分 98.
 */
const LINES: (string | number | null)[][] = [
  ["产出指标", "数量指标", "培训人次", 40, "完成得满分", 40],
  [null, "质量指标", "合格率", 30, "完成得满分", 28],
  ["效益指标", "社会效益指标", "就业率", 30, "完成得满分", 30],
];
const sheet = (label: string, weight: number | null, score: number | null, lines = LINES, tail: (string | number | null)[][] = []) =>
  Grid.fromValues("Sheet1", [["项目支出绩效评价指标体系"], ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"], [label, null, null, weight, null, score], ...lines, ...tail], ["A4:A5"]);
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

describe.each(["总分", "合计", "得分合计"])("a leading %s line", (label) => {
  test("the indicators under it are read and it is the stated total (100 | 98): no finding", () => {
    const r = review(sheet(label, 100, 98), "national");
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [4, 40, 40],
      [5, 30, 28],
      [6, 30, 30],
    ]);
    expect([r.model.totals?.score?.cell, r.model.totals?.score?.value, r.model.totals?.weight?.value]).toEqual(["F3", 98, 100]);
    expect(errors(sheet(label, 100, 98))).toEqual([]);
  });

  test("a stated 95 against 40 + 28 + 30 = 98: total-mismatch at F3", () => {
    expect(errors(sheet(label, 100, 95)).map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "F3"]]);
  });

  test("a score above its weight under it (35 of 30 at F6) is found", () => {
    const lines = LINES.map((l, k) => (k === 2 ? [...l.slice(0, 5), 35] : l));
    expect(errors(sheet(label, 100, 103, lines)).map((f) => [f.rule, f.cell])).toEqual([["score-exceeds-weight", "F6"]]);
  });
});

test("a 合计 line with no number under the header still ends the table (nothing read under it)", () => {
  expect(review(sheet("合计", null, null), "national").model.indicators).toEqual([]);
});

test("a 总分 line followed by another closing line (说明) is not a leading total", () => {
  const r = review(sheet("总分", 100, 98, [["说明", "本表为模板"], ...LINES]), "national");
  expect(r.model.indicators).toEqual([]);
});

describe("a grade line labelled 评分等级 (as 评价等级, 自评等级)", () => {
  const graded = (grade: string) => sheet("总分", 100, 98, LINES, [["评分等级", grade]]);
  test("优 for 98: no finding; 中 for 98: grade-mismatch at B7 (98 is 优)", () => {
    expect(errors(graded("优"))).toEqual([]);
    const f = errors(graded("中"));
    expect(f.map((x) => [x.rule, x.cell, x.data?.expected, x.data?.stated])).toEqual([["grade-mismatch", "B7", "优", "中"]]);
  });
});
