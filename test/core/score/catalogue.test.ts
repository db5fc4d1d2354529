import { bandScore, deductPerItem, rateScore, vetoScore } from "../../../src/core/score/deductions";

/** The remaining seed 002 / WL4 formulas of the RULEBOOK catalogue (§3.2), with their worked examples. */
describe("B-ADJ-BANDS 预算调整率 (WL4): 0 → 8; ≤10% → 6; ≤20% → 4; ≤30% → 2; >30% → 0", () => {
  const bands = [
    { upTo: 0, points: 8 },
    { upTo: 0.1, points: 6 },
    { upTo: 0.2, points: 4 },
    { upTo: 0.3, points: 2 },
  ];
  test.each([
    [0, 8],
    [0.05, 6],
    [0.1, 6],
    [0.2, 4],
    [0.25, 2],
    [767.86 / 1922.76, 0], // WL4's own text: 39.9% → 0 of 8
  ])("%s → %s", (v, pts) => expect(bandScore(v, bands)).toBe(pts));
});

test.each([
  [0, 4, 1, 4],
  [1, 4, 1, 3], // one 重点工作 left unfinished
  [5, 4, 1, 0], // 扣完为止
  [3, 1, 0.5, 0], // 政府采购: three irregularities on a 1-point item
  [1, 1, 0.5, 0.5],
])("B-KEYTASK / B52: %s items, weight %s, −%s each → %s", (n, w, per, s) => expect(deductPerItem(n, w, per)).toBe(s));

test.each([
  [0, 4, 4],
  [1, 4, 0],
])("B-VETO: %s violations of weight %s → %s", (n, w, s) => expect(vetoScore(n, w)).toBe(s));

test.each([
  [0.96, 5, 4.8], // 质量达标率 96% × 5
  [1.2, 5, 5],
  [-0.1, 5, 0],
  [0.875, 8, 7],
])("B-QUALITY: rate %s × %s → %s", (r, w, s) => expect(rateScore(r, w)).toBe(s));
