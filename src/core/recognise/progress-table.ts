import type { Grid } from "../grid/grid";
import type { RatioRelation } from "../model/types";
import { readNumber } from "../text/numbers";
import { amountAt, numberOrPointsAt } from "./cells";

/**
 * (grad50c, session 50) A progress / completion table: the year's works (projects, counties, 实事项目) one a line, with what
 * is done so far and its share of the plan — under a bulletin's or a notice's prose, or alone:
 *
 *   隶属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率        (plan, done, rate columns)
 *   序号 | 实事项目名称 | 完成情况 | 占全年计划                       (done and rate; the plan the number in each name,
 *                                                                  '新增4000张养老床位' | 4385 | 110%)
 *   县区 | 年度计划 | 1-9月完成 | 完成率 ;  項目 | 全年計劃 | 累計完成 | 完成進度(%)
 *
 * A monitoring of the year as it goes (its family; the rate column read against done ÷ plan where the plan is a column).
 * The evidence, on one head line (compact, simplified text):
 * - a rate of completion against the plan (RATE_HEAD: 完成率, 完成进度, 完成比例, 占全年计划, 为年度计划的%, 完成目标(%));
 * - left of it, what is done (DONE_HEAD: 完成, 完成投资额, 完成情况, 累计完成, 实际完成 — no plan's word; fam56: or right of it
 *   where none is left of it, the columns printed the other way round);
 * - left of that, the plan (PLAN_HEAD: 年投资计划, 全年计划, 计划任务数, 目标任务, 年度目标); with no plan column the rate's
 *   head must name the plan (占全年计划, 完成计划%: the plan is written in each line's name);
 * - two lines or more under it, each a name with numbers in the done and rate columns, every rate within 0–1000%.
 * The near shapes that are not it: a budget's execution or a 决算 / 三公 table (预算数 | 执行数 | 执行率, 完成预算%: the plan a
 * budget), an indicator table (指标 | 目标值 | 完成值 | 完成率 | 分值 | 得分), a survey's results (满意率), a handling list
 * (办结率): NOT_PROGRESS in any head cell, or no completion word.
 */

/** the rate of completion against the plan (compact head) */
const RATE_HEAD = /完成率|完成比例|完成进度|完成百分比|^进度(\(%\)|%)$|占(全年|年度|年|本年)?(投资)?(计划|目标|任务)|(完成|为|占)(全年|年度|年|本年)?(投资)?(计划|目标|任务)(投资)?的?(%|\(%\)|比例|百分比)/;
/** a rate head that names the plan itself: the plan may be in each line's name, no column of its own */
const RATE_NAMES_PLAN = /计划|目标|任务/;
/** what is done so far: a completion word, no plan's word before it (计划完成投资 is the plan) */
const DONE_HEAD = /完成|完成情况|已建成|已开工/;
/** the plan: 年投资计划, 全年计划, 计划任务数, 目标任务, 年度目标 */
const PLAN_HEAD = /计划|目标|任务/;
/** heads of another table: a budget's, an indicator table's, a survey's, a handling list's */
const NOT_PROGRESS = /预算|决算|执行|指标|分值|权重|得分|评分|满意|办结|结案|同比|上年/;
/** a name's head or a code's: the table's first columns */
const CODE_HEAD = /^(序号|编号|序)$/;
/** the gate: a sheet with none of these words is passed over with no cell read */
const GATE = /完成率|完成比例|完成进度|完成百分比|进度|占(全年|年度|年|本年)?(投资)?(计划|目标|任务)|(计划|目标|任务)(投资)?的?(%|\(%\)|比例|百分比)/;
/** (fam51) or a rate head split over two lines, its words' second half a cell of its own: 完成 over 比例%, 完成 over 率(%) */
const SPLIT_RATE_GATE = /^(比例|百分比|率)(%|\(%\))?$/m;
/**
 * (fam51) A head's words without the unit it ends with ('1-6月底累计完成投资(万元)', '完成投资占年度投资目标的比例(%)'): a head's
 * length is its words', its unit no part of them.
 */
