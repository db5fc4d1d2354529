import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { groupedShares } from "../../src/core/recognise/grouped-shares";
import { rowRates } from "../../src/core/recognise/row-rates";
import { review } from "../../src/core/review";

/**
 * corpus53c (長照 經費執行情形, 立法院預算中心): the budget block turned on its side — the years across the columns under a
 * corner '年度 科目別', the lines 法定預算數A / 審定決算數B / 經費執行率100%*(B/A) down column A. In each year's column the
 * rate line is 執行數 ÷ 預算數 × 100. The reading (row-rates.ts) takes a line whose label opens with 执行率 (a prefix of
 * four characters at most) and the budget-vocabulary lines right above it in the same label column; the letters pick the
 * terms where the rate's label states them. Near variants: simplified with % cells, the traditional page (bare points,
 * letters glued to the names), months with 年初 and 调整后 预算数 (the profile's denominator), a single column
 * (label | value down one column), fractions. Counter-shapes: a 完成率 under 目标值 / 实际值, a text line between, no plan
 * line, two executed lines with no letters, a rate line whose cells are words.
 */
type Row = (string | number | null)[];

const ratios = (g: Grid) => rowRates(g).map((r) => `${r.stated.cell}=${r.numerator.cell}/${r.denominator.cell}`);
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
const grid = (rows: Row[]) => Grid.fromValues("Sheet1", rows, []);

// 95 / 100 = 95.00%, 110 / 120 = 91.67%, 120 / 150 = 80.00% (hand)
const SIMPLIFIED: Row[] = [
  ["某单位近三年预算执行情况", null, null, null],
  ["单位:万元", null, null, null],
  ["年度", "2019年", "2020年", "2021年"],
  ["预算数(A)", 100, 120, 150],
  ["执行数(B)", 95, 110, 120],
  ["执行率(B/A)", "95.00%", "91.67%", "80.00%"],
];

// the page's own figures: 29.97 / 31.88 = 94.01, 32.62 / 35.10 = 92.93, 40.51 / 45.00 = 90.02 (hand)
const TRADITIONAL: Row[] = [
  ["附表1:中央政府近年辦理長照業務之經費執行情形", null, null, null],
  ["單位:新臺幣億元;%", null, null, null],
  ["年度 科目別", "101", "102", "103"],
  ["法定預算數A", "31.88", "35.10", "45.00"],
  ["審定決算數B", "29.97", "32.62", "40.51"],
  ["經費執行率100%*(B/A)", "94.01", "92.93", "90.02"],
  ["※註:1.資料來源,衛福部提供。", null, null, null],
];

