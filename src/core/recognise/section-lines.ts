import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { labelCode, mayStartCode, outlineRank, serialNumber } from "../text/codes";
import { weightAt } from "./cells";
import { bareBracketNumber } from "./bare-points";
import { groupWeightInLabel } from "../text/labels";
import { codeCellLevel } from "./list-levels";
import { isClosingRow } from "./table-closing";
import { NOTE_LINE, SECTION_ORDINAL, SUB_ITEM, SUBTOTAL_LABEL } from "./vocabulary";
import { agreesTyped } from "../relations/tolerance";

/**
 * Section lines over a table's name columns (评分细则 `序号 | 评价内容 | 评价要点 | 评分标准 | 分值 | 得分` whose sections
 * are lines of their own: "一、决策 | | | | 20 | 18", the label in the first cell or merged across the name columns). Such a
 * line is no indicator and no group of the first name column: it is the group one level above the table's name
 * columns (a 一级 over 评价内容 | 评价要点), its points and score those of the criteria under it.
 *
 * A section line:
 * - carries points of its own in the 分值 column (where the table has none, its items' points in their rules, a numbered
 *   heading across the name columns stating its points in its label);
 * - holds one label and no other text (the 分值 and 得分 cells aside): in a cell at or left of the first name column (the
 *   序号 cell, or the first name cell), written on this line only (not merged down), the same text repeated across
 *   columns at most (an export that copies a merged cell's text into every cell); no 小计 / 合计;
 * - is a numbered heading ("一、决策", "(一)项目管理", "第一部分") or a label across the first name column and at least one
 *   more column left of the 分值 (merged or repeated);
 * - stands over the name columns: a label across them, or the next line holds a label of its own in the first name
 *   column (a heading in that column with blank cells under it is that column's group, read as such by the walk), and
 *   that label is no sub-item (其中, (1), ①: an item's parts under it) nor a heading numbered as this one;
 * - unnumbered, is one of lines most of which weigh the sum of the points under them (a criterion's name merged across
 *   its empty cells is a line of the same look: the sums tell them apart).
 */
export interface SectionLine {
  label: string;
  col: number;
  /** numbered as a heading ("一、", "(一)", "第一部分"): no sums asked */
  numbered: boolean;
  /** the heading's numbering style, where numbered */
  style: string | null;
  /** a numbered heading with no line under it in the table (the last line before its end or its 合计, a sheet cut
   *  there): a section where another of its style is one */
  last?: boolean;
  /** an uncoded name with its points alone in the first name column, its rule cell empty over lines that state theirs
   *  (指标体系 | 分值 | 考评办法: "组织领导 | 20 | "): a group where the lines under it add up to it */
  bare?: boolean;
}

/** The numbering styles of a section heading (a criterion's "1." or "(1)" is no section). */
const SECTION_CODE_STYLES = new Set(["cn-dun", "cn-paren"]);

/** "cn-dun" / "cn-paren" / "part" for a heading's numbering, else null. */
function headingStyle(label: string): string | null {
  if (mayStartCode(label)) {
    const code = labelCode(label);
    if (code && SECTION_CODE_STYLES.has(code.style)) return code.style;
    // (the section's number alone, its name in a cell of its own or left out: '一 | 基础资料管理', '(二)' — outlineRank)
    if (!code) {
      const bare = outlineRank(label, true);
      if (bare !== null) return bare === 0 ? "cn-dun" : "cn-paren";
    }
  }
  // (第 opens an ordinal part: the pattern asked only then)
  return label.charCodeAt(0) === 0x7b2c && SECTION_ORDINAL.test(label) ? "part" : null;
}

/**
 * The heading style of a list number standing alone in its cell ("一", "一、", "(一)"; codeCellLevel's levels 0 and 1),
 * else null (an item's "1" or "(1)" heads no section).
 */
function bareHeadingStyle(code: string): string | null {
  const level = codeCellLevel(code);
  return level === 0 ? "cn-dun" : level === 1 ? "cn-paren" : null;
}

/**
 * The section lines of a table between `first` and `endRow` (the table's first data row and its last row), by row, or
 * null when it has none. Cheap for an ordinary line: the scan of a line stops at its second distinct text, or at a
 * first text right of the first name column.
 */
export function sectionLines(grid: Grid, cols: Partial<Record<ColumnRole, number>>, nameCols: number[], first: number, endRow: number): Map<number, SectionLine> | null {
  if (!nameCols.length) return null;
  let out: Map<number, SectionLine> | null = null;
  let loose = 0;
  let bare = 0;
  for (let r = first; r <= endRow; r++) {
    if (!grid.rowHasContent(r)) continue;
    const s = sectionLine(grid, r, cols, nameCols, endRow);
    if (!s) continue;
    // (a 合计 merged across, or a line past the table's end)
    if (isClosingRow(grid, r)) break;
    (out ??= new Map()).set(r, s);
    if (s.bare) bare++;
    else if (!s.numbered) loose++;
  }
  if (!out) return null;
  // (each kind of unnumbered line judged by its own sums: a name alone with its points is more often an item than a label
  // merged across the name columns is)
  if (loose && !looseLinesAddUp(grid, out, cols.weight ?? 0, loose, endRow, (l) => !l.numbered && !l.bare)) {
    for (const [r, s] of out) if (!s.numbered && !s.bare) out.delete(r);
  }
  if (bare && !looseLinesAddUp(grid, out, cols.weight ?? 0, bare, endRow, (l) => !!l.bare)) {
    for (const [r, s] of out) if (s.bare) out.delete(r);
  }
  for (const [r, s] of out) if (s.last && ![...out.values()].some((o) => !o.last && o.style === s.style)) out.delete(r);
  return out.size ? out : null;
}

