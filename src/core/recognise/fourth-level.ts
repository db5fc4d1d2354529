import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { LEVEL4_HEADER } from "./vocabulary";

/**
 * A table of four levels (一级 | 二级 | 三级 | 四级指标 | 评分标准 | 得分): the 四级 column right of the 三级 one holds
 * the leaves, each with its points in its label ("目标依据充分性(2分)"), and the 三级 cell over them is their
 * group ("目标设定(4分)" over two of them), not an indicator. The leaves' column becomes the name column; the 三级
 * column is returned, for a line with no 四级 of its own (its 三级 merged across the 四级 cell, or the 四级 left
 * empty) whose 三级 is its name.
 */
export function fourthLevel(grid: Grid, rows: number[], columns: Partial<Record<ColumnRole, number>>): number | undefined {
  const third = columns.level3;
  if (third === undefined) return undefined;
  const taken = new Set(Object.values(columns));
  for (const r of rows)
    for (let c = third + 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || taken.has(c) || !LEVEL4_HEADER.test(grid.compactText(r, c))) continue;
      columns.level3 = c;
      return third;
    }
  return undefined;
}

/**
 * The column a line's name is read from in a four-level table: the 四级 cell, unless it is empty or merged in from
 * the 三级 cell at its left (a 三级 with no 四级 under it) — then the 三级 cell, when it starts in this line.
 */
export function leafNameColumn(grid: Grid, r: number, fourth: number, third: number): number {
  const a = grid.anchor(r, fourth);
  if (a.col === fourth && grid.text(r, fourth) !== "") return fourth;
  return grid.startsInRow(r, third) && grid.text(r, third) !== "" ? third : fourth;
}
