import type { Grid } from "../grid/grid";
import type { WeightBlock } from "../model/types";
import { groupWeightInLabel } from "../text/labels";
import { compact } from "../text/normalize";
import { copiesLeft, headMerge, labelSpanEnd, pointsAt } from "./cells";
import { bareBracketNumber } from "./bare-points";
import { clauseSpans } from "./clause-lines";
import { isClosingRow } from "./table-closing";
import type { HeaderMap } from "./table-header";
import { pageBreakSince, TableWalk } from "./table-walk";
import { agreesTyped } from "../relations/tolerance";

/**
 * Group labels in the indicator-name column: one label with its points ("公共区域18分", "厕所(12分)") over two or more
 * weighted rows of a scoring form — merged down them, or written once with the rows below it left blank (also across
 * the table's header repeated at a page break). Each is a weight block: the weights of its rows add up to its points.
 * A label over a single row is left alone (it may be the indicator's own name, "考试成绩80分").
 */
export function findNameLabelBlocks(grid: Grid, header: HeaderMap, walk: TableWalk): WeightBlock[] {
  const cols = header.columns;
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  if (!nameCol || !walk.indicators.length) return [];
  if (cols.weight === undefined) return clauseLabelBlocks(grid, header, walk, nameCol);
  // (the rows indexed when a first label with points is met: most tables have none)
  let weightedRows: Set<number> | null = null;
  let indicatorRows: Set<number> | null = null;
  const headerText = grid.compactText(header.headerRow, nameCol);
  const end = walk.lastRow;
  const out: WeightBlock[] = [];
  const single: WeightBlock[] = [];
  // (the last label read: a label printed again under the header repeated at a page break continues its block)
  let prev: { r: number; last: number; text: string; weight: number } | null = null;
  for (let r = header.headerRow + 1; r <= end; r++) {
    if (!grid.ownsCell(r, nameCol)) continue;
    const label = grid.text(r, nameCol);
    if (!label) continue;
    const weight = groupWeightInLabel(label);
    if (weight === null) continue;
    const m = grid.mergeAt(r, nameCol);
    if (m && m.c2 !== m.c1) continue; // a caption across columns, not a label (see findSectionLineBlocks)
    weightedRows ??= new Set(walk.indicators.filter((i) => i.weight !== null && i.childOfRow === null && !i.notApplicable).map((i) => i.row));
    indicatorRows ??= new Set(walk.indicators.map((i) => i.row));
    const text = grid.compactText(r, nameCol);
    const again: boolean = prev !== null && prev.text === text && prev.weight === weight && !!walk.headerRepeats && pageBreakSince(walk.headerRepeats, prev!.last, r);
    const from: number = again ? prev!.r : r;
    if (again && out.length && out[out.length - 1].firstRow === from) out.pop();
    let last = m ? m.r2 : r;
    // rows below left blank continue the label; a repeated header is stepped over; anything else ends it — but a line of
    // no indicator of its own, blank in the name column, left of it and in the 分值 column, is the line above's going
    // on (a criterion's further clauses, its 分值 merged down over them, the merge undone): the label goes on past it
    // to the next indicator line
    for (let n = last + 1; n <= end; n++) {
      if (grid.mergeAt(n, nameCol)) break;
      const t = grid.compactText(n, nameCol);
      if (t && (t === headerText || walk.headerRepeats?.includes(n))) continue;
      if (t) break;
      if (!indicatorRows.has(n)) {
        if (continuesLineAbove(grid, n, nameCol, cols.weight)) continue;
        break;
      }
      last = n;
    }
    prev = { r: from, last, text, weight };
    let rows = 0;
    for (let n = from; n <= last; n++) if (weightedRows.has(n)) rows++;
    if (rows < 2) {
      // (a label over its one weighted line, nothing else under it: kept aside, a block only beside blocks of its kind)
      if (rows === 1 && from === last && !again) single.push({ label, weight, cell: grid.addr(from, nameCol), firstRow: from, lastRow: last });
      continue;
    }
    out.push({ label, weight, cell: grid.addr(from, nameCol), firstRow: from, lastRow: last });
  }
  // a label over one line where the column's other labels with points head blocks of two lines or more ("河面4分" among
  // "公共区域18分", "厕所12分", "庭院11分"): a group's label as theirs are, over a group of one line, whose weight is its points
  if (out.length >= 2 && single.length) {
    for (const b of single) if (!out.some((x) => x.firstRow === b.firstRow)) out.push(b);
    out.sort((a, b) => a.firstRow - b.firstRow);
  }
  return out;
}

