/** Operators, targets and actuals as written (RULEBOOK §1.2, §4.2, §9.3–§9.6, §9.9; R-PARSE-02/03). */
import { isPlaceholderText, parseOperator, parseQuantity, parseValue, qualitativeTier } from "../../../src/core/text/quantity";

describe("parseOperator (≥ ≧ >= ＞ → POS; ≤ ≦ <= ＜ → NEG; = ＝ ﹦ ═ → EQ)", () => {
  test.each([
    ["≥", "ge", false],
    ["≧", "ge", false],
    [">=", "ge", false],
    ["＞", "ge", true],
    [">", "ge", true],
    ["≤", "le", false],
    ["≦", "le", false],
    ["<=", "le", false],
    ["＜", "le", true],
    ["<", "le", true],
    ["=", "eq", false],
    ["＝", "eq", false],
    ["﹦", "eq", false],
    ["═", "eq", false],
    [" ≥ ", "ge", false],
    ["正向", "ge", false],
    ["正向指标", "ge", false],
    ["反向", "le", false],
    ["反向指标", "le", false],
    ["返乡指标", "le", false],
    ["等于", "eq", false],
    ["005 <=", "le", false],
    ["004 >=", "ge", false],
  ] as const)("%p → %s (strict %p)", (s, dir, strict) => {
    expect(parseOperator(s)).toMatchObject({ dir, strict });
  });
  test.each(["", "定性", "定量", "≥≥", "≥95", "%"])("%p is not an operator", (s) => {
    expect(parseOperator(s)).toBeNull();
  });
});

describe("parseValue: quantities in their own column or fused with operator and unit", () => {
  test.each([
    // text, dir (null = none), value, percent, unit
    ["≥50个", "ge", 50, false, "个", "CZ"],
    ["≤90万元", "le", 90, false, "万元", "CZ"],
    ["≥100百分比", "ge", 100, true, "%", "CZ unit word 百分比"],
    ["95%以上", "ge", 95, true, "%", "suffix 以上"],
    ["足额保障率=100%", "eq", 100, true, "%", "DYR name with operator"],
    ["结余率(计算方法为:结余数/预算数)≤5%", "le", 5, true, "%", "DYR formula text in the name"],
    ["9月前", "le", 9, false, "月", "022 deadline"],
    ["11月前", "le", 11, false, "月", "022 deadline"],
    ["≧95", "ge", 95, false, "", "011 ≧"],
    [">=95", "ge", 95, false, "", ""],
    ["＞95", "ge", 95, false, "", ""],
    ["≤5%", "le", 5, true, "%", ""],
    ["≦5", "le", 5, false, "", ""],
    ["<=5", "le", 5, false, "", ""],
    ["＜3天", "le", 3, false, "天", ""],
    ["=100", "eq", 100, false, "", "QS"],
    ["＝100", "eq", 100, false, "", "full-width ="],
    ["﹦100", "eq", 100, false, "", "LJ small equals"],
    ["═100", "eq", 100, false, "", "011 box-drawing equals"],
    ["=100 %", "eq", 100, true, "%", "QS spacing"],
    ["≥ 95 %", "ge", 95, true, "%", "LJ spacing"],
    ["≥９５％", "ge", 95, true, "%", "full-width"],
    ["≥266米", "ge", 266, false, "米", "012"],
    ["≥1000人", "ge", 1000, false, "人", "012"],
    ["不低于95%", "ge", 95, true, "%", "prefix word"],
    ["控制在5%以内", "le", 5, true, "%", "prefix and suffix words"],
    ["20万元", null, 20, false, "万元", "no operator"],
    ["98%", null, 98, true, "%", "plain percent"],
    ["100.00%", null, 100, true, "%", "QS"],
    ["238.93", null, 238.93, false, "", "plain number"],
    ["7.50.", null, 7.5, false, "", "trailing dot"],
    ["0起", null, 0, false, "起", "043"],
  ] as const)("%p → %s %p (percent %p, unit %p) %s", (s, dir, value, percent, unit, _src) => {
    const p = parseValue(s);
    expect(p.kind).toBe("number");
    const q = p.quantity!;
    expect({ dir: q.op?.dir ?? null, value: q.value, percent: q.percent, unit: q.unit }).toEqual({ dir, value, percent, unit });
    expect(q.ratio).toBeCloseTo(percent ? value / 100 : value, 12);
  });

  test("strictness of ＞ is kept as metadata", () => {
    expect(parseValue("＞95").quantity!.op).toEqual({ dir: "ge", strict: true, glyph: ">" });
    expect(parseValue("≥95").quantity!.op).toEqual({ dir: "ge", strict: false, glyph: "≥" });
  });
  test("decimals as written", () => {
    expect(parseValue("≥95.50%").quantity!.decimals).toBe(2);
    expect(parseValue("89.974").quantity!.decimals).toBe(3);
  });

  test.each([
    [735, "", 735, 735, false, "a plain number cell"],
    [0.95, "0.00%", 95, 0.95, true, "a number with a percent format"],
    [1, "0%", 100, 1, true, "100% as a number"],
  ] as const)("number cell %p (%p) → value %p, ratio %p, percent %p (%s)", (v, fmt, value, ratio, percent, _why) => {
    const p = parseValue(v, fmt || undefined);
    expect(p.kind).toBe("number");
    expect(p.quantity).toMatchObject({ op: null, value, ratio, percent });
  });

  test.each([
    ["/", "na"],
    ["／", "na"],
    ["—", "na"],
    ["-", "na"],
    ["*", "na"],
    ["不适用", "na"],
    ["≥**人次", "placeholder"],
    ["**元/人·月", "placeholder"],
    ["≤**%", "placeholder"],
    ["XX%", "placeholder"],
    ["完成", "text"],
    ["达成预期指标", "text"],
    ["效果明显", "text"],
    ["完成3个项目的验收工作", "text"],
    ["严格执行相关制度规定", "text"],
    ["", "empty"],
    ["   ", "empty"],
  ] as const)("%p → %s", (s, kind) => {
    expect(parseValue(s).kind).toBe(kind);
  });
  test.each([null, undefined])("%p → empty", (v) => {
    expect(parseValue(v as never).kind).toBe("empty");
  });
  test("an Excel error is text", () => {
    expect(parseValue({ error: "#DIV/0!" })).toEqual({ kind: "text", raw: "#DIV/0!" });
  });
});

