import type { Grid } from "../grid/grid";
import type { DifferenceRelation, RankRelation, Ranking, RatioRelation, RelationTerm } from "../model/types";
import { readNumber } from "../text/numbers";
import { placeOf } from "../relations/evaluate";
import { isNotApplicableText, isNotApplicableWord } from "../text/normalize";
import { lineBelow, numberOrPointsAt } from "./cells";
import { LOWER_BETTER, outOfOrder, rankOf, swappedPair } from "./ranks";
import { rankedList, type RankedList } from "./ranked-lists";
import { earlierTable, laterList } from "./several-tables";
import { partsList } from "./subset-totals";
import { wrappedList, wrappedRankRelations } from "./wrapped-lists";
export { LOWER_BETTER, outOfOrder, rankOf } from "./ranks";
import { measureRatios } from "./handling-lists";
import { periodLineAbove, periodOver, unheadedPlaceColumn } from "./parallel-lists";
import { UNIT_YEAR_LINE } from "./families/vocabulary";
import { GRADE_LETTER_ALT, GRADE_WORD_ALT } from "./vocabulary";
import { HANDLING_COUNT_HEADER, HANDLING_RATE_HEADER, HANDLING_SCORE_HEADER, HANDLING_UNIT_HEADER, MARKER_LINE, NOTE_COLUMN_HEADER, NUMBERING_HEADER, UNIT_LIST_BASE_HEADER, UNIT_LIST_DEDUCT_HEADER, UNIT_LIST_NOTE_HEADER, UNIT_LIST_PART_HEADER, UNIT_LIST_PART_NAME, UNIT_LIST_PART_POINTS, UNIT_LIST_PART_SHARE, UNIT_LIST_RANK_HEADER, UNIT_LIST_REMARK_HEADER, UNIT_LIST_BARE_NAME, UNIT_LIST_RESULT_TITLE, UNIT_LIST_SCORE_HEADER, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

/**
 * A per-unit result list: the results of one assessment over several units, one unit a line (南江 目标考核评分表: 序号 |
 * 被考核单位 | 考核情况 | 得分, 21 units). Its header names the assessed units and their score, and besides them at most a
 * 序号, a grade or rank, the assessment's notes (考核情况, 扣分情况), a 扣分 column and a 满分 / 基础分 column; a title
 * above it names an assessment (考核, 考评, 评价, 得分). No amount, no indicator column: an allocation by unit (单位 |
 * 分配金额) or an indicator table is none. A ranking of areas by an index is one too (县(市、区) | 政务满意度指数(70%) |
 * 经济指数(30%) | 综合指数(百分制) | 综合排名 under '…各县(市、区)排名表'): the index the score. This list reader does not read
 * its weighted parts; weighted-totals.ts reads each line's total against them (a 'weighted' relation, or a plain sum where
 * the parts are already weighted, as there).
 * A scored handling list is one too (12345 / 市长信箱 / 政务服务 通报: 序号 | 受理单位 | 交办总量 | 办结率 | 满意率 | … | 评分):
 * the units' handling figures, counts and rates, with a score per unit — the rates the measures the score is made of. Its
 * count and rate columns (and the heads 受理单位, 评分 that only such a list is read with) are allowed only on evidence:
 * a rate column and a count column, every rate on every unit line within 0–100%, every count a whole number ≥ 0, every
 * score within 0–100, under any title but one naming another list (…统计表). A handling list with no score column is none.
 */
export interface UnitResultList {
  headerRow: number;
  unitCol: number;
  scoreCol: number;
  /** the notes that state each unit's deductions ("未完成专利申报任务5件,扣0.5分") */
  noteCol: number | null;
  /** a 扣分 column beside the score */
  deductCol: number | null;
  /** a 满分 / 基础分 column: each line's base */
  baseCol: number | null;
  /** the base the scores are counted down from: stated in the title or header ("满分100分", "百分制") or assumed (100) */
  base: number;
  baseCell: string | null;
  /** the lines of units (their score cells hold numbers), in order */
  rows: number[];
  /** a scored handling list's rate and count columns (none on another list) */
  rateCols: number[];
  countCols: number[];
  /**
   * the further lists printed beside this one under the same header, each its (unit, score) pair repeated (2009 | 2010 |
   * 2011 over 学校 | 总分 three times: parallel-lists.ts); none for one list
   */
  lists: SideList[];
  /** the header's top line: the line of periods over the lists (2009 | 2010 | 2011), else headerRow */
  topRow: number;
  /** a place column with no head shared by the lists (1–12 left of them, its head blank): their places (parallel-lists.ts) */
  placeCol: number | null;
  /**
   * further blocks of the list below it, each under the header printed again (衡阳 城管 督查: (一)市容秩序 / (二)环境卫生 /
   * (三)园林绿化, each a caption over 单位 | 督查考核总扣分 | 月度成绩 and the same units): its lines read as the first
   * block's, each block ranked on its own
   */
  blocks: { headerRow: number; rows: number[] }[];
  /**
   * a ranking read from its shape (ranked-lists.ts: a rank column ordering a score column, whatever the heads say): its rank
   * column, and its direction where the values, not the page, say it (1 for the lowest)
   */
  rankCol?: number;
  ascending?: boolean;
  /**
   * a ranking printed without its heads (ranked-lists.ts headlessRanking): no header line — headerRow is the line above
   * its first line (0 where it opens the sheet), no header the model reads
   */
  headless?: true;
  /** a ranking printed above this list as a table of its own (several-tables.ts): the sheet's first table */
  earlier?: RankedList;
  /** a results list printed below this one under heads of its own (several-tables.ts): the sheet's next table */
  later?: UnitResultList;
  /**
   * one list printed two units a line, its block of heads printed again to the right (wrapped-lists.ts): this is its first
   * block's columns and lines; its ranks are read there, over every block, per table
   */
  wrapped?: true;
}

/** One of several lists side by side: its unit and score columns and its lines. */
export interface SideList {
  unitCol: number;
  scoreCol: number;
  rows: number[];
}

/**
 * an assessment's title above the list (or a ranking of the units, '…综合指数各县(市、区)排名表', or its top places,
 * '…综合评估前十二位学校一览表', '前10名')
 */
const ASSESSMENT_TITLE = /考核|考评|评价|评估|得分|评分|测评|评比|排名|排行|前(\d{1,3}|[一二三四五六七八九十百]{1,4})(名|位)/;
/** a title naming a ranking: a place column with no head ranks the lists under it */
const RANKING_TITLE = /排名|排行|名次|位次|前(\d{1,3}|[一二三四五六七八九十百]{1,4})(名|位)/;
/** a notice's title (…情况通报, 公示, 公告): it says that the list is made known, not what list it is */
const NOTICE_TITLE = /通报|公示|公告|公布/;
/** a title naming a list of another kind (…汇总表, 统计表, 分配表, 明细表): what the list is, whatever its columns */
const OTHER_LIST_TITLE = /(汇总|统计|分配|明细|一览|清单|台账|预算|决算)表?/;
/** a base stated in the title or the header ("满分100分", "百分制", "总分100分") */
const STATED_BASE = /满分(\d+(?:\.\d+)?)分?|(百)分制|总分(?:为)?(\d+(?:\.\d+)?)分/;

/** rows searched for the header; lines of units a list must show */
const HEADER_ROWS = 60;
const MIN_UNITS = 3;
/** lines of units a list under a title naming an assessment must show */
const MIN_TITLED_UNITS = 2;
/** a unit head naming the units as the assessed ones (被考核单位, 考核对象, 参评单位): the list is an assessment's results */
const ASSESSED_HEAD = /^(被|受)(考核|考评|评价|检查|测评|评)|^(考核|考评|评价|测评|参评)(单位|对象)/;
/** a grade column's head (等级, 考核等次, 评价结果) */
const GRADE_HEAD = /^(考核|考评|评价|评定|绩效)?(等级|等次|结果)$/;
const GRADE_CELL = new RegExp(`^(${GRADE_WORD_ALT}|${GRADE_LETTER_ALT})$`);

/** A grade column on header line h whose cell on every unit line is a grade (优, 良好, 合格, B级). */
function gradedLines(grid: Grid, h: number, rows: number[]): boolean {
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(h, c) || !GRADE_HEAD.test(grid.compactText(h, c))) continue;
    if (rows.every((r) => GRADE_CELL.test(grid.compactText(r, c)))) return true;
  }
  return false;
}

