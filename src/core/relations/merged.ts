import type { Grid } from "../grid/grid";
import { mentions } from "../recognise/sheet-summary";
import type { NumberRef, RelationTerm, RollupRelation, SumRelation } from "../model/types";
import type { CellRange } from "../grid/a1";
import { amountAt, copiesLeft, holdsNumberOrPoints, lineName, numberOrPointsAt, NUMBER_LIKE, pointsAt } from "../recognise/cells";
import { isPercentFormat, readNumber, readPoints } from "../text/numbers";
import { addsUp, agreesTyped } from "./tolerance";
import { budgetRole, indicatorRole } from "../recognise/headers";
import { titlesAnotherForm } from "../recognise/table-walk";
import { sumAgrees } from "./tolerance";
import { undoneSpanCandidates } from "./undone-spans";

/**
 * Rollups an indicator table states by its merges alone, for sheets whose indicator tree is not recognised:
 * a 一级/二级 weight or score merged down the rows of its group ("预算配置 | 16" over two rows) against the
 * numbers of the next column to its right with the same heading (分值 … 分值, 得分 … 得分) in those rows.
 * Relative weights (each group's items out of 100) are accepted as well. Linear in the merges and the rows.
 */

const WEIGHT_HEAD = /^(分值|权重|权数|标准分|指标分值|分数|满分)/;
/** (the score headings' usual wordings: 实际得分, 指标得分, 复核得分 … as 得分) */
const SCORE_HEAD = /^(得分|评分|自评得分|评价得分|考核得分|实际得分|实得分|指标得分|复核得分|考评得分|最终得分|核定得分|自评分)/;
/** how far up a column a closing row's parts are read */
const HEAD_ROWS = 2000;

type Measure = "weight" | "score";

const measureOf = (text: string): Measure | null => {
  // (a note in brackets closes with ')': a text ending otherwise has none to drop, and no copy is made of it)
  const h = text.endsWith(")") ? text.replace(/\(.*?\)$/, "") : text;
  if (SCORE_HEAD.test(h)) return "score";
  if (WEIGHT_HEAD.test(h)) return "weight";
  // (any other wording the header vocabulary gives the points or the score — 配分, 应得分, 标准分值, 实得分数 …: a
  // sheet's 总计 line closes its 配分 column as it closes a 分值 one)
  const role = indicatorRole(text);
  return role === "weight" || role === "score" ? role : null;
};

/** Points written with their unit ("16分", "-2分"): a number of its column, no word (read only where a digit or sign opens it). */
function pointsText(t: string): boolean {
  const first = t.charCodeAt(0);
  return (first <= 0x39 || t[0] === "−") && readPoints(t) !== null;
}

/**
 * The heading of each row of a column (the nearest text above it that is not a number), read once per column
 * top-down: a sheet's merges ask for it row by row, and the scan stays linear in the cells.
 */
function columnHeadings(grid: Grid): (row: number, col: number) => Measure | null {
  // (each column's headings as a byte per row, 0 none, 1 weight, 2 score: no array of a pointer per row, which a sheet
  // of 2,000 rows made of some 60 KB a column on every review)
  const byCol = new Map<number, Uint8Array>();
  return (row, col) => {
    let list = byCol.get(col);
    if (!list) {
      list = new Uint8Array(grid.rowCount + 2);
      let current = 0;
      // (the text last read as a heading: the same text on the next lines, a group's label on each of its lines, reads
      // the same — no test and no lookup again)
      let last = "";
      for (let r = 1; r <= grid.rowCount; r++) {
        list[r] = current; // the heading above row r
        if (!grid.startsInRow(r, col)) continue;
        const t = grid.compactText(r, col);
        if (t === last) continue;
        // (points written with their unit, "16分", are a number of the column, no heading)
        if (t && !NUMBER_LIKE.test(t) && !pointsText(t)) {
          const m = measureOf(t);
          current = m === "weight" ? 1 : m === "score" ? 2 : 0;
          last = t;
        }
      }
      byCol.set(col, list);
    }
    const k = row >= 0 && row < list.length ? list[row] : 0;
    return k === 1 ? "weight" : k === 2 ? "score" : null;
  };
}

/** The row's label: the text left of the merged number. */
function labelLeft(grid: Grid, row: number, col: number): string {
  for (let c = col - 1; c >= 1; c--) {
    const t = grid.compactText(row, c);
    if (t && !NUMBER_LIKE.test(t) && !pointsText(t)) return t;
  }
  return "";
}

/**
 * Parts adding up to twice the total: the column lists group subtotals and their items together (二级 rows carry
 * their own sum in the 得分 column); the layout, not the sheet, would be wrong.
 */
