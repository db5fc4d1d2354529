import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The shapes corpus44's three held-out 三公经费 sheets (graduated in session 36, batch46-graduation-a-diagnosis.md)
 * showed the engine reading wrongly, each with its counter-shape:
 *  1. an outline whose one heading is printed wrong (桂林 3.公务用车费 0 over its 其中 32.65, the 合计 34.35 counting
 *     them) denies both sums it stands in: its last lines making the total vouch for the levels;
 *  2. a 其中 column right of a money column that names no total (本年预算数 | 其中:公共预算财政拨款): a part of it;
 *  3. budgets named by their years only (2023年预算数 | 2024年预算数 | 比上年增、减金额): the latest year's is the current
 *     one, the change column its difference from the earlier, and the 增、减幅度 beside it the change over the earlier;
 *  4. a line that is no total over its numbered 其中 lines (“三公”經費 over 其中:(一) (二) (三), (二) over 1. 2.);
 *  5. a numbered line over its 其中 breakdown not numbered (3.公务用车购置及运行维护费 over 其中:公务用车运行维护费,
 *     公务用车购置: 江北, 岳阳县, 王路 基础数据表): their sum where it adds up, else a bound.
 */
type Row = (string | null)[];
const at = (rows: Row[], edits: [number, number, string][]) => rows.map((row, i) => row.map((x, j) => edits.find(([r, c]) => r === i && c === j)?.[2] ?? x));
const result = (rows: Row[], merges: string[] = []) => review(Grid.fromValues("S", rows, merges), "national");
const flags = (rows: Row[], merges: string[] = []) =>
  result(rows, merges)
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
const sumsRead = (rows: Row[], merges: string[] = []) =>
  result(rows, merges)
    .model.relations.filter((x) => x.kind === "sum")
    .map((x) => (x.kind === "sum" ? `${x.total.cell}=${x.parts.map((p) => p.cell).join("+")}${x.bound === "atMost" ? "≥" : ""}` : ""))
    .sort();
const differencesRead = (rows: Row[], merges: string[] = []) =>
  result(rows, merges)
    .model.relations.filter((x) => x.kind === "difference")
    .map((x) => (x.kind === "difference" ? `${x.result.cell}=${x.minuend.cell}-${x.subtrahends.map((s) => s.cell).join("-")}` : ""))
    .sort();

const GUILIN: Row[] = [
  ["2015年某局部门“三公”经费情况统计表", null],
  [null, "单位:万元"],
  ["项 目", "本年预算数"],
  ["合 计", "34.35"],
  ["1.因公出国(境)费用", "0"],
  ["2.公务接待费", "1.70"],
  ["3.公务用车费", "0"],
  ["其中:(1)公务用车运行维护费", "32.65"],
  ["(2)公务用车购置", "0"],
  ["注:“三公”经费包括因公出国(境)经费、公务用车购置及运行费和公务接待费。", null],
];

describe("1. an outline's last lines making its total vouch for its levels", () => {
  test.each<[string, Row[], string[]]>([
    // 0 + 1.70 + 32.65 + 0 = 34.35: the levels hold, item 3 (0 against 32.65) is the slip, and the 合计 against the items
    // (the 合计 against the items, 1.70 ≠ 34.35, is the same slip: reported once, at the item)
    ["the published slip: item 3 printed 0 over its 32.65", GUILIN, ["total-mismatch@B7"]],
    ["item 3 printed right (32.65): nothing to flag", at(GUILIN, [[6, 1, "32.65"]]), []],
    // counter: 0 + 1.70 + 32.65 + 0 = 34.35 ≠ 40 and 1.70 ≠ 40: no sum holds, nothing says the levels are read right
    ["counter: the 合计 matches neither its items nor its last lines", at(GUILIN, [[3, 1, "40"]]), []],
    // counter: the heading blank (no amount), its lines' sum says nothing of it; 1.70 ≠ 34.35 alone
    ["counter: the heading left blank", at(GUILIN, [[6, 1, ""]]), []],
  ])("%s", (_name, rows, expected) => {
    expect(flags(rows)).toEqual(expected);
  });
});

