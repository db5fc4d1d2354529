import { decimalsOf } from "../text/numbers";

/*
 * (rels56, session 56) **A whole and its parts whose numbers add up only in one unit**: '项目资金全年预算数2089元:其中中央转移
 * 支付…1777万元,占比85.06%;省级配套…312万元,占比14.94%' — the parts add up to 2089 in 万元, the whole is printed in 元: its 万
 * was dropped (a slip of the unit, not of the number). The mirrored shape: one part's unit off by 10^4 ('共2089万元,其中中央1777元,
 * 省级312万元').
 *
 * The weakest evidence: a whole and two parts or more of money, every figure written in one unit (元, 万 or 亿, never a figure
 * of two, '1亿2000万'), all but one in the same unit and the odd one in a unit 10^4 from it (元 against 万, 万 against 亿); as
 * written they do not add up (a 亿元 whole over parts in 万元 that add up once converted is no slip), and with the odd
 * figure's number read in the others' unit they add up exactly (at the parts' decimals; a whole shown coarser within half its
 * last unit). The list must be closed and name all its parts (no 等, no cut): the reader (sentence-breakdowns.ts) asks.
 */

/** the unit words of the three scales a figure of money is written in */
const UNIT_OF: Record<number, string> = { 1: "元", 10000: "万元", 100000000: "亿元" };

export interface WholeUnitSlip {
  /** -1: the whole; else the index of the part */
  index: number;
  /** the unit the figure is written in, and the unit the others are */
  unit: string;
  expectedUnit: string;
}

/** (rels56) A unit slip read in a sheet's prose (a 其中 breakdown's, an announced list's), at the slipped figure's cell. */
export interface ProseUnitSlip extends WholeUnitSlip {
  row: number;
  col: number;
  /** the slipped figure as written, its name; the whole as written */
  written: string;
  name: string;
  whole: string;
  /** the parts as written */
  parts: string[];
}

/** the number of an amount as written ('2089元', '1777万元', '300万') and its scale (元 1, 万 10^4, 亿 10^8); null for an
 * amount of two units ('1亿2000万') */
function writtenIn(text: string): { n: number; dp: number; scale: number } | null {
  const yi = text.indexOf("亿") >= 0;
  const wan = text.indexOf("万") >= 0;
  if (yi && wan) return null;
  const m = /(\d+(?:\.\d+)?)[^\d]*$/.exec(text.replace(/,/g, ""));
  if (!m) return null;
  return { n: Number(m[1]), dp: decimalsOf(m[1]), scale: yi ? 1e8 : wan ? 1e4 : 1 };
}

/** the parts add up to the whole, every figure's number taken at the scale given (the written scale but for the odd one) */
function addsUp(whole: { n: number; dp: number }, parts: { n: number; dp: number }[]): boolean {
  const dp = parts.reduce((a, p) => Math.max(a, p.dp), 0);
  const sum = parts.reduce((a, p) => a + p.n, 0);
  const slack = whole.dp < dp ? 0.5 * 10 ** -whole.dp : 0;
  return Math.abs(sum - whole.n) <= slack + 1e-6 * 10 ** -dp;
}

/** The figure of a whole and its parts — amounts of money as written — whose unit is a slip (see above), or null. */
export function wholeUnitSlip(whole: string, parts: readonly string[]): WholeUnitSlip | null {
  if (parts.length < 2) return null;
  const figs = [whole, ...parts].map(writtenIn);
  if (figs.some((f) => f === null)) return null;
  const fs = figs as { n: number; dp: number; scale: number }[];
  // (all but one of one scale; the odd one 10^4 from it, and not 0 — as written they do not add up then)
  const scales = fs.map((f) => f.scale);
  const odd = scales.findIndex((s) => scales.filter((t) => t === s).length === 1);
  const common = scales[odd === 0 ? 1 : 0];
  if (odd < 0 || scales.some((s, i) => i !== odd && s !== common) || !(fs[odd].n > 0)) return null;
  if (scales[odd] * 1e4 !== common && scales[odd] !== common * 1e4) return null;
  // (the odd figure's number read in the others' unit: they add up)
  if (!addsUp(fs[0], fs.slice(1))) return null;
  return { index: odd - 1, unit: UNIT_OF[scales[odd]], expectedUnit: UNIT_OF[common] };
}

/**
 * (unit56, session 56) **A 其中 list of one part that is its whole, its unit 10^4 off**: '本年收入合计69.33万元,其中:一般公共预算
 * 财政拨款收入69.33元,占100%' — the part's number is the whole's, written in 元 under 万元 (or 万 under 亿, and mirrored: a whole
 * in 元 over its one part in 万元). With one part no majority tells which unit is right: the figure in the smaller unit is the
 * slip (a 万 or 亿 dropped is what a copy loses). The weakest evidence: both figures of money in one unit each, 10^4 apart, the
 * part not 0, its number equal to the whole's (a coarser whole within half its last unit); a share the part states must say
 * it is all of it (100%). Refused: a part of another number (69.33元 under 6933万元: a small part, adding up to nothing), a
 * share below 100%, 元 against 亿, a figure of two units.
 */
export function onePartUnitSlip(whole: string, part: string, share: number | null): WholeUnitSlip | null {
  const w = writtenIn(whole);
  const p = writtenIn(part);
  if (!w || !p || !(p.n > 0) || (share !== null && share !== 100)) return null;
  if (w.scale * 1e4 !== p.scale && p.scale * 1e4 !== w.scale) return null;
  if (!addsUp(w, [p])) return null;
  return p.scale < w.scale ? { index: 0, unit: UNIT_OF[p.scale], expectedUnit: UNIT_OF[w.scale] } : { index: -1, unit: UNIT_OF[w.scale], expectedUnit: UNIT_OF[p.scale] };
}