/**
 * Line n continues the indicator line above it: nothing in the name column nor left of it, nothing in the 分值 column
 * (blank, or covered by a merge from above), and something of its own elsewhere (a clause, a method).
 */
function continuesLineAbove(grid: Grid, n: number, nameCol: number, weightCol: number): boolean {
  for (let c = 1; c <= nameCol; c++) if (grid.ownsCell(n, c) && grid.compactText(n, c)) return false;
  if (grid.ownsCell(n, weightCol) && grid.compactText(n, weightCol)) return false;
  return grid.rowHasContent(n);
}

/**
 * A four-level table's 三级 labels stating their points ("目标设定(4分)" merged over its 四级 lines 目标依据充分性(2分) |
 * 工作目标合理性(2分)): the tree keeps 一级, 二级 and the 四级 lines, so each such label is a weight block of the lines it
 * spans (its merge, or the lines below it left blank), one line or more (a level's label, never a line's own name). A
 * 三级 with no 四级 under it (merged across into the 四级 column or written again in it, or the line's only name) is the
 * line itself: no block.
 */
export function findThirdLevelBlocks(grid: Grid, header: HeaderMap, walk: TableWalk): WeightBlock[] {
  const third = header.thirdLevelCol;
  const fourth = header.columns.level3;
  if (third === undefined || fourth === undefined || !walk.indicators.length) return [];
  const weighted = new Set(walk.indicators.filter((i) => i.weight !== null && i.childOfRow === null && !i.notApplicable).map((i) => i.row));
  const lines = new Set(walk.indicators.map((i) => i.row));
  const out: WeightBlock[] = [];
  for (let r = header.headerRow + 1; r <= walk.lastRow; r++) {
    if (!grid.startsInRow(r, third) || !grid.ownsCell(r, third)) continue;
    const label = grid.text(r, third);
    const weight = label ? groupWeightInLabel(label) : null;
    if (weight === null) continue;
    // (merged across into the 四级 column, or that merge filled across: its label written again there, headMerge)
    const m = headMerge(grid, r, third);
    if (m && m.c2 >= fourth) continue;
    let last = m ? m.r2 : r;
    while (last < walk.lastRow && !grid.mergeAt(last + 1, third) && grid.compactText(last + 1, third) === "" && lines.has(last + 1)) last++;
    // (every line it spans a 四级 of its own, weighted)
    let rows = 0;
    let own = true;
    for (let n = r; n <= last && own; n++) {
      if (!lines.has(n)) continue;
      own = grid.anchor(n, fourth).col === fourth && grid.compactText(n, fourth) !== "" && weighted.has(n);
      rows++;
    }
    if (!own || rows === 0) continue;
    // (the label printed again under a header repeated at a page break, the same points: the same block goes on)
    const prev = out[out.length - 1];
    if (prev && compact(prev.label) === compact(label) && prev.weight === weight && walk.headerRepeats && pageBreakSince(walk.headerRepeats, prev.lastRow, r)) {
      prev.lastRow = last;
      continue;
    }
    out.push({ label, weight, cell: grid.addr(r, third), firstRow: r, lastRow: last });
  }
  return out;
}

/**
 * No 分值 column: a label with its points over the clauses of its rule, each clause a line weighing the points it
 * states (clause-lines.ts: "1.耕地保有量;基本农田保护(7分)" over 本项满分3.5分 / 2.5分 / 1分): a weight block, the clauses
 * adding up to the label's points. Other lines' points are their own label's or their rule's, in no block.
 */
function clauseLabelBlocks(grid: Grid, header: HeaderMap, walk: TableWalk, nameCol: number): WeightBlock[] {
  const spans = clauseSpans(grid, header.columns, nameCol, header.headerRow + 1, walk.lastRow);
  if (!spans) return [];
  const read = new Set(walk.indicators.filter((i) => i.weight !== null && i.childOfRow === null).map((i) => i.row));
  const out: WeightBlock[] = [];
  for (const s of new Set(spans.values())) {
    const label = grid.text(s.labelRow, nameCol);
    const weight = groupWeightInLabel(label);
    if (weight === null) continue;
    let rows = 0;
    for (let n = s.firstRow; n <= s.lastRow; n++) if (read.has(n)) rows++;
    if (rows < 2) continue;
    out.push({ label, weight, cell: grid.addr(s.labelRow, nameCol), firstRow: s.firstRow, lastRow: s.lastRow });
  }
  return out;
}