function sectionLine(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>, nameCols: number[], endRow: number): SectionLine | null {
  // (no 分值 column, the items' points in their rules: 0, a numbered heading across the name columns stating its points
  // in its label only)
  const w = cols.weight ?? 0;
  const top = nameCols[0];
  let label = "";
  let col = 0;
  /** the last column the label is written in again */
  let repeatedTo = 0;
  /** a heading's number alone in a column of its own left of the names (序号 | 考核指标 | 权重: "一 | 经济发展 | 30") */
  let codeStyle: string | null = null;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === w || c === cols.score || !grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (!label) {
      if (c > top) return null;
      label = t;
      col = c;
    } else if (t !== label) {
      // (the number's column left of the first name column, the heading's name in that column, nothing else)
      if (codeStyle !== null || repeatedTo || col >= top || c !== top) return null;
      codeStyle = bareHeadingStyle(label);
      if (codeStyle === null) return null;
      label = t;
      col = c;
    } else repeatedTo = c;
  }
  if (!label || SUBTOTAL_LABEL.test(label)) return null;
  const m = grid.mergeAt(r, col);
  if (m && m.r2 > r) return null;
  // (its points in the 分值 column, or in its label with that cell blank or under the label: "一、组织领导【48分】" across)
  const inLabel = !w || !grid.startsInRow(r, w) || !weightAt(grid, r, w);
  // (in its label only over a level column's groups: over one name column such lines are read as label blocks)
  // (or bare in brackets after a heading's number, "一、组织领导(39)": read as points where its list shows them, bare-points.ts)
  // (or bare, uncoded, in the first name column — "组织领导(51)" over "(一)机构设置(26)" | (1)… — judged by the sums under it
  // as every unnumbered line is: looseLinesAddUp)
  const labelPoints = groupWeightInLabel(label) !== null || (bareBracketNumber(label) !== null && (headingStyle(label) !== null || col === top));
  // (over one name column and no 分值 column, the items' points in their rules: a numbered heading stating its points,
  // alone on its line — the line's merge across the table undone, "(一)组织领导(24分)" over "1.建立联络员制度 | 8分。查阅
  // 资料…" — spans the table as a merged one does; with a 分值 column such lines are label blocks, as before)
  const alone = !w && nameCols.length === 1 && !m && !repeatedTo && codeStyle === null && col === top && labelPoints && headingStyle(label) !== null;
  if (inLabel && ((nameCols.length < 2 && !alone) || !labelPoints || (w > 0 && grid.ownsCell(r, w) && grid.compactText(r, w) !== "" && grid.compactText(r, w) !== label))) return null;
  // across the first name column and another column left of the 分值: under its merge, or written again
  const from = m ? m.c1 : col;
  const to = Math.max(m ? m.c2 : col, repeatedTo);
  const spans = alone || (from <= top && to > top && (to < w || inLabel));
  // (or, unnumbered, in the number column left of the names, merged across the first name column or beside its blank
  // cell, over numbered items: "综合工作" over 序号 | 考核内容 above "1 | 队伍建设 | 5" — a part stating its points, as a numbered
  // heading does: no sums asked)
  const style = codeStyle ?? headingStyle(label);
  if (!w && (!spans || !style)) return null;
  if (!spans && !style && from < top && to <= top && top < w && serialNumber(label, true) === null) {
    if (numberedBelow(grid, r, from, top, endRow)) return { label: grid.text(r, col), col, numbered: true, style: null };
    // (or, its own name cell blank, over a line naming an item with that column left blank: "组织领导(37分) | | 37" over
    // " | 建立考核奖惩机制 | 8", unmerged; unnumbered, judged by the sums as a label merged across is)
    // (or merged over it from the number column: "附加分" across 序号 | 考核内容 over its unnumbered lines)
    if ((!grid.ownsCell(r, top) || !grid.compactText(r, top)) && itemBelow(grid, r, from, top, endRow)) return { label: grid.text(r, col), col, numbered: false, style: null };
  }
  if (!spans && !style) {
    // (or a name alone in the first name column, its rule cell empty over a line that states its rule)
    if (col !== top || cols.rubric === undefined || !ruleBelow(grid, r, top, label, cols.rubric, endRow)) return null;
    return { label: grid.text(r, col), col, numbered: false, style: null, bare: true };
  }
  // (a heading in the number column left of the names, its own name cell blank, names no item: the lines under it numbered
  // (1), (2) … are its items, not an item's parts — "一、组织领导29分 | | 29" over "1 | (1)开展宣传活动 | 9", unmerged)
  // (a heading alone on its line is asked for its label below as an unmerged heading is: items numbered as it is are none)
  const below = spans && !alone ? true : labelBelow(grid, r, top, label, style, endRow, from < top && !grid.compactText(r, top));
  if (below === false) return null;
  return { label: grid.text(r, col), col, numbered: style !== null, style, ...(below === null ? { last: true } : {}) };
}

