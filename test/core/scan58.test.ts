import { bothFlows, flowOf, mixedFlows, otherFlow } from "../../src/core/recognise/money-flows";
import { sessionPages, pageFlags } from "./scan-session";
import { flags, ratios, relations, sheet, sums } from "./probes";

/**
 * scan58 (session 58; test/fixtures/real/scan58-s58-diagnosis.md): the scan set's third round — 156 pages of session 58
 * (their JSON's "session": 58), pinned here to their publisher's slips — and the general rules their false flags led to. Each
 * shape is a page's own, shortened, beside counter-shapes that must still be read (and flagged where they break). Every number
 * is computed by hand in its comment.
 */

/**
 * The publisher's slips on the session's pages, each checked by hand (test/fixtures/scan/README.md): the engine must keep
 * flagging each, and nothing else at error or warning.
 */
const SLIPS: { id: string; flag: string }[] = [
  // 仪器信息网 (财政部 2021年全国政府采购简要情况): '规模为36,399亿元,较上年减少571.6亿元,下降1.6%' — the year before 36,399 +
  // 571.6 = 36,970.6; 571.6 / 36,970.6 = 1.55% (1.546–1.547% within the figures' rounding), printed 1.6% (571.6 / 36,399 =
  // 1.57%: the rate taken over this year's figure)
  { id: "cn-government-procurement-2021-national-antpedia", flag: "ratio-mismatch@A11" },
  // 中新网 (辽宁 100个县区 1-3月): '一般公共预算收入完成503.7亿元,比上年同期增加85.8亿元,增长20.6%' — 85.8 / (503.7 − 85.8) =
  // 85.8 / 417.9 = 20.53% (20.51–20.55% within the rounding), printed 20.6%; its two parts hold (41个县 21 / 130 = 16.2% ✓, 59个
  // 区 64.8 / 287.9 = 22.5% ✓, 151 + 352.7 = 503.7 ✓, 21 + 64.8 = 85.8 ✓)
  { id: "ln-county-district-budget-revenue-2021-q1-news", flag: "ratio-mismatch@A4" },
  // 寿县文物保护中心 三公 决算: the items under (二) numbered '1.公务接待费…' then '3.公务用车购置及运行维…' — 2. skipped (the template's
  // 1.因公出国 dropped, 公务接待 renumbered 1., 公务用车 left at 3.)
  { id: "ah-shouxian-cultural-relics-centre-three-public-expenses-2023", flag: "code-sequence@A31" },
  // (rel59) 杜集 机关事务管理中心 A38: '公务接待费支出2.14万元, 与2021年度预算相比,增加1.14万元,增长1.14%' — the budget 2.14 − 1.14 = 1;
  // 1.14 / 1 = 114%, printed 1.14% (the change printed as the rate) (inline-changes.ts, COMPARED against a year's budget)
  { id: "ah-huaibei-duji-government-affairs-centre-three-public-expenses-2021", flag: "ratio-mismatch@A38" },
  // (rel59) 杜集 政府办 繁體 A28: '公務接待費支出5.21萬元,與2021年度預算相比,減少0.1萬元,下降0.006%' — 0.1 / (5.21 + 0.1) = 1.88%,
  // printed 0.006% (the table above gives the budget 14.9: the change 9.69 and the rate 65.0% are both off)
  { id: "ah-huaibei-duji-government-office-three-public-expenses-2021-mirror-trad", flag: "ratio-mismatch@A28" },
  // (rel59) 铜梁 安居 A5: '支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.83%' — the first
  // holds (20 − 9.07 = 10.93, 10.93 / 20 = 54.65% ✓); the year before 9.07 + 0.71 = 9.78, 0.71 / 9.78 = 7.26%, printed 7.83%
  // (= 0.71 / 9.07, over this year's) (inline-changes.ts, CHAINED)
  { id: "cq-tongliang-anju-town-three-public-expenses-final-accounts-2021", flag: "ratio-mismatch@A5" },
  // (rel59) 寿县 A27: '支出预算为3万元,支出决算为1.71万元,完成预算的43%' — 1.71 / 3 = 57% (43% is the fall, 1.29 / 3)
  // (budget-completions.ts)
  { id: "ah-shouxian-cultural-relics-centre-three-public-expenses-2023", flag: "ratio-mismatch@A27" },
  // (rel59) 寿县 A29: '公务接待费支出决算0.53万元,占69%;公务用车购置及运行维护费支出决算1.18万元,占31%' — the shares add to 100%, the
  // whole 0.53 + 1.18 = 1.71 (A27's 决算); 0.53 / 1.71 = 30.99%, 1.18 / 1.71 = 69.01%: swapped (listed-shares.ts), both flagged
  { id: "ah-shouxian-cultural-relics-centre-three-public-expenses-2023", flag: "ratio-mismatch@A29" },
  { id: "ah-shouxian-cultural-relics-centre-three-public-expenses-2023", flag: "ratio-mismatch@A29" },
];