describe("parseQuantity reads comparisons in words and a rate's longer unit", () => {
  test.each([
    ["大于90%", "ge", 90, "%"],
    ["超过95%", "ge", 95, "%"],
    ["小于5%", "le", 5, "%"],
    ["少于3次", "le", 3, "次"],
    ["17元/人.每天", null, 17, "元/人.每天"],
  ] as const)("%p → %s %p %p", (s, dir, value, unit) => {
    const q = parseQuantity(s)!;
    expect([q.op?.dir ?? null, q.value, q.unit]).toEqual([dir, value, unit]);
  });
});

describe("parseQuantity rejects numbers inside sentences", () => {
  test.each(["完成3个项目的验收工作", "本项目共申请预算资金90万元。其中:30万元用于基建", "效果明显", ""])("%p → null", (s) => {
    expect(parseQuantity(s)).toBeNull();
  });
});

describe("isPlaceholderText (C-V4: unfilled template placeholders)", () => {
  test.each(["≥**人次", "**元/人·月", "≤**%", "≥*%", "XX%", "xx个", "＊＊人"])("%p is a placeholder", (s) => {
    expect(isPlaceholderText(s)).toBe(true);
  });
  test.each(["≥95%", "*", "完成", "3×4", "100", "效果明显"])("%p is not a placeholder", (s) => {
    expect(isPlaceholderText(s)).toBe(false);
  });
});

describe("qualitativeTier (A-S5 vocabulary and §9.4 free-text completions)", () => {
  test.each([
    ["达成年度指标", "met"],
    ["部分达成年度指标并具有一定效果", "partial"],
    ["未达成年度指标且效果较差", "missed"],
    ["达成预期指标", "met"],
    ["完成", "met"],
    ["已完成", "met"],
    ["高", "met"],
    ["好", "met"],
    ["有效", "met"],
    ["效果明显", "met"],
    ["显著提升", "met"],
    ["較好", "met"],
    ["達成", "met"],
    ["基本完成", "partial"],
    ["部分完成", "partial"],
    ["一般", "partial"],
    ["未完成", "missed"],
    ["较差", "missed"],
    ["不合格", "missed"],
    ["达成", "met"],
    ["部分达成", "partial"],
    ["未达成", "missed"],
    ["确定能", "met"],
    ["有可能", "partial"],
    ["不可能", "missed"],
  ] as const)("%p → %s", (s, tier) => {
    expect(qualitativeTier(s)).toBe(tier);
  });
  test.each(["", "100%", "正在推进", "无", "见附件"])("%p says nothing about completion", (s) => {
    expect(qualitativeTier(s)).toBeNull();
  });
});
