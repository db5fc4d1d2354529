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

/** the indentation of JSON.stringify(…, null, 2) at `depth` levels */
const pad = (depth: number) => "  ".repeat(depth);

/** `v` nested `depth` arrays deep: JSON.stringify then indents it as it sits `depth` levels deep in the report */
function nest(v: unknown, depth: number): unknown {
  for (let d = 0; d < depth; d++) v = [v];
  return v;
}

/** the lengths of the text JSON.stringify(nest(x, depth), null, 2) puts around x: [before, after] */
const aroundCache: [number, number][] = [];
function around(depth: number): [number, number] {
  let a = aroundCache[depth];
  if (!a) {
    const t = JSON.stringify(nest(0, depth), null, 2);
    const i = t.indexOf("0");
    a = aroundCache[depth] = [i, t.length - i - 1];
  }
  return a;
}

/** the lengths of the text JSON.stringify(nest(items, depth), null, 2) puts around an array's items: [before, after] */
const itemsCache: [number, number][] = [];
function aroundItems(depth: number): [number, number] {
  let a = itemsCache[depth];
  if (!a) {
    const t = JSON.stringify(nest([0], depth), null, 2);
    const i = t.indexOf("0");
    a = itemsCache[depth] = [i, t.length - i - 1];
  }
  return a;
}

/** a plain object or array, which JSON.stringify writes member by member (no toJSON, no class) */
function plainContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  if (v === null || typeof v !== "object") return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== "function";
}

/** members (array items and object values, counted through nested containers) a value may hold to be written whole */
const PART_MEMBERS = 400;

/**
 * the members `v` holds (counted through nested containers), or -1 past `budget` (counting stops there). A member that
 * is no object (most are: numbers, texts, null) holds none and is passed over in line, without a call: a 2,000-row
 * sheet's report is some 40,000 members, every one counted once before it is written.
 */
function members(v: unknown, budget: number): number {
  if (!plainContainer(v)) return 0;
  let n = 0;
  if (Array.isArray(v)) {
    if ((n = v.length) > budget) return -1;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (x === null || typeof x !== "object") continue;
      const m = members(x, budget - n);
      if (m < 0) return -1;
      n += m;
    }
    return n;
  }
  for (const k in v) {
    if (++n > budget) return -1;
    const x = v[k];
    if (x === null || typeof x !== "object") continue;
    const m = members(x, budget - n);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}

/** `v` as JSON.stringify(v, null, 2) writes it `depth` levels deep: one call, the text around it cut off */
function whole(v: unknown, depth: number): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  const t = JSON.stringify(nest(v, depth), null, 2);
  const [before, after] = around(depth);
  return t.slice(before, t.length - after);
}

/**
 * `v` as JSON.stringify(…, null, 2) writes it `depth` levels deep (its first line unindented), as pieces pushed to
 * `out`, none much longer than PART_MEMBERS members. V8 builds a long result of JSON.stringify as a chain of pieces
 * (a cons string), and writing it makes it one string first: a 2,000-row sheet's report, 900,000 characters, became
 * one string of 1.8 MB, allocated on fresh pages of its own (V8's large objects), whose page faults cost twice the
 * stringify itself. A large array is written in runs of items (one JSON.stringify each, the brackets around cut off),
 * a large object member by member.
 */
function jsonPieces(v: unknown, depth: number, out: string[]): void {
  if (!plainContainer(v) || members(v, PART_MEMBERS) >= 0) return void out.push(whole(v, depth));
  const inner = "\n" + pad(depth + 1);
  if (Array.isArray(v)) {
    // (not empty: it holds more than PART_MEMBERS members)
    let run: unknown[] = [];
    let runMembers = 0;
    let sep = "[" + inner;
    const flush = () => {
      if (run.length === 0) return;
      // the run as an array at this depth: its items are indented as this array's; its brackets are cut off
      const t = JSON.stringify(nest(run, depth), null, 2);
      const [before, after] = aroundItems(depth);
      out.push(sep + t.slice(before, t.length - after));
      sep = "," + inner;
      run = [];
      runMembers = 0;
    };
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      const m = x === null || typeof x !== "object" ? 0 : members(x, PART_MEMBERS);
      if (m < 0) {
        flush();
        out.push(sep);
        sep = "," + inner;
        jsonPieces(x, depth + 1, out);
        continue;
      }
      if (runMembers + m + 1 > PART_MEMBERS) flush();
      run.push(x); // an undefined, function or symbol item is null in the run, as in the array
      runMembers += m + 1;
    }
    flush();
    out.push("\n" + pad(depth) + "]");
    return;
  }
  let n = 0;
  for (const k of Object.keys(v)) {
    const x = v[k];
    // an object's undefined, function or symbol member is left out, as JSON.stringify does
    if (x === undefined || typeof x === "function" || typeof x === "symbol") continue;
    out.push((n++ ? "," : "{") + inner + JSON.stringify(k) + ": ");
    jsonPieces(x, depth + 1, out);
  }
  out.push(n ? "\n" + pad(depth) + "}" : "{}");
}

/** characters of report text joined before they are written: a short file's report goes out in one write */
const WRITE_CHARS = 1 << 14;

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
    // the file's object sits two levels deep ("files" of the report), after a comma from the second file on; its
    // pieces are joined (one flat string) and written some 64 K characters at a time, separator included
    const pieces: string[] = [this.count++ === 0 ? "\n    " : ",\n    "];
    jsonPieces(f, 2, pieces);
    let from = 0;
    let chars = 0;
    for (let i = 0; i < pieces.length; i++) {
      chars += pieces[i].length;
      if (chars >= WRITE_CHARS || i === pieces.length - 1) {
        this.out(i === from ? pieces[i] : pieces.slice(from, i + 1).join(""));
        from = i + 1;
        chars = 0;
      }
    }
  }
  private out(text: string): void {
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
