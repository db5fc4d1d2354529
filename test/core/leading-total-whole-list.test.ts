import { totalMismatchCells as mismatches, type Row } from "../helpers/review-rows";

/**
 * A list whose 合计 line comes first and whose lines run to the sheet's end may go on past the page: its total is a
 * bound there. Its own numbers can say it is whole: where the total equals its lines exactly in two columns at least
 * and in two thirds of them, the total is a sum in every column, and a column whose total differs is a slip
 * (广元 2016 城乡医疗救助 分配表, 合计 | 小计 | 常规分配 | 贫困县定向分配 | 彩票公益金 over four districts).
 * The evidence is the last lines' own: a 合计 over group lines (市级小计 + 区小计) that holds says nothing of the last
 * group's lines, which the page may have cut (宁波 2025 分配表).
 */

/** 合计 first, four districts, the sheet ending with the last district (as 广元's annex) */
const allocation = (poorTotal: number, lotteryTotal = 230): Row[] => [
  ["2016年城乡医疗救助补助资金分配表"],
  [undefined, undefined, undefined, undefined, undefined, "单位:万元"],
  ["县区", "合计", "一般预算", undefined, undefined, "彩票公益金"],
  [undefined, undefined, "小计", "常规分配", "定向分配"],
  ["合计", 726, 496, 228, poorTotal, lotteryTotal],
  ["甲区", 377.61, 254.54, 122.54, 132, 123.07],
  ["乙区", 189.53, 128.13, 61.13, 67, 61.4],
  ["丙区", 134.2, 101.53, 32.53, 69, 32.67],
  ["丁区", 24.66, 11.8, 11.8, undefined, 12.86],
];
const MERGES = ["A1:F1", "A3:A4", "B3:B4", "C3:E3", "F3:F4"];

describe("a leading 合计 over a list that runs to the sheet's end", () => {
  test("every column adds up (726 = 377.61 + 189.53 + 134.2 + 24.66, 268 = 132 + 67 + 69, 230 = 123.07 + 61.4 + 32.67 + 12.86): no mismatch", () => {
    expect(mismatches(allocation(268), MERGES)).toEqual([]);
  });

  test("one column's total off while the other four add up exactly: the list is whole, 295 ≠ 132 + 67 + 69 = 268 at E5", () => {
    expect(mismatches(allocation(295), MERGES)).toEqual(["E5"]);
  });

  test("the same for the last column: 300 ≠ 123.07 + 61.4 + 32.67 + 12.86 = 230 at F5", () => {
    expect(mismatches(allocation(268, 300), MERGES)).toEqual(["F5"]);
  });

  test("counter-shape — a list the page cut: its 合计 exceeds the visible lines in every column (100 > 60, 60 > 40, 40 > 20), a bound, no mismatch", () => {
    const rows: Row[] = [
      ["分配表"],
      ["地区", "分配金额", "已提前下达", "本次下达"],
      ["合计", 100, 60, 40],
      ["甲县", 30, 20, 10],
      ["乙县", 30, 20, 10],
    ];
    expect(mismatches(rows, ["A1:D1"])).toEqual([]);
  });

  test("counter-shape — group totals that hold (1556 = 910 + 646) say nothing of the last group's cut lines: 区小计 646 over 2 + 55 + 102 + 7 + 102 is a bound", () => {
    const rows: Row[] = [
      ["分配表"],
      [undefined, undefined, undefined, "单位:万元"],
      ["地区(单位)", "分配金额", "已提前下达", "本次下达"],
      ["合 计", 1556, 370, 1186],
      ["市级小计", 910, 144, 766],
      ["市中医院", 707, 141, 566],
      ["市第二医院", 203, 3, 200],
      ["区(县、市)小计", 646, 226, 420],
      ["甲区", 2, undefined, 2],
      ["乙区", 55, 5, 50],
      ["丙区", 102, undefined, 102],
      ["丁区", 7, 5, 2],
      ["戊区", 102],
    ];
    expect(mismatches(rows, ["A1:D1"])).toEqual([]);
  });
});
