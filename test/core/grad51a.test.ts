import { Grid } from "../../src/core/grid/grid";
import { abbreviates, planShares } from "../../src/core/recognise/plan-shares";
import { partRates } from "../../src/core/recognise/part-rates";
import { proseText } from "../../src/core/recognise/prose-rates";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid, linesGrid as doc, errorFlags as errors } from "../helpers";
import { join } from "path";

/**
 * grad51a (session 51; test/fixtures/real/grad51a-diagnosis.md): shares and rates stated in prose against a base named
 * elsewhere — a base in brackets after its name (recognise/plan-shares.ts bracketShares), a whole stated earlier whose words
 * the base's name abbreviates (namedWholeShares), parts' rates of a count in brackets after the whole's rate against the parts'
 * counts stated above (recognise/part-rates.ts), and a 其中 list whose last part is cut into a sentence of its own with a gloss in
 * brackets (recognise/sentence-sums.ts runOnParts). Every number below is checked by hand in its comment.
 */
type Row = string[];
/** a share read: 'rate = done/base' in the reader's units, ' slip' where no rounding of the amounts reconciles it */
const read = (text: string) => planShares(proseText(text)).map((x) => `${x.rate.text} = ${x.done.value}/${x.plan.value}${x.roundedOk ? "" : " slip"}`);

describe("a share whose base is given in brackets after its name (plan-shares.ts bracketShares)", () => {
  const cases: [string, string, string[]][] = [
    // 691.77 / 1237.6 = 55.90% (not 55.98%: slip); 691.77 / 610 = 113.405%, printed 113.39%: within a whole 610亿元's rounding
    // (609.5 … 610.5), not a slip. The reader's unit is 万元: 691.77亿元 = 6917700万元.
    [
      "the real line (繁體, two chained shares)",
      "1-6月,全州612個重大工程和重點項目累計到位資金698.3億元,累計完成投資691.77億元,為年度投資目標(1237.6億元)的55.98%,為上半年投資目標(610億元)的113.39%。",
      ["55.98% = 6917700/12376000 slip", "113.39% = 6917700/6100000"],
    ],
    [
      "simplified, the first share right",
      "1-6月,全州612个重大工程和重点项目累计到位资金698.3亿元,累计完成投资691.77亿元,为年度投资目标(1237.6亿元)的55.90%,为上半年投资目标(610亿元)的113.39%。",
      ["55.90% = 6917700/12376000", "113.39% = 6917700/6100000"],
    ],
    // 6917.7 / 12376 = 55.897% → 55.90% (holds); in 万元 throughout
    ["万元, 占 … 的比例为", "累计完成投资6917.7万元,占年度投资目标(12376万元)的比例为55.90%。", ["55.90% = 6917.7/12376"]],
    // 46.3 / 73.6 = 62.91%: 62.9% holds, 67.1% does not
    ["占, a base not named as a plan", "已累计拨付民生工程资金46.3亿元,占年筹资总额(73.6亿元)的62.9%。", ["62.9% = 463000/736000"]],
    ["占, the slip", "已累计拨付民生工程资金46.3亿元,占年筹资总额(73.6亿元)的67.1%。", ["67.1% = 463000/736000 slip"]],
    // 351 / 387 = 90.698% → 90.7%
    ["达", "目前已开复工28项,完成投资351亿元,达年度计划(387亿元)的90.7%。", ["90.7% = 3510000/3870000"]],
    // 850 / 1000 = 85%
    ["相当于, 约 in the bracket", "全年实际支出850万元,相当于年初预算(约1000万元)的85%。", ["85% = 850/1000"]],
    // 1.2亿元 = 12000万元 over 15000万元 = 80%
    ["亿元 over 万元", "完成投资1.2亿元,为年度计划(15000万元)的80%。", ["80% = 12000/15000"]],
    // 28 / 30 = 93.33%
    ["counts", "截至9月底已开工28个,占计划项目(30个)的93.33%。", ["93.33% = 28/30"]],
    // 28 / 30 = 93.33%, printed 95.33%: a slip (whole counts are exact: no rounding of them reconciles it)
    ["counts, the slip", "截至9月底已开工28个,占计划项目(30个)的95.33%。", ["95.33% = 28/30 slip"]],
  ];
  test.each(cases)("%s", (_name, text, want) => expect(read(text)).toEqual(want));

  const none: [string, string][] = [
    ["the share before its amount (no amount right before the verb)", "为年度投资目标(1237.6亿元)的55.98%,累计完成投资691.77亿元。"],
    ["a growth against a bracketed base (no share verb)", "完成投资100亿元,比上年同期(80亿元)增长25%。"],
    ["a change word in the base's name", "完成投资100亿元,为同比增长(20亿元)的5%。"],
    ["a target: 以上 after the share", "全年完成投资100亿元,达到年度计划(120亿元)的83.3%以上。"],
    ["a target: 力争 in the amount's words", "力争完成投资100亿元,为年度计划(120亿元)的83.3%。"],
    ["a bracket of words, no amount", "累计完成投资691.77亿元,为年度投资目标(含结转项目)的55.98%。"],
    ["a bracket of two amounts", "累计完成投资691.77亿元,为年度投资目标(1237.6亿元,含结转100亿元)的55.98%。"],
    ["an amount and a base of different kinds", "已开工28个,占计划投资(30亿元)的93.33%。"],
  ];
  test.each(none)("not read: %s", (_name, text) => expect(read(text)).toEqual([]));

  test("on a sheet: the slip flagged at its cell, the share that holds within rounding not flagged", () => {
    const grid = doc(["2020年1-6月全州固定资产投资及重大工程和重点项目完成情况", "1-6月,全州612个重大工程和重点项目累计完成投资691.77亿元,为年度投资目标(1237.6亿元)的55.98%,为上半年投资目标(610亿元)的113.39%。"]);
    expect(errors(grid)).toEqual(["ratio-mismatch@A2"]);
    const fixed = doc(["2020年1-6月全州固定资产投资及重大工程和重点项目完成情况", "1-6月,全州612个重大工程和重点项目累计完成投资691.77亿元,为年度投资目标(1237.6亿元)的55.90%,为上半年投资目标(610亿元)的113.39%。"]);
    expect(errors(fixed)).toEqual([]);
  });
});