const N_PAGES = 156;
const PAGES = sessionPages(58);

describe("the scan set's session-58 pages flag only their listed slips", () => {
  test("the session's pages are there", () => expect(PAGES.length).toBe(N_PAGES));
  test.each(PAGES.map((j) => [j.id, j] as const))("%s", (id, j) => {
    expect(pageFlags(j)).toEqual(SLIPS.filter((s) => s.id === id).map((s) => s.flag).sort());
  });
});

describe("a part of the money's other flow ends an income's list (money-flows.ts; sentence-sums.ts allocations)", () => {
  test.each([
    ["收入", "in"],
    ["地方公共财政支出", "out"],
    ["收入支出决算总表", null],
    ["资金", null],
  ])("flowOf(%s) = %s", (w, f) => expect(flowOf(w)).toBe(f));
  test("both flows, and a part of the other flow", () => {
    expect(bothFlows(["基本养老保险费收入", "支出"])).toBe(true);
    expect(bothFlows(["税收收入", "非税收入"])).toBe(false);
    expect(otherFlow("in", "地方公共财政支出")).toBe(true);
    expect(otherFlow("in", "非税收收入")).toBe(false);
    expect(otherFlow(null, "支出")).toBe(false);
    // (the gate: a list of one flow under a whole of that flow or of none has nothing to test)
    expect(mixedFlows("收入合计", "其中:财政拨款收入60万元,事业收入30万元")).toBe(false);
    expect(mixedFlows("资金", "其中:甲项目60万元,乙项目30万元")).toBe(false);
    expect(mixedFlows("预算收入", "其中税收收入1万元,地方公共财政支出9万元")).toBe(true);
    expect(mixedFlows("基金规模", "其中:保险费收入3000万元,待遇支出2000万元")).toBe(true);
  });

  const YUSHU = "2017年,玉树藏族自治州实现地方公共财政预算收入1.8939亿元。其中税收收入1.0175亿元,非税收收入0.8764亿元,地方公共财政支出98.5044亿元,增长5.2%。";
  test.each([
    // 玉树 (百科 mirror): the spending ends the income's list — 1.0175 + 0.8764 = 1.8939 (was 1.8939 against 100.4, the
    // spending 98.5044 read as a third part: total-mismatch)
    ["the page's shape: the income's two parts", [YUSHU], ["1.8939>=1.0175+0.8764"], []],
    // (a slip in the income's parts still flagged: 1.0175 + 0.9764 = 1.9939 > 1.8939)
    ["an income part off: flagged", [YUSHU.replace("0.8764", "0.9764")], ["1.8939>=1.0175+0.9764"], ["total-mismatch@A1"]],
    // counter-shapes: incomes of an income read as before (60 + 30 + 10 = 100); a whole of neither flow over parts of both is
    // its two sides, not read; over parts of one flow it is read (3000 + 2000 ≤ 5000)
    ["incomes of an income", ["本年收入合计100万元,其中:财政拨款收入60万元,事业收入30万元,其他收入10万元。"], ["100=60+30+10"], []],
    ["a whole of neither flow over both flows: not read", ["本年安排基金规模5000万元,其中:保险费收入3000万元,待遇支出2000万元。"], [], []],
    ["a whole of neither flow over one flow: read", ["本年安排基金规模5000万元,其中:保险费收入3000万元,利息收入2000万元。"], ["5000>=3000+2000"], []],
  ])("%s", (_w, lines, want, flagged) => {
    expect(sums(lines)).toEqual(want);
    expect(flags(lines)).toEqual(flagged);
  });
});

describe("amounts in 亿 one unit off their parts: rounding (total-mismatch.ts yiResidue)", () => {
  const FUZHOU = "截至2021年4月底,全市财政直达资金总额62.33亿元,分配率97.40%。其中:中央安排直达资金全市48.67亿元,分配率99.93%;地方安排直达资金13.65亿元,分配率88.40%。";
  test.each([
    // 福州 直达资金 (繁體 mirror): 48.67 + 13.65 = 62.32 against 62.33 — 48.674 + 13.654 = 62.328 rounds to all three (was
    // total-mismatch at error)
    ["the page's shape: read, told as info", [FUZHOU], []],
    // counter-shapes: two units off (62.34) is no rounding; the same digits in 万元 (books to the 分 shown to 0.01万) stay flagged
    ["two units off", [FUZHOU.replace("62.33", "62.34")], ["total-mismatch@A1"]],
    ["the same digits in 万元", [FUZHOU.replace(/亿元/g, "万元")], ["total-mismatch@A1"]],
  ])("%s", (_w, lines, want) => {
    expect(sums(lines)).toEqual([`${lines[0].match(/总额([\d.]+)/)![1]}=48.67+13.65`]);
    expect(flags(lines)).toEqual(want);
  });
});

