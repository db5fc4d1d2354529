import { parseA1 } from "../core/grid/a1";
import type { Fill, ReviewResult } from "../core/review";
import { ruleById } from "../core/rules";
import type { Finding, RuleMeta } from "../core/rules";
import type { BudgetOutcome } from "../core/score/evaluate";
import type { Indicator } from "../core/model/types";
import type { Grid } from "../core/grid/grid";
import type { StringKey } from "./i18n";
import { showValue } from "./components/common";
import type { PaneState } from "./state";

/** What a cell the Explain tab can explain holds: an indicator score, a budget rate or score, the total, the grade. */
export type ExplainKind = Fill["kind"];

/** The rule (RULES[i].meta) that checks each kind of cell: its rationale and RULEBOOK source are shown. */
export const RULE_FOR_KIND: Record<ExplainKind, string> = {
  "indicator-score": "indicator-score-mismatch",
  "exec-rate": "exec-rate-mismatch",
  "exec-score": "exec-score-mismatch",
  total: "total-mismatch",
  grade: "grade-mismatch",
};

export interface ExplainInput {
  label: StringKey;
  value: string;
  cell?: string | null;
}

export interface Explanation {
  cell: string;
  kind: ExplainKind;
  /** the indicator's path, the budget row's label, or empty */
  name: string;
  inputs: ExplainInput[];
  /** how the value is computed ("S-POS（positive）", "PERF.EXECRATE(D7,C7)") */
  scoring: string;
  rule: RuleMeta | null;
  claimed: string;
  computed: string;
  /** claimed − computed (numbers), or whether the grade matches; null when either side is missing */
  gap: { kind: "number"; value: string } | { kind: "grade"; matches: boolean } | null;
  findings: Finding[];
}

function round(n: number, d = 2): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}
const pct = (r: number) => `${(r * 100).toFixed(2)}%`;

/** Every cell the pane can explain on this sheet, in sheet order, with its kind and a label for the list. */
export function explainableCells(result: ReviewResult): { cell: string; kind: ExplainKind; label: string }[] {
  const out = new Map<string, { kind: ExplainKind; label: string }>();
  const add = (cell: string | null | undefined, kind: ExplainKind, label: string) => {
    if (cell && !out.has(cell)) out.set(cell, { kind, label });
  };
  const m = result.model;
  for (const i of m.indicators) add(i.scoreCell, "indicator-score", i.name);
  for (const b of result.scores.budget) {
    add(b.item.rate?.cell ?? b.item.rateCell, "exec-rate", `${b.item.label} 执行率`);
    add(b.item.score?.cell ?? b.item.scoreCell, "exec-score", `${b.item.label} 得分`);
  }
  for (const f of result.fills) add(f.cell, f.kind, f.note);
  add(m.totals?.score?.cell, "total", "总分");
  add(m.grade?.cell, "grade", "等级");
  return [...out]
    .map(([cell, v]) => ({ cell, ...v, label: `${cell} ${v.label}` }))
    .sort((a, b) => parseA1(a.cell).row - parseA1(b.cell).row || parseA1(a.cell).col - parseA1(b.cell).col);
}

function claimedAt(grid: Grid, cell: string): { text: string; num: number | null } {
  const p = parseA1(cell);
  const v = grid.value(p.row, p.col);
  const num = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null;
  return { text: showValue(v), num };
}

function numberGap(claimed: number | null, computed: number | null, asPercent = false): Explanation["gap"] {
  if (claimed === null || computed === null) return null;
  const d = claimed - computed;
  return { kind: "number", value: asPercent ? `${(d * 100).toFixed(2)}%` : String(round(d)) };
}

function indicatorInputs(ind: Indicator): ExplainInput[] {
  return [
    { label: "target", value: [ind.opText, ind.target?.raw ?? "", ind.unit].filter(Boolean).join(" ") || "—", cell: ind.targetCell },
    { label: "actual", value: ind.actual?.raw ?? "—", cell: ind.actualCell },
    { label: "weight", value: ind.weight === null || ind.weight === undefined ? "—" : String(ind.weight), cell: ind.weightCell },
  ];
}

function budgetOf(result: ReviewResult, cell: string): BudgetOutcome | undefined {
  return result.scores.budget.find((b) => [b.item.rate?.cell, b.item.rateCell, b.item.score?.cell, b.item.scoreCell].includes(cell));
}

