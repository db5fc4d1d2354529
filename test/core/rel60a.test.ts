import { flags, ratios, relations, sums } from "./probes";

/**
 * rel60a (session 60; test/fixtures/real/rel60a-s60-diagnosis.md): paired changes with paired rates, counts under 包括, parts
 * exceeding their whole, per-unit products. Every number below is computed by hand in its comment.
 */

describe("wholes named together, their changes and rates listed under 各 / 分别 (relations/paired-changes.ts)", () => {
  test.each<[string, string, string[], string[]]>([
    // 西藏政法委 (real, session 60 graduation): 7562.45 − 1412.7 = 6149.75, 1412.7 / 6149.75 = 22.97% ≠ 15.74%;
    // 6632.48 − 2062.79 = 4569.69, 2062.79 / 4569.69 = 45.14% ≠ 23.72%
    [
      "two wholes, two changes, two rates, both off",
      "2024年度收入总计7562.45万元,支出总计6632.48万元,与2023年度相比,收入、支出总计各增加1412.7万元、2062.79万元,增长15.74%、23.72%。主要原因:一是新增预算。",
      ["1412.7/6149.75=15.74", "2062.79/4569.69=23.72"],
      ["ratio-mismatch@A1", "ratio-mismatch@A1"],
    ],
    // 大英 (scan) shape: the wholes in the sentence before, one unit for each list; 4125.49 + 1267.86 = 5393.35,
    // 1267.86 / 5393.35 = 23.508% → 23.51% ✓; 4143.91 + 2570.97 = 6714.88, 2570.97 / 6714.88 = 38.288% (38.28% truncated ✓)
    [
      "decreases, the unit after each list only",
      "2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.28%。主要变动原因是项目收入减少。",
      ["1267.86/5393.35=23.51", "2570.97/6714.88=38.28"],
      [],
    ],
    // rates that hold: 120 − 20 = 100, 20 / 100 = 20%; 110 − 10 = 100, 10 / 100 = 10%
    ["two rates holding", "本年收入总计120万元,支出总计110万元,与上年相比,收入、支出总计各增加20万元、10万元,分别增长20%、10%。", ["20/100=20", "10/100=10"], []],
    // a rate printed over this year's total (20 / 120 = 16.67%, 10 / 110 = 9.09%): flagged, as inline-changes.ts flags one
    // amount's ('收入总计120万元,比上年增加20万元,增长16.67%' — below)
    [
      "rates over this year's totals",
      "本年收入总计120万元,支出总计110万元,与上年相比,收入、支出总计各增加20万元、10万元,分别增长16.67%、9.09%。",
      ["20/100=16.67", "10/100=9.09"],
      ["ratio-mismatch@A1", "ratio-mismatch@A1"],
    ],
    // three wholes listed with 分别为: 120 − 20 = 100 (20%), 110 − 10 = 100 (10%), 10 − 5 = 5 (100%, printed 50%: the slip)
    [
      "three wholes, the third off",
      "收入、支出、结余分别为120万元、110万元、10万元,比上年分别增加20万元、10万元、5万元,分别增长20%、10%、50%。",
      ["20/100=20", "10/100=10", "5/5=50"],
      ["ratio-mismatch@A1"],
    ],
    // the marker before the comparison: 120 − 20 = 100 (20% ✓), 110 − 10 = 100 (10%, printed 15%)
    ["分别 before the comparison", "收入、支出分别为120万元、110万元,分别比上年增加20万元、10万元,分别增长20%、15%。", ["20/100=20", "10/100=15"], ["ratio-mismatch@A1"]],
    // counter-shapes: no 各 / 分别 / 均 on the changes ('比上年增加20万元、10万元'): not said to be the wholes' each
    ["no marker", "收入、支出分别为120万元、110万元,比上年增加20万元、10万元,分别增长20%、15%。", [], []],
    // three wholes, two changes — which whole each is of is not said: nothing read
    ["three wholes, two changes", "收入、支出、结余分别为120万元、110万元、10万元,比上年分别增加20万元、10万元,分别增长20%、10%。", [], []],
    // names listing three under two changes
    ["three names, two changes", "本年收入总计120万元,支出总计110万元,与上年相比,收入、支出、结余各增加20万元、10万元,增长25%、10%。", [], []],
    // a share among the wholes' figures: the sentence holds another figure
    ["a share among the wholes", "本年收入总计120万元,占计划的60%,支出总计110万元,与上年相比,收入、支出总计各增加20万元、10万元,增长25%、10%。", [], []],
    // the rates' direction against the changes'
    ["directions disagree", "本年收入总计120万元,支出总计110万元,与上年相比,收入、支出总计各增加20万元、10万元,下降25%、10%。", [], []],
  ])("%s", (_name, line, read, flagged) => {
    expect(ratios([line])).toEqual(read);
    expect(flags([line])).toEqual(flagged);
  });

  test("one amount for both totals under 各 is inline-changes.ts's (its subject's 各 / 均 passed over)", () => {
    // 588.09 / (17891.75 − 588.09) = 588.09 / 17303.66 = 3.399% → 3.4% ✓; 2415.45 / (4680.58 + 2415.45) = 34.04% → 34% ✓
    expect(ratios(["2024年度收、支总计17891.75万元。与2023年相比,收、支总计各增加588.09万元,增长3.4%。"])).toEqual(["588.09/17303.66=3.4"]);
    expect(ratios(["2023年度收、支总计均为4680.58万元。与2022年度相比,收、支总计各减少2415.45万元,下降34%,主要原因是事业收入减少。"])).toEqual(["2415.45/7096.03=34"]);
    // 588.09 / 17303.66 = 3.40%, printed 4.4%: flagged
    expect(flags(["2024年度收、支总计17891.75万元。与2023年相比,收、支总计各增加588.09万元,增长4.4%。"])).toEqual(["ratio-mismatch@A1"]);
    // the single amount's rate over this year's (20 / 120 = 16.67%): flagged — the policy paired-changes.ts keeps
    expect(flags(["收入总计120万元,比上年增加20万元,增长16.67%。"])).toEqual(["ratio-mismatch@A1"]);
  });

  test("one change under 各 for two totals printed as one amount is that amount's (paired-changes.ts)", () => {
    // 温县 (real): 239.6 − 15.7 = 223.9, 15.7 / 223.9 = 7.012% → 7.01% ✓ (read once)
    expect(ratios(["温县殡仪馆2021年收入总计239.6万元,支出总计239.6万元,与2020年相比,收、支总计各增加15.7万元,增长7.01%。"])).toEqual(["15.7/223.9=7.01"]);
    // printed 9.01%: flagged once
    expect(flags(["2021年收入总计239.6万元,支出总计239.6万元,与2020年相比,收、支总计各增加15.7万元,增长9.01%。"])).toEqual(["ratio-mismatch@A1"]);
    // counter-shapes: totals of different amounts (which one the change is of is not said); one change under 分别
    expect(ratios(["2021年收入总计239.6万元,支出总计229.6万元,与2020年相比,收、支总计各增加15.7万元,增长9.01%。"])).toEqual([]);
    expect(ratios(["2021年收入总计239.6万元,支出总计239.6万元,与2020年相比,收、支总计分别增加15.7万元,增长9.01%。"])).toEqual([]);
  });
});