describe("a change opening the sentence after a list of parts is no part's (inline-changes.ts listClosed)", () => {
  test.each([
    // 某市 三公 (繁體 mirror): '…公務用車購置及運行費2800萬元。同口徑比2018年減少830萬元,下降20%' — the whole's change
    // (830 / (3328 + 830) = 19.96% ≈ 20%; the parts' 9 + 38 + 334 + 449 = 830), was read as 2800's: 830 / 3630 = 22.87% flagged
    ["the page's shape: not read", ["2019年,市本级“三公”经费预算为3328万元。其中,因公出国(境)费50万元,公务接待费478万元,公务用车购置及运行费2800万元。同口径比2018年减少830万元,下降20%。"], [], []],
    // counter-shapes: a sentence of one amount, the change opening the next (prose52) — read (189.25 / (792.22 − 189.25) =
    // 31.39%), and flagged where the rate breaks (35%)
    ["one amount, then its change", ["1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。"], ["189.25/602.97=31.39"], []],
    ["one amount, then its change, rate off", ["1、收入:792.22万元。同比上年度增加189.25万元,增加35%。"], ["189.25/602.97=35"], ["ratio-mismatch@A1"]],
    // (a change right after its amount, no stop between, reads as before: 24 / (124 + 24) = 16.2%, printed 16%)
    ["the change right after a part", ["其中,公务接待支出124万元,比上年减少24万元,下降16%。"], ["24/148=16"], []],
  ])("%s", (_w, lines, want, flagged) => {
    expect(ratios(lines)).toEqual(want);
    expect(flags(lines)).toEqual(flagged);
  });
});

describe("a part's head opens lists that count anew (code-sequence.ts PART_HEAD)", () => {
  const CONTENTS = ["八、国有资本经营预算财政拨款收入支出决算表", "九、财政拨款“三公”经费支出决算表", "十、部门决算量化评价表"];
  const BODY = ["主要职责", "负责推广种植业,促进农业发展;种植业技术试验、示范、推广。", "二、机构设置", "单位属于一级预算单位。"];
  test.each([
    // 大竹 农技中心 决算: the contents' 八、九、十、, then the body's '第一部分 单位概况', '主要职责' (its 一、 lost), '二、机构设置' — was
    // '二、 repeated, should be 十一、'
    ["the page's shape", [...CONTENTS, "第一部分 单位概况", ...BODY], []],
    ["第二章 too", [...CONTENTS, "第二章 单位概况", ...BODY], []],
    // counter-shapes: a number repeated under the part's head still flagged; with no part's head between, as before
    ["a number repeated under the head", [...CONTENTS, "第一部分 单位概况", "一、主要职责", "二、机构设置", "二、人员情况"], ["code-sequence@A7"]],
    ["no part's head between", [...CONTENTS, "单位概况", ...BODY], ["code-sequence@A7"]],
  ])("%s", (_w, lines, want) => expect(flags(lines)).toEqual(want));
});

describe("the last group of a number in 亿 and 万 is no amount (sentence-sums.ts compoundTail)", () => {
  test.each([
    // 南投 (聯合報): '歲入及歲出預算總額均為351億7884萬元2000元,其中歲入預算較去年增加6億700萬9000元,…' — read as a whole of 2000元
    // over 9000元 + 5000元 (the numbers' last groups): total-mismatch. Neither is an amount of its own: nothing read
    ["the page's shape", ["主計處今天於縣務會議報告，115年度總預算案彙編結果，歲入及歲出預算總額均為351億7884萬元2000元，其中歲入預算較去年增加6億700萬9000元，主要是因為中央統籌分配款增加，但歲出預算也較去年增加18億9075萬5000元。"], [], []],
    ["a part the last group of a number", ["本年安排资金总额共计1500万元,其中:甲项目1亿200万3000元,乙项目500万元。"], [], []],
    // counter-shapes: a whole and parts each written whole, read as before (1000 + 500 = 1500; 1200 + 300 ≠ 1600 flagged)
    ["whole amounts", ["本年安排资金总额共计1500万元,其中:甲项目1000万元,乙项目500万元。"], ["1500>=1000+500"], []],
    ["whole amounts, a slip", ["本年安排资金总额共计1600万元,其中:甲项目1000万元,乙项目700万元,丙项目300万元。"], ["1600=1000+700+300"], ["total-mismatch@A1"]],
  ])("%s", (_w, lines, want, flagged) => {
    expect(sums(lines)).toEqual(want);
    expect(flags(lines)).toEqual(flagged);
  });
});