const found = new WeakMap<Grid, UnitResultList | null>();

/** The sheet's per-unit result list, or null (memoised per grid: the family detector and the relations ask). */
export function unitResultList(grid: Grid): UnitResultList | null {
  let r = found.get(grid);
  if (r === undefined) {
    // (or a list of parts and their total under heads no other reading knows, subset-totals.ts)
    // (or one list printed two units a line, a block of heads printed again to its right: wrapped-lists.ts)
    // (first where its places are one ranking over its blocks, 1, 2 | 3, 4: no lists side by side each ranked from 1)
    r = wrappedList(grid, true) ?? findList(grid) ?? shapedList(grid) ?? wrappedList(grid) ?? partsList(grid);
    // (a ranking printed above it as a table of its own: the sheet's first table, several-tables.ts)
    const first = r && r.rankCol === undefined ? earlierTable(grid, r.topRow) : null;
    if (r && first) r = { ...r, earlier: first };
    // (or a list of its own below it under other heads, 一、街道 | 二、乡镇 each with its head: read as well, several-tables.ts)
    const next = r && r.rankCol === undefined && !r.lists.length ? laterList(grid, r, (g, from) => findList(g, from)) : null;
    if (r && next) r = { ...r, later: next };
    found.set(grid, r);
  }
  return r;
}