describe("a share of a whole stated earlier, named in other words (plan-shares.ts namedWholeShares)", () => {
  test("abbreviation: the name's characters in order within twice its length", () => {
    expect(abbreviates("筹资", "今年全省12项民生工程共需筹集资金")).toBe(true);
    expect(abbreviates("摸排", "全县共摸排贫困户")).toBe(true);
    // (筹 … 资 five characters apart: more than twice the name's length)
    expect(abbreviates("筹资", "筹集专项建设资金")).toBe(false);
    expect(abbreviates("筹资", "拟中央补助资金")).toBe(false);
  });

  const LEAD = "经最新测算,今年全省12项民生工程共需筹集资金73.6亿元,其中,拟中央补助资金29.7亿元,省级财政安排资金29.5亿元,市县承担14.4亿元。";
  // 46.3 / 73.6 = 62.91%: 67.1% is a slip (67.1% would need a whole of 69.0), 62.9% holds
  const cases: [string, string, string[]][] = [
    ["the real paragraph", `${LEAD}截至8月20日,全省各级财政部门已累计拨付民生工程资金46.3亿元,占年筹资总额的67.1%。其中,省财政下拨中央补助资金16.6亿元、省级资金22.9亿元。`, ["67.1% = 463000/736000 slip"]],
    ["the share right", `${LEAD}截至8月20日,全省各级财政部门已累计拨付民生工程资金46.3亿元,占年筹资总额的62.9%。`, ["62.9% = 463000/736000"]],
    ["为 … 的", `${LEAD}截至8月20日,已累计拨付资金46.3亿元,为年筹资总额的62.9%。`, ["62.9% = 463000/736000"]],
    ["相当于 … 的", `${LEAD}截至8月20日,已累计拨付资金46.3亿元,相当于筹资总额的67.1%。`, ["67.1% = 463000/736000 slip"]],
    [
      "繁體",
      "經最新測算,今年全省12項民生工程共需籌集資金73.6億元,其中,擬中央補助資金29.7億元,省級財政安排資金29.5億元,市縣承擔14.4億元。截至8月20日,全省各級財政部門已累計撥付民生工程資金46.3億元,佔年籌資總額的67.1%。",
      ["67.1% = 463000/736000 slip"],
    ],
    // 463000 / 736000 万元 = 62.91%
    ["万元, no 其中 list between", "今年共需筹集资金736000万元。截至8月20日,已累计拨付资金463000万元,占年筹资总额的62.91%。", ["62.91% = 463000/736000"]],
    // 1000 / 1200 = 83.33%
    ["counts", "全县共摸排贫困户1200户。截至年底已脱贫1000户,占摸排总数的83.33%。", ["83.33% = 1000/1200"]],
    ["counts, the slip", "全县共摸排贫困户1200户。截至年底已脱贫1000户,占摸排总数的88.33%。", ["88.33% = 1000/1200 slip"]],
    // 20 / 30 = 66.67%: the batch named by the share too
    ["a batch the name names", "今年第一批筹集资金30亿元。截至8月20日,已累计拨付资金20亿元,占第一批筹资总额的66.67%。", ["66.67% = 200000/300000"]],
  ];
  test.each(cases)("%s", (_name, text, want) => expect(read(text)).toEqual(want));

  const none: [string, string][] = [
    ["a generic base (总额 alone names nothing)", `${LEAD}截至8月20日,已累计拨付资金46.3亿元,占总额的67.1%。`],
    ["a base of another level", `${LEAD}截至8月20日,已累计拨付资金46.3亿元,占全省财政收入的67.1%。`],
    ["two earlier amounts the name abbreviates", "今年共需筹集资金73.6亿元。去年筹集资金60亿元。截至8月20日,已累计拨付资金46.3亿元,占年筹资总额的67.1%。"],
    ["an amount between, not a part of the whole's 其中 list", "今年共需筹集资金73.6亿元。省级已安排资金29.5亿元。截至8月20日,已累计拨付资金46.3亿元,占年筹资总额的67.1%。"],
    ["another amount of the kind in the share's sentence (prose-rates' namedBaseShares reads the sentence)", "今年共需筹集资金73.6亿元。计划拨付50亿元,已累计拨付资金46.3亿元,占年筹资总额的67.1%。"],
    ["the amount not named as done", `${LEAD}省级财政安排资金46.3亿元,占年筹资总额的67.1%。`],
    ["为 with no 的 (no share's wording)", `${LEAD}截至8月20日,已累计拨付资金46.3亿元,为筹资67.1%。`],
    ["the whole after the share", "截至8月20日,已累计拨付资金46.3亿元,占年筹资总额的67.1%。今年共需筹集资金73.6亿元。"],
    ["a base of a batch the name does not name", "今年第一批筹集资金30亿元。截至8月20日,已累计拨付资金20亿元,占年筹资总额的40%。"],
    ["a base of a half-year the name does not name", "上半年共筹集资金30亿元。截至8月20日,已累计拨付资金20亿元,占年筹资总额的40%。"],
    ["the amount above the base (no part of it)", "今年共需筹集资金30亿元。截至8月20日,已累计拨付资金46.3亿元,占年筹资总额的67.1%。"],
  ];
  test.each(none)("not read: %s", (_name, text) => expect(read(text)).toEqual([]));

  test("on a sheet: the lead repeating the share (no base before it) is not read, the body's is flagged", () => {
    const lead = "截至8月20日,安徽全省各级财政部门已累计拨付民生工程资金46.3亿元,占年筹资总额的67.1%。";
    expect(errors(doc([lead, `${LEAD}截至8月20日,全省各级财政部门已累计拨付民生工程资金46.3亿元,占年筹资总额的67.1%。`]))).toEqual(["ratio-mismatch@A2"]);
    expect(errors(doc([lead.replace("67.1", "62.9"), `${LEAD}截至8月20日,全省各级财政部门已累计拨付民生工程资金46.3亿元,占年筹资总额的62.9%。`]))).toEqual([]);
    // (an extra blank column before the text: the same reading)
    expect(errors(doc([["", lead], ["", `${LEAD}截至8月20日,全省各级财政部门已累计拨付民生工程资金46.3亿元,占年筹资总额的67.1%。`]]))).toEqual(["ratio-mismatch@B2"]);
  });
});

