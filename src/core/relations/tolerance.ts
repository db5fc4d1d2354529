import type { AmountUnit, NumberRef } from "../model/types";

/**
 * The one tolerance policy of every relation (sums, rollups, differences, ratios): a stated number agrees with
 * the number computed from its cells when it equals it at the precision the sheet shows — rounded half-up, or
 * truncated as some sheets do — and money written in 万元 in one place and 元 in another is compared in one unit.
 * Recognisers and rules read their evidence through it too (addsUp, agreesTyped, exceedsTyped, fallsShortTyped).
 * Kept apart, each with its reason beside it: a score recomputed by a formula (text/numbers.ts agreesAt, the rules'
 * 0.01), a near miss vouching for a relation (NEAR, LEADING_NEAR, ROW_TOTAL_NEAR: 1% of the whole), and the 1e-9 guards
 * of an order against a threshold (a rate at 60%, a grade's lower bound: binary noise, no precision shown).
 */

/** Decimals a sheet may show at most; anything finer is binary noise. */
const MAX_DECIMALS = 6;
/** Binary noise allowed on top of the shown precision. */
const EPSILON = 1e-9;
/**
 * Binary noise of a large number, relative to it: a double's error after a long sum stays far below 1e-12 of the sum
 * (1e-9 of it, as was, is a whole 元 at 10 亿元: a 771325800 总额 over parts adding up to 771325801 read as agreeing).
 */
const RELATIVE_NOISE = 1e-12;
/** the noise allowed around numbers of the size of x and y: EPSILON, or RELATIVE_NOISE of the larger where that is more */
function noise(x: number, y = 0): number {
  return Math.max(EPSILON, RELATIVE_NOISE * Math.max(Math.abs(x), Math.abs(y)));
}
/** 1 万元 = 10,000 元. */
const WAN = 10_000;

/** Digits after the decimal point in a number as typed (4.25 → 2, 100 → 0). */
export function typedDecimals(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return 0;
  const a = Math.abs(v);
  // (read from the number, no text made — a sum over a 2,000-line column asked it of every part, each time a string —
  // where it is small enough to be read exactly: the fewest decimals d ≤ MAX_DECIMALS that give the number back
  // rounded to d, MAX_DECIMALS where none do, which is what its shortest text shows (a d-digit decimal that gives it
  // back is a shorter text of it); below 1e9 the number times 10^d is off an integer by far less than a half)
  if (a < 1e9) {
    for (let d = 1; d <= MAX_DECIMALS; d++) {
      const f = POW10[d];
      if (Math.round(a * f) / f === a) return d;
    }
    return MAX_DECIMALS;
  }
  const s = String(a);
  if (s.includes("e")) return MAX_DECIMALS;
  const i = s.indexOf(".");
  return i < 0 ? 0 : Math.min(MAX_DECIMALS, s.length - i - 1);
}

/**
 * Decimals the cell shows, of the value as a reviewer reads it (of the percentage for a percent): the number
 * format's, else the typed text's, else the value's own digits.
 */
export function shownDecimals(t: Pick<NumberRef, "value" | "decimals" | "percent">): number {
  if (t.decimals !== null && t.decimals !== undefined) return Math.min(MAX_DECIMALS, t.decimals);
  return t.percent ? Math.max(0, typedDecimals(t.value) - 2) : typedDecimals(t.value);
}

/** 10 ** d for d = 0 … 22 (exact doubles), read from a table: `10 ** d` for a variable d is a call to pow. */
const POW10 = Array.from({ length: 23 }, (_, d) => Number(`1e${d}`));

/** 10 ** -d for d = 0 … 22, each the very value `10 ** -d` gives, read from a table as POW10. */
const POW10_NEG = Array.from({ length: 23 }, (_, d) => 10 ** -d);

/** 10 ** d: from the tables for a whole d in -22 … 22, else computed. */
function pow10(d: number): number {
  if ((d | 0) === d) {
    if (d >= 0 && d <= 22) return POW10[d];
    if (d < 0 && d >= -22) return POW10_NEG[-d];
  }
  return 10 ** d;
}

/** Round half away from zero (Excel's ROUND), guarded against binary noise (1.005 → 1.01). */
export function roundHalfUp(x: number, d: number): number {
  const f = pow10(d);
  const y = Math.abs(x) * f;
  return (Math.sign(x) * Math.round(y + Math.max(EPSILON, 8 * Number.EPSILON * y))) / f;
}

