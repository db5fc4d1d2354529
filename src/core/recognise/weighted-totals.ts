import type { Grid } from "../grid/grid";
import type { RelationTerm, RollupRelation, SumRelation, WeightedRelation } from "../model/types";
import { sumAgrees, weightedAgrees } from "../relations/tolerance";
import { lineBelow, lineName, lineParts, numberAt } from "./cells";
import { NOTE_COLUMN_HEADER, NUMBERING_HEADER, UNIT_LIST_RANK_HEADER, WEIGHTED_SCORE_HEADER } from "./vocabulary";
import { TextFact, textMatchesWith } from "./text-facts";

/**
 * Weighted totals across a line: parts whose heads state their shares, beside the total they weigh into —
 * 系统考核得分 | 现场考核得分 | 履职考核得分 | 总分 over '(占40%) | (占40%) | (占20%)' (南通 街道考核结果), 自评得分(×30%) |
 * 复核得分(×70%) | 综合得分, or the parts' names over a 权重 line (权重 | 0.4 | 0.6). Each line's total is Σ share × part,
 * at the precision shown (relations/tolerance.ts weightedAgrees: each part's rounding times its share).
 *
 * Read only where the header says all of it:
 * - every part's share is stated (a score column between the parts and the total without one: no relation) and the
 *   shares add up to 100% (or 1);
 * - the total's head names a total (总分, 综合得分, 综合指数, 合计 …) right of the parts; between them only parts, a rank,
 *   a grade or notes;
 * - no 加分 / 扣分 column left of the total (it may enter the total: the sheet does not say how, no relation);
 * - no part is a rank (its head names one, or its values are the whole numbers 1 … n, each once).
 * Shares printed beside parts that are already weighted (政务满意度指数(70%) | 经济指数(30%) | 综合指数: 59.97 + 26 =
 * 85.97, each part within its share of 100) make the total their plain sum: a sum across the line. Which of the two the
 * table is, the lines tell: the reading that agrees on more of them (the weighted one where they tie, the plain one only
 * where every part stays within its share), and only where it agrees on MIN_AGREE lines or more and no more than one
 * line in three disagrees (a total computed some other way the header does not state is left alone).
 */

/**
 * a part's name: a score, an index, a result (系统考核得分, 政务满意度指数, 自评得分, 考核成绩), or the assessment or survey
 * it is the result of (平时考核, 年终考核, 民主测评, 群众满意度)
 */
const PART_NAME = /^[\u4e00-\u9fa5]{1,12}(得分|评分|分数|分|指数|成绩|考核|考评|测评|评议|满意度)$/;
/** a rank's name: no part, whatever its share (排名得分 aside: a score) */
const RANK_NAME = /名次|排名|位次|排序/;
/** a share in its part's head: 政务满意度指数(70%), 自评得分(×30%), 系统考核得分(占40%), 得分(权重0.3), 自评得分×30%, 平时考核30% */
const HEAD_SHARE_PCT = /^(.+?)\((?:占|权重|权数|比重|×|\*)?(\d{1,3}(?:\.\d+)?)%\)$|^(.+?)(?:[×*]|占)?(\d{1,3}(?:\.\d+)?)%$/;
const HEAD_SHARE_FRACTION = /^(.+?)\((?:×|\*|权重|权数|比重)(0?\.\d+)\)$|^(.+?)[×*](0?\.\d+)$/;
/** a share alone under its part's head: (占40%), 40%, ×40%, 权重40%, (×0.4), 权重0.4 */
const SHARE_PCT = /^\(?(?:占|权重|权数|比重|×|\*)?(\d{1,3}(?:\.\d+)?)%\)?$/;
const SHARE_FRACTION = /^\(?(?:×|\*|权重|权数|比重)(0?\.\d+)\)?$/;
/** a line of the parts' shares (权重 | 0.4 | 0.4 | 0.2): its label */
const SHARE_LINE_LABEL = /^(权重|权数|比重|权重系数|权重\(%\)|权数\(%\))$/;
/** a total's head (总分, 综合得分, 综合指数(百分制), 合计, 加权得分) */
const TOTAL_HEAD = /^(总得?分|总成绩|综合(得分|评分|分数|成绩|指数|分)|考核总分|最终得分|加权(得分|总分|合计)|合计|总计)(\(.{1,6}\))?$/;
/** a column that may enter a total besides the weighted parts: a bonus or a deduction */
const BONUS_HEAD = /加分|扣分|减分|奖励分|附加分|加减分|奖惩/;
/**
 * a text shaped as a share, in a head or alone (…(占40%), (×30%), ×0.3, 权重): the lines that hold one, and the lines above
 * them, are the only ones asked whether they head a weighted table (Grid.textMatches: one search over the sheet's texts,
 * no test per cell; unanchored, as it requires)
 */
