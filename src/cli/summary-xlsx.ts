import { basename, relative, resolve, sep } from "path";
import { statSync } from "fs";
import type { Grid } from "../core/grid/grid";
import { review } from "../core/review";
import type { Profile } from "../core/rubric/schema";
import { buildSummaryWorkbook, SheetFacts, sheetFacts, SummaryFileInput } from "../core/summary";
import { ReviewReport, SheetReport, sheetReport } from "./report";

// the facts the summary needs beside the JSON report (names, weight total, partial), kept per report object
const FACTS = new WeakMap<SheetReport, SheetFacts>();

/** Review every sheet of a workbook (as report.ts's reviewSheets) and keep each sheet's facts for the summary. */
export function reviewSheetsForSummary(sheets: Grid[], profile: Profile | undefined, lang: "zh" | "en" = "zh"): SheetReport[] {
  return sheets.map((g) => {
    const r = review(g, profile);
    const rep = sheetReport(r, lang);
    FACTS.set(rep, sheetFacts(g, r));
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

/** The reviewer's summary workbook of a CLI run (the one implementation in core/summary). */
export async function summaryWorkbook(report: ReviewReport, opts: { inputs?: string[]; lang?: "zh" | "en" } = {}): Promise<Buffer> {
  const files: SummaryFileInput[] = report.files.map((f) => ({
    file: opts.inputs ? shownPath(f.file, opts.inputs) : f.file,
    error: f.error,
    sheets: f.sheets.map((s) => ({ ...s, facts: FACTS.get(s) ?? NO_FACTS })),
  }));
  return Buffer.from(await buildSummaryWorkbook(files, { profile: report.profile, lang: opts.lang }));
}