describe("a count of units over its parts by consecutive levels, opened by 包括 or 其中 (recognise/level-counts.ts)", () => {
  // 中国气象局 (real): '共管辖全国2868个…单位,包括一级预算单位1个,二级预算单位50个,分别为:…区域气象中心8个,…。三级预算单位718个,
  // 四级预算单位2098个。' — the second level's own list and the stop passed over
  const CMA = (whole: string, opener = "包括") =>
    `中国气象局共管辖全国${whole}个气象局(台、站)、科研院(所)以及其他单位,${opener}一级预算单位1个,二级预算单位50个,分别为:国家气象中心,国家气候中心,区域气象中心8个,省级气象局22个,计划单列市气象局4个。三级预算单位718个,四级预算单位2098个。以上单位属全额拨款事业单位。`;
  test.each<[string, string, string[], string[]]>([
    // 1 + 50 + 718 + 2098 = 2867 ≠ 2868
    ["the real slip", CMA("2868"), ["2868=1+50+718+2098"], ["total-mismatch@A1"]],
    ["adding up", CMA("2867"), ["2867=1+50+718+2098"], []],
    ["opened by 其中", CMA("2868", "其中"), ["2868=1+50+718+2098"], ["total-mismatch@A1"]],
    // 1 + 5 = 6 ≠ 7: the levels from 一级 are every unit
    ["two levels from the first", "本部门共有下属单位7个,包括一级预算单位1个,二级预算单位5个。", ["7=1+5"], ["total-mismatch@A1"]],
    // counter-shapes: 包括…等 names examples — at most the whole (1 + 5 = 6 ≤ 6)
    ["closed by 等", "本部门共有下属单位6个,包括一级预算单位1个,二级预算单位5个等。", ["6>=1+5"], []],
    // levels not from the first: the units above may be left out (2 + 3 = 5 ≤ 7)
    ["from the second level", "本部门共有单位7个,包括二级预算单位2个,三级预算单位3个。", ["7>=2+3"], []],
    // a level skipped: no list of levels
    ["a level skipped", "本部门共有下属单位6个,包括一级预算单位1个,三级预算单位5个。", [], []],
    // levels of indicators nest (a tree whose whole counts its leaves: 3 + 9 + 12 = 24 against 12)
    ["levels of indicators", "该项目共编制12个绩效目标指标,其中一级指标3个,二级指标9个,三级指标12个。", [], []],
    // a whole of people over counts of units
    ["a whole in 人", "本部门共有职工70人,包括一级预算单位1个,二级预算单位5个。", [], []],
  ])("%s", (_name, line, read, flagged) => {
    expect(sums([line])).toEqual(read);
    expect(flags([line])).toEqual(flagged);
  });
});