const SHARE_MARK = /%|[×*]0?\.\d|权重|权数|比重/;
/** a total's head, unanchored (TOTAL_HEAD tells): over a line of shares typed as percents (40% | 40% | 20%, numbers) */
export const TOTAL_MARK = /总得?分|总成绩|综合(?:得分|评分|分数|成绩|指数|分)|最终得分|加权(?:得分|总分|合计)|合计|总计/;

/** facts of which a TOTAL_MARK text has one: 分 (gradeWord), 计 (totalWord), 绩 or 综 (markWord) */
const TOTAL_MARK_FACTS = TextFact.gradeWord | TextFact.totalWord | TextFact.markWord;

/** lines that must agree before a reading is kept; at most one line in DISAGREE_SHARE disagrees */
const MIN_AGREE = 2;
const DISAGREE_SHARE = 3;
/** header lines searched for a head merged down over the parts' line */
const MAX_HEAD_LINES = 3;

interface Part {
  col: number;
  name: string;
  /** the share as a fraction */
  share: number;
  shareCell: string;
  shareText: string;
}

interface Table {
  headRow: number;
  lastHeadRow: number;
  parts: Part[];
  totalCol: number;
  totalName: string;
  /** the whole the total's head states (总分(100%)): its cell and share, where it does */
  whole: { cell: string; share: number; text: string } | null;
}

/** what weightedTotals returns: each line's total, and the shares against their whole (level "shares") */
type Found = WeightedRelation | SumRelation | RollupRelation;

/** Every weighted total a header states (see above), line by line; and each line of a weighted evaluation (evaluationLines). */
export function weightedTotals(grid: Grid): Found[] {
  const out: Found[] = [];
  if (grid.hasText("加权")) evaluationLines(grid, out);
  // (the texts holding one of 分绩综计 tested: every TOTAL_MARK word has one, textFacts; none across two texts)
  const marked = textMatchesWith(grid, TOTAL_MARK_FACTS, TOTAL_MARK);
  const totals = marked.includes(1) ? marked : null;
  // (no text of a share anywhere: only a total's head over shares typed as percents is asked for)
  const flags = grid.hasText(SHARE_MARK) ? grid.textMatches(SHARE_MARK) : null;
  if (!totals && !flags) return out;
  const { start, cols } = grid.textCells();
  // (a line holding a share's text, and the line above it: a head stating its share, or the names over a line of shares)
  for (let r = 1; r < grid.rowCount; r++) {
    // (a header of two parts and a total holds three texts at least)
    // (two shares or more, in the heads or on the line under them, or a 权重 line's label: an indicator line stating one
    // rate in brackets, 完成率(100%), is asked nothing)
    // (or a total's head over a line of shares typed as percents: numbers, no texts)
    if (start[r + 1] - start[r] < 3) continue;
    const shared = flags !== null && (shares(grid, flags, start, cols, r) >= 2 || shares(grid, flags, start, cols, r + 1) >= 2 || shareLineLabel(grid, start, cols, r + 1));
    if (!shared && !(totals && totalHeadOver(grid, totals, start, cols, r))) continue;
    const t = tableAt(grid, r);
    if (!t) continue;
    const last = readLines(grid, t, out);
    if (last > r) r = last;
  }
  return out;
}

