import type { Grid } from "../grid/grid";
import { round } from "../text/numbers";
import type { EvaluationModel, Family } from "../model/types";
import type { Profile } from "../rubric/schema";
import type { ModelScores } from "../score/evaluate";

export type Severity = "error" | "warning" | "info";

/** A finding (DESIGN §3): rule id, severity, the cell it is about (A1), related cells, a Chinese message. */
export interface Finding {
  rule: string;
  severity: Severity;
  cell: string;
  related?: string[];
  message: string;
  /** the same message in English */
  messageEn?: string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** families the rule applies to ("all" for every recognised family) */
  families: Family[] | "all";
  title: { zh: string; en: string };
  /** why, in the reviewer's words (the RULEBOOK source is in `source`) */
  rationale: { zh: string; en: string };
  source: string;
}

export interface RuleContext {
  grid: Grid;
  model: EvaluationModel;
  profile: Profile;
  scores: ModelScores;
}

export type FindingDraft = Omit<Finding, "rule" | "severity"> & { severity?: Severity };

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): FindingDraft[];
}

/** Format a number as a reviewer writes it: up to 2 decimals, no trailing zeros. */
export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return String(round(n));
}

export function pct(ratio: number | null | undefined, decimals = 2): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return (ratio * 100).toFixed(decimals) + "%";
}
