import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm, SumRelation } from "../model/types";
import { ratioAgrees, sumAgrees } from "../relations/tolerance";
import { amountAt } from "./cells";
import { SHARE_WORD } from "./grouped-shares";
import { closingMatter } from "./table-closing";
import { PART_OF_PREFIX, PERIOD_COLUMN_HEAD } from "./vocabulary";

/**
 * An amount table whose columns are periods (a budget centre's 項 目 | 97年度 | 98年度 | … | 101年度; 項目 | 107年度 | … over
 * groups merged down; a county budget's 科目 | 說明 | … | 115預算 | 114預算 | 114差異 | 114比例; 项目 | 2021年 | 2022年 |
 * 2023年; 项目 | 一季度 | 二季度 …): a header line of words only (no number in it) with two period heads at least naming two
 * periods or more (PERIOD_COLUMN_HEAD: a year, an ROC year, a quarter or a month, the figure it holds after it or none),
 * a column left of the first of them (its head a name, or blank: a table's stub corner) naming the lines, and, right under it (a words-only sub-head line between at most), lines that
 * each carry a name left of the periods and a number in a period column — PERIOD_TABLE_LINES of them in a row at least.
 * A line of bare years (2019 | 2020: numbers), a single period (2024年预算 | 备注), periods over text lines (a plan's
 * tasks by year) or over fewer lines are no such table.
 */

/** lines with a name and a period's number a period table must open with */
const PERIOD_TABLE_LINES = 3;
/** a cell that may be a period head, for the one search over the sheet's joined texts (unanchored) */
const PERIOD_CELL_GATE = /\d年|\d(?:预算|决算|执行|实际|差异|比例|法定|审定|核定)|季|月|半年/;

export interface PeriodTable {
  /** the header's period line */
  head: number;
  /** the header's last line (the period line, or the words-only sub-head line under it) */
  last: number;
  /** the period columns, left to right */
  cols: number[];
  /** the first column of them: names stand left of it */
  firstCol: number;
  /** the table's first line */
  first: number;
}

/** The period tables of the sheet, top down (each header line once; a head printed again for a second half is its own). */
export function periodTables(grid: Grid): PeriodTable[] {
  // (read once per grid: the relations, the list head and the head over a list's lines all ask)
  let t = read.get(grid);
  if (!t) read.set(grid, (t = readPeriodTables(grid)));
  return t;
}
const read = new WeakMap<Grid, PeriodTable[]>();

function readPeriodTables(grid: Grid): PeriodTable[] {
  if (!grid.hasText(PERIOD_CELL_GATE)) return [];
  const { start, cols } = grid.textCells();
  const flags = grid.textMatches(PERIOD_CELL_GATE);
  const out: PeriodTable[] = [];
  for (let h = 1; h < grid.rowCount; h++) {
    let n = 0;
    for (let k = start[h]; k < start[h + 1]; k++) if (flags[k]) n++;
    if (n < 2) continue;
    const t = periodTableAt(grid, h, start[h], start[h + 1], cols);
    if (t) out.push(t);
  }
  return out;
}

function periodTableAt(grid: Grid, h: number, from: number, to: number, textCols: ArrayLike<number>): PeriodTable | null {
  const periodCols: number[] = [];
  const periods = new Set<string>();
  for (let k = from; k < to; k++) {
    const c = textCols[k];
    if (!grid.ownsCell(h, c) || grid.anchorCol(h, c) !== c) continue;
    if (numeric(grid, h, c)) return null;
    const m = PERIOD_COLUMN_HEAD.exec(grid.compactText(h, c));
    if (!m) continue;
    periodCols.push(c);
    periods.add(m[1].replace(/年度?$/, ""));
  }
  if (periodCols.length < 2 || periods.size < 2) return null;
  const firstCol = periodCols[0];
  // (a name column left of the periods: its head there, merged down to the line from above, or left blank — the stub's
  // corner of a statistical table; the lines' names below show the column, lineOf)
  if (firstCol < 2) return null;
  // the first line: right under the head, or under one words-only sub-head line (预算数 | 决算数 under each year)
  // (empty lines a user spaced the table out with are passed over: a gap is no end where the lines after it continue it)
  let last = h;
  let first = nextFilled(grid, h + 1);
  if (first <= grid.rowCount && !lineOf(grid, first, firstCol, periodCols) && !rowNumbers(grid, first)) {
    last = first;
    first = nextFilled(grid, first + 1);
  }
  // (grad53: the first line's name lost — a text layer rebuilt line by line keeps no label for the table's whole, '| 49,171 |
  // 51,385 | …' over '税收收入小计 | 27,631 | …' — where the named lines under it open the table as any: the line is the table's)
  const named = unnamedLine(grid, first, firstCol, periodCols) ? nextFilled(grid, first + 1) : first;
  let lines = 0;
  for (let r = named; r <= grid.rowCount && lines < PERIOD_TABLE_LINES; r = nextFilled(grid, r + 1)) {
    if (!lineOf(grid, r, firstCol, periodCols)) break;
    lines++;
  }
  if (lines < PERIOD_TABLE_LINES) return null;
  return { head: h, last, cols: periodCols, firstCol, first };
}

