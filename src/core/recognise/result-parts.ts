import type { Grid } from "../grid/grid";
import type { RelationTerm, RollupRelation, SumRelation } from "../model/types";
import { sumAgrees } from "../relations/tolerance";
import { lineBelow, lineParts, numberAt, numberOrPointsAt } from "./cells";
import { unitResultList } from "./unit-results";
import { NOTE_COLUMN_HEADER, NUMBERING_HEADER, RANKED_PLACE_HEADER, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

/*
 * Results of units by the parts of their score, two readings of one shape:
 * - a per-unit result list's total against its parts (resultPartsRelations, resultPartCaps: the list unit-results.ts reads);
 * - a results table by parts whose total is the parts plus a base the page states (partsResults, partsResultsRelations).
 * (Imported by ranked-lists.ts, which unit-results.ts imports: a cycle only through functions called after loading.)
 */
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
/** heads that make the total no plain sum of the parts: a bonus or deduction beside them, a share, an average */
const NOT_PLAIN = /加分|减分|扣分|奖励分|附加分|加减分|奖惩|%|平均|均分|权重/;
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
  if (!list || list.lists.length || list.rows.length < MIN_AGREE) return null;
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
  let agree = 0;
  for (const l of lines) if (sumAgrees(l.total, l.parts).ok) agree++;
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
    out.push({ kind: "sum", id: `sum:score:${l.total.cell}`, measure: "score", block: "result-list", orientation: "columns", label: `${l.total.label ?? ""}${t.totalName}`, total: l.total, parts: l.parts, bound: "equal" });
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

/**
 * A results table of units by the parts of their score: 项目/市别 | 出口目标 | 信息工作 | … | 其他工作 | 积分, one city a line
 * (辽宁 2007 省机电办系统 考核记分表). The corner head names both axes (项目/市别, 市别\项目, 单位/指标) or the units alone
 * (单位, 县(市、区), 城市); two or more parts between it and the total; the total's head last, naming a score (积分, 总积分,
 * 总分, 得分 — never 合计 alone, an amount table's); every line a name and numbers. The results of one assessment over
 * several units, read under a title naming an assessment or its points (考核, 记分, 积分, 评分).
 *
 * Each line's total is its parts' sum plus the base the units start from, which the page states and this reading never
 * assumes: a whole base (起评分为30, 基础分30分, 每个考核对象…起评分为30) or a base per part ('各标准起评分为 5', 每项基础分5分:
 * times the parts). Of the bases stated and none (0, the plain sum), the one most lines hold with is read, and only where it
 * holds on two lines or more and no more than one line in three breaks it; a base the page does not state that every line
 * would need (all lines 30 over their parts, no word of it) is left unread: no sum relation at all.
 */
export interface PartsResults {
  headerRow: number;
  unitCol: number;
  partCols: number[];
  totalCol: number;
  rows: number[];
  /** the base read (0: the plain sum), and where the page states it */
  base: { value: number; row: number; col: number; cell: string | null; text: string } | null;
}

const HEADER_ROWS = 40;
const MIN_UNITS = 3;
/** a corner head naming both axes: 项目/市别, 市别\项目, 考核项目/单位 (or the units alone, below) */
const CORNER_HEAD = /^(?:(?:考核)?(?:项目|指标|内容|标准)[/\\、](?:市|县|区|乡镇|镇|街道|单位|部门|地区|市州|县区)别?|(?:市|县|区|乡镇|镇|街道|单位|部门|地区|市州|县区)别?[/\\、](?:考核)?(?:项目|指标|内容|标准))$/;
/** the total's head: the units' points (积分, 总积分, 总分, 得分, 考核得分), never 合计 alone */
const TOTAL_HEAD = /^(总?积分|累计积分|总得?分|(考核|综合|最终|实际)?得分|合计(积分|得分)|积分合计|得分合计)(\(分\))?$/;
/** a title naming an assessment or its points (…考核记分表, 积分排名, 考评结果) */
const ASSESSMENT_TITLE = /考核|考评|记分|积分|评分|计分|评比|得分/;
/** a part's head: a short name, no amount, rank, grade or note */
const NOT_A_PART = /名次|排名|等次|等级|备注|说明|情况|金额|资金|万元|元\)|预算|\d/;
/** the page's sheet may hold a base: a quick test over the joined texts (once per sheet) */
const BASE_WORD = /起评分|基础分|基本分|底分/;
/** a base stated: a whole one, or one per part where 各项 / 各标准 / 每项 / 每个标准 goes before it (各单位, 每个考核对象: a whole one) */
const BASE_STATED = /(各个?(?:项|标准|指标|项目|类)|每(?:项|个标准|个指标|个项目|类))?[^,,;;。]{0,8}?(?:起评分|基础分|基本分|底分)(?:为|是|:)?(\d+(?:\.\d+)?)分?/g;

const foundResults = new WeakMap<Grid, PartsResults | null>();

/** The sheet's results table by parts, or null (memoised per grid). */
export function partsResults(grid: Grid): PartsResults | null {
  let r = foundResults.get(grid);
  if (r === undefined) {
    r = findTable(grid);
    foundResults.set(grid, r);
  }
  return r;
}

