import type { Grid } from "../grid/grid";
import { placeOf } from "../relations/evaluate";
import { lineBelow, numberOrPointsAt } from "./cells";
import { partsResults } from "./parts-results";
import { LOWER_BETTER, outOfOrder, rankOf } from "./ranks";
import { valueRankings } from "./value-rankings";
import { placeLine } from "./place-lines";
import { preambleLine } from "./preamble";
import { headWordsLine, proseLine, soleText } from "./prose-lines";
import { AMOUNT_OR_COUNT_HEADER, HIGHER_BETTER, NUMBERING_HEADER, TOTAL_LABEL, UNIT_LIST_REMARK_HEADER, UNIT_NAME_END } from "./vocabulary";

/**
 * A published ranking of units read from its shape, whatever its heads say (部委网站 绩效评估 前30: 排名 | 名称 | 信息公开指数 |
 * … | 总分; 四川 国土 网上公开 排名表: 排名 | 地市名称 | 总得分(100) | parts; 名次 | 受评机关 | 绩效指数; 序号 | 学校 | 评估分值
 * with ties 1, 2, 2, 4). unit-results.ts reads such a list by its words — a unit head it knows (被考核单位, 街道名称), a score head
 * (得分, 总分), every other head one it allows — and declines a list whose heads it does not know (a bare 名称, parts named
 * 信息公开指数 with no share, 地市名称, 受评部门). The evidence here is the ranking itself:
 * - a rank column: headed by a rank word (排名, 名次, 位次, 排序, 2014年排名, 综合排名), or — headed 序号 or not at all — holding a
 *   tie (a place shared by two lines: a numbering never repeats), its places printed in order;
 * - a column of names on every ranked line, each name once (the units);
 * - a column of numbers (no percentage, no amount or count head: 金额, 万元, 件数) that the places order: one line in three
 *   at most out of its place (a slip the rank check reports), in one direction only — the highest first, or the lowest
 *   where the page says so (越小越好, 由低到高) or where only that direction holds (an index of pollution); a column of
 *   numbers falling with the places by chance is rare past a few lines: MIN_LINES ranked lines at least;
 * - no head naming money beside them (分配金额(万元), 奖补资金: an allocation by the places; a prize, 奖励金(元), is allowed);
 * - no title naming money or a list of another kind (…预算表, 分配表, 汇总表) unless it names a ranking or an assessment.
 * Near shapes it does not read: a budget or allocation table numbered 1..n (序号, no tie) even sorted by its amounts; a
 * rank column beside amounts only; ranks that start again per group or follow no printed number; a ranking by a
 * measured value that value-rankings.ts reads, and a results table by parts that parts-results.ts reads (theirs).
 */
export interface RankedList {
  /** the header's line holding the rank head, and its last line (the rank head merged down over a second line of heads) */
  headerRow: number;
  headerLastRow: number;
  rankCol: number;
  unitCol: number;
  scoreCol: number;
  /** the ranked lines with a number in the score column (a last line cut before its score is none) */
  rows: number[];
  /** 1 for the lowest: said on the page, or the only direction the places follow */
  ascending: boolean;
  /**
   * printed without its heads (headlessRanking): no header line — headerRow and headerLastRow are then the line above the
   * first ranked line (0 where the list opens the sheet, a title's last line where one stands above it)
   */
  headless?: true;
}

