import type { Grid } from "../grid/grid";
import type { SumRelation } from "../model/types";
import { amountRole, parseAmountHeader, rowHasNumbers } from "./blocks";

/**
 * The header naming the amount column a sum runs down (a 合计 line over its lines, a leading total over the list under
 * it), for its message: "全年执行数栏：年度资金总额 0，与其明细合计 132.91 不符" says which of 年初预算数 | 全年预算数 |
 * 全年执行数 (or 中央资金 | 省级资金 …) is meant. The header is the nearest line with content above the relation's
 * first line: a line of names (no number, two or more named cells, not a heading merged across the list), whose cell
 * in the column — its own or a merge's — amount vocabulary names (amountRole: an amount, not a rate), units and letter
 * hints stripped ("全年执行数(B)(万元)" → 全年执行数). None for a sum across a line (its parts are the columns, named
 * in the message already), a total written in the same line as its parts (a sentence), or a column the header leaves
 * unnamed or names as the total itself.
 */
export function amountColumnName(grid: Grid, r: SumRelation): string | null {
  if (r.orientation !== "rows" || !r.parts.length) return null;
  const col = r.total.col;
  let top = r.total.row;
  for (const p of r.parts) {
    if (p.col !== col || p.row === r.total.row) return null;
    if (p.row < top) top = p.row;
  }
  let h = top - 1;
  while (h > 0 && !grid.rowHasContent(h)) h--;
  if (h < 1 || rowHasNumbers(grid, h)) return null;
  let named = 0;
  for (let c = 1; c <= grid.scanCols && named < 2; c++) if (grid.ownsCell(h, c) && grid.compactText(h, c)) named++;
  if (named < 2) return null;
  const text = grid.compactText(h, col);
  const role = text ? amountRole(text) : null;
  if (!role || role === "rate") return null;
  const name = parseAmountHeader(text).core;
  return name && name !== parseAmountHeader(r.label).core ? name : null;
}
