import { round } from "../text/numbers";

/**
 * Linear score between two thresholds, either direction (B-3GONG-CTRL: 三公经费控制率 ≤100% full,
 * ≥120% zero → linearScore(1.1, 1, 1, 1.2) = 0.5).
 */
export function linearScore(value: number, weight: number, fullAt: number, zeroAt: number): number {
  if (fullAt === zeroAt) return value <= fullAt ? weight : 0;
  const lowerIsBetter = fullAt < zeroAt;
  if (lowerIsBetter ? value <= fullAt : value >= fullAt) return weight;
  if (lowerIsBetter ? value >= zeroAt : value <= zeroAt) return 0;
  return round((weight * (zeroAt - value)) / (zeroAt - fullAt));
}

/**
 * Step deductions floored at 0 (B-FA-USE 固定资产在用率: −5% of weight per point below 95% →
 * stepScore(0.92, 1, 0.95, 0.01, 0.05) = 0.85; B-EXEC-STEP: −2 per full 5% below 100% of 8).
 * Higher values are better; each full `step` below `fullAt` deducts `deduction` points.
 */
export function stepScore(value: number, weight: number, fullAt: number, step: number, deduction: number): number {
  if (value >= fullAt) return weight;
  if (step <= 0) return 0;
  const steps = Math.floor((fullAt - value) / step + 1e-9);
  return Math.max(0, round(weight - steps * deduction));
}

/**
 * Banded score: the points of the first band whose upper bound the value does not exceed
 * (B-ADJ-BANDS 预算调整率: 0 → 8; ≤10% → 6; ≤20% → 4; ≤30% → 2; above → 0). Bands in ascending `upTo`.
 */
export function bandScore(value: number, bands: { upTo: number; points: number }[], otherwise = 0): number {
  for (const b of bands) if (value <= b.upTo + 1e-12) return b.points;
  return otherwise;
}

/** Deduct per counted item, floored at 0 (B-KEYTASK −1 per unfinished 重点工作 of 4; B52 政府采购 −0.5 per irregularity). */
export function deductPerItem(count: number, weight: number, perItem: number): number {
  return Math.max(0, round(weight - Math.max(0, count) * perItem));
}

/** B-VETO: any violation (截留/挤占/挪用/虚列支出) scores 0, else the full weight. */
export function vetoScore(violations: number, weight: number): number {
  return violations > 0 ? 0 : weight;
}

/** Rate × weight, capped at the weight (B-QUALITY 质量达标率 × 5; C21 考核得分比例 × 8). */
export function rateScore(rate: number, weight: number): number {
  return round(Math.min(Math.max(rate, 0), 1) * weight);
}
