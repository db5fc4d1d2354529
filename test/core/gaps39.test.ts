import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { compact, LOST_MARK, mendLostCharacter, normalizeText } from "../../src/core/text/normalize";
import { rubricAwards } from "../../src/core/text/labels";

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

/**
 * 2. A clause opening with 无 awards for the absence of what it names ("安全管理措施到位记5分,无安全责任事故发生记5分": 5 + 5)
 * unless the clause before it names the same thing (then it is that clause's alternative: "有应急预案得2分,无预案得1分").
 */
describe("a clause awarding for an absence (无X发生记N分)", () => {
  test.each([
    ["安全管理措施到位记5分,无安全责任事故发生记5分。", [5, 5]],
    ["校园周边交通秩序良好记5分,无发生交通事故记5分。", [5, 5]],
    ["纳入年度计划记2分,无违规违纪记3分。", [2, 3]],
  ])("%s awards %j", (rule, points) => {
    expect(rubricAwards(rule)?.points).toEqual(points);
  });

  test.each([
    ["无 names what the clause before has: its alternative", "有应急预案得2分,无预案得1分。"],
    ["无 names the clause before's words: its alternative", "建立安全台账记5分,无安全台账记2分。"],
    ["an otherwise clause (否则)", "安全管理措施到位记5分,否则记2分。"],
  ])("counter-shape, %s: no award list (%s)", (_k, rule) => {
    expect(rubricAwards(rule)).toBeNull();
  });

  /** A continuation page (山西 平安校园's 六 创建成效): the header's heads lost but 分标准 | 考核办法 | 得分, no title. */
  const page = (r2: string, r3: string) =>
    Grid.fromValues(
      "Sheet1",
      [
        [null, null, null, null, "分标准", "考核办法", "得分"],
        ["六\n创\n建\n成\n效\n40分", "1", "校园安全管理措施落实到位,近二年内无危害师生人身安全责任事故发生。", 10, r2, "查资料,走访学生", null],
        [null, "2", "学校及周边治安秩序良好,近二年内无治安和刑事案件。", 10, r3, "查阅资料,实地查看", null],
        [null, "3", "师生民主法制意识显著提高,近二年内师生无违法犯罪案件发生。", 10, "座谈、", null, null],
      ],
      ["A2:A4"],
    );

  test("rules awarding 5 + 5 with an absence clause: the page is read, three lines of 10", () => {
    const r = review(page("安全管理措施到位记5分,无安全责任事故发生记5分。", "周边治安秩序良好记5分,无治安刑事案件发生记5分。"), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 10], [3, 10], [4, 10]]);
  });

  test("counter-shape: rules whose 无 clauses are alternatives (有X记5分,无X记2分): no evidence, nothing read", () => {
    const r = review(page("有安全管理措施记5分,无安全管理措施记2分。", "有治安巡查记5分,无治安巡查记2分。"), "national");
    expect(r.model.family).toBe("unknown");
    expect(r.model.indicators).toEqual([]);
  });
});
