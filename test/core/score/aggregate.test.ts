/** Aggregates (RULEBOOK A-S9 S-NA, M-QUANT-RATE, V-W-LEVEL). */
import { naRescale, quantRate, sum2, weightCheck } from "../../../src/core/score/aggregate";

describe("naRescale (S-NA: Σscore_applicable / Σweight_applicable × 100)", () => {
  test("A-S9 example: 生态效益 (10) N/A, applicable scores 81 of 90 → 90.0", () => {
    // 预算 10 + 产出 50 + 效益 (20 applicable, 10 N/A) + 满意度 10 = 90 applicable
    const weights = [10, 50, 20, null, 10];
    const scores = [9, 45, 18, null, 9];
    expect(naRescale(scores, weights)).toBe(90);
  });
  test.each([
    [[10, 10], [10, 10], 100, "all full"],
    [[5, 5, null], [10, 10, null], 50, "N/A row ignored"],
    [[9.5, 8], [10, 10], 87.5, "two rows"],
    [[1, 1, 1], [3, 3, 3], 33.33, "rounded to 2 decimals"],
    [[null, 10], [10, 10], 50, "an unscored applicable row counts 0"],
  ] as [(number | null)[], (number | null)[], number, string][])("%p / %p → %p (%s)", (s, w, expected) => {
    expect(naRescale(s, w)).toBe(expected);
  });
  test("no applicable weight → null", () => {
    expect(naRescale([null, null], [null, null])).toBeNull();
    expect(naRescale([], [])).toBeNull();
  });
});

describe("quantRate (M-QUANT-RATE: 定量三级数 / 三级总数)", () => {
  test.each([
    [[true, true, false, false], 0.5],
    [[true, true, true], 1],
    [[false], 0],
    [[true, false, false], 1 / 3],
  ])("%p → %p", (q, expected) => {
    expect(quantRate(q)).toBeCloseTo(expected, 12);
  });
  test("no targets → null", () => {
    expect(quantRate([])).toBeNull();
  });
  test("a large sheet: 3,261 of 4,615 quantified → 70.66%", () => {
    const q = Array.from({ length: 4615 }, (_, i) => i < 3261);
    expect(Math.round(quantRate(q)! * 10000) / 100).toBe(70.66);
  });
});

describe("weightCheck (Σ weights − expected) and sum2", () => {
  test.each([
    [[8, 8, 8, 8, 8, 10], 50, 0, "CZ 产出 8+8+8+8+8+10 = 50"],
    [[10, 10, 10], 30, 0, "CZ 效益"],
    [[2, 2, 2, 3, 3], 12, 0, "seed 002 A1 = 12"],
    [[22.5, 22.5, 22.5, 22.5], 90, 0, "DYR 4 × 22.5"],
    [[0.1, 0.2], 0.3, 0, "binary noise is rounded away"],
    [[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 100, 10, "110 against 100"],
    [[60, 20], 90, -10, "short by 10"],
  ])("%p against %p → %p (%s)", (w, e, expected) => {
    expect(weightCheck(w, e)).toBe(expected);
  });
  test("sum2 adds at 2 decimals", () => {
    expect(sum2([0.1, 0.2])).toBe(0.3);
    expect(sum2([9.79, 8.88, 10])).toBe(28.67);
  });
});
