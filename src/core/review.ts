import type { Grid } from "./grid/grid";
import type { CellValue } from "./grid/grid";
import { a1, moveRows, parseA1 } from "./grid/a1";
import type { EvaluationModel, Family, Indicator } from "./model/types";
import { readSheet } from "./recognise";
import type { Profile } from "./rubric/schema";
import { resolveProfile } from "./rubric/load";
import { chooseProfile, ProfileBasis } from "./rubric/auto";
import { Finding, renderMessage, RULES, RuleContext } from "./rules";
import { ModelScores, scoreModel } from "./score/evaluate";
import { gradeFor } from "./score/grade";
import { clearLargeTextCaches } from "./text/cache";
import { formGrid, formSheetRow, ownsFormRow, StackedForm, stackedForms } from "./recognise/stacked-forms";

/** The PERF function a fill uses, with its arguments as A1 references or literals (see functions/). */
export interface FillCall {
  fn: "SCORE" | "EXECRATE" | "EXECSCORE" | "GRADE" | "SUM";
  /** argument expressions: A1 references ("F13"), concatenations ("D14&E14&F14") or quoted literals */
  args: string[];
}

/** A value PerfSheet can write into a cell (the fill plan is built from these; DESIGN §6). */
export interface Fill {
  cell: string;
  kind: "indicator-score" | "exec-rate" | "exec-score" | "total" | "grade";
  /** the computed value */
  value: number | string;
  /** number format to apply when writing a value ("0.00%" for rates) */
  numFmt?: string;
  /** what the cell holds now */
  current: CellValue;
  call: FillCall;
  /** a short Chinese explanation (rule and inputs) */
  note: string;
  /**
   * the profile the fill's value and formula follow where it is not the review's own (a form stacked on the sheet whose
   * own text gave another region); a plain formula is built with it
   */
  profile?: Profile;
}

/** One of the whole forms stacked on a sheet, reviewed as a sheet of its own (stacked-forms.ts formGrid). */
export interface ReviewedForm extends StackedForm {
  /**
   * the form's review: its model, scores, findings and fills at the rows of the form read alone (formGrid); a row r of
   * it is the sheet's row formSheetRow(form, r)
   */
  result: ReviewResult;
}

export interface ReviewResult {
  model: EvaluationModel;
  findings: Finding[];
  fills: Fill[];
  scores: ModelScores;
  profile: Profile;
  /** which rules were applied and why: "按四川口径（据单位名称中的县名“大英县”自动识别）" */
  profileNote: { zh: string; en: string };
  /** how the profile was chosen and the region found in the sheet (DESIGN §4) */
  profileBasis: ProfileBasis;
  /**
   * whole forms stacked on the sheet (several projects' forms one under the other), each reviewed alone: `model`,
   * `scores` and `profile` are then the first form's, `findings` and `fills` every form's at their sheet rows.
   * Absent: the sheet is one form.
   */
  forms?: ReviewedForm[];
}

export interface ReviewOptions {
  /** where an explicit profile came from: the user (default) or the workbook's stored choice */
  profileOrigin?: "user" | "workbook";
  /** false: leave `fills` empty (a caller that only reports findings, as the CLI's review, skips the fill plan) */
  fills?: boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Run every rule that applies to the sheet's family. */
export function runRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  // an `unknown` sheet gets the family-agnostic ("all") rules: the relations its labels state still hold
  for (const rule of RULES) {
    const fam = rule.meta.families;
    if (fam !== "all" && !fam.includes(ctx.model.family)) continue;
    const drafts = rule.check(ctx);
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i];
      const text = renderMessage(rule.meta, d);
      const rule_ = rule.meta.id;
      const severity = d.severity ?? rule.meta.severity;
      // two literal shapes (with and without `related`), the keys in the same order as ever
      findings.push(
        d.related?.length
          ? { rule: rule_, severity, cell: d.cell, related: d.related, message: text.message, messageEn: text.messageEn, messageId: d.messageId, data: d.data }
          : { rule: rule_, severity, cell: d.cell, message: text.message, messageEn: text.messageEn, messageId: d.messageId, data: d.data },
      );
    }
  }
  return sortFindings(findings);
}

/** By severity, then row, then column, then rule id. */
export function sortFindings(findings: Finding[]): Finding[] {
  // one numeric key per finding, computed once, in a typed array beside a list of the findings' indexes that is sorted
  // (no object per finding: a 2,000-row sheet's 800 findings made a wrapper, an address object and a boxed key each);
  // the sort is stable, as the sort of the wrappers was, so equal keys keep the rules' order
  const n = findings.length;
  const keys = new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    const p = parseA1(f.cell);
    keys[i] = SEVERITY_ORDER[f.severity] * 2 ** 40 + p.row * 2 ** 14 + p.col;
    order.push(i);
  }
  order.sort((a, b) => keys[a] - keys[b] || (findings[a].rule < findings[b].rule ? -1 : findings[a].rule > findings[b].rule ? 1 : 0));
  return order.map((i) => findings[i]);
}

