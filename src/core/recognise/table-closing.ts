import type { Grid } from "../grid/grid";
import { rowMemo } from "../grid/row-memo";
import { FirstCharGate } from "../grid/pattern-gate";
import type { CellRef, ColumnRole, GroupNode, Indicator, NotedWeight, NumberRef, Totals, WeightBlock } from "../model/types";
import { normalizeGrade } from "../score/grade";
import { compact } from "../text/normalize";
import { groupWeightInLabel, weightInLabel } from "../text/labels";
import { copiesLeft, headMerge, numberAt, numberOrPointsAt, pointsAt, textAt, weightAt } from "./cells";
import type { HeaderMap } from "./table-header";
import { spanOver } from "./table-header";
import { gradeBandLine, mayOpenBandLine, reviewSignOffLine } from "./band-lines";
import { pageBreakSince } from "./table-walk";
import { budgetRole, indicatorRole } from "./headers";
import { BLOCK_LABEL_POINTS, CLOSING_ROW, LIST_NOTES_LINE, PAGE_FOOTER, REVIEW_SIGN_OFF, GRADE_IN_CELL, GRADE_LABEL, NOTED_WEIGHT_ITEM, NOTED_WEIGHTS, POINTS_TEXT, RESULT_TOTAL_LABEL, SCAN, SIGN_OFF_LABEL, SIGN_OFF_UNIT, STATED_TOTAL_IN_CELL, STATED_TOTAL_IN_SENTENCE, STATED_TOTAL_LABEL, TOTAL_LABEL } from "./vocabulary";

/** The rows that close the indicator table: 总分/合计, the grade, notes that fix weights, weighted block labels. */

/** True when the row starts with a closing label (总分, 合计, 评价结论, 注…) written in this row. */
// (asked of every line by the walk, the closing search, the stacked forms and the relations: once per grid and line, rowMemo)
export const isClosingRow = rowMemo(closingRow);
function closingRow(grid: Grid, row: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.startsInRow(row, c)) continue; // filled down from above (a block label)
    const t = grid.compactText(row, c);
    if (!t) continue;
    // (or written again from the line above, unchanged, as an export or a paste fills a merge down: the target's label
    // beside its 总计 line, which merged it leaves to the line's own first word)
    if (row > 1 && grid.compactText(row - 1, c) === t) continue;
    // (a text none of the five patterns below can match — no character one of their matches starts with, CLOSING_FIRST:
    // an indicator's name, most lines of a long table — is asked only whether it opens a key of the grades' bands)
    if (!CLOSING_FIRST.admits(t)) return mayOpenBandLine(t) && gradeBandLine(grid, row);
    // (a reviewer's opinion or signature line, a blank date, or a key of the grades' bands: band-lines.ts)
    return CLOSING_ROW.test(t) || GRADE_IN_CELL.test(t) || (GRADE_LABEL.test(t) && gradeRightOf(grid, row, c)) || signOffLine(grid, row, c, t) || reviewSignOffLine(t) || (mayOpenBandLine(t) && gradeBandLine(grid, row));
  }
  return false;
}

/**
 * The characters a match of closingRow's patterns may start with (the unit's in a sign-off line, signOffLine, and the
 * reviewer's, reviewSignOffLine, among them): a text with none of them matches none (pattern-gate.ts FirstCharGate).
 */
const CLOSING_FIRST = new FirstCharGate(CLOSING_ROW, GRADE_IN_CELL, GRADE_LABEL, SIGN_OFF_UNIT, REVIEW_SIGN_OFF);

/**
 * A line of what closes a page under its table, not of the table: a signature line (填表人：, 联系电话 | …, 填报日期),
 * the filing unit's, a reviewer's, a notes line (说明：…) or a page footer — by its first text
 * (period-table.ts, share-column.ts: a page's close under a cut table is no line of it, nor its end's evidence).
 */
export function closingMatter(grid: Grid, r: number): boolean {
  const c = grid.firstTextCell(r);
  if (!c) return false;
  const t = grid.compactText(r, c);
  return SIGN_OFF_LABEL.test(t) || SIGN_OFF_UNIT.test(t) || REVIEW_SIGN_OFF.test(t) || LIST_NOTES_LINE.test(t) || PAGE_FOOTER.test(t);
}

/**
 * A line of signatures under a form: the filing unit's label left blank (填报单位(盖章):) with another signature label
 * after it, in its own cell or a later one (填报人: | 填报日期:). A preamble's 填报单位:某县农业农村局 (beside 单位:万元 or
 * 填报日期:2023年12月) names the unit: none.
 */
