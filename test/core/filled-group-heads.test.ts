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

/**
 * A level's or the items' head merged over the group labels' column and the items' (项目 over A:B, 项目名称及分值 over
 * A:C), written in each of its columns: the header reads it as its merge (table-header.ts ladderColumns, ladderLevels,
 * pointedBlankHead; group-labels-beside-items.ts underLevelHead, numbersUnder; short-lists.ts pointedColumnsUnderHead),
 * and an item's name merged down over two of its lines, written on both, names one item (itemsUnderMergedLevel,
 * labelsSpanItems: copiesAbove). Each read merged and filled the same; near misses — a head of its own over the second
 * column — read as they did.
 */
const fill = (rows: Row[], merges: string[]): Row[] => {
  const out = rows.map((r) => [...r]);
  for (const m of merges) {
    const g = sheet(rows, [m]).merges[0];
    for (let r = g.r1; r <= g.r2; r++) for (let c = g.c1; c <= g.c2; c++) out[r - 1][c - 1] = rows[g.r1 - 1][g.c1 - 1];
  }
  return out;
};
const reading = (rows: Row[], merges: string[] = []) => {
  const r = review(sheet(rows, merges), "national");
  const terms = (x: Relation) => (x.kind === "sum" || x.kind === "rollup" ? `${x.total.cell} ← ${x.parts.map((p) => p.cell).join(",")}` : x.kind);
  return { family: r.model.family, columns: r.model.columns, relations: r.model.relations.map(terms).sort() };
};
// 项目 over the groups (主体职业化15分) and their items, the rules' points in brackets: 15 = 5 + 5 + 5, 20 = 10 + 10
const FARM: Row[] = [
  ["示范性家庭农场评审表", null, null, null],
  ["项目", null, "评分标准", "得分"],
  ["主体职业化15分", "工商注册", "有工商营业执照(5分)。", null],
  [null, "家庭从业", "家庭从业人员不少于2人(5分)。", null],
  [null, "培训教育", "家庭成员文化程度达到标准(5分)。", null],
  ["规模适度化20分", "经营规模", "经营规模达到标准(10分)。", null],
  [null, "设施条件", "有独立的办公场所(5分);有储藏设施(5分)。", null],
];
const FARM_MERGES = ["A1:D1", "A2:B2", "A3:A5", "A6:A7"];
// 项 目 over the groups (四个机制(40分)) and the items' numbers, 考核内容 | 标准分: 40 = 10 + 10 + 20, 35 = 10 + 15 + 10
const UNION: Row[] = [
  ["先进职工之家考核表", null, null, null],
  ["项 目", null, "考 核 内 容", "标准分"],
  ["四个机制(40分)", "1", "依法维权机制。建立平等协商、集体合同制度。", 10],
  [null, "2", "职工民主参与机制。建立职工代表大会制度。", 10],
  [null, "3", "困难帮扶机制。建立困难职工档案。", 20],
  ["三个规范(35分)", "1", "组织建设规范。工会委员会班子健全。", 10],
  [null, "2", "制度建设规范。建立岗位责任制。", 15],
  [null, "3", "档案管理规范。台帐齐全。", 10],
];
const UNION_MERGES = ["A1:D1", "A2:B2", "A3:A5", "A6:A8"];
// 项目名称及分值 over A:C, the groups' and the items' labels stating their points: 100 = 30 + 20 + 50, 200 = 100 + 100
const COUNTY: Row[] = [
  ["工作绩效考核项目表", null, null, null, null],
  ["项目名称及分值", null, null, "赋分办法", "考核责任单位"],
  ["(一)“五型”机关创建(100分)", "1.责任型和服务型机关创建(30分)", null, "按排名赋分", "县直机关工委"],
  [null, "2.学习型机关创建(20分)", null, null, "县委宣传部"],
  [null, "3.效率型和廉洁型机关创建(50分)", null, null, "县纪委"],
  ["(二)综合评价(200分)", "1.领导评价(100分)", null, "按得分赋分", "县考核办"],
  [null, "2.群众评价(100分)", null, null, "县考核办"],
];
const COUNTY_MERGES = ["A1:E1", "A2:C2", "A3:A5", "B3:C3", "B4:C4", "B5:C5", "D3:D5", "A6:A7", "B6:C6", "B7:C7", "D6:D7"];
// 考核项目 over A:B, the last item's name merged down over its two lines (each with its points): one item, as merged
const VILLAGE: Row[] = [
  ["考核项目", null, "考核内容与评分依据", "分值", "得分"],
  ["二、生活宽裕富民行动(16分)", "14、实施农村新五保工程", "完善农民最低生活保障制度。", 5, null],
  ["三、乡风文明示范行动(10分)", "15、开展新农村建设服务年活动", "建立三联系一指导制度。", 2, null],
  [null, null, "开展建设农村送项目活动。", 2, null],
];
const VILLAGE_MERGES = ["A1:B1", "A3:A4", "B3:B4"];

describe("a head merged over the group labels' and the items' columns, written in each, reads as its merge", () => {
  test.each([
    ["项目 over the groups stating bare points and their items", FARM, FARM_MERGES, { level1: 1, level3: 2 }, ["A3 ← C3,C4,C5", "A6 ← C6,C7"]],
    ["项 目 over the groups and the items' numbers", UNION, UNION_MERGES, { level1: 1, level3: 3, weight: 4 }, ["A3 ← D3,D4,D5", "A6 ← D6,D7,D8"]],
    ["项目名称及分值 over three columns, the items' labels merged over two", COUNTY, COUNTY_MERGES, { level1: 1, level3: 2 }, ["A3 ← B3,B4,B5", "A6 ← B6,B7"]],
  ] as [string, Row[], string[], Record<string, number>, string[]][])("%s", (_, rows, merges, columns, sums) => {
    const merged = reading(rows, merges);
    expect(merged.family).toBe("indicator-system");
    expect(merged.columns).toMatchObject(columns);
    for (const x of sums) expect(merged.relations).toContain(x);
    expect(reading(fill(rows, merges))).toEqual(merged);
  });
  test("an item's name merged down over two of its lines, filled down under the merged head: one item, as merged", () => {
    const merged = reading(VILLAGE, VILLAGE_MERGES);
    expect(reading(fill(VILLAGE, ["A3:A4", "B3:B4"]), ["A1:B1"])).toEqual(merged);
    expect(reading(fill(VILLAGE, VILLAGE_MERGES))).toEqual(merged);
  });
  test("near miss: 项目 | 内容 over the groups and the items (two heads, no ladder of one word): no table read", () => {
    const rows = fill(FARM, FARM_MERGES).map((r, i) => (i === 1 ? ["项目", "内容", r[2], r[3]] : r));
    expect(reading(rows).family).toBe("unknown");
  });
  test("near miss: 项 目 | 序 号 over the groups and the items' numbers: read as before, the numbers no level", () => {
    const rows = fill(UNION, UNION_MERGES).map((r, i) => (i === 1 ? ["项 目", "序 号", r[2], r[3]] : r));
    expect(reading(rows).columns).toMatchObject({ level1: 1, level3: 3, weight: 4 });
  });
});
