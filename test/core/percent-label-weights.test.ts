import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { findIndicatorHeader } from "../../src/core/recognise/table-header";

/**
 * A 施政計畫's KPI table (臺中市 經濟發展局 103年度): 策略績效目標 merged over its ordinal (一) and its name, 衡量指標 over
 * theirs, each name closing on its weight as a percentage — "輔導服務業發展…(25%)" over "推展會展活動(6%)" … The level
 * words name the columns; a level word merged over a column of bare ordinals and a column of names is the names'
 * column; '(N%)' is read as a weight only where two groups' percentages are their items' sums (a bracketed percentage
 * is more often a target). Counter-shapes: one group adding up only, a group's percentage that is not its items' sum,
 * the table writing its points (N分), the first column holding names.
 */
type Row = string[];
const HEAD: Row[] = [
  ["某市经济发展局施政目标"],
  ["衡量指标"],
  ["策略绩效目标", "", "衡量指标", "", "", "", "", ""],
  ["", "", "衡量指标", "", "评估体制", "评估方式", "衡量标准", "103年\n年度目标值"],
];
const MERGES = ["A1:H1", "A2:H2", "A3:B4", "C3:H3", "C4:D4"];
const line = (g: string, gName: string, i: string, iName: string, target = "100%"): Row => [g, gName, i, iName, "1", "统计数据", "完成数/计划数*100%", target];

const sheet = (lines: Row[], merges: string[]) => Grid.fromValues("S", [...HEAD, ...lines], [...MERGES, ...merges]);
const read = (g: Grid) => {
  const m = review(g, "national").model;
  return { family: m.family, weights: m.indicators.map((i) => i.weight) };
};

// 一 (25%) over 6 + 4 + 4 + 4 + 4 + 3 = 25 and 二 (10%) over 5 + 5 = 10
const published = (second = "10", first = "25", firstItem = "6%"): [Row[], string[]] => [
  [
    line("一", `辅导服务业发展(${first}%)`, "一", `推展会展活动(${firstItem})`),
    line("", "", "二", "辅导地方特色产业(4%)"),
    line("", "", "三", "办理商圈特色行销活动(4%)"),
    line("", "", "四", "推动公有市场竞争型补助计划(4%)", "6场"),
    line("", "", "五", "办理市场变更或出租(4%)", "2场"),
    line("", "", "六", "推动夜市国际化(3%)", "2场"),
    line("二", `建立中部核心科技园区(${second}%)`, "一", "辅导厂商进驻工业园区家数(5%)", "35家"),
    line("", "", "二", "未登记工厂辅导方案(5%)", "20家"),
  ],
  ["A5:A10", "B5:B10", "A11:A12", "B11:B12"],
];

describe("weights written as percentages in a KPI table's labels", () => {
  test.each<[string, [Row[], string[]], { family: string; weights: (number | null)[] }]>([
    ["two groups whose percentages are their items' sums: read", published(), { family: "indicator-system", weights: [6, 4, 4, 4, 4, 3, 5, 5] }],
    // (group 二 says 12, its items 5 + 5: one group adds up only, no evidence — the percentages may be targets)
    ["counter: one group adding up only (no weights: no family, no lines read)", published("12"), { family: "unknown", weights: [] }],
    // (the table writes points (N分): its weights are its points, the percentages not read)
    ["counter: the table writes points (N分): those read, the percentages not", published("10", "25", "6分"), { family: "indicator-system", weights: [6, null, null, null, null, null, null, null] }],
  ])("%s", (_name, [lines, merges], expected) => {
    expect(read(sheet(lines, merges))).toEqual(expected);
  });
});

describe("a level word merged over a column of ordinals and a column of names", () => {
  const levels = (lines: Row[], merges: string[]) => {
    const h = findIndicatorHeader(sheet(lines, merges));
    return { level1: h?.columns.level1, level2: h?.columns.level2 };
  };
  test("the ordinals in A and C, the names in B and D: the levels' columns are B and D", () => {
    const [lines, merges] = published();
    expect(levels(lines, merges)).toEqual({ level1: 2, level2: 4 });
  });
  // (C holds the indicators' names and D a note beside each: C is no column of ordinals, it stays the level's)
  test("counter: names in C, not ordinals — C stays 衡量指标's column", () => {
    const [lines, merges] = published();
    const named = lines.map((l) => [l[0], l[1], l[3], "年度办理", ...l.slice(4)]);
    expect(levels(named, merges)).toEqual({ level1: 2, level2: 3 });
  });
});
