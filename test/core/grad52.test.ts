import { detectFamily, sheetFeatures } from "../../src/core/recognise";
import { planShares } from "../../src/core/recognise/plan-shares";
import { proseQuantities, proseText, statedRates } from "../../src/core/recognise/prose-rates";
import { withDotGroupedAmounts } from "../../src/core/text/dot-grouped";
import { linesGrid as doc, errorFlags as errors } from "../helpers";

/**
 * grad52 (session 52; test/fixtures/real/grad52-diagnosis.md): the three checks session 51's held-out sheets failed —
 * (1) a progress item measuring what is done to date against the year's targets, part by part, at the year's end
 *     (families/progress-bulletin.ts PART_SHARES, YEAR_SO_FAR; recognise/list-shares.ts reads the parts' shares);
 * (2) a year-end self-evaluation whose body states what it reports under a title an essay site gave it naming a monitoring
 *     (families/report-statement.ts);
 * (3) amounts printed with '.' as the thousands separator (text/dot-grouped.ts) and rates in a chain over one base
 *     (recognise/prose-rates.ts overOneBase).
 * Every number below is checked by hand in its comment.
 */
type Row = string[];
const family = (lines: (string | Row)[]) => detectFamily(sheetFeatures(doc(lines))).family;
/** the rates read in a text: 'name rate = numerator/denominator' (the reader's units) */
const rates = (text: string) => statedRates(proseText(text)).map((x) => `${x.name} ${x.rate.text} = ${x.numerator.value}/${x.denominator.value}`);

describe("an amount printed with '.' as its thousands separator (text/dot-grouped.ts)", () => {
  const read: [string, string, number[]][] = [
    // 34.568.64 → 34568.64; 21.966.95 → 21966.95 (the real sheet's two amounts)
    ["the real sheet's amounts, 万元", "我区分配资金34.568.64万元,支付21.966.95万元", [34568.64, 21966.95]],
    // 1.234.567.89元: three points, groups of three, two hundredths → 1234567.89
    ["three points, 元", "支付资金1.234.567.89元", [1234567.89]],
    // 亿元 is kept in 万元: 2.345.67亿元 = 2345.67亿元 = 23456700万元
    ["亿元", "下达资金2.345.67亿元", [23456700]],
    // 繁體: 萬元 simplified first
    ["繁體 萬元", "我區分配資金34.568.64萬元", [34568.64]],
    // a count's unit: 1.250.50公里 → 1250.5
    ["a count's unit", "新建道路1.250.50公里", [1250.5]],
    // commas as usual: unchanged
    ["commas as usual", "收到直达资金34,509万元", [34509]],
    // one point is a decimal point: 34.568万元
    ["one point: a decimal", "分配资金34.568万元", [34.568]],
  ];
  test.each(read)("%s", (_n, text, want) => expect(proseQuantities(proseText(text)).map((q) => q.value)).toEqual(want));

  const unread: [string, string][] = [
    // '1.234.5': its last group of one digit — a code's parts or a decimal with a stray point: which, the text does not say
    ["a last group of one digit", "下达资金1.234.5万元"],
    // '1.234.567': its last group of three — every point a separator, or a version's parts: not read
    ["a last group of three", "下达资金1.234.567万元"],
    // an address: no unit after it
    ["an address", "访问117.141.250.58:10查询"],
    // an inner group not of three: '12.34.56万元'
    ["an inner group of two", "下达资金12.34.56万元"],
    // a point before it: the tail of a longer run ('1.2.345.67万元')
    ["a longer run of points", "第1.2.345.67万元"],
  ];
  test.each(unread)("%s: not read as a grouped number", (_n, text) => {
    expect(withDotGroupedAmounts(proseText(text))).toBe(proseText(text));
    for (const q of proseQuantities(proseText(text))) expect([1234.5, 1234567, 123456, 234567]).not.toContain(q.value);
  });
});

