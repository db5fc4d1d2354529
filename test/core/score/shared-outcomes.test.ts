/**
 * scoreModel gives rows with the same qualitative result (tier and weight) one outcome object, rows with the same
 * quantitative inputs (target and actual values, weight, operator and unit columns, direction) one object, and every
 * row not scored for the same reason one object: the values are those each row gets scored alone.
 */
import { Grid } from "../../../src/core/grid/grid";
import { readSheet } from "../../../src/core/recognise";
import { scoreIndicator, scoreModel } from "../../../src/core/score/evaluate";
import { BUILTIN_PROFILES } from "../../../src/core/rubric";

const P = BUILTIN_PROFILES.national;

/**
 *   三级指标 | 指标值     | 实际完成值 | 分值 | 得分
 *   r3 质量  | 达到标准   | 达到标准   | 5    | 5     (qualitative, met, weight 5)
 *   r4 时效  | 按时完成   | 已完成     | 5    | 5     (qualitative, met, weight 5)
 *   r5 效益  | 明显提升   | 已完成     | 3    | 3     (qualitative, met, weight 3)
 *   r6 数量  | ≥100       |            | 4    |       (no actual)
 *   r7 成本  | ≤50万元    |            | 4    |       (no actual)
 *   r8 数量A | ≥100       | 120        | 4    | 4     (quantitative: ≥100 against 120, weight 4)
 *   r9 数量B | ≥100       | 120        | 4    | 4     (the same)
 *   r10 数量C| ≥100       | 120        | 2    | 2     (the same pair, weight 2)
 *   r11 完成数 | 5%       | 6%         | 4    | 4     (no operator: "=" semantics, 6% over 5% meets it)
 *   r12 差错率 | 5%       | 6%         | 4    | 0     (no operator, a name that says lower is better: 6% misses)
 */
const grid = Grid.fromValues("Sheet1", [
  ["项目支出绩效自评表"],
  ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
  ["产出指标", "质量指标", "质量", "达到标准", "达到标准", 5, 5],
  ["产出指标", "时效指标", "时效", "按时完成", "已完成", 5, 5],
  ["效益指标", "社会效益", "效益", "明显提升", "已完成", 3, 3],
  ["产出指标", "数量指标", "数量", "≥100", null, 4, null],
  ["产出指标", "成本指标", "成本", "≤50万元", null, 4, null],
  ["产出指标", "数量指标", "数量A", "≥100", 120, 4, 4],
  ["产出指标", "数量指标", "数量B", "≥100", 120, 4, 4],
  ["产出指标", "数量指标", "数量C", "≥100", 120, 2, 2],
  ["产出指标", "质量指标", "完成数", "5%", "6%", 4, 4],
  ["产出指标", "质量指标", "差错率", "5%", "6%", 4, 0],
]);

describe("scoreModel shares outcomes that carry nothing of their row", () => {
  const { model } = readSheet(grid);
  const scores = scoreModel(model, P);
  const at = (row: number) => scores.indicators.get(row)!;

  test("each row's outcome equals the one it gets scored alone", () => {
    expect(model.indicators.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const i of model.indicators) expect(at(i.row)).toEqual(scoreIndicator(i, P));
  });

  test("two met rows of weight 5: one object, full marks 5; the met row of weight 3 its own, 3", () => {
    expect(at(3)).toMatchObject({ ok: true, formula: "qualitative", tier: "met", score: 5, missed: false });
    expect(at(4)).toBe(at(3));
    expect(at(5)).not.toBe(at(3));
    expect(at(5)).toMatchObject({ ok: true, tier: "met", score: 3 });
  });

  test("two rows of the same target, actual and weight: one object (≥100 against 120, full 4); another weight its own (2)", () => {
    expect(at(8)).toMatchObject({ ok: true, score: 4, missed: false, comparison: { target: 100, actual: 120 } });
    expect(at(9)).toBe(at(8));
    expect(at(10)).not.toBe(at(8));
    expect(at(10)).toMatchObject({ ok: true, score: 2 });
  });

  test("the same target and actual read in two directions (a name that says lower is better): two outcomes", () => {
    expect(at(11)).not.toBe(at(12));
    expect(at(11)).toMatchObject({ ok: true, missed: false });
    expect(at(12)).toMatchObject({ ok: true, missed: true });
  });

  test("two rows without an actual: one object, reason no-actual", () => {
    expect(at(6)).toEqual({ ok: false, reason: "no-actual" });
    expect(at(7)).toBe(at(6));
  });
});
