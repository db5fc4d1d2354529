import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * corpus50b (主計處 85年度 歲出機關別預算表, 衛生署's lines; the 92年度 司法支出 excerpt): a budget comparison cut before any
 * 合計 — 本年度預算數 | 上年度預算數 | 本年度與上年度比較 down a ministry's 項 / 目 / 節. Its change column (on three lines
 * at least, the change is this year's budget less last year's) makes the lines a list: the header is the one the
 * change head stands in (top line 4, last line 5, the heads merged down both). A column that is no change of the two
 * budgets heads nothing. Fewer lines head the list only under a head naming the two budgets it compares (本年度與上年度
 * 比較 over 本年度預算數 | 上年度預算數, grad41b: 92年度 衛生署主管 and 85年度 平衡省市預算基金, one and two lines); under a
 * bare 比較 they do not (budget-headers.test.ts).
 */
type Row = (string | number | null)[];
const HEAD: Row[] = [
  ["中央政府總預算"],
  ["歲出機關別預算表"],
  ["中華民國八十五年度", "", "", "單位:新台幣千元"],
  ["科 目", "", "本年度預算數", "上年度預算數", "本年度與上年度\n比 較"],
  ["款", "名 稱", "", "", ""],
];
const MERGES = ["A1:E1", "A2:E2", "A3:C3", "D3:E3", "A4:B4", "C4:C5", "D4:D5", "E4:E5"];
// 19,923,390 − 24,563,314 = −4,639,924; 175,840 − 171,742 = 4,098 (twice: 一般行政 and its one 節 行政管理)
const LINES: Row[] = [
  ["1", "衛生署", "19,923,390", "24,563,314", "-4,639,924"],
  ["1", "一般行政", "175,840", "171,742", "4,098"],
  ["1", "行政管理", "175,840", "171,742", "4,098"],
];

const read = (lines: Row[]) => {
  const r = review(Grid.fromValues("S", [...HEAD, ...lines], MERGES), "national");
  return { header: r.model.headerRow, last: r.model.headerLastRow, errors: r.findings.filter((f) => f.severity === "error").map((f) => f.cell) };
};

describe("a budget comparison's change column heads its list", () => {
  test.each<[string, Row[], { header: number | null; last: number | null; errors: string[] }]>([
    ["three lines, every change the difference", LINES, { header: 4, last: 5, errors: [] }],
    // (two of three lines agree: the column is still the change column, and the third line's slip is reported)
    ["行政管理's change written 4,089", [LINES[0], LINES[1], ["1", "行政管理", "175,840", "171,742", "4,089"]], { header: 4, last: 5, errors: ["E8"] }],
    // two lines: too few to tell a change column by its lines, but its head names the two budgets (since grad41b)
    ["two lines only, the head naming 本年度 and 上年度", LINES.slice(0, 2), { header: 4, last: 5, errors: [] }],
    // counter-shape: a column that is no difference of the two is none
    ["a column of other amounts", LINES.map((l) => [...l.slice(0, 4), "1,000"]), { header: null, last: null, errors: [] }],
  ])("%s", (_name, lines, expected) => {
    expect(read(lines)).toEqual(expected);
  });
});
