import { moveRows, parseA1 } from "../core/grid/a1";
import type { Fill, ReviewedForm, ReviewResult } from "../core/review";
import { callFormula } from "../core/fill/plan";
import { formGrid, formRowOf, formSheetRow, ownsFormRow } from "../core/recognise/stacked-forms";
import { ruleById } from "../core/rules";
import type { Finding, RuleMeta } from "../core/rules";
import type { BudgetOutcome } from "../core/score/evaluate";
import type { Indicator } from "../core/model/types";
import type { Grid } from "../core/grid/grid";
import type { Lang, StringKey } from "./i18n";
import { showValue } from "./components/common";
import { methodWords, ruleSourceWords, TIER_WORDS } from "./plain-words";
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
  /** how the value is computed, in words ("正向指标：完成目标得满分…") */
  scoring: string;
  /** the RULEBOOK key of the scoring method and the PERF call (for a tooltip, never shown as text) */
  scoringKey: string;
  /** the arithmetic with the sheet's own numbers as displayed ("实际完成值 93% ÷ 目标值 95% × 分值 10 = 9.79") */
  arithmetic: string | null;
  /** the rule's source document in words */
  source: string;
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
export function explainableCells(result: ReviewResult, lang: Lang = "zh-CN"): { cell: string; kind: ExplainKind; label: string }[] {
  // forms stacked on the sheet: each form's cells (its own rows), moved to the sheet
  if (result.forms)
    return result.forms.flatMap((f) =>
      explainableCells(f.result, lang)
        .filter((c) => ownsFormRow(f, parseA1(c.cell).row))
        .map((c) => {
          const cell = toSheet(f, c.cell);
          return { ...c, cell, label: cell + c.label.slice(c.cell.length) };
        }),
    );
  const en = lang === "en-US";
  const out = new Map<string, { kind: ExplainKind; label: string }>();
  const add = (cell: string | null | undefined, kind: ExplainKind, label: string) => {
    if (cell && !out.has(cell)) out.set(cell, { kind, label });
  };
  const m = result.model;
  for (const i of m.indicators) add(i.scoreCell, "indicator-score", i.name);
  for (const b of result.scores.budget) {
    add(b.item.rate?.cell ?? b.item.rateCell, "exec-rate", en ? `${b.item.label}: execution rate` : `${b.item.label} 执行率`);
    add(b.item.score?.cell ?? b.item.scoreCell, "exec-score", en ? `${b.item.label}: score` : `${b.item.label} 得分`);
  }
  // a fill's note may carry a RULEBOOK key ("A-S1 执行率 × 分值"): the list shows only its subject
  for (const f of result.fills) add(f.cell, f.kind, en && f.kind === "total" ? "Total" : en && f.kind === "grade" ? "Grade" : f.note.split("：")[0]);
  // (an amount list's 合计 is no score to explain)
  if (!m.totals?.amount) add(m.totals?.score?.cell, "total", en ? "Total" : "总分");
  add(m.grade?.cell, "grade", en ? "Grade" : "等级");
  return [...out]
    .map(([cell, v]) => ({ cell, ...v, label: `${cell} ${v.label}` }))
    .sort((a, b) => parseA1(a.cell).row - parseA1(b.cell).row || parseA1(a.cell).col - parseA1(b.cell).col);
}

/** A reference of a stacked form's own review moved to the sheet. */
const toSheet = (f: ReviewedForm, ref: string) => moveRows(ref, (r) => formSheetRow(f, r));

