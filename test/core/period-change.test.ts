import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A budget comparison's change column, line by line: 比較 = 本次預算數 − 上年度預算數 (主計處 89C707's 歲出 lines,
 * graduated in session 34; 86C103 and 89B13G in real/ have the same column). The column is read as a difference only
 * where it is one on two thirds of its lines (three at least): a 比较 column of growth rates, or one that agrees on too
 * few lines, is not. Counter-shapes: the rate column; two lines only; a change off on most lines (another measure).
 */
type Row = string[];
const HEAD: Row[] = [
  ["中央政府总预算", "", "", ""],
  ["岁出政事别预算比较表", "", "", ""],
  ["项目", "本次预算数", "上年度预算数", "比较"],
];
const LINES: Row[] = [
  ["1.一般政务支出", "502,893", "275,889", "227,004"],
  ["2.国防支出", "354,291", "276,237", "78,054"],
  ["3.教育科学文化支出", "716,775", "450,020", "266,755"],
  ["4.经济发展支出", "518,258", "374,410", "143,848"],
  ["5.债务支出", "303,087", "334,358", "-31,271"],
];
const at = (rows: Row[], r: number, c: number, v: string) => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));
const differences = (rows: Row[]) => {
  const r = review(Grid.fromValues("S", rows, ["A1:D1", "A2:D2"]), "national");
  return {
    read: r.model.relations.filter((x) => x.kind === "difference").length,
    flags: r.findings.filter((f) => f.rule === "total-mismatch").map((f) => `${f.messageId}@${f.cell}`),
  };
};

describe("a budget comparison's change column is the current amount less the earlier one, on each line", () => {
  test.each<[string, Row[], { read: number; flags: string[] }]>([
    ["the published lines: five differences read, nothing flagged", [...HEAD, ...LINES], { read: 5, flags: [] }],
    // (4.'s change written 143,948: 518,258 − 374,410 = 143,848)
    ["a change off by 100 on one line: found there", [...HEAD, ...at(LINES, 3, 3, "143,948")], { read: 5, flags: ["difference@D7"] }],
    // counter: the 比较 column holds growth rates (82.3 = 227,004 / 275,889 in %): no difference read
    ["counter: a column of rates under 比较", [...HEAD, ...LINES.map((l) => [l[0], l[1], l[2], (((Number(l[1].replace(/,/g, "")) - Number(l[2].replace(/,/g, ""))) / Number(l[2].replace(/,/g, ""))) * 100).toFixed(1)])], { read: 0, flags: [] }],
    // counter: two lines are no evidence
    ["counter: two lines only", [...HEAD, ...LINES.slice(0, 2)], { read: 0, flags: [] }],
    // counter: the change off on three of five lines (another measure): not read, nothing flagged
    ["counter: off on most lines", [...HEAD, ...at(at(at(LINES, 0, 3, "1"), 1, 3, "2"), 2, 3, "3")], { read: 0, flags: [] }],
  ])("%s", (_name, rows, expected) => {
    expect(differences(rows)).toEqual(expected);
  });
});
