import type { Grid } from "../grid/grid";
import type { RankRelation, Ranking, RelationTerm } from "../model/types";
import { placeOf } from "../relations/evaluate";
import { lineBelow, numberOrPointsAt } from "./cells";
import { outOfOrder, rankOf, swappedPair } from "./ranks";
import type { UnitResultList } from "./unit-results";
import { HANDLING_COUNT_HEADER, NOTE_COLUMN_HEADER, NUMBERING_HEADER, RANKED_PLACE_HEADER, UNIT_LIST_RANK_HEADER, UNIT_LIST_SCORE_HEADER, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

/**
 * One results list printed two (or more) units a line: a block of heads printed again to its right, cell for cell (连云港
 * 12345 2022-08: 單位 | 總工單數 | 得分 | 排名 | 單位 | 總工單數 | 得分 | 排名; 灌云縣 … 1 | 東海縣 … 3 on one line), the units
 * read down the left block, then down the right one — one ranking over all of them (the right block's places go on from
 * the left's: 1, 2 | 3, 4), not lists side by side each ranked on its own (parallel-lists.ts: 2009 | 2010 over each its
 * own places from 1). A bulletin often prints several such tables (各县 | 各区), each under its own head: each is read and
 * ranked on its own.
 * The block: a unit head (单位, 县区 …), a score head (得分, 考核得分 …), at most a rank head, a 序号 and the units' counts
 * (总工单数: figures of the units, not read). Its lines: each block a name and a score, or nothing (the last line's right
 * block left empty); the table under a title naming an assessment (考评, 考核, 得分 …); two units at least.
 * The places are read as one ranking where they are whole numbers from 1 to the count of units, distinct blocks' places
 * going on from one another (a block's places starting again at 1 is lists side by side: none here).
 */
export interface WrappedTable {
  headerRow: number;
  /** each block's unit, score and rank columns */
  blocks: { unitCol: number; scoreCol: number; rankCol: number | null }[];
  /** the units in reading order: down the first block, then down the next */
  units: { row: number; block: number }[];
  /** the table's lines (rows holding a unit in some block) */
  rows: number[];
}

const HEADER_ROWS = 60;
const MIN_UNITS = 2;
const MAX_HEAD = 12;
const RANK_HEAD = /(名次|排名|位次|排序)$/;
/** an assessment's title or prose above the table */
const ASSESSMENT_WORDS = /考核|考评|评价|评估|得分|评分|测评|评比|排名/;

const found = new WeakMap<Grid, WrappedTable[]>();

/** The sheet's wrapped result tables, top first (memoised per grid). */
export function wrappedTables(grid: Grid): WrappedTable[] {
  let t = found.get(grid);
  if (t === undefined) {
    t = [];
    // (a score head is required: a sheet with no score word holds no such table)
    const last = grid.hasText(/分|成绩|指数/) ? Math.min(grid.rowCount, HEADER_ROWS) : 0;
    for (let h = 1; h <= last; h++) {
      const table = tableAt(grid, h);
      if (!table) continue;
      t.push(table);
      h = table.rows[table.rows.length - 1];
    }
    found.set(grid, t);
  }
  return t;
}

/**
 * The first wrapped table as the sheet's result list (its left block's columns and lines), or null. `ranked`: only where
 * its places are one ranking over every block — 1 once, every place within the count of units (asked before the reader of
 * lists side by side, whose lists each rank from 1).
 */
export function wrappedList(grid: Grid, ranked = false): UnitResultList | null {
  const t = wrappedTables(grid)[0];
  if (!t || (ranked && !oneRanking(grid, t))) return null;
  const b = t.blocks[0];
  const rows = t.units.filter((u) => u.block === 0).map((u) => u.row);
  return { headerRow: t.headerRow, unitCol: b.unitCol, scoreCol: b.scoreCol, noteCol: null, deductCol: null, baseCol: null, base: 100, baseCell: null, rows, rateCols: [], countCols: [], lists: [], topRow: t.headerRow, placeCol: null, blocks: [], wrapped: true };
}

function tableAt(grid: Grid, h: number): WrappedTable | null {
  // (the line's heads left to right, empty columns passed over: a blank column inside a block is no head of it)
  const heads: { col: number; text: string }[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    const t = grid.ownsCell(h, c) ? grid.compactText(h, c) : "";
    if (!t) continue;
    if (t.length > MAX_HEAD) return null;
    heads.push({ col: c, text: t });
  }
  // (a notes column at the right of the blocks, 备注: no block's)
  while (heads.length && NOTE_COLUMN_HEADER.test(heads[heads.length - 1].text)) heads.pop();
  if (heads.length < 4) return null;
  // (the block: from the first head to the head before its unit head printed again; the heads then repeat block by block)
  let w = 0;
  for (let k = 2; k < heads.length; k++) {
    if (heads[k].text === heads[0].text) {
      w = k;
      break;
    }
  }
  if (!w || heads.length % w !== 0) return null;
  const count = heads.length / w;
  for (let k = w; k < heads.length; k++) if (heads[k].text !== heads[k % w].text) return null;
  // (heads, no number among them: a line of figures printed alike is none)
  for (let k = 0; k < w; k++) if (numberOrPointsAt(grid, h, heads[k].col)) return null;
  // (the block's heads: a unit, a score, at most a rank, a 序号 and counts)
  let unit = -1;
  let score = -1;
  let rank = -1;
  for (let k = 0; k < w; k++) {
    const t = heads[k].text;
    if (unit < 0 && (UNIT_LIST_UNIT_HEADER.test(t) || RANKED_PLACE_HEADER.test(t))) unit = k;
    else if (unit >= 0 && score < 0 && UNIT_LIST_SCORE_HEADER.test(t)) score = k;
    else if (rank < 0 && UNIT_LIST_RANK_HEADER.test(t) && RANK_HEAD.test(t)) rank = k;
    else if (!NUMBERING_HEADER.test(t) && !HANDLING_COUNT_HEADER.test(t)) return null;
  }
  if (unit < 0 || score < 0) return null;
  const blocks = Array.from({ length: count }, (_, b) => ({ unitCol: heads[b * w + unit].col, scoreCol: heads[b * w + score].col, rankCol: rank < 0 ? null : heads[b * w + rank].col }));
  // (each block's span: from its first head to the column before the next block's)
  const spans = Array.from({ length: count }, (_, b) => ({ from: heads[b * w].col, to: b + 1 < count ? heads[(b + 1) * w].col - 1 : heads[heads.length - 1].col }));
  // (the lines: each block a name and a score, or empty; the first block filled on every line)
  const rows: number[] = [];
  const byBlock: number[][] = blocks.map(() => []);
  // (from the line under the head, empty lines spacing the lines out stepped over: cells.ts lineBelow)
  for (let r = lineBelow(grid, h); r <= grid.rowCount; r = lineBelow(grid, r)) {
    if (!grid.rowHasContent(r)) break;
    let any = false;
    let ok = true;
    blocks.forEach((b, k) => {
      const name = grid.compactText(r, b.unitCol);
      const s = numberOrPointsAt(grid, r, b.scoreCol);
      let filled = false;
      for (let c = spans[k].from; c <= spans[k].to; c++) if (grid.compactText(r, c)) filled = true;
      if (!filled) return;
      if (!name || numberOrPointsAt(grid, r, b.unitCol) || !s || s.percent) ok = false;
      else {
        byBlock[k].push(r);
        any = true;
      }
    });
    if (!ok || !any || !byBlock[0].includes(r)) break;
    rows.push(r);
  }
  const units = byBlock.flatMap((rs, block) => rs.map((row) => ({ row, block })));
  if (units.length < MIN_UNITS || byBlock.filter((x) => x.length).length < 2) return null;
  let title = "";
  for (let t = 1; t < h; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c) && grid.compactText(t, c)) title += grid.compactText(t, c) + "|";
  // (a table pasted without its title, nothing above it: the page's prose lines below it name the assessment)
  if (!ASSESSMENT_WORDS.test(title) && (title !== "" || !ASSESSMENT_WORDS.test(proseBelow(grid, rows[rows.length - 1])))) return null;
  return { headerRow: h, blocks, units, rows };
}