/** rows searched for the header; ranked lines a list read from its shape must show */
const HEADER_ROWS = 60;
const MIN_LINES = 5;
/** lines a ranking must hold to be read through a slip that shifts the places of the lines below it */
const SHIFTED_MIN_LINES = 6;
/** a sheet a ranking can be on: a rank word or a tie word (a regex over the joined texts, once per sheet) */
const RANK_WORD = /排名|名次|位次|排序|序号|并列/;
/** a rank column's head: a rank word last, a short qualifier before it (2014年排名, 综合排名, 全省排名, 排 名) */
const RANK_HEAD = /^[\u4e00-\u9fa5\d()]{0,8}(名次|排名|位次|排序)$/;
/** a header line's cells are short: a sentence on the line is no head */
const MAX_HEAD = 20;
/** a unit's name: text of 2–30 characters */
const NAME = /^\D.{1,29}$/s;
/** score words removed before a head is tested for an amount or a count (分数, 指数 hold 数; 总分合计 its 合计) */
const SCORE_WORDS = /得分|总分|评分|分数|分值|积分|指数|成绩|评价值/g;
/**
 * a head naming money (分配金额(万元), 奖补资金, 预算数): money by unit beside the places is an allocation by them, as
 * unit-results.ts holds — no results list (a prize, 奖励金(元), 奖金, is a place's, UNIT_LIST_REMARK_HEADER: allowed)
 */
const MONEY_HEAD = /金额|资金|经费|补助|奖补|拨款|拨付|投入|预算|决算|支出|收入|万元|元\)/;
/** a title naming money or another list (…预算表, 资金分配表, 汇总表, 统计表, 明细表): what the list is, whatever it ranks */
const OTHER_TITLE = /预算|决算|资金|经费|分配|拨付|汇总|统计|明细|台账|清单/;
/** a title naming a ranking or an assessment's results (…排名表, 前30名, 评估结果, 考核得分): the list ranks whatever it is */
const RANKING_TITLE = /排名|排行|名次|位次|前(\d{1,3}|[一二三四五六七八九十百]{1,4})(名|位)|考核|考评|评价|评估|评比|测评|评分|得分/;
/** a head naming a total score (总分, 总得分(100), 综合得分, 综合指数): the column preferred where two columns follow the places */
const TOTAL_HEAD = /^(总|综合|最终|合计|总计|汇总)|总分|总得分/;

const found = new WeakMap<Grid, RankedList | null>();

/** The sheet's ranking read from its shape, or null (memoised per grid). */
export function rankedList(grid: Grid): RankedList | null {
  let r = found.get(grid);
  if (r === undefined) {
    r = (grid.hasText(RANK_WORD) ? findRanking(grid) : null) ?? headlessRanking(grid);
    // (a ranking by a measured value or a results table by parts: their readers' lists)
    if (r && (valueRankings(grid).length || partsResults(grid))) r = null;
    found.set(grid, r);
  }
  return r;
}

function findRanking(grid: Grid): RankedList | null {
  const last = Math.min(grid.rowCount, HEADER_ROWS);
  for (let r = 1; r <= last; r++) {
    const heads = headLine(grid, r);
    if (!heads) continue;
    for (const c of heads.rankCols) {
      const list = readList(grid, r, c, heads.named.includes(c));
      if (list) return titleAllows(grid, r) ? list : null;
    }
  }
  return null;
}

/**
 * Row r as a header line: two cells or more with text, each short and no number; its candidate rank columns — a head
 * naming a rank, or (to be shown by a tie) a 序号 head or a blank head over a first place 1.
 */
function headLine(grid: Grid, r: number): { rankCols: number[]; named: number[] } | null {
  let texts = 0;
  const named: number[] = [];
  const unnamed: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) {
      unnamed.push(c);
      continue;
    }
    if (t.length > MAX_HEAD || numberOrPointsAt(grid, r, c) || rankOf(t) !== null) return null;
    if (MONEY_HEAD.test(t) && !UNIT_LIST_REMARK_HEADER.test(t)) return null;
    texts++;
    if (RANK_HEAD.test(t)) named.push(c);
    else if (NUMBERING_HEADER.test(t)) unnamed.push(c);
  }
  if (texts < 2) return null;
  if (!named.length && !unnamed.length) return null;
  const below = lineBelow(grid, r);
  const bare = unnamed.filter((c) => below <= grid.rowCount && rankOf(grid.compactText(below, c)) === 1);
  return { rankCols: [...named, ...bare], named };
}

/** the title's lines above the header */
function titleAbove(grid: Grid, header: number): string {
  let title = "";
  for (let t = 1; t < header; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c)) title += grid.compactText(t, c) + "|";
  return title;
}

