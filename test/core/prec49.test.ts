import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { proseText } from "../../src/core/recognise/prose-rates";
import { measure, sentenceSources, VARIANT_NAMES } from "./prec49-variants";

/**
 * prec49 (session 49; test/fixtures/real/prec49-diagnosis.md): false flags in prose — an amount named as due is the base of
 * a rate, a 其中 list runs on past ';' (and its last part past '。'), a list ends at a clause of another amount of the money —
 * and the benign variants of every real prose relation (prec49-variants.ts). Each reading with its near variants and the
 * near shapes that must still flag.
 */
const flags = (lines: string[]) =>
  review(Grid.fromValues("Sheet1", lines.map((l) => [l]), []), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);
const of = (rule: string, lines: string[]) => flags(lines).filter((x) => x.startsWith(rule));

const REPORT = "2023年1-4级残疾军人护理费项目支出绩效自评报告";
const OVERVIEW = "一、基本概况";

describe("an amount named as due is the base of a report's 执行率, never the amount done (prose-rates.ts reportLineRate)", () => {
  // 临夏 A7: '全年应执行数为7.79万元,实际执行率为100%' after the two parts 3.89 + 3.89 (no executed amount printed)
  test.each([
    ["2023年省级下拨护理费3.89万元;市级下拨护理费3.89万元;全年应执行数为7.79万元,实际执行率为100%。"],
    ["2023年省级下拨护理费3.89万元;市级下拨护理费3.89万元;全年应支出7.79万元,执行率为100%。"],
    ["2023年省级下拨护理费3.89万元,市级下拨护理费3.89万元,全年应拨付资金7.79万元,资金执行率100%。"],
    ["2023年省级下拨护理费3.89万元;市级下拨护理费3.89万元;计划执行7.79万元,实际执行率为100%。"],
    ["2023年省級下撥護理費3.89萬元;市級下撥護理費3.89萬元;全年應執行數為7.79萬元,實際執行率為100%。"],
  ])("nothing done printed: no rate read (%s)", (line) => {
    expect(of("exec-rate", [REPORT, OVERVIEW, line])).toEqual([]);
  });
  test("the due amount stated after the done one is the base: 7.5 / 7.79 = 96.28% holds, 90% flagged", () => {
    const line = (rate: string) => `2023年省级下拨护理费3.89万元,市级下拨护理费3.9万元,实际支出7.5万元,全年应执行数为7.79万元,执行率${rate}。`;
    expect(of("exec-rate", [REPORT, OVERVIEW, line("96.28%")])).toEqual([]);
    expect(of("exec-rate", [REPORT, OVERVIEW, line("90%")])).toEqual(["exec-rate-mismatch@A3"]);
  });
  test("must still flag: 预算执行数 is an amount done (no due word), its rate off", () => {
    const line = (rate: string) => `年初预算安排8万元,预算执行数为7.79万元,执行率${rate}。`;
    expect(of("exec-rate", [REPORT, OVERVIEW, line("97.38%")])).toEqual([]);
    expect(of("exec-rate", [REPORT, OVERVIEW, line("90%")])).toEqual(["exec-rate-mismatch@A3"]);
  });
  test("按计划拨付 names an amount paid (按 before 计划): its rate still read", () => {
    expect(of("exec-rate", [REPORT, OVERVIEW, "年初预算安排8万元,按计划拨付资金7.79万元,执行率90%。"])).toEqual(["exec-rate-mismatch@A3"]);
  });
});

