import type { Grid } from "../grid/grid";
import { LEVEL_ROLES } from "../model/types";
import type { ColumnRole } from "../model/types";
import { copiesAbove, copiesLeft, headMerge } from "./cells";
import { itemWeightInLabel } from "../text/labels";
import { isClosingRow } from "./table-closing";
import { CODE_HEADER, LADDER_WORD, NAME_HEADER, NOTE_LINE, PAGE_FOOTER, SCAN } from "./vocabulary";

/** Item lines a group column must stand beside before it is read as one. */
const MIN_ITEM_LINES = 3;

/**
 * A header's one level column beside a column of group labels, each label standing over several of the items' lines
 * (merged down them, written on the first and blank below, or written again on each): the labels are the groups' level
 * (一级), the level column the items' (the lowest). Where the group column is:
 * - under the level's own header cell, merged across both columns (达标项目 over A:B: the groups '(一)设施保障(36分)' in A,
 *   the items 设施要求 | 智能设备 in B), or the level's word over a blank header cell right of it (the merge undone);
 * - left of the level column, headed by a word naming items but no level (项目 | 考核指标及分值 | 考核标准: the groups
 *   '一、无刑事案件' in 项目, the items with their points in the level column), the items' numbering column between them
 *   passed over (项目 merged over A:B or 项目 | 序号 | 考核内容: the groups '四个机制(40分)' in A, 1, 2 … in B);
 * - or the level column is the groups' and the items' column is right of it, headed by a word naming items but no
 *   level, the level's word one naming categories (类别 | 项目 | 评分标准: the groups '一、组织领导(52分)' in 类别, the items in 项目).
 * `colRole` is changed in place.
 */
export function groupLabelsBesideItems(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>): void {
  const levels = [...colRole].filter(([, r]) => LEVEL_ROLES.includes(r)).map(([c]) => c);
  if (levels.length === 2) {
    nestedUnderLowestHead(grid, rows, colRole, levels);
    return;
  }
  if (levels.length !== 1) return;
  const level = levels[0];
  const head = rows[rows.length - 1];
  const text = (r: number, c: number) => (grid.ownsCell(r, c) ? grid.compactText(r, c) : "");
  let groups = 0;
  let items = 0;
  const right = underLevelHead(grid, rows, level, head);
  /** the headed column left of `c` (empty columns between passed over), 0 where none */
  const headedLeft = (c: number) => {
    let k = c - 1;
    while (k >= 1 && rows.every((r) => !text(r, k)) && emptyBelow(grid, head, k)) k--;
    return k;
  };
  /** the points column and the groups' column left of the level, where the groups' points stand between them */
  const pointsBeside = (lv: number): [number, number] | undefined => {
    const p = headedLeft(lv);
    const g = p >= 1 ? headedLeft(p) : 0;
    if (g < 1 || colRole.get(p) !== "weight" || colRole.has(g) || !rows.some((r) => itemsWord(text(r, g)))) return undefined;
    return groupPointsBeside(grid, head, g, p, lv) ? [g, p] : undefined;
  };
  const left = level > 1 ? leftOfNumbering(grid, rows, head, level - 1) : 0;
  if (right !== undefined && !colRole.has(right)) {
    groups = level;
    items = right;
  } else if (left >= 1 && !colRole.has(left) && rows.some((r) => itemsWord(text(r, left)))) {
    groups = left;
    items = level;
  } else if (pointsBeside(level) !== undefined) {
    // (项目 | 分值 | 考核内容: the groups' points between the groups and the items, each item's own in its label)
    const [g, p] = pointsBeside(level)!;
    if (!labelsSpanItems(grid, head, g, level)) return;
    colRole.set(g, "level1");
    colRole.set(p, "level1Weight");
    colRole.set(level, "level3");
    return;
  } else if (!colRole.has(level + 1) && rows.some((r) => CATEGORY_WORD.test(text(r, level)) && NAME_HEADER.test(text(r, level + 1)))) {
    // (right of it, headed by a word naming items: 类别 | 项目 | 评分标准, the groups '一、组织领导(52分)' in 类别)
    groups = level;
    items = level + 1;
  } else return;
  if (!labelsSpanItems(grid, head, groups, items)) return;
  colRole.set(groups, "level1");
  colRole.set(items, "level3");
}