/** (grad53) A line with no text left of the periods and a number in every period column: a line whose name was lost. */
function unnamedLine(grid: Grid, r: number, firstCol: number, periodCols: readonly number[]): boolean {
  if (r > grid.rowCount) return false;
  for (let c = 1; c < firstCol; c++) if (grid.compactText(grid.anchorRow(r, c), grid.anchorCol(r, c)) !== "") return false;
  for (const c of periodCols) if (!grid.ownsCell(r, c) || !amountAt(grid, r, c)) return false;
  return true;
}

/** A line of the table: a name (a text that is no number) left of the periods, and a number in a period column. */
function lineOf(grid: Grid, r: number, firstCol: number, periodCols: readonly number[]): boolean {
  let name = false;
  for (let c = 1; c < firstCol && !name; c++) {
    const a = grid.anchor(r, c);
    const t = grid.compactText(a.row, a.col);
    name = t !== "" && !numeric(grid, a.row, a.col);
  }
  if (!name) return false;
  for (const c of periodCols) if (grid.ownsCell(r, c) && amountAt(grid, r, c)) return true;
  return false;
}

/** The first line from r on that has content (rowCount + 1 where none). */
function nextFilled(grid: Grid, r: number): number {
  while (r <= grid.rowCount && !grid.rowHasContent(r)) r++;
  return r;
}

function numeric(grid: Grid, r: number, c: number): boolean {
  return amountAt(grid, r, c) !== null;
}

function rowNumbers(grid: Grid, r: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c) && numeric(grid, r, c)) return true;
  return false;
}

/**
 * The header of the sheet's first period table (its top line: the period line, over a sub-head line of 完成数 | 预算数 where
 * one stands under it — a header of several lines is named by its top line), for a sheet of no family that no sum, product
 * or change shows as a list: the table is read from its period heads and its lines alone.
 */
export function periodTableHead(grid: Grid): { headerRow: number; top: number; totals: null } | null {
  const t = periodTables(grid)[0];
  return t ? { headerRow: t.last, top: t.head, totals: null } : null;
}

/** a line closing the lines above it (中長程計畫預算合計, 小計, 總計; its words first) */
const CLOSING_LINE = /(合计|小计|总计)(金额)?$/;
/** a period column of rates or shares, not added up */
const RATE_COLUMN = /比例|比率|百分比|率|占比|比重/;
/** columns that must agree before a closing line's run or a share line's base is taken, and their share of the columns */
const RUN_MIN_COLUMNS = 2;
const RUN_AGREE = 2 / 3;

/** The table's lines: from its first line on while a line has content, is no period head again, and holds no word in a period column. */
function tableEnd(grid: Grid, t: PeriodTable, next: number): number {
  let r = t.first;
  for (;;) {
    let k = r + 1;
    if (k >= next || k > grid.rowCount) break;
    if (!grid.rowHasContent(k)) {
      // (empty lines inside the table: no end where the line after them is a line of the table again)
      k = nextFilled(grid, k);
      if (k >= next || k > grid.rowCount || !lineOf(grid, k, t.firstCol, t.cols)) break;
    }
    if (closingMatter(grid, k)) break;
    let word = false;
    for (const c of t.cols) if (grid.ownsCell(k, c) && grid.compactText(k, c) && !amountAt(grid, k, c) && /[\u4e00-\u9fa5]/.test(grid.compactText(k, c))) word = true;
    if (word) break;
    r = k;
  }
  return r;
}

