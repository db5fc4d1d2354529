import type { Grid } from "../grid/grid";
import { isPercentFormat } from "../text/numbers";
import { groupWeightInLabel } from "../text/labels";
import { isClosingRow } from "./table-closing";
import { NOTE_LINE, REVIEW_SIGN_OFF, SIGN_OFF_LABEL } from "./vocabulary";

/**
 * A weight-worded column that holds the whole table's share of a wider total, not its lines' points (dev45, session 45):
 * 考评内容 | 考评要点 | 计入总分权重 with '10%' on the first line, merged down the table (or on the first line alone, or the same
 * on every line), beside labels that state their own points ('工作推进机制 (26分)', '基层示范创建 (12分)'). One share for
 * every line says what the assessment weighs in the total it is counted into (计入总分权重, 折算比例, 占总分比重, 权重 %);
 * lines weighted by it would all weigh the same, against the points their labels print.
 *
 * Read where the column under its head holds one value only, a percentage, standing for two lines at least (merged over
 * them, or left blank / written again under it), and two lines at least state their points in a name cell left of it. A
 * 权重 column of percentages that differ (20% | 30% | 50%), or of one value without pointed labels (five items at 20%), is
 * the lines' weights as before. Reads the column once, down to the table's closing line (at most SCAN_ROWS lines), the
 * column's cell first on each line: a column of points stops on its first line.
 */
export function wholeShareColumn(grid: Grid, headRow: number, col: number, nameCols: number[]): boolean {
  let value: string | null = null;
  /** lines the one value stands for: its merge's, its blanks', its copies' */
  let lines = 0;
  let pointed = 0;
  const last = Math.min(grid.rowCount, headRow + SCAN_ROWS);
  for (let r = headRow + 1; r <= last; r++) {
    if (!grid.rowHasContent(r) && !grid.mergeAt(r, col)) continue;
    // (the signature lines under the page, 填表人： | 张三 | 审核人： …: no lines of the table, whatever their cells hold)
    const first = grid.compactText(r, grid.firstTextCell(r) || 1);
    if (SIGN_OFF_LABEL.test(first) || REVIEW_SIGN_OFF.test(first)) break;
    // (the column's cell first: most weight columns show points on their first line, and the reading stops there)
    const t = grid.startsInRow(r, col) ? grid.compactText(r, col) : "";
    if (t && value === null) {
      const raw = grid.raw(r, col);
      if (!(PERCENT.test(t) || (typeof raw === "number" && isPercentFormat(grid.format(r, col))))) return false;
      value = t;
    } else if (t && t !== value) return false;
    if (isClosingRow(grid, r)) {
      // (a note between the lines, 注：…, is no end of them)
      if (NOTE_LINE.test(grid.compactText(r, grid.firstTextCell(r)))) continue;
      break;
    }
    // (under the value's merge, blank under it, or the same again)
    if (value !== null) lines++;
    for (const c of nameCols) if (c < col && grid.startsInRow(r, c) && groupWeightInLabel(grid.text(r, c)) !== null) pointed++;
  }
  return value !== null && lines >= 2 && pointed >= 2;
}

/** a percentage written as text: '10%' */
const PERCENT = /^\d+(?:\.\d+)?%$/;

/** how far down a share column is read */
const SCAN_ROWS = 200;