const RIVER = "永兴县水利局2019年度九山河耒水治理工程青苗费监理费专项资金绩效评价报告";
describe("a total's 其中 list running on past ';' into a second group (sentence-sums.ts runOnParts)", () => {
  const yongxing = (first = "22", total = "85.98", sep = ";") =>
    `2019年度专项资金绩效评价资金总计${total}万元,其中九山河一期治理工程监理费${first}万元,建设用地测绘费4.98万元,青苗补偿费16.11万元${sep}耒水河永兴县河段治理工程(塘门口)监理费12.66万元,建设用地测绘费2.68万元,青苗补偿费27.55万元。`;
  test.each([
    ["the real sentence", yongxing()],
    ["full-width ';'", yongxing("22", "85.98", "；")],
    ["the groups set apart by '、' inside", yongxing().replace(/万元,(?=[建青])/g, "万元、")],
    ["繁體", "2019年度專項資金績效評價資金總計85.98萬元,其中九山河一期治理工程監理費22萬元,建設用地測繪費4.98萬元,青苗補償費16.11萬元;耒水河永興縣河段治理工程(塘門口)監理費12.66萬元,建設用地測繪費2.68萬元,青苗補償費27.55萬元。"],
    ["three groups", "项目资金合计60万元,其中甲村道路12万元,甲村水渠8万元;乙村道路15万元,乙村水渠5万元;丙村道路14万元,丙村水渠6万元。"],
    ["in 元", "资金总计859800元,其中一期监理费220000元,测绘费49800元,青苗补偿费161100元;二期监理费126600元,测绘费26800元,青苗补偿费275500元。"],
    ["the total restated after the run", yongxing().replace(/。$/, ",以上合计85.98万元。")],
    ["the run's last part in a sentence of its own", yongxing().replace(",青苗补偿费27.55万元。", "。青苗补偿费27.55万元。")],
  ])("%s: no flag", (_n, line) => expect(of("total-mismatch", [RIVER, line])).toEqual([]));
  test("must still flag: a slip in the first group (32 for 22) and in the second (22.66 for 12.66)", () => {
    expect(of("total-mismatch", [RIVER, yongxing("32")])).toEqual(["total-mismatch@A2"]);
    expect(of("total-mismatch", [RIVER, yongxing().replace("12.66", "22.66")])).toEqual(["total-mismatch@A2"]);
  });
  test("the cut list adding up keeps its reading: the clause after ';' another group of the same kind", () => {
    expect(of("total-mismatch", [RIVER, "资金总计43.09万元,其中九山河监理费22万元,测绘费4.98万元,青苗补偿费16.11万元;耒水河监理费12.66万元。"])).toEqual([]);
  });
  test("must not run on: a clause after ';' with a verb of its own (安排, 支出) or a new whole", () => {
    expect(of("total-mismatch", [RIVER, "资金总计60万元,其中甲10万元,乙20万元,丙30万元;另安排丁项目50万元。"])).toEqual([]);
    expect(of("total-mismatch", [RIVER, "资金总计60万元,其中甲10万元,乙20万元,丙30万元;全年支出55万元。"])).toEqual([]);
    // (…and the cut list's slip is still flagged there)
    expect(of("total-mismatch", [RIVER, "资金总计60万元,其中甲20万元,乙20万元,丙30万元;全年支出55万元。"])).toEqual(["total-mismatch@A2"]);
  });
});

describe("a list ends at a clause of another amount of the money; a bracket and a nested 其中 are no parts", () => {
  const ordos = (first = "11.8", tail = "") => `2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待${first}万元,公务用车运行费用10万元${tail}。`;
  test.each([
    [",全年应执行数为27.25万元"],
    [",计划完成25万元"],
    [",截至年底累计拨付65.4万元"],
    [",实际支出20.12万元"],
    [",以上合计21.8万元"],
  ])("'%s' after the list: no part of it", (tail) => {
    expect(of("total-mismatch", ["某单位2022年三公经费预算说明", ordos("11.8", tail)])).toEqual([]);
    expect(of("total-mismatch", ["某单位2022年三公经费预算说明", ordos("21.8", tail)])).toEqual(["total-mismatch@A2"]);
  });
  const linhe = (restate: string) => `2023年收到财政资金共2330.9万元,其中:中央资金1372.7万元${restate},地方资金98.6万元,其他资金859.6万元。`;
  test.each([["(其中结转资金686.35万元)"], ["(含结转资金686.35万元)"], [",其中结转资金686.35万元"]])("a part restated (%s): no flag", (restate) => {
    expect(of("total-mismatch", ["某旗优抚对象补助资金自评报告", linhe(restate)])).toEqual([]);
  });
  test("a part whose own amount is in its bracket is still a part: '中央(30万元)'", () => {
    const line = (a: number) => `项目资金共60万元,其中:中央(${a}万元),省级(20万元),县级(10万元)。`;
    expect(of("total-mismatch", ["某项目支出绩效自评报告", line(30)])).toEqual([]);
    expect(of("total-mismatch", ["某项目支出绩效自评报告", line(40)])).toEqual(["total-mismatch@A2"]);
  });
  test("the 共 of 公共 opens no total; a total inside another 其中 list is not read", () => {
    const line = "下达我市2021年公共文化服务体系建设专项资金1883万元。其中,公共数字文化建设47万元,其中结转资金23.5万元,戏曲公益性演出212万元,一般项目1265万元,绩效奖励299万元,其他60万元。";
    expect(of("total-mismatch", ["某市文旅局转移支付自评报告", line])).toEqual([]);
  });
});

