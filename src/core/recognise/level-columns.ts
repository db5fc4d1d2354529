import type { Grid } from "../grid/grid";
import type { NumberRef, SumRelation } from "../model/types";
import { sumAgrees } from "../relations/tolerance";
import { amountAt } from "./cells";
import { CHANGE_HEAD, CURRENT_PERIOD_BUDGET_HEADER, EARLIER_PERIOD_HEADER } from "./vocabulary";

/**
 * A budget whose lines are placed by level columns (台灣's 款 | 項 | 目 | 節: 主計處's 歲出機關別 / 政事別預算表, a city's
 * 歲入來源別預算表, in whatever order an export sets them): each line prints its number in the column of its level, and
 * a line's amounts are the sums of the lines of the next level down under it (款 5 司法支出 over 項 1 司法院 over 目 1
 * 一般行政, 目 2 …). A line is closed by the next line of its level or a higher one: its lines are all seen, and its
 * amounts must equal theirs. A line still open where the list stops (the sheet's end, a line with amounts and no level
 * number: a cut line, a total) may have more lines past the stop: its amounts bound theirs (at least their sum), where
 * none is negative and the column is no change column (本年度與上年度比較: a line past the stop may have fallen).
 * Summed: the money columns (本年度預算數, 上年度預算數, 前年度決算數, 金額 …) and the change column.
 * Nothing without three of the four level words in one header line, each alone in its cell (two, 項 | 目, may be 項目
 * split over two cells); kept when half the equalities at least hold. Linear in the lines.
 */

/** the level words, highest first */
const LEVEL_WORDS = ["款", "项", "目", "节"];
/** level words a header line must hold */
const MIN_LEVEL_WORDS = 3;
/** rows searched for the header line */
const HEADER_ROWS = 40;
const AGREE = 1 / 2;
/** a line's number in its level's column (款 23, 項 1) */
const LEVEL_NUMBER = /^\d{1,3}$/;
/** a money column's head: a budget, an earlier period's figure, an amount */
const MONEY_HEAD = /预算数|决算数|预算金额|^金额/;
/** the lines' names' head (名稱及編號, 科目名稱及編號, 名稱) */
const NAME_HEAD = /名称/;

interface Line {
  row: number;
  level: number;
  amounts: Map<number, NumberRef>;
  children: Line[];
  open: boolean;
}

export function levelColumnSums(grid: Grid, skip: { first: number; last: number } | null): SumRelation[] {
  const head = levelHeader(grid, skip);
  if (!head) return [];
  const { row: h, levels, money, signed, name } = head;
  const cols = [...money, ...signed];
  const stack: Line[] = [];
  const all: Line[] = [];
  for (let r = h + 1; r <= grid.rowCount; r++) {
    if (skip && r >= skip.first && r <= skip.last) break;
    if (!grid.rowHasContent(r)) continue;
    let level = -1;
    let twice = false;
    for (const [c, l] of levels) {
      if (!grid.ownsCell(r, c) || !LEVEL_NUMBER.test(grid.compactText(r, c))) continue;
      if (level >= 0) twice = true;
      level = l;
    }
    const amounts = new Map<number, NumberRef>();
    for (const c of cols) {
      const n = grid.ownsCell(r, c) && grid.compactText(r, c) ? amountAt(grid, r, c) : null;
      if (n && !n.percent) amounts.set(c, n);
    }
    if (twice) break;
    if (level < 0) {
      // (a line of amounts with no level number after the list's lines: a cut line, a total; the list stops there)
      if (all.length && amounts.size) break;
      continue;
    }
    const line: Line = { row: r, level, amounts, children: [], open: true };
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop()!.open = false;
    if (stack.length) stack[stack.length - 1].children.push(line);
    stack.push(line);
    all.push(line);
  }
  const out: SumRelation[] = [];
  let equal = 0;
  let agree = 0;
  for (const line of all) {
    if (!line.children.length) continue;
    for (const c of cols) {
      const total = line.amounts.get(c);
      if (!total) continue;
      const parts = line.children.flatMap((x) => (x.amounts.has(c) ? [x.amounts.get(c)!] : []));
      if (!parts.length) continue;
      const label = lineName(grid, line.row, levels, name);
      if (line.open) {
        // (a bound holds only for amounts that do not take away: no change column, no negative — the 10-digit 編號
        // lines between 主計處's head and its lines read as numbers, so signed-columns.ts does not see the head)
        if (signed.includes(c) || total.value < 0 || parts.some((p) => p.value < 0)) continue;
      } else {
        equal++;
        if (sumAgrees(total, parts).ok) agree++;
      }
      out.push({
        kind: "sum",
        id: `sum:amount:${total.cell}`,
        measure: "amount",
        block: "amount-table",
        orientation: "rows",
        label,
        total: { ...total, label },
        parts: line.children.flatMap((x) => (x.amounts.has(c) ? [{ ...x.amounts.get(c)!, label: lineName(grid, x.row, levels, name) }] : [])),
        bound: line.open ? "atMost" : "equal",
        group: `levels:${line.row}`,
      });
    }
  }
  return equal && agree < AGREE * equal ? [] : out;
}

/**
 * The header line naming the level columns (款 | 項 | 目 | 節, three of them at least, each alone in its cell) and the
 * columns to sum, read on that line or above it (a head merged down over both header lines, 本年度預算數 over 款 | 項 …).
 */
function levelHeader(grid: Grid, skip: { first: number; last: number } | null): { row: number; levels: Map<number, number>; money: number[]; signed: number[]; name: number } | null {
  const last = Math.min(grid.rowCount - 1, HEADER_ROWS);
  for (let r = 1; r <= last; r++) {
    if (skip && r >= skip.first && r <= skip.last) continue;
    const levels = new Map<number, number>();
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const l = LEVEL_WORDS.indexOf(grid.compactText(r, c));
      if (l >= 0 && ![...levels.values()].includes(l)) levels.set(c, l);
    }
    if (levels.size < MIN_LEVEL_WORDS) continue;
    const money: number[] = [];
    const signed: number[] = [];
    let name = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (levels.has(c)) continue;
      let text = grid.compactText(grid.anchorRow(r, c), c);
      if (!text && r > 1 && grid.anchorCol(r - 1, c) === c) text = grid.compactText(grid.anchorRow(r - 1, c), c);
      if (!text || grid.anchorCol(r, c) !== c) continue;
      if (!name && NAME_HEAD.test(text)) name = c;
      else if (CHANGE_HEAD.test(text)) signed.push(c);
      else if (MONEY_HEAD.test(text) || CURRENT_PERIOD_BUDGET_HEADER.test(text) || EARLIER_PERIOD_HEADER.test(text)) money.push(c);
    }
    if (money.length) return { row: r, levels, money, signed, name };
  }
  return null;
}

/** The line's name: its text in the names' column (名稱及編號), else its first text that is no level number and no amount. */
function lineName(grid: Grid, r: number, levels: Map<number, number>, name: number): string {
  if (name && grid.ownsCell(r, name) && grid.compactText(r, name)) return grid.compactText(r, name);
  for (let c = 1; c <= grid.scanCols; c++) {
    if (levels.has(c) || !grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (t && !amountAt(grid, r, c)) return t;
  }
  return "";
}
