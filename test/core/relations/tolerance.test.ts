import { addsUp, agreesAtDecimals, agreesTyped, exceedsTyped, fallsShortTyped, ratioAgrees, roundHalfUp, shownDecimals, sumAgrees, truncate, typedDecimals } from "../../../src/core/relations/tolerance";

const n = (value: number, decimals: number | null = null, percent = false) => ({ value, decimals, percent, cell: "A1", row: 1, col: 1, text: String(value) });

describe("one tolerance policy: the shown precision, half-up or truncated", () => {
  test.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-1.5, 0, -2],
    [83.335, 2, 83.34],
  ])("round half-up %p at %p decimals = %p", (x, d, y) => expect(roundHalfUp(x, d)).toBe(y));

  test.each([
    [83.3379, 2, 83.33],
    [99.999, 0, 99],
  ])("truncate %p at %p decimals = %p", (x, d, y) => expect(truncate(x, d)).toBe(y));

  test.each([
    // stated, computed, decimals, agrees
    [99.97, 99.971, 2, true], // 89.974/90 shown as 99.97%
    [99.96, 99.971, 2, false],
    [83.33, 83.3379, 2, true], // truncated where half-up gives 83.34
    [83.34, 83.3379, 2, true], // half-up
    [83.32, 83.3379, 2, false],
    [100, 99.6, 0, true], // a cell formatted "0" showing 99.6 as 100
    [100, 99.4, 0, false],
  ])("stated %p agrees with %p at %p decimals: %p", (s, c, d, ok) => expect(agreesAtDecimals(s, c, d)).toBe(ok));

  test.each([
    // total, parts, agrees — decimals come from the typed values when no format says
    ["89.974 = 89.97 + 0.004", n(89.974), [n(89.97), n(0.004)], true],
    ["100 typed ≠ 9.9 × 10 = 99 (parts show one decimal)", n(100), Array.from({ length: 10 }, () => n(9.9)), false],
    ["100 formatted '0' = 99.6 shown as 100", n(99.6, 0), [n(50), n(49.6)], true],
    ["96.7 = ten shown 9.67 of 9.6667 (a sheet adding shown values)", n(96.7, 1), Array.from({ length: 10 }, () => n(9.666666, 2)), true],
    ["110 ≠ 40 + 30 + 20 + 10", n(110), [n(40), n(30), n(20), n(10)], false],
    // (found by scripts/eval-sweep.js: a relative noise of 1e-9 was a whole 元 at 10 亿)
    ["771325800 元 ≠ 771325800 + 1 (one 元 off at 7 亿 is no binary noise)", n(771325800), [n(771325800), n(1)], false],
    ["1234567890.12 ≠ 1234567890.12 + 0.01 at two decimals", n(1234567890.12, 2), [n(1234567890.12, 2), n(0.01, 2)], false],
    ["a long sum of large amounts keeps its binary noise: 1000 × 987654.321 = 987654321", n(987654321, 3), Array.from({ length: 1000 }, () => n(987654.321, 3)), true],
    // a total shown finer than every part: the parts are rounded to their column's precision (half a cent each)
    ["1548.447 (three decimals) = 1537.45 + 11 (parts to the cent: 0.003 within their rounding)", n(1548.447), [n(1537.45), n(11)], true],
    ["1548.467 ≠ 1537.45 + 11 (0.017 is more than two parts' rounding)", n(1548.467), [n(1537.45), n(11)], false],
    ["1548.4 ≠ 1537.45 + 11 (the total coarser than its parts: the finest decides)", n(1548.4), [n(1537.45), n(11)], false],
    ["100.3 ≠ 50 + 50 (whole parts are no rounded amounts)", n(100.3), [n(50), n(50)], false],
  ])("%s", (_name, total, parts, ok) => expect(sumAgrees(total, parts).ok).toBe(ok));

  test("万元 against 元: 1.2 万元 = 10,000 元 + 2,000 元", () => {
    expect(sumAgrees({ ...n(1.2), unit: "万元" }, [{ ...n(10000), unit: "元" }, { ...n(2000), unit: "元" }]).ok).toBe(true);
  });

  test("a unit slip where no unit is stated (12000 against 1 + 0.2) is not a mismatch, but says so", () => {
    const a = sumAgrees(n(12000), [n(1), n(0.2)]);
    expect(a).toMatchObject({ ok: true, unitSlip: true });
  });

  test("both units stated and still 10,000× apart: a real mismatch", () => {
    expect(sumAgrees({ ...n(12000), unit: "元" }, [{ ...n(1), unit: "元" }, { ...n(0.2), unit: "元" }]).ok).toBe(false);
  });

  test.each([
    // stated, numerator, denominator, agrees
    ["\"100.00%\" for 90/90", n(1, 2, true), 90, 90, true],
    ["\"99.97%\" for 89.974/90", n(0.9997, 2, true), 89.974, 90, true],
    ["\"99.96%\" for 89.974/90", n(0.9996, 2, true), 89.974, 90, false],
    ["98.05 typed without % for 98.05/100", n(98.05, 2), 98.05, 100, true],
    ["\"108.70%\" for 50/46 (108.696%)", n(1.087, 2, true), 50, 46, true],
    ["\"105.00%\" for 50/46", n(1.05, 2, true), 50, 46, false],
    // a bare fraction past 1.5 (a line executed past 150%): 31.55/21 = 1.50238 → 150.24%, its 4 decimals the 0.01 point
    ["1.5024 typed bare for 31.55/21 (150.24%)", n(1.5024), 31.55, 21, true],
    ["1.5124 typed bare for 31.55/21", n(1.5124), 31.55, 21, false],
    ["1.51 shown with 2 decimals for 31.71/21 (151%): read as 1.51%, too few digits to be told a fraction", n(1.51, 2), 31.71, 21, false],
  ])("ratio %s", (_name, stated, num, den, ok) => expect(ratioAgrees(stated, num, den).ok).toBe(ok));

  test("shown decimals: the format's, else the typed value's", () => {
    expect(shownDecimals(n(89.974, 2))).toBe(2);
    expect(shownDecimals(n(89.974))).toBe(3);
    expect(shownDecimals(n(0.9805, null, true))).toBe(2);
  });
});

