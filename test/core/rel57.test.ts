import { changeUnitSlip } from "../../src/core/recognise/change-unit-slips";
import { spentAndUnspentRates } from "../../src/core/relations/spent-and-unspent-rates";
import { differences, flags, ratios, sheet, sums } from "./probes";

/**
 * rel57 (session 57; test/fixtures/real/rel57-s57-diagnosis.md): relations publishers print that the engine did not read.
 * Every number below is computed by hand in its comment.
 */

describe("a change's unit 10^4 off its two amounts (change-unit-slips.ts, unit-mismatch.ts)", () => {
  test.each<[string, [string, string, string, string, string], string | null]>([
    // 259 − 139 = 120 in 万元, the change printed in 元: 元 where 万元 belongs
    ["the change in 元 between amounts in 万元", ["259", "139", "万元", "120", "元"], "元→万元"],
    // mirrored: 1200 − 1080 = 120 in 元, printed in 万元
    ["the change in 万元 between amounts in 元", ["1200", "1080", "元", "120", "万元"], "万元→元"],
    // a decrease: 17531 − 12037 = 5494
    ["a decrease", ["12037", "17531", "万元", "5494", "元"], "元→万元"],
    // counter-shapes: 259 − 139 = 120 ≠ 12 (another number: the difference reader's); the same unit (no slip of it); 元
    // against 亿 (10^8 apart); a change of 0
    ["another number", ["259", "139", "万元", "12", "元"], null],
    ["the same unit", ["259", "139", "万元", "120", "万元"], null],
    ["10^8 apart", ["259", "139", "亿元", "120", "元"], null],
    ["a change of 0", ["139", "139", "万元", "0", "元"], null],
  ])("%s", (_name, [a, b, unit, change, changeUnit], want) => {
    const s = changeUnitSlip(a, b, unit, change, changeUnit);
    expect(s ? `${s.unit}→${s.expectedUnit}` : null).toBe(want);
  });

  test.each<[string, string[], string[], string[]]>([
    // 牟定 (scan): 259 − 139 = 120 万元, printed 增支120元 — a unit slip, no difference of 120 元 (that would be total-mismatch);
    // the rate 86.3% is not checked against a change in another unit
    ["增支 in 元 between 万元", ["科学技术支出259万元,比上年同期139万元增支120元,增长86.3%。"], [], ["unit-mismatch@A1"]],
    // 增支 / 减支 / 增收 / 减收 read as 增加 / 减少: 5379 − 4917 = 462 ✓, 462 / 4917 = 9.40% ✓ 9.4%
    ["增支 read as a change", ["公共安全支出5,379万元,比上年同期4,917万元增支462万元,增长9.4%。"], ["462=5379-4917"], []],
    // 17531 − 12037 = 5494 ✓, 5494 / 17531 = 31.34% ✓ 31.3%
    ["减支 read as a change", ["一般公共服务支出12,037万元,比上年同期17,531万元减支5,494万元,下降31.3%。"], ["5494=17531-12037"], []],
    // 15362 − 13266 = 2096 ✓; printed 增收2,196万元: a slip of the number, flagged as a difference (no unit slip)
    ["增收 of another number", ["非税收入完成15,362万元,比上年同期13,266万元增收2,196万元。"], ["2196=15362-13266"], ["total-mismatch@A1"]],
  ])("%s", (_name, lines, read, flagged) => {
    expect(differences(lines)).toEqual(read);
    expect(flags(lines)).toEqual(flagged);
  });
});

