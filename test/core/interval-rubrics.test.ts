import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { scoreRange } from "../../src/core/recognise/interval-rubric";
import { GRAIN, GRAIN_MERGES } from "./grain-interval-rubric";

/**
 * Rubrics of tier lines with a column of score ranges (粮食生产 评分, graduated in session 42: 项目 | 内 容 | 评分指标 | 区间 |
 * 评分; batch52-graduation-a-diagnosis.md): each item states its points in its label ('播种面积(5分)', or fused, '总产5分'),
 * merged down its tier lines; each tier line its condition and, under 区间 (评分区间, 得分区间, 分值区间), the points it earns
 * ('5-3', '3', '2-0'). The items are the indicators, the tier lines their rule; a group's points in its label are its items'
 * sum. Each shape beside its counter-shape.
 */
type Row = (string | null)[];
const result = (rows: Row[], merges: string[] = []) => review(Grid.fromValues("S", rows, merges), "national");
/** family, header line and each indicator's line and points, as "row:weight" */
const reading = (rows: Row[], merges: string[] = []) => {
  const m = result(rows, merges).model;
  return { family: m.family, headerRow: m.headerRow, items: m.indicators.map((i) => `${i.row}:${i.weight}`) };
};
const findings = (rows: Row[], merges: string[] = []) =>
  result(rows, merges)
    .findings.filter((f) => f.rule === "weight-sum-mismatch" || f.rule === "rubric-points-mismatch")
    .map((f) => `${f.rule}@${f.cell}:${f.severity}`)
    .sort();

/** cell (row, col) of rows (0-based) replaced */
const at = (rows: Row[], edits: [number, number, string | null][]) => rows.map((row, i) => row.map((x, j) => { const e = edits.find(([r, c]) => r === i && c === j); return e ? e[2] : x; }));

/** every merge (A2:A9 …) undone, its label written again on each of its lines in its first column (a paste of the table) */
const filledDown = (rows: Row[], merges: string[]) => {
  const out = rows.map((r) => [...r]);
  for (const m of merges) {
    const [, c1, r1, , r2] = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(m)!;
    const col = c1.charCodeAt(0) - 65;
    for (let r = Number(r1); r < Number(r2); r++) out[r][col] = rows[Number(r1) - 1][col];
  }
  return out;
};

// a group of 15 over three items of 5 (5 + 5 + 5 = 15), each over its tier lines; a group of 5 that is its own item
const GRAIN_ITEMS = ["2:5", "5:5", "8:5", "10:5"];

