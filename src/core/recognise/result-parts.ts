import type { Grid } from "../grid/grid";
import type { RelationTerm, RollupRelation, SumRelation } from "../model/types";
import { sumAgrees } from "../relations/tolerance";
import { lineParts, numberAt, numberOrPointsAt } from "./cells";
import { unitResultList } from "./unit-results";
import { WEIGHTED_NAME } from "./subset-totals";
import { withinRounding } from "../relations/evaluate";

/**
 * A per-unit result list's total against its parts (unit-results.ts reads the list: unit, rank, total): the heads print
 * each part of the total, with its most points or without (2014年排名 | 单位名称 | 总得分(100分) | 信息公开(30分) | 在线服务(25分)
 * | 互动交流(10分) | 用户满意(20分) | 国际化(15分)). Three relations a reviewer checks first on such a list:
 * - each line's total is the plain sum of its parts (a sum across the line);
 * - each part within its most points (resultPartCaps: score-exceeds-weight reports a part above it);
 * - the parts' most points add up to the total's (30 + 25 + 10 + 20 + 15 = 100): a rollup of weights.
 * The line sums are read only on evidence that the total is the plain sum: the parts' most points add up to the total's
 * (and half the lines agree or more), or the lines bear it out (MIN_AGREE lines agree, at most one in DISAGREE_SHARE does not: a total counted from a base,
 * 30 + the parts, or the parts' average agrees on none). Never where a head names a bonus (加分) or a deduction beside
 * the parts (the sheet does not say how it enters), a share (经济指数(30%): weighted-totals.ts), or an average.
 */

/** a part's head with its most points: 信息公开(30分), 公众参与得分(7), 基础设施(满分20分) */
const PART_POINTS = /^(.{1,12}?)\((?:满分|最高)?(\d{1,3}(?:\.\d+)?)分?\)$/;
/** a part's head without them: a score named by what it scores (信息公开得分, 暗访分数) */
const PART_SCORE = /^[\u4e00-\u9fa5]{1,10}(得分|分数|评分)$/;
/** the total's most points in its head: 总得分(100分), 总分(100), 综合得分(满分100分) */
const TOTAL_POINTS = /\((?:满分|最高)?(\d{1,4}(?:\.\d+)?)分?\)$/;
/** heads that make the total no plain sum of the parts: a bonus or deduction beside them, a share (85%, (0.85): never most points), an average */
const NOT_PLAIN = /加分|减分|扣分|奖励分|附加分|加减分|奖惩|%|平均|均分|权重|\(0?\.\d+\)$/;
/** a head that names a total (a second total beside the list's: 合计, 总计) */
const TOTAL_NAME = /^(总得?分|合计|总计|综合(得分|评分|分数|成绩))/;
/** a rank, a number or notes: no part */
const NOT_PART = /名次|排名|位次|排序|序号|编号|等级|等次|备注|说明|情况|地址/;

const MIN_PARTS = 2;
const MIN_AGREE = 2;
const DISAGREE_SHARE = 3;

interface Part {
  col: number;
  name: string;
  /** the most points its head prints, where it does */
  max: number | null;
  text: string;
}

interface PartsTable {
  headerRow: number;
  unitCol: number;
  totalCol: number;
  totalName: string;
  totalMax: number | null;
  parts: Part[];
  rows: number[];
}

const found = new WeakMap<Grid, PartsTable | null>();

/** The result list's parts (memoised per grid: the relations and score-exceeds-weight ask), or null. */
function partsTable(grid: Grid): PartsTable | null {
  let t = found.get(grid);
  if (t === undefined) {
    t = readParts(grid);
    found.set(grid, t);
  }
  return t;
}

function readParts(grid: Grid): PartsTable | null {
  const list = unitResultList(grid);
  // (lists side by side are (unit, score) pairs only; a share line under the heads is a weighted table's)
  // (a ranking printed without its heads names no part)
  if (!list || list.headless || list.lists.length || list.rows.length < MIN_AGREE) return null;
  const h = list.headerRow;
  const parts: Part[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === list.unitCol || c === list.scoreCol || !grid.ownsCell(h, c)) continue;
    const t = grid.compactText(h, c);
    if (!t) continue;
    if (NOT_PLAIN.test(t)) return null;
    if (NOT_PART.test(t) || TOTAL_NAME.test(t) || c === list.noteCol || c === list.baseCol) continue;
    const m = PART_POINTS.exec(t);
    if (m) parts.push({ col: c, name: m[1], max: Number(m[2]), text: t });
    else if (PART_SCORE.test(t)) parts.push({ col: c, name: t, max: null, text: t });
  }
  const totalText = grid.compactText(h, list.scoreCol);
  if (parts.length < MIN_PARTS || NOT_PLAIN.test(totalText)) return null;
  // (the heads' next line a line of shares or points: a header on two lines, not read here)
  const tm = TOTAL_POINTS.exec(totalText);
  return {
    headerRow: h,
    unitCol: list.unitCol,
    totalCol: list.scoreCol,
    totalName: totalText.replace(TOTAL_POINTS, ""),
    totalMax: tm ? Number(tm[1]) : null,
    parts,
    rows: list.rows,
  };
}

