import { BOOK, PLANS as PLAN_LINES } from "./budget-book";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { PERIOD_COLUMN_HEAD } from "../../src/core/recognise/vocabulary";

/**
 * grad45c (session 45): three 台灣 budget tables graduated from validation/ had no header read (grad45c-diagnosis.md):
 * 文化部 中長程計畫 (項 目 | 97年度 … 101年度, a base line, four plans, their 合計 and the 占比 of the base), 航港建設基金
 * (項目 over two columns | 107年度 … 110年度, groups merged down each closed by its 合計) and 花蓮縣 菸酒管理 (identity lines
 * over 編號 | 科目 | 說明 | 數量 | 單位 | 單價 | 115預算 | 114預算 | 114差異 | 114比例). The class: an amount table whose
 * columns are periods. Each reading below is written for the class — as other publishers print it (other head words,
 * other column order, no title, simplified or traditional, Western or ROC years, quarters, a two-line head, a cut table)
 * — beside the near shapes that must not be read or flagged. Every number is computed in a comment.
 */
type Row = string[];
const run = (rows: Row[], merges: string[] = []) => {
  const r = review(Grid.fromValues("S", rows, merges), "national");
  return {
    header: r.model.headerRow,
    last: r.model.headerLastRow,
    sums: r.model.relations.filter((x) => x.kind === "sum").map((x) => (x.kind === "sum" ? `${x.total.cell}=${x.parts.map((p) => p.cell).join("+")}` : "")),
    ratios: r.model.relations.filter((x) => x.kind === "ratio").map((x) => (x.kind === "ratio" ? `${x.stated.cell}=${x.numerator.cell}/${x.denominator.cell}` : "")),
    differences: r.model.relations.filter((x) => x.kind === "difference").length,
    errors: r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`),
  };
};
const at = (rows: Row[], r: number, c: number, v: string) => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));

describe("a period column head (PERIOD_COLUMN_HEAD)", () => {
  test.each<[string, string | null, string | null]>([
    ["97年度", "97年度", null],
    ["107年度", "107年度", null],
    ["115预算", "115", "预算"],
    ["114差异", "114", "差异"],
    ["114比例", "114", "比例"],
    ["112年度法定预算", "112年度", "法定预算"],
    ["113年度预算案", "113年度", "预算案"],
    ["2019年度(万元)", "2019年度", null],
    ["2023年预算数", "2023年", "预算数"],
    ["2024年一季度", "2024年一季度", null],
    ["第二季度", "第二季度", null],
    ["第1季", "第1季", null],
    ["十二月份", "十二月份", null],
    ["上半年", "上半年", null],
  ])("%s: period %s, figure %s", (text, period, figure) => {
    const m = PERIOD_COLUMN_HEAD.exec(text);
    expect(m?.[1] ?? null).toBe(period);
    expect(m?.[2] ?? null).toBe(figure);
  });
  // a bare number is a value (2019, 97), a word is no period (项目, 预算数), nor an amount with a unit (100人, 5年)
  test.each(["2019", "97", "项目", "预算数", "12345预算", "100人", "5年"])("%s: none", (text) => expect(PERIOD_COLUMN_HEAD.test(text)).toBe(false));
});

// --- 1. a base line, the plans, a named closing line and a share line (文化部 中長程計畫's shape, other words)
// 300,000 + 200,000 + 100,000 = 600,000; 310,000 + 190,000 + 150,000 = 650,000; 320,000 + 180,000 + 200,000 = 700,000;
// 330,000 + 170,000 + 250,000 = 750,000 (本部主管預算 is no part: 5,000,000 + … ≠ 600,000)
// 占比 = 合計 / 主管預算 × 100: 600,000 / 5,000,000 = 12.00; 650,000 / 5,200,000 = 12.50; 700,000 / 5,500,000 = 12.727 → 12.73;
// 750,000 / 6,000,000 = 12.50
const PLANS: Row[] = [["附表3:近4年度重點計畫預算表", "", "", "", ""], ["單位:新台幣千元;%", "", "", "", ""], ...PLAN_LINES];
const PLAN_MERGES = ["A1:E1", "A2:E2"];
const PLAN_SUMS = ["B8=B5+B6+B7", "C8=C5+C6+C7", "D8=D5+D6+D7", "E8=E5+E6+E7"];
const PLAN_RATIOS = ["B9=B8/B4", "C9=C8/C4", "D9=D8/D4", "E9=E8/E4"];

describe("1. a named closing line over the run above it, a share line over its base", () => {
  test("the page's shape: header 3, four sums of rows 5–7, four shares of row 4, nothing flagged", () => {
    expect(run(PLANS, PLAN_MERGES)).toEqual({ header: 3, last: 3, sums: PLAN_SUMS, ratios: PLAN_RATIOS, differences: 0, errors: [] });
  });
  test("the same printed in two halves, the head repeated for the next years (cut after two lines): the first half's head", () => {
    const second: Row[] = [
      ["項 目", "112年度", "113年度", "114年度", "115年度"],
      ["本部主管預算", "6,100,000", "6,200,000", "6,300,000", "6,400,000"],
      ["甲計畫", "340,000", "350,000", "360,000", "370,000"],
    ];
    expect(run([...PLANS, ...second], PLAN_MERGES)).toMatchObject({ header: 3, sums: PLAN_SUMS, ratios: PLAN_RATIOS, errors: [] });
  });
  test("simplified, no title, Western years, the base line's words changed: read alike", () => {
    const rows: Row[] = [
      ["项目", "2019年", "2020年", "2021年", "2022年"],
      ["部门预算总额", "5000000", "5200000", "5500000", "6000000"],
      ["甲项目", "300000", "310000", "320000", "330000"],
      ["乙项目", "200000", "190000", "180000", "170000"],
      ["丙项目", "100000", "150000", "200000", "250000"],
      ["重点项目小计", "600000", "650000", "700000", "750000"],
      ["重点项目比重(%)", "12.00", "12.50", "12.73", "12.50"],
    ];
    expect(run(rows)).toMatchObject({
      header: 1,
      sums: ["B6=B3+B4+B5", "C6=C3+C4+C5", "D6=D3+D4+D5", "E6=E3+E4+E5"],
      ratios: ["B7=B6/B2", "C7=C6/C2", "D7=D6/D2", "E7=E6/E2"],
      errors: [],
    });
  });
  test("a slip in one year's 合計 (109年度 660,000 for 650,000): found there, the other three hold", () => {
    const r = run(at(PLANS, 7, 2, "660,000"), PLAN_MERGES);
    expect(r.sums).toEqual(PLAN_SUMS);
    expect(r.errors).toContain("total-mismatch@C8");
    expect(r.errors.filter((e) => !/@C[89]$/.test(e))).toEqual([]);
  });
  test("a slip in one year's 占比 (110年度 12.37 for 12.73): found there", () => {
    const r = run(at(PLANS, 8, 3, "12.37"), PLAN_MERGES);
    expect(r.ratios).toEqual(PLAN_RATIOS);
    expect(r.errors).toEqual([expect.stringMatching(/@D9$/)]);
  });
  // near shapes
  test("a 其中 line inside the run is a part of the line above, not of the closing line: passed over", () => {
    const rows: Row[] = [
      ["項目", "108年度", "109年度", "110年度"],
      ["經常支出", "500", "520", "540"],
      ["其中:人事費", "300", "310", "320"],
      ["資本支出", "200", "210", "220"],
      ["支出合計", "700", "730", "760"],
    ];
    // (500 + 200 = 700, 520 + 210 = 730, 540 + 220 = 760; with 其中 counted 1,000 ≠ 700)
    expect(run(rows).sums.filter((x) => /^[BCD]5=/.test(x))).toEqual(["B5=B2+B4", "C5=C2+C4", "D5=D2+D4"]);
    expect(run(rows).errors).toEqual([]);
  });
  test("counter: a closing line no run above adds up to in most years: no sum read, nothing flagged", () => {
    const rows: Row[] = [
      ["項目", "108年度", "109年度", "110年度"],
      ["經常支出", "500", "520", "540"],
      ["資本支出", "200", "210", "220"],
      ["移轉支出", "100", "90", "80"],
      ["支出合計", "750", "760", "770"],
    ];
    // (runs from 移轉: 100, 90, 80; from 資本: 300, 300, 300; from 經常: 800, 820, 840 — none 750, 760, 770)
    expect(run(rows)).toMatchObject({ sums: [], errors: [] });
  });
  test("counter: a share line that is no line over any base above (a rate of growth): no ratio read, nothing flagged", () => {
    const rows = at(at(at(at(PLANS, 8, 0, "重點計畫預算成長比率"), 8, 1, "3.10"), 8, 2, "8.33"), 8, 3, "7.69");
    expect(run(rows, PLAN_MERGES)).toMatchObject({ header: 3, ratios: [], errors: [] });
  });
  test("a blank stub corner (no 項目 head), months for years, the amounts in 万元 with the unit in the heads: read alike", () => {
    const rows: Row[] = [
      ["", "1月(万元)", "2月(万元)", "3月(万元)"],
      ["工资福利支出", "120.5", "118.2", "121.0"],
      ["商品和服务支出", "45.3", "50.1", "47.6"],
      ["对个人和家庭的补助", "10.0", "10.0", "12.4"],
      ["支出合计", "175.8", "178.3", "181.0"],
    ];
    // 120.5 + 45.3 + 10.0 = 175.8; 118.2 + 50.1 + 10.0 = 178.3; 121.0 + 47.6 + 12.4 = 181.0
    expect(run(rows)).toMatchObject({ header: 1, sums: ["B5=B2+B3+B4", "C5=C2+C3+C4", "D5=D2+D3+D4"], errors: [] });
  });
  test("counter: periods over lines of words (a plan's tasks by year): not read", () => {
    const rows: Row[] = [
      ["项目", "2021年", "2022年", "2023年"],
      ["道路改造", "完成规划", "开工建设", "竣工验收"],
      ["管网铺设", "完成招标", "铺设50%", "全部完成"],
      ["绿化提升", "方案设计", "实施", "验收"],
    ];
    expect(run(rows)).toMatchObject({ header: null, sums: [], errors: [] });
  });
  test("counter: one period only (项目 | 2024年 | 说明): not read as a period table", () => {
    const rows: Row[] = [
      ["项目", "2024年", "说明"],
      ["甲", "10", "新增"],
      ["乙", "20", "延续"],
      ["丙", "30", "延续"],
    ];
    expect(run(rows)).toMatchObject({ header: null, errors: [] });
  });
});

// --- 2. groups merged down, each closed by its 合計 (航港建設基金's shape), no grand total, cut
// 599,471 + 1,281,985 = 1,881,456; 341,925 + 1,605,465 = 1,947,390; 96,718 + 1,595,072 = 1,691,790
describe("2. groups merged down with their own 合計, no grand total: the period head", () => {
  const rows: Row[] = [
    ["表2 近年度計畫預算執行情形表", "", "", ""],
    ["單位:新臺幣千元", "", "", ""],
    ["區分", "", "2018年", "2019年", "2020年"],
    ["可用預算", "以前年度保留", "599,471", "341,925", "96,718"],
    ["", "本年度預算", "1,281,985", "1,605,465", "1,595,072"],
    ["", "合計", "1,881,456", "1,947,390", "1,691,790"],
    ["執行數", "以前年度保留", "120,938", "202,427", "91,674"],
    ["", "本年度預算", "1,120,901", "1,398,348", ""],
  ].map((r) => [...r, ...Array(5 - r.length).fill("")]);
  const merges = ["A1:E1", "A2:E2", "A3:B3", "A4:A6", "A7:A8"];
  test("header 3 (區分 over two columns), the group's 合計 read in each year, nothing flagged", () => {
    expect(run(rows, merges)).toMatchObject({ header: 3, sums: ["C6=C4+C5", "D6=D4+D5", "E6=E4+E5"], errors: [] });
  });
  test("quarters for years (第1季 … 第3季): read alike", () => {
    const q = at(at(at(rows, 2, 2, "第1季"), 2, 3, "第2季"), 2, 4, "第3季");
    expect(run(q, merges)).toMatchObject({ header: 3, sums: ["C6=C4+C5", "D6=D4+D5", "E6=E4+E5"], errors: [] });
  });
  test("a two-line head (each year merged over 預算數 | 決算數): the head's top line 3, its last 4", () => {
    const two: Row[] = [
      ["項目", "110年度", "", "111年度", ""],
      ["", "預算數", "決算數", "預算數", "決算數"],
      ["人事費", "1,000", "980", "1,050", "1,020"],
      ["業務費", "2,000", "1,900", "2,100", "2,050"],
      ["設備費", "500", "450", "600", "590"],
    ];
    expect(run(two, ["A1:A2", "B1:C1", "D1:E1"])).toMatchObject({ header: 1, last: 2, errors: [] });
  });
});

// --- 3. a county budget's detail under identity lines (花蓮縣 菸酒管理's shape, other column order and words)
// 差異 = 113預算 − 112預算, 比例 = 差異 / 112預算: 4,200,000 − 4,000,000 = 200,000, 5.00%; 1,500,000 − 1,600,000 =
// −100,000, −6.25%; 900,000 − 900,000 = 0, 0.00%; 1,800,000 − 1,500,000 = 300,000, 20.00%
const DETAIL: Row[] = [
  ["預算機關", "某縣政府", "", "", "", "", ""],
  ["承辦單位", "主計處", "", "", "", "", ""],
  ["預算金額", "4,200,000 元", "", "", "", "", ""],
  ["科目", "編號", "說明", "113預算", "112預算", "112差異", "112比例"],
  ["業務費", "02", "", "4,200,000", "4,000,000", "200,000", "5.00%"],
  ["物品", "2003", "", "1,500,000", "1,600,000", "-100,000", "-6.25%"],
  ["一般事務費", "2054", "", "900,000", "900,000", "0", "0.00%"],
  ["房屋建築養護費", "2072", "", "1,800,000", "1,500,000", "300,000", "20.00%"],
];
const DETAIL_MERGES = ["B1:G1", "B2:G2", "B3:G3"];
const DETAIL_RATIOS = ["G5=F5/E5", "G6=F6/E6", "G7=F7/E7", "G8=F8/E8"];

describe("3. this year's budget, last year's, their 差異 and its 比例, ROC years with no 年", () => {
  test("the page's shape: header 4 under the identity lines, four changes and four rates, nothing flagged", () => {
    expect(run(DETAIL, DETAIL_MERGES)).toMatchObject({ header: 4, differences: 4, ratios: DETAIL_RATIOS, errors: [] });
  });
  test("simplified, the years written 2024年预算数 | 2023年预算数 | 差异 | 差异比例: read alike", () => {
    const rows = at(at(at(at(DETAIL, 3, 3, "2024年预算数"), 3, 4, "2023年预算数"), 3, 5, "差异"), 3, 6, "差异比例");
    expect(run(rows, DETAIL_MERGES)).toMatchObject({ header: 4, differences: 4, ratios: DETAIL_RATIOS, errors: [] });
  });
  test("a slip in one 差異 (物品 −10,000 for −100,000): found there", () => {
    const r = run(at(DETAIL, 5, 5, "-10,000"), DETAIL_MERGES);
    expect(r.errors).toContain("total-mismatch@F6");
  });
  test("a slip in one 比例 (房屋建築養護費 2.00% for 20.00%): found there", () => {
    const r = run(at(DETAIL, 7, 6, "2.00%"), DETAIL_MERGES);
    expect(r.errors).toEqual([expect.stringMatching(/@G8$/)]);
  });
  test("counter: 比例 the line's share of the whole (113預算 / 4,200,000), no rate of change: no ratio read, nothing flagged", () => {
    // 4,200,000 / 4,200,000 = 100.00%; 1,500,000 / 4,200,000 = 35.71%; 900,000 → 21.43%; 1,800,000 → 42.86%
    const rows = at(at(at(at(at(DETAIL, 3, 6, "比例"), 4, 6, "100.00%"), 5, 6, "35.71%"), 6, 6, "21.43%"), 7, 6, "42.86%");
    expect(run(rows, DETAIL_MERGES)).toMatchObject({ header: 4, differences: 4, ratios: [], errors: [] });
  });
});

// --- 4. a budget book's detail by code: a coded line over its detail lines (數量 × 單價), a round code over its codes
// 2000 業務費 = 2003 + 2018 + 2054: 120,000 + 300,000 + 140,000 = 560,000 (112: 100,000 + 280,000 + 120,000 = 500,000;
// 差異 20,000 × 3 = 60,000); 2003 = 20 × 2,000 + 4 × 20,000 = 40,000 + 80,000 = 120,000; 2018 = 12 × 25,000 = 300,000;
// 2054 = 1 × 60,000 + 1 × 80,000 = 140,000; 3000 ≥ 3030 = 2 × 25,000 = 50,000 (the sheet ends inside 3000: bounds)
// (I11 ≥ I12 is a bound in a column of changes, 112差異: signed, it says nothing of the lines left out — signed-columns.ts drops it)
const BOOK_SUMS = ["G2=G3+G6+G8", "H2=H3+H6+H8", "I2=I3+I6+I8", "G3=G4+G5", "G6=G7", "G8=G9+G10", "G11=G12", "H11=H12", "G12=G13"];
const products = (rows: Row[]) =>
  review(Grid.fromValues("S", rows, []), "national")
    .model.relations.filter((x) => x.kind === "product")
    .map((x) => (x.kind === "product" ? x.result.cell : ""));

describe("4. a budget book's detail by code, 數量 × 單價 under a period's budget", () => {
  test("the page's shape: each coded line the sum of its detail lines, 2000 of its codes, each detail 數量 × 單價; nothing flagged", () => {
    const r = run(BOOK);
    expect(r.header).toBe(1);
    expect([...r.sums].sort()).toEqual([...BOOK_SUMS].sort());
    expect(r.differences).toBe(6);
    expect(r.errors).toEqual([]);
    expect(products(BOOK)).toEqual(["G4", "G5", "G7", "G9", "G10", "G13"]);
  });
  test("simplified, 计量单位 and a western year's 预算数: the products read alike", () => {
    const rows = at(at(at(at(BOOK, 0, 4, "计量单位"), 0, 5, "单价"), 0, 6, "2025年预算数"), 0, 7, "2024年预算数");
    expect(products(rows)).toEqual(["G4", "G5", "G7", "G9", "G10", "G13"]);
  });
  test("a slip in one detail line (印刷 66,000 for 1 × 60,000): found there", () => {
    const r = run(at(BOOK, 8, 6, "66,000"));
    expect(r.errors.some((e) => /@G(9|8)$/.test(e))).toBe(true);
  });
  test("a slip in one subject (資訊服務費 310,000 for its 300,000 of details): found there", () => {
    expect(run(at(BOOK, 5, 6, "310,000")).errors).toContain("total-mismatch@G6");
  });
  test("counter: 單價 with no column naming the units counted: no product read", () => {
    const rows = BOOK.map((row) => [row[0], row[1], row[2], row[3], row[5], row[6], row[7], row[8]]);
    expect(products(rows)).toEqual([]);
  });
  test("counter: 序号 1, 2, 3 for codes: no outline read (a sequence, no code), nothing flagged", () => {
    const rows: Row[] = [
      ["序号", "项目", "说明", "2024年", "2023年"],
      ["1", "培训费", "", "120,000", "100,000"],
      ["", "", "讲课费", "40,000", ""],
      ["", "", "场地费", "90,000", ""],
      ["2", "印刷费", "", "60,000", "50,000"],
      ["", "", "资料印刷", "60,000", ""],
      ["3", "差旅费", "", "30,000", "20,000"],
    ];
    const r = run(rows);
    expect(r.sums.filter((x) => /^D2=/.test(x))).toEqual([]);
    expect(r.errors).toEqual([]);
  });
  test("counter: 2000 over 2100 and its own 2110 | 2120 (a level counted twice): 2000 not read, 2100 read", () => {
    // 2100 = 2110 + 2120 = 30 + 20 = 50; 2200 = 2210 = 40; 2000 = 2100 + 2200 = 90, but 2100 + 2110 + 2120 + 2200 + 2210 = 180
    const rows: Row[] = [
      ["编号", "科目", "2024年预算", "2023年预算"],
      ["2000", "业务费", "90", "80"],
      ["2100", "办公费", "50", "45"],
      ["2110", "水电费", "30", "25"],
      ["2120", "邮电费", "20", "20"],
      ["2200", "印刷费", "40", "35"],
      ["2210", "资料印刷费", "40", "35"],
      ["3000", "设备购置费", "10", "5"],
    ];
    const r = run(rows);
    expect(r.sums.filter((x) => /^[CD]2=/.test(x))).toEqual([]);
    expect(r.errors).toEqual([]);
  });
});
