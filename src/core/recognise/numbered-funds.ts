import type { Grid } from "../grid/grid";
import type { NumberRef, SumRelation } from "../model/types";
import { type CodeStyle, labelCode } from "../text/codes";
import { isNotApplicableText } from "../text/normalize";
import { amountAt, copiesAbove, copiesLeft, firstTextCol } from "./cells";
import { onlyACode } from "./cut-row";
import { columnMarkerLine } from "./column-markers";
import type { RowSpan } from "./blocks";
import { FUND_TOTAL_LABEL, LIST_NUMBER, TOTAL_LINE } from "./vocabulary";

/**
 * Numbering styles (text/codes.ts) by depth, from the outermost: 一、 > (一) > 1、 / 1. / 1) > (1) > ①. A sub-item
 * is written in a deeper style than the line it belongs to.
 */
const STYLE_LEVEL: Partial<Record<CodeStyle, number>> = { "cn-dun": 0, "cn-paren": 1, "ar-dun": 2, "ar-dot": 2, "ar-rparen": 2, "ar-paren": 3, circled: 4 };

/** The numbering level of a label (0 = 一、 … 4 = ①), or -1 for none. */
export function listLevel(label: string): number {
  const code = labelCode(label);
  return code ? (STYLE_LEVEL[code.style] ?? -1) : -1;
}


/**
 * A column of rates, not of amounts: a rate of change (增减率, 增长幅度, 百分比增减(%), 增减%) or any rate (执行率, 完成率(%)).
 * Its lines' rates do not add up to the total line's (a 總決算's 百分比增減 of each 歲入 line against 歲入合計's): no sum
 * is read down it. A share (占决算总额(%), 百分比 of a 合计) does add up, and stays.
 */
const RATE_COLUMN_HEAD = /(增、?减|增长|增加|减少|变动|变化)(率|幅度)|百分比增、?减|增、?减(百分比|%|\(%\))|率(\(%\)|%)?$/;
/** text lines above a list read for its columns' heads (the head's lines, a line of column markers passed over) */
const HEAD_ROWS = 3;

/** The head over column `col` of a list starting at `firstRow`: the first text above it (a line of column markers, (1) |
 * (2) | (3)=(2)-(1), passed over: the names are above it), within HEAD_ROWS lines; "" where none. */
function columnHead(grid: Grid, firstRow: number, col: number): string {
  for (let r = firstRow - 1, seen = 0; r >= 1 && seen < HEAD_ROWS; r--) {
    if (columnMarkerLine(grid, r)) continue;
    seen++;
    const text = grid.compactText(grid.anchorRow(r, col), grid.anchorCol(r, col));
    if (text && !amountAt(grid, r, col)) return text;
  }
  return "";
}

/** list lines a group may skip between two of its entries (a blank or a remark line) */
const GAP_ROWS = 1;

interface Entry {
  row: number;
  level: number;
  label: string;
  total: boolean;
  /** the amounts right of the label, left to right (null: a dash, no amount), and their columns ("3,5") */
  amounts: (NumberRef | null)[];
  cols: string;
}

/** The row's numbered label and the amounts to its right (every cell after the label a number), or null. */
function entryOf(grid: Grid, r: number): Entry | null {
  let labelCol = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const raw = grid.raw(r, c);
    if (raw === null || raw === undefined || raw === "") continue;
    if (typeof raw !== "string") return null; // a number before the label: not a numbered list line
    // (the label of the line above written again, a block's label merged down beside its lines and filled: 项目资金(万元)
    // on each fund line, as blank as the merge left it)
    if (copiesAbove(grid, r, c)) continue;
    labelCol = c;
    break;
  }
  if (!labelCol) return null;
  const text = grid.compactText(r, labelCol);
  const level = listLevel(text);
  if (level < 0) return null;
  const amounts: (NumberRef | null)[] = [];
  const cols: number[] = [];
  for (let c = labelCol + 1; c <= grid.scanCols; c++) {
    // (the label written again right of it, merged across to the amounts and filled: read once, at the label)
    if (!grid.ownsCell(r, c) || grid.raw(r, c) === null || grid.raw(r, c) === "" || copiesLeft(grid, r, c)) continue;
    const n = amountAt(grid, r, c);
    // a dash ("-", "—") where the list's other lines have an amount: no amount in that column, the line still one of the
    // list's (主计处's '6.公債及賒借收入 | - | 220,329 | -220,329' under 歲入合計: the column's amounts skip it)
    if (!n && !isNotApplicableText(grid.text(r, c))) return null; // text after the label: another kind of line
    amounts.push(n);
    cols.push(c);
  }
  if (!amounts.some((n) => n)) return null;
  const label = text.replace(LIST_NUMBER, "").replace(/[:：]$/, "");
  return { row: r, level, label, total: TOTAL_LINE.test(label) || FUND_TOTAL_LABEL.test(label), amounts, cols: cols.join(",") };
}

