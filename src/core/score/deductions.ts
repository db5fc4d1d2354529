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
