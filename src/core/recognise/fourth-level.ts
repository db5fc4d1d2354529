import type { Grid } from "../grid/grid";
import { LEVEL_ROLES } from "../model/types";
import type { ColumnRole } from "../model/types";
import { weightInLabel } from "../text/labels";
import { indicatorRole } from "./headers";
import { copiesLeft, emptyColumn, pointsAt } from "./cells";
import { LEVEL4_HEADER, SCAN } from "./vocabulary";

/**
 * A table of four levels (一级 | 二级 | 三级 | 四级指标 | 评分标准 | 得分): the column right of the 三级 one holds the
 * leaves, each with its points in its label ("目标依据充分性(2分)"), and the 三级 cell over them is their group
 * ("目标设定(4分)" over two of them), not an indicator. That column is headed 四级指标, or with a second 三级 word
 * (三级指标 | 考核点; set aside as the item's description when the header is read) when its cells show it is the finer level: more lines than the 三级 column, each a short label
 * with its own points, and no 分值 column. The leaves' column becomes the name column; the 三级 column is returned,
 * for a line with no 四级 of its own (its 三级 merged across the 四级 cell, or the 四级 left empty) whose 三级 is its name.
 */
export function fourthLevel(grid: Grid, rows: number[], columns: Partial<Record<ColumnRole, number>>, afterOrdinals?: number): number | undefined {
  const third = columns.level3;
  if (third === undefined) return undefined;
  const taken = new Set(Object.values(columns));
  const headerRow = rows[rows.length - 1];
  // (a level word after 一级 | 二级 | 三级指标 whose lines are finer than the 三级's: fourthAfterOrdinals)
  if (afterOrdinals === third + 1 && !taken.has(afterOrdinals) && finerLines(grid, headerRow, third, afterOrdinals)) {
    columns.level3 = afterOrdinals;
    return third;
  }
  for (const r of rows)
    for (let c = third + 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || taken.has(c)) continue;
      if (LEVEL4_HEADER.test(grid.compactText(r, c)) || (indicatorRole(grid.text(r, c)) === "level3" && columns.weight === undefined && finerLevel(grid, headerRow, third, c))) {
        columns.level3 = c;
        return third;
      }
    }
  return undefined;
}

/** The column `c` holds more labelled lines than the 三级 column, every one a short label with its own points. */
function finerLevel(grid: Grid, headerRow: number, third: number, c: number): boolean {
  let own = 0;
  let parents = 0;
  for (let r = headerRow + 1; r <= Math.min(grid.rowCount, headerRow + SCAN.headerSettleRows); r++) {
    // (a 三级 label written again on each line it spans, a merge filled down, is one group)
    if (grid.ownsCell(r, third) && grid.compactText(r, third) && grid.compactText(r, third) !== grid.compactText(r - 1, third)) parents++;
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (t.length > 30 || /[。;；]/.test(t) || weightInLabel(t) === null) return false;
    own++;
  }
  return own >= 2 && own > parents;
}

/** the ordinal level words (一级指标, 二级要素, 三级 …) */
const ORDINAL_LEVEL = /^([一二三])级/;

/**
 * A level word right after an ordinal ladder (一级指标 | 二级指标 | 三级指标 | 考核内容 | 分值 …): the ladder names three levels
 * by their ordinals, so the word after them (read as a level of its own, 考核内容 as the 一级 of 考核内容 | 考核要点, which
 * would start a second block) is a fourth: its column, its role taken out of `colRole` for fourthLevel to judge by the
 * lines (finerLines), or undefined.
 */
export function fourthAfterOrdinals(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>): number | undefined {
  const levels = [...colRole].filter(([, r]) => r === "level1" || r === "level2" || r === "level3").sort((a, b) => a[0] - b[0]);
  if (levels.length !== 4) return undefined;
  const order = LEVEL_ROLES;
  const ordinal = (c: number) => {
    for (const r of rows) if (grid.ownsCell(r, c)) {
      const m = ORDINAL_LEVEL.exec(grid.compactText(r, c));
      if (m) return "一二三".indexOf(m[1]);
    }
    return -1;
  };
  for (let k = 0; k < 3; k++) if (levels[k][1] !== order[k] || ordinal(levels[k][0]) !== k || (k > 0 && levels[k][0] !== levels[k - 1][0] + 1)) return undefined;
  // (a 三级 word again, 三级指标 | 考核点, is the item's description: secondBlockCut and fourthLevel read it)
  const [c4, role4] = levels[3];
  if (c4 !== levels[2][0] + 1 || role4 === "level3" || ordinal(c4) >= 0) return undefined;
  colRole.delete(c4);
  return c4;
}

/**
 * More lines start a label in column `c` than in the 三级 column, and one 三级 label at least spans two of them (merged
 * down, written once over blanks, or filled down): `c` holds the leaves, the 三级 their groups.
 */
