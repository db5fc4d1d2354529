import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * An appraisal key whose points are ranges per grade tier (副研 考核要素和评分等次划分表, batch42-graduation-diagnosis.md):
 * 一级要素及分值 | 二级要素及分值 | 等次及分值, the last merged over 优秀 | 良好 | 一般 | 较差 on the header's second line,
 * each line '职业道德(5)' with its tiers' ranges '4~5' | '3~4' | '2~3' | '0~2', then a grade key (总体评价 | 优秀 | 合格 …).
 * The tiers are the items' rule (no weight or score column): the points are the labels' bare brackets, which add up to
 * their groups' (5 + 5 = (10)); the best tier's top is the item's full mark.
 */
type Row = (string | number | null)[];
const HEAD: Row[] = [
  ["某级专业技术人员考核要素和评分等次划分表"],
  ["一级要素及分值", "二级要素及分值", "等次及分值"],
  [null, null, "优秀", "良好", "一般", "较差"],
];
const LINES = (best: string): Row[] => [
  ["1.思想品德(10)", "职业道德(5)", "4~5", "3~4", "2~3", "0~2"],
  [null, "敬业和团队协作(5)", "4~5", "3~4", "2~3", "0~2"],
  ["2.工作实绩(40)", "完成岗位任务(30)", "22~30", "15~21", "7~14", "0~6"],
  [null, "人才培养(10)", best, "7~8", "5~6", "0~4"],
];
const KEY: Row[] = [
  ["总体评价", null, "优秀", "合格", "基本合格", "不合格"],
  ["得分", null, "参考分:85—100", "参考分:75—84", "参考分:60—74", "参考分0—59"],
];
const MERGES = ["A1:F1", "A2:A3", "B2:B3", "C2:F2", "A4:A5", "A6:A7", "A8:B8", "A9:B9"];
const run = (rows: Row[], merges = MERGES) => review(Grid.fromValues("Sheet1", rows, merges));

describe("grade tiers' points ranges under a head merged over them", () => {
  test("the items and their points: 5, 5, 30, 10 from the labels; the header's second line and the grade key are no items", () => {
    const r = run([...HEAD, ...LINES("9~10"), ...KEY]);
    expect(r.model.headerRow).toBe(2);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [4, 5],
      [5, 5],
      [6, 30],
      [7, 10],
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test.each([
    // 人才培养 worth 10 with the 5-point items' tiers: the best tier tops at 5, short of 10 — its group confirms the 10
    // (30 + 10 = (40)): a warning
    ["best tier 4~5 on a 10-point item", "4~5", [["C7", "warning", { name: "人才培养(10)", award: 5, weight: 10 }]]],
    // the best tier awards 12 on a 10-point item: more than it is worth
    ["best tier 11~12 on a 10-point item", "11~12", [["C7", "warning", { name: "人才培养(10)", award: 12, weight: 10 }]]],
    // counter-shape: every best tier tops at its item's points — nothing
    ["best tiers at their points", "9~10", []],
  ])("%s", (_name, best, expected) => {
    const f = run([...HEAD, ...LINES(best as string), ...KEY]).findings.filter((x) => x.rule === "rubric-points-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.data])).toEqual(expected);
  });

  test.each([
    // a later page of the key, its header lost: the lines of ranges, the items' points in their labels — the same items
    ["the header lost, the items' points in their labels", (x: string) => x, "indicator-system", [5, 5, 30, 10]],
    // counter-shape: the names carry no points — ranges alone say nothing of items
    ["the header lost, the names without points", (x: string) => x.replace(/\(\d+\)$/, ""), "unknown", []],
  ])("%s", (_name, name, family, weights) => {
    const lines = LINES("9~10").map((r) => r.map((v, k) => (k < 2 && typeof v === "string" ? (name as (x: string) => string)(v) : v)));
    const r = run([HEAD[0], ...lines, ...KEY], ["A1:F1", "A2:A3", "A4:A5", "A6:B6", "A7:B7"]);
    expect(r.model.family).toBe(family);
    expect(r.model.indicators.map((i) => i.weight)).toEqual(weights);
  });

  test("counter-shape: a head merged over sub-heads that are no grades (标准分 | 扣分 | 得分) keeps its columns' roles", () => {
    const rows: Row[] = [
      ["某考核评分表"],
      ["一级指标", "二级指标", "评分"],
      [null, null, "标准分", "扣分", "得分"],
      ["1.思想品德(10)", "职业道德", 5, 0, 5],
      [null, "敬业和团队协作", 5, 1, 4],
    ];
    const r = run(rows, ["A1:E1", "A2:A3", "B2:B3", "C2:E2", "A4:A5"]);
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [4, 5, 5],
      [5, 5, 4],
    ]);
  });
});
