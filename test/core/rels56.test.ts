import { wholeUnitSlip } from "../../src/core/recognise/whole-unit-slips";
import { breakdownUnitSlips, sentenceBreakdownSums } from "../../src/core/recognise/sentence-breakdowns";
import { announcedUnitSlips } from "../../src/core/recognise/announced-parts";
import { proseQuantities } from "../../src/core/recognise/prose-rates";
import { statedAdjustments } from "../../src/core/relations/stated-adjustments";
import { totalsAfterParts } from "../../src/core/recognise/totals-after-parts";
import { namedBaseChanges } from "../../src/core/relations/named-base-changes";
import { announcedPartSums } from "../../src/core/recognise/announced-parts";
import type { DifferenceRelation } from "../../src/core/model/types";
import { flags, sheet } from "./probes";

/**
 * rels56 (session 56; test/fixtures/real/rels56-s56-diagnosis.md): sums, differences and units said in prose — a whole and its
 * parts whose numbers add up only in one unit (whole-unit-slips.ts), a count of persons written in 万 (prose-rates.ts
 * COUNTED_AFTER_BIG), each with the counter-shapes that must not be read. Every number below is computed by hand in its comment.
 */
/** each breakdown sum: 'whole=parts' (equal) or 'whole>=parts' (atMost) */
const sums = (lines: string[]) => sentenceBreakdownSums(sheet(lines), []).map((r) => `${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => p.value).join("+")}`);