describe("a growth rate before the change it is of (rate-then-change.ts)", () => {
  test.each<[string, string[], string[], string[]]>([
    // 12463 − 913 = 11550; 913 / 11550 = 7.905% ✓ 7.9%
    ["rate, then 增收", ["第一季度全县累计入库各项税收收入12463万元,同比增长7.9%,增收913万元。"], ["913/11550=7.9"], []],
    // 黄平 (scan): a gloss in brackets and a share clause between: 28583 − 2798 = 25785, 2798 / 25785 = 10.851% ✓ 10.85%
    ["a gloss and a share between", ["地方一般公共预算收入完成28,583万元(自然口径),占调整预算105.47%,同比增长10.85%,增收2,798万元。"], ["2798/25785=10.85"], []],
    // 黄平 (scan): 30161 − 4376 = 25785; 4376 / 25785 = 16.97%, printed 14.6%: flagged
    ["the rate miscomputed", ["地方一般公共预算收入(同口径)完成30,161万元,同比增长14.6%,增收4,376万"], ["4376/25785=14.6"], ["ratio-mismatch@A1"]],
    // a decrease: 6222 + 2736 = 8958; 2736 / 8958 = 30.54% ✓ 30.5%
    ["rate down, then 减收", ["政府性基金收入完成6,222万元,同比下降30.5%,减收2,736万元。"], ["2736/8958=30.5"], []],
    // the amount nearest the rate is its: 5000 − 370 = 4630, 370 / 4630 = 7.99% ✓ 8.0% (12463 − 370 = 12093 would give 3.06%)
    ["the nearest amount", ["税收收入12463万元,增值税5000万元,同比增长8.0%,增收370万元。"], ["370/4630=8"], []],
    // counter-shapes: a rate up before a decrease (the two say different things); a change in another unit; a part after 其中
    // (the rate may be its whole's); a stop between
    ["directions differ", ["税收收入12463万元,同比增长7.9%,减收913万元。"], [], []],
    ["units differ", ["税收收入12463万元,同比增长7.9%,增收913元。"], [], []],
    // a figure of two units: '1亿2000万元' is no 2000万元
    ["a figure of two units", ["税收收入1亿2000万元,同比增长7.9%,增收913万元。"], [], []],
    ["a part after 其中", ["税收收入12463万元,其中增值税5000万元,同比增长7.9%,增收913万元。"], [], []],
    ["a stop between", ["税收收入12463万元。同比增长7.9%,增收913万元。"], [], []],
  ])("%s", (_name, lines, read, flagged) => {
    expect(ratios(lines)).toEqual(read);
    expect(flags(lines)).toEqual(flagged);
  });
});

