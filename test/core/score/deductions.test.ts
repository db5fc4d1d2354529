/** Department-level formula indicators (RULEBOOK §3.2 worked examples). */
import { linearScore, stepScore } from "../../../src/core/score/deductions";

describe("linearScore (B-3GONG-CTRL: ≤100% full, ≥120% zero, linear between)", () => {
  test.each([
    [1.1, 1, 1, 1.2, 0.5, "三公控制率 110% → 0.5/1"],
    [1.0, 1, 1, 1.2, 1, "at 100% → full"],
    [0.8, 1, 1, 1.2, 1, "below 100% → full"],
    [1.2, 1, 1, 1.2, 0, "at 120% → 0"],
    [1.5, 1, 1, 1.2, 0, "beyond 120% → 0"],
    [1.05, 4, 1, 1.2, 3, "105% of 4 → 3"],
    [1.15, 1, 1, 1.2, 0.25, "115% → 0.25"],
  ])("value %p of w=%p (full at %p, zero at %p) → %p (%s)", (v, w, full, zero, expected) => {
    expect(linearScore(v, w, full, zero)).toBe(expected);
  });
  test.each([
    [0.9, 10, 1, 0.5, 8, "higher is better: 90% between 50% and 100% → 8"],
    [1.0, 10, 1, 0.5, 10, "at full"],
    [0.5, 10, 1, 0.5, 0, "at zero"],
  ])("higher-is-better: %p w=%p full %p zero %p → %p (%s)", (v, w, full, zero, expected) => {
    expect(linearScore(v, w, full, zero)).toBe(expected);
  });
});

describe("stepScore (step deductions floored at 0)", () => {
  test.each([
    // value, weight, fullAt, step, deduction, expected, why
    [0.92, 1, 0.95, 0.01, 0.05, 0.85, "B-FA-USE 固定资产在用率 92%: 3 pp × 5% of 1 → 0.85"],
    [0.95, 1, 0.95, 0.01, 0.05, 1, "at 95% → full"],
    [0.99, 1, 0.95, 0.01, 0.05, 1, "above → full"],
    [0.5, 1, 0.95, 0.01, 0.05, 0, "45 pp below: floored at 0"],
    [0.8, 4, 0.85, 0.01, 0.2, 3, "B-SAT85 满意度 80% (C24, w=4): 5 pp × 5% × 4 = 1.0 deducted → 3.0"],
    [0.85, 4, 0.85, 0.01, 0.2, 4, "满意度 85% → full"],
    [0.9927, 8, 1, 0.05, 2, 8, "WL4 预算完成率 99.27% → 8 (no full 5% step below 100%)"],
    [0.95, 8, 1, 0.05, 2, 6, "B-EXEC-STEP: exactly one full 5% below → 6"],
    [0.9, 8, 1, 0.05, 2, 4, "two steps → 4"],
    [0.7, 8, 1, 0.05, 2, 0, "six steps: floored at 0"],
  ])("value %p w=%p → %p (%s)", (v, w, full, step, ded, expected) => {
    expect(stepScore(v, w, full, step, ded)).toBe(expected);
  });
});
