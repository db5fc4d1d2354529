import { review } from "../../src/core/review";
import { reportResult } from "../../src/core/recognise/report-scores";
import { flags, ratios, sheet, sums } from "./probes";

/**
 * rel59 (session 59; test/fixtures/real/rel59-s59-diagnosis.md): counts with their kinds, stated scores and the scan set's
 * missed slips. Every number below is computed by hand in its comment.
 */

describe("a count whose kinds after 其中 close with the rest (sentence-breakdowns.ts)", () => {
  test.each<[string, string[], string[]]>([
    // 开江 (real, session 59 graduation; 繁體 with a mirror's pinyin glosses): 0 + 0 + 0 = 0 ≠ 1
    [
      "繁體, glossed, every kind 0",
      ["開(kāi)江縣公路養(yǎng)護(hù)管理段屬一級(jí)預(yù)算單位1個(gè),其中行政單位0個(gè),參照公務(wù)員法管理的事業(yè)單位0個(gè),其他事業(yè)單位0個(gè)。"],
      ["1=0+0+0"],
    ],
    // the same in simplified, the 段 counted where it belongs: 0 + 0 + 1 = 1 ✓
    ["simplified, adding up", ["开江县公路养护管理段属一级预算单位1个,其中行政单位0个,参照公务员法管理的事业单位0个,其他事业单位1个。"], ["1=0+0+1"]],
    // 大竹 (real) shape: 1 + 0 + 4 = 5 ✓ (read before: at least half of the whole)
    ["a whole of five", ["本部门下属单位5个,其中行政单位1个,参照公务员法管理的事业单位0个,其他事业单位4个。"], ["5=1+0+4"]],
    // staff by kind closed by the rest: 0 + 5 + 0 = 5 ≠ 20 (the whole in 人, the kinds in 人)
    ["people, closed by the rest", ["本单位编制人数20人,其中行政编制0人,事业编制5人,其他编制0人。"], ["20=0+5+0"]],
    // counter-shapes:
    // a subset: one kind of five named — no list
    ["one kind named", ["本部门下属单位5个,其中行政单位2个。"], []],
    // two kinds, no rest: they may leave kinds out (1 + 0 = 1 ≤ 5)
    ["two kinds, no rest", ["本部门下属单位5个,其中行政单位1个,参照公务员法管理的事业单位0个。"], ["5>=1+0"]],
    // three kinds, no rest, under half the whole: some kinds only (1 + 1 + 1 = 3 ≤ 8)
    ["three kinds, no rest", ["本部门所属单位8个,其中行政单位1个,参公单位1个,全额事业单位1个。"], ["8>=1+1+1"]],
    // the kinds counted in 人 under a whole in 个: another measure, no list of its kinds
    ["people under a count of units", ["本部门属一级预算单位1个,其中行政人员0人,事业人员0人,其他人员0人。"], []],
    // the list running to the text's end (a page cut): its last part may be cut short
    ["cut at the text's end", ["本部门属一级预算单位3个,其中行政单位0个,参照公务员法管理的事业单位0个,其他事业单位0个"], ["3>=0+0+0"]],
  ])("%s", (_name, lines, expected) => {
    expect(sums(lines)).toEqual(expected);
  });

  test("the slip is flagged at its cell, the whole and its parts adding up are not", () => {
    expect(flags(["开江县公路养护管理段属一级预算单位1个,其中行政单位0个,参照公务员法管理的事业单位0个,其他事业单位0个。"])).toEqual(["total-mismatch@A1"]);
    expect(flags(["开江县公路养护管理段属一级预算单位1个,其中行政单位0个,参照公务员法管理的事业单位0个,其他事业单位1个。"])).toEqual([]);
  });
});

