import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { indicatorRole } from "./headers";
import { pointsWithUnit, readNumber } from "../text/numbers";
import { DECLARATION_TITLE, SUMMARY_TITLE } from "./families/vocabulary";
import { CODE_HEADER, SIDE_NOTE_HEADER, LIST_FUND_HEADER, LIST_RECIPIENT_HEADER, RANKED_PLACE_HEADER, TOTAL_LABEL, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

/**
 * A list of criteria and their weights (grad46a, session 46): a column naming what is assessed and, right of it, one
 * column of weights or several — one per kind of applicant, project or stage — each holding shares or points on its
 * lines (30%, 0.3, 30, 30分; a blank where that kind does not weigh a criterion, or where the sheet left a share out).
 * The heads vary with every publisher: the criteria's 评分项目 / 评审准则 / 评审标准 / 评价要素 / 考核项目 / 指标 / 项目 / 準則 or
 * nothing, the weights' 比重 / 权重 / 配分 / 占比 / 分值 / 分数 / 评分比例 / 滿分 or the kinds' names (研究和應用項目 | 純研究項目);
 * a 总计 / 合计 / 總計 line under them or none; a title, a lead-in sentence, prose and other small tables around.
 *
 * So the reading rests on the numbers, the heads only guarding it:
 * - the head line names its columns in words (no number in it), and the lines under it name a criterion in one column
 *   (text, no number), a code column (序号 / 编号, ordinals) left of it at most;
 * - every column right of the criteria whose cells are numbers is a weight column (or a score column its head names,
 *   得分) — a table with an amount, a count or a rate beside the shares is no criteria list (项目 | 金额 | 占比), and so
 *   is one whose cells hold words beside a number (最高90%, 港幣800萬元);
 * - each weight column makes a whole: the 100 (100%, 100分, or 1 in fractions) its total line prints — its lines' sum
 *   may differ there: that is the slip the weight-sum rollup reports — or, with no total line, the sum of its lines;
 *   a total line printing its own sum counts as a whole only under a weight word (权重 / 分值 / 配分 …: the vocabulary's);
 *   three weighted lines at least, two under a total line; a list cut short (no total line, a sum below 100) only in
 *   percents and under a head line that itself says it assesses (the lines above it may be another page's);
 * - a line of no name or of words in a numbered column ends the list (prose, the next table's head); the head printed
 *   again at a page break does not, nor does a blank line right under the head; a name merged down or filled down over
 *   several lines is a group's label — a grouped table, not this reader's; no head names a rate (完成率, 得分率), money
 *   (金额, 资金) or units (单位, 地区, 乡镇) as the criteria;
 * - something on or above the head line says the list assesses: a weight word, a level or rule word of the vocabulary,
 *   or an assessing word (评 / 考核 / 准则 / 权重 / 配分 / 满分 …) in the head line or the three lines above it — a
 *   composition table (支出构成 | 占比, adding up to 100% as well) says none of these.
 * The criteria's column is the items' (level3, one level: a weight column right of a lone 一级 would be read as its group's
 * points, 一级 | 权重 | 二级 | 分值), the first weight column the model's weight, the others its
 * parallel weightings (parallel-weights.ts). Read only on a head line whose roles lack a level or a weight (the
 * vocabulary's readings keep every table they read), and only where the line under it holds a number right of a text.
 */

const LEVELS: ColumnRole[] = ["level1", "level2", "level3"];
/** the lines read under the head at most (a criteria list is short) */
const MAX_LINES = 40;
/** a rate's head: no weight column */
const RATE_HEAD = /率/;
/**
 * the least number of weighted criteria in a column without a total line (with one, or in a cut list's percents under a
 * head line that says it assesses: TOTALLED_LINES)
 */
const MIN_LINES = 3;
const TOTALLED_LINES = 2;
/** the wholes a weight column makes: 100 (points or percents) or 1 (fractions) */
const WHOLES = [100, 1];
/** the head lines' words that say a list assesses (the compact, simplified text) */
const ASSESSING = /评|考核|考评|准则|权重|配分|分值|满分|计分|打分|得分|赋分/;
/**
 * a form that reports values, its title above a list (the families' own title words: a monitoring form, a self-evaluation,
 * a declaration or target form, a summary or results, a progress report)
 */
const REPORTING_FORM = new RegExp([/监控|自评|评价报告/, DECLARATION_TITLE, SUMMARY_TITLE, /(考核|评价|评比|评审)结果|(进度|进展)(情况)?(月报)?表/].map((e) => e.source).join("|"));
/** the lines above the head line asked for an assessing word */
const CONTEXT_LINES = 3;
/** a compact text that is a number (30%, 0.3, 30, 30分; not '1、組織領導', a numbered name): the gate's cheap test */
const NUMBER_TEXT = /^\d*\.?\d+(?:%|分)?$/;
/** an ordinal in a code column: 1, 1., (1), 一、, (一) */
const ORDINAL = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]?$|^[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]$/;

