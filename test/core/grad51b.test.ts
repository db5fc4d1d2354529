import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * grad51b (session 51; grad51b-diagnosis.md): differences as relations, in prose and in tables.
 *  - relations/budget-excess.ts: a completion of the budget against a stated excess of the 决算 in one sentence (天水 A16);
 *  - recognise/difference-columns.ts: the columns of a difference and its rate (送审 | 审定 | 审减 | 审减率, 预算数 | 决算数 |
 *    比较增减数 | 百分比增减, 预算数 | 执行数 | 结余数), vocabulary TABLE_DIFFERENCE_PAIRS.
 * Every expected number below is what a reviewer computes by hand.
 */
type Row = (string | number)[];
const grid = (rows: Row[]) => Grid.fromValues("Sheet1", rows, []);
const errors = (rows: Row[]) =>
  review(grid(rows), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
const one = (t: string) => errors([["情况说明"], [t]]);
const relationsOf = (rows: Row[], part: string) => review(grid(rows), "national").model.relations.filter((r) => r.id.includes(part));

describe("a completion of the budget against a stated excess, in one sentence (天水 A16)", () => {
  const tianshui =
    "2017年度,本單位一般公共預算財政撥款支出總計1741.75萬元,與上年相比減少53.7萬元,降低2.99%;完成年初預算100%,決算數大于預算數55.93萬元,主要原因:2017年度62名職工工資調標個人部分增加。其中:";
  test("the sheet's sentence (繁體): the budget is 1741.75 − 55.93 = 1685.82, the completion 103.32%, not 100%", () => {
    const r = review(grid([["天水市幼兒園2017年度部門決算公開"], [tianshui]]), "national");
    const f = r.findings.filter((x) => x.severity !== "info" && x.rule === "ratio-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["A2"]);
    expect(f[0].message).toContain("1741.75/1685.82 = 103.32%");
  });

  test.each([
    // [sentence, expected findings]
    ["支出总计1741.75万元,完成年初预算103.32%,决算数大于预算数55.93万元。", []], // 1741.75 / 1685.82 = 103.32%
    ["支出总计1741.75万元,完成年初预算103%,决算数大于预算数55.93万元。", []], // shown to 0 places
    ["支出总计1741.75万元,完成年初预算100%,决算数大于预算数55.93万元。", ["ratio-mismatch@A2"]],
    // the excess first, the rate after it
    ["本年支出决算1741.75万元,决算数大于预算数55.93万元,完成年初预算的100%。", ["ratio-mismatch@A2"]],
    // 小于: the budget is 900 + 100 = 1000, 90%
    ["项目支出900万元,完成年初预算90%,决算数小于预算数100万元。", []],
    ["项目支出900万元,完成年初预算95%,决算数小于预算数100万元。", ["ratio-mismatch@A2"]], // 900 / 1000 = 90%
    // 比预算减少 in other words, in 元
    ["本年支出决算90000元,为年初预算的90%,决算数比预算数减少10000元。", []],
    ["本年支出决算90000元,为年初预算的80%,决算数比预算数减少10000元。", ["ratio-mismatch@A2"]],
    // 繁體 with 低於
    ["本年支出決算900萬元,完成年初預算80%,決算數低於預算數100萬元。", ["ratio-mismatch@A2"]],
  ])("%s", (t, want) => {
    expect(one(t as string)).toEqual(want);
  });

  test("the budget stated too: the excess is the difference of the two amounts (total-mismatch), the rate left to the rate readers", () => {
    expect(one("年初预算1685.82万元,支出决算1741.75万元,决算数大于预算数55.93万元。")).toEqual([]);
    expect(one("年初预算1685.82万元,支出决算1741.75万元,决算数大于预算数65.93万元。")).toEqual(["total-mismatch@A2"]); // 1741.75 − 1685.82 = 55.93
  });

  test("counter-examples that must not be read or flagged", () => {
    // an excess with no amount (天水 A17): nothing to compute
    expect(one("1.教育支出1595.95万元,完成年初预算100%,决算数大于预算数,主要原因:职工工资调标。")).toEqual([]);
    // the amount before it is a change against last year, not the amount spent
    expect(one("与上年相比减少53.7万元,完成年初预算100%,决算数大于预算数55.93万元。")).toEqual([]);
    // two completions in one sentence (items listed in it): not read
    expect(one("支出1741.75万元,完成年初预算100%,其中教育支出完成预算98%,决算数大于预算数55.93万元。")).toEqual([]);
    // units of money that differ: not read
    expect(one("支出1741.75万元,完成年初预算100%,决算数大于预算数55.93元。")).toEqual([]);
    expect(relationsOf([["说明"], ["支出1741.75万元,完成年初预算100%,决算数大于预算数55.93元。"]], "budget-excess")).toEqual([]);
  });
});

describe("the columns of a difference and its rate (difference-columns.ts)", () => {
  const review_ = (unit: string, cut: (string | number)[]): Row[] => [
    ["项目名称", `送审金额(${unit})`, `审定金额(${unit})`, `审减金额(${unit})`, "审减率(%)"],
    ["道路工程", 1200, 1080, cut[0], 10],
    ["桥梁工程", 800, 760, cut[1], 5],
    ["排水工程", 500, 430, cut[2], 14],
  ];
  test.each([
    // [name, rows, expected]
    ["审减 = 送审 − 审定, 审减率 = 审减 / 送审: all hold", review_("万元", [120, 40, 70]), []],
    // 500 − 430 = 70, not 80; the rate 14% is of the amounts' own 70: one slip, one finding
    ["a slip in one 审减", review_("万元", [120, 40, 80]), ["total-mismatch@D4"]],
    // 审减 written negative (审定 − 送审), the rate positive: the sign convention, no slip
    ["审减 negative", review_("元", [-120, -40, -70]), []],
    ["审减 negative, one slip", review_("元", [-120, -40, -80]), ["total-mismatch@D4"]],
    // a blank difference cell: that line is not read
    ["a blank 审减 cell", review_("万元", [120, "", 70]), []],
    // the rate slipped, the amounts hold: 40 / 800 = 5%, 70 / 500 = 14%, 120 / 1200 = 10%, not 12
    [
      "a slip in a rate",
      [["项目名称", "送审金额(万元)", "审定金额(万元)", "审减金额(万元)", "审减率(%)"], ["道路工程", 1200, 1080, 120, 12], ["桥梁工程", 800, 760, 40, 5], ["排水工程", 500, 430, 70, 14]],
      ["ratio-mismatch@E2"],
    ],
    // 繁體, another column order (审定 first), an extra blank column, a single line: the words say which way
    [
      "繁體, 审定 before 送审, a blank column",
      [["項目名稱", "審定金額(萬元)", "", "送審金額(萬元)", "審減金額(萬元)"], ["道路工程", 1080, "", 1200, 130]],
      ["total-mismatch@E2"],
    ],
    // 万元 against 元: 1200000 − 1080000 元 = 12 万元; 800000 − 760000 = 4 万元, not 5
    [
      "the difference in 万元, the amounts in 元",
      [["项目", "送审金额(元)", "审定金额(元)", "审减金额(万元)"], ["A", 1200000, 1080000, 12], ["B", 800000, 760000, 5]],
      ["total-mismatch@D3"],
    ],
    // 结余 of a 预算 where no 到位 column is there: 300 − 290 = 10, not 15
    [
      "预算数(调整后) | 执行数 | 结余数",
      [["项目", "预算数(调整后)", "执行数", "结余数"], ["A", 100, 90, 10], ["B", 200, 150, 50], ["C", 300, 290, 15]],
      ["total-mismatch@D4"],
    ],
    // 节约 = 预算 − 中标, 节约率 over the 预算: 25 / 250 = 10%
    [
      "预算金额 | 中标金额 | 节约资金 | 节约率",
      [["采购项目", "预算金额(万元)", "中标金额(万元)", "节约资金(万元)", "节约率"], ["设备", 250, 225, 25, "10%"], ["服务", 100, 96, 4, "5%"]],
      ["ratio-mismatch@E3"], // 4 / 100 = 4%
    ],
  ])("%s", (_name, rows, want) => {
    expect(errors(rows as Row[])).toEqual(want);
  });

  test("a neutral change (差额, 增减) of a 决算 against its 预算: the way its lines run, two thirds of them", () => {
    // the lines run 预算 − 执行 (100 − 90 = 10, 200 − 150 = 50, 300 − 310 = −10): a −20 on the last is a slip
    const rows = (last: number): Row[] => [["项目", "预算数", "执行数", "差额"], ["A", 100, 90, 10], ["B", 200, 150, 50], ["C", 300, 310, last]];
    expect(errors(rows(-10))).toEqual([]);
    expect(errors(rows(-20))).toEqual(["total-mismatch@D4"]); // 300 − 310 = −10
    // two lines that run two ways: nothing read
    expect(errors([["项目", "预算数", "执行数", "差额"], ["A", 100, 90, -10], ["B", 200, 150, 50]])).toEqual([]);
    expect(relationsOf([["项目", "预算数", "执行数", "差额"], ["A", 100, 90, -10], ["B", 200, 150, 50]], "difference:")).toEqual([]);
  });

  test("the page's own formula in a marker line (新竹市 總決算 shape, 繁體, signed '(-)' amounts): (3)=(2)-(1), (4)=(3)/(1)", () => {
    const rows = (d7: string, e8: string): Row[] => [
      ["項 目", "預 算 數", "決 算 數", "比 較 增 減 數", "百 分 比\n增 減(%)"],
      ["", "( 1 )", "( 2 )", "( 3 ) = ( 2 ) - ( 1 )", "(4)=(3)/(1)"],
      ["1.稅課收入", "8,115,835,000", "7,870,691,741", "(-) 245,143,259", "(-) 3.02"],
      ["2.罰款及賠償收入", "342,172,000", "406,352,245", d7, "18.76"],
      ["3.規費收入", "810,982,000", "694,378,363", "(-) 116,603,637", e8],
    ];
    expect(errors(rows("64,180,245", "(-) 14.38"))).toEqual([]);
    // 406,352,245 − 342,172,000 = 64,180,245
    expect(errors(rows("64,180,254", "(-) 14.38"))).toEqual(["total-mismatch@D4"]);
    // −116,603,637 / 810,982,000 = −14.38%
    expect(errors(rows("64,180,245", "(-) 14.83"))).toEqual(["ratio-mismatch@E5"]);
  });

  test("counter-examples that hold or are not this reading", () => {
    // a change against last year (比上年增减) is period-change.ts's, not a difference of these columns
    expect(relationsOf([["项目", "本年预算数", "上年预算数", "比上年增减"], ["A", 100, 90, 10]], "difference:D2").every((r) => r.block !== "amount-table" || r.label !== "比上年增减")).toBe(true);
    // a share column (占决算总额) is no rate of the difference
    expect(errors([["项目", "预算数", "决算数", "比较增减数", "占决算总额(%)"], ["A", 100, 90, -10, 60], ["B", 80, 60, -20, 40], ["C", 10, 0, -10, 0]])).toEqual([]);
    // a 审减 column most of whose lines agree with neither way (30 against 100 − 90, 80 against 200 − 150, 45 against 300 − 290):
    // of amounts not in the table, not read
    expect(errors([["项目", "送审金额", "审定金额", "审减金额"], ["A", 100, 90, 30], ["B", 200, 150, 80], ["C", 300, 290, 45]])).toEqual([]);
    // …while one slip among lines that hold is found (300 − 290 = 10)
    expect(errors([["项目", "送审金额", "审定金额", "审减金额"], ["A", 100, 90, 10], ["B", 200, 150, 50], ["C", 300, 290, 45]])).toEqual(["total-mismatch@D4"]);
    // a 结余 beside an amount carried in (上年结转): 结余 = 上年结转 + 收入 − 支出, not 收入 − 支出 (5 + 100 − 90 = 15)
    expect(relationsOf([["项目", "上年结转", "本年收入", "本年支出", "结余"], ["A", 5, 100, 90, 15], ["B", 0, 200, 150, 50]], "difference:E").filter((r) => r.label === "结余")).toEqual([]);
    expect(errors([["项目", "上年结转", "本年收入", "本年支出", "结余"], ["A", 5, 100, 90, 15], ["B", 0, 200, 150, 50]])).toEqual([]);
    // a head over several columns (预算数 over 中央 | 省级) names no one column: its first column is not the minuend
    const merged = Grid.fromValues(
      "Sheet1",
      [["项目", "预算数", "", "执行数", "结余数"], ["", "中央", "省级", "", ""], ["A", 10, 5, 15, 0], ["B", 20, "", 18, 2]],
      ["A1:A2", "B1:C1", "D1:D2", "E1:E2"],
    );
    expect(review(merged, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
    // …and the same with its merges undone (a CSV dump)
    expect(errors([["项目", "预算数", "", "执行数", "结余数"], ["", "中央", "省级", "", ""], ["A", 10, 5, 15, 0], ["B", 20, "", 18, 2]])).toEqual([]);
  });
});

describe("a completion's gap to the time schedule, in points (schedule-gaps.ts)", () => {
  test.each([
    // [paragraphs, expected]
    // (淮安 A4: 1-6月, 序时 50%: 73.87 − 50 = 23.87)
    [["1-6月份,20个省重大项目已开工19个,完成投资160.45亿元,完成年度计划的73.87%,超序时进度23.87个百分点。"], []],
    [["1-6月份,20个省重大项目已开工19个,完成投资160.45亿元,完成年度计划的73.87%,超序时进度22.20个百分点。"], ["total-mismatch@A2"]],
    // (the period in the paragraph above: 62.14 − 50 = 12.14)
    [["1-6月份,全市重大项目进展顺利。", "365个市重大产业项目完成投资887.44亿元,完成年度计划62.14%,超序时进度12.14个百分点。"], []],
    [["1-6月份,全市重大项目进展顺利。", "365个市重大产业项目完成投资887.44亿元,完成年度计划62.14%,超序时进度13.14个百分点。"], ["total-mismatch@A3"]],
    // (中科院 A4: 截至7月底, 序时 7/12 printed 58%: 58 − 56.47 = 1.53; at 58.33 it is 1.86, also read)
    [["截至7月底,全所累计支出16873万元,完成预算(含结余)的56.47%,支出进度低于序时进度1.53个百分点。"], []],
    [["截至7月底,全所累计支出16873万元,完成预算(含结余)的56.47%,支出进度低于序时进度1.86个百分点。"], []],
    [["截至7月底,全所累计支出16873万元,完成预算(含结余)的56.47%,支出进度低于序时进度1.42个百分点。"], ["total-mismatch@A2"]],
    // 繁體, 前三季度 (75%): 80 − 75 = 5
    [["前三季度,全縣完成投資80億元,完成年度計劃的80%,快於序時進度5個百分點。"], []],
    [["前三季度,全縣完成投資80億元,完成年度計劃的80%,快於序時進度15個百分點。"], ["total-mismatch@A2"]],
  ])("%j", (paras, want) => {
    expect(errors([["进展情况"], ...(paras as string[]).map((p) => [p])])).toEqual(want);
  });

  test("counter-examples: no period stated, a day's date, no rate right before the gap", () => {
    expect(one("全市完成年度计划的73.87%,超序时进度20个百分点。")).toEqual([]);
    expect(one("截至6月15日,全市完成年度计划的73.87%,超序时进度20个百分点。")).toEqual([]);
    expect(one("1-6月份,全市项目超序时进度20个百分点,完成投资160亿元。")).toEqual([]);
    // a count of projects ahead of the schedule: no points
    expect(one("1-6月份,完成年度计划的73.87%,已达或超序时进度项目15个。")).toEqual([]);
  });
});

describe("节资率, the procurement bulletins' word for the 节约 rate (深圳 采购中心), in prose and in a table", () => {
  test("prose: 2843 / 64338 = 4.42%", () => {
    expect(one("预算金额64338万元,实际采购金额61495万元,节约资金2843万元,节资率4.42%。")).toEqual([]);
    expect(one("预算金额64338万元,实际采购金额61495万元,节约资金2843万元,节资率4.24%。")).toEqual(["ratio-mismatch@A2"]);
  });
  test("a table in 繁體 (節省資金 | 節資率(%)): 2674 / 40655 = 6.58%, 101 / 1501 = 6.73%; a '/' line not read", () => {
    const rows = (f7: string): Row[] => [
      ["采購方式", "項目數(個)", "預算金額(萬元)", "實際采購金額(萬元)", "節省資金(萬元)", "節資率(%)"],
      ["公開招標", "73", "40655", "37981", "2674", "6.58"],
      ["競爭性談判", "5", "0.0005", "0.0005", "/", "/"],
      ["預選競價", "15", "1501", "1400", "101", f7],
    ];
    expect(errors(rows("6.73"))).toEqual([]);
    expect(errors(rows("7.63"))).toEqual(["ratio-mismatch@F4"]);
  });
});