describe("a whole and its parts adding up only in one unit (whole-unit-slips.ts)", () => {
  test.each([
    // the whole in 元, its parts in 万元: 1777 + 312 = 2089 read in 万元 (as written 2089元 = 0.2089万元 against 2089万元)
    ["2089元", ["1777万元", "312万元"], { index: -1, unit: "元", expectedUnit: "万元" }],
    // mirrored: one part in 元 among 万元: 1777 + 312 = 2089 with 1777 read in 万元
    ["2089万元", ["1777元", "312万元"], { index: 0, unit: "元", expectedUnit: "万元" }],
    // a bare 万 is 万元: 30 + 20 + 10 = 60
    ["60元", ["30万", "20万元", "10万元"], { index: -1, unit: "元", expectedUnit: "万元" }],
    // 亿 against 万: 0.8 + 0.45 = 1.25 read in 亿元, the whole printed 1.25万元
    ["1.25万元", ["0.8亿元", "0.45亿元"], { index: -1, unit: "万元", expectedUnit: "亿元" }],
    // a whole shown coarser than its parts: 12.34 + 7.71 = 20.05, 20.1 within half its last unit (0.05)
    ["20.1元", ["12.34万元", "7.71万元"], { index: -1, unit: "元", expectedUnit: "万元" }],
  ])("slip: %s over %j", (whole, parts, want) => expect(wholeUnitSlip(whole, parts)).toEqual(want));

  test.each([
    // parts in 元 that add up in 元 (1777 + 312 = 2089): no slip
    ["2089元", ["1777元", "312元"]],
    // a whole in 亿元 over parts in 万元 that add up once converted (8000 + 4500 = 12500万元 = 1.25亿元): no slip
    ["1.25亿元", ["8000万元", "4500万元"]],
    // read in 万元 they do not add up either (1777 + 300 = 2077 ≠ 2089): a slip of a number, not told here
    ["2089元", ["1777万元", "300万元"]],
    // two odd figures (元, 元 among 万元): no one unit of the others
    ["2089万元", ["1777元", "312元", "0万元"]],
    // three units: 元, 万元, 亿元
    ["2089元", ["1777万元", "312亿元"]],
    // a figure of two units ('1亿2000万')
    ["2089元", ["1亿2000万", "312万元"]],
    // 元 against 亿元: 10^8, no dropped 万
    ["2089元", ["1777亿元", "312亿元"]],
    // one part only
    ["2089元", ["2089万元"]],
    // the odd figure 0 (0元 beside 10万 + 20万 = 30万: as written they add up)
    ["30万元", ["10万元", "20万元", "0元"]],
  ])("no slip: %s over %j", (whole, parts) => expect(wholeUnitSlip(whole, parts)).toBeNull());

  test("the reader's list (sentence-breakdowns.ts): the slip told by unit-mismatch at its cell, no sum read", () => {
    // '全年预算数2089元:其中…1777万元,占比85.06%;…312万元,占比14.94%': 1777 + 312 = 2089 (万元); 1777 / 2089 = 85.06%
    const lines = ["1.项目资金到位情况分析。2024年项目资金全年预算数2089元:其中中央转移支付资金1777万元,占比85.06%;省级配套资金312万元,占比14.94%。"];
    expect(breakdownUnitSlips(sheet(lines)).map((s) => `${s.written}→${s.expectedUnit}`)).toEqual(["2089元→万元"]);
    expect(sums(lines)).toEqual([]);
    expect(flags(lines)).toContain("unit-mismatch@A1");
    // mirrored: a part in 元 — 1777 + 312 = 2089 with 1777 in 万元
    const part = ["全年预算数2089万元:其中中央转移支付资金1777元;省级配套资金312万元。"];
    expect(breakdownUnitSlips(sheet(part)).map((s) => `${s.index}:${s.written}→${s.expectedUnit}`)).toEqual(["0:1777元→万元"]);
    expect(flags(part)).toEqual(["unit-mismatch@A1"]);
  });

  test("an announced list (分别为 / 包括): the slip at the whole, or at the part in its own row", () => {
    const at = (lines: string[]) => announcedUnitSlips(sheet(lines)).map((s) => `${s.index}:${s.written}→${s.expectedUnit}@${s.row}`);
    // 分别为: 30 + 30 = 60 read in 万元, the whole printed 60元
    expect(at(["下达项目资金60元,分别为:A经费30万元;B费用30万元。"])).toEqual(["-1:60元→万元@1"]);
    expect(flags(["下达项目资金60元,分别为:A经费30万元;B费用30万元。"])).toEqual(["unit-mismatch@A1"]);
    // 包括, three parts: 10 + 20 + 30 = 60 with 20 read in 万元 (printed 20元)
    expect(at(["拨付补助资金60万元,包括种植补贴10万元、养殖补贴20元、加工补贴30万元。"])).toEqual(["1:20元→万元@1"]);
    // the parts in the rows under a row-closing announcer: the slip at its row (A3)
    expect(at(["全年下达资金80万元。具体情况如下:", "农村公路养护下达50万元。", "危桥改造下达30元。", "二、绩效目标完成情况"])).toEqual(["1:30元→万元@3"]);
    // a sample (主要用于): the main parts only, no slip told
    expect(at(["下达专项资金60元,主要用于道路维修30万元、路灯安装30万元。"])).toEqual([]);
  });

  test.each([
    // parts in 元 adding up in 元: 1777 + 312 = 2089, read as a sum (中央 / 地方: the whole's two halves, equal)
    [["全年预算数2089元:其中中央资金1777元;地方资金312元。"], ["2089=1777+312"]],
    // a 亿元 whole over 万元 parts adding up converted: 8000 + 4500 = 12500万元 = 1.25亿元
    [["全年预算数1.25亿元,其中中央资金8000万元,地方资金4500万元。"], ["1.25=0.8+0.45"]],
    // a sample (等): some of the parts only, no slip told — 1777万 + 312万 > 2089元 read as it was: not read
    [["全年预算数2089元,其中中央资金1777万元、省级资金312万元等。"], []],
  ])("no slip, read as before: %j", (lines, want) => {
    expect(breakdownUnitSlips(sheet(lines))).toEqual([]);
    expect(sums(lines)).toEqual(want);
  });
});