/**
 * How many texts of line r are shares, alone ((占40%), ×0.4) or after a name of words (经济指数(30%), 系统(40%)): only the
 * texts flagged by Grid.textMatches are read, by their characters and two anchored patterns (an indicator's line, '指标1完成率
 * (95%)' or '4.5(90%)', is passed over at its first character that is not a word).
 */
function shares(grid: Grid, flags: Uint8Array, start: Int32Array, cols: Int32Array, r: number): number {
  let n = 0;
  for (let i = start[r], end = start[r + 1]; i < end; i++) {
    if (!flags[i]) continue;
    const t = grid.compactText(r, cols[i]);
    // (the name: the words before the share, at most 12)
    let k = 0;
    while (k < t.length && k <= 12 && t.charCodeAt(k) >= 0x4e00 && t.charCodeAt(k) <= 0x9fa5) k++;
    if (k > 12) continue;
    const rest = k === 0 ? t : t.slice(k);
    if (SHARE_PCT.test(rest) || SHARE_FRACTION.test(rest)) n++;
  }
  return n;
}

/** Line r holds a total's head (its flag in `totals`, TOTAL_HEAD read) and the line under it two percents or more. */
function totalHeadOver(grid: Grid, totals: Uint8Array, start: Int32Array, cols: Int32Array, r: number): boolean {
  let head = false;
  for (let i = start[r], end = start[r + 1]; i < end && !head; i++) if (totals[i] && TOTAL_HEAD.test(grid.compactText(r, cols[i]))) head = true;
  if (!head || r + 1 > grid.rowCount) return false;
  let n = 0;
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r + 1, c) && numberAt(grid, r + 1, c)?.percent) n++;
  return n >= 2;
}

/** Line r's first text is a 权重 line's label (权重 | 0.4 | 0.6). */
function shareLineLabel(grid: Grid, start: Int32Array, cols: Int32Array, r: number): boolean {
  return start[r] < start[r + 1] && SHARE_LINE_LABEL.test(grid.compactText(r, cols[start[r]]));
}

/** Some text of line r holds a share's mark (its flag in Grid.textMatches). */
function marks(flags: Uint8Array, start: Int32Array, r: number): boolean {
  for (let i = start[r], end = start[r + 1]; i < end; i++) if (flags[i]) return true;
  return false;
}

/** The share a text states as a fraction (40% → 0.4, ×0.4 → 0.4), or null. */
function shareOf(m: RegExpExecArray | null, pct: boolean): { name: string; share: number } | null {
  if (!m) return null;
  const name = m[1] ?? m[3] ?? "";
  const v = Number(m[2] ?? m[4]);
  return Number.isFinite(v) ? { name, share: pct ? v / 100 : v } : null;
}

/** A share alone in a cell under a part's head: a text (占40%) or a number (40% as a percent, 0.4 on a 权重 line). */
function shareAt(grid: Grid, r: number, c: number, bare: boolean): number | null {
  const t = grid.compactText(r, c);
  if (!t) return null;
  const m = SHARE_PCT.exec(t);
  if (m) return Number(m[1]) / 100;
  const f = SHARE_FRACTION.exec(t);
  if (f) return Number(f[1]);
  const n = numberAt(grid, r, c);
  // (a number: a percent (40%) under a part's name; on a line labelled 权重, a fraction (0.4) or points of 100 (40),
  // the line's shares brought to fractions together, by their sum)
  if (!n || (!n.percent && !bare)) return null;
  return n.value;
}

