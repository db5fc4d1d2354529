/**
 * speed56 (session 56; test/fixtures/real/speed56-s56-diagnosis.md).
 *
 * scoreModel's sums (indicatorSums) kept as plain numbers beside "none added yet" flags rather than number | null (a
 * variable that may hold null keeps its number boxed: a heap number per addition, three per row). The sums a reviewer
 * adds by hand: Σ 分值, Σ 得分 and the re-check total, each null where no row gives one, the total null where a
 * weighted row has neither a computed nor a claimed score.
 */
import { Grid } from "../../src/core/grid/grid";
import { readSheet } from "../../src/core/recognise";
import { scoreModel } from "../../src/core/score/evaluate";
import { BUILTIN_PROFILES } from "../../src/core/rubric";

const P = BUILTIN_PROFILES.national;
const HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"];

function sums(rows: (string | number | null)[][], head: (string | number | null)[] = HEAD) {
  const { model } = readSheet(Grid.fromValues("Sheet1", [["项目支出绩效自评表"], head, ...rows]));
  const s = scoreModel(model, P);
  return { n: model.indicators.length, weightSum: s.weightSum, claimedSum: s.claimedSum, computedTotal: s.computedTotal };
}

describe("speed56: scoreModel's sums", () => {
  test("every weighted row scored: Σ 分值 10 + 10 + 5 = 25, Σ 得分 10 + 8 + 5 = 23, re-check 10 + 8 + 5 = 23", () => {
    expect(
      sums([
        ["产出指标", "质量指标", "质量", "达到标准", "达到标准", 10, 10],
        ["产出指标", "数量指标", "数量", "≥100", 80, 10, 8],
        ["效益指标", "社会效益", "效益", "明显提升", "已完成", 5, 5],
      ]),
    ).toEqual({ n: 3, weightSum: 25, claimedSum: 23, computedTotal: 23 });
  });

  test("a weighted row with no actual and no score: Σ 分值 4 + 4 = 8, Σ 得分 4 alone, the re-check total unresolved (null)", () => {
    expect(
      sums([
        ["产出指标", "质量指标", "质量", "达到标准", "达到标准", 4, 4],
        ["产出指标", "数量指标", "数量", "≥100", null, 4, null],
      ]),
    ).toEqual({ n: 2, weightSum: 8, claimedSum: 4, computedTotal: null });
  });

  test("decimals added in row order, then rounded: 0.1 + 0.2 + 0.3 = 0.6 (not 0.6000000000000001); 0.1 + 0.2 + 0.25 = 0.55", () => {
    expect(
      sums([
        ["产出指标", "质量指标", "质量1", "达到标准", "达到标准", 0.1, 0.1],
        ["产出指标", "质量指标", "质量2", "达到标准", "达到标准", 0.2, 0.2],
        ["产出指标", "质量指标", "质量3", "达到标准", "达到标准", 0.3, 0.25],
      ]),
    ).toEqual({ n: 3, weightSum: 0.6, claimedSum: 0.55, computedTotal: 0.6 });
  });

  test("no 分值 and no 得分 column: no sum at all (three nulls), whatever the rows read", () => {
    expect(
      sums(
        [
          ["产出指标", "质量指标", "质量", "达到标准", "达到标准"],
          ["产出指标", "数量指标", "数量", "≥100", "120"],
        ],
        HEAD.slice(0, 5),
      ),
    ).toEqual({ n: 2, weightSum: null, claimedSum: null, computedTotal: null });
  });

  test("分值 but no score written anywhere: Σ 分值 6 + 4 = 10, Σ 得分 null, the re-check total from the computed scores 6 + 4 = 10", () => {
    expect(
      sums([
        ["产出指标", "质量指标", "质量", "达到标准", "达到标准", 6, null],
        ["产出指标", "数量指标", "数量", "≥100", 120, 4, null],
      ]),
    ).toEqual({ n: 2, weightSum: 10, claimedSum: null, computedTotal: 10 });
  });
});