function finerLines(grid: Grid, headerRow: number, third: number, c: number): boolean {
  let own = 0;
  let parents = 0;
  let spanning = false;
  for (let r = headerRow + 1; r <= Math.min(grid.rowCount, headerRow + SCAN.headerSettleRows); r++) {
    if (!grid.rowHasContent(r)) continue;
    const t = grid.ownsCell(r, third) ? grid.compactText(r, third) : "";
    const starts = t !== "" && t !== (grid.ownsCell(r - 1, third) ? grid.compactText(r - 1, third) : "");
    if (starts) parents++;
    if (grid.ownsCell(r, c) && grid.compactText(r, c)) {
      own++;
      if (!starts) spanning = true;
    }
  }
  return own >= 2 && own > parents && spanning;
}

/**
 * The column a line's name is read from in a four-level table: the 四级 cell, unless it is empty or merged in from
 * the 三级 cell at its left (a 三级 with no 四级 under it) — then the 三级 cell, when it starts in this line. A 三级 label
 * written again in the 四级 cell (that merge filled across: 预算编制完整性(4分) | 预算编制完整性(4分)) is merged in from it
 * as well.
 */
export function leafNameColumn(grid: Grid, r: number, fourth: number, third: number): number {
  const a = grid.anchor(r, fourth);
  if (a.col === fourth && grid.text(r, fourth) !== "" && !(third === fourth - 1 && copiesLeft(grid, r, fourth))) return fourth;
  return grid.startsInRow(r, third) && grid.text(r, third) !== "" ? third : fourth;
}

/**
 * A four-level table with each level's points beside it (一级 | 标准分 | 二级 | 标准分 | 三级 | 标准分 | 考核内容 | 标准分 |
 * 评分办法): the three levels each followed by a points column, then a fourth column headed by a level word (read as a
 * level named again) followed by a points column too. That fourth column holds the leaves — more lines start in it than
 * in the 三级 column, each with its points beside it — and the 三级 column is their groups' (thirdLevelCol), its points
 * column each group's points merged down its leaves (groupPointsCol). Returns the leaves' and the 三级's columns and
 * the 三级's points column, or null where the header or the lines do not show it. `colRole` is read, not changed.
 */
export function levelPointsLadder(grid: Grid, headerRow: number, colRole: Map<number, ColumnRole>): { leaf: number; third: number; thirdPoints: number } | null {
  const sorted = [...colRole].sort((a, b) => a[0] - b[0]);
  const levels = sorted.filter(([, r]) => r === "level1" || r === "level2" || r === "level3");
  if (levels.length !== 4) return null;
  // (each level word followed by a points column: the pairs one after another — a column empty from top to bottom
  // between them stepped over)
  const next = (c: number) => {
    let n = c + 1;
    while (n < grid.scanCols && !colRole.has(n) && emptyColumn(grid, n)) n++;
    return n;
  };
  // (and the leaves' score column written between their names and their points, 考核内容 | 得分 | 分值, passed over)
  const pointsOf = (c: number, leaf: boolean) => {
    const n = next(c);
    return leaf && colRole.get(n) === "score" ? next(n) : n;
  };
  if (!levels.every(([c], k) => colRole.get(pointsOf(c, k === 3)) === "weight")) return null;
  if (!levels.every(([c], k) => k === 0 || c === next(next(levels[k - 1][0])))) return null;
  const firstThree = new Set(levels.slice(0, 3).map(([, r]) => r));
  if (firstThree.size !== 3) return null;
  const third = levels[2][0];
  const leaf = levels[3][0];
  const leafPoints = pointsOf(leaf, true);
  // (the leaves: more lines start in their column than in the 三级's, each with its points beside it)
  let own = 0;
  let parents = 0;
  for (let r = headerRow + 1; r <= Math.min(grid.rowCount, headerRow + SCAN.headerSettleRows); r++) {
    // (a 三级 label written again on each line of its group, filled down with its points, is one group)
    if (grid.startsInRow(r, third) && grid.compactText(r, third) && !filledDownFromAbove(grid, r, third, next(third))) parents++;
    if (grid.startsInRow(r, leaf) && grid.compactText(r, leaf) && pointsAt(grid, r, leafPoints) !== null) own++;
  }
  return own >= 2 && own > parents ? { leaf, third, thirdPoints: next(third) } : null;
}

/** Line `r` repeats the label (and its points beside it, column `points`) of the line above: a group's cells filled down. */
function filledDownFromAbove(grid: Grid, r: number, col: number, points: number): boolean {
  if (r < 2 || !grid.startsInRow(r - 1, col)) return false;
  return grid.compactText(r, col) === grid.compactText(r - 1, col) && grid.compactText(r, points) === grid.compactText(r - 1, points);
}