describe("parts' rates of a count in brackets after the whole's rate (part-rates.ts)", () => {
  const PLAN = "(一)项目安排情况。根据到位资金,全州共安排实施巩固拓展脱贫攻坚成果项目343个,投资规模19.89亿元,其中:阿图什市安排项目68个、计划投资6.83亿元;阿克陶县安排项目181个、计划投资9.24亿元;乌恰县安排项目57个、计划投资1.83亿元;阿合奇县安排项目37个、计划投资1.98亿元。";
  // 61 / 68 = 89.71%, 176 / 181 = 97.24%, 45 / 57 = 78.95%; 311 / 343 = 90.67%; 29 / 37 = 78.38% (73.38% no whole count of
  // 37 gives: 27 / 37 = 72.97%, 28 / 37 = 75.68%); 311 − 61 − 176 − 45 = 29
  const rates = (last: string) => `(二)项目实施情况。开工项目343个,开工率100%;完工项目311个,完工率90.67%(阿图什市89.71%、阿克陶县97.24%、乌恰县78.95%、阿合奇县${last}%);完成投资17.87亿元,投资完成率89.86%(阿图什市85.29%、阿克陶县99.77%、乌恰县85.64%、阿合奇县80.89%);验收项目283个,验收率91%(阿图什市81.97%、阿克陶县92.61%、乌恰县97.78%、阿合奇县89.66%)。`;
  const rels = (grid: Grid) => partRates(grid).map((r) => `${r.name} ${r.stated.text} = ${r.numerator.text}/${r.denominator.text}@${r.denominator.cell}`);

  test("the real paragraphs: the whole's rate over the parts' whole, the part no count gives against the others' remainder", () => {
    const grid = doc([PLAN, rates("73.38")]);
    expect(rels(grid)).toEqual(["完工率 90.67% = 311个/343个@A1", "阿合奇县完工率 73.38% = 311−61−176−45个/37个@A1"]);
    expect(errors(grid)).toEqual(["ratio-mismatch@A2"]);
  });
  test("the part's rate right (29 / 37 = 78.38%): the whole's rate only, nothing flagged", () => {
    const grid = doc([PLAN, rates("78.38")]);
    expect(rels(grid)).toEqual(["完工率 90.67% = 311个/343个@A1"]);
    expect(errors(grid)).toEqual([]);
  });
  test("繁體, both paragraphs in one cell, an extra blank column", () => {
    const t = (PLAN + rates("73.38")).replace(/项目/g, "項目").replace(/阿图什市/g, "阿圖什市").replace(/阿克陶县/g, "阿克陶縣").replace(/乌恰县/g, "烏恰縣").replace(/阿合奇县/g, "阿合奇縣").replace(/完工率/g, "完工率");
    const grid = doc([["", t]]);
    expect(rels(grid)).toEqual(["完工率 90.67% = 311个/343个@B1", "阿合奇县完工率 73.38% = 311−61−176−45个/37个@B1"]);
    expect(errors(grid)).toEqual(["ratio-mismatch@B1"]);
  });
  // another unit, other names, '覆盖率', the parts in a '、' list: 184 / 200 = 92.00%, 160 / 180 = 88.89%, 106 / 120 = 88.33%;
  // 184 + 160 + 106 = 450, 450 / 500 = 90%; 88.63% of 120 is 106.36 (106 / 120 = 88.33%, 107 / 120 = 89.17%). (A rate shown
  // to the whole per cent, '92%' of 200, is 184 / 200 = 92% or 185 / 200 = 92.5% cut: no count of its own)
  const towns = (a: string, b: string, c: string) => ["全县共有脱贫户500户,其中甲镇200户、乙镇180户、丙镇120户。", `截至年底,已享受政策450户,覆盖率90%(甲镇${a}%、乙镇${b}%、丙镇${c}%)。`];
  test("户, three parts: the slip against the remainder (450 − 184 − 160 = 106)", () => {
    expect(rels(doc(towns("92.00", "88.89", "88.63")))).toEqual(["覆盖率 90% = 450户/500户@A1", "丙镇覆盖率 88.63% = 450−184−160户/120户@A1"]);
    expect(errors(doc(towns("92.00", "88.89", "88.63")))).toEqual(["ratio-mismatch@A2"]);
    expect(errors(doc(towns("92.00", "88.89", "88.33")))).toEqual([]);
    // (甲 '92%' gives two counts, 184 and 185: one part's count alone is no evidence of the parts' bases)
    expect(rels(doc(towns("92", "88.89", "88.63")))).toEqual(["覆盖率 90% = 450户/500户@A1"]);
  });
  test("two parts no count gives: each against its nearest whole count (no remainder)", () => {
    // 甲 92.30% of 200 is 184.6 (184 / 200 = 92.00%, 185 / 200 = 92.50%): no count; 丙 88.63%: none; 乙 160 / 180 = 88.89%
    // alone — one part's count is no evidence of the parts' bases: nothing but the whole's rate
    expect(rels(doc(towns("92.30", "88.89", "88.63")))).toEqual(["覆盖率 90% = 450户/500户@A1"]);
    // four parts, two of them giving their counts: 甲 184 / 200 = 92.00%, 乙 160 / 180 = 88.89%, 丙 88.63% none, 丁 60.5% of 100
    // none (rates to the tenth: 60 / 100 = 60.0%, 61 / 100 = 61.0%): nearest counts 106 (106.36) and 61 (60.5 rounds up)
    const four = ["全县共有脱贫户600户,其中甲镇200户、乙镇180户、丙镇120户、丁镇100户。", "截至年底,已享受政策510户,覆盖率85%(甲镇92.00%、乙镇88.89%、丙镇88.63%、丁镇60.5%)。"];
    expect(rels(doc(four))).toEqual(["覆盖率 85% = 510户/600户@A1", "丙镇覆盖率 88.63% = 106户/120户@A1", "丁镇覆盖率 60.5% = 61户/100户@A1"]);
  });

  const none: [string, (string | Row)[]][] = [
    // 验收率 91% = 283 / 311: over the completed, not over the 343 listed (283 / 343 = 82.51%)
    ["a rate over another base (验收率 over the completed)", [PLAN, "(二)验收项目283个,验收率91%(阿图什市81.97%、阿克陶县92.61%、乌恰县97.78%、阿合奇县80.00%)。"]],
    ["rates of money", [PLAN, "(二)完成投资17.87亿元,投资完成率89.86%(阿图什市85.29%、阿克陶县99.77%、乌恰县85.64%、阿合奇县80.89%)。"]],
    ["a part not listed above", [PLAN, "(二)完工项目311个,完工率90.67%(阿图什市89.71%、阿克陶县97.24%、乌恰县78.95%、伽师县73.38%)。"]],
    ["parts' counts that do not add up to a stated whole", [PLAN.replace("项目343个", "项目350个"), "(二)完工项目311个,完工率90.67%(阿图什市89.71%、阿克陶县97.24%、乌恰县78.95%、阿合奇县73.38%)。"]],
    ["the parts' counts below the rates", ["(二)完工项目311个,完工率90.67%(阿图什市89.71%、阿克陶县97.24%、乌恰县78.95%、阿合奇县73.38%)。", PLAN]],
    ["a bracket holding a change, not parts' rates", [PLAN, "(二)完工项目311个,完工率90.67%(同比提高5.2%、环比提高1.3%)。"]],
  ];
  test.each(none)("no part's rate read: %s", (_name, lines) => {
    const xs = partRates(doc(lines)).filter((r) => r.name !== "完工率" && r.name !== "验收率");
    expect(xs.map((r) => r.name)).toEqual([]);
    expect(errors(doc(lines)).filter((e) => e.startsWith("ratio-mismatch"))).toEqual([]);
  });
});