describe("typedDecimals: the digits after the point of a number as typed, read from the number (no text made)", () => {
  it.each<[number, number]>([
    [4.25, 2],
    [100, 0],
    [0.045, 3], // 90 / 2000, the bench sheet's weights
    [90 / 2000, 3],
    [1.005, 3],
    [-0.5, 1],
    [0.1 + 0.2, 6], // 0.30000000000000004: binary noise, at most six
    [1 / 3, 6],
    [0.000001, 6],
    [0.0000015, 6],
    [5e-7, 6], // written 5e-7
    [123456789.123456, 6],
    [999999999.5, 1],
    [1234567890.25, 2], // from 1e9 up, read from its text as before
    [NaN, 0],
    [Infinity, 0],
  ])("%p → %i", (v, d) => {
    expect(typedDecimals(v)).toBe(d);
  });
  it("the same as the shortest text's digits after the point (at most six) on numbers of every size", () => {
    const byText = (v: number) => {
      const s = String(Math.abs(v));
      if (s.includes("e")) return 6;
      const i = s.indexOf(".");
      return i < 0 ? 0 : Math.min(6, s.length - i - 1);
    };
    // (a fixed sequence: decimals of 0 … 9 digits at magnitudes 1 … 10^9, divided by 7 and scaled)
    let x = 12345;
    for (let k = 0; k < 20000; k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const digits = x % 10;
      const v = (x % 10 ** (1 + (k % 10))) / 10 ** digits;
      for (const w of [v, -v, v / 7, v * 1.1, v / 10000]) if (!Number.isInteger(w)) expect(typedDecimals(w)).toBe(byText(w));
    }
  });
});

/**
 * addsUp / agreesTyped / exceedsTyped / fallsShortTyped: the evidence recognisers and rules take from a sum or a bound, on
 * the one policy (session 38: they compared with a fixed 0.005 or 0.01 of their own). Each shape with its counter-shape.
 */
describe("one policy for every sum, bound and agreement the recognisers and rules read", () => {
  test.each([
    // label, total, parts, adds up, what the old fixed |Σ − total| < 0.005 said
    ["0-decimal cells: 10.4 | 20.4 shown 10 | 20 under a 30, added as shown", n(30, 0), [n(10.4, 0), n(20.4, 0)], true, false],
    ["counter: the same numbers typed (one decimal shown): 30.8 is no 30", n(30, null), [n(10.4), n(20.4)], false, false],
    ["2 decimals, off by 0.01: 5.00 + 5.00 under 10.01", n(10.01, 2), [n(5, 2), n(5, 2)], false, false],
    ["counter: 5.00 + 5.00 under 10.00", n(10, 2), [n(5, 2), n(5, 2)], true, true],
    ["truncated: 1.115 | 2.224 shown to 2 decimals under 3.33 (3.339 cut, half-up 3.34)", n(3.33, 2), [n(1.115, 2), n(2.224, 2)], true, false],
    ["counter: the same under 3.32 (neither cut nor rounded)", n(3.32, 2), [n(1.115, 2), n(2.224, 2)], false, false],
    ["typed to 3 decimals: 33.333 × 3 is 99.999, no 100 at the thousandth", 100, [33.333, 33.333, 33.333], false, true],
    ["counter: 33.33 + 33.33 + 33.34 = 100", 100, [33.33, 33.33, 33.34], true, true],
    ["binary noise: 0.1 + 0.2 is 0.3", 0.3, [0.1, 0.2], true, true],
    ["a 万元/元 slip is no sum: 50 over 500,000", 50, [200000, 300000], false, false],
  ])("%s", (_label, total, parts, adds, old) => {
    expect(addsUp(total, parts)).toBe(adds);
    const t = typeof total === "number" ? total : total.value;
    const sum = parts.reduce((a: number, p) => a + (typeof p === "number" ? p : p.value), 0);
    expect(Math.abs(sum - t) < 0.005).toBe(old);
  });

  test.each([
    // value, bound, exceeds, falls short
    ["a score of 0.0405 under a weight of 0.045 (90/2000): short at the shown ten-thousandth", 0.0405, 0.045, false, true],
    ["counter: 0.045 of 0.045", 0.045, 0.045, false, false],
    ["a score 4.996 shown 5.00 of 5: neither", n(4.996, 2), 5, false, false],
    ["a score 5.004 shown 5.00 of 5: neither", n(5.004, 2), 5, false, false],
    ["counter: 5.01 of 5 exceeds it", n(5.01, 2), 5, true, false],
    ["counter: 4.99 of 5 falls short", n(4.99, 2), 5, false, true],
  ])("%s", (_label, value, bound, exceeds, short) => {
    expect(exceedsTyped(value, bound)).toBe(exceeds);
    expect(fallsShortTyped(value, bound)).toBe(short);
    expect(agreesTyped(bound, value)).toBe(!exceeds && !short);
  });
});