describe("what prose-rates.ts reads as a quantity: a figure in 万 naming persons after it is a count, no money (COUNTED_AFTER_BIG); areas and lengths in letters (COUNT_UNITS)", () => {
  test.each([
    ["1000.53万学生享受免学费政策", []],
    ["惠及120万群众", []],
    ["资助金额200.11亿元", ["money:2001100"]],
    // a bare 万 before a mark stays money (万元): 300万 = 300
    ["年中调减资金300万,", ["money:300"]],
    // 万人次 is a count of 人次: 55.67万 = 556700
    ["资助55.67万人次", ["人次:556700"]],
    // areas and lengths in letters (hm² read hm2 by proseText) or 公顷
    ["治理面积1429.39hm2,河道3.75km,造林20公顷", ["hm2:1429.39", "km:3.75", "公顷:20"]],
  ])("%s", (text, want) => expect(proseQuantities(text).map((q) => `${q.kind}:${q.value}`)).toEqual(want));

  test("a breakdown of an area in hm: 25.26 + 958.81 + 412.83 + 32.49 = 1429.39", () => {
    expect(sums(["本项目总体绩效目标为治理水土流失面积1429.39hm,其中坡改梯25.26hm,封育治理958.81hm,保土耕作412.83hm,经果林32.49hm。"])).toEqual(["1429.39=25.26+958.81+412.83+32.49"]);
  });

  test("a list pairing a count and an amount per ';' group sums each kind apart (学生资助 2016: the amounts 332.13 exactly)", () => {
    // 200.11 + 49.84 + 6.45 + 3.58 + 1.09 + 71.06 = 332.13 (亿元); the counts 1000.53万学生 / 249.21万学生 no amounts
    const lines = [
      "2016年全国共资助中等职业学校学生1502.66万人次,资助金额332.13亿元,其中:1000.53万学生享受免学费政策,资助金额200.11亿元;249.21万学生享受国家助学金政策,资助金额49.84亿元;地方政府资助55.67万人次,资助金额6.45亿元;学校资助55.07万人次,资助金额为3.58亿元;社会资助3.99万人次,资助金额1.09亿元;顶岗实习138.20万人次,资助金额为71.06亿元。",
    ];
    expect(sums(lines)).toEqual(["332.13=200.11+49.84+6.45+3.58+1.09+71.06"]);
    expect(flags(lines)).toEqual([]);
  });
});

describe("an amount adjusted in a sentence: plan ± adjustments = result (stated-adjustments.ts)", () => {
  /** each relation: 'result=minuend+addends-subtrahends' */
  const adj = (lines: string[]) =>
    (statedAdjustments(sheet(lines)) as DifferenceRelation[]).map((r) => `${r.result.value}=${r.minuend.value}${(r.addends ?? []).map((a) => "+" + a.value).join("")}${r.subtrahends.map((x) => "-" + x.value).join("")}`);
  test.each([
    // 2389 − 300 = 2089 (a bare 万 is 万元; 年中 before the word)
    [["年初预算合计2389万元,年中调减中央财政资金300万,全年预算执行数合计2089万元。"], ["2089=2389-300"]],
    // the plan the whole before a 其中 list closed there (100 + 11 = 111): 111 − 40 = 71
    [["下达我区111万元(福财直〔2020〕67号),其中低保资金100万元,孤儿基本生活保障金11万元,调减40万元(福财直〔2021〕29号),全年实际下达71万元。"], ["71=111-40"]],
    // more: 100 + 50 = 150
    [["年初预算100万元,年中追加50万元,调整后预算150万元。"], ["150=100+50"]],
    // two adjustments in a row: 100 + 30 − 20 = 110
    [["年初预算100万元,追加30万元,核减20万元,调整后预算110万元。"], ["110=100+30-20"]],
    // a slip is read (the relation evaluated elsewhere): 2389 − 300 = 2089, printed 2098
    [["年初预算合计2389万元,年中调减300万元,全年预算合计2098万元。"], ["2098=2389-300"]],
  ])("read: %j", (lines, want) => expect(adj(lines)).toEqual(want));

  test.each([
    // the result a stage of spending, not the budget's own: 全年支出 120 is no 100 + 50
    [["年初预算100万元,年中追加50万元,全年支出120万元。"]],
    // the plan a spent amount
    [["实际支出100万元,收回20万元,全年实际下达80万元。"]],
    // a comparison with another period
    [["年初预算100万元,比上年调减20万元,全年预算80万元。"]],
    // no result's word after the adjustment
    [["年初预算100万元,调减20万元,用于道路维修80万元。"]],
    // a 其中 list that does not close at the adjustment (100 + 5 ≠ 111): the plan unknown
    [["下达我区111万元,其中低保资金100万元,孤儿保障金5万元,调减40万元,全年实际下达71万元。"]],
    // amounts of different units
    [["年初预算100万元,调减200000元,全年预算80万元。"]],
    // an adjustment of a count
    [["年初计划项目10个,调减2个,全年实施项目8个。"]],
  ])("not read: %j", (lines) => expect(adj(lines)).toEqual([]));

  test("a slip of the result is flagged at its cell; the adjusted amounts that agree flag nothing", () => {
    expect(flags(["年初预算合计2389万元,年中调减300万元,全年预算合计2098万元。"])).toEqual(["total-mismatch@A1"]);
    expect(flags(["年初预算合计2389万元,年中调减300万元,全年预算合计2089万元。"])).toEqual([]);
  });
});

