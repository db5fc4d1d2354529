import type { Grid } from "../grid/grid";
import { COUNT_UNITS, proseDigits } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/*
 * (rel54, session 54) **A unit written twice in a list of pairs at one rate**: a notice naming its units each with a bracket
 * of two figures, '雪溪谷生态家庭农场(1400亩28万亩)、鑫盛家庭农场(1400亩28万元)、春新生态家庭农场(1000亩20万元)、北山村
 * (1000亩20万元)、龙海家庭农场(2600亩52万元)': every other pair reads (亩, 万元) at one rate (200元/亩), and the odd pair's
 * second figure is that rate's amount to the digit (1400亩 × 200元 = 28万元) written in the first figure's unit — a slip
 * of the unit, not of the number.
 *
 * The weakest evidence: three pairs or more in brackets in one cell, each 'a<unit A>b<unit B>' (a '、' or ',' between at
 * most), all but one of one (A, B) and one rate b / a (the same to a millionth, every figure as printed); the odd pair of
 * the same A and another B, whose b read in the others' B gives that rate too. A pair whose figures do not give the rate
 * (a slip of the number, or another rate) is not told here; nor two odd pairs, nor pairs of different A.
 */

const UNIT = `(?:万|亿)?(?:元|${COUNT_UNITS})`;
const PAIR = new RegExp(`\\((\\d+(?:\\.\\d+)?)(${UNIT})[,、]?(\\d+(?:\\.\\d+)?)(${UNIT})\\)`, "g");
const ANY = new RegExp(`\\(\\d+(?:\\.\\d+)?${UNIT}[,、]?\\d+(?:\\.\\d+)?${UNIT}\\)`);
const MIN_TEXT = 20;
const MIN_PAIRS = 3;

export interface UnitSlip {
  row: number;
  col: number;
  /** the pair as written, '1400亩28万亩' */
  written: string;
  /** the slipped figure's unit and the unit the other pairs write there */
  unit: string;
  expectedUnit: string;
  /** the name before the bracket */
  name: string;
  /** pairs read at the rate, the odd one among them */
  pairs: number;
}

const scale = (u: string) => (u[0] === "万" && u.length > 1 ? 1e4 : u[0] === "亿" && u.length > 1 ? 1e8 : 1);
const base = (u: string) => (scale(u) > 1 ? u.slice(1) : u);

interface Pair {
  at: number;
  written: string;
  a: number;
  ua: string;
  b: number;
  ub: string;
}

/** The pairs of a text (proseDigits') whose second figure's unit is a slip against the others' (see above). */
export function unitPairSlips(text: string): Omit<UnitSlip, "row" | "col">[] {
  const pairs: Pair[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) pairs.push({ at: m.index, written: m[0].slice(1, -1), a: Number(m[1]), ua: m[2], b: Number(m[3]), ub: m[4] });
  if (pairs.length < MIN_PAIRS) return [];
  const key = (p: Pair) => `${p.ua}|${p.ub}`;
  const counts = new Map<string, number>();
  for (const p of pairs) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  let major = "";
  for (const [k, n] of counts) if (n === pairs.length - 1) major = k;
  if (!major) return [];
  const odd = pairs.find((p) => key(p) !== major)!;
  const [ua, ub] = major.split("|");
  // (one unit of the pair's two kinds: the odd one writes the first figure's unit where the others write theirs)
  if (odd.ua !== ua || base(odd.ub) !== base(ua) || base(ub) === base(ua)) return [];
  const same = pairs.filter((p) => p !== odd);
  const rate = same[0].b / same[0].a;
  if (!(rate > 0) || same.some((p) => Math.abs(p.b / p.a - rate) > 1e-6 * rate)) return [];
  // (the odd figure read in the others' unit gives their rate: the number is right, its unit a slip)
  const asOthers = (odd.b * scale(odd.ub)) / scale(ub) / odd.a;
  if (Math.abs(asOthers - rate) > 1e-6 * rate) return [];
  const before = text.slice(0, odd.at);
  const name = /([^,、;。:()]{1,30})$/.exec(before)?.[1] ?? "";
  return [{ written: odd.written, unit: odd.ub, expectedUnit: ub, name, pairs: pairs.length }];
}

/** The unit slips of the sheet's prose cells (unitPairSlips), at their cells. */
export function proseUnitSlips(grid: Grid): UnitSlip[] {
  const out: UnitSlip[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY)) return out;
  for (const { row, col } of sentenceCells(grid, MIN_TEXT, ANY)) {
    const text = proseDigits(grid.text(row, col));
    if (text === null) continue;
    for (const s of unitPairSlips(text)) out.push({ ...s, row, col });
  }
  return out;
}