describe("a 其中 list whose last part is cut into a sentence of its own, a gloss in brackets after it (sentence-sums.ts)", () => {
  // 30 + 10 + 202 + 222 = 464; 122 + 100 = 222 (the bracket's batches, a gloss of the last part)
  const text = (last: string, stop: string) => `(一)2019年我区接到上级扶贫资金464万元,其中:中央提前下达国有贫困林场扶贫资金30万元,少数民族资金10万元,省级专项扶贫资金202万元${stop}市本级投入专项扶贫资金${last}万元(第一批122万元,第二批100万元)。我区财政配套资金1750万元。`;
  const sums = (t: string) =>
    review(doc([t]), "national")
      .model.relations.filter((r) => r.kind === "sum")
      .map((r) => (r.kind === "sum" ? `${r.total.value} = ${r.parts.map((p) => p.value).join("+")} ${r.bound}` : ""));
  test.each([
    ["as printed (';')", ";"],
    ["the last part cut off by '。'", "。"],
  ])("%s: the list read on to its last part, which adds up", (_name, stop) => {
    // (the bracket's own 122 + 100 = 222 is read too, as a per-item list: prose51's sentence-breakdowns.ts)
    expect(sums(text("222", stop))).toEqual(["464 = 30+10+202+222 equal", "222 = 122+100 equal"]);
    expect(errors(doc([text("222", stop)]))).toEqual([]);
  });
  test("繁體 and the last part cut off: still read on", () => {
    const t = text("222", "。").replace(/资金/g, "資金").replace(/扶贫/g, "扶貧");
    expect(sums(t)).toEqual(["464 = 30+10+202+222 equal", "222 = 122+100 equal"]);
  });
  test("the split-off part's slip (322): the list still flagged", () => {
    // 30 + 10 + 202 + 322 = 564 ≠ 464; the list read up to the stop, 242, falls short too: an error either way (and 322 is not
    // its bracket's 122 + 100 either: a second error at the cell)
    expect([...new Set(errors(doc([text("322", "。")])))]).toEqual(["total-mismatch@A1"]);
  });
  test("a bracket of words in a run-on part's name stays in it (only a bracket holding amounts is a gloss)", () => {
    // 22 + 4.98 + 16.11 + 12.66 + 2.68 + 27.55 = 85.98
    const t = "资金总计85.98万元,其中九山河一期治理工程监理费22万元,建设用地测绘费4.98万元,青苗补偿费16.11万元;耒水河河段治理工程(塘门口)监理费12.66万元,建设用地测绘费2.68万元,青苗补偿费27.55万元。";
    const rel = review(doc([t]), "national").model.relations.find((r) => r.kind === "sum");
    expect(rel && rel.kind === "sum" ? rel.parts.map((p) => `${p.label} ${p.value}`) : []).toEqual([
      "九山河一期治理工程监理费 22",
      "建设用地测绘费 4.98",
      "青苗补偿费 16.11",
      "耒水河河段治理工程(塘门口)监理费 12.66",
      "建设用地测绘费 2.68",
      "青苗补偿费 27.55",
    ]);
  });
  test("a next sentence opening a new whole is not read on", () => {
    const t = "(一)2019年我区接到上级扶贫资金464万元,其中:中央资金30万元,少数民族资金10万元,省级专项资金202万元。全年共支出资金222万元(第一批122万元,第二批100万元)。";
    // (30 + 10 + 202 = 242 ≠ 464 with three parts: the list as read is flagged, 共支出 is no part of it)
    expect(sums(t).some((s) => s.includes("222 ") && s.startsWith("464"))).toBe(false);
  });
});