function signOffLine(grid: Grid, row: number, col: number, t: string): boolean {
  const m = SIGN_OFF_UNIT.exec(t);
  if (!m) return false;
  // (the unit's field left blank, to be stamped: a preamble names the unit, 填报单位:某县农业农村局 | 填报日期:…)
  const rest = t.slice(m[0].length);
  if (rest) return SIGN_OFF_LABEL.test(rest);
  for (let c = col + 1; c <= grid.scanCols; c++) if (grid.ownsCell(row, c) && SIGN_OFF_LABEL.test(grid.compactText(row, c))) return true;
  return false;
}

/**
 * The next cell right of a grade label (评价等级 | 优) holds a grade: the line states the table's grade, it closes the
 * table (a 总分 printed first leaves the grade line as the table's last line).
 */
function gradeRightOf(grid: Grid, row: number, col: number): boolean {
  for (let c = col + 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(row, c)) continue;
    const t = grid.compactText(row, c);
    if (t) return normalizeGrade(t) !== null;
  }
  return false;
}

/** The totals row (总分 / 合计) at or after the table's end: stated weight and score totals. */
export function findTotals(
  grid: Grid,
  from: number,
  cols: Partial<Record<ColumnRole, number>>,
  headerRow = from,
): { totals: Totals | null; grade: CellRef<string> | null } {
  const last = Math.min(grid.rowCount, from + SCAN.totalsRows);
  for (let r = from; r <= last; r++) {
    let labelCol: number | null = null;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (TOTAL_LABEL.test(t) || (RESULT_TOTAL_LABEL.test(t) && cols.score !== undefined && cols.score !== c && numberOrPointsAt(grid, r, cols.score) !== null)) {
        labelCol = c;
        break;
      }
      // "自评总分：88分" in one cell under the table
      const inCell = statedTotalInCell(grid, r, c);
      if (inCell) return { totals: inCell, grade: findGradeRow(grid, r) };
    }
    if (labelCol === null) continue;
    let weight = cols.weight && cols.weight !== labelCol ? weightAt(grid, r, cols.weight) : null;
    // (a score written with its unit in its own cell, "88分", is that many points; merged across the row, see below)
    let score = cols.score && cols.score !== labelCol ? (numberAt(grid, r, cols.score) ?? (grid.ownsCell(r, cols.score) ? pointsAt(grid, r, cols.score) : null)) : null;
    // the 得分 column holding the grade ("总分(100分) | 100 | 自评等级 | 优"): the row's one number is its total
    if (!score && cols.score && normalizeGrade(compact(grid.text(r, cols.score)))) {
      const numbers: number[] = [];
      for (let c = labelCol + 1; c < cols.score; c++) if (c !== cols.weight && grid.ownsCell(r, c) && numberAt(grid, r, c)) numbers.push(c);
      if (numbers.length === 1) score = numberAt(grid, r, numbers[0]);
    }
    if (!weight) {
      // "100分" written somewhere in the row (weights carried in labels; not under a column of the groups' own weights,
      // 一级 权重 | … over its groups' points: that column's total, read with it as a bare number is)
      for (let c = labelCol + 1; c <= grid.scanCols; c++) {
        if (c === cols.score || c === cols.level1Weight || c === cols.level2Weight) continue;
        const t = grid.compactText(r, c);
        if (POINTS_TEXT.test(t)) {
          // "99.55分" merged across the 得分 column is the score's total, not the weights'
          const m = grid.mergeAt(r, c);
          // (or written again in each cell through the 得分 column, the merge filled across: the score read there is its copy)
          if (!m && cols.score !== undefined && cols.score > c && spanOver(grid, r, c) >= cols.score) score = pointsAt(grid, r, c);
          else if (!score && cols.score !== undefined && m && m.c1 <= cols.score && cols.score <= m.c2) score = pointsAt(grid, r, c);
          else weight = pointsAt(grid, r, c);
          break;
        }
      }
    }
    // a score's own label ("综合得分 | 88 | 评价等级 | 良") outside the table's columns: the first number right of it
    if (!score && !weight && STATED_TOTAL_LABEL.test(grid.compactText(r, labelCol))) score = firstPointsRightOf(grid, r, labelCol);
    let grade: CellRef<string> | null = null;
    for (let c = labelCol + 1; c <= grid.scanCols; c++) {
      if (grid.anchorCol(r, c) !== c) continue;
      const t = grid.text(r, c);
      if (t && normalizeGrade(compact(t))) grade = textAt(grid, r, c);
    }
    return {
      totals: { row: r, labelCell: grid.addr(r, labelCol), weight, score },
      grade: grade ?? findGradeRow(grid, r + 1),
    };
  }
  return { totals: statedTotalAbove(grid, from, headerRow), grade: findGradeRow(grid, from) };
}

/**
 * A 总分 line's points read as the weights' total ("总分 | 99.55分", the points in a cell of their own outside the
 * 分值 and 得分 columns: merged across the 得分 column they are its total, see findTotals) under a table that weighs
 * none of its lines nor groups (no 分值 column, no points in its labels) but scores them: there are no weights for
 * the points to total, so they are the scores' (a merge undone, a CSV dump, leaves the points beside the label).
 */