function doubleCounted(total: number, parts: RelationTerm[]): boolean {
  // (two parts hold a subtotal and its item only as the total twice over: 0.5 + 1.5 under a merged 1 is a slip)
  // (the numbers as shown, in the column's one unit: the one tolerance policy, relations/tolerance.ts)
  const shown = parts.map((p) => ({ value: p.value, decimals: p.decimals, percent: p.percent }));
  if (parts.length === 2 && !shown.every((p) => agreesTyped(total, p))) return false;
  return total !== 0 && addsUp(2 * total, shown);
}

/** A closing row's label: 合计 / 总计 / 总分 / 得分合计 (spaces inside are compacted away). */
const CLOSING_LABEL = /^(合计|总计|总分|分值合计|得分合计|总得分|合计得分)[:：]?$/;
const SUBTOTAL_LABEL = /^(小计|合计|总计)/;

/** The column of the first text of a row (its label, grid.compactText(row, col)), or 0 when the row has none. */
function firstTextCol(grid: Grid, row: number): number {
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(row, c) && grid.anchorRow(row, c) !== row) continue;
    if (grid.compactText(row, c)) return c;
  }
  return 0;
}

/**
 * Each row's label, read once: every closing column walks up the same rows and asks for their labels again (its
 * column by row, -1 until read, 0 for none: no object per row; the text is the grid's memoised compactText). An
 * object of a class, not closures made in every call, that walkUp calls: a large sheet's review would otherwise
 * meet new closures in code optimised for the last review's, and drop it.
 */
class RowLabels {
  private readonly cols: Int32Array;
  constructor(private readonly grid: Grid) {
    this.cols = new Int32Array(grid.rowCount + 1).fill(-1);
  }

  colOf(row: number): number {
    let c = this.cols[row];
    if (c < 0) this.cols[row] = c = firstTextCol(this.grid, row);
    return c;
  }

  of(row: number): string | null {
    const c = this.colOf(row);
    return c ? this.grid.compactText(row, c) : null;
  }
}

/**
 * A closing row (合计 | 100 | 90) against the column above it: each number under a 分值/得分 heading equals the
 * numbers of its column between the heading and the closing row (merged cells counted once). Columns crossed by
 * a text row, a 小计 or another total are left alone.
 */
/**
 * Up column c from the row above r: the numbers (merged cells once), stopping at the first text, which names the
 * measure; not clean when a cell merged across columns or a 小计 / total row crosses the column. With `into`,
 * the numbers and their rows are collected.
 */
function walkUp(
  grid: Grid,
  r: number,
  c: number,
  labels: RowLabels,
  into: { nums: NumberRef[]; rows: number[] } | null,
  repeats: ReadonlySet<number> | null = null,
): { clean: boolean; measure: Measure | null; count: number; at?: number } {
  let count = 0;
  for (let u = r - 1; u >= 1 && r - u <= HEAD_ROWS; u--) {
    // (the header printed again at a page break: the column goes on above it)
    if (repeats?.has(u)) continue;
    if (!grid.ownsCell(u, c)) {
      if (grid.anchorCol(u, c) !== c) return { clean: false, measure: null, count }; // a group or text row
      continue;
    }
    const t = grid.compactText(u, c);
    if (!t) continue;
    let plain: boolean;
    let n: NumberRef | null = null;
    if (into) {
      n = numberOrPointsAt(grid, u, c);
      plain = !!n && !n.percent;
    } else {
      // numberOrPointsAt's reading without its reference (ownsCell: the cell is its own anchor); a number cell without
      // building the reading (readNumber of a finite number is its value, a percent exactly when its format is)
      const raw = grid.raw(u, c);
      if (typeof raw === "number") plain = Number.isFinite(raw) && !isPercentFormat(grid.format(u, c));
      else {
        const v = readNumber(raw, grid.format(u, c));
        // (or points written with their unit, "8分", as numberOrPointsAt reads them)
        plain = v ? !v.percent : readPoints(raw) !== null;
      }
    }
    if (plain) {
      const rowLabel = labels.of(u);
      if (rowLabel && SUBTOTAL_LABEL.test(rowLabel)) return { clean: false, measure: null, count };
      count++;
      if (into) {
        into.nums.push(n!);
        into.rows.push(u);
      }
      continue;
    }
    return { clean: true, measure: measureOf(t), count, at: u };
  }
  return { clean: true, measure: null, count };
}

/**
 * The budget-execution line a form scores above its indicator table (项目资金 | 年度资金总额 | … | 分值 10 | 执行率 |
 * 得分 9.5): its points in the measure's column of the budget header (a header that also has 执行数 or 执行率), read
 * upward from the table's heading no further than the form's title line. Null when the form scores no such line.
 */
