import { familyName, ruleTitle, severityName } from "../core/summary/labels";
import type { FileReport, SheetReport } from "./report";

const f2 = (n: number | null) => (n === null ? "—" : String(Math.round(n * 100) / 100));
/** Confidence as the pane shows it: a whole percent. */
export const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Counts a human report ends with, gathered file by file. */
export interface HumanTally {
  files: number;
  errors: number;
  warnings: number;
  unreadable: number;
}

export const emptyTally = (): HumanTally => ({ files: 0, errors: 0, warnings: 0, unreadable: 0 });

/** punctuation of the language: full-width in Chinese, half-width in English */
const punct = (zh: boolean) => (zh ? { open: "（", close: "）", colon: "：", comma: "，", q1: "「", q2: "」" } : { open: " (", close: ")", colon: ": ", comma: ", ", q1: '"', q2: '"' });

/** One file of the readable report (Chinese by default; English with half-width punctuation), printed as soon as the file is reviewed); adds its counts to `tally`. */
export function humanFile(file: FileReport, lang: "zh" | "en", tally: HumanTally): string {
  const zh = lang === "zh";
  const P = punct(zh);
  const lines: string[] = [`━━ ${file.file}`];
  tally.files++;
  if (file.error) {
    tally.unreadable++;
    lines.push(`  ✗ ${zh ? "无法读取" : "cannot read"}${P.open}${file.error.code}${P.close}${P.colon}${file.error.message}`);
    return lines.join("\n");
  }
  for (const s of file.sheets) {
    const sheet = `${zh ? "工作表" : "sheet "}${P.q1}${s.sheet}${P.q2}`;
    // an unknown sheet is still checked for the sums its labels state: shown only when something was found
    if (s.family === "unknown" && s.findings.length === 0) {
      lines.push(`  · ${sheet}${P.colon}${zh ? "未识别为绩效表格，已跳过" : "not a recognised evaluation sheet, skipped"}`);
      continue;
    }
    lines.push(`  ▸ ${sheet}${P.colon}${familyName(s.family, lang)}${P.open}${zh ? "置信度" : "confidence"} ${percent(s.confidence)}${P.close}`);
    if (s.profileNote) lines.push(`    ${s.profileNote}`);
    if (s.forms) {
      // forms stacked on the sheet: each its rows, what it is, its indicators, total and grade
      lines.push(zh ? `    本表上下排列 ${s.forms.length} 张表：` : `    ${s.forms.length} forms stacked on the sheet:`);
      for (const f of s.forms) {
        lines.push(`    · ${zh ? `第 ${f.from}–${f.to} 行` : `rows ${f.from}–${f.to}`}${P.colon}${familyName(f.family, lang)}`);
        // (a form whose own text named another region follows that region's profile)
        if (f.profile !== s.profile) lines.push(`      ${zh ? "规则方案" : "profile"}${P.colon}${f.profile}`);
        modelLines(f, "      ", zh, lines);
      }
    } else modelLines(s, "    ", zh, lines);
    if (s.findings.length === 0) lines.push(`    ✓ ${zh ? "未发现问题" : "no findings"}`);
    for (const f of s.findings) {
      if (f.severity === "error") tally.errors++;
      if (f.severity === "warning") tally.warnings++;
      const mark = f.severity === "error" ? "✗" : f.severity === "warning" ? "!" : "i";
      lines.push(`    ${mark} [${severityName(f.severity, lang)}] ${f.cell} ${f.message}  (${ruleTitle(f.rule, lang)} · ${f.rule})`);
    }
  }
  return lines.join("\n");
}

/** A form's indicators count, total and grade, one line each (those it has). */
function modelLines(s: Pick<SheetReport, "indicators" | "total" | "grade">, pad: string, zh: boolean, lines: string[]): void {
  const P = punct(zh);
  if (s.indicators.length) lines.push(zh ? `${pad}指标 ${s.indicators.length} 项` : `${pad}${s.indicators.length} indicator(s)`);
  if (s.total.amount) {
    // an amount list's 合计: stated, with nothing to re-check it against but its own lines (its relations)
    lines.push(`${pad}${zh ? "合计" : "list total"} ${f2(s.total.claimed)}${s.total.claimedCell ? ` (${s.total.claimedCell})` : ""}`);
  } else if (s.total.claimed !== null || s.total.computed !== null) {
    lines.push(`${pad}${zh ? "总分：填报" : "total: claimed"} ${f2(s.total.claimed)}${s.total.claimedCell ? ` (${s.total.claimedCell})` : ""}${P.comma}${zh ? "复核" : "re-check"} ${f2(s.total.computed)}`);
  }
  if (s.grade.claimed || s.grade.computed) {
    lines.push(`${pad}${zh ? "等级：填报" : "grade: claimed"} ${s.grade.claimed ?? "—"}${P.comma}${zh ? "复核" : "re-check"} ${s.grade.computed ?? "—"}`);
  }
}

/** The closing line of the readable report. */
export function humanFooter(tally: HumanTally, profile: string, lang: "zh" | "en"): string {
  const { files, errors, warnings, unreadable } = tally;
  return lang === "zh"
    ? `共 ${files} 个文件：错误 ${errors} 项，警告 ${warnings} 项${unreadable ? `，无法读取 ${unreadable} 个` : ""}（规则方案：${profile}）`
    : `${files} file(s): ${errors} error(s), ${warnings} warning(s)${unreadable ? `, ${unreadable} unreadable` : ""} (profile: ${profile})`;
}

export function hasErrors(files: FileReport[]): boolean {
  return files.some((f) => f.sheets.some((s) => s.findings.some((x) => x.severity === "error")));
}
