import type { Grid } from "../grid/grid";
import type { RelationTerm } from "../model/types";
import { copiesAbove, NUMBER_LIKE } from "./cells";

/**
 * Which lines each total of an allocation table with nested 小计 lines covers (衛福部 前瞻 分配表: agencies' lines under a
 * sub-plan, its 小計 written in the agency column; two sub-plans' 小計 under an area's 城鄉建設小計 written in the
 * sub-plan column; lines of their own under no 小計; the 合計 at the foot over all of it).
 *
 * A closing total's walk up its column (blocks.ts closingTotals) gives the lines between the total and its list's head,
 * some of them 小计 lines. Read top-down, as the table nests:
 *  - a 小计's level is the column its word is written in (the first of the label columns that holds it): a 小计 written
 *    further left totals a larger group (城鄉建設小計 in the plan column over the 小計s in the agency column); the 合计
 *    closing the walk is above every 小计;
 *  - a total covers the lines above it up to the last total of its level or above (the 小计 before it in its column),
 *    and not past the line that opens its group: a label in a column left of the total's own, written once over the
 *    group's lines down to the total (merged down, filled down as copies, or left blank under it), two lines of the
 *    group at least above the total unless merged — the sub-plan 加速推動地方創生 merged over its agencies and its 小計;
 *  - a total's parts are the lines it covers that no 小计 among them covers already: its 小计s and its own loose lines.
 * So a 合计 over 小计s alone adds the 小计s, one over 小计s and loose lines both (食品安全建設 under no 小計) adds them
 * all, and a 小计 adds its own lines, not the 小计s of the groups before its own.
 *
 * Null where a 小计 covers no line of its own (a leading 小计 printed above its lines: the layout is not this one) or a
 * 小计 line has no number in the column: the caller keeps its flat reading.
 */

/** One line of the walk: its number in the column (null: none), and the column its 小计 word is in (0: no 小计 line). */
export interface WalkLine {
  row: number;
  term: RelationTerm | null;
  subCol: number;
}

export interface NestedTotals {
  /** the closing total's parts, top-down */
  parts: RelationTerm[];
  /** every 小计 of the walk with its own parts (top-down), outermost first within the walk's order */
  subtotals: { term: RelationTerm; row: number; parts: RelationTerm[] }[];
}

/** a serial number in a label column (1, 一、, (二)): a line's number, no group's label */
const SERIAL = /^[(（]?[一二三四五六七八九十百零〇\d]+[)）、.．]?$/;

/**
 * Lines `lines` (top-down, every line between the list's head and the total, with or without a number), closed by a
 * total at `totalRow` whose word is in column `totalCol` (`grand`: a 合计 / 总计, above every 小计). `firstCol` is the
 * table's first label column.
 */
