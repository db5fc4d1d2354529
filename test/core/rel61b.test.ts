import { Grid } from "../../src/core/grid/grid";
import { changedPartSums } from "../../src/core/recognise/changed-parts";
import { namedWholeShares } from "../../src/core/relations/named-whole-shares";
import { flags, ratios, sheet } from "./probes";

/**
 * rel61b (session 61; test/fixtures/real/rel61b-s61-diagnosis.md): a whole in one sentence and its parts in the next under
 * 其中, each part carrying its own change or share (changed-parts.ts). The sentences are the pages' own (scan/ and real/);
 * every number below is computed by hand in its comment.
 */

/** the sums read on a grid: 'total=parts' (equal) or 'total>=parts' (atMost) */
const read = (g: Grid) => changedPartSums(g, []).map((r) => `${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => p.value).join("+")}`);

// 铜陵义安 (scan, ah-tongling-yian-general-budget-revenue-2023-h1 A1)
const YIAN =
  "1-6月份全区一般公共预算收入累计完成61646万元,占年初预算数109466万元的56.3%,同比增长10.7%,增收5939万元。其中税务部门完成28684万元,占任务数的56.4%,同比增长33.2%;财政部门完成32962万元,占任务数的56.3%,同比下降3.6%。";
// 建昌 (scan, ln-jianchang-county-statistical-bulletin-2022-mirror-trad A5)
const JIANCHANG =
  "初步核算,全年实现地区生产总值91.8亿元,比上年下降1.4%(按可比价格计算)。其中:第一产业增加值30.5亿元,同比增长3.5%;第二产业增加值14.2亿元,同比下降12.6%;第三产业增加值47.1亿元,同比下降1.1%。";
// 渌口 (scan, hn-lukou-fiscal-revenue-2015-08 A1)
const LUKOU =
  "一、截至2015年8月底,累计完成公共财政预算总收入67949万元,为年初预算61.22%,比上年同期增加6517万元,增长10.61%。其中:地方公共财政预算收入完成51653万元,增加6455万元,增长14.28%;上划中央收入完成12133万元,减少282万元,下降2.27%;上划省级收入完成4163万元,增加344万元,增长9.01%。";
// 丰都殡仪馆 (real, cq-fengdu-funeral-home-dept-final-accounts-2021-excerpt A13)
const FENGDU =
  "3.支出情况:2021年度支出合计631.69万元,较上年决算数减少1518.77万元,下降70.6%,主要原因是殡仪馆工程项目比去年减少。其中:基本支出188.64万元,占29.9%;项目支出443.04万元,占70.1%。";