describe("a rubric of tier lines with a 区间 column is read as an indicator system: its items, not its tiers", () => {
  test.each<[string, Row[], string[]]>([
    ["区间, the items' points in brackets, the group's fused", GRAIN, GRAIN_MERGES],
    ["评分区间", at(GRAIN, [[0, 3, "评分区间"]]), GRAIN_MERGES],
    ["得分区间", at(GRAIN, [[0, 3, "得分区间"]]), GRAIN_MERGES],
    ["分值区间", at(GRAIN, [[0, 3, "分值区间"]]), GRAIN_MERGES],
    // (the levels named, the rule column right before the 区间: its lines the items' tiers all the same)
    ["一级指标 | 二级指标 | 评分标准 | 区间 | 得分", at(GRAIN, [[0, 0, "一级指标"], [0, 1, "二级指标"], [0, 2, "评分标准"], [0, 4, "得分"]]), GRAIN_MERGES],
    ["考核项目 | 考核内容 | 评分标准 | 评分区间 | 得分", at(GRAIN, [[0, 0, "考核项目"], [0, 1, "考核内容"], [0, 2, "评分标准"], [0, 3, "评分区间"], [0, 4, "得分"]]), GRAIN_MERGES],
    // (no 评分 column: a standard with nothing scored)
    ["no score column", GRAIN.map((r) => r.slice(0, 4)), GRAIN_MERGES],
    // ('粮食总产5分': the points fused to the label, no bracket; not '平均单产5分', which reads as an average's points)
    ["the items' points fused to their labels", at(GRAIN, [[1, 1, "播种面积5分"], [4, 1, "粮食总产5分"], [7, 1, "粮食单产5分"]]), GRAIN_MERGES],
    // (an export: every merge undone, the labels on their first lines only; 结构调整情况5分 left in the group column alone)
    ["every merge undone", GRAIN, []],
    // (a paste: every merge undone and its label written again on each of its lines, in its first column)
    ["every merge filled down", filledDown(GRAIN, GRAIN_MERGES), []],
  ])("%s: lines 2, 5, 8 and 10, each worth 5", (_name, rows, merges) => {
    expect(reading(rows, merges)).toEqual({ family: "indicator-system", headerRow: 1, items: GRAIN_ITEMS });
  });

  // (an item's tier lines no more than three, a 项目内容 column of pointed labels over a score column reads them as items
  // worth their points — pointedNamedItems, a standard deducting from each item: not as tiers with ranges, no rule column)
  test.each<[string, Row[]]>([
    // (a 区间 of the figure's bands, '80%-100%', '≥4%': the tiers' conditions, no points earned)
    ["the 区间 column holds the figure's bands, not points", at(GRAIN, [[1, 3, "≥100%"], [2, 3, "100%"], [3, 3, "80%-100%"], [4, 3, "≥4%"], [5, 3, "2%-4%"], [6, 3, "<0"], [7, 3, "≥5%"], [8, 3, "0-2%"], [9, 3, "全部"], [10, 3, "两种"]])],
    // (a column of score ranges headed by no 区间 word: 项目 | 内 容 | 评分指标 | 档次 | 评分)
    ["the ranges' column headed 档次", at(GRAIN, [[0, 3, "档次"]])],
  ])("counter: %s — not read as tiers with ranges (no rule column)", (_name, rows) => {
    expect(result(rows, GRAIN_MERGES).model.columns.rubric).toBeUndefined();
  });

  // (under level words the table is read whatever its 区间 column holds: a 区间 of the figure's bands, no points, reads as a
  // column of any other word would — the tier lines are not folded into their items on the word alone)
  test("counter: under level words, a 区间 of bands reads as a column headed 档次", () => {
    const levels: [number, number, string][] = [[0, 0, "一级指标"], [0, 1, "二级指标"], [0, 2, "评分标准"], [0, 4, "得分"]];
    const bands: [number, number, string][] = [[1, 3, "≥100%"], [2, 3, "100%"], [3, 3, "80%-100%"], [4, 3, "≥4%"], [5, 3, "2%-4%"], [6, 3, "<0"], [7, 3, "≥5%"], [8, 3, "0-2%"], [9, 3, "全部"], [10, 3, "两种"]];
    const interval = reading(at(GRAIN, [...levels, ...bands]), GRAIN_MERGES);
    expect(interval).toEqual(reading(at(GRAIN, [...levels, ...bands, [0, 3, "档次"]]), GRAIN_MERGES));
    // (and with points in it, the 区间 word is what folds the tiers: headed 档次, the tier lines are lines of their own)
    expect(reading(at(GRAIN, [...levels, [0, 3, "档次"]]), GRAIN_MERGES).items).not.toEqual(GRAIN_ITEMS);
  });

  test("counter: no item states its points — no table read", () => {
    expect(reading(at(GRAIN, [[1, 1, "播种面积"], [4, 1, "粮食总产"], [7, 1, "平均单产"], [9, 0, "结构调整情况"]]), GRAIN_MERGES)).toEqual({ family: "unknown", headerRow: null, items: [] });
  });

  test("counter: one item over its tiers (the rest of the lines single) is too little to read the table so", () => {
    const rows: Row[] = [
      ["项目", "内 容", "评分指标", "区间", "评分"],
      ["产量完成情况", "播种面积(5分)", "超额完成计划任务", "5-3", null],
      [null, null, "完成计划任务80%以下", "2-0", null],
      [null, "粮食总产", "总产比上年增4%以上", "5", null],
    ];
    expect(reading(rows, ["A2:A4", "B2:B3"]).headerRow).toBeNull();
  });
});