function budgetLineAbove(grid: Grid, headRow: number, measure: Measure): RelationTerm | null {
  for (let r = headRow - 1; r >= 1 && headRow - r <= 40; r--) {
    if (titlesAnotherForm(grid, r)) return null;
    let col = 0;
    let executed = false;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const role = budgetRole(grid.text(r, c));
      if (role === "executed" || role === "rate") executed = true;
      else if (role === measure) col = c;
    }
    if (!executed || !col) continue;
    for (let u = r + 1; u < headRow && u <= r + 3; u++) {
      const n = numberOrPointsAt(grid, u, col);
      if (n && !n.percent) return { ...n, label: "预算执行" };
    }
    return null;
  }
  return null;
}

/** (`stated(cell)`: an earlier source states a weight or score rollup at the cell) */
export function columnTotals(grid: Grid, stated: (cell: string) => boolean = () => false, headerRepeats: readonly number[] = []): RollupRelation[] {
  const out: RollupRelation[] = [];
  // (a closing line's label is some text cell's, its own or its merge's anchor's: a sheet with none CLOSING_LABEL reads
  // states no total, no line's label asked)
  if (!mentions(grid, CLOSING_LABEL)) return out;
  const labels = new RowLabels(grid);
  const repeats = headerRepeats.length ? new Set(headerRepeats) : null;
  for (let r = 2; r <= grid.rowCount; r++) {
    const labelCol = labels.colOf(r);
    if (!labelCol || !CLOSING_LABEL.test(grid.compactText(r, labelCol))) continue;
    for (let c = labelCol + 1; c <= grid.scanCols; c++) {
      // (nor a copy of the cell left of it, a merge filled across: "总分 | 100分 | 100分 …" states one total)
      if (!grid.ownsCell(r, c) || copiesLeft(grid, r, c)) continue;
      const total = numberOrPointsAt(grid, r, c);
      if (!total || total.percent) continue;
      // the column read up to its heading without building anything: a total an earlier source states (the
      // tree's 总分 rollups) is dropped, so its numbers are not read as terms; in either measure, for the tree reads
      // the heading beside the others (分数 after 分值 is the score, not a second weight)
      // (asked before the column is walked: the tree's 总分 under a 2,000-line table is not read up its lines again)
      if (stated(total.cell)) continue;
      const head = walkUp(grid, r, c, labels, null, repeats);
      if (!head.clean || !head.measure || head.count < 2) continue;
      const nums: NumberRef[] = [];
      const rows: number[] = [];
      const { measure, at } = walkUp(grid, r, c, labels, { nums, rows }, repeats);
      if (!measure) continue;
      const parts: RelationTerm[] = nums.map((n, k) => ({ ...n, label: labelLeft(grid, rows[k], c) }));
      if (doubleCounted(total.value, parts)) continue;
      parts.reverse();
      // a form that scores its budget execution above the table (a 总分 read by no indicator tree: a second form
      // stacked under the first): its 总分 is the budget line's points and the table's, unless the column alone adds up
      const budget = at !== undefined && !sumAgrees(total, parts).ok ? budgetLineAbove(grid, at, measure) : null;
      if (budget) parts.unshift(budget);
      out.push({
        kind: "rollup",
        id: `rollup:${measure}:total:${total.cell}`,
        measure,
        level: "total",
        block: "indicator-table",
        bound: "equal",
        label: "总分",
        total: { ...total, label: grid.compactText(r, labelCol) },
        parts,
      });
    }
  }
  return out;
}