function titleAllows(grid: Grid, header: number): boolean {
  const title = titleAbove(grid, header);
  return !OTHER_TITLE.test(title) || RANKING_TITLE.test(title);
}

/** The ranked lines under the header at rank column c, the units and the score the places order; or null. */
function readList(grid: Grid, header: number, rankCol: number, named: boolean): RankedList | null {
  const m = grid.mergeAt(header, rankCol);
  let lastHead = m ? m.r2 : header;
  // (a head's second line under the rank head, its merge undone: heads only, the rank column blank — prose-lines.ts)
  if (!m && headWordsLine(grid, header + 1) && !grid.compactText(header + 1, rankCol)) lastHead = header + 1;
  const first = lineBelow(grid, lastHead);
  // the lines: a place in the rank column (a tie printed once: blank, after the first line); stops at the first that is not
  const lines: number[] = [];
  const places: (number | null)[] = [];
  for (let r = first; r <= grid.rowCount; r++) {
    if (!grid.rowHasContent(r)) break;
    // (a line of prose alone in one cell, a 说明 its merge undone: no line of the list, prose-lines.ts)
    if (proseLine(grid, r)) break;
    const t = grid.compactText(r, rankCol);
    const place = rankOf(t);
    if (place === null && (t !== "" || !lines.length)) break;
    // (nor a line of one text with no place, a section's label under the list, 二、乡镇排名: a tie has a name and a score)
    if (place === null && soleText(grid, r)) break;
    lines.push(r);
    places.push(place);
  }
  // (the list cut right after a place, its name and score not reached: '28 | | ' ending the excerpt, or a template's next
  // place left blank — no line to check either way)
  while (lines.length && placeOnly(grid, lines[lines.length - 1], rankCol)) {
    lines.pop();
    places.pop();
  }
  if (lines.length < MIN_LINES) return null;
  const stated = places.filter((x): x is number => x !== null);
  // (a column headed 序号 or not at all is a rank only with a tie, its places in order: a numbering never repeats)
  if (!named && !(stated.every((x, k) => k === 0 || x >= stated[k - 1]) && stated.some((x, k) => k > 0 && x === stated[k - 1]))) return null;
  const unitCol = unitColumn(grid, lines, rankCol);
  if (unitCol === null) return null;
  let said = "";
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(header, c)) said += "|" + grid.compactText(header, c);
  said += "|" + titleAbove(grid, header);
  const lower = LOWER_BETTER.test(said);
  const higher = HIGHER_BETTER.test(said);
  let best: (RankedList & { agree: number; total: boolean }) | null = null;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === rankCol || c === unitCol) continue;
    const fit = fitOf(grid, header, lines, places, c, lower !== higher ? lower : null, named);
    if (!fit) continue;
    const head = grid.compactText(header, c) || grid.compactText(grid.anchorRow(header, c), c);
    const total = TOTAL_HEAD.test(head);
    // (two columns that the places order: the one named a total, else the one more lines agree with)
    if (!best || (total && !best.total) || (total === best.total && fit.agree > best.agree)) best = { headerRow: header, headerLastRow: lastHead, rankCol, unitCol, scoreCol: c, rows: fit.rows, ascending: fit.ascending, agree: fit.agree, total };
  }
  if (!best) return null;
  const { agree: _, total: __, ...list } = best;
  return list;
}

/** Line r holds its place and nothing else: a ranked line cut after its place, or left blank. */
function placeOnly(grid: Grid, r: number, rankCol: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) if (c !== rankCol && grid.ownsCell(r, c) && grid.compactText(r, c)) return false;
  return true;
}

/** The column of names on every line, each once: the nearest to the rank column (right of it first). */
function unitColumn(grid: Grid, lines: number[], rankCol: number): number | null {
  for (let d = 1; d < grid.scanCols; d++) {
    for (const c of [rankCol + d, rankCol - d]) {
      if (c < 1 || c > grid.scanCols) continue;
      const names = new Set<string>();
      let ok = true;
      for (const r of lines) {
        const t = grid.compactText(r, c);
        if (!NAME.test(t) || numberOrPointsAt(grid, r, c) || rankOf(t) !== null || names.has(t)) {
          ok = false;
          break;
        }
        names.add(t);
      }
      if (ok) return c;
    }
  }
  return null;
}

