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
 * (3, 3 over lines of 3 and 3), the two readings are told apart by the parent's stated whole: copies only where the
 * parent's units add up to it with this group at its lines' sum and not at the printed number. A group's number that
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

/** The parent's whole agrees with the group read as its lines' copies (its lines' sum) and not with it read as a total. */
function parentSettlesCopies(parent: GroupNode | null, g: GroupNode, lines: number): boolean {
  if (!parent || parent.weight === null || g.weight === null) return false;
  let others = 0;
  for (const c of parent.children) {
    if (c === g) continue;
    // (a sibling read as copies before it stands at its lines)
    const w = c.weight ?? lineSum(c);
    if (w === null) return false;
    others += w;
  }
  return agreesTyped(parent.weight, sum([others, lines])) && !agreesTyped(parent.weight, sum([others, g.weight]));
}

function readGroup(grid: Grid, g: GroupNode, parent: GroupNode | null, col: number): void {
  const units = unitsOf(g);
  if (units.length < 2 || g.weight === null || g.weightCell === null || g.weightCell === g.cell) return;
  const nums = ownNumbers(grid, g, col);
  // (a number on every unit's line, the first the group's weight as read, each the weight of the unit on its line)
  if (!nums || nums.length !== units.length || nums[0].cell !== g.weightCell) return;
  const weightOn = new Map<number, number | null>();
  for (const u of units) weightOn.set(u.row, u.weight);
  for (const n of nums) {
    const w = weightOn.get(n.row);
    if (w === undefined || w === null || !agreesTyped(n.value, w)) return;
  }
  const distinct = nums.some((n) => !agreesTyped(n.value, nums[0].value));
  if (!distinct && !parentSettlesCopies(parent, g, sum(units.map((u) => u.weight!)))) return;
  g.lineCopyCells = nums.map((n) => n.cell);
  g.weight = null;
  g.weightCell = null;
}

/** Reads the line copies in the 一级 and 二级 weight columns of a table's groups (see above); the groups are changed in place. */
export function readGroupWeightCopies(grid: Grid, groups: GroupNode[], level1Col: number | undefined, level2Col: number | undefined): void {
  const visit = (g: GroupNode, parent: GroupNode | null): void => {
    // (children first: a 二级 read as copies leaves its parent's units to be read with its lines standing for it)
    for (const c of g.children) visit(c, g);
    const col = g.level === 1 ? level1Col : level2Col;
    if (col !== undefined) readGroup(grid, g, parent, col);
  };
  for (const g of groups) visit(g, null);
}
