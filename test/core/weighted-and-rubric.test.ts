import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";

/**
 * Two layouts read by their contents rather than their header words:
 * - a weighted evaluation (评价准则 | 权重(%) | 评价分值 | 加权平均得分 | 绩效等级) closed by the row whose 权重 is 100%:
 *   its 加权平均得分 is the sum of the criteria's;
 * - a column headed 标准值 whose cells are scoring rules ("此项不得分", "扣0.5分") is the 评分标准, not a target, and a
 *   project self-evaluation titled so that scores its indicators on such a rubric is a project-self-eval.
 */
type Row = (CellValue | undefined)[];
const sheet = (rows: Row[]) => Grid.fromValues("Sheet1", rows);

/** 20 + 38.70 + 14.78 + 9.20 = 82.68 (100×20%, 77.39×50% = 38.695 → 38.70, 73.90×20%, 92×10%) */
const weighted = (total: number | string): Row[] => [
  ["某贷款项目绩效评价结果"],
  ["评价准则", "权重(%)", "评价分值(百分制)", "加权平均得分", "绩效等级"],
  ["相关性", "20%", 100, 20, "高度相关"],
  ["效率", "50%", 77.39, 38.7, "效率一般"],
  ["效果", "20%", 73.9, 14.78, "比较满意"],
  ["可持续性", "10%", 92, 9.2, "高度可持续"],
  ["项目绩效", "100%", "/", total, "满意"],
];

describe("a weighted evaluation's total", () => {
  test("the list of criteria with their weighted scores and grades is an evaluation summary", () => {
    expect(recognise(sheet(weighted(82.68))).family).toBe("evaluation-summary");
  });

  test("82.68 = 20 + 38.70 + 14.78 + 9.20: no finding", () => {
    expect(review(sheet(weighted(82.68)), "national").findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("77.68 against the criteria's 82.68 is a total-mismatch at the 100% row", () => {
    const found = review(sheet(weighted(77.68)), "national").findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info");
    expect(found.map((f) => f.cell)).toEqual(["D7"]);
    expect(found[0].data).toEqual(expect.objectContaining({ total: 77.68 }));
  });

  test("without a 100% row nothing closes the table: no total is checked", () => {
    const rows = weighted(77.68);
    rows[6][1] = "—";
    expect(review(sheet(rows), "national").findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
});

/** 基本指标 (一级 | 二级) | 具体指标 | 标准值 (the scoring rules) | 分值 | 自评分 */
const zhejiang = (title: string): Row[] => [
  [title],
  ["基本指标", undefined, "具体指标", "标准值", "分值", "自评分"],
  ["一级指标", "二级指标", "三级指标"],
  ["业务指标", "目标设定情况", "依据的充分性", "依据充分，要有相关的政策文件支撑，依据不充分的，此项不得分", 15, 15],
  [undefined, "目标完成程度", "目标完成率", "做到应补尽补，少补一例扣0.5分", 10, 9],
  [undefined, undefined, "完成的及时性", "每发现1例延时对象扣1分", 5, 5],
];

describe("a 标准值 column of scoring rules", () => {
  test("is read as the rubric, not as target values", () => {
    const m = recognise(sheet(zhejiang("教育补助项目绩效自评表")));
    expect(m.columns.rubric).toBe(4);
    expect(m.columns.targetValue).toBeUndefined();
    expect(m.indicators.map((i) => [i.name, i.weight, i.claimedScore])).toEqual([
      ["依据的充分性", 15, 15],
      ["目标完成率", 10, 9],
      ["完成的及时性", 5, 5],
    ]);
  });

  test("a project's self-evaluation title over self-scored indicators makes it a project-self-eval", () => {
    expect(recognise(sheet(zhejiang("教育补助项目绩效自评表"))).family).toBe("project-self-eval");
  });

  test("under an indicator system's title the same table is an indicator-system", () => {
    expect(recognise(sheet(zhejiang("教育补助项目绩效评价指标体系"))).family).toBe("indicator-system");
  });

  test("a 标准值 column of target values stays the target column", () => {
    const rows = zhejiang("教育补助项目绩效自评表");
    rows[3][3] = "≥95%";
    rows[4][3] = "100%";
    rows[5][3] = "2023年12月前";
    expect(recognise(sheet(rows)).columns.targetValue).toBe(4);
  });
});

/** 单位 | 合计 | one column per purpose | 备注, under 单位:万元 (an allocation table whose total column comes first) */
const allocation = (first: number): Row[] => [
  ["2022年重大传染病防控补助资金分配表"],
  [undefined, undefined, undefined, undefined, "单位：万元"],
  ["单位", "合计", "艾滋病防治", "结核病防治", "绩效奖励", "备注"],
  ["市卫健委", first, undefined, 40, 7],
  ["市第四人民医院", 96.5, 70.5, 4, 22],
  ["市疾控中心", 44.69, 7.5, 21.19, 16],
  ["中心血站", 27],
];

describe("a total column that comes first", () => {
  const totals = (rows: Row[]) =>
    review(sheet(rows), "national")
      .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
      .map((f) => f.cell);
  test("every row adds up (47 = 40 + 7, 96.5 = 70.5 + 4 + 22, 44.69 = 7.5 + 21.19 + 16): no finding", () => {
    expect(totals(allocation(47))).toEqual([]);
  });
  test("63 against 40 + 7 = 47 is a total-mismatch where the other rows add up", () => {
    expect(totals(allocation(63))).toEqual(["B4"]);
  });
  test("a row with no part (中心血站 27, its purposes cut off) is not checked", () => {
    expect(totals(allocation(47))).not.toContain("B7");
  });
  test("where most rows do not add up the columns are not parts of the first: nothing is checked", () => {
    const rows = allocation(63);
    rows[4][1] = 50;
    expect(totals(rows)).toEqual([]);
  });
});

describe("a 小计 opening each merged column group", () => {
  const rows = (first: number): Row[] => [
    ["2022年农村危房改造第二批补助资金分配表"],
    ["镇街", "年度任务(户)", undefined, undefined, undefined, "本次应拨付补助资金(万元)", undefined, undefined, undefined, "备注"],
    [undefined, "小计", "C级", "D级", "无房", "小计", "C级", "D级", "无房"],
    ["棠香街道", first, 1, 7, 0, 24.5, 0, 24.5, 0],
    ["龙岗街道", 5, 0, 5, 0, 10.5, 0, 10.5, 0],
    ["智凤街道", 2, 0, 1, 1, 3.5, 0, 3.5, 0],
    ["龙水镇", 5, 3, 1, 1, 3.5, 0, 0, 3.5],
  ];
  const merges = ["A2:A3", "B2:E2", "F2:I2", "J2:J3"];
  const totals = (first: number) =>
    review(Grid.fromValues("Sheet1", rows(first), merges), "national")
      .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
      .map((f) => f.cell);
  test("each group's 小计 is its own columns' sum (8 = 1 + 7 + 0, 24.5 = 0 + 24.5 + 0): no finding", () => {
    expect(totals(8)).toEqual([]);
  });
  test("9 households against 1 + 7 + 0 = 8 is a total-mismatch at that 小计 only", () => {
    expect(totals(9)).toEqual(["B4"]);
  });
});