/**
 * The one text of a row (its only filled cell, merged across or not, or that merge filled across: the text written
 * again in the cells right of it, copiesLeft) and its column, or null.
 */
function onlyText(grid: Grid, r: number): { col: number; text: string } | null {
  let found: { col: number; text: string } | null = null;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c) || !grid.compactText(r, c) || (found && copiesLeft(grid, r, c))) continue;
    if (found) return null;
    found = { col: c, text: grid.text(r, c) };
  }
  return found;
}

/**
 * Section lines of a criteria table (评分细则 / 评分标准, one criterion per row, no level columns): a row whose only
 * text is a label with its points ("一、决策(20分)", "二、过程 20分"), merged across the table or written in its first
 * cell, heads the weighted rows below it up to the next section line or the table's end. Each is a weight block: its
 * rows' weights add up to its points. A section line is a row of its own, so one weighted row under it is enough;
 * a row under it with no points leaves the section unchecked (its weights are not all written), and so do rows under
 * weighted groups (their groups' sums are checked; the section would repeat an error found there).
 */
export function findSectionLineBlocks(grid: Grid, header: HeaderMap, walk: TableWalk): WeightBlock[] {
  if (!walk.indicators.length) return [];
  // (no 分值 column: the criteria's points are the ones their names or rules state, "满分5分，…" / "(5分)…", read only
  // where every criterion has its own; see the sums' evidence below)
  const noWeightCol = header.columns.weight === undefined;
  if (noWeightCol && !walk.indicators.some((i) => i.weightSource === "label")) return [];
  // (the indicators' rows marked in one byte per row up to the table's last: no set of a large table's rows)
  const indicatorRows = new Uint8Array(Math.max(walk.lastRow + 1, 0));
  for (let k = 0; k < walk.indicators.length; k++) {
    const row = walk.indicators[k].row;
    if (row >= 0 && row <= walk.lastRow) indicatorRows[row] = 1;
  }
  let sections: { row: number; col: number; label: string; weight: number }[] = [];
  // (section lines whose points are a bare number in brackets, "一、组织领导(38)": read only with the evidence below)
  const bare: { row: number; col: number; label: string; weight: number }[] = [];
  for (let r = header.headerRow + 1; r <= walk.lastRow; r++) {
    if (indicatorRows[r] === 1) continue;
    const t = onlyText(grid, r);
    if (!t) continue;
    const weight = groupWeightInLabel(t.text);
    if (weight !== null) sections.push({ row: r, col: t.col, label: t.text, weight });
    else {
      const n = bareBracketNumber(t.text);
      if (n !== null) bare.push({ row: r, col: t.col, label: t.text, weight: n });
    }
  }
  if (!sections.length && bare.length >= 2) sections = bareSectionPoints(bare, walk);
  // (table53) a numbered section line right above the header heads the table under it ('一、节水技术标准(40分)' over 序号 |
  // 指标 | … | 分值, the next section with a header of its own): its rows' weights add up to its points as well
  const above = header.inferred ? null : sectionAboveHeader(grid, header.firstHeaderRow - 1);
  if (above) sections.unshift(above);
  // (a section line printed again under the header repeated at a page break, the same label: the section goes on)
  if (walk.headerRepeats && sections.length >= 2) sections = sections.filter((s, k) => k === 0 || !repeatsAfterBreak(grid, walk, sections[k - 1], s));
  if (!sections.length) return [];
  const rows = walk.indicators.filter((i) => i.childOfRow === null && !i.notApplicable);
  const out: WeightBlock[] = [];
  let agrees = 0;
  sections.forEach((s, k) => {
    const last = k + 1 < sections.length ? sections[k + 1].row - 1 : walk.lastRow;
    const under = rows.filter((i) => i.row > s.row && i.row <= last);
    // (a criterion with its points left blank: the section's weights are not all there to add up; criteria under
    // weighted groups: the groups' sums are checked, a section over them would report the same error again)
    if (!under.length || under.some((i) => i.weight === null || (i.level1?.weight ?? null) !== null || (i.level2?.weight ?? null) !== null)) return;
    // (no 分值 column: every criterion's points its own label's or rule's, none read from another column)
    if (noWeightCol && under.some((i) => i.weightSource !== "label")) return;
    if (agreesTyped(s.weight, under.reduce((a, i) => a + i.weight!, 0))) agrees++;
    out.push({ label: s.label, weight: s.weight, cell: grid.addr(s.row, s.col), firstRow: s.row + 1, lastRow: last });
  });
  // (no 分值 column, the points read from the criteria's texts: the sections are the sheet's groups where one of them
  // at least is its criteria's sum, and one at most is not — a slip, which its block reports)
  if (noWeightCol && (agrees === 0 || out.length - agrees > 1)) return [];
  return out;
}

