import type { Grid } from "../core/grid/grid";
import { review, ReviewedForm, ReviewResult } from "../core/review";
import { moveRows } from "../core/grid/a1";
import { formSheetRow } from "../core/recognise/stacked-forms";
import type { Profile } from "../core/rubric/schema";
import type { Finding } from "../core/rules";

/** The CLI's JSON contract (DESIGN §5), version 1. */
export interface SheetReport {
  sheet: string;
  family: string;
  confidence: number;
  headerRow: number | null;
  indicators: {
    row: number;
    path: string[];
    weight: number | null;
    weightCell: string | null;
    claimedScore: number | null;
    scoreCell: string | null;
    computedScore: number | null;
  }[];
  /** amount: the claimed total is an amount list's 合计 (an allocation table), not a score */
  total: { claimed: number | null; claimedCell: string | null; computed: number | null; amount?: true };
  grade: { claimed: string | null; claimedCell: string | null; computed: string | null };
  findings: Finding[];
  /** the rubric profile applied to this sheet, and why (auto: the region found in the sheet's own text) */
  profile?: string;
  profileNote?: string;
  /**
   * whole forms stacked on the sheet (several projects' forms one under the other), each reviewed as a sheet of its
   * own: its rows and what it holds, at sheet rows. The sheet's own family, indicators, total and grade are then the
   * first form's; `findings` are every form's. Absent: the sheet is one form.
   */
  forms?: FormReport[];
}

/** One form stacked on a sheet: its first and last sheet rows, then the fields of a sheet's report (its findings are the sheet's). */
export type FormReport = { from: number; to: number } & Omit<SheetReport, "sheet" | "findings" | "profileNote" | "forms">;

export interface FileReport {
  file: string;
  error: { code: string; message: string } | null;
  sheets: SheetReport[];
}

export interface ReviewReport {
  version: 1;
  profile: string;
  files: FileReport[];
  /** links, pipes and devices left out of the run (never opened) */
  skipped?: { file: string; reason: string }[];
}

const indent = (json: string, pad: string) => json.replace(/\n/g, "\n" + pad);

/**
 * The JSON report printed one file at a time (memory flat in the number of files): the header, each
 * file's object as soon as it is reviewed, then the closing. Together they are JSON.stringify(report, null, 2).
 */
export class JsonReportStream {
  private count = 0;
  /**
   * `writeBytes`, where the output takes bytes only: each file's text is encoded once, separator included. A
   * process's stdout takes the text itself (src/cli/main.ts): a pipe or a terminal encodes it in one pass, where
   * Buffer.from measures the text first, then encodes it.
   */
  constructor(
    private readonly write: (s: string) => void,
    private readonly writeBytes?: (b: Uint8Array) => void,
  ) {}
  begin(profile: string): void {
    this.write(`{\n  "version": 1,\n  "profile": ${JSON.stringify(profile)},\n  "files": [`);
  }
  file(f: FileReport): void {
    // nested two levels deep, JSON.stringify indents the object as it sits in the report (no second pass); after
    // the first file a 0 ahead of it in the same array puts its separator in the text too: "[\n  [\n    0" then
    // ",\n    {…}", where the first file's text is "\n    {…}"; "\n  ]\n]" closes both. The text is cut out of the
    // whole as a view (a substring of a long string is not copied) and written at once, separator included.
    const first = this.count++ === 0;
    const json = JSON.stringify(first ? [[f]] : [[0, f]], null, 2);
    const text = json.slice(first ? 5 : 11, json.length - 6);
    if (this.writeBytes) this.writeBytes(Buffer.from(text, "utf8"));
    else this.write(text);
  }
  end(skipped: { file: string; reason: string }[]): void {
    this.write((this.count ? "\n  ]" : "]") + (skipped.length ? `,\n  "skipped": ${indent(JSON.stringify(skipped, null, 2), "  ")}` : "") + "\n}\n");
  }
}

/** a label on one line: line breaks (and the white space around them) as one space, trimmed; most labels have none */
const clean = (s: string) => (s.indexOf("\n") < 0 ? s.trim() : s.replace(/\s*\n\s*/g, " ").trim());

export function sheetReport(r: ReviewResult, lang: "zh" | "en" = "zh"): SheetReport {
  const m = r.model;
  return {
    sheet: m.sheet,
    family: m.family,
    confidence: m.confidence,
    headerRow: m.headerRow,
    indicators: m.indicators.map((i) => {
      const o = r.scores.indicators.get(i.row);
      return {
        row: i.row,
        path: i.path.map(clean),
        weight: i.weight,
        weightCell: i.weightCell,
        claimedScore: i.claimedScore,
        scoreCell: i.scoreCell,
        computedScore: o?.ok ? o.score : null,
      };
    }),
    total: { claimed: m.totals?.score?.value ?? null, claimedCell: m.totals?.score?.cell ?? null, computed: r.scores.computedTotal, ...(m.totals?.amount ? { amount: true as const } : {}) },
    grade: { claimed: m.grade?.value ?? null, claimedCell: m.grade?.cell ?? null, computed: r.scores.computedGrade },
    findings: r.findings.map((f) => {
      const { messageEn, ...rest } = f;
      return lang === "en" && messageEn ? { ...rest, message: messageEn } : rest;
    }),
    profile: r.profile.id,
    ...(r.profileNote ? { profileNote: lang === "en" ? r.profileNote.en : r.profileNote.zh } : {}),
    ...(r.forms ? { forms: r.forms.map((f) => formReport(f, lang)) } : {}),
  };
}

/** A stacked form's report: its own review's model fields, rows and cells moved to the sheet's. */
function formReport(f: ReviewedForm, lang: "zh" | "en"): FormReport {
  const row = (r: number) => formSheetRow(f, r);
  const cell = (c: string | null) => (c === null ? null : moveRows(c, row));
  // (the fields a report reads, not a spread: that would build the form's fill plan)
  const { model, scores, profile, profileNote, profileBasis } = f.result;
  const s = sheetReport({ model, scores, profile, profileNote, profileBasis, findings: [], fills: [] }, lang);
  return {
    from: f.from,
    to: f.to,
    family: s.family,
    confidence: s.confidence,
    headerRow: s.headerRow === null ? null : row(s.headerRow),
    indicators: s.indicators.map((i) => ({ ...i, row: row(i.row), weightCell: cell(i.weightCell), scoreCell: cell(i.scoreCell) })),
    total: { ...s.total, claimedCell: cell(s.total.claimedCell) },
    grade: { ...s.grade, claimedCell: cell(s.grade.claimedCell) },
    profile: s.profile,
  };
}

/** Review every sheet of a workbook. */
export function reviewSheets(sheets: Grid[], profile: Profile | undefined, lang: "zh" | "en" = "zh"): SheetReport[] {
  // the report holds no fill plan: review skips computing it
  return sheets.map((g) => sheetReport(review(g, profile, { fills: false }), lang));
}