/** The line's name: its own texts left of the periods, joined (可支用預算數's 合計: 合計); "" where none. */
function lineLabel(grid: Grid, r: number, firstCol: number): string {
  let out = "";
  for (let c = 1; c < firstCol; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c) && !amountAt(grid, r, c)) out = grid.compactText(r, c);
  return out;
}

function term(grid: Grid, r: number, c: number, label: string): RelationTerm | null {
  const n = grid.ownsCell(r, c) ? amountAt(grid, r, c) : null;
  return n && !n.percent ? { ...n, label } : null;
}

/**
 * What a period table's own lines state (its period columns read each alike, so one column's coincidence is no
 * evidence — the lines must hold in most columns):
 * - a closing line named as a total (中長程計畫預算合計, 合計, 小計) is the sum of the run of lines right above it, up to the
 *   previous closing line or the table's first line: the run is the one whose sum is the closing line's figure in
 *   RUN_AGREE of the columns (RUN_MIN_COLUMNS at least) — a base line at the table's top (文化部主管預算, the whole the
 *   plans are a share of) is no part of it where the columns say so, nor a 其中 line (a part of the line above it); each
 *   column is then checked (a slip in one found).
 * - a share line (占比, 比重, 比例) right under a line of figures is that line over one line above it, the base the
 *   columns agree on (RUN_AGREE of them, RUN_MIN_COLUMNS at least, one base only), in points where the cells hold no %.
 * Rate columns (比例, 百分比) are no sums. Nothing where no run or base agrees.
 */
export function periodTableRelations(grid: Grid, skip: { first: number; last: number } | null): (SumRelation | RatioRelation)[] {
  const tables = periodTables(grid);
  const out: (SumRelation | RatioRelation)[] = [];
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i];
    if (skip && t.first <= skip.last && t.first >= skip.first) continue;
    const end = tableEnd(grid, t, i + 1 < tables.length ? tables[i + 1].head : grid.rowCount + 1);
    const cols = t.cols.filter((c) => !RATE_COLUMN.test(grid.compactText(grid.anchorRow(t.head, c), c)) && !RATE_COLUMN.test(grid.compactText(grid.anchorRow(t.last, c), c)));
    out.push(...codedOutline(grid, t, end, cols));
    let from = t.first;
    for (let r = t.first; r <= end; r++) {
      const label = lineLabel(grid, r, t.firstCol);
      if (CLOSING_LINE.test(label)) {
        out.push(...closingRun(grid, r, from, cols, label, t.firstCol));
        from = r + 1;
      } else if (SHARE_WORD.test(label)) {
        // (the line of figures right above it, past empty lines)
        let above = r - 1;
        while (above >= t.first && !grid.rowHasContent(above)) above--;
        if (above >= t.first) out.push(...shareLine(grid, r, above, t.first, t.cols, label, t.firstCol));
      }
    }
  }
  return out;
}

/** A line of a closing line's run: not a 其中 line (a part of the line above it, already in it). */
function inRun(grid: Grid, q: number, firstCol: number): boolean {
  return !PART_OF_PREFIX.test(lineLabel(grid, q, firstCol));
}

