/** scoreTargetActual: one target/actual pair as written in a sheet (RULEBOOK A-S2…A-S6, §9). */
import { scoreTargetActual } from "../../../src/core/score/evaluate";
import { parseValue } from "../../../src/core/text/quantity";
import { BUILTIN_PROFILES } from "../../../src/core/rubric";
import type { CellValue } from "../../../src/core/grid/grid";

const P = BUILTIN_PROFILES;
const pv = (v: CellValue, fmt?: string) => parseValue(v, fmt);

describe("scoreTargetActual: quantitative pairs", () => {
  test.each([
    // target, actual, weight, profile, score, formula, missed, why
    ["≥100", "95", 10, "national", 9.5, "positive", true, "A-S2 example"],
    ["≥100%", "95%", 10, "national", 9.5, "positive", true, "percent on both sides"],
    ["≥95%", "98%", 10, "national", 10, "positive", false, "met"],
    ["≥50个", "50", 8, "national", 8, "positive", false, "CZ ≥50个 against 50"],
    ["≥100百分比", "100", 8, "national", 8, "positive", false, "CZ unit word 百分比"],
    ["≤90万元", "99", 10, "national", 9, "reverse-pmkpi", true, "A-S3 pmkpi example"],
    ["≤90万元", "99", 10, "doczj", 9.09, "reverse-ratio", true, "A-S3 DOCZJ example"],
    ["≤90万元", "180", 10, "national", 0, "reverse-pmkpi", true, "B = 2A → 0"],
    ["≤90万元", "89.974", 8, "national", 8, "reverse-pmkpi", false, "under the limit"],
    ["=0", "0", 5, "national", 5, "equal", false, "A-S4 A = 0, B = 0"],
    ["=0", "1", 5, "national", 0, "equal", true, "A-S4 A = 0, B > 0"],
    ["0起", "0起", 5, "national", 5, "equal", false, "043: 0起 against 0起 (no operator → =)"],
    ["﹦100%", "98%", 10, "national", 9.8, "equal", true, "LJ small-equals glyph ﹦"],
    ["═100", "98", 10, "national", 9.8, "equal", true, "011 box-drawing ═"],
    ["足额保障率=100%", "100%", 30, "national", 30, "equal", false, "DYR operator fused into a name"],
    ["95%以上", "90%", 10, "national", 9.47, "positive", true, "suffix 以上 means ≥: 90/95·10"],
  ] as const)("%p vs %p (w=%p, %s) → %p (%s)", (t, a, w, prof, score, formula, missed, _why) => {
    const o = scoreTargetActual(pv(t), pv(a), w, P[prof]);
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect({ score: o.score, formula: o.formula, missed: o.missed }).toEqual({ score, formula, missed });
  });

  test("a ratio typed without a percent format (0.98) is read against a percent target (≥95%)", () => {
    const o = scoreTargetActual(pv("≥95%"), pv(0.93), 10, P.national);
    expect(o.ok && o.score).toBe(9.79);
  });
  test("a number with a percent format (0.95, \"0.00%\") against ≥100%", () => {
    const o = scoreTargetActual(pv("≥100%"), pv(0.95, "0.00%"), 10, P.national);
    expect(o.ok && o.score).toBe(9.5);
  });
  test("operator and unit in their own columns (Sichuan 指标性质 | 指标值 | 度量单位)", () => {
    const o = scoreTargetActual(pv("100"), pv("98"), 10, P.national, { op: "≥", unit: "%" });
    expect(o.ok && [o.score, o.formula]).toEqual([9.8, "positive"]);
    const r = scoreTargetActual(pv("90"), pv("99"), 10, P.national, { op: "≤", unit: "万元" });
    expect(r.ok && [r.score, r.formula]).toEqual([9, "reverse-pmkpi"]);
    const q = scoreTargetActual(pv("735"), pv("735"), 10, P.national, { op: "≧", unit: "人次" });
    expect(q.ok && q.score).toBe(10);
  });
  test("no operator, a name that says lower is better (林业有害生物成灾率 3‰ against 1.2): a ceiling met, full marks", () => {
    const o = scoreTargetActual(pv("3"), pv("1.2"), 10, P.national, { name: "林业有害生物成灾率" });
    expect(o.ok && [o.score, o.formula, o.missed]).toEqual([10, "reverse-pmkpi", false]);
    // the same numbers under another name: "=" semantics, 1.2 of 3
    const e = scoreTargetActual(pv("3"), pv("1.2"), 10, P.national, { name: "造林面积" });
    expect(e.ok && [e.formula, e.missed]).toEqual(["equal", true]);
  });
  test("platform-2022 deducts 2 at ≥130% (S-OVER-PLAT)", () => {
    const o = scoreTargetActual(pv("≥100"), pv("130"), 10, P["platform-2022"]);
    expect(o.ok && o.score).toBe(8);
    const n = scoreTargetActual(pv("≥100"), pv("130"), 10, P.national);
    expect(n.ok && n.score).toBe(10);
  });
  test("reverse indicators are never over-achievement-penalised", () => {
    const o = scoreTargetActual(pv("≤100"), pv("10"), 10, P["platform-2022"]);
    expect(o.ok && o.score).toBe(10);
  });
});