describe("rates in a chain over one base, the amounts dot-grouped (prose-rates.ts overOneBase)", () => {
  // 34568.64 / 34509 = 100.1728% → 100.2%; 21966.95 / 34509 = 63.656% → 63.7% (over the allocated 34568.64: 63.546%)
  const REAL = "我区收到直达资金34,509万元,我区分配资金34.568.64万元,分配率100.7%,支付21.966.95万元,支付率68.7%。一是共同财政事权转移支付资金28,020.38万元。";
  test("the real paragraph: both rates read over the amount received", () => {
    expect(rates(REAL)).toEqual(["分配率 100.7% = 34568.64/34509", "支付率 68.7% = 21966.95/34509"]);
  });
  const cases: [string, string[], string[]][] = [
    // the real sheet's shape: 分配率 100.7% ≠ 100.17%, 支付率 68.7% ≠ 63.66% (or 63.55% over the allocated)
    ["the real sheet (simplified)", ["直达资金动态监控运行以来,我局严格按照直达资金相关要求动态监控,确保直达资金安全运行。", REAL], ["ratio-mismatch@A2", "ratio-mismatch@A2"]],
    // both rates right: 100.2%, 63.7% — nothing
    ["both rates right", ["我区收到直达资金34,509万元,我区分配资金34.568.64万元,分配率100.2%,支付21.966.95万元,支付率63.7%。"], []],
    // 繁體, both right
    ["繁體, both right", ["我區收到直達資金34,509萬元,我區分配資金34.568.64萬元,分配率100.2%,支付21.966.95萬元,支付率63.7%。"], []],
    // 繁體, the payment's slip alone: 68.7% against 63.66% (63.55%)
    ["繁體, the payment's slip", ["我區收到直達資金34,509萬元,我區分配資金34.568.64萬元,分配率100.2%,支付21.966.95萬元,支付率68.7%。"], ["ratio-mismatch@A1"]],
    // 亿元, 拨付率: 1000.00 / 1234.56 = 81.0005% → 81.0% holds; 拨付 over 下达, then 支付 1000.00 / 1234.56 too
    ["亿元, 拨付率 right", ["省级下达资金1.234.56亿元,已拨付1.000.00亿元,拨付率81.0%。"], []],
    ["亿元, 拨付率 a slip", ["省级下达资金1.234.56亿元,已拨付1.000.00亿元,拨付率86.0%。"], ["ratio-mismatch@A1"]],
    // 到位率 then 执行率 over the plan stated first: 1800 / 2000 = 90%; 1500 / 2000 = 75% (over the arrived 1800: 83.33%)
    ["到位率 and 执行率 over the budget stated first", ["年初预算资金2.000.00万元,到位资金1.800.00万元,到位率90%,执行1.500.00万元,执行率75%。"], []],
    // …执行率 over the arrived amount (the done amount between, an alternative base): 83.3% holds
    ["执行率 over the arrived amount (an alternative base)", ["年初预算资金2.000.00万元,到位资金1.800.00万元,到位率90%,执行1.500.00万元,执行率83.3%。"], []],
    // …80% is neither 75% nor 83.33%: the execution rate's slip
    ["执行率 80%: a slip over either base", ["年初预算资金2.000.00万元,到位资金1.800.00万元,到位率90%,执行1.500.00万元,执行率80%。"], ["exec-rate-mismatch@A1"]],
    // the base stated last, right before the done amount (a plain pair): 21966.95 / 34509 = 63.66% printed 68.7%
    ["the base stated last, right before the done amount", ["区财政局统计:收到直达资金34.509.00万元,支付21.966.95万元,支付率68.7%。"], ["ratio-mismatch@A1"]],
    ["the base stated last, the rate right", ["区财政局统计:收到直达资金34.509.00万元,支付21.966.95万元,支付率63.7%。"], []],
    // a base '1.234.5万元' (not a grouped number): nothing to pair with the paid amount, nothing flagged
    ["a base that is no grouped number", ["下达资金1.234.5万元,支付1.000.00万元,支付率50%。"], []],
  ];
  test.each(cases)("%s", (_n, lines, want) => expect(errors(doc(lines))).toEqual(want));

  test("the 执行率's base: the budget stated first, the arrived amount its alternative", () => {
    const x = statedRates(proseText("年初预算资金2.000.00万元,到位资金1.800.00万元,到位率90%,执行1.500.00万元,执行率75%。"));
    expect(x.map((r) => `${r.name} ${r.numerator.value}/${r.denominator.value} alt ${r.alternatives.map((a) => a.value).join(",")}`)).toEqual([
      "到位率 1800/2000 alt ",
      "执行率 1500/2000 alt 1800",
    ]);
  });

  test("the same rate named twice is no chain: each over its own pair", () => {
    // 80 / 100 = 80%; 60 / 80 = 75% (the second 完成率 over the amount right before it)
    expect(rates("计划完成100万元,完成80万元,完成率80%,第二批计划80万元,完成60万元,完成率75%。")).toEqual(["完成率 80% = 80/100", "完成率 75% = 60/80"]);
  });
});

