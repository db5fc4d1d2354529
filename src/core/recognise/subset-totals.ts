import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation, WeightedRelation } from "../model/types";
import { sumAgrees, weightedAgrees } from "../relations/tolerance";
import { withinRounding } from "../relations/evaluate";
import { lineBelow, numberOrPointsAt } from "./cells";
import { headWordsLine } from "./prose-lines";
import type { UnitResultList } from "./unit-results";
import { HANDLING_COUNT_HEADER, HANDLING_UNIT_HEADER, NOTE_COLUMN_HEADER, NUMBERING_HEADER, RANKED_PLACE_HEADER, UNIT_LIST_RANK_HEADER, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

/**
 * A result list of units by the parts of their score and a total (连云港 12345 数据质量: 县区 | 工单总数 | 数据完整得分 |
 * 内容完整得分 | 扣分项 | 工单抽检得分 | 数据及时得分 | 接口稳定性得分 | 数据质量总分, one county a line), whose heads no other
 * list reader knows: parts named by what they score (…得分, …分, 扣分项), a total named a total (…总分, 总得分, 合计 …),
 * besides them at most a 序号, the units' counts (工单总数: figures of the units, not read), a rank or grade and notes.
 * The text is compared compact and simplified (grid.compactText): '数据完 整得分' with a PDF's line break, 繁體 heads, read alike.
 *
 * The total against its parts, **also where it is the sum of some of the score columns** (`subsetTotalRelations`): the
 * columns that vary from line to line are the parts (a part that varies and is not in the total leaves no subset that the
 * lines bear out: nothing read), and of the columns printed alike on every line (扣分项 10.00, 工单抽检得分 10.00, 接口稳定性
 * 得分 5.00) the ones the lines say are in it — the subset the lines bear out on all lines but one in three at most, three
 * lines at least, no other subset doing as well. Parts shown with decimals are scores computed to more places: the total
 * agrees within their rounding (SumRelation.roundedParts). The line that breaks it is a total-mismatch.
 * Near shapes not read: a budget table (金额, 万元), a statistics table (占比, 率, counts with no score head), a rubric (指标 |
 * 分值 | 得分: no unit head), a deduction beside the parts that enters the total with its sign (no plain subset fits).
 */

/** rows searched for the header; lines of units the list must show */
const HEADER_ROWS = 60;
const MIN_UNITS = 3;
const MIN_PARTS = 2;
/** a head naming a score (得分, 分数, 评分, 扣分项, 分值): a candidate part */
const SCORE_NAMED = /分/;
/** a head naming a total: 数据质量总分, 总得分(100分), 综合得分, 合计, 得分合计 */
const TOTAL_NAMED = /^[\u4e00-\u9fa5]{0,8}(总得?分|总成绩|总计得分|合计得分|得分合计|综合(得分|评分|分数))(\(\d{1,4}(\.\d+)?分?\))?$|^(合计|总计)$/;
/** heads that make the list no parts list: a rate or share, money, a weight, an average */
const NOT_PARTS = /率|%|占比|比重|权重|金额|资金|万元|元\)|预算|平均|均分/;
/** a rank or grade head (名次, 综合排名, 等次): no part */
const RANK_OR_GRADE = /(名次|排名|位次|排序|等级|等次)$/;
/** an assessment's title above the list (…绩效考评情况通报, 数据质量得分情况) */
const ASSESSMENT_TITLE = /考核|考评|评价|评估|得分|评分|测评|评比|排名|排行/;
/** a title naming another list (…汇总表, 统计表, 分配表) */
const OTHER_LIST_TITLE = /(汇总|统计|分配|明细|台账|预算|决算)表/;
/**
 * a part weighted by the share its head states (济宁 文明程度指数: 实地考察 | 问卷调查 over 原始得分 | 加权得分(85%) | 原始得分 |
 * 加权得分(15%), then 总分): 加权得分(85%), 折合得分(×15%), 得分(权重85%), 实地考察加权得分85%, 加权分(0.85) — the name a score's,
 * the share a percent or a fraction
 */
const WEIGHTED_PART = /^([\u4e00-\u9fa5]{0,12}(?:得分|分数|分|成绩))\(?(?:占|权重|权数|比重|×|\*)?(?:(\d{1,3}(?:\.\d+)?)%|(0?\.\d+))\)?$/;
/**
 * a part named a weighted or converted score with no share printed (实地考察加权得分, 折合分, 折算得分): computed from a finer
 * score, so printed rounded — its total agrees within the parts' rounding (result-parts.ts asks it too)
 */
