import type { Grid } from "../grid/grid";
import { amountRole, listHeaderAbove } from "./blocks";
import { numberAt } from "./cells";

/** lines of names and amounts, one under the other, that make a list */
const MIN_LINES = 3;

/**
 * The head of an allocation list cut before its 合计 (街镇 | 金额 | 备注, 序号 | 镇街 | 示范村名称 | 提前下达金额 (万元) …):
 * a header line with no numbers naming a column of money (amount vocabulary: 金额, 提前下达金额, 补助资金 …) over at
 * least MIN_LINES lines, each a name left of an amount in that column, one under the other from the line right below.
 * With no 合计 row and no column of row totals the list states no relation, but it is still a list under a header.
 * The header is the line right above the first line (of a two-line header, as amountListHead reads it); undefined
 * when there is none.
 */
export function moneyListHead(grid: Grid): { headerRow: number } | undefined {
  for (let h = 1; h < grid.rowCount; h++) {
    if (!grid.rowHasContent(h)) continue;
    for (let c = 2; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(h, c) || amountRole(grid.compactText(h, c)) !== "amount") continue;
      // the first line: the first row below the header that has its own content (a second header line may come between)
      let first = h + 1;
      while (first <= grid.rowCount && numberAt(grid, first, c) === null && first <= h + 2) first++;
      let lines = 0;
      for (let r = first; r <= grid.rowCount; r++) {
        const n = numberAt(grid, r, c);
        if (!n || n.percent || !grid.ownsCell(r, c) || !named(grid, r, c)) break;
        lines++;
      }
      if (lines < MIN_LINES) continue;
      const header = listHeaderAbove(grid, first);
      if (header) return { headerRow: header };
    }
  }
  return undefined;
}

/** A line's name: some text left of column `col` that is no number. */
function named(grid: Grid, r: number, col: number): boolean {
  for (let c = 1; c < col; c++) {
    const t = grid.compactText(r, c);
    if (t && numberAt(grid, r, c) === null) return true;
  }
  return false;
}