const FUND_SPLIT: Row[] = [
  ["2015年某局部门“三公”经费情况统计表", null, null],
  ["项目", "本年预算数", "其中:公共预算财政拨款"],
  ["合计", "30", "25"],
  ["1.因公出国(境)费用", "10", "5"],
  ["2.公务接待费", "20", "20"],
];

describe("2. a 其中 column right of a money column naming no total: a part of it", () => {
  test.each<[string, Row[], string[]]>([
    // 30 = 10 + 20, 25 = 5 + 20; each line's 其中 at most its budget (25 ≤ 30, 5 ≤ 10, 20 ≤ 20)
    ["the shape: the lines' bounds", FUND_SPLIT, ["B3=B4+B5", "B4=C4≥", "B5=C5≥", "C3=C4+C5"]],
    // counter: the same column without its 其中 mark: two columns side by side, neither said to hold the other
    ["counter: the part not marked 其中", at(FUND_SPLIT, [[1, 2, "公共预算财政拨款"]]), ["B3=B4+B5", "C3=C4+C5"]],
    // counter: a 其中 column of a count (其中:接待批次), no part of money: its lines add up, no bound
    ["counter: a 其中 column naming no money", at(FUND_SPLIT, [[1, 2, "其中:接待批次"]]), ["B3=B4+B5", "C3=C4+C5"]],
  ])("%s", (_name, rows, expected) => {
    expect(sumsRead(rows)).toEqual(expected);
  });

  test("the 其中 above its budget is flagged, and the budget column states the total", () => {
    const rows = at(FUND_SPLIT, [[3, 2, "12"], [2, 2, "32"]]);
    // 12 > 10: B4 ≥ C4 fails; the 合计 32 = 12 + 20 holds in its column
    expect(flags(rows)).toEqual(["total-mismatch@B4"]);
    expect(result(FUND_SPLIT).model.totals?.score?.cell).toBe("B3");
  });
});

const YEARS: Row[] = [
  ["2024年某镇“三公”经费预算财政拨款情况统计表", null, null, null],
  ["项目", "2023年预算数", "2024年预算数", "比上年增、减情况"],
  [null, null, null, "增、减金额"],
  ["合计", "18.15", "22.15", "4"],
  ["1.因公出国(境)费", null, null, null],
  ["2.公务接待费", "3", "7", "4"],
  ["3.公务用车购置及运行费", "15.15", "15.15", "0"],
];
// (项目 and the year heads merged down the header's two lines, as published)
const YEAR_MERGES = ["A2:A3", "B2:B3", "C2:C3"];

describe("3. budgets named by their years only: the latest is the current one", () => {
  test.each<[string, Row[], string[]]>([
    // 22.15 − 18.15 = 4, 7 − 3 = 4, 15.15 − 15.15 = 0
    ["the shape: each line's change", YEARS, ["D4=C4-B4", "D6=C6-B6", "D7=C7-B7"]],
    // the years the other way round: 2024 first, the change still current − earlier (4 = 22.15 − 18.15)
    ["the columns the other way round", YEARS.map((r) => [r[0], r[2], r[1], r[3]]).map((r, i) => (i === 1 ? ["项目", "2024年预算数", "2023年预算数", "比上年增、减情况"] : r)), ["D4=B4-C4", "D6=B6-C6", "D7=B7-C7"]],
    // counter: one year named twice says nothing of which is current
    ["counter: one year twice", at(YEARS, [[1, 1, "2024年预算数"]]), []],
  ])("%s", (_name, rows, expected) => {
    expect(differencesRead(rows, YEAR_MERGES)).toEqual(expected);
  });

  test("a change that is not the difference is flagged; the later year's 合计 is the total", () => {
    // 7 − 3 = 4, printed 5
    expect(flags(at(YEARS, [[5, 3, "5"]]), YEAR_MERGES)).toEqual(["total-mismatch@D6"]);
    expect(result(YEARS, YEAR_MERGES).model.totals?.score?.cell).toBe("C4");
    // counter: with 本年 and 上年 words absent and one year twice, no column is the current one
    expect(result(at(YEARS, [[1, 1, "2024年预算数"]]), YEAR_MERGES).model.totals?.score?.cell).toBeUndefined();
  });
});

