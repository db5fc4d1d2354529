import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 主計處's 各級政府淨收支比較總表 (89C707, graduated in session 34): 項目 | 本次預算數 | 上年度預算數 | 比較, 一、歲入合計 over
 * 1. … 7. and 二、歲出合計 over 1. … 8., the page stopping at a bare '9.'. Four readings, each with its counter-shape:
 * - a dash ('-') on a numbered line is no amount in that column: the line stays in the list, its other columns add up
 *   (6.公債及賒借收入 | - | 220,329 | -220,329); text there (见附表) still ends the list, as before;
 * - a bare list number on the sheet's last line ('9.') cuts the numbered list: the lines read only bound 歲出合計; a bare
 *   number of the total's own level (三、) or a numbered line with its name and amounts closes nothing of it;
 * - a title line of one text (各級政府淨收支比較總表, merged across) names no column's change: the bound stays in 本次;
 * - two grand rows under one header (歲入合計, then 歲出合計 over more lines): the list's header and total are the first's.
 */
type Row = (string | number)[];
const HEAD: Row[] = [
  ["中央政府总预算", "", "", ""],
  ["各级政府净收支比较总表", "", "", ""],
  ["中华民国八十八年下半年及八十九年度", "", "", "单位:新台币百万元"],
  ["项目", "本次预算数", "上年度预算数", "比较"],
];
const REVENUE: Row[] = [
  ["一、岁入合计", "3,160,840", "2,503,949", "656,891"],
  ["1.税课及专卖收入", "2,053,747", "1,400,279", "653,468"],
  ["2.营业盈余及事业收入", "445,315", "293,140", "152,175"],
  ["3.规费及罚款收入", "173,311", "100,342", "72,969"],
  ["4.财产收入", "275,059", "253,041", "22,018"],
  ["5.其他收入", "213,408", "123,669", "89,739"],
  ["6.公债及赊借收入", "-", "220,329", "-220,329"],
  ["7.移用以前年度岁计剩余", "-", "113,149", "-113,149"],
];
const EXPENSE = (total: string): Row[] => [
  ["", "", "", ""],
  ["二、岁出合计", total, "2,503,949", "956,892"],
  ["1.一般政务支出", "502,893", "275,889", "227,004"],
  ["2.国防支出", "354,291", "276,237", "78,054"],
  ["3.教育科学文化支出", "716,775", "450,020", "266,755"],
  ["4.经济发展支出", "518,258", "374,410", "143,848"],
  ["5.社会福利支出", "480,500", "282,733", "197,767"],
  ["6.社区发展及环境保护支出", "233,479", "210,468", "23,011"],
  ["7.退休抚恤支出", "272,283", "165,498", "106,785"],
  ["8.债务支出", "303,087", "334,358", "-31,271"],
];
const MERGES = ["A1:D1", "A2:D2", "A3:C3"];

const run = (rows: Row[]) => {
  const r = review(Grid.fromValues("S", rows, MERGES), "national");
  return {
    flags: r.findings.filter((f) => f.rule === "total-mismatch").map((f) => `${f.messageId}@${f.cell}`),
    header: r.model.headerRow,
    total: r.model.totals?.score?.cell ?? null,
  };
};

describe("a dash on a numbered line is no amount there; the line stays in the list", () => {
  test.each<[string, Row[], string[]]>([
    // (比較 656,891 = 653,468 + 152,175 + 72,969 + 22,018 + 89,739 − 220,329 − 113,149; 本次 3,160,840 over 1.–5.)
    ["the published 歲入 block: nothing flagged", REVENUE, []],
    // (7.'s 比較 written −113,000: the column's lines give 657,040, its 合計 656,891 — the dash lines are counted)
    ["a slip on a dash line's other column is found", REVENUE.map((r, i) => (i === 7 ? [r[0], r[1], r[2], "-113,000"] : r)), ["sum@D5"]],
    // counter: text in the amount column (见附表) is another kind of line: the list ends above it, its 合計 then only
    // over 1.–5. in D (990,369 against 656,891), as every reader did before
    ["counter: text where the dash was ends the list", REVENUE.map((r, i) => (i === 6 ? [r[0], "见附表", r[2], r[3]] : r)), ["sum@D5"]],
  ])("%s", (_name, block, expected) => {
    expect(run([...HEAD, ...block]).flags).toEqual(expected);
  });
});

describe("a bare list number on the sheet's last line cuts the numbered list above it", () => {
  test.each<[string, Row[], string[]]>([
    // (8 lines give 3,381,566 of 3,460,841: the rest is after the cut)
    ["the published cut ('9.' alone): 歲出合計 only bounded, nothing flagged", [["9.", "", "", ""]], []],
    // (the bound still holds the other way: 歲出合計 2,000,000 under its 8 lines' 3,381,566; its 比較 956,892 is then no
    // longer 本次 − 上年度 either: period-change.ts)
    ["a total below the lines read: flagged as a bound", [["9.", "", "", ""]], ["sumAtMost@B14", "difference@D14"]],
    // counter: a 9th line with its name and amounts is a line of the list: 歲出合計 must be the whole sum
    ["counter: '9.其他支出' with amounts, no cut", [["9.其他支出", "79,275", "134,336", "-55,061"]], []],
    ["counter: a 9th line that does not close the sum is flagged", [["9.其他支出", "79,000", "134,336", "-55,336"]], ["sum@B14", "sum@D14"]],
    // counter: a bare '三、' is no number of the list's lines (1. … 8.): nothing is cut, 1.–8. must make 歲出合計 whole
    ["counter: a bare '三、' cuts nothing of the 1. … 8. list", [["三、", "", "", ""]], ["sum@B14", "sum@C14", "sum@D14"]],
  ])("%s", (name, tail, expected) => {
    const total = name.startsWith("a total below") ? "2,000,000" : "3,460,841";
    expect(run([...HEAD, ...REVENUE, ...EXPENSE(total), ...tail]).flags).toEqual(expected);
  });
});

describe("a one-text title line names no column's change; two grand blocks under one header", () => {
  test("the published layout: header 4, total 本次 歲入合計 B5 (the first block under the header)", () => {
    const r = run([...HEAD, ...REVENUE, ...EXPENSE("3,460,841"), ["9.", "", "", ""]]);
    expect([r.header, r.total]).toEqual([4, "B5"]);
  });
  test("counter: 比較 named in the column's own head drops the bound there (D, signed), not in B", () => {
    // (歲出合計 below its 8 lines in B and in D: B's bound stands, D's — a change column — says nothing)
    const expense = EXPENSE("2,000,000").map((r, i) => (i === 1 ? [r[0], r[1], r[2], "100"] : r));
    // (and D14's 100 is not 2,000,000 − 2,503,949: the line's change, read by period-change.ts)
    expect(run([...HEAD, ...REVENUE, ...expense, ["9.", "", "", ""]]).flags).toEqual(["sumAtMost@B14", "difference@D14"]);
  });
});
