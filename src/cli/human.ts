import type { FileReport, ReviewReport } from "./report";

const FAMILY_ZH: Record<string, string> = {
  "project-self-eval": "项目支出绩效自评表",
  "dept-self-eval": "部门整体支出绩效自评表",
  "dept-basic-data": "部门整体支出绩效评价基础数据表",
  "indicator-system": "评价指标体系 / 评分表",
  "target-declaration": "绩效目标申报表",
  monitoring: "绩效运行监控表",
  assessment: "预算绩效管理工作考核表",
  "evaluation-summary": "绩效评价概要表",
  unknown: "未识别",
};
const SEV_ZH = { error: "错误", warning: "警告", info: "提示" } as const;
const SEV_EN = { error: "error", warning: "warning", info: "info" } as const;

const f2 = (n: number | null) => (n === null ? "—" : String(Math.round(n * 100) / 100));

/** A readable report, Chinese by default. */
export function humanReport(report: ReviewReport, lang: "zh" | "en" = "zh"): string {
  const zh = lang === "zh";
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const file of report.files) {
    lines.push(`━━ ${file.file}`);
    if (file.error) {
      unreadable++;
      lines.push(`  ✗ ${zh ? "无法读取" : "cannot read"}（${file.error.code}）：${file.error.message}`);
      continue;
    }
    for (const s of file.sheets) {
      if (s.family === "unknown") {
        lines.push(`  · ${zh ? "工作表" : "sheet"}「${s.sheet}」：${zh ? "未识别为绩效表格，已跳过" : "not a recognised evaluation sheet, skipped"}`);
        continue;
      }
      lines.push(`  ▸ ${zh ? "工作表" : "sheet"}「${s.sheet}」：${zh ? FAMILY_ZH[s.family] : s.family}（${zh ? "置信度" : "confidence"} ${s.confidence}）`);
      if (s.indicators.length) lines.push(`    ${zh ? "指标" : "indicators"} ${s.indicators.length} ${zh ? "项" : ""}`);
      if (s.total.claimed !== null || s.total.computed !== null) {
        lines.push(
          `    ${zh ? "总分：填报" : "total: claimed"} ${f2(s.total.claimed)}${s.total.claimedCell ? ` (${s.total.claimedCell})` : ""}，${zh ? "复核" : "re-check"} ${f2(s.total.computed)}`,
        );
      }
      if (s.grade.claimed || s.grade.computed) {
        lines.push(`    ${zh ? "等级：填报" : "grade: claimed"} ${s.grade.claimed ?? "—"}，${zh ? "复核" : "re-check"} ${s.grade.computed ?? "—"}`);
      }
      if (s.findings.length === 0) lines.push(`    ✓ ${zh ? "未发现问题" : "no findings"}`);
      for (const f of s.findings) {
        if (f.severity === "error") errors++;
        if (f.severity === "warning") warnings++;
        const mark = f.severity === "error" ? "✗" : f.severity === "warning" ? "!" : "i";
        lines.push(`    ${mark} [${zh ? SEV_ZH[f.severity] : SEV_EN[f.severity]}] ${f.cell} ${f.message}  (${f.rule})`);
      }
    }
  }
  lines.push("");
  lines.push(
    zh
      ? `共 ${report.files.length} 个文件：错误 ${errors} 项，警告 ${warnings} 项${unreadable ? `，无法读取 ${unreadable} 个` : ""}（规则方案：${report.profile}）`
      : `${report.files.length} file(s): ${errors} error(s), ${warnings} warning(s)${unreadable ? `, ${unreadable} unreadable` : ""} (profile: ${report.profile})`,
  );
  return lines.join("\n");
}

export function hasErrors(files: FileReport[]): boolean {
  return files.some((f) => f.sheets.some((s) => s.findings.some((x) => x.severity === "error")));
}
