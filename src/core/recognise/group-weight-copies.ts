import type { Grid } from "../grid/grid";
import type { GroupNode, NumberRef } from "../model/types";
import { agreesTyped } from "../relations/tolerance";
import { weightAt } from "./cells";

/**
 * (prec55) A group-weight column (一级 分值 / 二级 分值) that prints, inside a group of several lines, numbers on more
 * lines than the group's first: what they are, read from the numbers themselves.
 *
 * - Line copies, the whole group: every line of the group prints a number there, each the line's own weight, row by row
 *   (组织实施 | 2 | 组织机构 | 2, | 3 | 管理制度 | 3, | 3 | … | 3, | 2 | … | 2). Read as the group's weight printed again
 *   on every line they would have to be one number; they differ, so they are the lines' weights copied into the group's
 *   column, and the group states no weight of its own (its lines stand for it in its parent's sum). Where they do not
 *   differ (3, 3 over lines of 3 and 3), the two readings are told apart by the parent's stated whole: copies only where
 *   the parent's lines agree with it read as copies and not read as a total. A group's total that differs from its lines
 *   is never a copy and stays a total, checked against them.
 * - A line copy under a stated group weight: the group's first line states its weight (产出 | 15 | 产出数量 | 5), a later
 *   line prints its own weight there as well (| 3 | 产出时效 | 3): no second total of the group.
 * - The group's weight printed again on its later lines (| 15 | on every line of 产出): the same total restated.
 *
 * The cells so read are noted on the group (GroupNode.lineCopyCells, restatedCells): a column's sum under its 总分 line
 * counts each group once (relations/merged.ts columnTotals).
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
  if (!nums || nums.length < 2 || nums[0].cell !== g.weightCell) return;
  const unitAt = new Map<number, Unit>();
  for (const u of units) unitAt.set(u.row, u);
  const copies = nums.every((n) => {
    const u = unitAt.get(n.row);
    return !!u && u.weight !== null && agreesTyped(n.value, u.weight);
  });
  if (copies && nums.length === units.length) {
    const distinct = nums.some((n) => !agreesTyped(n.value, nums[0].value));
    if (distinct || parentSettlesCopies(parent, g, sum(units.map((u) => u.weight!)))) {
      g.lineCopyCells = nums.map((n) => n.cell);
      g.weight = null;
      g.weightCell = null;
      return;
    }
  }
  // the group's weight on its first line: later numbers are its lines' own weights copied, or its weight printed again
  for (let k = 1; k < nums.length; k++) {
    const n = nums[k];
    const u = unitAt.get(n.row);
    if (agreesTyped(n.value, g.weight)) (g.restatedCells ??= []).push(n.cell);
    else if (u && u.weight !== null && agreesTyped(n.value, u.weight)) (g.lineCopyCells ??= []).push(n.cell);
  }
}

/** Reads the copies in the 一级 and 二级 weight columns of a table's groups (see above); the groups are changed in place. */
export function readGroupWeightCopies(grid: Grid, groups: GroupNode[], level1Col: number | undefined, level2Col: number | undefined): void {
  const visit = (g: GroupNode, parent: GroupNode | null): void => {
    // (children first: a 二级 read as copies leaves its parent's units to be read with its lines standing for it)
    for (const c of g.children) visit(c, g);
    const col = g.level === 1 ? level1Col : level2Col;
    if (col !== undefined) readGroup(grid, g, parent, col);
  };
  for (const g of groups) visit(g, null);
}
