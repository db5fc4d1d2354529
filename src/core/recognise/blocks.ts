import type { Grid } from "../grid/grid";
import { changeRateLines, dropRateLineSums } from "./change-rate-lines";
import { rowMemo } from "../grid/row-memo";
import type { CellRange } from "../grid/a1";
import type { AmountUnit, DifferenceRelation, NumberRef, RatioRelation, Relation, RelationBlock, RelationTerm, SumRelation, Totals } from "../model/types";
import { compact } from "../text/normalize";
import { readNumber, withoutCurrency } from "../text/numbers";
import { labelCode } from "../text/codes";
import { LABEL_CLASS_CACHE_SIZE, TextCache } from "../text/cache";
import { agreesTyped, fallsShortTyped, ratioAgrees, sumAgrees } from "../relations/tolerance";
import { periodTableHead, periodTableRelations, periodTables } from "./period-table";
import { amountAt, columnCopiesLeft, copiesAbove, copiesEnd, copiesLeft, emptyColumn, headMerge, lineBelow, NUMBER_LIKE } from "./cells";
import { listLevel, numberedSubtotals } from "./numbered-funds";
import { codeCellLevel, levelledOutline, outlineChildren, outlineParents } from "./list-levels";
import { BLOCK_SUBTOTAL_GROUP, unlabelledBlockSubtotals } from "./block-subtotals";
import { fundSourceLines } from "./fund-source-line";
import { periodChanges, yearPeriods } from "./period-change";
import { codedHeadLine, codedLines, codeGroupCell, codedListFrom } from "./coded-lines";
import { levelColumnSums } from "./level-columns";
import { areaWholeLine, lineUnder, oneProvince } from "./place-lines";
import { columnMarkerLine } from "./column-markers";
import { budgetAdjustmentOnly, budgetRole } from "./headers";
import { repeatedSideStarts } from "./repeated-sides";
import { nestedSubtotals } from "./nested-subtotals";
import { joinedLineParts, namedWholeLine, withoutQuotes } from "./joined-parts";
import { placeholderAmounts, placeholderLine } from "./placeholder-lines";
import { latestBudgetColumn, moneyColumns } from "./grand-row-money";
import { sectionTableBelow } from "./separate-tables";
import type { WalkLine } from "./nested-subtotals";
import {
  AMOUNT_HEADERS,
  BARE_GRAND_TOTAL,
  BARE_SUM,
  CLOSING_COLUMN,
  GRAND_TOTAL_ROW,
  GROUP_TOTAL_HEAD,
  PAIR_GRAND_TOTAL,
  PAIR_SUBTOTAL,
  TOTAL_ENDING,
  TOTAL_OPENING,
  COUNT_COLUMN_HEAD,
  GRAND_TOTAL_END,
  SUM_LINE_END,
  AREA_WHOLE_LINE,
  withoutLineCount,
  NOT_ADDITIVE_NAME,
  CHANGE_RATE_NAME,
  SIGN_OFF_LABEL,
  CEILING_TARGET,
  AmountRole,
  EXPENSE_ITEM_HEADER,
  FUND_PART_LABEL,
  FUND_TOTAL_LABEL,
  FUND_WHOLE_LABEL,
  FUND_YEAR_LABEL,
  GROUP_TOTAL_ROW,
  ISSUE_BATCH_HEADER,
  SHARE_LINE,
  LIST_NUMBER,
  NUMBERING_HEADER,
  STATEMENT_LINE_HEADER,
  RESPONSIBLE_LINE,
  REMARK_LINE,
  CLOSING_TOTAL,
  ACCOUNT_TOTAL_ROW,
  BUDGET_TOTAL_LINE,
  CHANGE_HEAD,
  CLASSIFICATION_HEADER,
  CURRENT_PERIOD_BUDGET_HEADER,
  CURRENT_PERIOD_FINAL_HEADER,
  EARLIER_PERIOD_HEADER,
  nestedPart,
  PART_OF_PREFIX,
  ROW_TOTAL_AMOUNT,
  SCAN,
  UNIT_STATEMENT,
  UNIT_WAN,
  UNIT_YUAN,
  WEIGHTED_SCORE_HEADER,
  INTAKE_COUNT_HEADER,
  OUTCOME_COUNT_HEADER,
} from "./vocabulary";

/**
 * A generic scanner of amount blocks, run on every sheet: any header row with two or more amount columns
 * (合计 | 中央 | 省 | 市 | 县, 计划安排 | 实际到位 | 实际支出 | 结余, 全年预算数(A) | 全年执行数(B) | 执行率(B/A),
 * 支出内容 … 实际支出数) and the rows under it. It emits every relation the labels state:
 *  - sums in columns: a 合计 column against the part columns beside it, row by row;
 *  - sums in rows: a 合计 row against its 其中 rows, or against the list above it (expense lists), column by column;
 *  - differences: 结余 = 到位 (or 计划) − 支出, in columns or in rows;
 *  - ratios: 到位率 = 到位 / 计划, 执行率 = 支出 / 预算 (letters "(B/A)" say exactly which).
 * It names blocks and cells only; the rules decide what disagrees.
 */

/** label-only rows (amount cells blank) a block may have between its header and its first numbers */
const BLOCK_LABEL_ROWS = 2;

interface Col {
  col: number;
  role: AmountRole;
  label: string;
  /** letter hint: "全年预算数(A)" → "A" */
  letter: string | null;
  /** formula hint: "执行率(B/A)" → "B/A", "结余(C=A-B)" → "A-B" */
  formula: string | null;
  unit: AmountUnit | null;
  /** the header says its numbers are percentage points: 执行率(%) */
  points?: true;
}

/** A circled column number at a header's end, with the formula it may state over other columns' numbers. */
const CIRCLED_MARK = /([①-⑳])(?:=([①-⑳](?:[-+/*×][①-⑳])+)(?:[×*]100%)?)?$/;
/**
 * (rate52) A column's mark in a header's formula: a letter (A | B | C=B/A) or a circled number (①② | ③=①+② | ⑤=④/③);
 * the formulas the slots read: a difference of two marks, a quotient of two.
 */
const MARK = "(?:[A-Z]|[①-⑳])";
const QUOTIENT_FORMULA = new RegExp(`^(${MARK})/(${MARK})$`);
const DIFFERENCE_FORMULA = new RegExp(`^(${MARK})-(${MARK})$`);
const CIRCLED = /[①-⑳]/;
/** (rate52) a column's own letter written bare after its words ("委辦費A", "總經費C"): read only where a formula names it */
const BARE_LETTER = /[\u4e00-\u9fa5]([A-Z])$/;

/** (a module constant: a literal in a function makes a RegExp on every call) */
const UNIT_WAN_HINT = /\(万元\)|万元$/;
const UNIT_YUAN_HINT = /\(元\)/;
const UNIT_IN_BRACKETS = /\((万元|元|%|亿元)\)/g;
/** a header saying its numbers are percentage points: 执行率(%), 执行率% */
const POINTS_HEADER = /\(%\)|%$/;
const TRAILING_COLON = /[:：]$/;
const LETTER_HINT = /\(([A-Za-z])(?:=([A-Za-z][-+/*][A-Za-z](?:[-+][A-Za-z])*))?\)$|\(([A-Za-z][-+/][A-Za-z](?:[-+][A-Za-z])*)(?:[×*xX]100%)?\)$/;
const BRACKETED_EXPLANATION = /^([^()]{2,})\([^()]*\)$/;

/** An amount header's words, letter, formula and unit (parseAmountHeader). */
export type AmountHeader = Readonly<{ core: string; letter: string | null; formula: string | null; unit: AmountUnit | null }>;

/**
 * parseAmountHeader by text: amountRole, headerColumns, the slots and the tiered totals each read a header's text again, line
 * after line and reader after reader (one object per text, frozen: callers read its fields and copy them, never change it)
 */
const amountHeaderCache = new TextCache<AmountHeader>(LABEL_CLASS_CACHE_SIZE);

/** Header text without its unit and letter hints, and the hints (read once per text). */
export function parseAmountHeader(text: string): AmountHeader {
  let h = amountHeaderCache.get(text);
  if (h === undefined) {
    h = Object.freeze(parseAmountHeaderUncached(text));
    amountHeaderCache.set(text, h);
  }
  return h;
}

function parseAmountHeaderUncached(text: string): { core: string; letter: string | null; formula: string | null; unit: AmountUnit | null } {
  // a circled number naming the column for the sheet's own formulas ("年中调整金额②", "小计③=①+②", "结余金额⑥=③-④",
  // "支出实现率(%)⑤=④/③"): not part of the column's name
  // (rate52: the mark and its formula kept, a letter's way, where no letter in brackets names the column: "⑤=④/③" → ⑤, ④/③)
  const circled = CIRCLED_MARK.exec(compact(text));
  let c = compact(text).replace(CIRCLED_MARK, "");
  let unit: AmountUnit | null = null;
  if (UNIT_WAN_HINT.test(c)) unit = "万元";
  else if (UNIT_YUAN_HINT.test(c)) unit = "元";
  c = c.replace(UNIT_IN_BRACKETS, "").replace(TRAILING_COLON, "");
  let letter: string | null = null;
  let formula: string | null = null;
  // "(A)", "(C=A-B)", "(B/A)", and a rate's "(B/A×100%)"
  const m = LETTER_HINT.exec(c);
  if (m) {
    c = c.slice(0, m.index);
    letter = m[1] ? m[1].toUpperCase() : null;
    formula = (m[2] ?? m[3] ?? null)?.toUpperCase() ?? null;
  } else {
    // an explanation in brackets after a fund header ("实际到位金额 (到达项目单位)", "实际支出金额 (项目单位支出)"):
    // dropped when the words before it are amount vocabulary on their own
    const e = BRACKETED_EXPLANATION.exec(c);
    if (e && coreRole(e[1])) c = e[1];
  }
  if (circled && !letter && !formula) {
    letter = circled[1];
    formula = circled[2] ? circled[2].replace(/×/g, "*") : null;
  }
  return { core: c, letter, formula, unit };
}

/** (a module constant: a literal in a function makes a RegExp on every call) */
/**
 * (and a year whose 年 a site's template printed as '-': "2016-执行数", "本-预算数", "2017-度" on the 岳阳县 pages — a '-'
 * after a four-digit year or 本 / 上 with no digit after it, which a span "2017-18" would have)
 */
const LEADING_YEAR = /^(?:(?:19|20)\d{2}[-–—~至/](?:19|20)?\d{2}(?:年度?)?|(?:(?:19|20)\d{2}|本|上)(?:年|-(?!\d))度?)(?=.{2})/;
/** a fiscal year written after the words ("实收1997-98", "修订预算1999-2000"): says nothing of the role either */
const TRAILING_YEAR_SPAN = /(?:19|20)\d{2}[-–—~至/](?:19|20)?\d{2}(?:年度?)?$/;

/** The words without a fiscal year after them (two characters at least left). */
function withoutTrailingYearSpan(core: string): string {
  const m = TRAILING_YEAR_SPAN.exec(core);
  return m && m.index >= 2 ? core.slice(0, m.index) : core;
}
/** the whole a column is counted over says nothing of its role either ("全市完成投资总额", "全县计划投资") */
const LEADING_SCOPE = /^全[国省市州县区旗](?=.{2})/;

/** The role amount vocabulary gives a header's words (units and hints already stripped). */
function coreRole(core: string): AmountRole | null {
  // the year a column is for says nothing of its role ("2020年实际执行数", "本年度申请金额")
  const bare = withoutTrailingYearSpan(core.replace(LEADING_YEAR, "")).replace(LEADING_SCOPE, "");
  for (let k = 0; k < AMOUNT_HEADERS.length; k++) {
    const re = AMOUNT_HEADERS[k][1];
    if (re.test(core) || (bare !== core && re.test(bare))) return AMOUNT_HEADERS[k][0];
  }
  return MONEY_HEADER.test(bare) && !NOT_MONEY_HEADER.test(bare) ? "amount" : null;
}

/**
 * A column of money the vocabulary does not list by name: an allocation table's 补助资金, 补助经费, 补助金额, 资金投入,
 * 分配金额, 资金分配额, 下达资金, 安排资金, 提前下达金额, 奖补资金 … (a plain amount column: summed down its rows, never a
 * part of another column), the words before the money saying whose or which (a bare 资金 after a year is none); not a
 * rule, a recipient, a count or a rate about money (补助标准, 补助对象, 补助人数).
 */
const MONEY_HEADER = /^[\u4e00-\u9fa5]{2,8}(金额|资金|经费|补助|奖补|奖励|拨款|投入|分配额|下达额|安排额)$/;
const NOT_MONEY_HEADER = /标准|对象|人数|人次|户数|比例|比重|率|单价|数量|方式|用途|来源|名称|内容|说明|备注|类型|性质|项目|依据|范围|科目|编码|代码|序号/;

/** amountRole by text (every row outside the indicator table is tried as a header, cell by cell) */
const amountRoleCache = new TextCache<AmountRole | null>(LABEL_CLASS_CACHE_SIZE);

export function amountRole(text: string): AmountRole | null {
  if (!text) return null;
  let role = amountRoleCache.get(text);
  if (role === undefined) {
    role = amountRoleUncached(text);
    amountRoleCache.set(text, role);
  }
  return role;
}

function amountRoleUncached(text: string): AmountRole | null {
  const { core, formula } = parseAmountHeader(text);
  if (!core || core.length > 16) return null;
  // a quotient of two lettered columns is a rate whatever its words ("预算执行(E/C×100%)", "预算到位(D/C×100%)")
  if (formula && QUOTIENT_FORMULA.test(formula)) return "rate";
  return coreRole(core);
}

/**
 * A number written as text ("4000", "1,226.5", "-13.27", full-width "１２２６"): a sheet exported or pasted as text
 * keeps its amounts so. Matched against the cell's compact text (NFKC, no whitespace), a currency sign before it aside
 * ("$6,300,000.00" in a budget annex: the amount all the same, as readNumber reads it).
 */
const NUMBER_TEXT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** A cell holding a number, stored as one or written as text. */
function numericCell(grid: Grid, r: number, c: number): boolean {
  const raw = grid.raw(r, c);
  return typeof raw === "number" || (typeof raw === "string" && NUMBER_TEXT.test(withoutCurrency(grid.compactText(r, c))));
}

/** A numeric cell's value (0 for any other). */
function numericValue(grid: Grid, r: number, c: number): number {
  const raw = grid.raw(r, c);
  if (typeof raw === "number") return raw;
  if (typeof raw !== "string") return 0;
  const t = withoutCurrency(grid.compactText(r, c));
  return NUMBER_TEXT.test(t) ? Number(t.replace(/,/g, "")) : 0;
}

/** A line with a number in any of its own cells (asked of a line by several readers: once per grid and line, rowMemo). */
export const rowHasNumbers = rowMemo(lineHasNumbers);
function lineHasNumbers(grid: Grid, r: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && numericCell(grid, r, c)) return true;
  return false;
}

/**
 * A header of three lines or more written without merges: the word of column c on a header line above line r, blank in
 * c on r (总额 on the first of three lines, blank under it beside 已经下达 and 其中: over their sub-heads). Lines of
 * words only (two at least, no number), each blank in c down to r; "" where none.
 */
function wordHigherUp(grid: Grid, r: number, c: number, wordsLine: (k: number) => boolean = (k) => wordsOnly(grid, k)): string {
  if (!wordsLine(r)) return "";
  for (let k = r - 1; k >= Math.max(1, r - HEAD_LINES_ABOVE + 1); k--) {
    if (grid.anchorCol(k, c) !== c || !wordsLine(k)) return "";
    const t = grid.text(k, c);
    if (t) return t;
  }
  return "";
}

/** A line of words only: two named cells at least, no number. */
function wordsOnly(grid: Grid, r: number): boolean {
  return !rowHasNumbers(grid, r) && namedCells(grid, r, 1, grid.scanCols) >= 2;
}

function headerColumns(grid: Grid, r: number): Col[] {
  // (a line none of whose own texts names an amount's role heads no block, whatever it would borrow from the line above:
  // most lines of a sheet, answered before the borrowing is read — the columns kept need one such text of their own)
  if (!ownAmountHead(grid, r)) return [];
  let upperHasNumbers: boolean | undefined;
  // (the lines above read as words only or not, once per line for all the columns: wordHigherUp)
  const linesUp: (boolean | undefined)[] = [];
  const wordsLine = (k: number) => (linesUp[r - k] ??= wordsOnly(grid, k));
  const cols: Col[] = [];
  let own = 0;
  let numbers = 0;
  const borrowedCols = new Set<number>();
  /** (rate52) the line's own heads no amount vocabulary names, a formula's mark may (markedColumns) */
  const unnamed: { col: number; text: string }[] = [];
  // (whether the line holds numbers of its own: a line of data, read once for the line, not per cell)
  let ownNumbers: boolean | undefined;
  for (let c = 1; c <= grid.scanCols; c++) {
    // a horizontal merge counts once (filled across too)
    if (grid.anchorCol(r, c) !== c || filledAcross(grid, r, c, () => (ownNumbers ??= rowHasNumbers(grid, r)))) continue;
    let text = grid.text(r, c);
    let borrowed = false;
    // a two-row header written without merges: "合计" only in the upper row, above the parts' row
    // (an upper row of data — numbers in it — is no header to borrow from)
    if (!text && r > 1 && grid.anchorCol(r - 1, c) === c && (upperHasNumbers ??= rowHasNumbers(grid, r - 1)) === false) {
      text = grid.text(r - 1, c) || wordHigherUp(grid, r - 1, c, wordsLine);
      borrowed = true;
    } else if (text) {
      own++;
      if (NUMBER_LIKE.test(text)) numbers++;
    }
    const role = amountRole(text);
    if (!role) {
      if (text && !borrowed) unnamed.push({ col: c, text });
      continue;
    }
    if (borrowed) borrowedCols.add(c);
    const h = parseAmountHeader(text);
    cols.push({ col: c, role, label: h.core, letter: h.letter, formula: h.formula, unit: h.unit, ...(role === "rate" && POINTS_HEADER.test(compact(text)) ? { points: true as const } : {}) });
  }
  if (cols.some((x) => x.formula)) markedColumns(cols, unnamed);
  // borrowed labels only complete a header row (no numbers in it) that has roles of its own
  // (and a row whose own role is only a row label left of them — "合计" in the label column of a blank first line —
  // borrows nothing: it is the block's first data line, not the lower line of its header)
  const firstBorrowed = borrowedCols.size ? Math.min(...borrowedCols) : Infinity;
  const ownRight = cols.some((col) => !borrowedCols.has(col.col) && col.col > firstBorrowed);
  const kept = numbers > 0 || !ownRight ? cols.filter((col) => !borrowedCols.has(col.col)) : cols;
  return own > 0 && kept.some((col) => !borrowedCols.has(col.col)) ? kept : [];
}

/**
 * (rate52) The columns a header's own formula names by their marks (委辦費A | 海洋研究業務B | 總經費C | 比率(A/B),
 * 小计③=①+② | 年度拨付金额 | 支出实现率(%)⑤=④/③):
 *  - a head no amount vocabulary names, its mark (bracketed, or a letter bare after its words) in a formula of the line:
 *    an amount column, the page's formula its evidence;
 *  - a circled mark a formula names that no head bears, the columns numbered in order (③ | … | ⑤): the one column between
 *    the marks before and after it with no mark of its own (a page that left the ④ off its 年度拨付金额).
 * `cols` (in column order) is completed in place.
 */
function markedColumns(cols: Col[], unnamed: readonly { col: number; text: string }[]): void {
  const named = new Set<string>();
  for (const x of cols) if (x.formula) for (const m of x.formula.match(new RegExp(MARK, "g")) ?? []) named.add(m);
  for (const u of unnamed) {
    const h = parseAmountHeader(u.text);
    const bare = h.letter ? null : BARE_LETTER.exec(h.core);
    const letter = h.letter ?? (bare ? bare[1] : null);
    if (!letter || !named.has(letter) || cols.some((x) => x.letter === letter) || h.formula) continue;
    const label = bare ? h.core.slice(0, -1) : h.core;
    if (!label || NOT_MONEY_HEADER.test(label) || /件数|个数|数量/.test(label)) continue;
    let at = 0;
    while (at < cols.length && cols[at].col < u.col) at++;
    cols.splice(at, 0, { col: u.col, role: "amount", label, letter, formula: null, unit: h.unit });
  }
  for (const m of named) {
    if (!CIRCLED.test(m) || cols.some((x) => x.letter === m)) continue;
    const code = m.charCodeAt(0);
    const before = cols.findIndex((x) => x.letter === String.fromCharCode(code - 1));
    const after = cols.findIndex((x) => x.letter === String.fromCharCode(code + 1));
    if (before < 0 || after !== before + 2 || cols[before + 1].letter || cols[before + 1].role === "rate") continue;
    cols[before + 1].letter = m;
  }
}

/** Some cell of line `r` that is its merge's first column (or no merge's) has a text of its own naming an amount's role. */
function ownAmountHead(grid: Grid, r: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) {
    if (grid.anchorCol(r, c) !== c) continue;
    const text = grid.text(r, c);
    if (text && amountRole(text) !== null) return true;
  }
  return false;
}

/**
 * A header cell repeating, unchanged, the cell left of it, under a line that does not tell the two apart (the same text
 * over both, or none over one of them): a merge filled across by an export or a paste (预算执行率 | 预算执行率 | 预算执行率), one column.
 * (上年 | 本年 over 金额 | 金额 are two.) On a line holding numbers of its own, a line of data (小计 | 小计 | 小计 | 160 under
 * a list's line), the copies are one label whatever the line above says: a line of data is no header over them.
 */
function filledAcross(grid: Grid, r: number, c: number, dataLine: () => boolean): boolean {
  if (c < 2 || !grid.ownsCell(r, c - 1)) return false;
  const t = grid.compactText(r, c);
  if (!t || grid.compactText(r, c - 1) !== t || r === 1) return !!t && grid.compactText(r, c - 1) === t;
  if (dataLine()) return true;
  const a = grid.compactText(r - 1, c - 1);
  const b = grid.compactText(r - 1, c);
  return !a || !b || a === b;
}

/** The unit a block states: in its header row, its label or the rows just above ("单位:万元"). */
function blockUnit(grid: Grid, headerRow: number): AmountUnit | null {
  for (let r = headerRow; r >= Math.max(1, headerRow - SCAN.unitRows); r--) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (!t || t.length > 40) continue;
      if (UNIT_WAN.test(t)) return "万元";
      if (UNIT_YUAN.test(t)) return "元";
    }
  }
  return null;
}

interface Block {
  headerRow: number;
  cols: Col[];
  /** the first column the row labels may be in (labels are left of the amounts: 序号 | 支出内容 | 凭证号) */
  labelCol: number | null;
  firstAmountCol: number;
  rows: number[];
  unit: AmountUnit | null;
  kind: RelationBlock;
}

/** A row's label: the first text left of the amounts that is not a sequence number or a voucher code. */
function rowLabel(grid: Grid, r: number, labelCol: number | null, firstAmountCol = labelCol ? labelCol + 1 : 0): string {
  if (!labelCol) return "";
  const end = Math.max(firstAmountCol, labelCol + 1);
  // the row's own label first: a group name merged down beside it (上杭县 over its projects and 小计) is not it, nor
  // the same name written again from the line above (the merge filled down by an export)
  for (let c = labelCol; c < end; c++) {
    const t = grid.ownsCell(r, c) ? grid.compactText(r, c) : "";
    if (t && !/^[\d.、()（）]+$/.test(t) && !(r > 1 && grid.compactText(r - 1, c) === t)) return t;
  }
  for (let c = labelCol; c < end; c++) {
    const t = grid.compactText(r, c);
    if (t && !/^[\d.、()（）]+$/.test(t)) return t;
  }
  return "";
}

/**
 * A block line's label as its sums read it: a 小计 / 合计 in a cell of its own beside the group's name (教育 | 小计)
 * makes the line that total, else its label (rowLabel).
 */
function lineLabel(grid: Grid, r: number, labelCol: number | null, firstAmountCol: number): string {
  if (labelCol) for (let c = labelCol + 1; c < firstAmountCol; c++) if (grid.ownsCell(r, c) && /^(小计|合计)$/.test(grid.compactText(r, c))) return grid.compactText(r, c);
  return rowLabel(grid, r, labelCol, firstAmountCol);
}

type RowKind = "total" | "part" | "item";
function rowKind(label: string): RowKind {
  // numbering does not change what a row is: "(1)中央资金", "1.财政拨款", "①其他资金"
  // (and a total's line count after its word, '塔城市合计2个': TOTAL_LINE_COUNT)
  const l = withoutLineCount(label.replace(TRAILING_COLON, "").replace(LIST_NUMBER, ""));
  // "合计", "小计(万元)", and a named total: "三公经费合计", "收入合计", "支出总计"
  if (FUND_TOTAL_LABEL.test(l) || AREA_WHOLE_LINE.test(l) || TOTAL_OPENING.test(l) || (l.length <= 16 && TOTAL_ENDING.test(l))) return "total";
  if (PART_OF_PREFIX.test(l) || FUND_PART_LABEL.test(l)) return "part";
  return "item";
}

function expenseHeader(grid: Grid, r: number, before: number): boolean {
  for (let c = 1; c < before; c++) if (grid.ownsCell(r, c) && EXPENSE_ITEM_HEADER.test(grid.compactText(r, c))) return true;
  return false;
}

/** Rows the scan skips (the indicator table, whose rollups come from the tree): first..last, inclusive. */
export interface RowSpan {
  first: number;
  last: number;
}

/** Whether row r lies in the span the scans skip (a function of its own: no closure made per scan and call). */
function inSpan(skip: RowSpan | null, r: number): boolean {
  return skip !== null && r >= skip.first && r <= skip.last;
}

/** Header rows of amount blocks and their data rows. */
function findBlocks(grid: Grid, skip: RowSpan | null): Block[] {
  const blocks: Block[] = [];
  let r = 1;
  while (r <= grid.rowCount) {
    if (skip && r >= skip.first && r <= skip.last) {
      r = skip.last + 1;
      continue;
    }
    // (a level word heading the recipients, 乡镇 | 县区 over 甲镇 | 乙镇, names the row labels, not a fund part)
    const cols = headerColumns(grid, r).filter((c) => c.role !== "part" || !recipientColumn(grid, r, c.col));
    // two amount columns, or one beside an expense list's item column (支出内容 | 实际支出数), or one column of money
    // beside the recipients it is allocated to (乡镇 | 补助资金(万元) | 备注)
    if (cols.length === 0 || (cols.length < 2 && !expenseHeader(grid, r, cols[0].col) && !(cols[0].role === "amount" && cols[0].col > 1))) {
      r++;
      continue;
    }
    // a statement printed in two sides (收入 | 支出 over 项目 | 2020年预算数 | 项目 | 2020年预算数): each side a block of
    // its own, its labels in its own first column (repeatedSideStarts)
    const starts = sidesNamedAbove(grid, r, repeatedSideStarts(grid, r));
    const sides = starts.length ? [1, ...starts].map((from, k, all) => ({ from, cols: cols.filter((c) => c.col >= from && (k + 1 >= all.length || c.col < all[k + 1])) })).filter((x) => x.cols.length > 0) : [{ from: 1, cols }];
    let lastRow = 0;
    for (const side of sides) lastRow = Math.max(lastRow, readBlock(r, side.cols, side.from, sides.length > 1));
    r = Math.max(r + 1, lastRow ? lastRow + 1 : r + 1);
  }
  return blocks;

  /** The block under header line `r` with amount columns `cols`, its labels from column `from` on: its last row, 0 for none. */
  function readBlock(r: number, cols: Col[], from: number, sided: boolean): number {
    const first = Math.min(...cols.map((c) => c.col));
    // the row labels: text columns left of the amounts (资金来源, 序号 | 支出内容 | 凭证号, 项目…)
    let labelCol: number | null = null;
    for (let c = from; c < first; c++) {
      if (grid.text(r, c) || grid.text(r + 1, c)) {
        labelCol = grid.anchorCol(r, c);
        break;
      }
    }
    let isExpense = false;
    for (let c = labelCol ?? first; c < first; c++) if (EXPENSE_ITEM_HEADER.test(grid.compactText(r, c))) isExpense = true;
    const rows: number[] = [];
    let rr = r + 1;
    const end = Math.min(grid.rowCount, r + SCAN.amountBlockRows, skip && skip.first > r ? skip.first - 1 : Infinity);
    let labelOnly = 0;
    /** the last blank line of a numbered run stepped over (blankNumberedRun) */
    let skippedBlank = 0;
    const children = new Set<number>();
    const placeholderRows = new Set<number>();
    for (; rr <= end; rr++) {
      // a line of column markers under the header (A | B | C | D=C/B, 甲 | 乙 | 1 | 2) holds no amounts
      if (rows.length === 0 && columnMarkerLine(grid, rr)) continue;
      // (a signature line under the list, 填表人： | 张三 | a mobile number, is no line of it)
      if (rows.length > 0 && SIGN_OFF_LABEL.test(rowLabel(grid, rr, labelCol, first))) break;
      const hasNumber = cols.some((c) => grid.startsInRow(rr, c.col) && amountAt(grid, rr, c.col));
      // (a named line whose amount cells hold placeholders only, 因公出国(境)费 | - | - | -: a line of the list with no
      // amount, no end of it — placeholder-lines.ts; trailing ones are trimmed below)
      if (!hasNumber && placeholderAmounts(grid, rr, cols.map((c) => c.col)) && rowLabel(grid, rr, labelCol, first) && headerColumns(grid, rr).length < 2) {
        rows.push(rr);
        placeholderRows.add(rr);
        continue;
      }
      if (!hasNumber) {
        if (!grid.rowHasContent(rr) && rows.length === 0) continue; // a blank line under the header
        // a blank line inside the list: its lines go on right below it (amounts in the block's columns, or a numbered
        // group's title over them; no new header; a 合计 set off by a blank line closes the lines above it in every
        // column: closingTotals reads it)
        if (!grid.rowHasContent(rr) && rr < end) {
          const amountsAt = (row: number) => row <= end && cols.some((c) => grid.startsInRow(row, c.col) && amountAt(grid, row, c.col));
          const next = amountsAt(rr + 1) || (numberedTitle(grid, rr + 1, labelCol, first) && amountsAt(rr + 2));
          // (a numbered line is one of the list whatever its words: 二、区级固定收入, '区级' a fund part's word)
          const nextLabel = rowLabel(grid, rr + 1, labelCol, first);
          if (next && headerColumns(grid, rr + 1).length < 2 && (rowKind(nextLabel) === "item" || (rowKind(nextLabel) === "part" && !PART_OF_PREFIX.test(nextLabel) && listLevel(nextLabel) >= 0))) continue;
        }
        // a criterion row with its amount cells blank under the header ("分配科学性" above "资金到位 | 1000 | 980")
        const blankAmounts = cols.every((c) => !grid.text(rr, c.col));
        // (a row label that is itself amount vocabulary — 合计, 中央财政资金 left blank above the filled lines — is no
        // next header: only roles over the amount columns are)
        // (a template's numbered lines with nothing budgeted, 二、外交支出 | 三、国防支出 left blank before 五、教育支出 |
        // 12,204.85: lines of the list, their numbering going on to a line with amounts)
        // (and a blank 其中 line right under such a line, 其中:转入事业基金 under 二十九、事业单位结余分配: its breakdown)
        // (or a line empty in the block's columns inside such a run: the other side's lines of a two-sided statement)
        // (and a line empty there right above such a run: the lines spaced out by a user)
        const emptyHere = blankAmounts && !rowLabel(grid, rr, labelCol, first);
        if (blankAmounts && (blankNumberedRun(grid, rr, end, cols, labelCol, first) || (skippedBlank === rr - 1 && (PART_OF_PREFIX.test(rowLabel(grid, rr, labelCol, first)) || emptyHere)) || (emptyHere && rows.length > 0 && rr < end && blankNumberedRun(grid, rr + 1, end, cols, labelCol, first)))) {
          skippedBlank = rr;
          continue;
        }
        if (rows.length === 0 && blankAmounts && headerColumns(grid, rr).every((c) => c.col < first)) {
          const label = rowLabel(grid, rr, labelCol, first);
          if ((label && rowKind(label) !== "item") || ++labelOnly <= BLOCK_LABEL_ROWS) continue;
        }
        // a label row without amounts ends the block unless it is a 其中 / part label with blanks
        const label = rowLabel(grid, rr, labelCol, first);
        if (label && rowKind(label) !== "item" && rows.length > 0) {
          rows.push(rr);
          continue;
        }
        // or a named line with no amount (its cells blank, a region given nothing: 眉山天府新区 between 市本级 and 东坡区; or
        // words, 应补尽补, none a column's name) right above a line of amounts: a line of the list, not its end (words over
        // every column of the block, 预期目标 | 预期目标 | 预期目标 | 实际完成情况, a merge filled across, head the next table)
        if (rows.length > 0 && label && rr < end && headerColumns(grid, rr).length === 0 && !cols.every((c) => grid.ownsCell(rr, c.col) && grid.compactText(rr, c.col) && !amountAt(grid, rr, c.col)) && cols.some((c) => grid.startsInRow(rr + 1, c.col) && amountAt(grid, rr + 1, c.col)) && headerColumns(grid, rr + 1).length < 2 && rowKind(rowLabel(grid, rr + 1, labelCol, first)) === "item") continue;
        // or a numbered group's title (一、市直单位, or 一 | 市直单位 in a 序号 column) over the group's lines right
        // under it, its sum on a 小计 closing them
        if (rows.length > 0 && blankAmounts && rr < end && numberedTitle(grid, rr, labelCol, first) && cols.some((c) => grid.startsInRow(rr + 1, c.col) && amountAt(grid, rr + 1, c.col))) {
          rows.push(rr);
          continue;
        }
        // or an unnumbered line under a numbered one that fills other columns of the list only (序号 2 | 天津 | 732 |
        // 1376, then | 蓟州…项目 | (blank) | 1376): a part of the numbered line above, its blank here no end of the list
        if (rows.length > 0 && blankAmounts && childLine(grid, rr, labelCol, first, rows[rows.length - 1], children)) {
          children.add(rr);
          rows.push(rr);
          continue;
        }
        break;
      }
      // the next block's header (not a total line with its amounts, whose other side's label names one too: 本年收入合计 |
      // 16,745.59 | 本年支出合计 | 16,745.59 across a two-sided statement)
      if (headerColumns(grid, rr).length >= 2 && !(sided && rows.length && rowKind(rowLabel(grid, rr, labelCol, first)) === "total")) break;
      // a row numbering the columns (列次 | 0 | 1 | 2 …) under the header holds no amounts
      if (numberingRow(grid, rr)) continue;
      rows.push(rr);
    }
    while (rows.length && placeholderRows.has(rows[rows.length - 1])) rows.pop();
    if (rows.length) blocks.push({ headerRow: r, cols, labelCol, firstAmountCol: first, rows, unit: blockUnit(grid, r), kind: isExpense ? "expense-list" : "fund-block" });
    return rows.length ? rows[rows.length - 1] : 0;
  }
}

/**
 * The starts of a header's repeated runs of heads (`starts`, repeatedSideStarts) where the line above names each side
 * apart — 收入 over the first run, 支出 over the second, each a cell of its own (or its merge) starting at the run, the
 * words differing: a statement printed in two sides, each side's lines its own. Empty otherwise (a list set in newspaper
 * columns, 单位 | 金额 | 单位 | 金额 under one title, runs on from one pair of columns to the next; groups of amount
 * columns, 基本支出 over 合计 | 财政拨款 … beside 项目支出 over the same).
 */
export function sidesNamedAbove(grid: Grid, r: number, starts: number[] = repeatedSideStarts(grid, r)): number[] {
  if (!starts.length || r < 2) return [];
  const names = new Set<string>();
  // (the first side starts at the header's first head, wherever the table stands on the sheet)
  let head = 1;
  while (head < starts[0] && !(grid.ownsCell(r, head) && grid.compactText(r, head))) head++;
  for (const c of [head, ...starts]) {
    // (each side opens with its lines' names, 项目: a run opening with an amount, 合计 | 财政拨款 | … under 基本支出 and again
    // under 项目支出, is a group of columns, no side)
    if (amountRole(grid.compactText(r, c)) !== null) return [];
    // (the side's word at the run's first column; a blank first column, 序号's, may leave it one column right)
    let k = c;
    while (k < c + 2 && k <= grid.scanCols && !(grid.startsInRow(r - 1, k) && grid.anchorCol(r - 1, k) === k && grid.compactText(r - 1, k))) k++;
    const t = k < c + 2 && k <= grid.scanCols ? grid.compactText(r - 1, k) : "";
    if (!t) return [];
    names.add(t);
  }
  return names.size === starts.length + 1 ? starts : [];
}

/** numbered lines left blank a list may run through before its next line with amounts */
const BLANK_NUMBERED_RUN = 30;
/** lines read in all, lines empty in the block's columns among them (the other side's, or spacing), for such a run */
const BLANK_RUN_LINES = 100;

/**
 * Line `r` is numbered (一、, 1.) with the block's amount columns blank, and the lines under it go on in the same
 * numbering — each the next number of the same style, blank too — to a line of that numbering with amounts, within
 * BLANK_NUMBERED_RUN numbered lines (BLANK_RUN_LINES in all): a line of a printed template with nothing in it this time (部门收支总表's 二、外交支出 …
 * 四、公共安全支出 before 五、教育支出 | 12,204.85), not the list's end. A break in the numbering, or a line of other
 * words, before the amounts: no such run.
 */
function blankNumberedRun(grid: Grid, r: number, end: number, cols: Col[], labelCol: number | null, first: number): boolean {
  if (!labelCol) return false;
  const codeOf = (row: number) => labelCode(rowLabel(grid, row, labelCol, first));
  const start = codeOf(r);
  if (!start) return false;
  let n = start.n;
  for (let k = r + 1; k <= Math.min(end, r + BLANK_RUN_LINES) && n - start.n <= BLANK_NUMBERED_RUN; k++) {
    const code = codeOf(k);
    // (or to the list's total line with its amounts: 二十八、债务发行费用支出 left blank over 本年支出合计 | 16,745.59)
    const label = rowLabel(grid, k, labelCol, first);
    const blank = cols.every((c) => !grid.text(k, c.col));
    // (a line empty in the block's columns: the other side's line of a two-sided statement, passed over)
    if (!code && !label && blank) continue;
    if (!code && rowKind(label) === "total") return cols.some((c) => grid.startsInRow(k, c.col) && amountAt(grid, k, c.col));
    // (a blank 其中 line under a blank line of the run, 其中:转入事业基金 under 二十九、事业单位结余分配: that line's breakdown)
    if (PART_OF_PREFIX.test(label) && blank) continue;
    if (!code || code.style !== start.style || code.parent !== start.parent || code.n !== n + 1) return false;
    n = code.n;
    if (cols.some((c) => grid.startsInRow(k, c.col) && amountAt(grid, k, c.col))) return true;
    if (!cols.every((c) => !grid.text(k, c.col))) return false;
  }
  return false;
}

/**
 * A line of a list numbered on its parent lines only: no number of its own in the label columns, a name there, and a
 * number right of them (in a column of the list the block does not read, or one it reads left blank on this line),
 * right under a numbered line or another such line. Its blank in the block's columns does not end the list.
 */
function childLine(grid: Grid, r: number, labelCol: number | null, firstAmountCol: number, above: number, children: Set<number>): boolean {
  if (!labelCol || numberedTitle(grid, r, labelCol, firstAmountCol)) return false;
  const label = rowLabel(grid, r, labelCol, firstAmountCol);
  if (!label || rowKind(label) !== "item" || PART_OF_PREFIX.test(label)) return false;
  if (!children.has(above) && !numberedTitle(grid, above, labelCol, firstAmountCol)) return false;
  for (let c = firstAmountCol; c <= grid.scanCols; c++) if (grid.anchorCol(r, c) === c && grid.ownsCell(r, c) && numericCell(grid, r, c)) return true;
  return false;
}

/** A column whose two lines under the header are names (text, no number): the rows' labels (empty lines between them stepped over). */
function recipientColumn(grid: Grid, headerRow: number, col: number): boolean {
  const first = lineBelow(grid, headerRow);
  for (const r of [first, lineBelow(grid, first)]) {
    if (r > grid.rowCount) break;
    const text = grid.ownsCell(r, col) ? grid.compactText(r, col) : "";
    if (!text || amountAt(grid, r, col) || !/[\u4e00-\u9fa5]/.test(text)) return false;
  }
  return true;
}

/** A line whose label starts with a list number (一、市直单位), or whose first label cell is one alone (一 | 市直单位). */
function numberedTitle(grid: Grid, r: number, labelCol: number | null, firstAmountCol: number): boolean {
  if (!labelCol) return false;
  for (let c = labelCol; c < firstAmountCol; c++) {
    const text = grid.ownsCell(r, c) ? grid.compactText(r, c) : "";
    if (text) return codeCellLevel(text) >= 0 || listLevel(text) >= 0;
  }
  return false;
}

/** A row that numbers the columns: its first text is 列次 / 栏次 / 行次. */
function numberingRow(grid: Grid, r: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) {
    const text = grid.compactText(r, c);
    if (text) return NUMBERING_HEADER.test(text);
  }
  return false;
}

function t(grid: Grid, r: number, col: Col | number, label: string, unit: AmountUnit | null): RelationTerm | null {
  const c = typeof col === "number" ? col : col.col;
  if (!grid.startsInRow(r, c) || grid.anchorCol(r, c) !== c) return null;
  const n = amountAt(grid, r, c);
  return n ? { ...n, label, unit: n.unit ?? (typeof col === "number" ? null : col.unit) ?? unit } : null;
}

/** The next column (dir = ±1) that starts a cell in the row, or null. */
function nextColumn(grid: Grid, r: number, col: number, dir: 1 | -1): number | null {
  for (let c = col + dir; c >= 1 && c <= grid.scanCols; c += dir) if (grid.anchorCol(r, c) === c) return c;
  return null;
}

/** Columns a and b lie under one heading merged across them on the line above the header (其中: over its sources). */
function sameGroupAbove(grid: Grid, headerRow: number, a: number, b: number): boolean {
  const m = grid.mergeAt(headerRow - 1, a);
  return !!m && m.r2 === headerRow - 1 && Math.min(a, b) >= m.c1 && Math.max(a, b) <= m.c2;
}

/**
 * (dev61) A column inside the run of a total's part columns that the vocabulary does not name and that holds amounts
 * (中央 | 省、地 | 本级 | 其他 | 合计 with 其他 or a level the words miss filled): the run is read over it, so the parts read
 * may be incomplete, as with such a column beside the run.
 */
function unnamedBetween(grid: Grid, b: Block, total: Col, parts: Col[], holdsAmounts: (c: number) => boolean): boolean {
  const from = Math.min(total.col, parts[0].col);
  const to = Math.max(total.col, parts[parts.length - 1].col);
  for (let c = from + 1; c < to; c++) {
    if (c === total.col || grid.anchorCol(b.headerRow, c) !== c || parts.some((p) => p.col === c)) continue;
    if (holdsAmounts(c)) return true;
  }
  return false;
}

/** The part columns add up to the total column on at least half of the block's lines that fill them. */
function partsMakeTotal(grid: Grid, b: Block, total: Col, parts: Col[]): boolean {
  let filled = 0;
  let agree = 0;
  for (const r of b.rows) {
    const tt = t(grid, r, total, "", b.unit);
    const ps = parts.map((p) => t(grid, r, p, "", b.unit)).filter((x): x is RelationTerm => !!x);
    if (!tt || !ps.length) continue;
    filled++;
    if (sumAgrees(tt, ps).ok) agree++;
  }
  return agree * 2 >= filled;
}

/** Σ columns: each 合计 column against the part columns beside it (right of it, else left of it). */
function columnSums(grid: Grid, b: Block): SumRelation[] {
  const out: SumRelation[] = [];
  const cols = b.cols;
  for (let i = 0; i < cols.length; i++) {
    if (cols[i].role !== "total") continue;
    const right: Col[] = [];
    for (let j = i + 1; j < cols.length && cols[j].role === "part" && cols[j].col - cols[j - 1].col <= 2; j++) right.push(cols[j]);
    const left: Col[] = [];
    for (let j = i - 1; j >= 0 && cols[j].role === "part" && cols[j + 1].col - cols[j].col <= 2; j--) left.unshift(cols[j]);
    const parts = right.length ? right : left;
    if (parts.length === 0) continue;
    // a numbered column beside the parts that the vocabulary does not name ("其他", "自筹"): the parts may be incomplete
    const beside = right.length ? nextColumn(grid, b.headerRow, parts[parts.length - 1].col, 1) : nextColumn(grid, b.headerRow, parts[0].col, -1);
    // (so may one the vocabulary reads as money of no stated role: 公共财政拨款 after 上年结转, where both stand under
    // one 其中: merged over them, or where the named parts alone do not make the total on most lines)
    const besideRole = beside === null ? null : amountRole(grid.text(b.headerRow, beside));
    const moneyPart =
      besideRole === "amount" &&
      ((b.headerRow > 1 && sameGroupAbove(grid, b.headerRow, parts[right.length ? parts.length - 1 : 0].col, beside!)) || !partsMakeTotal(grid, b, cols[i], parts));
    const holdsAmounts = (c: number) => !!grid.text(b.headerRow, c) && b.rows.some((r) => amountAt(grid, r, c));
    const unnamed = (beside !== null && (!besideRole || moneyPart) && holdsAmounts(beside)) || unnamedBetween(grid, b, cols[i], parts, holdsAmounts);
    const partial = unnamed || (parts.length === 1 && PART_OF_PREFIX.test(parts[0].label));
    for (const r of b.rows) {
      // a row of rates (资金到位率(%) | 100.00 | 50.00 | 95.00) does not add up across its columns
      if (amountRole(rowLabel(grid, r, b.labelCol, b.firstAmountCol)) === "rate" || /率/.test(rowLabel(grid, r, b.labelCol, b.firstAmountCol))) continue;
      const label = rowLabel(grid, r, b.labelCol, b.firstAmountCol) || cols[i].label;
      const total = t(grid, r, cols[i], label, b.unit);
      const ps = parts.map((p) => t(grid, r, p, p.label.replace(PART_OF_PREFIX, ""), b.unit)).filter((x): x is RelationTerm => !!x);
      if (!total || ps.length === 0) continue;
      out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: b.kind, orientation: "columns", label: `${label}${label === cols[i].label ? "" : cols[i].label}`, total, parts: ps, bound: partial ? "atMost" : "equal" });
    }
  }
  out.push(...ofWhichColumns(grid, b));
  return out;
}

/** money roles a 其中 column right of it may break down (a 合计 column's own parts are columnSums' above) */
const OF_WHICH_WHOLE: ReadonlySet<AmountRole> = new Set<AmountRole>(["plan", "spent", "arrived", "amount"]);

/**
 * A column of money that names no total (本年预算数, 实际支出数, 金额) with, right of it, a column headed 其中:… that names
 * a part of money (其中:公共预算财政拨款, 其中:财政拨款): on each line the part is at most the column's amount (a bound:
 * the other parts are not printed). Not under a 合计 column (columnSums reads its parts), nor a 其中 column a column
 * away, nor a column that names no part (其中:公务接待批次, a count).
 */
function ofWhichColumns(grid: Grid, b: Block): SumRelation[] {
  const out: SumRelation[] = [];
  for (let i = 0; i + 1 < b.cols.length; i++) {
    const whole = b.cols[i];
    const part = b.cols[i + 1];
    if (!OF_WHICH_WHOLE.has(whole.role) || part.role !== "part" || !PART_OF_PREFIX.test(part.label)) continue;
    if (nextColumn(grid, b.headerRow, whole.col, 1) !== part.col) continue;
    for (const r of b.rows) {
      const label = rowLabel(grid, r, b.labelCol, b.firstAmountCol) || whole.label;
      const total = t(grid, r, whole, label, b.unit);
      const p = t(grid, r, part, part.label.replace(PART_OF_PREFIX, ""), b.unit);
      if (!total || !p || total.percent || p.percent) continue;
      out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: b.kind, orientation: "columns", label: `${label}${whole.label}`, total, parts: [p], bound: "atMost" });
    }
  }
  return out;
}