/** the most points of every part and of the total printed, and the parts' adding up to the total's */
function maximaAddUp(t: PartsTable): boolean | null {
  if (t.totalMax === null || t.parts.some((p) => p.max === null)) return null;
  let sum = 0;
  for (const p of t.parts) sum += p.max!;
  return Math.abs(sum - t.totalMax) < 1e-6;
}

/**
 * Each line's total against the plain sum of its parts, and the parts' most points against the total's (see above).
 */
export function resultPartsRelations(grid: Grid): (SumRelation | RollupRelation)[] {
  const t = partsTable(grid);
  if (!t) return [];
  const out: (SumRelation | RollupRelation)[] = [];
  const addUp = maximaAddUp(t);
  interface Line { total: RelationTerm; parts: RelationTerm[] }
  const lines: Line[] = [];
  for (const r of t.rows) {
    const total = numberOrPointsAt(grid, r, t.totalCol);
    if (!total || total.percent) continue;
    // (a part left blank or not a number: the line is not read)
    const parts = lineParts(grid, r, t.parts);
    if (!parts) continue;
    lines.push({ total: { ...total, label: grid.compactText(r, t.unitCol) }, parts });
  }
  // the evidence the total is their plain sum: the heads' points add up (a slip in the points is told by the rollup
  // above; the lines then say it), or the lines bear it out
  // (parts named weighted or converted scores, 实地考察加权得分 | 问卷调查加权得分, printed with decimals: computed from finer
  // scores and rounded — the total within their rounding, 83.27 + 14.50 against 97.76)
  const rounded = t.parts.every((p) => WEIGHTED_NAME.test(p.text)) && lines.some((l) => l.parts.some((p) => (p.decimals ?? 0) >= 1));
  let agree = 0;
  for (const l of lines) if (sumAgrees(l.total, l.parts).ok || (rounded && withinRounding(l.total, l.parts))) agree++;
  const borne = lines.length >= MIN_AGREE && agree >= MIN_AGREE && (lines.length - agree) * DISAGREE_SHARE <= lines.length;
  // (the maxima against the total's only where they add up, or where the lines show the total is their sum: quarters
  // each out of 100 under a total out of 100 are averaged, no split of it)
  // the heads' most points against the total's (30 + 25 + 10 + 20 + 15 = 100)
  if (addUp === true || (addUp === false && borne)) {
    const term = (col: number, value: number, text: string, label: string): RelationTerm => ({ cell: grid.addr(t.headerRow, col), row: t.headerRow, col, value, text, decimals: null, percent: false, label });
    out.push({
      kind: "rollup",
      id: `rollup:weight:${grid.addr(t.headerRow, t.totalCol)}`,
      measure: "weight",
      level: "total",
      block: "result-list",
      label: t.totalName,
      bound: "equal",
      total: term(t.totalCol, t.totalMax!, grid.text(t.headerRow, t.totalCol), t.totalName),
      parts: t.parts.map((p) => term(p.col, p.max!, p.text, p.name)),
      partsText: t.parts.map((p) => `${p.name} ${p.max}`).join(" + "),
    });
  }
  if (!borne && !(addUp === true && agree * 2 >= lines.length)) return out;
  for (const l of lines) {
    out.push({ kind: "sum", id: `sum:score:${l.total.cell}`, measure: "score", block: "result-list", orientation: "columns", label: `${l.total.label ?? ""}${t.totalName}`, total: l.total, parts: l.parts, bound: "equal", ...(rounded ? { roundedParts: true as const } : {}) });
  }
  return out;
}

/** A part above its most points: the cell, the line's name, the part's name, its value and its most points. */
export interface PartOverCap {
  cell: string;
  headCell: string;
  unit: string;
  part: string;
  score: number;
  max: number;
}

/** Each part on each line of the list above the most points its head prints (信息公开(30分) over 31.5). */
export function resultPartCaps(grid: Grid): PartOverCap[] {
  const t = partsTable(grid);
  if (!t) return [];
  const out: PartOverCap[] = [];
  for (const p of t.parts) {
    if (p.max === null) continue;
    const over: PartOverCap[] = [];
    for (const r of t.rows) {
      const n = numberAt(grid, r, p.col);
      if (!n || n.percent || n.value <= p.max + 0.005) continue;
      over.push({ cell: n.cell, headCell: grid.addr(t.headerRow, p.col), unit: grid.compactText(r, t.unitCol), part: p.name, score: n.value, max: p.max });
    }
    // (most lines over it: the column is on another scale, its part's score out of 100 weighed to its points (30分) —
    // no cap the lines break; a slip is one line or two)
    if (over.length * DISAGREE_SHARE > t.rows.length) continue;
    for (const x of over) out.push(x);
  }
  return out;
}
