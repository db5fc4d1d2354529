import type { ProductRelation, Relation, RelationTerm } from "../model/types";
import { Agreement, combinationAgrees, impliedShareAgrees, productAgrees, ratioAgrees, roundedChangeAgrees, roundedRateAgrees, roundHalfUp, sumAgrees, sumAgreesInto, sumAgreesOk, weightedAgrees } from "./tolerance";

export interface RelationOutcome {
  /** the relation holds at the shown precision (or cannot be evaluated) */
  ok: boolean;
  /** the stated value (percentage points for a ratio) */
  stated: number;
  /** the value computed from the other cells (percentage points for a ratio), in the stated cell's unit */
  computed: number | null;
  /** the terms the computed value came from (for a ratio: numerator, then the denominator used) */
  from: RelationTerm[];
  /** the disagreement is a 万元/元 slip of a block that does not say its units */
  unitSlip?: boolean;
}

export interface EvaluateOptions {
  /** which budget denominator the profile takes (全年/调整后预算数 or 年初预算数) */
  denominator?: "initial" | "adjusted";
}

/** The unit a product's amount is written in: its header's, else the rate's (no scale between them), else 元. */
export function productUnit(r: ProductRelation): "元" | "万元" {
  if (r.result.unit) return r.result.unit;
  for (const f of r.factors) if (f.unit) return f.unit;
  return "元";
}

/**
 * A total against parts each printed rounded from a finer value (SumRelation.roundedParts): within half the parts' last
 * shown unit for each part (four parts to 0.01: 0.02 at most).
 */
export function withinRounding(total: RelationTerm, parts: readonly RelationTerm[]): boolean {
  let sum = 0;
  let d = 0;
  for (const p of parts) {
    sum += p.value;
    d = Math.max(d, p.decimals ?? 0);
  }
  if (d < 1) return false;
  return Math.abs(total.value - sum) <= parts.length * 0.5 * 10 ** -d + 1e-9;
}

/**
 * evaluateRelation(r).ok is known true without the outcome: a sum or rollup whose parts agree with its total (its first
 * test, every later one only widens it), no object made. (A rule that keeps only the broken relations asks brokenOutcome,
 * which adds the parts once whether they agree or not.)
 */
export function plainlyHolds(r: Relation): boolean {
  return (r.kind === "sum" || r.kind === "rollup") && sumAgreesOk(r.total, r.parts);
}

/** (brokenOutcome's agreement, filled anew for each sum it reads: no object made for the thousands that hold) */
const read: Agreement = { ok: false, computed: 0, decimals: 0, unitSlip: false };

/**
 * evaluateRelation(r), or null where it holds: for a rule that keeps only the broken relations. A sum's or rollup's
 * parts are added once — plainlyHolds and then evaluateRelation added a broken one's twice (a long table's total over
 * its 2,000 lines) — and no outcome is made for one whose parts agree.
 */
export function brokenOutcome(r: Relation): RelationOutcome | null {
  if (r.kind !== "sum" && r.kind !== "rollup") {
    const o = evaluateRelation(r);
    return o.ok ? null : o;
  }
  read.unitSlip = false;
  sumAgreesInto(r.total, r.parts, read);
  if (read.ok) return null;
  const o = sumOutcome(r, read);
  return o.ok ? null : o;
}