function closingRun(grid: Grid, r: number, from: number, cols: readonly number[], label: string, firstCol: number): SumRelation[] {
  const totals = cols.map((c) => term(grid, r, c, label));
  const filled = totals.filter((x) => x).length;
  if (filled < RUN_MIN_COLUMNS) return [];
  let best = 0;
  let bestAgree = 0;
  for (let s = r - 2; s >= from; s--) {
    let agree = 0;
    cols.forEach((c, k) => {
      const total = totals[k];
      if (!total) return;
      const parts: RelationTerm[] = [];
      for (let q = s; q < r; q++) {
        const p = inRun(grid, q, firstCol) ? term(grid, q, c, "") : null;
        if (p) parts.push(p);
      }
      if (parts.length && sumAgrees(total, parts).ok) agree++;
    });
    // (on a tie the longer run: a blank line above it adds nothing)
    if (agree >= bestAgree && agree > 0) [best, bestAgree] = [s, agree];
  }
  if (!best || bestAgree < RUN_MIN_COLUMNS || bestAgree < RUN_AGREE * filled) return [];
  const out: SumRelation[] = [];
  cols.forEach((c, k) => {
    const total = totals[k];
    if (!total) return;
    const parts: RelationTerm[] = [];
    for (let q = best; q < r; q++) {
      const p = inRun(grid, q, firstCol) ? term(grid, q, c, lineLabel(grid, q, firstCol)) : null;
      if (p) parts.push(p);
    }
    if (parts.length) out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "rows", label, total, parts, bound: "equal", group: `period-closing:${r}` });
  });
  return out;
}

function shareLine(grid: Grid, r: number, above: number, first: number, cols: readonly number[], label: string, firstCol: number): RatioRelation[] {
  const stated = cols.map((c) => (grid.ownsCell(r, c) ? amountAt(grid, r, c) : null));
  const nums = cols.map((c) => term(grid, above, c, lineLabel(grid, above, firstCol)));
  const filled = stated.filter((x, k) => x && nums[k]).length;
  if (filled < RUN_MIN_COLUMNS) return [];
  let best = 0;
  let bestAgree = 0;
  let tie = false;
  for (let d = first; d < above; d++) {
    let agree = 0;
    cols.forEach((c, k) => {
      const den = term(grid, d, c, "");
      if (stated[k] && nums[k] && den && den.value !== 0 && ratioAgrees(stated[k]!, nums[k]!.value, den.value, !stated[k]!.percent).ok) agree++;
    });
    if (agree > bestAgree) [best, bestAgree, tie] = [d, agree, false];
    else if (agree === bestAgree && agree > 0) tie = true;
  }
  if (!best || tie || bestAgree < RUN_MIN_COLUMNS || bestAgree < RUN_AGREE * filled) return [];
  const out: RatioRelation[] = [];
  const denLabel = lineLabel(grid, best, firstCol);
  cols.forEach((c, k) => {
    const s = stated[k];
    const den = term(grid, best, c, denLabel);
    if (!s || !nums[k] || !den || den.value === 0) return;
    out.push({
      kind: "ratio",
      id: `ratio:${s.cell}`,
      measure: "rate",
      block: "amount-table",
      name: label,
      label,
      stated: { ...s, label },
      numerator: nums[k]!,
      denominator: den,
      bound: "equal",
      ...(!s.percent ? { statedInPoints: true as const } : {}),
    });
  });
  return out;
}

/** a column of budget codes (編號 04 | 1000 | 1020 …; not 序号's 1, 2, 3) */
const BUDGET_CODE_HEAD = /^(编号|代码|编码|代号|科目代码|科目编号)$/;
const BUDGET_CODE = /^\d{2,8}$/;
/** a code written with a thousands separator ('1,020': a 4-digit code typed or formatted as a number) */
const SEPARATED_CODE = /^\d{1,3}(?:,\d{3})+$/;
/** coded lines whose sums must hold, and their share, before a table's code outline is read */
const OUTLINE_MIN_AGREE = 2;
const OUTLINE_AGREE = 2 / 3;

/**
 * A budget book's detail by code (花蓮縣's 編號 | 科目 | 說明 | 數量 | 單位 | 單價 | 115預算 …: 1000 人事費 over 1020 約聘僱人員待遇
 * | 1030 獎金 …, each over its detail lines with no code): a coded line's amount is the sum of the lines under it that carry
 * no code (its detail lines, 說明 | 數量 × 單價), up to the next coded line — kept only where OUTLINE_AGREE of those sums
 * hold (OUTLINE_MIN_AGREE at least), then each is checked; a code closing in two zeros or more (1000, 2100) is the sum
 * of the codes of its length after it that open with its digits before the zeros (1020 … 1055), up to one that does not
 * (2000) or a shorter one — kept where it holds in OUTLINE_AGREE of its columns (2000 over 2100 | 2110 | 2120 counts a
 * level twice: held in none, not read). Read in each period column but rates; a group the sheet stops inside (its last
 * line the sheet's last) is a bound (its lines at most the coded line's).
 */
