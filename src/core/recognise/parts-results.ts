import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { lineBelow, numberOrPointsAt } from "./cells";
import { NOTE_COLUMN_HEADER, NUMBERING_HEADER, RANKED_PLACE_HEADER, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

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
const MIN_PARTS = 2;
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

const found = new WeakMap<Grid, PartsResults | null>();

/** The sheet's results table by parts, or null (memoised per grid). */
export function partsResults(grid: Grid): PartsResults | null {
  let r = found.get(grid);
  if (r === undefined) {
    r = findTable(grid);
    found.set(grid, r);
  }
  return r;
}

function findTable(grid: Grid): PartsResults | null {
  if (!grid.hasText(/积分|总分|得分/)) return null;
  const last = Math.min(grid.rowCount, HEADER_ROWS);
  for (let r = 1; r <= last; r++) {
    const head = headAt(grid, r);
    if (!head) continue;
    const rows = lines(grid, r, head.unitCol, [...head.partCols, head.totalCol]);
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
function lines(grid: Grid, header: number, unitCol: number, cols: number[]): number[] {
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

