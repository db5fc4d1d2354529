import type { Relation } from "../model/types";
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
  for (const b of broken) {
    if ((b.r.kind === "sum" || b.r.kind === "rollup") && b.o.computed !== null) {
      at.set(b.r.total.cell, b.o.computed);
      rows.add(b.r.total.row);
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
      return { ...p, value: v, decimals: null };
    });
    if (fixed && evaluateRelation({ ...b.r, parts } as Relation).ok) out.add(b.r);
  }
  return out;
}