function findList(grid: Grid, from = 1): UnitResultList | null {
  const last = Math.min(grid.rowCount, HEADER_ROWS);
  for (let r = from; r <= last; r++) {
    const head = headerAt(grid, r);
    if (!head) continue;
    const rows = unitLines(grid, head.shareLine ? r + 1 : r, head.unitCol, head.scoreCol);
    // (two lines are a list where the title names an assessment: an excerpt cut inside its third unit, 招商引资考核结果)
    if (rows.length < MIN_TITLED_UNITS) continue;
    // (further lists side by side under the header: each its own lines, a list cut shorter than the others read as far as it goes)
    const lists: SideList[] = [];
    for (const l of head.further) {
      const own = unitLines(grid, r, l.unitCol, l.scoreCol);
      if (own.length >= MIN_UNITS) lists.push({ ...l, rows: own });
    }
    const topRow = lists.length ? (periodLineAbove(grid, r, [{ unitCol: head.unitCol, scoreCol: head.scoreCol }, ...lists]) ?? r) : r;
    // (a handling list's counts and rates, or its heads 受理单位 / 评分: only with the measures' evidence)
    const measured = head.rateCols.length > 0 || head.countCols.length > 0;
    if ((measured || head.handlingHead) && !measuresHold(grid, rows, head)) continue;
    let title = "";
    // (above the header's top line: a line of periods over lists side by side is the header's, no title)
    for (let t = 1; t < topRow; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c)) title += grid.compactText(t, c) + "|";
    // (a bare 名称 names the units only under a title naming the results: 名称 | 综合评分 under '…评分结果')
    if (head.bareName && !UNIT_LIST_RESULT_TITLE.test(title)) continue;
    // (or, no title above the header, the units ranked by their scores: a rank column, 综合排名, whose ranks order
    // the scores — the results of an assessment or an evaluation, which an allocation or a list of amounts never ranks;
    // a title naming something else, …汇总表, still says what the list is)
    // (a line naming only a unit and a year, 某县农业农村局2023年度, or an attachment's number says nothing of it either)
    // (nor a notice naming no other list, …情况通报, 公示: what it makes known is the ranking under it)
    const namesNothing = title.split("|").every((t) => !t || UNIT_YEAR_LINE.test(t) || MARKER_LINE.test(t)) || (NOTICE_TITLE.test(title) && !OTHER_LIST_TITLE.test(title));
    // (a scored handling list whatever its title — …诉求办理情况的通报, or none: its measures' evidence and a score per unit
    // say what it is — unless the title names another list, …统计表, 汇总表: then the list is the figures, as the title says)
    // (lists side by side sharing a place column with no head, 1–12 left of them: their places where the title names a
    // ranking, or where the places order the scores of one list of two or more without a slip)
    const main: SideList = { unitCol: head.unitCol, scoreCol: head.scoreCol, rows };
    const all = [main, ...lists];
    let placeCol: number | null = null;
    if (head.rankCol === null) {
      const c = unheadedPlaceColumn(grid, topRow, r, head.unitCol, rows, rankOf);
      if (c !== null && (RANKING_TITLE.test(title) || (lists.length > 0 && all.some((l) => ranksOrderScores(grid, l.rows, l.scoreCol, c, l.unitCol))))) placeCol = c;
    }
    const ranked = () => {
      const { cols: rcs } = rankColumns(grid, r, all, placeCol);
      return all.some((l, k) => rcs[k] !== null && ranksOrderScores(grid, l.rows, l.scoreCol, rcs[k]!, l.unitCol));
    };
    // (or, under no title naming another list, the heads and lines say it themselves: a grade on every unit line under a
    // grade head, 单位名称 | 考核得分 | 等级 over 优 / 良; or a unit head naming the assessed, 被考核单位 | 得分, 考核对象 | 分数)
    const assessed = () => !OTHER_LIST_TITLE.test(title) && rows.length >= MIN_UNITS && (ASSESSED_HEAD.test(grid.compactText(r, head.unitCol)) || gradedLines(grid, r, rows));
    if (!ASSESSMENT_TITLE.test(title) && !(measured && !OTHER_LIST_TITLE.test(title)) && !(namesNothing && ranked()) && !assessed()) return null;
    if (rows.length < MIN_UNITS && !ASSESSMENT_TITLE.test(title)) return null;
    const stated = statedBase(grid, r);
    const { bareName: _, rankCol: __, shareLine: ___, handlingHead: _h, further: _f, ...cols } = head;
    const blocks = lists.length || head.shareLine ? [] : repeatedBlocks(grid, r, head, rows, measured || head.handlingHead);
    return { headerRow: r, ...cols, base: stated?.value ?? 100, baseCell: stated?.cell ?? null, rows, lists, topRow, placeCol, blocks };
  }
  return null;
}

/**
 * A ranking whose heads this reader does not know, read from its shape (ranked-lists.ts): a list of units and their score,
 * its rank column and direction as read there; no notes, deductions, bases or measures beside them.
 */
function shapedList(grid: Grid): UnitResultList | null {
  const k = rankedList(grid);
  if (!k) return null;
  // (its header's last line the list's header line, a top line above it where the rank head is merged down)
  return { headerRow: k.headerLastRow, unitCol: k.unitCol, scoreCol: k.scoreCol, noteCol: null, deductCol: null, baseCol: null, base: 100, baseCell: null, rows: k.rows, rateCols: [], countCols: [], lists: [], topRow: k.headerRow, placeCol: null, blocks: [], rankCol: k.rankCol, ascending: k.ascending, ...(k.headless ? { headless: true as const } : {}) };
}

type Head = Pick<UnitResultList, "unitCol" | "scoreCol" | "noteCol" | "deductCol" | "baseCol" | "rateCols" | "countCols"> & {
  bareName: boolean;
  rankCol: number | null;
  shareLine: boolean;
  /** the unit or score head is one only a scored handling list is read with (受理单位, a bare 评分) */
  handlingHead: boolean;
  /** the (unit, score) pair repeated right of the first: further lists side by side (学校 | 总分 | 学校 | 总分) */
  further: { unitCol: number; scoreCol: number }[];
};

/**
 * A scored handling list's evidence: a rate column and a count column; on every unit line each rate within 0–100% (95.5%,
 * or 95.5 under a head without its sign, or its ratio 0.955; or marked empty, '/', where nothing was rated), each count a
 * whole number ≥ 0, the score within 0–100 (no
 * percentage). A list of amounts (a 预算数 or 金额 column, never a count head) or of shares summing past the whole is none.
 */
