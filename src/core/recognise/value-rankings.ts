import type { Grid } from "../grid/grid";
import type { RankRelation, Ranking, RelationTerm } from "../model/types";
import { placeOf } from "../relations/evaluate";
import { lineBelow, numberOrPointsAt } from "./cells";
import { LOWER_BETTER, rankOf } from "./ranks";
import { HIGHER_BETTER, NOTE_COLUMN_HEADER, NUMBERING_HEADER, RANKED_PLACE_HEADER, UNIT_LIST_RANK_HEADER, UNIT_LIST_SCORE_HEADER, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

/**
 * A ranking of places (or units) by a measured value, with no score: 排名 | 城市 | 环境空气质量综合指数 | 综合指数变化率 |
 * 主要污染物 (四川 21 cities, the lowest index first), or two rankings side by side under group heads only —
 * 优良天数比例(%)排名 over rank | 市(区) | 90.3%, beside PM2.5月均浓度(μg/m3)排名 over rank | 市(区) | 17 (泰州), the places of
 * tied lines merged down. The published results of a measure over several units, as a result list is of an assessment
 * (unit-results.ts reads those: a score column, 得分 / 综合指数(百分制)); read here only where the ranks themselves order
 * one number column: ranks 1 to the count of ranked lines, two in three lines or more in their place (the rest a slip or
 * two), in one direction.
 *
 * Which way is best: where a line above the list or its heads says it (由低到高, 越小越好 / 由高到低, 降序), so; else from the
 * values — the direction the ranks follow where the other does not hold (an air-quality index, a concentration: rank 1 at
 * the lowest; a share of good days: rank 1 at the highest). Where both or neither hold (every value equal, ranks out of
 * order both ways) the direction is unclear: no ranking, and never a rank checked against it.
 */
export interface ValueRanking {
  /** the line naming the columns (排名 | 城市 | 指数), or the group head the block's columns stand under */
  headerRow: number;
  /** the head's cell: 排名, or the group head 'PM2.5月均浓度(μg/m3)排名' */
  headCell: string;
  rankCol: number;
  unitCol: number;
  valueCol: number;
  /** the ranked lines, in order (a line whose rank is merged from the line above, a tie, included) */
  rows: number[];
  /** 1 for the lowest value */
  ascending: boolean;
  /** the direction was said on the page (not inferred from the values) */
  said: boolean;
}

/** rows searched for a ranking's head; lines a ranking must show (a headless block of group heads: more) */
const HEADER_ROWS = 60;
const MIN_LINES = 3;
const MIN_GROUP_LINES = 4;
/** a sheet a ranking can be on: a rank word somewhere (a regex over the joined texts, once per sheet) */
const RANK_WORD = /排名|名次|位次|排序/;
/** a rank column's own head (排名, 名次, 综合排名; not 等级, which unit-results reads as a grade too) */
const RANK_HEAD = /(名次|排名|位次|排序)$/;
/** a group head over a block of three columns naming what is ranked: '优良天数比例(%)排名', 'PM2.5平均浓度排名' */
const GROUP_RANK_HEAD = /^.{2,24}(排名|名次|排序)(情况)?$/;

/**
 * a head naming scores or points (得分, 总分, 考评成绩, 积分), or a score head of unit-results.ts (综合指数(百分制)): a results list
 * of an assessment, unit-results.ts's (its ranks read against its score column, the highest first unless said; a list it
 * declines, a part without its share, stays unread) — no ranking by a measured value, whatever column its ranks follow
 */
const SCORE_WORD = /得分|总分|评分|成绩|分数|积分|分值/;

const found = new WeakMap<Grid, ValueRanking[]>();

/** The sheet's rankings by a value (memoised per grid: the family detector, the header and the relations ask). */
export function valueRankings(grid: Grid): ValueRanking[] {
  let r = found.get(grid);
  if (r === undefined) {
    r = grid.hasText(RANK_WORD) ? findRankings(grid) : [];
    found.set(grid, r);
  }
  return r;
}

function findRankings(grid: Grid): ValueRanking[] {
  const out: ValueRanking[] = [];
  const last = Math.min(grid.rowCount, HEADER_ROWS);
  for (let r = 1; r <= last; r++) {
    const named = namedHead(grid, r);
    const blocks = named ? [named] : groupHeads(grid, r);
    let end = r;
    for (const b of blocks) {
      const ranking = readBlock(grid, r, b);
      if (!ranking) continue;
      out.push(ranking);
      end = Math.max(end, ranking.rows[ranking.rows.length - 1]);
    }
    r = end;
  }
  return out;
}

interface Block {
  headCell: string;
  /** the columns a rank, a unit and values may be in; named ones fixed */
  rankCol: number | null;
  unitCol: number | null;
  valueCols: number[];
  /** the first line of the block's lines */
  first: number;
  minLines: number;
  /** the heads' text (the direction may be said there) */
  heads: string;
}

/** Row r naming its columns: a rank head, a place or unit head, other short heads (values, remarks), nothing else. */
function namedHead(grid: Grid, r: number): Block | null {
  let rankCol = 0;
  let unitCol = 0;
  const others: number[] = [];
  let heads = "";
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (t.length > 16 || SCORE_WORD.test(t) || UNIT_LIST_SCORE_HEADER.test(t)) return null;
    heads += "|" + t;
    if (!rankCol && RANK_HEAD.test(t) && UNIT_LIST_RANK_HEADER.test(t)) rankCol = c;
    else if (!unitCol && (RANKED_PLACE_HEADER.test(t) || UNIT_LIST_UNIT_HEADER.test(t))) unitCol = c;
    else if (NUMBERING_HEADER.test(t)) continue;
    else others.push(c);
  }
  if (!rankCol || !unitCol || !others.length) return null;
  const m = grid.mergeAt(r, unitCol);
  return { headCell: grid.addr(r, rankCol), rankCol, unitCol, valueCols: others, first: lineBelow(grid, m ? m.r2 : r), minLines: MIN_LINES, heads };
}