export interface CriteriaWeights {
  /** the list's last line: its total line, or its last weighted criterion */
  lastRow: number;
  /** the criteria's column */
  items: number;
  /** the weight columns, left to right */
  weights: number[];
  /** a score column its head names (得分), if any */
  score?: number;
}

/** a cell's weight: 30% as 30, 30分 as 30, 0.3 as 0.3; null for a blank, undefined for words */
function weightOf(grid: Grid, r: number, c: number): number | null | undefined {
  if (grid.compactText(r, c) === "") return null;
  // (weightAt's reading — points, 30分, or a percent as its share of 100 — without the reference it builds)
  const raw = grid.value(r, c);
  const n = readNumber(raw, grid.format(r, c));
  const v = n ? (n.percent ? Math.round(n.value * 100 * 1e9) / 1e9 : n.value) : typeof raw === "string" ? pointsWithUnit(raw) : null;
  return v !== null && v >= 0 ? v : undefined;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.005 * Math.max(1, b / 100);

/** The criteria and weight columns under the head line `row`, or undefined (see the module's comment). */
export function criteriaWeightColumns(grid: Grid, row: number, roles: ReadonlyMap<number, ColumnRole>): CriteriaWeights | undefined {
  if (row >= grid.rowCount) return undefined;
  // (the gate, asked of most lines a header search reads, one short pattern per text cell: a head line of two cells or
  // more, none a number; the first line under it — a blank line between them stepped over — a number right of a word,
  // under a head: a code column's ordinals stand left of the names, not right)
  // (textCells: each line's owned cells with a text, no walk over its empty cells)
  const { start, cols } = grid.textCells();
  const filled = start[row + 1] - start[row];
  if (filled < 1 || (filled < 2 && cols[start[row]] === 1)) return undefined;
  for (let k = start[row]; k < start[row + 1]; k++) if (NUMBER_TEXT.test(grid.compactText(row, cols[k]))) return undefined;
  const next = start[row + 2] > start[row + 1] || row + 2 > grid.rowCount ? row + 1 : row + 2;
  let numberRight = false;
  let word = false;
  for (let k = start[next]; k < start[next + 1] && !numberRight; k++) {
    const number = NUMBER_TEXT.test(grid.compactText(next, cols[k]));
    // (under a head of its own: a line of a table under a group's label line has its numbers under that line's blanks)
    numberRight = number && word && grid.compactText(row, cols[k]) !== "";
    word ||= !number;
  }
  if (!numberRight) return undefined;
  // the criteria's column: the first column of words under the head, after a code column of ordinals
  let items = 0;
  for (let c = 1; c <= grid.scanCols && !items; c++) {
    const t = grid.ownsCell(next, c) ? grid.compactText(next, c) : "";
    if (t === "" || ORDINAL.test(t)) {
      if (t === "" && grid.compactText(row, c) !== "" && !CODE_HEADER.test(grid.compactText(row, c))) return undefined;
      continue;
    }
    if (weightOf(grid, next, c) !== undefined) return undefined;
    items = c;
  }
  if (!items) return undefined;
  // the head line: words only, a head over each numbered column right of the criteria
  const heads: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(row, c)) continue;
    const t = grid.compactText(row, c);
    if (t === "") continue;
    if (weightOf(grid, row, c) !== undefined) return undefined;
    if (c > items) heads.push(c);
  }
  if (!heads.length) return undefined;
  // (units, places or recipients in the names' column, money in a head: a list of units' shares or scores, a fund's
  // allocation — 单位 | 分配比例, 地区 | 占比, 资金来源 | 比例 — not criteria)
  const itemsHead = grid.compactText(row, items);
  if (LIST_RECIPIENT_HEADER.test(itemsHead) || UNIT_LIST_UNIT_HEADER.test(itemsHead) || RANKED_PLACE_HEADER.test(itemsHead)) return undefined;
  if ([items, ...heads].some((c) => LIST_FUND_HEADER.test(grid.compactText(row, c)))) return undefined;
  // the columns' kinds, by their first filled cell under the head: numbers (weights or scores) or words (a rule, a note)
  // (a note's column, 备注 / 说明 / 佐证材料, may hold a bare number, the page a line's evidence is on: words, whatever it holds)
  const numbered: number[] = [];
  for (const c of heads) {
    if (SIDE_NOTE_HEADER.test(grid.compactText(row, c))) continue;
    for (let r = next; r <= Math.min(grid.rowCount, row + MAX_LINES); r++) {
      if (TOTAL_LABEL.test(grid.compactText(r, items))) break;
      const w = weightOf(grid, r, c);
      if (w === null) continue;
      if (w !== undefined) numbered.push(c);
      break;
    }
  }
  if (!numbered.length) return undefined;
  // (a column of words right of the names that the head calls a level, 具体考核项目, 三级指标: the names left of it are its
  // groups, the table the vocabulary's to read)
  if (heads.some((c) => !numbered.includes(c) && LEVELS.includes(roles.get(c) as ColumnRole))) return undefined;
  // something says the list assesses: a weight, level or rule word of the vocabulary in the head, or an assessing word
  // in the head line or the lines above it (asked before the lines are read: the cheaper test)
  if (!assesses(grid, row, items, heads)) return undefined;
  // the lines: a criterion in words, each numbered column a number or a blank; a total line ends them, so does a line a
  // numbered column holds words in (the next table's head, a prose line across), or one with no criterion
  const lines: number[] = [];
  let total = 0;
  for (let r = next; r <= Math.min(grid.rowCount, row + MAX_LINES); r++) {
    const name = grid.compactText(r, items);
    const label = name || codeText(grid, r, items);
    if (TOTAL_LABEL.test(label) || /^(总计|合计|小计)$/.test(label)) {
      total = r;
      break;
    }
    // (the head line printed again at a page break: the list goes on under it)
    if (name === itemsHead && heads.every((c) => grid.compactText(r, c) === grid.compactText(row, c))) continue;
    if (name === "" || weightOf(grid, r, items) !== undefined) break;
    // (a name merged down over several lines is a group's label over its items, not one criterion: a grouped table,
    // 考核体系 | 具体考核项目 | 分值, which the vocabulary's readings read)
    // (or filled down, the same name on the line above: the same group's label)
    if (!grid.ownsCell(r, items) || (lines.length && grid.compactText(lines[lines.length - 1], items) === name)) return undefined;
    if (numbered.some((c) => weightOf(grid, r, c) === undefined)) break;
    lines.push(r);
  }
  // (lines with no weight after the last weighted one: prose under the table, a heading of the next part)
  while (lines.length && !total && numbered.every((c) => weightOf(grid, lines[lines.length - 1], c) === null)) lines.pop();
  // (two criteria over a total line are too few for the total to name a column whose head says nothing: 50 + 50 = 合计 100
  // under a garbled head — batch52d; three lines at least, one of them may leave its weight blank, 30% | — | 40%)
  if (total && lines.length < MIN_LINES) return undefined;
  const weights: number[] = [];
  let score: number | undefined;
  let cut = false;
  for (const c of numbered) {
    const head = grid.compactText(grid.anchorRow(row, c), c);
    const role = indicatorRole(head);
    // (a rate, 完成率 / 得分率 / 执行率: how far each line got, no share of a whole)
    if (RATE_HEAD.test(head)) return undefined;
    if (role === "score") {
      if (score === undefined) score = c;
      continue;
    }
    const values = lines.map((r) => weightOf(grid, r, c)).filter((w): w is number => typeof w === "number");
    if (values.length < TOTALLED_LINES) return undefined;
    const short = values.length < (total ? TOTALLED_LINES : MIN_LINES);
    const sum = values.reduce((s, w) => s + w, 0);
    const stated = total ? weightOf(grid, total, c) : null;
    const whole = typeof stated === "number" ? stated : sum;
    // (a total line's own sum a whole only under a weight word: a results list's 合计 adds its scores up too)
    const fractions = values.every((w) => w < 1);
    const ok = WHOLES.some((w) => (w === 1) === fractions && near(whole, w)) || (typeof stated === "number" && role === "weight" && near(sum, stated));
    // (or a list cut short, no total line: shares in percents that stay within the whole, under a head line that itself
    // says it assesses — the page's other lines may be gone)
    if (!ok && !(stated === null && sum < 100 + 0.005 && lines.every((r) => weightOf(grid, r, c) === null || percentAt(grid, r, c)) && assesses(grid, row, items, heads, false))) return undefined;
    if (!ok || short) cut = true;
    weights.push(c);
  }
  if (!weights.length) return undefined;
  // (two lines and no total line: only as a cut list's shares, under a head line that says it assesses)
  if (cut && !weights.every((c) => lines.every((r) => weightOf(grid, r, c) === null || percentAt(grid, r, c)))) return undefined;
  if (cut && !assesses(grid, row, items, heads, false)) return undefined;
  const found = { lastRow: total || lines[lines.length - 1], items, weights, ...(score !== undefined ? { score } : {}) };
  let read = readLists.get(grid);
  if (!read) readLists.set(grid, (read = new Map()));
  read.set(row, found);
  return found;
}

