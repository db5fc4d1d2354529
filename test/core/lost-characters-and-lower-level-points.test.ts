import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { compact } from "../../src/core/text/normalize";

/**
 * Batch 47a (corpus47a's development sheets):
 * - a character a mirror could not encode, printed as one "?" (or "？", U+FFFD) between two ideographs ("分?值"), is
 *   dropped when labels and heads are matched; a "?" beside anything else stays;
 * - 评估分 / 评估得分 head a score column (标准分 | 评估分, a rubric's points and the assessed score);
 * - a group's label over its one line is not the owner of the line's 分值 when a lower level is named on that line between
 *   the label and the 分值 (一级 | 二级 | 分值 | 指标内容): the points are the 二级's, and the group may go on past a cut.
 */

const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

describe("a lost character between two ideographs", () => {
  test.each([
    ["分?值", "分值"],
    ["分？值", "分值"],
    ["分\ufffd值", "分值"],
    ["實?際得分", "实际得分"],
    ["分 ? 值", "分值"],
  ])("%s reads as %s", (raw, want) => {
    expect(compact(raw)).toBe(want);
  });

  test.each([
    ["a question mark at the end", "是否达标?", "是否达标?"],
    ["beside a digit", "≥?%", "≥?%"],
    // (gaps39: a gloss garbled with its character, '?shù)', marks that character lost, 〓 — not dropped as a lost space is)
    ["beside Latin letters (a gloss's mojibake, its character lost with it)", "當?shù)亟?jīng)", "当\u3013亟\u3013"],
    ["two marks in a row", "分??值", "分??值"],
  ])("counter-shape, %s: kept (%s)", (_k, raw, want) => {
    expect(compact(raw)).toBe(want);
  });

  /** 序號 | 類別項目 | 分?值 | 實際得分 | 扣分說明 over three categories and 合計, served with pinyin glosses. */
  const summary = (weightHead: string, c4: number | string = 50) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["國(guó)家衛(wèi)生縣城暗訪評(píng)分表", null, null, null, null],
        ["序號(hào)", "類(lèi)別項(xiàng)目", weightHead, "實(shí)際得分", "扣分說(shuō)明"],
        ["1", "綜合評(píng)價(jià)", c4, null, null],
        ["2", "健康教育", 50, null, null],
        ["3", "市容環(huán)境衛(wèi)生", 200, null, null],
        ["合計(jì)", null, 300, null, null],
      ],
      ["A1:E1", "A6:B6"],
    );

  test("the head '分?值' is the 分值 column: three weighted categories under the header, clean", () => {
    const r = review(summary("分?值"), "national");
    expect([r.model.family, r.model.headerRow]).toEqual(["indicator-system", 2]);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 50], [4, 50], [5, 200]]);
    expect(errors(summary("分?值"))).toEqual([]);
  });

  test("the 合計 against its lines is checked through the mended head: 55 + 50 + 200 ≠ 300", () => {
    expect(errors(summary("分?值", 55))).toContain("weight-sum-mismatch@C6");
  });

  test("counter-shape: '分值?' (the mark after the word, no character lost inside it) is no known head: no table read", () => {
    const r = review(summary("分值?"), "national");
    expect(r.model.indicators).toEqual([]);
  });
});

describe("评估分 heads the assessed score beside 标准分", () => {
  const rubric = (scoreHead: string, score: string) =>
    Grid.fromValues("Sheet1", [
      ["某市平安校园创建考核评估细则", null, null, null],
      ["项目内容", "标准分", scoreHead, "备注"],
      ["组织领导10分", null, null, null],
      ["1.成立平安校园创建工作领导小组。", "2", "2", "查看文件,没有领导小组扣1分。"],
      ["2.制定平安校园创建实施方案,有工作总结。", "3", score, "查看文件资料。"],
      ["3.定期研究安全稳定工作,每年不少于4次。", "3", "3", "查看会议记录。"],
      ["4.各处室创建责任明确。", "2", "2", "查看资料。"],
    ], ["A1:D1", "A3:D3"]);

  test.each(["评估分", "評估分", "评估得分"])("%s: the scores are read, clean", (head) => {
    const r = review(rubric(head, "3"), "national");
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[4, 2, 2], [5, 3, 3], [6, 3, 3], [7, 2, 2]]);
    expect(errors(rubric(head, "3"))).toEqual([]);
  });

  test("a score above its 标准分 under 评估分 is found", () => {
    expect(errors(rubric("评估分", "4"))).toContain("score-exceeds-weight@C5");
  });

  test("counter-shape: 评估方法 (the method, no score) heads no score column", () => {
    const r = review(rubric("评估方法", "查阅资料"), "national");
    expect(r.model.indicators.every((i) => i.claimedScore === null)).toBe(true);
  });
});

describe("a group's label over its one line, a 二级 named between the label and the 分值", () => {
  /** 一级 | 二级 | 分值 | 指标内容 | 考评方法: 一 (15分) = 10 + 5; 二 (15分) shows one 二级 of 5 and the sheet stops in its content. */
  const cutInSecondGroup = (secondName: string | null, firstPoints = "10") =>
    Grid.fromValues("Sheet1", [
      ["健康学校建设评价指标体系", null, null, null, null],
      ["一级指标", "二级指标", "分值", "指标内容", "考评方法"],
      ["一、健康政策(15分)", "组织机构", firstPoints, "1.成立领导小组。2.明确职责。", "查阅文件"],
      [null, "制度建设", "5", "1.实施健康影响因素评价。", "查阅资料"],
      ["二、环境建设(15分)", secondName, "5", "1.布局合理。2.教室人均使用面积:小学不低于1.15平方米;教室应配", null],
    ], ["A1:E1", "A3:A4"]);

  test("the 二级 owns the 5: the group goes on past the cut, no error (at most a reminder)", () => {
    expect(errors(cutInSecondGroup("教学生活设施"))).toEqual([]);
  });

  test("the complete first group is still checked: 9 + 5 ≠ 15 is an error", () => {
    expect(errors(cutInSecondGroup("教学生活设施", "9"))).toContain("weight-sum-mismatch@A3");
  });

  test("counter-shape: no 二级 on the group's one line (its label, then the 分值): the points are the label's own, 5 ≠ 15 an error as before", () => {
    expect(errors(cutInSecondGroup(null))).toContain("weight-sum-mismatch@A5");
  });
});
