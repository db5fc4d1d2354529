import type { Grid } from "../grid/grid";
import { numberAt } from "./cells";
import { LIST_AMOUNT_HEAD, LIST_HEAD_NOUN, NUMBERING_HEADER } from "./vocabulary";

/**
 * A numbered list of words under its head (hdr51, session 51): a 清单 / 一览表 whose values are text — 序号 | 主管部门 | 补贴项目 |
 * 政策级次 | 政策依据文件及文号 | 补贴对象 | 补助标准 | 申领流程 | 发放方式 | 发放时间 | 咨询电话 | 备注 over '1 | 市残联 | 燃油补助 |
 * 中央 | … | 260元/年/车 | … | 0358-2100403 | …' (a 一卡通 项目清单). No column holds a number a relation reads, so no amount,
 * score or count reader heads it; its head is still the table's head, read on three pieces of evidence together:
 * - the head line: a numbering head first (NUMBERING_HEADER, 序号 / 编号), then MIN_HEADS − 1 heads or more beside it, each a
 *   short word (at most MAX_HEAD characters, an ideograph, no digit; a blank column between them passed over), and most of
 *   them (HEAD_SHARE) naming what a column of a list holds (LIST_HEAD_NOUN: …部门, …项目, …对象, …标准, …时间, …电话, 备注);
 * - the numbering: the line right under the head is numbered 1 in the numbering column, the lines after it 2, 3, … ;
 * - the lines' width: each numbered line writes nothing outside the head's columns, fills most of them (LINE_SHARE) and names
 *   something (a cell with an ideograph besides its number).
 * A head naming money (LIST_AMOUNT_HEAD: 投资规模, 金额), a bare figure on a line, or a line of several cells running on right
 * under the last numbered one make it no list of words (a list of figures, or one running on unread).
 * Near shapes that are none: a prose sheet's stray line of short cells (no numbering head, or no line numbered 1 under it, or
 * a line of one long cell under it), a line of heads of another kind (年度 | 金额 …, no list nouns), a head whose line below
 * spreads past its columns or fills only its first cells (a form's label | value pairs under a line of labels). Read only for
 * a sheet of no family with no other table found: a list of amounts, scores or counts is the other readers'.
 */
/** rows searched for the head (as handling-lists.ts) */
const HEAD_ROWS = 60;
const MIN_HEADS = 5;
const MAX_HEAD = 12;
/** of the heads beside the numbering head, the share naming a list's column */
const HEAD_SHARE = 2 / 3;
/** of the head's columns, the share each numbered line fills */
const LINE_SHARE = 2 / 3;
const IDEOGRAPH = /[\u4e00-\u9fa5]/;

export interface WordList {
  headerRow: number;
  /** the numbered lines under the head */
  rows: number[];
}

/** The sheet's numbered list of words, or null. */
export function wordListHead(grid: Grid): WordList | null {
  const last = Math.min(grid.rowCount - 1, HEAD_ROWS);
  for (let r = 1; r <= last; r++) {
    const cols = headColumns(grid, r);
    if (!cols) continue;
    const rows = numberedLines(grid, r, cols);
    if (rows.length) return { headerRow: r, rows };
  }
  return null;
}

/** Row r as a list's head: its columns, the numbering head's first; null where it is none. */
function headColumns(grid: Grid, r: number): number[] | null {
  const cols: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) {
      // (a head merged over two columns: its columns are the head's)
      if (cols.length && grid.compactText(r, c)) cols.push(c);
      continue;
    }
    const t = grid.compactText(r, c);
    // (a blank column inside the list, blank on its lines too: passed over)
    if (!t) continue;
    if (!cols.length && !NUMBERING_HEADER.test(t)) return null;
    if (cols.length && (t.length > MAX_HEAD || /\d/.test(t) || !IDEOGRAPH.test(t) || LIST_AMOUNT_HEAD.test(t))) return null;
    cols.push(c);
  }
  const heads = cols.slice(1).filter((c) => grid.ownsCell(r, c));
  if (heads.length + 1 < MIN_HEADS) return null;
  const nouns = heads.filter((c) => LIST_HEAD_NOUN.test(grid.compactText(r, c))).length;
  return nouns >= HEAD_SHARE * heads.length ? cols : null;
}

/** The lines under the head numbered 1, 2, 3, … in its numbering column, each within its columns and filling most of them. */
function numberedLines(grid: Grid, head: number, cols: number[]): number[] {
  const seq = cols[0];
  const from = seq;
  const to = cols[cols.length - 1];
  const rows: number[] = [];
  for (let r = (grid.mergeAt(head, seq)?.r2 ?? head) + 1; r <= grid.rowCount; r++) {
    const n = grid.ownsCell(r, seq) ? numberAt(grid, r, seq) : null;
    if (!n || n.percent || n.value !== rows.length + 1) break;
    let filled = 0;
    let named = false;
    let outside = false;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (!t) continue;
      if (c < from || c > to) outside = true;
      else if (c !== seq) {
        // (a bare figure in a column: a list of figures, the amount and count readers' or left unread — none of words)
        if (numberAt(grid, r, c)) return [];
        filled++;
        if (IDEOGRAPH.test(t)) named = true;
      }
    }
    if (outside || !named || filled < LINE_SHARE * (cols.length - 1)) break;
    rows.push(r);
  }
  // (the list ends where its lines do: a line of several cells right under its last, unnumbered, is the list running on unread)
  const next = rows.length ? rows[rows.length - 1] + 1 : 0;
  if (next && next <= grid.rowCount) {
    let cells = 0;
    for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(next, c) && grid.compactText(next, c)) cells++;
    if (cells >= 2) return [];
  }
  return rows;
}
