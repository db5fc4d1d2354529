import type { Grid } from "../grid/grid";
import type { ReviewResult } from "../review";
import type { Finding, Severity } from "../rules/types";
import { parseA1 } from "../grid/a1";
import { formGrid } from "../recognise/stacked-forms";
import { round } from "../text/numbers";
import { sheetIdentity } from "./identity";
import { familyName, ruleTitle, severityName, SummaryLang } from "./labels";

/** What the summary needs from a sheet besides its report: read once from the grid and the review. */
export interface SheetFacts {
  projectName: string | null;
  unit: string | null;
  /** the total weight the sheet states (总分 100) or, for a complete table, the sum of its weights */
  weightTotal: number | null;
  /** the table is cut off (truncated, or starts at the indicator header): its re-check total is partial */
  partial: boolean;
}

/** One reviewed sheet, as the CLI's JSON report carries it (DESIGN §5) plus its facts. */
export interface SummarySheetInput {
  sheet: string;
  family: string;
  total: { claimed: number | null; computed: number | null };
  grade: { claimed: string | null; computed: string | null };
  findings: Finding[];
  facts: SheetFacts;
  /** one of the whole forms stacked on the sheet (each its own input): its first and last sheet rows */
  rows?: FormRows;
}

/** The sheet rows of one of the forms stacked on a sheet. */
export interface FormRows {
  from: number;
  to: number;
}

export interface SummaryFileInput {
  /** the file's path as shown (relative to the folder the reviewer gave) */
  file: string;
  error: { code: string; message: string } | null;
  sheets: SummarySheetInput[];
}

/** One row of the 汇总 sheet and of the desk's table: one evaluation sheet. */
export interface SummaryRow {
  file: string;
  sheet: string;
  projectName: string | null;
  unit: string | null;
  family: string;
  /** 自评分: the total the sheet claims */
  claimed: number | null;
  /** 复核分: the re-check total */
  computed: number | null;
  /** 差额 = 复核分 − 自评分 */
  diff: number | null;
  claimedGrade: string | null;
  computedGrade: string | null;
  errors: number;
  warnings: number;
  infos: number;
  weightTotal: number | null;
  /** the re-check total covers only part of the table */
  partial: boolean;
  /** a total above the weight total (110 of 100): cannot be right, kept out of the averages */
  impossible: boolean;
  /** the first finding's cell (findings are sorted by severity, then position) */
  firstFindingCell: string | null;
  /** the file could not be read: its message (no sheet) */
  readError: string | null;
  /** one of the whole forms stacked on the sheet: its first and last rows (a row per form) */
  rows?: FormRows;
}

/** Facts of one reviewed sheet. */
export function sheetFacts(grid: Grid, r: ReviewResult): SheetFacts {
  const m = r.model;
  const partial = m.truncated || m.cutAbove;
  const stated = m.totals?.weight?.value ?? null;
  const { projectName, unit } = sheetIdentity(grid, m.headerLastRow ? Math.max(m.headerLastRow - 1, 1) : undefined);
  return { projectName, unit, weightTotal: stated ?? (partial ? null : r.scores.weightSum), partial };
}

const EPS = 1e-9;

/** Rows of the summary: one per recognised sheet, one per unreadable file. */
export function summaryRows(files: SummaryFileInput[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const f of files) {
    if (f.error) {
      rows.push({
        file: f.file, sheet: "", projectName: null, unit: null, family: "unknown", claimed: null, computed: null, diff: null,
        claimedGrade: null, computedGrade: null, errors: 0, warnings: 0, infos: 0, weightTotal: null, partial: false, impossible: false,
        firstFindingCell: null, readError: f.error.message,
      });
      continue;
    }
    for (const s of f.sheets) {
      if (s.family === "unknown") continue;
      const count = (sev: Severity) => s.findings.filter((x) => x.severity === sev).length;
      const { claimed, computed } = s.total;
      const w = s.facts.weightTotal;
      const impossible = w !== null && ((claimed !== null && claimed > w + EPS) || (computed !== null && computed > w + EPS));
      rows.push({
        file: f.file,
        sheet: s.sheet,
        projectName: s.facts.projectName,
        unit: s.facts.unit,
        family: s.family,
        claimed,
        computed,
        diff: claimed !== null && computed !== null ? round(computed - claimed) : null,
        claimedGrade: s.grade.claimed,
        computedGrade: s.grade.computed,
        errors: count("error"),
        warnings: count("warning"),
        infos: count("info"),
        weightTotal: w,
        partial: s.facts.partial,
        impossible,
        firstFindingCell: firstCell(s.findings),
        readError: null,
        ...(s.rows ? { rows: s.rows } : {}),
      });
    }
  }
  return rows;
}

