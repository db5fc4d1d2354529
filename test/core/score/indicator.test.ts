/** Indicator scoring (RULEBOOK §2.2 A-S2…A-S6, §11 S-POS/S-NEG-PK/S-NEG-ALT/S-EQ/S-QUAL/S-CQ/S-OVER-PLAT). */
import {
  coefficientScore,
  equalScore,
  tierCeiling,
  overAchievementPenalty,
  quantitativeCeiling,
  positiveScore,
  qualitativeBand,
  qualitativeScore,
  quantitativeScore,
  reverseScorePmkpi,
  reverseScoreRatio,
} from "../../../src/core/score/indicator";
import { BUILTIN_PROFILES } from "../../../src/core/rubric";

const national = BUILTIN_PROFILES.national;

describe("positiveScore (S-POS: B ≥ A → w, else round(B/A·w, 2))", () => {
  test.each([
    // [A, B, w, expected, why]
    [100, 95, 10, 9.5, "A-S2 example: A=≥100, B=95, w=10 → 9.50"],
    [100, 100, 10, 10, "met exactly"],
    [100, 150, 10, 10, "over-achievement is capped at w"],
    [95, 93, 10, 9.79, "93/95·10 = 9.789… → 9.79"],
    [3, 1, 10, 3.33, "1/3·10 = 3.333 → 3.33"],
    [3, 2, 10, 6.67, "2/3·10 = 6.666 → 6.67 (half away from zero)"],
    [50, 0, 8, 0, "nothing done"],
    [50, -5, 8, 0, "R-PARSE-04: negative actual counts as 0"],
    [0, 0, 5, 5, "A = 0 is met by any B ≥ 0"],
    [200, 1, 10, 0.05, "1/200·10 = 0.05"],
  ])("A=%p B=%p w=%p → %p (%s)", (a, b, w, expected) => {
    expect(positiveScore(a, b, w)).toBe(expected);
  });
});

describe("reverseScorePmkpi (S-NEG-PK: B ≤ A → w; A<B<2A → (1−(B−A)/A)·w; B ≥ 2A → 0)", () => {
  test.each([
    [90, 99, 10, 9, "A-S3 example: ≤90 万元, B=99 → (1−9/90)·10 = 9.00"],
    [90, 180, 10, 0, "A-S3 example: B = 2A → 0"],
    [90, 200, 10, 0, "beyond 2A → 0"],
    [90, 90, 10, 10, "at the limit"],
    [90, 60, 10, 10, "under the limit"],
    [90, 179, 10, 0.11, "(1−89/90)·10 = 0.111 → 0.11"],
    [5, 6, 4, 3.2, "(1−1/5)·4 = 3.2"],
    [0, 1, 10, 0, "A = 0 and B > 0 → 0"],
    [0, 0, 10, 10, "A = 0 and B = 0 → w"],
  ])("A=%p B=%p w=%p → %p (%s)", (a, b, w, expected) => {
    expect(reverseScorePmkpi(a, b, w)).toBe(expected);
  });
});

describe("reverseScoreRatio (S-NEG-ALT / DOCZJ: B ≤ A → w; else round(A/B·w, 2))", () => {
  test.each([
    [90, 99, 10, 9.09, "A-S3 DOCZJ example: 90/99·10 = 9.0909 → 9.09"],
    [90, 180, 10, 5, "no zero at 2A: 90/180·10 = 5"],
    [90, 90, 10, 10, "at the limit"],
    [90, 45, 10, 10, "under the limit"],
    [30, 40, 10, 7.5, "30/40·10"],
  ])("A=%p B=%p w=%p → %p (%s)", (a, b, w, expected) => {
    expect(reverseScoreRatio(a, b, w)).toBe(expected);
  });
});

describe("equalScore (S-EQ: A=0: B≤0 → w else 0; A>0: B≥A → w else B/A·w)", () => {
  test.each([
    [0, 0, 10, 10, "A-S4: A = 0, B = 0 → w"],
    [0, 1, 10, 0, "A-S4: A = 0, B > 0 → 0"],
    [0, -1, 10, 10, "A = 0, negative B counts as 0 → w"],
    [100, 100, 10, 10, "met"],
    [100, 120, 10, 10, "over-shooting \"=\" is not penalised by the default engine"],
    [100, 98, 10, 9.8, "LJ-style 98/100·10"],
    [100, 0, 10, 0, "nothing"],
  ])("A=%p B=%p w=%p → %p (%s)", (a, b, w, expected) => {
    expect(equalScore(a, b, w)).toBe(expected);
  });
});

describe("qualitativeBand / qualitativeScore (S-QUAL: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w))", () => {
  test.each([
    ["met", 10, [8, 10], 10],
    ["partial", 10, [6, 8], 7.99],
    ["missed", 10, [0, 6], 5.99],
    ["met", 4, [3.2, 4], 4],
    ["partial", 4, [2.4, 3.2], 3.19],
    ["missed", 4, [0, 2.4], 2.39],
    ["partial", 2.5, [1.5, 2], 1.99],
    ["missed", 0.01, [0, 0.01], 0],
  ] as const)("%s, w=%p → band %p, score %p", (tier, w, band, score) => {
    expect(qualitativeBand(tier, w, national)).toEqual(band);
    expect(qualitativeScore(tier, w, national)).toBe(score);
  });

  test("a custom tier table is honoured", () => {
    const p = { qualitativeTiers: { met: [0.9, 1], partial: [0.5, 0.9], missed: [0, 0.5] } as { met: [number, number]; partial: [number, number]; missed: [number, number] } };
    expect(qualitativeBand("met", 10, p)).toEqual([9, 10]);
    expect(qualitativeScore("partial", 10, p)).toBe(8.99);
  });
});