const RATE_HEAD = /率|%\)?$/;
/** A head of rates merged over column `col` in the lines right above the header line `headerRow` (…失业率低于(%)). */
function rateHeadAbove(grid: Grid, headerRow: number, col: number, from: number): boolean {
  for (let h = headerRow - 1; h >= Math.max(1, headerRow - 3); h--) {
    const m = grid.mergeAt(h, col);
    if (m && m.c2 > m.c1 && headNamesRate(grid.compactText(m.r1, m.c1), RATE_HEAD)) return true;
    // (the merge undone: the head written over the trio's first column, blank over the others)
    if (m) continue;
    let k = col;
    while (k > from && !grid.compactText(h, k)) k--;
    if (headNamesRate(grid.compactText(h, k), RATE_HEAD)) return true;
  }
  return false;
}

/** The first column of the trio column `k` of `cols` is in: right after the rate before it (its own column where none). */
function trioStart(cols: Col[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (cols[j].role === "rate") return cols[j].col + 1;
  return cols[k].col;
}

/** Σ rows: a 合计 row against its 其中 rows (below it), or against the list it closes or opens. */
function rowSums(grid: Grid, b: Block): SumRelation[] {
  const out: SumRelation[] = [];
  if (!b.labelCol) return out;
  const kinds = b.rows.map((r) => rowKind(lineLabel(grid, r, b.labelCol, b.firstAmountCol)));
  // (a line named as the list's whole, 总“三公”经费支出 or 经费总额, at the list's top or bottom: its total, as 合计 would
  // be — joined-parts.ts; amid the list such a name is a line of it)
  const last = b.rows.length - 1;
  if (last >= 2 && kinds[0] !== "total" && namedWholeLine(lineLabel(grid, b.rows[0], b.labelCol, b.firstAmountCol)) && !kinds.slice(1).includes("total")) kinds[0] = "total";
  else if (last >= 2 && kinds[last] !== "total" && namedWholeLine(lineLabel(grid, b.rows[last], b.labelCol, b.firstAmountCol)) && !kinds.slice(0, last).includes("total")) kinds[last] = "total";
  // (nor a column under a head of rates over its trio: 城镇登记失业率低于(%) over 目标任务 | 进度 | 完成比例)
  const amountCols = b.cols.filter((c, k) => c.role !== "rate" && !rateHeadAbove(grid, b.headerRow, c.col, trioStart(b.cols, k)));
  // (a first line named as the area over lines named as its places, 和田地区 over 皮山县 … 和田市: their whole, see areaWholeRows)
  if (areaWholeRows(grid, b, kinds, amountCols)) kinds[0] = "total";
  /** the top-level rows of lines under numbered headings (numberedHeadings), else null */
  const headingRows = (all: number[]): number[] | null => {
    // (a 其中 line under a line is that line's breakdown: no line of a group under a heading)
    const rows = all.filter((r, k) => k === 0 || !PART_OF_PREFIX.test(lineLabel(grid, r, b.labelCol, b.firstAmountCol)));
    const labels = rows.map((r) => lineLabel(grid, r, b.labelCol, b.firstAmountCol));
    if (!numberedHeadings(labels)) return null;
    const top = listLevel(labels[0]);
    return rows.filter((_, k) => listLevel(labels[k]) === top);
  };
  /** the headings add up to the total in one column at least */
  const headsAddUp = (r: number, heads: number[]) =>
    amountCols.some((c) => {
      const total = t(grid, r, c, "", b.unit);
      const ps = heads.map((pr) => t(grid, pr, c, "", b.unit)).filter((x): x is RelationTerm => !!x);
      return !!total && ps.length === heads.length && sumAgrees(total, ps).ok;
    });
  /**
   * A statement's closing total whose lines since the total above do not add up to it (收入总计 under 区级财政收入合计,
   * 上级补助收入 | 税收返回及转移支付补助 | 上级追加补助, 上年结转结余 | 其中:上年结转): the total above is a line of it
   * (a 总计 adds the 合计 and the lines after it), and a line right under a line that adds up to it exactly in each of
   * its amounts is that line's breakdown (税收返回… 37811 under 上级补助收入 37811), no line of the total's. Taken only
   * under a total above, where the sheet's numbers then add up in one column at least; else the lines as read.
   */
  const statementLines = (i: number, lines: number[]): number[] => {
    let p = i - 1;
    while (p >= 0 && kinds[p] !== "total") p--;
    const above = p >= 0 && !/^小计/.test(lineLabel(grid, b.rows[p], b.labelCol, b.firstAmountCol)) ? [b.rows[p]] : [];
    // (only under a total above: in a plain list two equal neighbours would read as a line and its breakdown)
    if (!above.length) return lines;
    // (no line filled between a statement's …合计 and its …总计, 二十九、 and 三十、 left blank: the 总计 is the 合计 above,
    // whatever the numbers)
    if (!lines.length && SUM_LINE_END.test(lineLabel(grid, above[0], b.labelCol, b.firstAmountCol)) && GRAND_TOTAL_END.test(lineLabel(grid, b.rows[i], b.labelCol, b.firstAmountCol))) return above;
    for (const cand of [[...above, ...lines], [...above, ...withoutBreakdowns(lines)]]) if (linesAddUp(b.rows[i], cand)) return cand;
    // (a breakdown broken in one column by a slip in its heading, 上级补助收入 37811 written 35164 over its one line
    // 税收返回及转移支付补助 37811, still 46850 = 46850 beside it: a breakdown where it agrees in one column, read only where
    // the total then adds up in one column — the slip is told at the total its heading is a part of, not at the other column)
    const loose = [...above, ...withoutBreakdowns(lines, true)];
    return linesAddUp(b.rows[i], loose) ? loose : lines;
  };
  /** the lines' amounts (a blank line none) add up to the total in one column at least */
  const linesAddUp = (r: number, lines: number[]) =>
    amountCols.some((c) => {
      const total = t(grid, r, c, "", b.unit);
      const ps = lines.map((pr) => t(grid, pr, c, "", b.unit)).filter((x): x is RelationTerm => !!x);
      return !!total && ps.length > 0 && sumAgrees(total, ps).ok;
    });
  /** lines less those that, right under a line, add up to it exactly in every amount column it fills (`anyColumn`: in one
   * column at least, a nonzero amount) */
  const withoutBreakdowns = (lines: number[], anyColumn = false): number[] => {
    const out: number[] = [];
    for (let k = 0; k < lines.length; k++) {
      out.push(lines[k]);
      const head = amountCols.map((c) => t(grid, lines[k], c, "", b.unit));
      if (!head.some((x) => !!x)) continue;
      const acc = amountCols.map(() => 0);
      for (let j = k + 1; j < lines.length && lines[j] === lines[j - 1] + 1; j++) {
        const own = amountCols.map((c) => t(grid, lines[j], c, "", b.unit));
        // (a line with an amount where the heading has none is no part of it)
        if (own.some((x, n) => !!x && !head[n])) break;
        own.forEach((x, n) => (acc[n] += x ? x.value : 0));
        const agrees = (x: RelationTerm | null, n: number) => !!x && agreesTyped({ value: x.value, decimals: x.decimals, percent: false }, acc[n]);
        if (anyColumn ? head.some((x, n) => !!x && x.value !== 0 && agrees(x, n)) : head.every((x, n) => !x || agrees(x, n))) {
          k = j;
          break;
        }
      }
    }
    return out;
  };
  /**
   * The lines with the parts of a joined line (公务用车购置及运行维护费 over 公务用车购置费 | 公务用车运行维护费, no 其中 word)
   * left out, each joined line counted once (joined-parts.ts); null where no line is named so. Taken where the lines as
   * they are do not add up (the caller's test): a list whose numbers add up flat keeps its lines. Each joined line's own
   * sum over its parts is pushed once (a slip in a part is found there).
   */
  const namedSums = new Set<number>();
  const namedPartsOnce = (lines: number[], totalRow: number): number[] | null => {
    const runs = joinedLineParts(lines.map((r) => lineLabel(grid, r, b.labelCol, b.firstAmountCol)));
    if (!runs.size) return null;
    const dropped = new Set<number>();
    for (const [k, named] of runs) {
      const run = named.parts;
      // (the parts right under their line)
      if (run.some((j, n) => lines[j] !== lines[k] + n + 1)) continue;
      // (parts named as kinds of its stem only: where they add up to it in one column at least, or where the total adds
      // up without them — a slip in a part is then found at its line)
      if (named.by === "stem" && !linesAddUp(lines[k], run.map((j) => lines[j])) && !linesAddUp(totalRow, lines.filter((_, j) => !run.includes(j)))) continue;
      for (const j of run) dropped.add(j);
      if (namedSums.has(lines[k])) continue;
      namedSums.add(lines[k]);
      const label = lineLabel(grid, lines[k], b.labelCol, b.firstAmountCol);
      for (const c of amountCols) {
        const total = t(grid, lines[k], c, label, b.unit);
        const ps = run.map((j) => t(grid, lines[j], c, lineLabel(grid, lines[j], b.labelCol, b.firstAmountCol), b.unit)).filter((x): x is RelationTerm => !!x);
        if (!total || total.percent || ps.length < run.length) continue;
        out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: b.kind, orientation: "rows", label, total, parts: ps, bound: "equal", group: `rows:${b.headerRow}:${lines[k]}` });
      }
    }
    return dropped.size ? lines.filter((_, j) => !dropped.has(j)) : null;
  };
  const codeCol = codeColumn(grid, b, kinds);
  const cut = cutAfterBlock(grid, b, codeCol);
  // (no total line: numbered headings that carry their groups' sums)
  if (!kinds.includes("total")) {
    const headed = headedSums(grid, b, codeCol, cut);
    if (headed) out.push(...headed);
  }
  for (let i = 0; i < b.rows.length; i++) {
    if (kinds[i] !== "total") continue;
    if (numberedList(b.rows.slice(i).map((r) => lineLabel(grid, r, b.labelCol, b.firstAmountCol)))) continue;
    // a total over a list numbered by level (in its own 序号 column or fused with the names): the top level only,
    // each heading over its own lines
    const levelled = levelledSums(grid, b, kinds, i, codeCol, cut);
    if (levelled) {
      for (const x of levelled) out.push(x);
      continue;
    }
    // a total over numbered headings that carry their groups' sums (1.财政拨款 | 80 over (1)中央 | 50, (2)省级 | 30;
    // 2.其他资金 | 20): the headings are its parts, where they add up in one column at least (leadingTotalRows and
    // closingNumberedGroups read each heading's own lines)
    let next = i + 1;
    while (next < b.rows.length && kinds[next] !== "total") next++;
    // (a 小计 under lines closes them: the headings after it open the next group, not its parts)
    const closes = i > 0 && kinds[i - 1] !== "total" && /^小计/.test(lineLabel(grid, b.rows[i], b.labelCol, b.firstAmountCol));
    // (headings with no amounts of their own are titles of groups a 小计 closes: no parts of the total)
    const titled = closes ? null : headingRows(b.rows.slice(i + 1, next));
    const heads = titled && titled.some((r) => amountCols.some((c) => t(grid, r, c, "", b.unit))) ? titled : null;
    if (heads && !headsAddUp(b.rows[i], heads)) continue;
    let partRows: number[] = heads ?? [];
    let partial = false;
    const labelOf = (j: number) => lineLabel(grid, b.rows[j], b.labelCol, b.firstAmountCol);
    if (!heads) {
    // 其中 rows right below the total (a nested 其中 line is its part's, not the total's; under 全市 the lines are the
    // area's parts, 市本级 one of them)
    for (let j = i + 1; j < b.rows.length && kinds[j] === "part" && !AREA_WHOLE_LINE.test(labelOf(i)); j++) if (j === i + 1 || !nestedPart(labelOf(i + 1), labelOf(j))) partRows.push(b.rows[j]);
    // "其中:公务接待费" then rows the vocabulary does not name (公务用车运行维护费, 因公出国费) up to the next total:
    // the list is complete where the sheet's own numbers say so (it adds up in one column at least)
    if (partRows.length && PART_OF_PREFIX.test(labelOf(i + 1)) && i + 1 + partRows.length < b.rows.length && kinds[i + 1 + partRows.length] === "item") {
      const longer = [...partRows];
      for (let j = i + 1 + partRows.length; j < b.rows.length && kinds[j] !== "total"; j++) if (!PART_OF_PREFIX.test(labelOf(j))) longer.push(b.rows[j]);
      const adds = amountCols.some((c) => {
        const total = t(grid, b.rows[i], c, "", b.unit);
        const ps = longer.map((pr) => t(grid, pr, c, "", b.unit)).filter((x): x is RelationTerm => !!x);
        return !!total && ps.length === longer.length && sumAgrees(total, ps).ok;
      });
      if (adds) partRows = longer;
    }
    const isSubtotal = (j: number) => kinds[j] === "total" && /^小计/.test(labelOf(j));
    // the items since the previous total, 其中 sub-rows excluded (a 其中 row under an item is that item's
    // breakdown; a list that starts with 其中 lists the parts themselves)
    const itemsBefore = (j: number) => {
      let start = j;
      while (start > 0 && kinds[start - 1] !== "total") start--;
      const rows: number[] = [];
      for (let k = start; k < j; k++) if (kinds[k] !== "total" && (k === start || !PART_OF_PREFIX.test(labelOf(k)))) rows.push(b.rows[k]);
      return rows;
    };
    if (partRows.length) {
      partial = partRows.length === 1 && PART_OF_PREFIX.test(labelOf(i + 1));
    } else if (isSubtotal(0) && isSubtotal(i)) {
      // a list that opens with a 小计 line (一 | 教育 | 小计 over the 教育 items, 二 | 就业 | 小计 …): each 小计 leads
      // the lines under it, up to the next total
      for (let j = i + 1; j < b.rows.length && kinds[j] !== "total"; j++) if (!PART_OF_PREFIX.test(labelOf(j))) partRows.push(b.rows[j]);
    } else if (isSubtotal(i) && i > 0) {
      // a 小计 closes its group
      partRows = itemsBefore(i);
    } else if (i === b.rows.length - 1 && i > 0) {
      // a 合计 closing a list: its 小计 rows and the items after the last of them, else every row above it
      const subtotals = b.rows.map((_, j) => j).filter((j) => j < i && isSubtotal(j));
      partRows = subtotals.length ? [...subtotals.map((j) => b.rows[j]), ...itemsBefore(i)] : itemsBefore(i);
      // lines under numbered headings that carry their group's sum (一、市直单位 | 60 over its lines): the headings
      const closingHeads = subtotals.length ? null : headingRows(partRows);
      if (closingHeads && !headsAddUp(b.rows[i], closingHeads)) continue;
      if (closingHeads) partRows = closingHeads;
      else if (!subtotals.length && !linesAddUp(b.rows[i], partRows)) partRows = namedPartsOnce(partRows, b.rows[i]) ?? statementLines(i, partRows);
    } else if (i === 0 && b.rows.length > 2 && isSubtotal(b.rows.length - 1) && kinds.slice(1).every((k, j) => k !== "total" || isSubtotal(j + 1))) {
      // a total opening groups that each close with a 小计 line (一、市直单位 over its lines and 小计, 二、县区 …):
      // the 小计 lines are its parts
      partRows = b.rows.filter((_, j) => j > 0 && isSubtotal(j));
      partial = cut;
    } else if (i === 0 && kinds.slice(1).every((k) => k !== "total")) {
      // a 合计 opening a list (合计 on top, then the items; a 其中 line under an item is that item's breakdown, not a
      // line of the list); a list cut in its last line may go on: a bound
      partRows = b.rows.filter((_, k) => k > 0 && !PART_OF_PREFIX.test(labelOf(k)));
      if (!linesAddUp(b.rows[i], partRows)) partRows = namedPartsOnce(partRows, b.rows[i]) ?? partRows;
      partial = cut;
    } else if (i > 0 && kinds[i - 1] !== "total" && i < b.rows.length - 1 && kinds.slice(i + 1).includes("total") && !isSubtotal(i)) {
      // a 合计 amid a statement over a flat list (本年支出合计 under 一、…支出 … 二十八、…, then 二十九、… and 支出总计):
      // the lines since the total above, where they add up to it in one column at least (the closing 总计 then adds it
      // and the lines after it: statementLines)
      // (or, whatever the numbers, where the labels say it: a …合计 under a list the block closes with a …总计, 本年收入合计
      // then 收入总计 — the statement's two totals, the 合计 over the lines above it)
      const above = itemsBefore(i);
      const closedByGrandTotal = SUM_LINE_END.test(labelOf(i)) && GRAND_TOTAL_END.test(labelOf(b.rows.length - 1)) && kinds[b.rows.length - 1] === "total";
      if (above.length && (closedByGrandTotal || linesAddUp(b.rows[i], above))) partRows = above;
    }
    }
    if (partRows.length === 0) continue;
    const r = b.rows[i];
    const label = lineLabel(grid, r, b.labelCol, b.firstAmountCol).replace(TRAILING_COLON, "");
    let first = true;
    for (const c of amountCols) {
      const total = t(grid, r, c, label, b.unit);
      const ps = partRows.map((pr) => t(grid, pr, c, lineLabel(grid, pr, b.labelCol, b.firstAmountCol).replace(PART_OF_PREFIX, ""), b.unit)).filter((x): x is RelationTerm => !!x);
      if (!total || ps.length === 0) continue;
      out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: b.kind, orientation: "rows", label, total, parts: ps, bound: partial ? "atMost" : "equal", group: `rows:${b.headerRow}:${r}`, preferred: first });
      first = false;
    }
  }
  // (a line that is no total over its numbered 其中 lines)
  out.push(...ofWhichOutlines(grid, b, kinds, codeCol));
  return out;
}