/**
 * Two level columns, the lower one's header cell merged across it and the column right of it (考核項目 | 考核內容 over
 * B:C | 評分細則: 宝鸡's '消防安全 源頭管控 (5分)' merged down B over the lines '1、…(2分)', '2、…(2分)', '3、…(1分)' in C):
 * the lower level's labels stand over the lines right of them — a level of groups between the upper level and the
 * items, which are the column right of it (level1 | level2 | level3). Only where the right column is roleless and the
 * labels span its lines (labelsSpanItems); otherwise the roles stay.
 */
function nestedUnderLowestHead(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>, levels: number[]): void {
  const head = rows[rows.length - 1];
  const [upper, lower] = levels[0] < levels[1] ? levels : [levels[1], levels[0]];
  // (its header cell merged over the two, or the merge undone: the lower level's word over a blank header cell right of
  // it — underLevelHead; a column under a head of its own, 考核内容 | 考核要求, is none)
  const right = underLevelHead(grid, rows, lower, head);
  if (right === undefined || colRole.has(right) || !labelsSpanItems(grid, head, lower, right)) return;
  // (with no merge to say so, the blank-headed column holds the items only where it holds names: a column of numbers
  // under a blank head is a column of its own)
  const merged = rows.some((r) => {
    const x = headMerge(grid, r, lower);
    return x !== null && x.c1 === lower && x.c2 > lower;
  });
  if (!merged && !namesBelow(grid, head, right)) return;
  colRole.set(upper, "level1");
  colRole.set(lower, "level2");
  colRole.set(right, "level3");
}

/**
 * The points column between the group labels and the items (项目 | 分值 | 考核内容 | 扣分标准, 滁州's 考核自评表) holds the
 * groups' points, each item stating its own in its label ("1、…按期结案率达95%以上(10 分)"): the points stand only on the
 * lines a group label starts (merged down its items, or blank below), and the items' labels state points on two lines at
 * least, on every line where a group label starts. A points column with a number on each item's line is the items' own.
 */
function groupPointsBeside(grid: Grid, head: number, groups: number, points: number, items: number): boolean {
  let pointed = 0;
  for (let r = head + 1; r <= Math.min(grid.rowCount, head + SCAN.headerSettleRows); r++) {
    if (isClosingRow(grid, r)) break;
    // (the header printed again at a page break is no line of the table)
    if (grid.compactText(r, items) === grid.compactText(head, items) && grid.compactText(r, points) === grid.compactText(head, points)) continue;
    const starts = grid.startsInRow(r, groups) && grid.compactText(r, groups) !== "";
    const p = grid.startsInRow(r, points) ? grid.compactText(r, points) : "";
    if (p && !starts) return false;
    if (starts && !p) return false;
    const name = grid.startsInRow(r, items) ? grid.compactText(r, items) : "";
    if (!name) continue;
    if (itemWeightInLabel(name) !== null) pointed++;
    else if (starts) return false;
  }
  return pointed >= 2;
}

/** Item numbers in a numbering column (1, 2, 3 …; 1、, (1)). */
const ITEM_NUMBER = /^[(（]?\d{1,2}[)）.、．]?$/;

/**
 * The column left of the items' numbering column ending at `col` (its head blank or a code word, 序号 / 编号, every cell
 * under the header an item's number or blank, one number at least; an empty spacer column beside it passed over the
 * same, never alone): where there is none, `col` itself.
 */
function leftOfNumbering(grid: Grid, rows: number[], head: number, col: number): number {
  let c = col;
  let numbered = false;
  while (c > 1) {
    const n = numbersUnder(grid, rows, head, c);
    if (n === null) break;
    if (n > 0) numbered = true;
    c--;
  }
  return numbered ? c : col;
}

/** The item numbers under the header in `col`, headed blank or by a code word; null where a cell holds anything else. */
function numbersUnder(grid: Grid, rows: number[], head: number, col: number): number | null {
  // (a head written again from the cell left of it, a merge over both filled across, is as blank as the merge left it)
  if (!rows.every((r) => !grid.ownsCell(r, col) || !grid.compactText(r, col) || CODE_HEADER.test(grid.compactText(r, col)) || copiesLeft(grid, r, col))) return null;
  let numbers = 0;
  for (let r = head + 1; r <= Math.min(grid.rowCount, head + SCAN.headerSettleRows); r++) {
    if (isClosingRow(grid, r)) break;
    // (a text written again from the cell left of it, a label or a title merged across filled, is none of the column's)
    const t = grid.ownsCell(r, col) && !copiesLeft(grid, r, col) ? grid.compactText(r, col) : "";
    if (!t) continue;
    if (!ITEM_NUMBER.test(t)) return null;
    numbers++;
  }
  return numbers;
}