export const WEIGHTED_NAME = /(加权|折合|折算)[\u4e00-\u9fa5]{0,4}(得分|分数|分|成绩)$/;
/** a raw score printed left of its weighted one (原始得分, 原始分, 原始成绩, 实得分): a figure of the line, no part of the total */
const RAW_SCORE = /(原始(得分|分数|分|成绩)|实得分)$/;
/** a weighted part and the raw score left of it that it weighs (null where the head prints none) */
interface WeightedPart {
  col: number;
  /** the share its head states; null where it only names a weighted score (加权得分) */
  share: number | null;
  rawCol: number | null;
}

/** the most columns printed alike on every line that a subset is sought over (2^6 subsets) */
const MAX_CONSTANT = 6;

const found = new WeakMap<Grid, UnitResultList | null>();

/** The sheet's parts list (a UnitResultList: its total the score column), or null (memoised per grid). */
export function partsList(grid: Grid): UnitResultList | null {
  let r = found.get(grid);
  if (r === undefined) {
    r = grid.hasText(/分/) ? findPartsList(grid) : null;
    found.set(grid, r);
  }
  return r;
}

function findPartsList(grid: Grid): UnitResultList | null {
  const last = Math.min(grid.rowCount, HEADER_ROWS);
  for (let h = 1; h <= last; h++) {
    // (the heads on one line, or written on two — each head's first word over the rest, 数据 over 完整得分, a short one merged
    // down over both — read joined, the second line holding heads only)
    let end = h;
    let head = headAt(grid, h, h);
    if (!head && headWordsLine(grid, h + 1)) head = headAt(grid, h, (end = h + 1));
    if (!head) continue;
    const rows = partLines(grid, end, head.unitCol, [head.totalCol, ...head.partCols, ...head.rawCols]);
    if (rows.length < MIN_UNITS) continue;
    let title = "";
    for (let t = 1; t < h; t++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(t, c)) title += grid.compactText(t, c) + "|";
    // (or, with no such title, heads that say it: parts weighted by stated shares, or beside the raw scores they weigh)
    const weighs = head.weighted.length > 0 && (head.weighted.every((w) => w.share !== null) || head.rawCols.length > 0);
    if (!(ASSESSMENT_TITLE.test(title) || weighs) || OTHER_LIST_TITLE.test(title)) return null;
    return { headerRow: end, unitCol: head.unitCol, scoreCol: head.totalCol, noteCol: null, deductCol: null, baseCol: null, base: 100, baseCell: null, rows, rateCols: [], countCols: [], lists: [], topRow: h, placeCol: null, blocks: laterBlocks(grid, h, end, head, rows) };
  }
  return null;
}

/** caption lines (表2 …情况) that may stand between a table's last line and the header printed again */
const BLOCK_CAPTION_LINES = 2;

/**
 * Further tables of the list below it (UnitResultList.blocks; 济宁: 表1 主城区街道 …, then 表2 非主城区镇街 … under 镇街 | 实地考察 |
 * … the same heads but the units' own): past blank lines and at most BLOCK_CAPTION_LINES lines of one text, a header read as
 * this one is — on as many lines, its columns the same (the unit head's words may differ) — over MIN_UNITS lines or more.
 */
function laterBlocks(grid: Grid, top: number, end: number, head: PartsHead, rows: number[]): { headerRow: number; rows: number[] }[] {
  const out: { headerRow: number; rows: number[] }[] = [];
  const span = end - top;
  let last = rows[rows.length - 1];
  for (;;) {
    let h = last + 1;
    let captions = 0;
    for (; h + span <= grid.rowCount; h++) {
      if (!grid.rowHasContent(h)) continue;
      const again = headAt(grid, h, h + span);
      if (again && sameColumns(again, head)) break;
      if (!oneText(grid, h) || ++captions > BLOCK_CAPTION_LINES) return out;
    }
    if (h + span > grid.rowCount) return out;
    const own = partLines(grid, h + span, head.unitCol, [head.totalCol, ...head.partCols, ...head.rawCols]);
    if (own.length < MIN_UNITS) return out;
    out.push({ headerRow: h + span, rows: own });
    last = own[own.length - 1];
  }
}

/** Line r holds one text (a caption: 表2 …得分情况; merged across, or that merge filled across by an export), no number. */
function oneText(grid: Grid, r: number): boolean {
  let text = "";
  for (let c = 1; c <= grid.scanCols; c++) {
    const t = grid.ownsCell(r, c) ? grid.compactText(r, c) : "";
    if (!t) continue;
    if ((text && t !== text) || numberOrPointsAt(grid, r, c)) return false;
    text = t;
  }
  return text !== "";
}

