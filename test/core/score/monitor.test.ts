/** Monitoring lamps (RULEBOOK §5.2 D-S1: p = (执行/预算)/(month/12)×100; <60 红, <80 黄, else 绿). */
import { deviation, lamp, progress } from "../../../src/core/score/monitor";

describe("progress and lamp", () => {
  test("June, 40 of 100 executed → 0.40/0.5 = 80 → 绿", () => {
    expect(progress(40, 100, 6)).toBeCloseTo(0.8, 12);
    expect(lamp(progress(40, 100, 6)!)).toBe("绿");
  });
  test("晋宁 1–6月 21.1% (SEED000) → 42.2 → 红", () => {
    expect(progress(21.1, 100, 6)! * 100).toBeCloseTo(42.2, 9);
    expect(lamp(progress(21.1, 100, 6)!)).toBe("红");
  });
  test.each([
    [0.8, "绿", "exactly 80 → 绿"],
    [0.7999, "黄", "79.99 → 黄"],
    [0.6, "黄", "exactly 60 → 黄"],
    [0.5999, "红", "59.99 → 红"],
    [0, "红", "nothing"],
    [1.5, "绿", "ahead of schedule"],
  ] as const)("p=%p → %s (%s)", (p, expected, _why) => {
    expect(lamp(p)).toBe(expected);
  });
  test.each([
    [87.57, 220, 6, 87.57 / 220 / 0.5, "黄石 申遗 1-6月 87.57 of 220 → 79.6 → 黄"],
    [50, 100, 12, 0.5, "December, half executed"],
    [30, 100, 3, 1.2, "March, 30% executed"],
  ])("progress(%p, %p, month %p) = %p (%s)", (e, b, m, expected) => {
    expect(progress(e, b, m)).toBeCloseTo(expected, 12);
  });
  test("黄石 87.57/220 at June is 黄", () => {
    expect(lamp(progress(87.57, 220, 6)!)).toBe("黄");
  });
  test.each([
    [40, 0, 6],
    [40, 100, 0],
  ])("no progress for %p/%p at month %p", (e, b, m) => {
    expect(progress(e, b, m)).toBeNull();
  });
});

describe("deviation ((B − A) / A)", () => {
  test.each([
    [100, 130, 0.3],
    [100, 95, -0.05],
    [90, 99, 0.1],
  ])("A=%p B=%p → %p", (a, b, expected) => {
    expect(deviation(a, b)).toBeCloseTo(expected, 12);
  });
  test("A = 0 → null", () => {
    expect(deviation(0, 5)).toBeNull();
  });
});
