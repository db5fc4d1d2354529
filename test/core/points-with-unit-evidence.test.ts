import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { unitResultList } from "../../src/core/recognise/unit-results";
import { review } from "../../src/core/review";

/**
 * Numbers a user types with their unit, as text ("15分" under 分值, "50万元" under 补助资金(万元), "25.00%" under
 * 权重占比(%)): every reader that counts a column's cells as evidence, or reads a line's number, reads them as readNumber /
 * numberOrPointsAt / amountAt read them, so the sheet reads as with bare numbers. Each shape is checked bare and with its
 * unit (the same indicator lines and relations), beside a near miss that must not change.
 */
type V = string | number | null | Cell;
const sheet = (rows: V[][], merges: string[] = []) => new Grid({ name: "Sheet1", cells: rows.map((r) => r.map((v) => (v === null ? null : typeof v === "object" ? v : { v }))), merges });
/** The rows from `from` (0-based) with the numbers of columns `cols` (0-based) written as text with `unit`. */
const withUnit = (rows: V[][], cols: number[], from: number, unit = "分") => rows.map((r, i) => (i < from ? r : r.map((v, c) => (cols.includes(c) && typeof v === "number" ? `${v}${unit}` : v))));
const sig = (r: Relation): string => {
  if (r.kind === "sum" || r.kind === "rollup") return `${r.kind}/${r.measure} ${r.total.cell} ← ${r.parts.map((p) => p.cell).join(",")}`;
  if (r.kind === "product") return `product ${r.result.cell} ← ${r.factors.map((p) => p.cell).join(",")}`;
  return r.kind;
};
const read = (rows: V[][], merges: string[] = []) => {
  const r = review(sheet(rows, merges), "national");
  return { family: r.model.family, lines: r.model.indicators.map((i) => `${i.row}:${i.weight}/${i.claimedScore}`), relations: r.model.relations.map(sig).sort() };
};
const pct = (x: number): Cell => ({ v: x / 100, fmt: "0.00%" });

