import { RULES } from "../../src/core/rules";
import { BUILTIN_PROFILES } from "../../src/core/rubric";
import { plainText, profileName } from "../../src/taskpane/plain-words";

describe("core texts in plain words for the pane", () => {
  test("a fill's reason loses its RULEBOOK key: 年度资金总额：A-S1 执行率 × 分值 → 年度资金总额：执行率 × 分值", () => {
    expect(plainText("年度资金总额：A-S1 执行率 × 分值", "zh-CN")).toBe("年度资金总额：执行率 × 分值");
  });

  test("a profile id and a severity id in a Chinese rationale are put in words", () => {
    expect(plainText("规则方案（pmkpi 不封顶）另有规定的从其规定；否则为提示（info）", "zh-CN")).toBe("规则方案（财政一体化系统 不封顶）另有规定的从其规定；否则为提示");
  });

  test("a bare severity id in Chinese text is put in words", () => {
    expect(plainText("低于公式值的为 warning", "zh-CN")).toBe("低于公式值的为 警告");
  });

  test("a source abbreviation in parentheses goes, a grade band stays", () => {
    expect(plainText("self-deduction below the formula value is common (LJ); formulas differ", "en-US")).toBe("self-deduction below the formula value is common; formulas differ");
    expect(plainText("财政一体化系统默认（优≥80）", "zh-CN")).toBe("财政一体化系统默认（优≥80）");
  });

  test("a list of keys after RULEBOOK goes with its parentheses", () => {
    expect(plainText("按分值计分（RULEBOOK A-V5, V-SCORE-RECALC）。", "zh-CN")).toBe("按分值计分。");
  });

  test("every built-in profile's name and every rule's rationale, in both languages, carries no id", () => {
    const ids = /RULEBOOK|\b[A-Z]{1,4}(?:-[A-Z0-9]{1,8})+\b|\bpmkpi\b|\bdoczj\b|platform-2022/i;
    for (const p of Object.values(BUILTIN_PROFILES)) {
      expect(profileName(p, "zh-CN")).not.toMatch(ids);
      expect(profileName(p, "en-US")).not.toMatch(ids);
    }
    expect(profileName(BUILTIN_PROFILES.pmkpi, "en-US")).toBe("Budget-integration system default (优 ≥ 80)");
    const offenders = RULES.flatMap((r) => [
      [r.meta.id, "zh", plainText(r.meta.rationale.zh, "zh-CN")],
      [r.meta.id, "en", plainText(r.meta.rationale.en, "en-US")],
    ]).filter(([, lang, text]) => ids.test(text) || (lang === "zh" && /(?<![A-Za-z])(error|warning|info)(?![A-Za-z])/.test(text)));
    expect(offenders).toEqual([]);
  });
});