/**
 * How the places order column c: its head no amount or count; a number (no percentage) on every line but lines cut at
 * the list's end; the places within 1 to the count of those lines, 1 among them; the lines in their places under
 * competition (1, 2, 2, 4) or dense (1, 2, 2, 3) ranking in the direction said, else in the one that holds where the other
 * does not. A column headed 序号 or not at all (a tie its only evidence) holds with every line in place.
 */
function fitOf(grid: Grid, header: number, lines: number[], places: (number | null)[], c: number, said: boolean | null, named: boolean): { rows: number[]; ascending: boolean; agree: number } | null {
  const head = grid.compactText(header, c) || grid.compactText(grid.anchorRow(header, c), c);
  // (a total of scores, 合计得分 / 得分合计 / 总分合计: its 合计 a score's, res46)
  const rest = head.replace(SCORE_WORDS, "");
  if (AMOUNT_OR_COUNT_HEADER.test(rest === head ? rest : rest.replace(/合计|总计/g, ""))) return null;
  const rows: number[] = [];
  const values: number[] = [];
  const ranks: (number | null)[] = [];
  let cut = false;
  for (let k = 0; k < lines.length; k++) {
    const r = lines[k];
    const v = numberOrPointsAt(grid, r, c);
    if (!v) {
      // (the list cut inside its last lines: their scores not reached)
      if (grid.compactText(r, c) !== "") return null;
      cut = true;
      continue;
    }
    if (cut || v.percent) return null;
    // (a tie printed once: the place of the line above, where the values are equal)
    let place = places[k];
    if (place === null && k > 0 && ranks.length && values.length && Math.abs(values[values.length - 1] - v.value) < 1e-9) place = ranks[ranks.length - 1];
    rows.push(r);
    values.push(v.value);
    ranks.push(place);
  }
  const n = rows.length;
  const stated = ranks.filter((x): x is number => x !== null);
  if (n < MIN_LINES || stated.length < MIN_LINES || stated.some((x) => x < 1 || x > n) || !stated.includes(1)) return null;
  const agreeing = (ascending: boolean) => {
    const all = [...values].sort((a, b) => (ascending ? a - b : b - a));
    const distinct = all.filter((v, k) => k === 0 || Math.abs(v - all[k - 1]) > 1e-9);
    let comp = 0;
    let dense = 0;
    for (let k = 0; k < n; k++) {
      const rank = ranks[k];
      if (rank === null) continue;
      const p = placeOf(values[k], all, ascending);
      if (rank >= p.first && rank <= p.last) comp++;
      const q = placeOf(values[k], distinct, ascending);
      if (rank >= q.first && rank <= q.last) dense++;
    }
    return Math.max(comp, dense);
  };
  const m = stated.length;
  // (or all lines but one in ten in order by their places, a slip shifting the places of the lines below it:
  // unit-results.ts reads its own lists so, and rank-mismatch reports the slip alone)
  const placed = rows.flatMap((r, k) => (ranks[k] === null ? [] : [{ value: ranks[k]!, row: r }]));
  const totals = values.flatMap((v, k) => (ranks[k] === null ? [] : [{ value: v }]));
  const inOrder = (ascending: boolean) => m >= SHIFTED_MIN_LINES && outOfOrder(placed, totals, ascending).size <= Math.max(1, Math.floor(m / 10));
  const down = agreeing(false);
  const up = agreeing(true);
  const holds = (agree: number, ascending: boolean) => (named ? (agree >= MIN_LINES && (m - agree) * 3 <= m) || inOrder(ascending) : agree === m);
  let ascending: boolean;
  if (said !== null) {
    ascending = said;
    if (!holds(ascending ? up : down, ascending)) return null;
  } else {
    if (holds(down, false) === holds(up, true)) return null;
    ascending = holds(up, true);
  }
  return { rows, ascending, agree: ascending ? up : down };
}