describe("a rate over the part spent and the part left (spent-and-unspent-rates.ts)", () => {
  test.each<[string, string[], string[], string[]]>([
    // 乡村振兴 (scan): 18501.096 + 703 = 19204.096; 18501.096 / 19204.096 = 96.34%, printed 95%: flagged
    ["支付 + 未支, 支付率 miscomputed", ["资金支付18501.096万元,未支703万元,支付率95%。"], ["18501.096/19204.096=95"], ["ratio-mismatch@A1"]],
    // 18501.096 / 19204.096 = 96.34% ✓
    ["支付 + 未支, 支付率 right", ["资金支付18501.096万元,未支703万元,支付率96.34%。"], ["18501.096/19204.096=96.34"], []],
    // 2 / (2 + 0) = 100% ✓
    ["使用 + 结余, 执行率", ["项目资金已使用2.00万元,结余0万元,资金执行率100%。"], ["2/2=100"], []],
    // the part left's rate: 20 / (80 + 20) = 20% ✓
    ["the part left's rate", ["已拨付80万元,未拨付20万元,未拨付率20%。"], ["20/100=20"], []],
    // the whole printed before the part done: 33.80 + 0.08 = 33.88 ✓ (the 分配率 99.8% = 33.80 / 33.88 = 99.76% ✓ is read by
    // prose-rates.ts already); printed 合计33.98: 33.80 + 0.08 = 33.88 ≠ 33.98, flagged
    ["the whole before the part done", ["縣區直達資金合計33.88億元,已分配33.80億元,未分配0.08億元,分配率99.8%。"], [], []],
    ["the whole before, miscomputed", ["縣區直達資金合計33.98億元,已分配33.80億元,未分配0.08億元,分配率99.5%。"], [], ["total-mismatch@A1"]],
    // counter-shapes: a rate of another word (完成率: its base is a plan); 未 of another verb (未到位 after 支付); amounts in two
    // units; a clause between the part left and the rate
    ["a rate of another word", ["资金支付80万元,未支20万元,完成率95%。"], [], []],
    ["未 of another verb", ["资金支付80万元,未到位20万元,支付率80%。"], [], []],
    ["two units", ["资金支付80万元,未支20元,支付率80%。"], [], []],
    ["a clause between", ["资金支付80万元,未支20万元,主要是质保金,支付率95%。"], [], []],
  ])("%s", (_name, lines, read, flagged) => {
    if (read.length || !lines[0].includes("合計")) expect(ratios(lines)).toEqual(read);
    expect(flags(lines)).toEqual(flagged);
  });

  test("the whole before the part done is their sum", () => {
    // 33.80 + 0.08 = 33.88 (in 万元: 338000 + 800 = 338800), printed 31.51: read and flagged (the clean line's 未分配 is read as
    // 合计 less 已分配 by stated-differences.ts only where it holds — the same statement, not read twice)
    const slipped = ["縣區直達資金合計31.51億元,已分配33.80億元,未分配0.08億元,分配率99.8%。"];
    expect(sums(slipped)).toEqual(["315100=338000+800"]);
    expect(flags(slipped)).toContain("total-mismatch@A1");
    expect(sums(["縣區直達資金合計33.88億元,已分配33.80億元,未分配0.08億元,分配率99.8%。"])).toEqual([]);
    // counter-shape: a part not said done (no 已) — '安排100万元,支付60万元,…' may leave a part unsaid: no sum, the rate read
    // over the two parts, 60 / (60 + 20) = 75% ✓
    expect(sums(["安排资金100万元,支付60万元,未支付20万元,支付率75%。"])).toEqual([]);
    // (prose-rates.ts reads this 支付率 over the 安排 already; the reader's own reading, asked alone:)
    const own = spentAndUnspentRates(sheet(["安排资金100万元,支付60万元,未支付20万元,支付率75%。"]));
    expect(own.map((r) => (r.kind === "ratio" ? `${r.numerator.value}/${r.denominator.value}=${r.stated.value}` : r.kind))).toEqual(["60/80=75"]);
  });
});

describe("aspects opening a clause of the whole's own cell (aspect-sentences.ts)", () => {
  const huaian =
    "365个市重大产业项目已开工326个,完成投资887.44亿元,完成年度计划62.14%。从建设性质看,83个结转项目完成投资472.63亿元,完成年度计划69.26%;282个新列项目完成投资414.81亿元,完成年度计划55.62%。从行业类别看,340个工业项目完成投资827.14亿元,完成年度计划62.54%;19个服务业项目完成投资45亿元,完成年度计划50.87%;6个农业项目完成投资15.3亿元,完成年度计划88.95%。";
  const huangping =
    "地方一般公共预算收入完成28,583万元(自然口径),占调整预算105.47%,完成排名全州第6位,从征收部门来看:税务部门完成13,866万元,占调整预算100.93%;财政部门完成14,717万元,占调整预算110.14%。从收入分类来看,税收收入完成11,136万元,占调整预算90.75%;非税收入完成17,447万元,占调整预算117.66%。";
  test.each<[string, string[], string[], string[]]>([
    // 472.63 + 414.81 = 887.44 ✓ (also read as a bound by sentence-breakdowns.ts); 827.14 + 45 + 15.3 = 887.44 ✓
    ["two aspects of one whole", [huaian], ["887.44>=472.63+414.81", "887.44=472.63+414.81", "887.44=827.14+45+15.3"], []],
    // 13,866 + 14,717 = 28,583 ✓; 11,136 + 17,447 = 28,583 ✓ (the whole's words 收入完成, the parts' 部门完成: both end 完成)
    // (the first also read as a bound by sentence-breakdowns.ts)
    ["the whole by the parts' last words", [huangping], ["28583>=13866+14717", "28583=13866+14717", "28583=11136+17447"], []],
    // 13,866 + 14,717 = 28,583 ≠ 28,683: flagged
    ["a part slipped", [huangping.replace("14,717", "14,817")], ["28583=13866+14817", "28583=11136+17447"], ["total-mismatch@A1"]],
    // counter-shapes: parts under half the whole (some classes only: 100 + 200 = 300 < 887.44 / 2); one part only; a
    // '情况' opener ('按计划完成情况' is no aspect)
    // (sentence-breakdowns.ts reads the bound)
    ["some classes only", ["全市完成投资887.44亿元。从行业类别看,工业项目完成投资100亿元;服务业项目完成投资200亿元。"], ["887.44>=100+200"], []],
    ["one part", ["全市完成投资887.44亿元。从行业类别看,工业项目完成投资827.14亿元。"], [], []],
    // an aspect of the main classes only: 500 + 300 = 800 of 887.44, no partition (sentence-breakdowns.ts reads the bound)
    ["main classes only", ["全市完成投资887.44亿元。从主要行业看,工业项目完成投资500亿元;服务业项目完成投资300亿元。"], ["887.44>=500+300"], []],
    ["no aspect", ["全市完成投资887.44亿元,按计划完成情况,工业项目完成投资472.63亿元;服务业项目完成投资414.81亿元。"], [], []],
  ])("%s", (_name, lines, read, flagged) => {
    expect(sums(lines)).toEqual(read);
    expect(flags(lines)).toEqual(flagged);
  });
});