export function scoresTotalOfUnweighted(totals: Totals | null, cols: Partial<Record<ColumnRole, number>>, indicators: Indicator[], groups: GroupNode[]): Totals | null {
  const w = totals?.weight;
  if (!totals || !w || totals.score || cols.score === undefined || w.col === cols.weight) return totals;
  const weighted = (g: GroupNode): boolean => g.weight !== null || g.children.some(weighted);
  if (indicators.some((i) => i.weight !== null) || groups.some(weighted) || !indicators.some((i) => i.claimedScore !== null)) return totals;
  return { ...totals, weight: null, score: w };
}

/**
 * "自评总分(分) | 97.6" written above the table (Chongqing), or "自评总分: 95" in one cell (Hubei), when there is
 * no 总分 row below it.
 */
export function statedTotalAbove(grid: Grid, before: number, headerRow: number): Totals | null {
  for (let r = 1; r < Math.min(before, SCAN.statedTotalRows); r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const inCell = statedTotalInCell(grid, r, c, r < headerRow);
      if (inCell) return inCell;
      if (!STATED_TOTAL_LABEL.test(grid.compactText(r, c))) continue;
      const score = (c < grid.scanCols ? firstPointsRightOf(grid, r, c) : null) ?? (r < headerRow - 1 ? pointsBelowLabel(grid, r, c) : null);
      if (score) return { row: r, labelCell: grid.addr(r, c), weight: null, score };
    }
  }
  return null;
}

/**
 * "自评总分: 95" (or "…95分") in one cell; above the table also the project's score in a report's sentence
 * ("本项目绩效评价得分为89分,具体情况详见下表": under the table a 小计 or the rows come first).
 */
function statedTotalInCell(grid: Grid, r: number, c: number, sentence = false): Totals | null {
  const text = grid.compactText(r, c);
  const labelled = STATED_TOTAL_IN_CELL.exec(text);
  const inCell = labelled ?? (sentence && text.includes("得分") ? STATED_TOTAL_IN_SENTENCE.exec(text) : null);
  if (!inCell) return null;
  const digits = inCell[1];
  const i = digits.indexOf(".");
  const score = { cell: grid.addr(r, c), row: r, col: c, value: Number(digits), text: grid.text(r, c), decimals: i < 0 ? 0 : digits.length - i - 1, percent: false };
  return { row: r, labelCell: grid.addr(r, c), weight: null, score, ...(labelled ? {} : { inSentence: true as const }) };
}

/**
 * The points right under a 自评得分 label printed in the head block, far above the table (Sichuan 区域绩效目标自评表:
 * 自评得分 over 100 in the last column): only where the label's row names no other column (no table header) and the
 * number is the only one in its row.
 */
function pointsBelowLabel(grid: Grid, r: number, c: number): NumberRef | null {
  for (let d = 1; d <= grid.scanCols; d++) if (d !== c && grid.ownsCell(r, d) && (indicatorRole(grid.text(r, d)) || budgetRole(grid.text(r, d)))) return null;
  const below = grid.mergeAt(r, c)?.r2 ?? r;
  const n = pointsAt(grid, below + 1, c);
  if (!n) return null;
  for (let d = 1; d <= grid.scanCols; d++) if (d !== c && grid.ownsCell(below + 1, d) && numberAt(grid, below + 1, d)) return null;
  return n;
}

/** The points right after a label ("97.6" or "100分"), before any other text of the row. */
function firstPointsRightOf(grid: Grid, r: number, c: number): NumberRef | null {
  for (let d = c + 1; d <= grid.scanCols; d++) {
    if (!grid.ownsCell(r, d)) continue;
    const n = pointsAt(grid, r, d);
    if (n) return n;
    if (grid.text(r, d)) break;
  }
  return null;
}

function findGradeRow(grid: Grid, from: number): CellRef<string> | null {
  for (let r = from; r <= Math.min(grid.rowCount, from + SCAN.gradeRows); r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      // "自评等级：优" in one cell
      const one = GRADE_IN_CELL.exec(grid.compactText(r, c));
      if (one && grid.ownsCell(r, c)) return { cell: grid.addr(r, c), row: r, col: c, value: one[1], text: grid.text(r, c) };
    }
    for (let c = 1; c < grid.scanCols; c++) {
      if (!GRADE_LABEL.test(grid.compactText(r, c))) continue;
      for (let d = c + 1; d <= grid.scanCols; d++) {
        const t = grid.text(r, d);
        if (t && grid.anchorCol(r, d) === d) return normalizeGrade(compact(t)) ? textAt(grid, r, d) : null;
      }
    }
  }
  return null;
}

/**
 * Weights that the sheet's own notes fix: "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、
 * 满意度指标10分、预算资金执行率10分".
 */