/** Lines named as places a leading area line must be over before it is read as their whole (two may add up by chance). */
const AREA_WHOLE_PARTS = 3;

/**
 * A list with no total line whose first line is named as a place that holds the others (和田地区, 凉山州, 眉山市, 四川;
 * place-lines.ts: areaWholeLine) over lines each named as a place below it in its province (皮山县 … 和田市, 市本级;
 * lineUnder, oneProvince), at least AREA_WHOLE_PARTS of them, with zones among them (高新区, 工业园区) only where it adds up
 * with them: the first line is their whole where it is the sum of every line below it in one amount column at least
 * (the published 分配表 of a 地区 over its 县市, no 合计 word). A first line that adds up in no column (a list cut
 * before its last 县), or one under a total line, or over lines not named as its places, stays a line.
 */
function areaWholeRows(grid: Grid, b: Block, kinds: readonly RowKind[], amountCols: readonly Col[]): boolean {
  // (the lines with amounts: a template line left blank, 本级单位**, is none of them)
  const valued = b.rows.filter((r, k) => (k === 0 || kinds[k] === "item") && amountCols.some((c) => !!amountAt(grid, r, c.col)));
  if (kinds[0] !== "item" || valued[0] !== b.rows[0] || valued.length < AREA_WHOLE_PARTS + 1) return false;
  if (b.rows.some((r, k) => kinds[k] !== "item" && amountCols.some((c) => !!amountAt(grid, r, c.col)))) return false;
  const label = (r: number) => lineLabel(grid, r, b.labelCol, b.firstAmountCol);
  const whole = areaWholeLine(label(valued[0]));
  if (!whole) return false;
  const names = valued.slice(1).map(label);
  let places = 0;
  for (const name of names) {
    const under = lineUnder(name, whole);
    if (!under) return false;
    if (under === "place") places++;
  }
  if (places < AREA_WHOLE_PARTS || !oneProvince(whole, names)) return false;
  return amountCols.some((c) => {
    const total = t(grid, valued[0], c, "", b.unit);
    const ps = valued.slice(1).map((r) => t(grid, r, c, "", b.unit)).filter((x): x is RelationTerm => !!x);
    return !!total && ps.length >= AREA_WHOLE_PARTS && sumAgrees(total, ps).ok;
  });
}

/** Columns of a whole's line that must add up over its places, and the share of them, before its columns are read. */
const AREA_WHOLE_COLUMNS = 2;
const AREA_WHOLE_AGREE = 2 / 3;
/** A head naming a rate or share, whose column never adds up over lines (完成比例, 占计划(%), 增长率). */
const RATE_LIKE_HEAD = /率|比例|比重|占|%|％|平均|标准/;
/** The units a head states at its end, in parentheses: (万元), (%), (万元、%). */
const HEAD_UNITS = /[(（]([^()（）]{1,12})[)）]$/;
/** Units that are a rate's alone, with no unit word beside them: (%), (≥**%), (B/A×100%), (‰). */
const RATE_UNITS = /^[^\u4e00-\u9fa5]*[%％‰][^\u4e00-\u9fa5]*$/;

/**
 * A head over a column of rates or shares: its words name one (`words`: 完成比例, 城镇登记失业率低于(%), 占计划(%)), or
 * its units are a rate's alone (进度(%)). A group's head stating the units of the columns under it, money and rates
 * together (资金拨付情况(万元、%) over 年初预算安排数 | … | 资金拨付比例), names no rate: its columns' own heads say which are.
 */
function headNamesRate(text: string, words: RegExp): boolean {
  const units = HEAD_UNITS.exec(text);
  return units ? words.test(text.slice(0, units.index)) || RATE_UNITS.test(units[1]) : words.test(text);
}
/** Lines above a whole's line its columns' heads are looked for in. */
const AREA_HEAD_LINES = 4;

/**
 * A whole's line (全市, 全 省, or a place holding the others: 眉山市, 凉山州, 凉山, 大英县; place-lines.ts) over at least
 * AREA_WHOLE_PARTS lines named as places below it in one province (东坡区 … 青神县, 成都 … 凉山 printed without their
 * endings, 市本级 among them, lines left blank counted as nothing; zones, 高新区, among them as parts that do not count),
 * in columns whose heads name no amount (组织技能培训 over 劳务品牌培训(人) | 农村残疾人实用技术培训(人) …: a 目标任务
 * shared out by 地区): each column the whole's line has a number in is the sum of the places' where at least
 * AREA_WHOLE_COLUMNS columns, and two thirds of them, add up (the sheet's own numbers say so); a column whose head names
 * a rate or a share (完成比例, 占计划(%); not a group's head stating 万元 beside %: headNamesRate) is none. Each row is
 * looked at a bounded number of times (a run shorter than AREA_WHOLE_PARTS is read again from its next line).
 */
function areaWholeLines(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  const labelOf = (r: number) => {
    for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) return { col: c, text: grid.compactText(r, c) };
    return null;
  };
  for (let r = 1; r < grid.rowCount; r++) {
    if (inSpan(skip, r)) {
      r = skip!.last;
      continue;
    }
    const whole = labelOf(r);
    const area = whole ? areaWholeLine(whole.text) : null;
    if (!whole || !area) continue;
    const lines: number[] = [];
    const names: string[] = [];
    let places = 0;
    let k = r + 1;
    for (; k <= grid.rowCount && !inSpan(skip, k); k++) {
      const l = labelOf(k);
      const under = l && l.col === whole.col ? lineUnder(l.text, area) : null;
      if (!under) break;
      if (under === "place") places++;
      lines.push(k);
      names.push(l!.text);
    }
    if (places < AREA_WHOLE_PARTS || !oneProvince(area, names)) {
      // (a run as long as a whole's places is looked at once, as one read; a shorter one's lines may open their own)
      if (lines.length >= AREA_WHOLE_PARTS) r = k - 1;
      continue;
    }
    // (a head merged over its columns, or the merge undone: written over the span's first column, blank over the others,
    // on a line of several heads — a title's line alone is none)
    const heads = new Map<number, boolean>();
    const headLine = (h: number) => {
      let v = heads.get(h);
      if (v === undefined) heads.set(h, (v = namedCells(grid, h, whole.col + 1, grid.scanCols) >= 2));
      return v;
    };
    const rateHead = (c: number) => {
      for (let h = r - 1; h >= Math.max(1, r - AREA_HEAD_LINES); h--) {
        if (headNamesRate(grid.compactText(grid.anchorRow(h, c), grid.anchorCol(h, c)), RATE_LIKE_HEAD)) return true;
        if (grid.mergeAt(h, c) || !headLine(h)) continue;
        let k = c;
        while (k > whole.col + 1 && !grid.compactText(h, k)) k--;
        if (headNamesRate(grid.compactText(h, k), RATE_LIKE_HEAD)) return true;
      }
      return false;
    };
    const columns: { total: RelationTerm; parts: RelationTerm[]; ok: boolean }[] = [];
    for (let c = whole.col + 1; c <= grid.scanCols; c++) {
      const total = t(grid, r, c, whole.text, null);
      if (!total || total.percent || rateHead(c)) continue;
      const parts = lines.map((p, j) => t(grid, p, c, names[j], null)).filter((x): x is RelationTerm => !!x && !x.percent);
      if (parts.length < 2) continue;
      columns.push({ total, parts, ok: sumAgrees(total, parts).ok });
    }
    const agree = columns.filter((x) => x.ok).length;
    if (agree >= AREA_WHOLE_COLUMNS && agree >= columns.length * AREA_WHOLE_AGREE) {
      for (const x of columns)
        out.push({ kind: "sum", id: `sum:amount:${x.total.cell}`, measure: "amount", block: "amount-table", orientation: "rows", label: whole.text, total: x.total, parts: x.parts, bound: "equal", group: `area:${r}` });
    }
    r = k - 1;
  }
  return out;
}

/** header words of the column that names a block's lines (项目名称, 支出内容), preferred to a 责任部门 beside it */
const NAME_HEADER = /名称|项目|内容|事项|科目|明细/;

/**
 * The block's column of list numbers standing alone (序号 | 责任部门 | 项目名称: 一 / (一) / 1 …), any column left of
 * its amounts: two lines numbered there at least, and no other text in it but a total's or a 其中 label; or 0.
 */
function codeColumn(grid: Grid, b: Block, kinds: RowKind[]): number {
  if (!b.labelCol) return 0;
  for (let c = b.labelCol; c < b.firstAmountCol; c++) {
    let codes = 0;
    let other = false;
    for (let k = 0; k < b.rows.length && !other; k++) {
      const r = b.rows[k];
      const text = grid.ownsCell(r, c) ? grid.compactText(r, c) : "";
      if (!text) continue;
      if (codeCellLevel(text) >= 0) codes++;
      else if (kinds[k] === "item") other = true;
    }
    if (!other && codes >= 2) return c;
  }
  return 0;
}

/** A line's numbering level: its number alone in the code column, else the number its label starts with (-1: none). */
function lineLevel(grid: Grid, b: Block, codeCol: number, r: number): number {
  const own = codeCol && grid.ownsCell(r, codeCol) ? codeCellLevel(grid.compactText(r, codeCol)) : -1;
  // (a 其中 line numbered itself, "其中:(1)公务用车运行维护费": its number's level)
  return own >= 0 ? own : listLevel(rowLabel(grid, r, b.labelCol, b.firstAmountCol).replace(PART_OF_PREFIX, ""));
}

/**
 * A 其中 line numbered itself ("其中:(1)公务用车运行维护费" under 3、公务用车费, then "(2)公务用车购置" without the mark):
 * the first of the numbered lines the line above breaks down into, a line of the outline at its number's level.
 */
function numberedPartLine(label: string): boolean {
  return PART_OF_PREFIX.test(label) && listLevel(label.replace(PART_OF_PREFIX, "")) >= 0;
}

/** A line's name: its text under a 名称 / 项目 header, else its first text that is not a list number. */
function lineName(grid: Grid, b: Block, codeCol: number, r: number): string {
  if (!b.labelCol) return "";
  let first = "";
  for (let c = b.labelCol; c < b.firstAmountCol; c++) {
    if (c === codeCol) continue;
    const text = grid.compactText(r, c);
    if (!text || codeCellLevel(text) >= 0 || /^[\d.、()（）]+$/.test(text)) continue;
    if (NAME_HEADER.test(grid.compactText(b.headerRow, c))) return text;
    first ||= text;
  }
  return first || rowLabel(grid, r, b.labelCol, b.firstAmountCol);
}

/**
 * The sheet ends, right after the block, in a numbered line with none of the block's amounts (序号 12 | 图书信息中心,
 * then nothing): the page is cut inside the list, whose lines may go on.
 */
function cutAfterBlock(grid: Grid, b: Block, codeCol: number): boolean {
  let r = b.rows[b.rows.length - 1] + 1;
  while (r <= grid.rowCount && !grid.rowHasContent(r)) r++;
  if (r > grid.rowCount || r !== grid.lastContentRow()) return false;
  if (b.cols.some((c) => grid.text(r, c.col) !== "")) return false;
  const own = codeCol && grid.ownsCell(r, codeCol) ? codeCellLevel(grid.compactText(r, codeCol)) : -1;
  return own >= 0 || listLevel(rowLabel(grid, r, b.labelCol, b.firstAmountCol)) >= 0;
}

/** A block's columns of amounts (its rates aside). */
const moneyCols = (b: Block): Col[] => b.cols.filter((c) => c.role !== "rate");

/**
 * A 合计 / 总计 / 小计 opening or closing a list numbered by level (一 / (一) / 1, in a 序号 column of its own or fused
 * with the names): the total adds the top level only, each heading the lines of the next level under it (a heading
 * whose lines mix levels is left alone). A leading total's list cut at its end (a numbered line with no amounts last
 * on the sheet, or the sheet ending inside the list) may go on: the total and the headings over its last line are
 * bounds there (the visible lines never add up to more); every complete group is a sum. (The rule's own cut evidence
 * looks at a sum's parts only: the top level here, which ends above the sheet's end.) The levels say which lines add up,
 * the numbers must not all deny it: kept when one relation at least holds. Null when the list is not numbered by level.
 */
function levelledSums(grid: Grid, b: Block, kinds: RowKind[], i: number, codeCol: number, cut: boolean): SumRelation[] | null {
  let from: number;
  let to: number;
  let middle = false;
  const leading = i === 0 || kinds.slice(0, i).every((k) => k === "total");
  if (leading) {
    from = i + 1;
    to = b.rows.length;
    for (let j = from; j < to; j++) if (kinds[j] === "total") return null;
  } else if (i > 0 && kinds[i - 1] !== "total") {
    // (a closing total: the last line's, or a 小计 closing its group; or a 合计 amid the lines that closes the outline
    // above it — 一、共享收入 | 二、区级固定收入 | 区级财政收入合计, then 上级补助收入 … 收入总计 — where its own sum
    // holds, below)
    middle = i < b.rows.length - 1 && !/^小计/.test(rowLabel(grid, b.rows[i], b.labelCol, b.firstAmountCol));
    from = i;
    while (from > 0 && kinds[from - 1] !== "total") from--;
    to = i;
    // the group's title (一、市直单位 with no amounts of its own, its sum on the 小计): no line of the outline
    if (from < to && !moneyCols(b).some((c) => t(grid, b.rows[from], c, "", b.unit)) && lineLevel(grid, b, codeCol, b.rows[from]) >= 0) from++;
  } else return null;
  // (a 其中 line under a line is that line's breakdown, not a line of the outline; one right under the total is the
  // total's, read by rowSums); a 其中 line numbered itself is a line of the outline, its siblings written without the mark
  const ofWhich = (r: number) => PART_OF_PREFIX.test(rowLabel(grid, r, b.labelCol, b.firstAmountCol));
  if (from >= to || ofWhich(b.rows[from]) || kinds.slice(from, to).some((k) => k === "total")) return null;
  // (under a numbered line, an unnumbered line right after its 其中 line goes on with that breakdown — "其中:公务用车
  // 运行维护费" then "公务用车购置" under 3、公务用车购置及运行维护费 — no line of the outline either; under an
  // unnumbered line the unnumbered lines are the list's own)
  const rows: number[] = [];
  let inBreakdown = false;
  for (const r of b.rows.slice(from, to)) {
    const label = rowLabel(grid, r, b.labelCol, b.firstAmountCol);
    if (ofWhich(r) && !numberedPartLine(label)) inBreakdown = rows.length > 0 && lineLevel(grid, b, codeCol, rows[rows.length - 1]) >= 0;
    else if (inBreakdown && lineLevel(grid, b, codeCol, r) < 0) continue;
    else {
      inBreakdown = false;
      rows.push(r);
    }
  }
  if (rows.length < 2) return null;
  const levels = rows.map((r) => lineLevel(grid, b, codeCol, r));
  if (!levelledOutline(levels)) return null;
  const parents = outlineParents(levels);
  // the lines that may go on: the last line's headings and the total, where the list is cut at its end
  const open = new Set<number>();
  if (leading && (cut || rows[rows.length - 1] >= grid.lastContentRow())) for (let k = rows.length - 1; k >= 0; k = parents[k]) open.add(parents[k]);
  const children = outlineChildren(parents);
  const totalRow = b.rows[i];
  const sums: SumRelation[] = [];
  let agree = 0;
  let totalAgrees = false;
  for (const [p, ks] of children) {
    // (a heading over lines of several levels: which of them add up is not said)
    if (ks.some((k) => levels[k] !== levels[ks[0]])) continue;
    const row = p < 0 ? totalRow : rows[p];
    const label = p < 0 ? rowLabel(grid, row, b.labelCol, b.firstAmountCol).replace(TRAILING_COLON, "") : lineName(grid, b, codeCol, row);
    let first = true;
    for (const c of moneyCols(b)) {
      const atMost = open.has(p) || (p >= 0 && partialLineTotal(grid, row, ks.map((k) => rows[k]), moneyCols(b).map((x) => x.col), c.col, totalRow));
      const total = t(grid, row, c, label, b.unit);
      const ps = ks.map((k) => t(grid, rows[k], c, lineName(grid, b, codeCol, rows[k]), b.unit)).filter((x): x is RelationTerm => !!x);
      if (!total || !ps.length || total.percent || ps.some((x) => x.percent)) continue;
      // (a bound needs amounts that only add: a negative adjustment among them says nothing of the rest)
      if (atMost && (total.value < 0 || ps.some((x) => x.value < 0))) continue;
      if (sumAgrees(total, ps).ok || (atMost && ps.reduce((x, q) => x + q.value, 0) <= total.value)) {
        agree++;
        if (p < 0) totalAgrees = true;
      }
      sums.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: b.kind, orientation: "rows", label, total, parts: ps, bound: atMost ? "atMost" : "equal", group: `rows:${b.headerRow}:${row}`, preferred: first });
      first = false;
    }
  }
  // (no heading stated a sum: the list is read as a plain one)
  if (!sums.length) return null;
  // (a 合计 amid the lines closes the outline above it only where it is that outline's sum in one column at least;
  // else it is read as before, over the lines below it)
  if (middle) return totalAgrees ? sums : null;
  return agree > 0 || leavesMakeTotal(grid, b, rows, children, totalRow) ? sums : [];
}

/**
 * A numbered line of an outline over its 其中 breakdown ("3.公务用车购置及运行维护费 | 4070", then "其中:公务用车运行维护费 |
 * 2648", "公务用车购置 | 1422"): the line is the sum of the breakdown's lines where they add up to a line's amount other than
 * 0 in one money column at least (the breakdown is whole), else a bound (其中 lists what it names: the lines are at most
 * the line).
 */
function breakdownSums(grid: Grid, b: Block, codeCol: number, head: number, lines: readonly number[]): SumRelation[] {
  const out: SumRelation[] = [];
  const label = lineName(grid, b, codeCol, head);
  const terms = (c: Col) => ({ total: t(grid, head, c, label, b.unit), ps: lines.map((r) => t(grid, r, c, lineName(grid, b, codeCol, r).replace(PART_OF_PREFIX, ""), b.unit)).filter((x): x is RelationTerm => !!x) });
  const usable = (x: ReturnType<typeof terms>) => !!x.total && x.ps.length > 0 && !x.total.percent && !x.ps.some((p) => p.percent) && x.total.value >= 0 && !x.ps.some((p) => p.value < 0);
  // (the evidence a column that adds up gives: a 0 over lines of 0 says nothing — 执行数 0.00 over 其中:专项经费 0.00
  // beside 预算数 277.08 over 138.00, a part)
  const whole = moneyCols(b).some((c) => {
    const x = terms(c);
    return usable(x) && x.total!.value !== 0 && sumAgrees(x.total!, x.ps).ok;
  });
  let first = true;
  for (const c of moneyCols(b)) {
    const x = terms(c);
    if (!usable(x)) continue;
    out.push({ kind: "sum", id: `sum:amount:${x.total!.cell}`, measure: "amount", block: b.kind, orientation: "rows", label, total: x.total!, parts: x.ps, bound: whole ? "equal" : "atMost", group: `rows:${b.headerRow}:${head}`, preferred: first });
    first = false;
  }
  return out;
}

/** Line b comes next after line a: right under it, or with empty lines only between (blocks a user spaced out). */
function nextTo(grid: Grid, a: number, b: number): boolean {
  for (let r = a + 1; r < b; r++) if (grid.rowHasContent(r)) return false;
  return b > a;
}

/**
 * A line that is no total over its 其中 lines numbered one by one ("“三公”經費 | 29.00", then "其中:(一)因公出國(境)支出",
 * "(二)公務用車購置及運行維護支出" over "1.公務用車購置", "2.公務用車運行維護費", then "(三)公務接待費支出"): the line is the
 * sum of the lines numbered at the 其中 line's level, each of them a heading over the lines one level deeper right under
 * it. The run ends at a line numbered shallower than the 其中 line, an unnumbered line, a total line or a line of another
 * kind between (empty lines are none: blocks spaced out). (A total's 其中 lines are rowSums' own.) The numbering says which
 * lines add up, the numbers must not all deny it: kept where one relation at least holds (a 0 over lines of 0 is none), or
 * where the run's last lines make the line (leavesMakeTotal).
 */
function ofWhichOutlines(grid: Grid, b: Block, kinds: readonly RowKind[], codeCol: number): SumRelation[] {
  const out: SumRelation[] = [];
  for (let i = 0; i + 2 < b.rows.length; i++) {
    const row = b.rows[i];
    if (kinds[i] === "total" || !nextTo(grid, row, b.rows[i + 1])) continue;
    const next = rowLabel(grid, b.rows[i + 1], b.labelCol, b.firstAmountCol);
    // (a numbered line over a 其中 line not numbered itself and the unnumbered lines right after it: its breakdown)
    if (PART_OF_PREFIX.test(next) && !numberedPartLine(next) && lineLevel(grid, b, codeCol, row) >= 0) {
      const lines = [b.rows[i + 1]];
      for (let j = i + 2; j < b.rows.length && nextTo(grid, b.rows[j - 1], b.rows[j]) && kinds[j] !== "total" && lineLevel(grid, b, codeCol, b.rows[j]) < 0 && !PART_OF_PREFIX.test(rowLabel(grid, b.rows[j], b.labelCol, b.firstAmountCol)); j++) lines.push(b.rows[j]);
      out.push(...breakdownSums(grid, b, codeCol, row, lines));
      continue;
    }
    if (!numberedPartLine(next)) continue;
    const top = lineLevel(grid, b, codeCol, b.rows[i + 1]);
    const rows = [b.rows[i + 1]];
    for (let j = i + 2; j < b.rows.length && nextTo(grid, b.rows[j - 1], b.rows[j]) && kinds[j] !== "total"; j++) {
      const level = lineLevel(grid, b, codeCol, b.rows[j]);
      if (level < top || PART_OF_PREFIX.test(rowLabel(grid, b.rows[j], b.labelCol, b.firstAmountCol))) break;
      rows.push(b.rows[j]);
    }
    const levels = rows.map((r) => lineLevel(grid, b, codeCol, r));
    if (levels.filter((l) => l === top).length < 2) continue;
    const parents = outlineParents(levels);
    const children = outlineChildren(parents);
    const sums: SumRelation[] = [];
    let agree = 0;
    for (const [p, ks] of children) {
      // (a heading over lines of several levels: which of them add up is not said)
      if (ks.some((k) => levels[k] !== levels[ks[0]])) continue;
      const at = p < 0 ? row : rows[p];
      const label = lineName(grid, b, codeCol, at).replace(PART_OF_PREFIX, "").replace(TRAILING_COLON, "");
      let first = true;
      for (const c of moneyCols(b)) {
        const total = t(grid, at, c, label, b.unit);
        const ps = ks.map((k) => t(grid, rows[k], c, lineName(grid, b, codeCol, rows[k]).replace(PART_OF_PREFIX, ""), b.unit)).filter((x): x is RelationTerm => !!x);
        if (!total || !ps.length || total.percent || ps.some((x) => x.percent)) continue;
        // (a 0 over lines of 0 is no evidence of the levels)
        if (total.value !== 0 && sumAgrees(total, ps).ok) agree++;
        sums.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: b.kind, orientation: "rows", label, total, parts: ps, bound: "equal", group: `rows:${b.headerRow}:${at}`, preferred: first });
        first = false;
      }
    }
    if (sums.length && (agree > 0 || leavesMakeTotal(grid, b, rows, children, row))) out.push(...sums);
  }
  return out;
}

/**
 * The outline's last lines (those with no lines under them) add up to its total in one money column at least: the
 * levels are read right even where no heading and not the total over the top level holds — one heading printed wrong
 * (桂林 3.公务用车费 0 over its 其中 32.65, the 合计 34.35 counting the 32.65) denies both sums it stands in. Read in a
 * column where every heading has an amount (0 is one).
 */
function leavesMakeTotal(grid: Grid, b: Block, rows: readonly number[], children: ReadonlyMap<number, number[]>, totalRow: number): boolean {
  const leaves = rows.filter((_, k) => !children.has(k));
  const heads = rows.filter((_, k) => children.has(k));
  if (leaves.length < 2 || !heads.length) return false;
  return moneyCols(b).some((c) => {
    // (in a column every heading fills: where a heading is blank the leaves' sum says nothing of it — 农业农村局's own
    // projects in columns its 乡镇 lines leave blank, and the reverse)
    if (heads.some((r) => !t(grid, r, c, "", b.unit))) return false;
    const total = t(grid, totalRow, c, "", b.unit);
    const ps = leaves.map((r) => t(grid, r, c, "", b.unit)).filter((x): x is RelationTerm => !!x);
    return !!total && !total.percent && total.value !== 0 && ps.length >= 2 && !ps.some((x) => x.percent) && sumAgrees(total, ps).ok;
  });
}

/**
 * A list with no total line whose numbered headings carry their groups' sums ((一)歲入 | 1,295,182,922 over 1.直接稅收入,
 * 2.間接稅收入, 3.賦稅外收入; (二)歲出 over its own): each heading with amounts adds the lines one level deeper under it
 * (a heading over lines of several levels says nothing). No word says so, so the sheet's own numbers must: kept when at
 * least two of the relations, and two thirds, hold over the amount columns. The headings over the list's last line are
 * bounds where the sheet ends there (the page may stop inside the group), and so is a heading in a column one of its
 * lines leaves blank. Null where fewer than two headings carry sums.
 */
function headedSums(grid: Grid, b: Block, codeCol: number, cut: boolean): SumRelation[] | null {
  const rows = b.rows.filter((r) => !PART_OF_PREFIX.test(rowLabel(grid, r, b.labelCol, b.firstAmountCol)));
  if (rows.length < 4 || rows.length !== b.rows.length) return null;
  const levels = rows.map((r) => lineLevel(grid, b, codeCol, r));
  if (levels.some((l) => l < 0) || !levelledOutline(levels)) return null;
  const parents = outlineParents(levels);
  const open = new Set<number>();
  if (cut || rows[rows.length - 1] >= grid.lastContentRow()) for (let k = rows.length - 1; k >= 0; k = parents[k]) open.add(parents[k]);
  const children = outlineChildren(parents);
  children.delete(-1);
  const sums: SumRelation[] = [];
  const heads = new Set<number>();
  let agree = 0;
  for (const [p, ks] of children) {
    if (ks.length < 2 || ks.some((k) => levels[k] !== levels[ks[0]])) continue;
    const row = rows[p];
    const label = lineName(grid, b, codeCol, row);
    let first = true;
    for (const c of moneyCols(b)) {
      // (a line of the group blank in this column, the total filled: what it stands for is not said — 預備金 with no
      // 決算 and no 比較, its heading's figures counting something there or not — so the lines read bound the total)
      // (a line whose cell holds a placeholder, '-' or '—', states a nil there: no gap, as a blank cell may be — placeholder-lines.ts)
      const atMost = open.has(p) || ks.some((k) => !t(grid, rows[k], c, "", b.unit) && !placeholderAmounts(grid, rows[k], [c.col]));
      const total = t(grid, row, c, label, b.unit);
      const ps = ks.map((k) => t(grid, rows[k], c, lineName(grid, b, codeCol, rows[k]), b.unit)).filter((x): x is RelationTerm => !!x);
      if (!total || ps.length < 2 || total.percent || ps.some((x) => x.percent)) continue;
      // (a bound needs amounts that only add: a negative adjustment among them says nothing of the rest)
      if (atMost && (total.value < 0 || ps.some((x) => x.value < 0))) continue;
      if (sumAgrees(total, ps).ok || (atMost && ps.reduce((x, q) => x + q.value, 0) <= total.value)) agree++;
      heads.add(p);
      sums.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: b.kind, orientation: "rows", label, total, parts: ps, bound: atMost ? "atMost" : "equal", group: `rows:${b.headerRow}:${row}`, preferred: first });
      first = false;
    }
  }
  return heads.size >= 2 && agree >= 2 && agree >= LEADING_AGREE * sums.length ? sums : null;
}