function codedOutline(grid: Grid, t: PeriodTable, end: number, cols: readonly number[]): SumRelation[] {
  let codeCol = 0;
  for (let c = 1; c < t.firstCol && !codeCol; c++) for (const r of [t.head, t.last]) if (grid.ownsCell(r, c) && BUDGET_CODE_HEAD.test(grid.compactText(r, c))) codeCol = c;
  if (!codeCol) return [];
  const coded: { row: number; code: string }[] = [];
  for (let r = t.first; r <= end; r++) {
    const text = grid.ownsCell(r, codeCol) ? grid.compactText(r, codeCol) : "";
    // (a code is a code whatever its number format: '1,020' is 1020)
    const code = SEPARATED_CODE.test(text) ? text.replace(/,/g, "") : text;
    if (BUDGET_CODE.test(code)) coded.push({ row: r, code });
    else if (code) return [];
  }
  if (coded.length < 2) return [];
  // (the sheet's last line of the table: signature, notes and footer lines under a cut page change nothing of the cut)
  let last = grid.rowCount;
  while (last > t.first && (!grid.rowHasContent(last) || closingMatter(grid, last))) last--;
  const found: { rel: SumRelation; holds: boolean; parent?: boolean }[] = [];
  const push = (row: number, c: number, rows: number[], cut: boolean) => {
    const total = term(grid, row, c, lineLabel(grid, row, t.firstCol));
    if (!total) return;
    const parts: RelationTerm[] = [];
    for (const q of rows) {
      const p = term(grid, q, c, lineLabel(grid, q, t.firstCol) || grid.compactText(q, t.firstCol - 1));
      if (p) parts.push(p);
    }
    if (!parts.length) return;
    const rel: SumRelation = { kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "rows", label: total.label ?? "", total, parts, bound: cut ? "atMost" : "equal", group: `period-outline:${row}` };
    const sum = parts.reduce((a, p) => a + p.value, 0);
    found.push({ rel, holds: cut ? sum <= total.value + 0.5 : sumAgrees(total, parts).ok });
  };
  for (let i = 0; i < coded.length; i++) {
    const { row, code } = coded[i];
    const next = i + 1 < coded.length ? coded[i + 1].row : end + 1;
    // its detail lines: the lines under it with no code
    const detail: number[] = [];
    for (let q = row + 1; q < next; q++) detail.push(q);
    const cut = next > end && end >= last;
    if (detail.length) for (const c of cols) push(row, c, detail, cut);
    // a code closing in two zeros or more over the codes of its length that open with its digits before them
    const zeros = /0+$/.exec(code)?.[0].length ?? 0;
    if (zeros < PARENT_ZEROS || zeros >= code.length) continue;
    const prefix = code.slice(0, code.length - zeros);
    const children: number[] = [];
    let j = i + 1;
    for (; j < coded.length && coded[j].code.length === code.length && coded[j].code.startsWith(prefix); j++) children.push(coded[j].row);
    if (!children.length || (j < coded.length && coded[j].code.length > code.length)) continue;
    // (its own columns must bear it out: 2000 over 2100 | 2110 | 2120 adds a level twice and holds in none)
    const at = found.length;
    for (const c of cols) push(row, c, children, j >= coded.length && end >= last);
    const own = found.slice(at);
    if (own.filter((x) => x.holds).length < OUTLINE_AGREE * own.length) found.length = at;
    else own.forEach((x) => (x.parent = true));
  }
  const details = found.filter((x) => !x.parent);
  const holding = details.filter((x) => x.holds).length;
  if (holding < OUTLINE_MIN_AGREE || holding < OUTLINE_AGREE * details.length) return found.filter((x) => x.parent).map((x) => x.rel);
  return found.map((x) => x.rel);
}
/** the zeros a code closes in to head the codes after it (1000, 2100: not 1030, a sibling of 1035) */
const PARENT_ZEROS = 2;
