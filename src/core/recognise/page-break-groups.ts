import type { Grid } from "../grid/grid";
import type { GroupNode } from "../model/types";
import { compact } from "../text/normalize";

/**
 * A 一级 label printed again over the next lines after a page break ("一、农机安全管理组织领导(24分)" over items 1–3,
 * then again over item 4): the same group going on, not a second one. Joined into the group above it where the two
 * are adjacent (or only the table's header is printed again between them), state the same points, nothing but a line number is written left of the repeat (a new project's name there makes it that
 * project's own group) and the group above falls short of its points (a complete group repeated is a new one).
 * The repeat's lines and children move into the group above; the list of groups is returned without it.
 */
export function joinPageBreakRepeats(grid: Grid, groups: GroupNode[]): GroupNode[] {
  if (groups.length < 2) return groups;
  let out: GroupNode[] | null = null;
  let prev = groups[0];
  for (let k = 1; k < groups.length; k++) {
    const g = groups[k];
    if (isRepeat(grid, prev, g)) {
      out ??= groups.slice(0, k);
      prev.lastRow = Math.max(prev.lastRow, g.lastRow);
      for (const i of g.indicators) {
        if (i.level1 === g) i.level1 = prev;
        prev.indicators.push(i);
      }
      for (const c of g.children) {
        for (const i of c.indicators) if (i.level1 === g) i.level1 = prev;
        prev.children.push(c);
      }
      continue;
    }
    out?.push(g);
    prev = g;
  }
  return out ?? groups;
}

/** the most lines between a group and its repeat (the table's header printed again at the page break) */
const MAX_BETWEEN = 3;

function isRepeat(grid: Grid, prev: GroupNode, g: GroupNode): boolean {
  if (prev.level !== 1 || g.level !== 1 || prev.weight === null || g.weight !== prev.weight) return false;
  if (g.row <= prev.lastRow || compact(g.label) !== compact(prev.label)) return false;
  // (adjacent, or with the table's header printed again between them: a few lines of text and no number)
  if (g.row - prev.lastRow - 1 > MAX_BETWEEN) return false;
  for (let r = prev.lastRow + 1; r < g.row; r++) for (let c = 1; c <= grid.scanCols; c++) if (/\d/.test(grid.compactText(r, c))) return false;
  // (a 序号 beside it is the line's own number, no new entry)
  for (let c = 1; c < g.col; c++) if (grid.ownsCell(g.row, c) && grid.compactText(g.row, c) !== "" && !/^\d+$/.test(grid.compactText(g.row, c))) return false;
  return statedSum(prev) < prev.weight - 0.005;
}

/** The points a group's lines and children state (children by their own points where stated). */
function statedSum(g: GroupNode): number {
  let s = 0;
  for (const i of g.indicators) if (i.weight !== null && i.childOfRow === null && !i.notApplicable) s += i.weight;
  for (const c of g.children) s += c.weight ?? statedSum(c);
  return s;
}