describe("an execution rate's line under its 预算数 / 执行数 lines, the periods across (row-rates.ts)", () => {
  test("simplified, % cells: one ratio a year (B6 = B5 / B4 …), all agree — no finding", () => {
    const g = grid(SIMPLIFIED);
    expect(ratios(g)).toEqual(["B6=B5/B4", "C6=C5/C4", "D6=D5/D4"]);
    expect(flags(g)).toEqual([]);
  });

  test("simplified: a slip (2020: 91.67% → 97.67%) is reported at C6 as exec-rate-mismatch", () => {
    const rows = SIMPLIFIED.map((r) => [...r]);
    rows[5][2] = "97.67%";
    expect(flags(grid(rows))).toEqual(["exec-rate-mismatch@C6"]);
  });

  test("traditional, the letters glued to the names, bare points under '100%*(B/A)': read, all agree", () => {
    const g = grid(TRADITIONAL);
    expect(ratios(g)).toEqual(["B6=B5/B4", "C6=C5/C4", "D6=D5/D4"]);
    expect(rowRates(g).every((r) => r.statedInPoints === true)).toBe(true);
    expect(flags(g)).toEqual([]);
  });

  test("traditional: a slip (102: 92.93 → 93.92) is reported at C6", () => {
    const rows = TRADITIONAL.map((r) => [...r]);
    rows[5][2] = "93.92";
    expect(flags(grid(rows))).toEqual(["exec-rate-mismatch@C6"]);
  });

  test("the rate line first in the order of letters (B over A: 执行数 above 预算数): the letters still pick B / A", () => {
    const g = grid([
      ["年度", "2022", "2023"],
      ["决算数B", 45, 90],
      ["预算数A", 50, 100],
      ["执行率(B/A)(%)", 90, 90],
    ]);
    expect(ratios(g)).toEqual(["B4=B2/B3", "C4=C2/C3"]);
    expect(flags(g)).toEqual([]);
  });

  test("months, 年初 and 调整后 预算数 both written: the profile's denominator (调整后 by default), 年初 kept as the other", () => {
    // 1月 8 / 10 = 80% of 调整后 (of 年初 8 / 12 = 66.67%); 2月 18 / 20 = 90%
    const g = grid([
      ["月份", "1月", "2月"],
      ["年初预算数", 12, 20],
      ["调整后预算数", 10, 20],
      ["执行数", 8, 18],
      ["预算执行率", "80%", "90%"],
    ]);
    const rs = rowRates(g);
    expect(rs.map((r) => [r.stated.cell, r.numerator.cell, r.denominator.cell, r.denominators?.initial?.cell, r.denominators?.adjusted?.cell])).toEqual([
      ["B5", "B4", "B3", "B2", "B3"],
      ["C5", "C4", "C3", "C2", "C3"],
    ]);
    expect(flags(g)).toEqual([]);
  });

  test("a single column (label | value down one column, fractions): 0.9 = 90 / 100", () => {
    const g = grid([
      ["项目资金情况", null],
      ["预算数", 100],
      ["实际支出数", 90],
      ["资金执行率", 0.9],
    ]);
    expect(ratios(g)).toEqual(["B4=B3/B2"]);
    expect(flags(g)).toEqual([]);
  });

  test("a sheet of no family made of the block: its header is the periods' line (row 3, under the title and the unit line)", () => {
    expect(recognise(grid(TRADITIONAL))).toMatchObject({ family: "unknown", headerRow: 3 });
    expect(recognise(grid(SIMPLIFIED))).toMatchObject({ family: "unknown", headerRow: 3 });
  });

  test("empty lines between the periods' line and the amounts, and between the amounts: the same ratios, the same header", () => {
    const rows = [...TRADITIONAL.slice(0, 3), Array(4).fill(null), TRADITIONAL[3], Array(4).fill(null), ...TRADITIONAL.slice(4)];
    const g = grid(rows);
    expect(ratios(g)).toEqual(["B8=B7/B5", "C8=C7/C5", "D8=D7/D5"]);
    expect(recognise(g).headerRow).toBe(3);
  });

  test("no periods' line above the amounts (a title with nothing over the value column): no header set", () => {
    expect(recognise(grid([["项目资金情况", null], ["预算数", 100], ["实际支出数", 90], ["资金执行率", 0.9]]))).toMatchObject({ family: "unknown", headerRow: null });
  });

  test("counter-shape: 完成率 under 目标值 / 实际值 — no budget amounts, no ratio", () => {
    expect(ratios(grid([["年度", "2022", "2023"], ["目标值", 50, 100], ["实际值", 45, 90], ["执行率", "90%", "95%"]]))).toEqual([]);
  });

  test("counter-shape: a text line between the amounts and the rate — not the same block", () => {
    expect(ratios(grid([["年度", "2022"], ["预算数", 50], ["执行数", 45], ["说明:执行数含结转", null], ["执行率", "90%"]]))).toEqual([]);
  });

  test("counter-shape: no plan line (执行数 only) — no ratio", () => {
    expect(ratios(grid([["年度", "2022"], ["上年执行", 50], ["执行数", 45], ["执行率", "90%"]]))).toEqual([]);
  });

  test("counter-shape: two executed lines and no letters to say which — no ratio", () => {
    expect(ratios(grid([["年度", "2022"], ["预算数", 50], ["执行数", 45], ["决算数", 44], ["执行率", "90%"]]))).toEqual([]);
  });

  test("counter-shape: the rate line's cells are words (较好) — no ratio", () => {
    expect(ratios(grid([["年度", "2022"], ["预算数", 50], ["执行数", 45], ["执行率", "较好"]]))).toEqual([]);
  });

  test("counter-shape: the rate in a column of a column-headed table (项目 | 预算数 | 执行数 | 执行率): not this reading's", () => {
    expect(ratios(grid([["项目", "预算数", "执行数", "执行率"], ["办公经费", 50, 45, "90%"]]))).toEqual([]);
  });
});