// 总分 100 printed first, over 一、购销 50 (30 + 20) and 二、仓储 50 (25 + 25)
const LEADING_TOTAL: V[][] = [
  ["考核指标", "分值", "自评分", "得分"],
  ["总分", 100, null, null],
  ["一、购销", 50, null, null],
  ["1.落实责任制", 30, null, null],
  ["2.完成任务", 20, null, null],
  ["二、仓储", 50, null, null],
  ["1.仓储检查", 25, null, null],
  ["2.质量监测", 25, null, null],
];
// 得分 merged down each group at two levels: 投入 16 = 8 + 8, 过程 58 over 预算执行 16 = 8 + 8
const MERGED_GROUPS: V[][] = [
  ["一级指标", "得分", "二级指标", "得分", "三级指标", "得分"],
  ["投入", 16, "预算配置", 16, "在职人员控制率", 8],
  [null, null, null, null, "三公经费变动率", 8],
  ["过程", 58, "预算执行", 16, "预算完成率", 8],
  [null, null, null, null, "预算控制率", 8],
];
const MERGED_GROUPS_AT = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "A4:A5", "B4:B5", "C4:C5", "D4:D5"];
// a county's 合计 merged down its towns: 100 = 50 + 50, 150 = 50 + 50 + 50; 合计 250 = 100 + 150
const MERGED_AMOUNTS: V[][] = [
  ["县(市、区)", "合计", "镇(乡)", "补助资金(万元)"],
  ["泉港区", 100, "前黄镇", 50],
  [null, null, "峰尾镇", 50],
  ["惠安县", 150, "辋川镇", 50],
  [null, null, "山霞镇", 50],
  [null, null, "紫山镇", 50],
  ["合计", 250, null, null],
];
const MERGED_AMOUNTS_AT = ["A2:A3", "B2:B3", "A4:A6", "B4:B6"];
// 分值 = rate × 标准: 4 × 15 = 60, 1 × 70 = 70, 0.57 × 35 ≈ 20, 0.33 × 60 ≈ 20
const RATE_POINTS: V[][] = [
  ["指标名称", "单位", "标准", "分值", "折算计分办法"],
  ["一、生产发展", null, null, 170, null],
  ["1、村经济总收入年增长", "%", "15以上", 60, "4×实达标数"],
  ["2、主导产业收入占比", "%", 70, 70, "1×实达标数"],
  ["3、实用人才占比", "%", 35, 20, "0.57×实达标数"],
  ["4、技能培训占比", "%", "60以上", 20, "0.33×实达标数"],
];
// 分值 merged over two columns (points | score), no header word over the second: the first line is a line, no sub-header
const TWO_POINT_COLUMNS: V[][] = [
  ["目标名称", null, "分值", null],
  ["充分性", "制定有实施方案的,得3分", 3, 3],
  ["合理性", "按程序报批的,得3分", 3, 2],
  ["宣传培训", "开展宣传的,得2分", 2, 2],
  ["公示情况", "实行村级公示的,得5分", 5, 5],
];
// 一级 权重 merged down (60 = 30 + 30, 40), 总分 100 under it only: the 权重 column's total, over the groups
const GROUP_WEIGHT_TOTAL: V[][] = [
  ["一级指标", "权重", "二级指标", "分值", "三级指标", "分值"],
  ["产出", 60, "数量", 30, "完成数", 15],
  [null, null, null, null, "覆盖率", 15],
  [null, null, "质量", 30, "合格率", 30],
  ["效益", 40, "社会", 40, "满意度", 20],
  [null, null, null, null, "知晓率", 20],
  ["总分", 100, null, null, null, null],
];
const GROUP_WEIGHT_TOTAL_AT = ["A2:A4", "B2:B4", "C2:C3", "D2:D3", "A5:A6", "B5:B6", "C5:C6", "D5:D6"];
// the form's 指标分值 left empty, 权重占比(%) 25 | 25 | 40 | 10 the lines' weights (a share column, table-header.ts)
const SHARE_WEIGHTS: V[][] = [
  ["一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "实际完成值", "单项指标得分", "权重占比(%)", "单项指标折算得分"],
  ["产出指标", "质量指标", "覆盖率", null, "98%", "100%", 100, pct(25), 25],
  [null, "时效指标", "完成率", null, "99%", "100%", 100, pct(25), 25],
  ["效果指标", "社会效益指标", "发放率", null, "75%", "100%", 100, pct(40), 40],
  ["满意度指标", "满意度", "服务对象满意度", null, "95%", "100%", 100, pct(10), 10],
];
const shownPercent = (rows: V[][], col: number) => rows.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === col && v && typeof v === "object" ? `${((v.v as number) * 100).toFixed(2)}%` : v))));