/** Cut to d decimals (TRUNC), guarded the same way. */
export function truncate(x: number, d: number): number {
  const f = pow10(d);
  const y = Math.abs(x) * f;
  return (Math.sign(x) * Math.floor(y + Math.max(EPSILON, 8 * Number.EPSILON * y))) / f;
}

function same(a: number, b: number): boolean {
  // (noise(a, b) not made: the difference within EPSILON, or within RELATIVE_NOISE of the larger — asked of every
  // comparison, a heap number each time where noise's result is boxed)
  const d = Math.abs(a - b);
  return d <= EPSILON || d <= RELATIVE_NOISE * Math.max(Math.abs(a), Math.abs(b));
}

/** `computed` shown at `d` decimals reads as `stated` (half-up or truncated), or agrees to within half a unit. */
export function agreesAtDecimals(stated: number, computed: number, d: number): boolean {
  if (same(stated, computed)) return true;
  // (stated rounded once, 10 ** -d read once from the table: asked of every comparison)
  const s = roundHalfUp(stated, d);
  const unit = pow10(-d);
  if (same(s, roundHalfUp(computed, d)) && Math.abs(stated - computed) <= unit) return true;
  if (same(s, truncate(computed, d))) return true;
  return Math.abs(stated - computed) <= 0.5 * unit + noise(stated);
}

/** The factor that brings a term to 元 (1 for 元 or an unknown unit, 10,000 for 万元; 亿元 is read as 万元). */
export function toYuan(unit: AmountUnit | null | undefined): number {
  return unit === "万元" ? WAN : 1;
}

/** A term's value in 元. */
export const yuanOf = (t: { value: number; unit?: AmountUnit | null }): number => t.value * toYuan(t.unit);

export interface SumTerm extends Pick<NumberRef, "value" | "decimals" | "percent"> {
  unit?: AmountUnit | null;
  /** the figure as written, where a reader keeps it ('346亿元'): a whole in 亿 is a rounded headline figure (agreesOver) */
  text?: string;
}

/**
 * (dev61) A figure written in 亿 ('346亿元', '1.2亿'): a sum that large is stated rounded to the unit it is written in, so
 * a whole in 亿 shown coarser than its parts (346亿元 over 67.4 + 239.4 + 39.4 = 346.2) agrees within half its last unit.
 * A whole in 万元 or 元 is not (10万元 over 10 + 0.05万元 is a slip: the 500元 part is named, the whole misses it).
 */
const YI_FIGURE = /\d\s*[亿億]/;

export interface Agreement {
  ok: boolean;
  /** the computed value, in the stated total's unit, at the precision compared */
  computed: number;
  /** the decimals compared at (the finest any term shows) */
  decimals: number;
  /** the disagreement is exactly a 万元/元 slip of a block that does not say its unit: not reported as a mismatch */
  unitSlip?: boolean;
}

/**
 * A stated total against Σ (sign × part): each term shows its own precision, so the finest of them decides,
 * and a sheet that adds the shown (rounded) parts is right as well. Terms in 万元 and 元 are compared in one unit.
 */
export function combinationAgrees(total: SumTerm, parts: { term: SumTerm; sign: 1 | -1 }[]): Agreement {
  const terms = new Array<SumTerm>(parts.length);
  const signs = new Array<1 | -1>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    terms[i] = parts[i].term;
    signs[i] = parts[i].sign;
  }
  return agreement(total, terms, signs);
}

/** A term's value (a bare number is its own). */
function termValue(t: SumTerm | number): number {
  return typeof t === "number" ? t : t.value;
}

/**
 * The decimals a term shows: a cell's as shownDecimals reads them, a bare number's as typed (typedTerm's), worked out
 * here once per term and comparison, with no term object made for a bare number.
 */
function termDecimals(t: SumTerm | number): number {
  return typeof t === "number" ? typedDecimals(roundHalfUp(t, MAX_DECIMALS)) : shownDecimals(t);
}

/** agreesOver's verdicts: the numbers disagree, agree, or differ by exactly a 万元/元 slip (agreement.unitSlip) */
const DISAGREE = 0;
const AGREE = 1;
const UNIT_SLIP = 2;

/**
 * combinationAgrees over terms and their signs (null: every sign +1, a plain sum, with no object per part). A bare
 * number stands for typedTerm(it) (shown as typed, no unit, no percent), read as such without the object. The verdict
 * comes back as a number; `into`, where given, is filled as the Agreement (ok, the computed value, the decimals compared
 * at, unitSlip on a slip): a caller asking only whether the numbers agree (addsUp, every recogniser's evidence) makes
 * no object per comparison.
 */