/**
 * corpus53c (原民會 公益彩券回饋金 績效彙總表): counts by class, each class over 案件數 | 百分比, beside the whole they
 * divide (總件數): per line, each share = count ÷ whole, and the counts add up to the whole where the classes are the
 * whole's (most lines add up, or their shares make 100). Near variants: the traditional page (bare points), simplified with
 * % cells (个数 | 占比 under 等次), the whole's head on the header line itself, fractions, classes listing some only (其中:
 * the counts at most the whole). Counter-shapes: one pair only, no whole's column, two whole's columns.
 */
const GRADES: Row[] = [
  ["附表10:原民會辦理公益彩券回饋金計畫案件績效彙總表", null, null, null, null, null, null, null],
  ["年度", "總件數", "績效良好", null, "績效尚可", null, "尚待努力", null],
  [null, null, "案件數", "百分比", "案件數", "百分比", "案件數", "百分比"],
  ["97", "7", "3", "42.86", "2", "28.57", "2", "28.57"],
  ["98", "17", "9", "52.94", "6", "35.29", "2", "11.76"],
  ["100", "49", "9", "18.37", "39", "79.59", "1", "2.04"],
  ["※註:3.因四捨五入關係,故可能有尾差。", null, null, null, null, null, null, null],
];
const gradesGrid = (rows: Row[]) => Grid.fromValues("Sheet1", rows, ["A1:H1", "C2:D2", "E2:F2", "G2:H2", "A2:A3", "B2:B3"]);
const shares = (g: Grid) =>
  groupedShares(g).map((r) => (r.kind === "ratio" ? `${r.stated.cell}=${r.numerator.cell}/${r.denominator.cell}` : r.kind === "sum" ? `${r.total.cell}=${r.parts.map((p) => p.cell).join("+")}${r.bound === "atMost" ? "≥" : ""}` : r.kind));