/** Row `r` as the head of a weighted table: its parts with their shares, and its total right of them. */
function tableAt(grid: Grid, r: number): Table | null {
  const parts: Part[] = [];
  /** parts named without a share in their head: their share on the next line, or on a 权重 line */
  const named: { col: number; name: string }[] = [];
  let totalCol = 0;
  let totalName = "";
  let whole: Table["whole"] = null;
  let bonus = false;
  let other = false;
  for (let c = 1; c <= grid.scanCols; c++) {
    // (a head merged across is read at its first column; one merged down from the line above is read here too)
    if (!grid.ownsCell(r, c) && grid.anchorRow(r, c) === r) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    // (right of the total: nothing it weighs)
    if (totalCol) break;
    if (t.length > 24) {
      other = other || parts.length + named.length > 0;
      continue;
    }
    // (a bonus or a deduction, 加分 / 扣分, before anything: its name ends as a score's does)
    if (BONUS_HEAD.test(t)) {
      bonus = true;
      continue;
    }
    const inHead = shareOf(HEAD_SHARE_PCT.exec(t), true) ?? shareOf(HEAD_SHARE_FRACTION.exec(t), false);
    // (a total's head stating the whole, 总分(100%), is the total)
    if (inHead && TOTAL_HEAD.test(inHead.name) && parts.length + named.length >= 2) {
      totalCol = c;
      totalName = inHead.name;
      whole = { cell: grid.addr(r, c), share: inHead.share, text: t };
      continue;
    }
    if (inHead && (PART_NAME.test(inHead.name) || scoreGroupAbove(grid, r, c))) {
      if (RANK_NAME.test(inHead.name) && !/得分$/.test(inHead.name)) return null;
      parts.push({ col: c, name: inHead.name, share: inHead.share, shareCell: grid.addr(r, c), shareText: t });
      continue;
    }
    if (PART_NAME.test(t) && !TOTAL_HEAD.test(t)) {
      if (RANK_NAME.test(t) && !/得分$/.test(t)) {
        if (parts.length + named.length > 0) other = true;
        continue;
      }
      named.push({ col: c, name: t });
      continue;
    }
    if (TOTAL_HEAD.test(t) && parts.length + named.length >= 2) {
      totalCol = c;
      totalName = t;
      continue;
    }
    if (parts.length + named.length > 0 && !UNIT_LIST_RANK_HEADER.test(t) && !NOTE_COLUMN_HEADER.test(t) && !NUMBERING_HEADER.test(t)) other = true;
  }
  if (!totalCol || bonus) return null;
  let lastHeadRow = r;
  if (named.length) {
    // the shares of the parts named without one: on the next line under each name (占40%), or on a 权重 line under them
    if (parts.length) {
      // (some parts' heads state their shares, some do not: a share missing)
      return null;
    }
    const next = r + 1;
    if (next > grid.rowCount) return null;
    let labelled = false;
    for (let c = 1; c < named[0].col; c++) if (SHARE_LINE_LABEL.test(grid.compactText(next, c))) labelled = true;
    for (const n of named) {
      const s = shareAt(grid, next, n.col, labelled);
      if (s === null) return null;
      parts.push({ col: n.col, name: n.name, share: s, shareCell: grid.addr(next, n.col), shareText: grid.compactText(next, n.col) });
    }
    // (a 权重 line in points of 100: 40 | 40 | 20)
    if (labelled) {
      let points = 0;
      for (const p of parts) points += p.share;
      if (Math.abs(points - 100) < 1e-6) for (const p of parts) p.share /= 100;
    }
    lastHeadRow = next;
  }
  // (shares that do not add up to 100% are read too: readLines asks the lines which share is the slip, sharesOff)
  if (parts.length < 2 || other) return null;
  // the header's last line: the parts' and the total's heads merged down over it
  for (const c of [totalCol, ...parts.map((p) => p.col)]) {
    const m = grid.mergeAt(r, c);
    if (m && m.r2 > lastHeadRow && m.r2 - r < MAX_HEAD_LINES) lastHeadRow = m.r2;
  }
  return { headRow: r, lastHeadRow, parts, totalCol, totalName, whole };
}

/**
 * The head over (r, c) on the line above, merged across this column and others, names a score (考核得分 over 系统(40%) |
 * 现场(40%) | 履职(20%)): the sub-heads are its parts, named by what they assess.
 */
function scoreGroupAbove(grid: Grid, r: number, c: number): boolean {
  if (r < 2) return false;
  const m = grid.mergeAt(r - 1, c);
  if (!m || m.c1 === m.c2 || m.r2 !== r - 1) return false;
  const name = grid.compactText(m.r1, m.c1);
  return PART_NAME.test(name) && !TOTAL_HEAD.test(name) && !RANK_NAME.test(name);
}

/** A number cut inside its text ("90." where the page stops): no stated number. */
const CUT_NUMBER = /\.$/;