function profileArg(profile: Profile): string[] {
  return profile.id === "national" ? [] : [`"${profile.id}"`];
}

function targetExpr(ind: Indicator): string | null {
  if (!ind.targetCell) return null;
  // operator and unit in their own columns (指标性质 | 指标值 | 度量单位) are joined into one target text
  const parts = [ind.opCell, ind.targetCell, ind.opCell ? ind.unitCell : null].filter((x): x is string => !!x);
  return parts.join("&");
}

/** Values a fill would write: indicator scores, execution rate and score, total and grade. */
export function computeFills(grid: Grid, model: EvaluationModel, scores: ModelScores, profile: Profile): Fill[] {
  const fills: Fill[] = [];
  const current = (cell: string, row?: number, col?: number) => {
    if (row !== undefined && col !== undefined) return grid.raw(row, col);
    const p = parseA1(cell);
    return grid.raw(p.row, p.col);
  };
  const extra = profileArg(profile);
  for (const ind of model.indicators) {
    const o = scores.indicators.get(ind.row);
    if (!o?.ok || !ind.scoreCell || !ind.weightCell || ind.weightSource !== "column") continue;
    const t = targetExpr(ind);
    if (!t || !ind.actualCell) continue;
    fills.push({
      cell: ind.scoreCell,
      kind: "indicator-score",
      value: o.score,
      current: current(ind.scoreCell, ind.row, model.columns.score),
      call: { fn: "SCORE", args: [t, ind.actualCell, ind.weightCell, ...extra] },
      note: `${ind.name}：${o.ruleId}`,
    });
  }
  for (const b of scores.budget) {
    const it = b.item;
    if (b.rate === null || !b.denominator || !it.executed) continue;
    if (it.rateCell) {
      fills.push({
        cell: it.rateCell,
        kind: "exec-rate",
        value: Math.round(b.rate * 10000) / 10000,
        numFmt: "0.00%",
        current: current(it.rateCell),
        call: { fn: "EXECRATE", args: [it.executed.cell, b.denominator.cell] },
        note: `${it.label}：执行率 = 执行数 / 预算数`,
      });
    }
    if (it.scoreCell && it.weight && b.score !== null && !it.scoreNA) {
      fills.push({
        cell: it.scoreCell,
        kind: "exec-score",
        value: b.score,
        current: current(it.scoreCell),
        call: { fn: "EXECSCORE", args: [it.executed.cell, b.denominator.cell, it.weight.cell, ...extra] },
        note: `${it.label}：A-S1 执行率 × 分值`,
      });
    }
  }
  if (model.totals && model.columns.score && scores.computedTotal !== null) {
    const cell = model.totals.score?.cell ?? colCell(model.columns.score, model.totals.row);
    const parts = [
      ...(scores.budgetMain?.item.scoreCell ? [scores.budgetMain.item.scoreCell] : []),
      ...model.indicators.filter((i) => i.scoreCell && i.childOfRow === null && !i.notApplicable).map((i) => i.scoreCell!),
    ];
    fills.push({
      cell,
      kind: "total",
      value: scores.computedTotal,
      current: current(cell),
      call: { fn: "SUM", args: parts },
      note: "总分 = 预算执行得分 + 各指标得分",
    });
    if (model.grade) {
      fills.push({
        cell: model.grade.cell,
        kind: "grade",
        value: gradeFor(scores.computedTotal, profile.gradeBands),
        current: current(model.grade.cell),
        call: { fn: "GRADE", args: [cell, ...extra] },
        note: `等级：${profile.name.zh}`,
      });
    }
  }
  return fills;
}

function colCell(col: number, row: number): string {
  return a1(row, col);
}

/**
 * review(grid, profile) -> { model, findings, fills } (DESIGN §1). Pure: reads the grid, never writes.
 * Without a profile (or with "auto") the region named in the sheet's own text picks the built-in profile
 * (rubric/auto.ts); findings that rest only on an assumed profile are `info`.
 */
export function review(sheet: Grid, profileOrId?: Profile | string, opts: ReviewOptions = {}): ReviewResult {
  const forms = stackedForms(sheet);
  return forms ? reviewStacked(sheet, forms, profileOrId, opts) : reviewOne(sheet, profileOrId, opts);
}

/**
 * The family review(sheet) gives, read without the profile, the scores and the rules (a fifth of a review's time): the
 * model is readSheet's, of the first form where whole forms are stacked (reviewStacked: the first form's model stands
 * for the sheet), and nothing after the reading changes the model's family.
 */
export function reviewFamily(sheet: Grid): Family {
  const forms = stackedForms(sheet);
  const family = readSheet(forms ? formGrid(sheet, forms[0]) : sheet).model.family;
  clearLargeTextCaches();
  return family;
}

