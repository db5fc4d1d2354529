import type { Grid } from "../grid/grid";
import { LEVEL_ROLES } from "../model/types";
import type { ColumnRole } from "../model/types";
import { labelCode } from "../text/codes";
import { isClosingRow } from "./table-closing";
import { LISTED_ITEM_HEADER, SCAN } from "./vocabulary";

/** numbered lines under the items' head, at least */
const NUMBERED_LINES = 2;

/**
 * The items' column of a scoring standard headed by a word naming what each line states, no level word (类 别 | 标 准 |
 * 分值 | 得分 | 扣分原因: a 卫生检查评分标准; 项目 | 检查内容 … read already, 类别 | 工作标准 | 分值, 類別 | 標準 | 分值): on a
 * header line whose one level column holds the groups (类别) and whose 分值 column is right of it, the column between
 * them headed by an items' word no role reads (LISTED_ITEM_HEADER: 标准, 检查标准, 项目, 内容, 事项 …) is the items'
 * column (level3) where
 *  - most of its texts under the header are numbered lines ("1、地面无灰尘…", "2、门窗纱洁净": two at least), and
 *  - the level column's labels stand over several of them (merged down, or blank on the lines after their first): groups.
 * Read so, a line whose 分值 the page left blank is still a line of the table (its group's points then fall short). A
 * label on every line (类别 | 标准 | 分值 with one item a line: the label is the item, the 标准 its rule), a column of
 * unnumbered texts, a second level column, or the column right of the 分值 are left as read. `roles` is changed in place.
 */
export function numberedItemsColumn(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  let weight = 0;
  let level = 0;
  for (const [c, role] of roles) {
    if (role === "weight") weight = weight ? Math.min(weight, c) : c;
    else if (LEVEL_ROLES.includes(role)) {
      if (level || role === "level3") return;
      level = c;
    }
  }
  if (!weight || !level || level > weight) return;
  for (let c = level + 1; c < weight; c++) {
    if (roles.has(c) || !grid.ownsCell(row, c)) continue;
    const head = grid.compactText(row, c);
    if (!head) continue;
    if (!LISTED_ITEM_HEADER.test(head)) return;
    if (numberedUnderGroups(grid, row, level, c)) roles.set(c, "level3");
    return;
  }
}

/** Under header line `row`: most texts in `items` are numbered lines (two at least), and one has no label of its own in `level` after a labelled one. */
function numberedUnderGroups(grid: Grid, row: number, level: number, items: number): boolean {
  let filled = 0;
  let numbered = 0;
  let labelled = false;
  let grouped = false;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    if (!grid.ownsCell(r, items)) continue;
    const t = grid.compactText(r, items);
    if (!t) continue;
    if (isClosingRow(grid, r)) break;
    filled++;
    if (labelCode(t) !== null) numbered++;
    if (grid.startsInRow(r, level) && grid.compactText(r, level) !== "") labelled = true;
    else if (labelled) grouped = true;
  }
  return grouped && numbered >= NUMBERED_LINES && numbered * 2 > filled;
}
