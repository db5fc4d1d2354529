import type { Grid } from "../grid/grid";
import { decimalsOf } from "../text/numbers";
import { proseDigits } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/*
 * (rel57, session 57) **A change between two stated amounts, its unit 10^4 off theirs**: '科学技术支出259万元,比上年同期139万元
 * 增支120元' — 259 − 139 = 120 in 万元, the change printed in 元 (its 万 dropped: a slip of the unit, not of the number). The
 * mirrored shape: the change in 万元 between two amounts in 元 ('…1200元,比上年1080元增加120万元').
 *
 * The evidence: both amounts stated in one unit (元, 万 or 亿; a figure of two units, '1亿2000万', is none), the change in a unit
 * 10^4 from it, not 0, and its number the two amounts' difference exactly (at the finer of their decimals): as written the
 * change is wrong by 10^4, read in the amounts' unit it holds. A change of another number (259万元, 139万元, 增支12元) is no unit
 * slip: the difference reader (inline-changes.ts) reads and checks it as it is written. A change against an amount not stated
 * ('259万元,比上年增支120元') has no second figure to tell the unit by: not read.
 */

/** the scale of a unit word as printed after a figure of money: 元 1, 万 / 万元 10^4, 亿 / 亿元 10^8 */
function scaleOf(unit: string): number {
  return unit[0] === "亿" ? 1e8 : unit[0] === "万" ? 1e4 : 1;
}
const UNIT_OF: Record<number, string> = { 1: "元", 10000: "万元", 100000000: "亿元" };

export interface ChangeUnitSlip {
  /** the unit the change is written in, and the unit its two amounts are */
  unit: string;
  expectedUnit: string;
}

/**
 * The unit slip of a change (see above) between amounts `a` and `b` (numbers as printed, no group commas) in `amountUnit`,
 * the change `change` in `changeUnit`; null where there is none.
 */
export function changeUnitSlip(a: string, b: string, amountUnit: string, change: string, changeUnit: string): ChangeUnitSlip | null {
  const s = scaleOf(amountUnit);
  const t = scaleOf(changeUnit);
  if (s * 1e4 !== t && t * 1e4 !== s) return null;
  const n = Number(change);
  if (!(n > 0)) return null;
  const dp = Math.max(decimalsOf(a), decimalsOf(b), decimalsOf(change));
  if (Math.abs(Math.abs(Number(a) - Number(b)) - n) > 1e-6 * Math.pow(10, -dp)) return null;
  return { unit: UNIT_OF[t], expectedUnit: UNIT_OF[s] };
}

const NUM = "(\\d+(?:\\.\\d+)?)";
const UNIT = "(亿元|万元|元|亿|万)";
/**
 * An amount, at most a comma, 较 / 比 (同比, 同口径) the year before, its amount, then the change (增加 / 增长 / 增收 / 增支 /
 * 减少 / 下降 / 减收 / 减支 …): inline-changes.ts's INLINE with the earlier amount stated, the units any of the three.
 */
const STATED_CHANGE = new RegExp(
  `${NUM}${UNIT}[,。]?(?:同口径|同)?(?:较|比)(?:上年同期|上年度|上年|去年同期|去年|上一年度?|(?:19|20)\\d{2}年度?)(?:的|同期)?(?:累计)?(?:预算数?|决算数?|实际支出|支出|收入|执行数?)?${NUM}${UNIT},?(增加|增长|上升|减少|下降|降低|节约|节省|增收|减收|增支|减支)了?${NUM}${UNIT}`,
  "g",
);
/** STATED_CHANGE's core without its g flag, for the sheet's gate: the earlier amount, then the change right after it */
const ANY_CHANGE = /(?:较|比)[^\d,;。]{0,10}\d[\d,.]*(?:万元?|亿元?|元),?(?:增|减|上升|下降|降低|节)[^\d,;。]{0,2}\d[\d,.]*(?:万|亿|元)/;

/** A change unit slip read in a sheet's prose, at its cell. */
export interface ProseChangeUnitSlip extends ChangeUnitSlip {
  row: number;
  col: number;
  /** the change as written ('120元'), its name ('科学技术支出增支'), the two amounts as written */
  written: string;
  name: string;
  amounts: [string, string];
}

/** the words naming the amount: up to 16 characters before it, no stop, no digit */
const LEAD = /[^,;。:\d]{0,16}$/;

/** The change unit slips of a text (proseDigits'), each with the index of its change. */
export function changeUnitSlipsOf(text: string): (ChangeUnitSlip & { at: number; written: string; name: string; amounts: [string, string] })[] {
  const out: (ChangeUnitSlip & { at: number; written: string; name: string; amounts: [string, string] })[] = [];
  STATED_CHANGE.lastIndex = 0;
  for (let m = STATED_CHANGE.exec(text); m; m = STATED_CHANGE.exec(text)) {
    // (the tail of a longer number, or of a figure of two units — 1亿2000万元 —, is no amount)
    if (m.index > 0 && /[\d.亿]/.test(text[m.index - 1])) continue;
    if (scaleOf(m[2]) !== scaleOf(m[4])) continue;
    const slip = changeUnitSlip(m[1], m[3], m[2], m[6], m[7]);
    if (!slip) continue;
    const name = (LEAD.exec(text.slice(0, m.index))?.[0] ?? "").replace(/^(?:其中|一是|二是|三是)/, "") || "金额";
    out.push({ ...slip, at: m.index + m[0].length - (m[6] + m[7]).length, written: m[6] + m[7], name: name + m[5], amounts: [m[1] + m[2], m[3] + m[4]] });
  }
  return out;
}

/** The change unit slips of the sheet's prose cells, in reading order (unit-mismatch.ts). */
export function changeUnitSlips(grid: Grid): ProseChangeUnitSlip[] {
  const out: ProseChangeUnitSlip[] = [];
  if (!mayHoldSentence(grid, 12) || !grid.hasText(ANY_CHANGE)) return out;
  for (const { row, col } of sentenceCells(grid, 12, ANY_CHANGE)) {
    const text = proseDigits(grid.text(row, col));
    if (text === null) continue;
    for (const s of changeUnitSlipsOf(text)) out.push({ unit: s.unit, expectedUnit: s.expectedUnit, row, col, written: s.written, name: s.name, amounts: s.amounts });
  }
  return out;
}
