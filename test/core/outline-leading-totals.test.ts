import { reviewRows as run, totalMismatchCells as mismatches, type Row } from "../helpers/review-rows";

/**
 * Two readings of an amount list's leading total line (development sheets of corpus42):
 *  - a budget summary opened by an outline total, 一、歲入合計金額, with its 百分比 line of shares under it and its
 *    numbered heads (一)實質收入 / (二)融資財源 over 1. 2. … (主計處 87C101): the total adds the heads, each head its
 *    lines; the 百分比 line is no line of the list; the stated total is the row's 合計 column;
 *  - an allocation table whose grand row holds two columns of row totals, 合计 = 小计 + 彩票公益金 and
 *    小计 = 常规分配 + 定向分配 (广元 2016): the stated total is the outermost, 合计, not the nested 小计.
 */

const summary = (borrowing: number, share = "百分比"): Row[] => [
  ["中央政府總預算"],
  ["歲入歲出簡明對照表"],
  ["中華民國八十七年度", undefined, undefined, "單位:新台幣千元;%"],
  ["項 目", "經常門預算數", "資本門預算數", "合 計"],
  ["一、歲 入 合 計 金 額", 1088207834, 137056822, 1225264656],
  [share, 88.8, 11.2, 100],
  ["(一)實質收入", 1088207834, 46191235, 1134399069],
  ["1.稅課及專賣收入", 847033000, "-", 847033000],
  ["2.營業盈餘及事業收入", 184492556, "-", 184492556],
  ["3.規費及罰款收入", 33728419, "-", 33728419],
  ["4.財產收入", 7903937, 46191235, 54095172],
  ["5.其他收入", 15049922, "-", 15049922],
  ["(二)融資財源", "-", 90865587, 90865587],
  ["1.公債及賒借收入", "-", borrowing, borrowing],
  ["2.移用以前年度歲計賸餘", "-", 20865587, 20865587],
];

describe("an outline total over numbered heads, with a 百分比 line under it", () => {
  test("every head and the total add up (90,865,587 = 70,000,000 + 20,865,587; 1,225,264,656 = 1,134,399,069 + 90,865,587): no mismatch, the stated total is D5", () => {
    const r = run(summary(70000000), ["A1:D1", "A2:D2", "A3:C3"]);
    expect(r.findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")).toEqual([]);
    expect(r.model.totals?.score).toEqual(expect.objectContaining({ cell: "D5", value: 1225264656 }));
  });

  test("a part changed under (二): 77,000,000 + 20,865,587 ≠ 90,865,587 — the head C13 is reported (as well as the line's own 合計 D14)", () => {
    const cells = mismatches(summary(77000000).map((row, i) => (i === 13 ? [row[0], row[1], row[2], 70000000] : row)), ["A1:D1", "A2:D2", "A3:C3"]);
    expect(cells).toContain("C13");
  });

  test("counter-shape — the same line named as a line of the list (其他收入 88.8 | 11.2 | 100) is a part: the total no longer adds up, so no outline is read and nothing is reported", () => {
    expect(mismatches(summary(77000000, "其他"), ["A1:D1", "A2:D2", "A3:C3"]).filter((c) => c !== "D14")).not.toContain("C13");
  });
});

describe("the grand row's outermost column of row totals is its stated total", () => {
  const head: Row[] = [
    ["分配表"],
    ["县区", "合计", "一般预算", undefined, undefined, "彩票公益金"],
    [undefined, undefined, "小计", "常规分配", "定向分配"],
  ];
  const merges = ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"];
  test("合计 726 = 小计 496 + 彩票公益金 230, 小计 = 228 + 268: the stated total is B4 = 726", () => {
    const rows: Row[] = [
      ...head,
      ["合计", 726, 496, 228, 268, 230],
      ["甲区", 377.61, 254.54, 122.54, 132, 123.07],
      ["乙区", 189.53, 128.13, 61.13, 67, 61.4],
      ["丙区", 134.2, 101.53, 32.53, 69, 32.67],
      ["丁区", 24.66, 11.8, 11.8, undefined, 12.86],
    ];
    expect(run(rows, merges).model.totals?.score).toEqual(expect.objectContaining({ cell: "B4", value: 726 }));
  });

  test("counter-shape — two columns of row totals, neither inside the other (资金合计 | 中央 | 省 beside 人数合计 | 城镇 | 农村): no outermost one, the total stays the column the head names a money total, B3", () => {
    const rows: Row[] = [
      ["分配表"],
      ["县区", "资金合计", "中央", "省级", "人数合计", "城镇", "农村"],
      ["合计", 300, 200, 100, 60, 20, 40],
      ["甲县", 100, 60, 40, 20, 5, 15],
      ["乙县", 120, 80, 40, 25, 10, 15],
      ["丙县", 80, 60, 20, 15, 5, 10],
    ];
    expect(run(rows, ["A1:G1"]).model.totals?.score).toEqual(expect.objectContaining({ cell: "B3", value: 300 }));
  });
});