/** a section's numbering: 一、 二. (the line a section of several, not the sheet's title over its one table) */
const SECTION_NUMBERED = /^[一二三四五六七八九十]{1,3}[、.]/;

/** The numbered section line with its points (its row's only text) at row r, or null. */
function sectionAboveHeader(grid: Grid, r: number): { row: number; col: number; label: string; weight: number } | null {
  if (r < 1) return null;
  const t = onlyText(grid, r);
  if (!t || !SECTION_NUMBERED.test(compact(t.text))) return null;
  const weight = groupWeightInLabel(t.text);
  return weight !== null ? { row: r, col: t.col, label: t.text, weight } : null;
}

/**
 * A label line printed again at a page break: the same label (compacted) as the one above it, a header line printed
 * again between them (walk.headerRepeats) and no other label between (`prev` is the label just above).
 */
function repeatsAfterBreak(grid: Grid, walk: TableWalk, prev: { row: number; col: number }, s: { row: number; col: number }): boolean {
  if (grid.compactText(prev.row, prev.col) !== grid.compactText(s.row, s.col)) return false;
  return pageBreakSince(walk.headerRepeats!, prev.row, s.row);
}

/**
 * Section lines whose points are written in brackets without 分 ("一、组织领导坚强有力(6)" across the table, its criteria's
 * 分值 below): their numbers are points where every one of them is at least its largest criterion's points, they are no
 * run 1, 2, 3 … (a numbering), and one of them at least is its criteria's sum (a count or a year is none of these).
 * The others' sums are then what the blocks check. Else none (the lines are left as unweighted sections).
 */
function bareSectionPoints(bare: { row: number; col: number; label: string; weight: number }[], walk: TableWalk): typeof bare {
  if (bare.every((s, k) => s.weight === k + 1)) return [];
  let agrees = 0;
  for (let k = 0; k < bare.length; k++) {
    const s = bare[k];
    const last = k + 1 < bare.length ? bare[k + 1].row - 1 : walk.lastRow;
    let sum = 0;
    let largest = 0;
    let lines = 0;
    for (const i of walk.indicators) {
      if (i.row <= s.row || i.row > last || i.childOfRow !== null || i.notApplicable) continue;
      lines++;
      if (i.weight === null) continue;
      sum += i.weight;
      largest = Math.max(largest, i.weight);
    }
    if (lines && s.weight < largest) return [];
    if (lines && agreesTyped(s.weight, sum)) agrees++;
  }
  return agrees ? bare : [];
}

/** A group's points in a column of their own, and the lines they stand beside. */
export interface PointSpan {
  row: number;
  col: number;
  value: number;
  lastRow: number;
}

/**
 * The spans of a column holding each group's points once for all its lines (合计得分 over 得分): a cell merged down the
 * group's lines; unmerged, the number on the group's first line and the lines below it left blank, or the same number
 * written again on each (a filled-down copy), up to the next number, or to a line where a new label starts in the
 * columns left of `namesFrom` (two groups of equal points filled down), or to `lastRow`.
 */
export function groupPointSpans(grid: Grid, col: number, firstRow: number, lastRow: number, namesFrom: number): PointSpan[] {
  const out: PointSpan[] = [];
  const labelsAt = (r: number) => {
    let t = "";
    for (let c = 1; c < namesFrom; c++) t += "|" + (grid.startsInRow(r, c) ? grid.compactText(r, c) : "");
    return t;
  };
  for (let r = firstRow; r <= lastRow; r++) {
    if (!grid.startsInRow(r, col)) continue;
    const points = pointsAt(grid, r, col);
    if (!points) continue;
    const m = grid.mergeAt(r, col);
    let last = m ? Math.min(m.r2, lastRow) : r;
    if (!m) {
      for (let k = r + 1; k <= lastRow; k++) {
        if (grid.mergeAt(k, col) || isClosingRow(grid, k) || !grid.rowHasContent(k)) break;
        const t = grid.compactText(k, col);
        if (t && (pointsAt(grid, k, col)?.value ?? NaN) !== points.value) break;
        // (a filled-down copy or a blank under a label that starts a new group: the next group)
        if (/[^|]/.test(labelsAt(k)) && labelsAt(k) !== labelsAt(k - 1)) break;
        last = k;
      }
    }
    out.push({ row: r, col, value: points.value, lastRow: last });
    r = last;
  }
  return out;
}