describe("a total after its parts (totals-after-parts.ts)", () => {
  /** each: 'whole=parts' */
  const after = (text: string) => totalsAfterParts(text).map((t) => `${t.whole.value}=${t.parts.map((p) => p.value).join("+")}`);
  test.each([
    // 375 + 376 = 751, the total's clause '共计' alone
    ["下达中央衔接推进乡村振兴补助资金375万元,省级衔接推进乡村振兴补助资金376万元,共计751万元,计划安排实施以下项目。", ["751=375+376"]],
    // the parts counted (两笔) in the sentences before: 3174 + 2958 = 6132
    ["下达我区补助资金3174万元;2022年12月20日,下达我区补助资金2958万元。以上两笔资金共计6132万元,均已到位。", ["6132=3174+2958"]],
    // counts of one unit: 3 + 5 = 8
    ["新建村级活动场所3个,改建5个,共8个。", ["8=3+5"]],
    // a base, an addition to it, the total with its verb: 33 + 4 = 37
    ["今年黄山市在省定33项民生工程的基础上,自我加压,增加安排4项市定民生工程,总共实施37项民生工程。", ["37=33+4"]],
    // a slip is read: 375 + 376 = 751, printed 715 (within a quarter of the parts)
    ["下达中央资金375万元,省级资金376万元,共计715万元。", ["715=375+376"]],
    // a bracket's amount is none of the parts, nor is a part's own 其中 (its subset): 20 + 30 = 50
    ["购置设备20万元(含税1万元),建设厂房30万元,合计50万元。", ["50=20+30"]],
    ["购置设备20万元,其中结转资金10万元,建设厂房30万元,合计50万元。", ["50=20+30"]],
    // a part in 元 among 万元 (375万元 + 3760000元 = 751万元), an approximate part (约375 + 376 = 751)
    ["中央资金375万元,省级资金3760000元,共计751万元。", ["751=375+3760000"]],
    ["中央资金约375万元,省级资金376万元,共计751万元。", ["751=375+376"]],
  ])("read: %s", (text, want) => expect(after(text)).toEqual(want));

  test.each([
    // a whole opening its list: 751 + 375 + 376 is twice the total
    ["下达资金751万元:中央资金375万元,省级资金376万元,共计751万元。"],
    // a 其中 list: the breakdown's (sentence-breakdowns.ts)
    ["下达资金751万元,其中中央资金375万元,省级资金376万元,共计751万元。"],
    // a part naming a change, or a cut (no part to add)
    ["中央资金375万元,比上年增加20万元,共计395万元。"],
    ["年初安排项目10个,年中调减2个,共8个。"],
    // counted parts that are not there (三笔, two amounts)
    ["下达资金3174万元。以上三笔资金共计6132万元。"],
    // the total's clause holds other words: no restatement
    ["中央资金375万元,省级资金376万元,共计安排项目资金751万元。"],

    // a total opening its sentence, its parts not counted: whose parts, not said
    ["中央资金375万元,省级资金376万元。共计751万元。"],

  ])("not read: %s", (text) => expect(after(text)).toEqual([]));

  test("a slip of the total is flagged at its cell, in 元 or with approximate figures too", () => {
    expect(flags(["下达中央资金375万元,省级资金376万元,共计715万元。"])).toEqual(["total-mismatch@A1"]);
    expect(flags(["下达中央资金375万元,省级资金376万元,共计751万元。"])).toEqual([]);
    expect(flags(["下达中央资金3750000元,省级资金376万元,共计715万元。"])).toEqual(["total-mismatch@A1"]);
    // 约375万元: within its allowance (5万元, 375 ≈ 375 ± 5) 751 holds, 715 (36 off) does not
    expect(flags(["下达中央资金约375万元,省级资金376万元,共计753万元。"])).toEqual([]);
    expect(flags(["下达中央资金约375万元,省级资金376万元,共计715万元。"])).toEqual(["total-mismatch@A1"]);
  });
});