/** Evaluate one relation with the one tolerance policy (see tolerance.ts). */
export function evaluateRelation(r: Relation, opts?: EvaluateOptions): RelationOutcome {
  switch (r.kind) {
    case "sum":
    case "rollup":
      return sumOutcome(r, sumAgrees(r.total, r.parts));
    case "difference": {
      const minuends = [r.minuend, ...(r.alternatives ?? [])];
      const adds = r.addends ?? [];
      let first: ReturnType<typeof combinationAgrees> | null = null;
      for (const m of minuends) {
        const a = combinationAgrees(r.result, [{ term: m, sign: 1 }, ...adds.map((s) => ({ term: s, sign: 1 as const })), ...r.subtrahends.map((s) => ({ term: s, sign: -1 as const }))]);
        first ??= a;
        if (a.ok) return { ok: true, stated: r.result.value, computed: a.computed, from: [m, ...adds, ...r.subtrahends], ...(a.unitSlip ? { unitSlip: true } : {}) };
      }
      return { ok: false, stated: r.result.value, computed: roundHalfUp(first!.computed, Math.max(2, first!.decimals)), from: [r.minuend, ...adds, ...r.subtrahends] };
    }
    case "ratio": {
      const preferred =
        opts?.denominator === "initial"
          ? (r.denominators?.initial ?? r.denominators?.adjusted ?? r.denominator)
          : opts?.denominator === "adjusted"
            ? (r.denominators?.adjusted ?? r.denominators?.initial ?? r.denominator)
            : r.denominator;
      const dens = [preferred, ...(r.denominators ? [] : (r.alternatives ?? []))].filter((d) => d.value !== 0);
      if (dens.length === 0) return { ok: true, stated: r.stated.value, computed: null, from: [] };
      // (rel54: a whole's share against the bases its parts' shares imply, every figure within its rounding)
      if (r.impliedBase) {
        const a = impliedShareAgrees(r.stated, r.numerator, r.impliedBase.parts, r.impliedBase.rates);
        return { ok: a.ok, stated: r.stated.value, computed: a.computed, from: [r.numerator, r.denominator, ...r.impliedBase.parts, ...r.impliedBase.rates] };
      }
      // (a rate of change of two rounded amounts: any values within their rounding that give the stated rate)
      if (r.roundedChange && roundedChangeAgrees(r.stated, r.roundedChange.later, r.roundedChange.earlier, r.statedInPoints === true)) {
        const a = ratioAgrees(r.stated, r.numerator.value, r.denominator.value, r.statedInPoints === true);
        return { ok: true, stated: a.statedPoints, computed: a.computed, from: [r.roundedChange.later, r.roundedChange.earlier] };
      }
      let first: ReturnType<typeof ratioAgrees> | null = null;
      for (const d of dens) {
        const a = ratioAgrees(r.stated, r.numerator.value, d.value, r.statedInPoints === true, r.countsRounded === true);
        first ??= a;
        if (a.ok) return { ok: true, stated: a.statedPoints, computed: a.computed, from: [r.numerator, d] };
      }
      return { ok: false, stated: first!.statedPoints, computed: first!.computed, from: [r.numerator, dens[0]] };
    }
    case "product": {
      const a = productAgrees(r.result, r.factors, r.scale, r.payees?.value ?? null, productUnit(r));
      // (a rate written rounded, 0.57 for 20 / 35: the result over the other factors rounds to it)
      const ok = a.ok || (r.rateDecimals !== undefined && roundedRateAgrees(r.result.value, r.factors, r.rateDecimals));
      return { ok, stated: r.result.value, computed: a.computed, from: r.factors };
    }
    case "weighted": {
      const shares = new Array<number>(r.shares.length);
      for (let i = 0; i < shares.length; i++) shares[i] = r.shares[i].value;
      const a = weightedAgrees(r.total, r.parts, shares);
      return { ok: a.ok, stated: r.total.value, computed: a.computed, from: r.parts };
    }
    case "grade":
      // a grade needs the profile's bands: grade-mismatch evaluates it
      return { ok: true, stated: r.total.value, computed: null, from: [r.total] };
    case "rank": {
      const p = placeOf(r.total.value, r.ranking.sorted, r.ranking.ascending);
      return { ok: r.rank.value >= p.first && r.rank.value <= p.last, stated: r.rank.value, computed: p.first, from: [r.total] };
    }
  }
}

/**
 * The places a total holds among a ranked column's totals (`sorted` best first): first = 1 + how many are better, last =
 * first + how many others equal it (tied totals share the places they span). Two binary searches.
 */
export function placeOf(value: number, sorted: readonly number[], ascending: boolean): { first: number; last: number } {
  // (better: higher, or lower where ascending; equal within a millionth, the totals as shown)
  const better = (x: number) => (ascending ? x < value - 1e-9 : x > value + 1e-9);
  const notWorse = (x: number) => (ascending ? x <= value + 1e-9 : x >= value - 1e-9);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (better(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  const first = lo + 1;
  hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (notWorse(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return { first, last: Math.max(first, lo) };
}

/** A sum's or rollup's outcome from the agreement of its parts with its total (`a`: read here, not kept). */
function sumOutcome(r: Relation & { kind: "sum" | "rollup" }, a: Agreement): RelationOutcome {
  let ok = a.ok;
  if (!ok && r.bound === "atMost" && a.computed <= r.total.value) ok = r.kind !== "rollup" || r.cutSlack === undefined || r.total.value <= a.computed + r.cutSlack + 1e-9;
  if (!ok && r.kind === "rollup" && r.alsoAccept?.some((v) => sumAgrees({ value: v, decimals: r.total.decimals, percent: false }, r.parts).ok)) ok = true;
  // (parts printed rounded from finer scores: the total within half their last shown unit for each of them)
  if (!ok && r.kind === "sum" && r.roundedParts && withinRounding(r.total, r.parts)) ok = true;
  // (rel54: approximate figures, '约…' '近…': within their allowance)
  if (!ok && r.kind === "sum" && r.approxSlack !== undefined) ok = r.bound === "atMost" ? a.computed <= r.total.value + r.approxSlack + 1e-9 : Math.abs(a.computed - r.total.value) <= r.approxSlack + 1e-9;
  const out: RelationOutcome = { ok, stated: r.total.value, computed: roundHalfUp(a.computed, Math.max(2, a.decimals)), from: r.parts };
  // (set after, not spread in: every relation is evaluated, and an empty object spread costs one each time)
  if (a.unitSlip) out.unitSlip = true;
  return out;
}
