import type { Grid } from "../grid/grid";
import { FIELD_LINE } from "./families/vocabulary";
import { DATE_LINE, MARKER_LINE } from "./vocabulary";

/**
 * A form's identity label in a cell of its own, its value in the next ("项目名称 | …", "实施单位 | …", "主管部门 | …"); an
 * indicator's (指标名称) is a header's word.
 */
export const IDENTITY_LABEL = /^[^|\n指]{0,8}(名称|主管部门|实施单位|负责人|联系人|联系电话|填报人)(\(盖章\))?$/;

/**
 * A line of a form's preamble above its table, which says whose the form is and nothing of the table: identity
 * fields, a label and its value in two cells, in pairs across the row ("项目名称 | 某县乡村道路养护", "主管部门 | 某局 |
 * 实施单位 | 某中心"), or texts that are each a field with its value, a date or the money unit ("填报单位:某局 单位:万元",
 * "2023年12月", "附件2"). A table's own lines (a header, a group heading, a scored line) are none.
 */
export function preambleLine(grid: Grid, r: number): boolean {
  const texts = lineTexts(grid, r);
  if (!texts.length) return false;
  if (texts.every(fieldText)) return true;
  if (texts.length % 2 !== 0) return false;
  for (let k = 0; k < texts.length; k += 2) {
    if (!IDENTITY_LABEL.test(texts[k]) || IDENTITY_LABEL.test(texts[k + 1])) return false;
  }
  return true;
}

/** The row's texts, each cell once (merged cells on their anchor), compact. */
function lineTexts(grid: Grid, r: number): string[] {
  const texts: string[] = [];
  if (r < 1 || r > grid.rowCount) return texts;
  // (the line's own texts, left to right: Grid.textCells)
  const { start, cols } = grid.textCells();
  const lastCol = Math.min(grid.scanCols, 30);
  for (let k = start[r]; k < start[r + 1] && cols[k] <= lastCol; k++) texts.push(grid.compactText(r, cols[k]));
  return texts;
}

/** A cell that is no title text: a field with its value (填报单位:某局, 填报日期:…), a date (2023年12月) or a money unit. */
function fieldText(t: string): boolean {
  return FIELD_LINE.test(t) || DATE_LINE.test(t) || MARKER_LINE.test(t);
}

/**
 * Every text of the row is a field with its value, a date or the money unit (填报单位:某局 | 2023年12月 | 单位:万元): a
 * preamble's line that is no title line (the first kind of preambleLine).
 */
export function fieldLine(grid: Grid, r: number): boolean {
  const texts = lineTexts(grid, r);
  return texts.length > 0 && texts.every(fieldText);
}