describe("scoreTargetActual: qualitative completions (A-S5, §9.4)", () => {
  test.each([
    ["效果明显", "达成预期指标", 10, 10, "met", "CZ"],
    ["严格执行相关制度规定", "达成年度指标", 10, 10, "met", "pmkpi vocabulary"],
    ["效果明显", "部分达成年度指标并具有一定效果", 10, 7.99, "partial", "top of [6, 8)"],
    ["效果明显", "未达成年度指标且效果较差", 10, 5.99, "missed", "top of [0, 6)"],
    ["高", "高", 2, 2, "met", "CQ 高"],
    ["有效", "有效", 10, 10, "met", "011 有效"],
    ["≤30万元", "完成", 90, 90, "met", "DYX: 完成 on a cost indicator reads as met"],
  ] as const)("%p / %p (w=%p) → %p (%s)", (t, a, w, score, tier, _src) => {
    const o = scoreTargetActual(pv(t), pv(a), w, P.national);
    expect(o.ok && { score: o.score, tier: o.tier, formula: o.formula }).toEqual({ score, tier, formula: "qualitative" });
  });
  test("identical free text in target and actual counts as met", () => {
    const o = scoreTargetActual(pv("在项目计划完成时间内完成"), pv("在项目计划完成时间内完成"), 8, P.national);
    expect(o.ok && o.score).toBe(8);
  });
});

describe("scoreTargetActual: nothing to score", () => {
  test.each([
    ["≥95%", null, 10, "no-actual"],
    ["≥95%", "", 10, "no-actual"],
    ["≥95%", "98%", null, "no-weight"],
    ["≥**人次", "100", 10, "placeholder"],
    ["≥95%", "**", 10, "placeholder"],
    ["/", "/", 10, "not-applicable"],
    ["≥95%", "—", 10, "not-applicable"],
    [null, "98", 10, "no-target"],
    ["效果明显", "正在推进中", 10, "target-text"],
    ["≥95%", "正在推进中", 10, "actual-text"],
  ] as const)("%p / %p (w=%p) → %s", (t, a, w, reason) => {
    const o = scoreTargetActual(t === null ? null : pv(t), a === null ? null : pv(a), w, P.national);
    expect(o).toEqual({ ok: false, reason });
  });
});

describe("scoreTargetActual: Chongqing 得分系数 × 权重 (S-CQ)", () => {
  test("coefficient 76% × 10 = 7.6 under chongqing", () => {
    const o = scoreTargetActual(pv("70%"), pv("76%"), 10, P.chongqing, { coefficient: 0.76 });
    expect(o.ok && [o.score, o.formula, o.ruleId, o.missed]).toEqual([7.6, "coefficient", "S-CQ", true]);
  });
  test("the coefficient is ignored by profiles without scoreCoefficient", () => {
    const o = scoreTargetActual(pv("≥70%"), pv("76%"), 10, P.national, { coefficient: 0.5 });
    expect(o.ok && o.score).toBe(10);
  });
});
