import { round } from "../text/numbers";

/** S-NA (DOCZJ): Σ applicable scores / Σ applicable weights × 100; rows with a null weight are not applicable. */
export function naRescale(scores: (number | null)[], weights: (number | null)[]): number | null {
  let s = 0;
  let w = 0;
  for (let i = 0; i < weights.length; i++) {
    const wi = weights[i];
    if (wi === null || wi === undefined || !Number.isFinite(wi)) continue;
    w += wi;
    s += scores[i] ?? 0;
  }
  return w > 0 ? round((s / w) * 100) : null;
}

/** M-QUANT-RATE: share of targets that state a number (量化率); null when there are no targets. */
export function quantRate(quantified: boolean[]): number | null {
  if (quantified.length === 0) return null;
  return quantified.filter(Boolean).length / quantified.length;
}

/** V-W-LEVEL: Σ weights − expected (0 when consistent), at 2 decimals. */
export function weightCheck(weights: number[], expected: number): number {
  return round(weights.reduce((a, b) => a + b, 0) - expected);
}

/** Sum at 2 decimals, as sheets add up shown values. */
export function sum2(values: number[]): number {
  return round(values.reduce((a, b) => a + b, 0));
}