function sameColumns(a: PartsHead, b: PartsHead): boolean {
  const key = (x: PartsHead) => [x.unitCol, x.totalCol, ...x.partCols, -1, ...x.rawCols].join(",");
  return key(a) === key(b) && a.weighted.every((w, k) => w.share === b.weighted[k].share);
}

/** Column c's head over the header's lines top…end, joined (a head merged down over them read once). */
function headText(grid: Grid, top: number, end: number, c: number): string {
  let t = "";
  let last = "";
  for (let r = top; r <= end; r++) {
    if (!grid.ownsCell(r, c)) continue;
    // (a head merged down, its merge undone and filled: 街道 over 街道 read once)
    const x = grid.compactText(r, c);
    if (x !== last) t += x;
    last = x;
  }
  return t;
}

interface PartsHead {
  unitCol: number;
  totalCol: number;
  partCols: number[];
  /** the parts weighted by the shares their heads state, and the raw scores left of them (rawCols) */
  weighted: WeightedPart[];
  rawCols: number[];
}

/**
 * Lines top…end as a parts list's header: a unit head first, two score-named parts or more, one total head; else null.
 * Parts that state their shares (加权得分(85%)) are read where every part states one, the shares adding up to 100%, each
 * with at most a raw score left of it (原始得分: no part, the figure it weighs); a raw score with no weighted part right of
 * it is no head this reading knows.
 */
function headAt(grid: Grid, top: number, end: number): PartsHead | null {
  let unitCol = 0;
  let totalCol = 0;
  const partCols: number[] = [];
  const weighted: WeightedPart[] = [];
  const rawCols: number[] = [];
  let raw = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(top, c) && (top === end || !grid.ownsCell(end, c))) continue;
    const t = headText(grid, top, end, c);
    if (!t) continue;
    // (a raw score is followed by its weighted part, the next head)
    const w = unitCol && t.length <= 20 ? WEIGHTED_PART.exec(t) : null;
    if (raw && !w && !WEIGHTED_NAME.test(t)) return null;
    if (w) {
      const share = w[2] !== undefined ? Number(w[2]) / 100 : Number(w[3]);
      weighted.push({ col: c, share, rawCol: raw || null });
      partCols.push(c);
      raw = 0;
      continue;
    }
    if (t.length > 14 || NOT_PARTS.test(t)) return null;
    if (unitCol && WEIGHTED_NAME.test(t)) {
      weighted.push({ col: c, share: null, rawCol: raw || null });
      partCols.push(c);
      raw = 0;
      continue;
    }
    if (unitCol && RAW_SCORE.test(t)) {
      rawCols.push((raw = c));
      continue;
    }
    if (!unitCol) {
      if (UNIT_LIST_UNIT_HEADER.test(t) || RANKED_PLACE_HEADER.test(t) || HANDLING_UNIT_HEADER.test(t)) unitCol = c;
      else if (!NUMBERING_HEADER.test(t) && !(UNIT_LIST_RANK_HEADER.test(t) && RANK_OR_GRADE.test(t))) return null;
      continue;
    }
    if (TOTAL_NAMED.test(t)) {
      if (totalCol) return null;
      totalCol = c;
    } else if (UNIT_LIST_RANK_HEADER.test(t) || RANK_OR_GRADE.test(t) || NOTE_COLUMN_HEADER.test(t) || HANDLING_COUNT_HEADER.test(t)) continue;
    else if (SCORE_NAMED.test(t)) partCols.push(c);
    else return null;
  }
  if (raw || !unitCol || !totalCol || partCols.length < MIN_PARTS) return null;
  // (shares stated: on every part, adding up to 100%, the total right of them all)
  // (shares stated on some parts only: no reading; named weighted scores alone: no share to check)
  const stated = weighted.filter((w) => w.share !== null);
  if (weighted.length && (weighted.length !== partCols.length || partCols.some((c) => c > totalCol))) return null;
  if (stated.length && (stated.length !== weighted.length || Math.abs(stated.reduce((a, w) => a + w.share!, 0) - 1) > 1e-6)) return null;
  return { unitCol, totalCol, partCols, weighted, rawCols };
}

/** The lines under the header: a name, a number (no percentage) in the total and every part; stops at the first that is not. */
function partLines(grid: Grid, h: number, unitCol: number, cols: number[]): number[] {
  const rows: number[] = [];
  for (let r = lineBelow(grid, grid.mergeAt(h, unitCol)?.r2 ?? h); r <= grid.rowCount; r++) {
    const name = grid.compactText(r, unitCol);
    if (!name || numberOrPointsAt(grid, r, unitCol)) break;
    if (cols.some((c) => { const n = numberOrPointsAt(grid, r, c); return !n || n.percent; })) break;
    rows.push(r);
  }
  return rows;
}

