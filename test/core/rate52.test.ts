import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * rate52 (session 52; test/fixtures/real/rate52-diagnosis.md): rates and differences in tables the engine did not read.
 *  A. a fund block whose heads number their columns with circled marks and print the formulas (小计③=①+② | 年度拨付金额 |
 *     支出实现率(%)⑤=④/③ | 本年度结余金额⑥=③-④ | 资金结余率(%)⑦=⑥/③, 福建's 部门整体支出绩效自评表), the ④ left off its column;
 *  B. a table whose rate heads print a quotient of letters that other heads bear bare after their words (委辦費A |
 *     海洋研究業務B | 總經費C | 委辦費占海洋研究業務比率(A/B), a 繁體 annex);
 *  C. a form's label | value pairs over two lines, its rate lettered (转移支付预算数(A) | 5.8万 | 预算执行率(B/A) | 100% over
 *     转移支付执行数(B) | 5.8万);
 *  D. a row of pairs (计划安排资金 | … | 结余) over part lines repeating one part's name in each pair (省财政 | 550 | 省财政 | …);
 *  E. an indicator table's 完成率 column (年度指标值 | 实际完成值 | 完成率): actual over target, capped at 100% allowed.
 * Numbers are the real sheets' and hand-computed variants; a mutated cell is the rate (or balance) changed by hand.
 */
type Row = (string | number)[];
const RELATION_RULES = new Set(["ratio-mismatch", "exec-rate-mismatch", "total-mismatch"]);
const flagged = (rows: Row[], merges: string[] = []) =>
  review(Grid.fromValues("Sheet1", rows, merges), "national")
    .findings.filter((f) => f.severity !== "info" && RELATION_RULES.has(f.rule))
    .map((f) => f.cell)
    .sort();
/** rows with one cell replaced (A1 address) */
const withCell = (rows: Row[], cell: string, value: string | number): Row[] => {
  const m = /^([A-Z])(\d+)$/.exec(cell)!;
  const c = m[1].charCodeAt(0) - 65;
  const r = Number(m[2]) - 1;
  return rows.map((row, k) => (k === r ? row.map((v, j) => (j === c ? value : v)) : row));
};
/** rows with an empty column inserted before column index `at` (0-based) */
const withBlankColumn = (rows: Row[], at: number): Row[] => rows.map((row) => [...row.slice(0, at), "", ...row.slice(at)]);

