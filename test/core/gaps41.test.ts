import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Session 41 (gaps41): what a sheet still loses when it arrives as another shape a reviewer meets every day — its header
 * written over two lines, a page of it — general fixes, by cause (test/fixtures/real/gaps41-diagnosis.md).
 */

const read = (g: Grid) => review(g, "national");
const errors = (g: Grid) =>
  read(g)
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);
const rollups = (g: Grid) =>
  read(g)
    .model.relations.filter((x) => x.kind === "rollup" && x.measure === "weight")
    .map((x) => (x.kind === "rollup" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))
    .sort();

/**
 * 1. A header of level words written over two lines, each level's word over 指标 (一级 | 二级 | 三级 over 指标 | 指标 |
 * 指标, the 分值 heads merged down over both): 指标 alone names a level, so read as a line of its own the lower line gave
 * the 一级 column to the 二级 and the table's groups were lost. The halves joined keep the top's word, a gain
 * (split-heads.ts): the table reads as with its header on one line.
 */
describe("a level header written over two lines (一级 over 指标)", () => {
  // 产出指标 50 = 数量指标 30 + 质量指标 20; 数量指标 30 = 培训人数 15 + 培训场次 15; 效益指标 50 = 社会效益 50 = 满意度 25 + 就业人数 25
  const lines = (q: number) => [
    ["产出指标", 50, "数量指标", 30, "培训人数", 15],
    [null, null, null, null, "培训场次", 15],
    [null, null, "质量指标", q, "合格率", 20],
    ["效益指标", 50, "社会效益", 50, "满意度", 25],
    [null, null, null, null, "就业人数", 25],
  ];
  const TITLE = ["某县2023年度项目绩效评价指标体系", null, null, null, null, null];
  const oneLine = (q = 20) =>
    Grid.fromValues("Sheet1", [TITLE, ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值"], ...lines(q)], ["A1:F1", "A3:A5", "B3:B5", "C3:C4", "D3:D4", "A6:A7", "B6:B7", "C6:C7", "D6:D7"]);
  const twoLines = (q = 20, lower: (string | null)[] = ["指标", null, "指标", null, "指标", null]) =>
    Grid.fromValues("Sheet1", [TITLE, ["一级", "分值", "二级", "分值", "三级", "分值"], lower, ...lines(q)], ["A1:F1", "B2:B3", "D2:D3", "F2:F3", "A4:A6", "B4:B6", "C4:C5", "D4:D5", "A7:A8", "B7:B8", "C7:C8", "D7:D8"]);

  test("on one line: the groups' weights are their parts' (B3 ← D3,D5; D3 ← F3,F4 …)", () => {
    expect(rollups(oneLine())).toEqual(["B3←D3,D5", "B6←D6", "D3←F3,F4", "D5←F5", "D6←F6,F7"]);
  });
  test("over two lines: the same groups, a line down (B4 ← D4,D6; D4 ← F4,F5 …)", () => {
    expect(rollups(twoLines())).toEqual(["B4←D4,D6", "B7←D7", "D4←F4,F5", "D6←F6", "D7←F7,F8"]);
  });
  // (质量指标, a group of one line: the group the header's lower line read as a line of its own lost)
  test("over two lines: 质量指标's 25 against its one line's 20 is found (D6)", () => {
    expect(errors(twoLines(25))).toContain("weight-sum-mismatch@D6");
    expect(errors(twoLines())).toEqual([]);
  });
  // (the counter-shape: a header on one line over the table's first line, 一级 | 二级 | 三级 over 产出 | 数量 | 培训人数:
  // the lower line's texts are no header word's halves, 一级产出 reads nothing — a line of the table, not joined)
  test("a line of the table under a one-line header (产出 | 数量 | 人数 under 一级 | 二级 | 三级) is no half: read as the table's first line", () => {
    const g = Grid.fromValues("Sheet1", [TITLE, ["一级", "分值", "二级", "分值", "三级", "分值"], ["产出", 50, "数量", 30, "人数", 30], ["效益", 50, "社会", 50, "满意", 50]], ["A1:F1"]);
    expect(read(g).model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 30],
      [4, 50],
    ]);
  });
});