export function nestedSubtotals(grid: Grid, lines: WalkLine[], totalRow: number, totalCol: number, grand: boolean, firstCol: number): NestedTotals | null {
  const subs = lines.filter((l) => l.subCol > 0);
  if (!subs.length) return null;
  if (subs.some((s) => !s.term)) return null;
  // each 小计's level: the column of its word, or, for a 小计 naming its group (城乡建设小计) written in the column of the
  // bare 小计s, the column right of that group's label above it
  const level = new Map<number, number>();
  for (let k = 0; k < lines.length; k++) if (lines[k].subCol > 0) level.set(k, namedLevel(grid, lines, k, firstCol));
  const levelOf = (j: number) => level.get(j) ?? lines[j].subCol;
  // per total (by its index in `lines`, or lines.length for the closing one): the first line it covers, and its parts
  const top = new Map<number, number>();
  const partsOf = new Map<number, number[]>();
  const cover = (k: number, col: number, higher: (j: number) => boolean, row: number): boolean => {
    const parts: number[] = [];
    let start = 0;
    for (let j = k - 1; j >= 0; ) {
      const l = lines[j];
      if (l.subCol > 0 && higher(j)) {
        start = j + 1;
        break;
      }
      // a 小计 of a lower level is one part, its own lines skipped; a loose line is one part where it has a number
      const from = l.subCol > 0 ? top.get(j)! : j;
      if (l.subCol > 0 || l.term) parts.push(j);
      start = from;
      if (opensGroup(grid, lines[from].row, row, col, firstCol)) break;
      j = from - 1;
    }
    top.set(k, start);
    partsOf.set(k, parts.reverse());
    return parts.length > 0;
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.subCol === 0) continue;
    // (a 小计 with no line of its own above it: a leading 小计, or a layout this reading does not know)
    if (!cover(k, levelOf(k), (j) => levelOf(j) <= levelOf(k), l.row)) return null;
  }
  cover(lines.length, totalCol, (j) => !grand && levelOf(j) <= totalCol, totalRow);
  const termAt = (k: number) => lines[k].term!;
  const subtotals = lines
    .map((l, k) => ({ l, k }))
    .filter((x) => x.l.subCol > 0)
    .map((x) => ({ term: x.l.term!, row: x.l.row, parts: partsOf.get(x.k)!.map(termAt) }));
  return { parts: partsOf.get(lines.length)!.map(termAt), subtotals };
}

/** list numbering before a group's label ("一、", "(二)", "3.") */
const LIST_MARK = /^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]/;

/**
 * The level of the 小计 line lines[k]: where its word names a group (城乡建设小计, its name before 小计) whose label stands
 * above it in a column left of the word (城乡建设 merged over the group's lines, or written on its first), the column right
 * of that label — the group's total, above the bare 小计s of its sub-groups written in the same column; else its word's
 * column.
 */
function namedLevel(grid: Grid, lines: WalkLine[], k: number, firstCol: number): number {
  const l = lines[k];
  const name = grid.compactText(l.row, l.subCol).replace(/小计$/, "").replace(LIST_MARK, "");
  if (name.length < 2 || l.subCol <= firstCol) return l.subCol;
  for (let j = k - 1; j >= 0; j--) {
    const r = lines[j].row;
    for (let c = firstCol; c < l.subCol; c++) {
      if (grid.anchorRow(r, c) !== r || grid.anchorCol(r, c) !== c || copiesAbove(grid, r, c)) continue;
      if (grid.compactText(r, c).replace(LIST_MARK, "") === name) return Math.min(c + 1, l.subCol);
    }
  }
  return l.subCol;
}

/**
 * Line `row` opens the group a total at `totalRow` (its word in column `col`) closes: a label of its own in a column left
 * of `col` (from `firstCol`), no serial number, written once over the lines down to the total — merged down over them,
 * or written again on each (copies), or left blank under it — and, unless merged, over two lines at least above the
 * total (a line's own name left of a lone line's 小计 is no group).
 */
function opensGroup(grid: Grid, row: number, totalRow: number, col: number, firstCol: number): boolean {
  for (let c = firstCol; c < col; c++) {
    if (grid.anchorRow(row, c) !== row || grid.anchorCol(row, c) !== c) continue;
    const text = grid.compactText(row, c);
    if (!text || NUMBER_LIKE.test(text) || SERIAL.test(text) || copiesAbove(grid, row, c)) continue;
    const m = grid.mergeAt(row, c);
    if (m && m.r1 === row && m.r2 > row) {
      if (m.r2 >= totalRow) return true;
      continue;
    }
    if (totalRow - row < 2) continue;
    let held = true;
    for (let r = row + 1; r <= totalRow && held; r++) {
      if (grid.anchorCol(r, c) !== c || grid.anchorRow(r, c) !== r) {
        // (a merge over the total's label from its left: 合计 across the label columns)
        held = r === totalRow;
        continue;
      }
      const t = grid.compactText(r, c);
      held = t === "" || t === text || r === totalRow;
    }
    if (held) return true;
  }
  return false;
}