function firstCell(findings: Finding[]): string | null {
  if (!findings.length) return null;
  const byPos = [...findings].sort((a, b) => {
    const p = parseA1(a.cell);
    const q = parseA1(b.cell);
    return p.row - q.row || p.col - q.col;
  });
  return byPos[0].cell;
}

/** One row of the 问题清单 sheet. */
export interface FindingRow {
  file: string;
  sheet: string;
  cell: string;
  severity: Severity;
  severityName: string;
  ruleTitle: string;
  message: string;
  rule: string;
}

export function findingRows(files: SummaryFileInput[], lang: SummaryLang = "zh"): FindingRow[] {
  const out: FindingRow[] = [];
  for (const f of files)
    for (const s of f.sheets) {
      if (s.family === "unknown") continue;
      for (const x of s.findings)
        out.push({
          file: f.file,
          sheet: s.sheet,
          cell: x.cell,
          severity: x.severity,
          severityName: severityName(x.severity, lang),
          ruleTitle: ruleTitle(x.rule, lang),
          message: lang === "en" && x.messageEn ? x.messageEn : x.message,
          rule: x.rule,
        });
    }
  return out;
}

export interface SummaryStats {
  /** recognised sheets */
  sheets: number;
  unreadableFiles: number;
  /** sheets with both a self-score and a re-check, complete and possible: the ones averaged */
  averaged: number;
  averageClaimed: number | null;
  averageComputed: number | null;
  averageDiff: number | null;
  partial: number;
  impossible: number;
  /** counts per computed grade (优/良/中/差 first), over the averaged sheets' peers: complete and possible */
  computedGrades: { grade: string; count: number }[];
  claimedGrades: { grade: string; count: number }[];
  perRule: { rule: string; title: string; errors: number; warnings: number; infos: number; sheets: number }[];
  perUnit: { unit: string; sheets: number; averageClaimed: number | null; averageComputed: number | null; errors: number; warnings: number }[];
}

const avg = (a: number[]) => (a.length ? round(a.reduce((x, y) => x + y, 0) / a.length) : null);
const GRADE_ORDER = ["优", "良", "中", "差"];

function gradeCounts(values: (string | null)[]): { grade: string; count: number }[] {
  const m = new Map<string, number>(GRADE_ORDER.map((g) => [g, 0]));
  for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([grade, count]) => ({ grade, count }));
}

/** Whether a row's totals count in the statistics: complete (not partial) and possible. */
export const countsInAverages = (r: SummaryRow) => !r.readError && !r.partial && !r.impossible && r.claimed !== null && r.computed !== null;