/** A cell of a sheet of stacked forms explained by its form's own review (on the form's rows), moved back to the sheet. */
function explainInForm(state: Pick<PaneState, "grid" | "result" | "profile">, cell: string, lang: Lang): Explanation | null {
  const { grid, result } = state;
  const row = parseA1(cell).row;
  const f = result!.forms!.find((x) => row >= x.from && row <= x.to);
  if (!f) return null;
  const local = moveRows(cell, (r) => formRowOf(f, r));
  const e = explainCell({ grid: formGrid(grid!, f), result: f.result, profile: f.result.profile }, local, lang);
  if (!e) return null;
  // (the PERF call a tooltip names: the sheet's fill's, its references at the sheet's rows)
  const localFill = f.result.fills.find((x) => x.cell === local);
  const sheetFill = result!.fills.find((x) => x.cell === cell);
  const scoringKey = localFill && sheetFill ? e.scoringKey.split(callFormula(localFill.call)).join(callFormula(sheetFill.call)) : e.scoringKey;
  return {
    ...e,
    cell,
    scoringKey,
    inputs: e.inputs.map((i) => (i.cell ? { ...i, cell: toSheet(f, i.cell) } : i)),
    findings: result!.findings.filter((x) => x.cell === cell),
  };
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

/** A cell as the sheet shows it: through its number format (100% rather than 1). */
export function shownAt(grid: Grid, cell: string | null | undefined): string {
  if (!cell) return "";
  const p = parseA1(cell);
  return showValue(grid.value(p.row, p.col), grid.format(p.row, p.col));
}

/** A number in the pane's words: up to 2 decimals, no trailing zeros. */
const n2 = (n: number) => String(round(n));

function indicatorInputs(ind: Indicator, grid: Grid): ExplainInput[] {
  const shown = (cell: string | null, raw: string | undefined) => shownAt(grid, cell) || raw || "";
  // the operator and unit may sit in their own columns (指标性质 | 指标值 | 度量单位)
  const target = [ind.opCell ? ind.opText : "", shown(ind.targetCell, ind.target?.raw), ind.opCell ? ind.unit : ""].filter(Boolean).join(" ");
  return [
    { label: "target", value: target || "—", cell: ind.targetCell },
    { label: "actual", value: shown(ind.actualCell, ind.actual?.raw) || "—", cell: ind.actualCell },
    { label: "weight", value: ind.weight === null || ind.weight === undefined ? "—" : n2(ind.weight), cell: ind.weightCell },
  ];
}

/** "93%" for a target cell "≥93%": the number the arithmetic uses, as written. */
function bareNumber(text: string): string {
  return text.replace(/^\s*(≥|≧|>=|＞|>|≤|≦|<=|＜|<|=|＝)\s*/, "").trim();
}

type Words = { zh: string; en: string };

function indicatorArithmetic(grid: Grid, ind: Indicator, o: ReviewResult["scores"]["indicators"] extends Map<number, infer T> ? T : never): Words | null {
  if (!o || !o.ok) return null;
  const w = ind.weight === null ? "—" : n2(ind.weight);
  const s = o.score.toFixed(2);
  if (o.formula === "qualitative" && o.tier) {
    const t = TIER_WORDS[o.tier];
    return { zh: `完成情况「${t.zh}」：得 ${s} 分（分值 ${w}）`, en: `completion "${t.en}": ${s} of weight ${w}` };
  }
  if (o.formula === "coefficient") return { zh: `得分系数 × 权重 ${w} = ${s}`, en: `score coefficient × weight ${w} = ${s}` };
  const c = o.comparison;
  if (!c) return null;
  // a unit in its own column (度量单位 "%") belongs to the number shown
  const unitAfter = (t: string) => (t && ind.unitCell && ind.unit && !t.endsWith(ind.unit) ? `${t}${ind.unit === "%" ? "" : " "}${ind.unit}` : t);
  const A = unitAfter(bareNumber(shownAt(grid, ind.targetCell))) || n2(c.target) + (c.unit ?? "");
  const B = bareNumber(shownAt(grid, ind.actualCell)) || n2(c.actual) + (c.unit ?? "");
  if (o.formula === "positive" || o.formula === "equal") {
    if (!o.missed) return { zh: `实际完成值 ${B} 达到目标值 ${A}：得满分 ${w}`, en: `actual ${B} meets the target ${A}: full marks ${w}` };
    return { zh: `实际完成值 ${B} ÷ 目标值 ${A} × 分值 ${w} = ${s}`, en: `actual ${B} ÷ target ${A} × weight ${w} = ${s}` };
  }
  if (!o.missed) return { zh: `实际完成值 ${B} 不超过目标值 ${A}：得满分 ${w}`, en: `actual ${B} within the target ${A}: full marks ${w}` };
  if (o.formula === "reverse-ratio") return { zh: `目标值 ${A} ÷ 实际完成值 ${B} × 分值 ${w} = ${s}`, en: `target ${A} ÷ actual ${B} × weight ${w} = ${s}` };
  if (c.actual >= 2 * c.target) return { zh: `实际完成值 ${B} 达到目标值 ${A} 的两倍：得 0 分`, en: `actual ${B} is twice the target ${A} or more: 0` };
  return { zh: `(1 − (${B} − ${A}) ÷ ${A}) × 分值 ${w} = ${s}`, en: `(1 − (${B} − ${A}) ÷ ${A}) × weight ${w} = ${s}` };
}

const pick = (w: Words | null, lang: Lang) => (w ? (lang === "en-US" ? w.en : w.zh) : null);

function budgetOf(result: ReviewResult, cell: string): BudgetOutcome | undefined {
  return result.scores.budget.find((b) => [b.item.rate?.cell, b.item.rateCell, b.item.score?.cell, b.item.scoreCell].includes(cell));
}

/** Explain one cell: its inputs, the rule and its RULEBOOK source, the computed value and the gap to the claimed one. */
export function explainCell(state: Pick<PaneState, "grid" | "result" | "profile">, cell: string, lang: Lang = "zh-CN"): Explanation | null {
  const { grid, result } = state;
  if (!grid || !result) return null;
  if (result.forms) return explainInForm(state, cell, lang);
  const entry = explainableCells(result).find((c) => c.cell === cell);
  if (!entry) return null;
  const kind = entry.kind;
  const fill = result.fills.find((f) => f.cell === cell);
  const claimed = claimedAt(grid, cell);
  const findings = result.findings.filter((f) => f.cell === cell);
  const rule = ruleById(RULE_FOR_KIND[kind])?.meta ?? null;
  const call = fill ? callFormula(fill.call) : "";
  const en = lang === "en-US";
  const base = { cell, kind, rule, findings, claimed: shownAt(grid, cell) || claimed.text, source: ruleSourceWords(RULE_FOR_KIND[kind], lang) };

  if (kind === "indicator-score") {
    const ind = result.model.indicators.find((i) => i.scoreCell === cell)!;
    const o = result.scores.indicators.get(ind.row);
    const computed = o?.ok ? o.score : null;
    return {
      ...base,
      name: ind.path.filter(Boolean).join(" › ") || ind.name,
      inputs: indicatorInputs(ind, grid),
      scoring: o?.ok ? methodWords(o.ruleId, lang) : "—",
      scoringKey: [o?.ok ? o.ruleId : o ? o.reason : "", call].filter(Boolean).join(" · "),
      arithmetic: pick(indicatorArithmetic(grid, ind, o!), lang),
      computed: computed === null ? "—" : String(computed),
      gap: numberGap(ind.claimedScore ?? claimed.num, computed),
    };
  }
  if (kind === "exec-rate" || kind === "exec-score") {
    const b = budgetOf(result, cell);
    const it = b?.item;
    const inputs: ExplainInput[] = [
      { label: "executed", value: it?.executed ? shownAt(grid, it.executed.cell) || n2(it.executed.value) : "—", cell: it?.executed?.cell },
      { label: "budgetDenominator", value: b?.denominator ? shownAt(grid, b.denominator.cell) || n2(b.denominator.value) : "—", cell: b?.denominator?.cell },
    ];
    const E = inputs[0].value;
    const D = inputs[1].value;
    if (kind === "exec-rate") {
      const computed = b?.rate ?? (typeof fill?.value === "number" ? fill.value : null);
      return {
        ...base,
        name: it?.label ?? "",
        inputs,
        scoring: en ? "Execution rate = amount executed ÷ budget" : "执行率 = 全年执行数 ÷ 全年预算数",
        scoringKey: call,
        arithmetic: computed === null || !it?.executed || !b?.denominator ? null : en ? `execution rate = ${E} ÷ ${D} = ${pct(computed)}` : `执行率 = ${E} ÷ ${D} = ${pct(computed)}`,
        computed: computed === null ? "—" : pct(computed),
        claimed: claimed.num === null ? claimed.text : pct(claimed.num),
        gap: numberGap(claimed.num, computed, true),
      };
    }
    inputs.push({ label: "execRate", value: b?.rate === null || b?.rate === undefined ? "—" : pct(b.rate) }, { label: "weight", value: it?.weight ? n2(it.weight.value) : "—", cell: it?.weight?.cell });
    const computed = b?.score ?? (typeof fill?.value === "number" ? fill.value : null);
    const capped = b?.formula !== "uncapped";
    let arithmetic: string | null = null;
    if (computed !== null && b?.rate !== null && b?.rate !== undefined && it?.weight) {
      const r = capped ? Math.min(b.rate, 1) : b.rate;
      const w = it.weight.value;
      if (round(r * w) === round(computed)) {
        const over = capped && b.rate > 1 ? (en ? " (a rate above 100% counts as 100%)" : "（执行率超过 100% 按 100% 计）") : "";
        arithmetic = en ? `${pct(r)} × weight ${n2(w)} = ${computed.toFixed(2)}${over}` : `执行率 ${pct(r)} × 分值 ${n2(w)} = ${computed.toFixed(2)}${over}`;
      } else arithmetic = en ? `by the chosen profile's budget-execution rule: ${computed}` : `按所选方案的预算执行计分规则：${computed}`;
    }
    return {
      ...base,
      name: it?.label ?? "",
      inputs,
      scoring: capped ? (en ? "Execution rate × weight, at most the weight" : "执行率 × 分值，最高不超过分值") : en ? "Execution rate × weight (not capped)" : "执行率 × 分值（不封顶）",
      scoringKey: [b?.formula ?? "", call].filter(Boolean).join(" · "),
      arithmetic,
      computed: computed === null ? "—" : String(computed),
      gap: numberGap(claimed.num, computed),
    };
  }
  if (kind === "total") {
    const parts = fill?.call.args ?? [];
    const inputs: ExplainInput[] = parts.map((c) => ({ label: "parts", value: shownAt(grid, c) || "—", cell: c }));
    if (result.model.totals?.weight) inputs.push({ label: "weight", value: n2(result.model.totals.weight.value), cell: result.model.totals.weight.cell });
    const computed = result.scores.computedTotal;
    return {
      ...base,
      name: "",
      inputs,
      scoring: en ? "The sum of the budget-execution score and every indicator's re-checked score" : "预算执行得分与各项指标复核得分之和",
      scoringKey: call,
      arithmetic: computed === null ? null : totalArithmetic(result, computed),
      computed: computed === null ? "—" : String(computed),
      gap: numberGap(claimed.num, computed),
    };
  }
  // grade
  const computed = result.scores.computedGrade ?? (typeof fill?.value === "string" ? fill.value : null);
  const bands = state.profile.gradeBands.map((g) => `${g.grade} ≥${g.min}`).join(en ? ", " : "，");
  const totalCell = fill?.call.args[0] ?? result.model.totals?.score?.cell ?? null;
  const total = result.scores.computedTotal;
  const band = total === null ? null : [...state.profile.gradeBands].sort((a, b) => b.min - a.min).find((g) => total >= g.min) ?? null;
  return {
    ...base,
    name: "",
    inputs: [
      { label: "total", value: result.scores.computedTotal === null ? "—" : String(result.scores.computedTotal), cell: totalCell },
      { label: "gradeBands", value: bands },
    ],
    scoring: en ? `Grade bands of the chosen profile: ${bands}` : `所选方案的等级标准：${bands}`,
    scoringKey: call,
    arithmetic: band && total !== null ? (en ? `re-checked total ${total} ≥ ${band.min} → ${band.grade}` : `复核总分 ${total} ≥ ${band.min} → ${band.grade}`) : null,
    computed: computed ?? "—",
    gap: computed && claimed.text ? { kind: "grade", matches: claimed.text.trim() === computed } : null,
  };
}

/** "10 + 28 + 19.8 + … = 99.8": the re-checked parts of the total (budget score and top-level indicators). */
function totalArithmetic(result: ReviewResult, total: number): string | null {
  const parts: number[] = [];
  const main = result.scores.budgetMain;
  if (main) {
    const v = main.score ?? main.item.score?.value ?? null;
    if (v === null) return null;
    parts.push(v);
  }
  for (const i of result.model.indicators) {
    if (i.childOfRow !== null || i.notApplicable || i.weight === null) continue;
    const o = result.scores.indicators.get(i.row);
    const v = o?.ok ? o.score : i.claimedScore;
    if (v === null) return null;
    parts.push(v);
  }
  if (!parts.length || round(parts.reduce((a, b) => a + b, 0)) !== round(total)) return null;
  const shown = parts.length > 14 ? [...parts.slice(0, 10).map(n2), "…", ...parts.slice(-2).map(n2)] : parts.map(n2);
  return `${shown.join(" + ")} = ${n2(total)}`;
}
