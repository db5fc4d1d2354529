import type { Profile } from "../rubric/schema";
import { round } from "../text/numbers";
import { FULL_MARKS_FROM_RATE } from "./budget";
import type { Direction, Tier } from "../text/quantity";

/** S-POS (PK-SCORE selfpositiveindex): B ≥ A → w; else round(B/A·w, 2). Negative B counts as 0 (R-PARSE-04). */
export function positiveScore(target: number, actual: number, weight: number): number {
  const b = Math.max(0, actual);
  if (b >= target) return weight;
  if (target <= 0) return weight;
  return round((b / target) * weight);
}

/** S-NEG-PK (PK-SCORE selfreverseindex): B ≤ A → w; A < B < 2A → round((1−(B−A)/A)·w, 2); B ≥ 2A → 0. */
export function reverseScorePmkpi(target: number, actual: number, weight: number): number {
  const b = Math.max(0, actual);
  if (b <= target) return weight;
  if (target <= 0) return 0;
  if (b >= 2 * target) return 0;
  return round((1 - (b - target) / target) * weight);
}

/** S-NEG-ALT (DOCZJ): B ≤ A → w; else round(A/B·w, 2). */
export function reverseScoreRatio(target: number, actual: number, weight: number): number {
  const b = Math.max(0, actual);
  if (b <= target) return weight;
  return round((target / b) * weight);
}

/** S-EQ (PK-SCORE selfequalindex): A = 0: B ≤ 0 → w else 0; A > 0: B ≥ A → w else round(B/A·w, 2). */
export function equalScore(target: number, actual: number, weight: number): number {
  const b = Math.max(0, actual);
  if (target === 0) return b <= 0 ? weight : 0;
  if (b >= target) return weight;
  return round((b / target) * weight);
}

/** S-QUAL: the score band of a qualitative tier, [low, high] in points (2 decimals). */
export function qualitativeBand(tier: Tier, weight: number, profile: Pick<Profile, "qualitativeTiers">): [number, number] {
  const [lo, hi] = profile.qualitativeTiers[tier];
  return [round(lo * weight), round(hi * weight)];
}

/**
 * S-QUAL: the score a qualitative completion gives: the top of its tier. 达成 → w; the half-open tiers
 * 部分达成 [0.6w, 0.8w) and 未达成 [0, 0.6w) give their highest 2-decimal score (0.8w − 0.01, 0.6w − 0.01).
 */
export function qualitativeScore(tier: Tier, weight: number, profile: Pick<Profile, "qualitativeTiers">): number {
  const [lo, hi] = qualitativeBand(tier, weight, profile);
  if (tier === "met") return hi;
  return Math.max(lo, round(hi - 0.01));
}

/**
 * S-QUAL applied to a completion: the top of the tier a completion fraction falls in (≥ 80% → w, 60–80% → 0.8w,
 * below → 0.6w with the national tiers). Regions that score a missed quantitative target by tier (分档) allow any
 * score up to it, so a stated score above it over-claims under the tiered reading too.
 */
export function tierCeiling(fraction: number, weight: number, profile: Pick<Profile, "qualitativeTiers">): number {
  const tiers = Object.values(profile.qualitativeTiers);
  const hit = tiers.filter(([lo]) => fraction >= lo - 1e-9).sort((a, b) => b[0] - a[0])[0];
  return round((hit ?? [0, 0])[1] * weight);
}

/** S-CQ (Chongqing): 指标得分 = 得分系数 × 权重. */
export function coefficientScore(coefficient: number, weight: number): number {
  return round(coefficient * weight);
}

export type IndicatorFormula = "positive" | "reverse-pmkpi" | "reverse-ratio" | "equal" | "qualitative";

export interface IndicatorScore {
  score: number;
  formula: IndicatorFormula;
  /** RULEBOOK rule id behind the formula */
  ruleId: string;
}

/** The quantitative formula for a direction under a profile. */
export function quantitativeScore(
  dir: Direction,
  target: number,
  actual: number,
  weight: number,
  profile: Pick<Profile, "reverseFormula">,
): IndicatorScore {
  if (dir === "ge") return { score: positiveScore(target, actual, weight), formula: "positive", ruleId: "S-POS" };
  if (dir === "eq") return { score: equalScore(target, actual, weight), formula: "equal", ruleId: "S-EQ" };
  if (profile.reverseFormula === "ratio") {
    return { score: reverseScoreRatio(target, actual, weight), formula: "reverse-ratio", ruleId: "S-NEG-ALT" };
  }
  return { score: reverseScorePmkpi(target, actual, weight), formula: "reverse-pmkpi", ruleId: "S-NEG-PK" };
}

/** S-OVER-PLAT: −penalty when B ≥ penaltyAt·A (positive/equal indicators), floored at 0. */
export function overAchievementPenalty(
  target: number,
  actual: number,
  score: number,
  profile: Pick<Profile, "overAchievement">,
): number {
  const { penalty, penaltyAt } = profile.overAchievement;
  if (penalty <= 0 || target <= 0 || actual < penaltyAt * target) return score;
  return Math.max(0, round(score - penalty));
}

/**
 * The highest score any known formula gives a quantitative indicator: the best of S-POS, S-EQ, S-NEG-PK and
 * S-NEG-ALT, and full marks where that best reaches 95% of the weight (the threshold rule "完成率≥95%得满分",
 * B-EXEC95). A stated score above it over-claims under every regional variant, not just an assumed one.
 */
export function quantitativeCeiling(dir: Direction, target: number, actual: number, weight: number): number {
  const best =
    dir === "ge"
      ? positiveScore(target, actual, weight)
      : dir === "eq"
        ? equalScore(target, actual, weight)
        : Math.max(reverseScorePmkpi(target, actual, weight), reverseScoreRatio(target, actual, weight));
  return weight > 0 && best >= FULL_MARKS_FROM_RATE * weight - 1e-9 ? weight : best;
}