/**
 * The lines under a weighted table's header, the reading they bear out (weighted or already weighted) pushed as a
 * relation per line; the last line read (the header's where none is).
 */
function readLines(grid: Grid, t: Table, out: Found[]): number {
  interface Line { row: number; total: RelationTerm; parts: RelationTerm[] }
  const lines: Line[] = [];
  let r = t.lastHeadRow + 1;
  const firstPart = t.parts[0].col;
  for (; r <= grid.rowCount; r++) {
    const totalText = grid.compactText(r, t.totalCol);
    let anyPart = false;
    for (const p of t.parts) if (grid.compactText(r, p.col)) anyPart = true;
    if (!totalText && !anyPart) {
      if (grid.rowHasContent(r) || lines.length) break;
      continue;
    }
    const total = numberAt(grid, r, t.totalCol);
    // (a text in the total's column is no line of numbers: another header, a note; the table ends)
    if (!total) {
      if (totalText) break;
      continue;
    }
    if (total.percent || (typeof grid.raw(r, t.totalCol) === "string" && CUT_NUMBER.test(totalText))) continue;
    // (a part left blank or not a number: the line is not read)
    const parts = lineParts(grid, r, t.parts);
    if (!parts) continue;
    const name = lineName(grid, r, 1, firstPart);
    lines.push({ row: r, total: { ...total, label: name }, parts });
  }
  if (lines.length < MIN_AGREE) return r - 1;
  // a part whose values are the ranks 1 … n, each once: ranks, no part
  for (let k = 0; k < t.parts.length; k++) if (lines.length >= 3 && areRanks(lines.map((l) => l.parts[k].value))) return r - 1;
  const shares = t.parts.map((p) => p.share);
  let shareSum = 0;
  for (const s of shares) shareSum += s;
  // (shares that do not add up to 100%: a finding where the lines or a whole the total's head prints show which)
  if (Math.abs(shareSum - 1) > 1e-6) return sharesOff(grid, t, lines, out) ? r - 1 : t.headRow;
  let weightedAgree = 0;
  let plainAgree = 0;
  // (the plain reading only where every part stays within its share of the total's scale: 100, or the largest total)
  let maxTotal = 100;
  for (const l of lines) if (l.total.value > maxTotal) maxTotal = l.total.value;
  let within = true;
  for (const l of lines) {
    if (weightedAgrees(l.total, l.parts, shares).ok) weightedAgree++;
    if (sumAgrees(l.total, l.parts).ok) plainAgree++;
    for (let k = 0; k < shares.length; k++) if (l.parts[k].value > shares[k] * maxTotal + 1e-9) within = false;
  }
  const plain = within && plainAgree > weightedAgree;
  const agree = plain ? plainAgree : weightedAgree;
  if (agree < MIN_AGREE || (lines.length - agree) * DISAGREE_SHARE > lines.length) return r - 1;
  const group = `weighted:${grid.addr(t.headRow, t.totalCol)}`;
  const shareTerms: RelationTerm[] = t.parts.map((p) => ({ cell: p.shareCell, row: rowOf(p.shareCell), col: p.col, value: p.share, text: p.shareText, decimals: null, percent: false, label: p.name }));
  // (a whole the total's head prints, 总分(100%): the shares against it)
  if (!plain && t.whole) out.push(sharesRollup(t.parts.map(partPoints), wholeTerm(grid, t), `${t.totalName}权重`));
  for (const l of lines) {
    const label = `${l.total.label ?? ""}${t.totalName}`;
    if (plain) {
      // (no group: each line's total is its own, a line left at 0 is no row of totals left unfilled)
      out.push({ kind: "sum", id: `sum:score:${l.total.cell}`, measure: "score", block: "weighted-columns", orientation: "columns", label, total: l.total, parts: l.parts, bound: "equal" });
    } else {
      out.push({ kind: "weighted", id: `weighted:score:${l.total.cell}`, measure: "score", block: "weighted-columns", orientation: "columns", label, total: l.total, parts: l.parts, shares: shareTerms, bound: "equal", group });
    }
  }
  return r - 1;
}

