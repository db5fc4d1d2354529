import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { readNumber } from "../../src/core/text/numbers";

/**
 * corpus50b (新竹市 97年度 總決算 歲入歲出簡明比較分析表): a comparison table whose decreases carry a sign in brackets
 * before the number ("(-) 3,617,487,951", "(-) 19.93"), and whose columns are 預算數 | 決算數 | 比較增減數 | 百分比增減(%) |
 * 占決算總額(%), a line of column markers under the head ((1) | (2) | (3)=(2)-(1) | (4)=(3)/(1)). A sign in brackets is the
 * number's sign; a column of rates of change adds up to nothing, so no sum is read down it, while the amounts, the
 * changes and the shares add up to the 合計 line.
 */

describe("a sign in brackets before a number", () => {
  test.each<[string, number | null]>([
    ["(-) 3,617,487,951", -3617487951],
    ["(-)19.93", -19.93],
    ["(−) 245,143,259", -245143259],
    ["(+) 1,011,792", 1011792],
    // counter-shapes: a nil written as a bracketed dash, a column marker, a marker's formula, a number in brackets
    ["(-)", null],
    ["( 1 )", null],
    ["(3)=(2)-(1)", null],
    ["(17,498.3)", null],
  ])("%s", (text, expected) => {
    expect(readNumber(text)?.value ?? null).toBe(expected);
  });
});

type Row = (string | number | null)[];
/** the head, then the marker line; the fifth column's head is the one the cases change */
function table(rateHead: string, lines: Row[]): Grid {
  return Grid.fromValues(
    "S",
    [
      ["項 目", "預算數", "決算數", "比較增減數", rateHead, "占決算總額(%)"],
      ["", "( 1 )", "( 2 )", "( 3 ) = ( 2 ) - ( 1 )", "(4)=(3)/(1)", ""],
      ...lines,
    ],
    [],
  );
}
// 600 + 400 = 1,000; 630 + 270 = 900; 30 − 130 = −100; 70 + 30 = 100 — and the rates 5.00 − 32.50 = −27.50, not −10.00
const CLEAN: Row[] = [
  ["一、歲入合計", "1,000", "900", "(-) 100", "(-) 10.00", "100.00"],
  ["1.稅課收入", "600", "630", "30", "5.00", "70.00"],
  ["2.規費收入", "400", "270", "(-) 130", "(-) 32.50", "30.00"],
];
const withCell = (row: number, col: number, text: string): Row[] => CLEAN.map((r, i) => (i === row ? r.map((v, c) => (c === col ? text : v)) : r));

const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

describe("the 合計 line adds up in every column but a column of rates", () => {
  test.each<[string, string, Row[], string[]]>([
    ["the clean table: every sum holds, the rates are not summed", "百分比\n增減(%)", CLEAN, []],
    ["決算 合計 900 written 950", "百分比\n增減(%)", withCell(0, 2, "950"), ["total-mismatch@C3"]],
    // (the bracketed sign read: −90 against 30 − 130 = −100; and against the line's own 決算 − 預算, the difference columns
    // read since grad51b: two relations broken at the cell, two findings)
    ["比較 合計 (-) 100 written (-) 90", "百分比\n增減(%)", withCell(0, 3, "(-) 90"), ["total-mismatch@D3", "total-mismatch@D3"]],
    ["a 增減率 head", "增減率", CLEAN, []],
    // counter-shape: the same numbers under a head naming no rate are amounts, and −27.50 is not −10.00
    ["the fifth column headed as amounts", "其他增減數", CLEAN, ["total-mismatch@E3"]],
  ])("%s", (_name, rateHead, lines, expected) => {
    expect(errors(table(rateHead, lines))).toEqual(expected);
  });
});