export function findNotedWeights(grid: Grid, from: number): NotedWeight[] {
  const out: NotedWeight[] = [];
  // (every NOTED_WEIGHTS match holds 设置为: a sheet whose texts hold none has no note, no cell asked)
  if (!grid.hasText("设置为")) return out;
  for (let r = Math.max(1, from); r <= grid.rowCount; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      const m = NOTED_WEIGHTS.exec(t);
      if (!m) continue;
      for (const part of m[1].split(/[、,，]/)) {
        const pm = NOTED_WEIGHT_ITEM.exec(part);
        if (pm) out.push({ name: pm[1], weight: Number(pm[2]), cell: grid.addr(r, c) });
      }
    }
  }
  return out;
}

/**
 * Weighted blocks of indicator rows, labelled left of the 一级 column: "绩效指标(90分)" over the whole table
 * (Sichuan), "年度绩效目标1(40分)" per goal (Hubei). A block spans its merged label, else down to the next label; a
 * label printed again in its column under the header repeated at a page break (`headerRepeats`), no other label
 * between, continues the block above it (the merged label of the first page, unmerged: 组织领导(74分) over both pages).
 */
export function findWeightBlocks(grid: Grid, header: HeaderMap, lastRow: number, headerRepeats: number[] = []): WeightBlock[] {
  const roleCols = Object.values(header.columns);
  const firstRoleCol = Math.min(...roleCols);
  const labels: { row: number; col: number; label: string; weight: number; lastRow: number | null }[] = [];
  for (let c = 1; c < firstRoleCol; c++) {
    for (let r = header.firstHeaderRow; r <= lastRow; r++) {
      // (a label merged across the line, filled across: read once, at its first copy, and over its own line as merged)
      if (!grid.ownsCell(r, c) || copiesLeft(grid, r, c)) continue;
      // (a blank cell states no points: the column of blanks left of a table's 一级 column, row after row, read at once)
      const compacted = grid.compactText(r, c);
      if (compacted === "") continue;
      const t = grid.text(r, c);
      const w = weightInLabel(t) ?? blockLabelPoints(compacted);
      if (w === null) continue;
      const m = headMerge(grid, r, c);
      labels.push({ row: r, col: c, label: t, weight: w, lastRow: m ? m.r2 : null });
    }
  }
  labels.sort((a, b) => a.row - b.row);
  // (a label merged down its lines and printed again, merged, right under them — the same text and points, no line
  // between: the group going on over a page break, as the walk reads a level's label so, repeatsGroupLabel)
  for (let k = labels.length - 1; k > 0; k--) {
    const prev = labels[k - 1];
    const l = labels[k];
    if (prev.col !== l.col || prev.lastRow === null || l.lastRow === null || l.row !== prev.lastRow + 1 || prev.weight !== l.weight) continue;
    if (grid.compactText(prev.row, prev.col) !== grid.compactText(l.row, l.col)) continue;
    prev.lastRow = l.lastRow;
    labels.splice(k, 1);
  }
  if (headerRepeats.length) {
    const again = (l: (typeof labels)[number], k: number) => {
      const prev = labels[k - 1];
      return !!prev && prev.col === l.col && prev.lastRow === null && l.lastRow === null && grid.compactText(prev.row, prev.col) === grid.compactText(l.row, l.col) && pageBreakSince(headerRepeats, prev.row, l.row);
    };
    // (dropped from the last: a label printed on three pages continues the first)
    for (let k = labels.length - 1; k > 0; k--) if (again(labels[k], k)) labels.splice(k, 1);
  }
  // (a label not merged runs down to the next label in its column or left of it: a lower level's label right of it, on
  // its own line or below, is a block inside it — 城镇建设(650分) | 镇容生态环境(300分) on one line, the merges undone)
  const nextOver = (i: number) => {
    for (let k = i + 1; k < labels.length; k++) if (labels[k].row > labels[i].row && labels[k].col <= labels[i].col) return labels[k].row - 1;
    return lastRow;
  };
  return labels.map((l, i) => ({
    label: l.label,
    weight: l.weight,
    cell: grid.addr(l.row, l.col),
    firstRow: l.row,
    lastRow: l.lastRow ?? nextOver(i),
  }));
}

/**
 * "项目决策 2 分": a block label's weight written after its name; also after a code or a longer name, as a group label's
 * bare points are read ("B1房屋建筑110分": groupWeightInLabel), never a total's ("合计100分").
 */
function blockLabelPoints(c: string): number | null {
  const m = BLOCK_LABEL_POINTS.exec(c);
  if (m) return Number(m[1]);
  return TOTAL_WORD_FIRST.test(c) ? null : groupWeightInLabel(c);
}
const TOTAL_WORD_FIRST = /^(满分|总分|合计|总计|小计)/;
