import type { Grid } from "../grid/grid";
import type { NumberRef, SumRelation } from "../model/types";
import { amountAt } from "./cells";
import type { RowSpan } from "./blocks";
import { FUND_TOTAL_LABEL, LIST_NUMBER } from "./vocabulary";

/**
 * Numbering styles from the outermost to the innermost: 一、 > (一) > 1、 / 1. > (1) > ①. A sub-item is written in a
 * deeper style than the line it belongs to.
 */
const LEVELS: RegExp[] = [
  /^[一二三四五六七八九十]+[、.．]/,
  /^[(（][一二三四五六七八九十]+[)）]/,
  /^\d+[、.．](?!\d)/,
  /^[(（]\d+[)）]/,
  /^[①②③④⑤⑥⑦⑧⑨⑩]/,
];

/** A total line once its number is taken off: "财政拨款小计", "合计", "年度资金总额". */
const TOTAL_LINE = /(小计|合计|总计)$/;

/** list lines a group may skip between two of its entries (a blank or a remark line) */
const GAP_ROWS = 1;

interface Entry {
  row: number;
  level: number;
  label: string;
  total: boolean;
  amount: NumberRef;
  col: number;
}

/** The row's numbered label and its one amount to the right, or null. */
function entryOf(grid: Grid, r: number): Entry | null {
  let labelCol = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const raw = grid.raw(r, c);
    if (raw === null || raw === undefined || raw === "") continue;
    if (typeof raw !== "string") return null; // a number before the label: not a numbered list line
    labelCol = c;
    break;
  }
  if (!labelCol) return null;
  const text = grid.compactText(r, labelCol);
  const level = LEVELS.findIndex((re) => re.test(text));
  if (level < 0) return null;
  let amount: NumberRef | null = null;
  let col = 0;
  for (let c = labelCol + 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c) || grid.raw(r, c) === null || grid.raw(r, c) === "") continue;
    const n = amountAt(grid, r, c);
    if (!n || amount) return null; // text after the label, or two amounts: another kind of line
    amount = n;
    col = c;
  }
  if (!amount) return null;
  const label = text.replace(LIST_NUMBER, "").replace(/[:：]$/, "");
  return { row: r, level, label, total: TOTAL_LINE.test(label) || FUND_TOTAL_LABEL.test(label), amount, col };
}

/**
 * Fund lines numbered by level, one amount per line in one column, with no amount header over them (a Sichuan
 * 目标申报表's "(一)财政拨款小计 | 6.30" above "1、一般公共预算 | 6.30", "2、政府性基金 | 0.00"): a numbered 小计 /
 * 合计 line is the sum of the lines numbered one style deeper under it, up to the next line of its own style or an
 * outer one.
 */
export function numberedSubtotals(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  const run: Entry[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      const head = run[i];
      if (!head.total) continue;
      const parts: Entry[] = [];
      let childLevel = -1;
      for (let j = i + 1; j < run.length && run[j].level > head.level; j++) {
        if (childLevel < 0) childLevel = run[j].level;
        if (run[j].level === childLevel) parts.push(run[j]);
      }
      if (parts.length < 2) continue;
      out.push({
        kind: "sum",
        id: `sum:amount:${head.amount.cell}`,
        measure: "amount",
        block: "labelled-funds",
        orientation: "rows",
        label: head.label,
        total: { ...head.amount, label: head.label },
        parts: parts.map((p) => ({ ...p.amount, label: p.label })),
        bound: "equal",
      });
    }
    run.length = 0;
  };
  for (let r = 1; r <= grid.rowCount; r++) {
    if (skip && r >= skip.first && r <= skip.last) {
      flush();
      r = skip.last;
      continue;
    }
    const e = entryOf(grid, r);
    const last = run[run.length - 1];
    if (!e) {
      if (last && r - last.row > GAP_ROWS) flush();
      continue;
    }
    if (last && e.col !== last.col) flush();
    run.push(e);
  }
  flush();
  return out;
}