/**
 * A numbered total ("(一)财政拨款小计") over lines numbered one style deeper, with a line of its own style or an outer
 * one further down: a list by levels, which numberedSubtotals reads level by level.
 */
function numberedList(labels: string[]): boolean {
  const level = listLevel(labels[0]);
  if (level < 0 || labels.length < 2 || listLevel(labels[1]) <= level) return false;
  return labels.slice(2).some((l) => {
    const k = listLevel(l);
    return k >= 0 && k <= level;
  });
}

/** Which stated cells a difference or ratio takes, by letter hints first, else by roles. */
function pick<T extends { role: AmountRole; letter: string | null }>(items: T[], role: AmountRole, letter?: string | null): T | undefined {
  if (letter) return items.find((x) => x.letter === letter);
  return items.find((x) => x.role === role);
}

interface Slot {
  /** a rate whose header says (%) */
  points?: true;
  role: AmountRole;
  letter: string | null;
  formula: string | null;
  label: string;
  at: (k: number) => RelationTerm | null;
}

/**
 * A column of rates written as bare numbers that are plainly percentage points: two at least above 1.5 (72.08, 98.5)
 * and none of its other bare numbers a fraction's (0 < x ≤ 1.5) but a minority of them: a bare 1.49 there is 1.49%.
 */
function plainlyPercents(terms: (RelationTerm | null)[]): boolean {
  let above = 0;
  let small = 0;
  for (const x of terms) {
    if (!x || x.percent || x.value <= 0) continue;
    if (x.value > 1.5) above++;
    else small++;
  }
  return above >= 2 && small < above;
}

/**
 * A column of rates under a head of percentage points (完成比例(%)) whose bare numbers are fractions all the same
 * (1.154 for 1500 / 1300): two lines at least agree as fractions and none as points.
 */
function writtenAsFractions(lanes: number[], rate: Slot, num: Slot, den: Slot): boolean {
  let fractions = 0;
  for (const k of lanes) {
    const stated = rate.at(k);
    const n = num.at(k);
    const d = den.at(k);
    if (!stated || stated.percent || !n || !d || d.value === 0) continue;
    if (ratioAgrees(stated, n.value, d.value, true).ok) return false;
    if (ratioAgrees(stated, n.value, d.value, false).ok) fractions++;
  }
  return fractions >= 2;
}

/** Differences and ratios among slots (columns read along a row, or rows read along a column). */
function slotRelations(slots: Slot[], lanes: number[], kind: RelationBlock, laneLabel?: (k: number) => string): Relation[] {
  const out: Relation[] = [];
  const balance = slots.find((s) => s.role === "balance");
  if (balance) {
    // 结余(C=A-B): the letters say; else 到位 − 支出, with 计划 as the alternative minuend
    // (circled marks no column bears, a mark the page left off: the roles say, as where no marks are written)
    const lettered = balance.formula ? DIFFERENCE_FORMULA.exec(balance.formula) : null;
    const f = lettered && (!CIRCLED.test(lettered[0]) || (pick(slots, "arrived", lettered[1]) && pick(slots, "spent", lettered[2]))) ? lettered : null;
    const minuend = f ? pick(slots, "arrived", f[1]) : pick(slots, "arrived") ?? pick(slots, "plan");
    const spent = f ? pick(slots, "spent", f[2]) : pick(slots, "spent");
    const alt = !f && minuend?.role === "arrived" ? pick(slots, "plan") : undefined;
    if (minuend && spent) {
      for (const k of lanes) {
        const res = balance.at(k);
        const m = minuend.at(k);
        const s = spent.at(k);
        if (!res || !m || !s) continue;
        const a = alt?.at(k);
        out.push({ kind: "difference", id: `difference:${res.cell}`, measure: "amount", block: kind, label: balance.label, result: res, minuend: m, subtrahends: [s], bound: "equal", ...(a ? { alternatives: [a] } : {}) } as DifferenceRelation);
      }
    }
  }
  const rates = slots.filter((s) => s.role === "rate");
  for (const rate of rates) {
    let num: Slot | undefined;
    let dens: Slot[] = [];
    // (a trio repeated under each head, 目标任务 | 进度 | 完成比例 five times over: each rate is of the slots since the rate
    // before it, where they hold an amount done and a plan)
    const at = slots.indexOf(rate);
    const own = slots.slice(slots.slice(0, at).map((s) => s.role).lastIndexOf("rate") + 1, at);
    let progress = false;
    const pool = rates.length > 1 && own.some((s) => s.role === "spent") && own.some((s) => s.role === "plan") ? own : slots;
    const lettered = rate.formula ? QUOTIENT_FORMULA.exec(rate.formula) : null;
    // (circled marks no column bears: the rate's words say, as where no marks are written)
    const f = lettered && (!CIRCLED.test(lettered[0]) || (pick(slots, "spent", lettered[1]) && pick(slots, "plan", lettered[2]))) ? lettered : null;
    if (f) {
      num = pick(slots, "spent", f[1]);
      const d = pick(slots, "plan", f[2]);
      dens = d ? [d] : [];
    } else if (/到位率/.test(rate.label)) {
      num = pick(slots, "arrived");
      dens = slots.filter((s) => s.role === "plan");
    } else if (/执行率|支出率|完成率|完成比例|完成目标|执行进度/.test(rate.label)) {
      progress = /完成比例|完成目标/.test(rate.label);
      num = pick(pool, "spent");
      // (the year's budget as adjusted, 全年预算数 / 调整后预算数, before the one set at its start, 年初预算数: whatever
      // the family, the rate is of the budget the year ended with; 年初 stays an alternative)
      const plans = pool.filter((s) => s.role === "plan");
      const adjusted = plans.filter((s) => budgetRole(s.label) === "adjusted");
      // (the year's change, 调整预算数, beside the budget after it, 调整后预算数: never the rate's budget)
      const changes = adjusted.some((s) => !budgetAdjustmentOnly(s.label)) ? adjusted.filter((s) => budgetAdjustmentOnly(s.label)) : [];
      dens = [...adjusted, ...plans.filter((s) => !adjusted.includes(s)), ...pool.filter((s) => s.role === "arrived")].filter((s) => !changes.includes(s));
      // (no budget column: a fund-source head 中央 | 省 | 本级 | 其他 | 合计 | 执行数 | 执行率, as 广水's form, executes
      // its 合计 — the sources' total is the budget the rate is of)
      if (!dens.length && !progress) dens = pool.filter((s) => s.role === "total");
    }
    if (!num || dens.length === 0) continue;
    const inPoints = (rate.points && !writtenAsFractions(lanes, rate, num, dens[0])) || plainlyPercents(lanes.map((k) => rate.at(k)));
    for (const k of lanes) {
      const stated = rate.at(k);
      const n = num.at(k);
      const ds = dens.map((d) => d.at(k)).filter((x): x is RelationTerm => !!x && x.value !== 0);
      if (!stated || !n || ds.length === 0) continue;
      // (a progress table's line whose target is a ceiling, 城镇登记失业率低于(%) 4.3 | 4.17 | 103.1: done over the target
      // turned over, the target over what is done)
      if (progress && laneLabel && CEILING_TARGET.test(laneLabel(k))) {
        out.push({ kind: "ratio", id: `ratio:${stated.cell}`, measure: "rate", block: kind, name: rate.label, label: rate.label, stated, numerator: ds[0], denominator: n, bound: "equal", ...(inPoints && !stated.percent ? { statedInPoints: true } : {}) } as RatioRelation);
        continue;
      }
      out.push({ kind: "ratio", id: `ratio:${stated.cell}`, measure: "rate", block: kind, name: rate.label, label: rate.label, stated, numerator: n, denominator: ds[0], bound: "equal", ...(ds.length > 1 ? { alternatives: ds.slice(1) } : {}), ...(inPoints && !stated.percent ? { statedInPoints: true } : {}) } as RatioRelation);
    }
  }
  return out;
}

/** Column slots of a block (计划安排 | 实际到位 | 实际支出 | 结余 | 到位率 side by side), read along each row. */
function columnSlots(grid: Grid, b: Block): Relation[] {
  const slots: Slot[] = b.cols.map((c) => ({
    ...(c.points ? { points: c.points } : {}),
    role: c.role,
    letter: c.letter,
    formula: c.formula,
    label: c.label,
    at: (r: number) => t(grid, r, c, c.label, b.unit),
  }));
  // (a line's finest name: its last text left of the amounts, 城镇登记失业率低于(%) under 就业促进工程 filled down)
  const finestName = (r: number) => {
    for (let c = b.firstAmountCol - 1; c >= 1; c--) if (grid.compactText(r, c)) return grid.compactText(r, c);
    return "";
  };
  return slotRelations(slots, b.rows, b.kind, finestName);
}

/** Row slots (rows labelled 计划安排 / 实际到位 / 实际支出 / 结余, columns by government level), read down each column. */
function rowSlots(grid: Grid, b: Block): Relation[] {
  if (!b.labelCol) return [];
  const slots: Slot[] = [];
  for (const r of b.rows) {
    const text = rowLabel(grid, r, b.labelCol, b.firstAmountCol);
    const role = amountRole(text);
    if (!role || role === "total" || role === "part") continue;
    const h = parseAmountHeader(text);
    slots.push({ ...(role === "rate" && POINTS_HEADER.test(text) ? { points: true as const } : {}), role, letter: h.letter, formula: h.formula, label: h.core, at: (c: number) => t(grid, r, c, `${h.core}`, h.unit ?? b.unit) });
  }
  if (slots.length < 2) return [];
  return slotRelations(slots, b.cols.map((c) => c.col), b.kind);
}

/** A pair's label naming the total of the pairs after it: a fund total's, a project's whole amount or its year's budget. */
const pairTotal = (label: string): boolean => FUND_TOTAL_LABEL.test(label) || FUND_WHOLE_LABEL.test(label) || FUND_YEAR_LABEL.test(label);

/**
 * Label | amount pairs in one row: "年度资金总额 | 100 | 其中:财政拨款 | 60 | 其他资金 | 40", "项目总投资 | 20万元 | 中央补助安排 |
 * 0 | 省级财政安排 | 0 | 其他资金 | 20万元".
 */
function pairSums(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    if (skip && r >= skip.first && r <= skip.last) r = skip.last + 1;
    if (r > grid.rowCount || !grid.rowHasContent(r)) continue;
    // (no fund total's label on the line, most lines: no pair read)
    // (tgt52: or a project's whole amount, or its year's budget, 项目总投资 | 20万元 | 中央补助安排 | 0 | … | 其他资金 | 20万元)
    if (!lineLabelled(grid, r, FUND_TOTAL_LABEL) && !lineLabelled(grid, r, FUND_WHOLE_LABEL) && !lineLabelled(grid, r, FUND_YEAR_LABEL)) continue;
    const pairs: { label: string; n: NumberRef & { unit?: AmountUnit } }[] = [];
    for (let c = 1; c < grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const label = grid.compactText(r, c).replace(TRAILING_COLON, "");
      if (!label || amountAt(grid, r, c)) continue;
      // (its amount the next cell of its own right of the label's merge; tgt52b: an empty spacer column between them passed over)
      let d = c + 1;
      while (d <= grid.scanCols && (!grid.ownsCell(r, d) || (grid.compactText(r, d) === "" && emptyColumn(grid, d)))) d++;
      const n = amountAt(grid, r, d);
      if (n) pairs.push({ label, n });
    }
    const ti = pairs.findIndex((p) => pairTotal(p.label));
    if (ti < 0) continue;
    const parts = pairs.slice(ti + 1).filter((p) => FUND_PART_LABEL.test(p.label) && !pairTotal(p.label));
    if (parts.length < 1 || parts.length !== pairs.length - ti - 1) continue;
    const unit = blockUnit(grid, r);
    const total = pairs[ti];
    const partial = parts.length === 1 && PART_OF_PREFIX.test(parts[0].label);
    out.push({
      kind: "sum",
      id: `sum:amount:${total.n.cell}`,
      measure: "amount",
      block: "labelled-funds",
      orientation: "columns",
      label: total.label,
      total: { ...total.n, label: total.label, unit: total.n.unit ?? unit },
      parts: parts.map((p) => ({ ...p.n, label: p.label.replace(PART_OF_PREFIX, ""), unit: p.n.unit ?? unit })),
      bound: partial ? "atMost" : "equal",
    });
  }
  return out;
}

/** The text cells of line `r` (Grid.textCells) from column `from` on whose compact text `re` (no g flag) matches. */
function textCellsMatching(grid: Grid, r: number, re: RegExp, from: number): number {
  const { start, cols } = grid.textCells();
  let n = 0;
  for (let k = start[r]; k < start[r + 1]; k++) if (cols[k] >= from && re.test(grid.compactText(r, cols[k]))) n++;
  return n;
}

/**
 * Some text cell of line `r` (Grid.textCells: its own, not blank) left of the last scanned column reads, its trailing
 * colon dropped, as `label` (a pattern without the g flag): a line a label | amount pair of that label could be read on.
 */
function lineLabelled(grid: Grid, r: number, label: RegExp): boolean {
  const { start, cols } = grid.textCells();
  for (let k = start[r]; k < start[r + 1]; k++) if (cols[k] < grid.scanCols && label.test(grid.compactText(r, cols[k]).replace(TRAILING_COLON, ""))) return true;
  return false;
}

/** the longest label a label | value list reads ("全年预算数(万元)", "资金到位率(%)" with spaces) */
const LABEL_MAX_CHARS = 24;
/** (rate52) part lines read under a row of pairs at most */
const PART_LINES = 8;
/** (rate52) lines above or below a lettered rate's own where the pairs its letters name may stand */
const LETTER_LINES = 2;
/** label-value rows a list may skip between two of its entries (a remark line) */
const LIST_GAP_ROWS = 1;

/**
 * Label | value lists with no header row: "全年预算数(万元) | 200" / "全年执行数(万元) | 180" / "预算执行率 | 90.00%"
 * down a column, or "预算数 | 100 | 执行数 | 95 | 执行率 | 95%" along a row. Their rates and 结余 relate.
 */
function labelValueSlots(grid: Grid, skip: RowSpan | null): Relation[] {
  interface Entry { row: number; labelCol: number; valueCol: number; unit: AmountUnit | null; slot: Slot }
  const entries: Entry[] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    if (skip && r >= skip.first && r <= skip.last) r = skip.last + 1;
    if (r > grid.rowCount || !grid.rowHasContent(r)) continue;
    // (the last column too: a rate's label over its figure, rate52)
    for (let c = 1; c <= grid.scanCols; c++) {
      const raw = grid.raw(r, c);
      // a label is short text (a number, a date or a sentence is none)
      if (typeof raw !== "string" || raw.length > LABEL_MAX_CHARS || !grid.ownsCell(r, c)) continue;
      const text = grid.text(r, c);
      if (!text) continue;
      // (the label's role first, memoised per text, then whether the cell is an amount: most texts name no slot)
      const role = amountRole(text);
      if (!role || role === "total" || role === "part" || role === "amount" || amountAt(grid, r, c)) continue;
      let d = c + 1;
      while (d <= grid.scanCols && !grid.ownsCell(r, d)) d++;
      if (d > grid.scanCols || !amountAt(grid, r, d)) {
        // (rate52) a rate's label over its figure, on a line of pairs (预算执行进度(%) over 100.00, beside 预算数 | 6.84 |
        // 执行数 | 6.84): the figure's line holds the rate
        // (not a merged label's copy filled across: 预算执行率 | 预算执行率 over 87% | 87% is one rate; over 87% | 90%, two)
        if (role !== "rate" || r >= grid.rowCount || !grid.ownsCell(r + 1, c) || !amountAt(grid, r + 1, c) || grid.text(r + 1, c - 1) === "") continue;
        if (copiesLeft(grid, r, c)) {
          // (two different figures under one label written twice: which is the rate is not said — neither is read)
          if (grid.text(r + 1, c) !== grid.text(r + 1, c - 1)) {
            const left = entries.findIndex((e) => e.row === r + 1 && e.labelCol === c - 1 && e.valueCol === c - 1);
            if (left >= 0) entries.splice(left, 1);
          }
          continue;
        }
        const h = parseAmountHeader(text);
        const unit = h.unit ?? blockUnit(grid, r);
        const row = r + 1;
        entries.push({ row, labelCol: c, valueCol: c, unit, slot: { ...(POINTS_HEADER.test(compact(text)) ? { points: true as const } : {}), role, letter: h.letter, formula: h.formula, label: h.core, at: () => t(grid, row, c, h.core, unit) } });
        continue;
      }
      const h = parseAmountHeader(text);
      const unit = h.unit ?? blockUnit(grid, r);
      const row = r;
      const col = d;
      entries.push({ row, labelCol: c, valueCol: col, unit, slot: { role, letter: h.letter, formula: h.formula, label: h.core, at: () => t(grid, row, col, h.core, unit) } });
    }
  }
  const out: Relation[] = [];
  const emit = (list: Entry[]) => {
    if (list.length < 2 || !list.some((e) => e.slot.role === "rate" || e.slot.role === "balance")) return;
    out.push(...slotRelations(list.map((e) => e.slot), [0], "fund-block"));
  };
  // (rate52) the lines under a row of pairs that repeat one part's name in each pair's label cell (计划安排资金 | 2,489.4 |
  // 实际到位资金 | 2,489.4 | 实际支出 | 2,466.6 | 结余 | 22.8, then 省财政 | 550.0 | 省财政 | 550.0 | …): each such line
  // the row's slots over again, its part's 结余 and rates as the row's; the run ends at the first line that is not so
  const emitPartLines = (list: Entry[]) => {
    if (list.length < 3 || !list.some((e) => e.slot.role === "rate" || e.slot.role === "balance")) return;
    const lanes: number[] = [];
    for (let r = list[0].row + 1; r <= Math.min(grid.rowCount, list[0].row + PART_LINES); r++) {
      const names = list.map((e) => (grid.ownsCell(r, e.labelCol) ? grid.compactText(r, e.labelCol) : ""));
      const name = names.find((x) => x);
      if (!name || names.filter((x) => x === name).length < 2 || names.some((x) => x && x !== name) || amountRole(name) === "rate" || list.some((e) => grid.ownsCell(r, e.labelCol) && amountAt(grid, r, e.labelCol))) break;
      lanes.push(r);
    }
    if (!lanes.length) return;
    const slots = list.map((e) => ({ ...e.slot, at: (k: number) => t(grid, k, e.valueCol, e.slot.label, e.unit) }));
    out.push(...slotRelations(slots, lanes, "fund-block"));
  };
  // (rate52) a row's rate whose formula names letters the row does not bear (转移支付预算数(A) | 5.8万 | 预算执行率(B/A) |
  // 100% over 转移支付执行数(B) | 5.8万 on the next line: a form's pairs over two lines): the lines within LETTER_LINES
  // above or below bearing them join it, the nearest first; the letters make it exact
  const withLetteredLines = (list: Entry[]): Entry[] => {
    // (a rate label merged down over two lines and filled down, 预算执行率(B/A) on both: the copy is no rate of its own)
    const rate = list.find((e) => e.slot.role === "rate" && e.slot.formula && !copiesAbove(grid, e.row, e.labelCol));
    const f = rate ? QUOTIENT_FORMULA.exec(rate.slot.formula!) : null;
    if (!f) return list;
    const out = [...list];
    for (const letter of [f[1], f[2]]) {
      if (out.some((e) => e.slot.letter === letter)) continue;
      const row = list[0].row;
      const near = entries.filter((e) => e.slot.letter === letter && e.row !== row && Math.abs(e.row - row) <= LETTER_LINES).sort((a, b) => Math.abs(a.row - row) - Math.abs(b.row - row));
      if (near.length) out.push(near[0]);
    }
    return out;
  };
  // (a run down a column read in every column right of its first value whose lines all hold an amount there: the
  // areas side by side, 目标任务 / 进度 / 完成比例 down the rows under 全市 | 东坡区 | 彭山区)
  const emitColumns = (list: Entry[]) => {
    if (list.length < 2 || !list.some((e) => e.slot.role === "rate" || e.slot.role === "balance")) return;
    const lanes = [list[0].valueCol];
    for (let c = list[0].valueCol + 1; c <= grid.scanCols; c++) {
      if (!list.every((e) => grid.ownsCell(e.row, c) && amountAt(grid, e.row, c))) break;
      lanes.push(c);
    }
    const slots = list.map((e) => ({ ...e.slot, at: (k: number) => t(grid, e.row, k, e.slot.label, e.unit) }));
    out.push(...slotRelations(slots, lanes, "fund-block"));
  };
  // along a row
  const byRow = new Map<number, Entry[]>();
  for (const e of entries) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  for (const list of byRow.values()) {
    emit(withLetteredLines(list));
    emitPartLines(list);
  }
  // down a column: consecutive rows (one gap at most), one entry per row, the same value column
  const single = entries.filter((e) => byRow.get(e.row)!.length === 1);
  let run: Entry[] = [];
  for (const e of single) {
    const last = run[run.length - 1];
    if (last && (e.valueCol !== last.valueCol || e.row - last.row > LIST_GAP_ROWS + 1)) {
      emitColumns(run);
      run = [];
    }
    run.push(e);
  }
  emitColumns(run);
  return out;
}

/**
 * Column headers whose numbers do not add up down or across (rates, shares, numbering, unit prices, quantities, a column
 * of years: 年份, 年度, 考核年度). A year's amounts named by the year, 2023年度 | 2024年度 | 合计 or the ROC's 112年度 | 113年度
 * (an allocation over the years it runs), add up as any amount column.
 */
const NOT_SUMMED_HEADER = /率|%|％|比例|比重|序号|序號|编号|编码|代码|行次|列次|单价|單價|标准|標準|数量|數量|年份|(^|[^\d〇零一二三四五六七八九十])年度$|分值|得分|权重/;

/** A header whose column is not added up; a factor's weight after its name ("基本农田面积(30%)") is not a rate. */
const notSummed = (name: string) => NOT_SUMMED_HEADER.test(name.replace(/\(\d+(\.\d+)?%\)$/, ""));

/** The unit a column header ends with: "实发人数合计(人)", "补助资金(万元)". */
const UNIT_WORDS = "人次|人|户|个|次|亩|万元|千元|亿元|元";
const HEADER_UNIT = new RegExp(`\\((${UNIT_WORDS})\\)$`);

/** A column's name: words, not a value ("≥90%", "/", "—"). */
const COLUMN_NAME = /^(?![≥≤<>=＞＜≧≦]).*[\u4e00-\u9fa5]{2,}/;
/**
 * A column's head that is a short name with its unit, or its unit alone: "优(个)", "良(个)", "村(居)(个)", "男(人)", "(个)"
 * (a count of villages by grade under a 小计 line, the grade's word one character, or lost on the page): the unit says the
 * column holds quantities, as a name of two characters would. No number or bound before it ("≥90(个)" is a value).
 */
const UNIT_HEAD = /^[\u4e00-\u9fa5()]{0,6}\((人次|人|户|个|次|亩|万元|千元|亿元|元)\)$/;

/** A row that repeats, cell for cell, a row with two or more filled cells above it (a header at a page turn). */
function repeatsAbove(grid: Grid, r: number): boolean {
  const cells = (row: number) => {
    const out: string[] = [];
    for (let c = 1; c <= grid.scanCols; c++) out.push(grid.ownsCell(row, c) ? grid.compactText(row, c) : "");
    return out.join("|");
  };
  const here = cells(r);
  if (here.split("|").filter(Boolean).length < 2) return false;
  for (let h = r - 1; h >= Math.max(1, r - CLOSING_RUN_ROWS); h--) if (cells(h) === here) return true;
  return false;
}

/**
 * Lines numbered 1, 2, 3 … in their label column, top down (the first line's number may be lost: blank, then 2): a
 * list that starts at its first item.
 */
function numberedFromOne(grid: Grid, rows: number[], col: number): boolean {
  if (rows.length < 2) return false;
  for (let k = 0; k < rows.length; k++) {
    const text = grid.compactText(rows[k], col).replace(/[.、．]$/, "");
    if (k === 0 && !text) continue;
    if (text !== String(k + 1)) return false;
  }
  return true;
}

/**
 * A row that is one label merged from column `c` across column `col` (or written again across it: the merge filled
 * across, headMerge) and beyond nothing else: a section heading inside a list (经常收入, 资本收入), neither a number nor a
 * total.
 */
function sectionLine(grid: Grid, r: number, c: number, col: number): boolean {
  const m = headMerge(grid, r, c);
  if (!m || m.r1 !== r || m.r2 !== r || m.c2 < col) return false;
  const text = grid.compactText(r, c);
  if (!text || readNumber(text) !== null || CLOSING_TOTAL.test(text) || ACCOUNT_TOTAL_ROW.test(text)) return false;
  for (let cc = m.c2 + 1; cc <= grid.scanCols; cc++) if (grid.ownsCell(r, cc) && grid.text(r, cc)) return false;
  return true;
}

/** A total's label (合计, 总计, 全省合计) in a column left of `col` in the row: a line of totals, no line of a list. */
function totalLeftOf(grid: Grid, r: number, col: number): boolean {
  for (let c = 1; c < col; c++) if (grid.ownsCell(r, c) && GRAND_TOTAL_ROW.test(grid.compactText(r, c))) return true;
  return false;
}

/** What an account total (ACCOUNT_TOTAL_ROW: 经营收入总额, 开支总额) totals: 收入 or 支出 (开支 is 支出); null for any other label. */
function accountKind(label: string): "收入" | "支出" | null {
  const m = ACCOUNT_TOTAL_ROW.exec(label);
  return m ? (m[1] === "收入" ? "收入" : "支出") : null;
}

/** the rows a closing total's column is read up through (a long allocation list) */
const CLOSING_RUN_ROWS = 200;

/**
 * A table of numbers closed by a 合计 / 总计 row, or with a 合计 column, whose columns no amount vocabulary names
 * (an allocation table: one column per project or recipient under "单位:万元"). Each column's numbers above the 合计
 * row, up to its header, add up to the row's number there (a blank is nothing); each row's numbers left of a 合计
 * column add up to it. Columns of rates, numbering, prices or points, runs with 其中 or 小计 lines, and numbered
 * outlines are left to the block readers that know them. Only totals no other reader states are kept (relations
 * are merged by their stated cell, first reader first).
 */
