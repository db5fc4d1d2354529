import ExcelJS from "exceljs";
import type { ReviewReport } from "./report";

/**
 * A reviewer's summary workbook: one row per sheet (claimed vs re-check total and grade, finding counts),
 * the findings list, and the statistics of seed 001 (average self-score vs re-check, counts per grade).
 */
export async function summaryWorkbook(report: ReviewReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet("汇总");
  sum.columns = [
    { header: "文件", key: "file", width: 40 },
    { header: "工作表", key: "sheet", width: 18 },
    { header: "表格类型", key: "family", width: 20 },
    { header: "填报总分", key: "claimed", width: 10 },
    { header: "复核总分", key: "computed", width: 10 },
    { header: "填报等级", key: "gradeClaimed", width: 10 },
    { header: "复核等级", key: "gradeComputed", width: 10 },
    { header: "错误", key: "errors", width: 8 },
    { header: "警告", key: "warnings", width: 8 },
    { header: "读取错误", key: "readError", width: 30 },
  ];
  const list = wb.addWorksheet("问题清单");
  list.columns = [
    { header: "文件", key: "file", width: 40 },
    { header: "工作表", key: "sheet", width: 18 },
    { header: "单元格", key: "cell", width: 8 },
    { header: "级别", key: "severity", width: 8 },
    { header: "规则", key: "rule", width: 24 },
    { header: "说明", key: "message", width: 80 },
  ];
  const claimed: number[] = [];
  const computed: number[] = [];
  const grades: Record<string, number> = {};
  for (const f of report.files) {
    if (f.error) {
      sum.addRow({ file: f.file, readError: `${f.error.code}：${f.error.message}` });
      continue;
    }
    for (const s of f.sheets) {
      if (s.family === "unknown") continue;
      sum.addRow({
        file: f.file,
        sheet: s.sheet,
        family: s.family,
        claimed: s.total.claimed,
        computed: s.total.computed,
        gradeClaimed: s.grade.claimed,
        gradeComputed: s.grade.computed,
        errors: s.findings.filter((x) => x.severity === "error").length,
        warnings: s.findings.filter((x) => x.severity === "warning").length,
      });
      if (s.total.claimed !== null && s.total.computed !== null) {
        claimed.push(s.total.claimed);
        computed.push(s.total.computed);
      }
      if (s.grade.computed) grades[s.grade.computed] = (grades[s.grade.computed] ?? 0) + 1;
      for (const x of s.findings) list.addRow({ file: f.file, sheet: s.sheet, cell: x.cell, severity: x.severity, rule: x.rule, message: x.message });
    }
  }
  const stats = wb.addWorksheet("统计");
  const avg = (a: number[]) => (a.length ? Math.round((a.reduce((x, y) => x + y, 0) / a.length) * 100) / 100 : null);
  stats.addRow(["规则方案", report.profile]);
  stats.addRow(["有总分的表格数", claimed.length]);
  stats.addRow(["平均自评分", avg(claimed)]);
  stats.addRow(["平均复核分", avg(computed)]);
  for (const g of ["优", "良", "中", "差"]) stats.addRow([`复核等级「${g}」`, grades[g] ?? 0]);
  for (const ws of [sum, list]) ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