describe("a whole, then its parts under 其中 each with its own change (changed-parts.ts)", () => {
  test.each<[string, string, string[]]>([
    // 28684 + 32962 = 61646 ✓; 税务部门 / 财政部门 are the revenue's two collectors: the parts must add up. The other amounts
    // are the plan's (占年初预算数109466万元) and the change's (增收5939万元)
    ["two collectors", YIAN, ["61646=28684+32962"]],
    // 30.5 + 14.2 + 47.1 = 91.8 ✓; the three 产业 are the whole's every part
    ["the three sectors", JIANCHANG, ["91.8=30.5+14.2+47.1"]],
    // 51653 + 12133 + 4163 = 67949 ✓; three levels' shares named by no word that closes them: may not exceed
    ["three shares, no closing word", LUKOU, ["67949>=51653+12133+4163"]],
    // 188.64 + 443.04 = 631.68 (the whole 631.69: read, within the rounding of three figures in 万元, 3 × 0.005 = 0.015)
    ["基本 / 项目 支出", FENGDU, ["631.69=188.64+443.04"]],
  ])("%s", (_name, text, expected) => {
    expect(read(sheet([text]))).toEqual(expected);
    // (the page as printed: nothing flagged)
    expect(flags([text])).toEqual([]);
  });

  test.each<[string, string, string]>([
    // 财政部门 32962 → 33962: 28684 + 33962 = 62646 ≠ 61646
    ["a part raised (two collectors)", YIAN.replace("32962", "33962"), "total-mismatch@A1"],
    // 第二产业 14.2 → 16.2: 30.5 + 16.2 + 47.1 = 93.8 ≠ 91.8 (rounding allows 4 × 0.05 = 0.2)
    ["a part raised (three sectors)", JIANCHANG.replace("14.2亿元", "16.2亿元"), "total-mismatch@A1"],
    // 地方 51653 → 61653: 61653 + 12133 + 4163 = 77949 > 67949 (may not exceed: exceeds)
    ["parts over their whole", LUKOU.replace("51653", "61653"), "total-mismatch@A1"],
    // 项目支出 443.04 → 453.04: 188.64 + 453.04 = 641.68 ≠ 631.69 (off by 9.99, far past 0.015)
    ["a part raised (基本 / 项目)", FENGDU.replace("443.04", "453.04"), "total-mismatch@A1"],
  ])("broken: %s", (_name, text, flag) => {
    expect(flags([text])).toContain(flag);
  });

  test("a subset under its whole is no slip: parts short of a whole that may hold more", () => {
    // 渌口 without its 上划省级 group: 51653 + 12133 = 63786 ≤ 67949 — nothing flagged
    const cut = LUKOU.replace(/;上划省级收入[^。]*/, "");
    expect(read(sheet([cut]))).toEqual(["67949>=51653+12133"]);
    expect(flags([cut])).toEqual([]);
  });

  test.each<[string, string]>([
    // 中山板芙 (scan, gd-zhongshan-banfu-town-budget-adjustment-2022-mirror-trad A7): the whole's clause states two amounts of its
    // own (由年初预算12981.26万元调整为13250.10万元) and the first part its plan (年初预算9407.22万元不变): no one whole, no parts
    [
      "a whole adjusted from one amount to another",
      "1、一般公共预算收入由年初预算12981.26万元调整为13250.10万元,调增268.84万元。其中:税收分成收入年初预算9407.22万元不变;非税收入由年初预算3574.04万元调整为3842.88万元,主要由于镇属企业利润上缴调增49.16万元。",
    ],
    // 湖北某区 (scan, hb-district-fiscal-revenue-q1-0716fw A1): 国税 11765 + 地税 14796 + 财政 3051 = 29612 ✓, then '实现地方一般预算
    // 收入19401万元' — another measure of the district, no part: a name opening with a verb refuses the list
    [
      "a group naming another measure",
      "截至3月31日,全区完成财政收入29612万元,占年初预算的27.7%,较上年同期增收1735万元,同比增长6.2%。其中,国税完成11765万元,占年初预算的25%,较上年同期增收1423万元;地税完成14796万元,占年初预算的30.1%;财政完成3051万元,占年初预算的28.8%;实现地方一般预算收入19401万元,占年初预算的28.9%。",
    ],
    // a 三公 whole: three-public-expenses.ts reads it by its items' names
    ["a 三公 whole", "2018年财政拨款“三公”经费预算合计32.6万元,比上年减少2万元。其中:因公出国(境)费0万元;公务用车运行维护费28.6万元,与上年持平;公务接待费4万元,比上年减少2万元。"],
    // one group: '其中亿元以上项目46个,总投资326.37亿元,年度计划完成投资49.19亿元,…' is a subset's figures, not a list
    ["one group", "总投资337.13亿元,同比增长5%。其中亿元以上项目46个,总投资326.37亿元,年度计划完成投资49.19亿元,1-6月份累计完成投资32.43亿元。"],
    // a group's first clause stating two amounts of money: which is the part is not said
    ["two amounts in a part's clause", "全县收入合计500万元,同比增长5%。其中:甲收入300万元乙收入20万元,增长3%;丙收入200万元,增长2%。"],
  ])("nothing read: %s", (_name, text) => {
    expect(read(sheet([text]))).toEqual([]);
  });
});