describe("a points column holding each tier's range (评分标准 | 分值 with '5-3', '2-0' on the tier lines) is the tiers' awards", () => {
  const HEAD: [number, number, string][] = [[0, 0, "项目"], [0, 1, "内容"], [0, 2, "评分标准"], [0, 3, "分值"], [0, 4, "得分"]];
  // (no weight column: the items' points are their labels', the ranges the tiers' — no 分值 of 3 + 2-0 + … under 播种面积's 5,
  // no '5-3' as a weight that cannot be read)
  test("read as an interval rubric: the items worth their labels' points, nothing flagged", () => {
    const rows = at(GRAIN, HEAD);
    expect(reading(rows, GRAIN_MERGES)).toEqual({ family: "indicator-system", headerRow: 1, items: GRAIN_ITEMS });
    expect(result(rows, GRAIN_MERGES).findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
    expect(findings(at(rows, [[1, 3, "8-6"]]), GRAIN_MERGES)).toEqual(["rubric-points-mismatch@D2:warning"]);
  });
  // counter: the 分值 column holds each item's points on its own line, the tier lines blank — a weight column
  test("counter: one number per item in 分值, none a range: the items' weights", () => {
    const rows = at(GRAIN, [...HEAD, [1, 3, "5"], [2, 3, null], [3, 3, null], [4, 3, "5"], [5, 3, null], [6, 3, null], [7, 3, "5"], [8, 3, null], [9, 3, "5"], [10, 3, null]]);
    const m = result(rows, GRAIN_MERGES).model;
    expect(m.columns.weight).toBe(4);
    expect(m.tierRangeCol).toBeUndefined();
  });
});

describe("the items' points in a 分值 column of their own, the tiers' ranges under 评分区间", () => {
  // 项目 | 内容 | 分值 | 评分标准 | 评分区间 | 得分: each item's 5 on its own line, merged down its tiers
  const WEIGHTED: Row[] = [
    ["项目", "内容", "分值", "评分标准", "评分区间", "得分"],
    ["产量完成情况", "播种面积", "5", "超额完成计划任务", "5-3", null],
    [null, null, null, "完成计划任务80%以下", "2-0", null],
    [null, "粮食总产", "5", "总产比上年增4%以上", "5", null],
    [null, null, null, "总产比上年减产", "0", null],
    ["结构调整情况", null, "5", "各作物均超额完成计划任务", "5", null],
    [null, null, null, "有两种作物未完成计划任务", "2", null],
  ];
  const MERGES = ["A2:A5", "B2:B3", "B4:B5", "A6:B7", "C2:C3", "C4:C5", "C6:C7"];
  test.each<[string, string[]]>([
    ["merged", MERGES],
    // (every merge undone: 结构调整情况's line opens its tiers, its own item — not a group's points line over items)
    ["every merge undone", []],
  ])("%s: the items on lines 2, 4 and 6, each worth 5; a range above its item's 5 a warning", (_name, merges) => {
    expect(reading(WEIGHTED, merges)).toEqual({ family: "indicator-system", headerRow: 1, items: ["2:5", "4:5", "6:5"] });
    expect(findings(WEIGHTED, merges)).toEqual([]);
    expect(findings(at(WEIGHTED, [[1, 4, "8-6"]]), merges)).toEqual(["rubric-points-mismatch@E2:warning"]);
  });
});

describe("scored beside the tier that applies: the item's score", () => {
  /** each item's line, score and score cell */
  const scores = (rows: Row[]) => result(rows, GRAIN_MERGES).model.indicators.map((i) => `${i.row}:${i.claimedScore}@${i.scoreCell}`);
  const errors = (rows: Row[]) => result(rows, GRAIN_MERGES).findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
  // 播种面积 3 on its second tier (E3), 粮食总产 5 on its own line (E5), 平均单产 1 on its last tier (E9), 结构调整 2 (E11)
  const SCORED = at(GRAIN, [[2, 4, "3"], [4, 4, "5"], [8, 4, "1"], [10, 4, "2"]]);
  test("each item scored on one of its lines: that score, no score missing", () => {
    expect(scores(SCORED)).toEqual(["2:3@E3", "5:5@E5", "8:1@E9", "10:2@E11"]);
    expect(errors(SCORED)).toEqual([]);
  });
  test("a tier's score above its item's 5 (6 on 播种面积's second tier): above the weight", () => {
    expect(errors(at(SCORED, [[2, 4, "6"]]))).toEqual(["score-exceeds-weight@E3"]);
  });
  // counter: an item scored on none of its lines while the others are: its score is missing (at its own line)
  test("counter: 平均单产 scored on none of its lines: its score missing", () => {
    expect(errors(at(SCORED, [[8, 4, null]]))).toEqual(["missing-score@E8"]);
  });
});

describe("its sums: a group's points against its items', a tier's range against its item's points", () => {
  test.each<[string, Row[], string[]]>([
    // 5 + 5 + 5 = 15, every tier within its item's 5: nothing
    ["the sheet as printed", GRAIN, []],
    // 6 + 5 + 5 = 16 ≠ 15 (the group's points in its label, 产量完成情况\n15分); its tiers' best, 5-3, short of the 6 (a hint)
    ["an item printed 6 under the group's 15", at(GRAIN, [[1, 1, "播种面积(6分)"]]), ["rubric-points-mismatch@D2:info", "weight-sum-mismatch@A2:error"]],
    // '8-6' under an item of 5: the tier awards up to 8, more than the item is worth (a warning at the range's cell)
    ["a tier's range above its item's points ('8-6' under 5)", at(GRAIN, [[1, 3, "8-6"]]), ["rubric-points-mismatch@D2:warning"]],
    // '5-3' written the other way round, '3-5': the same range, within 5
    ["counter: a range written low first ('3-5' under 5)", at(GRAIN, [[1, 3, "3-5"]]), []],
    // 平均单产's tiers '4-3', '2-0' (every tier's range printed): its best earns 4, short of its 5 — a hint
    ["the best tier short of the item's points, every range printed", at(GRAIN, [[7, 3, "4-3"]]), ["rubric-points-mismatch@D8:info"]],
    // the same, its best tier's range not printed (a blank the page may have dropped): nothing said
    ["counter: the best tier's range blank", at(GRAIN, [[7, 3, null]]), []],
  ])("%s", (_name, rows, expected) => {
    expect(findings(rows, GRAIN_MERGES)).toEqual(expected);
  });
});

describe("under a title, with a 序号 column and a 合计 line", () => {
  const TITLED: Row[] = [
    ["2011年粮食生产考核评分表", null, null, null, null, null],
    ["序号", "项目", "内 容", "评分指标", "区间", "评分"],
    ["1", "产量完成情况\n15分", "播种面积(5分)", "超额完成计划任务", "5-3", null],
    [null, null, null, "完成计划任务80%以下", "2-0", null],
    [null, null, "粮食总产(5分)", "总产比上年增4%以上", "5", null],
    [null, null, null, "总产比上年减产", "0", null],
    [null, null, "平均单产(5分)", "单产比上年增5%以上", "5", null],
    [null, null, null, "单产比上年增2%-0%", "2-0", null],
    ["2", "结构调整情况5分", null, "各作物均超额完成计划任务", "5", null],
    [null, null, null, "有两种作物未完成计划任务", "2", null],
    ["合计", "20分", null, null, null, null],
  ];
  const MERGES = ["A1:F1", "A3:A8", "B3:B8", "C3:C4", "C5:C6", "C7:C8", "A9:A10", "B9:C10"];
  // 15 + 5 = 20: the 合计 holds; printed 21, it does not (the items read, their groups' points the whole's parts)
  test.each<[string, string, string[]]>([
    ["合计 20 = 15 + 5", "20分", []],
    ["合计 21 ≠ 15 + 5", "21分", ["weight-sum-mismatch@B11:error"]],
  ])("%s", (_name, total, expected) => {
    const rows = at(TITLED, [[10, 1, total]]);
    expect(reading(rows, MERGES)).toEqual({ family: "indicator-system", headerRow: 2, items: ["3:5", "5:5", "7:5", "9:5"] });
    expect(findings(rows, MERGES)).toEqual(expected);
  });
});

describe("a score range's cell", () => {
  test.each<[string, { low: number; high: number } | null]>([
    ["5-3", { low: 3, high: 5 }],
    ["2-0", { low: 0, high: 2 }],
    ["3~5", { low: 3, high: 5 }],
    ["10", { low: 10, high: 10 }],
    ["9-10分", { low: 9, high: 10 }],
    ["80%-100%", null],
    ["≥95%", null],
    ["酌情", null],
  ])("%s", (text, expected) => {
    expect(scoreRange(text)).toEqual(expected);
  });
});
