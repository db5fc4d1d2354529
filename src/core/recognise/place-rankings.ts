import type { Grid } from "../grid/grid";
import { lineBelow, numberOrPointsAt } from "./cells";
import { placeLine } from "./place-lines";
import { proseLine, soleText } from "./prose-lines";
import { rankOf } from "./ranks";
import { NOTE_COLUMN_HEADER, NUMBERING_HEADER, RANKED_PLACE_HEADER, UNIT_LIST_UNIT_HEADER, UNIT_NAME_END } from "./vocabulary";

/**
 * A ranking by place only: units listed with their places and no score (洛阳 2012 三季度 安全生产工作排名: 名次 | 县(市)区,
 * 18 lines, places 1 2 3 4 4 6 … under prose headings). The ranked-list readers need a score the places order; here the
 * places are all there is, so the evidence is the head and the sequence:
 * - a head line of short texts: a rank head (名次, 排名, 位次, 排序, 综合排名 …) and a unit head — one of the unit words
 *   (单位, 县(市、区), 乡镇, 学校 …) or any short head over names four in five of which are a place's or a unit's
 *   (汝阳县, 瀍河区, 市教育局) — besides them at most a 序号 and notes (备注); no other column;
 * - under it MIN_LINES lines or more, each a place and a name (each name once), no number in any other cell (a list with
 *   scores is read by the readers that rank them);
 * - the places start at 1 and each follows the one before under competition (1 2 2 4) or dense (1 2 2 3) ranking on all
 *   lines but two or one in ten (a pair exchanged, a slip to report: placeSequenceSlips);
 * - above the head, a title or prose naming a ranking or an assessment (排名, 名次, 考评, 考核, 评比 …).
 * Near shapes not read: a numbered list (序号 | 单位, no rank head), a staff list (姓名 | 名次 is no unit list: the names are
 * people's), a table with scores (its readers'), a rank head over numbers only.
 */
export interface PlaceRanking {
  headerRow: number;
  rankCol: number;
  unitCol: number;
  rows: number[];
  places: number[];
}

const HEADER_ROWS = 60;
const MIN_LINES = 5;
/** a rank head: a rank word last, a short qualifier before it (综合排名, 2012年第三季度排名) */
const RANK_HEAD = /^[\u4e00-\u9fa5\d()]{0,10}(名次|排名|位次|排序)$/;
/** a unit head outside the unit words: any short text with no digit (县(市)区, 地方, 参评县区) over names that are places */
const SHORT_HEAD = /^[^\d]{1,8}$/;
/** an area head with its kinds in brackets: 县(市)区, 县(市、区), 乡(镇)街道 */
const AREA_HEAD = /^[县市区乡镇街道]{1,2}\([县市区乡镇街道、]{1,5}\)[县市区乡镇街道]{0,2}$/;
/** a title or prose naming a ranking or an assessment */
const RANKING_WORDS = /排名|排行|名次|位次|排序|考核|考评|评比|评价|评估|测评/;
/** names a place's or a unit's, a share of the lines (a head outside the unit words needs them) */
const NAMED_SHARE = 0.8;

const found = new WeakMap<Grid, PlaceRanking | null>();

/** The sheet's ranking by place only, or null (memoised per grid; asked only where no scored reading read a list). */
export function placeRanking(grid: Grid): PlaceRanking | null {
  let r = found.get(grid);
  if (r === undefined) {
    r = grid.hasText(/名次|排名|位次|排序/) ? findPlaceRanking(grid) : null;
    found.set(grid, r);
  }
  return r;
}