const UNIT_END = /\((?:%|‰|[千百十]?[万亿]?元|个|项|户|人|套|公里|平方米|亩)\)$/;
const bare = (t: string) => t.replace(UNIT_END, "");
/** rows looked at for the head line */
const HEAD_ROWS = 80;
/** lines under the head read at most */
const MAX_LINES = 400;
/** lines needed */
const MIN_LINES = 2;

export interface ProgressTable {
  headerRow: number;
  /** the head's last line: headerRow, or the line under it where the head is written over two */
  headerLastRow: number;
  nameCol: number;
  planCol: number | null;
  doneCol: number;
  rateCol: number;
  /** the heads of the plan, done and rate columns as read (two lines joined where the head is written over two) */
  heads: { plan: string | null; done: string; rate: string };
  /** the lines read: a name, numbers in the done and rate columns */
  rows: number[];
}

const memo = new WeakMap<Grid, ProgressTable | null>();

export function progressTable(grid: Grid): ProgressTable | null {
  let v = memo.get(grid);
  if (v === undefined) memo.set(grid, (v = readTable(grid)));
  return v;
}

/**
 * a number in the cell (its merge's anchor's, as a number or as points: '100分'), or an amount with its unit fused ('86157.25万元',
 * fam51: a user's template writing the head's unit into each cell), or null
 */
function numberIn(grid: Grid, r: number, c: number): { value: number; percent: boolean } | null {
  return numberOrPointsAt(grid, r, c) ?? amountAt(grid, r, c);
}

/**
 * The head line's columns, or null where it is no progress table's. `two`: the head written over two lines (年投 over 资计划,
 * 完成 over 投资额: a PDF's or a narrow column's break), each column's two texts read joined.
 */
function headAt(grid: Grid, r: number, two: boolean): Omit<ProgressTable, "headerRow" | "headerLastRow" | "rows"> | null {
  const { start, cols } = grid.textCells();
  let rate = 0;
  const heads: { col: number; text: string }[] = [];
  const at: number[] = [];
  for (let k = start[r]; k < start[r + 1]; k++) at.push(cols[k]);
  if (two) for (let k = start[r + 1]; k < start[r + 2]; k++) if (at.indexOf(cols[k]) < 0) at.push(cols[k]);
  at.sort((a, b) => a - b);
  for (const c of at) {
    const t = two ? (grid.ownsCell(r, c) ? grid.compactText(r, c) : "") + (grid.ownsCell(r + 1, c) ? grid.compactText(r + 1, c) : "") : grid.compactText(r, c);
    if (NOT_PROGRESS.test(t)) return null;
    heads.push({ col: c, text: t });
    if (!rate && bare(t).length <= 16 && RATE_HEAD.test(t)) rate = c;
  }
  if (!rate || heads.length < 3) return null;
  let done = 0;
  let plan = 0;
  const text = (c: number) => heads.find((h) => h.col === c)?.text ?? "";
  const doneHead = (h: { text: string }) => bare(h.text).length <= 12 && DONE_HEAD.test(h.text) && !PLAN_HEAD.test(h.text);
  for (const h of heads) if (h.col < rate && doneHead(h)) done = h.col;
  // (fam56: or, none left of it, the first right of it — the two columns printed the other way round, 年投资计划 | 完成率 |
  // 完成投资额; a rate's own head is no done column)
  if (!done) done = heads.find((h) => h.col > rate && doneHead(h) && !RATE_HEAD.test(h.text))?.col ?? 0;
  if (!done) return null;
  for (const h of heads) if (h.col < done && bare(h.text).length <= 12 && PLAN_HEAD.test(h.text) && !RATE_HEAD.test(h.text)) plan = h.col;
  if (!plan && !RATE_NAMES_PLAN.test(text(rate))) return null;
  // (the name: the first head left of the numbers that is no code's)
  const name = heads.find((h) => h.col < (plan || done) && !CODE_HEAD.test(h.text));
  if (!name) return null;
  return { nameCol: name.col, planCol: plan || null, doneCol: done, rateCol: rate, heads: { plan: plan ? text(plan) : null, done: text(done), rate: text(rate) } };
}

