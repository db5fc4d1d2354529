import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { amountAt, copiesAbove } from "./cells";
import { BUDGET_LABEL, SOURCE_LABEL, UNIT_WAN, UNIT_YUAN } from "./vocabulary";
import { mentions } from "./sheet-summary";

/**
 * A project form's money by source written as a line of source labels over a line of amounts (资金来源(万元) merged
 * down beside 财政拨款 | 非税安排 | 上年结转 | 政府债券 | 其他, then 36 | 0 | 0 | 0 | 0): a fund breakdown whose sum is
 * the form's stated budget (预算金额 | 36万元, a label | value pair in the lines above it). Three or more source labels
 * and nothing else on the label line but its own label; amounts (or blanks) and nothing else under them.
 */

/** lines above the source line the stated budget may stand in */
const BUDGET_ROWS = 6;
const MIN_SOURCES = 3;

export function fundSourceLines(grid: Grid, skip: { first: number; last: number } | null): SumRelation[] {
  const out: SumRelation[] = [];
  // (a line of source labels needs one: a sheet with no text SOURCE_LABEL reads has none — most sheets, answered before a line is read)
  if (!mentions(grid, SOURCE_LABEL)) return out;
  for (let r = 2; r < grid.rowCount; r++) {
    // a row in the skipped span (the indicator table), or right above it: the span jumped over at once
    if (skip !== null && r >= skip.first - 1 && r <= skip.last) {
      r = skip.last;
      continue;
    }
    if (!grid.rowHasContent(r)) continue;
    // the label line: its own label (first), then source labels only
    const sources: number[] = [];
    let label = "";
    let labelCol = 0;
    let other = false;
    for (let c = 1; c <= grid.scanCols && !other; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (!t) continue;
      if (SOURCE_LABEL.test(t)) sources.push(c);
      else if (!sources.length && !label) {
        label = t;
        labelCol = c;
      } else other = true;
    }
    if (other || sources.length < MIN_SOURCES) continue;
    // the amount line: numbers (or blanks) under the sources, nothing else but the label merged down into it
    const unit = unitOf(label);
    const parts: RelationTerm[] = [];
    let clean = true;
    for (let c = 1; c <= grid.scanCols && clean; c++) {
      // (the label merged down into it, or that merge filled down: the label written again under itself, copiesAbove)
      if (!grid.ownsCell(r + 1, c) || (c === labelCol && copiesAbove(grid, r + 1, c))) continue;
      const t = grid.compactText(r + 1, c);
      if (!t) continue;
      const n = sources.includes(c) ? amountAt(grid, r + 1, c) : null;
      if (!n || n.percent) clean = false;
      else parts.push({ ...n, label: grid.compactText(r, c), unit: n.unit ?? unit });
    }
    if (!clean || parts.length < 2) continue;
    // the stated budget above it
    const total = statedBudget(grid, r, unit);
    if (!total) continue;
    out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "fund-block", orientation: "columns", label: total.label ?? "预算金额", total, parts, bound: "equal" });
  }
  return out;
}

function statedBudget(grid: Grid, row: number, unit: AmountUnit | null): RelationTerm | null {
  for (let r = row - 1; r >= Math.max(1, row - BUDGET_ROWS); r--) {
    for (let c = 1; c < grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (!t || !BUDGET_LABEL.test(t)) continue;
      const v = grid.mergeAt(r, c)?.c2 ?? c;
      const n = amountAt(grid, r, v + 1);
      if (!n || n.percent) return null;
      return { ...n, label: t.replace(/[:：]$/, ""), unit: n.unit ?? unitOf(t) ?? unit };
    }
  }
  return null;
}

function unitOf(text: string): AmountUnit | null {
  return UNIT_WAN.test(text) ? "万元" : UNIT_YUAN.test(text) ? "元" : null;
}
