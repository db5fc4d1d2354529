import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { groupWeightInLabel, weightInLabel } from "../text/labels";
import { indicatorRole } from "./headers";
import { isClosingRow } from "./table-closing";
import { pointsAt } from "./cells";
import type { HeaderMap } from "./table-header";
import { CODE_HEADER, INTERVAL_HEADER, SCAN } from "./vocabulary";

/**
 * A rubric of tier lines with a column of score ranges (项目 | 内容 | 评分指标 | 区间 | 评分): each item names its points in
 * its label ('粮食播种面积(5分)'), merged down its tier lines; each tier line states its condition ('完成计划任务100%') and,
 * in the 区间 column, the points it earns ('5-3', '3', '2-0'). The tiers are the item's rule, not items; the ranges are
 * the rule's awards, not weights or scores.
 */

/** items stating their points, each over tier lines of its own, before the table is read so */
const MIN_ITEMS = 2;
/** range cells reading as points (a range or a number) */
const MIN_RANGES = 2;

/** a score range's cell (compact text): '5-3', '2-0', '3~5', '0—2', '9-10分'; either end first */
const SCORE_RANGE = /^(\d+(?:\.\d+)?)分?[~～\-—–至](\d+(?:\.\d+)?)分?$/;
/** one number of points: '3', '0', '10分' */
const SCORE_POINT = /^(\d+(?:\.\d+)?)分?$/;

/**
 * Under the header line `row`: items stating their points in their labels (column `item`) or, where the table has one, in
 * the points column `points` on their own line (项目 | 分值 | 评分标准 | 评分区间), each over tier lines of its own
 * (its cell merged down them or left blank, a condition in column `tier`), MIN_ITEMS at least, and MIN_RANGES cells of
 * column `range` reading as points (a range or a number) — an interval rubric's lines.
 */
function itemsOverTiers(grid: Grid, row: number, item: number, tier: number, range: number, points?: number): boolean {
  let items = 0;
  let ranges = 0;
  let open = false;
  let tiered = false;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    if (isClosingRow(grid, r)) break;
    if (!grid.rowHasContent(r)) continue;
    if (grid.startsInRow(r, item) && grid.text(r, item)) {
      if (open && tiered) items++;
      open = labelPoints(grid.text(r, item)) !== null || (points !== undefined && grid.startsInRow(r, points) && pointsAt(grid, r, points) !== null);
      tiered = false;
    } else if (open && grid.text(r, tier)) tiered = true;
    const t = grid.ownsCell(r, range) ? grid.compactText(r, range) : "";
    if (t && scoreRange(t)) ranges++;
  }
  if (open && tiered) items++;
  return items >= MIN_ITEMS && ranges >= MIN_RANGES;
}

/**
 * A header read from its words (一级指标 | 二级指标 | 评分标准 | 区间 | 得分, 考核项目 | 考核内容 | 评分标准 | 评分区间 | 得分) over an
 * interval rubric's lines: its rule column, right before the 区间 column, is the tiers' — each tier line a grade of the
 * item above it (thresholdCol), no item of its own. The header unchanged otherwise.
 */
export function withIntervalTiers(grid: Grid, header: HeaderMap): HeaderMap {
  const cols = header.columns;
  const item = cols.level3 ?? cols.level2 ?? cols.level1;
  if (header.thresholdCol !== undefined || item === undefined || cols.rubric === undefined || cols.rubric <= item) return header;
  const range = intervalColumn(grid, header.headerRow, cols.rubric);
  if (range !== null) return itemsOverTiers(grid, header.headerRow, item, cols.rubric, range, cols.weight) ? { ...header, thresholdCol: cols.rubric, tierRangeCol: range } : header;
  // (or the points column right after the rule holding each tier's range, 评分标准 | 分值 with '5-3', '2-0' on the tier lines:
  // no item's weight — the items' points are in their labels — but the tiers' awards)
  const w = cols.weight;
  if (w !== cols.rubric + 1 || twoEndedRanges(grid, header.headerRow, w) < MIN_RANGES || !itemsOverTiers(grid, header.headerRow, item, cols.rubric, w)) return header;
  const columns = { ...cols };
  delete columns.weight;
  return { ...header, columns, roleCount: Object.keys(columns).length, thresholdCol: cols.rubric, tierRangeCol: w };
}

