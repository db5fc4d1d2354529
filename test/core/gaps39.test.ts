import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { compact, LOST_MARK, mendLostCharacter, normalizeText } from "../../src/core/text/normalize";

/**
 * Session 39 (gaps39): the development corpus's open gaps, general fixes.
 */

const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

/**
 * 1. A pinyin gloss whose opening bracket a mirror lost with the character before it ('項(xiàng)目?jī)?nèi)容' for 項目內容):
 * a "?", a syllable with a tone mark, ")" — a character lost (LOST_MARK, 〓; two such glosses in a row are one character,
 * the gloss of the character before it and its own). A head with one character lost is the head word it can only be:
 * exactly one ideograph of the header vocabulary in its place makes a known head.
 */
describe("a pinyin gloss garbled with its character", () => {
  test.each([
    ["項(xiàng)目?jī)?nèi)容", `项目${LOST_MARK}容`],
    ["分?jǐn)?shù)", `分${LOST_MARK}`],
    // two glosses apart: two marks, the ideograph between them kept as served
    ["總?cè)藬?shù)", `总${LOST_MARK}藬${LOST_MARK}`],
  ])("%s normalises to %s", (raw, want) => {
    expect(normalizeText(raw)).toBe(want);
  });

  test.each([
    ["a gloss after its character (dropped, as before)", "標(biāo)準(zhǔn)分", "标准分"],
    ["a unit in brackets after a '?' (no tone mark)", "金额?(万元)", "金额?(万元)"],
    ["a question mark and a bracket with no syllable", "是否达标?)", "是否达标?)"],
  ])("counter-shape, %s: %s reads %s", (_k, raw, want) => {
    expect(compact(raw)).toBe(want);
  });

  test.each([
    // one ideograph only makes a head: 项目内容 (NAME_HEADER), 评估分, 实际得分
    [`项目${LOST_MARK}容`, "项目内容"],
    [`${LOST_MARK}估分`, "评估分"],
    [`实际得${LOST_MARK}`, "实际得分"],
  ])("%s is mended to the head %s", (c, want) => {
    expect(mendLostCharacter(c)).toBe(want);
  });

  test.each([
    ["too short: 分〓 (分值? 分数?)", `分${LOST_MARK}`],
    ["two characters lost", `项${LOST_MARK}${LOST_MARK}容`],
    ["no head whatever the character: 当〓经济", `当${LOST_MARK}经济`],
    ["a sentence, longer than a head", `查看会议记录及相关资料,扣完此项分${LOST_MARK}`],
  ])("counter-shape, %s: left as it is", (_k, c) => {
    expect(mendLostCharacter(c)).toBe(c);
  });

  /** 项目内容 | 标准分 | 评估分 | 备注 (广元's 平安校园 rules), its first head as the mirror served it or cut otherwise. */
  const rubric = (firstHead: string, c5: string | number = 3) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["廣元市平安校園創(chuàng)建考核評(píng)估細(xì)則 (96分)", null, null, null],
        [firstHead, "標(biāo)準(zhǔn)分", "評(píng)估分", "備注"],
        ["組織領(lǐng)導(dǎo)10分", null, null, null],
        ["1.成立學(xué)校平安校園創(chuàng)建工作領(lǐng)導(dǎo)小組。", 2, 2, "查看文件,沒(méi)有領(lǐng)導(dǎo)小組扣1分。"],
        ["2.制定學(xué)校平安校園創(chuàng)建實(shí)施方案。", 3, c5, "1.查看文件資料。"],
        ["3.學(xué)校定期研究安全穩(wěn)定工作,每年不少于4次。", 3, 3, "查看會(huì)議記錄,不合要求扣完此項(xiàng)分?jǐn)?shù)。"],
      ],
      ["A1:D1", "A3:D3"],
    );

  test("the mended head 項目內容: header on row 2, three items 2/2, 3/3, 3/3, clean", () => {
    const r = review(rubric("項(xiàng)目?jī)?nèi)容"), "national");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[4, 2, 2], [5, 3, 3], [6, 3, 3]]);
    expect(errors(rubric("項(xiàng)目?jī)?nèi)容"))).toEqual([]);
  });

  test("a score over its points under the mended head is found: C5 4 > 3", () => {
    expect(errors(rubric("項(xiàng)目?jī)?nèi)容", 4))).toContain("score-exceeds-weight@C5");
  });

  test("counter-shape: two characters lost in the first head ('項?jī)?mù)?nèi)容'): no head read, no indicator", () => {
    const r = review(rubric("項?jī)?mù)?nèi)容"), "national");
    expect(r.model.indicators).toEqual([]);
  });
});