/** A total agrees with its parts: exactly at the shown precision, or within the parts' rounding where they show decimals. */
function agrees(total: RelationTerm, parts: RelationTerm[]): boolean {
  return sumAgrees(total, parts).ok || withinRounding(total, parts);
}

/**
 * Each line's total against the subset of its score columns the lines bear out (see above), on a result list read by any
 * reader (unit-results.ts) whose total head names a total: one sum relation a line, its parts rounded where they show
 * decimals. Asked only where result-parts.ts read no sum of the list.
 */
export function subsetTotalRelations(grid: Grid, list: UnitResultList | null): (SumRelation | WeightedRelation)[] {
  if (!list || list.headless || list.lists.length || list.rows.length < MIN_UNITS) return [];
  const h = list.headerRow;
  // (a header on two lines, topRow over headerRow: each head read joined)
  const top = Math.min(list.topRow, h);
  const totalName = headText(grid, top, h, list.scoreCol);
  if (!TOTAL_NAMED.test(totalName)) return [];
  // (parts that state their shares: the total their plain sum, each the share of the raw score beside it)
  const paired = grid.hasText(/%|[×*]0?\.\d|\(0?\.\d+\)|加权|折合|折算/) ? headAt(grid, top, h) : null;
  if (paired && paired.weighted.length) return paired.unitCol === list.unitCol && paired.totalCol === list.scoreCol ? weightedPartRelations(grid, list, top, paired, totalName) : [];
  // (the candidate parts: score-named columns holding a number, no percentage, on every line)
  const cols: { col: number; name: string; values: RelationTerm[] }[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === list.unitCol || c === list.scoreCol || (!grid.ownsCell(h, c) && !grid.ownsCell(top, c))) continue;
    const t = headText(grid, top, h, c);
    if (!t) continue;
    if (NOT_PARTS.test(t)) return [];
    if (!SCORE_NAMED.test(t) || TOTAL_NAMED.test(t) || RANK_OR_GRADE.test(t) || UNIT_LIST_RANK_HEADER.test(t) || NOTE_COLUMN_HEADER.test(t)) continue;
    const values: RelationTerm[] = [];
    for (const r of list.rows) {
      const n = numberOrPointsAt(grid, r, c);
      if (!n || n.percent) break;
      values.push({ ...n, label: t });
    }
    if (values.length === list.rows.length) cols.push({ col: c, name: t, values });
  }
  const totals: RelationTerm[] = [];
  for (const r of list.rows) {
    const n = numberOrPointsAt(grid, r, list.scoreCol);
    if (!n || n.percent) return [];
    totals.push({ ...n, label: `${grid.compactText(r, list.unitCol)}${totalName}` });
  }
  const n = totals.length;
  // (the columns that vary are parts; of those printed alike on every line, zeros add nothing, the others are sought)
  const varying = cols.filter((x) => x.values.some((v) => Math.abs(v.value - x.values[0].value) > 1e-9));
  const constant = cols.filter((x) => !varying.includes(x) && Math.abs(x.values[0].value) > 1e-9);
  if (!varying.length || constant.length > MAX_CONSTANT) return [];
  let best: { mask: number; agree: number } | null = null;
  let tied = false;
  for (let mask = 0; mask < 1 << constant.length; mask++) {
    const chosen = [...varying, ...constant.filter((_, k) => mask & (1 << k))];
    if (chosen.length < MIN_PARTS) continue;
    let agree = 0;
    for (let i = 0; i < n; i++) if (agrees(totals[i], chosen.map((x) => x.values[i]))) agree++;
    if (!best || agree > best.agree) {
      best = { mask, agree };
      tied = false;
    } else if (agree === best.agree) tied = true;
  }
  // (the lines bear it out: three or more agree, one in three at most does not, and no other subset does as well)
  if (!best || tied || best.agree < MIN_UNITS || (n - best.agree) * 3 > n) return [];
  const chosen = [...varying, ...constant.filter((_, k) => best!.mask & (1 << k))].sort((a, b) => a.col - b.col);
  const rounded = chosen.some((x) => x.values.some((v) => (v.decimals ?? 0) >= 1));
  return totals.map((total, i) => ({
    kind: "sum" as const,
    id: `sum:score:${total.cell}`,
    measure: "score" as const,
    block: "result-list" as const,
    orientation: "columns" as const,
    label: total.label!,
    total,
    parts: chosen.map((x) => x.values[i]),
    bound: "equal" as const,
    ...(rounded ? { roundedParts: true as const } : {}),
  }));
}