describe("counts by class with their shares beside the whole they divide (grouped-shares.ts)", () => {
  test("the traditional page: per year 總件數 = the three counts, each 百分比 = count ÷ 總件數 (3 / 7 = 42.86, 1 / 49 = 2.04) — no finding", () => {
    const g = gradesGrid(GRADES);
    expect(shares(g)).toEqual([
      "B4=C4+E4+G4", "D4=C4/B4", "F4=E4/B4", "H4=G4/B4",
      "B5=C5+E5+G5", "D5=C5/B5", "F5=E5/B5", "H5=G5/B5",
      "B6=C6+E6+G6", "D6=C6/B6", "F6=E6/B6", "H6=G6/B6",
    ]);
    expect(flags(g)).toEqual([]);
  });

  // (its family evaluation-summary since grad46c, session 46: a distribution of an assessment's results by grade, the truth's
  // family — grouped-shares.ts gradeDistributionHead; its header the same)
  test("a distribution of projects by grade (績效良好 | 績效尚可 | 尚待努力): evaluation-summary, its two-line header, row 2 (the classes' line) to row 3 (the pairs')", () => {
    expect(recognise(gradesGrid(GRADES))).toMatchObject({ family: "evaluation-summary", headerRow: 2, headerLastRow: 3 });
  });

  test("an empty line under the header and another between two years (a page's spacing): the same relations", () => {
    const rows = [...GRADES.slice(0, 3), Array(8).fill(null), GRADES[3], Array(8).fill(null), ...GRADES.slice(4)];
    expect(shares(gradesGrid(rows))).toEqual([
      "B5=C5+E5+G5", "D5=C5/B5", "F5=E5/B5", "H5=G5/B5",
      "B7=C7+E7+G7", "D7=C7/B7", "F7=E7/B7", "H7=G7/B7",
      "B8=C8+E8+G8", "D8=C8/B8", "F8=E8/B8", "H8=G8/B8",
    ]);
  });

  test("a share miscomputed (98: 35.29 → 53.29) is reported at F5", () => {
    const rows = GRADES.map((r) => [...r]);
    rows[4][5] = "53.29";
    expect(flags(gradesGrid(rows))).toEqual(["ratio-mismatch@F5"]);
  });

  test("a count that breaks the whole (100: 39 → 38 cases, 48 against 總件數 49): the whole at B6 and the share at F6", () => {
    const rows = GRADES.map((r) => [...r]);
    rows[5][4] = "38";
    // (9 + 38 + 1 = 48 against 49 at B6; 38 / 49 = 77.55 against 79.59 at F6)
    expect(flags(gradesGrid(rows))).toEqual(["total-mismatch@B6", "ratio-mismatch@F6"]);
  });

  test("simplified, % cells, the whole's head on the pairs' line (参评单位数 | 个数 | 占比 …): read the same", () => {
    // 优秀 4 / 20 = 20%, 良好 12 / 20 = 60%, 合格 4 / 20 = 20% (hand)
    const g = Grid.fromValues("Sheet1", [
      ["考核等次统计", null, null, null, null, null, null, null],
      ["片区", "参评单位数", "优秀", null, "良好", null, "合格", null],
      [null, "参评单位数", "个数", "占比", "个数", "占比", "个数", "占比"],
      ["东片", 20, 4, "20%", 12, "60%", 4, "20%"],
      ["西片", 10, 3, "30%", 6, "60%", 1, "10%"],
    ], ["C2:D2", "E2:F2", "G2:H2"]);
    expect(shares(g)).toEqual(["B4=C4+E4+G4", "D4=C4/B4", "F4=E4/B4", "H4=G4/B4", "B5=C5+E5+G5", "D5=C5/B5", "F5=E5/B5", "H5=G5/B5"]);
    expect(flags(g)).toEqual([]);
  });

  test("fractions (人数 | 比例 as 0.25): 5 / 20 = 0.25 read as a fraction, no finding", () => {
    const g = Grid.fromValues("Sheet1", [
      ["班级", "总人数", "人数", "比例", "人数", "比例"],
      ["一班", 20, 5, 0.25, 15, 0.75],
      ["二班", 40, 10, 0.25, 30, 0.75],
    ], []);
    expect(shares(g)).toEqual(["B2=C2+E2", "D2=C2/B2", "F2=E2/B2", "B3=C3+E3", "D3=C3/B3", "F3=E3/B3"]);
    expect(flags(g)).toEqual([]);
  });

  test("some classes only (其中 优秀 | 良好 of the whole): the counts at most the whole, the shares still checked", () => {
    const g = Grid.fromValues("Sheet1", [
      ["单位", "总人数", "人数", "比例", "人数", "比例"],
      ["甲", 20, 5, "25%", 10, "50%"],
      ["乙", 40, 10, "25%", 20, "50%"],
    ], []);
    expect(shares(g)).toEqual(["B2=C2+E2≥", "D2=C2/B2", "F2=E2/B2", "B3=C3+E3≥", "D3=C3/B3", "F3=E3/B3"]);
    expect(flags(g)).toEqual([]);
  });

  test("counter-shape: one (count | share) pair only — not this reading's", () => {
    expect(shares(Grid.fromValues("Sheet1", [["单位", "总人数", "人数", "比例"], ["甲", 20, 5, "25%"]], []))).toEqual([]);
  });

  test("counter-shape: no whole's column (单位 | 人数 | 比例 | 人数 | 比例) — no relation", () => {
    expect(shares(Grid.fromValues("Sheet1", [["单位", "备注", "人数", "比例", "人数", "比例"], ["甲", "x", 5, "25%", 10, "50%"]], []))).toEqual([]);
  });

  test("counter-shape: two whole's columns (总人数 | 合计) — which one is not said, no relation", () => {
    expect(shares(Grid.fromValues("Sheet1", [["单位", "总人数", "合计", "人数", "比例", "人数", "比例"], ["甲", 20, 15, 5, "25%", 10, "50%"]], []))).toEqual([]);
  });
});