/**
 * Row r holding only group heads naming a ranking ('…排名'), each merged over three columns: under each, a rank, a name
 * and a value in some order (which is which read from the lines).
 */
function groupHeads(grid: Grid, r: number): Block[] {
  const blocks: Block[] = [];
  if (r >= grid.rowCount) return blocks;
  // (the first line under the heads: empty lines spacing them out stepped over)
  const first = lineBelow(grid, r);
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    // (a 备注 column beside the blocks: remarks, no block)
    if (blocks.length && NOTE_COLUMN_HEADER.test(t)) continue;
    if (!GROUP_RANK_HEAD.test(t) || SCORE_WORD.test(t)) return [];
    // (its span: its merge across, or — the merge undone or filled across — its cell and the cells right of it blank or
    // holding the same head)
    const m = grid.mergeAt(r, c);
    if (m && m.r2 !== r) return [];
    let last = m ? m.c2 : c;
    if (!m) while (last < grid.scanCols && !grid.mergeAt(r, last + 1) && (grid.compactText(r, last + 1) === "" || grid.compactText(r, last + 1) === t)) last++;
    // (the block's columns: those of the span holding the first line's cells, an empty column inserted among them passed over)
    const cols: number[] = [];
    for (let k = c; k <= last; k++) if (grid.compactText(first, k) !== "") cols.push(k);
    if (cols.length !== 3) return [];
    blocks.push({ headCell: grid.addr(r, c), rankCol: null, unitCol: null, valueCols: cols, first, minLines: MIN_GROUP_LINES, heads: "|" + t });
    c = last;
  }
  return blocks;
}

/** a rank cell's place (merge-filled: a tie's place merged down reads on every tied line) */
function rankAt(grid: Grid, r: number, c: number): number | null {
  return rankOf(grid.compactText(r, c));
}

/** a unit's name: text that is no number and no rank */
function nameAt(grid: Grid, r: number, c: number): boolean {
  const t = grid.compactText(r, c);
  return t.length >= 2 && t.length <= 24 && !numberOrPointsAt(grid, r, c) && rankOf(t) === null;
}

function readBlock(grid: Grid, header: number, b: Block): ValueRanking | null {
  let rankCol = b.rankCol;
  let unitCol = b.unitCol;
  // (a headless block: the rank column the one holding ranks on its first line, the name the one holding a name)
  if (rankCol === null || unitCol === null) {
    const cols = b.valueCols;
    rankCol = cols.find((c) => rankAt(grid, b.first, c) === 1) ?? null;
    unitCol = cols.find((c) => c !== rankCol && nameAt(grid, b.first, c)) ?? null;
    if (rankCol === null || unitCol === null) return null;
  }
  const valueCols = b.valueCols.filter((c) => c !== rankCol && c !== unitCol);
  // the lines: a name and a rank on each (a tie's rank merged down, or left empty under a merge); stops at the first that is not
  const rows: number[] = [];
  for (let r = b.first; r <= grid.rowCount; r++) {
    if (!nameAt(grid, r, unitCol)) break;
    const rank = rankAt(grid, r, rankCol);
    if (rank === null && grid.compactText(r, rankCol) !== "") break;
    if (rank === null && rows.length === 0) break;
    // (a line with its place blank — a tie printed once — still holds its value; a signature line under the list, 审核人： |
    // 李四, holds none: the list ended above it)
    if (rank === null && !valueCols.some((c) => numberOrPointsAt(grid, r, c))) break;
    rows.push(r);
  }
  if (rows.length < b.minLines) return null;
  // the value column the ranks order best (every line a number there)
  let best: { col: number; ascending: boolean; agree: number; other: number } | null = null;
  for (const c of valueCols) {
    const order = orderOf(grid, rows, rankCol, c);
    if (!order) continue;
    const ascending = order.up > order.down;
    const agree = Math.max(order.up, order.down);
    if (!best || agree > best.agree) best = { col: c, ascending, agree, other: Math.min(order.up, order.down) };
  }
  if (!best) return null;
  const n = ranked(grid, rows, rankCol).length;
  const holds = (agree: number) => agree >= MIN_LINES && (n - agree) * 3 <= n;
  // the direction said above the list or in its heads, else the one the ranks follow where the other does not
  let said = b.heads;
  for (let t = Math.max(1, header - 3); t < header; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c)) said += "|" + grid.compactText(t, c);
  const lower = LOWER_BETTER.test(said);
  const higher = HIGHER_BETTER.test(said);
  let ascending: boolean;
  if (lower !== higher) {
    ascending = lower;
    const order = orderOf(grid, rows, rankCol, best.col)!;
    if (!holds(ascending ? order.up : order.down)) return null;
  } else {
    if (!holds(best.agree) || holds(best.other)) return null;
    ascending = best.ascending;
  }
  return { headerRow: header, headCell: b.headCell, rankCol, unitCol, valueCol: best.col, rows, ascending, said: lower !== higher };
}

