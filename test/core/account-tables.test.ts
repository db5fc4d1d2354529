import { reviewRows as run, totalMismatchCells as mismatches, type Row } from "../helpers/review-rows";
import { readNumber } from "../../src/core/text/numbers";
import { amountRole } from "../../src/core/recognise/blocks";

/**
 * Government account tables outside the mainland's forms (development sheets of corpus43):
 *  - a Macao budget annex (科學技術發展基金 2008 收入預算): amounts written '$ 6,300,000.00', code lines without amounts
 *    (heads) and section lines merged across the amount column (經常收入 / 資本收入) between the header and the first
 *    amount, a closing 總計 over every amount;
 *  - a Hong Kong yearbook table (政府總收支及財政狀況概要): fiscal-year columns (1998-1999 實際收入 | … | 2003-2004
 *    修訂預算) and a block total named by what it adds, 經營收入總額, with the next block's lines below it.
 */

describe("a currency sign before an amount", () => {
  test.each([
    ["$ 6,300,000.00", 6300000],
    ["$0.00", 0],
    ["¥1,200", 1200],
    ["HK$ 5,800", 5800],
    ["MOP$100.50", 100.5],
  ])("%s reads as %d", (text, value) => {
    expect(readNumber(text)?.value).toBe(value);
  });
  test.each([["$"], ["USD 100"], ["$ 1,00"], ["人民币100"], ["H100"]])("counter-shape — %s is no number", (text) => {
    expect(readNumber(text)).toBeNull();
  });
});

const annex = (bank: string): Row[] => [
  ["某基金二零零八年財政年度之本身預算"],
  ["經濟分類", undefined, "金額"],
  ["編號", "收入名稱"],
  ["經常收入"],
  ["04-00-00-00", "財產之收益"],
  ["04-03-00-00", "利息——其他部門"],
  ["04-03-01-00", "銀行存款", bank],
  ["05-00-00-00", "轉移"],
  ["05-01-03-01", "特區預算轉移", "$ 48,278,900.00"],
  ["05-03-00-99", "其他", "$ 1,000.00"],
  ["資本收入"],
  ["13-01-00-00", "歷年財政年度結餘", "$ 144,000,000.00"],
  ["14-00-00-00", "非從支付中扣減之退回", "$ 100.00"],
  ["總計", undefined, "$ 198,580,000.00"],
];
const annexMerges = ["A1:C1", "A2:B2", "C2:C3", "A4:C4", "A11:C11", "A14:B14"];