/**
 * Fund lines numbered by level, their amounts in the same columns, header or not (a Sichuan 目标申报表's
 * "(一)财政拨款小计 | 6.30" above "1、一般公共预算 | 6.30", "2、政府性基金 | 0.00"): a numbered 小计 / 合计 line is
 * the sum of the lines numbered one style deeper under it, up to the next line of its own style or an outer one,
 * column by column.
 */
export function numberedSubtotals(grid: Grid, skip: RowSpan | null): SumRelation[] {
  const out: SumRelation[] = [];
  const run: Entry[] = [];
  // the level of a bare list number the sheet ends in right under the run ('9.' alone on the last line: the excerpt stops
  // after it), else -1 (its level read as a label's: the number with a name cut after it)
  let cutLevel = -1;
  const flush = () => {
    // (the columns of rates: no sum down them; asked once per list, and only of a list with a total that adds up lines)
    let rateCols: Set<number> | null = null;
    const rateColumns = (): Set<number> => {
      if (rateCols) return rateCols;
      rateCols = new Set<number>();
      for (const k of run[0].cols.split(",")) if (RATE_COLUMN_HEAD.test(columnHead(grid, run[0].row, Number(k)))) rateCols.add(Number(k));
      return rateCols;
    };
    for (let i = 0; i < run.length; i++) {
      const head = run[i];
      if (!head.total) continue;
      const parts: Entry[] = [];
      let childLevel = -1;
      let j = i + 1;
      for (; j < run.length && run[j].level > head.level; j++) {
        if (childLevel < 0) childLevel = run[j].level;
        if (run[j].level === childLevel) parts.push(run[j]);
      }
      if (parts.length < 2) continue;
      // (its lines run to the cut, and the bare number is one of them, deeper than the total: the lines after it are
      // not on the sheet, so those read only bound the total)
      const cut = j === run.length && cutLevel > head.level;
      head.amounts.forEach((total, k) => {
        // (a dash on the total's line states no total in that column; a dash on a part's line, no part)
        if (!total || rateColumns().has(total.col)) return;
        out.push({
          kind: "sum",
          id: `sum:amount:${total.cell}`,
          measure: "amount",
          block: "labelled-funds",
          orientation: "rows",
          label: head.label,
          total: { ...total, label: head.label },
          parts: parts.flatMap((p) => { const n = p.amounts[k]; return n ? [{ ...n, label: p.label }] : []; }),
          bound: cut ? "atMost" : "equal",
          group: `numbered:${head.row}`,
          preferred: k === 0,
        });
      });
    }
    run.length = 0;
    cutLevel = -1;
  };
  const lastLine = grid.lastContentRow();
  for (let r = 1; r <= grid.rowCount; r++) {
    if (skip && r >= skip.first && r <= skip.last) {
      flush();
      r = skip.last;
      continue;
    }
    const e = entryOf(grid, r);
    const last = run[run.length - 1];
    if (!e) {
      if (last && r === lastLine && r - last.row <= GAP_ROWS + 1 && onlyACode(grid, r)) cutLevel = listLevel(grid.compactText(r, firstTextCol(grid, r)) + "…");
      if (last && r - last.row > GAP_ROWS) flush();
      continue;
    }
    if (last && e.cols !== last.cols) flush(); // a list keeps its amount columns
    run.push(e);
  }
  flush();
  return out;
}
