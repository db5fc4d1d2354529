import { RULES, interpolate, renderMessage } from "../../../src/core/rules";
import { review } from "../../../src/core/review";
import { corpusGrid, corpusIds } from "../../helpers";

const placeholders = (t: string) => [...t.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);

describe("messages by id", () => {
  test("interpolate fills {{names}}, numbers as a reviewer writes them", () => {
    expect(interpolate("明细分值合计 {{sum}}，与总分 {{total}} 不符", { sum: 110.004, total: 100 })).toBe("明细分值合计 110，与总分 100 不符");
    expect(interpolate("{{a}}/{{b}}", { a: "x" })).toBe("x/");
  });

  test("renderMessage uses the template by id, and refuses an id the rule does not carry", () => {
    const meta = { id: "t", severity: "error" as const, families: "all" as const, title: { zh: "测", en: "t" }, rationale: { zh: "测", en: "t" }, source: "RULEBOOK", messages: { m: { zh: "合计 {{sum}}", en: "sum {{sum}}" } } };
    expect(renderMessage(meta, { cell: "A1", messageId: "m", data: { sum: 9.645 } })).toEqual({ message: "合计 9.65", messageEn: "sum 9.65" });
    expect(() => renderMessage(meta, { cell: "A1", messageId: "nope", data: {} })).toThrow(/unknown messageId/);
  });

  test("every rule carries its messages (no rule reports literal text)", () => {
    const legacy = RULES.filter((r) => !r.meta.messages || Object.keys(r.meta.messages).length === 0).map((r) => r.meta.id);
    expect(legacy).toEqual([]);
  });

  test.each(RULES.map((r) => [r.meta.id, r] as const))("%s: every message has Chinese and English templates", (_id, r) => {
    for (const [id, t] of Object.entries(r.meta.messages!)) {
      expect([id, /[\u4e00-\u9fa5]/.test(t.zh)]).toEqual([id, true]);
      expect([id, t.en.length > 0 && !/[\u4e00-\u9fa5]{4}/.test(t.en.replace(/\{\{\w+\}\}/g, ""))]).toEqual([id, true]);
    }
  });

  test("on the corpus every finding by id carries the data its templates name, in both languages", async () => {
    let n = 0;
    for (const id of corpusIds()) {
      for (const f of review(await corpusGrid(id)).findings) {
        n++;
        expect([f.rule, typeof f.messageId]).toEqual([f.rule, "string"]);
        const t = RULES.find((r) => r.meta.id === f.rule)!.meta.messages[f.messageId!];
        for (const k of [...placeholders(t.zh), ...placeholders(t.en)]) expect([f.rule, f.messageId, k, f.data?.[k] !== undefined]).toEqual([f.rule, f.messageId, k, true]);
      }
    }
    expect(n).toBeGreaterThan(10);
  });
});
