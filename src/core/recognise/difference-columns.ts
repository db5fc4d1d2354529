import type { Grid } from "../grid/grid";
import type { AmountUnit, DifferenceRelation, NumberRef, RatioRelation, Relation, RelationTerm } from "../model/types";
import { combinationAgrees, ratioAgrees, toYuan } from "../relations/tolerance";
import { normalizeText } from "../text/normalize";
import { parseAmountHeader } from "./blocks";
import { amountAt, headMerge } from "./cells";
import { COUNT_UNIT_HEAD, TABLE_DIFFERENCE_PAIRS, type TableDifferencePair } from "./vocabulary";

/*
 * (grad51b, session 51) **The columns of a difference, and of its rate** (project review tables, procurement tables, final
 * accounts against their budget, fund tables):
 *   项目 | 送审金额(万元) | 审定金额(万元) | 审减金额(万元) | 审减率(%)         审减 = 送审 − 审定, 审减率 = 审减 / 送审
 *   项目 | 预算数 | 决算数 | 比较增减数 | 百分比增减(%)   (1) | (2) | (3)=(2)-(1) | (4)=(3)/(1)   (新竹市 總決算, 繁體)
 *   项目 | 预算数(调整后) | 执行数 | 结余数                                        结余 = 预算 − 执行
 * A head names a difference by its word alone (TABLE_DIFFERENCE_PAIRS: 审减金额, 节约资金, 结余数, 差额, 比较增减数); on the same
 * header line one head names the pair's minuend (送审, 预算, 到位 …) and one its subtrahend (审定, 中标, 支出 …), each by its own
 * side's words only; a further head may name its rate (审减率, 节约率, 百分比增减). Which way the difference runs: the
 * head's own formula ('差额(C=B-A)') or the line of column markers under the header ('(3)=(2)-(1)', '3=2-1'); else the
 * words (审减 = 送审 − 审定), turned over where the column is written negative (审减 −18772: its lines agree with 审定 − 送审
 * and more of them than the other way); a neutral change (差额, 增减 of a 决算 against its 预算: `signed`) by its lines only,
 * two thirds of them and two at least agreeing with one way. Where a side has two heads (年初预算数 | 调整后预算数), the
 * one the lines bear out (two thirds of them, two at least). Then each line with the three amounts states the difference
 * (a blank, a dash or a note in any of the three: the line is not read); the rate, where its head is there, is the
 * difference over the pair's base (the minuend; the 预算 for a 超支 or a neutral change), in points where its head says %
 * or its numbers plainly are; a rate head the pair does not name (百分比) only where the lines bear it out.
 * A head over several columns (预算数 over 中央 | 省级 | 市级 | 区级; merged, or its merge undone: the cell right of it blank
 * and sub-heads in words under both) names no one column: not read. A 结余 beside a head of an
 * amount carried in (上年结余, 年初, 结转: the pair's notDiff words) is of that amount too: not read.
 * The lines run from under the header (a marker line and a sub-head line skipped) to the first line whose difference
 * cell holds words (another table's head), or three lines with none of the three amounts.
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read; a line's heads are read only where
 * one of its cells holds a difference's word.
 */