describe("allocations: the list's end (sentence-sums.ts allocations)", () => {
  const relief = (last: string) =>
    `1.2023年中央财政下达我市困难群众救助补助资金35331.2万元,其中,磴口县5079.16万元;杭锦后旗4035.12万元;临河区6684.17万元;五原县5134.25万元;乌拉特前旗8056.43万元;乌拉特中旗2995.07万元;乌拉特后旗2803万元;儿童福利院50万元;社会福利院58万元;精神病康复福利院350万元${last}`;
  const title = "某市困难群众救助补助资金绩效自评报告";
  test.each([
    ["the last part in a sentence of its own", "。救助站86万。"],
    ["the last part in a sentence of its own, in 万元", "。救助站86万元。"],
  ])("%s: read on where that adds up", (_n, last) => expect(of("total-mismatch", [title, relief(last)])).toEqual([]));
  test("must still flag: the same split with a slip (the run-on does not add up either)", () => {
    expect(of("total-mismatch", [title, relief("。救助站96万。")])).toEqual(["total-mismatch@A2"]);
  });
  test("a second whole after ';' with its own 其中, or naming a total, ends the list", () => {
    expect(of("total-mismatch", [title, relief(";救助站86万;2024年中央财政下达我市困难群众救助补助资金100万元,其中,磴口县50万元;杭锦后旗30万元;临河区20万元。")])).toEqual([]);
    expect(of("total-mismatch", [title, relief(";救助站86万;以上资金合计35331.2万元。")])).toEqual([]);
    expect(of("total-mismatch", [title, relief(";救助站86万;项目年初总体目标为:2024年中、省下达资金合计2134.4万元。")])).toEqual([]);
  });
});

describe("a percent in words (prose-rates.ts proseText)", () => {
  test.each([
    ["执行率为百分之90", "执行率为90%"],
    ["执行率百分之 92.5,", "执行率92.5%,"],
    ["百分之百", "百分之百"],
  ])("%s", (a, b) => expect(proseText(a)).toBe(b));
  test("a rate written 百分之 is read: 90 / 100 holds, 百分之80 flagged", () => {
    const line = (r: string) => `项目年初预算100万元,实际支出90万元,执行率为百分之${r}。`;
    expect(of("exec-rate", ["某项目支出绩效自评报告", "一、基本情况", line("90")])).toEqual([]);
    expect(of("exec-rate", ["某项目支出绩效自评报告", "一、基本情况", line("80")])).toEqual(["exec-rate-mismatch@A3"]);
  });
});