function findPlaceRanking(grid: Grid): PlaceRanking | null {
  const last = Math.min(grid.rowCount, HEADER_ROWS);
  for (let h = 1; h <= last; h++) {
    const head = headAt(grid, h);
    if (!head) continue;
    const list = readLines(grid, h, head.rankCol, head.unitCol, head.others);
    if (!list) continue;
    if (!head.unitWord && !namesAreUnits(grid, list.rows, head.unitCol)) continue;
    let title = "";
    for (let t = 1; t < h; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c)) title += grid.compactText(t, c) + "|";
    if (!RANKING_WORDS.test(title)) return null;
    // (two slips at most, a pair exchanged, or one line in ten: more is no ranking's sequence)
    if (placeSequenceSlips(list.places).length > Math.max(2, Math.floor(list.places.length / 10))) return null;
    return { headerRow: h, rankCol: head.rankCol, unitCol: head.unitCol, ...list };
  }
  return null;
}

/** Row h as the head: a rank head, a unit head beside it, at most a 序号 and notes besides. */
function headAt(grid: Grid, h: number): { rankCol: number; unitCol: number; unitWord: boolean; others: number[] } | null {
  let rankCol = 0;
  let unitCol = 0;
  let unitWord = false;
  const others: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(h, c)) continue;
    const t = grid.compactText(h, c);
    if (!t) continue;
    if (t.length > 12) return null;
    if (!rankCol && RANK_HEAD.test(t)) rankCol = c;
    else if (NUMBERING_HEADER.test(t) || NOTE_COLUMN_HEADER.test(t)) others.push(c);
    else if (!unitCol && (UNIT_LIST_UNIT_HEADER.test(t) || RANKED_PLACE_HEADER.test(t) || AREA_HEAD.test(t))) {
      unitCol = c;
      unitWord = true;
    } else if (!unitCol && SHORT_HEAD.test(t)) unitCol = c;
    else return null;
  }
  return rankCol && unitCol ? { rankCol, unitCol, unitWord, others } : null;
}

/** The ranked lines: a place and a name each once, no number elsewhere; stops at prose, a section label, a blank place. */
function readLines(grid: Grid, h: number, rankCol: number, unitCol: number, others: number[]): { rows: number[]; places: number[] } | null {
  const rows: number[] = [];
  const places: number[] = [];
  const names = new Set<string>();
  const below = Math.max(grid.mergeAt(h, rankCol)?.r2 ?? h, grid.mergeAt(h, unitCol)?.r2 ?? h);
  for (let r = lineBelow(grid, below); r <= grid.rowCount; r++) {
    if (!grid.rowHasContent(r) || proseLine(grid, r) || soleText(grid, r)) break;
    const place = rankOf(grid.compactText(r, rankCol));
    const name = grid.compactText(r, unitCol);
    if (place === null || !name || names.has(name) || numberOrPointsAt(grid, r, unitCol) || rankOf(name) !== null) break;
    // (a number in another cell: a scored list, its readers')
    for (let c = 1; c <= grid.scanCols; c++) if (c !== rankCol && c !== unitCol && !others.includes(c) && grid.ownsCell(r, c) && grid.compactText(r, c)) return null;
    names.add(name);
    rows.push(r);
    places.push(place);
  }
  return rows.length >= MIN_LINES && places[0] === 1 ? { rows, places } : null;
}

/** Four names in five a place's (汝阳县, 瀍河区) or a unit's (市教育局). */
function namesAreUnits(grid: Grid, rows: number[], unitCol: number): boolean {
  let named = 0;
  for (const r of rows) {
    const t = grid.compactText(r, unitCol);
    if (placeLine(t) !== null || UNIT_NAME_END.test(t) || /[县区市镇乡村]$/.test(t)) named++;
  }
  return named >= rows.length * NAMED_SHARE;
}

/**
 * The places wrong under both competition (1 2 2 4) and dense (1 2 2 3) ranking (indexes into `places`): a place that is
 * neither the one before (a tie), nor its line's place by count, nor the next after the one before — a place skipped
 * with no tie before it (1 2 3 5), a place out of order (1 2 4 3), a first place other than 1.
 */
export function placeSequenceSlips(places: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < places.length; k++) {
    const p = places[k];
    if (k === 0) {
      if (p !== 1) out.push(k);
      continue;
    }
    const prev = places[k - 1];
    if (p !== prev && p !== k + 1 && p !== prev + 1) out.push(k);
  }
  return out;
}
