/**
 * Shapes shared by tgt52.test.ts (a target form's fund head as printed) and tgt52b.test.ts (the same heads with their merges
 * undone or filled): the indicator lines under the head, what total-mismatch flags, and the 湖南 head of two lines.
 */
import type { CellValue, Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

export type Row = CellValue[];

/** The indicator lines under a form's fund head (产出 40 + 效益 50 = 90, the 年度绩效目标's points). */
export const INDICATORS: Row[] = [
  ["年度绩效目标(90分)", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
  [null, "产出指标", "数量指标", "举报奖励件数", "≥10件", 40, "奖励件数"],
  [null, "效益指标", "社会效益指标", "群众满意度", "≥90%", 50, "满意度"],
];

/** The cells total-mismatch flags as an error or warning, the sheet read as a target form. */
export function flagged(g: Grid): string[] {
  const r = review(g, "national");
  expect(r.model.family).toBe("target-declaration");
  return r.findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info").map((f) => f.cell).sort();
}

/** 湖南 专项资金预算绩效目标申报表's fund head: 本年度预计投入 over 财政资金 (中央 | 省级 | 市级资金 | 本级) and 其他, `vals` on line 5. */
export const NANYUE_HEADS = ["本年度预计投入(万元)", "财政资金(万元)", "中央", "省级", "市级资金", "本级", "其他"];
export const NANYUE_MERGES = ["A3:A5", "B3:B4", "C3:F3", "G3:G4"];
export const nanyueRows = (vals: CellValue[], heads = NANYUE_HEADS): Row[] => [
  ["雨露计划绩效目标申报表"],
  ["(2023年度)"],
  ["专项资金情况", heads[0], heads[1], null, null, null, heads[6]],
  [null, null, heads[2], heads[3], heads[4], heads[5]],
  [null, ...vals],
];

/** 四川 部门整体's head: 总额 over groups with their own 合计 (基本支出 1478.75, 项目支出 216.8: 1695.55), `total` the 总额. */
export const SICHUAN_MERGES = ["A2:A5", "B2:H2", "B3:B4", "C3:E3", "F3:H3"];
export const sichuanRows = (total: number): Row[] => [
  ["2024年县级部门整体支出绩效目标申报表"],
  ["总体资金情况(万元)", "预算支出"],
  [null, "总额", "基本支出", null, null, "项目支出"],
  [null, null, "合计", "财政拨款", "单位资金", "合计", "财政拨款", "单位资金"],
  [null, total, 1478.75, 1478.75, null, 216.8, 216.8],
];