// —— a ranking printed without its heads ——

/** ranked lines a list with no head must show: its shape its only evidence, more of it than a headed list's */
const HEADLESS_MIN_LINES = 8;
/** lines of one text each (a title, a unit, a date) that may stand above it */
const HEADLESS_TITLE_LINES = 3;
/** a form's preamble lines (项目名称 | …, 填报单位:…) that may stand above it */
const HEADLESS_PREAMBLE_LINES = 4;
/** ties a rank column may hold, a share of its lines at most (a column of one year on every line ties them all) */
const HEADLESS_MAX_TIES = 1 / 3;
/** names that must be a place's or a unit's (an item, 道路硬化工程, or a code is none), a share of the lines */
const HEADLESS_NAMED = 0.8;
/** a score: within 0–100 (an amount, 1200.50, is none) */
const HEADLESS_MAX_SCORE = 100;
/** a whole's line right under the lines (合计, 小计): an amount list's, no ranking's */
const WHOLE_LINE = /^小计/;

/**
 * A ranking printed, pasted or cut from a page without its heads (全国 城市 综合指数 前73: '1 | 2023 | 1 | 北京市 | 92.46' from
 * the sheet's first row, no title, no head line). Its shape is all the evidence, read strictly:
 * - the list opens the sheet, or stands under at most HEADLESS_TITLE_LINES lines of one text each (a title naming no other
 *   list: titleAllows) and a form's preamble lines (preamble.ts), its first line holding three cells or more, one a place;
 * - a rank column: places on HEADLESS_MIN_LINES lines or more, each the place of the line before (a tie) or the next one —
 *   competition (1, 2, 2, 4) or dense (1, 2, 2, 3) — from any first place (a page cut from a longer list starts at 31),
 *   a third of the lines tied at most (a year repeated on every line is no rank); of two such columns (序号 and 排名
 *   printed alike) the nearest to the names;
 * - a column of names beside it, each once, four in five of them a place's (place-lines.ts) or a unit's (UNIT_NAME_END);
 * - a column of scores within 0–100 on every line (the last may be cut), no percentage, that the places order on every
 *   line — the highest first (the lowest only where the title says so), tied places on equal scores only: no slip
 *   allowed, a list that is not a ranking is never read as one with a slip;
 * - no 合计 / 小计 line right under it (an amount list's whole).
 * Near shapes it does not read: a budget or allocation list numbered 1..n (amounts past 100, or a 合计); a code list
 * (a numbering beside codes and names: no score the places order); an item list (项目 names, no place or unit); units
 * numbered 1..n beside scores in any order; a time series (years, not names).
 */