function agreesOver(total: SumTerm | number, terms: readonly (SumTerm | number)[], signs: readonly (1 | -1)[] | null, into: Agreement | null): number {
  const totalValue = termValue(total);
  const totalUnit = typeof total === "number" ? undefined : total.unit;
  const unitOf = toYuan(totalUnit);
  const td = termDecimals(total);
  let d = td;
  let raw = 0;
  let shown = 0;
  let partsD = 0;
  // (in one unit, no percent: a part's rounding is then in the total's own unit)
  let finer = typeof total === "number" || !total.percent;
  // (some side states no unit: a 万元/元 slip may explain a disagreement)
  let unitUnknown = totalUnit == null;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    const sign = signs === null ? 1 : signs[i];
    const pd = termDecimals(term);
    if (pd > d) d = pd;
    if (pd > partsD) partsD = pd;
    const value = termValue(term);
    const unit = typeof term === "number" ? undefined : term.unit;
    if (unit == null) unitUnknown = true;
    const f = toYuan(unit) / unitOf;
    if ((typeof term !== "number" && term.percent) || f !== 1) finer = false;
    raw += sign * value * f;
    shown += sign * roundHalfUp(value, pd) * f;
  }
  let verdict = DISAGREE;
  if (agreesAtDecimals(totalValue, raw, d) || agreesAtDecimals(totalValue, shown, d)) verdict = AGREE;
  // a total shown finer than every part (1,548.447 over 1,537.45 + 11): the parts are shown rounded to their column's
  // precision, each up to half its last unit off, so a total within that rounding of their sum agrees with them
  else if (finer && td > partsD && partsD >= 1 && Math.abs(totalValue - shown) <= terms.length * 0.5 * pow10(-partsD) + noise(totalValue)) verdict = AGREE;
  // (dev61) a whole number of 亿 over parts with decimals: within half its own unit of their sum. A total with decimals of its own
  // (10.5亿 over 10.54) keeps the rounding residue's info above (lead52's contract)
  else if (finer && td === 0 && partsD > 0 && typeof total !== "number" && total.text !== undefined && YI_FIGURE.test(total.text) && Math.min(Math.abs(totalValue - raw), Math.abs(totalValue - shown)) <= 0.5 * pow10(-td) + noise(totalValue)) verdict = AGREE;
  // one side 10,000 times the other where no unit is stated for some term: the unit, not the numbers, differ
  else if (unitUnknown && raw !== 0 && totalValue !== 0) {
    const q = totalValue / raw;
    if (Math.abs(q - WAN) / WAN < 5e-4 || Math.abs(q - 1 / WAN) * WAN < 5e-4) verdict = UNIT_SLIP;
  }
  if (into !== null) {
    into.ok = verdict !== DISAGREE;
    into.computed = roundHalfUp(raw, Math.min(MAX_DECIMALS, d + 2));
    into.decimals = d;
    if (verdict === UNIT_SLIP) into.unitSlip = true;
  }
  return verdict;
}

/** agreesOver's Agreement (its keys in the order they were always written: ok, computed, decimals, unitSlip on a slip). */
function agreement(total: SumTerm | number, terms: readonly (SumTerm | number)[], signs: readonly (1 | -1)[] | null): Agreement {
  const a: Agreement = { ok: false, computed: 0, decimals: 0 };
  agreesOver(total, terms, signs, a);
  return a;
}

/** Σ parts = total. */
export function sumAgrees(total: SumTerm, parts: SumTerm[]): Agreement {
  return agreement(total, parts, null);
}

/** sumAgrees(total, parts) written into `into` (its ok, computed and decimals; unitSlip set on a slip, left as it was else). */
export function sumAgreesInto(total: SumTerm, parts: readonly SumTerm[], into: Agreement): void {
  agreesOver(total, parts, null, into);
}

/** sumAgrees(total, parts).ok, with no Agreement made (a unit slip counts as agreeing, as there). */
export function sumAgreesOk(total: SumTerm, parts: readonly SumTerm[]): boolean {
  return agreesOver(total, parts, null, null) !== DISAGREE;
}

/*
 * A bare number as a sum term (typedTerm): shown as typed, no unit, no percent. Its digits are read after rounding to
 * MAX_DECIMALS (a sum computed in binary, 100.00000000000001, is typed 100, not shown to the millionth): termDecimals.
 */

