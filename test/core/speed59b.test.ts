/**
 * speed59b (session 59; test/fixtures/real/speed59b-s59-diagnosis.md): work the review did not need, cut with its results
 * unchanged.
 *
 * 1. normalizeText reads a text whose only NFKC change is its full-width ASCII forms ("其中：", "（万元）") or ideographic
 *    spaces character by character: the same text as String.normalize gives.
 * 2. mayStartCode: 指标 and three digits or more starts no code (the zhibiao style reads two digits): labelCode is not asked.
 * 3. brokenOutcome: a sum's or rollup's parts added once — evaluateRelation's outcome where it is broken, null where it holds.
 */
import { compact, normalizeText } from "../../src/core/text/normalize";
import { labelCode, mayStartCode } from "../../src/core/text/codes";
import { brokenOutcome, evaluateRelation } from "../../src/core/relations";
import type { Relation, RelationTerm } from "../../src/core/model/types";

/** NFKC by String.normalize on every run of non-circled characters, as normalizeText's general path writes it */
const nfkc = (s: string) => s.replace(/[^\u2460-\u24ff]+/g, (m) => m.normalize("NFKC"));

describe("speed59b: full-width forms normalised character by character", () => {
  test.each<[string, string]>([
    // [text, normalised by hand]
    ["其中：分项3", "其中:分项3"],
    ["项目资金（万元）", "项目资金(万元)"],
    ["指标值≥", "指标值≥"],
    ["得分：９５．５", "得分:95.5"],
    ["分\u3000值", "分 值"],
    ["\u3000合计：", "合计:"],
    ["ＡＢＣ～！", "ABC~!"],
    // a lost character between two ideographs ("分？值"): dropped before the normalisation, as on the general path
    ["分？值：", "分值:"],
    // a traditional text with full-width marks: simplified after (項目 → 项目)
    ["項目：", "项目:"],
  ])("%s", (text, want) => {
    expect(normalizeText(text)).toBe(want);
    // (the general path's normalisation, for the texts with no lost character)
    if (!/[?？\ufffd]/.test(text)) expect(normalizeText(text)).toBe(normalizeText(nfkc(text)));
  });

  test("every full-width ASCII form is its ASCII character under NFKC (the fast path's whole premise)", () => {
    for (let c = 0xff01; c <= 0xff5e; c++) expect(String.fromCharCode(c).normalize("NFKC")).toBe(String.fromCharCode(c - 0xfee0));
    expect("\u3000".normalize("NFKC")).toBe(" ");
  });

  test("compact of a 其中 line: colon half-width, spaces gone", () => {
    expect(compact("其中： 分项 12")).toBe("其中:分项12");
  });
});

describe("speed59b: mayStartCode refuses 指标 with three digits or more", () => {
  test.each<[string, boolean, string | null]>([
    // [compact label, mayStartCode, labelCode's style (null: no code)]
    ["指标100", false, null],
    ["指标2000", false, null],
    ["指标1234抽检", false, null],
    // two digits: the zhibiao style reads it (before a name: a code alone labels nothing)
    ["指标12产量", true, "zhibiao"],
    ["指标12", true, null],
    ["指标1:数量", true, "zhibiao"],
    // a thousands comma after one digit: 指标1 and its name (the pattern's reading, not refused)
    ["指标1,000", true, "zhibiao"],
    ["指标一:数量", true, "zhibiao-cn"],
    ["1.指标100", true, "ar-dot"],
  ])("%s", (label, may, style) => {
    expect(mayStartCode(label)).toBe(may);
    expect(labelCode(label)?.style ?? null).toBe(style);
  });
});

describe("speed59b: brokenOutcome adds a broken sum's parts once, and reads as evaluateRelation", () => {
  const term = (cell: string, value: number, decimals: number | null = 0): RelationTerm => ({ cell, row: 1, col: 1, value, text: String(value), decimals, percent: false });
  const rollup = (total: number, parts: number[], extra: object = {}): Relation =>
    ({ kind: "rollup", id: "x", measure: "weight", level: "group", name: "g", total: term("A1", total), parts: parts.map((v, i) => term(`B${i + 1}`, v)), ...extra }) as unknown as Relation;
  const sum = (total: RelationTerm, parts: RelationTerm[], extra: object = {}): Relation => ({ kind: "sum", id: "s", measure: "amount", name: "s", total, parts, ...extra }) as unknown as Relation;

  test.each<[string, Relation, { computed: number; unitSlip?: boolean } | null]>([
    // [shape, relation, the broken outcome by hand (null: holds)]
    ["a group's 20 = 10 + 10", rollup(20, [10, 10]), null],
    ["a group's 20 against 10 + 9: 19", rollup(20, [10, 9]), { computed: 19 }],
    ["a 总分 of 100 against 2,000 lines of 0.045: 90", rollup(100, new Array<number>(2000).fill(0.045)), { computed: 90 }],
    ["a 万元/元 slip, 300000 against 10 + 20 (agrees as a slip)", sum(term("A1", 300000), [term("B1", 10), term("B2", 20)]), null],
    ["a cap: at most 20, 10 + 9 (held by its bound, not its parts)", sum(term("A1", 20), [term("B1", 10), term("B2", 9)], { bound: "atMost" }), null],
    ["a cap broken: at most 15, 10 + 9 = 19", sum(term("A1", 15), [term("B1", 10), term("B2", 9)], { bound: "atMost" }), { computed: 19 }],
    ["a rollup another total accepts: 19 besides 20", rollup(20, [10, 9], { alsoAccept: [19] }), null],
  ])("%s", (_, r, want) => {
    const o = brokenOutcome(r);
    const full = evaluateRelation(r);
    if (want === null) {
      expect(o).toBeNull();
      expect(full.ok).toBe(true);
    } else {
      expect(o).toEqual(full);
      expect(o!.ok).toBe(false);
      expect(o!.computed).toBeCloseTo(want.computed, 9);
    }
  });

  test("a broken sum after a unit slip: no slip carried over from the relation read before", () => {
    const slip = sum(term("A1", 300000), [term("B1", 10), term("B2", 20)]);
    const broken = sum(term("A1", 40), [term("B1", 10), term("B2", 20)]);
    expect(brokenOutcome(slip)).toBeNull();
    const o = brokenOutcome(broken);
    expect(o).toEqual(evaluateRelation(broken));
    expect(o!.unitSlip).toBeUndefined();
  });
});