function headlessRanking(grid: Grid): RankedList | null {
  // (the first line: the first row with three cells or more, under at most a few lines of one text each, and a form's
  // preamble lines, 项目名称 | … or 填报单位:… 单位:万元, stepped over as the headed readers step over any line above them)
  let first = 0;
  let titles = 0;
  let fields = 0;
  for (let r = 1; r <= Math.min(grid.rowCount, HEADER_ROWS) && !first; r++) {
    if (!grid.rowHasContent(r)) continue;
    if (preambleLine(grid, r)) {
      if (++fields > HEADLESS_PREAMBLE_LINES) return null;
      continue;
    }
    let n = 0;
    for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c) !== "") n++;
    if (n >= 3) first = r;
    else if (n !== 1 || ++titles > HEADLESS_TITLE_LINES) return null;
  }
  if (!first) return null;
  const found: { rankCol: number; unitCol: number; lines: number[]; places: number[]; tied: boolean }[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(first, c) || rankOf(grid.compactText(first, c)) === null) continue;
    const run = placesDown(grid, first, c);
    if (!run) continue;
    const unitCol = unitColumn(grid, run.lines, c);
    if (unitCol === null || !namesAreNames(grid, run.lines, unitCol)) continue;
    found.push({ rankCol: c, unitCol, ...run });
  }
  if (!found.length) return null;
  // (a column holding a tie is a rank, a numbering never repeats; else the nearest to the names)
  found.sort((a, b) => Number(b.tied) - Number(a.tied) || Math.abs(a.unitCol - a.rankCol) - Math.abs(b.unitCol - b.rankCol));
  const { rankCol, unitCol, lines, places } = found[0];
  const after = lineBelow(grid, lines[lines.length - 1]);
  if (after <= grid.rowCount) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(after, c) && (TOTAL_LABEL.test(grid.compactText(after, c)) || WHOLE_LINE.test(grid.compactText(after, c)))) return null;
  if (!titleAllows(grid, first)) return null;
  let title = "";
  for (let t = 1; t < first; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c)) title += grid.compactText(t, c) + "|";
  const ascending = LOWER_BETTER.test(title) && !HIGHER_BETTER.test(title);
  const ranks = new Set(found.map((f) => f.rankCol));
  // (of several columns the places order, the last: parts before their total)
  let best: { col: number; rows: number[] } | null = null;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (ranks.has(c) || c === unitCol) continue;
    const rows = orderedScores(grid, lines, places, c, ascending);
    if (rows) best = { col: c, rows };
  }
  if (!best) return null;
  return { headerRow: first - 1, headerLastRow: first - 1, rankCol, unitCol, scoreCol: best.col, rows: best.rows, ascending, headless: true };
}

/**
 * The places down column c from the first line: each the place before (a tie) or the next (competition or dense ranking),
 * HEADLESS_MIN_LINES lines or more, a third tied at most; stops at the first line that holds no place.
 */
function placesDown(grid: Grid, first: number, c: number): { lines: number[]; places: number[]; tied: boolean } | null {
  const lines: number[] = [];
  const places: number[] = [];
  let ties = 0;
  for (let r = first; r <= grid.rowCount; r++) {
    if (!grid.rowHasContent(r)) break;
    const p = rankOf(grid.compactText(r, c));
    if (p === null || p < 1) break;
    const k = places.length;
    if (k) {
      const prev = places[k - 1];
      if (p === prev) ties++;
      else if (p !== places[0] + k && p !== prev + 1) break;
    }
    lines.push(r);
    places.push(p);
  }
  if (lines.length < HEADLESS_MIN_LINES || ties > lines.length * HEADLESS_MAX_TIES) return null;
  return { lines, places, tied: ties > 0 };
}

/** Four names in five a place's or a unit's (北京市, 城关镇, 实验小学, 城管局), none a number. */
function namesAreNames(grid: Grid, lines: number[], unitCol: number): boolean {
  let named = 0;
  for (const r of lines) {
    const t = grid.compactText(r, unitCol);
    if (placeLine(t) !== null || UNIT_NAME_END.test(t)) named++;
  }
  return named >= lines.length * HEADLESS_NAMED;
}

/**
 * Column c as the scores the places order: a number within 0–100 (no percentage) on every line but a last one cut blank,
 * in the order of the places on every line (the highest first, or the lowest), tied places on equal scores; a column
 * repeating the places (a numbering) is none.
 */
function orderedScores(grid: Grid, lines: number[], places: number[], c: number, ascending: boolean): number[] | null {
  const rows: number[] = [];
  let prev: number | null = null;
  let same = true;
  for (let k = 0; k < lines.length; k++) {
    const r = lines[k];
    const v = numberOrPointsAt(grid, r, c);
    if (!v) {
      if (k === lines.length - 1 && grid.compactText(r, c) === "") break;
      return null;
    }
    if (v.percent || v.value < 0 || v.value > HEADLESS_MAX_SCORE) return null;
    if (v.value !== places[k]) same = false;
    if (prev !== null) {
      const tie = places[k] === places[k - 1];
      if (tie ? Math.abs(v.value - prev) > 1e-9 : ascending ? v.value <= prev + 1e-9 : v.value >= prev - 1e-9) return null;
    }
    prev = v.value;
    rows.push(r);
  }
  return same || rows.length < HEADLESS_MIN_LINES ? null : rows;
}