/**
 * `total` is the sum of `parts` under the one policy (sumAgrees: at the finest precision any of them shows, the parts as
 * computed or as shown, rounded half-up or truncated) — and never by a 万元/元 slip, a reading of units, not a sum. The
 * evidence a recogniser or a rule takes from a sum (a group's points over its lines', a 合计 over its column): bare numbers
 * count as typed (10.5 to one decimal), a cell's NumberRef at the decimals its format shows (a 0-decimal 分值 of 99.6 reads
 * 100, and agrees with 100).
 */
export function addsUp(total: SumTerm | number, parts: readonly (SumTerm | number)[]): boolean {
  // (bare numbers read as terms where they stand, no term object nor list of terms made: asked for every group, line and
  // comparison of a long table)
  return agreesOver(total, parts, null, null) === AGREE;
}

/**
 * A plain sum (addsUp's: every sign +1, no term in a unit; a percent or not, as stored) of `count` parts whose values
 * add up to `sum` (added in their order from 0, as agreesOver adds them) can never agree with `total`: the one policy
 * accepts no sum this far off, so addsUp(total, parts) is false and need not be asked (a reader that sums a column under
 * every label run reads the values first, no term made). The bound: each way agreesOver accepts stays within 1.5 units
 * of the precision compared (d ≥ 0 decimals, a unit ≤ 1) of the parts as summed or as shown, the shown parts within half
 * a unit each (≤ 0.5 · count) of the summed ones, plus noise — under 2 + count and a millionth of the numbers' size.
 */
export function beyondSumTolerance(total: number, sum: number, count: number, absSum: number): boolean {
  return Math.abs(total - sum) > 2 + count + 1e-6 * (Math.abs(total) + absSum);
}

/** Two numbers agree under the one policy (a stated number and the one computed for it, a sum of one part). */
export function agreesTyped(stated: SumTerm | number, computed: SumTerm | number): boolean {
  return addsUp(stated, [computed]);
}

/** `value` is more than `bound` and does not agree with it under the one policy (a score above its weight, a sum past its whole). */
export function exceedsTyped(value: SumTerm | number, bound: SumTerm | number): boolean {
  return valueOf(value) > valueOf(bound) && !agreesTyped(bound, value);
}

/** `value` is less than `bound` and does not agree with it under the one policy (a sum short of its whole). */
export function fallsShortTyped(value: SumTerm | number, bound: SumTerm | number): boolean {
  return valueOf(value) < valueOf(bound) && !agreesTyped(bound, value);
}

function valueOf(x: SumTerm | number): number {
  return typeof x === "number" ? x : x.value;
}

/**
 * A stated rate in percentage points: "98.05%" and a bare 0.9805 are 98.05, a rate typed as "98.05" (no percent
 * format) is 98.05 too. (0.14 × 100 is 14.000000000000002 in binary: read back at the cell's own digits.) A bare
 * number of 1.5 or less is a fraction, but where its column says it is in points (inPoints: 执行率(%), or its other
 * rates plainly percents): 1.49 under 执行率(%) is 1.49%.
 */
export function statedRatePoints(stated: Pick<NumberRef, "value" | "percent">, inPoints = false): number {
  return stated.percent || (!inPoints && Math.abs(stated.value) <= 1.5) ? Math.round(stated.value * 100 * 1e9) / 1e9 : stated.value;
}

/**
 * A stated ratio against numerator / denominator, compared in percentage points at the decimals the cell
 * shows. A ratio typed as "98.05" (no percent format) means 98.05%; a bare 0.9805 means 98.05% as well.
 */
/**
 * (grad53) A rate a writer states as a whole percent after two exact counts (RatioRelation.countsRounded): within half a point of
 * their ratio, as rounding gives it — a truncation ('47%' for 129 / 270 = 47.78%, which rounds to 48%) is a slip, save where
 * rounding would print 100% for a ratio short of it (1104 of 1105 = 99.91%, '99%': a writer does not claim all are done).
 */
function countsRoundedAgree(statedPoints: number, ratioPoints: number, d: number): boolean {
  if (Math.abs(statedPoints - ratioPoints) <= 0.5 * pow10(-d) + noise(statedPoints)) return true;
  return ratioPoints < 100 && same(roundHalfUp(ratioPoints, d), 100) && same(statedPoints, truncate(ratioPoints, d));
}

