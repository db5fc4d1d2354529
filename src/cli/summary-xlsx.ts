import { basename, relative, resolve, sep } from "path";
import { statSync } from "fs";
import type { Grid } from "../core/grid/grid";
import { review } from "../core/review";
import type { Profile } from "../core/rubric/schema";
import { buildSummaryWorkbook, findingsOnRows, SheetFacts, SummaryFileInput, SummarySheetInput, summarySheetInputs } from "../core/summary";
import { ReviewReport, SheetReport, sheetReport } from "./report";

// the facts the summary needs beside the JSON report (names, weight total, partial), kept per report object: one per
// form where whole forms are stacked on the sheet
const FACTS = new WeakMap<SheetReport, SheetFacts[]>();

/** Review every sheet of a workbook (as report.ts's reviewSheets) and keep each sheet's facts for the summary. */
export function reviewSheetsForSummary(sheets: Grid[], profile: Profile | undefined, lang: "zh" | "en" = "zh"): SheetReport[] {
  return sheets.map((g) => {
    const r = review(g, profile);
    const rep = sheetReport(r, lang);
    FACTS.set(rep, summarySheetInputs(g, r).map((x) => x.facts));
    return rep;
  });
}

/** A file's path as the summary shows it: relative to the folder it was found in, or its name when given alone. */
export function shownPath(file: string, inputs: string[]): string {
  const abs = resolve(file);
  for (const inp of inputs) {
    const dir = resolve(inp);
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir && abs.startsWith(dir + sep)) return relative(dir, abs).split(sep).join("/");
  }
  return basename(file);
}

const NO_FACTS: SheetFacts = { projectName: null, unit: null, weightTotal: null, partial: false };

/** A sheet's report as the summary takes it: one input, or one per form stacked on the sheet (core/summary summarySheetInputs). */
function summaryInputsOf(s: SheetReport, facts: SheetFacts[]): SummarySheetInput[] {
  if (!s.forms) return [{ ...s, facts: facts[0] ?? NO_FACTS }];
  return s.forms.map((f, k) => ({
    sheet: s.sheet,
    family: f.family,
    total: f.total,
    grade: f.grade,
    findings: findingsOnRows(s.findings, f, k === 0),
    facts: facts[k] ?? NO_FACTS,
    rows: { from: f.from, to: f.to },
  }));
}

/** The reviewer's summary workbook of a CLI run (the one implementation in core/summary). */
export async function summaryWorkbook(report: ReviewReport, opts: { inputs?: string[]; lang?: "zh" | "en" } = {}): Promise<Buffer> {
  const files: SummaryFileInput[] = report.files.map((f) => ({
    file: opts.inputs ? shownPath(f.file, opts.inputs) : f.file,
    error: f.error,
    sheets: f.sheets.flatMap((s) => summaryInputsOf(s, FACTS.get(s) ?? [])),
  }));
  return Buffer.from(await buildSummaryWorkbook(files, { profile: report.profile, lang: opts.lang }));
}