export function mergedRollups(grid: Grid, headerRepeats: readonly number[] = []): RollupRelation[] {
  const out: RollupRelation[] = [];
  const headingOf = columnHeadings(grid);
  const { startOf, before } = continuedOverBreaks(grid, headerRepeats);
  /** the rollup of the group a number merged down (or its merge's span, undone) states, null where none */
  const over = (m: CellRange): RollupRelation | null => {
    const total = numberOrPointsAt(grid, m.r1, m.c1);
    if (!total || total.percent) return null;
    const measure = headingOf(m.r1, m.c1);
    if (!measure) return null;
    const from = startOf.get(m) ?? m.r1;
    for (let c = m.c2 + 1; c <= grid.scanCols; c++) {
      if (headingOf(m.r1, c) !== measure) continue;
      const parts: RelationTerm[] = [];
      let clean = true;
      for (let r = from; r <= m.r2; r++) {
        if (from < m.r1 && headerRepeats.includes(r)) continue;
        if (!grid.ownsCell(r, c)) {
          // a part merged beyond the group: the columns do not nest
          const pm = grid.mergeAt(r, c);
          if (pm && (pm.r1 < from || pm.r2 > m.r2)) clean = false;
          continue;
        }
        const t = grid.text(r, c);
        if (!t) continue;
        const n = numberOrPointsAt(grid, r, c);
        if (!n || n.percent) {
          clean = false;
          break;
        }
        parts.push({ ...n, label: labelLeft(grid, r, c) });
      }
      if (!clean || parts.length < 2 || doubleCounted(total.value, parts)) return null;
      const label = labelLeft(grid, m.r1, m.c1);
      return {
        kind: "rollup",
        id: `rollup:${measure}:group:${total.cell}`,
        measure,
        level: "group",
        block: "indicator-table",
        bound: "equal",
        label,
        total: { ...total, label },
        parts,
        ...(measure === "weight" ? { alsoAccept: [100] } : {}),
      };
    }
    return null;
  };
  for (const m of grid.merges) {
    if (m.r2 <= m.r1 || m.c2 > grid.scanCols) continue;
    // (the part of a group above a page break whose points are printed again, merged, under the repeated header:
    // read with that merge, as one group)
    if (before.has(`${m.r1}:${m.c1}`)) continue;
    const r = over(m);
    if (r) out.push(r);
  }
  // a sheet whose merges down are undone (or were never made): the spans its blanks say, where its numbers vouch
  // (the cell's number asked first: a column's headings are read, the whole column down, only where a cell of it that
  // a blank follows holds a number — both tests pure, joined by AND)
  for (const r of vouched(undoneSpans(grid, (r, c) => holdsNumberOrPoints(grid, r, c) && headingOf(r, c) !== null).map(over))) out.push(r);
  return out;
}

/**
 * A group's points printed again at a page break: a number merged down the lines right under a header line printed
 * again (`headerRepeats`) whose cell above that header holds the same number beside the same label (the group's points
 * on its lines before the break, merged or not). Returns, for each such merge, the first line of the group's points
 * above the break (`startOf`), and those cells' keys (`before`, `row:col`), read as one group with the merge.
 */
function continuedOverBreaks(grid: Grid, headerRepeats: readonly number[]): { startOf: Map<CellRange, number>; before: Set<string> } {
  const startOf = new Map<CellRange, number>();
  const before = new Set<string>();
  if (!headerRepeats.length) return { startOf, before };
  const repeats = new Set(headerRepeats);
  for (const m of grid.merges) {
    if (m.r2 <= m.r1 || m.c2 > grid.scanCols || !repeats.has(m.r1 - 1)) continue;
    const total = numberOrPointsAt(grid, m.r1, m.c1);
    if (!total || total.percent) continue;
    let p = m.r1 - 1;
    while (p > 1 && repeats.has(p)) p--;
    const a = grid.anchor(p, m.c1);
    if (a.col !== m.c1 || repeats.has(a.row)) continue;
    const prev = numberOrPointsAt(grid, a.row, m.c1);
    if (!prev || prev.value !== total.value) continue;
    const label = labelLeft(grid, m.r1, m.c1);
    if (!label || labelLeft(grid, a.row, m.c1) !== label) continue;
    startOf.set(m, a.row);
    before.add(`${a.row}:${m.c1}`);
  }
  return { startOf, before };
}

/**
 * The merges down of a sheet that has none, whose first cell `holds` a number: undoneSpans' spans (undone-spans.ts,
 * read once per grid and shared by mergedRollups and mergedAmountSums), each kept where its first cell holds (a pure
 * test, asked of the spans only, not of every cell over a blank), in their order (column by column, down each).
 */
function undoneSpans(grid: Grid, holds: (r: number, c: number) => boolean): CellRange[] {
  const spans = undoneSpanCandidates(grid);
  const out: CellRange[] = [];
  for (let i = 0; i < spans.length; i++) if (holds(spans[i].r1, spans[i].c1)) out.push(spans[i]);
  return out;
}

/** lines needed, and the share of them whose numbers must agree, before the spans of a column undone are read as merges */
const UNDONE_MIN_AGREE = 2;
const UNDONE_AGREE = 2 / 3;

/**
 * The relations of spans read from blanks (undoneSpans) that the sheet's numbers vouch for, per column of totals: two at
 * least agreeing, and two thirds of them — then every one, its slips found.
 */
