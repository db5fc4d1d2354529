import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { review } from "../../src/core/review";

/**
 * A header exported with its merges filled (取消合并并填充): a group head merged over its columns is written in each of
 * them, a head merged down written again on the line below. The amount readers that take a group's span from its merge
 * take it from the run of copies as well (cells.ts headMerge): blocks.ts leadingTotalColumns and its subtotalLine,
 * whole-and-parts.ts wholeBesideParts; and a total's head written again under it is its merge down. Each shape is read
 * merged and filled (the same sums), beside a near miss — different words over the columns — that reads no group.
 */
type Row = (string | number | null)[];
const sheet = (rows: Row[], merges: string[] = []) => new Grid({ name: "Sheet1", cells: rows.map((r) => r.map((v) => (v === null ? null : { v }))), merges });
const sig = (r: Relation) => (r.kind === "sum" ? `${r.total.cell} ← ${r.parts.map((p) => p.cell).join(",")}` : r.kind);
const sums = (rows: Row[], merges: string[] = []) => review(sheet(rows, merges), "national").model.relations.map(sig).sort();

// 在校生(人) over 合计 | 小学 | 初中: 106 = 30 + 76, 150 = 150, 23 = 23
const LINES: Row[] = [["乙校", 106, 30, 76, 37100], ["丙校", 150, 150, null, 52500], ["丁校", 23, 23, null, 8050]];
const LEADING: Row[] = [["学校名称", "在校生(人)", null, null, "补助资金(元)"], [null, "合计", "小学", "初中", null], ...LINES];
const LEADING_FILLED: Row[] = [["学校名称", "在校生(人)", "在校生(人)", "在校生(人)", "补助资金(元)"], ["学校名称", "合计", "小学", "初中", "补助资金(元)"], ...LINES];
const LEADING_OTHER: Row[] = [["学校名称", "在校生(人)", "寄宿生(人)", "走读生(人)", "补助资金(元)"], ["学校名称", "合计", "小学", "初中", "补助资金(元)"], ...LINES];
// 全市完成投资总额 beside 分区县投资完成情况 over 甲区 | 乙区 | 丙区: 30 = 10 + 12 + 8, 15 = 5 + 5 + 5
const AMOUNTS: Row[] = [["阅读空间", 30, 10, 12, 8], ["农家书屋", 15, 5, 5, 5]];
const WHOLE: Row[] = [["项目", "全市完成投资总额", "分区县投资完成情况", null, null], [null, null, "甲区", "乙区", "丙区"], ...AMOUNTS];
const WHOLE_FILLED: Row[] = [["项目", "全市完成投资总额", "分区县投资完成情况", "分区县投资完成情况", "分区县投资完成情况"], ["项目", "全市完成投资总额", "甲区", "乙区", "丙区"], ...AMOUNTS];
const WHOLE_OTHER: Row[] = [["项目", "全市完成投资总额", "分区县投资完成情况", "计划投资", null], ["项目", "全市完成投资总额", "甲区", "乙区", "丙区"], ...AMOUNTS];
// 合计 merged down beside 一般预算 (小计 | 常规分配 | 定向分配) and 彩票公益金: 377.61 = 254.54 + 123.07, 348.39 = 241.46 + 106.93
const FUNDS: Row[] = [["合计", 726, 496, 228, 268, 230], ["利州区", 377.61, 254.54, 122.54, 132, 123.07], ["昭化区", 348.39, 241.46, 105.46, 136, 106.93]];
const SUBTOTAL: Row[] = [["县区", "本次下达补助金额", null, null, null, null], [null, "合计", "一般预算", null, null, "彩票公益金"], [null, null, "小计", "常规分配", "定向分配", null], ...FUNDS];
const SUBTOTAL_FILLED: Row[] = [
  ["县区", "本次下达补助金额", "本次下达补助金额", "本次下达补助金额", "本次下达补助金额", "本次下达补助金额"],
  ["县区", "合计", "一般预算", "一般预算", "一般预算", "彩票公益金"],
  ["县区", "合计", "小计", "常规分配", "定向分配", "彩票公益金"],
  ...FUNDS,
];

describe("a group head written in each of its columns reads as its merge", () => {
  test.each([
    ["a leading 合计 opening its group (在校生(人) over 合计 | 小学 | 初中)", LEADING, ["A1:A2", "B1:D1", "E1:E2"], LEADING_FILLED, ["B3 ← C3,D3", "B4 ← C4", "B5 ← C5"]],
    ["a whole beside its breakdown (分区县投资完成情况 over the districts)", WHOLE, ["A1:A2", "B1:B2", "C1:E1"], WHOLE_FILLED, ["B3 ← C3,D3,E3", "B4 ← C4,D4,E4"]],
    ["合计 over 合计 (merged down) beside a part's 小计 and a part: the lines' totals", SUBTOTAL, ["A1:A3", "B1:F1", "B2:B3", "C2:E2", "F2:F3"], SUBTOTAL_FILLED, ["B5 ← C5,F5", "B6 ← C6,F6"]],
  ] as [string, Row[], string[], Row[], string[]][])("%s", (_, merged, merges, filled, expected) => {
    const a = sums(merged, merges);
    for (const x of expected) expect(a).toContain(x);
    expect(sums(filled)).toEqual(a);
  });
  // counter-shapes: different words over the columns are different heads, no group
  test.each([
    ["在校生(人) | 寄宿生(人) | 走读生(人) over 合计 | 小学 | 初中", LEADING_OTHER, "B3 ← C3,D3"],
    ["分区县投资完成情况 | 计划投资 over the districts", WHOLE_OTHER, "B3 ← C3,D3,E3"],
  ] as [string, Row[], string][])("%s: no sum", (_, rows, sum) => {
    expect(sums(rows)).not.toContain(sum);
  });
});