/**
 * Whole forms stacked on one sheet: each reviewed as a sheet of its own, its findings and fills moved to its rows in
 * the sheet; the first form's model, scores and profile stand for the sheet, every form's in `forms`. A form without a
 * title line of its own is read under the sheet's title (its `lead` rows), and a form another follows with the next
 * form's first line under it where that line closes its table (as on the sheet: not cut off); findings and fills on
 * those lines are the other forms' (a finding of no row, the sheet's, is kept).
 */
function reviewStacked(sheet: Grid, stacked: StackedForm[], profileOrId: Profile | string | undefined, opts: ReviewOptions): ReviewResult {
  const forms: ReviewedForm[] = stacked.map((f) => ({ ...f, result: reviewOne(formGrid(sheet, f), profileOrId, opts) }));
  const first = forms[0].result;
  const own = (f: StackedForm, row: number) => row === 0 || ownsFormRow(f, row);
  const findings = sortFindings(
    forms.flatMap((f) => f.result.findings.filter((x) => own(f, rowOf(x.cell))).map((x) => (f.from - 1 - f.lead ? shiftFinding(x, (r) => formSheetRow(f, r)) : x))),
  );
  // (built when first read, as a single form's)
  let fills: Fill[] | null = opts.fills === false ? [] : null;
  return {
    model: first.model,
    findings,
    get fills(): Fill[] {
      return fills ?? (fills = stackedFills(forms));
    },
    set fills(value: Fill[]) {
      fills = value;
    },
    scores: first.scores,
    profile: first.profile,
    profileNote: first.profileNote,
    profileBasis: first.profileBasis,
    forms,
  };
}

/**
 * The fill plan of a sheet of stacked forms: every form's fills at its own rows (cell and formula references moved to
 * the sheet), none on a form's lead rows (the title it shares) or on the next form's line, one fill per cell.
 */
function stackedFills(forms: ReviewedForm[]): Fill[] {
  const out: Fill[] = [];
  const taken = new Set<string>();
  const sheetProfile = forms[0].result.profile;
  for (const f of forms) {
    const row = (r: number) => formSheetRow(f, r);
    const profile = f.result.profile.id === sheetProfile.id ? null : f.result.profile;
    for (const x of f.result.fills) {
      if (!ownsFormRow(f, rowOf(x.cell))) continue;
      const moved = moveFill(x, row);
      if (taken.has(moved.cell)) continue;
      taken.add(moved.cell);
      out.push(profile ? { ...moved, profile } : moved);
    }
  }
  return out;
}

/** A fill with its rows moved (`row`: old row → new): its cell and every reference its call's arguments hold. */
function moveFill(x: Fill, row: (r: number) => number): Fill {
  return { ...x, cell: moveRows(x.cell, row), call: { fn: x.call.fn, args: x.call.args.map((a) => moveRows(a, row)) } };
}

/** The row of a finding's cell ("G21" → 21; a range's first row). */
function rowOf(cell: string): number {
  const m = /\d+/.exec(cell);
  return m ? Number(m[0]) : 0;
}

/** A finding with its rows moved (`row`: old row → new): its cell, related cells and any cells its message lists. */
function shiftFinding(f: Finding, row: (r: number) => number): Finding {
  const shift = (ref: string) => moveRows(ref, row);
  const out: Finding = { ...f, cell: shift(f.cell) };
  if (f.related) out.related = f.related.map(shift);
  const listed = f.data?.cells;
  if (typeof listed === "string") {
    out.data = { ...f.data, cells: shift(listed) };
    out.message = f.message.split(listed).join(out.data.cells as string);
    if (f.messageEn) out.messageEn = f.messageEn.split(listed).join(out.data.cells as string);
  }
  return out;
}

function reviewOne(sheet: Grid, profileOrId?: Profile | string, opts: ReviewOptions = {}): ReviewResult {
  const { grid, model } = readSheet(sheet);
  const { profile, basis } = chooseProfile(grid, model, profileOrId, resolveProfile, opts.profileOrigin ?? "user");
  const scores = scoreModel(model, profile);
  const findings = runRules({ grid, model, profile, scores, basis });
  clearLargeTextCaches();
  // the fill plan is built when it is first read (the add-in's fill, the CLI's fill command), not for every review
  // that only reports findings; the grid, model and scores it reads never change after the review
  let fills: Fill[] | null = model.family === "unknown" || opts.fills === false ? [] : null;
  return {
    model,
    findings,
    get fills(): Fill[] {
      return fills ?? (fills = computeFills(grid, model, scores, profile));
    },
    set fills(value: Fill[]) {
      fills = value;
    },
    scores,
    profile,
    profileNote: basis.note,
    profileBasis: basis,
  };
}