function vouched<T extends SumRelation | RollupRelation>(found: (T | null)[]): T[] {
  const byCol = new Map<number, T[]>();
  for (const r of found) if (r) (byCol.get(r.total.col) ?? byCol.set(r.total.col, []).get(r.total.col)!).push(r);
  const out: T[] = [];
  for (const list of byCol.values()) {
    const agree = list.filter((r) => sumAgrees(r.total, r.parts).ok).length;
    if (agree >= UNDONE_MIN_AGREE && agree >= UNDONE_AGREE * list.length) out.push(...list);
  }
  return out;
}

/** A column headed as a total: 合计 / 小计 / 总计 (units stripped). */
const TOTAL_COLUMN_HEAD = /^(合计|小计|总计|合计金额|金额合计|资金合计|小计金额|合计资金)$/;
/** A column of amounts: its heading names money or a money unit (补助资金(万元), 分配金额, 奖补资金, 下达数). */
const AMOUNT_COLUMN_HEAD = /万元|\(元\)|资金|金额|补助|奖补|经费|投资|下达|分配|安排|拨付|数额/;
/** how far up a column its heading is looked for */
const AMOUNT_HEAD_ROWS = 12;

/** The nearest text above (r, c) in its column that is not a number (merges resolved), units kept. */
function headingAbove(grid: Grid, r: number, c: number): string {
  for (let u = r - 1; u >= Math.max(1, r - AMOUNT_HEAD_ROWS); u--) {
    const t = grid.compactText(u, c);
    if (t && !NUMBER_LIKE.test(t)) return t;
  }
  return "";
}


/** An amount as amountAt reads it (a number, or one with its unit fused in: "50万元"), else points ("10分"). */
const amountOrPointsAt = (grid: Grid, r: number, c: number): NumberRef | null => amountAt(grid, r, c) ?? pointsAt(grid, r, c);

/**
 * Subtotals merged down their detail rows in an amount column (an allocation table: each county's 合计 merged
 * down its towns' rows, "泉港区 | 100" over "前黄镇 | 50", "峰尾镇 | 50"): the merged number, under a 合计 / 小计
 * heading, equals the numbers of the one amount column to its right in the rows it spans. Bound "atMost" when the
 * merge reaches the sheet's last row (an excerpt cut there may have lost rows of the group).
 */
export function mergedAmountSums(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  /** the sum the number merged down (or its merge's span, undone) states, null where none */
  const over = (m: CellRange): SumRelation | null => {
    const total = amountOrPointsAt(grid, m.r1, m.c1);
    if (!total || total.percent) return null;
    const head = headingAbove(grid, m.r1, m.c1).replace(/\((万元|元)\)$/, "");
    if (!TOTAL_COLUMN_HEAD.test(head)) return null;
    // the columns right of it holding numbers in its rows: exactly one, headed as amounts
    let col = 0;
    let many = false;
    for (let c = m.c2 + 1; c <= grid.scanCols && !many; c++) {
      for (let r = m.r1; r <= m.r2; r++) {
        if (grid.startsInRow(r, c) && grid.text(r, c) && amountOrPointsAt(grid, r, c)) {
          if (col && col !== c) many = true;
          col = c;
          break;
        }
      }
    }
    if (!col || many || !AMOUNT_COLUMN_HEAD.test(headingAbove(grid, m.r1, col))) return null;
    const parts: RelationTerm[] = [];
    let clean = true;
    for (let r = m.r1; r <= m.r2 && clean; r++) {
      const pm = grid.mergeAt(r, col);
      // a part merged beyond the group: the columns do not nest
      if (pm && (pm.r1 < m.r1 || pm.r2 > m.r2)) clean = false;
      if (!grid.ownsCell(r, col) || !grid.text(r, col)) continue;
      const n = amountOrPointsAt(grid, r, col);
      if (!n || n.percent) clean = false;
      else parts.push({ ...n, label: lineName(grid, r, m.c2 + 1, col) || labelLeft(grid, r, col) });
    }
    if (!clean || parts.length < 2) return null;
    const label = labelLeft(grid, m.r1, m.c1) || head;
    return {
      kind: "sum",
      id: `sum:amount:${total.cell}`,
      measure: "amount",
      block: "amount-table",
      orientation: "rows",
      label,
      total: { ...total, label },
      parts,
      bound: m.r2 >= grid.rowCount ? "atMost" : "equal",
    };
  };
  for (const m of grid.merges) {
    if (m.r2 <= m.r1 || m.c1 !== m.c2 || m.c2 > grid.scanCols) continue;
    const r = over(m);
    if (r) out.push(r);
  }
  // a sheet whose merges down are undone (or were never made): the spans its blanks say, where its numbers vouch
  for (const r of vouched(undoneSpans(grid, (r, c) => !!amountOrPointsAt(grid, r, c)).map(over))) out.push(r);
  return out;
}