describe("a budget annex: '$' amounts, head lines and merged section lines between the header and the amounts", () => {
  test("6,300,000 + 48,278,900 + 1,000 + 144,000,000 + 100 = 198,580,000: no mismatch; header from row 2 (經濟分類 / 金額 over 編號 | 收入名稱), the stated total C14", () => {
    const r = run(annex("$ 6,300,000.00"), annexMerges);
    expect(r.findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")).toEqual([]);
    expect(r.model.headerRow).toBe(2);
    expect(r.model.totals?.score).toEqual(expect.objectContaining({ cell: "C14", value: 198580000 }));
  });

  test("a part changed (銀行存款 6,400,000): 198,680,000 ≠ 198,580,000 — the 總計 C14 is reported", () => {
    expect(mismatches(annex("$ 6,400,000.00"), annexMerges)).toContain("C14");
  });

  test("counter-shape — the section line not merged across the amounts (資本收入 alone in A11, C11 its own cell, empty): the same sum, read the same", () => {
    const merges = annexMerges.filter((m) => m !== "A11:C11");
    expect(mismatches(annex("$ 6,400,000.00"), merges)).toContain("C14");
  });

  test("counter-shape — a merged line with a number beside it is no section heading: the walk stops there and the total is not read as the sum of the lines above it", () => {
    const rows = annex("$ 6,400,000.00").map((row, i) => (i === 10 ? ["資本收入", undefined, undefined, 5] : row));
    expect(mismatches(rows, annexMerges)).not.toContain("C14");
  });
});

describe("the section line's merge filled across (取消合并并填充: 資本收入 written in A11, B11 and C11)", () => {
  const filled = (bank: string, c11 = "資本收入") =>
    annex(bank).map((row, i) => (i === 10 ? ["資本收入", "資本收入", c11] : row));
  const merges = annexMerges.filter((m) => m !== "A11:C11");
  test("the same reading as merged: 198,580,000 adds up, and 銀行存款 6,400,000 makes 總計 C14 a mismatch", () => {
    expect(mismatches(filled("$ 6,300,000.00"), merges)).toEqual([]);
    expect(mismatches(filled("$ 6,400,000.00"), merges)).toContain("C14");
  });
  test("counter-shape — another text in the amount column (C11 其他收入, no copy of the label) is no section line: the 總計's sum is read up to it only (C12, C13), as before", () => {
    const sumOf = (c11: string) =>
      run(filled("$ 6,300,000.00", c11), merges)
        .model.relations?.filter((x) => x.kind === "sum" && x.total.cell === "C14")
        .map((x) => (x.kind === "sum" ? x.parts.map((p) => p.cell) : []));
    expect(sumOf("資本收入")).toEqual([["C7", "C9", "C10", "C12", "C13"]]);
    expect(sumOf("其他收入")).toEqual([["C12", "C13"]]);
  });
});

const account = (income: number): Row[] => [
  ["政府總收支及財政狀況概要"],
  ["單位:百萬元"],
  ["收入", "1998-1999 實際收入", "2002-2003 實際收入", "2003-2004 修訂預算"],
  ["經營收入"],
  ["直接稅"],
  ["入息稅和利得稅", income, 73028, 78080],
  ["間接稅"],
  ["一般差餉", 3614, 8923, 11131],
  ["車輛稅", 2237, 2510, 2712],
  ["經營收入總額", 81597, 84461, 91923],
  ["非經常收入"],
  ["遺產稅", 1237, 1403, 1500],
];

describe("a government account's block total, 經營收入總額, over fiscal-year columns", () => {
  test("75,746 + 3,614 + 2,237 = 81,597 (and 84,461, 91,923): no mismatch; the header is row 3; no stated total (the 非經常收入 block goes on below)", () => {
    const r = run(account(75746));
    expect(r.findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")).toEqual([]);
    expect(r.model.headerRow).toBe(3);
    expect(r.model.totals).toBeNull();
  });

  test("a part changed (入息稅 75,846): 81,697 ≠ 81,597 — B10 is reported", () => {
    expect(mismatches(account(75846))).toContain("B10");
  });

  test("counter-shape — a fund's 年度資金總額 is no account total: the same lines closed by it are not summed", () => {
    const rows = account(75846).map((row, i) => (i === 9 ? ["年度資金總額", ...row.slice(1)] : row));
    expect(mismatches(rows)).not.toContain("B10");
  });
});

const comparison = (heads: string[]): Row[] => [
  ["中央政府總預算"],
  ["歲出政事別預算比較總表"],
  ["科 目", ...heads],
  ["合 計", 300, 250, 240, 50],
  ["政權行使支出", 100, 100, 90, 0],
  ["國務支出", 200, 150, 150, 50],
];

describe("a budget comparison's 合計 over period columns", () => {
  test("本年度預算數 | 上年度預算數 | 前年度決算數 | 比較: the stated total is the current budget's B4 (300 = 100 + 200)", () => {
    const r = run(comparison(["本年度預算數", "上年度預算數", "前年度決算數", "本年度與上年度比較"]));
    expect(r.model.totals?.score).toEqual(expect.objectContaining({ cell: "B4", value: 300 }));
  });

  test("本次預算數 (an 18-month budget) beside 上年度預算數: B4 as well", () => {
    const r = run(comparison(["本 次 預 算 數", "上年度預算數", "前年度決算數", "本次與上年度比較"]));
    expect(r.model.totals?.score).toEqual(expect.objectContaining({ cell: "B4" }));
  });

  test("counter-shape — no column names an earlier period (本年度預算數 | 甲區 | 乙區 | 丙區): no one column is the stated total", () => {
    const r = run(comparison(["本年度預算數", "甲區", "乙區", "丙區"]));
    expect(r.model.totals?.score?.cell ?? null).not.toBe("B4");
  });
});

describe("a fiscal year before or after an account's amount head", () => {
  test.each([["1998-1999实际收入"], ["实收1997-98"], ["修订预算1999-2000"], ["2003-2004修订预算"]])("%s is an amount column", (text) => {
    expect(amountRole(text)).toBe("amount");
  });
  test.each([["1998-1999"], ["实收"]])("counter-shape — %s: a year alone is no head; the word alone is one", (text) => {
    expect(amountRole(text)).toBe(text === "实收" ? "amount" : null);
  });
});