/** a level word naming categories, no items (类别 | 项目: the items right of it) */
const CATEGORY_WORD = /^(类别|分类|项目分类|类型)$/;

/** Blank header cells right of a level's word it may stand over when its merge is undone. */
const SPANNED_BLANK_CELLS = 2;

/**
 * The one column right of the level's column under its header cell — merged across them, or over blank header cells
 * (the merge undone) — that holds text under the header (an empty spacer column passed over), if any.
 */
function underLevelHead(grid: Grid, rows: number[], level: number, head: number): number | undefined {
  // (or its word written again over them, the merge filled across: headMerge)
  const m = rows.map((r) => headMerge(grid, r, level)).find((x) => x !== null && x.c1 === level && x.c2 > level);
  const last = m ? m.c2 : Math.min(grid.scanCols, level + SPANNED_BLANK_CELLS);
  let found: number | undefined;
  for (let c = level + 1; c <= last; c++) {
    if (!m && !rows.every((r) => grid.ownsCell(r, c) && !grid.compactText(r, c))) break;
    if (emptyBelow(grid, head, c)) continue;
    if (found !== undefined) return undefined;
    found = c;
    if (!m) break;
  }
  return found;
}

/** More names (a text with a Chinese character) than other texts (a number, a dash) in `col` under the header. */
function namesBelow(grid: Grid, head: number, col: number): boolean {
  let names = 0;
  let others = 0;
  for (let r = head + 1; r <= Math.min(grid.rowCount, head + SCAN.headerSettleRows); r++) {
    const t = grid.ownsCell(r, col) ? grid.compactText(r, col) : "";
    if (!t) continue;
    if (/[\u4e00-\u9fa5]/.test(t)) names++;
    else others++;
  }
  return names > others;
}

/** No text in `col` on the lines under the header. */
function emptyBelow(grid: Grid, head: number, col: number): boolean {
  for (let r = head + 1; r <= Math.min(grid.rowCount, head + SCAN.headerSettleRows); r++) if (grid.ownsCell(r, col) && grid.compactText(r, col)) return false;
  return true;
}

/** A header word naming items but no level: 项目, 内容, 类别, 达标项目 (NAME_HEADER, LADDER_WORD). */
function itemsWord(t: string): boolean {
  return !!t && (NAME_HEADER.test(t) || LADDER_WORD.test(t));
}

/**
 * Under the header line `head`, column `groups` holds labels (text, no bare number) each on the first of the lines it
 * stands over, and column `items` a name on each line: the labels stand on fewer lines than the names, one of them at
 * least over two names, and none on a line of its own before they are (a label line across the table is a section line,
 * no group column; a note or a page footer on a line of its own is neither, a line of its own after them ends them).
 */
export function labelsSpanItems(grid: Grid, head: number, groups: number, items: number): boolean {
  const end = Math.min(grid.rowCount, head + SCAN.headerSettleRows);
  let label = "";
  let labels = 0;
  let lines = 0;
  let under = 0;
  let spans = false;
  for (let r = head + 1; r <= end; r++) {
    // (a label or a name written again from the line above, its merge down filled, is the merge's covered cell: blank)
    const g = grid.startsInRow(r, groups) && !copiesAbove(grid, r, groups) ? grid.compactText(r, groups) : "";
    const name = grid.startsInRow(r, items) && !copiesAbove(grid, r, items) ? grid.compactText(r, items) : "";
    // (a note, 注：…, or a page footer, 第1页，共1页, on a line of its own is no label, nor the table's end)
    if (!name && (NOTE_LINE.test(g) || PAGE_FOOTER.test(g))) continue;
    if (isClosingRow(grid, r)) break;
    if (!name) {
      // (a line of its own once the groups are borne out — the form's title printed again, its unmerged copy — ends them)
      if (g && lines >= MIN_ITEM_LINES && spans) break;
      if (g) return false;
      continue;
    }
    lines++;
    if (g && g !== label) {
      if (!/[\u4e00-\u9fa5]/.test(g)) return false;
      label = g;
      labels++;
      under = 0;
    }
    if (!label) return false;
    if (++under >= 2) spans = true;
  }
  return lines >= MIN_ITEM_LINES && spans && labels < lines;
}