function measuresHold(grid: Grid, rows: number[], head: Head): boolean {
  if (!head.rateCols.length || !head.countCols.length) return false;
  for (const r of rows) {
    const score = numberOrPointsAt(grid, r, head.scoreCol);
    if (!score || score.percent || score.value < 0 || score.value > 100) return false;
    for (const c of head.rateCols) {
      const v = numberOrPointsAt(grid, r, c);
      // (a rate marked empty, '/' or '—', on a line with nothing to rate: 0 cases taken)
      if (!v && isNotApplicableText(grid.compactText(r, c))) continue;
      if (!v || v.value < 0 || v.value > (v.percent ? 1 : 100)) return false;
    }
    for (const c of head.countCols) {
      const v = numberOrPointsAt(grid, r, c);
      if (!v || v.percent || v.value < 0 || Math.abs(v.value - Math.round(v.value)) > 1e-9) return false;
    }
  }
  return true;
}

/** a rank column's head (名次, 综合排名, 位次, 排序): the units' places, no grade */
const RANK_HEAD = /(名次|排名|位次|排序)$/;

/**
 * The rank column orders the scores: on MIN_UNITS lines or more it holds a rank (3, 第3名, 第三名) from 1 up to the count
 * of lines, and a unit ranked before another never scored less, a rank shared only by equal scores (ties sharing a place,
 * 8 | 8 | 10, or a dense ranking, 8 | 8 | 9) (a line without a rank, the whole's, or whose name spans the rank column,
 * passed over). Ranks that follow the scores are a ranking of the units by them.
 */
function ranksOrderScores(grid: Grid, rows: number[], scoreCol: number, rankCol: number, unitCol: number): boolean {
  const ranked: { rank: number; score: number }[] = [];
  for (const r of rows) {
    const t = grid.compactText(r, rankCol);
    if (!t || nameSpansRank(grid, r, rankCol, unitCol)) continue;
    const rank = rankOf(t);
    if (rank === null && unranked(t)) continue;
    if (rank === null) return false;
    const score = numberOrPointsAt(grid, r, scoreCol);
    if (!score) return false;
    ranked.push({ rank, score: score.value });
  }
  if (ranked.length < MIN_UNITS) return false;
  if (ranked.some((x) => x.rank < 1 || x.rank > ranked.length) || !ranked.some((x) => x.rank === 1)) return false;
  const byRank = [...ranked].sort((a, b) => a.rank - b.rank);
  return byRank.every((x, k) => k === 0 || (x.rank === byRank[k - 1].rank ? Math.abs(x.score - byRank[k - 1].score) < 1e-9 : x.score <= byRank[k - 1].score));
}

/**
 * Each list's rank column (名次, 排名 on the header line): of one list the first on the line, else a blank-headed place
 * column (placeCol); of lists side by side each list's own (the rank head between the list before it and the list after
 * it, 名次 | 学校 | 总分 | 名次 | 学校 | 总分), or — where they have none of their own — the one place column left of them all,
 * headed (名次 | 学校 | 总分 | 学校 | 总分) or not (placeCol): `shared`.
 */
function rankColumns(grid: Grid, h: number, lists: { unitCol: number; scoreCol: number }[], placeCol: number | null): { cols: (number | null)[]; shared: boolean } {
  const heads: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(h, c) && UNIT_LIST_RANK_HEADER.test(grid.compactText(h, c)) && RANK_HEAD.test(grid.compactText(h, c)) && !lists.some((l) => l.scoreCol === c)) heads.push(c);
  if (lists.length === 1) return { cols: [heads[0] ?? placeCol], shared: false };
  // (each list's places on the same side of it: right before its units, 名次 | 学校 | 总分 …, or right after its scores)
  for (const side of [-1, 1]) {
    const own = lists.map((l) => (side < 0 ? l.unitCol - 1 : l.scoreCol + 1));
    if (own.every((c) => heads.includes(c))) return { cols: own, shared: false };
  }
  const left = heads.length === 1 && heads[0] < lists[0].unitCol ? heads[0] : heads.length === 0 ? placeCol : null;
  return { cols: lists.map(() => left), shared: left !== null };
}

/** a rank cell marked empty ('/', '—', 不参评): a line the list does not rank */
function unranked(t: string): boolean {
  return isNotApplicableText(t) || isNotApplicableWord(t) || /^(不参评|未参评|不参与排名|不排名|不计排名)$/.test(t);
}

/**
 * The line's name stands in its rank cell too (省道215 merged over 排名 | 村别, or that merge filled across in an export): a
 * line the list adds without a place, no rank of its own.
 */
function nameSpansRank(grid: Grid, r: number, rankCol: number, unitCol: number): boolean {
  return grid.compactText(r, rankCol) === grid.compactText(r, unitCol);
}

/** caption lines (a block's name, '(二)环境卫生考核督查情况') that may stand between a block's last line and the header printed again */
const BLOCK_CAPTION_LINES = 2;

/**
 * The list's further blocks (UnitResultList.blocks): below its last line — past blank lines and at most
 * BLOCK_CAPTION_LINES lines of one text (merged across, or filled across) and no number — the header printed again, cell for cell, over MIN_UNITS unit lines
 * or more; and so on below each. A scored handling list's blocks hold its measures' evidence too.
 */
