import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { pointsAt } from "./cells";
import { isClosingRow } from "./table-closing";
import { firstHeaderOf, hasLevel, type HeaderMap, numbersBelow, rowRoles } from "./table-header";
import { CODE_HEADER, EXPLANATION_HEADER, NAME_HEADER, SCAN, THRESHOLD_HEADER } from "./vocabulary";

/**
 * A scoring standard's header that names no level (评估标准, 评分标准表: 标号 | 项目 | 标准 | 等级 | 说明 | 评估细则, or
 * 序号 | 项目 | 分值 | 评分标准): the items' name column headed 项目 (or 内容), a points column (分值, or 等级 when every
 * cell under it is a number: elsewhere 等级 is a grade, 优 / 良), and a column that rules or explains the items
 * (评分标准, 评估细则, 说明). Its other columns: a numbering column left of the names (标号, 序号: the items' codes, whose
 * nesting 1 / 11 / 111 makes the levels, see codeSections) and a 标准 column between the names and the points (the
 * threshold each grade of an item needs: its grades are that item's lines, see the walk's tiers).
 */

/** Data lines of such a table that must carry a name and points. */
const MIN_ITEMS = 2;

export function standardHeaderAt(grid: Grid, row: number): HeaderMap | null {
  const text = (c: number) => (grid.ownsCell(row, c) ? grid.compactText(row, c) : "");
  let name: number | undefined;
  for (let c = 1; c <= grid.scanCols && name === undefined; c++) if (NAME_HEADER.test(text(c))) name = c;
  if (name === undefined) return null;
  const roles = rowRoles(grid, row);
  if (hasLevel(roles) || roles.has(name)) return null;
  const all = [...roles.values()];
  if (all.some((r) => r === "targetValue" || r === "actual" || r === "score")) return null;
  let points: number | undefined;
  for (let c = name + 1; c <= grid.scanCols && points === undefined; c++) {
    const role = roles.get(c);
    if (role === "weight" || (role === "grade" && numbersBelow(grid, row, c))) points = c;
  }
  if (points === undefined) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level3: name, weight: points };
  for (let c = name + 1; c <= grid.scanCols; c++) {
    const role = roles.get(c);
    if (role === "rubric" && columns.rubric === undefined) columns.rubric = c;
    else if ((role === "explanation" || (!role && EXPLANATION_HEADER.test(text(c)))) && columns.explanation === undefined) columns.explanation = c;
  }
  if (columns.rubric === undefined && columns.explanation === undefined) return null;
  // (data lines: a name and points on the same line)
  let items = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows) && items < MIN_ITEMS; r++) {
    if (isClosingRow(grid, r)) break;
    if (grid.startsInRow(r, name) && grid.text(r, name) && pointsAt(grid, r, points)) items++;
  }
  if (items < MIN_ITEMS) return null;
  const header: HeaderMap = { headerRow: row, firstHeaderRow: row, columns, roleCount: Object.keys(columns).length };
  for (let c = name - 1; c >= 1; c--) if (CODE_HEADER.test(text(c))) {
    header.codeCol = c;
    break;
  }
  for (let c = name + 1; c < points; c++) if (!roles.has(c) && THRESHOLD_HEADER.test(text(c))) {
    header.thresholdCol = c;
    break;
  }
  return header;
}

/** The first such header on the sheet (a sheet that has no indicator header and no block of scored criteria). */
export function firstStandardHeader(grid: Grid): HeaderMap | null {
  return firstHeaderOf(grid, standardHeaderAt);
}