/** each grid's criteria lists read, by their head line (a grid never changes) */
const readLists = new WeakMap<Grid, Map<number, CriteriaWeights>>();

/** The last line of the criteria list read under the head line `row` (criteriaWeightColumns), if one was. */
export function criteriaListEnd(grid: Grid, row: number): number | undefined {
  return readLists.get(grid)?.get(row)?.lastRow;
}

/** the text of a code column left of the criteria (合计 written under the codes, the criteria's cell blank) */
function codeText(grid: Grid, r: number, items: number): string {
  for (let c = items - 1; c >= 1; c--) {
    const t = grid.ownsCell(r, c) ? grid.compactText(r, c) : "";
    if (t) return t;
  }
  return "";
}

/** a share written as a percent (30%, or 0.3 in a percent format) */
function percentAt(grid: Grid, r: number, c: number): boolean {
  return !!readNumber(grid.value(r, c), grid.format(r, c))?.percent;
}

/** whether the head line (and, with `above`, the lines over it) says the list assesses */
function assesses(grid: Grid, row: number, items: number, heads: number[], above = true): boolean {
  // (a form that reports values over the list — a monitoring form, a self-evaluation, a declaration, a summary of results,
  // a progress report: 项目名称 | 权重 | 实施进度 under …监控表 — weighs the projects it reports on: that form's, not a criteria list)
  if (formAbove(grid, row)) return false;
  for (const c of [items, ...heads]) {
    const t = grid.compactText(row, c);
    const role = indicatorRole(t);
    if (role === "weight" || role === "level1" || role === "level2" || role === "level3" || role === "rubric" || ASSESSING.test(t)) return true;
  }
  const { start, cols } = grid.textCells();
  let seen = 0;
  for (let r = row - 1; above && r >= 1 && seen < CONTEXT_LINES; r--) {
    if (start[r + 1] === start[r]) continue;
    seen++;
    for (let k = start[r]; k < start[r + 1]; k++) if (ASSESSING.test(grid.compactText(r, cols[k]))) return true;
  }
  return false;
}

