import { review } from "../../src/core/review";
import { reportResult } from "../../src/core/recognise/report-scores";
import { listedShares } from "../../src/core/relations/listed-shares";
import { numberedRowPartSums } from "../../src/core/recognise/numbered-row-parts";
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
  const whole = (line: string) => reportResult(sheet([...REPORT, line]))?.totals?.score?.value ?? null;
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
    // a budget against a budget (grad49b): an adjustment, its rate taken over either amount (20 / 100 or 20 / 80) — not read
    ["a budget adjusted", ["调整后预算100万元,较年初预算增加20万元,增长20%。"], []],
    // a change in points: no rate of the amounts
    ["个百分点", ["公务接待费支出决算3.46万元,比预算减少0.54万元,下降13.5个百分点。"], []],
    // a completion, no change's rate after the change
    ["no rate", ["公务接待费支出决算3.46万元,比预算减少0.54万元,完成预算的86.5%。"], []],
    // the first comparison with no rate of its own: the second is still the amount's, 9.07's (prec61, CHAINED: the first's change
    // 10.93 is never an amount — rel59 read nothing here lest it be read as 10.93's; the graduation's 中国科学院 A2 is this shape):
    // 9.07 + 0.71 = 9.78, 0.71 / 9.78 = 7.26%, printed 7.83% — the same reading as with the first's rate above
    ["a first comparison without its rate", ["支出共计9.07万元,较年初预算数减少10.93万元,较上年支出数减少0.71万元,下降7.83%。"], ["0.71/9.78=7.83"]],
  ])("%s", (_name, lines, expected) => {
    expect(ratios(lines)).toEqual(expected);
  });

  test("the slips are flagged at their cells", () => {
    expect(flags(["2.公务接待费支出2.14万元, 与2021年度预算相比,增加1.14万元,增长1.14%。"])).toEqual(["ratio-mismatch@A1"]);
    expect(flags(["2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.83%。"])).toEqual(["ratio-mismatch@A1"]);
  });
});

describe("a list's parts with bare shares adding to 100%, the whole their sum (listed-shares.ts)", () => {
  test.each<[string, string[], string[]]>([
    // 寿县 (scan): 0.53 + 1.18 = 1.71; 0.53 / 1.71 = 30.99%, 1.18 / 1.71 = 69.01% — printed 69% and 31% (swapped)
    ["swapped shares", ["寿县文物保护中心2023年度“三公”经费支出决算中,公务接待费支出决算0.53万元,占69%;公务用车购置及运行维护费支出决算1.18万元,占31%。"], ["0.53/1.71=69", "1.18/1.71=31"]],
    // 杜集 (scan): 0 + 2.14 + 165.23 = 167.37; 2.14 / 167.37 = 1.28% ✓ 1.3%, 165.23 / 167.37 = 98.72% ✓ 98.7%, 0 ✓
    [
      "three parts holding",
      ["2021年度“三公”经费支出决算中,因公出国(境)费支出决算0万元,占0%;公务接待费支出决算2.14万元,占1.3%;公务用车购置及运行维护费支出决算165.23万元,占98.7%。"],
      ["0/167.37=0", "2.14/167.37=1.3", "165.23/167.37=98.7"],
    ],
    // counter-shapes:
    // 大英 2023 (scan): 0 + 0.02 + 0.95 = 0.97% — of no sum the page gives
    ["shares not adding to 100%", ["2023年“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万元,占0%;公务用车购置及运行维护费支出决算1.4万元,占0.02%;公务接待费支出决算0.28万元,占0.95%。"], []],
    // some parts only: 60 + 20 = 80%
    ["some parts only", ["全年支出中,人员经费60万元,占60%;公用经费20万元,占20%。"], []],
    // one part
    ["one part", ["全年支出中,人员经费60万元,占60%。"], []],
    // 台中 (scan): the last share forced to print 100% — 161.16 / 1414.91 = 11.39%, printed 11.38% (one unit off): not flagged
    // (amounts in 亿 read in 万元, as proseQuantities reads them: 549.77亿 = 5497700万)
    [
      "the last share forced to 100%",
      ["岁出预算总额按政事别分析,教育科学文化支出编列549.77亿元,占38.86%;社会福利支出编列240.24亿元,占16.98%;一般政务支出编列237.09亿元,占16.76%;经济发展支出编列226.65亿元,占16.02%,其余政事别支出编列161.16亿元,占11.38%。"],
      ["5497700/14149100=38.86", "2402400/14149100=16.98", "2370900/14149100=16.76", "2266500/14149100=16.02"],
    ],
    // a 其中 list under a stated whole that its parts miss (4021.94 against 2719.24 + 1312.70 = 4031.94): the sum's slip, the
    // shares (of 4021.94, 67.61% ✓) not read over the parts' sum
    ["a 其中 list", ["2020年本年支出合计4021.94万元,其中:基本支出2719.24万元,占67.61%;项目支出1312.70万元,占32.39%。"], []],
  ])("%s", (_name, lines, expected) => {
    expect(listedShares(sheet(lines)).map((r) => `${r.numerator.value}/${r.denominator.value}=${r.stated.value}`)).toEqual(expected);
  });

  test("寿县's swapped shares are flagged, each at its cell", () => {
    expect(flags(["2023年度“三公”经费支出决算中,公务接待费支出决算0.53万元,占69%;公务用车购置及运行维护费支出决算1.18万元,占31%。"])).toEqual(["ratio-mismatch@A1", "ratio-mismatch@A1"]);
  });
});

