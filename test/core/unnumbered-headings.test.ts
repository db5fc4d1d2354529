import { reviewRows as run, totalMismatchCells as mismatches, type Row } from "../helpers/review-rows";

/**
 * A leading 合計 over unnumbered headings, each right over a run of lines numbered from 1 in the 款 column (主計處's
 * 歲出政事別預算比較總表: (1.一般政務支出) over 1 | 政權行使支出, 2 | 國務支出 …): the 合計 adds the headings, each
 * heading its 款 lines — a line and its own sub-lines are never parts of one sum (read as one list, the 合計 counts
 * every amount twice and no reading held: nothing was checked). Counter-shape: an unnumbered line that is a peer of
 * the numbered ones (市本级 beside 1 甲县, 2 乙县, 3 丙县, the numbers adding up as one list) stays a part of the total.
 */
const budget = (state = 200): Row[] => [
  ["中央政府總預算"],
  ["歲出政事別預算比較總表", undefined, undefined, "單位:新台幣千元"],
  ["款", "名 稱", "本次預算數", "上年度預算數"],
  [undefined, "合 計", 700, 500],
  [undefined, "(1.一般政務支出)", 300, 250],
  [1, "政權行使支出", 100, 50],
  [2, "國務支出", state, 200],
  [undefined, "(2.國防支出)", 400, 250],
  [1, "國防支出", 300, 200],
  [2, "國防設施", 100, 50],
  ["資料來源:總預算書"],
];
const MERGES = ["A1:D1", "A2:C2"];
const sums = (rows: Row[], merges: string[], col: number) =>
  run(rows, merges)
    .model.relations.flatMap((x) => (x.kind === "sum" && x.total.col === col ? [`${x.total.cell} ← ${x.parts.map((p) => p.cell).join(",")}`] : []))
    .sort();

describe("unnumbered headings over runs numbered from 1", () => {
  test("合計 700 = 300 + 400 over the two headings, each over its 款 lines (100 + 200; 300 + 100): read so, nothing reported", () => {
    expect(sums(budget(), MERGES, 3)).toEqual(["C4 ← C5,C8", "C5 ← C6,C7", "C8 ← C9,C10"]);
    expect(mismatches(budget(), MERGES)).toEqual([]);
  });
  test("國務支出 200 → 210: its heading (1.一般政務支出) is off by 10 (300 against 100 + 210), nothing else", () => {
    expect(mismatches(budget(210), MERGES)).toEqual(["C5"]);
  });
  const peers = (b = 30): Row[] => [["某县资金分配表"], ["序号", "单位", "金额(万元)"], [undefined, "合计", 130], [undefined, "市本级", 40], [1, "甲县", 30], [2, "乙县", b], [3, "丙县", 30], ["注:按因素法分配"]];
  test("counter-shape: 合计 130 = 市本级 40 + 30 + 30 + 30, one list (市本级 is no heading: 40 ≠ 90)", () => {
    expect(sums(peers(), ["A1:C1"], 3)).toEqual(["C3 ← C4,C5,C6,C7"]);
    expect(mismatches(peers(), ["A1:C1"])).toEqual([]);
  });
  test("counter-shape: 乙县 30 → 31: the 合计 reported against its four lines", () => {
    expect(mismatches(peers(31), ["A1:C1"])).toEqual(["C3"]);
  });
});