/** The whole numbers 1 … n, each once (n the count of values). */
function areRanks(values: number[]): boolean {
  const seen = new Set<number>();
  for (const v of values) {
    if (!Number.isInteger(v) || v < 1 || v > values.length || seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}

/** a weighted evaluation's heads (blocks.ts weightedTotals reads its closing line): each line's weight, its rating, its weighted score */
const LINE_WEIGHT_HEAD = /^(权重|权数|权重系数)(\(%\))?$/;
const LINE_RATING_HEAD = /^(评价分值|评价得分|评价分数|评分|得分|分值|分数)(\(.{1,6}\))?$/;

/**
 * A weighted evaluation in lines (评价准则 | 权重(%) | 评价分值 | 加权得分, closed by a line whose 权重 reads 100%): each line's
 * 加权得分 is its 评价分值 times its 权重 (20% × 90 = 18), a weighted total of one part, whose shares add up to 100% down the
 * lines. The closing line's 加权得分 is the sum of the lines' (blocks.ts weightedTotals reads it): not read here, so that
 * the closing sum is read once. Where the lines bear it out only (MIN_AGREE lines agree, at most one in three does not).
 */
function evaluationLines(grid: Grid, out: Found[]): void {
  const flags = grid.textMatches("加权");
  const { start, cols } = grid.textCells();
  for (let h = 1; h < grid.rowCount; h++) {
    if (!marks(flags, start, h)) continue;
    let wc = 0;
    let sc = 0;
    let ac = 0;
    for (let i = start[h]; i < start[h + 1]; i++) {
      const c = cols[i];
      const t = grid.compactText(h, c);
      if (!wc && LINE_WEIGHT_HEAD.test(t)) wc = c;
      else if (!sc && LINE_RATING_HEAD.test(t)) sc = c;
      else if (!ac && WEIGHTED_SCORE_HEADER.test(t)) ac = c;
    }
    if (!wc || !sc || !ac) continue;
    interface Line { row: number; weight: RelationTerm; rating: RelationTerm; weighted: RelationTerm }
    const lines: Line[] = [];
    let closed: RelationTerm | null = null;
    // (the lines' weights so far, in points of 100: twice the closing line's 100 at most; past that they are no shares of
    // one whole and the walk stops — a long indicator table's 权重 column is not walked to its end)
    let points = 0;
    for (let r = lineBelow(grid, h); r <= grid.rowCount; r++) {
      const w = numberAt(grid, r, wc);
      if (!w) break;
      // (the closing line: its 权重 the whole, 100% or 1, after two lines or more — whatever the lines' weights add up to:
      // a slip in one of them is told against it)
      const whole = w.percent || w.value <= 1 ? Math.abs(w.value - 1) < 1e-9 : Math.abs(w.value - 100) < 1e-9;
      if (whole && lines.length >= 2) {
        closed = { ...w, label: lineName(grid, r, 1, Math.min(wc, sc, ac)) };
        break;
      }
      points += w.percent ? w.value * 100 : w.value;
      if (points > 200 + 1e-6) break;
      const rating = numberAt(grid, r, sc);
      const weighted = numberAt(grid, r, ac);
      if (!weighted) break;
      if (!rating || rating.percent || weighted.percent) continue;
      const label = lineName(grid, r, 1, Math.min(wc, sc, ac));
      lines.push({ row: r, weight: w, rating: { ...rating, label: grid.compactText(h, sc) }, weighted: { ...weighted, label } });
    }
    if (!closed || lines.length < MIN_AGREE) continue;
    // the weights in points of 100: percents as they are (20% → 20); bare numbers in points where any is more than 1
    // (20 | 50 | 20 | 10), else fractions (0.2 | 0.5 …)
    const bareInPoints = lines.some((l) => !l.weight.percent && l.weight.value > 1);
    const pointsOf = (w: RelationTerm) => (w.percent || !bareInPoints ? w.value * 100 : w.value);
    const weights = lines.map((l) => pointsTerm(l.weight.cell, l.row, wc, pointsOf(l.weight) / 100, l.weight.text, l.weighted.label ?? ""));
    const whole = pointsTerm(closed.cell, closed.row, wc, pointsOf(closed) / 100, closed.text, closed.label ?? "");
    const head = grid.compactText(h, ac);
    const label = `${closed.label || "合计"}${grid.compactText(h, wc)}`;
    let total = 0;
    for (const w of weights) total += w.value;
    // (a line whose weight is the sum of the lines right under it, 项目决策 20% over 项目立项 10% and 绩效目标 10%, is their
    // parent: where the weights make 100% without the parents, the parents' shares are counted through their lines)
    const parents = Math.abs(total - 100) > 1e-6 ? parentLines(weights) : null;
    if (parents) total = 100;
    // the weights against the closing line's 100%: a slip in one weight is told at it where its line's weighted score
    // agrees with the weight that makes 100% (相关性 30% for 20%: 100.00 × 20% = 20.00), at the closing line otherwise
    const fix = Math.abs(total - 100) > 1e-6 ? lineWeightFix(lines, weights) : null;
    const shareOfLine = (k: number) => weights[k].value / 100;
    let agree = 0;
    for (let k = 0; k < lines.length; k++) if (k !== fix?.k && weightedAgrees(lines[k].weighted, [lines[k].rating], [shareOfLine(k)]).ok) agree++;
    // (the lines bear the table out, the line of the weight that is the slip aside: a table of weighted scores, whose
    // weights are shares of the closing 100%)
    const read = fix ? lines.length - 1 : lines.length;
    if (agree < MIN_AGREE || (read - agree) * DISAGREE_SHARE > read) continue;
    out.push(sharesRollup(parents ? weights.filter((_, k) => !parents.has(k)) : weights, whole, label, fix ? { at: weights[fix.k], value: fix.points, agree: 1, lines: 1, total: head } : undefined));
    const group = `weighted:${grid.addr(h, ac)}`;
    for (let k = 0; k < lines.length; k++) {
      // (the line whose weight is the slip: its weighted score is right, the weight's finding says so)
      if (k === fix?.k) continue;
      const l = lines[k];
      const share: RelationTerm = { ...l.weight, value: shareOfLine(k), label: grid.compactText(h, wc) };
      out.push({ kind: "weighted", id: `weighted:score:${l.weighted.cell}`, measure: "score", block: "weighted-columns", orientation: "columns", label: `${l.weighted.label ?? ""}${head}`, total: l.weighted, parts: [l.rating], shares: [share], bound: "equal", group });
    }
  }
}

/**
 * The lines whose weight is the sum of two lines or more right under it (a parent over its parts), where the weights
 * without them add up to exactly 100; null otherwise (a slip in a weight is then told, as before).
 */
function parentLines(weights: RelationTerm[]): Set<number> | null {
  const out = new Set<number>();
  let total = 0;
  let parents = 0;
  for (let k = 0; k < weights.length; k++) {
    total += weights[k].value;
    let sum = 0;
    let j = k + 1;
    while (j < weights.length && sum < weights[k].value - 1e-6) sum += weights[j++].value;
    if (j - k - 1 >= 2 && Math.abs(sum - weights[k].value) < 1e-6) {
      out.add(k);
      parents += weights[k].value;
    }
  }
  return out.size && Math.abs(total - parents - 100) < 1e-6 ? out : null;
}

/** A cell's row, from its A1 address. */
const rowOf = (cell: string) => Number(/\d+$/.exec(cell)![0]);

/** A share in points of 100 (40 for 40%, for 0.4 on a 权重 line) at its cell: a term of the shares' sum, at the points it shows. */
function pointsTerm(cell: string, row: number, col: number, share: number, text: string, label: string): RelationTerm {
  const value = Math.round(share * 100 * 1e6) / 1e6;
  const dot = String(value).indexOf(".");
  return { cell, row, col, value, text, decimals: dot < 0 ? 0 : String(value).length - dot - 1, percent: false, label };
}

const partPoints = (p: Part) => pointsTerm(p.shareCell, rowOf(p.shareCell), p.col, p.share, p.shareText, p.name);

/** The whole the heads' shares make: the 100% the total's head prints (总分(100%)), else the total's head standing for it. */
function wholeTerm(grid: Grid, t: Table): RelationTerm {
  if (t.whole) return pointsTerm(t.whole.cell, t.headRow, t.totalCol, t.whole.share, t.whole.text, t.totalName);
  return { cell: grid.addr(t.headRow, t.totalCol), row: t.headRow, col: t.totalCol, value: 100, text: grid.text(t.headRow, t.totalCol), decimals: 0, percent: false, label: t.totalName };
}

/** The shares (in points) against their whole, 100: a rollup of weights (level "shares"), told at the share the lines name where they do. */
function sharesRollup(parts: RelationTerm[], whole: RelationTerm, label: string, fix?: { at: RelationTerm; value: number; agree: number; lines: number; total: string }): RollupRelation {
  const r: RollupRelation = { kind: "rollup", id: `rollup:weight:${whole.cell}`, measure: "weight", level: "shares", block: "weighted-columns", label, bound: "equal", total: whole, parts };
  if (fix) {
    r.reportAt = fix.at.cell;
    r.shareFix = { name: fix.at.label ?? "", value: Math.round(fix.value * 1e4) / 1e4, agree: fix.agree, lines: fix.lines, total: fix.total };
  }
  return r;
}

/**
 * A weighted table whose heads' shares do not add up to 100% (系统考核得分(占50%) | 现场(占40%) | 履职(占20%): 110%). Where one
 * share set to what makes the shares 100% (50% → 40%) makes the lines' totals agree — and no other share does — that share
 * is the slip: a shares rollup told at it (the lines' totals, right, are not read against the wrong share). Where the
 * total's head prints the whole (总分(100%)), the shares against it, told at it. Else nothing is said (shares of something
 * else, or no evidence which share): false.
 */
function sharesOff(grid: Grid, t: Table, lines: { total: RelationTerm; parts: RelationTerm[] }[], out: Found[]): boolean {
  const shares = t.parts.map((p) => p.share);
  let sum = 0;
  for (const s of shares) sum += s;
  let found: { k: number; share: number; agree: number } | null = null;
  let count = 0;
  for (let k = 0; k < shares.length; k++) {
    const share = 1 - (sum - shares[k]);
    if (share <= 1e-9 || share >= 1 - 1e-9) continue;
    const trial = shares.slice();
    trial[k] = share;
    let agree = 0;
    for (const l of lines) if (weightedAgrees(l.total, l.parts, trial).ok) agree++;
    if (agree < MIN_AGREE || (lines.length - agree) * DISAGREE_SHARE > lines.length) continue;
    count++;
    found = { k, share, agree };
  }
  const parts = t.parts.map(partPoints);
  const label = `${t.totalName}权重`;
  if (count === 1 && found) {
    out.push(sharesRollup(parts, wholeTerm(grid, t), label, { at: parts[found.k], value: found.share * 100, agree: found.agree, lines: lines.length, total: t.totalName }));
    return true;
  }
  if (t.whole) {
    out.push(sharesRollup(parts, wholeTerm(grid, t), label));
    return true;
  }
  return false;
}

/**
 * The one line of a weighted evaluation whose weight, set to what makes the weights 100 (the closing line's), makes its
 * weighted score agree where its stated weight does not (相关性 30%: 100.00 × 30% = 30 against 20.00; at 20%, 20): its index
 * and that weight in points. None, or more than one: null.
 */
function lineWeightFix(lines: { weighted: RelationTerm; rating: RelationTerm }[], weights: RelationTerm[]): { k: number; points: number } | null {
  let total = 0;
  for (const w of weights) total += w.value;
  let found: { k: number; points: number } | null = null;
  for (let k = 0; k < lines.length; k++) {
    const points = 100 - (total - weights[k].value);
    if (points <= 1e-9 || points >= 100 - 1e-9) continue;
    if (weightedAgrees(lines[k].weighted, [lines[k].rating], [weights[k].value / 100]).ok) continue;
    if (!weightedAgrees(lines[k].weighted, [lines[k].rating], [points / 100]).ok) continue;
    if (found) return null;
    found = { k, points };
  }
  return found;
}
