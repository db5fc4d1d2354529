import { renderMessage } from "../../src/core/rules";
import type { Finding, RuleMeta } from "../../src/core/rules";
import { sortFindings } from "../../src/core/review";

/**
 * speed61: a draft's message is rendered in both languages with each placeholder's value formatted once (the two
 * templates name mostly the same values), and the findings are sorted through a key array and a list of indexes, no
 * object made per finding. Both give what they gave before: the texts and the order below are worked out by hand.
 */
const meta = (messages: RuleMeta["messages"]): RuleMeta => ({
  id: "t",
  severity: "error",
  families: "all",
  title: { zh: "测", en: "t" },
  rationale: { zh: "测", en: "t" },
  source: "RULEBOOK",
  messages,
});

describe("renderMessage: each value formatted once for both languages", () => {
  const m = meta({
    below: { zh: "{{name}}得分 {{score}} 低于分值 {{weight}}", en: "{{name}}: score {{score}} below its weight {{weight}}" },
    // a value named twice in one template, one only in English, one the draft does not give
    mixed: { zh: "{{a}}+{{a}}={{sum}}{{note}}", en: "{{a}} and {{a}} make {{sum}} ({{extra}})" },
  });

  test("numbers rounded half away from zero to two decimals in both messages: 0.0405 → 0.04, 0.045 → 0.05", () => {
    expect(renderMessage(m, { cell: "I7", messageId: "below", data: { name: "指标1", score: 0.0405, weight: 0.045 } })).toEqual({
      message: "指标1得分 0.04 低于分值 0.05",
      messageEn: "指标1: score 0.04 below its weight 0.05",
    });
  });

  test("the next draft's values are its own, not the last draft's (2.5 + 2.5 = 5; then 1 + 1 = 2)", () => {
    expect(renderMessage(m, { cell: "A1", messageId: "mixed", data: { a: 2.5, sum: 5, note: "。", extra: "x" } })).toEqual({
      message: "2.5+2.5=5。",
      messageEn: "2.5 and 2.5 make 5 (x)",
    });
    // (no note and no extra: nothing in their places)
    expect(renderMessage(m, { cell: "A2", messageId: "mixed", data: { a: 1, sum: 2 } })).toEqual({ message: "1+1=2", messageEn: "1 and 1 make 2 ()" });
    expect(renderMessage(m, { cell: "A3", messageId: "below", data: { name: "指标2", score: 1.005, weight: 2 } })).toEqual({
      message: "指标2得分 1.01 低于分值 2",
      messageEn: "指标2: score 1.01 below its weight 2",
    });
  });
});

describe("sortFindings: by severity, then row, then column, then rule id; equal keys keep their order", () => {
  const f = (rule: string, severity: Finding["severity"], cell: string, message: string): Finding => ({ rule, severity, cell, message });
  test("nine findings", () => {
    const list = [
      f("b-rule", "info", "A1", "1"),
      f("a-rule", "error", "B2", "2"),
      f("z-rule", "error", "A3", "3"),
      f("c-rule", "error", "B2", "4"),
      f("a-rule", "error", "B2", "5"), // the same key and rule as "2": after it
      f("d-rule", "warning", "AA2", "6"), // column 27
      f("d-rule", "warning", "B2", "7"), // column 2: before AA2
      f("e-rule", "error", "$C$2", "8"), // row 2, column 3 (read through the pattern)
      f("a-rule", "warning", "A10", "9"),
    ];
    // errors: B2 (a-rule "2", a-rule "5", c-rule "4"), C2 ("8"), A3 ("3"); warnings: B2 ("7"), AA2 ("6"), A10 ("9"); info: A1 ("1")
    expect(sortFindings(list).map((x) => x.message)).toEqual(["2", "5", "4", "8", "3", "7", "6", "9", "1"]);
    expect(sortFindings([])).toEqual([]);
  });
});