describe("a count of things over the same things by state (status-counts.ts)", () => {
  test.each<[string, string[], string[], string[]]>([
    // 海区 (real): 38 + 10 + 21 + 13 = 82 ✓ (the 采纳 count between two states is one of the ways the problems went)
    ["four ways, one between in no state", ["2021年,海區審計局審計發現問題82個,截至7月底,已整改問題38個,采納審計建議10個,正在整改問題21個,移送問題13個,整改率達到66%。"], ["82=38+10+21+13"], []],
    // …its last state set apart by a stop (a benign print, prec49's split-last-part): still 82 = 38 + 10 + 21 + 13
    ["the last state after a stop", ["審計發現問題82個,截至7月底,已整改問題38個,采納審計建議10個,正在整改問題21個。移送問題13個,整改率達到66%。"], ["82=38+10+21+13"], []],
    // 瑞金 (real): 40 + 10 = 50 ✓ (the 13个 after the last state, and the amounts, are no parts)
    ["amounts between the states", ["共计50项具体问题,问题资金251023.54万元,报告日已整改40项,整改到位资金215587.84万元,正在整改10项(含部分整改),出台13个规章制度。"], ["50=40+10"], []],
    // 4 + 2 = 6 ✓ (the not-done state first)
    ["partly done first", ["预算执行问题6项,涉及金额237054.47万元,部分整改4项,已整改2项。"], ["6=4+2"], []],
    // 25 + 5 = 30 ≠ 32: flagged
    ["a state's count slipped", ["发现问题32个,已整改25个,正在整改5个。"], ["32=25+5"], ["total-mismatch@A1"]],
    // handling: 120 + 8 = 128 ✓
    ["cases handled and in hand", ["全年受理信访案件128件,已办结120件,正在办理8件。"], ["128=120+8"], []],
    // counter-shapes: a done state only (no partition); states of two kinds; the whole in another sentence; what the whole
    // counts not named (村); a count in brackets (a part's own detail)
    ["done only", ["发现问题30个,已整改25个,整改率83%。"], [], []],
    ["two kinds of state", ["发现问题30个,已整改25个,正在办理5个。"], [], []],
    ["another sentence", ["发现问题30个。已整改25个,正在整改5个。"], [], []],
    ["the whole counts villages", ["涉及5个村,已整改25个,正在整改5个。"], [], []],
    ["the rest named after", ["发现问题32个,已整改25个,正在整改5个,其余问题已纳入长效机制。"], [], []],
  ])("%s", (_name, lines, read, flagged) => {
    expect(sums(lines)).toEqual(read);
    expect(flags(lines)).toEqual(flagged);
  });
});