// 辽宁 县 (scan, ln-county-district-budget-revenue-2021-q1-news A5)
const LN =
  "在41个县收支完成情况上,一般公共预算收入完成151亿元,同比增加21亿元,增长16.2%。其中:税收收入完成95.1亿元,增长19.9%,占一般公共预算收入的63%;非税收入完成55.9亿元,增长10.4%,占一般公共预算收入的37%。";
// 宜春 (scan, jx-yichun-fiscal-revenue-expenditure-2024-mirror A2)
const YICHUN = "2024年,全市一般公共预算收入284.1亿元,同比减收5.9亿元,下降2%。其中:税收收入162.2亿元,占一般公共预算收入比重为57.1%。";
// 滨海 (real, tj-binhai-final-accounts-general-budget-balance-2023-excerpt A11)
const BINHAI = "一般公共预算收支。一般公共预算收入565.4亿元,完成预算104.6%,比上年增长11.9%。其中,税收收入495亿元,同比增长17.7%,占一般公共预算收入比重87.6%。";

describe("a part's share of a whole the share names, stated a sentence before (named-whole-shares.ts)", () => {
  /** the shares read: 'numerator/denominator=stated%' */
  const shares = (text: string) => namedWholeShares(sheet([text]), []).map((r) => `${r.numerator.value}/${r.denominator.value}=${Math.round(r.stated.value * 1e4) / 100}%`);

  test.each<[string, string, string[]]>([
    // 95.1 / 151 = 62.98% → 63 ✓; 55.9 / 151 = 37.02% → 37 ✓ (the name 一般公共预算收入 is given one amount before: 151亿元)
    ["two shares of the revenue", LN, ["95.1/151=63%", "55.9/151=37%"]],
    // 162.2 / 284.1 = 57.09% → 57.1 ✓
    ["占…比重为", YICHUN, ["162.2/284.1=57.1%"]],
    // 495 / 565.4 = 87.548% → 87.5 as printed figures, printed 87.6: within the amounts' rounding (495.4 / 565.4 = 87.62%) —
    // not read, no flag either way
    ["agreeing only within the amounts' rounding", BINHAI, []],
  ])("%s", (_name, text, expected) => {
    expect(shares(text)).toEqual(expected);
    expect(flags([text])).toEqual([]);
  });

  test("through the review: the shares are among the sheet's ratios", () => {
    expect(ratios([LN])).toEqual(expect.arrayContaining(["95.1/151=0.63", "55.9/151=0.37"]));
  });

  test.each<[string, string]>([
    // 税收 share 63% → 68%: 95.1 / 151 = 62.98%, far from 68 (and out of the amounts' rounding: 95.15 / 150.5 = 63.2%)
    ["a share misprinted", LN.replace("的63%", "的68%")],
    // 税收收入 162.2 → 172.2: 172.2 / 284.1 = 60.61%, printed 57.1%
    ["a part misprinted", YICHUN.replace("162.2", "172.2")],
  ])("broken: %s", (_name, text) => {
    expect(flags([text])).toContain("ratio-mismatch@A1");
  });

  test.each<[string, string]>([
    // the base a plan: '占年初预算的45.5%' is a completion rate against the plan, a figure the page does not state here
    ["a plan's name", "1-5月,全区一般公共预算收入完成56033万元,同比增长28.1%。其中:国税部门完成22891万元,占年初预算的51.1%。"],
    // the name given two amounts before (收入 of two years): which is the base is not said
    ["a name given two amounts", "2023年一般公共预算收入100亿元。2022年一般公共预算收入90亿元。其中税收收入60亿元,占一般公共预算收入的60%。"],
    // the base named in the share's own sentence: the sentence readers' (not this reader's)
    ["the whole in the share's own sentence", "全年收支情况如下。一般公共预算收入100亿元,其中税收收入60亿元,占一般公共预算收入的60%。"],
  ])("nothing read: %s", (_name, text) => {
    expect(shares(text)).toEqual([]);
  });
});