function findTable(grid: Grid): PartsResults | null {
  if (!grid.hasText(/积分|总分|得分/)) return null;
  const last = Math.min(grid.rowCount, HEADER_ROWS);
  for (let r = 1; r <= last; r++) {
    const head = headAt(grid, r);
    if (!head) continue;
    const rows = unitLines(grid, r, head.unitCol, [...head.partCols, head.totalCol]);
    if (rows.length < MIN_UNITS) continue;
    let title = "";
    for (let t = 1; t < r; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c)) title += grid.compactText(t, c) + "|";
    if (!ASSESSMENT_TITLE.test(title)) return null;
    const table: PartsResults = { headerRow: r, ...head, rows, base: null };
    table.base = readBase(grid, table);
    return table;
  }
  return null;
}

function headAt(grid: Grid, r: number): Pick<PartsResults, "unitCol" | "partCols" | "totalCol"> | null {
  let unitCol = 0;
  let totalCol = 0;
  const partCols: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (t.length > 12) return null;
    if (!unitCol && !partCols.length && (CORNER_HEAD.test(t) || UNIT_LIST_UNIT_HEADER.test(t) || RANKED_PLACE_HEADER.test(t))) unitCol = c;
    else if (!unitCol && NUMBERING_HEADER.test(t)) continue;
    else if (unitCol && !totalCol && TOTAL_HEAD.test(t)) totalCol = c;
    else if (unitCol && !totalCol && !NOT_A_PART.test(t)) partCols.push(c);
    // (a 备注 / 说明 column right of the total: remarks, no column the table reads)
    else if (totalCol && NOTE_COLUMN_HEADER.test(t)) continue;
    else return null;
  }
  return unitCol && totalCol && partCols.length >= MIN_PARTS ? { unitCol, partCols, totalCol } : null;
}

/** The lines under the header: a name, then a number in every part and the total; stops at the first that is not. */
function unitLines(grid: Grid, header: number, unitCol: number, cols: number[]): number[] {
  const rows: number[] = [];
  for (let r = lineBelow(grid, header); r <= grid.rowCount; r++) {
    const name = grid.compactText(r, unitCol);
    if (!name || numberOrPointsAt(grid, r, unitCol)) break;
    if (cols.some((c) => !numberOrPointsAt(grid, r, c))) break;
    rows.push(r);
  }
  return rows;
}

/** Each line's parts and total, their sum less its total (the base the line needs), and the shown step of the total. */
function needs(grid: Grid, t: PartsResults): { row: number; need: number; step: number }[] {
  const out: { row: number; need: number; step: number }[] = [];
  for (const r of t.rows) {
    const total = numberOrPointsAt(grid, r, t.totalCol)!;
    let sum = 0;
    let decimals = total.decimals ?? 0;
    for (const c of t.partCols) {
      const p = numberOrPointsAt(grid, r, c)!;
      sum += p.value;
      decimals = Math.max(decimals, p.decimals ?? 0);
    }
    out.push({ row: r, need: total.value - sum, step: Math.pow(10, -decimals) });
  }
  return out;
}

/** The base the lines hold with among those the page states and none; null where none holds on enough lines. */
function readBase(grid: Grid, t: PartsResults): PartsResults["base"] {
  const candidates: NonNullable<PartsResults["base"]>[] = [{ value: 0, row: 0, col: 0, cell: null, text: "" }];
  if (grid.hasText(BASE_WORD)) {
    for (let r = 1; r <= grid.rowCount; r++) {
      if (r >= t.headerRow && r <= t.rows[t.rows.length - 1]) continue;
      for (let c = 1; c <= grid.scanCols; c++) {
        if (!grid.ownsCell(r, c)) continue;
        const text = grid.compactText(r, c);
        if (!text || !BASE_WORD.test(text)) continue;
        BASE_STATED.lastIndex = 0;
        for (let m = BASE_STATED.exec(text); m; m = BASE_STATED.exec(text)) {
          const v = Number(m[2]);
          candidates.push({ value: m[1] ? v * t.partCols.length : v, row: r, col: c, cell: grid.addr(r, c), text: m[0] });
        }
      }
    }
  }
  const ns = needs(grid, t);
  let best: { base: (typeof candidates)[number]; agree: number } | null = null;
  for (const b of candidates) {
    const agree = ns.filter((x) => Math.abs(x.need - b.value) <= x.step / 2 + 1e-9).length;
    if (!best || agree > best.agree) best = { base: b, agree };
  }
  if (!best || best.agree < 2 || (ns.length - best.agree) * 3 > ns.length) return null;
  return best.base;
}

/** Each line's total against its base and parts (a sum across the line), where a base holds. */
export function partsResultsRelations(grid: Grid): SumRelation[] {
  const t = partsResults(grid);
  if (!t || !t.base) return [];
  const out: SumRelation[] = [];
  for (const r of t.rows) {
    const name = grid.compactText(r, t.unitCol);
    const total: RelationTerm = { ...numberOrPointsAt(grid, r, t.totalCol)!, label: `${name}${grid.compactText(t.headerRow, t.totalCol)}` };
    const parts: RelationTerm[] = t.partCols.map((c) => ({ ...numberOrPointsAt(grid, r, c)!, label: grid.compactText(t.headerRow, c) }));
    if (t.base.value !== 0) {
      parts.unshift({ cell: t.base.cell!, row: t.base.row, col: t.base.col, value: t.base.value, text: t.base.text, decimals: 0, percent: false, label: "起评分" });
    }
    out.push({ kind: "sum", id: `sum:score:${total.cell}`, measure: "score", block: "result-list", orientation: "columns", label: total.label!, total, parts, bound: "equal" });
  }
  return out;
}

