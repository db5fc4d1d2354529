/** Reading numbers from cells (RULEBOOK §1.3, §9.2, §9.18). */
import { agreesAt, formatDecimals, formatNumber, isPercentFormat, readNumber, readPoints, round } from "../../../src/core/text/numbers";

describe("readNumber: text cells", () => {
  test.each([
    ["238.93", 238.93, false, 2, "QS 年初预算"],
    ["7.50.", 7.5, false, 2, "trailing full stop typed after a number"],
    ["100.00%", 1, true, 2, "QS 100.00%"],
    ["0.00%", 0, true, 2, "QS empty funding source"],
    ["95%", 0.95, true, 0, "CQ 76%-style"],
    [" 95 % ", 0.95, true, 0, "spaces inside"],
    ["108.70%", 1.087, true, 2, "023 控制率"],
    ["１２３", 123, false, 0, "full-width digits"],
    ["1,234.5", 1234.5, false, 1, "thousands separator"],
    ["387664.62", 387664.62, false, 2, "011 amounts in 元"],
    ["-3.5", -3.5, false, 1, "negative"],
    [".5", 0.5, false, 1, "leading dot"],
    ["0", 0, false, 0, "zero"],
    ["10", 10, false, 0, "weight"],
  ])("%p → %p (percent %p, decimals %p) %s", (s, value, percent, decimals) => {
    const n = readNumber(s)!;
    expect(n).not.toBeNull();
    expect(n.value).toBeCloseTo(value, 12);
    expect({ percent: n.percent, decimals: n.decimals }).toEqual({ percent, decimals });
  });
  test.each(["", "/", "—", "-", "*", "abc", "≥95%", "72890 元", "≤90万元", "完成", "1e3", "满分"])("%p is not a plain number", (s) => {
    expect(readNumber(s)).toBeNull();
  });
  test("‰ is a ratio", () => {
    expect(readNumber("5‰")!.value).toBeCloseTo(0.005, 12);
  });
});

describe("readNumber: numeric cells with their number formats", () => {
  test.each([
    [0.95, "0.00%", 0.95, true, 2],
    [0.9811, "0.00%", 0.9811, true, 2],
    [1, "0%", 1, true, 0],
    [10, "General", 10, false, null],
    [10, undefined, 10, false, null],
    [89.974, "0.000", 89.974, false, 3],
    [1234.5, "#,##0.00", 1234.5, false, 2],
  ])("%p with %p → %p (percent %p, decimals %p)", (v, fmt, value, percent, decimals) => {
    expect(readNumber(v, fmt)).toEqual({ value, percent, decimals });
  });
  test.each([null, undefined, true, Number.NaN, Number.POSITIVE_INFINITY, { error: "#DIV/0!" }])("%p → null", (v) => {
    expect(readNumber(v as never)).toBeNull();
  });
});

describe("formatDecimals / isPercentFormat", () => {
  test.each([
    ["0.00", 2],
    ["0.00%", 2],
    ["0%", 0],
    ["0.0", 1],
    ["#,##0.00", 2],
    ["#,##0", 0],
    ['0.00"分"', 2],
    ["0.000_);(0.000)", 3],
    ["General", null],
    ["@", null],
    [undefined, null],
  ])("%p shows %p decimals", (fmt, d) => {
    expect(formatDecimals(fmt)).toBe(d);
  });
  test.each([
    ["0.00%", true],
    ["0%", true],
    ["0.00", false],
    ['0.00"%"', false],
    [undefined, false],
  ])("isPercentFormat(%p) = %p", (fmt, p) => {
    expect(isPercentFormat(fmt)).toBe(p);
  });
});

describe("readPoints", () => {
  test.each([
    ["100分", 100],
    ["90 分", 90],
    [10, 10],
    ["2.5", 2.5],
  ])("%p → %p", (v, n) => {
    expect(readPoints(v)).toBe(n);
  });
  test.each(["100%", "/", "满分"])("%p is not points", (v) => {
    expect(readPoints(v)).toBeNull();
  });
});

describe("round (half away from zero, ROUND(x, 2))", () => {
  test.each([
    [9.495, 2, 9.5],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-2.675, 2, -2.68],
    [9.0909, 2, 9.09],
    [6.6666, 2, 6.67],
    [89.5, 0, 90],
    [0.125, 2, 0.13],
    [7.6, 2, 7.6],
  ])("round(%p, %p) = %p", (x, d, expected) => {
    expect(round(x, d)).toBe(expected);
  });
  test("default is 2 decimals", () => {
    expect(round(1 / 3)).toBe(0.33);
  });
});

describe("agreesAt (compare at the shown precision)", () => {
  test.each([
    [99.97, 99.974, 2, true, "99.97% shown, 99.974% computed"],
    [99.96, 99.974, 2, false, "off by more than half a unit"],
    [100, 99.6, 0, true, "100% shown with no decimals against 99.6%"],
    [100, 99.4, 0, false, "99.4 rounds to 99"],
    [9.8, 9.81, null, true, "no precision: fallback 0.01"],
    [9.8, 9.82, null, false, "beyond the fallback"],
    [10, 10.004, 5, true, "never tighter than 0.005"],
  ] as const)("%p vs %p at %p decimals → %p (%s)", (a, b, d, ok, _why) => {
    expect(agreesAt(a, b, d)).toBe(ok);
  });
});

describe("formatNumber (what a cell shows)", () => {
  test.each([
    [1.0259, "0.00%", "102.59%"],
    [1, "0%", "100%"],
    [89.974, "0.00", "89.97"],
    [1234.5, "#,##0.00", "1234.50"],
    [0.1 + 0.2, undefined, "0.3"],
    [7.6, "General", "7.6"],
  ])("%s with %s → %s", (v, fmt, shown) => {
    expect(formatNumber(v, fmt)).toBe(shown);
  });
});