const ADMIN: Row[] = [
  [null, null, null, "單位:萬元"],
  ["項 目", "合計", "一般公共 預算", "政府性基金 預算"],
  ["行政經費", "312.23", "312.23", "0.00"],
  ["“三公”經費", "29.00", "29.00", "0.00"],
  ["其中:(一)因公出國(境)支出", "0.00", "0.00", "0.00"],
  ["(二)公務用車購置及運行維護支出", "28.00", "28.00", "0.00"],
  ["1.公務用車購置", "0.00", "0.00", "0.00"],
  ["2.公務用車運行維護費", "28.00", "28.00", "0.00"],
  ["(三)公務接待費支出", "1.00", "1", "0.00"],
];
const ADMIN_ONE_FUND = ADMIN.map((r, i) => (i < 2 ? r : [r[0], r[1], r[2], null]));
const rowSumsOf = (rows: Row[]) => sumsRead(rows).filter((s) => /^[B-D]\d+=[B-D](\d+)\+[B-D]\d+/.test(s) && s[0] === s.split("=")[1][0]);

const WITH_RATE: Row[] = YEARS.map((r, i) => [...r, i === 2 ? "增、减幅度" : i === 3 ? "22%" : i === 5 ? "133%" : i === 6 ? "0" : null]);
const WITH_RATE_MERGES = [...YEAR_MERGES, "D2:E2"];
const ratiosRead = (rows: Row[]) =>
  result(rows, WITH_RATE_MERGES)
    .model.relations.filter((x) => x.kind === "ratio")
    .map((x) => (x.kind === "ratio" ? `${x.stated.cell}=${x.numerator.cell}/${x.denominator.cell}` : ""))
    .sort();

describe("3b. the rate of change beside the change column: the change over the earlier year's amount", () => {
  test.each<[string, Row[], string[], string[]]>([
    // 4 / 18.15 = 22.04% → 22%; 4 / 3 = 133.3% → 133%; 0 / 15.15 = 0
    ["the shape", WITH_RATE, ["E4=D4/B4", "E6=D6/B6", "E7=D7/B7"], []],
    // 4 / 3 = 133%, printed 33%
    ["a rate miscomputed", at(WITH_RATE, [[5, 4, "33%"]]), ["E4=D4/B4", "E6=D6/B6", "E7=D7/B7"], ["ratio-mismatch@E6"]],
    // counter: a share of the total (占比) beside the change is no rate of change
    ["counter: a share beside it", at(WITH_RATE, [[2, 4, "占比"]]), [], []],
  ])("%s", (_name, rows, ratios, flagged) => {
    expect(ratiosRead(rows)).toEqual(ratios);
    expect(flags(rows, WITH_RATE_MERGES)).toEqual(flagged);
  });
});

describe("4. a line that is no total over its numbered 其中 lines", () => {
  test.each<[string, Row[], string[]]>([
    // 29 = 0 + 28 + 1 (in 一般公共預算 too; 政府性基金 0 = 0 + 0 + 0), 28 = 0 + 28 — B4 and B6 are also their lines'
    // 合計 across: since session 37 (conv37) a cell that is the sum of its line and of its lines below keeps both sums,
    // so the 合計 column's B4 = B5 + B6 + B9 and B6 = B7 + B8 are read too (they were dropped for the sum across)
    ["the shape: the line over (一) (二) (三), (二) over 1. 2.", ADMIN, ["B4=B5+B6+B9", "B6=B7+B8", "C4=C5+C6+C9", "C6=C7+C8", "D4=D5+D6+D9", "D6=D7+D8"]],
    // counter: the 其中 line unnumbered — one part, nothing says which lines follow it
    ["counter: the 其中 line not numbered", at(ADMIN, [[4, 0, "其中:因公出國(境)支出"]]), []],
    // with the 政府性基金 column blank: 29 = 0 + 28 + 1, 28 = 0 + 28 in 一般公共預算
    ["the 政府性基金 column blank", ADMIN_ONE_FUND, ["C4=C5+C6+C9", "C6=C7+C8"]],
    // counter: no sum holds and the last lines do not make the line (40 against 0 + 5 + 1, 5 against 0 + 28; the last
    // lines 0 + 0 + 28 + 1 = 29 ≠ 40)
    ["counter: the numbers deny every sum", at(ADMIN_ONE_FUND, [[3, 1, "40"], [3, 2, "40"], [5, 1, "5"], [5, 2, "5"]]), []],
  ])("%s", (_name, rows, expected) => {
    expect(rowSumsOf(rows)).toEqual(expected);
  });

  test("a 其中 line that does not add up is flagged", () => {
    // (三) 公務接待費 1 → 2 in 一般公共預算: 29 ≠ 0 + 28 + 2
    expect(flags(at(ADMIN, [[8, 2, "2"]]))).toContain("total-mismatch@C4");
    expect(flags(ADMIN)).toEqual([]);
  });
});