/** the longest head read as a difference's, a side's or a rate's */
const HEAD_CHARS = 24;
/** lines with the three amounts, and the share of them, that must agree where the lines decide */
const MIN_LINES = 2;
const AGREE = 2 / 3;
/** lines with none of the three amounts that end the table */
const GAP_LINES = 3;
/** a marker of a column, with the formula it may state: '(3)=(2)-(1)', '3=2-1', 'C=B-A', '③=②-①' */
const MARKER = /^\(?([A-Z\d]{1,2}|[①-⑳])\)?(?:=\(?([A-Z\d]{1,2}|[①-⑳])\)?([-/])\(?([A-Z\d]{1,2}|[①-⑳])\)?(?:[×*]100%?)?)?$/;
/** a head that is a share or a rate of something else than the difference */
const NOT_RATE = /占|比重|完成率|执行率|到位率|支出率/;
const CJK = /[\u4e00-\u9fa5]/;
/** a difference's word on the compact texts (simplified or traditional, before normalising): a cheap gate, sheet and cell */
const ANY_DIFFERENCE_HEAD = /审减|審減|节约|節約|节支|節支|节省|節省|结余|結餘|結余|结存|結存|剩余|剩餘|超支|超额|超額|超规模|超規模|超计划|超計劃|未分配|未支出|未使用|未拨付|未撥付|未执行|未執行|增减|增減|差额|差額|差异|差異|节超|節超|增\(|增加\(/;

interface Head {
  col: number;
  core: string;
  formula: string | null;
  letter: string | null;
  unit: AmountUnit | null;
  percent: boolean;
  /** the head closes on a unit of things counted ('合同数(个)'): a count, never a side of an amount's difference */
  count: boolean;
}

interface Line {
  r: number;
  d: NumberRef;
  m: NumberRef[];
  s: NumberRef[];
  rate: NumberRef | null;
}

function headsOf(grid: Grid, h: number): Head[] {
  const out: Head[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(h, c)) continue;
    const raw = grid.compactText(h, c);
    if (!raw || raw.length > HEAD_CHARS || !CJK.test(raw)) continue;
    // (a head over several columns, 预算数 over 中央 | 省级 | 市级 | 区级, is a group's: no one column's amount)
    const span = headMerge(grid, h, c);
    if (span && span.c2 > span.c1) continue;
    // (…its merge undone, a CSV dump's: the cell right of it blank, sub-heads in words under both)
    if (c < grid.scanCols && h < grid.rowCount && !grid.compactText(h, c + 1) && CJK.test(grid.compactText(h + 1, c)) && CJK.test(grid.compactText(h + 1, c + 1))) continue;
    const text = normalizeText(raw);
    const p = parseAmountHeader(text);
    out.push({ col: c, core: p.core, formula: p.formula, letter: p.letter, unit: p.unit, percent: /%/.test(text), count: COUNT_UNIT_HEAD.test(text) });
  }
  return out;
}

const isRateHead = (x: Head) => /率|%|百分比|比例|幅度/.test(x.core) || x.percent;

/** the heads of one side of the pair: its words, not the other side's, no difference's nor rate's */
function sideHeads(pair: TableDifferencePair, heads: Head[], d: Head, minuend: boolean): Head[] {
  const own = minuend ? pair.minuend : pair.subtrahend;
  const other = minuend ? pair.subtrahend : pair.minuend;
  return heads.filter((x) => x !== d && !x.count && own.test(x.core) && !other.test(x.core) && !pair.diff.test(x.core) && !isRateHead(x) && !/上年|去年|同期/.test(x.core));
}

/** The markers of the line under the header, by column, and the formula at the difference's column; null where none. */
function markerLine(grid: Grid, r: number, cols: number[]): Map<number, RegExpExecArray> | null {
  if (r > grid.rowCount) return null;
  const out = new Map<number, RegExpExecArray>();
  for (const c of cols) {
    const t = grid.ownsCell(r, c) ? grid.compactText(r, c).toUpperCase() : "";
    const m = t ? MARKER.exec(t) : null;
    if (!m) return null;
    out.set(c, m);
  }
  return out;
}

const term = (n: NumberRef, label: string, unit: AmountUnit | null): RelationTerm => ({ ...n, label, ...(unit ? { unit } : {}) });

export function differenceColumns(grid: Grid, skip: { first: number; last: number } | null): Relation[] {
  const out: Relation[] = [];
  if (!grid.hasText(ANY_DIFFERENCE_HEAD)) return out;
  const { start, cols } = grid.textCells();
  for (let h = 1; h <= grid.rowCount; h++) {
    if (skip && h >= skip.first && h <= skip.last) continue;
    if (start[h + 1] - start[h] < 3) continue;
    let heads: Head[] | null = null;
    for (let k = start[h]; k < start[h + 1]; k++) {
      const c = cols[k];
      const raw = grid.ownsCell(h, c) ? grid.compactText(h, c) : "";
      if (!raw || raw.length > HEAD_CHARS || !ANY_DIFFERENCE_HEAD.test(raw)) continue;
      heads ??= headsOf(grid, h);
      const d = heads.find((x) => x.col === c);
      if (!d) continue;
      for (const pair of TABLE_DIFFERENCE_PAIRS) {
        if (!pair.diff.test(d.core) || isRateHead(d)) continue;
        const rel = pairLines(grid, h, pair, heads, d);
        for (let i = 0; i < rel.length; i++) out.push(rel[i]);
        break;
      }
    }
  }
  return out;
}

function pairLines(grid: Grid, h: number, pair: TableDifferencePair, heads: Head[], d: Head): Relation[] {
  // (a line of heads holding an amount carried in — 上年结余 | 本年收入 | 本年支出 | 结余 —: the balance is of it too)
  if (pair.notDiff && heads.some((x) => x !== d && pair.notDiff!.test(x.core))) return [];
  const ms = sideHeads(pair, heads, d, true);
  const ss = sideHeads(pair, heads, d, false);
  if (!ms.length || !ss.length) return [];
  const rates = heads.filter((x) => x !== d && isRateHead(x) && !NOT_RATE.test(x.core) && (pair.rate.test(x.core) || (pair.diff.test(x.core.replace(/率|%|百分比|比例|幅度/g, "")) && /率/.test(x.core))));
  const rateHead = rates.length === 1 ? rates[0] : null;
  // the sheet's own formula: the head's ('差额(C=B-A)'), or the marker line's under the header ('(3)=(2)-(1)')
  let sign: 1 | -1 | 0 = 0;
  let m0: Head | undefined;
  let s0: Head | undefined;
  let first = h + 1;
  const all = [d, ...ms, ...ss];
  const markers = markerLine(grid, h + 1, all.map((x) => x.col));
  const formulaOf = (name: string, a: string, b: string) => {
    const byName = (n: string) => all.find((x) => (markers ? markers.get(x.col)![1] === n : x.letter === n));
    const A = byName(a);
    const B = byName(b);
    if (!A || !B || A === d || B === d) return;
    if (ms.includes(A) && ss.includes(B)) [sign, m0, s0] = [1, A, B];
    else if (ss.includes(A) && ms.includes(B)) [sign, m0, s0] = [-1, B, A];
    void name;
  };
  if (markers) {
    first = h + 2;
    const f = markers.get(d.col)!;
    if (f[2] && f[3] === "-") formulaOf(f[1], f[2], f[4]);
  } else if (d.formula) {
    const f = /^([A-Z])-([A-Z])$/.exec(d.formula);
    if (f) formulaOf(d.letter ?? "", f[1], f[2]);
  }
  // the lines
  const lines: Line[] = [];
  let gap = 0;
  for (let r = first; r <= grid.rowCount && gap < GAP_LINES; r++) {
    const text = grid.ownsCell(r, d.col) ? grid.compactText(r, d.col) : "";
    const dv = text ? amountAt(grid, r, d.col) : null;
    if (text && !dv && CJK.test(text)) {
      if (lines.length) break;
      continue;
    }
    const mv = ms.map((x) => amountAt(grid, r, x.col));
    const sv = ss.map((x) => amountAt(grid, r, x.col));
    if (!dv && mv.every((x) => !x) && sv.every((x) => !x)) {
      if (lines.length) gap++;
      continue;
    }
    gap = 0;
    if (!dv || dv.percent) continue;
    lines.push({ r, d: dv, m: mv as NumberRef[], s: sv as NumberRef[], rate: rateHead ? amountAt(grid, r, rateHead.col) : null });
  }
  if (!lines.length) return [];
  const scale = (x: Head) => toYuan(x.unit);
  const agrees = (l: Line, mi: number, si: number, sg: 1 | -1) => {
    const a = l.m[mi];
    const b = l.s[si];
    if (!a || !b || a.percent || b.percent) return null;
    const f = (v: NumberRef, x: Head) => ({ ...v, value: v.value * scale(x) / scale(d) });
    return combinationAgrees(l.d, [{ term: f(a, ms[mi]), sign: sg }, { term: f(b, ss[si]), sign: (-sg) as 1 | -1 }]).ok;
  };
  // which columns, which way: the formula's; else each pair of columns and each way by the lines
  let mi = m0 ? ms.indexOf(m0) : -1;
  let si = s0 ? ss.indexOf(s0) : -1;
  if (!sign) {
    let best: { mi: number; si: number; sg: 1 | -1; agree: number; n: number } | null = null;
    let tie = false;
    for (let i = 0; i < ms.length; i++) {
      for (let j = 0; j < ss.length; j++) {
        for (const sg of [1, -1] as const) {
          let n = 0;
          let agree = 0;
          for (const l of lines) {
            const a = agrees(l, i, j, sg);
            if (a === null) continue;
            n++;
            if (a) agree++;
          }
          if (!best || agree > best.agree) {
            best = { mi: i, si: j, sg, agree, n };
            tie = false;
          } else if (agree === best.agree && agree > 0) tie = true;
        }
      }
    }
    if (!best) return [];
    const oneEach = ms.length === 1 && ss.length === 1;
    if (oneEach && !pair.signed) {
      // (the words say which way: turned over only where the column's lines agree the other way, more of them)
      // (a column most of whose lines agree with neither way is not this difference: another 结余, of amounts not in the table)
      if (best.n >= 3 && best.agree < best.n / 3) return [];
      mi = 0;
      si = 0;
      sign = best.sg === -1 && best.agree > 0 && !tie ? -1 : 1;
    } else {
      if (tie || best.n < MIN_LINES || best.agree < AGREE * best.n) return [];
      [mi, si, sign] = [best.mi, best.si, best.sg];
    }
  }
  const M = ms[mi];
  const S = ss[si];
  const out: Relation[] = [];
  const name = d.core;
  const base = pair.rateOver === "subtrahend" ? S : M;
  // the rate: a head the pair names, or one the lines bear out
  let rateOk = !!rateHead;
  let inPoints = false;
  if (rateHead) {
    let n = 0;
    let agree = 0;
    let above = 0;
    for (const l of lines) {
      const b = base === M ? l.m[mi] : l.s[si];
      if (!l.rate || !b || b.value === 0) continue;
      n++;
      if (!l.rate.percent && Math.abs(l.rate.value) > 1.5) above++;
    }
    inPoints = rateHead.percent || (n > 0 && above * 2 > n);
    for (const l of lines) {
      const b = base === M ? l.m[mi] : l.s[si];
      if (!l.rate || !b || b.value === 0) continue;
      if (ratioAgrees(l.rate, l.d.value * scale(d), b.value * scale(base), inPoints && !l.rate.percent).ok) agree++;
    }
    if (!pair.rate.test(rateHead.core) || pair.signed) rateOk = n >= MIN_LINES && agree >= AGREE * n;
  }
  for (const l of lines) {
    const a = l.m[mi];
    const b = l.s[si];
    if (!a || !b || a.percent || b.percent) continue;
    const res = term(l.d, name, d.unit);
    const [minuend, sub] = sign === 1 ? [term(a, M.core, M.unit), term(b, S.core, S.unit)] : [term(b, S.core, S.unit), term(a, M.core, M.unit)];
    const diff: DifferenceRelation = { kind: "difference", id: `difference:${l.d.cell}`, measure: "amount", block: "amount-table", label: name, result: res, minuend, subtrahends: [sub], bound: "equal" };
    out.push(diff);
    const den = base === M ? a : b;
    if (!rateOk || !l.rate || !rateHead || den.value === 0) continue;
    // (the difference's own value, in the base's unit: a rate is of amounts of one unit)
    // (a difference written negative, 审减 −120, beside a rate written positive, 10%: the rate is of its size)
    const sized = !pair.signed && l.d.value < 0 !== l.rate.value < 0 ? -1 : 1;
    let num: RelationTerm = { ...res, value: (sized * l.d.value * scale(d)) / scale(base), unit: base.unit };
    // (the rate of the two amounts' own difference where the stated difference slipped and the rate did not: one slip, one
    // finding — the difference's)
    const own = (sized * (minuend.value * scale(sign === 1 ? M : S) - sub.value * scale(sign === 1 ? S : M))) / scale(base);
    const points = inPoints && !l.rate.percent;
    if (!ratioAgrees(l.rate, num.value, den.value, points).ok && ratioAgrees(l.rate, own, den.value, points).ok) num = { ...num, value: own, text: `${minuend.text}−${sub.text}`, decimals: null };
    const ratio: RatioRelation = { kind: "ratio", id: `ratio:${l.rate.cell}`, measure: "rate", block: "amount-table", name: rateHead.core, label: rateHead.core, stated: { ...l.rate, label: rateHead.core }, numerator: num, denominator: term(den, base.core, base.unit), bound: "equal", ...(inPoints && !l.rate.percent ? { statedInPoints: true as const } : {}) };
    out.push(ratio);
  }
  return out;
}