describe("a body's statement of the evaluation it reports, against a title naming a monitoring (families/report-statement.ts)", () => {
  const HEADS = ["(一)立项情况。", "该项目是我局经常性的专项业务支出。", "(二)资金情况。", "2023年采购资金预算总额为46万元,实际到位46万元。全年资金到位率为100%,到位资金支出完成率为100%。", "(三)项目情况。", "上述专项资金主要用于档案收集立卷归档工作。"];
  const cases: [string, (string | Row)[], string][] = [
    // the real sheet's shape, simplified: an essay site's title over a year-end self-evaluation
    ["simplified, 评价情况汇报如下", ["项目绩效目标执行监控报告(优质19篇)篇一", "按照市财政局的要求,结合我局46万元专项经费的收支、绩效自评情况,现将2023年财政项目支出绩效评价情况汇报如下:", ...HEADS], "project-self-eval"],
    // 繁體 with the mirror's glosses
    ["繁體 with glosses", ["項(xiàng)目績(jī)效目標(biāo)執(zhí)行監(jiān)控報(bào)告(優(yōu)質(zhì)19篇)篇一", "結(jié)合我局資金專項(xiàng)經(jīng)費(fèi)的收支、績(jī)效自評(píng)情況(kuàng),現(xiàn)將20xx年財(cái)政項(xiàng)目支出績(jī)效評(píng)價(jià)情況(kuàng)匯報(bào)如下:", "(一)立項情況。", "福安市檔案館資金是我局經常性的專項業務支出。", "(二)資金情況。", "採購資金預算總額為46萬元,實際到位46萬元。全年資金到位率為100%。"], "project-self-eval"],
    // the report printed twice, one copy under the other: the copy's title line is the title, not the body's words
    ["printed twice", ["项目绩效目标执行监控报告(优质19篇)篇一", "现将2023年财政项目支出绩效评价情况汇报如下:", ...HEADS, "项目绩效目标执行监控报告(优质19篇)篇一", "现将2023年财政项目支出绩效评价情况汇报如下:", ...HEADS], "project-self-eval"],
    // the whole report pasted as one long cell, a break before each code (its glosses split from their characters by breaks)
    ["one long cell", ["项目绩效目标执行监控报告(优质19篇)篇一 结合我局专项经费的收支、绩效自评情况,现将2023年财政项目支出绩效评(píng) 价情况汇报如下: (一)立项情况。该项目是我局经常性的专项业务支出。 (二)资金情况。采购资金预算总额为46万元,实际到位46万元。全年资金到位率为100%。"], "project-self-eval"],
    // 自评情况报告如下, another collection title
    ["自评情况报告如下", ["项目支出绩效监控报告范文5篇", "根据县财政局通知要求,现将我单位2022年度农村公路养护资金绩效自评情况报告如下:", ...HEADS], "project-self-eval"],
    // a department's whole spending named in the statement: its self-evaluation
    ["a department's whole spending", ["部门整体支出绩效监控报告(精选8篇)", "现将我局2023年度部门整体支出绩效评价情况报告如下:", "一、部门基本情况", "我局内设机构5个,在职人员32人。", "二、部门整体支出情况", "全年支出312万元,预算执行率98.5%。"], "dept-self-eval"],
  ];
  test.each(cases)("%s → %s", (_n, lines, want) => expect(family(lines)).toBe(want));

  const stays: [string, (string | Row)[]][] = [
    // the body speaks of the year so far: a monitoring's
    ["the months so far (1-6月)", ["项目绩效目标执行监控报告", "现将2023年项目支出绩效自评情况报告如下:", "(一)资金情况。", "1-6月预算执行23万元,执行率50%。", "(二)目标完成情况。", "各项目标按计划推进。"]],
    // a deviation and its correction
    ["偏差 / 纠偏", ["项目绩效目标执行监控报告", "现将项目支出绩效评价情况汇报如下:", "(一)资金情况。", "资金执行存在偏差。", "(二)纠偏措施。", "加快支出进度。"]],
    // a head of the body naming the monitoring (not the title printed again)
    ["a head naming the monitoring", ["项目绩效目标执行监控报告", "现将2023年项目支出绩效评价情况汇报如下:", ...HEADS, "(四)绩效监控发现的问题。"]],
    // the statement names the monitoring itself
    ["the statement names a monitoring", ["项目绩效目标执行监控报告", "现将2023年项目绩效运行监控情况报告如下:", ...HEADS]],
    // no heads after the statement: the title stands
    ["no heads after it", ["项目绩效目标执行监控报告", "现将2023年项目支出绩效评价情况汇报如下:全年资金到位率为100%。"]],
  ];
  test.each(stays)("%s: stays monitoring", (_n, lines) => expect(family(lines)).toBe("monitoring"));

  test("a notice's '…通知如下' states no report", () => {
    expect(family(["项目绩效目标执行监控报告", "现将开展2023年项目支出绩效自评工作有关事项通知如下:", ...HEADS])).toBe("monitoring");
  });
});

