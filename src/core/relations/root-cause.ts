import type { RatioRelation, Relation } from "../model/types";
import { evaluateRelation, RelationOutcome } from "./evaluate";

/**
 * One slip, one finding. Of the broken sums and rollups, the ones that would hold if each part that is itself a
 * broken total took the value its own parts give: 合计 370 over 小计 158 + 226 with that 小计 over 141 + 3, or a 一级
 * 分值 50 over 二级 25 + 30 with that 25 over 10 + 10. They are broken only through that part, which is reported instead.
 */
export function brokenThroughParts(broken: { r: Relation; o: RelationOutcome }[]): Set<Relation> {
  const out = new Set<Relation>();
  const at = new Map<string, number>();
  // (the rows of those totals: a part on no such row is no broken total, its address not made to look it up)
  const rows = new Set<number>();
  // (a weighted line's total: what its parts give, 50% × 77.39 = 38.695, would be shown at the total's own decimals,
  // 38.70, as the closing sum adds it; a sum's parts give it at the precision shown already)
  const shown = new Set<string>();
  for (const b of broken) {
    // (a weighted line's total too: a weighted evaluation's 加权得分 is a part of its closing sum)
    if ((b.r.kind === "sum" || b.r.kind === "rollup" || b.r.kind === "weighted") && b.o.computed !== null) {
      at.set(b.r.total.cell, b.o.computed);
      rows.add(b.r.total.row);
      if (b.r.kind === "weighted") shown.add(b.r.total.cell);
    }
  }
  if (at.size < 2) return out;
  for (const b of broken) {
    if (b.r.kind !== "sum" && b.r.kind !== "rollup") continue;
    if (!b.r.parts.some((p) => rows.has(p.row))) continue;
    const own = b.r.total.cell;
    let fixed = false;
    const parts = b.r.parts.map((p) => {
      if (!rows.has(p.row)) return p;
      const v = p.cell === own ? undefined : at.get(p.cell);
      if (v === undefined) return p;
      fixed = true;
      return { ...p, value: v, decimals: shown.has(p.cell) ? p.decimals : null };
    });
    if (fixed && evaluateRelation({ ...b.r, parts } as Relation).ok) out.add(b.r);
  }
  return out;
}

/** The value its parts give each sum that does not hold, by the stated total's cell (built only when a ratio is broken). */
export function brokenSumValues(relations: readonly Relation[]): Map<string, number> {
  const at = new Map<string, number>();
  for (let ri = 0; ri < relations.length; ri++) {
    const r = relations[ri];
    if (r.kind !== "sum") continue;
    const o = evaluateRelation(r);
    if (!o.ok && o.computed !== null) at.set(r.total.cell, o.computed);
  }
  return at;
}

/**
 * A ratio broken only through an operand that is itself a broken total: with that total at its parts' sum the stated
 * ratio holds (投资完成率 107.76% of 计划投资 281.60, 全市完成投资总额 stated 298.45 over districts adding up to 303.45:
 * 303.45 / 281.60 = 107.76%). One slip, reported at the total; the ratio only repeats it.
 */
export function ratioHoldsThroughBrokenTotal(r: RatioRelation, fixedAt: Map<string, number>): boolean {
  // (a rate of change, change-rate-lines.ts: either period's amount a broken total, the change taken again from it)
  if (r.roundedChange) {
    const l = fixedAt.get(r.roundedChange.later.cell);
    const e = fixedAt.get(r.roundedChange.earlier.cell);
    if (l === undefined && e === undefined) return false;
    const later = l === undefined ? r.roundedChange.later : { ...r.roundedChange.later, value: l };
    const earlier = e === undefined ? r.roundedChange.earlier : { ...r.roundedChange.earlier, value: e };
    const numerator = { ...r.numerator, value: later.value - earlier.value };
    return evaluateRelation({ ...r, numerator, denominator: { ...r.denominator, value: earlier.value }, roundedChange: { later, earlier } }).ok;
  }
  const n = fixedAt.get(r.numerator.cell);
  const d = fixedAt.get(r.denominator.cell);
  if (n === undefined && d === undefined) return false;
  const numerator = n === undefined ? r.numerator : { ...r.numerator, value: n, decimals: null };
  const denominator = d === undefined ? r.denominator : { ...r.denominator, value: d, decimals: null };
  return evaluateRelation({ ...r, numerator, denominator, alternatives: undefined, denominators: undefined }).ok;
}
