import type { Workbook, Worksheet } from "exceljs";
import { BUILTIN_PROFILES } from "../rubric";
import { familyName, sheetLabel, SummaryLang } from "./labels";
import { FindingRow, findingRows, summaryRows, SummaryFileInput, SummaryRow, summaryStats } from "./rows";

/** Words of the summary workbook. */
const WORDS = {
  zh: {
    sheets: { summary: "汇总", findings: "问题清单", stats: "统计" },
    summary: ["文件", "工作表", "单位", "项目名称", "表格类型", "自评分", "复核分", "差额", "总分说明", "自评等级", "复核等级", "错误", "警告", "提示", "读取错误"],
    findings: ["文件", "工作表", "单元格", "级别", "问题", "说明", "规则编号"],
    stats: ["项目", "数值", "说明"],
    partial: "部分（表格不完整，复核分只含可见部分）",
    autoProfile: "自动（按各表中写明的地区选择）",
    impossible: (w: number) => `超出总分值 ${w}，不计入平均`,
    rows: {
      profile: "规则方案",
      sheets: "已识别的表格数",
      unreadable: "无法读取的文件数",
      averaged: "计入平均的表格数",
      averagedNote: "有自评分和复核分、表格完整且未超出总分值",
      avgClaimed: "平均自评分",
      avgComputed: "平均复核分",
      avgDiff: "平均差额（复核 − 自评）",
      partial: "部分表格（不计入平均）",
      impossible: "总分超出分值（不计入平均）",
      gradeComputed: (g: string) => `复核等级「${g}」`,
      gradeClaimed: (g: string) => `自评等级「${g}」`,
      gradeNote: "完整且未超出总分值的表格",
      perRule: ["问题（规则）", "错误", "警告", "提示", "涉及表格数", "规则编号"],
      perUnit: ["单位", "表格数", "平均自评分", "平均复核分", "错误", "警告"],
    },
  },
  en: {
    sheets: { summary: "Summary", findings: "Findings", stats: "Statistics" },
    summary: ["File", "Sheet", "Unit", "Project", "Sheet type", "Self-score", "Re-check", "Difference", "Note on total", "Claimed grade", "Re-check grade", "Errors", "Warnings", "Info", "Read error"],
    findings: ["File", "Sheet", "Cell", "Severity", "Finding", "Message", "Rule id"],
    stats: ["Item", "Value", "Note"],
    partial: "partial (the table is incomplete: the re-check covers the visible part only)",
    autoProfile: "automatic (by the region each sheet names)",
    impossible: (w: number) => `above the weight total ${w}, not averaged`,
    rows: {
      profile: "Profile",
      sheets: "Recognised sheets",
      unreadable: "Unreadable files",
      averaged: "Sheets averaged",
      averagedNote: "with self-score and re-check, complete, not above the weight total",
      avgClaimed: "Average self-score",
      avgComputed: "Average re-check",
      avgDiff: "Average difference (re-check − self-score)",
      partial: "Partial tables (not averaged)",
      impossible: "Totals above the weight total (not averaged)",
      gradeComputed: (g: string) => `Re-check grade ${g}`,
      gradeClaimed: (g: string) => `Claimed grade ${g}`,
      gradeNote: "complete sheets not above the weight total",
      perRule: ["Finding (rule)", "Errors", "Warnings", "Info", "Sheets", "Rule id"],
      perUnit: ["Unit", "Sheets", "Average self-score", "Average re-check", "Errors", "Warnings"],
    },
  },
} as const;

/** The profile in words: "auto", a built-in profile's name, or a custom profile's own name or file as given. */
export function profileWords(profile: string, lang: SummaryLang = "zh"): string {
  if (profile === "auto") return WORDS[lang].autoProfile;
  const builtin = (BUILTIN_PROFILES as Record<string, { name: { zh: string; en: string } }>)[profile];
  return builtin ? builtin.name[lang] : profile;
}