function repeatedBlocks(grid: Grid, header: number, head: Head, rows: number[], measured: boolean): { headerRow: number; rows: number[] }[] {
  const out: { headerRow: number; rows: number[] }[] = [];
  let last = rows[rows.length - 1];
  for (;;) {
    let h = last + 1;
    let captions = 0;
    for (; h <= grid.rowCount; h++) {
      if (!grid.rowHasContent(h)) continue;
      if (sameHeader(grid, header, h)) break;
      // (one text: in one cell, merged across, or that merge filled across by an export — the same text in every cell)
      let text = "";
      let one = true;
      for (let c = 1; c <= grid.scanCols && one; c++) {
        const t = grid.ownsCell(h, c) ? grid.compactText(h, c) : "";
        if (t && text && t !== text) one = false;
        else if (t) text = t;
      }
      if (!one || !text || numberOrPointsAt(grid, h, grid.firstTextCell(h) || 1) || ++captions > BLOCK_CAPTION_LINES) return out;
    }
    if (h > grid.rowCount) return out;
    const own = unitLines(grid, h, head.unitCol, head.scoreCol);
    if (own.length < MIN_UNITS || (measured && !measuresHold(grid, own, head))) return out;
    out.push({ headerRow: h, rows: own });
    last = own[own.length - 1];
  }
}

/** Line `h` repeats the header line `header` cell for cell (the same compact texts in the same columns). */
function sameHeader(grid: Grid, header: number, h: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) if (grid.compactText(h, c) !== grid.compactText(header, c)) return false;
  return true;
}

/** Row `r` as a result list's header: a unit column, a score column right of it, nothing but the allowed columns. */
function headerAt(grid: Grid, r: number): Head | null {
  let unitCol = 0;
  let scoreCol = 0;
  let noteCol: number | null = null;
  let deductCol: number | null = null;
  let baseCol: number | null = null;
  let bareName = false;
  let rankCol: number | null = null;
  let shareLine = false;
  const rateCols: number[] = [];
  const countCols: number[] = [];
  let handlingHead = false;
  const further: { unitCol: number; scoreCol: number }[] = [];
  let open = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (t.length > 12) return null;
    // (the first list's unit head again, then its score head: a further list beside it — the same heads in the same order)
    if (unitCol && scoreCol && !open && t === grid.compactText(r, unitCol)) {
      open = c;
      continue;
    }
    if (open) {
      if (t !== grid.compactText(r, scoreCol)) return null;
      further.push({ unitCol: open, scoreCol: c });
      open = 0;
      continue;
    }
    // (past a further list only a rank head, its places, may stand before the next)
    if (further.length && !(UNIT_LIST_RANK_HEADER.test(t) && RANK_HEAD.test(t))) return null;
    if (!unitCol && (UNIT_LIST_UNIT_HEADER.test(t) || UNIT_LIST_BARE_NAME.test(t))) {
      unitCol = c;
      bareName = UNIT_LIST_BARE_NAME.test(t);
    }
    // (a scored handling list's unit, 受理单位, and its bare 评分: read only with its measures' evidence, measuresHold)
    else if (!unitCol && HANDLING_UNIT_HEADER.test(t)) {
      unitCol = c;
      handlingHead = true;
    }
    else if (unitCol && !scoreCol && UNIT_LIST_SCORE_HEADER.test(t)) scoreCol = c;
    else if (unitCol && !scoreCol && HANDLING_SCORE_HEADER.test(t)) {
      scoreCol = c;
      handlingHead = true;
    }
    else if (unitCol && deductCol === null && UNIT_LIST_DEDUCT_HEADER.test(t)) deductCol = c;
    else if (unitCol && baseCol === null && UNIT_LIST_BASE_HEADER.test(t)) baseCol = c;
    else if (unitCol && noteCol === null && UNIT_LIST_NOTE_HEADER.test(t)) noteCol = c;
    // (a 备注 column beside the notes already read, 考核情况 | 得分 | 备注: remarks, no column the list reads)
    else if (unitCol && noteCol !== null && NOTE_COLUMN_HEADER.test(t)) continue;
    // (remarks in words, 考评暗访存在问题 | 本月各级暗访情况, or the prize a place won, 奖励金(元): columns the list does not read)
    else if (unitCol && UNIT_LIST_REMARK_HEADER.test(t)) continue;
    // (a scored handling list's rates and counts, 办结率 | 交办总量: the unit's measures, read with their evidence)
    else if (unitCol && HANDLING_RATE_HEADER.test(t)) rateCols.push(c);
    else if (unitCol && HANDLING_COUNT_HEADER.test(t)) countCols.push(c);
    else if (!NUMBERING_HEADER.test(t) && !UNIT_LIST_RANK_HEADER.test(t) && !(unitCol && isPartHead(grid, r, c, t))) return null;
    // (a part's share on the header's next line: the header takes two lines, the units start under the shares)
    else if (!UNIT_LIST_PART_HEADER.test(t) && unitCol && UNIT_LIST_PART_NAME.test(t) && !UNIT_LIST_SCORE_HEADER.test(t)) shareLine = true;
    // (the rank column on either side of the units: 排名 | 村别 | … | 得分, 丰州, or 街道名称 | … | 总分 | 排名, 南通)
    if (rankCol === null && UNIT_LIST_RANK_HEADER.test(t) && RANK_HEAD.test(t)) rankCol = c;
  }
  if (open) return null;
  // (lists side by side are lists of units and their scores only: no notes, deductions, bases or measures beside them)
  if (further.length && (noteCol !== null || deductCol !== null || baseCol !== null || rateCols.length || countCols.length || shareLine)) return null;
  return unitCol && scoreCol ? { unitCol, scoreCol, noteCol, deductCol, baseCol, bareName, rankCol, shareLine, rateCols, countCols, handlingHead, further } : null;
}

