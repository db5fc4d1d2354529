import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A handling list (市长信箱 / 12345 办理情况表, batch 52b: 铜川 2025 一季度, 渭南 2021 四季度): units with the letters they
 * took in and what they did with them, closed by 合计 / 总计. The list's stated total is its intake column's: of the grand
 * row's counts, the one headed as an intake (收到来信(件), 受理…) beside outcome columns only (按期回复(件), 办结…), however
 * equal the two run (回复率100%). A rate on the grand row (总计 … | 98%) is no candidate. Counter-shapes: two intake heads
 * (收到来信 | 受理来电), or an intake beside a column that is no outcome (收到来信 | 涉及人数): no total chosen.
 */
describe("a handling list's total: its intake column", () => {
  const sheet = (head: string[], lines: (string | number)[][], closing: (string | number)[]) =>
    review(Grid.fromValues("S", [["一季度市长信箱办理情况表"], head, ...lines, closing], ["A1:C1"]), "national");
  const LINES = [
    ["耀州区政府", 12, 12],
    ["王益区政府", 11, 11],
    ["印台区政府", 8, 8],
  ];
  test.each<[string, string[], (string | number)[], string | null]>([
    ["收到来信(件) | 按期回复(件), equal columns: the intake, B6 = 31", ["办理单位", "收到来信(件)", "按期回复(件)"], ["合计", 31, 31], "B6"],
    ["受理 | 办结 (the outcome first): the intake, C6", ["办理单位", "办结数", "受理件数"], ["合计", 31, 31], "C6"],
    ["counter: two intake heads, 收到来信 | 受理来电: none", ["办理单位", "收到来信(件)", "受理来电(件)"], ["合计", 31, 31], null],
    ["counter: an intake beside no outcome, 收到来信 | 涉及人数: none", ["办理单位", "收到来信(件)", "涉及人数"], ["合计", 31, 31], null],
  ])("%s", (_name, head, closing, cell) => {
    expect(sheet(head, LINES, closing).model.totals?.score?.cell ?? null).toBe(cell);
  });

  // (the rates as a workbook holds them: numbers with a percent format)
  const rated = (rate: (string | number)[][]) =>
    review(
      new Grid({
        name: "S",
        cells: [["各县市区市长信箱来信办理情况"], ["承办县区", "总件数", "处理中", "已办结", "办结率"], ...rate].map((row) => row.map((v, c) => (c === 4 && typeof v === "number" ? { v, fmt: "0%" } : { v }))),
        merges: ["A1:E1"],
      }),
      "national",
    );
  test("a rate on the 总计 line is no candidate: 总件数 = 处理中 + 已办结 is the total (B6 = 30), 97% beside it", () => {
    const r = rated([["临渭区", 12, 1, 11, 0.92], ["蒲城县", 10, 0, 10, 1], ["富平县", 8, 0, 8, 1], ["总计", 30, 1, 29, 0.97]]);
    expect(r.model.totals?.score?.cell).toBe("B6");
    expect(r.model.totals?.score?.value).toBe(30);
  });
});

/**
 * Counts listed in a sentence with their shares (铜川 2025 一季度: "住房保障43件(30.2%);物业服务17件(12.3%);…", 139 letters
 * whose shares are printed to add up to 100.0): each share is its count over the list's sum; a share more than one step of
 * its last digit off (a rounding to 100 may take one) is miscomputed: ratio-mismatch on the sentence's cell, naming the
 * share furthest off. Counter-shapes: shares rounded to add up to 100, each within a step; the top kinds only (their shares
 * add up to less than 100: the whole is not the list's); two items only.
 */
describe("shares in a sentence against the counts they list", () => {
  const flags = (text: string) =>
    review(Grid.fromValues("S", [["市长信箱办理情况"], [text]], []), "national")
      .findings.filter((f) => f.rule === "ratio-mismatch")
      .map((f) => `${f.cell} ${f.message}`);
  test.each<[string, string, string[]]>([
    // 40 + 30 + 20 + 10 = 100 letters: 40%, 30%, 20%, 10%
    ["right: 40 / 30 / 20 / 10 of 100", "从来信分类看,住房保障40件(40.0%);物业服务30件(30.0%);道路交通20件(20.0%);其他10件(10.0%)。", []],
    ["住房保障 printed 37.0% for 40 of 100 (3 points off), the others forced up to 100", "从来信分类看,住房保障40件(37.0%);物业服务30件(31.0%);道路交通20件(21.0%);其他10件(11.0%)。", ["A2 住房保障占比应为 40/100 = 40.00%，表中为 37.00%"]],
    // 14 / 139 = 10.07%, 41 / 139 = 29.50%: 10.1 and 29.5 (or 29.4, one step): rounded so as to add up to 100
    ["counter: each within one step of its last digit (rounded to add up to 100)", "从来信类型看,咨询类16件(11.5%);投诉类67件(48.2%);谏言类14件(10.1%);求助类41件(29.5%);感谢信1件(0.7%)。", []],
    ["the 占比 form: 投诉类 826 of 1563 printed 50.84% (52.85%)", "从诉求类型来看,投诉类826件,占总量的50.84%;咨询类211件,占总量15.5%;求助类415件,占总量26.56%;建议类47件,占总量的3%;举报类50件,占比量3.2%;其他类14件,占比量0.9%。", ["A2 投诉类占比应为 826/1563 = 52.85%，表中为 50.84%"]],
    ["counter: the top kinds only (shares add up to 80): no whole to check against", "排名前三的类别:城乡建设类信件共116件(40.0%);社会保障类76件(25.0%);社会治安类54件(15.0%)。", []],
    ["counter: two items only", "其中投诉类301件(70.0%);咨询类120件(30.0%)。", []],
  ])("%s", (_name, text, expected) => {
    expect(flags(text)).toEqual(expected);
  });
});

/**
 * A handling list cut before its 合计 (铜川 2019-01: 办理单位 | 收到来信(封) | 按期回复(封) over its first six units, the
 * page cut there): its header is the line over the lines that state a count the units took in, as a list of amounts cut
 * before its sum is headed by its money column. Counter-shapes: a head naming who (受理单位) or a count no intake (涉及人数)
 * over the numbers: no such header.
 */
describe("a handling list cut before its total: headed by its intake column", () => {
  const head = (h: string[], lines: (string | number)[][]) =>
    review(Grid.fromValues("S", [["1月份市长信箱办理情况表"], h, ...lines], ["A1:C1"]), "national").model.headerRow;
  const LINES = [
    ["耀州区政府", 33, 33],
    ["王益区政府", 28, 28],
    ["印台区政府", 31, 31],
  ];
  test.each<[string, string[], (string | number)[][], number | null]>([
    ["收到来信(封) over three units: header line 2", ["办理单位", "收到来信(封)", "按期回复(封)"], LINES, 2],
    ["承办件数 (its unit unsaid): header line 2", ["办理单位", "承办件数", "办结数"], LINES, 2],
    ["counter: 涉及人数 | 办结数, no intake: none", ["办理单位", "涉及人数", "办结数"], LINES, null],
    ["counter: the intake column holds names (受理单位 | 收到来信 written as names): none", ["序号", "受理单位", "按期回复(封)"], LINES.map((l, i) => [i + 1, l[0], l[2]]), null],
  ])("%s", (_name, h, lines, row) => {
    expect(head(h, lines)).toBe(row);
  });
});