describe("the real sheets of the class", () => {
  const at = (id: string) => review(jsonGrid(join(FIXTURES, "real", `${id}.json`)), "national").findings.filter((f) => f.severity === "error");
  test("ah 民生工程 A2: 46.3 / 73.6 = 62.91%, not 67.1%", () => {
    const f = at("ah-provincial-twelve-livelihood-projects-funds-disbursed-2007-08");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["ratio-mismatch@A2"]);
  });
  test("gz 黔西南 A22: 691.77 / 1237.6 = 55.90%, not 55.98% (113.39% left alone)", () => {
    const f = at("gz-qianxinan-key-projects-investment-progress-2020-06-trad-excerpt");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["ratio-mismatch@A22"]);
  });
  test("xj 克州 A9: 阿合奇县 73.38% of 37 against 311 − 61 − 176 − 45 = 29 (78.38%)", () => {
    const f = at("xj-kizilsu-consolidation-projects-progress-2021-09-excerpt").filter((x) => x.cell === "A9");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["ratio-mismatch@A9"]);
    expect(f[0].message).toContain("29/37");
  });
  test("sx 上党 A4: read as printed, nothing flagged", () => {
    expect(at("sx-changzhi-shangdang-poverty-alleviation-funds-plan-2019-excerpt")).toEqual([]);
  });
});