const JIANGBEI: Row[] = [
  ["2021年区本级“三公”经费预算支出表", null],
  [null, "单位:万元"],
  ["项目", "预算数"],
  ["合计", "4432"],
  ["1.因公出国(境)费用", "39"],
  ["2.公务接待费", "323"],
  ["3.公务用车购置及运行维护费", "4070"],
  ["其中:公务用车运行维护费", "2648"],
  ["公务用车购置", "1422"],
];

describe("5. a numbered line over its 其中 breakdown not numbered", () => {
  test.each<[string, Row[], string[], string[]]>([
    // 4432 = 39 + 323 + 4070; 4070 = 2648 + 1422
    ["the shape", JIANGBEI, ["B4=B5+B6+B7", "B7=B8+B9"], []],
    // 2648 + 1400 = 4048 ≠ 4070: in its only column the breakdown does not add up, so it is read as a bound (4048 ≤ 4070)
    ["a breakdown line short: a bound, nothing flagged", at(JIANGBEI, [[8, 1, "1400"]]), ["B4=B5+B6+B7", "B7=B8+B9≥"], []],
    // 2648 + 1500 = 4148 > 4070: the bound fails
    ["a breakdown line above its line's amount", at(JIANGBEI, [[8, 1, "1500"]]), ["B4=B5+B6+B7", "B7=B8+B9≥"], ["total-mismatch@B7"]],
  ])("%s", (_name, rows, sums, flagged) => {
    expect(sumsRead(rows)).toEqual(sums);
    expect(flags(rows)).toEqual(flagged);
  });

  test("counter: a column of 0 over 0 is no evidence the breakdown is whole (预算数 277.08 over 其中 138, 执行数 0.00 over 0.00)", () => {
    const rows: Row[] = [
      ["项目名称", "全年预算数", "全年执行数"],
      ["1.项目甲", "843.61", "100.00"],
      ["2.项目乙", "277.08", "0.00"],
      ["其中:专项经费", "138.00", "0.00"],
      ["3.项目丙", "689.81", "361.88"],
      ["合计", "1810.50", "461.88"],
    ];
    // 138 ≤ 277.08: a bound, nothing flagged
    expect(sumsRead(rows).filter((x) => x.startsWith("B3="))).toEqual(["B3=B4≥"]);
    expect(flags(rows)).toEqual([]);
  });

  test("counter: the line over it not numbered (公务用车费 written without 3.): not read as its breakdown's sum", () => {
    expect(sumsRead(at(JIANGBEI, [[6, 0, "公务用车购置及运行维护费"]])).filter((x) => x.startsWith("B7="))).toEqual([]);
  });

  test("two amount columns: whole where one column adds up (王路 2018 年决算数 | 预算数 | 决算数)", () => {
    const rows: Row[] = [
      ["经费控制情况", "2017年决算数", "2018年预算数", "2018年决算数"],
      ["三公经费", "29.08", "63.46", "44.29"],
      ["1、公务用车购置和维护经费", "11.86", "41.46", "39.30"],
      ["其中:公车购置", null, "29.46", "29.46"],
      ["公车运行维护", "11.86", "12", "9.84"],
      ["2、出国经费", null, null, null],
      ["3、公务接待", "17.22", "22", "4.99"],
    ];
    // 41.46 = 29.46 + 12, 39.30 = 29.46 + 9.84, 11.86 = (blank) + 11.86
    expect(sumsRead(rows).filter((x) => /^[B-D]3=/.test(x))).toEqual(["B3=B5", "C3=C4+C5", "D3=D4+D5"]);
  });
});
