import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A bound — a leading total at least the part it lists, the list cut off under it — holds only over amounts that only
 * add. 主計處's 實質收支簡明比較分析表 (86C103, cut after 4.財產收入): 一、歲入合計 opens the list over (一)實質收入 alone
 * (its (二) cut), in four column pairs; the last, 本年度與上年度比較 | 金額, holds the changes, signed (−25,324 on
 * 3.規費及罰款收入). There 歲入合計's change 59,431,505 is below (一)'s 60,918,265 — the cut (二) fell — and nothing is
 * wrong. A column is signed where a number at or under the bound's first line is negative, or its head names a change
 * (比较, 增减, 差额 …); a bound there says nothing. Counter-shapes: the same list in plain amount columns (本年度预算数)
 * keeps its bound, also on the sheet where the change column is signed, and a head naming no change over positive
 * amounts keeps it too.
 */
type Row = string[];
const head = (changeHead: string): Row[] => [
  ["中央政府总预算"],
  ["实质收支简明比较分析表"],
  ["经资门并计", "", "", "中华民国八十六年度", "", "", "", "单位:新台币千元;%", ""],
  ["项目", "本年度预算数", "", "上年度预算数", "", "前年度决算数", "", changeHead, ""],
  ["", "金额", "百分比", "金额", "百分比", "金额", "百分比", "金额", "增加率"],
];
const MERGES = ["A1:I1", "A2:I2", "A3:C3", "D3:G3", "H3:I3", "A4:A5", "B4:C4", "D4:E4", "F4:G4", "H4:I4"];
// (the published lines; `total` is the 歲入合計 line's 本年度 amount, `fall` the 比较 of lines 3 and 4)
const lines = (total: string, fall: [string, string]): Row[] => [
  ["一、岁入合计", total, "-", "1,134,829,082", "-", "1,012,520,781", "-", "59,431,505", "5.2"],
  ["(一)实质收入", "1,040,822,886", "100.0", "979,904,621", "100.0", "937,416,688", "100.0", "60,918,265", "6.2"],
  ["1.税课及专卖收入", "810,690,508", "77.9", "745,917,983", "76.1", "745,640,222", "79.5", "64,772,525", "8.7"],
  ["2.营业盈余及事业收入", "148,705,641", "14.3", "142,242,531", "14.5", "113,850,905", "12.1", "6,463,110", "4.5"],
  ["3.规费及罚款收入", "29,986,282", "2.9", "30,011,606", "3.1", "24,982,153", "2.7", fall[0], "-0.1"],
  ["4.财产收入", "30,940,906", "3.0", "42,401,204", "4.3", "31,423,038", "3.4", fall[1], "-27.0"],
];
const PUBLISHED = "1,194,260,587";
const SIGNED: [string, string] = ["-25,324", "-11,460,298"];
const UNSIGNED: [string, string] = ["25,324", "11,460,298"];

// (the bounds only: where the cases set H's changes positive, or B's total off, 比较 = 本年度 − 上年度 no longer holds on
// those lines and period-change.ts flags them as differences — a reading of its own, tested in period-change.test.ts)
const bounds = (changeHead: string, total: string, fall: [string, string]) =>
  review(Grid.fromValues("S", [...head(changeHead), ...lines(total, fall)], MERGES), "national")
    .findings.filter((f) => f.rule === "total-mismatch" && f.messageId !== "difference")
    .map((f) => `${f.messageId}@${f.cell}`);

describe("a bound in a column of signed amounts says nothing of the lines left out", () => {
  test.each<[string, string, string, [string, string], string[]]>([
    // (59,431,505 < 60,918,265 in H: the changes, negative under the bound, and 比较 in the head)
    ["the published sheet: negatives and a change head", "本年度与上年度比较", PUBLISHED, SIGNED, []],
    ["a change head over positive changes only", "本年度与上年度比较", PUBLISHED, UNSIGNED, []],
    ["增减 in the head", "本年度比上年度增减", PUBLISHED, UNSIGNED, []],
    ["negatives under the bound, the head naming no change", "本年度执行数", PUBLISHED, SIGNED, []],
    // (the minus typed full-width, "－25,324": read as a minus once compacted, the column signed all the same)
    ["full-width minus signs under the bound, the head naming no change", "本年度执行数", PUBLISHED, ["－25,324", "－11,460,298"], []],
    // counter-shapes: a plain amount column keeps its bound (B: 1,000,000,000 < (一)'s 1,040,822,886), on the same sheet
    ["counter: B's total below its listed part, beside the signed column", "本年度与上年度比较", "1,000,000,000", SIGNED, ["sumAtMost@B6"]],
    ["counter: positive amounts under a head naming no change (H7 too: 1. and 2. alone exceed (一))", "本年度执行数", PUBLISHED, UNSIGNED, ["sumAtMost@H6", "sumAtMost@H7"]],
  ])("%s", (_name, changeHead, total, fall, expected) => {
    expect(bounds(changeHead, total, fall)).toEqual(expected);
  });
});

describe("counter-shape: a whole list in a signed column is still added up", () => {
  // (a 合计 closing every line: the changes add up as the amounts do, −20 among them; 合计 15 against 10 + 5 − 20 + 20 = 15)
  const sheet = (closing: number) =>
    Grid.fromValues("S", [
      ["某单位支出比较表"],
      ["项目", "本年预算数", "上年预算数", "增减额"],
      ["人员经费", 110, 100, 10],
      ["公用经费", 55, 50, 5],
      ["项目支出", 80, 100, -20],
      ["其他支出", 40, 20, 20],
      ["合计", 285, 270, closing],
    ], ["A1:D1"]);
  test.each<[string, number, string[]]>([
    ["the changes add up: no flag", 15, []],
    // (and 25 is not 285 − 270 either: the line's change, period-change.ts)
    ["合计's change off by 10: flagged", 25, ["sum@D7", "difference@D7"]],
  ])("%s", (_name, closing, expected) => {
    expect(review(sheet(closing), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => `${f.messageId}@${f.cell}`)).toEqual(expected);
  });
});