/**
 * speed39: the verdict is worked out once, and the Agreement made only for sumAgrees / combinationAgrees (addsUp and the
 * typed comparisons make none). The Agreement keeps its fields in the order they were always written (ok, computed,
 * decimals, unitSlip only on a slip), as a report or a hash of the results reads them.
 */
describe("sumAgrees: one Agreement, its fields as ever", () => {
  test.each([
    ["5.00 + 5.00 under 10.00: agrees at two decimals", n(10, 2), [n(5, 2), n(5, 2)], { ok: true, computed: 10, decimals: 2 }],
    ["counter: 5.00 + 5.00 under 10.01 does not", n(10.01, 2), [n(5, 2), n(5, 2)], { ok: false, computed: 10, decimals: 2 }],
    ["200,000 + 300,000 under 50 (no unit stated): a 万元/元 slip, ok but not a sum (addsUp false)", n(50), [n(200000), n(300000)], { ok: true, computed: 500000, decimals: 0, unitSlip: true }],
  ])("%s", (_label, total, parts, want) => {
    const a = sumAgrees(total, parts);
    expect(Object.keys(a)).toEqual(Object.keys(want));
    expect(a).toEqual(want);
    expect(addsUp(total, parts)).toBe(want.ok && !("unitSlip" in want));
  });
});

/**
 * (dev61) A whole written in 亿 and shown coarser than every part is a rounded headline figure: it agrees within half its
 * own last unit of the parts' sum (346亿元 over 67.4 + 239.4 + 39.4 = 346.2: |346 − 346.2| = 0.2 ≤ 0.5). A whole in 万元
 * keeps the parts' precision (10万元 over 10 + 0.05 = 10.05: a slip), as does a 亿 whole off by more than half its unit or
 * shown as finely as its parts.
 */
describe("a whole in 亿 shown coarser than its parts: within half its own last unit", () => {
  const t = (value: number, decimals: number, text: string) => ({ value, decimals, percent: false, text });
  const parts = [t(67.4, 1, "67.4亿元"), t(239.4, 1, "239.4亿元"), t(39.4, 1, "39.4亿元")];
  test.each([
    ["346亿元 over 67.4 + 239.4 + 39.4 = 346.2 agrees (0.2 ≤ 0.5)", t(346, 0, "346亿元"), parts, true],
    ["345亿元 over 346.2 does not (1.2 > 0.5)", t(345, 0, "345亿元"), parts, false],
    ["346億元 in 繁體 over 67.4 + 239.4 + 39.4 = 346.2 agrees as 亿 does (0.2 ≤ 0.5)", t(346, 0, "346億元"), parts, true],
    ["346.0亿元 shown at the parts' decimal over 346.2 does not", t(346, 1, "346.0亿元"), parts, false],
    ["346万元 over 67.4 + 239.4 + 39.4万元 does not (no 亿: the parts' precision)", t(346, 0, "346万元"), [t(67.4, 1, "67.4万元"), t(239.4, 1, "239.4万元"), t(39.4, 1, "39.4万元")], false],
    ["10万元 over 10 + 0.05万元 does not (the 500元 part is named)", t(10, 0, "10万元"), [t(10, 0, "10万元"), t(0.05, 2, "0.05万元")], false],
  ])("%s", (_label, total, ps, ok) => {
    expect(sumAgrees(total, ps).ok).toBe(ok);
  });
});