describe("narrow changes in the list readers (rels56)", () => {
  test("an adjustment after a 其中 list ends it (LIST_TAIL): 100 + 11 against 111, the 调减 40 and the result 71 no parts", () => {
    // 100 + 11 = 111 (two parts: a bound); a slip of the whole (103) is then over its parts
    expect(sums(["下达我区111万元,其中低保资金100万元,孤儿基本生活保障金11万元,调减40万元,全年实际下达71万元。"])).toEqual(["111>=100+11"]);
    expect(flags(["下达我区103万元,其中低保资金100万元,孤儿基本生活保障金11万元,调减40万元,全年实际下达71万元。"])).toContain("total-mismatch@A1");
  });

  test("the retired named with a word of their post before it are outside the staff's whole (OUTSIDE): 4 = 3 + 1", () => {
    expect(sums(["县工商联现有编制数4人,其中行政编制3人,全额事业编制1人,全额退休人员2人。"])).toEqual(["4=3+1"]);
    // …only where the run before them adds up to the whole (3 + 2 = 5 against 4; 3 + 2 + 2 = 7 over 4 by more than a quarter)
    expect(sums(["县工商联现有编制数4人,其中行政编制3人,全额事业编制2人,全额退休人员2人。"])).toEqual([]);
  });

  test("a list of pairs in ',' segments — each part a count, then its amount — sums each kind apart: 2543.84 + 755 + 6.16 = 3305", () => {
    // money: 2543.84 + 755 + 6.16 = 3305 (three parts, equal); counts: 9 + 4 = 13 of 14 (the third counted in 项, another unit:
    // the list of 个 ends there, a bound)
    expect(sums(["调整后项目库总规模3305万元,共储备项目14个,其中产业项目储备项目共9个,资金规模2543.84万元,基础设施项目共4个,资金规模755万元,提取项目管理费1项,资金规模6.16万元。"])).toEqual([
      "14>=9+4",
      "3305=2543.84+755+6.16",
    ]);
    // …a part's own figure of another kind after it is passed over too (120户 is the 产业项目's): 2543.84 + 755 + 6.16 = 3305
    expect(sums(["总规模3305万元,其中产业项目2543.84万元,涉及农户120户,基础设施项目755万元,管理费6.16万元。"])).toEqual(["3305=2543.84+755+6.16"]);
    // …but figures of another kind beside no part of this kind open nothing: not read
    expect(sums(["总规模3305万元,其中涉及农户120户,带动就业300人,产业项目2543.84万元,基础设施项目755万元,管理费6.16万元。"])).toEqual([]);
  });

  test("projects counted in 个 by the whole and in 项 by its parts, each part named a 项目: 3 + 2 + 1 = 6", () => {
    expect(sums(["共安排了6个项目,项目总投资为1259万元,其中:基础设施建设项目3项,总资金938万元;产业发展项目2项,总资金307万元;项目管理1项,投资14万元。"])).toEqual([
      "6=3+2+1",
      "1259=938+307+14",
    ]);
    // …not parts named otherwise (two statuses of the projects: 33 + 3 over 35 is no breakdown)
    expect(sums(["有35个项目超过序时进度,其中省定33项民生工程全部超过序时进度;公共文化服务信息化建设等3项已完成全年任务。"])).toEqual([]);
    // …nor where the whole counts in 项 itself (the 7个方面 beside it no whole)
    expect(sums(["今年全省共安排重点项目141项,主要涉及水利、交通等7个方面。其中,续建项目70项,新开工项目71项。"])).toEqual(["141>=70+71"]);
  });

  test("a clause counting the items between a whole and its announcer (announced-parts.ts ITEM_COUNT): 30 + 30 = 60", () => {
    const read = (lines: string[]) => announcedPartSums(sheet(lines), []).map((r) => `${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => p.value).join("+")}`);
    expect(read(["2020年市财政共计下达单位市级项目资金60万元,涉及2个项目,分别为:青少年管理事务工作经费30万元;共青团代表大会费用30万元。"])).toEqual(["60=30+30"]);
    // a clause of another kind between (a rate): not read
    expect(read(["2020年下达项目资金60万元,执行率100%,分别为:A经费30万元;B费用30万元。"])).toEqual([]);
  });
});

