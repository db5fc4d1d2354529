import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { labelCode, mayStartCode } from "../text/codes";
import { pointsAt } from "./cells";
import { isClosingRow } from "./table-closing";
import { SECTION_ORDINAL } from "./vocabulary";

/**
 * Section lines over a table's name columns (评分细则 `序号 | 评价内容 | 评价要点 | 评分标准 | 分值 | 得分` whose sections
 * are lines of their own: "一、决策 | | | | 20 | 18", the label in the first cell or merged across the name columns). Such a
 * line is no indicator and no group of the first name column: it is the group one level above the table's name
 * columns (a 一级 over 评价内容 | 评价要点), its points and score those of the criteria under it.
 *
 * A section line:
 * - carries points of its own in the 分值 column;
 * - holds one label and no other text (the 分值 and 得分 cells aside): in a cell at or left of the first name column (the
 *   序号 cell, or the first name cell), written on this line only (not merged down), the same text repeated across
 *   columns at most (an export that copies a merged cell's text into every cell);
 * - is a numbered heading ("一、决策", "(一)项目管理", "第一部分") or a label across at least two name columns (merged or
 *   repeated);
 * - stands over the name columns: a label across them, or the next line holds a label of its own in the first name
 *   column (a heading in that column with blank cells under it is that column's group, read as such by the walk).
 */
export interface SectionLine {
  label: string;
  col: number;
}

/** The numbering styles of a section heading (a criterion's "1." or "(1)" is no section). */
const SECTION_CODE_STYLES = new Set(["cn-dun", "cn-paren"]);

function numberedHeading(label: string): boolean {
  if (mayStartCode(label)) {
    const code = labelCode(label);
    if (code && SECTION_CODE_STYLES.has(code.style)) return true;
  }
  // (第 opens an ordinal part: the pattern asked only then)
  return label.charCodeAt(0) === 0x7b2c && SECTION_ORDINAL.test(label);
}

/**
 * The section line at row r of a table whose name columns are `nameCols` (ascending, two or more), or null. Cheap for
 * an ordinary line: the scan stops at its second distinct text, or at a first text right of the first name column.
 */
export function sectionLine(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>, nameCols: number[], endRow: number): SectionLine | null {
  const w = cols.weight;
  if (w === undefined || nameCols.length < 2) return null;
  const top = nameCols[0];
  let label = "";
  let col = 0;
  let repeated = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === w || c === cols.score || !grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (!label) {
      if (c > top) return null;
      label = t;
      col = c;
    } else if (t !== label) return null;
    else if (nameCols.includes(c)) repeated++;
  }
  if (!label) return null;
  const m = grid.mergeAt(r, col);
  if (m && m.r2 > r) return null;
  if (!grid.startsInRow(r, w) || !pointsAt(grid, r, w)) return null;
  // the name columns the label spans: under its merge, or written again
  let across = repeated;
  for (const c of nameCols) if ((c === col && !m) || (m && c >= m.c1 && c <= m.c2)) across++;
  const spans = across >= 2;
  if (!spans && !numberedHeading(label)) return null;
  if (!spans && !labelBelow(grid, r, top, label, endRow)) return null;
  return { label: grid.text(r, col), col };
}

/** The next line with content holds a label of its own in the first name column (not merged down, not the same). */
function labelBelow(grid: Grid, r: number, top: number, label: string, endRow: number): boolean {
  for (let n = r + 1; n <= endRow; n++) {
    if (!grid.rowHasContent(n)) continue;
    if (isClosingRow(grid, n) || !grid.startsInRow(n, top)) return false;
    const t = grid.compactText(n, top);
    return t !== "" && t !== label;
  }
  return false;
}