function readTable(grid: Grid): ProgressTable | null {
  if (!(grid.hasText(GATE) || grid.hasText(SPLIT_RATE_GATE)) || !grid.hasText("完成")) return null;
  const last = Math.min(grid.rowCount, HEAD_ROWS);
  for (let r = 1; r <= last; r++) {
    const start = grid.textCells().start;
    if (start[r + 1] - start[r] < 3) continue;
    const head = headAt(grid, r, false);
    if (head) {
      const rows = linesUnder(grid, r, head);
      if (rows.length >= MIN_LINES) return { headerRow: r, headerLastRow: r, ...head, rows };
    }
    // (the head over two lines: the line under it holds no number, its texts the heads' second halves)
    if (r < grid.rowCount && !numbersOn(grid, r + 1)) {
      const joined = headAt(grid, r, true);
      const rows = joined ? linesUnder(grid, r + 1, joined) : [];
      if (joined && rows.length >= MIN_LINES) return { headerRow: r, headerLastRow: r + 1, ...joined, rows };
    }
  }
  return null;
}

/** some text cell of the line holds a number */
function numbersOn(grid: Grid, r: number): boolean {
  const { start, cols } = grid.textCells();
  if (start[r] === start[r + 1]) return true;
  for (let k = start[r]; k < start[r + 1]; k++) if (readNumber(grid.raw(r, cols[k]), grid.format(r, cols[k]))) return true;
  return false;
}

/** the lines under the head: a name (no number) with numbers in the done and rate columns; a line with the done only passes */
function linesUnder(grid: Grid, h: number, head: Omit<ProgressTable, "headerRow" | "headerLastRow" | "rows">): number[] {
  const rows: number[] = [];
  // (the head's own merge down, a line of units or sub-heads under it: passed while nothing is read)
  const below = Math.max(grid.mergeAt(h, head.rateCol)?.r2 ?? h, grid.mergeAt(h, head.doneCol)?.r2 ?? h);
  let skipped = 0;
  for (let r = below + 1; r <= Math.min(grid.rowCount, below + MAX_LINES); r++) {
    const name = grid.compactText(r, head.nameCol);
    const done = numberIn(grid, r, head.doneCol);
    const rate = numberIn(grid, r, head.rateCol);
    if (!name && !done && !rate) {
      if (rows.length) break;
      if (++skipped > 2) break;
      continue;
    }
    if (!name || readNumber(grid.raw(r, head.nameCol), grid.format(r, head.nameCol))) {
      if (rows.length) break;
      if (++skipped > 2) break;
      continue;
    }
    if (!done) break;
    if (rate) {
      const pct = rate.percent ? rate.value * 100 : rate.value;
      if (pct < 0 || pct > 1000) return [];
      rows.push(r);
    } else if (grid.compactText(r, head.rateCol) !== "") break;
  }
  return rows;
}

/**
 * The table's rates against its done and plan columns (完成率 = 完成 ÷ 计划 on each line), where the plan is a column: none
 * where it is written in the names. A line with no plan (0, blank) has no rate.
 */
export function progressTableRatios(grid: Grid): RatioRelation[] {
  const t = progressTable(grid);
  if (!t || t.planCol === null) return [];
  const out: RatioRelation[] = [];
  const head = t.heads.rate;
  const inPoints = /%/.test(head);
  for (const r of t.rows) {
    const stated = numberOrPointsAt(grid, r, t.rateCol);
    const n = numberIn(grid, r, t.doneCol) as ReturnType<typeof amountAt>;
    const d = numberIn(grid, r, t.planCol) as ReturnType<typeof amountAt>;
    if (!stated || !n || !d || d.value === 0 || n.percent || d.percent) continue;
    // (fam51: two amounts written with different units, '1.2万元' over '8000元', are no plain quotient)
    if (n.unit && d.unit && n.unit !== d.unit) continue;
    const name = grid.compactText(r, t.nameCol);
    out.push({
      kind: "ratio",
      id: `ratio:${stated.cell}`,
      measure: "rate",
      block: "amount-table",
      name: head,
      label: `${name}${head}`,
      stated: { ...stated, label: head },
      numerator: { ...n, label: t.heads.done },
      denominator: { ...d, label: t.heads.plan ?? "" },
      bound: "equal",
      ...((inPoints || stated.value > 1.5) && !stated.percent ? { statedInPoints: true as const } : {}),
    });
  }
  return out;
}