/**
 * A group's points merged down its lines in a column of their own (合计得分 6分 over the lines' 得分 2分 | 2分 | 2分: see
 * the header's groupPointsCol): each merged cell is a weight block over the weighted lines it spans, labelled by the
 * group's name (the nearest label left of the lines' names on its first line).
 */
export function findGroupPointBlocks(grid: Grid, header: HeaderMap, walk: TableWalk): WeightBlock[] {
  const col = header.groupPointsCol;
  const nameCol = header.columns.level3 ?? header.columns.level2 ?? header.columns.level1;
  if (col === undefined || nameCol === undefined || !walk.indicators.length) return [];
  const out: WeightBlock[] = [];
  for (const span of groupPointSpans(grid, col, header.headerRow + 1, walk.lastRow, nameCol)) {
    let label = "";
    // (not the points' own cell: a four-level table's 三级 points stand between its label and the leaves' names)
    for (let c = nameCol - 1; c >= 1 && !label; c--) if (c !== col) label = grid.text(span.row, c);
    label ||= grid.text(header.headerRow, col);
    // (the same points beside the same label under the header repeated at a page break: the block goes on)
    const prev = out[out.length - 1];
    if (prev && walk.headerRepeats && prev.weight === span.value && compact(prev.label) === compact(label) && pageBreakSince(walk.headerRepeats, prev.lastRow, span.row)) {
      prev.lastRow = span.lastRow;
      continue;
    }
    out.push({ label, weight: span.value, cell: grid.addr(span.row, col), firstRow: span.row, lastRow: span.lastRow });
  }
  return out;
}

/** A total's label, never a block's ("合计(100)", "总分(100)"). */
const TOTAL_LABEL_FIRST = /^(满分|总分|合计|总计|小计)/;

/**
 * Group labels left of the table's columns that end in a bare bracketed number, without 分 ("一、坚持党政工共建…落到实处
 * (12)" merged down its items' lines, the provincial standards dropping the 分): each label's number is its block's
 * points where the sum says so — one label of the column at least has its lines' weights add up to exactly its number
 * (3 + 2 + 2 + 3 + 2 = (12)), and as many of the column's labels agree with their lines as disagree. A label is read only
 * over two weighted lines at least, its number at least its largest line's (a count or a mark below the lines' points is
 * no group's points), and the column's numbers no run 1, 2, 3 … (a numbering). A year ("(2019)") is no bare number; a
 * count that adds up by chance is read but agrees. Each label spans its merge, else the lines down to the next other text
 * of its column (blank below it, or the label filled down). Labels stating their points (…(12分)) are findWeightBlocks'.
 */
export function findBareLabelBlocks(grid: Grid, header: HeaderMap, walk: TableWalk): WeightBlock[] {
  const first = Math.min(...Object.values(header.columns));
  if (!(first > 1) || !walk.indicators.length) return [];
  const end = walk.lastRow;
  let weights: Map<number, number> | null = null;
  const out: WeightBlock[] = [];
  for (let c = 1; c < first; c++) {
    const found: { block: WeightBlock; agrees: boolean }[] = [];
    for (let r = header.headerRow + 1; r <= end; r++) {
      if (!grid.startsInRow(r, c)) continue;
      const label = grid.text(r, c);
      const n = label ? bareBracketNumber(label) : null;
      if (n === null || groupWeightInLabel(label) !== null || TOTAL_LABEL_FIRST.test(grid.compactText(r, c))) continue;
      const last = labelSpanEnd(grid, r, c, end);
      weights ??= new Map(walk.indicators.filter((i) => i.weight !== null && i.childOfRow === null && !i.notApplicable).map((i) => [i.row, i.weight!]));
      let sum = 0;
      let lines = 0;
      let largest = 0;
      for (let k = r; k <= last; k++) {
        const w = weights.get(k);
        if (w === undefined) continue;
        sum += w;
        lines++;
        largest = Math.max(largest, w);
      }
      if (lines >= 2 && n >= largest) found.push({ block: { label, weight: n, cell: grid.addr(r, c), firstRow: r, lastRow: last }, agrees: agreesTyped(n, sum) });
      r = last;
    }
    const agree = found.filter((f) => f.agrees).length;
    if (!agree || agree < found.length - agree) continue;
    if (found.length >= 2 && found.every((f, k) => f.block.weight === k + 1)) continue;
    for (const f of found) out.push(f.block);
  }
  return out;
}
