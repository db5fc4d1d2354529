import type { Grid } from "../grid/grid";
import type { NumberRef, RatioRelation, Relation, RelationTerm } from "../model/types";
import { roundedChangeAgrees } from "../relations/tolerance";
import { amountAt } from "./cells";
import { CHANGE_OR_SHARE_NAME, CHANGE_RATE_NAME } from "./vocabulary";

/**
 * Rates of change and shares stated on a line (or in a column) of a table of amounts, read as what they are.
 *
 * 1. dropRateLineSums: a line whose name states a rate of change or a share (2016年比2015年增减%, 增减率, 增长率, 增、减幅度,
 *    比上年增减(%), 占比, 比重; CHANGE_OR_SHARE_NAME) holds no amounts: no sum across that line (its first figure the
 *    total of the others, a 合计 column) and no sum down a column taking that line as a part or a total is kept.
 *    Rates of change do not add (−86.62% + −3.14% + −26.24% is no −16.77%).
 * 2. changeRateLines: such a line of rates of change under the two period lines it compares (年度 | 合计 | 因公出国 …
 *    over 2015年 | 2840 | 90 …, 2016年 | 2364 | 12 …, then 2016年比2015年增减% | -16.77 | -86.62 …): in each column,
 *    rate = (later − earlier) / earlier. The period lines are the two nearest lines above it named in the same column by
 *    a period (2015年, 2016年决算数, 上年, 本年度); the later one is the later year, or 本年 against 上年. A rate line that
 *    names its two years (2016年比2015年) must name those lines' years. The rates are checked allowing for the amounts'
 *    rounding (a rate is mostly computed from unrounded amounts): `roundedChange`. The column version (2015年 | 2016年 |
 *    增减% heads over lines of amounts, no change column between) is read the same way, transposed.
 * Precision guards: at least two rates on the line (or column), and at least half of them agreeing.
 */

/** a line's (or column's) name that is a period: a year, with a 决算 / 预算 word or none; or 本年 / 上年 */
const PERIOD_NAME = /^(?:((?:19|20)\d{2})年度?|(本年度?|今年|当年|上年度?|去年|上一年度?))(?:决算|预算|执行|实际|支出|完成)?(?:数|金额|额|值)?(?:\((?:万元|元|亿元)\))?$/;
/** two years a change rate's name compares (2016年比2015年增减%, 2016年较2015年增长率) */
const NAMED_YEARS = /((?:19|20)\d{2})年度?(?:决算数?|预算数?)?(?:比|较|与|对比)((?:19|20)\d{2})年/;
/** how far above the rate line its period lines may be (blank lines stepped over) */
const PERIOD_REACH = 6;
/** rates needed on a line (or column) before it is read, and the share of them that must agree */
const MIN_RATES = 2;
const AGREE_SHARE = 1 / 2;

type Period = { at: number; rank: number; year: number | null };

function periodOf(text: string): Period | null {
  const m = PERIOD_NAME.exec(text);
  if (!m) return null;
  if (m[1]) return { at: 0, rank: Number(m[1]), year: Number(m[1]) };
  return { at: 0, rank: /^上|^去/.test(m[2]) ? 1 : 2, year: null };
}

/** one cell accessor for both orientations: a "line" is a row (rows) or a column (columns) */
interface View {
  lines: number;
  cross: number;
  text(line: number, pos: number): string;
  amount(line: number, pos: number): NumberRef | null;
}

function rowView(grid: Grid): View {
  return {
    lines: grid.rowCount,
    cross: grid.scanCols,
    text: (l, p) => (grid.ownsCell(l, p) ? grid.compactText(l, p) : ""),
    amount: (l, p) => (grid.ownsCell(l, p) ? amountAt(grid, l, p) : null),
  };
}
function colView(grid: Grid): View {
  return {
    lines: grid.scanCols,
    cross: grid.rowCount,
    text: (l, p) => (grid.ownsCell(p, l) ? grid.compactText(p, l) : ""),
    amount: (l, p) => (grid.ownsCell(p, l) ? amountAt(grid, p, l) : null),
  };
}

/** the nearest line before `line` whose cell at `pos` is a period's name, blank lines (at `pos`) stepped over */
function periodLinesAbove(v: View, line: number, pos: number): Period[] {
  const out: Period[] = [];
  for (let l = line - 1; l >= Math.max(1, line - PERIOD_REACH) && out.length < 2; l--) {
    const t = v.text(l, pos);
    if (!t) continue;
    const p = periodOf(t);
    if (!p) break;
    out.push({ ...p, at: l });
  }
  return out;
}

/** the nearest text before `line` at `pos` that is no number: the head of the rate's column (row) or line */
function headAbove(v: View, line: number, pos: number): string {
  for (let l = line - 1; l >= 1; l--) {
    const t = v.text(l, pos);
    if (t && !v.amount(l, pos)) return t;
  }
  return "";
}