describe("coefficientScore (S-CQ: 得分系数 × 权重)", () => {
  test.each([
    [1, 2, 2, "CQ: 100% × 2 = 2"],
    [1, 10, 10, "CQ: 100% × 10 = 10"],
    [0.76, 10, 7.6, "CQ: 76% × 10 = 7.6"],
    [0.955, 3, 2.87, "2.865 → 2.87"],
    [0, 5, 0, "zero coefficient"],
  ])("%p × %p = %p (%s)", (c, w, expected) => {
    expect(coefficientScore(c, w)).toBe(expected);
  });
});

describe("quantitativeScore picks the formula by direction and profile", () => {
  test.each([
    ["ge", 100, 95, 10, "national", 9.5, "positive", "S-POS"],
    ["eq", 100, 98, 10, "national", 9.8, "equal", "S-EQ"],
    ["le", 90, 99, 10, "national", 9, "reverse-pmkpi", "S-NEG-PK"],
    ["le", 90, 99, 10, "pmkpi", 9, "reverse-pmkpi", "S-NEG-PK"],
    ["le", 90, 99, 10, "doczj", 9.09, "reverse-ratio", "S-NEG-ALT"],
    ["le", 90, 180, 10, "national", 0, "reverse-pmkpi", "S-NEG-PK"],
    ["le", 90, 180, 10, "doczj", 5, "reverse-ratio", "S-NEG-ALT"],
  ] as const)("%s A=%p B=%p w=%p under %s → %p", (dir, a, b, w, prof, score, formula, ruleId) => {
    expect(quantitativeScore(dir, a, b, w, BUILTIN_PROFILES[prof])).toEqual({ score, formula, ruleId });
  });
});

describe("overAchievementPenalty (S-OVER-PLAT: −2 at B ≥ 1.3A under platform-2022; none elsewhere)", () => {
  const plat = BUILTIN_PROFILES["platform-2022"];
  test.each([
    [100, 130, 10, "platform-2022", 8, "exactly 130% → −2"],
    [100, 129.9, 10, "platform-2022", 10, "just below 130% → no penalty"],
    [100, 200, 10, "platform-2022", 8, "far beyond"],
    [100, 150, 1, "platform-2022", 0, "floored at 0"],
    [0, 50, 10, "platform-2022", 10, "A = 0: no ratio, no penalty"],
    [100, 200, 10, "national", 10, "national: no penalty"],
    [100, 200, 10, "pmkpi", 10, "pmkpi: flag only, no penalty"],
  ] as const)("A=%p B=%p score=%p under %s → %p (%s)", (a, b, s, prof, expected, _why) => {
    expect(overAchievementPenalty(a, b, s, BUILTIN_PROFILES[prof])).toBe(expected);
  });
  test("platform profile states 2 points at 1.3", () => {
    expect(plat.overAchievement).toMatchObject({ penalty: 2, penaltyAt: 1.3 });
  });
});

describe("quantitativeCeiling: the highest score any known formula and threshold rule gives", () => {
  test.each([
    ["ge", 100, 80, 10, 8], // S-POS
    ["ge", 100, 120, 10, 10],
    ["eq", 100, 90, 10, 9], // S-EQ
    ["le", 90, 99, 10, 9.09], // max(S-NEG-PK 9, S-NEG-ALT 9.09)
    ["le", 90, 180, 10, 5], // S-NEG-PK 0 at 2A, S-NEG-ALT 90/180·10 = 5
    ["ge", 38508, 37442, 3, 3], // 97.2% of the target: full marks from 95% (B-EXEC95)
    ["ge", 100, 94, 3, 2.82], // 94%: below the threshold, the linear score
  ] as const)("%s target %p actual %p weight %p → %p", (dir, a, b, w, expected) => {
    expect(quantitativeCeiling(dir, a, b, w)).toBe(expected);
  });
});

describe("tierCeiling: the top of the tier a completion falls in (national tiers 80–100%, 60–80%, below 60%)", () => {
  const national = { qualitativeTiers: { met: [0.8, 1] as [number, number], partial: [0.6, 0.8] as [number, number], missed: [0, 0.6] as [number, number] } };
  it.each([
    [1, 10, 10],
    [0.85, 2, 2],
    [0.8, 10, 10],
    [0.791, 2, 1.6],
    [0.6, 10, 8],
    [0.627, 2, 1.6],
    [0.59, 10, 6],
    [0, 10, 6],
  ])("completion %p of weight %p → at most %p", (f, w, cap) => {
    expect(tierCeiling(f, w, national)).toBe(cap);
  });
});