/** Explain one cell: its inputs, the rule and its RULEBOOK source, the computed value and the gap to the claimed one. */
export function explainCell(state: Pick<PaneState, "grid" | "result" | "profile">, cell: string): Explanation | null {
  const { grid, result } = state;
  if (!grid || !result) return null;
  const entry = explainableCells(result).find((c) => c.cell === cell);
  if (!entry) return null;
  const kind = entry.kind;
  const fill = result.fills.find((f) => f.cell === cell);
  const claimed = claimedAt(grid, cell);
  const findings = result.findings.filter((f) => f.cell === cell);
  const rule = ruleById(RULE_FOR_KIND[kind])?.meta ?? null;
  const call = fill ? (fill.call.fn === "SUM" ? `SUM(${fill.call.args.join(",")})` : `PERF.${fill.call.fn}(${fill.call.args.join(",")})`) : "";
  const base = { cell, kind, rule, findings, claimed: claimed.text };

  if (kind === "indicator-score") {
    const ind = result.model.indicators.find((i) => i.scoreCell === cell)!;
    const o = result.scores.indicators.get(ind.row);
    const computed = o?.ok ? o.score : null;
    return {
      ...base,
      name: ind.path.filter(Boolean).join(" › ") || ind.name,
      inputs: indicatorInputs(ind),
      scoring: o?.ok ? `${o.ruleId}（${o.formula}）${call ? " · " + call : ""}` : o ? `— (${o.reason})` : "—",
      computed: computed === null ? "—" : String(computed),
      gap: numberGap(ind.claimedScore ?? claimed.num, computed),
    };
  }
  if (kind === "exec-rate" || kind === "exec-score") {
    const b = budgetOf(result, cell);
    const it = b?.item;
    const inputs: ExplainInput[] = [
      { label: "executed", value: it?.executed ? String(it.executed.value) : "—", cell: it?.executed?.cell },
      { label: "budgetDenominator", value: b?.denominator ? String(b.denominator.value) : "—", cell: b?.denominator?.cell },
    ];
    if (kind === "exec-rate") {
      const computed = b?.rate ?? (typeof fill?.value === "number" ? fill.value : null);
      return { ...base, name: it?.label ?? "", inputs, scoring: call || "执行数 / 预算数", computed: computed === null ? "—" : pct(computed), claimed: claimed.num === null ? claimed.text : pct(claimed.num), gap: numberGap(claimed.num, computed, true) };
    }
    inputs.push({ label: "execRate", value: b?.rate === null || b?.rate === undefined ? "—" : pct(b.rate) }, { label: "weight", value: it?.weight ? String(it.weight.value) : "—", cell: it?.weight?.cell });
    const computed = b?.score ?? (typeof fill?.value === "number" ? fill.value : null);
    return { ...base, name: it?.label ?? "", inputs, scoring: `${b?.formula === "uncapped" ? "uncapped" : "capped"}${call ? " · " + call : ""}`, computed: computed === null ? "—" : String(computed), gap: numberGap(claimed.num, computed) };
  }
  if (kind === "total") {
    const parts = fill?.call.args ?? [];
    const inputs: ExplainInput[] = parts.map((c) => ({ label: "parts", value: claimedAt(grid, c).text || "—", cell: c }));
    if (result.model.totals?.weight) inputs.push({ label: "weight", value: String(result.model.totals.weight.value), cell: result.model.totals.weight.cell });
    const computed = result.scores.computedTotal;
    return { ...base, name: "", inputs, scoring: call || "Σ", computed: computed === null ? "—" : String(computed), gap: numberGap(claimed.num, computed) };
  }
  // grade
  const computed = result.scores.computedGrade ?? (typeof fill?.value === "string" ? fill.value : null);
  const bands = state.profile.gradeBands.map((g) => `${g.grade} ≥${g.min}`).join("，");
  const totalCell = fill?.call.args[0] ?? result.model.totals?.score?.cell ?? null;
  return {
    ...base,
    name: "",
    inputs: [
      { label: "total", value: result.scores.computedTotal === null ? "—" : String(result.scores.computedTotal), cell: totalCell },
      { label: "gradeBands", value: bands },
    ],
    scoring: call || bands,
    computed: computed ?? "—",
    gap: computed && claimed.text ? { kind: "grade", matches: claimed.text.trim() === computed } : null,
  };
}