// —— A. circled marks (福建 宁德市地震局, 2020) ——
const fundHead = (rate: string, balance: string, balanceRate: string, spent = "年度拨付金额"): Row => ["", "", "年初部门预算安排金额(含历年结余结转)①", "年中调整金额②", "小计③=①+②", spent, rate, balance, balanceRate];
const fundBlock = (head: Row, lines: Row[]): Row[] => [
  ["部门整体支出绩效自评表", "", "", "", "", "", "", "", ""],
  ["部门(单位)名称", "宁德市地震局", "", "", "", "部门预算编码", "", "409001007", ""],
  ["财政资金安排和使用情况(万元)", "资金结构", "预算安排", "", "", "拨付情况", "", "结余情况", ""],
  head,
  ...lines,
];
const NINGDE_LINES: Row[] = [
  ["", "财政资金小计", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"],
  ["", "① 项目支出", "30", "0", "30", "30", "100", "0", "0"],
  ["", "② 基本支出", "100.54", "58.07", "158.61", "158.45", "99.9", "0.16", "0.1"],
  ["", "2.单位其它收入", "0", "0", "0", "0", "0", "0", "0"],
  ["", "合 计", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"],
];
const NINGDE = fundBlock(fundHead("支出实现率(%)⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③"), NINGDE_LINES);

describe("A. circled marks and their formulas in a fund block's heads", () => {
  const cases: { name: string; rows: Row[]; slips: [string, string | number][] }[] = [
    // ⑤ = ④/③: 188.45 / 188.61 = 99.915% → 99.92; ⑦ = ⑥/③: 0.16 / 158.61 = 0.1009% → 0.1; ⑥ = ③ − ④: 158.61 − 158.45 = 0.16
    { name: "as published (④ left off 年度拨付金额)", rows: NINGDE, slips: [["G5", "92.93"], ["G7", "92.9"], ["I5", "0.07"], ["I7", "0.2"], ["H7", "0.15"]] },
    { name: "④ written on its head", rows: fundBlock(fundHead("支出实现率(%)⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③", "年度拨付金额④"), NINGDE_LINES), slips: [["G5", "92.93"], ["H7", "0.15"]] },
    {
      name: "繁體",
      rows: fundBlock(["", "", "年初部門預算安排金額①", "年中調整金額②", "小計③=①+②", "年度撥付金額", "支出實現率(%)⑤=④/③", "本年度結餘金額⑥=③-④", "資金結餘率(%)⑦=⑥/③"], NINGDE_LINES),
      slips: [["G5", "92.93"], ["I7", "0.2"]],
    },
    {
      name: "% in the cells, not in the head",
      rows: fundBlock(
        fundHead("支出实现率⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率⑦=⑥/③"),
        NINGDE_LINES.map((l) => l.map((v, j) => (j === 6 || j === 8 ? `${v}%` : v))),
      ),
      slips: [["G5", "92.93%"], ["I7", "0.2%"]],
    },
    {
      name: "a ratio 0.xx (no % anywhere)",
      // 188.45 / 188.61 = 0.99915 → 0.9992; 158.45 / 158.61 = 0.99899 → 0.999
      rows: fundBlock(fundHead("支出实现率⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率⑦=⑥/③"), [
        ["", "项目支出", "130.54", "58.07", "188.61", "188.45", "0.9992", "0.16", "0.0008"],
        ["", "基本支出", "100.54", "58.07", "158.61", "158.45", "0.999", "0.16", "0.001"],
      ]),
      slips: [["G5", "0.9292"], ["G6", "0.929"]],
    },
    { name: "an inserted blank column", rows: withBlankColumn(NINGDE, 6), slips: [["H5", "92.93"], ["I7", "0.15"], ["J7", "0.2"]] },
    {
      name: "another column order (the rates after the balance, ④ marked)",
      rows: fundBlock(["", "", "年初预算①", "年中调整金额②", "小计③=①+②", "年度拨付金额④", "本年度结余金额⑤=③-④", "支出实现率(%)⑥=④/③", "资金结余率(%)⑦=⑤/③"], [
        ["", "项目支出", "130.54", "58.07", "188.61", "188.45", "0.16", "99.92", "0.08"],
        ["", "基本支出", "100.54", "58.07", "158.61", "158.45", "0.16", "99.9", "0.1"],
      ]),
      slips: [["H5", "92.93"], ["G6", "0.15"]],
    },
  ];
  test.each(cases)("$name: no flag as printed, each slip flagged at its cell", ({ rows, slips }) => {
    expect(flagged(rows)).toEqual([]);
    for (const [cell, v] of slips) expect(flagged(withCell(rows, cell, v))).toContain(cell);
  });

  test("a rate over another base that holds (⑤=④/①: 188.45 / 130.54 = 144.36%) is not flagged", () => {
    const rows = fundBlock(fundHead("支出进度(%)⑤=④/①", "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③"), [["", "财政资金小计", "130.54", "58.07", "188.61", "188.45", "144.36", "0.16", "0.08"]]);
    expect(flagged(rows)).toEqual([]);
    expect(flagged(withCell(rows, "G5", "99.92"))).toContain("G5");
  });

  test("a mark no column bears and two unmarked columns where it would be: nothing read, no flag", () => {
    const rows = fundBlock(["", "", "年初预算①", "年中调整金额②", "小计③=①+②", "年度拨付金额", "其中:本级拨付", "支出实现率(%)⑥=⑤/③", "备注"], [["", "财政资金小计", "130.54", "58.07", "188.61", "188.45", "100", "92.93", ""]]);
    expect(flagged(rows)).toEqual([]);
  });
});

// —— B. letters bare after the words (國海院 委辦費分析表) ——
const OCEAN_HEAD: Row = ["科目", "委辦費A", "海洋研究業務B", "總經費C", "委辦費占海洋研究業務比率(A/B)", "委辦費占總經費比率(A/C)"];
const OCEAN_LINES: Row[] = [
  ["108年度", "5,651", "46,399", "75,829", "12.18%", "7.45%"],
  ["109年度", "66,274", "114,619", "219,827", "57.82%", "30.15%"],
  ["合 計", "71,925", "161,018", "295,656", "44.67%", "24.33%"],
];
const ocean = (head: Row = OCEAN_HEAD, lines: Row[] = OCEAN_LINES): Row[] => [["表2 國海院108年度及109年度委辦費分析表", "", "", "", "", ""], ["單位:新臺幣千元", "", "", "", "", ""], head, ...lines, ["說 明:1.108至109年度決算為審定決算數。", "", "", "", "", ""]];

describe("B. a rate head's letters borne bare by other heads", () => {
  // 5,651 / 46,399 = 12.179% → 12.18%; 66,274 / 219,827 = 30.148% → 30.15%; 71,925 / 161,018 = 44.669% → 44.67%
  const cases: { name: string; rows: Row[]; slips: [string, string][] }[] = [
    { name: "as published (繁體)", rows: ocean(), slips: [["E4", "11.33%"], ["F5", "28.04%"], ["E6", "41.54%"]] },
    { name: "simplified, letters in brackets", rows: ocean(["科目", "委办费(A)", "海洋研究业务(B)", "总经费(C)", "委办费占海洋研究业务比率(A/B)", "委办费占总经费比率(A/C)"]), slips: [["E4", "11.33%"], ["F6", "22.63%"]] },
    {
      name: "% in the head, the cells bare",
      rows: ocean(["科目", "委辦費A", "海洋研究業務B", "總經費C", "委辦費占海洋研究業務比率(%)(A/B)", "委辦費占總經費比率(%)(A/C)"], OCEAN_LINES.map((l) => l.map((v) => String(v).replace("%", "")))),
      slips: [["E4", "11.33"], ["F5", "28.04"]],
    },
    { name: "an inserted blank column", rows: withBlankColumn(ocean(), 4), slips: [["F4", "11.33%"], ["G5", "28.04%"]] },
    {
      name: "another column order (總經費C first)",
      rows: ocean(["科目", "總經費C", "委辦費A", "海洋研究業務B", "委辦費占總經費比率(A/C)", "委辦費占海洋研究業務比率(A/B)"], OCEAN_LINES.map((l) => [l[0], l[3], l[1], l[2], l[5], l[4]])),
      slips: [["E4", "6.93%"], ["F5", "53.77%"]],
    },
  ];
  test.each(cases)("$name: no flag as printed, each slip flagged at its cell", ({ rows, slips }) => {
    expect(flagged(rows)).toEqual([]);
    for (const [cell, v] of slips) expect(flagged(withCell(rows, cell, v))).toContain(cell);
  });

  test("a letter no head bears (A/D): nothing read, a wrong rate not flagged", () => {
    const rows = ocean(["科目", "委辦費A", "海洋研究業務B", "總經費C", "委辦費占其他比率(A/D)", "委辦費占總經費比率(A/C)"]);
    expect(flagged(withCell(rows, "E4", "11.33%"))).toEqual([]);
  });

  test("a count column bearing the letter (件數B) is no amount: nothing read over it", () => {
    const rows = ocean(["科目", "委辦費A", "件數B", "總經費C", "委辦費每件(A/B)", "委辦費占總經費比率(A/C)"], [["108年度", "5,651", "5", "75,829", "1130.2", "7.45%"], ["109年度", "66,274", "22", "219,827", "3012.45", "30.15%"]]);
    expect(flagged(withCell(rows, "E4", "1000"))).toEqual([]);
  });
});

// —— C. lettered pairs over two lines (四川 遂宁经开区, 2021) ——
const suining = (a: Row, b: Row): Row[] => [
  ["2021年度转移支付项目绩效自评表", "", "", "", ""],
  ["单位名称", "遂宁市市场监督管理局经开区分局", "联系人及电话", "田苗苗", ""],
  a,
  b,
  ["年度目标完成情况", "预期目标", "", "目标实际完成情况", ""],
];
describe("C. a lettered rate's letters on the next line's pairs", () => {
  const cases: { name: string; rows: Row[]; slip: [string, string] }[] = [
    // 5.8 / 5.8 = 100%
    { name: "as published", rows: suining(["预算执行情况(万元)", "转移支付预算数(A)", "5.8万", "预算执行率(B/A)", "100%"], ["", "转移支付执行数(B)", "5.8万", "", ""]), slip: ["E3", "93%"] },
    // 4.5 / 5.8 = 77.59%
    { name: "the executed line above, plain numbers", rows: suining(["预算执行情况(万元)", "执行数(B)", "4.5", "", ""], ["", "预算数(A)", "5.8", "预算执行率(B/A)", "77.59%"]), slip: ["E4", "75.00%"] },
    { name: "繁體", rows: suining(["預算執行情況(萬元)", "預算數(A)", "5.8", "預算執行率(B/A)", "100%"], ["", "執行數(B)", "5.8", "", ""]), slip: ["E3", "93%"] },
  ];
  test.each(cases)("$name: no flag as printed, the slip flagged at its cell", ({ rows, slip }) => {
    expect(flagged(rows)).toEqual([]);
    expect(flagged(withCell(rows, slip[0], slip[1]))).toContain(slip[0]);
  });

  test("the letters on no nearby line (three lines down): nothing read", () => {
    const rows: Row[] = [["预算执行情况(万元)", "预算数(A)", "5.8", "预算执行率(B/A)", "93%"], ["", "", "", "", ""], ["", "", "", "", ""], ["", "说明", "", "", ""], ["", "执行数(B)", "5.8", "", ""]];
    expect(flagged(rows)).toEqual([]);
  });
});

// —— D. part lines repeating their name in each pair (湖南 岳阳 项目支出绩效自评表) ——
const yueyang = (lines: Row[]): Row[] => [
  ["项目支出绩效自评表", "", "", "", "", "", "", ""],
  ["项目名称", "中国(岳阳)电子口岸建设", "", "", "", "", "", ""],
  ["计划安排资金 (万元)", "2,489.4", "实际到位资金 (万元)", "2,489.4", "实际支出 (万元)", "2,466.6", "结余(万元)", "22.8"],
  ...lines,
  ["二、项目支出明细情况 (单位金额:万元)", "", "", "", "", "", "", ""],
];
const YUEYANG_LINES: Row[] = [
  ["其中:中央财政", "无", "其中:中央财政", "无", "其中:中央财政", "无", "其中:中央财政", "无"],
  ["省财政", "550.0", "省财政", "550.0", "省财政", "550.0", "省财政", "0.0"],
  ["市财政", "1,811.6", "市财政", "1,811.6", "市财政", "1,788.8", "市财政", "22.8"],
  ["其它", "127.8", "其它", "127.8", "其它", "127.8", "其它", "0.0"],
];
describe("D. a row of pairs and its part lines", () => {
  // 市财政: 1,811.6 − 1,788.8 = 22.8
  const cases: { name: string; rows: Row[]; slip: [string, string] }[] = [
    { name: "as published", rows: yueyang(YUEYANG_LINES), slip: ["H6", "21.2"] },
    { name: "繁體 part names", rows: yueyang(YUEYANG_LINES.map((l) => l.map((v) => (v === "市财政" ? "市財政" : v === "省财政" ? "省財政" : v)))), slip: ["H6", "21.2"] },
    { name: "a part's pairs blank in one lane (its 结余 left empty)", rows: yueyang([["省财政", "1125", "省财政", "1125", "省财政", "907.76", "省财政", "217.24"], ["市财政", "33.75", "市财政", "33.75", "市财政", "33.75", "市财政", ""]]), slip: ["H4", "202.03"] },
  ];
  test.each(cases)("$name: no flag as printed, the slip flagged at its cell", ({ rows, slip }) => {
    expect(flagged(rows)).toEqual([]);
    expect(flagged(withCell(rows, slip[0], slip[1]))).toContain(slip[0]);
  });

  test("pairs naming different parts on one line (省财政 | … | 市财政): no part line, nothing read there", () => {
    const rows = yueyang([["省财政", "550.0", "市财政", "550.0", "省财政", "550.0", "县财政", "0.0"]]);
    expect(flagged(withCell(rows, "H4", "7.0"))).not.toContain("H4");
  });
});

// —— E. an indicator table's 完成率 column (海南 农垦实验中学, 2023) ——
const indicators = (head: Row, lines: Row[]): Row[] => [
  ["项目支出绩效自评表", "", "", "", "", "", "", "", "", "", ""],
  ["项目名称", "学生资助补助经费", "", "", "", "", "", "", "", "", ""],
  head,
  ...lines,
  ["总分", "", "", "", "", "", "", "", "50.00", "33.85", ""],
];
const HEAD: Row = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值", "完成率", "分值", "得分", "未完成原因分析"];
const NONGKEN: Row[] = [
  // 10 / 52 = 19.23%; 0 / 2 = 0%; 100 done of 95: capped at 100%
  ["产出指标", "数量指标", "资助困难教师及学生", "", "52", "人", "10", "19.23%", "20.00", "3.85", "由中央直接拨付"],
  ["产出指标", "质量指标", "困难教师", "", "2", "人", "0", "0.00%", "0.00", "0", "由省厅直接拨付"],
  ["效益指标", "社会效益指标", "帮助困难教师和学生提高生活水平", "", "95", "%", "100", "100.00%", "30.00", "30", ""],
];
describe("E. an indicator table's 完成率 column", () => {
  const cases: { name: string; rows: Row[]; slip: [string, string] }[] = [
    { name: "as published (the last line capped at 100%)", rows: indicators(HEAD, NONGKEN), slip: ["H4", "17.88%"] },
    { name: "% in the head, the cells bare", rows: indicators(HEAD.map((h) => (h === "完成率" ? "完成率(%)" : h)), NONGKEN.map((l) => l.map((v, j) => (j === 7 ? String(v).replace("%", "") : v)))), slip: ["H4", "17.88"] },
    { name: "a ratio 0.xx", rows: indicators(HEAD, NONGKEN.map((l, k) => l.map((v, j) => (j === 7 ? ["0.1923", "0", "1"][k] : v)))), slip: ["H4", "0.1788"] },
    { name: "繁體 heads", rows: indicators(["一級指標", "二級指標", "三級指標", "指標性質", "年度指標值", "度量單位", "實際完成值", "完成率", "分值", "得分", "未完成原因分析"], NONGKEN), slip: ["H4", "17.88%"] },
    {
      name: "uncapped past the target (100 of 95: 105.26%), an inserted blank column",
      rows: withBlankColumn(indicators(HEAD, NONGKEN.map((l, k) => (k === 2 ? l.map((v, j) => (j === 7 ? "105.26%" : v)) : l))), 8),
      // (100% stated on the line short of its target, 10 of 52: no cap excuses it)
      slip: ["H4", "100.00%"],
    },
  ];
  test.each(cases)("$name: no flag as printed, the slip flagged at its cell", ({ rows, slip }) => {
    expect(flagged(rows)).toEqual([]);
    expect(flagged(withCell(rows, slip[0], slip[1]))).toContain(slip[0]);
  });

  test("a ceiling target (≤, 反向) is not read: its rate, whatever it says, is not flagged", () => {
    const rows = indicators(HEAD, [...NONGKEN, ["效益指标", "社会效益指标", "投诉率", "≤", "5", "%", "2", "100.00%", "0.00", "0", ""]]);
    expect(flagged(rows)).toEqual([]);
  });

  test("a 完成率 column of another meaning (a pass mark on every line) is left unread", () => {
    const lines: Row[] = [
      ["产出指标", "数量指标", "资助人数", "", "52", "人", "10", "60%", "20.00", "3.85", ""],
      ["产出指标", "质量指标", "培训人次", "", "40", "人次", "30", "60%", "20.00", "20", ""],
      ["效益指标", "社会效益指标", "覆盖率", "", "95", "%", "80", "60%", "10.00", "10", ""],
    ];
    expect(flagged(indicators(HEAD, lines))).toEqual([]);
  });
});

// —— F. a rate's label over its figure on a line of pairs (河北 成安县民政局, 2020; 平山县行政审批局, 2023) ——
const handan = (head: Row, pairs: Row, spent = "6.84"): Row[] => [
  ["成安县民政局2020年度预算项目绩效自评表", "", "", "", "", "", "", ""],
  ["一、基本情况", "项目名称:", "19名百岁老人高龄津贴", "", "", "", "", ""],
  head,
  pairs,
  ["", "其中:财政资金", "6.84", "其中:财政资金", "6.84", "其中:财政资金", spent, ""],
  ["", "其他", "0.00", "其他", "0.00", "其他", "0.00", ""],
];
const HANDAN_HEAD: Row = ["二、预算执行情况", "预算安排情况(调整后)", "", "资金到位情况", "", "资金执行情况", "", "预算执行进度(%)"];
describe("F. a rate's label over its figure, the amounts as pairs on the figure's line", () => {
  const cases: { name: string; rows: Row[]; slip: [string, string] }[] = [
    // 6.84 / 6.84 = 100.00
    { name: "as published (预算执行进度(%) over 100.00)", rows: handan(HANDAN_HEAD, ["", "预算数", "6.84", "到位数", "6.84", "执行数", "6.84", "100.00"]), slip: ["H4", "93.00"] },
    // 82.65 / 95 = 87.0%
    { name: "预算执行率 over 87%, the labels with colons", rows: handan(["一、预算执行情况", "预算安排情况(调整后)", "", "资金到位情况", "", "资金执行情况", "", "预算执行率"], ["", "预算数:", "95", "到位数:", "95", "执行数:", "82.65", "87%"]), slip: ["H4", "80%"] },
    { name: "繁體", rows: handan(["二、預算執行情況", "預算安排情況(調整後)", "", "資金到位情況", "", "資金執行情況", "", "預算執行進度(%)"], ["", "預算數", "6.84", "到位數", "6.84", "執行數", "6.84", "100.00"]), slip: ["H4", "93.00"] },
    // 5.2 / 6.84 = 76.02%
    { name: "a rate short of 100, as a fraction", rows: handan(HANDAN_HEAD.map((h) => (h === "预算执行进度(%)" ? "预算执行进度" : h)), ["", "预算数", "6.84", "到位数", "6.84", "执行数", "5.2", "0.7602"], "5.2"), slip: ["H4", "0.6602"] },
  ];
  test.each(cases)("$name: no flag as printed, the slip flagged at its cell", ({ rows, slip }) => {
    expect(flagged(rows)).toEqual([]);
    expect(flagged(withCell(rows, slip[0], slip[1]))).toContain(slip[0]);
  });

  test("a rate's label over a figure on a line with no pairs beside it: nothing read", () => {
    const rows: Row[] = [["预算数", "6.84", "", "预算执行进度(%)"], ["说明", "", "", "93.00"], ["执行数", "6.84", "", ""]];
    expect(flagged(rows)).toEqual([]);
  });
});

describe("merged labels filled across or down are one rate, not two", () => {
  const ratios = (rows: Row[]) =>
    review(Grid.fromValues("Sheet1", rows, []), "national")
      .model.relations.filter((r) => r.kind === "ratio")
      .map((r) => (r.kind === "ratio" ? `${r.stated.cell}=${r.numerator.cell}/${r.denominator.cell}` : ""));
  test("预算执行率 merged over two columns and filled across (87% | 87%): the first column's rate only", () => {
    const rows = handan(["一、预算执行情况", "预算安排情况(调整后)", "", "资金到位情况", "", "资金执行情况", "", "预算执行率", "预算执行率"], ["", "预算数:", "95", "到位数:", "95", "执行数:", "82.65", "87%", "87%"], "82.65");
    expect(ratios(rows)).toEqual(["H4=G4/C4"]);
  });
  test("预算执行率(B/A) merged down over the two lines of pairs and filled down: the first line's rate only", () => {
    const rows = suining(["预算执行情况(万元)", "转移支付预算数(A)", "5.8万", "预算执行率(B/A)", "100%"], ["", "转移支付执行数(B)", "5.8万", "预算执行率(B/A)", "100%"]);
    expect(ratios(rows)).toEqual(["E3=C4/C3"]);
  });
});