export function ratioAgrees(stated: NumberRef, numerator: number, denominator: number, inPoints = false, countsRounded = false): Agreement & { statedPoints: number } {
  const ratioPoints = (numerator / denominator) * 100;
  const asPoints = statedRatePoints(stated, inPoints);
  const d =
    stated.percent || inPoints || Math.abs(stated.value) > 1.5
      ? stated.decimals ?? (stated.percent ? Math.max(0, typedDecimals(stated.value) - 2) : typedDecimals(stated.value))
      : // a fraction shown with one decimal ("0.1" for 0.1446) is read to the tenth: 10 percentage points
        Math.max(stated.decimals === null || stated.decimals >= 1 ? -1 : 0, (stated.decimals ?? typedDecimals(stated.value)) - 2);
  // a rate shown with no decimals stated anywhere: compare at 2 decimals of the percentage (0.01 pp), as before
  const dd = stated.decimals === null && d === 0 && !Number.isInteger(asPoints) ? 2 : d;
  // (a rate of counts shown to decimals keeps the usual policy: truncated at its last decimal, 66.66% for 2 of 3, as a
  // spreadsheet's TRUNC prints it, misstates the share by less than its last unit; cut to a whole percent it is a slip)
  if (countsRounded && dd === 0) return { ok: countsRoundedAgree(asPoints, ratioPoints, dd), computed: ratioPoints, decimals: dd, statedPoints: asPoints };
  const ok = agreesAtDecimals(asPoints, ratioPoints, dd) || (stated.decimals === null && Math.abs(asPoints - ratioPoints) <= 0.01 + EPSILON);
  // a bare number past 1.5 read as points (1.5024 as 1.50%) that is the ratio as a fraction: a rate past 150% in a
  // column of fractions (31.55 executed of 21 budgeted), the cell's own digits shown to the hundredth of a point
  if (!ok && !stated.percent && !inPoints && Math.abs(stated.value) > 1.5 && Math.abs(stated.value) <= MAX_FRACTION_RATE) {
    const frac = Math.round(stated.value * 100 * 1e9) / 1e9;
    const fd = Math.max(0, (stated.decimals ?? typedDecimals(stated.value)) - 2);
    if (fd >= 2 && agreesAtDecimals(frac, ratioPoints, fd)) return { ok: true, computed: ratioPoints, decimals: fd, statedPoints: frac };
  }
  return { ok, computed: ratioPoints, decimals: dd, statedPoints: asPoints };
}

/**
 * (rel54) A whole's share of its base against the bases its parts' shares imply: stated ≈ whole / Σ (part / rate), the rates
 * in points, every figure anywhere within half its last shown unit (the whole's amount, each part's amount and rate); it
 * agrees where the stated rate's own rounding interval meets the interval those give. Returns the rate of the figures as
 * printed too.
 */
export function impliedShareAgrees(stated: NumberRef, whole: NumberRef, parts: readonly NumberRef[], rates: readonly NumberRef[]): { ok: boolean; computed: number } {
  const half = (t: NumberRef) => 0.5 * 10 ** -(t.decimals ?? typedDecimals(t.value));
  let lo = 0;
  let mid = 0;
  let hi = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const r = rates[i];
    if (r.value <= 0) return { ok: true, computed: NaN };
    mid += p.value / r.value;
    lo += Math.max(0, p.value - half(p)) / (r.value + half(r));
    hi += (p.value + half(p)) / Math.max(1e-9, r.value - half(r));
  }
  // (rates in points: whole / Σ (part / rate) is the share in points)
  const computed = whole.value / mid;
  const min = (whole.value - half(whole)) / hi;
  const max = (whole.value + half(whole)) / lo;
  const hs = half(stated);
  return { ok: stated.value + hs >= min - EPSILON && stated.value - hs <= max + EPSILON, computed };
}

/**
 * A stated rate of change against (later − earlier) / earlier where both amounts are shown rounded (recognise/
 * change-rate-lines.ts): it agrees where some values within half a last shown unit of each (a whole 万元: ±0.5) give a
 * rate within half a shown unit of the stated one. Stated as a percent, or in points (inPoints, or a bare number past
 * 1.5), or else as a fraction.
 */