/** a part of the score with its share: in its head (经济指数(30%)), or on the header's next line under it (系统考核得分 over '(占40%)');
 * or with its most points in its head (信息公开(30分) beside 总得分(100分)) */
function isPartHead(grid: Grid, r: number, c: number, t: string): boolean {
  if (UNIT_LIST_PART_HEADER.test(t) || UNIT_LIST_PART_POINTS.test(t)) return true;
  return UNIT_LIST_PART_NAME.test(t) && r < grid.rowCount && grid.ownsCell(r + 1, c) && UNIT_LIST_PART_SHARE.test(grid.compactText(r + 1, c));
}

/** The lines under the header naming a unit with a number in the score column (a last line cut before its score is none). */
function unitLines(grid: Grid, header: number, unitCol: number, scoreCol: number): number[] {
  const rows: number[] = [];
  const below = grid.mergeAt(header, unitCol)?.r2 ?? header;
  // (from the first line under the header: empty lines spacing them out stepped over)
  for (let r = lineBelow(grid, below); r <= grid.rowCount; r++) {
    const unit = grid.compactText(r, unitCol);
    if (!unit || readNumber(grid.raw(r, unitCol), grid.format(r, unitCol))) break;
    const score = numberOrPointsAt(grid, r, scoreCol);
    if (!score || score.percent) {
      // (the sheet cut inside the last line, its score not reached)
      if (grid.compactText(r, scoreCol) === "") continue;
      break;
    }
    rows.push(r);
  }
  return rows;
}

/** A base stated in the title's lines or the header ("满分100分", "百分制"): its value and cell. */
function statedBase(grid: Grid, header: number): { value: number; cell: string } | null {
  for (let r = 1; r <= header; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const m = STATED_BASE.exec(grid.compactText(r, c));
      if (m) return { value: m[2] ? 100 : Number(m[1] ?? m[3]), cell: grid.addr(r, c) };
    }
  }
  return null;
}

/** "扣0.5分", "扣除1分", "扣减 2 分": a deduction the notes state */
const DEDUCTION = /扣(?:除|减)?(\d+(?:\.\d+)?)分/g;
/** notes that do not state a deduction to subtract: a rule (每, 最多), a bonus, a deduction waived or not counted */
const NOT_STATED_DEDUCTIONS = /每|最多|最高|至多|不超过|加\d|加分|奖励|不扣|免扣|免予扣|不予扣|扣完|扣分(?!\d)|扣\D{1,4}分|[一二三四五六七八九十半]分/;

/**
 * Each unit's score against its base less its deductions (a difference per line): the 扣分 column's where one stands
 * beside the score, else the deductions its notes state ("扣1分、扣0.5分" summed; no deduction stated, none counted).
 * A base the sheet does not state (100 assumed) makes the relation a hint: `assumed`.
 */
export function unitResultRelations(grid: Grid): DifferenceRelation[] {
  const list = unitResultList(grid);
  if (!list || (list.deductCol === null && list.noteCol === null)) return [];
  // (notes that state no deduction on any line, 存在问题 | 得分 over '房前屋后保洁不到位' and 93: the problems found in words,
  // not the deductions counted — no base less deductions to read)
  if (list.deductCol === null && !list.rows.some((r) => /扣(?:除|减)?\d/.test(grid.compactText(r, list.noteCol!)))) return [];
  const out: DifferenceRelation[] = [];
  const headerCell = grid.addr(list.headerRow, list.scoreCol);
  const assumed = list.baseCol === null && list.baseCell === null;
  for (const r of allRows(list)) {
    const score = numberOrPointsAt(grid, r, list.scoreCol);
    if (!score) continue;
    let base: RelationTerm;
    if (list.baseCol !== null) {
      const b = numberOrPointsAt(grid, r, list.baseCol);
      if (!b) continue;
      base = { ...b, label: "满分" };
    } else base = { cell: list.baseCell ?? headerCell, row: list.headerRow, col: list.scoreCol, value: list.base, text: String(list.base), decimals: 0, percent: false, label: "满分" };
    let deduction: RelationTerm;
    if (list.deductCol !== null) {
      const text = grid.compactText(r, list.deductCol);
      const d = text === "" ? null : numberOrPointsAt(grid, r, list.deductCol);
      if (text !== "" && !d) continue;
      deduction = d ? { ...d, value: Math.abs(d.value), label: "扣分" } : { cell: grid.addr(r, list.deductCol), row: r, col: list.deductCol, value: 0, text: "", decimals: 0, percent: false, label: "扣分" };
    } else {
      const note = grid.compactText(r, list.noteCol!);
      if (!note || NOT_STATED_DEDUCTIONS.test(note)) continue;
      let sum = 0;
      let decimals = 0;
      DEDUCTION.lastIndex = 0;
      for (let m = DEDUCTION.exec(note); m; m = DEDUCTION.exec(note)) {
        sum += Number(m[1]);
        decimals = Math.max(decimals, m[1].split(".")[1]?.length ?? 0);
      }
      sum = Math.round(sum * 1e6) / 1e6;
      deduction = { cell: grid.addr(r, list.noteCol!), row: r, col: list.noteCol!, value: sum, text: String(sum), decimals, percent: false, label: "扣分" };
    }
    out.push({
      kind: "difference",
      id: `difference:score:${score.cell}`,
      measure: "score",
      block: "result-list",
      label: `${grid.compactText(r, list.unitCol)}得分`,
      bound: "equal",
      result: { ...score, label: "得分" },
      minuend: base,
      subtrahends: [deduction],
      ...(assumed ? { assumed: true as const } : {}),
    });
  }
  return out;
}

