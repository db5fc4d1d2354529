import type { Cell, Grid } from "../grid/grid";
import type { HeaderMap } from "./table-header";
import type { TableWalk } from "./table-walk";
import { readNumber } from "../text/numbers";
import { COMPLETION_STATES, LINE_NOTE, REMARK_HEADER, SIDE_HEADER, SIDE_NOTE_HEADER, STATES_POINTS } from "./vocabulary";

/**
 * Side columns of an indicator table: a column right of the items' names that the header gives no role, headed by a
 * side column's word (备注, 说明, 考核方式, 责任单位, 牵头单位, 数据来源, 佐证材料 …: SIDE_HEADER) or holding text only,
 * and stating no points anywhere under the header (no number, no "2分", no 扣分: a column that does is a rule's or a
 * score's, whatever its heading). A note's column (备注, 说明, 佐证材料: SIDE_NOTE_HEADER) may hold bare numbers: the page
 * a line's evidence is on.
 *
 * What such a column says is said beside a line: a group's label line with 查阅资料 or 县水利局 in its 考核方式 or 责任单位
 * cell is a label line still, an item with a note an item, a 合计 line a total. `withoutSideCells` gives the grid with
 * those cells cleared on the table's lines (the header's own word kept, and so its repeats at a page break), for the
 * sheet to be read from: no recogniser then counts them as a line's content.
 */
export function sideColumns(grid: Grid, header: HeaderMap, walk: TableWalk): number[] {
  const cols = header.columns;
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  if (nameCol === undefined || header.inferred) return [];
  const taken = new Set<number>(Object.values(cols).filter((c): c is number => c !== undefined));
  for (const c of [header.codeCol, header.thresholdCol, header.thirdLevelCol, header.groupPointsCol]) if (c !== undefined) taken.add(c);
  const last = tableEnd(walk);
  const out: number[] = [];
  const sub = subHeaderLine(grid, header, cols);
  for (let c = nameCol + 1; c <= grid.scanCols; c++) {
    if (taken.has(c)) continue;
    // (a column its header names on the line under it, merges undone: 偏差原因分析 | blank over 经费保障 | 制度保障)
    if (sub && SUB_HEADER_WORD.test(grid.compactText(sub, c))) continue;
    const head = headerWord(grid, header, c);
    const named = SIDE_HEADER.test(head);
    // (an unknown word over it: a column of the table's own the header does not name, whatever its cells hold)
    if (!named && head) continue;
    const numbers = named && SIDE_NOTE_HEADER.test(head);
    let filled = 0;
    let states = 0;
    let side = true;
    for (let r = header.headerRow + 1; r <= last && side; r++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (!t || t === head) continue;
      filled++;
      if (typeof grid.raw(r, c) === "number" || BARE_NUMBER.test(t)) side = numbers;
      else if (STATES_POINTS.test(t)) side = false;
      else if (COMPLETION_STATES.some(([, re]) => re.test(t))) states++;
    }
    // (a column noting each line's state, 超额完成 / 已完成 on most lines, is read: its notes relate to the lines' rates,
    // completion-notes.ts)
    if (side && filled && !(states >= 2 && states * 2 >= filled)) out.push(c);
  }
  return out;
}

/** The grid with the side columns' cells cleared on the table's lines, or null where the table has no side column. */
export function withoutSideCells(grid: Grid, header: HeaderMap, walk: TableWalk): Grid | null {
  const side = sideColumns(grid, header, walk);
  if (!side.length) return null;
  const last = tableEnd(walk);
  const edits: { cell: string; value: Cell | null }[] = [];
  for (const c of side) {
    const head = headerWord(grid, header, c);
    for (let r = header.headerRow + 1; r <= last; r++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (t && t !== head) edits.push({ cell: grid.addr(r, c), value: null });
    }
  }
  return edits.length ? grid.withCells(edits) : null;
}

/** A short word naming a sub-column (经费保障, 确定能, 其他): no digit, no sentence. */
const SUB_HEADER_WORD = /^[^\d\s，。；：,.;:]{1,8}$/;

/**
 * The line under a header read as one line that names sub-columns (merges undone, the two-line header's lower line
 * lost its merged cells above): no text in any level column nor the items' names, short words in two cells or more
 * right of the names, nothing a line of the table holds (a number, a mark). 0 when there is none.
 */
function subHeaderLine(grid: Grid, header: HeaderMap, cols: HeaderMap["columns"]): number {
  const r = header.headerRow + 1;
  if (r > grid.rowCount) return 0;
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  for (const c of [cols.level1, cols.level2, cols.level3, nameCol]) if (c !== undefined && grid.compactText(r, c)) return 0;
  let words = 0;
  for (let c = nameCol! + 1; c <= grid.scanCols; c++) {
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (!SUB_HEADER_WORD.test(t)) return 0;
    words++;
  }
  return words >= 2 ? r : 0;
}

/** A number as a note writes it (3, "12", "P3"): a page, never points. */
const BARE_NUMBER = /^[Pp第]?\d{1,4}页?$/;