/** clean prints the engine still flags (`<id>|<variant>`, with the diagnosed cause): each must still be flagged */
const KNOWN_FALSE_PRINTS: Record<string, string> = {
  // (rel60b, session 60) a sentence that became a source through three-public-expenses.ts: the print puts '其中结转资金43.16万元'
  // between 因公出国(境)费86.33万元 and its change ('比2022年减少38.79万元,下降31.00%'), which the change readers (inline-changes.ts,
  // prose-growth.ts) then take as the 结转资金's — whose change it is the print itself does not say; both readers would need the rule
  "cn-palace-museum-dept-budget-2023-news-mirror|part-restated-comma": "a change after a part's 其中 subset read as the subset's (inline-changes.ts, prose-growth.ts)",
  // sx-changzhi-shangdang-poverty-alleviation-funds-plan-2019-excerpt split-last-part: closed by grad51a (session 51): the run-on reading (sentence-sums.ts runOnParts) leaves a part's gloss in brackets out, '222万元(第一批122万元,第二批100万元)'
  // (prose51, session 51: sentences that became sources through sentence-breakdowns.ts; the false prints are other readings of
  // the printed variant, not found before because the sentence was no source)
  // hn-ningxiang-batang-target|part-restated-comma: closed by dev59 (session 59): a bracket's 其中 list after a figure a 其中 clause names ('…6923.3552万元,其中结转资金3461.6776万元(其中:上级财政资金:6923.3552万元;本级财政:0万元)') whose parts run more than a quarter past that figure breaks down no part of it — not read as its breakdown (sentence-sums.ts bracketedLists, as sentence-breakdowns.ts reads parts so far over their whole)
  // sc-garze-key-projects-investment-progress-2017-09|plan-before: closed by dev58 (session 58): a print artefact — the plan, 1.25 × the sum's whole, was put before a sentence stating the whole's rate of its plan right after it ('累计完成投资104.08亿元,完成年度计划的94.98%'), which the inserted plan contradicts (104.08 / 130.10 = 80%): any reader takes it as the rate's base; the generator now puts the plan that rate states, whole / rate (prec49-variants.ts planOfRate)
  // yn-honghe-luxi-agri-integrated-funds-balance-bulletin-2019-12-excerpt|plan-before: closed by dev58 (session 58): a print artefact — the plan, 1.25 × the sum's whole, was put before a sentence stating the whole's rate of its plan right after it ('累计完成投资104.08亿元,完成年度计划的94.98%'), which the inserted plan contradicts (104.08 / 130.10 = 80%): any reader takes it as the rate's base; the generator now puts the plan that rate states, whole / rate (prec49-variants.ts planOfRate)
  // cq-changshou-womens-federation-unit-budget-2021-excerpt|plan-before: closed by dev57 (session 57): a print artefact — the generator put the plan before the line's own code '(一)收入预算:', which no writer does; it now goes after a head's code and label opening the sentence (prec49-variants.ts HEAD_OPENING), the code still opening its line
  // yn-emergency-dept-central-natural-disaster-funds-transfer-selfeval-report-2022-excerpt|plan-before: closed by dev58 (session 58): a print artefact — the plan, 1.25 × the sum's whole, was put before a sentence stating the whole's rate of its plan right after it ('累计完成投资104.08亿元,完成年度计划的94.98%'), which the inserted plan contradicts (104.08 / 130.10 = 80%): any reader takes it as the rate's base; the generator now puts the plan that rate states, whole / rate (prec49-variants.ts planOfRate)
  // sc-meishan-disabled-persons-development-fund-selfeval-report-excerpt|plan-before: closed by dev57 (session 57): a print artefact — the plan was put right before '其中,中央资金…', which then breaks down the plan (a human reads 1334 as the whole of 776.84 + 290.36 too); the generator no longer puts the plan before a sentence opening on 其中
  // sn-xian-huyi-final-accounts-three-budgets-2020-excerpt|second-group-semicolon: closed by dev59 (session 59): the print restates the revenue's 收入总量 (49.70 after 24.85) before the spending's 22.15; the rest '收支总量相抵后,累计结余2.70亿元' is now the difference with the revenue whole of that name it holds with (24.85 − 22.15), the nearer only where none does (balance-totals.ts earlierIncomeRest)
  // sn-xian-huyi-final-accounts-three-budgets-2020-excerpt|second-group-stop: closed by dev59 (session 59): as second-group-semicolon
  // ah-huangshan-livelihood-projects-progress-2013-h1-excerpt|second-group-semicolon: closed by dev58 (session 58): a print artefact — the copy doubled each money figure as printed, and with them the source's rounding residue, 黄山 A4 (39.24 over 39.2298): past one unit, which no writer's figures rounded once carry; the copy's money totals are now the sums of its doubled parts at the totals' precision (prec49-variants.ts secondGroup)
  // ah-huangshan-livelihood-projects-progress-2013-h1-excerpt|second-group-stop: closed by dev58 (session 58): a print artefact — the copy doubled each money figure as printed, and with them the source's rounding residue, 黄山 A4 (39.24 over 39.2298): past one unit, which no writer's figures rounded once carry; the copy's money totals are now the sums of its doubled parts at the totals' precision (prec49-variants.ts secondGroup)
  // tj-binhai-final-accounts-general-budget-balance-2023-excerpt|second-group-semicolon: closed by dev61 (session 61): a whole written in 亿 and shown coarser than every part agrees within half its own last unit of their sum, in tolerance.ts for every sum reader (346亿元 over 67.4 + 239.4 + 39.4 = 346.2; a whole in 万元 keeps the parts' precision: 10万元 over 10 + 0.05 stays a slip)
  // tj-binhai-final-accounts-general-budget-balance-2023-excerpt|second-group-stop: closed by dev61 (session 61): as second-group-semicolon
  // xj-kizilsu-consolidation-projects-progress-2021-09-excerpt|second-group-semicolon: closed by dev58 (session 58): a print artefact — the copy doubled each money figure as printed, and with them the source's rounding residue, 克州 A8 (39.78 over 39.76): past one unit, which no writer's figures rounded once carry; the copy's money totals are now the sums of its doubled parts at the totals' precision (prec49-variants.ts secondGroup)
  // xj-kizilsu-consolidation-projects-progress-2021-09-excerpt|second-group-stop: closed by dev58 (session 58): a print artefact — the copy doubled each money figure as printed, and with them the source's rounding residue, 克州 A8 (39.78 over 39.76): past one unit, which no writer's figures rounded once carry; the copy's money totals are now the sums of its doubled parts at the totals' precision (prec49-variants.ts secondGroup)
  // xj-bingtuan-7th-division-huyanghe-water-resources-targets-2024|second-group-semicolon: closed by dev57 (session 57): a print artefact — the generator's doubling now reads a figure before 亿 as one before 万 whatever unit follows, so '1.38亿立方米' is doubled with '5245万立方米' and the copy's 263% holds
  // xj-bingtuan-7th-division-huyanghe-water-resources-targets-2024|second-group-stop: closed by dev57 (session 57): as second-group-semicolon
  // hn-chenzhou-guiyang-maternal-child-hospital-performance-monitoring-report-mirror-excerpt|split-last-part: closed by dev56 (session 56): an allocation's list closed by '。' that does not add up reads its next sentence's parts on with the words its own parts may carry (runOnParts' alone words: '其他收入23.36万元' after '…附属单位上缴收入0万元。'), where that reading adds up (sentence-sums.ts allocations)
  // gs-zhangye-minle-…|part-restated-bracket: closed by dev57b (session 57): brackets right after a part's gloss bracket gloss the same amount (sentence-sums.ts GLOSS takes the run of brackets), none of their amounts read into the 546.23万元 list
  // xj-kizilsu-consolidation-projects-progress-2021-09-excerpt|split-last-part: closed by dev59 (session 59): a group after the list's '。' in the list's own parts' words (their names aside, '安排项目#个、计划投资') is one more part whatever those words are (sentence-sums.ts listShape / shapedPart), and a run-on list in 亿元 (parts with no unit) is compared as its whole is, within the rounding its figures show (19.89 over 6.83 + 9.24 + 1.83 + 1.98 = 19.88, as the source)
};