/**
 * The next line with content holds a plain item number in a column from `from` to left of the first name column `top`
 * and a name of its own in `top`.
 */
function numberedBelow(grid: Grid, r: number, from: number, top: number, endRow: number): boolean {
  for (let n = r + 1; n <= endRow; n++) {
    if (!grid.rowHasContent(n)) continue;
    if (isClosingRow(grid, n) || !grid.startsInRow(n, top) || !grid.compactText(n, top)) return false;
    for (let c = from; c < top; c++) if (grid.ownsCell(n, c) && serialNumber(grid.compactText(n, c), true) !== null) return true;
    return false;
  }
  return false;
}

/** The next line with content names an item in the first name column `top`, its cells from `from` to left of it blank. */
function itemBelow(grid: Grid, r: number, from: number, top: number, endRow: number): boolean {
  for (let n = r + 1; n <= endRow; n++) {
    if (!grid.rowHasContent(n)) continue;
    if (isClosingRow(grid, n) || !grid.startsInRow(n, top) || !grid.compactText(n, top)) return false;
    for (let c = from; c < top; c++) if (grid.ownsCell(n, c) && grid.compactText(n, c)) return false;
    return true;
  }
  return false;
}

/**
 * The next line with content holds a label of its own in the first name column (not merged down, not the same), not
 * a sub-item's (unless `itemsNumbered`: the heading names no item whose parts they could be) nor a heading numbered in
 * the same style (a list of numbered items, each scored); null where the table has no next line (it ends, or its 合计
 * follows).
 */
function labelBelow(grid: Grid, r: number, top: number, label: string, style: string | null, endRow: number, itemsNumbered = false): boolean | null {
  for (let n = r + 1; n <= endRow; n++) {
    if (!grid.rowHasContent(n)) continue;
    if (isClosingRow(grid, n)) return null;
    if (!grid.startsInRow(n, top)) return false;
    const t = grid.compactText(n, top);
    // (nor a heading numbered in an outer style: "(三)文字语言 | 4" right before "三、绩效反映 | 20" is the last item of
    // its group, not a section of none)
    const next = headingStyle(t);
    return t !== "" && t !== label && (itemsNumbered || !SUB_ITEM.test(t)) && next !== style && !(next !== null && style !== null && outerStyle(next, style));
  }
  return null;
}

/**
 * The next line with content, a note aside, names an item of its own in the first name column (not merged down, no
 * sub-item) and states its rule in the rule column.
 */
function ruleBelow(grid: Grid, r: number, top: number, label: string, rubric: number, endRow: number): boolean {
  for (let n = r + 1; n <= endRow; n++) {
    if (!grid.rowHasContent(n)) continue;
    const t = grid.compactText(n, top);
    if (NOTE_LINE.test(t)) continue; // (a remark between the group's line and its first item)
    if (isClosingRow(grid, n) || !grid.startsInRow(n, top)) return false;
    return t !== "" && t !== label && !SUB_ITEM.test(t) && grid.compactText(n, rubric) !== "";
  }
  return false;
}

/**
 * Unnumbered section lines stand where most of them (and one at least) weigh the sum of the points written on the
 * lines under them, up to the next section line or the table's closing line.
 */
function looseLinesAddUp(grid: Grid, lines: Map<number, SectionLine>, w: number, loose: number, endRow: number, judged: (l: SectionLine) => boolean): boolean {
  const rows = [...lines.keys()];
  let adding = 0;
  rows.forEach((r, k) => {
    if (!judged(lines.get(r)!)) return;
    const text = grid.compactText(r, lines.get(r)!.col);
    const own = (grid.startsInRow(r, w) ? weightAt(grid, r, w)?.value : undefined) ?? groupWeightInLabel(text) ?? bareBracketNumber(text);
    if (own === null) return;
    const next = k + 1 < rows.length ? rows[k + 1] : endRow + 1;
    let sum = 0;
    let n = 0;
    for (let q = r + 1; q < next; q++) {
      if (!grid.rowHasContent(q)) continue;
      if (isClosingRow(grid, q)) break;
      const p = grid.startsInRow(q, w) ? weightAt(grid, q, w) : null;
      if (p) {
        sum += p.value;
        n++;
      }
    }
    if (n && agreesTyped(own, sum)) adding++;
  });
  return adding >= 1 && adding * 2 >= loose;
}

/** Heading styles from the outermost: 第一部分 > 一、 > (一). */
const STYLE_RANK: Record<string, number> = { part: 0, "cn-dun": 1, "cn-paren": 2 };

/** `a` numbers headings outside `b`'s (一、 over (一)). */
function outerStyle(a: string, b: string): boolean {
  return (STYLE_RANK[a] ?? 9) < (STYLE_RANK[b] ?? 9);
}