/** the lines bear a reading out: MIN_UNITS lines or more agree, one in three at most does not */
const borneOut = (agree: number, n: number) => agree >= MIN_UNITS && (n - agree) * 3 <= n;

/**
 * A list whose parts state their shares (加权得分(85%) | 加权得分(15%) | 总分, a raw score left of each or not), over its lines
 * and its further tables' (UnitResultList.blocks): each line's total the plain sum of its weighted parts (the parts rounded
 * where they show decimals: 83.27 + 14.50 against 97.76 is rounding), and each weighted part its share of the raw score left
 * of it (97.96 × 85% = 83.266 against 83.27: weightedAgrees, at the precision shown). Each relation only where the lines
 * bear it out; a total computed from the raw scores by the shares (the parts then no weighted scores) is weighted-totals.ts'.
 */
function weightedPartRelations(grid: Grid, list: UnitResultList, top: number, head: PartsHead, totalName: string): (SumRelation | WeightedRelation)[] {
  const rows = list.rows.concat(...list.blocks.map((b) => b.rows));
  const term = (r: number, c: number, label: string): RelationTerm | null => {
    const n = numberOrPointsAt(grid, r, c);
    return n && !n.percent ? { ...n, label } : null;
  };
  const names = head.partCols.map((c) => groupedHead(grid, top, list.headerRow, c));
  const lines: { total: RelationTerm; parts: RelationTerm[]; raws: (RelationTerm | null)[] }[] = [];
  for (const r of rows) {
    const unit = grid.compactText(r, list.unitCol);
    const total = term(r, list.scoreCol, unit);
    const parts = head.partCols.map((c, k) => term(r, c, `${unit}${names[k]}`));
    const raws = head.weighted.map((w) => (w.rawCol ? term(r, w.rawCol, `${unit}${groupedHead(grid, top, list.headerRow, w.rawCol)}`) : null));
    if (!total || parts.some((x) => !x)) continue;
    lines.push({ total, parts: parts as RelationTerm[], raws });
  }
  const out: (SumRelation | WeightedRelation)[] = [];
  if (borneOut(lines.filter((l) => agrees(l.total, l.parts)).length, lines.length)) {
    const rounded = lines.some((l) => l.parts.some((v) => (v.decimals ?? 0) >= 1));
    for (const l of lines) out.push({ kind: "sum", id: `sum:score:${l.total.cell}`, measure: "score", block: "result-list", orientation: "columns", label: `${l.total.label}${totalName}`, total: l.total, parts: l.parts, bound: "equal", ...(rounded ? { roundedParts: true as const } : {}) });
  }
  head.weighted.forEach((w, k) => {
    if (!w.rawCol || w.share === null) return;
    const headCell = grid.ownsCell(list.headerRow, w.col) && grid.compactText(list.headerRow, w.col) ? list.headerRow : top;
    const share: RelationTerm = { cell: grid.addr(headCell, w.col), row: headCell, col: w.col, value: w.share!, text: grid.compactText(headCell, w.col), decimals: null, percent: false, label: names[k] };
    const pairs = lines.flatMap((l) => (l.raws[k] ? [{ part: l.parts[k], raw: l.raws[k]! }] : []));
    if (!borneOut(pairs.filter((x) => weightedAgrees(x.part, [x.raw], [w.share!]).ok).length, pairs.length)) return;
    for (const x of pairs) out.push({ kind: "weighted", id: `weighted:score:${x.part.cell}`, measure: "score", block: "result-list", orientation: "columns", label: x.part.label!, total: x.part, parts: [x.raw], shares: [share], bound: "equal", group: `weighted-part:${grid.addr(top, w.col)}` });
  });
  return out;
}

/** Column c's head with its group's (实地考察 over 原始得分 | 加权得分(85%), merged or written once left of the blank over it). */
function groupedHead(grid: Grid, top: number, end: number, c: number): string {
  const own = headText(grid, top, end, c);
  if (top === end || (grid.ownsCell(top, c) && grid.compactText(top, c))) return own;
  // (a merge's tail takes its anchor's text; a blank over it, the nearest text left of it on the top line)
  if (!grid.ownsCell(top, c)) return grid.compactText(top, c) + own;
  for (let k = c - 1; k >= 1; k--) if (grid.compactText(top, k)) return grid.compactText(top, k) + own;
  return own;
}