function closingTotals(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  // (the table's first columns counted from the sheet's first column with a text, not from column A: a table moved
  // right reads the same)
  const first = firstTextColumn(grid);
  for (let r = 2; r <= grid.rowCount; r++) {
    // (the indicator table's rows jumped over at once, not tested one by one)
    if (inSpan(skip, r)) {
      r = skip!.last;
      continue;
    }
    if (!grid.rowHasContent(r)) continue;
    for (let c = first; c <= Math.min(grid.scanCols, first + 3); c++) {
      if (!grid.ownsCell(r, c)) continue;
      const closing = grid.compactText(r, c);
      if (!CLOSING_TOTAL.test(closing) && !ACCOUNT_TOTAL_ROW.test(closing)) continue;
      const unit = blockUnit(grid, r);
      // (its merge across the label columns, or that merge undone: the blank cells right of it before the line's first
      // number — 合计 | blank | blank | 70 over 序号 | 单位 | 项目; or that merge filled across, 合计 | 合计 | 合计)
      const labelEnd = grid.mergeAt(r, c)?.c2 ?? Math.max(blankSpanEnd(grid, r, c), copiesEnd(grid, r, c));
      // 合计 row: each number in it over the numbers above it in its column
      for (let col = labelEnd + 1; col <= grid.scanCols; col++) {
        if (grid.anchorCol(r, col) !== col) continue;
        const total = t(grid, r, col, "合计", unit);
        if (!total || total.percent) continue;
        const parts: RelationTerm[] = [];
        // 小计 rows (in any column the 合计 label spans: 序号 | 单位 | 项目 over 合计): the total is theirs, and
        // each 小计 is the total of the rows above it up to the 小计 or the header before it
        const subtotals: { term: RelationTerm; row: number; parts: RelationTerm[] }[] = [];
        // every line walked, bottom-up, for the nested reading of its 小计 lines (nested-subtotals.ts)
        const walk: WalkLine[] = [];
        let header = "";
        let headerRow = 0;
        let mixed = false;
        // the highest row read (1: the numbers run up to the sheet's first row, an excerpt cut above its header)
        let top = r;
        // (an account's total under account totals of its kind, 政府收入总额 right under 非经常收入总额 with 经营收入总额
        // further up: the sum of those totals, the lines between them theirs; an account total above the lines of
        // another closes its own list, as a header would: 非经常收入总额's lines start below 经营收入总额)
        const account = accountKind(closing);
        let foot = false;
        let closedByAccount = false;
        for (let rr = r - 1; rr >= Math.max(1, r - CLOSING_RUN_ROWS) && !inSpan(skip, rr); rr--) {
          top = rr;
          const label = grid.compactText(rr, c);
          if (account && accountKind(label) === account && grid.anchorRow(rr, col) === rr) {
            const n = t(grid, rr, col, label, unit);
            if (n && !n.percent && (foot || !parts.length)) {
              foot = true;
              parts.push(n);
              continue;
            }
            if (n && !n.percent && parts.length) {
              closedByAccount = true;
              break;
            }
          }
          // (the lines between the totals at the foot are theirs, not the foot's)
          if (foot && !PART_OF_PREFIX.test(label) && !CLOSING_TOTAL.test(label) && !ACCOUNT_TOTAL_ROW.test(label) && !totalLeftOf(grid, rr, c)) {
            const a = grid.anchor(rr, col);
            const text = a.row === rr && a.col === col ? grid.text(rr, col) : "";
            if (!text || t(grid, rr, col, label, unit)) continue;
            header = grid.compactText(rr, col);
            headerRow = rr;
            break;
          }
          let sub = 0;
          for (let lc = c; lc <= labelEnd && !sub; lc++) if (/^小计|小计$/.test(grid.compactText(rr, lc))) sub = lc;
          if (sub) {
            const n = grid.anchorRow(rr, col) === rr ? t(grid, rr, col, "小计", unit) : null;
            if (n) subtotals.push({ term: n, row: rr, parts: [] });
            walk.push({ row: rr, term: n, subCol: sub });
            continue;
          }
          if (PART_OF_PREFIX.test(label) || CLOSING_TOTAL.test(label) || ACCOUNT_TOTAL_ROW.test(label) || listLevel(label) >= 0 || totalLeftOf(grid, rr, c)) {
            mixed = true;
            break;
          }
          const a = grid.anchor(rr, col);
          // (the section's label written again in the amounts' column: its merge filled across)
          const copied = a.col === col && copiesLeft(grid, rr, col);
          if (a.col !== col || copied) {
            // a section line merged from the label across the amounts (经常收入 / 资本收入 over their items in a
            // budget annex): a heading inside the list, no number of it — the list goes on above
            if (a.row === rr && (copied || a.col === c) && sectionLine(grid, rr, c, col)) {
              walk.push({ row: rr, term: null, subCol: 0 });
              continue;
            }
            if (!copied) {
              top = 0;
              break;
            }
          }
          // (a line numbered in the 合计 label's column, 序号 | 镇、村 | …, is named by its first text: "东岭镇彭城村")
          const name = /^[\d.、()（）]+$/.test(label) ? rowLabel(grid, rr, c, col) || label : label;
          const n = a.row === rr ? t(grid, rr, col, name, unit) : null;
          if (n) {
            if (n.percent) mixed = true;
            (subtotals.length ? subtotals[subtotals.length - 1].parts : parts).push(n);
            walk.push({ row: rr, term: n, subCol: 0 });
            continue;
          }
          const text = grid.text(a.row, col);
          // (or a named line whose cell here is a placeholder, 市直 | - : a line with no amount, no header — placeholder-lines.ts)
          if (!text || a.row !== rr || (!!label && parts.length > 0 && placeholderAmounts(grid, rr, [col]) && !placeholderAmounts(grid, rr, [c]))) {
            walk.push({ row: rr, term: null, subCol: 0 });
            continue;
          }
          // the header repeated at a page turn (序号 | 名称 | 全年预算数 … again): the list goes on above it
          if (subtotals.length && repeatsAbove(grid, rr)) continue;
          header = grid.compactText(a.row, col);
          headerRow = rr;
          break;
        }
        // (the first text above the numbers must read as a column's name: "/", "—" or "≥90%" in a column is a value)
        // 小计 lines: which lines each total covers, as the table nests them (its 小计s and loose lines; the flat reading,
        // the 小计s alone, where the nesting does not hold)
        const nested = subtotals.length && !account && !mixed ? nestedSubtotals(grid, walk.reverse(), r, c, !/小计/.test(closing), first) : null;
        if (nested ? nested.parts.length < 2 : subtotals.length === 1) continue;
        let summed = nested ? [...nested.parts].reverse() : subtotals.length ? subtotals.map((x) => x.term) : parts;
        // (a joined line over its named part lines, 公务用车购置及运行维护费 over 公务用车购置费 | 公务用车运行维护费 with no 其中
        // word, counted once where the lines as they are do not add up: joined-parts.ts, as rowSums reads a block)
        const joined = !nested && !subtotals.length && !mixed && parts.length >= 3 && !sumAgrees(total, parts).ok ? joinedPartsOnce(total, parts) : null;
        if (joined) {
          summed = joined.lines;
          for (const x of joined.sums) out.push(x);
        }
        // (numbers up to the sheet's first row may be only the list's tail: they cannot exceed its total)
        const cut = !header && top === 1;
        // (unless the lines are numbered from 1: the list's head is there, only its header lost)
        const whole = cut && numberedFromOne(grid, summed.map((x) => x.row).reverse(), c);
        // one line: only a list whose header stands right above it (complete, not cut: 补助金额 | 10 over 合计 10; empty
        // lines between them, spacing them out, are nothing)
        const single = summed.length === 1 && !subtotals.length && !!header && lineBelow(grid, headerRow) === summed[0].row;
        if (mixed || (summed.length < 2 && !single) || (!closedByAccount && !(COLUMN_NAME.test(header) || UNIT_HEAD.test(header) ? !notSummed(header) : cut))) continue;
        // (the column left of it written again, head, lines and 合计: an amount merged across filled, read once, there)
        if (headerRow && columnCopiesLeft(grid, headerRow, col, [r, ...summed.map((x) => x.row)])) continue;
        out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "rows", label: "合计", total, parts: summed.reverse(), bound: cut && !whole ? "atMost" : "equal", group: `closing:${r}` });
        // each 小计 over its rows, where one of them adds up (lines of unmarked levels under a 小计 never do)
        const segments = (nested ? nested.subtotals.map((x) => ({ ...x, parts: [...x.parts].reverse() })) : subtotals).filter((x) => x.parts.length >= 2);
        if (!segments.some((x) => sumAgrees(x.term, x.parts).ok)) continue;
        for (const x of segments) {
          out.push({ kind: "sum", id: `sum:amount:${x.term.cell}`, measure: "amount", block: "amount-table", orientation: "rows", label: "小计", total: x.term, parts: x.parts.reverse(), bound: "equal", group: `closing:${x.row}` });
        }
      }
    }
  }
  // a 合计 column: in each row below its header, the numbers between the row's label and it
  // (its head is a text cell of the line: the sheet's index of them walked, not every cell of every line)
  const { start: textStart, cols: textCols } = grid.textCells();
  for (let h = 1; h <= grid.rowCount; h++) {
    // (the indicator table's rows jumped over at once, not tested one by one)
    if (inSpan(skip, h)) {
      h = skip!.last;
      continue;
    }
    for (let k = textStart[h]; k < textStart[h + 1]; k++) {
      const tc = textCols[k];
      if (tc < 3 || !CLOSING_COLUMN.test(grid.compactText(h, tc))) continue;
      // (a 合计 merged across columns of its own, 合计 over 总户数 | 补助资金 — or so written with its merge undone or
      // filled across, the cell right of it blank or 合计 again over a sub-head of its own — is a group of totals, no
      // one column of them: groupedTotalColumns reads it)
      const own = grid.mergeAt(h, tc);
      const subHead = (c: number) => c <= grid.scanCols && grid.ownsCell(h + 1, c) && !!grid.compactText(h + 1, c) && !numericCell(grid, h + 1, c);
      const right = tc < grid.scanCols && grid.ownsCell(h, tc + 1) ? grid.compactText(h, tc + 1) : null;
      const left = grid.ownsCell(h, tc - 1) ? grid.compactText(h, tc - 1) : null;
      // (merged over lines too, 合计 over X1:Z2 above 户数 | 人数 | 金额, or so written with its merges undone or filled — its
      // span what its text says, headBox: the same where the line under it names its columns, two of them at least)
      const span = own ?? headBox(grid, h, tc);
      const under = span.r1 === h && span.r2 > h && span.c2 > span.c1 && span.r2 < grid.rowCount ? span.r2 + 1 : 0;
      let subHeads = 0;
      if (under) for (let c = span.c1; c <= span.c2; c++) if (grid.anchorRow(under, c) === under && grid.anchorCol(under, c) === c && grid.compactText(under, c) && !numericCell(grid, under, c)) subHeads++;
      if ((own && own.r1 === h && own.r2 === h && own.c2 > own.c1) || subHeads >= 2 || (!own && subHead(tc) && ((subHead(tc + 1) && (right === "" || right === grid.compactText(h, tc))) || (subHead(tc - 1) && left === grid.compactText(h, tc))))) continue;
      // under a merged header ("其中:国家助学金" over 小计 | 提前下达 | 本次下达) it closes that group only, and one
      // that opens its group (its parts to its right) is left alone; a unit line merged over the right columns above
      // the header ("单位:万元") groups nothing
      const above = h > 1 ? grid.mergeAt(h - 1, tc) : null;
      const group = above && !UNIT_STATEMENT.test(grid.compactText(above.r1, above.c1)) ? above : null;
      if (group && group.c1 === tc) continue;
      // the columns it closes: the header's named columns left of it (the row below names them when it holds no
      // numbers: a two-row header), none of them a rate, a price or a number of its own kind, at least two
      const below = h < grid.rowCount && !rowHasNumbers(grid, h + 1);
      const cols: number[] = [];
      const names: string[] = [];
      let bad = false;
      // (without a group, the parts start right of the table's first column, the rows' labels — 科目 over 款 | 名称 —
      // wherever the table starts; a blank corner above the labels is still that column)
      let first = 1;
      while (first < tc && [h, h + 1, h + 2].every((r) => r > grid.rowCount || !grid.compactText(r, first))) first++;
      for (let c = group ? group.c1 : grid.anchorCol(h, first) + 1; c < tc; c++) {
        if (grid.anchorCol(h, c) !== c && !(below && grid.anchorCol(h + 1, c) === c)) continue;
        const name = (below && grid.compactText(h + 1, c)) || grid.compactText(h, c);
        if (!name) continue;
        if (!COLUMN_NAME.test(name) || notSummed(name) || CLOSING_TOTAL.test(name)) bad = true;
        cols.push(c);
        names.push(name);
      }
      if (bad) continue;
      // counts beside amounts (户数 | 人数 | 特困供养金 | 护理补贴 | 合计): the 合计 of money adds up the amounts, never the
      // households or persons; a 合计 over counts alone (城镇人数 | 农村人数 | 合计) keeps them, and one that is a count
      // itself (合计(人)) is not this total
      const counts = names.map((n) => COUNT_COLUMN_HEAD.test(n));
      if (counts.some(Boolean) && !counts.every(Boolean) && !COUNT_COLUMN_HEAD.test(grid.compactText(h, tc))) {
        for (let k = names.length - 1; k >= 0; k--) if (counts[k]) {
          cols.splice(k, 1);
          names.splice(k, 1);
        }
      }
      if (cols.length < 2) continue;
      const unit = blockUnit(grid, h);
      for (let r = h + (below ? 2 : 1); r <= Math.min(grid.rowCount, h + CLOSING_RUN_ROWS) && !inSpan(skip, r); r++) {
        const total = t(grid, r, tc, "合计", unit);
        if (!total) continue;
        if (total.percent) break;
        // a row of rates or prices beside the amounts ("资金到位率(%) | 100.00 | … | 95.00") is no sum
        if (notSummed(rowLabel(grid, r, 1, cols[0]))) continue;
        const parts = cols.map((c, k) => t(grid, r, c, names[k], unit)).filter((x): x is RelationTerm => !!x);
        if (!parts.length || parts.some((p) => p.percent)) continue;
        out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "columns", label: "合计", total, parts, bound: "equal" });
      }
    }
  }
  return out;
}

/**
 * A closing total's lines (bottom-up, as closingTotals walks them) with the named parts of a joined line left out
 * (joined-parts.ts: names alone for X及Y over its pieces; a stem's kinds where they add up to it or the total adds up
 * without them), and each such line's own sum over its parts; null where no line is named so.
 */
function joinedPartsOnce(total: RelationTerm, bottomUp: readonly RelationTerm[]): { lines: RelationTerm[]; sums: SumRelation[] } | null {
  const lines = [...bottomUp].reverse();
  const runs = joinedLineParts(lines.map((x) => x.label ?? ""));
  if (!runs.size) return null;
  const dropped = new Set<number>();
  const sums: SumRelation[] = [];
  for (const [k, named] of runs) {
    const ps = named.parts.map((j) => lines[j]);
    if (ps.some((x, n) => x.row !== lines[k].row + n + 1)) continue;
    const rest = lines.filter((_, j) => !named.parts.includes(j));
    if (named.by === "stem" && !sumAgrees(lines[k], ps).ok && !sumAgrees(total, rest).ok) continue;
    for (const j of named.parts) dropped.add(j);
    sums.push({ kind: "sum", id: `sum:amount:${lines[k].cell}`, measure: "amount", block: "amount-table", orientation: "rows", label: lines[k].label ?? "", total: lines[k], parts: ps, bound: "equal", group: `closing:${lines[k].row}` });
  }
  if (!dropped.size) return null;
  return { lines: lines.filter((_, j) => !dropped.has(j)).reverse(), sums };
}

/** Every relation of every amount block of the sheet (outside `skip`: the indicator table). Linear in the cells. */
export function scanAmountBlocks(grid: Grid, skip: RowSpan | null = null): Relation[] {
  // (a budget listed by classification code first: its codes say which lines add up, where a closing total's column
  // would add every amount of it, heads and items alike)
  const out: Relation[] = [...codedLines(grid, skip)];
  for (const b of findBlocks(grid, skip)) {
    out.push(...columnSums(grid, b), ...rowSums(grid, b), ...columnSlots(grid, b), ...rowSlots(grid, b));
  }
  out.push(...pairSums(grid, skip), ...pairedLists(grid, skip), ...labelValueSlots(grid, skip), ...numberedSubtotals(grid, skip), ...closingTotals(grid, skip), ...weightedTotals(grid, skip), ...leadingTotalColumns(grid, skip), ...leadingTotalRows(grid, skip), ...closingNumberedGroups(grid, skip));
  out.push(...trailingRowTotalColumns(grid, skip));
  // a group of columns headed 合计 beside groups of the same sub-columns (C级 | D级 | 无房户 | 合计, each 户数 | 补助资金)
  out.push(...groupedTotalColumns(grid, skip));
  // a column headed as the total of the group of tiers left of it (照料护理补贴合计金额 after 每月特困照料护理补贴's 金额 columns)
  out.push(...tierTotalColumns(grid, skip));
  // a 合计 group closing a header's groups over their like-named columns (合计 户数 | 人数 | 金额 after 集中供养 and 分散供养)
  const read = new Set(out.map((r) => (r.kind === "sum" ? r.total.cell : "")));
  for (const r of groupWholeColumns(grid, skip)) if (!read.has(r.total.cell)) out.push(r);
  // a whole's line (全市, 凉山州) over its places in columns no head names as amounts (培训(人), 户数)
  out.push(...areaWholeLines(grid, skip));
  // a budget comparison's change column on each line: 比较 = 本次预算数 − 上年度预算数
  out.push(...periodChanges(grid, skip));
  // a budget placed by level columns (款 | 項 | 目 | 節): each line's amounts the sum of its next level's lines
  const summed = new Set(out.map((r) => (r.kind === "sum" ? r.total.cell : "")));
  for (const r of levelColumnSums(grid, skip)) if (!summed.has(r.total.cell)) out.push(r);
  // a form's money by source: a line of source labels over a line of amounts, against its stated 预算金额
  out.push(...fundSourceLines(grid, skip));
  // a merged block's unlabelled last line of amounts (县区 merged over its lines, then | | | 15): the block's subtotal
  out.push(...unlabelledBlockSubtotals(grid, skip, (h) => !notSummed(h) && amountRole(h) !== null));
  // a table by period (項目 | 97年度 | 98年度 …): its named closing lines over the run above them, its share line over its base
  // (period-table.ts), where no reader above states the cell
  const stated = new Set(out.map((r) => (r.kind === "sum" ? r.total.cell : r.kind === "ratio" ? r.stated.cell : "")));
  for (const r of periodTableRelations(grid, skip)) if (!stated.has(r.kind === "sum" ? r.total.cell : r.stated.cell)) out.push(r);
  // a line (or column) of rates of change under the period lines it compares (2016年比2015年增减%), where no reader above
  // states the cell; and no sum takes a line of rates or shares (change-rate-lines.ts)
  const kept = dropRateLineSums(grid, out);
  const rates = changeRateLines(grid, skip);
  if (!rates.length) return kept;
  const held = new Set(kept.map((r) => (r.kind === "sum" ? r.total.cell : r.kind === "ratio" ? r.stated.cell : r.kind === "difference" ? r.result.cell : "")));
  for (const r of rates) if (!held.has(r.stated.cell)) kept.push(r);
  return kept;
}

/**
 * The last of the blank cells right of (r, c) on line r, none merged, followed by a cell with a number on the line (a label
 * merged across the columns before the amounts, the merge undone); c where there is none.
 */
/** The sheet's first column holding a text (1 for an empty sheet): where its tables' label columns start. */
function firstTextColumn(grid: Grid): number {
  const { cols } = grid.textCells();
  let first = Infinity;
  for (let k = 0; k < cols.length && first > 1; k++) if (cols[k] < first) first = cols[k];
  return Number.isFinite(first) ? first : 1;
}

function blankSpanEnd(grid: Grid, r: number, c: number): number {
  let end = c;
  while (end < grid.scanCols && grid.ownsCell(r, end + 1) && !grid.mergeAt(r, end + 1) && grid.compactText(r, end + 1) === "") end++;
  return end > c && end < grid.scanCols && numericCell(grid, r, end + 1) ? end : c;
}

/** A column heading the row totals of the named columns right of it (单位 | 合计 | 艾滋病防治 | 结核病防治 …). */
// (总投资 / 投资总额 / 总额 opening its parts too: 完成投资 over 总投资 | 住房建设投资 | 基础及公共设施建设投资)
const LEADING_TOTAL = new RegExp(`^(合计|总计|小计|合计金额|资金合计|金额|补助金额|分配金额|安排金额|总额|资金总额|总投资|投资总额|(?!.*(分值|得分|分数))[\\u4e00-\\u9fa5]{1,8}合计)(\\((${UNIT_WORDS})\\))?$`);
/** a year opening a column's head (2017年补助金额, 2020年度合计): the column's year, no word of its role */
const COLUMN_YEAR = /^(19|20)\d{2}年度?(?=.{2})/;
/** rows needed, and the share of them that must add up, before a leading total column is taken as one */
const LEADING_MIN_ROWS = 3;
const LEADING_AGREE = 2 / 3;
/** how near a single line's sum must come to a group's opening 合计 to vouch for it (a share of the total)
 * (kept: no agreement but a near miss, 1% of the whole, vouching for a relation whose slip the one policy then finds) */
const LEADING_NEAR = 0.01;

/**
 * An allocation table (分配表) whose total column comes first: 合计 (or 金额) right after the row labels, then one
 * column per purpose or fund level, then a column of notes; or a 小计 opening each merged column group. No vocabulary says the columns add up, so the sheet's
 * own numbers must: the relation is kept when at least two thirds of its rows (and three at least) add up, and then
 * it is checked on every row.
 */
function leadingTotalColumns(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  // (a head is a text cell of its line: the sheet's index of them walked, not every cell of every line)
  const { start: textStart, cols: textCols } = grid.textCells();
  for (let h = 1; h < grid.rowCount; h++) {
    // (the indicator table's rows jumped over at once, not tested one by one)
    if (inSpan(skip, h)) {
      h = skip!.last;
      continue;
    }
    for (let k = textStart[h]; k < textStart[h + 1]; k++) {
      const tc = textCols[k];
      if (tc < 2 || tc >= grid.scanCols) continue;
      // (or the whole area, 全市 | 东坡区 | 彭山区 …: its areas side by side)
      const head = grid.compactText(h, tc);
      // (a head with no Chinese character — a number, most cells of a table, or blank — is none of the three tried below,
      // each of which asks for one: 全 of an area's whole, the words of a total, a batch's named column; not tried)
      if (!hasHanzi(head)) continue;
      // (a note in brackets closes with ')': a head ending otherwise has none to drop, no copy made of it)
      const area = AREA_WHOLE_LINE.test(head.endsWith(")") ? head.replace(/\(.*?\)$/, "") : head);
      // (the year the column is for says nothing of its role: 2017年补助金额 opens 2016年提前下达 | 2017年实际下达)
      // (or the column right before an allocation's batches, 预算数 | 提前下达数 | 此次下达数: their whole)
      if (!area && !LEADING_TOTAL.test(grid.compactText(h, tc).replace(COLUMN_YEAR, "")) && !opensIssueBatches(grid, h, tc)) continue;
      // row labels left of it (on this header row or merged down from the one above, or written on a header line above
      // it, the merge down undone: 县名 over the header's lines, blank beside 合计(户))
      let labelled = false;
      for (let c = 1; c < tc && !labelled; c++) {
        const a = grid.anchor(h, c);
        labelled = grid.text(a.row, a.col) !== "" || headWordAbove(grid, h, c);
      }
      if (!labelled) continue;
      // the named columns right of it, up to one that is no amount's (备注, a rate, a second total); under a group
      // header merged across it and opened by it (年度任务(户) over 小计 | C级 | D级 | 无房), that group's columns only
      // (the group header's merge, or its text written again across the group's columns: the merge filled across)
      // (or, that merge undone, the span its text says on a header line above, spanUndone: 本次下达… over 合计 | 一般预算 …)
      const group = h > 1 ? headMerge(grid, h - 1, tc) ?? spanUndone(grid, h - 1, tc) : null;
      const end = group && group.c1 === tc && group.r2 === h - 1 ? group.c2 : grid.scanCols;
      const cols: number[] = [];
      const names = new Map<number, string>();
      // parts merged over a 小计 sub-column of their own (自然保护地体系建设 over 小计 | 2110406)
      let subtotalParts = 0;
      // (inside a group a short name is enough: "C级", "D级")
      const named = (name: string) => (end < grid.scanCols ? /^[A-Za-z\u4e00-\u9fa5]/.test(name) : COLUMN_NAME.test(name));
      // the header's lines: the total's cell merged down over the second line (孤儿数 over 机构养育 | 散居), or that merge
      // undone, the header's lines under it blank in its column (headBox: 合计 over a blank cell beside 小计 | 常规分配)
      const own = grid.mergeAt(h, tc) ?? headBox(grid, h, tc);
      let last = own && own.r1 === h ? own.r2 : h;
      // (or its head written again on the line below, that merge filled down: 合计 over 合计)
      if (last === h && h < grid.rowCount && grid.ownsCell(h + 1, tc) && grid.compactText(h + 1, tc) === grid.compactText(h, tc)) last = h + 1;
      // (or a second line under parts merged across two columns or more, 小计 first under each: 小计 | 2110406)
      if (last === h && h < grid.rowCount && subtotalLine(grid, h, tc)) last = h + 1;
      const totalUnit = HEADER_UNIT.exec(grid.compactText(h, tc))?.[1];
      for (let c = tc + 1; c <= end; c++) {
        if (grid.anchorCol(h, c) !== c) continue;
        const name = grid.compactText(h, c);
        if (!name || !named(name) || notSummed(name) || LEADING_TOTAL.test(name) || CLOSING_COLUMN.test(name) || /备注|说明|结余|余额/.test(name)) break;
        // a part counted in another unit ((人) beside (万元)) is another table's
        const unitHere = HEADER_UNIT.exec(name)?.[1];
        if (totalUnit && unitHere && unitHere !== totalUnit) break;
        // a part merged across the columns named on the header's second line: those columns are the parts (the merge
        // undone, the span its text says: 一般预算 | blank | blank over 小计 | 常规分配 | 贫困县定向分配)
        const m = headMerge(grid, h, c) ?? (last > h ? spanUndone(grid, h, c) ?? subtotalSpan(grid, h, c) : null);
        if (m && m.r1 === h && m.r2 === h && m.c2 > m.c1 && last > h) {
          // (its first sub-column a 小计, the others its code or text: the 小计 is the part's amount, 小计 | 2110406)
          const subtotal = grid.ownsCell(last, m.c1) && /^(小计|合计)$/.test(grid.compactText(last, m.c1));
          if (subtotal) {
            cols.push(m.c1);
            names.set(m.c1, name);
            subtotalParts++;
            c = m.c2;
            continue;
          }
          const subs: number[] = [];
          for (let cc = m.c1; cc <= m.c2; cc++) if (grid.ownsCell(last, cc) && named(grid.compactText(last, cc))) subs.push(cc);
          if (subs.length !== m.c2 - m.c1 + 1) break;
          for (const cc of subs) {
            cols.push(cc);
            names.set(cc, grid.compactText(last, cc));
          }
          c = m.c2;
          continue;
        }
        cols.push(c);
        names.set(c, name);
      }
      if (cols.length < 2) continue;
      const unit = blockUnit(grid, h);
      const rows: SumRelation[] = [];
      let agree = 0;
      let near = 0;
      let rateLines = 0;
      // (from the first line under the header: empty lines spacing them out stepped over)
      const start = lineBelow(grid, last);
      for (let r = start; r <= grid.rowCount && !inSpan(skip, r); r++) {
        // (a line of column markers under the header, A | B | C …, is the header's)
        if (r === start && columnMarkerLine(grid, r)) continue;
        // (the header's lower line, the merges down over it undone: blank under the total and its parts, words elsewhere
        // and no number — 合计(户) | 新建(户) under 户数, nothing under 总投资 | 住房建设投资)
        if (r === start && !grid.compactText(r, tc) && !cols.some((c) => grid.compactText(r, c)) && grid.rowHasContent(r) && !rowHasNumbers(grid, r)) continue;
        if (spacer(grid, r, tc, skip)) continue;
        const label = (!numericCell(grid, r, tc - 1) && grid.compactText(r, tc - 1)) || grid.compactText(r, 1);
        const total = t(grid, r, tc, label, unit);
        if (!total) {
          // a named line with none of the group's numbers (its counts not given) between lines that have them: the
          // list goes on below it
          const none = !cols.some((c) => grid.compactText(r, c)) && !grid.compactText(r, tc);
          if (none && label && r < grid.rowCount && t(grid, r + 1, tc, "", unit)) continue;
          break;
        }
        if (total.percent) break;
        // (under the whole area a line of rates or averages is no sum of the areas': 城镇登记失业率(%) 4.3 | 4.3 | 4.3)
        if (area && rateLine(grid, r, tc)) continue;
        // (a line of rates of change, 2016年比2015年增减%: no sum, but a line of the table — counted toward its
        // size, not its agreement; change-rate-lines.ts reads it)
        if (CHANGE_RATE_NAME.test(label)) {
          rateLines++;
          continue;
        }
        const parts = cols.map((c) => t(grid, r, c, names.get(c)!, unit)).filter((x): x is RelationTerm => !!x);
        if (!parts.length || parts.some((x) => x.percent)) continue;
        if (sumAgrees(total, parts).ok) agree++;
        else if (Math.abs(parts.reduce((a, x) => a + x.value, 0) - total.value) <= LEADING_NEAR * Math.abs(total.value)) near++;
        rows.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "columns", label: label || "合计", total, parts, bound: "equal" });
      }
      // (parts that are each a 小计 of its own: the lines' totals of a list, one line of which may be the whole allocation)
      if (subtotalParts >= 2 && subtotalParts === cols.length) for (const x of rows) x.group = `${ROW_TOTAL_GROUP}${x.total.cell}`;
      // a 小计 opening the group merged over it ("其中:免学费补助" over 小计 | 提前下达 | 本次下达) says so itself
      const opens = !!group && group.c1 === tc && group.r2 === h - 1;
      const vouched = opens && /^小计$/.test(grid.compactText(h, tc));
      // a 合计 opening it (2017年在校生(人) over 合计 | 小学 | 初中) says so where the lines bear it out: a single line
      // that agrees or nearly agrees (a slip, then found), several of which half agree
      const borne = opens && BARE_SUM.test(grid.compactText(h, tc)) && (rows.length === 1 ? agree + near === 1 : rows.length >= 2 && agree * 2 >= rows.length);
      // every part a 小计 of its own under a 合计 (合计 | 甲: 小计 | 代码 | 乙: 小计 | 代码): the header itself says the lines
      // add up across, as a 小计 opening its group does
      const subtotals = subtotalParts >= 2 && subtotalParts === cols.length && rows.length > 0 && BARE_GRAND_TOTAL.test(grid.compactText(h, tc));
      if (vouched ? rows.length > 0 : borne || subtotals || (rows.length + rateLines >= LEADING_MIN_ROWS && rows.length >= 2 && agree >= LEADING_AGREE * rows.length)) out.push(...rows);
    }
  }
  return out;
}

/** Some character of `s` is in the range the vocabularies' [\u4e00-\u9fa5] name (a loop: no pattern run on a number's text). */
function hasHanzi(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    if (k >= 0x4e00 && k <= 0x9fa5) return true;
  }
  return false;
}

/**
 * The two columns right after column tc on header line h are an allocation's batches (ISSUE_BATCH_HEADER), the first the
 * advance (提前下达, 已下达) and the second a later one (此次下达, 实际下达): tc, a named amount column, is their whole.
 */
function opensIssueBatches(grid: Grid, h: number, tc: number): boolean {
  const next = (c: number) => {
    for (let k = c + 1; k <= grid.scanCols; k++) if (grid.anchorCol(h, k) === k) return k;
    return null;
  };
  const head = grid.compactText(h, tc);
  // (a named column of money: no count, rate or rule, 补助对象数 | 提前下达 | 本次下达)
  // (its words first: most cells are none, asked before the two columns after it are looked for)
  if (!COLUMN_NAME.test(head) || notSummed(head) || NOT_MONEY_HEADER.test(head)) return false;
  const a = next(tc);
  const b = a !== null ? next(a) : null;
  if (a === null || b === null) return false;
  const first = ISSUE_BATCH_HEADER.exec(grid.compactText(h, a));
  const second = ISSUE_BATCH_HEADER.exec(grid.compactText(h, b));
  return !!first && !!second && /^(提前|已)$/.test(first[1]) && !/^(提前|已)$/.test(second[1]);
}

/** Header lines above a header's line in which a word merged down over it, the merge undone, may stand. */
const HEAD_LINES_ABOVE = 3;

/**
 * Column c holds a word on a header line above line h, blank on the lines between (a word once merged down over the
 * header's lines, the merge undone: 县名 on the first line): header lines only — two words at least, no number; a
 * title's line (one text) or a line of data ends the search.
 */
function headWordAbove(grid: Grid, h: number, c: number): boolean {
  for (let r = h - 1; r >= Math.max(1, h - HEAD_LINES_ABOVE); r--) {
    if (rowHasNumbers(grid, r) || namedCells(grid, r, 1, grid.scanCols) < 2) return false;
    if (grid.ownsCell(r, c) && grid.compactText(r, c)) return true;
  }
  return false;
}

/** A cell left of column `before` on line r names a rate, a share or an average (its name, or its unit (%)). */
function rateLine(grid: Grid, r: number, before: number): boolean {
  for (let c = 1; c < before; c++) if (grid.ownsCell(r, c) && NOT_ADDITIVE_NAME.test(grid.compactText(r, c))) return true;
  return false;
}

/** The line under header row h has 小计 first under two or more parts merged across columns right of the total's column tc. */
function subtotalLine(grid: Grid, h: number, tc: number): boolean {
  let n = 0;
  for (let c = tc + 1; c <= grid.scanCols; c++) {
    // (a part's merge, or its text written again across its columns: the merge filled across; or undone, subtotalSpan)
    const m = headMerge(grid, h, c) ?? subtotalSpan(grid, h, c);
    if (!m || m.r1 !== h || m.c1 !== c || m.r2 !== h || m.c2 === m.c1) continue;
    if (grid.ownsCell(h + 1, c) && /^(小计|合计)$/.test(grid.compactText(h + 1, c))) n++;
    c = m.c2;
  }
  return n >= 2;
}

/**
 * A part's head over 小计 and its code (自然保护地体系建设 over 小计 | 2110406), its merge undone: the head's text on line h,
 * 小计 (or 合计) under it, and the blank cells right of it on h over a cell of their own on h + 1 (the code) — its span;
 * null where it is no such head.
 */
function subtotalSpan(grid: Grid, h: number, c: number): CellRange | null {
  if (h >= grid.rowCount || !grid.ownsCell(h, c) || grid.mergeAt(h, c) || !grid.compactText(h, c) || !grid.ownsCell(h + 1, c) || !/^(小计|合计)$/.test(grid.compactText(h + 1, c))) return null;
  let c2 = c;
  while (c2 < grid.scanCols && grid.ownsCell(h, c2 + 1) && !grid.mergeAt(h, c2 + 1) && grid.compactText(h, c2 + 1) === "" && grid.ownsCell(h + 1, c2 + 1) && grid.compactText(h + 1, c2 + 1) !== "" && !/^(小计|合计)$/.test(grid.compactText(h + 1, c2 + 1))) c2++;
  return c2 > c ? { r1: h, c1: c, r2: h, c2 } : null;
}