export function roundedChangeAgrees(stated: NumberRef, later: NumberRef, earlier: NumberRef, inPoints: boolean): boolean {
  const fraction = !stated.percent && !inPoints && Math.abs(stated.value) <= 1.5;
  const points = stated.percent || fraction ? stated.value * 100 : stated.value;
  const d0 = stated.decimals ?? (stated.percent ? Math.max(0, typedDecimals(stated.value) - 2) : typedDecimals(stated.value));
  const hs = 0.5 * 10 ** -(fraction ? Math.max(0, d0 - 2) : d0) + EPSILON;
  const hl = 0.5 * 10 ** -(later.decimals ?? typedDecimals(later.value));
  const he = 0.5 * 10 ** -(earlier.decimals ?? typedDecimals(earlier.value));
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of [later.value - hl, later.value + hl]) {
    for (const b of [earlier.value - he, earlier.value + he]) {
      if (b === 0 || Math.sign(b) !== Math.sign(earlier.value)) continue;
      const x = (a / b - 1) * 100;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  if (!Number.isFinite(lo)) return true;
  return points >= lo - hs && points <= hi + hs;
}

/** The largest bare number that may still be a rate written as a fraction (10 = 1000%). */
const MAX_FRACTION_RATE = 10;

/** half a fen (0.005 元): what rounding one payee's amount to the fen can move it */
const HALF_FEN = 0.005;
/** the relative slack of an amount paid per payee (one millionth is what rounding per payee gives on large lists) */
const PAYEE_RELATIVE = 1e-5;

/**
 * A stated amount against the product of its factors (a count × a rate per unit) ÷ scale (10,000 from 元 to 万元
 * where the headers say so): it agrees when it reads as the product at the amount's shown precision, rounded
 * half-up or truncated as for a sum. The factors are taken as shown (a rate of 350 元/人 is 350).
 * An amount paid to each of `payees` payees on the line (the line states its 人数 / 户数) is the sum of amounts each
 * rounded to the fen: it may differ from count × rate by half a fen per payee (in the amount's unit, `unit`), or by a
 * relative 1e-5, and still agrees; a line off by more does not.
 */
export function productAgrees(stated: SumTerm, factors: SumTerm[], scale = 1, payees: number | null = null, unit: "元" | "万元" = "元"): Agreement {
  let raw = 1;
  for (let i = 0; i < factors.length; i++) raw *= factors[i].value;
  raw /= scale;
  const d = shownDecimals(stated);
  const computed = roundHalfUp(raw, Math.min(MAX_DECIMALS, d + 2));
  if (agreesAtDecimals(stated.value, raw, d)) return { ok: true, computed, decimals: d };
  const slack = payees !== null && payees > 0 ? Math.max(HALF_FEN * payees * (unit === "万元" ? 1e-4 : 1), PAYEE_RELATIVE * Math.abs(raw)) : 0;
  return { ok: Math.abs(stated.value - raw) <= slack + EPSILON, computed, decimals: d };
}

/**
 * A result at a rate written rounded (rate-points.ts: 分值 20 at 0.57 × 标准 35): the result over the other factors
 * rounds to the rate (the last factor) at its written decimals — 20 / 35 = 0.5714 → 0.57.
 */
export function roundedRateAgrees(stated: number, factors: SumTerm[], rateDecimals: number): boolean {
  if (!factors.length) return false;
  let others = 1;
  for (let k = 0; k < factors.length - 1; k++) others *= factors[k].value;
  return others !== 0 && Math.abs(roundHalfUp(stated / others, rateDecimals) - factors[factors.length - 1].value) <= EPSILON;
}

/**
 * A stated total against Σ share × part (a weighted total across a line: 0.4 × 95.53 + 0.4 × 91.01 + 0.2 × 91.60 =
 * 92.936, printed 92.93). Each part is shown rounded to its own decimals, up to half its last unit off, and weighs into
 * the total by its share: the computed value may be off by Σ share × that half unit. The total itself is shown rounded
 * half-up (half its last unit) or truncated (up to one unit below the computed value). It agrees within those bounds.
 */
export function weightedAgrees(total: SumTerm, parts: readonly SumTerm[], shares: readonly number[]): Agreement {
  let raw = 0;
  let slack = 0;
  let d = shownDecimals(total);
  for (let i = 0; i < parts.length; i++) {
    const pd = shownDecimals(parts[i]);
    raw += shares[i] * parts[i].value;
    slack += Math.abs(shares[i]) * 0.5 * pow10(-pd);
    if (pd > d) d = pd;
  }
  const unit = pow10(-shownDecimals(total));
  const off = total.value - raw;
  const n = noise(total.value, raw);
  // (half-up: |off| within half the total's unit; truncated: the total up to one unit below; each with the parts' slack)
  const ok = off <= 0.5 * unit + slack + n && off >= -(unit + slack) - n;
  return { ok, computed: roundHalfUp(raw, Math.min(MAX_DECIMALS, d + 2)), decimals: d };
}