describe("points and amounts written with their unit read as the bare numbers", () => {
  test.each([
    ["a 总分 line printed first (总分 | 100分): the table's stated total, not its end (table-walk.ts)", LEADING_TOTAL, withUnit(LEADING_TOTAL, [1], 1), [], ["4:30/null", "5:20/null", "7:25/null", "8:25/null"]],
    ["得分 merged down its groups ('16分'): a number of the column, no heading (merged.ts)", MERGED_GROUPS, withUnit(MERGED_GROUPS, [1, 3, 5], 1), MERGED_GROUPS_AT, []],
    ["a county's 合计 merged over its towns' '50万元' (merged.ts mergedAmountSums)", MERGED_AMOUNTS, withUnit(MERGED_AMOUNTS, [3], 1, "万元"), MERGED_AMOUNTS_AT, []],
    ["分值 '60分' = rate × 标准 (rate-points.ts)", RATE_POINTS, withUnit(RATE_POINTS, [3], 1), [], ["3:60/null", "4:70/null", "5:20/null", "6:20/null"]],
    ["分值 merged over '3分' | '3分': the first line a line of the table (table-header.ts subHeaderBelow)", TWO_POINT_COLUMNS, withUnit(TWO_POINT_COLUMNS, [2, 3], 1), ["A1:B1", "C1:D1"], ["2:3/null", "3:3/null", "4:2/null", "5:5/null"]],
    ["总分 '100分' under the 一级 权重 column: that column's total, not the leaves' (table-closing.ts)", GROUP_WEIGHT_TOTAL, withUnit(GROUP_WEIGHT_TOTAL, [1, 3, 5], 1), GROUP_WEIGHT_TOTAL_AT, ["2:15/null", "3:15/null", "4:30/null", "5:20/null", "6:20/null"]],
    ["a share column of '25.00%' the lines' weights (table-header.ts weightedScoreColumns)", SHARE_WEIGHTS, shownPercent(SHARE_WEIGHTS, 7), [], ["2:25/25", "3:25/25", "4:40/40", "5:10/10"]],
  ] as [string, V[][], V[][], string[], string[]][])("%s", (_, bare, written, merges, lines) => {
    const a = read(bare, merges);
    // (the indicator lines as row:weight/score)
    if (lines.length) expect(a.lines).toEqual(lines);
    expect(read(written, merges)).toEqual(a);
  });

  test("the relations a reviewer computes: 16 = 8 + 8 on both groups, 100 = 50 + 50 and 150 = 3 × 50, 60 = 4 × 15", () => {
    expect(read(withUnit(MERGED_GROUPS, [1, 3, 5], 1), MERGED_GROUPS_AT).relations).toEqual(["rollup/score D2 ← F2,F3", "rollup/score D4 ← F4,F5"]);
    expect(read(withUnit(MERGED_AMOUNTS, [3], 1, "万元"), MERGED_AMOUNTS_AT).relations).toEqual(["sum/amount B2 ← D2,D3", "sum/amount B4 ← D4,D5,D6", "sum/amount B7 ← B2,B4"]);
    expect(read(withUnit(RATE_POINTS, [3], 1)).relations).toContain("product D3 ← C3,E3");
    expect(read(withUnit(GROUP_WEIGHT_TOTAL, [1, 3, 5], 1), GROUP_WEIGHT_TOTAL_AT).relations).toContain("rollup/weight B7 ← B2,B5");
  });

  // counter-shapes: a word where the number stood is no number, with or without a unit
  test("a 总分 line stating no number (总分 | 满分) still closes the table: no line read", () => {
    expect(read(withUnit(LEADING_TOTAL, [1], 1).map((r, i) => (i === 1 ? ["总分", "满分", null, null] : r))).lines).toEqual([]);
  });
  test("a merged 合计 over towns whose 补助资金 is a word ('待定') is no sum", () => {
    const rows = MERGED_AMOUNTS.map((r, i) => (i === 1 ? [...r.slice(0, 3), "待定"] : r));
    expect(read(rows, MERGED_AMOUNTS_AT).relations).not.toContain("sum/amount B2 ← D2,D3");
  });
});

describe("a per-unit result list scored with the unit (unit-results.ts)", () => {
  // 序号 | 被考核单位 | 考核情况 | 得分 under an assessment's title: 100 − 0.5 = 99.5, 100, 100 − 1 = 99, 100
  const UNITS: V[][] = [
    ["2023年度目标考核评分结果", null, null, null],
    ["序号", "被考核单位", "考核情况", "得分"],
    [1, "甲局", "扣0.5分", 99.5],
    [2, "乙局", "", 100],
    [3, "丙局", "扣1分", 99],
    [4, "丁局", "", 100],
  ];
  test.each([
    ["bare scores", UNITS, [3, 4, 5, 6]],
    ["scores written '99.5分'", withUnit(UNITS, [3], 2), [3, 4, 5, 6]],
  ] as [string, V[][], number[]][])("%s: the units' lines read, an evaluation summary", (_, rows, lines) => {
    expect(unitResultList(sheet(rows))?.rows).toEqual(lines);
    expect(read(rows).family).toBe("evaluation-summary");
  });
  test("counter-shape: a 得分 column of grades (优) is no score: no list", () => {
    expect(unitResultList(sheet(UNITS.map((r, i) => (i < 2 ? r : [...r.slice(0, 3), "优"]))))).toBeNull();
  });
});