/** The note beside a row's total: partial or impossible (a sheet without a re-check total has none). */
export function totalNote(r: SummaryRow, lang: SummaryLang = "zh"): string | null {
  const w = WORDS[lang];
  if (r.impossible && r.weightTotal !== null) return w.impossible(r.weightTotal);
  if (r.partial && r.computed !== null) return w.partial;
  return null;
}

async function loadExcelJS(): Promise<typeof import("exceljs")> {
  const mod = (await import("exceljs")) as unknown as { default?: typeof import("exceljs") } & typeof import("exceljs");
  return mod.default && (mod.default as { Workbook?: unknown }).Workbook ? mod.default : mod;
}

function header(ws: Worksheet, labels: readonly string[], widths: number[]) {
  ws.columns = labels.map((h, i) => ({ header: h, width: widths[i] ?? 12 }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: labels.length } };
}

/**
 * The reviewer's summary workbook (汇总 / 问题清单 / 统计), the same from the CLI (`--out`) and the browser:
 * Chinese labels, frozen header rows with filters, partial and impossible totals marked and kept out of the
 * averages. ExcelJS is loaded only when a workbook is written.
 */
export async function buildSummaryWorkbook(files: SummaryFileInput[], opts: { profile: string; lang?: SummaryLang }): Promise<Uint8Array> {
  const lang = opts.lang ?? "zh";
  const w = WORDS[lang];
  const rows = summaryRows(files);
  const findings = findingRows(files, lang);
  const stats = summaryStats(rows, findings, lang);
  const ExcelJS = await loadExcelJS();
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = "PerfSheet";

  const sum = wb.addWorksheet(w.sheets.summary);
  header(sum, w.summary, [36, 22, 26, 34, 22, 9, 9, 9, 30, 9, 9, 7, 7, 7, 30]);
  for (const r of rows) {
    sum.addRow([
      r.file, sheetLabel(r, lang), r.unit, r.projectName, r.readError ? null : familyName(r.family, lang), r.claimed, r.computed, r.diff,
      totalNote(r, lang), r.claimedGrade, r.computedGrade, r.readError ? null : r.errors, r.readError ? null : r.warnings,
      r.readError ? null : r.infos, r.readError,
    ]);
  }

  const list = wb.addWorksheet(w.sheets.findings);
  header(list, w.findings, [36, 22, 8, 7, 26, 80, 24]);
  for (const f of findings as FindingRow[]) list.addRow([f.file, f.sheet, f.cell, f.severityName, f.ruleTitle, f.message, f.rule]);

  const st = wb.addWorksheet(w.sheets.stats);
  header(st, w.stats, [34, 14, 50]);
  const add = (label: string, value: string | number | null, note: string | null = null) => st.addRow([label, value, note]);
  add(w.rows.profile, profileWords(opts.profile, lang));
  add(w.rows.sheets, stats.sheets);
  if (stats.unreadableFiles) add(w.rows.unreadable, stats.unreadableFiles);
  add(w.rows.averaged, stats.averaged, w.rows.averagedNote);
  add(w.rows.avgClaimed, stats.averageClaimed);
  add(w.rows.avgComputed, stats.averageComputed);
  add(w.rows.avgDiff, stats.averageDiff);
  add(w.rows.partial, stats.partial);
  add(w.rows.impossible, stats.impossible);
  for (const g of stats.computedGrades) add(w.rows.gradeComputed(g.grade), g.count, w.rows.gradeNote);
  for (const g of stats.claimedGrades) add(w.rows.gradeClaimed(g.grade), g.count, w.rows.gradeNote);
  st.addRow([]);
  const ruleHead = st.addRow([...w.rows.perRule]);
  ruleHead.font = { bold: true };
  for (const r of stats.perRule) st.addRow([r.title, r.errors, r.warnings, r.infos, r.sheets, r.rule]);
  st.addRow([]);
  const unitHead = st.addRow([...w.rows.perUnit]);
  unitHead.font = { bold: true };
  for (const u of stats.perUnit) st.addRow([u.unit, u.sheets, u.averageClaimed, u.averageComputed, u.errors, u.warnings]);

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