/** The statistics of seed 001: average self-score vs re-check, counts per grade, findings per rule and per unit. */
export function summaryStats(rows: SummaryRow[], findings: FindingRow[], lang: SummaryLang = "zh"): SummaryStats {
  const sheets = rows.filter((r) => !r.readError);
  const averaged = sheets.filter(countsInAverages);
  const graded = sheets.filter((r) => !r.partial && !r.impossible);
  const perRule = new Map<string, { errors: number; warnings: number; infos: number; sheets: Set<string> }>();
  for (const f of findings) {
    const e = perRule.get(f.rule) ?? { errors: 0, warnings: 0, infos: 0, sheets: new Set<string>() };
    if (f.severity === "error") e.errors++;
    else if (f.severity === "warning") e.warnings++;
    else e.infos++;
    e.sheets.add(`${f.file}\u0000${f.sheet}`);
    perRule.set(f.rule, e);
  }
  const perUnit = new Map<string, SummaryRow[]>();
  const noUnit = lang === "en" ? "(unit not stated)" : "（未写明单位）";
  for (const r of sheets) perUnit.set(r.unit ?? noUnit, [...(perUnit.get(r.unit ?? noUnit) ?? []), r]);
  return {
    sheets: sheets.length,
    unreadableFiles: rows.length - sheets.length,
    averaged: averaged.length,
    averageClaimed: avg(averaged.map((r) => r.claimed!)),
    averageComputed: avg(averaged.map((r) => r.computed!)),
    averageDiff: avg(averaged.map((r) => r.diff!)),
    partial: sheets.filter((r) => r.partial).length,
    impossible: sheets.filter((r) => r.impossible).length,
    computedGrades: gradeCounts(graded.map((r) => r.computedGrade)),
    claimedGrades: gradeCounts(graded.map((r) => r.claimedGrade)),
    perRule: [...perRule]
      .map(([rule, e]) => ({ rule, title: ruleTitle(rule, lang), errors: e.errors, warnings: e.warnings, infos: e.infos, sheets: e.sheets.size }))
      .sort((a, b) => b.errors + b.warnings + b.infos - (a.errors + a.warnings + a.infos) || (a.rule < b.rule ? -1 : 1)),
    perUnit: [...perUnit]
      .map(([unit, rs]) => {
        const ok = rs.filter(countsInAverages);
        return {
          unit,
          sheets: rs.length,
          averageClaimed: avg(ok.map((r) => r.claimed!)),
          averageComputed: avg(ok.map((r) => r.computed!)),
          errors: rs.reduce((a, r) => a + r.errors, 0),
          warnings: rs.reduce((a, r) => a + r.warnings, 0),
        };
      })
      .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)),
  };
}

export { familyName };

/**
 * A reviewed sheet as the summary takes it: one input, or, for whole forms stacked on the sheet (several projects'
 * 自评表 one under the other), one per form with its own project, totals, grade and the findings on its rows.
 */
export function summarySheetInputs(grid: Grid, r: ReviewResult): SummarySheetInput[] {
  if (!r.forms) return [summarySheetInput(grid, r)];
  return r.forms.map((f, k) => ({
    ...summarySheetInput(formGrid(grid, f), { ...formReview(f.result), findings: findingsOnRows(r.findings, f, k === 0) }),
    rows: { from: f.from, to: f.to },
  }));
}

/** The fields of a form's review the summary reads (not a spread: that would build its fill plan). */
function formReview(r: ReviewResult): ReviewResult {
  return { model: r.model, scores: r.scores, profile: r.profile, profileNote: r.profileNote, profileBasis: r.profileBasis, findings: [], fills: [] };
}

/** The findings on a form's rows (`first`: the sheet's first form, which also takes a finding of no row, the sheet's). */
export function findingsOnRows<F extends { cell: string }>(findings: F[], rows: FormRows, first: boolean): F[] {
  return findings.filter((x) => {
    const m = /\d+/.exec(x.cell);
    const row = m ? Number(m[0]) : 0;
    return row === 0 ? first : row >= rows.from && row <= rows.to;
  });
}

/** A reviewed sheet as the summary takes it (the same totals and grades as the CLI's JSON report). */
export function summarySheetInput(grid: Grid, r: ReviewResult): SummarySheetInput {
  const m = r.model;
  return {
    sheet: m.sheet,
    family: m.family,
    // (an amount list's 合计 is no self-score)
    total: { claimed: m.totals?.amount ? null : (m.totals?.score?.value ?? null), computed: r.scores.computedTotal },
    grade: { claimed: m.grade?.value ?? null, computed: r.scores.computedGrade },
    findings: r.findings,
    facts: sheetFacts(grid, r),
  };
}