/** A number cut inside its text ("90." where the page stops): no stated total. */
const CUT_TOTAL = /\.$/;

/**
 * A result list's rank column against the scores it ranks (街道名称 | … | 总分 | 排名, 南通: 94.91 → 1, 94.90 → 2; 94.31 and
 * 94.31 → 4 and 5, tied): one relation per ranked line (its place among the lines by score, ties sharing the places they
 * span), the highest first unless a head says lower is better. Read only where the column is a ranking of these scores:
 * whole numbers, at most the count of ranked lines, and at least MIN_UNITS lines — two in three of them or more — in their
 * place (the lowest first where the title or a head says so: 倒数排名, 由低到高) (a rank within groups, or by another column, puts most lines out of place: not read). A line without a rank (the
 * whole's, 总体) is no ranked line. Ranks that start again at 1 on a line of another total are ranks per group: not read;
 * ranks that give tied totals one rank and the next total the next (1, 2, 2, 3: a dense ranking) are read so.
 */
export function rankRelations(grid: Grid): RankRelation[] {
  const list = unitResultList(grid);
  if (!list) return [];
  // (one list printed two units a line: one ranking over its blocks, per table, wrapped-lists.ts)
  if (list.wrapped) return wrappedRankRelations(grid);
  const all: SideList[] = [{ unitCol: list.unitCol, scoreCol: list.scoreCol, rows: list.rows }, ...list.lists];
  // (a ranking read from its shape: its own rank column)
  const { cols, shared } = list.rankCol !== undefined ? { cols: [list.rankCol], shared: false } : rankColumns(grid, list.headerRow, all, list.placeCol);
  const out: RankRelation[] = [];
  // (a table of its own above the list, several-tables.ts: its ranks against its scores)
  const e = list.earlier;
  if (e) for (const x of listRanks(grid, e.headerRow, { unitCol: e.unitCol, scoreCol: e.scoreCol, rows: e.rows }, e.rankCol, false, "", e.ascending)) out.push(x);
  // (the blocks under the header printed again: each its own ranking, in the same columns)
  if (cols[0] !== null) for (const b of list.blocks) for (const x of listRanks(grid, b.headerRow, { unitCol: list.unitCol, scoreCol: list.scoreCol, rows: b.rows }, cols[0], false, "")) out.push(x);
  // (lists side by side: each ranked on its own, named by the period over it, 2009年总分)
  for (let k = 0; k < all.length; k++) {
    const rankCol = cols[k];
    if (rankCol === null) continue;
    const period = all.length > 1 ? periodOver(grid, list.topRow < list.headerRow ? list.topRow : null, all[k].unitCol, all[k].scoreCol) : "";
    for (const x of listRanks(grid, list.headerRow, all[k], rankCol, shared, period, list.ascending, list.headless)) out.push(x);
  }
  // (a list of its own below, several-tables.ts: its ranks against its scores, by its own rank column)
  const n = list.later;
  if (n && n.rankCol === undefined && !n.lists.length) {
    const c = rankColumns(grid, n.headerRow, [{ unitCol: n.unitCol, scoreCol: n.scoreCol }], n.placeCol).cols[0];
    if (c !== null && c !== undefined) for (const x of listRanks(grid, n.headerRow, { unitCol: n.unitCol, scoreCol: n.scoreCol, rows: n.rows }, c, false, "")) out.push(x);
  }
  return out;
}

/**
 * One list's ranks against its totals (rankRelations). A place column shared by lists side by side states no list's
 * place alone: each line's relation is stated at its total (Ranking.shared), the place cell beside it.
 */