/** lines of a grouped table needed, and the share of its cells that must add up, before the total group is taken as one */
const GROUPED_MIN_LINES = 2;
const GROUPED_AGREE = 2 / 3;

/**
 * Groups of columns of one width merged over their sub-heads (C级 | D级 | 无房户 | 合计 over 户数 | 补助资金(万元) each;
 * the total group's 总户数 | 补助资金(万元)), one group headed 合计 / 小计 / 总计: on each line, each of the total group's
 * columns is the sum of the same column of every other group. The sub-heads must say so — the same in every other
 * group, the total group's each the same or ending in them (总户数 over 户数) — and the numbers vouch: two lines at
 * least, two thirds of the line-and-column sums adding up; then every one is checked.
 */
function groupedTotalColumns(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  for (let h = 1; h < grid.rowCount; h++) {
    if (inSpan(skip, h)) {
      h = skip!.last;
      continue;
    }
    // each column's group on this line, where a sub-head stands under it: the text of its merge one row high, else its
    // own, else — blank — the group of the column left of it (a merge undone); a merge filled across repeats the text
    const label: (string | null)[] = [null];
    for (let c = 1; c <= grid.scanCols; c++) {
      let name: string | null = null;
      if (grid.ownsCell(h + 1, c) && grid.compactText(h + 1, c)) {
        const m = grid.mergeAt(h, c);
        if (m) name = m.r1 === h && m.r2 === h ? grid.compactText(h, m.c1) || null : null;
        else name = grid.compactText(h, c) || label[c - 1];
      }
      label.push(name);
    }
    // the groups: runs of columns under one name, side by side, all of one width
    const groups: number[] = [];
    let width = 0;
    for (let c = 1; c <= grid.scanCols; ) {
      if (!label[c]) {
        c++;
        continue;
      }
      let e = c;
      while (e + 1 <= grid.scanCols && label[e + 1] === label[c]) e++;
      const w = e - c + 1;
      if (w >= 2 && (!groups.length || (w === width && c === groups[groups.length - 1] + width))) {
        width = w;
        groups.push(c);
      } else if (groups.length < 3) {
        groups.length = 0;
        if (w >= 2) {
          width = w;
          groups.push(c);
        }
      } else break;
      c = e + 1;
    }
    if (groups.length < 3) continue;
    const totals = groups.filter((g) => GROUP_TOTAL_HEAD.test(grid.compactText(h, g)));
    if (totals.length !== 1) continue;
    const tg = totals[0];
    const parts = groups.filter((g) => g !== tg);
    // the sub-heads on the line below: the same in every part group, the total group's the same or ending in them
    const sub = (g: number, k: number) => parseAmountHeader(grid.compactText(h + 1, g + k)).core;
    let same = true;
    for (let k = 0; k < width && same; k++) {
      const name = sub(parts[0], k);
      if (!name || parts.some((g) => sub(g, k) !== name) || !sub(tg, k).endsWith(name)) same = false;
    }
    if (!same) continue;
    const unit = blockUnit(grid, h);
    const rows: SumRelation[] = [];
    let agree = 0;
    let lines = 0;
    const cells = groups.flatMap((g) => Array.from({ length: width }, (_, k) => g + k));
    for (let r = h + 2; r <= grid.rowCount && !inSpan(skip, r); r++) {
      // (a blank line spaces the lines out; a line with no amount in the groups ends them)
      if (!grid.rowHasContent(r)) continue;
      if (!cells.some((c) => t(grid, r, c, "", unit))) break;
      lines++;
      const line = rowLabel(grid, r, 1, groups[0]);
      for (let k = 0; k < width; k++) {
        const total = t(grid, r, tg + k, line, unit);
        const ps = parts.map((g) => t(grid, r, g + k, `${grid.compactText(h, g)}${sub(g, k)}`, unit)).filter((x): x is RelationTerm => !!x);
        if (!total || !ps.length || total.percent || ps.some((x) => x.percent)) continue;
        if (sumAgrees(total, ps).ok) agree++;
        rows.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "columns", label: `${line}${sub(tg, k)}`, total, parts: ps, bound: "equal" });
      }
    }
    if (lines >= GROUPED_MIN_LINES && rows.length && agree >= GROUPED_AGREE * rows.length) out.push(...rows);
    h++;
  }
  return out;
}

/**
 * A column headed as the total of the group of columns left of it — 照料护理补贴合计金额(元) right after 每月特困照料护理补贴,
 * over its tiers 一档 | 二档 | 三档, each 人数 | 金额: on each line the total is the sum of the group's columns named
 * as the total is measured (its head's word after 合计: 金额, the tiers' counts aside; F + H + J). The heads must say so:
 * the group's one line high over four columns at least, the total's reaching down from that line to the sub-heads' last,
 * its words before 合计 in the group's name (照料护理补贴), two like-named columns at least under the group; and the
 * numbers vouch: two lines at least, two thirds adding up — then every line is checked. The heads' spans are their merges,
 * or where the merges are undone or filled what the texts say (headBox: a head written again across or down its cells, or
 * followed by blank cells over sub-heads of their own). Linear in the cells naming a 合计 and the lines.
 */
function tierTotalColumns(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText("合计")) return out;
  const { start, cols: textCols } = grid.textCells();
  const flags = grid.textMatches("合计");
  for (let h = 1; h <= grid.rowCount; h++) {
    if (inSpan(skip, h)) continue;
    for (let i = start[h]; i < start[h + 1]; i++) {
      if (!flags[i]) continue;
      const total = tierTotalHead(grid, h, textCols[i], 3);
      if (!total) continue;
      const { m, tc, leaf, head, measure } = total;
      const cols: number[] = [];
      for (let c = m.c1; c <= m.c2; c++) if (grid.ownsCell(leaf, c) && parseAmountHeader(grid.compactText(leaf, c)).core === measure) cols.push(c);
      if (cols.length < 2) continue;
      // (a part named by its tier, the sub-head over it — 一档(995元/月) — else by the group)
      const partName = (c: number) => (leaf - 1 > h ? headOver(grid, leaf - 1, c) : "") || grid.compactText(h, m.c1);
      out.push(...lineSums(grid, skip, leaf + 1, tc, head.core, head.unit ?? blockUnit(grid, h), cols, (c) => `${partName(c)}${grid.compactText(leaf, c)}`, m.c1));
    }
  }
  return out;
}

/**
 * The group of columns a total column `tc` on line h closes: the head on h ending right left of it, one line high over
 * `minWidth` + 1 columns at least (m); the total's head reaching down from h over its own column, naming the group before
 * 合计 and a measure after it (照料护理补贴合计金额 after 每月特困照料护理补贴: 金额); `leaf` its last line. Null where
 * there is none.
 */
function tierTotalHead(grid: Grid, h: number, tc: number, minWidth: number): { m: CellRange; tc: number; leaf: number; head: ReturnType<typeof parseAmountHeader>; measure: string } | null {
  if (tc < 2 || grid.anchorRow(h, tc) !== h || grid.anchorCol(h, tc) !== tc || copiesLeft(grid, h, tc)) return null;
  const head = parseAmountHeader(grid.compactText(h, tc));
  const k = head.core.indexOf("合计");
  const stem = k > 0 ? head.core.slice(0, k) : "";
  const measure = k > 0 ? head.core.slice(k + 2) : "";
  if (!stem || !measure) return null;
  const m = boxEndingAt(grid, h, tc - 1);
  if (!m || m.r1 !== h || m.r2 !== h || m.c2 - m.c1 < minWidth || !grid.compactText(h, m.c1).includes(stem)) return null;
  const tm = headBox(grid, h, tc);
  if (tm.c2 !== tc || tm.r2 <= h) return null;
  return { m, tc, leaf: tm.r2, head, measure };
}

/** how far down a header's lines are looked for under a head (its sub-heads, the lines its span reaches) */
const HEAD_LINES_DOWN = 6;

/** Whether line r is a line of a header: text of its own and no number (the first line of numbers is the table's). */
function headLine(grid: Grid, r: number): boolean {
  if (r < 1 || r > grid.rowCount) return false;
  const { start, cols } = grid.textCells();
  if (start[r] === start[r + 1]) return false;
  for (let i = start[r]; i < start[r + 1]; i++) if (NUMBER_LIKE.test(grid.compactText(r, cols[i]))) return false;
  return true;
}

/** Whether a header line below r (down to the first line that is no header's) has text in column c. */
function headBelow(grid: Grid, r: number, c: number): boolean {
  for (let k = r + 1; k <= r + HEAD_LINES_DOWN && headLine(grid, k); k++) if (grid.compactText(k, c) !== "") return true;
  return false;
}

/**
 * The span of the head at (r, c) (its text's own cell): its merge; else, its merge undone or filled, what the text says
 * — across, the cells right of it writing it again (copiesLeft) or, where it has sub-heads under it and blank cells
 * after it, those of them that have sub-heads under them on the header's lines (集中供养 | blank … over 户 | 人数 | …; a
 * head with nothing under it, 照料护理补贴合计金额 beside the blank cells of 合计's undone merge, spans its column); down, the header's lines under it
 * whose cells in that span are all blank or write it again (照料护理补贴合计金额 over two blank lines, 合计 over one).
 */
function headBox(grid: Grid, r: number, c: number): CellRange {
  const merged = grid.mergeAt(r, c);
  if (merged) return merged;
  const t = grid.compactText(r, c);
  let c2 = copiesEnd(grid, r, c);
  if (c2 === c && headBelow(grid, r, c)) while (c2 < grid.scanCols && grid.compactText(r, c2 + 1) === "" && !grid.mergeAt(r, c2 + 1) && headBelow(grid, r, c2 + 1)) c2++;
  let r2 = r;
  while (r2 < r + HEAD_LINES_DOWN && headLine(grid, r2 + 1)) {
    let open = true;
    for (let k = c; k <= c2 && open; k++) {
      const u = grid.compactText(r2 + 1, k);
      open = grid.ownsCell(r2 + 1, k) && (u === "" || u === t);
    }
    if (!open) break;
    r2++;
  }
  return { r1: r, c1: c, r2, c2 };
}

/**
 * The span of the head at (r, c) where its merge is undone (headBox), on a header's line (words in two cells at least, no
 * number); null where the cell is blank, the line no header's, or the span one cell.
 */
export function spanUndone(grid: Grid, r: number, c: number): CellRange | null {
  if (!grid.ownsCell(r, c) || !grid.compactText(r, c) || grid.mergeAt(r, c) || !headLine(grid, r) || namedCells(grid, r, 1, grid.scanCols) < 2) return null;
  const box = headBox(grid, r, c);
  return box.c2 > box.c1 ? box : null;
}

/** The head on line r whose span (headBox) covers column c: its first cell's text's, left of c or at it; null where none. */
function boxCovering(grid: Grid, r: number, c: number): CellRange | null {
  const merged = grid.mergeAt(r, c);
  if (merged) return merged.r1 === r ? merged : null;
  let k = c;
  while (k >= 1 && grid.compactText(r, k) === "" && !grid.mergeAt(r, k)) k--;
  if (k < 1) return null;
  const m = grid.mergeAt(r, k);
  if (m) return m.r1 === r && m.c2 >= c ? m : null;
  while (copiesLeft(grid, r, k)) k--;
  const box = headBox(grid, r, k);
  return box.c2 >= c ? box : null;
}

/** The head on line r whose span ends at column c; null where none. */
function boxEndingAt(grid: Grid, r: number, c: number): CellRange | null {
  const box = boxCovering(grid, r, c);
  return box && box.c2 === c ? box : null;
}

/** The text of the head on line r over column c (boxCovering), "" where none. */
function headOver(grid: Grid, r: number, c: number): string {
  const box = boxCovering(grid, r, c);
  return box ? grid.compactText(box.r1, box.c1) : "";
}

/**
 * The line of column c's own head between the group line h and the header's last line `leaf`: the lowest with a text of
 * its own in c (a copy of the one above it read at the first), none of the lines under it down to `leaf` covered by a
 * head from the left; -1 where the head over c at `leaf` spans from a column left of it (c is no column of its own).
 */
function ownHeadLine(grid: Grid, c: number, h: number, leaf: number): number {
  for (let r = leaf; r > h; r--) {
    const m = grid.mergeAt(r, c);
    if (m) return m.c1 === c ? m.r1 : -1;
    if (grid.compactText(r, c) === "") {
      if (boxCovering(grid, r, c)) return -1;
      continue;
    }
    if (copiesLeft(grid, r, c)) return -1;
    let own = r;
    while (own > h + 1 && copiesAbove(grid, own, c)) own--;
    return own;
  }
  return -1;
}

/**
 * Each line's sum of `cols` against column `tc`, from line `first` down to the first line with no number there (a named
 * line whose total is left blank goes on): the relations where the numbers vouch — two lines at least, two thirds adding up.
 */
function lineSums(grid: Grid, skip: RowSpan | null, first: number, tc: number, name: string, unit: AmountUnit | null, cols: number[], partLabel: (c: number) => string, firstAmountCol: number): SumRelation[] {
  const rows: SumRelation[] = [];
  let agree = 0;
  for (let r = first; r <= grid.rowCount && !inSpan(skip, r); r++) {
    if (spacer(grid, r, tc, skip)) continue;
    const total = t(grid, r, tc, name, unit);
    const label = rowLabel(grid, r, 1, firstAmountCol);
    // (a named line whose total is left blank, 左门乡's tiers unfilled: the list goes on)
    if (!total && label && grid.compactText(r, tc) === "") continue;
    if (!total || total.percent) break;
    const parts = cols.map((c) => t(grid, r, c, partLabel(c), unit)).filter((x): x is RelationTerm => !!x);
    if (parts.length < 2 || parts.some((x) => x.percent)) break;
    if (sumAgrees(total, parts).ok) agree++;
    rows.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "columns", label: label ? `${label}${name}` : name, total, parts, bound: "equal" });
  }
  return rows.length >= GROUPED_MIN_LINES && agree >= GROUPED_AGREE * rows.length ? rows : [];
}

/**
 * A 合计 group closing a header's groups (合计 over 户数 | 人数 | 金额, after 集中供养 and 分散供养 each over columns
 * of their own): on each line each of its columns is the sum of the columns of the groups before it that it names — 户数
 * over 户 | 户 | 户, 人数 over 人数 | 人数 | 人数, 金额 over 基本生活补贴发放金额 | 照料护理补贴合计金额 | … (the same name, the
 * total's starting with the column's, or the column's ending in the total's). A group of tiers with a total of its own
 * (每月特困照料护理补贴 before 照料护理补贴合计金额: tierTotalHead) counts by that total only, its tiers' columns left out.
 * Two groups before it at least, each total's columns from two of them; the numbers vouch as in lineSums. Groups of one
 * width and the same sub-heads are groupedTotalColumns' (the same cells are not read twice). The heads' spans are their
 * merges or what the texts say (headBox), as in tierTotalColumns.
 */
function groupWholeColumns(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText("计")) return out;
  const { start, cols: textCols } = grid.textCells();
  const flags = grid.textMatches("计");
  for (let h = 1; h <= grid.rowCount; h++) {
    if (inSpan(skip, h)) continue;
    for (let i = start[h]; i < start[h + 1]; i++) {
      const gc = textCols[i];
      if (!flags[i] || !GROUP_TOTAL_HEAD.test(grid.compactText(h, gc)) || grid.anchorRow(h, gc) !== h || copiesLeft(grid, h, gc)) continue;
      const g = headBox(grid, h, gc);
      if (g.c2 === g.c1) continue;
      // the groups before it on its line, side by side up to it, each over two columns at least
      const groups: CellRange[] = [];
      for (let c = g.c1 - 1; c >= 1; ) {
        const m = boxEndingAt(grid, h, c);
        if (!m || m.r1 !== h || m.c2 === m.c1) break;
        groups.unshift(m);
        c = m.c1 - 1;
      }
      if (groups.length < 2) continue;
      const sub = g.r2 + 1;
      for (let tc = g.c1; tc <= g.c2; tc++) {
        if (grid.anchorCol(sub, tc) !== tc || grid.anchorRow(sub, tc) !== sub || copiesLeft(grid, sub, tc)) continue;
        const s = parseAmountHeader(grid.compactText(sub, tc)).core;
        if (!s) continue;
        const leaf = headBox(grid, sub, tc).r2;
        const cols: number[] = [];
        const from = new Set<CellRange>();
        const own = new Map<number, number>();
        for (const m of groups) {
          for (let c = m.c1; c <= m.c2; c++) {
            const ar = ownHeadLine(grid, c, h, leaf);
            if (ar <= h || underTieredTotal(grid, h, ar, c)) continue;
            const name = parseAmountHeader(grid.compactText(ar, c)).core;
            if (name && (name === s || s.startsWith(name) || name.endsWith(s))) cols.push(c), from.add(m), own.set(c, ar);
          }
        }
        if (cols.length < 2 || from.size < 2) continue;
        // (a part named by the head right over its own — 农村分散供养 over 户 | 人数 — else by its group)
        const over = (c: number) => {
          const ar = own.get(c)!;
          const up = ar - 1 > h ? headOver(grid, ar - 1, c) : "";
          return `${up || grid.compactText(h, groups.find((m) => c >= m.c1 && c <= m.c2)!.c1)}${grid.compactText(ar, c)}`;
        };
        out.push(...lineSums(grid, skip, leaf + 1, tc, `${grid.compactText(h, g.c1)}${s}`, parseAmountHeader(grid.compactText(sub, tc)).unit ?? blockUnit(grid, h), cols, over, groups[0].c1));
      }
    }
  }
  return out;
}

/** Column c's head between the group line h and its own head's line `own` lies under a group of tiers with its own total. */
function underTieredTotal(grid: Grid, h: number, own: number, c: number): boolean {
  for (let r = h + 1; r < own; r++) {
    const m = boxCovering(grid, r, c);
    if (m && m.r1 === r && tierTotalHead(grid, r, m.c2 + 1, 1)) return true;
  }
  return false;
}

/**
 * The last amount column of an allocation whose header names the money given out without a total word (本次下达资金金额,
 * 下达金额, 资金金额, 合计金额(万元)) after two or more purpose columns (项目单位 | 12项基本公共卫生服务 | 重点地方病防治 …):
 * each row's total over its purposes. The header only suggests it, so the numbers must vouch: a single row counts where
 * its sum agrees or nearly agrees (within ROW_TOTAL_NEAR of the total: a slip, which is then found); several rows where
 * at least half of them agree exactly. A column whose rows miss by a wide margin is some other amount (no relation).
 */
/** how near a single row's sum must come to its stated total to vouch for the column (a share of the total)
 * (kept: no agreement but a near miss, 1% of the whole, vouching for a relation whose slip the one policy then finds) */
const ROW_TOTAL_NEAR = 0.01;
/** the group of such a row's relation (one per row): amountListHead reads a one-line list's total from it */
export const ROW_TOTAL_GROUP = "row-total:";

function trailingRowTotalColumns(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  for (let h = 1; h < grid.rowCount; h++) {
    // (the indicator table's rows jumped over at once, not tested one by one)
    if (inSpan(skip, h)) {
      h = skip!.last;
      continue;
    }
    if (!grid.rowHasContent(h)) continue;
    // the header's named cells, left to right
    const named: number[] = [];
    for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(h, c) && grid.compactText(h, c)) named.push(c);
    // the last one (a remark column after it aside) names the money given out
    let k = named.length - 1;
    while (k > 0 && /^(备注|说明)/.test(grid.compactText(h, named[k]))) k--;
    if (k < 2) continue;
    const tc = named[k];
    const head = grid.compactText(h, tc).replace(/\((万元|元)\)$/, "");
    if (!ROW_TOTAL_AMOUNT.test(head) || grid.mergeAt(h, tc)) continue;
    // the leading columns label the rows (序号 | 项目单位: text or a sequence number on the first line under the
    // header); the ones between them and the total are the purposes, each a name of a summed amount
    // (that line the first with content: a blank line under the header spaces it out)
    const first = lineBelow(grid, h);
    let lead = 0;
    while (lead < k && (notSummed(grid.compactText(h, named[lead])) || (grid.compactText(first, named[lead]) !== "" && !numericCell(grid, first, named[lead])))) lead++;
    const cols = named.slice(lead, k);
    if (!lead || cols.length < 2) continue;
    const names = cols.map((c) => grid.compactText(h, c));
    if (names.some((n) => !COLUMN_NAME.test(n) || notSummed(n) || CLOSING_TOTAL.test(n) || CLOSING_COLUMN.test(n) || /备注|说明|结余|余额|名称|内容|对象/.test(n))) continue;
    const unit = blockUnit(grid, h);
    const rows: SumRelation[] = [];
    let agree = 0;
    let near = 0;
    for (let r = h + 1; r <= grid.rowCount && !inSpan(skip, r); r++) {
      if (spacer(grid, r, tc, skip)) continue;
      const total = t(grid, r, tc, head, unit);
      if (!total || total.percent) break;
      const label = rowLabel(grid, r, named[0], cols[0]) || head;
      const parts = cols.map((c, i) => t(grid, r, c, names[i], unit)).filter((x): x is RelationTerm => !!x);
      if (!parts.length || parts.some((x) => x.percent)) break;
      const sum = parts.reduce((a, x) => a + x.value, 0);
      if (sumAgrees(total, parts).ok) agree++;
      else if (Math.abs(sum - total.value) <= ROW_TOTAL_NEAR * Math.abs(total.value)) near++;
      rows.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "columns", label, total, parts, bound: "equal", group: `${ROW_TOTAL_GROUP}${total.cell}` });
    }
    if (rows.length === 1 ? agree + near === 1 : rows.length >= 2 && agree * 2 >= rows.length) out.push(...rows);
  }
  return out;
}

/**
 * A blank line (no content at all) with a number right under it in column `col`: the header and the list's lines, or
 * its blocks, spaced out by a user — the list goes on below it. A blank line with no number under it still ends it.
 */
function spacer(grid: Grid, r: number, col: number, skip: RowSpan | null): boolean {
  return !grid.rowHasContent(r) && r < grid.rowCount && !inSpan(skip, r + 1) && grid.startsInRow(r + 1, col) && amountAt(grid, r + 1, col) !== null;
}

/** A line of a list that is the sum of two or more lines right under it (a level the list does not mark). */
function hidesSubtotal(values: number[]): boolean {
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) continue;
    let sum = 0;
    for (let j = i + 1; j < values.length && fallsShortTyped(sum, values[i]); j++) {
      sum += values[j];
      if (j > i + 1 && agreesTyped(values[i], sum)) return true;
    }
  }
  return false;
}

/**
 * A parent line's amount in column c is its line's total across the list's other columns (天津 2108 = 732 + 1376)
 * while its child lines leave blank a column it fills (its 一般补助资金): the children break down part of the line
 * only, so in its total column they add up to at most the parent's amount (a bound, not a sum). Column c is a line total
 * where the parent line says so, or the list's own total line `whole` does (合计 122944 = 51577 + 71367): a slip in one of
 * the parent's amounts (天津's 1376 written 1280) breaks its line, not the column's meaning — its children are still a part.
 */
function partialLineTotal(grid: Grid, parent: number, children: readonly number[], cols: readonly number[], c: number, whole: number): boolean {
  const others = cols.filter((col) => col !== c && numericCell(grid, parent, col));
  if (others.length < 2 || !others.some((col) => children.every((r) => grid.text(r, col) === ""))) return false;
  const lineTotal = (row: number) => {
    const total = t(grid, row, c, "", null);
    const parts = others.map((col) => t(grid, row, col, "", null)).filter((x): x is RelationTerm => !!x);
    return !!total && parts.length === others.length && sumAgrees(total, parts).ok;
  };
  return lineTotal(parent) || (whole !== parent && lineTotal(whole));
}

/**
 * A list whose totals come before their parts (浙江省合计, then 杭州市合计 and its counties, then 温州市合计 and its
 * counties …): the first row under the header is a total, each later "…合计" / "…小计" row adds the rows under it up
 * to the next such row, and the first adds those group totals (with no groups, every row). The header repeated at a
 * page turn is skipped; where the list may go on (it runs to the sheet's end, or stops in a line with a name only)
 * its last group and the total over all are bounds. No vocabulary says which rows a total covers, so the sheet's own
 * numbers must: groups are kept when at least two of their relations, and two thirds, hold over all the columns; a
 * plain 合计 over lines of one outline level (none of them the sum of the lines right under it), another total when it holds.
 */
function leadingTotalRows(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  const labelOf = (r: number, before: number) => {
    for (let c = 1; c < before; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) return grid.compactText(r, c);
    return "";
  };
  for (let r0 = 2; r0 < grid.rowCount; r0++) {
    // (the indicator table's rows jumped over at once, not tested one by one)
    if (inSpan(skip, r0)) {
      r0 = skip!.last;
      continue;
    }
    if (!grid.rowHasContent(r0)) continue;
    // the total row's numbers: its amount columns (right of its label)
    const numCols: number[] = [];
    for (let c = 2; c <= grid.scanCols; c++) {
      if (grid.anchorCol(r0, c) !== c) continue;
      if (numericCell(grid, r0, c)) numCols.push(c);
      // a name after the total's numbers starts another pair of columns (单位 | 金额 | 单位 | 金额, a list set in
      // newspaper columns): its numbers are that name's, not the total's
      else if (numCols.length && grid.ownsCell(r0, c) && grid.compactText(r0, c)) break;
    }
    if (!numCols.length || !GROUP_TOTAL_ROW.test(labelOf(r0, numCols[0]))) continue;
    // right under the header: the row above holds names (no number) over the amount columns
    let h = r0 - 1;
    while (h > 0 && !grid.rowHasContent(h)) h--;
    // (a head merged down over the header's lines, the merge undone, stands on a line above h: wordHigherUp)
    const headOf = (c: number) => grid.compactText(grid.anchorRow(h, c), c) || (grid.anchorCol(h, c) === c ? compact(wordHigherUp(grid, h, c)) : "");
    if (h < 1 || rowHasNumbers(grid, h) || numCols.some((c) => !COLUMN_NAME.test(headOf(c)) || notSummed(headOf(c)))) continue;
    // the groups under it
    const groups: { row: number; parts: number[] }[] = [];
    const loose: number[] = [];
    let cut = false;
    // (inside a 其中 breakdown under a numbered line of the list; whether the last line of the list was numbered)
    let breakdown = false;
    let lastNumbered = false;
    let r = r0 + 1;
    for (; r <= Math.min(grid.rowCount, r0 + CLOSING_RUN_ROWS) && !inSpan(skip, r); r++) {
      if (!grid.rowHasContent(r)) {
        // a blank line inside the list: its lines go on right below it (a line with the total's numbers, no total); or,
        // right under the total too, a group's total line with them numbered a level below the total's own ((一)…小计
        // under 合计: the groups spaced out; 二、…合计 after 一、…合计 is the next list's total)
        const next = r < grid.rowCount && !inSpan(skip, r + 1) && numCols.some((c) => numericCell(grid, r + 1, c)) ? labelOf(r + 1, numCols[0]) : null;
        if (next !== null && (GROUP_TOTAL_ROW.test(next) ? listLevel(next) > listLevel(labelOf(r0, numCols[0])) : r > r0 + 1)) continue;
        break;
      }
      const label = labelOf(r, numCols[0]);
      const numbered = numCols.some((c) => numericCell(grid, r, c));
      if (!numbered) {
        if (repeatsAbove(grid, r)) continue;
        // a last line with a name and nothing else: the sheet stops inside the group
        // (not a note under the list: "注：…", "填表人：…", a sentence)
        cut = label !== "" && label.length <= 20 && !/^(注|说明|备注|资料来源|数据来源|填表|制表|审核)/.test(label) && numCols.every((c) => grid.text(r, c) === "");
        break;
      }
      // (a line of the total's shares in percent, 百分比 under 歲入合計金額, is no line of the list)
      if (SHARE_LINE.test(label)) continue;
      if (GROUP_TOTAL_ROW.test(label)) {
        groups.push({ row: r, parts: [] });
        breakdown = false;
      }
      // (a 其中 line under a line of the list is that line's breakdown, not a line of its own; so, under a numbered line, is
      // an unnumbered line right after it, the breakdown going on: "其中:公务用车运行维护费" then "公务用车购置")
      else if (PART_OF_PREFIX.test(label) && r > r0 + 1 && !GROUP_TOTAL_ROW.test(labelOf(r - 1, numCols[0]))) breakdown = lastNumbered;
      else if (breakdown && listLevel(label) < 0 && codeCellLevel(label) < 0) continue;
      else {
        breakdown = false;
        lastNumbered = listLevel(label) >= 0 || codeCellLevel(label) >= 0;
        (groups.length ? groups[groups.length - 1].parts : loose).push(r);
      }
    }
    if (loose.length && groups.length) continue;
    // numbered headings that carry their group's sum (一、市直单位 | 60 over its lines, 二、县区 | 40 over its own):
    // groups as …小计 lines are, when the list opens with one and has lines of another level under them
    // (numbered in a 序号 column of their own, 1 | 天津 over | 蓟州…项目, as in their names: 1.天津)
    const levelOf = (row: number) => {
      const label = labelOf(row, numCols[0]);
      const own = codeCellLevel(label);
      return own >= 0 ? own : listLevel(label);
    };
    // (or unnumbered headings, each right over a run of lines numbered from 1 in the 款 column: (1.一般政務支出) over
    // 1 | 政權行使支出, 2 | 國務支出 … — a line and its own sub-lines are never parts of one sum; read so only where the
    // sheet's numbers bear it out, else the lines stay the total's parts)
    let headed: { row: number; parts: number[] }[] | null = null;
    if (!groups.length && loose.length >= 3) {
      const levels = loose.map(levelOf);
      if (levelledOutline(levels)) {
        groups.push(...headingGroups(loose, levels));
        // (a heading with no lines under it is a line of the total's only)
        loose.length = 0;
      } else {
        const over = unnumberedHeadings(levels, loose.map((row) => labelOf(row, numCols[0])));
        if (over) headed = headingGroups(loose, over);
      }
    }
    if (!groups.length && loose.length < 2) continue;
    // "合计" over lines of one outline level, none of them a 其中 line: its parts whatever the numbers say; so is any
    // total line (局机关及二级机构汇总, 全市小计) over lines numbered one after another from the first (1、局机关 |
    // 2、二级机构1 …, (1) (2), 一、 二、): the numbers say the lines are a list of its own, and the total opens it
    const levels = new Set(loose.map((row) => listLevel(labelOf(row, numCols[0]))));
    const plainList =
      (BARE_GRAND_TOTAL.test(labelOf(r0, numCols[0])) || numberedRun(loose.map((row) => labelOf(row, numCols[0])))) &&
      levels.size === 1 &&
      loose.every((row) => !PART_OF_PREFIX.test(labelOf(row, numCols[0])));
    // a list that runs to the sheet's end (or stops in a line with a name only) may go on: its last group and the
    // total over everything are bounds there (the rows seen never add up to more), not sums
    const unit = blockUnit(grid, r0);
    const read = (groups: { row: number; parts: number[] }[], loose: number[]): SumRelation[] | null => {
      // (the lines a cut would shorten are the last group's, or the list's own with no groups: theirs is the evidence)
      const last = groups.length ? groups[groups.length - 1] : { row: r0, parts: loose };
      const open = (cut || r > grid.lastContentRow()) && !wholeByItsNumbers(grid, last.row, last.parts, numCols, (row) => labelOf(row, numCols[0]), unit);
      const sums: SumRelation[] = [];
      let agree = 0;
      for (const c of numCols) {
        const term = (row: number) => t(grid, row, c, labelOf(row, numCols[0]), unit);
        if (term(r0)?.percent) continue;
        const relate = (row: number, parts: number[], atMost: boolean) => {
          const total = term(row);
          const ps = parts.map(term).filter((x): x is RelationTerm => !!x);
          if (!total || !ps.length || ps.some((x) => x.percent)) return;
          // (a bound needs amounts that only add: a negative adjustment among them says nothing of the rest)
          if (atMost && (total.value < 0 || ps.some((x) => x.value < 0))) return;
          const ok = sumAgrees(total, ps).ok;
          if (ok || (atMost && ps.reduce((x, p) => x + p.value, 0) <= total.value)) agree++;
          sums.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "rows", label: total.label || "合计", total, parts: ps, bound: atMost ? "atMost" : "equal", group: `leading:${row}` });
        };
        groups.forEach((g, i) => relate(g.row, g.parts, (open && i === groups.length - 1) || partialLineTotal(grid, g.row, g.parts, numCols, c, r0)));
        relate(r0, groups.length ? groups.map((g) => g.row) : loose, open);
      }
      // (the table's structure is one for all its columns: the agreement is counted over them all)
      // (a plain list whose lines hide a level of their own, 基本支出 60 over 人员经费 40 | 公用经费 20, is no plain list)
      const plain = plainList && !numCols.some((c) => hidesSubtotal(loose.map((row) => numericValue(grid, row, c))));
      return (groups.length ? agree >= 2 && agree >= LEADING_AGREE * sums.length : plain || agree === sums.length) ? sums : null;
    };
    const sums = (headed && read(headed, [])) || read(groups, loose);
    if (sums) out.push(...sums);
    r0 = r - 1;
  }
  return out;
}