/** The table's last line: the one above its closing line, or the last one the walk read. */
function tableEnd(walk: TableWalk): number {
  return walk.closingRow !== null ? walk.closingRow - 1 : walk.lastRow;
}

/** The header's word over a column (its lowest line naming it, merged cells read at their anchor). */
function headerWord(grid: Grid, header: HeaderMap, c: number): string {
  for (let r = header.headerRow; r >= header.firstHeaderRow; r--) {
    const a = grid.anchor(r, c);
    const t = grid.compactText(a.row, a.col);
    if (t) return t;
  }
  return "";
}

/**
 * The remarks columns of any table, its indicators' or a list of amounts': a 备注 heading (REMARK_HEADER) on a header's
 * line, two names at least left of it. What is written under it is said beside a line ("见附件2", a date "2024.6", the
 * page "3"), never an amount, a part or a total of the table, nor a line's content. `withoutRemarks` gives the grid with
 * those cells cleared below the heading (the heading kept, and so its repeats at a page break) — except a column whose
 * cells state points (扣2分: a rule's) or note each line's completion state (超额完成 / 已完成 on most lines, read by
 * completion-notes.ts), and a column of numbers only (no note in it: a column of the table's own, whatever its name).
 * Null where no column is cleared.
 */
export function withoutRemarks(grid: Grid): Grid | null {
  if (!grid.hasText("备注") && !grid.hasText("附注")) return null;
  const { start, cols } = grid.textCells();
  const done = new Set<number>();
  const edits: { cell: string; value: Cell | null }[] = [];
  for (let r = 1; r < grid.rowCount; r++) {
    for (let k = start[r] + 1; k < start[r + 1]; k++) {
      const c = cols[k];
      const head = grid.compactText(r, c);
      if (done.has(c) || !REMARK_HEADER.test(head)) continue;
      // (one name left of it: the heading closes its line and the lines under it are wider than that head line, a
      // header whose other heads were lost (绩效等级 | 备注 over 分值 | 得分 | 等级 | note), not a form's 备注 field)
      if (k === start[r] + 1 && (k !== start[r + 1] - 1 || !widerBelow(grid, r, c, start, cols))) continue;
      done.add(c);
      const cells: string[] = [];
      let filled = 0;
      let states = 0;
      let notes = 0;
      let keep = false;
      // (the heading's repeats at a page break, read as it is)
      const repeats: string[] = [];
      for (let rr = r + 1; rr <= grid.rowCount && !keep; rr++) {
        // (the table ends at a line across the column from its left, a block's title or a form's field, or at another
        // header: words only, three or more, one of them over this column)
        const m = grid.mergeAt(rr, c);
        if (m && m.c1 < c) break;
        if (!grid.ownsCell(rr, c)) continue;
        const t = grid.compactText(rr, c);
        if (!t) continue;
        if (t === head) {
          repeats.push(grid.addr(rr, c));
          continue;
        }
        // (a second table's head line under the first's, its words left of this column, goes on where what it holds
        // in this column is a note beside it, 见附件2 / 按计划实施 / a date (LINE_NOTE, a number: no header): the
        // column's note on that line, never a head of the second table)
        if (!LINE_NOTE.test(t) && otherHeader(grid, rr, start, cols)) break;
        filled++;
        cells.push(grid.addr(rr, c));
        if (STATES_POINTS.test(t)) keep = true;
        else if (COMPLETION_STATES.some(([, re]) => re.test(t))) states++;
        if (typeof grid.raw(rr, c) !== "number" && readNumber(t) === null) notes++;
      }
      if (keep || !notes || (states >= 2 && states * 2 >= filled)) continue;
      for (const cell of cells) edits.push({ cell, value: null });
      // (its heading, and its repeats, in the word every reader knows: 附注 / 备注栏 read as 备注, as the lists of words
      // beside a table's heads name it)
      if (head !== "备注") for (const cell of [grid.addr(r, c), ...repeats]) edits.push({ cell, value: { v: "备注" } });
    }
  }
  return edits.length ? grid.withCells(edits) : null;
}

/**
 * The two filled lines under a head line of two texts, ending at column `c`, each hold a text in `c` and two texts
 * or more left of it: the table under it is wider than its head line.
 */
function widerBelow(grid: Grid, r: number, c: number, start: Int32Array, cols: Int32Array): boolean {
  let seen = 0;
  for (let rr = r + 1; rr <= grid.rowCount && seen < 2; rr++) {
    if (start[rr + 1] === start[rr]) continue;
    let left = 0;
    let own = false;
    for (let k = start[rr]; k < start[rr + 1]; k++) {
      if (cols[k] < c) left++;
      else if (cols[k] === c) own = true;
    }
    if (!own || left < 2) return false;
    seen++;
  }
  return seen === 2;
}

/** A line of three words or more and no number: a header's (its texts are the cells textCells lists). */
function otherHeader(grid: Grid, r: number, start: Int32Array, cols: Int32Array): boolean {
  if (start[r + 1] - start[r] < 3) return false;
  for (let k = start[r]; k < start[r + 1]; k++) if (typeof grid.raw(r, cols[k]) === "number" || readNumber(grid.compactText(r, cols[k])) !== null) return false;
  return true;
}