describe("a report's score named as the scoring's result (report-scores.ts SCORE, prose-counts.ts statedWholeScore)", () => {
  const REPORT = ["某区2023年专项储备粮补贴项目绩效评价报告", "一、基本情况", "二、绩效评价结论"];
  /** the score reportResult reads as the report's whole */
  const whole = (line: string) => reportResult(sheet([...REPORT, line]))?.totals?.score.value ?? null;
  test.each<[string, string, number | null]>([
    // 潼南 (real): '最终评分结果为90分' with its grade after it
    ["with its grade", "评价小组对项目进行了客观评价,最终评分结果为90分,绩效评价等级为“优”。", 90],
    // the whole's words alone, no grade
    ["the whole's words alone", "评价小组对项目进行了客观评价,最终评分结果为88.5分。", 88.5],
    ["综合…, a colon", "综合评分结果:92分。", 92],
    // counter-shapes: an indicator's scoring result names no whole; a bare 评分结果 with no whole's word neither
    ["an indicator's", "产出指标评分结果为38分。", null],
    ["no whole's word", "项目评分结果为38分。", null],
  ])("%s", (_name, line, expected) => {
    expect(whole(line)).toBe(expected);
  });

  test("潼南's shape: the report's total and grade in the review", () => {
    const lines = ["某区2023年专项储备粮补贴项目绩效评价报告", "被评价单位:某区发展和改革委员会", "项目名称:2023年专项区级储备粮补贴", "一、基本情况", "受某区财政局委托,某会计师事务所对区发改委的2023年专项区级储备粮补贴项目开展绩效评价。", "二、绩效评价结论", "评价小组对项目进行了客观评价,最终评分结果为90分,绩效评价等级为“优”。"];
    const m = review(sheet(lines), "national").model;
    expect([m.family, m.totals?.score?.value, m.totals?.score?.cell, m.grade?.value]).toEqual(["project-self-eval", 90, "A7", "优"]);
  });
});

describe("a change against a year, 年初 or the budget, and a second comparison after a first (inline-changes.ts)", () => {
  test.each<[string, string[], string[]]>([
    // 杜集 (scan): the change against the budget, the budget 2.14 − 1.14 = 1; 1.14 / 1 = 114%, printed 1.14%
    ["与…年度预算相比, a slip", ["2.公务接待费支出2.14万元, 与2021年度预算相比,增加1.14万元,增长1.14%,增长的原因是成立新的临时机构。"], ["1.14/1=1.14"]],
    // 怀远 (scan): 16.3 − 1.5 = 14.8, 1.5 / 14.8 = 10.14% ✓
    ["与…年度预算相比, holding", ["2.公务接待费支出16.3万元, 与2020年度预算相比,增加1.5万元,增长10.14%,增长的原因是上级扶贫检查次数增加。"], ["1.5/14.8=10.14"]],
    // 巴州 (real): 与2020年相比 — 138.83 − 3.73 = 135.1, 3.73 / 135.1 = 2.76% ✓ 2.8%
    ["与…年相比", ["2021年度收、支总计138.83万元。与2020年相比,收、支总计增加3.73万元,增长2.8%。"], ["3.73/135.1=2.8"]],
    // 铜梁 (scan): against 年初预算数, 9.07 + 10.93 = 20, 10.93 / 20 = 54.65% ✓; then against 上年支出数, 9.07 + 0.71 = 9.78,
    // 0.71 / 9.78 = 7.26%, printed 7.83% (= 0.71 / 9.07)
    [
      "较年初预算数, then 较上年支出数",
      ["2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.83%,主要原因是从严控制三公经费。"],
      ["10.93/20=54.65", "0.71/9.78=7.83"],
    ],
    // 比预算: 3.46 + 0.54 = 4, 0.54 / 4 = 13.5% ✓
    ["比预算", ["公务接待费支出决算3.46万元,比预算减少0.54万元,下降13.5%。"], ["0.54/4=13.5"]],
    // counter-shapes:
    // a change in points: no rate of the amounts
    ["个百分点", ["公务接待费支出决算3.46万元,比预算减少0.54万元,下降13.5个百分点。"], []],
    // a completion, no change's rate after the change
    ["no rate", ["公务接待费支出决算3.46万元,比预算减少0.54万元,完成预算的86.5%。"], []],
    // the first comparison with no rate of its own: the second is not chained (read from the first's amount it would be
    // 10.93's, no amount of its own)
    ["a first comparison without its rate", ["支出共计9.07万元,较年初预算数减少10.93万元,较上年支出数减少0.71万元,下降7.83%。"], []],
  ])("%s", (_name, lines, expected) => {
    expect(ratios(lines)).toEqual(expected);
  });

  test("the slips are flagged at their cells", () => {
    expect(flags(["2.公务接待费支出2.14万元, 与2021年度预算相比,增加1.14万元,增长1.14%。"])).toEqual(["ratio-mismatch@A1"]);
    expect(flags(["2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.83%。"])).toEqual(["ratio-mismatch@A1"]);
  });
});