/**
 * A list that runs to the sheet's end (its leading total a bound: the list may go on past the page) whose own numbers
 * say it is whole: the total over its last lines (the list's own, or its last group's) equals them exactly in two
 * columns at least and in two thirds of its amount columns (a list cut short falls below its total in every column its missing lines fill; lines that fill no column
 * but one or two are not what a page cuts off twice over). The total is then a sum in every column, so a column
 * whose total differs from its lines (广元 2016 医疗救助: 合计 295 over 132 + 67 + 69 in one column of five) is a
 * slip, not the rest of the list.
 */
function wholeByItsNumbers(grid: Grid, r0: number, parts: readonly number[], numCols: readonly number[], labelOf: (row: number) => string, unit: AmountUnit | null): boolean {
  if (parts.length < 2) return false;
  let exact = 0;
  let counted = 0;
  for (const c of numCols) {
    const total = t(grid, r0, c, labelOf(r0), unit);
    if (!total || total.percent) continue;
    const ps = parts.map((row) => t(grid, row, c, labelOf(row), unit)).filter((x): x is RelationTerm => !!x);
    if (!ps.length || ps.some((x) => x.percent)) continue;
    counted++;
    if (sumAgrees(total, ps).ok) exact++;
  }
  return exact >= 2 && exact >= LEADING_AGREE * counted;
}

/** Labels numbered 1, 2, 3 … in one style, from the first (1、局机关 | 2、二级机构1; (1) (2); 一、 二、). */
function numberedRun(labels: string[]): boolean {
  if (labels.length < 2) return false;
  const first = labelCode(labels[0]);
  if (!first || first.n !== 1 || first.parent || listLevel(labels[0]) < 0) return false;
  return labels.every((label, k) => {
    const code = labelCode(label);
    return !!code && code.style === first.style && !code.parent && code.n === k + 1;
  });
}

/** The first number of a level, standing alone or opening a name: 1, 1., 一, 一、, (一), (1), ①, "1.天津". */
const FIRST_NUMBER = /^(?:1|一|\((?:1|一)\)|①)(?:[、.．,，)]|$)/;

/**
 * The levels of a list whose unnumbered lines each stand right over a run of lines numbered from its first (1, 一, (一)):
 * headings half a level above the run under them ((1.一般政務支出) over 1 | 政權行使支出, 2 | 國務支出 …), or null where
 * an unnumbered line stands over no such run or the list opens with none (outlineParents reads an unnumbered line as
 * deeper than every numbered one, a 其中 or a remark line).
 */
function unnumberedHeadings(levels: readonly number[], labels: readonly string[]): number[] | null {
  if (levels[0] !== -1) return null;
  // (the numbered levels one deeper, so that a heading over 一 stands at 0.5)
  const out = levels.map((l) => (l < 0 ? l : l + 1));
  for (let k = 0; k < levels.length; k++) {
    if (levels[k] !== -1) continue;
    const next = levels[k + 1] ?? -1;
    if (next < 0 || !FIRST_NUMBER.test(labels[k + 1])) return null;
    out[k] = next + 0.5;
  }
  return levelledOutline(out) ? out : null;
}

/**
 * The groups of lines that open with a numbered heading (levels[0], the top level): each heading with its lines of the
 * next level under it (sub-lines deeper still are theirs).
 */
function headingGroups(rows: number[], levels: number[]): { row: number; parts: number[] }[] {
  const groups: { row: number; parts: number[] }[] = [];
  let childLevel: number | null = null;
  rows.forEach((row, k) => {
    if (levels[k] === levels[0]) {
      groups.push({ row, parts: [] });
      childLevel = null;
      return;
    }
    childLevel ??= levels[k];
    if (levels[k] === childLevel) groups[groups.length - 1].parts.push(row);
  });
  return groups;
}

/** Lines that open with a numbered heading, every other line unnumbered or numbered deeper (一、 over 1. or none). */
function numberedHeadings(labels: string[]): boolean {
  const levels = labels.map(listLevel);
  const top = levels[0];
  return labels.length >= 3 && top >= 0 && levels.every((l) => l < 0 || l >= top) && levels.some((l) => l !== top);
}

/**
 * A list closed by a 合计 row whose lines are grouped under numbered headings that carry their group's sum (一、市直单位
 * | 60 over 单位A | 30, 单位B | 30; 二、县区 | 40 over its own; 合计 | 100): the 合计 adds the headings, each heading
 * the lines of the next level under it. As for a leading total, the sheet's own numbers must say so: kept when at
 * least two of the relations, and two thirds, hold over all the columns.
 */
function closingNumberedGroups(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  for (let r0 = 3; r0 <= grid.rowCount; r0++) {
    // (the indicator table's rows jumped over at once, not tested one by one)
    if (inSpan(skip, r0)) {
      r0 = skip!.last;
      continue;
    }
    if (!grid.rowHasContent(r0)) continue;
    const numCols: number[] = [];
    for (let c = 2; c <= grid.scanCols; c++) if (grid.anchorCol(r0, c) === c && numericCell(grid, r0, c)) numCols.push(c);
    if (!numCols.length) continue;
    const labelOf = (r: number) => rowLabelBefore(grid, r, numCols[0]);
    if (!CLOSING_TOTAL.test(labelOf(r0)) || /小计/.test(labelOf(r0))) continue;
    // the lines up to the header (the first line above with no number in the total's columns)
    const lines: number[] = [];
    let h = r0 - 1;
    for (; h >= 1 && !inSpan(skip, h); h--) {
      if (!grid.rowHasContent(h)) break;
      if (!numCols.some((c) => numericCell(grid, h, c))) break;
      lines.unshift(h);
    }
    if (lines.length < 3 || h < 1 || !grid.rowHasContent(h) || rowHasNumbers(grid, h)) continue;
    if (numCols.some((c) => !COLUMN_NAME.test(grid.compactText(grid.anchorRow(h, c), c)) || notSummed(grid.compactText(grid.anchorRow(h, c), c)))) continue;
    if (!numberedHeadings(lines.map(labelOf))) continue;
    const levels = lines.map((row) => listLevel(labelOf(row)));
    if (lines.some((row) => CLOSING_TOTAL.test(labelOf(row)) || PART_OF_PREFIX.test(labelOf(row)))) continue;
    const groups = headingGroups(lines, levels);
    const unit = blockUnit(grid, h);
    const sums: SumRelation[] = [];
    let agree = 0;
    for (const c of numCols) {
      const term = (row: number) => t(grid, row, c, labelOf(row), unit);
      const relate = (row: number, parts: number[]) => {
        const total = term(row);
        const ps = parts.map(term).filter((x): x is RelationTerm => !!x);
        if (!total || total.percent || !ps.length || ps.some((x) => x.percent)) return;
        if (sumAgrees(total, ps).ok) agree++;
        sums.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "rows", label: total.label || "合计", total, parts: ps, bound: "equal", group: `numbered-groups:${row}` });
      };
      for (const g of groups) if (g.parts.length) relate(g.row, g.parts);
      relate(r0, groups.map((g) => g.row));
    }
    if (agree >= 2 && agree >= LEADING_AGREE * sums.length) out.push(...sums);
  }
  return out;
}

const WEIGHT_HEADER = /^(权重|权数|权重系数)/;

/**
 * A weighted evaluation (评价准则 | 权重(%) | 评价分值 | 加权得分, the loan projects' 相关性/效率/效果/可持续性):
 * the row whose 权重 reads 100% closes the table, and its 加权得分 is the sum of the rows' above (a 100分制
 * 分值 column is averaged, not summed, and is left alone).
 */
function weightedTotals(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  for (let h = 1; h < grid.rowCount; h++) {
    // (the indicator table's rows jumped over at once, not tested one by one)
    if (inSpan(skip, h)) {
      h = skip!.last;
      continue;
    }
    if (!grid.rowHasContent(h)) continue;
    let wc = 0;
    let sc = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(h, c)) continue;
      const name = grid.compactText(h, c);
      const first = name.charCodeAt(0);
      if (first !== 0x6743 && first !== 0x52a0) continue; // 权, 加
      if (!wc && WEIGHT_HEADER.test(name)) wc = c;
      else if (!sc && WEIGHTED_SCORE_HEADER.test(name)) sc = c;
    }
    if (!wc || !sc) continue;
    const parts: RelationTerm[] = [];
    // (from the first line under the header: empty lines spacing them out stepped over)
    for (let r = lineBelow(grid, h); r <= grid.rowCount && !inSpan(skip, r); r++) {
      const w = amountAt(grid, r, wc);
      if (!w) break;
      const full = w.percent ? Math.abs(w.value - 100) < 1e-9 || Math.abs(w.value - 1) < 1e-9 : false;
      const label = grid.compactText(r, 1);
      const weighted = t(grid, r, sc, label, null);
      if (full && parts.length >= 2) {
        if (weighted) out.push({ kind: "sum", id: `sum:score:${weighted.cell}`, measure: "score", block: "amount-table", orientation: "rows", label: label || "合计", total: weighted, parts, bound: "equal" });
        break;
      }
      if (!weighted) break;
      parts.push(weighted);
    }
  }
  return out;
}


/** The amount column's name in a repeated (name | amount) header. */
const PAIR_AMOUNT_HEAD = /^(金额|资金|补助金额|补助资金|分配金额|下达金额|安排金额|合计金额)(\((万元|元)\))?$/;

/**
 * Lists written in newspaper layout: a header that repeats one (name | amount) pair (单位 | 金额 | 单位 | 金额 | …),
 * each column pair a list that continues the one before it. In a pair, a line labelled …小计 heads the lines under
 * it up to the next 小计 / 合计: it is their sum. A line followed by "其中:" lines owns a chain of them whose end the
 * sheet does not mark: the end is the one line at which the chain adds up to its owner and the 小计 adds up over
 * the owner and the lines after the chain. With no such line, the one equation that can hold decides the chain
 * (the other, broken, is reported); with several, nothing is guessed. A 小计 whose lines run to the pair's last
 * line (they may go on at the top of the next pair) only bounds them: "atMost".
 */
function pairedLists(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  for (let h = 1; h <= grid.rowCount; h++) {
    if (skip && h >= skip.first && h <= skip.last) continue;
    // (each pair's amount head is a text cell of its own heading the list's amounts: a line with fewer than two, most
    // lines, pairs no lists)
    if (textCellsMatching(grid, h, PAIR_AMOUNT_HEAD, 2) < 2) continue;
    const pairs: [number, number][] = [];
    let name = "";
    let amount = "";
    for (let c = 1; c < grid.scanCols; c++) {
      if (!grid.ownsCell(h, c)) continue;
      const x = grid.compactText(h, c);
      if (!x || amountAt(grid, h, c)) continue;
      // the amount column: the next one the header names (an empty column between them is skipped)
      let d = c + 1;
      while (d <= grid.scanCols && !grid.compactText(h, d)) d++;
      if (d > grid.scanCols || !grid.ownsCell(h, d)) continue;
      const y = grid.compactText(h, d);
      if (!PAIR_AMOUNT_HEAD.test(y)) continue;
      if (pairs.length === 0) {
        name = x;
        amount = y;
      }
      if (x !== name || y !== amount) continue;
      pairs.push([c, d]);
      c = d;
    }
    if (pairs.length < 2) continue;
    const unit = blockUnit(grid, h);
    let end = grid.rowCount;
    for (let r = h + 1; r <= grid.rowCount; r++) if (skip && r >= skip.first) end = Math.min(end, skip.first - 1);
    for (const [L, A] of pairs) out.push(...pairSubtotals(grid, h, end, L, A, unit));
    h = end;
  }
  return out;
}

function pairSubtotals(grid: Grid, h: number, end: number, L: number, A: number, unit: AmountUnit | null): SumRelation[] {
  interface Line { row: number; label: string; n: RelationTerm | null }
  const lines: Line[] = [];
  for (let r = h + 1; r <= end; r++) {
    const label = grid.compactText(r, L);
    if (!label) continue;
    lines.push({ row: r, label, n: t(grid, r, A, label.replace(PART_OF_PREFIX, ""), unit) });
  }
  const out: SumRelation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i];
    if (!PAIR_SUBTOTAL.test(s.label) || !s.n) continue;
    let j = i + 1;
    while (j < lines.length && !PAIR_SUBTOTAL.test(lines[j].label) && !PAIR_GRAND_TOTAL.test(lines[j].label)) j++;
    const seg = lines.slice(i + 1, j);
    const closed = j < lines.length;
    if (seg.some((x) => !x.n)) continue; // a line left blank or cut: nothing is certain
    const owners = seg.map((x, k) => (k + 1 < seg.length && PART_OF_PREFIX.test(seg[k + 1].label) && !PART_OF_PREFIX.test(x.label) ? k : -1)).filter((k) => k >= 0);
    const sum = (total: RelationTerm, parts: RelationTerm[], bound: "equal" | "atMost", label: string): SumRelation => ({
      kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "rows", label, total, parts, bound,
    });
    const terms = (xs: Line[]) => xs.map((x) => x.n!);
    if (owners.length === 0) {
      if (seg.length) out.push(sum(s.n, terms(seg), closed ? "equal" : "atMost", s.label));
      continue;
    }
    if (owners.length > 1) continue;
    const o = owners[0];
    const before = seg.slice(0, o + 1);
    if (!closed) {
      // the lines may go on in the next pair: the 小计 is at least its lines up to the chain's owner
      out.push(sum(s.n, terms(before), "atMost", s.label));
      continue;
    }
    // the chain's last line k (o + 1 ≤ k < seg.length): where the chain adds up, where the 小计 does
    // (a wrong owner breaks both for every end: nothing is guessed; the lines left over, the same for every end,
    // would add up over any of them)
    const chainOk: number[] = [];
    const subOk: number[] = [];
    for (let k = o + 1; k < seg.length; k++) {
      if (sumAgrees(seg[o].n!, terms(seg.slice(o + 1, k + 1))).ok) chainOk.push(k);
      if (sumAgrees(s.n, terms([...before, ...seg.slice(k + 1)])).ok) subOk.push(k);
    }
    const both = chainOk.filter((k) => subOk.includes(k));
    let k = both.length === 1 ? both[0] : both.length === 0 && chainOk.length === 1 ? chainOk[0] : both.length === 0 && chainOk.length === 0 && subOk.length === 1 ? subOk[0] : -1;
    // no end adds up either way (a slip in the owner or the 小计): the names may still mark the end — a city's line over
    // its districts (其中:市本级, 越城区, 柯桥区 …), then its counties and county-level cities (诸暨市, 新昌县): the chain
    // is the run of 区 / 本级 lines, the next line a 县 / 市 / 旗 of its own
    if (k < 0 && chainOk.length === 0 && subOk.length === 0) k = districtChainEnd(seg, o);
    if (k < 0) continue;
    out.push(sum(seg[o].n!, terms(seg.slice(o + 1, k + 1)), "equal", seg[o].label));
    out.push(sum(s.n, terms([...before, ...seg.slice(k + 1)]), "equal", s.label));
  }
  return out;
}

/** A city's own lines under its line: its districts (越城区) and its own level (市本级, 本级), minus the 其中 prefix. */
const DISTRICT_LINE = /^(?:其中[:：]?)?[\u4e00-\u9fa5A-Za-z0-9]{1,8}(区|本级)$/;
/** A county-level line of its own after a city's districts: 诸暨市, 新昌县, 鄂托克旗. */
const COUNTY_LINE = /^[\u4e00-\u9fa5A-Za-z0-9]{1,8}(县|市|旗)$/;

/**
 * The last line of the 其中 chain under its owner (seg[o]) as the names mark it: every line of the chain a district or
 * the city's 本级, the line after it a county-level line (a 县, 市 or 旗); -1 where the names mark no such end.
 */
function districtChainEnd(seg: { label: string }[], o: number): number {
  let k = o;
  while (k + 1 < seg.length && DISTRICT_LINE.test(seg[k + 1].label)) k++;
  if (k === o || k + 1 >= seg.length || !COUNTY_LINE.test(seg[k + 1].label)) return -1;
  return k;
}

/** The first text left of column `before` in a row (its label), sequence numbers aside. */
function rowLabelBefore(grid: Grid, r: number, before: number): string {
  for (let c = 1; c < before; c++) {
    const t = grid.ownsCell(r, c) ? grid.compactText(r, c) : grid.compactText(grid.anchorRow(r, c), c);
    if (t && !/^[\d.、()（）]+$/.test(t)) return t;
  }
  return "";
}

/** Cells a row owns (anchors of their merges) with text, columns first..last. */
function namedCells(grid: Grid, r: number, first: number, last: number): number {
  let n = 0;
  for (let c = first; c <= last; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) n++;
  return n;
}

/** The header right above a list's first line: the line with content above it, names and no numbers (of a
 * two-line header merged down, the line that names more columns); 0 when there is none (a list cut above). */
function headerAbove(grid: Grid, firstLine: number): number {
  let h = firstLine - 1;
  // (a line of column markers, A | B | … | L=J*100-K, belongs to the header block: the line the header ends on)
  // (a named line of placeholders right above the first amounts, 因公出国(境)费 | - | - | -, is a line of the list with no
  // amount: placeholder-lines.ts)
  while (h > 0 && (!grid.rowHasContent(h) || placeholderLine(grid, h, firstLine))) h--;
  if (h > 1 && columnMarkerLine(grid, h)) return headerAbove(grid, h) && h;
  // (a header's second line of 小计 | 功能科目代码 under each part merged over two columns: its codes are no amounts, the
  // header is the line above it, which names the columns)
  if (h > 1 && rowHasNumbers(grid, h) && !rowHasNumbers(grid, h - 1) && subtotalLine(grid, h - 1, 0)) return h - 1;
  // (a coded list's head line, 05 | 01 | 03 | 00 | 預算轉移 with no amount, holds codes, no numbers)
  if (h < 1 || (rowHasNumbers(grid, h) && !codedHeadLine(grid, h))) return 0;
  h = headLinesAbove(grid, h, firstLine);
  // (a line naming who answers for each column, 责任单位 | 市人力资源社会保障局 …, under the header: the line above it names the columns)
  // (a line above naming no two columns — a caption merged across the list, '2022年8月各承办单位信件办理情况统计表' over 承办单位 |
  // 承办件数 | 办结数: names none; 承办单位 there heads the units, the header's own first cell)
  if (h > 1 && grid.ownsCell(h, 1) && !grid.mergeAt(h, 1) && RESPONSIBLE_LINE.test(grid.compactText(h, 1)) && grid.rowHasContent(h - 1) && !rowHasNumbers(grid, h - 1) && namedCells(grid, h - 1, 1, grid.scanCols) >= 2) h--;
  if (h > 1 && grid.rowHasContent(h - 1) && !rowHasNumbers(grid, h - 1)) {
    let linked = false;
    for (let c = 1; c <= grid.scanCols && !linked; c++) {
      const m = grid.mergeAt(h - 1, c);
      linked = !!m && m.r1 === h - 1 && m.r2 >= h;
    }
    if (linked && namedCells(grid, h - 1, 1, grid.scanCols) > namedCells(grid, h, 1, grid.scanCols) && !namesNumbersBelow(grid, h - 1, firstLine)) h--;
    else if (!linked && strayLineUnder(grid, h, firstLine)) h--;
  }
  return h;
}

/**
 * Line `h`, right above the list's first amounts, names only some of the columns the numbers sit in — each of them
 * named on the line above too, which names every one of those columns in a cell of its own (no merge over two of them)
 * and at least two more: a stray line under the header (a leftover of another form's head, 集中供养救助金额 | 分散供养救助金额
 * | … over the 序号 and 地区 columns), not the header; the line above is. A lower line naming as many columns, or
 * columns the upper leaves blank, is a header's line of its own.
 */
function strayLineUnder(grid: Grid, h: number, firstLine: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    let numbers = false;
    for (let r = firstLine; r < firstLine + NUMBER_LINES && r <= grid.rowCount && !numbers; r++) numbers = grid.ownsCell(r, c) && numericCell(grid, r, c);
    if (!numbers) continue;
    const up = grid.startsInRow(h - 1, c) && grid.anchorCol(h - 1, c) === c && !grid.mergeAt(h - 1, c) && grid.compactText(h - 1, c) !== "";
    const low = grid.ownsCell(h, c) && grid.compactText(h, c) !== "";
    if (!up) return false;
    upper++;
    if (low) lower++;
  }
  return lower > 0 && upper >= lower + 2;
}

/** lines under a header read to find the columns its numbers sit in */
const NUMBER_LINES = 3;

/** head lines (a code and a name, no amount) a list may open with between its header and its first amount */
const HEAD_LINES = 40;

/**
 * A list whose first lines are heads without amounts (a budget annex: 经常收入 over 04-00-00-00 财产之收益 over
 * 04-03-00-00 利息 over 04-03-01-00 银行存款 | 6,300,000.00): the header is the line above them that names the
 * amounts' columns — a name in one of those columns, or a header cell merged down into them. Lines whose amount
 * columns are blank, or covered by a section label merged from the left, are heads of the list. With no such line
 * (numbers above, or nothing naming the columns), the line right above the first amount stays the header.
 */
function headLinesAbove(grid: Grid, h: number, firstLine: number): number {
  const cols: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    for (let r = firstLine; r < firstLine + NUMBER_LINES && r <= grid.rowCount; r++) {
      if (grid.ownsCell(r, c) && numericCell(grid, r, c) && !codeGroupCell(grid, r, c)) {
        cols.push(c);
        break;
      }
    }
  }
  if (!cols.length) return h;
  for (let r = h, k = 0; r > 0 && k < HEAD_LINES; r--, k++) {
    if (!grid.rowHasContent(r)) continue;
    if (rowHasNumbers(grid, r) && !codedHeadLine(grid, r)) return h;
    for (const c of cols) {
      const a = grid.anchor(r, c);
      if ((a.row === r && a.col === c && grid.compactText(r, c)) || a.row < r) return r;
    }
  }
  return h;
}

/**
 * Of a two-line header, the lower line names more of the columns the list's numbers sit in (学生人数 merged over 合计 |
 * 小学 | 初中, with 补助标准 and 补助资金 given their units below: the columns are named on the lower line, one cell
 * each): the lower line is the header even where the upper names more columns in all.
 */
function namesNumbersBelow(grid: Grid, upper: number, firstLine: number): boolean {
  let own = 0;
  let above = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    let numbers = false;
    for (let r = firstLine; r < firstLine + NUMBER_LINES && r <= grid.rowCount && !numbers; r++) numbers = grid.ownsCell(r, c) && numericCell(grid, r, c);
    if (!numbers) continue;
    if (grid.ownsCell(upper + 1, c) && grid.compactText(upper + 1, c)) own++;
    if (grid.ownsCell(upper, c) && grid.compactText(upper, c)) above++;
  }
  return own > above;
}

/** An amount list whose only relations are its lines' products (补助资金 = 人数 × 补助标准): the header above its first line. */
function productLinesHead(grid: Grid, relations: readonly Relation[]): { headerRow: number; totals: Totals | null } | null {
  let first = Infinity;
  for (const r of relations) if (r.kind === "product" && r.result.row < first) first = r.result.row;
  if (first === Infinity) return null;
  const h = headerAbove(grid, first);
  return h ? { headerRow: h, totals: null } : null;
}


/** rows of row totals (合计 | 中央 | 省 …, each row checked) that make a table with no 合计 row */
const ROW_TOTAL_TABLE_ROWS = 3;

/**
 * A table of row totals with no 合计 row (单位 | 合计 | 艾滋病防治 | 结核病防治 …, one row per recipient): its header
 * is the line above the first row of its most used column of row totals; no total is stated.
 */
function rowTotalsHead(grid: Grid, relations: readonly Relation[]): { headerRow: number; totals: Totals | null } | null {
  const byCol = new Map<number, number[]>();
  for (const r of relations) {
    if (r.kind !== "sum" || r.measure !== "amount" || r.orientation !== "columns" || r.block !== "amount-table") continue;
    const rows = byCol.get(r.total.col) ?? [];
    rows.push(r.total.row);
    byCol.set(r.total.col, rows);
  }
  let best: number[] = [];
  let bestCol = 0;
  for (const [col, rows] of byCol) if (rows.length > best.length) [best, bestCol] = [rows, col];
  // (or row totals in two columns or more: a table of several groups each opened by its 合计, as short as one line —
  // 在校生 合计 | 小学 | 初中, then 总额 合计 | 省 | 市县)
  if (best.length < ROW_TOTAL_TABLE_ROWS && byCol.size < 2) return null;
  const table = best.length >= ROW_TOTAL_TABLE_ROWS;
  const first = table ? Math.min(...best) : Math.min(...[...byCol.values()].map((rows) => Math.min(...rows)));
  const h = headerAbove(grid, first);
  if (!h) return null;
  return { headerRow: h, totals: table ? leadingTotalLine(grid, first, bestCol) : null };
}

/**
 * A table of row totals opened by its 合计 line (单位 | 小计 | 国土绿化支出 … over 合计 | 9746 | 573 …, then the units,
 * an excerpt cut before its lines add up to it): the line right under the header, labelled as the grand total, states
 * the table's total in its column of row totals. Null where the first line is any other (a unit's, a 小计).
 */
function leadingTotalLine(grid: Grid, first: number, col: number): Totals | null {
  if (!GRAND_TOTAL_ROW.test(rowLabelBefore(grid, first, col))) return null;
  const n = amountAt(grid, first, col);
  if (!n || n.percent) return null;
  let labelCol = 1;
  while (labelCol < col && !grid.compactText(first, labelCol)) labelCol++;
  const score: NumberRef = { cell: n.cell, row: n.row, col: n.col, value: n.value, text: n.text, decimals: n.decimals, percent: false };
  return { row: first, labelCell: grid.addr(first, labelCol), weight: null, score, amount: true };
}

/**
 * A list with no 合计 row whose only sums are its lines' totals in a column naming the money given out (本次下达资金金额,
 * see trailingRowTotalColumns): its header is the line above its first line; a list of one line, nothing below it, states
 * the whole allocation in that line's total (a single unit's 分配表).
 */
/** A line opening the next attachment of the document: "附件2", "附件 3", "附件二". */
const NEXT_ATTACHMENT = /^附件\s*[\d一二三四五六七八九十]+[:：]?$/;

function rowTotalLinesHead(grid: Grid, relations: readonly Relation[]): { headerRow: number; totals: Totals | null } | null {
  const lines = relations.filter((r): r is SumRelation => r.kind === "sum" && !!r.group?.startsWith(ROW_TOTAL_GROUP));
  if (!lines.length) return null;
  const first = Math.min(...lines.map((r) => r.total.row));
  const h = headerAbove(grid, first);
  if (!h) return null;
  const only = lines.length === 1 ? lines[0] : null;
  let alone = !!only;
  // (down to the sheet's end or the next attachment, 附件2, another table of its own)
  for (let r = (only?.total.row ?? grid.rowCount) + 1; r <= grid.rowCount && alone; r++) {
    if (NEXT_ATTACHMENT.test(rowLabelBefore(grid, r, grid.scanCols + 1))) break;
    if (grid.rowHasContent(r)) alone = false;
  }
  if (!only || !alone) return { headerRow: h, totals: null };
  const n = only.total;
  let labelCol = 1;
  while (labelCol < n.col && !grid.compactText(n.row, labelCol)) labelCol++;
  const score: NumberRef = { cell: n.cell, row: n.row, col: n.col, value: n.value, text: n.text, decimals: n.decimals, percent: false };
  return { headerRow: h, totals: { row: n.row, labelCell: grid.addr(n.row, labelCol), weight: null, score, amount: true } };
}

/**
 * A list with no 合计 row whose only sums are its merged blocks' unlabelled subtotal lines (县区 merged over its lines,
 * then | | | 15, see block-subtotals): its header is the line of names right above the first block; no total is stated.
 */
function blockSubtotalsHead(grid: Grid, rows: readonly SumRelation[]): { headerRow: number; totals: Totals | null } | null {
  let first = Infinity;
  for (const r of rows) if (r.group?.startsWith(BLOCK_SUBTOTAL_GROUP)) for (const p of r.parts) first = Math.min(first, p.row);
  if (first === Infinity) return null;
  const h = headerAbove(grid, first);
  return h ? { headerRow: h, totals: null } : null;
}

/** Lines a list of amounts must hold before its header is read with no sum to show it (a list cut before its 合计). */
const MONEY_LIST_LINES = 3;
/** Rows a list of amounts' header is looked for in (an allocation list's header is near the top of its sheet). */
const MONEY_LIST_HEADER_ROWS = 40;