/** The text of the lines below `r` that hold one cell (prose, a table's title), up to the rows a head is looked for in. */
function proseBelow(grid: Grid, r: number): string {
  let text = "";
  for (let t = r + 1; t <= Math.min(grid.rowCount, HEADER_ROWS); t++) {
    const cells: string[] = [];
    for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c) && grid.compactText(t, c)) cells.push(grid.compactText(t, c));
    if (cells.length === 1) text += cells[0] + "|";
  }
  return text;
}

/**
 * Each wrapped table's places against its scores (one ranking over the table's units, the highest first): one rank relation
 * per unit, where the places are whole numbers 1…n, 1 among them, and the units hold them in order on all but one in three
 * (or a pair exchanged: ranks.ts swappedPair). Tables whose blocks rank on their own (each from 1) are none.
 */
export function wrappedRankRelations(grid: Grid): RankRelation[] {
  const out: RankRelation[] = [];
  for (const t of wrappedTables(grid)) {
    if (t.blocks.some((b) => b.rankCol === null)) continue;
    const ranks: RelationTerm[] = [];
    const totals: RelationTerm[] = [];
    for (const u of t.units) {
      const b = t.blocks[u.block];
      const text = grid.compactText(u.row, b.rankCol!);
      const rank = rankOf(text);
      if (rank === null) continue;
      const total = numberOrPointsAt(grid, u.row, b.scoreCol)!;
      const name = grid.compactText(u.row, b.unitCol);
      ranks.push({ cell: grid.addr(u.row, b.rankCol!), row: u.row, col: b.rankCol!, value: rank, text, decimals: 0, percent: false, label: name });
      totals.push({ ...total, label: name });
    }
    const n = ranks.length;
    if (n < 3 || n < t.units.length - 1 || ranks.some((x) => x.value < 1 || x.value > n) || ranks.filter((x) => x.value === 1).length !== 1) continue;
    const sorted = totals.map((x) => x.value).sort((a, b) => b - a);
    let agree = 0;
    for (let k = 0; k < n; k++) {
      const p = placeOf(totals[k].value, sorted, false);
      if (ranks[k].value >= p.first && ranks[k].value <= p.last) agree++;
    }
    const holds = (n - agree) * 3 <= n || (n >= 6 && outOfOrder(ranks, totals, false).size <= 1) || swappedPair(ranks.map((x) => x.value), totals.map((x) => x.value), sorted, false);
    if (!holds) continue;
    const headCell = grid.addr(t.headerRow, t.blocks[0].rankCol!);
    const ranking: Ranking = { headCell, totalName: grid.compactText(t.headerRow, t.blocks[0].scoreCol), totals, sorted, ascending: false };
    for (let k = 0; k < n; k++) out.push({ kind: "rank", id: `rank:score:${ranks[k].cell}`, measure: "score", block: "result-list", label: `${ranks[k].label}排名`, bound: "equal", rank: ranks[k], total: totals[k], ranking, group: `rank:${headCell}` });
  }
  return out;
}

/** The table's places are one ranking over its blocks: a rank column in each, 1 once, every place within 1…units. */
function oneRanking(grid: Grid, t: WrappedTable): boolean {
  if (t.blocks.some((b) => b.rankCol === null)) return false;
  const places = t.units.map((u) => rankOf(grid.compactText(u.row, t.blocks[u.block].rankCol!)));
  return places.every((p) => p !== null && p >= 1 && p <= t.units.length) && places.filter((p) => p === 1).length === 1;
}
