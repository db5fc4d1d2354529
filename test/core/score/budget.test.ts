/** Budget execution (RULEBOOK A-S1, S-BUDGET-PK/HB, S-CQ, A-S8 S-CAP-EXEC). */
import { capTotal, execCapFor, execRate, execScore, execScoreCeiling } from "../../../src/core/score/budget";
import { BUILTIN_PROFILES } from "../../../src/core/rubric";

describe("execRate (执行率 = 执行数 / 预算数)", () => {
  test.each([
    [7.29, 7.29, 1, "LJ 7.29/7.29 = 100%"],
    [89.974, 90, 89.974 / 90, "CZ 本年财政拨款 against 年初 90"],
    [251.89, 251.89, 1, "QS 总额"],
    [338.31, 329.77, 338.31 / 329.77, "022: executed above budget (102.59%)"],
    [0, 100, 0, "nothing executed"],
  ])("%p / %p → %p (%s)", (e, b, expected) => {
    expect(execRate(e, b)).toBeCloseTo(expected, 12);
  });
  test.each([
    [0, 0],
    [5, 0],
    [5, Number.NaN],
    [Number.NaN, 5],
  ])("no rate for %p / %p (#DIV/0!)", (e, b) => {
    expect(execRate(e, b)).toBeNull();
  });
});

describe("execScore (capped: min(r,1)·w; uncapped: r·w — pmkpi)", () => {
  test.each([
    [1, 10, "capped", 10, "LJ 100% → 10.00"],
    [0.76, 10, "capped", 7.6, "CQ 76% × 10 = 7.6"],
    [0.9997, 10, "capped", 10, "9.997 rounds to 10.00"],
    [0.9811, 10, "capped", 9.81, "98.11% → 9.81"],
    [1.0259, 10, "capped", 10, "022: 102.59% is capped at the weight"],
    [1.0259, 10, "uncapped", 10.26, "pmkpi S-BUDGET-PK has no cap"],
    [0.85, 20, "capped", 17, "Hubei S-BUDGET-HB: 20 × 执行率"],
    [-0.1, 10, "capped", 0, "negative rate counts as 0"],
    [0, 10, "uncapped", 0, "zero"],
  ] as const)("r=%p w=%p %s → %p (%s)", (r, w, f, expected, _why) => {
    expect(execScore(r, w, f)).toBe(expected);
  });
  test("capped is the default", () => {
    expect(execScore(1.2, 10)).toBe(10);
  });
});

describe("execCapFor / capTotal (A-S8, platform-2022)", () => {
  const caps = BUILTIN_PROFILES["platform-2022"].execCaps;
  test.each([
    [0.65, 79, "A-S8 example: r = 65% → 79"],
    [0.8, null, "80% is not below 80%: no cap"],
    [0.95, null, "no cap at 95%"],
    [0.7999, 89, "[70%, 80%) → 89"],
    [0.7, 89, "70% belongs to [70%, 80%)"],
    [0.6999, 79, "[60%, 70%) → 79"],
    [0.6, 79, "60% belongs to [60%, 70%)"],
    [0.55, 69, "[50%, 60%) → 69"],
    [0.5, 69, "50% belongs to [50%, 60%)"],
    [0.49, 59, "r < 50% → 59"],
    [0, 59, "nothing executed → 59"],
  ])("r=%p → cap %p (%s)", (r, expected, _why) => {
    expect(execCapFor(r, caps)).toBe(expected);
  });
  test.each([
    [92, 0.65, 79, "A-S8 example: raw 92 at 65% → 79 (−13)"],
    [75, 0.65, 75, "below the cap: unchanged"],
    [92, 0.85, 92, "no cap"],
    [95, 0.45, 59, "r < 50%"],
  ])("total %p at r=%p → %p (%s)", (t, r, expected) => {
    expect(capTotal(t, r, caps)).toBe(expected);
  });
  test("profiles without caps never cap", () => {
    expect(execCapFor(0.1, BUILTIN_PROFILES.national.execCaps)).toBeNull();
    expect(capTotal(92, 0.1, BUILTIN_PROFILES.national.execCaps)).toBe(92);
  });
});

describe("execScoreCeiling: the most any known regional rule gives", () => {
  test.each([
    [0.964, 10, 10], // B-EXEC95: full marks from 95%
    [0.95, 10, 10],
    [0.9, 10, 9], // linear 9
    [0.5, 10, 5],
    [0.76, 10, 8], // linear 7.6, rounded up to a whole point at most
    [0.85, 20, 17], // Hubei ×20
    [0, 10, 0],
  ])("rate %p, weight %p → %p", (rate, weight, expected) => {
    expect(execScoreCeiling(rate, weight)).toBe(expected);
  });
});