describe("parts named by the ranks of one title scale may not exceed their whole (sentence-breakdowns.ts, recognise/rank-parts.ts)", () => {
  test.each<[string, string, string[], string[]]>([
    // 桃江 (real): 1 + 5 = 6 > 4 — more than a quarter over, read as ranks of one scale
    ["the real slip", "XX 县 草食动物 品改中心站位于桃花江镇杨家坳村,现有技术员 4人,其中高级职称 1 人,中级职称 5人,全都参加了省级培训。", ["4>=1+5"], ["total-mismatch@A1"]],
    // some ranks only: 1 + 5 = 6 ≤ 10
    ["a subset", "现有技术员10人,其中高级职称1人,中级职称5人,全都参加了省级培训。", ["10>=1+5"], []],
    // four ranks of one scale: 1 + 8 + 12 + 9 = 30 ✓
    ["every rank, adding up", "现有教师30人,其中正高级教师1人,副高级教师8人,中级教师12人,初级教师9人。", ["30=1+8+12+9"], []],
    // counter-shape: a cross-classification (a rank and party members: 1 + 5 = 6 > 4 may be)
    ["another cut among the parts", "现有技术员4人,其中高级职称1人,党员5人,全都参加了省级培训。", [], []],
  ])("%s", (_name, line, read, flagged) => {
    expect(sums([line])).toEqual(read);
    expect(flags([line])).toEqual(flagged);
  });
});

describe("a per-unit rate, then a count of that unit and its result (recognise/per-unit-products.ts)", () => {
  /** the products read: 'result=count×rate' */
  const products = (line: string) => relations([line]).flatMap((r) => (r.kind === "product" ? [`${r.result.value}=${r.factors.map((f) => f.value).join("×")}/${r.scale}`] : []));
  test.each<[string, string, string[], string[]]>([
    // 泸溪 (real): 3194 × 40 = 127,760 kg; '12.78kg' × 10,000 = 127,800, within half of 0.01万 (50 kg): the 万 lost
    ["the real slip", "盛产茶林每亩每年能产油40kg,3194亩每年预计可生产茶油12.78kg,按100元/kg的价格计算,", [], ["unit-mismatch@A1"]],
    // 5750 × 200 = 1,150,000 元 = 115万元 ✓
    ["holding, in 万元", "项目按每亩补助200元,5750亩共计补助115万元。", ["115=5750×200/10000"], []],
    // '115元': the 万 lost
    ["the 万 lost", "项目按每亩补助200元,5750亩共计补助115元。", [], ["unit-mismatch@A1"]],
    // 5750 × 200 = 115万元, printed 125万元: a product that does not hold
    ["another figure", "项目按每亩补助200元,5750亩共计补助125万元。", ["125=5750×200/10000"], ["total-mismatch@A1"]],
    // counter-shapes: a cap on the rate; a rate per month against a count with no period; a count of another unit
    ["a cap", "项目按每亩最高补助200元,5750亩共计补助125万元。", [], []],
    ["a period on one side only", "每人每月补助200元,50人共计补助12万元。", [], []],
    ["another unit counted", "每亩补助200元,5750户共计补助125万元。", [], []],
  ])("%s", (_name, line, read, flagged) => {
    expect(products(line)).toEqual(read);
    expect(flags([line])).toEqual(flagged);
  });
});