describe("the benign variants of every real prose relation (prec49-variants.ts)", () => {
  const srcs = sentenceSources();
  const m = measure(srcs, VARIANT_NAMES);
  test("sources: the real prose relations that hold, on several sheets", () => {
    expect(srcs.length).toBeGreaterThan(10);
    expect(new Set(srcs.map((s) => s.id)).size).toBeGreaterThan(10);
  });
  test("no clean print flags anything its source does not", () => {
    const known = (p: { id: string; variant: string }) => KNOWN_FALSE_PRINTS[`${p.id}|${p.variant}`] !== undefined;
    expect(m.falsePrints.filter((p) => !known(p))).toEqual([]);
    // a known false print must still be false: fixing the engine turns this red until the entry is removed
    for (const k of Object.keys(KNOWN_FALSE_PRINTS)) expect(m.falsePrints.some((p) => `${p.id}|${p.variant}` === k)).toBe(true);
    expect(m.prints).toBeGreaterThan(srcs.length * 5);
  });
  test("every source's slip is flagged, and under the variants at least 85% of the slip prints", () => {
    // (a bound source — a cut text's list, its parts only not above the whole, grad50a's 瑞金 A13 — may keep a raised first
    // part under its whole: every exact source's slip is flagged)
    expect(m.slips).toBeGreaterThanOrEqual(srcs.filter((s) => s.rel.kind !== "sum" || s.rel.bound === "equal").length);
    // (session 53: 773 of 913 = 84.7%, from at least 85% — the relations newly read on the published sheets (鄠邑's balance
    // sums in 亿元, 南开's inline shares, 塔城's 结余 parts, graded counts as bounds) are sources whose slips the variants hide
    // more often (a 亿 part's rounding allowance, a bound that flags only a raised part): the floor follows the measure)
    // (session 54, rel54: 830 of 940 = 88.3%, from 789 of 935 (84.4%) on the graduation's sources — the share readers' gates
    // (plan-shares.ts, prose-rates.ts) now take a share written in words, '的百分之40.2', which every other step already read
    // as '40.2%' (15 percent-words prints flagged again), and a breakdown holding approximate figures ('约…', '近…') is read
    // within a tenth of each (sentence-breakdowns.ts approxSlack: 21 approx / near-part prints). The floor back to 85%)
    // (session 54, var54: 934 of 1007 = 92.7%, from 884 of 1007 (87.8%) on becc3ff9 — '超过' before a part's own figure read as
    // approximate, a 约 figure's allowance within five units of its last non-zero digit, a clause of another amount after a
    // breakdown's parts ending its list, 约 closing totals, a part in 元 among 万元 ones: var54-s54-diagnosis.md. Floor 90%)
    expect(m.slipsFlagged / m.slipPrints).toBeGreaterThanOrEqual(0.9);
  });
});