/** the change rates of a rate line at (line, pos) of view v, or none */
function ratesOn(v: View, line: number, pos: number, name: string): RatioRelation[] {
  const periods = periodLinesAbove(v, line, pos);
  if (periods.length < 2 || periods[0].rank === periods[1].rank) return [];
  const [later, earlier] = periods[0].rank > periods[1].rank ? periods : [periods[1], periods[0]];
  const named = NAMED_YEARS.exec(name);
  if (named && (Number(named[1]) !== later.year || Number(named[2]) !== earlier.year)) return [];
  const out: RatioRelation[] = [];
  let agree = 0;
  const inPoints = /%/.test(name);
  for (let p = pos + 1; p <= v.cross; p++) {
    const rate = v.amount(line, p);
    const l = v.amount(later.at, p);
    const e = v.amount(earlier.at, p);
    if (!rate || !l || !e || l.percent || e.percent || e.value === 0) continue;
    // (a rate of change is a rate: a whole number as large as the amounts is no rate)
    const head = headAbove(v, Math.min(later.at, earlier.at), p);
    const change: RelationTerm = { ...l, value: l.value - e.value, text: `${l.text}−${e.text}`, label: "增减" };
    const rel: RatioRelation = {
      kind: "ratio",
      id: `ratio:${rate.cell}`,
      measure: "rate",
      block: "amount-table",
      name,
      label: head ? `${head}${name}` : name,
      stated: { ...rate, label: name },
      numerator: change,
      denominator: { ...e, label: v.text(earlier.at, pos) },
      bound: "equal",
      roundedChange: { later: { ...l, label: v.text(later.at, pos) }, earlier: { ...e, label: v.text(earlier.at, pos) } },
      ...(inPoints && !rate.percent ? { statedInPoints: true as const } : {}),
    };
    out.push(rel);
  }
  if (out.length < MIN_RATES) return [];
  for (const r of out) if (changeRateHolds(r)) agree++;
  return agree >= AGREE_SHARE * out.length ? out : [];
}

/** whether a change rate holds, its amounts' rounding allowed (the same test as evaluateRelation's) */
function changeRateHolds(r: RatioRelation): boolean {
  return roundedChangeAgrees(r.stated, r.roundedChange!.later, r.roundedChange!.earlier, r.statedInPoints === true);
}

/** The change-rate lines (rows) and columns of the sheet (see the file's head). Gated on the joined text: cheap where none. */
export function changeRateLines(grid: Grid, skip: { first: number; last: number } | null = null): RatioRelation[] {
  if (!grid.hasText(CHANGE_RATE_NAME)) return [];
  const out: RatioRelation[] = [];
  const { start, cols } = grid.textCells();
  const flags = grid.textMatches(CHANGE_RATE_NAME);
  const rows = rowView(grid);
  const columns = colView(grid);
  for (let r = 1; r <= grid.rowCount; r++) {
    if (skip && r >= skip.first && r <= skip.last) continue;
    for (let k = start[r]; k < start[r + 1]; k++) {
      if (!flags[k]) continue;
      const c = cols[k];
      const name = grid.compactText(r, c);
      if (name.length > 24) continue;
      // a line's name: its first text, the rates right of it
      if (k === start[r]) out.push(...ratesOn(rows, r, c, name));
      // a column's head: the periods' heads left of it on the same header line
      out.push(...ratesOn(columns, c, r, name));
    }
  }
  const seen = new Set<string>();
  return out.filter((x) => !seen.has(x.id) && !!seen.add(x.id));
}

/** a weight's line (权重(%), 分值): weights add up */
const WEIGHT_NAME = /权重|分值|权数/;

/** the nearest text left of column c on row r that is no number (a line's name), or "" */
function lineNameLeft(grid: Grid, r: number, c: number): string {
  for (let k = c - 1; k >= 1; k--) {
    if (!grid.ownsCell(r, k)) continue;
    const t = grid.compactText(r, k);
    if (t && !amountAt(grid, r, k)) return t;
  }
  return "";
}

/**
 * Sums that take a line named as a rate of change or a share (CHANGE_OR_SHARE_NAME) as their total or a part, dropped
 * (see the file's head). Gated on the joined text: the relations are passed back as they are where no cell names one.
 */
export function dropRateLineSums<T extends Relation>(grid: Grid, rels: T[]): T[] {
  if (!grid.hasText(CHANGE_OR_SHARE_NAME)) return rels;
  // (per cell: 0 an amount's line, 1 a line of rates of change, 2 a line of shares)
  const memo = new Map<number, number>();
  const lineKind = (r: number, c: number) => {
    const key = r * 4096 + c;
    let v = memo.get(key);
    if (v === undefined) {
      const name = lineNameLeft(grid, r, c);
      v = !CHANGE_OR_SHARE_NAME.test(name) || WEIGHT_NAME.test(name) ? 0 : CHANGE_RATE_NAME.test(name) ? 1 : 2;
      memo.set(key, v);
    }
    return v;
  };
  return rels.filter((x) => {
    if (x.kind !== "sum") return true;
    // (shares of one whole add up to the whole's, 100: 百分比 | 88.8 | 11.2 | 100.0 — only that sum of shares is kept, the
    // total or the parts' sum the whole's 100, so that a slip in either is still found)
    const hundred = (v: number, pct: boolean) => (pct ? Math.abs(v - 1) < 0.005 : Math.abs(v - 100) < 0.5);
    const whole = hundred(x.total.value, x.total.percent) || hundred(x.parts.reduce((a, p) => a + p.value, 0), x.total.percent);
    const terms = [x.total, ...x.parts];
    for (const t of terms) {
      const k = t.percent ? 0 : lineKind(t.row, t.col);
      if (k === 1 || (k === 2 && !whole)) return false;
    }
    return true;
  });
}