describe("the budget, the 决算 and the completion of the budget (budget-completions.ts)", () => {
  test.each<[string, string[], string[]]>([
    // 寿县 (scan): 1.71 / 3 = 57%, printed 43% (the fall's rate 1.29 / 3 = 43% read too, by inline-changes.ts, holding)
    ["the fall printed as the completion", ["“三公”经费支出预算为3万元,支出决算为1.71万元,完成预算的43%,较上年减少1.29万元,下降43%。"], ["1.29/3=43", "1.71/3=43"]],
    // 杜集 (scan): 167.37 / 246 = 68.04% ✓ 68%
    ["holding", ["“三公”经费支出预算为246万元,支出决算为167.37万元,完成预算的68%,决算数小于预算数的主要原因是节约项目经费。"], ["167.37/246=68"]],
    // 六安 (real) with its spent amount in 元: 1794300 / 2000000 = 89.72% ✓ 89.7% (both in 元)
    ["amounts of two units", ["全年预算数为200万元,执行数为1794300元,完成预算的89.7%。"], ["1794300/2000000=89.7"]],
    // counter-shapes:
    // a budget printed to the 万: 0.53 / (0.5 … 1.5) = 35% … 107% — the rounding alone could explain 47%
    ["a budget rounded to the 万", ["公务接待费预算为1万元,支出决算为0.53万元,完成预算的47%。"], []],
    // the spent amount a change: no completion of it
    ["a change before the completion", ["“三公”经费支出预算为3万元,比上年减少1.29万元,完成预算的43%。"], []],
    // an amount between the budget and the spent one
    ["a third amount between", ["“三公”经费支出预算为3万元,调整预算为2.5万元,支出决算为1.71万元,完成预算的43%。"], []],
  ])("%s", (_name, lines, expected) => {
    expect(ratios(lines)).toEqual(expected);
  });
});

describe("a whole closing its row with 其中 over numbered rows (numbered-row-parts.ts)", () => {
  const HEAD = "(二)公务用车购置及运行费1116.14万元。其中:";
  const BUY = "1、公务用车购置费34.71万元,公务用车购置1辆中巴车,与2016年相比,公务用车购置费减少79.4万元,下降69.6%。";
  const NEXT = "(三)公务接待费221.98万元,国内公务接待893批次。";
  test.each<[string, string[], string[]]>([
    // 长乐 (scan): 34.71 + 1116.14 = 1150.85 > 1116.14 (the 运行费 printed as its subtotal; 1081.43 would add up)
    ["a part printed as its subtotal", [HEAD, BUY, "2、公务用车运行费1116.14万元,主要用于公务用车燃油、维修、保险等方面支出。", NEXT], ["1116.14>=34.71+1116.14"]],
    ["two parts adding up", [HEAD, BUY, "2、公务用车运行费1081.43万元,主要用于公务用车燃油、维修、保险等方面支出。", NEXT], ["1116.14>=34.71+1081.43"]],
    // three parts, closed by the next head: 500 + 300 + 200 = 1000 must add up
    ["three parts", ["项目支出1000万元。其中:", "1.设备购置费500万元,用于…。", "2.维修费300万元。", "3.培训费200万元。", "二、绩效目标完成情况"], ["1000=500+300+200"]],
    // counter-shapes:
    // a numbered row whose first clause holds no amount: unread
    ["a part without its amount", [HEAD, BUY, "2、公务用车运行费主要用于燃油、维修,共1116.14万元。", NEXT], []],
    // a part in another unit
    ["another unit", [HEAD, BUY, "2、公务用车运行费11161400元,主要用于燃油。", NEXT], []],
    // codes not from 1
    ["codes not from 1", [HEAD, "2、公务用车购置费34.71万元。", "3、公务用车运行费1116.14万元。"], []],
    // 其中 inside the row, not closing it: sentence-breakdowns.ts' list, not read here
    ["其中 not closing the row", ["公务用车购置及运行费1116.14万元,其中购置费34.71万元。", BUY], []],
  ])("%s", (_name, lines, expected) => {
    expect(numberedRowPartSums(sheet(lines), []).map((r) => `${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => p.value).join("+")}`)).toEqual(expected);
  });

  test("长乐's slip is flagged at the whole", () => {
    expect(flags([HEAD, BUY, "2、公务用车运行费1116.14万元,主要用于公务用车燃油、维修、保险等方面支出。", NEXT])).toEqual(["total-mismatch@A1"]);
  });
});