/** a title of a form that reports values in the lines right above the head (CONTEXT_LINES) */
function formAbove(grid: Grid, row: number): boolean {
  const { start, cols } = grid.textCells();
  let seen = 0;
  for (let r = row - 1; r >= 1 && seen < CONTEXT_LINES; r--) {
    if (start[r + 1] === start[r]) continue;
    seen++;
    for (let k = start[r]; k < start[r + 1]; k++) if (REPORTING_FORM.test(grid.compactText(r, cols[k]))) return true;
  }
  return false;
}

/** `roles` with the criteria list's columns: the criteria the items (level3), the weights, the score named. */
export function withCriteriaWeights(roles: ReadonlyMap<number, ColumnRole>, cw: CriteriaWeights): Map<number, ColumnRole> {
  const out = new Map<number, ColumnRole>();
  // (the criteria's head may be a rule word, 评审标准: here the criteria; a level word elsewhere is a rule column's gloss)
  for (const [c, role] of roles) if (c !== cw.items && role !== "level1" && role !== "level2" && role !== "level3" && !cw.weights.includes(c)) out.set(c, role);
  out.set(cw.items, "level3");
  for (const c of cw.weights) out.set(c, "weight");
  if (cw.score !== undefined) out.set(cw.score, "score");
  return out;
}