describe("a progress item at the year's end: what is done to date against the year's targets, part by part (progress-bulletin.ts)", () => {
  const REAL = "截至12底,全省普通公路累计完成投资836.2亿元,占厅年度力争目标(606.5亿元)的137.9%,其中,干线公路570.2亿元、农村公路197亿元、其他专项69亿元,分别占厅年度力争目标(470亿元、106.5亿元、30亿元)的121.3%185%230%。新改建国省干线公路2355.7公里、农村公路16801.8公里,分别占厅年度目标(1700公里、11400公里)的138.6%147.4%普通公路完成投资和建设规模均已完成年度目标。";
  const cases: [string, (string | Row)[]][] = [
    ["the real item", ["2020年全省普通公路建设顺利完成年度目标", "发布日期:2021-01-13", REAL, "打印 关闭"]],
    // 月 kept, the shares' separators kept
    ["截至12月底, separators kept", ["全省普通公路建设完成年度目标", "截至12月底,全省普通公路累计完成投资836.2亿元,占厅年度力争目标(606.5亿元)的137.9%,其中,干线公路570.2亿元、农村公路197亿元、其他专项69亿元,分别占厅年度力争目标(470亿元、106.5亿元、30亿元)的121.3%、185%、230%。"]],
    // 繁體, 万元, the 局's target
    ["繁體, 萬元", ["全市農村公路建設完成年度目標", "截至2021年12月底,全市農村公路累計完成投資8362萬元,占局年度目標(6065萬元)的137.9%,其中,縣道5702萬元、鄉道1970萬元、村道690萬元,分別占局年度目標(4700萬元、1065萬元、300萬元)的121.3%、185%、230%。"]],
    // 1-12月, 全年计划
    ["1-12月, 全年计划", ["全县重点项目建设情况", "1-12月,全县重点项目累计完成投资52亿元,占全年计划(40亿元)的130%,其中,产业项目30亿元、基础设施项目22亿元,分别占全年计划(25亿元、15亿元)的120%、146.7%。"]],
  ];
  test.each(cases)("%s → monitoring", (_n, lines) => expect(family(lines)).toBe("monitoring"));

  const not: [string, (string | Row)[], string][] = [
    // a year's summary: its year-end figures are no bulletin's
    ["a year's work summary", ["2020年交通运输工作总结", REAL], "unknown"],
    // nothing measured to date (no 累计) and no progress words: the year's end alone is no bulletin
    ["no 累计, no progress words", ["全省普通公路建设情况", "截至12月底,全省普通公路完成投资836.2亿元,占厅年度力争目标(606.5亿元)的137.9%,其中,干线公路570.2亿元、农村公路197亿元、其他专项69亿元,分别占厅年度力争目标(470亿元、106.5亿元、30亿元)的121.3%、185%、230%。"], "unknown"],
    // an evaluation's words: a self-evaluation pairs plan and done over the year too
    ["a self-evaluation", ["2020年普通公路建设资金绩效自评", REAL], "unknown"],
  ];
  test.each(not)("%s → not monitoring", (_n, lines, want) => expect(family(lines)).not.toBe("monitoring"));
});

