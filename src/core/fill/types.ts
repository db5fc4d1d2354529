import type { CellValue } from "../grid/grid";
import type { Fill } from "../review";

/** What a cell holds, as far as a fill touches it: value (for a formula: its result), formula, number format. */
export interface CellContent {
  value: CellValue;
  /** formula text without the leading "=" (null: no formula) */
  formula: string | null;
  /** number format (null: General / none set) */
  numFmt: string | null;
}

/** One write of a fill plan (DESIGN §6): the cell, what it holds now, what it will hold, and why. */
export interface Edit {
  cell: string;
  kind: Fill["kind"];
  before: CellContent;
  after: CellContent;
  /** a short Chinese explanation (rule and inputs) */
  why: string;
}

/** live =PERF.* formulas, plain Excel formulas, or values */
export type FillMode = "perf" | "plain" | "values";

export type SkipReason =
  /** the cell holds a formula the user wrote: never replaced silently */
  | "user-formula"
  /** the cell holds a typed value and overwriting was not allowed for this run */
  | "typed-value"
  /** the cell already holds exactly what the fill would write */
  | "unchanged"
  /** the mode cannot express this fill (no plain formula for it) */
  | "no-formula";

export interface Skipped {
  cell: string;
  kind: Fill["kind"];
  reason: SkipReason;
  current: CellContent;
  /** what the fill would have written */
  proposed: CellContent;
  why: string;
}

export interface FillPlan {
  sheet: string;
  mode: FillMode;
  edits: Edit[];
  skipped: Skipped[];
}

/** A plan that was applied, kept (in the workbook's settings) so it can be reverted exactly. */
export interface AppliedPlan {
  sheet: string;
  mode: FillMode;
  appliedAt: string;
  edits: Edit[];
}