function listRanks(grid: Grid, h: number, list: SideList, rankCol: number, shared: boolean, period: string, direction?: boolean, headless?: boolean): RankRelation[] {
  const ranks: RelationTerm[] = [];
  const totals: RelationTerm[] = [];
  for (let k = 0; k < list.rows.length; k++) {
    const r = list.rows[k];
    const t = grid.compactText(r, rankCol);
    // (a tie whose place is printed once, the tied line's place left blank: the place of the line above where its total
    // equals this line's, as value-rankings.ts reads it — one relation a line, at its own blank rank cell)
    if (!t && k > 0 && ranks.length && ranks[ranks.length - 1].row === list.rows[k - 1]) {
      const total = numberOrPointsAt(grid, r, list.scoreCol);
      const above = totals[totals.length - 1];
      if (total && !total.percent && Math.abs(total.value - above.value) < 1e-9) {
        const name = grid.compactText(r, list.unitCol);
        ranks.push({ ...ranks[ranks.length - 1], cell: grid.addr(r, rankCol), row: r, label: name });
        totals.push({ ...total, label: name });
      }
      continue;
    }
    if (!t || nameSpansRank(grid, r, rankCol, list.unitCol)) continue;
    const rank = rankOf(t);
    // (a line marked unranked, '/' or '—', passed over; another text that is no rank: no column of ranks)
    if (rank === null && unranked(t)) continue;
    if (rank === null) return [];
    const total = numberOrPointsAt(grid, r, list.scoreCol);
    if (!total || total.percent || (typeof grid.raw(r, list.scoreCol) === "string" && CUT_TOTAL.test(grid.compactText(r, list.scoreCol)))) continue;
    const name = grid.compactText(r, list.unitCol);
    ranks.push({ cell: grid.addr(r, rankCol), row: r, col: rankCol, value: rank, text: t, decimals: 0, percent: false, label: name });
    totals.push({ ...total, label: name });
  }
  const n = ranks.length;
  if (n < MIN_UNITS || ranks.some((x) => x.value < 1 || x.value > n)) return [];
  let said = `${grid.compactText(h, rankCol)}|${grid.compactText(h, list.scoreCol)}`;
  for (let t = 1; t < h; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c)) said += "|" + grid.compactText(t, c);
  // (rank 1 on two lines whose totals differ: the ranks start again — a ranking per group (一类 | 二类 街道, each from
  // 1), no one ranking of these lines)
  let top: number | null = null;
  for (let k = 0; k < n; k++) {
    if (ranks[k].value !== 1) continue;
    if (top !== null && Math.abs(top - totals[k].value) > 1e-9) return [];
    top = totals[k].value;
  }
  const ascending = direction ?? LOWER_BETTER.test(said);
  const all = totals.map((x) => x.value).sort((a, b) => (ascending ? a - b : b - a));
  // (tied totals under a dense ranking, 中国式排名: 1, 2, 2, 3 — each line's place among the distinct totals; read so
  // where more lines agree with it than with places spanned by ties, 1, 2, 2, 4)
  const distinct = all.filter((v, k) => k === 0 || Math.abs(v - all[k - 1]) > 1e-9);
  let agree = agreeing(ranks, totals, all, ascending);
  let dense = false;
  if (distinct.length < n) {
    const d = agreeing(ranks, totals, distinct, ascending);
    if (d > agree) {
      agree = d;
      dense = true;
    }
  }
  // (or all lines but one or two in order by their ranks, a slip's total shifting the places of every line between:
  // 2009's third place 75.46 below the nine totals ranked after it, 11 of 12 lines in order, 2 in their places)
  // (asked only where the places disagree: quadratic in the lines)
  // (or, under a head naming a rank, all lines but two in their places and those two each in the other's: a pair of places
  // exchanged, a slip of a list too short for one in three, ranks.ts swappedPair)
  if ((agree < MIN_UNITS || (n - agree) * 3 > n) && !(n >= SHIFTED_MIN_LINES && outOfOrder(ranks, totals, ascending).size <= Math.max(1, Math.floor(n / 10))) && !(RANK_HEAD.test(grid.compactText(h, rankCol)) && swappedPair(ranks.map((x) => x.value), totals.map((x) => x.value), dense ? distinct : all, ascending))) return [];
  // (a list printed without its heads: the ranking named at its first rank cell, its scores 得分 — the line above is a
  // title's or none)
  const ranking: Ranking = { headCell: grid.addr(headless ? list.rows[0] : h, rankCol), totalName: headless ? HEADLESS_TOTAL_NAME : period + grid.compactText(h, list.scoreCol), totals, sorted: dense ? distinct : all, ascending, ...(dense ? { dense: true as const } : {}), ...(shared ? { shared: true as const } : {}) };
  const group = shared ? `rank:${ranking.headCell}:${grid.addr(h, list.scoreCol)}` : `rank:${ranking.headCell}`;
  const out: RankRelation[] = [];
  for (let k = 0; k < n; k++) out.push({ kind: "rank", id: `rank:score:${shared ? totals[k].cell : ranks[k].cell}`, measure: "score", block: "result-list", label: `${ranks[k].label}排名`, bound: "equal", rank: ranks[k], total: totals[k], ranking, group });
  return out;
}

/** the name of the scores a list printed without its heads ranks (the rank message's "与其得分 92.46 不符") */
const HEADLESS_TOTAL_NAME = "得分";

/** lines a ranking must hold to be read through a slip that shifts the places of the lines between */
const SHIFTED_MIN_LINES = 6;

/** The list's unit lines in every block (its own, then those under the header printed again). */
function allRows(list: UnitResultList): number[] {
  return list.blocks.length ? list.rows.concat(...list.blocks.map((b) => b.rows)) : list.rows;
}

/** How many lines' ranks fall in their places among `sorted` (every total, or the distinct totals of a dense ranking). */
function agreeing(ranks: RelationTerm[], totals: RelationTerm[], sorted: number[], ascending: boolean): number {
  let agree = 0;
  for (let k = 0; k < ranks.length; k++) {
    const p = placeOf(totals[k].value, sorted, ascending);
    if (ranks[k].value >= p.first && ranks[k].value <= p.last) agree++;
  }
  return agree;
}

/**
 * A scored handling list's rates against the counts it prints beside them (交办总量 | 办结数 | 办结率: 办结率 = 办结数 ÷
 * 交办总量 on each unit line): handling-lists.ts measureRatios over the list's lines, as an unscored list's are read.
 */
export function handlingRateRelations(grid: Grid): RatioRelation[] {
  const list = unitResultList(grid);
  return list ? measureRatios(grid, { ...list, rows: allRows(list) }, "result-list") : [];
}
