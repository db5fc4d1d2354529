import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { findIndicatorHeader } from "../../src/core/recognise/table-header";

/**
 * A 施政計畫's KPI table (臺中市 經濟發展局 103年度): 策略绩效目标 merged over its ordinal (一) and its name, 衡量指标 over
 * theirs, each name closing on its weight as a percentage — "辅导服务业发展…(25%)" over "推展会展活动(6%)" … The level
 * words name the columns; a level word over a column of bare ordinals and a column of names (merged over both, or over
 * a blank head cell right of it, an empty column between allowed) is the names' column; '(N%)' is read as a weight only
 * where two groups' percentages are their items' sums (a bracketed percentage is more often a target). The reading
 * holds with an empty column inserted, every merge undone or filled down, the header printed again at a page break and
 * notes under the table. Counter-shapes: one group adding up only, the table writing its points (N分), the first
 * column holding names, numbers that are no sequence.
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

const sheet = (lines: Row[], merges: string[], head = HEAD, headMerges = MERGES) => Grid.fromValues("S", [...head, ...lines], [...headMerges, ...merges]);
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
const READ = { family: "indicator-system", weights: [6, 4, 4, 4, 4, 3, 5, 5] };
const NONE = { family: "unknown", weights: [] };

/** The same sheet changed as exports and printouts change it (metamorphic-real / metamorphic-family's changes). */
const [LINES, LINE_MERGES] = published();
/** An empty column inserted after A: every merge from B on moves right (策略绩效目标 over A:C, the ordinals and the names one column apart). */
const shifted = (): Grid => {
  const wide = (r: Row) => [r[0] ?? "", "", ...r.slice(1)];
  const move = (m: string) => m.replace(/([A-H])(\d+)/g, (_x, c: string, n: string) => (c === "A" ? "A" : String.fromCharCode(c.charCodeAt(0) + 1)) + n);
  return sheet(LINES.map(wide), LINE_MERGES.map(move), HEAD.map(wide), MERGES.map(move));
};
/** Every merge undone, the words on their first cell (a CSV dump). */
const unmerged = (): Grid => sheet(LINES, [], HEAD, []);
/** The merges down the lines undone and their words written on every line (an export). */
const filledDown = (): Grid => {
  const fill = LINES.map((l) => [...l]);
  for (let r = 1; r < fill.length; r++) if (!fill[r][0]) [fill[r][0], fill[r][1]] = [fill[r - 1][0], fill[r - 1][1]];
  return sheet(fill, []);
};
/** The header's two lines printed again between the groups (a page break), with their merges. */
const pageBreak = (): Grid =>
  sheet([...LINES.slice(0, 6), ...HEAD.slice(2), ...LINES.slice(6)], ["A5:A10", "B5:B10", "A11:B12", "C11:H11", "C12:D12", "A13:A14", "B13:B14"]);
/** A signature line and a numbered note under the table (text in the ordinals' column). */
const notesUnder = (): Grid => sheet([...LINES, ["填报单位：某市经济发展局", "", "", "", "", "", "填报日期：", ""], ["1.本表权重以百分比表示。"]], LINE_MERGES);

describe("weights written as percentages in a KPI table's labels", () => {
  test.each<[string, () => Grid, { family: string; weights: (number | null)[] }]>([
    ["two groups whose percentages are their items' sums: read", () => sheet(...published()), READ],
    ["an empty column inserted after A (the level word over three columns): read the same", shifted, READ],
    ["every merge undone (the level words over blank head cells): read the same", unmerged, READ],
    ["the lines' merges filled down (ordinals and group names on every line): read the same", filledDown, READ],
    ["the header printed again at a page break between the groups: read the same", pageBreak, READ],
    ["a signature line and a note under the table: read the same", notesUnder, READ],
    // (group 二 says 12, its items 5 + 5: one group adds up only, no evidence — the percentages may be targets)
    ["counter: one group adding up only (no weights: no family, no lines read)", () => sheet(...published("12")), NONE],
    // (the table writes points (N分): its weights are its points, the percentages not read)
    ["counter: the table writes points (N分): those read, the percentages not", () => sheet(...published("10", "25", "6分")), { family: "indicator-system", weights: [6, null, null, null, null, null, null, null] }],
  ])("%s", (_name, grid, expected) => {
    expect(read(grid())).toEqual(expected);
  });
});

describe("a level word over a column of ordinals and a column of names", () => {
  const levels = (g: Grid) => {
    const h = findIndicatorHeader(g);
    return { level1: h?.columns.level1, level2: h?.columns.level2 };
  };
  test.each<[string, () => Grid, { level1: number; level2: number }]>([
    ["merged over both: the ordinals in A and C, the names in B and D — the levels' columns are B and D", () => sheet(...published()), { level1: 2, level2: 4 }],
    ["an empty column between the ordinals and the names: the names' columns C and E", shifted, { level1: 3, level2: 5 }],
    ["no merge, the level word over a blank head cell: B and D", unmerged, { level1: 2, level2: 4 }],
    // (C holds the indicators' names and D a note beside each: C is no column of ordinals, it stays the level's)
    ["counter: names in C, not ordinals — C stays 衡量指标's column", () => sheet(LINES.map((l) => [l[0], l[1], l[3], "年度办理", ...l.slice(4)]), LINE_MERGES), { level1: 2, level2: 3 }],
    // (12, 30 … in C: numbers that are no sequence — quantities, not the lines' numbers)
    ["counter: numbers that are no sequence in C (12, 30 …) — C stays the level's", () => sheet(LINES.map((l, i) => [l[0], l[1], String(12 + 18 * i), ...l.slice(3)]), LINE_MERGES), { level1: 2, level2: 3 }],
  ])("%s", (_name, grid, expected) => {
    expect(levels(grid())).toEqual(expected);
  });
});