describe("a change against an amount the sentence names and states (named-base-changes.ts)", () => {
  const changes = (lines: string[]) =>
    (namedBaseChanges(sheet(lines)) as DifferenceRelation[]).map((r) => `${r.result.value}=${r.minuend.value}-${r.subtrahends[0].value}`);
  test.each([
    // grew: 1781.86 − 1022.89 = 758.97
    [["2024年部门年初预算1022.89万元,年中调整预算为1781.86万元,比年初预算增加758.97万元,全年执行数1767.21万元。"], ["758.97=1781.86-1022.89"]],
    // fell: 500 − 460 = 40
    [["计划投资500万元,实际完成投资460万元,比计划减少40万元。"], ["40=500-460"]],
    // a slip read: 1781.86 − 1022.89 = 758.97, printed 785.97
    [["年初预算1022.89万元,调整预算为1781.86万元,比年初预算增加785.97万元。"], ["785.97=1781.86-1022.89"]],
    // the changed amount's subject before 比: 1060.30 − 910.47 = 149.83
    [["年初下达预算支出910.47万元,年底决算支出1060.30万元,实际支出比预算增加149.83万元。"], ["149.83=1060.3-910.47"]],
  ])("read: %j", (lines, want) => expect(changes(lines)).toEqual(want));

  test.each([
    // the base not stated in the sentence (上年)
    [["本年支出1781.86万元,比上年增加758.97万元。"]],
    // the base a comparison itself: '比上年减少0.28万元' is no amount of 上年
    [["公务用车运行维护费5万元,比上年减少0.28万元,公务接待费30万元,比上年减少2万元。"]],
    // the changed amount naming the base's words itself
    [["年初预算1022.89万元,年初预算调整为1781.86万元,比年初预算增加758.97万元。"]],
    // a change in per cent
    [["年初预算1000万元,调整预算为1200万元,比年初预算增长20%。"]],
    // amounts of different units
    [["年初预算1000万元,调整预算为12000000元,比年初预算增加200万元。"]],
  ])("not read: %j", (lines) => expect(changes(lines)).toEqual([]));

  test("a slip of the change is flagged at its cell", () => {
    expect(flags(["年初预算1022.89万元,调整预算为1781.86万元,比年初预算增加785.97万元。"])).toEqual(["total-mismatch@A1"]);
    expect(flags(["年初预算1022.89万元,调整预算为1781.86万元,比年初预算增加758.97万元。"])).toEqual([]);
  });
});
