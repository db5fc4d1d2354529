import type { CellValue } from "../../../src/core/grid/grid";
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A department's target form states its money twice: 收入合计 over its sources (一般公共预算 / 政府性基金 / 财政专户 /
 * 其他收入) and 支出合计 over 基本支出 (其中:人员经费 / 公用经费) and 项目支出, in lines (labels in B, amounts in C) or
 * in columns (the labels over one line of amounts). Each 合计 is the sum of its own lines; a nested 其中 list under
 * 基本支出 goes on under labels of no fund kind (公用经费) and is 基本支出's, not the 合计's. The publisher's slip: the 支出
 * 合计 repeats the 收入 合计 while its own lines add to something else.
 */

type Row = (CellValue | undefined)[];

const indicators: Row[] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "培训人数", "≥500人"],
  ["效益指标", "社会效益指标", "政策知晓率", "≥90%"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
];

/** rows 3–7 收入, rows 8–12 支出 (labels in B, amounts in C merged to F) */
function inLines(income: number[], expense: { total: number; basic: number; staff: number; office: number; project: number }): Grid {
  const [total, ...parts] = income;
  const rows: Row[] = [
    ["2024年度部门整体支出绩效目标表"],
    ["部门名称", "县水利局"],
    ["年度收入(万元)", "收入合计", total],
    [null, "一般公共预算", parts[0]],
    [null, "政府性基金", parts[1]],
    [null, "财政专户", parts[2]],
    [null, "其他收入", parts[3]],
    ["年度支出(万元)", "支出合计", expense.total],
    [null, "基本支出", expense.basic],
    [null, "其中：人员经费", expense.staff],
    [null, "公用经费", expense.office],
    [null, "项目支出", expense.project],
    ["整体绩效目标", "保障全县水利工程安全运行"],
    ...indicators,
  ];
  const merges = ["A1:F1", "B2:F2", "A3:A7", "A8:A12", "B13:F13", ...Array.from({ length: 10 }, (_, k) => `C${3 + k}:F${3 + k}`)];
  return Grid.fromValues("Sheet1", rows, merges);
}

/** 收入合计 | sources over row 4, 支出合计 | 基本支出 | 项目支出 over row 6 */
function inColumns(income: number[], expense: number[]): Grid {
  const rows: Row[] = [
    ["2024年度部门整体支出绩效目标表"],
    ["部门名称", "县水利局"],
    ["年度收入(万元)", "收入合计", "一般公共预算", "政府性基金", "财政专户", "其他收入"],
    [null, ...income],
    ["年度支出(万元)", "支出合计", "基本支出", "项目支出"],
    [null, ...expense],
    ["整体绩效目标", "保障全县水利工程安全运行"],
    ...indicators,
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:F1", "B2:F2", "A3:A4", "A5:A6", "B7:F7"]);
}

const sums = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
    .map((f) => ({ cell: f.cell, messageId: f.messageId, total: f.data?.total, sum: f.data?.sum }));

describe("收入 and 支出 blocks in lines", () => {
  const ok = { total: 445, basic: 259, staff: 181, office: 78, project: 186 };
  test("收入 445 = 415 + 12 + 2 + 16, 支出 445 = 259 + 186 (人员经费 181 and 公用经费 78 are 基本支出's): nothing", () => {
    expect(sums(inLines([445, 415, 12, 2, 16], ok))).toEqual([]);
  });

  test("一般公共预算 425: 收入合计 445 against its lines' 455, at C3", () => {
    expect(sums(inLines([445, 425, 12, 2, 16], ok))).toEqual([{ cell: "C3", messageId: "sum", total: 445, sum: 455 }]);
  });

  test("支出合计 445 copied from 收入合计 while 基本支出 259 + 项目支出 193 = 452: at C8", () => {
    expect(sums(inLines([445, 415, 12, 2, 16], { ...ok, project: 193 }))).toEqual([{ cell: "C8", messageId: "sum", total: 445, sum: 452 }]);
  });
});

describe("收入 and 支出 blocks in columns", () => {
  test("收入 338 = 285 + 45 + 3 + 5, 支出 338 = 202 + 136: nothing", () => {
    expect(sums(inColumns([338, 285, 45, 3, 5], [338, 202, 136]))).toEqual([]);
  });

  test("财政专户 13: 收入合计 338 against 348, at B4", () => {
    expect(sums(inColumns([338, 285, 45, 13, 5], [338, 202, 136]))).toEqual([{ cell: "B4", messageId: "sum", total: 338, sum: 348 }]);
  });

  test("支出合计 338 copied while 202 + 143 = 345: at B6", () => {
    expect(sums(inColumns([338, 285, 45, 3, 5], [338, 202, 143]))).toEqual([{ cell: "B6", messageId: "sum", total: 338, sum: 345 }]);
  });
});