describe("parts' shares of their own targets stated together (recognise/list-shares.ts)", () => {
  const read = (text: string) => planShares(proseText(text)).map((x) => `${x.rate.text} = ${x.done.value}/${x.plan.value}${x.roundedOk ? "" : " slip"}`);
  const cases: [string, string, string[]][] = [
    // 836.2 / 606.5 = 137.87% → 137.9%; 570.2 / 470 = 121.32%; 197 / 106.5 = 184.98% → 185%; 69 / 30 = 230%; in 万元
    [
      "the real line (separators lost)",
      "全省普通公路累计完成投资836.2亿元,占厅年度力争目标(606.5亿元)的137.9%,其中,干线公路570.2亿元、农村公路197亿元、其他专项69亿元,分别占厅年度力争目标(470亿元、106.5亿元、30亿元)的121.3%185%230%。",
      ["137.9% = 8362000/6065000", "121.3% = 5702000/4700000", "185% = 1970000/1065000", "230% = 690000/300000"],
    ],
    // 2355.7 / 1700 = 138.57% → 138.6%; 16801.8 / 11400 = 147.38% → 147.4%
    ["counts (公里), listed with 、", "新改建国省干线公路2355.7公里、农村公路16801.8公里,分别占厅年度目标(1700公里、11400公里)的138.6%、147.4%。", ["138.6% = 2355.7/1700", "147.4% = 16801.8/11400"]],
    // 繁體 萬元, 为 and 和: 4700 / 5000 = 94%, 1800 / 2000 = 90%
    ["繁體, 分別為 … 和", "縣道4700萬元、鄉道1800萬元,分別為年度計劃(5000萬元、2000萬元)的94%和90%。", ["94% = 4700/5000", "90% = 1800/2000"]],
    // a slip: 197 / 106.5 = 184.98%, printed 158%
    ["a slip", "干线公路570.2亿元、农村公路197亿元,分别占年度目标(470亿元、106.5亿元)的121.3%158%。", ["121.3% = 5702000/4700000", "158% = 1970000/1065000 slip"]],
  ];
  test.each(cases)("%s", (_n, text, want) => expect(read(text)).toEqual(want));

  const none: [string, string][] = [
    // three parts, two bases: no pairing stated
    ["counts that differ", "干线公路570.2亿元、农村公路197亿元、其他专项69亿元,分别占年度目标(470亿元、106.5亿元)的121.3%、185%。"],
    // a growth: no share of a target
    ["a change in the base's name", "干线公路570.2亿元、农村公路197亿元,分别比上年增长(470亿元、106.5亿元)的21.3%、85%。"],
    // a bound after the shares: targets, not shares stated
    ["a bound after them", "干线公路570.2亿元、农村公路197亿元,分别占年度目标(470亿元、106.5亿元)的120%、180%以上。"],
    // a money part against a count base
    ["kinds that differ", "干线公路570.2亿元、农村公路197亿元,分别占年度目标(470公里、106.5公里)的121.3%、185%。"],
  ];
  test.each(none)("%s: nothing read", (_n, text) => expect(read(text)).toEqual([]));

  test("the real item's slip is flagged at its cell, the others hold", () => {
    const lines = ["2020年全省普通公路建设顺利完成年度目标", "截至12底,全省普通公路累计完成投资836.2亿元,占厅年度力争目标(606.5亿元)的137.9%,其中,干线公路570.2亿元、农村公路197亿元、其他专项69亿元,分别占厅年度力争目标(470亿元、106.5亿元、30亿元)的121.3%158%230%。"];
    expect(errors(doc(lines))).toEqual(["ratio-mismatch@A2"]);
    expect(errors(doc([lines[0], lines[1].replace("158%", "185%")]))).toEqual([]);
  });
});
