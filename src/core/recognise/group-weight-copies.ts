import type { Grid } from "../grid/grid";
import type { GroupNode, NumberRef } from "../model/types";
import { agreesTyped } from "../relations/tolerance";
import { weightAt } from "./cells";

/**
 * (prec55) A group-weight column (一级 分值 / 二级 分值) printing a number on every line of a group of several lines, each
 * the line's own weight, row by row (组织实施 | 2 | 组织机构 | 2, then | 3 | 管理制度 | 3, | 3 | 合同评价 | 3, | 2 | 招标评价 | 2):
 * the lines' weights copied into the group's column, no total of the group. Read as the group's weight printed again on
 * every line they would be one number; they differ, so they are copies, and the group states no weight of its own — its
 * lines stand for it in its parent's sum and in the column's 总分 (relations/level-totals.ts). Where they do not differ
 * (3, 3 over lines of 3 and 3), the two readings are told apart by the parent's stated whole (a 一级's: the table's closing
 * 总分): such groups under one whole are copies, all of them, only where the parent's units add up to it with these groups
 * at their lines' sums and not at their printed numbers. A group's number that
 * differs from its line's weight on any line, or one number for the group (merged down, or on its first line alone), is
 * its total and stays checked against its lines. The copies are noted on the group (GroupNode.lineCopyCells).
 * (Numbers on a group's later lines under the weight its first line states — that weight again, or a line's own weight —
 * need no reading: the tree takes a group's weight from its first line, and the column's 总分 from the tree.)
 */

interface Unit {
  row: number;
  weight: number | null;
}

/** The units a group's weight sums: its child groups where it has any, else its lines (sub-items aside). */
function unitsOf(g: GroupNode): Unit[] {
  if (g.children.length) return g.children.map((c) => ({ row: c.row, weight: c.weight }));
  return g.indicators.filter((i) => i.childOfRow === null).map((i) => ({ row: i.row, weight: i.weight }));
}

/** The numbers the group's weight column prints on the group's own rows, each in a cell of its own (no merge over rows). */
function ownNumbers(grid: Grid, g: GroupNode, col: number): NumberRef[] | null {
  const out: NumberRef[] = [];
  for (let r = g.row; r <= g.lastRow; r++) {
    if (!grid.ownsCell(r, col)) {
      // a merge down the column: one number for the group, as printed
      if (grid.anchorCol(r, col) === col) return null;
      continue;
    }
    const m = grid.mergeAt(r, col);
    if (m && m.r2 > m.r1) return null;
    const w = weightAt(grid, r, col);
    if (w) out.push(w);
    else if (grid.text(r, col)) return null;
  }
  return out;
}

/** a group's lines' weights added up, null where one states none */
function lineSum(g: GroupNode): number | null {
  const ws = unitsOf(g).map((u) => u.weight);
  return ws.every((w) => w !== null) ? sum(ws as number[]) : null;
}

const sum = (xs: number[]) => Math.round(xs.reduce((a, x) => a + x, 0) * 1e6) / 1e6;

/** A group's siblings and the whole they add up to: its parent's weight, or for a 一级 the table's closing 总分. */
interface Whole {
  weight: number | null;
  children: GroupNode[];
}

/** The group's column read as its lines' copies: the cells, whether they differ, and its lines' sum; null where it is not. */
function copiesOf(grid: Grid, g: GroupNode, col: number): { cells: string[]; distinct: boolean; lines: number } | null {
  const units = unitsOf(g);
  if (units.length < 2 || g.weight === null || g.weightCell === null || g.weightCell === g.cell) return null;
  const nums = ownNumbers(grid, g, col);
  // (a number on every unit's line, the first the group's weight as read, each the weight of the unit on its line)
  if (!nums || nums.length !== units.length || nums[0].cell !== g.weightCell) return null;
  const weightOn = new Map<number, number | null>();
  for (const u of units) weightOn.set(u.row, u.weight);
  for (const n of nums) {
    const w = weightOn.get(n.row);
    if (w === undefined || w === null || !agreesTyped(n.value, w)) return null;
  }
  return { cells: nums.map((n) => n.cell), distinct: nums.some((n) => !agreesTyped(n.value, nums[0].value)), lines: sum(units.map((u) => u.weight!)) };
}

function markCopies(g: GroupNode, cells: string[]): void {
  g.lineCopyCells = cells;
  g.weight = null;
  g.weightCell = null;
}

/**
 * Groups under one whole whose copies do not differ: copies, all of them, where the whole agrees with its units with these
 * at their lines' sums and not at their printed numbers (the others at their weights, a group already read as copies at
 * its lines).
 */
function settleEqualCopies(grid: Grid, parent: Whole, colOf: (g: GroupNode) => number | undefined): void {
  if (parent.weight === null) return;
  const equal: { g: GroupNode; cells: string[]; lines: number }[] = [];
  let others = 0;
  for (const c of parent.children) {
    const col = colOf(c);
    const copies = col === undefined ? null : copiesOf(grid, c, col);
    if (copies && !copies.distinct) equal.push({ g: c, cells: copies.cells, lines: copies.lines });
    else {
      const w = c.weight ?? lineSum(c);
      if (w === null) return;
      others += w;
    }
  }
  if (!equal.length) return;
  const asLines = sum([others, ...equal.map((e) => e.lines)]);
  const asTotals = sum([others, ...equal.map((e) => e.g.weight!)]);
  if (!agreesTyped(parent.weight, asLines) || agreesTyped(parent.weight, asTotals)) return;
  for (const e of equal) markCopies(e.g, e.cells);
}

/**
 * Reads the line copies in the 一级 and 二级 weight columns of a table's groups (see above); the groups are changed in
 * place. `whole`: the table's closing 总分 in its lines' weight column, where it has one (the 一级's siblings' whole).
 */
export function readGroupWeightCopies(grid: Grid, groups: GroupNode[], level1Col: number | undefined, level2Col: number | undefined, whole: number | null): void {
  const colOf = (g: GroupNode) => (g.level === 1 ? level1Col : level2Col);
  // copies that differ first, everywhere (children first: a 二级 read as copies leaves its parent's units to be read with
  // its lines standing for it); then copies that do not, under each whole, deepest first
  const distinct = (g: GroupNode): void => {
    g.children.forEach(distinct);
    const col = colOf(g);
    const copies = col === undefined ? null : copiesOf(grid, g, col);
    if (copies && copies.distinct) markCopies(g, copies.cells);
  };
  groups.forEach(distinct);
  const equal = (g: GroupNode): void => {
    g.children.forEach(equal);
    if (g.children.length) settleEqualCopies(grid, g, colOf);
  };
  groups.forEach(equal);
  settleEqualCopies(grid, { weight: whole, children: groups }, colOf);
}