/** Cells of column `col` under the header line `row` reading as a range of points with two different ends ('5-3', '2-0'). */
function twoEndedRanges(grid: Grid, row: number, col: number): number {
  let n = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    if (!grid.ownsCell(r, col)) continue;
    const t = grid.compactText(r, col);
    const range = t && SCORE_RANGE.test(t) ? scoreRange(t) : null;
    if (range && range.low < range.high) n++;
  }
  return n;
}

/** The points a range cell's text awards at most and at least ('5-3' → 5 and 3), or null where it reads as neither a range nor a number. */
export function scoreRange(text: string): { low: number; high: number } | null {
  const m = SCORE_RANGE.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return { low: Math.min(a, b), high: Math.max(a, b) };
  }
  const p = SCORE_POINT.exec(text);
  return p ? { low: Number(p[1]), high: Number(p[1]) } : null;
}

/** An item's points in its label: bracketed ('(5分)') or fused at its end ('结构调整情况5分'). */
export function labelPoints(label: string): number | null {
  return weightInLabel(label) ?? groupWeightInLabel(label);
}

export function intervalRubricHeader(grid: Grid, row: number): HeaderMap | null {
  const text = (c: number) => (grid.ownsCell(row, c) ? grid.compactText(row, c) : "");
  let range: number | undefined;
  for (let c = 3; c <= grid.scanCols && range === undefined; c++) if (INTERVAL_HEADER.test(text(c))) range = c;
  if (range === undefined) return null;
  // the tiers' column right before the ranges; the names left of it, the items nearest, their groups left of them
  const tier = range - 1;
  const role = (c: number) => (grid.ownsCell(row, c) ? indicatorRole(grid.text(row, c)) : null);
  if (!text(tier) || role(tier) === "weight" || role(tier) === "score") return null;
  const names: number[] = [];
  for (let c = tier - 1; c >= 1 && names.length < 2; c--) {
    const t = text(c);
    if (!t || CODE_HEADER.test(t)) continue;
    if (role(c) === "weight" || role(c) === "score") return null;
    names.push(c);
  }
  if (!names.length) return null;
  const [item, group] = names;
  let score: number | undefined;
  for (let c = range + 1; c <= grid.scanCols && score === undefined; c++) if (role(c) === "score") score = c;
  if (!itemsOverTiers(grid, row, item, tier, range)) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level2: item, rubric: tier };
  if (group !== undefined) columns.level1 = group;
  if (score !== undefined) columns.score = score;
  return { headerRow: row, firstHeaderRow: row, columns, roleCount: Object.keys(columns).length, thresholdCol: tier, tierRangeCol: range };
}

/**
 * The 区间 column of an interval rubric whose header's last line is `headerRow` and whose tiers' column is `tierCol`: the
 * column right of the tiers headed by a range word (INTERVAL_HEADER), or null.
 */
export function intervalColumn(grid: Grid, headerRow: number | null, tierCol: number | undefined): number | null {
  if (headerRow === null || tierCol === undefined || tierCol + 1 > grid.scanCols) return null;
  const c = tierCol + 1;
  return grid.ownsCell(headerRow, c) && INTERVAL_HEADER.test(grid.compactText(headerRow, c)) ? c : null;
}

/** A tier line's range as read: its cell, and the points it earns at most and at least. */
export interface TierRange {
  cell: string;
  text: string;
  low: number;
  high: number;
}

/**
 * The ranges the tier lines of the item on line `row` state in column `rangeCol`: its own line and the lines under it up to
 * the next label (a text starting in the item's column or a group column left of it, other than the item's own written
 * again) or the table's closing line. `blank` counts the tier lines (a condition in `tierCol`) whose range cell is empty or
 * reads as no points: their award unknown.
 */
export function itemTierRanges(grid: Grid, row: number, nameCols: readonly number[], tierCol: number, rangeCol: number): { ranges: TierRange[]; blank: number } {
  const ranges: TierRange[] = [];
  let blank = 0;
  for (let r = row; r <= grid.rowCount; r++) {
    if (r > row && (isClosingRow(grid, r) || nameCols.some((c) => grid.startsInRow(r, c) && grid.text(r, c) !== "" && grid.compactText(r, c) !== grid.compactText(row, c)))) break;
    const t = grid.ownsCell(r, rangeCol) ? grid.compactText(r, rangeCol) : "";
    const range = t ? scoreRange(t) : null;
    if (range) ranges.push({ cell: grid.addr(r, rangeCol), text: t, ...range });
    else if (grid.text(r, tierCol)) blank++;
  }
  return { ranges, blank };
}
