import ExcelJS from "exceljs";

export type Row = (string | number | null)[];

/**
 * One blank 项目支出绩效自评表 for stacking on a sheet: its title (null: none of its own), 项目名称 line, a budget line
 * 全年预算数 100 | 全年执行数 `executed` | 分值 10 with 执行率 and 得分 blank, three indicators of 30 with 得分 blank
 * (targets ≥500人, ≥80人, ≥90%), 总分 (分值 100) blank, 自评等级 stated 优 in column G. 10 rows with a title, 9 without.
 */
export function blankSelfEvalForm(project: string, executed: number, actuals: [string, string, string], title: Row | null = ["项目支出绩效自评表"]): Row[] {
  const line = (l1: string, l2: string, name: string, target: string, actual: string): Row => [l1, l2, name, target, actual, 30, null, null];
  return [
    ...(title ? [title] : []),
    ["项目名称", project, null, null, null, null, null, null],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 100, executed, 10, null, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    line("产出指标", "数量指标", "培训人数", "≥500人", actuals[0]),
    line("效益指标", "社会效益指标", "带动就业人数", "≥80人", actuals[1]),
    line("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", actuals[2]),
    ["总分", null, null, null, null, 100, null, null],
    ["自评等级", null, null, null, null, null, "优", null],
  ];
}

/**
 * Two forms stacked on one sheet under titles of their own, a blank row between (rows 1–10, 12–21):
 * 甲 90 of 100 executed → 90%, 9; 450 of ≥500人 → 27, 80 of ≥80人 → 30, 92% of ≥90% → 30; 总分 96, 优.
 * 乙 80 of 100 → 80%, 8; 400 of ≥500人 → 24, 80 → 30, 85% of ≥90% → 85 / 90 × 30 = 28.33; 总分 90.33, 优.
 */
export function twoStackedForms(): Row[] {
  return [...blankSelfEvalForm("甲项目", 90, ["450人", "80人", "92%"]), [], ...blankSelfEvalForm("乙项目", 80, ["400人", "80人", "85%"])];
}

/** An xlsx of one sheet holding `rows` (written by ExcelJS, as a user's tool would). */
export async function xlsxOf(sheet: string, rows: Row[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