/** the lines with a rank and a number: their ranks and values */
function ranked(grid: Grid, rows: number[], rankCol: number): number[] {
  return rows.filter((r) => rankAt(grid, r, rankCol) !== null);
}

/**
 * Each line's rank: its own (a tie's place merged down reads on every tied line), or — its rank cell blank, a tie whose
 * place is printed once (the merge undone) — the line above's where its value equals that line's; null otherwise.
 */
function linesRanks(grid: Grid, v: Pick<ValueRanking, "rows" | "rankCol" | "valueCol">): (number | null)[] {
  const out: (number | null)[] = [];
  for (let k = 0; k < v.rows.length; k++) {
    const r = v.rows[k];
    const own = rankAt(grid, r, v.rankCol);
    if (own !== null || k === 0 || grid.compactText(r, v.rankCol) !== "") {
      out.push(own);
      continue;
    }
    const a = numberOrPointsAt(grid, v.rows[k - 1], v.valueCol);
    const b = numberOrPointsAt(grid, r, v.valueCol);
    out.push(out[k - 1] !== null && a && b && Math.abs(a.value - b.value) < 1e-9 ? out[k - 1] : null);
  }
  return out;
}

/**
 * How many ranked lines hold their place when the values rank lowest first (up) and highest first (down); null where a
 * line's value is no number, a rank falls outside 1 to the count of lines, or no line is first.
 */
function orderOf(grid: Grid, rows: number[], rankCol: number, col: number): { up: number; down: number } | null {
  // (every line's value, a tie whose place is left blank too: the places are counted among them all)
  const values: number[] = [];
  const ranks: (number | null)[] = [];
  for (const r of rows) {
    const v = numberOrPointsAt(grid, r, col);
    if (!v) return null;
    values.push(v.value);
    ranks.push(rankAt(grid, r, rankCol));
  }
  const n = rows.length;
  const stated = ranks.filter((x): x is number => x !== null);
  if (stated.length < MIN_LINES || stated.some((x) => x < 1 || x > n) || !stated.includes(1)) return null;
  const up = [...values].sort((a, b) => a - b);
  const down = [...values].sort((a, b) => b - a);
  let u = 0;
  let d = 0;
  for (let k = 0; k < n; k++) {
    const rank = ranks[k];
    if (rank === null) continue;
    const p = placeOf(values[k], up, true);
    if (rank >= p.first && rank <= p.last) u++;
    const q = placeOf(values[k], down, false);
    if (rank >= q.first && rank <= q.last) d++;
  }
  return { up: u, down: d };
}

/**
 * Each ranked line's rank against its value's place among the ranking's values (ties sharing the places they span), in
 * the ranking's direction: one rank relation per line (rank-mismatch reports a line out of place).
 */
export function valueRankingRelations(grid: Grid): RankRelation[] {
  const out: RankRelation[] = [];
  for (const v of valueRankings(grid)) {
    const ranks: RelationTerm[] = [];
    const totals: RelationTerm[] = [];
    const places = linesRanks(grid, v);
    for (let k = 0; k < v.rows.length; k++) {
      const r = v.rows[k];
      const rank = places[k];
      const total = numberOrPointsAt(grid, r, v.valueCol);
      if (rank === null || !total) continue;
      const name = grid.compactText(r, v.unitCol);
      // (the line's own rank cell, also where its place is merged from the line above or left blank: one relation a line)
      ranks.push({ cell: grid.addr(r, v.rankCol), row: r, col: v.rankCol, value: rank, text: String(rank), decimals: 0, percent: false, label: name });
      totals.push({ ...total, label: name });
    }
    const sorted = totals.map((x) => x.value).sort((a, b) => (v.ascending ? a - b : b - a));
    const ranking: Ranking = { headCell: v.headCell, totalName: grid.compactText(v.headerRow, v.valueCol) || grid.compactText(grid.anchorRow(v.headerRow, v.valueCol), v.valueCol), totals, sorted, ascending: v.ascending };
    const group = `rank:${v.headCell}`;
    for (let k = 0; k < ranks.length; k++) out.push({ kind: "rank", id: `rank:value:${grid.addr(ranks[k].row, v.rankCol)}`, measure: "score", block: "result-list", label: `${ranks[k].label}排名`, bound: "equal", rank: ranks[k], total: totals[k], ranking, group });
  }
  return out;
}