/**
 * A list of amounts given out that states no sum (cut before its 合计, or printed without one): a header line naming
 * a money column (金额, 补助资金, 提前下达金额(万元), 资金分配额 …) over at least three consecutive lines, each with a
 * number in that column and a name left of it (街镇 | 金额 | 备注, 镇街 | 示范村名称 | 提前下达金额(万元)); a second
 * header line under it (补助资金 over (元)) holds no number. Its header is the line above the first of them. So is a
 * list of the rates its units reached (序号 | 归口部门 | 执行率 over 100.00%, 99.79% …: a percent on each line), which
 * states no sum either. And so is a handling list cut before its 合计 (办理单位 | 收到来信(封) | 按期回复(封) over its
 * units): a count the units took in (INTAKE_COUNT_HEADER) on each line.
 */
function moneyListHead(grid: Grid): { headerRow: number; totals: Totals | null } | null {
  const last = Math.min(grid.rowCount, MONEY_LIST_HEADER_ROWS);
  for (let r = 1; r < last; r++) {
    if (rowHasNumbers(grid, r)) continue;
    for (let c = 2; c <= grid.scanCols; c++) {
      const role = grid.ownsCell(r, c) ? amountRole(grid.text(r, c)) : null;
      // (or a count the units took in, 收到来信(封) | 承办件数: a handling list cut before its 合计)
      const intake = role === null && grid.ownsCell(r, c) && INTAKE_COUNT_HEADER.test(grid.compactText(r, c).replace(/\([^()]{1,4}\)$/, ""));
      if (role !== "amount" && role !== "rate" && !intake) continue;
      // (a line's value: a number under a money or count column, a percent under a rate column)
      // (an amount with its unit fused, "20万元", is one)
      const listed = (k: number) => (intake ? numericCell(grid, k, c) : role === "amount" ? numericCell(grid, k, c) || (amountAt(grid, k, c)?.unit !== undefined && !amountAt(grid, k, c)!.percent) : !!amountAt(grid, k, c)?.percent);
      // the first line with a number in the column, no more than one header line between
      let first = r + 1;
      while (first <= r + 2 && first <= grid.rowCount && !rowHasNumbers(grid, first)) first++;
      if (first > r + 2 || first > grid.rowCount) continue;
      let lines = 0;
      for (let k = first; k <= grid.rowCount && lines < MONEY_LIST_LINES; k++) {
        if (!listed(k)) break;
        let named = false;
        for (let d = 1; d < c && !named; d++) named = grid.ownsCell(k, d) && !!grid.compactText(k, d) && !numericCell(grid, k, d);
        if (!named) break;
        lines++;
      }
      if (lines < MONEY_LIST_LINES && !(role === "amount" && numberedShortList(grid, r, first, lines))) continue;
      const h = headerAbove(grid, first);
      return h ? { headerRow: h, totals: null } : null;
    }
  }
  return null;
}

/** rows above a change column's first line searched for its head */
const CHANGE_HEAD_ROWS = 6;

/**
 * A budget comparison with no 合计 line over its lines (主計處's 歲出機關別預算表 excerpts: 本年度預算數 | 上年度預算數 |
 * 本年度與上年度比較 down a ministry's 項 / 目 / 節): its change column (periodChanges: on three lines at least, the
 * change is the current period's budget less the earlier one's; on fewer, the head naming the two budgets it compares)
 * makes it a list, headed where that column's head is — the header's last line the one the head ends on (its merge
 * down the head's lines, the last of them). Every line periodChanges reads counts: it reads none that is not evidence.
 */
function changeColumnHead(grid: Grid, relations: readonly Relation[]): { headerRow: number; totals: Totals | null } | null {
  const firstRow = new Map<number, { rows: number; first: number }>();
  for (const r of relations) {
    if (r.kind !== "difference" || r.block !== "amount-table" || !(CURRENT_PERIOD_BUDGET_HEADER.test(compact(r.minuend.label ?? "")) || CURRENT_PERIOD_FINAL_HEADER.test(compact(r.minuend.label ?? "")))) continue;
    const at = firstRow.get(r.result.col) ?? { rows: 0, first: r.result.row };
    firstRow.set(r.result.col, { rows: at.rows + 1, first: Math.min(at.first, r.result.row) });
  }
  for (const [col, { first }] of firstRow) {
    for (let hr = first - 1; hr >= Math.max(1, first - CHANGE_HEAD_ROWS); hr--) {
      const top = grid.anchorRow(hr, col);
      if (!CHANGE_HEAD.test(grid.compactText(top, col))) continue;
      const m = grid.mergeAt(top, col);
      return { headerRow: m ? m.r2 : top, totals: null };
    }
  }
  return null;
}

/** coded lines a budget listed by classification code must hold to be read with no sum to show it (coded-lines' run) */
const CODED_LIST_LINES = 3;
/** words-only lines a header may have under the line naming its code and money columns (編號 | 名稱 | 增加) */
const CODED_HEAD_LINES = 2;

/**
 * A budget listed by classification code that states no sum a reader could find (澳門's 補充預算: 收入 / 資本收入 over
 * 13-00-00-00 其他資本收入 … 13-01-00-02 自治機構 | 3,082,614.90, then 開支 …, no 總收入 line; coded-lines reads sums only
 * where a line's amount has parts): a header line of words only naming the classification (經濟分類, 功能分類 …) and, right
 * of it, a money column (金額), over a list that opens with a section or coded line (a header line or two of words
 * between) and holds at least CODED_LIST_LINES coded lines, one of them with its amount in that money column. The header
 * is the line right above the list; no total is stated. A code column over lines with no code, or coded lines with no
 * amount in the money column, head nothing.
 */
function codedListHead(grid: Grid): { headerRow: number; totals: Totals | null } | null {
  const last = Math.min(grid.rowCount, MONEY_LIST_HEADER_ROWS);
  for (let r = 1; r < last; r++) {
    if (rowHasNumbers(grid, r)) continue;
    let code = 0;
    let money = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || grid.anchorCol(r, c) !== c) continue;
      const t = grid.compactText(r, c);
      if (!code && CLASSIFICATION_HEADER.test(t)) code = c;
      else if (code && !money && amountRole(grid.text(r, c)) === "amount") money = c;
    }
    if (!code || !money) continue;
    // (the header's lower lines, words only, down to the list's first line)
    let list: ReturnType<typeof codedListFrom> = null;
    let start = r + 1;
    for (; start <= Math.min(grid.rowCount, r + 1 + CODED_HEAD_LINES); start++) {
      list = codedListFrom(grid, start);
      if (list || rowHasNumbers(grid, start)) break;
    }
    if (list && list.coded >= CODED_LIST_LINES && list.amountCols.has(money)) return { headerRow: start - 1, totals: null };
  }
  return null;
}

/**
 * An accounts statement cut before its totals (收入支出决算总表: 项目 | 行次 | 金额, two sides of them, a 栏次 line under
 * the header numbering the amount columns): most of its lines carry no amount (the template's lines a unit does not
 * use), so moneyListHead's run of amounts does not show it. Its lines are numbered in the 行次 column, one by one (1, 2,
 * 3 … or 31, 32 …): a header line naming 行次 with a money column right of it (金额), at least MONEY_LIST_LINES lines
 * under it (a 栏次 line aside) numbered on in that column, and an amount in the money column on one of them at least.
 * The header is that line; no total is stated. Lines numbered with no amount anywhere, or a 行次 column whose numbers
 * do not go on by one, are not read.
 */
function statementHead(grid: Grid): { headerRow: number; totals: Totals | null } | null {
  const last = Math.min(grid.rowCount, MONEY_LIST_HEADER_ROWS);
  for (let r = 1; r < last; r++) {
    if (rowHasNumbers(grid, r)) continue;
    for (let d = 1; d < grid.scanCols; d++) {
      if (!grid.ownsCell(r, d) || !STATEMENT_LINE_HEADER.test(grid.compactText(r, d))) continue;
      // the money column: the next column of the header with a name, a money column's
      let c = d + 1;
      while (c <= grid.scanCols && !(grid.ownsCell(r, c) && grid.compactText(r, c))) c++;
      if (c > grid.scanCols || amountRole(grid.text(r, c)) !== "amount") continue;
      // (the 栏次 line under the header numbers the columns: the header's)
      let first = r + 1;
      if (first <= grid.rowCount && (numberingRow(grid, first) || columnMarkerLine(grid, first))) first++;
      let lines = 0;
      let amounts = 0;
      let prev = NaN;
      for (let k = first; k <= grid.rowCount; k++) {
        const n = Number(grid.compactText(k, d));
        if (!/^\d{1,4}$/.test(grid.compactText(k, d)) || (lines > 0 && n !== prev + 1)) break;
        prev = n;
        lines++;
        if (numericCell(grid, k, c)) amounts++;
      }
      if (lines >= MONEY_LIST_LINES && amounts > 0) return { headerRow: r, totals: null };
    }
  }
  return null;
}

/**
 * A money list shorter than MONEY_LIST_LINES that still shows it is one (the 扶贫资金分配表 template 序号 | 项目名称 | 建设地点 |
 * 建设内容 | 投资规模 | 责任单位 over one to three projects, no 合计): its header line opens with a numbering column (序号)
 * and names at least three columns, its lines are numbered 1, 2 … in that column, and the list ends after them (the
 * sheet's end, an empty line or a note merged across: no further line of it). A short list with no 序号, or whose
 * numbers do not count from 1, or that runs on into other lines, is not read (one line of numbers under a few words
 * may be anything).
 */
function numberedShortList(grid: Grid, header: number, first: number, lines: number): boolean {
  if (lines < 1) return false;
  let numbering = 0;
  for (let c = 1; c <= grid.scanCols && !numbering; c++) if (grid.ownsCell(header, c) && grid.compactText(header, c)) numbering = NUMBERING_HEADER.test(grid.compactText(header, c)) ? c : -1;
  if (numbering <= 0 || namedCells(grid, header, 1, grid.scanCols) < 3) return false;
  for (let k = 0; k < lines; k++) if (grid.compactText(first + k, numbering) !== String(k + 1)) return false;
  const next = first + lines;
  if (next > grid.rowCount || !grid.rowHasContent(next)) return true;
  // (a note line merged across the table's columns: one cell of text)
  return namedCells(grid, next, 1, grid.scanCols) === 1 && !rowHasNumbers(grid, next);
}

/** Merged subtotals a list must hold before its header is read from them (one is a coincidence of layout). */
const MERGED_SUBTOTALS = 2;

/**
 * A list with no 合计 row whose groups each state their total in a cell merged down over the group's own lines
 * (县(市、区) | 合计 over 镇(乡) | 补助资金: each county's 合计 merged down its towns' lines, their sum): its header is
 * the line above the first such group. Null with fewer than two such totals.
 */
function mergedSubtotalsHead(grid: Grid, rows: readonly SumRelation[]): { headerRow: number; totals: Totals | null } | null {
  let first = Infinity;
  let n = 0;
  for (const r of rows) {
    const m = grid.mergeAt(r.total.row, r.total.col);
    if (!m || m.r1 === m.r2 || !r.parts.length || r.parts.some((p) => p.row < m.r1 || p.row > m.r2)) continue;
    if (Math.min(...r.parts.map((p) => p.row)) !== m.r1 || Math.max(...r.parts.map((p) => p.row)) !== m.r2) continue;
    n++;
    first = Math.min(first, m.r1);
  }
  if (n < MERGED_SUBTOTALS) return null;
  const h = headerAbove(grid, first);
  return h ? { headerRow: h, totals: null } : null;
}

/**
 * An amount list of no family that the excerpt stops in the middle of: the sheet's last line is one of the list's lines
 * under its header, no 合计 / 总计 line closes it, and no total over its lines (a leading 合计) adds them up whole. A
 * list closed by its total, or whose leading total its lines reach, is whole.
 */
export function listEndsCut(grid: Grid, relations: readonly Relation[], list: { headerRow: number; totals: Totals | null }): boolean {
  let last = grid.rowCount;
  while (last > list.headerRow && !grid.rowHasContent(last)) last--;
  if (last <= list.headerRow || (list.totals && list.totals.row >= last)) return false;
  if (GRAND_TOTAL_ROW.test(rowLabelBefore(grid, last, grid.scanCols + 1))) return false;
  // (a remark under the list, 备注:…, is printed after its last line: the list ends there)
  if (namedCells(grid, last, 1, grid.scanCols) === 1 && REMARK_LINE.test(rowLabelBefore(grid, last, grid.scanCols + 1))) return false;
  for (const r of relations) {
    if (r.kind !== "sum" || r.orientation !== "rows" || r.measure !== "amount" || r.total.row > last) continue;
    if (r.parts.some((p) => p.row === last) && sumAgrees(r.total, r.parts).ok) return false;
  }
  return true;
}

/**
 * The head of an amount list a sheet of no known family is made of (an allocation table, 分配表: 县区 | 资金分配额
 * (万元) | 备注 over its lines and a 合计 row, leading or closing): its header row and its grand total, read from the
 * relations the sheet's own numbers hold. The grand total is the 合计 / 总计 row that totals the lines in a column
 * and is no part of another row total; the header is the line of names right above the list's first line (of a
 * two-line header merged down, the line that names more columns); the stated total is the grand row's one number,
 * or, with several, the one in the column of row totals (合计 | 中央 | 省 …): none where the row
 * totals several kinds (人数 and 资金, or areas by factor). Null without such a 合计 row.
 */
/** share of a list's lines on which a whole column must equal the numbers on one side of it (as the grand row does) */
const WHOLE_LINES_AGREE = 2 / 3;

/**
 * The column of a grand row's numbers that is their whole: the numbers on one side of it (two or more, every one of
 * them up to the row's first or last) add up to it — on the grand row and on two thirds of its lines (a blank cell a
 * 0). Read from the sheet's numbers where no header word names the whole (补助金额 | 提前下达 | 实际下达): exactly one
 * column must be so, or none is taken.
 */
function wholeOfNeighbours(grid: Grid, grand: number, numbers: readonly number[], lines: ReadonlySet<number>): number | null {
  const term = (r: number, c: number): RelationTerm | null => t(grid, r, c, "", null);
  const sideHolds = (r: number, k: number, from: number, to: number): boolean => {
    if (to - from < 1) return false;
    const whole = term(r, numbers[k]);
    if (!whole) return false;
    const parts: RelationTerm[] = [];
    for (let j = from; j <= to; j++) {
      const p = term(r, numbers[j]);
      if (p) parts.push(p);
      else if (grid.text(r, numbers[j]) !== "") return false;
    }
    return parts.length > 0 && sumAgrees(whole, parts).ok;
  };
  const holds = (r: number, k: number) => sideHolds(r, k, 0, k - 1) || sideHolds(r, k, k + 1, numbers.length - 1);
  let found: number | null = null;
  for (let k = 0; k < numbers.length; k++) {
    if (!holds(grand, k)) continue;
    let filled = 0;
    let agree = 0;
    for (const r of lines) {
      if (!term(r, numbers[k])) continue;
      filled++;
      if (holds(r, k)) agree++;
    }
    if (!filled || agree < WHOLE_LINES_AGREE * filled) continue;
    if (found !== null) return null;
    found = numbers[k];
  }
  return found;
}

/**
 * Of a budget comparison's columns (本次预算数 | 上年度预算数 | 前年度决算数 | 本次与上年度比较), the one current period's
 * budget, where another column names an earlier period (or, of budgets named by their years only, the latest year's): the
 * table's own amount, its total the stated one.
 */
function currentPeriodColumn(grid: Grid, header: number, first: number, numbers: number[]): number | null {
  const current: number[] = [];
  const named: { col: number; text: string }[] = [];
  let earlier = false;
  for (const c of numbers) {
    for (let r = header; r < first; r++) {
      if (grid.anchorCol(r, c) !== c) continue;
      const name = parseAmountHeader(grid.compactText(grid.anchorRow(r, c), c)).core;
      if (CURRENT_PERIOD_BUDGET_HEADER.test(name) || CURRENT_PERIOD_FINAL_HEADER.test(name)) {
        current.push(c);
        named.push({ col: c, text: name });
        break;
      }
      if (EARLIER_PERIOD_HEADER.test(name)) {
        earlier = true;
        break;
      }
    }
  }
  // (or budgets named by their years only, 2023年预算数 | 2024年预算数: the latest year's)
  return current.length === 1 && earlier ? current[0] : !earlier ? (yearPeriods(named)?.current ?? null) : null;
}

/**
 * Of a grand row's counts, the one the others are outcomes of (INTAKE_COUNT_HEADER beside OUTCOME_COUNT_HEADER heads:
 * 收到来信(件) | 按期回复(件), 受理 | 办结): the list's whole. Each column is named by its head's lowest line above the
 * first line, its bracketed unit dropped; one intake and every other column an outcome, else none.
 */
function intakeColumn(grid: Grid, header: number, first: number, numbers: readonly number[]): number | null {
  let intake: number | null = null;
  for (const c of numbers) {
    let name = "";
    for (let r = first - 1; r >= header && !name; r--) if (grid.anchorCol(r, c) === c) name = grid.compactText(grid.anchorRow(r, c), c).replace(/\([^()]{1,4}\)$/, "");
    if (INTAKE_COUNT_HEADER.test(name)) {
      if (intake !== null) return null;
      intake = c;
    } else if (!OUTCOME_COUNT_HEADER.test(name)) return null;
  }
  return intake;
}

/**
 * (else the same choices over the grand row's money columns only, its rates printed without % and its counts dropped
 * (grand-row-money.ts): the one left, the one the others add up to, or the latest period's one budget column)
 */
function grandMoneyColumn(grid: Grid, h: number, grand: number, lines: ReadonlySet<number>, numbers: readonly number[]): number | null {
  const first = Math.min(grand, ...lines);
  const money = moneyColumns(grid, h, first, numbers);
  if (!money.length || money.length === numbers.length) return null;
  // (one left: only where its head names money — a count's column left beside a dropped 人数 is no amount: 收到来信(件))
  if (money.length === 1) return namesMoney(grid, h, first, money[0]) ? money[0] : null;
  return wholeOfNeighbours(grid, grand, money, lines) ?? currentPeriodColumn(grid, h, first, money) ?? latestBudgetColumn(grid, h, first, money);
}

/**
 * A column's own heads, from the header line `h` to the list's first line, name money (an amount role other than a total:
 * 补助资金(万元), 预算数; not 总户数, nor 合计 alone); a stray line under the header (`stray`) is passed over.
 */
function namesMoney(grid: Grid, h: number, first: number, c: number, stray = 0): boolean {
  for (let r = h; r < first; r++) if (r !== stray && grid.anchorCol(r, c) === c && grid.anchorRow(r, c) === r && (amountRole(grid.compactText(r, c)) ?? "total") !== "total") return true;
  return false;
}

/** The last header line of the period table whose lines reach row `r` (its head above it, no other head between), or 0. */
function periodHeadOver(grid: Grid, r: number): number {
  let last = 0;
  for (const t of periodTables(grid)) if (t.first <= r) last = t.last;
  return last;
}

/** (dev59) A column's head naming the whole of what it totals: money's words, then 合计 / 总计 / 总额 (奖补金额合计, 补助资金总额). */
const WHOLE_OF_HEAD = /^[\u4e00-\u9fa5]{2,8}(?:合计|总计|总额)$/;

/**
 * (dev59) One of a column's own heads, from the header line `h` to the list's first line (a head merged down to them from
 * above, 奖补金额合计 over three lines, read as its own; a group's head over several columns is none), is WHOLE_OF_HEAD over
 * money's words.
 */
function headNamesWhole(grid: Grid, h: number, first: number, c: number): boolean {
  for (let r = h; r < first; r++) {
    const m = grid.mergeAt(r, c);
    if (grid.anchorCol(r, c) !== c || (m && m.c2 !== c)) continue;
    const core = parseAmountHeader(grid.compactText(grid.anchorRow(r, c), c)).core;
    if (WHOLE_OF_HEAD.test(core) && MONEY_WORDS.test(core)) return true;
  }
  return false;
}
/** money's words in a head */
const MONEY_WORDS = /金额|资金|经费|补助|奖补|奖励|拨款|投资|预算|支出|收入/;

/** a 小计 line's label */
const LONE_SUBTOTAL = /^小计[:：]?$/;

export function amountListHead(grid: Grid, relations: readonly Relation[]): { headerRow: number; totals: Totals | null; top?: number } | null {
  const rows: SumRelation[] = [];
  const partCells = new Set<string>();
  for (const r of relations) {
    if (r.kind !== "sum" || r.measure !== "amount" || r.orientation !== "rows") continue;
    rows.push(r);
    for (const p of r.parts) partCells.add(p.cell);
  }
  // the grand rows: each with the rows of its lines (its parts, and their parts down the levels); with no such row, a table of row totals (rowTotalsHead)
  const partRows = new Map<number, Set<number>>();
  // (a 小计 line closing the whole list, the one 小计 of it and no 合计 / 总计 line beside it: the list's total, as 合计 would
  // be — 序号 | 镇(街) | 村(居)(个) | 优(个) … over 小计 | 113 | 15 | 98; a 小计 of one group among others is no grand row)
  let subtotalRow = 0;
  let loneSubtotal = true;
  for (const r of rows) {
    const label = rowLabelBefore(grid, r.total.row, r.total.col);
    if (GRAND_TOTAL_ROW.test(label)) loneSubtotal = false;
    else if (LONE_SUBTOTAL.test(label) && r.group === `closing:${r.total.row}`) {
      if (subtotalRow && subtotalRow !== r.total.row) loneSubtotal = false;
      subtotalRow = r.total.row;
    }
  }
  // (its column holds no number below it: a 小计 with more lines under it closes one group only)
  if (subtotalRow && loneSubtotal) {
    for (const r of rows) {
      if (r.total.row !== subtotalRow) continue;
      for (let rr = subtotalRow + 1; rr <= Math.min(grid.rowCount, subtotalRow + CLOSING_RUN_ROWS) && loneSubtotal; rr++) if (grid.anchorRow(rr, r.total.col) === rr && numericCell(grid, rr, r.total.col)) loneSubtotal = false;
    }
  }
  for (const r of rows) {
    const label = rowLabelBefore(grid, r.total.row, r.total.col);
    const closingSubtotal = loneSubtotal && r.total.row === subtotalRow;
    // (or a leading line named as the area its lines are places of, read as their whole by areaWholeRows: by its own
    // label, not the row's first text, a 县 of the list beside it in a table printed in pairs of columns)
    const areaOver = r.parts.length >= AREA_WHOLE_PARTS && r.parts.every((p) => p.row > r.total.row) && !!areaWholeLine(r.label);
    // (or a line a block read as its list's whole by its name, 总“三公”经费支出 at the list's foot, or “三公”经费合计 its
    // quotes dropped: joined-parts.ts)
    const namedWhole = !!r.group && r.group.startsWith("rows:") && (namedWholeLine(label) || (label !== withoutQuotes(label) && GRAND_TOTAL_ROW.test(withoutQuotes(label))));
    if (partCells.has(r.total.cell) || !(GRAND_TOTAL_ROW.test(label) || AREA_WHOLE_LINE.test(label) || ACCOUNT_TOTAL_ROW.test(label) || BUDGET_TOTAL_LINE.test(label) || areaOver || closingSubtotal || namedWhole)) continue;
    const set = partRows.get(r.total.row) ?? new Set<number>();
    for (const p of r.parts) set.add(p.row);
    partRows.set(r.total.row, set);
  }
  if (!partRows.size) return rowTotalsHead(grid, relations) ?? blockSubtotalsHead(grid, rows) ?? rowTotalLinesHead(grid, relations) ?? mergedSubtotalsHead(grid, rows) ?? productLinesHead(grid, relations) ?? moneyListHead(grid) ?? statementHead(grid) ?? changeColumnHead(grid, relations) ?? codedListHead(grid) ?? periodTableHead(grid);
  // the grand row over the most lines; where another block of the list stands between it and the header (歲入合計 over
  // its lines, then 歲出合計 over more lines under the same 項目 | 本次預算數 | … header), the first grand row the header
  // stands right above: the list's first block
  // (the rows by most lines, on a tie the one read first, as before)
  const grands = [...partRows.keys()].sort((a, b) => partRows.get(b)!.size - partRows.get(a)!.size);
  let grand = 0;
  let h = 0;
  let lines = new Set<number>();
  for (const g of grands) {
    // the list's lines: the grand row's parts and, level by level, the parts of those that are totals themselves
    const own = new Set(partRows.get(g));
    for (let grew = true; grew; ) {
      grew = false;
      for (const r of rows) {
        if (!own.has(r.total.row)) continue;
        for (const p of r.parts) if (!own.has(p.row)) {
          own.add(p.row);
          grew = true;
        }
      }
    }
    // (or, a base line between the header and the lines its total adds — 文化部主管預算 over the plans of 中長程計畫預算合計 —
    // the head of the period table the lines stand in, period-table.ts)
    const above = headerAbove(grid, Math.min(g, ...own)) || periodHeadOver(grid, Math.min(g, ...own));
    if (above) {
      [grand, h, lines] = [g, above, own];
      break;
    }
  }
  if (!grand) return null;
  // (the first of a document's tables, each the detail of its own paragraph — a 公告's district tables, the next one's 合计
  // stated in the paragraph over it: its 合计 is no whole of the sheet; its header, no stated total — separate-tables.ts)
  if (partRows.size > 1 && sectionTableBelow(grid, grand, lines, rows, (first) => headerAbove(grid, first))) return { headerRow: h, totals: null };
  // (an account's block total, 经营收入总额, with more amounts below it — the 非经常收入 block — closes one block of
  // the table, not the table: its header, and no stated total)
  const grandLabel = rowLabelBefore(grid, grand, grid.scanCols + 1);
  if (!GRAND_TOTAL_ROW.test(grandLabel) && (ACCOUNT_TOTAL_ROW.test(grandLabel) || BUDGET_TOTAL_LINE.test(grandLabel))) {
    // (amounts under another header below, 職能分類 | 經濟分類 | 開支項目 | 金額, are another table's: the account total
    // closes its own)
    for (let r = grand + 1; r <= grid.rowCount; r++) {
      if (rowHasNumbers(grid, r) && !codedHeadLine(grid, r)) return { headerRow: h, totals: null };
      if (namedCells(grid, r, 1, grid.scanCols) >= 3 && !rowHasNumbers(grid, r)) break;
    }
  }

  // the stated total: the grand row's one number, else the one its columns add up to
  const label = rowLabelBefore(grid, grand, grid.scanCols + 1);
  let labelCol = 1;
  while (labelCol < grid.scanCols && grid.compactText(grid.anchorRow(grand, labelCol), labelCol) !== label) labelCol++;
  const numbers: number[] = [];
  for (let c = labelCol + 1; c <= grid.scanCols; c++) {
    if (grid.anchorCol(grand, c) !== c) continue;
    // (a rate on the grand row, 总计 | 983 | 10 | 973 | 98%, is the line's ratio, no candidate for the list's total)
    if (numericCell(grid, grand, c)) {
      if (!amountAt(grid, grand, c)?.percent) numbers.push(c);
    }
    // (rel55: a rate written as text, '35.27%' in a 比例 column between 金额 columns, is the line's ratio too — no name)
    else if (amountAt(grid, grand, c)?.percent) continue;
    // a name after the total's numbers starts another pair of columns (a list set in newspaper columns)
    else if (numbers.length && grid.ownsCell(grand, c) && grid.compactText(grand, c)) break;
  }
  let col = numbers.length === 1 ? numbers[0] : 0;
  if (numbers.length > 1) {
    const corners = new Set<number>();
    // (a column of row totals: its cell in the grand row may be stated as the column's sum, not as its row's)
    // (a column of row totals that is itself a part of another's, 一般预算 小计 inside 合计 = 小计 + 彩票公益金, is a
    // subtotal: the outermost is the row's total)
    const nested = new Set<number>();
    // (each such column's parts' columns)
    const partCols = new Map<number, Set<number>>();
    for (const r of relations)
      if (r.kind === "sum" && r.measure === "amount" && r.orientation === "columns" && (r.total.row === grand || lines.has(r.total.row))) {
        corners.add(r.total.col);
        let own = partCols.get(r.total.col);
        if (!own) partCols.set(r.total.col, (own = new Set()));
        for (const p of r.parts) {
          nested.add(p.col);
          own.add(p.col);
        }
      }
    const inRow = numbers.filter((c) => corners.has(c));
    const outermost = inRow.filter((c) => !nested.has(c));
    // (not on a stray line under the header, 集中供养救助金额 | … | 发放总金额 over other columns: strayLineUnder)
    const firstLine = Math.min(grand, ...lines);
    let stray = 0;
    for (let r = h + 1; r < firstLine && !stray; r++) if (strayLineUnder(grid, r, firstLine)) stray = r;
    const moneyHead = (c: number) => namesMoney(grid, h, firstLine, c, stray);
    // (of several, the one whose head names money: 补助资金(万元) beside 总户数; or whose parts' heads do: 集中+分散合计 =
    // 供养资金 + 护理补贴 beside 保障户数 = 集中供养保障户数 + 分散供养保障户数)
    const money = outermost.filter((c) => moneyHead(c) || [...(partCols.get(c) ?? [])].some(moneyHead));
    if (inRow.length === 1) col = inRow[0];
    else if (outermost.length === 1) col = outermost[0];
    else if (outermost.length > 1 && money.length === 1) col = money[0];
    // (else the one column the header names a total, 地区 | 总额 | 补助总额明细 …: the whole's own column)
    else {
      const first = Math.min(grand, ...lines);
      const named = numbers.filter((c) => {
        for (let r = h; r < first; r++) if (grid.anchorCol(r, c) === c && amountRole(grid.compactText(grid.anchorRow(r, c), c)) === "total") return true;
        return false;
      });
      // (dev59: or the one column whose head names the line's whole by what it totals, 奖补金额合计 / 补助资金总额 beside the
      // groups' 奖补金额 columns: the whole, not the last money column a group's parts add up to — a 小计 is a group's)
      const wholes = named.length ? [] : numbers.filter((c) => headNamesWhole(grid, h, first, c));
      if (named.length === 1) col = named[0];
      else if (wholes.length === 1) col = wholes[0];
      // (else the one column the others add up to, on the grand row and on its lines: 2017年补助金额 = 2016年提前下达 +
      // 2017年实际下达, 预算数 = its parts on the left = 提前下达数 + 此次下达数 on the right)
      // (else the one count the others are outcomes of, 收到来信(件) beside 按期回复(件): the intake, as equal as they run)
      else col = wholeOfNeighbours(grid, grand, numbers, lines) ?? currentPeriodColumn(grid, h, Math.min(grand, ...lines), numbers) ?? intakeColumn(grid, h, Math.min(grand, ...lines), numbers) ?? grandMoneyColumn(grid, h, grand, lines, numbers) ?? 0;
    }
  }
  const n = col ? amountAt(grid, grand, col) : null;
  const score: NumberRef | null = n && !n.percent ? { cell: n.cell, row: n.row, col: n.col, value: n.value, text: n.text, decimals: n.decimals, percent: false } : null;
  return { headerRow: h, totals: score ? { row: grand, labelCell: grid.addr(grand, labelCol), weight: null, score, amount: true } : null };
}
