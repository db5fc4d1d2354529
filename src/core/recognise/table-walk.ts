import type { Grid } from "../grid/grid";
import { mergedLinesEnd } from "../model/merged-lines";
import type { CellRange } from "../grid/a1";
import type { ColumnRole, GroupNode, Indicator, Subtotal } from "../model/types";
import { IndicatorColumns, IndicatorRow, setPathLevel } from "../model/indicator-row";
import { labelCode } from "../text/codes";
import { asciiDigits, compact } from "../text/normalize";
import { parseValue, qualitativeTier } from "../text/quantity";
import { codePrefix, criterionPoints, groupLabelName, groupWeightInLabel, itemWeightInLabel, labelName, weightInLabel } from "../text/labels";
import { copiesAbove, copiesEnd, copiesLeft, numberAt, numberOrPointsAt, numberReadAt, pointsAt, scoreValueAt, weightAt, weightValueAt } from "./cells";
import { indicatorRole } from "./headers";
import { distinctKeyRoles, hasLevel, HeaderMap, rowRolesShared } from "./table-header";
import { isClosingRow } from "./table-closing";
import { readBareGroupPoints, readBareLabelPoints, readBarePointsBesideColumn, readPercentLabelWeights } from "./bare-points";
import { rulePoints } from "./rule-points";
import { ClauseSpan, clauseSpans } from "./clause-lines";
import { closingPointsRows } from "./closing-points";
import { awardRows } from "./award-rubric";
import { closingItemRows } from "./closing-items";
import { codeSections, labelCodesNest, labelNestingCode } from "./code-sections";
import { centredLabelRows, looksCentred } from "./centred-labels";
import { leafNameColumn } from "./fourth-level";
import { sectionLines } from "./section-lines";
import { dimensionTreeCodes } from "./dimension-tree";
import { readGroupWeightCopies } from "./group-weight-copies";
import { readNumber } from "../text/numbers";
import { ATTACHMENT_NUMBER, ITEM_COUNT_NAME, LEVEL_SUBHEADER, NOTE_LINE, PLACEHOLDER_NAME, SUB_ITEM, SUBTOTAL_LABEL, TARGET_DIMENSIONS, TOTAL_LABEL } from "./vocabulary";
import { agreesTyped, exceedsTyped, fallsShortTyped } from "../relations/tolerance";

/** patterns of the per-row tests below (module constants: a literal in a function makes a RegExp on every call) */
const NUMBERING_LABEL = /^(序号|编号)$/;
/** A name in a column left of the table's (two Chinese characters at least): no 序号 (1, 2 …, 一, 二 …). */
const OUTER_NAME = /[\u4e00-\u9fa5].*[\u4e00-\u9fa5]/;
const OF_WHICH = /^其中/;
const OPENING_BRACKET = /^[(（\[【<《]/;
const NUMBER_LIKE_TEXT = /^\d|\d(%|万元|元|分)$/;
const ANY_DIGIT = /\d/;
/** A group label's name beyond its points and code (two Chinese characters): "(20分)" alone names no group. */
const NAMED_LABEL = /[\u4e00-\u9fa5].*[\u4e00-\u9fa5]/;

/** The row walk under the indicator header: indicators, their 一级/二级 groups, sub-items, 小计 rows. */


export interface TableWalk {
  subtotals: Subtotal[];
  indicators: Indicator[];
  groups: GroupNode[];
  placeholderRows: number[];
  /** first row after the table (closing row), or null when the grid ends inside the table */
  closingRow: number | null;
  lastRow: number;
  /** a 总分/合计 line right under the header, before the indicator lines it totals (see leadingTotalLine) */
  leadingTotalRow?: number;
  /** the lines that print the header again inside the table (a page break), stepped over */
  headerRepeats?: number[];
}

interface GroupKeyState {
  key: string | null;
  node: GroupNode | null;
  /** the last group label compacted, and its compact form (one cache lookup per label, not per row) */
  label?: string;
  labelCompact?: string;
  /** the last merge a key was made for, and that key (a merge down a whole category gives every row one key) */
  merge?: CellRange | null;
  mergeKey?: string;
}

/** A row's group key at one level, written into the caller's object (one per level and walk, not one per row). */
interface GroupKeyRead {
  key: string | null;
  text: string;
  /** the row the key was read at */
  at: number;
}

function setKey(out: GroupKeyRead, key: string | null, text: string, at: number): GroupKeyRead {
  out.key = key;
  out.text = text;
  out.at = at;
  return out;
}

function compactLabel(prev: GroupKeyState, label: string): string {
  if (prev.label !== label) {
    prev.label = label;
    prev.labelCompact = compact(label);
  }
  return prev.labelCompact!;
}

function groupKey(grid: Grid, row: number, col: number, prev: GroupKeyState, out: GroupKeyRead): GroupKeyRead {
  const m = grid.mergeAt(row, col);
  const text = grid.text(row, col);
  if (m) {
    if (prev.merge !== m) {
      prev.merge = m;
      prev.mergeKey = `m:${m.r1}:${m.c1}`;
    }
    return setKey(out, prev.mergeKey!, text, row);
  }
  if (!text) return setKey(out, prev.key, prev.node?.label ?? "", row); // unmerged blank: same as above
  if (prev.node && compactLabel(prev, prev.node.label) === compact(text) && !prev.key?.startsWith("m:")) return setKey(out, prev.key, text, row);
  return setKey(out, `t:${row}:${col}`, text, row);
}

function newGroup(grid: Grid, level: 1 | 2, row: number, col: number, label: string, weightCol?: number, scoreCol?: number, firstRow = row): GroupNode {
  // (a label written again from the cell left of it, its merge filled across: the label's cell is its first copy's, as the
  // merge's anchor is)
  let first = col;
  while (copiesLeft(grid, row, first)) first--;
  const a = grid.anchor(row, first);
  const labelWeight = groupWeightInLabel(label);
  const own = labelWeight === null && weightCol ? weightAt(grid, a.row, weightCol) : null;
  const w = labelWeight ?? own?.value ?? null;
  return {
    level,
    label,
    name: groupLabelName(label),
    code: codePrefix(label),
    cell: grid.addr(a.row, a.col),
    row: a.row,
    col: a.col,
    weight: w,
    weightCell: own ? own.cell : w !== null ? grid.addr(a.row, a.col) : null,
    score: scoreCol ? numberOrPointsAt(grid, a.row, scoreCol) : null,
    firstRow: Math.min(row, firstRow),
    lastRow: Math.max(row, firstRow),
    children: [],
    indicators: [],
  };
}

/**
 * A group label read anew (a merge of its own, or a label after a merged one) that repeats the group just above it at
 * its level — the same text with the same points, in the label ("一、农机安全管理组织领导(24分)" over items 1–3, then
 * again over item 4 after a page break) or in the level's own weight column — continues that group: a printed repeat,
 * not a second group of the same weight. A label without points or name, or with other points, opens a group. A blank label
 * merged over later lines continues the group above it.
 */
function repeatsGroupLabel(grid: Grid, prev: GroupNode | null, k: GroupKeyRead, weightCol: number | undefined, headerRepeats: number[]): boolean {
  if (!prev || k.at <= prev.row) return false;
  // (a blank label merged over later lines prints no new group, as a blank unmerged one does not)
  if (!k.text) return k.key !== null && k.key.startsWith("m:");
  if (!NAMED_LABEL.test(prev.name)) return false;
  if (compact(k.text) !== compact(prev.label)) return repeatsNameAfterBreak(grid, prev, k, weightCol);
  // right under the header printed again (a page break since the group's last line): the page repeats the label, with
  // or without points, unless the level's own weight column states other points there
  if (pageBreakSince(headerRepeats, prev.lastRow, k.at)) {
    const own = weightCol ? weightAt(grid, grid.anchor(k.at, weightCol).row, weightCol) : null;
    return own === null || prev.weight === null || own.value === prev.weight;
  }
  if (prev.weight === null) return false;
  const stated = groupWeightInLabel(k.text);
  if (stated !== null) return stated === prev.weight;
  if (!weightCol) return false;
  const own = weightAt(grid, grid.anchor(k.at, weightCol).row, weightCol);
  return own !== null && own.value === prev.weight;
}

/** The label's leading code ("二、", "(一)") as a key of its style, parent and number; "" where it has none. */
function codePrefixOf(label: string): string {
  const c = labelCode(label);
  return c ? `${c.style}:${c.parent ?? ""}:${c.n}` : "";
}

/**
 * After an empty line (where a pasted page breaks), the group's label printed again without its points, as the page's
 * top: "完善制度体系(25分)" over its items, an empty line, then "完善制度体系" over the next page's first item — the same
 * group going on, not a second group of no points. The label states no points of its own, and the level's own weight
 * column, if any, none but the group's.
 */
function repeatsNameAfterBreak(grid: Grid, prev: GroupNode, k: GroupKeyRead, weightCol: number | undefined): boolean {
  if (prev.weight === null || !k.text || groupWeightInLabel(k.text) !== null || compact(labelName(k.text)) !== compact(prev.name)) return false;
  if (codePrefixOf(k.text) !== codePrefixOf(prev.label)) return false;
  let empty = false;
  for (let r = prev.lastRow + 1; r < k.at && !empty; r++) empty = !grid.rowHasContent(r);
  if (!empty) return false;
  const own = weightCol ? weightAt(grid, grid.anchor(k.at, weightCol).row, weightCol) : null;
  return own === null || own.value === prev.weight;
}

/** A group's label (and its points in the level's weight column) printed again at line `at`: noted on the group. */
function noteRestated(grid: Grid, g: GroupNode, at: number, col: number, weightCol: number | undefined): void {
  const cells = (g.restatedCells ??= []);
  const a = grid.anchor(at, col);
  cells.push(grid.addr(a.row, a.col));
  if (weightCol === undefined) return;
  const w = grid.anchor(at, weightCol);
  if (weightAt(grid, w.row, weightCol)) cells.push(grid.addr(w.row, w.col));
}

/** Groups looked back over for a label printed again at the top of a page (the page's open groups are the last ones). */
const PAGE_TOP_LOOKBACK = 4;

/**
 * A label read at the top of a page (under a header repeated at a page break) that repeats one of the groups of its
 * level open at the break other than `current` (a caption line printed again above it): that group, or null.
 */
function earlierGroupRepeated(grid: Grid, list: GroupNode[], current: GroupNode | null, k: GroupKeyRead, weightCol: number | undefined, headerRepeats: number[], level: 1 | 2 = 1): GroupNode | null {
  // (the groups open at the break: the last one with lines of its own before it, and the captions right above that one)
  let withLines = false;
  for (let i = list.length - 1, n = 0; i >= 0 && n < PAGE_TOP_LOOKBACK; i--, n++) {
    const g = list[i];
    if (g.lastRow >= k.at) continue;
    const lines = g.indicators.length > 0 || g.children.length > 0;
    if (lines && withLines) break;
    withLines ||= lines;
    if (g !== current && g.level === level && repeatsGroupLabel(grid, g, k, weightCol, headerRepeats)) return g;
  }
  return null;
}

/** A header printed again (headerRepeats, in sheet order) after line `after` and before line `before`. */
export function pageBreakSince(headerRepeats: number[], after: number, before: number): boolean {
  for (let k = headerRepeats.length - 1; k >= 0; k--) {
    const h = headerRepeats[k];
    if (h < before) return h > after;
  }
  return false;
}

/** Named rows a blank template must have before they are read as its indicators. */
const BLANK_TEMPLATE_MIN_ROWS = 2;

/** Rows looked at past a note for the table going on. */
const NOTE_LOOKAHEAD_ROWS = 2;

/**
 * A one-cell note ("注：…") with the table going on under it (a named row of three or more cells, or of a name and its
 * points, within NOTE_LOOKAHEAD_ROWS, blank rows aside, each a named row): a remark between two groups, not the table's end.
 */
function isNoteBetweenRows(grid: Grid, r: number, nameCol: number | undefined): boolean {
  if (!nameCol || !NOTE_LINE.test(compact(firstText(grid, r)))) return false;
  if (filledCells(grid, r) !== 1) return false;
  for (let n = r + 1, seen = 0; n <= grid.rowCount && seen < NOTE_LOOKAHEAD_ROWS; n++) {
    if (!grid.rowHasContent(n)) continue;
    seen++;
    if (isClosingRow(grid, n)) return false;
    if (grid.compactText(n, nameCol) === "") return false;
    // (an unfilled form's item has its name and its points only: "2.完成省局下达的收购任务… | 15"; the group's first
    // item may have had its points left blank, "卫生间 100 分 | 1、顶棚墙壁洁净 | (blank)": the next line then tells)
    if (filledCells(grid, n) >= 3 || pointsBeside(grid, n, nameCol) || pointedLabelLeft(grid, n, nameCol)) return true;
  }
  return false;
}
/**
 * A group's label left of the name on row `r` stating its points ('基层示范创建 (12分)' | its points list, the share merged
 * beside them): the line is a pointed group's, the table going on (dev45).
 */
function pointedLabelLeft(grid: Grid, r: number, nameCol: number): boolean {
  for (let c = 1; c < nameCol; c++) if (grid.startsInRow(r, c) && grid.compactText(r, c) && groupWeightInLabel(grid.text(r, c)) !== null) return true;
  return false;
}
/** Points in a cell of row `r` other than the name's (an item's 分值), or a share (a criteria table's 評分比例, 15%). */
function pointsBeside(grid: Grid, r: number, nameCol: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) if (c !== nameCol && grid.ownsCell(r, c) && (pointsAt(grid, r, c) !== null || !!readNumber(grid.value(r, c), grid.format(r, c))?.percent)) return true;
  return false;
}
function firstText(grid: Grid, r: number): string {
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && grid.text(r, c)) return grid.text(r, c);
  return "";
}
/** The line's filled cells, a text written again across the cells after it (a merge filled across) counted once. */
function filledCells(grid: Grid, r: number): number {
  if (r < 1 || r > grid.rowCount) return 0;
  // (the line's own texts: Grid.textCells)
  const { start, cols } = grid.textCells();
  let n = 0;
  for (let k = start[r]; k < start[r + 1]; k++) if (!copiesLeft(grid, r, cols[k])) n++;
  return n;
}

/** Walk the data rows under the header: indicators, their 一级/二级 groups, placeholders, the closing row. */
export function walkIndicatorTable(grid: Grid, header: HeaderMap, endRow = grid.rowCount): TableWalk {
  const cols = header.columns;
  const indicators: Indicator[] = [];
  const groups: GroupNode[] = [];
  const placeholderRows: number[] = [];
  const g1: GroupKeyState = { key: null, node: null, label: undefined, labelCompact: undefined, merge: null, mergeKey: undefined };
  const g2: GroupKeyState = { key: null, node: null, label: undefined, labelCompact: undefined, merge: null, mergeKey: undefined };
  let closingRow: number | null = null;
  let lastRow = header.headerRow;
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  // the name columns, left to right (section lines stand over them: section-lines.ts)
  const nameCols = [...new Set([cols.level1, cols.level2, cols.level3].filter((c): c is number => c !== undefined))].sort((a, b) => a - b);
  /** the section line the rows are under: the group above the table's levels (section-lines.ts) */
  let section: GroupNode | null = null;
  // (a 一级 column that groups rows, not the one name column: sections stand over its groups, else they are the 一级)
  const groupingLevel1 = cols.level1 !== undefined && cols.level1 !== nameCol;
  const subtotals: Subtotal[] = [];
  // (the rows a 小计 sums are those of the indicators read since the previous one, listed when one is met: no list of
  // every row kept growing through a table that has none)
  let subtotalFrom = 0;
  let skipThrough = 0;
  let repeatedHeaderAt = -1;
  const headerRepeats: number[] = [];
  // (lines under a header repeated at a page break, before the page's first indicator: labels repeated there)
  let pageTop = false;
  const blankNamed: { ind: Indicator; g1: GroupNode | null; g2: GroupNode | null }[] = [];
  const openers: { ind: Indicator; g1: GroupNode | null; g2: GroupNode | null }[] = [];
  // level labels written in the middle of their blocks (a merge exported from a PDF or Word table)
  let firstData = header.headerRow + 1;
  while (firstData <= endRow && !grid.rowHasContent(firstData)) firstData++;
  // (not on a page whose header is inferred: it opens below its header, and a blank first label continues the
  // group of the page before)
  const centred1 = cols.level1 && !header.inferred && looksCentred(grid, cols.level1, firstData, nameCol) ? centredLabelRows(grid, cols.level1, firstData, endRow) : null;
  const blockEnd = new Map<number, number>();
  if (centred1) for (const [r, p] of centred1) blockEnd.set(p, Math.max(blockEnd.get(p) ?? r, r));
  const centred2 =
    cols.level2 && cols.level2 !== nameCol && !header.inferred && looksCentred(grid, cols.level2, firstData, nameCol)
      ? centredLabelRows(grid, cols.level2, firstData, endRow, centred1 ? (r) => blockEnd.get(centred1.get(r) ?? -1) ?? r : undefined)
      : null;
  // (a code column whose dotted codes nest under its groups' numbers, 一 over 1.1 and 1.2 over 1.2.1: its codes make the
  // groups, each line alike, whether or not its line holds a rule — codeSections below; no section line read apart)
  const sectionAt = header.codeCol !== undefined ? null : sectionLines(grid, cols, nameCols, firstData, endRow);
  const read1: GroupKeyRead = { key: null, text: "", at: 0 };
  const read2: GroupKeyRead = { key: null, text: "", at: 0 };
  const key = (r: number, col: number, state: GroupKeyState, centred: Map<number, number> | null, out: GroupKeyRead) => {
    const at = centred?.get(r);
    return at === undefined ? groupKey(grid, r, col, state, out) : setKey(out, `c:${at}:${col}`, grid.text(at, col), at);
  };

  // (the header's words, read once: repeatsHeader compares every line with them)
  const words = headerWords(grid, header);
  // (and the words of its two lines, for a header of two lines printed again without merges)
  const twoLineWords = twoLineHeader(grid, header, words);
  // (a rule sheet's label merged over clauses that state their own points: each clause a line, clause-lines.ts)
  const clauses = nameCol !== undefined && cols.weight === undefined && cols.rubric !== undefined ? clauseSpans(grid, cols, nameCol, firstData, endRow) : null;
  // (a rule sheet whose rules close with their items' points, "…扣完为止。（5分）", where its groups bear them out: closing-points.ts)
  // (or a rubric whose items' points stand only as awards inside their rules, where the header read them so: award-rubric.ts)
  const closingPoints =
    nameCol !== undefined && cols.weight === undefined && cols.rubric !== undefined
      ? (closingPointsRows(grid, cols, nameCol, firstData, endRow, header.headerRow) ?? (header.ruleAwards ? awardRows(grid, nameCol, cols.rubric, firstData, endRow) : null))
      : // (or items whose own text closes with their points, '…。1分', where the header read them so: closing-items.ts; or
        // under a names head beside a score column, 考评内容 | 自评分, no 分值 and no rule column: those of them stated bare,
        // a bracket's being itemWeightInLabel's)
        header.pointsCloseItems && nameCol !== undefined
        ? closingItemRows(grid, nameCol, firstData, endRow)
        : nameCol !== undefined && cols.weight === undefined && cols.rubric === undefined && cols.score !== undefined && !header.inferred
          ? closingItemRows(grid, nameCol, firstData, endRow, true)
          : null;
  // the columns left of the table's own: a project's name, unit and money written once over its lines (项目名称 | 项目单位
  // | … | 一级指标 …, one block per project, merged down it or not); a new name there opens a new block, whose 一级 and
  // 二级 groups are its own even where their labels read as the block's above (产出指标(50分) again, unmerged)
  const outerCols = Math.min(...Object.values(cols).filter((c): c is number => c !== undefined)) - 1;
  const outer: string[] = [];
  const opensOuterBlock = (r: number) => {
    let opens = false;
    for (let c = 1; c <= outerCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (!OUTER_NAME.test(t)) continue;
      if (outer[c] !== undefined && outer[c] !== t) opens = true;
      outer[c] = t;
    }
    return opens;
  };

  let leadingTotalRow: number | undefined;
  for (let r = header.headerRow + 1; r <= endRow; r++) {
    if (r === firstData && !header.inferred && leadingTotalLine(grid, r, cols, nameCol, endRow)) {
      leadingTotalRow = lastRow = r;
      continue;
    }
    // (a header whose first word names the project, 项目名称 | 项目单位 | … | 一级指标 …, repeated at a page break names no
    // other project: the table goes on under it)
    if (isClosingRow(grid, r) || (indicators.length > 0 && opensAnotherTable(grid, r, words))) {
      if (isNoteBetweenRows(grid, r, nameCol)) continue;
      closingRow = r;
      break;
    }
    if (!grid.rowHasContent(r)) continue;
    // (a line of bare points that add up every weighted line above, no label: the table's total line, unlabelled)
    if (!header.unnamedLines && unlabelledSumsLine(grid, r, cols, indicators)) {
      closingRow = r;
      break;
    }
    lastRow = r;
    // a header repeated inside the table (page break, one block per 绩效目标): not data, nor the rows it spans
    if (r <= skipThrough) continue;
    // (asked once: both tests below read it)
    const repeats = repeatsHeader(grid, r, words);
    const twoLines = !repeats && repeatsTwoLineHeader(grid, r, twoLineWords);
    if (twoLines || (nameCol && indicatorRole(grid.text(r, nameCol)) && distinctKeyRoles(rowRolesShared(grid, r)) >= 3) || repeats) {
      // header cells merged over two rows (the block label beside them spans the data and does not count)
      for (const c of Object.values(cols)) skipThrough = Math.max(skipThrough, grid.mergeAt(r, c!)?.r2 ?? r);
      if (twoLines) skipThrough = Math.max(skipThrough, r + 1);
      repeatedHeaderAt = r;
      headerRepeats.push(r);
      pageTop = true;
      continue;
    }
    // the second row of a repeated two-row header written without merges ("数据项1 | 理由"): no name, no number
    if (r === repeatedHeaderAt + 1 && isHeaderContinuation(grid, r, cols)) continue;
    // "名称 | 名称 | 名称" under 一级/二级/三级指标: the header's last line, not an indicator
    if (isLevelSubheader(grid, r, cols)) continue;
    // 小计 rows: the group's subtotal, checked against its rows, never an indicator
    if (isSubtotalRow(grid, r, cols)) {
      subtotals.push({ row: r, weight: cols.weight ? pointsAt(grid, r, cols.weight) : null, score: cols.score ? numberOrPointsAt(grid, r, cols.score) : null, rows: rowsFrom(indicators, subtotalFrom) });
      subtotalFrom = indicators.length;
      continue;
    }

    // a section line over the name columns ("一、决策 | | | 20 | 18"): a 一级 group over the criteria under it, over the
    // table's 一级 groups where it has a 一级 column; never an indicator
    const sec = sectionAt?.get(r);
    if (sec) {
      // (the section line printed again under the header repeated at a page break, the same points if any: the same
      // section goes on)
      if (section && compact(sec.label) === compact(section.label) && pageBreakSince(headerRepeats, section.lastRow, r)) {
        const again = newGroup(grid, 1, r, sec.col, sec.label, cols.weight, cols.score);
        if (again.weight === null || section.weight === null || again.weight === section.weight) {
          noteRestated(grid, section, r, sec.col, cols.weight);
          continue;
        }
      }
      section = newGroup(grid, 1, r, sec.col, sec.label, cols.weight, cols.score);
      groups.push(section);
      g1.key = g2.key = null;
      g1.node = groupingLevel1 ? null : section;
      g2.node = null;
      continue;
    }
    if (section) section.lastRow = r;

    if (outerCols > 0 && cols.level1 !== undefined && opensOuterBlock(r) && indicators.length) {
      g1.key = g2.key = null;
      g1.node = g2.node = null;
      // (a new project's block after a page break repeats no label of the one before)
      pageTop = false;
    }
    // groups
    if (cols.level1 && (groupingLevel1 || !section)) {
      const k = key(r, cols.level1, g1, centred1, read1);
      if (k.key !== g1.key) {
        g1.key = k.key;
        // (the label printed again over a later line, as at a page break: the same group goes on)
        const list = section ? section.children : groups;
        // (right under a header repeated at a page break, before the page's first line is read: a label over the
        // group above printed again, its caption line first — 组织领导【55分】 across, then 1.机构设置【22分】)
        const earlier = pageTop && k.text && !repeatsGroupLabel(grid, g1.node, k, cols.level1Weight, headerRepeats) ? earlierGroupRepeated(grid, list, g1.node, k, cols.level1Weight, headerRepeats) : null;
        if (earlier) {
          g1.node = earlier;
          noteRestated(grid, earlier, k.at, cols.level1, cols.level1Weight);
          g2.key = null;
          g2.node = earlier.children.length ? earlier.children[earlier.children.length - 1] : null;
        } else if (!repeatsGroupLabel(grid, g1.node, k, cols.level1Weight, headerRepeats)) {
          g1.node = k.text ? newGroup(grid, 1, k.at, cols.level1, k.text, cols.level1Weight, cols.level1Score, r) : null;
          if (g1.node) list.push(g1.node);
          g2.key = null;
          g2.node = null;
        } else if (k.text) noteRestated(grid, g1.node!, k.at, cols.level1, cols.level1Weight);
      }
      if (g1.node) g1.node.lastRow = r;
    }
    if (cols.level2 && cols.level2 !== nameCol) {
      const k = key(r, cols.level2, g2, centred2, read2);
      if (k.key !== g2.key) {
        g2.key = k.key;
        // (right under a header repeated at a page break: a label of the level open at the break printed again, its
        // caption above it printed again first — as for the 一级 labels above; the 二级 column the table's only group column)
        const list = g1.node ? g1.node.children : section ? section.children : groups;
        const earlier = pageTop && !cols.level1 && k.text && !repeatsGroupLabel(grid, g2.node, k, cols.level2Weight, headerRepeats) ? earlierGroupRepeated(grid, list, g2.node, k, cols.level2Weight, headerRepeats, 2) : null;
        if (earlier) {
          g2.node = earlier;
          noteRestated(grid, earlier, k.at, cols.level2, cols.level2Weight);
        } else if (!repeatsGroupLabel(grid, g2.node, k, cols.level2Weight, headerRepeats)) {
          g2.node = k.text ? newGroup(grid, 2, k.at, cols.level2, k.text, cols.level2Weight, cols.level2Score, r) : null;
          if (g2.node) {
            if (g1.node) g1.node.children.push(g2.node);
            else (section ? section.children : groups).push(g2.node);
          }
        } else if (k.text) noteRestated(grid, g2.node!, k.at, cols.level2, cols.level2Weight);
      }
      if (g2.node) g2.node.lastRow = r;
    }

    // a group's own header row ("决策 | | | 20 |"): its weight and score belong to the group, not to a leaf
    const groupHere = g2.node?.row === r ? g2.node : g1.node?.row === r ? g1.node : null;
    // (unless the next line opens another label of its level or above: a group with no line of its own, '生态类指标(4个) |
    // (blank) | 80' between two classes — its item cell merged across from the class's label as printed, the merge undone —
    // is its own item, named by its label)
    let groupItemCol: number | undefined;
    if (groupHere && cols.level3 && nameCol === cols.level3 && !cellText(grid, r, cols.level3)) {
      const w = cols.weight ? pointsAt(grid, r, cols.weight) : null;
      // (or, in an interval rubric, the line opens the group's tier lines — a condition in the tiers' column: 结构调整情况 | (blank) |
      // 5 | 各作物均超额完成… | 5 — its own item over its tiers, no points line over items)
      if (w && (nextLineOpensLabel(grid, r, groupHere.level === 2 ? [cols.level1, cols.level2] : [cols.level1]) || (header.tierRangeCol !== undefined && !!cellText(grid, r, header.thresholdCol)))) groupItemCol = groupHere.col;
      else if (w) {
        if (groupHere.weight === null) {
          groupHere.weight = w.value;
          groupHere.weightCell = w.cell;
        }
        groupHere.score = cols.score ? numberOrPointsAt(grid, r, cols.score) : null;
        continue;
      }
    }
    // (a group stating its points right over tier lines, no item of its own: '结构调整情况5分' merged across the item's cell
    // over '各作物均超额完成计划任务' | 5 — with the merge undone, its item cell blank, it is still its own item, named by its label)
    let tierItem = false;
    if (groupItemCol === undefined && groupHere && header.thresholdCol !== undefined && cols.weight === undefined && nameCol && groupHere.col < nameCol && groupHere.weight !== null && groupHere.weightCell === groupHere.cell && !cellText(grid, r, nameCol) && cellText(grid, r, header.thresholdCol)) {
      groupItemCol = groupHere.col;
      tierItem = true;
    }
    // a grade of the item above (标准 | 等级: 7500 → 80, then 6500 → 70 … on lines of their own): the item's alternatives,
    // its weight the first grade's points, no indicator of its own
    if (header.thresholdCol !== undefined && nameCol && indicators.length && isGradeLine(grid, r, header, nameCol, indicators[indicators.length - 1].row)) {
      // (scored on the tier that applies, 完成计划任务100% | 3 | 3 under an item scored nowhere else: the item's score)
      if (cols.score !== undefined) scoreOnTier(grid, r, cols.score, indicators[indicators.length - 1]);
      continue;
    }
    // (a four-level table: the 四级 cell names the line, or its 三级 where it has no 四级 of its own)
    const rowName = groupItemCol ?? (header.thirdLevelCol !== undefined && nameCol ? leafNameColumn(grid, r, nameCol, header.thirdLevelCol) : nameCol);
    let ind = readIndicator(grid, r, cols, rowName, false, (rowName === nameCol && clauses?.get(r)) || null, (rowName === nameCol && closingPoints?.get(r)) || null) ?? (tierItem ? readIndicator(grid, r, cols, rowName, true) : null);
    // (an item over tier lines, no points column: its points fused to its name with no bracket, '粮食总产5分', are its own)
    if (header.thresholdCol !== undefined && cols.weight === undefined && rowName !== undefined && (ind === null || ind.weight === null)) ind = withFusedPoints(grid, r, cols, rowName, ind);
    // (a count of items in the item cell, "13项": the line states its group's size and points, no item)
    if (ind && rowName !== undefined && grid.startsInRow(r, rowName) && ITEM_COUNT_NAME.test(grid.compactText(r, rowName))) continue;
    // a line of bare points right under the header, before any indicator ("| | | 90.00 | 90.00": the block's points
    // as the form states them): no indicator
    if (ind && !indicators.length && !ind.name && !header.unnamedLines && !g1.node && !g2.node && (ind.target?.kind ?? "empty") === "empty" && (ind.actual?.kind ?? "empty") === "empty") continue;
    // (a line weighted only in a further weight column, one per assessment: an indicator of the others, blank in this
    // one's — parallel-weights.ts)
    // (or, in a list of criteria and their weights, a criterion whose weight the sheet left blank: criteria-weights.ts)
    const parallel = !ind && (header.criteriaList || header.parallelWeightCols?.some((c) => weightAt(grid, r, c) !== null)) ? readIndicator(grid, r, cols, rowName, true) : null;
    if (parallel?.name) {
      placeIn(parallel, g1.node ?? section, g2.node);
      (g2.node ?? g1.node ?? section)?.indicators.push(parallel);
      indicators.push(parallel);
      pageTop = false;
      continue;
    }
    if (!ind) {
      placeholderRows.push(r);
      // a named row with no value at all: an indicator of a blank template, if no row of the table has a value
      const blank = readIndicator(grid, r, cols, rowName, true);
      if (blank) blankNamed.push({ ind: blank, g1: g1.node ?? section, g2: g2.node });
      continue;
    }
    // (a line taken only as the opening line of a group whose label states its points, nothing of its own: see below)
    if (ind.weight === null && ind.claimedScore === null && ind.scoreText === null && (ind.target?.kind ?? "empty") === "empty" && (ind.actual?.kind ?? "empty") === "empty") openers.push({ ind, g1: g1.node ?? section, g2: g2.node });
    placeIn(ind, g1.node ?? section, g2.node);
    (g2.node ?? g1.node ?? section)?.indicators.push(ind);
    indicators.push(ind);
    pageTop = false;
  }
  // (every line taken only as a pointed group's opening line, no line with a value of its own: a blank form whose group
  // labels state their points — its named lines are all its indicators, the openers among them, as on any blank form)
  if (indicators.length && openers.length === indicators.length && blankNamed.length) {
    for (const o of openers) {
      const at = (o.g2 ?? o.g1)?.indicators;
      if (at) at.splice(at.indexOf(o.ind), 1);
    }
    blankNamed.push(...openers);
    blankNamed.sort((a, b) => a.ind.row - b.ind.row);
    indicators.length = 0;
  }
  // a blank template (pre-printed names, no target, value, weight or score in any row): its named rows are its
  // indicators, each without a value
  if (!indicators.length && blankNamed.length >= BLANK_TEMPLATE_MIN_ROWS) {
    for (const { ind, g1: l1, g2: l2 } of blankNamed) {
      placeIn(ind, l1, l2);
      (l2 ?? l1)?.indicators.push(ind);
      indicators.push(ind);
    }
    const taken = new Set(indicators.map((i) => i.row));
    placeholderRows.splice(0, placeholderRows.length, ...placeholderRows.filter((r) => !taken.has(r)));
  } else if (indicators.length) keepUnfilledLines(grid, blankNamed, indicators, placeholderRows, !cols.actual && !cols.score, (cols.weight ?? cols.score) !== undefined && nameCol === cols.level3 && cols.level2 !== undefined);
  // (one name column under section lines: a path of two, [section, name], as outlineSections makes it)
  if (sectionAt && nameCols.length === 1) for (const ind of indicators) if (ind.level1 && sectionAt.has(ind.level1.row)) ind.path = [ind.level1.label, ind.name];
  if (cols.level1 !== undefined) leadingRowsJoinTheirDimension(groups);
  // (the one level column of the table: 一级 by its heading, or a 评价内容 / 目标名称 column read as 二级 or 三级)
  const levelCols = [cols.level1, cols.level2, cols.level3].filter((c) => c !== undefined);
  // (its lines coded at every level, 1. / 1.1 / 1.1.1 opening the names: the lines whose codes the next line's extends are
  // its groups, codeSections)
  const nested = nameCol !== undefined && levelCols.length === 1 && levelCols[0] === nameCol && !sectionAt && header.codeCol === undefined && labelCodesNest(indicators.map((i) => i.name))
    ? codeSections(indicators, (i) => labelNestingCode(i.name), (i, level) => newGroup(grid, level, i.row, nameCol, i.name, cols.weight, cols.score), !totalledBelow(grid, closingRow ?? lastRow + 1))
    : null;
  if (nested) {
    groups.splice(0, groups.length, ...nested.groups);
    indicators.splice(0, indicators.length, ...nested.leaves);
  } else if (nameCol !== undefined && levelCols.length === 1 && levelCols[0] === nameCol && !sectionAt) {
    // (an indicator tree exported in the one name column, the framework's dimensions as lines of their own: dimension-tree.ts)
    const tree = dimensionTreeCodes(indicators);
    const dims = tree ? codeSections(indicators, (i) => tree.get(i) ?? "", (i, level) => newGroup(grid, level, i.row, nameCol, i.name, cols.weight, cols.score)) : null;
    const sections = dims ? null : outlineSections(grid, indicators, nameCol, cols.weight, cols.score, headerRepeats);
    if (dims) {
      groups.splice(0, groups.length, ...dims.groups);
      indicators.splice(0, indicators.length, ...dims.leaves);
    } else if (sections) {
      groups.splice(0, groups.length, ...sections);
      const leaves = sections.flatMap((g) => g.indicators);
      indicators.splice(0, indicators.length, ...leaves);
    }
  }
  // a scoring standard's nesting codes (1 / 11 / 111): the groups they make
  if (header.codeCol !== undefined && nameCol !== undefined && !groups.length) {
    const codeCol = header.codeCol;
    const sections = codeSections(indicators, (i) => grid.compactText(grid.anchorRow(i.row, codeCol), codeCol), (i, level) => newGroup(grid, level, i.row, nameCol, i.name, cols.weight, cols.score));
    if (sections) {
      groups.splice(0, groups.length, ...sections.groups);
      indicators.splice(0, indicators.length, ...sections.leaves);
    }
  }
  // points in brackets without 分 ("受益农户数(15)"), where the table shows they are points (bare-points.ts)
  if (cols.weight === undefined) {
    readBareLabelPoints(groups, indicators);
    // (or weights written as percentages, "推展會展活動(6%)", where groups' percentages are their items' sums)
    readPercentLabelWeights(groups, indicators);
  }
  // (groups' points so written over items weighted in the 分值 column: "一、组织领导坚强有力(6)")
  else {
    readBareGroupPoints(groups, indicators);
    // (and where a group states them in its 分值 column too: "一、组织领导(38)" beside 38)
    readBarePointsBesideColumn(groups);
  }
  if (cols.weight === undefined) soleItemsTakeGroupWeight(groups, indicators);
  scoreSharedLines(grid, indicators, cols, nameCol);
  worthSharedLines(grid, indicators, cols);
  const restated = markSubItems(indicators, grid, nameCol ?? 0, headerRepeats);
  if (restated) dropRestatedParents(grid, indicators, groups, restated, nameCol ?? 0, cols.weight);
  subItemsJoinParentGroups(grid, indicators, groups, nameCol ?? 0);
  // (prec55) a group-weight column printing each line's own weight on every line of a group: copies, no total of the group
  if (cols.level1Weight !== undefined || cols.level2Weight !== undefined) readGroupWeightCopies(grid, groups, cols.level1Weight, cols.level2Weight, closingRow !== null ? weightAt(grid, closingRow, cols.weight)?.value ?? null : null);
  return {
    indicators, groups, placeholderRows, closingRow, lastRow, subtotals,
    ...(leadingTotalRow !== undefined && indicators.length ? { leadingTotalRow } : {}),
    ...(headerRepeats.length ? { headerRepeats } : {}),
  };
}

/**
 * The first line with content from `from` on is the table's total (合计, 总分: also one the walk's bounds left out): the
 * table is whole above it. Signature lines or a remark close a table an excerpt may still have cut.
 */
function totalledBelow(grid: Grid, from: number): boolean {
  let n = from;
  while (n <= grid.rowCount && !grid.rowHasContent(n)) n++;
  if (n > grid.rowCount) return false;
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(n, c) && grid.compactText(n, c)) return TOTAL_LABEL.test(grid.compactText(n, c)) || SUBTOTAL_LABEL.test(grid.compactText(n, c));
  return false;
}

/** (three weighted lines at least above an unlabelled line whose 分值 is their sum) */
const MIN_LINES_SUMMED = 3;

/**
 * A line that holds nothing but numbers in the 分值 (and 得分) columns — no label in any column, merged from above or
 * its own — its 分值 the sum of the weights of every line read above it (three at least, all weighted), its 得分 blank
 * or the sum of their scores: the table's total line printed without its 合计 label (an unfilled form's "| | 100 |"
 * under its last group). It closes the table; read as a line it made an item of the whole's points in the last group.
 * So does such a line, the table's last, stating more than every line above together (the whole's 100 under an excerpt
 * that shows only its last group's 60): no item weighs as much as all the others. A line whose number is less (a
 * cut-off item's points, a line whose name the page lost) is not it.
 */
function unlabelledSumsLine(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>, indicators: Indicator[]): boolean {
  const w = cols.weight;
  if (w === undefined || indicators.length < MIN_LINES_SUMMED || !grid.ownsCell(r, w)) return false;
  // (the labels first: every line of the table is asked, and nearly every one has a label; no NumberRef made for it)
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === w || c === cols.score) continue;
    if (grid.text(r, c) !== "") return false;
  }
  const weight = numberOrPointsAt(grid, r, w);
  if (weight === null || weight.value <= 0) return false;
  let wSum = 0;
  let sSum = 0;
  for (const i of indicators) {
    if (i.weight === null) return false;
    wSum += i.weight;
    sSum += i.claimedScore ?? 0;
  }
  const sums = agreesTyped(weight, wSum);
  // (more than every line above together, as the whole's points under an excerpt cut above its last group: no item,
  // where it is the table's last line — nothing but closing lines or nothing below it)
  if (!sums && !(weight.value > wSum && lastTableLine(grid, r))) return false;
  const score = cols.score !== undefined && grid.ownsCell(r, cols.score) ? grid.text(r, cols.score) : "";
  if (score === "") return true;
  const s = cols.score !== undefined ? numberOrPointsAt(grid, r, cols.score) : null;
  return s !== null && (sums ? agreesTyped(s, sSum) : !fallsShortTyped(s, sSum));
}

/** No line with content below `r`, or the next one closes the table (备注, 合计, a signature line). */
function lastTableLine(grid: Grid, r: number): boolean {
  for (let n = r + 1; n <= grid.rowCount; n++) if (grid.rowHasContent(n)) return isClosingRow(grid, n);
  return true;
}

/**
 * A 总分/合计 line printed first, right under the header (总分 | | | 100 | 95): the table's stated total, not its
 * end, when it carries a number in the 分值 or 得分 column — or, on a blank form, the label alone over lines as blank —
 * and the next line with content names an indicator (a name in the name column, not another closing line).
 */
function leadingTotalLine(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>, nameCol: number | undefined, endRow: number): boolean {
  if (nameCol === undefined || (cols.score === undefined && cols.weight === undefined) || !isClosingRow(grid, r)) return false;
  let label = "";
  for (let c = 1; c <= grid.scanCols && !label; c++) if (grid.startsInRow(r, c)) label = grid.compactText(r, c);
  if (!TOTAL_LABEL.test(label)) return false;
  // (a number, or points written with their unit: 总分 | 200分)
  const stated = (c: number | undefined) => c !== undefined && grid.ownsCell(r, c) && numberOrPointsAt(grid, r, c) !== null;
  // (or nothing stated over a blank form — the line under it no more filled in its 分值 and 得分 cells —: its 合计
  // printed first and left blank as every line is; under lines filled in, a blank 合计 ends the table)
  const blank = !stated(cols.score) && !stated(cols.weight);
  let next = r + 1;
  while (next <= endRow && !grid.rowHasContent(next)) next++;
  if (blank && next <= endRow && (cellFilled(grid, next, cols.score) || cellFilled(grid, next, cols.weight))) return false;
  return next <= endRow && !isClosingRow(grid, next) && grid.text(next, nameCol) !== "" && !TOTAL_LABEL.test(grid.compactText(next, nameCol));
}

/** Line r's own cell in column c holds something (a number or text). */
function cellFilled(grid: Grid, r: number, c: number | undefined): boolean {
  return c !== undefined && grid.ownsCell(r, c) && grid.compactText(r, c) !== "";
}

/**
 * A grade (tier) line's own score in column `col`, the score of its item `ind` where the item has none of its own yet (a
 * rubric scored beside the tier that applies); a second scored tier of the item leaves the first.
 */
function scoreOnTier(grid: Grid, r: number, col: number, ind: Indicator): void {
  if (ind.claimedScore !== null || ind.scoreText !== null || !grid.startsInRow(r, col)) return;
  const s = scoreValueAt(grid, r, col);
  if (!s) return;
  ind.claimedScore = s.value;
  ind.scoreDecimals = s.decimals;
  ind.scoreCell = grid.addr(r, col);
}

/**
 * An item of tier lines (a 标准 / 评分指标 column of thresholds, no points column) whose name, starting on line r, ends in its
 * points with no bracket ('粮食总产5分', '结构调整情况5分' merged across the item's cell): worth them, their cell the name's
 * (the merge's first cell, or the first of the copies of a merge filled across). The line read as named only where nothing else made it one. `ind` unchanged otherwise.
 */
function withFusedPoints(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>, nameCol: number, ind: Indicator | null): Indicator | null {
  if (!grid.startsInRow(r, nameCol)) return ind;
  const points = groupWeightInLabel(cellText(grid, r, nameCol));
  if (points === null) return ind;
  const item = ind ?? readIndicator(grid, r, cols, nameCol, true);
  if (!item) return ind;
  item.weight = points;
  // (a label merged across the group's cell and the item's, or written again in each — the merge filled across: its first cell)
  let c = grid.anchorCol(r, nameCol);
  while (copiesLeft(grid, r, c)) c--;
  item.weightCell = grid.addr(grid.anchorRow(r, nameCol), c);
  item.weightSource = "label";
  return item;
}

/**
 * A line under an item carrying only another grade of it: its own 标准 (threshold), its name and code cells merged
 * down from the item, left blank, or the item's written again (a merged table exported or filled down).
 */
function isGradeLine(grid: Grid, r: number, header: HeaderMap, nameCol: number, itemRow: number): boolean {
  const t = header.thresholdCol!;
  if (!grid.startsInRow(r, t) || !grid.text(r, t)) return false;
  const sameAsItem = (c: number) => !grid.startsInRow(r, c) || grid.anchorRow(r, c) === itemRow || !grid.text(r, c) || grid.compactText(r, c) === grid.compactText(itemRow, c);
  // (nor where a group column left of the names opens another label: a group that is its own item, its label merged
  // across the item's cell, opens a line whose item cell the merge undone left blank)
  const group = [header.columns.level1, header.columns.level2].every((c) => c === undefined || c === nameCol || c > nameCol || sameAsItem(c));
  return sameAsItem(nameCol) && (header.codeCol === undefined || sameAsItem(header.codeCol)) && group;
}

/** An indicator's 一级 and 二级 groups, and its path's labels. */
function placeIn(ind: Indicator, g1: GroupNode | null, g2: GroupNode | null): void {
  if (g1) {
    ind.level1 = g1;
    setPathLevel(ind, 0, g1.label);
  }
  if (g2) {
    ind.level2 = g2;
    setPathLevel(ind, 1, g2.label);
  }
}

/** The line's code follows, in its style, the code of the last indicator above it (14、 → 15、). */
function numberedNext(ind: Indicator, indicators: Indicator[]): boolean {
  const code = labelCode(ind.name);
  if (!code) return false;
  let prev: Indicator | undefined;
  for (const i of indicators) if (i.row < ind.row && (!prev || i.row > prev.row)) prev = i;
  const before = prev ? labelCode(prev.name) : null;
  return !!before && before.style === code.style && (before.parent ?? "") === (code.parent ?? "") && code.n === before.n + 1;
}

/**
 * Named lines left unfilled in a filled table (no target, value, weight or score) are still indicators where the
 * table says so: a line between two indicators of its group, a coded line ("指标2.") in a group whose indicators are
 * coded, or, in a table of targets only, a line that opens a 二级 group of its own. Other unfilled lines (a wrapped
 * name, a remark) stay aside.
 */
function keepUnfilledLines(
  grid: Grid,
  blank: { ind: Indicator; g1: GroupNode | null; g2: GroupNode | null }[],
  indicators: Indicator[],
  placeholderRows: number[],
  targetsOnly: boolean,
  scoredLevels: boolean,
): void {
  const kept: Indicator[] = [];
  for (const { ind, g1, g2 } of blank) {
    const g = g2 ?? g1;
    // (a table of no groups: a line numbered next after the indicator above it, "15、班级" after "14、…", is the list's
    // next item, its points left blank or cut)
    // (or a line whose only group is the one it opens itself: its name in the table's one level column, every line its own
    // group — 考核内容 read as the only level, the group labels beside it read as weight blocks — a list of no groups all
    // the same)
    const own = !!g && g.row === ind.row && g.indicators.length === 0 && g.children.length === 0 && ind.nameCell === g.cell;
    if ((!g || own) && ind.name && numberedNext(ind, indicators)) {
      kept.push(ind);
      continue;
    }
    if (!g || !ind.name) continue;
    const between = g.indicators.some((i) => i.row < ind.row) && g.indicators.some((i) => i.row > ind.row);
    // (in a table of targets only: where completions are reported, a blank group may be the template's leftover)
    const opens = targetsOnly && !!g2 && g2.row === ind.row && g2.indicators.length === 0;
    const code = labelCode(ind.name);
    const coded = !!code && g.indicators.length > 0 && g.indicators.every((i) => labelCode(i.name)?.style === code.style);
    // or, in a three-level table weighed by 分值 or scored by 得分 (a line whose values were merged down from the line
    // above, the merge undone), the last 三级 line of a 二级 group that has lines above it, right before
    // the next group's first line ("分配结果(5分)": 审核把关 5, then 资金均衡 left blank, then 项目管理 …): the form lists
    // it in its group (a cut last line, with nothing after it, or a bracketed remark stays aside)
    let closes = false;
    if (scoredLevels && g2 && !between && g2.indicators.some((i) => i.row < ind.row) && !OPENING_BRACKET.test(ind.name)) {
      const next = indicators.find((i) => i.row > ind.row);
      closes = !!next && next.level2 !== g2 && !placeholderRows.some((r) => r > ind.row && r < next.row);
    }
    // or a 二级 group stating its points whose own line is its only one, no item under it while its sibling groups have
    // theirs, the next group's lines after it (社区党建(10分) beside one sentence in the items' column, "由市委组织部制定考核
    // 标准", then 社区自治(10分) over its items): the group is scored as one item, its line the indicator and the group's points
    // its weight (a table's last line, an excerpt cut inside its group, stays aside); only in a form no line of which is
    // scored (a rule sheet, a blank form): in a filled one a group's single blank line is a template's leftover ('指标1:');
    // and only where the next group's line follows right under it — over blank lines it is a template's group left for lines
    // to be filled (履职成效(20分) over 部门特性指标 and three empty lines, merged down over them or not)
    const whole = !!g2 && !!g1 && g2.row === ind.row && g2.lastRow === ind.row && grid.rowHasContent(ind.row + 1) && g2.indicators.length === 0 && g2.weight !== null && g1.children.some((c) => c !== g2 && c.indicators.length > 0) && indicators.some((i) => i.row > ind.row && i.level2 !== g2) && !indicators.some((i) => i.claimedScore !== null);
    if (!between && !opens && !coded && !closes && !whole) continue;
    if (whole && ind.weight === null) {
      ind.weight = g2!.weight;
      ind.weightCell = g2!.weightCell;
      ind.weightSource = "label";
    }
    // (the name of the line just above written again, a merged name filled down over the item's second line: that
    // item's line, none of its own)
    if (g.indicators.some((i) => i.row === ind.row - 1 && compact(i.name) === compact(ind.name))) continue;
    placeIn(ind, g1, g2);
    kept.push(ind);
  }
  if (!kept.length) return;
  const byRow = (a: Indicator, b: Indicator) => a.row - b.row;
  for (const ind of kept) {
    const g = ind.level2 ?? ind.level1;
    if (g) {
      g.indicators.push(ind);
      g.indicators.sort(byRow);
    }
    indicators.push(ind);
  }
  indicators.sort(byRow);
  const taken = new Set(kept.map((i) => i.row));
  placeholderRows.splice(0, placeholderRows.length, ...placeholderRows.filter((r) => !taken.has(r)));
}

/**
 * One name column numbered in two styles, sections over their items (一、评价前期工作组情况 | 30 | | 29, then 1、… | 15 |
 * … | 14 and 2、… | 15 | … | 15): the section rows are the 一级 groups, their points the groups' own, and the items under
 * them the indicators. Only where the table opens with a section, every line carries one of the two styles and every
 * section has at least one item; else null.
 */
function outlineSections(grid: Grid, rows: Indicator[], nameCol: number, weightCol?: number, scoreCol?: number, headerRepeats: number[] = []): GroupNode[] | null {
  if (rows.length < 3) return null;
  const styles = rows.map((i) => labelCode(i.name)?.style ?? null);
  // a section line printed again under the header repeated at a page break (the same name and points): the section
  // above goes on, the line is neither a section nor an item
  const again = headerRepeats.length ? rows.map((i, k) => k > 0 && styles[k] === styles[0] && repeatsSectionLine(rows, styles, k, headerRepeats)) : null;
  // a line with no name of its own after an item (the item's name merged over it, the merge undone) is another line
  // of that item, of its style
  for (let k = 1; k < rows.length; k++) if (!compact(rows[k].name) && styles[k] === null && styles[k - 1] !== styles[0]) styles[k] = styles[k - 1];
  const top = styles[0];
  const item = styles.find((x) => x !== top);
  if (!top || item === undefined || styles.some((x) => x !== top && x !== item)) return null;
  // unnumbered items under numbered sections (一、决策 | 20 | 18 over 立项依据充分性 | 10 | 10 …): only where the
  // sections' points show it, most sections' weights being the sums of their items' (a plain list may open with a code)
  if (item === null && !sectionsAddUp(rows, styles, top)) return null;
  // (every section over an item, asked before any row is placed: a null answer leaves the rows as they were; a section
  // line printed again at a page break stands for the one above it)
  for (let k = 0; k < rows.length; k++) if (styles[k] === top && !again?.[k + 1] && (k + 1 >= rows.length || styles[k + 1] !== item)) return null;
  const sections: GroupNode[] = [];
  for (let k = 0; k < rows.length; k++) {
    const ind = rows[k];
    if (again?.[k]) {
      noteRestated(grid, sections[sections.length - 1], ind.row, nameCol, weightCol);
      continue;
    }
    if (styles[k] === top) {
      sections.push(newGroup(grid, 1, ind.row, nameCol, ind.name, weightCol, scoreCol));
      continue;
    }
    const g = sections[sections.length - 1];
    g.indicators.push(ind);
    g.lastRow = ind.row;
    ind.level1 = g;
    ind.level2 = undefined;
    ind.path = [g.label, ind.name];
  }
  return sections;
}

/**
 * Line k of a one-column outline repeats the section line last read above it (the same name and points, a header
 * printed again between them): a page break's repeat.
 */
function repeatsSectionLine(rows: Indicator[], styles: (string | null)[], k: number, headerRepeats: number[]): boolean {
  let s = k - 1;
  while (s >= 0 && styles[s] !== styles[k]) s--;
  if (s < 0 || compact(rows[s].name) !== compact(rows[k].name) || rows[s].weight !== rows[k].weight) return false;
  return pageBreakSince(headerRepeats, rows[k - 1].row, rows[k].row);
}

/** At least half the sections (and one) weigh the sum of their items' weights. */
function sectionsAddUp(rows: Indicator[], styles: (string | null)[], top: string): boolean {
  let sections = 0;
  let adding = 0;
  for (let k = 0; k < rows.length; k++) {
    if (styles[k] !== top) continue;
    sections++;
    let sum = 0;
    let all = true;
    for (let j = k + 1; j < rows.length && styles[j] !== top; j++) {
      if (rows[j].weight === null) all = false;
      else sum += rows[j].weight!;
    }
    if (all && rows[k].weight !== null && agreesTyped(rows[k].weight!, sum)) adding++;
  }
  return adding >= 1 && adding * 2 >= sections;
}

/** The 一级 dimension a group label belongs to (TARGET_DIMENSIONS: 数量/质量/时效 are outputs, 社会效益 a benefit). */
function dimensionOf(label: string): string | null {
  const c = compact(label);
  return TARGET_DIMENSIONS.find((d) => d.names.test(c))?.zh ?? null;
}

/**
 * The table's first rows with no 一级 label above them, whose 二级 groups are the parts of the first 一级 label written
 * further down (数量指标 rows, then "产出指标" on a middle row of its block, as a PDF export leaves it): they are that
 * group's rows, not rows of no 一级.
 */
function leadingRowsJoinTheirDimension(groups: GroupNode[]): void {
  const firstL1 = groups.findIndex((g) => g.level === 1);
  if (firstL1 <= 0) return;
  const l1 = groups[firstL1];
  const dim = dimensionOf(l1.label);
  const leading = groups.slice(0, firstL1);
  if (!dim || !leading.every((g) => g.level === 2 && dimensionOf(g.label) === dim)) return;
  // the 二级 group the 一级 label stands in (its merge began above the label) is the last leading one, continued
  const last = leading[leading.length - 1];
  const cont = l1.children[0];
  if (cont && cont.cell === last.cell) {
    last.indicators.push(...cont.indicators);
    last.children.push(...cont.children);
    last.lastRow = Math.max(last.lastRow, cont.lastRow);
    for (const ind of cont.indicators) ind.level2 = last;
    l1.children.shift();
  }
  l1.children.unshift(...leading);
  groups.splice(0, firstL1);
  l1.firstRow = Math.min(l1.firstRow, ...leading.map((g) => g.firstRow));
  for (const g of leading) {
    for (const ind of g.indicators) {
      ind.level1 = l1;
      setPathLevel(ind, 0, l1.label);
    }
  }
}


/**
 * Sub-items listed under an indicator roll up into it ("培训完成率 10 | 其中：线上 5 | 线下 5"): they are its
 * children and are not counted again in sums. The parent is an unnumbered row with its own weight or score
 * in the same group; numbered rows ("(1)…") are taken as its parts only when their weights fit inside it —
 * a list of indicators numbered (1), (2), … stays a list of indicators.
 */
function markSubItems(indicators: Indicator[], grid: Grid, nameCol: number, headerRepeats: number[]): Map<Indicator, Indicator> | null {
  // (the grid and the name column passed, no closure made per walk: a closure called from the loop and made anew
  // in every review drops the loop's optimised code in every review of a large sheet)
  let parent: Indicator | null = null;
  // (one list for the walk, emptied at each parent: settleSubItems keeps none of it, and a list made for every row of
  // a long table is garbage the young-generation collector meets again and again)
  const subs: Indicator[] = [];
  /** the parts are one 其中 list, its word on the first part only */
  let listed = false;
  /** parent lines printed again at a page break → the parent they repeat */
  let restated: Map<Indicator, Indicator> | null = null;
  for (let k = 0; k < indicators.length; k++) {
    const ind = indicators[k];
    if (ind.childOfRow !== null) continue;
    const name = compactNameAt(grid, nameCol, ind.row);
    const sub = SUB_ITEM.test(name);
    // (the parent line printed again under the header repeated at a page break among its parts: the parent goes on)
    if (!sub && parent && subs.length && restatesParent(grid, nameCol, parent, ind, subs[subs.length - 1].row, headerRepeats)) {
      (restated ??= new Map()).set(ind, parent);
      continue;
    }
    if (sub && parent && sameGroup(grid, ind, parent, nameCol)) {
      subs.push(ind);
      // "其中：线上 5 | 线下 5": the unmarked lines after the first part, up to the line where the parts reach their parent
      const more = !listed && subs.length === 1 && OF_WHICH.test(name) ? unmarkedParts(indicators, k, parent, grid, nameCol) : 0;
      for (let j = 1; j <= more; j++) subs.push(indicators[k + j]);
      if (more) listed = true;
      k += more;
      continue;
    }
    if (parent && subs.length) settleSubItems(parent, subs, grid, nameCol, listed);
    subs.length = 0;
    listed = false;
    parent = !sub && (ind.weight !== null || ind.claimedScore !== null) ? ind : null;
  }
  if (parent && subs.length) settleSubItems(parent, subs, grid, nameCol, listed);
  return restated;
}

/**
 * Line `ind` prints the parent line above it again (the same name and points, no other score) under a header repeated
 * at a page break since the parent's last part: "组织领导 | 80" over (1), the header again, "组织领导 | 80" over (2) (3).
 */
function restatesParent(grid: Grid, nameCol: number, parent: Indicator, ind: Indicator, lastPart: number, headerRepeats: number[]): boolean {
  if (!headerRepeats.length || parent.weight === null || ind.weight !== parent.weight) return false;
  if (ind.claimedScore !== null && ind.claimedScore !== parent.claimedScore) return false;
  return compactNameAt(grid, nameCol, ind.row) === compactNameAt(grid, nameCol, parent.row) && pageBreakSince(headerRepeats, lastPart, ind.row);
}

/**
 * Parent lines printed again at a page break (markSubItems) are no lines: out of the list and of their groups, a group
 * their row alone made dropped, their cells noted as restated on the parent's group.
 */
function dropRestatedParents(grid: Grid, indicators: Indicator[], groups: GroupNode[], restated: Map<Indicator, Indicator>, nameCol: number, weightCol: number | undefined): void {
  const emptied = new Set<GroupNode>();
  for (const [ind, parent] of restated) {
    for (const g of [ind.level2, ind.level1]) {
      if (!g) continue;
      const at = g.indicators.indexOf(ind);
      if (at >= 0) g.indicators.splice(at, 1);
      if (!g.indicators.length && !g.children.length) emptied.add(g);
    }
    const home = parent.level2 ?? parent.level1;
    if (home && !emptied.has(home)) noteRestated(grid, home, ind.row, nameCol, weightCol);
  }
  let n = 0;
  for (let k = 0; k < indicators.length; k++) if (!restated.has(indicators[k])) indicators[n++] = indicators[k];
  indicators.length = n;
  if (!emptied.size) return;
  const keep = (list: GroupNode[]) => {
    let m = 0;
    for (let k = 0; k < list.length; k++) if (!emptied.has(list[k])) list[m++] = list[k];
    list.length = m;
    for (const g of list) if (g.children.length) keep(g.children);
  };
  keep(groups);
}

function sameGroup(grid: Grid, ind: Indicator, parent: Indicator, nameCol: number): boolean {
  return enclosing(grid, ind.level2, ind, nameCol) === enclosing(grid, parent.level2, parent, nameCol) && enclosing(grid, ind.level1, ind, nameCol) === enclosing(grid, parent.level1, parent, nameCol);
}

/**
 * How many unmarked lines after a first 其中 part (at k) are its list's other parts: the lines of the parent's group,
 * none of them numbered or marked, up to the first line where the parts' points (分值) or scores (得分), each part stating
 * its own, add up to the parent's; none where they never do, or where the 其中 line alone makes the parent's.
 */
function unmarkedParts(indicators: Indicator[], k: number, parent: Indicator, grid: Grid, nameCol: number): number {
  const first = indicators[k];
  let weights = parent.weight !== null && first.weight !== null ? first.weight : null;
  let scores = parent.claimedScore !== null && first.claimedScore !== null ? first.claimedScore : null;
  if (reaches(weights, parent.weight) || reaches(scores, parent.claimedScore)) return 0;
  for (let j = k + 1; j < indicators.length && (weights !== null || scores !== null); j++) {
    const ind = indicators[j];
    if (ind.childOfRow !== null || SUB_ITEM.test(compactNameAt(grid, nameCol, ind.row)) || !sameGroup(grid, ind, parent, nameCol)) return 0;
    weights = weights !== null && ind.weight !== null ? weights + ind.weight : null;
    scores = scores !== null && ind.claimedScore !== null ? scores + ind.claimedScore : null;
    if (reaches(weights, parent.weight) || reaches(scores, parent.claimedScore)) return j - k;
  }
  return 0;
}

function reaches(sum: number | null, total: number | null): boolean {
  return sum !== null && total !== null && agreesTyped(total, sum);
}

/**
 * The group a row stands in, a group of the row's own name left aside: in a table whose one name column is read as
 * its 一级 (考核内容 / 项目 …) every row names a group of its own, and a 其中 row under an item is still that item's part.
 */
function enclosing(grid: Grid, g: GroupNode | undefined, ind: Indicator, nameCol: number): GroupNode | undefined {
  return g && ownRowGroup(grid, g, ind, nameCol) ? undefined : g;
}

/** The group made by the row's own name cell (its anchor: a label merged over it from the left, an empty column's). */
function ownRowGroup(grid: Grid, g: GroupNode, ind: Indicator, nameCol: number): boolean {
  return g.row === ind.row && g.col === grid.anchorCol(ind.row, nameCol);
}

function compactNameAt(grid: Grid, nameCol: number, row: number): string {
  return nameCol ? grid.compactText(row, nameCol) : "";
}

/** The rows of indicators[from…] (a 小计's rows: the indicators read since the previous one). */
function rowsFrom(indicators: Indicator[], from: number): number[] {
  const rows: number[] = [];
  for (let k = from; k < indicators.length; k++) rows.push(indicators[k].row);
  return rows;
}

/** A part's own group at `level` joins its parent's group at that level where the part's row alone made it. */
function joinParentGroup(grid: Grid, ind: Indicator, parent: Indicator, level: 1 | 2, nameCol: number, dropped: Set<GroupNode>, joined: Set<GroupNode>): void {
  const own = level === 1 ? ind.level1 : ind.level2;
  const into = level === 1 ? parent.level1 : parent.level2;
  if (!own || !into || own === into || !ownRowGroup(grid, own, ind, nameCol)) return;
  if (own.children.length || own.indicators.some((i) => i !== ind)) return;
  dropped.add(own);
  joined.add(into);
  into.indicators.push(ind);
  into.lastRow = Math.max(into.lastRow, own.lastRow, ind.row);
  if (level === 1) ind.level1 = into;
  else ind.level2 = into;
  setPathLevel(ind, (level - 1) as 0 | 1, into.label);
}

/**
 * The indicators by row in an array indexed by row (rows ≥ 1; the last listed of a row, as a Map built in list order
 * keeps): no hash table and no [row, indicator] entry made per row.
 */
function indicatorsByRow(indicators: Indicator[]): (Indicator | undefined)[] {
  let last = 0;
  for (let k = 0; k < indicators.length; k++) if (indicators[k].row > last) last = indicators[k].row;
  const byRow = new Array<Indicator | undefined>(last + 1).fill(undefined);
  for (let k = 0; k < indicators.length; k++) {
    const r = indicators[k].row;
    if (r >= 0 && (r | 0) === r) byRow[r] = indicators[k];
  }
  return byRow;
}

function indicatorAtRow(byRow: (Indicator | undefined)[], row: number): Indicator | undefined {
  return row >= 0 && row < byRow.length && (row | 0) === row ? byRow[row] : undefined;
}

/**
 * A sub-item attached to its parent whose own row made a group of its own — the table's one name column read as 一级
 * (考核内容 …) or 二级, where every line names a group — is no group: it joins its parent's group at that level (the
 * parent's own group, 培训完成率 over 其中：线上培训 | 其中：线下培训), its path names that group, and its own group,
 * holding it alone, leaves the tree. Sums leave it out as ever (childOfRow); the model and explain now show it under
 * its parent.
 */
function subItemsJoinParentGroups(grid: Grid, indicators: Indicator[], groups: GroupNode[], nameCol: number): void {
  if (!nameCol) return;
  let byRow: (Indicator | undefined)[] | null = null;
  // (the groups dropped and joined are settled once at the end: a long table's many parts cost no scan each)
  const dropped = new Set<GroupNode>();
  const joined = new Set<GroupNode>();
  for (let k = 0; k < indicators.length; k++) {
    const ind = indicators[k];
    if (ind.childOfRow === null) continue;
    const parent = indicatorAtRow((byRow ??= indicatorsByRow(indicators)), ind.childOfRow);
    if (!parent) continue;
    // (the 二级, then the 一级: a function called twice, no list of the levels made per part)
    joinParentGroup(grid, ind, parent, 2, nameCol, dropped, joined);
    joinParentGroup(grid, ind, parent, 1, nameCol, dropped, joined);
  }
  if (!dropped.size) return;
  for (const g of joined) g.indicators.sort((a, b) => a.row - b.row);
  // (filtered in place, no spread: a table of tens of thousands of groups)
  const keep = (list: GroupNode[]) => {
    let n = 0;
    for (let k = 0; k < list.length; k++) if (!dropped.has(list[k])) list[n++] = list[k];
    list.length = n;
  };
  keep(groups);
  for (const top of groups) if (top.children.length) keep(top.children);
}

/** Sub-items listed under their parent roll up into it: 其中 rows (and a 其中 list's unmarked parts) always, numbered rows where their weights fit. */
function settleSubItems(parent: Indicator, subs: Indicator[], grid: Grid, nameCol: number, listed: boolean): void {
  // (a 其中 list written with its word on the first part only is as explicit)
  let explicit = true;
  for (let k = 0; k < subs.length && explicit && !listed; k++) explicit = OF_WHICH.test(compactNameAt(grid, nameCol, subs[k].row));
  const sum = subs.reduce((a, i) => a + (i.weight ?? 0), 0);
  // (a parent stating its points twice, in its label and its 分值, "一、组织领导44分 | 44": a group's heading, its numbered
  // lines its parts even where they add up to more)
  const heading = parent.weight !== null && groupWeightInLabel(compactNameAt(grid, nameCol, parent.row)) === parent.weight;
  if (explicit || heading || parent.weight === null || !exceedsTyped(sum, parent.weight)) for (let k = 0; k < subs.length; k++) subs[k].childOfRow = parent.row;
}

/**
 * Lines of one item scored once: a score merged down over rows that each carry a 分值 and a 评分标准 of their own
 * ("1 | 贯彻执行消防法律法规… | 6分 | 未组织研究…扣6分。" then "5分 | 未签订…扣5分。", "5分 | 未督促检查…扣5分。",
 * 自评分 / 考评分 merged over the three). The merged score made the later lines sub-items of the first (childOfRow),
 * whose 6 they would have to add up to; but where they weigh more than it (5 + 5 > 6) they are no parts of it: every
 * line is a part of the item, its 分值 counted with the others', and the score their one score (missing-score and
 * score-exceeds-weight read the merge). A parent line whose 分值 its lines fit under (16 over 6 + 5 + 5), or one with
 * no rule of its own, keeps them as its sub-items. Linear in the rows.
 */
function scoreSharedLines(grid: Grid, indicators: Indicator[], cols: Partial<Record<ColumnRole, number>>, nameCol?: number): void {
  const w = cols.weight;
  const sc = cols.score;
  const rb = cols.rubric;
  if (!w || !sc || (!rb && nameCol === undefined)) return;
  // (a line's weight and rule its own: written in its row, not merged down from another)
  const ownRule = (i: Indicator) => !!rb && grid.startsInRow(i.row, rb) && !!grid.compactText(i.row, rb);
  // (dev46: or its name, where a group's label left of the names is merged down over the lines with the score)
  const ownName = (i: Indicator) => nameCol !== undefined && grid.startsInRow(i.row, nameCol) && !!grid.compactText(i.row, nameCol);
  // (a rule column there, the line's rule is what makes it a line of its own: a parent line with no rule keeps its parts)
  const ownLine = (i: Indicator) => i.weight !== null && grid.startsInRow(i.row, w) && (rb ? ownRule(i) : ownName(i));
  for (let k = 0; k < indicators.length; k++) {
    const first = indicators[k];
    if (first.childOfRow !== null || !ownLine(first)) continue;
    let end = k + 1;
    let sum = 0;
    let rules = ownRule(first);
    while (end < indicators.length) {
      const i = indicators[end];
      // (tied to the first line by the score merge alone)
      if (i.childOfRow !== first.row || grid.startsInRow(i.row, sc) || grid.anchorRow(i.row, sc) !== first.row || !ownLine(i)) break;
      rules &&= ownRule(i);
      sum += i.weight!;
      end++;
    }
    if (end === k + 1) continue;
    // (dev46: or, under one label merged down over the lines with the score — the name itself (no parent line naming
    // its parts) or a group's label left of the names — they are lines of the label whatever they weigh, unless two or
    // more make up the first line's points exactly, as a parent's parts do: 16 over 6 + 5 + 5; one line of 10 under
    // another 10 is no part of it)
    const last = indicators[end - 1].row;
    const oneLabel = nameCol !== undefined && (sharedName(grid, first.row, last, nameCol) || groupLabelOver(grid, first.row, sc, nameCol));
    if (!rules && !oneLabel) continue;
    const parts = oneLabel ? end - k - 1 >= 2 && Math.abs(sum - first.weight!) <= 0.005 : sum <= first.weight! + 0.005;
    if (parts) continue;
    for (let j = k + 1; j < end; j++) indicators[j].childOfRow = null;
    k = end - 1;
  }
}

/** The name cell of row `top` is merged down over the rows to `last` (one label over the lines). */
function sharedName(grid: Grid, top: number, last: number, nameCol: number): boolean {
  const m = grid.mergeAt(top, nameCol);
  return !!m && m.r1 === top && m.r2 >= last;
}

/** A cell left of the names, on row `top`, merged down over exactly the rows the score at (top, sc) is merged over: the group's label. */
function groupLabelOver(grid: Grid, top: number, sc: number, nameCol: number): boolean {
  const s = grid.mergeAt(top, sc);
  if (!s || s.r1 !== top) return false;
  for (let c = 1; c < nameCol; c++) {
    const m = grid.mergeAt(top, c);
    if (m && m.r1 === top && m.r2 === s.r2 && m.c1 === c && !!grid.compactText(top, c)) return true;
  }
  return false;
}

/**
 * Lines of one item under one worth: a 分值 (标准分) merged down over lines that each print a 评分方法 of their own and are
 * each scored in a score cell of their own ("责任制落实 | 组织机构健全… | 5分 | 有文件…得2分 | 2", "| 责任状签订 | | 层层签订得2分… | 2",
 * "| 划定责任区… | | …划分表得1分… | 1"). The merged 分值 made the later lines sub-items of the first (childOfRow), the first
 * line's score their total; but the first line is a line like the others — its own rule, its own score — and no total of
 * them: every line is a part of the item, the lines scored together against the one 分值 (score-exceeds-weight reads the
 * merge, rubric-points-mismatch the lines' awards, both through mergedLinesEnd). Lines whose score is merged (one score
 * for them), or whose first line has no rule of its own, keep the reading they had. Linear in the rows.
 */
function worthSharedLines(grid: Grid, indicators: Indicator[], cols: Partial<Record<ColumnRole, number>>): void {
  const w = cols.weight;
  const sc = cols.score;
  const rb = cols.rubric;
  if (!w || !sc || !rb) return;
  // (a line's rule and score cell its own: written in its row, not merged down from another)
  const ownLine = (i: Indicator) => grid.startsInRow(i.row, rb) && !!grid.compactText(i.row, rb) && grid.startsInRow(i.row, sc);
  for (let k = 0; k < indicators.length; k++) {
    const first = indicators[k];
    if (first.childOfRow !== null || first.weight === null || mergedLinesEnd(grid, first.row, w) === null || !ownLine(first)) continue;
    let end = k + 1;
    while (end < indicators.length) {
      const i = indicators[end];
      // (tied to the first line by the 分值 merge alone: no weight of its own)
      if (i.childOfRow !== first.row || i.weight !== null || grid.anchorRow(i.row, w) !== first.row || !ownLine(i)) break;
      end++;
    }
    for (let j = k + 1; j < end; j++) indicators[j].childOfRow = null;
    k = end - 1;
  }
}

/** A row with nothing in its name columns and no number anywhere: text only, as a header's second row is. */
function isHeaderContinuation(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>): boolean {
  for (const c of [cols.level1, cols.level2, cols.level3]) if (c && grid.startsInRow(r, c) && grid.text(r, c)) return false;
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && typeof grid.raw(r, c) === "number") return false;
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && ANY_DIGIT.test(grid.compactText(r, c))) {
    // "数据项1" is a header's word; an amount or a percentage is data
    if (NUMBER_LIKE_TEXT.test(grid.compactText(r, c))) return false;
  }
  return true;
}

/**
 * A line that only says what each level column holds ("名称 | 名称 | 名称" under 一级/二级/三级指标): every
 * filled cell it starts is such a word, at least two of them under level columns.
 */
function isLevelSubheader(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>): boolean {
  let underLevel = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c) || !grid.startsInRow(r, c)) continue;
    const raw = grid.raw(r, c);
    if (raw === null || raw === undefined || raw === "") continue;
    if (typeof raw !== "string" || !LEVEL_SUBHEADER.test(compact(raw))) return false;
    if (c === cols.level1 || c === cols.level2 || c === cols.level3) underLevel++;
  }
  return underLevel >= 2;
}

function isSubtotalRow(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>): boolean {
  // (the three level columns in turn, no array made per row)
  if (subtotalLabelAt(grid, r, cols.level1) || subtotalLabelAt(grid, r, cols.level2) || subtotalLabelAt(grid, r, cols.level3)) return true;
  // or a column left of them (序号 | 考核指标 | 分值 closed by "小计 | | 100")
  const first = Math.min(cols.level1 ?? Infinity, cols.level2 ?? Infinity, cols.level3 ?? Infinity);
  for (let c = 1; c < first && c <= grid.scanCols; c++) if (subtotalLabelAt(grid, r, c)) return true;
  return false;
}

function subtotalLabelAt(grid: Grid, r: number, c: number | undefined): boolean {
  return !!c && grid.startsInRow(r, c) && SUBTOTAL_LABEL.test(grid.compactText(r, c));
}

function cellText(grid: Grid, row: number, col: number | undefined): string {
  return col ? grid.text(row, col) : "";
}

/**
 * The next line with content under `r` opens a label of its own in one of the group columns `cols` (text starting on that
 * line, other than the one on `r`'s): the group on `r` has no line of its own. False where the table ends or closes there.
 */
function nextLineOpensLabel(grid: Grid, r: number, cols: (number | undefined)[]): boolean {
  let next = r + 1;
  while (next <= grid.rowCount && !grid.rowHasContent(next)) next++;
  if (next > grid.rowCount || isClosingRow(grid, next)) return false;
  return cols.some((c) => c !== undefined && grid.startsInRow(next, c) && grid.compactText(next, c) !== "" && grid.compactText(next, c) !== grid.compactText(r, c));
}

/** The first row of a merge that covers (r, col) from a row above, or null. */
function mergedFrom(grid: Grid, r: number, col: number | undefined): number | null {
  return col && !grid.startsInRow(r, col) ? grid.anchorRow(r, col) : null;
}

/** The cell columns of a table's rows, one object per table and variant (the weight in its column or in the name,
 *  a coefficient or none), shared by its IndicatorRows. */
const cellColumnsOf = new WeakMap<Partial<Record<ColumnRole, number>>, IndicatorColumns[]>();
function cellColumns(cols: Partial<Record<ColumnRole, number>>, name: number, weight: number, coefficient: number): IndicatorColumns {
  let known = cellColumnsOf.get(cols);
  if (!known) cellColumnsOf.set(cols, (known = []));
  // every column compared: the same (mutable) role map read again after a change gets columns of its own
  for (const k of known) {
    if (k.name === name && k.weight === weight && k.coefficient === coefficient && k.score === (cols.score ?? 0) && k.target === (cols.targetValue ?? 0) &&
      k.op === (cols.targetOp ?? 0) && k.unit === (cols.unit ?? 0) && k.actual === (cols.actual ?? 0) && k.reason === (cols.reason ?? 0) && k.rubric === (cols.rubric ?? 0)) return k;
  }
  const made: IndicatorColumns = {
    name,
    weight,
    score: cols.score ?? 0,
    target: cols.targetValue ?? 0,
    op: cols.targetOp ?? 0,
    unit: cols.unit ?? 0,
    actual: cols.actual ?? 0,
    reason: cols.reason ?? 0,
    rubric: cols.rubric ?? 0,
    coefficient,
  };
  known.push(made);
  return made;
}

/**
 * A named item with no points of its own on the line its group's label starts on, the label stating the group's points
 * in a table whose points stand in the labels (no 分值 column), its own scoring rule written: "大型防艾宣传活动(20分)" |
 * "市本级组织开展…活动。" | … | "未开展的扣20分" — the group's item, its points the group's where it is the group's only one
 * (soleItemsTakeGroupWeight). A line with nothing but its name (cut by the excerpt, or a template's blank) is none.
 */
function opensPointedGroup(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>, nameCol: number | undefined, name: string): boolean {
  // (a line whose own scoring rule is written is a whole line of the table, not a cut one nor a template's blank)
  if (!name || cols.weight !== undefined || !nameCol || cols.rubric === undefined || !grid.startsInRow(r, cols.rubric) || !cellText(grid, r, cols.rubric)) return false;
  // (the group over the item: the level next above it the table has, 一级 where no 二级 column stands between —
  // 考核项目 | 考核内容 | 评分细则, "分类达标率 (30分)" | "垃圾分类投放准确率达到90%。" | "…每降低1%,扣2分。")
  const group = nameCol === cols.level3 ? (cols.level2 ?? cols.level1) : nameCol === cols.level2 ? cols.level1 : undefined;
  return group !== undefined && group !== nameCol && grid.startsInRow(r, group) && groupWeightInLabel(cellText(grid, r, group)) !== null;
}

/** A value of the row's own in the column (not merged down from above). */
function ownValue(grid: Grid, r: number, c: number | undefined): boolean {
  return !!c && grid.startsInRow(r, c) && grid.raw(r, c) !== null;
}

/** The merge over the name cell covers the value column c too. */
/**
 * The cells right of (r, c) writing its text again, one after the other (copiesLeft), with it as a range, where nothing
 * else follows them on the line (a caption filled across the row); null otherwise. (A name written again as its own
 * 指标值, 2022年底之前 | 2022年底之前 | 达成预期指标 | 10, is an item with values of its own.)
 */
function copiedAcross(grid: Grid, r: number, c: number): CellRange | null {
  const end = copiesEnd(grid, r, c);
  if (end === c) return null;
  for (let k = end + 1; k <= grid.scanCols; k++) if (grid.ownsCell(r, k) && grid.compactText(r, k)) return null;
  return { r1: r, c1: c, r2: r, c2: end };
}

function covers(caption: CellRange, nameCol: number, c: number | undefined): boolean {
  return c !== undefined && c !== nameCol && c >= caption.c1 && c <= caption.c2;
}

/* (helpers of their own, not closures: a closure in readIndicator made it allocate a context on every row) */
function readIndicator(
  grid: Grid,
  r: number,
  cols: Partial<Record<ColumnRole, number>>,
  nameCol: number | undefined,
  /** a blank template: a named row is an indicator without any value */
  namesOnly = false,
  /** the label over clauses this line is one of, each clause with its own points (clause-lines.ts) */
  clause: ClauseSpan | null = null,
  /** the points closing this line's rule, where the table bears them out (closing-points.ts) */
  closingPoints: number | null = null,
): Indicator | null {
  // a level-3 cell merged down from the row above continues that indicator: not a new row
  // a level-3 name merged down from the row above continues that indicator: a new row only when it carries
  // its own weight or score (sub-points ①②③ of one question, each with its points; a clause of the rule stating its own)
  // (or a rule of its own closing with its points, where the table bears them out: closing-points.ts)
  if (nameCol && nameCol === cols.level3 && !grid.startsInRow(r, nameCol) && clause === null && closingPoints === null) {
    if (!ownValue(grid, r, cols.weight) && !ownValue(grid, r, cols.score)) return null;
  }
  // one cell merged across the name and the value columns ("项目年度目标1:…" over the whole row): a caption (or its text
  // written again in each cell through them, the merge filled across by an export or a paste)
  const caption = nameCol ? (grid.mergeAt(r, nameCol) ?? copiedAcross(grid, r, nameCol)) : null;
  if (caption && (covers(caption, nameCol!, cols.weight) || covers(caption, nameCol!, cols.score) || covers(caption, nameCol!, cols.targetValue) || covers(caption, nameCol!, cols.actual))) return null;
  // (a clause's line: the label's name, written on the span's first line; its points the clause's, not the label's)
  const name = clause !== null ? cellText(grid, clause.labelRow, nameCol) : cellText(grid, r, nameCol);
  // (a label merged down over several lines states its points once, on its first line: they are its group's, never
  // each line's)
  // (or a numbered criterion's points written bare after its clause, "1.…领导小组,2分;", under no rule column: criterionPoints)
  // (nor on each line where the merge was filled down, the label written again unchanged under the same groups:
  // filledDownLine)
  // (or the points the item's own text closes with, '…。1分', where the table reads so: closing-items.ts — before a bracket's,
  // '…領導(0.5分)及…', which is a part's)
  const labelWeight = cols.weight === undefined && clause === null && (!nameCol || (grid.startsInRow(r, nameCol) && !filledDownLine(grid, r, nameCol))) ? ((cols.rubric === undefined ? closingPoints : null) ?? itemWeightInLabel(name) ?? (cols.rubric === undefined ? criterionPoints(name) : null)) : null;
  // (no 分值 column and none in the name: the points its scoring rule opens with, "单项基准6分，每少1项扣0.5分")
  const ruleWeight =
    clause !== null
      ? clause.points[r - clause.firstRow]
      : cols.weight === undefined && labelWeight === null && cols.rubric !== undefined && grid.startsInRow(r, cols.rubric)
        ? (rulePoints(cellText(grid, r, cols.rubric)) ?? closingPoints)
        : null;
  const fromLabel = labelWeight ?? ruleWeight;
  // a weight or score merged down over several rows belongs to its first row: counted once
  const weightMergedFrom = mergedFrom(grid, r, cols.weight);
  const scoreMergedFrom = mergedFrom(grid, r, cols.score);
  // the numbers kept, no NumberRef made (the row's cells are addressed when read: IndicatorRow)
  const weightRef = cols.weight && weightMergedFrom === null ? weightValueAt(grid, r, cols.weight) : null;
  const weightText = weightMergedFrom === null ? cellText(grid, r, cols.weight) : "";
  // a score written with its unit ("8分", "-2分") is that many points
  const scoreRef = cols.score && scoreMergedFrom === null ? scoreValueAt(grid, r, cols.score) : null;
  // a score computed by a formula whose cached result the file lacks is scored, value unknown
  const scoreFormula = cols.score ? grid.formula(r, cols.score) : undefined;
  const scoreText = scoreMergedFrom === null ? cellText(grid, r, cols.score) || (scoreFormula ? `=${scoreFormula}` : "") : "";
  const targetCol = cols.targetValue;
  const target = targetCol ? parseValue(grid.value(r, targetCol), grid.format(r, targetCol)) : null;
  const actual = cols.actual ? parseValue(grid.value(r, cols.actual), grid.format(r, cols.actual)) : null;
  const hasValues =
    !!weightText || !!scoreText || (target && target.kind !== "empty") || (actual && actual.kind !== "empty") || fromLabel !== null;
  // (the name's pattern asked only of a row without values)
  if (!hasValues && (!name || PLACEHOLDER_NAME.test(grid.compactText(r, nameCol!)))) return null;
  // a table with no target, weight or score column (a record of what was done): a row without a name is
  // another line of the indicator above (its merged name undone), not an indicator of its own
  if (!name && !cols.targetValue && !cols.weight && !cols.score) return null;
  if (!hasValues && (namesOnly || (!cols.targetValue && !cols.weight && !cols.score))) {
    // a names-only table: every named row is an indicator
  } else if (!hasValues && !opensPointedGroup(grid, r, cols, nameCol, name)) return null;

  const weightNA = !!weightText && weightRef === null && parseValue(weightText).kind === "na";
  const opText = cellText(grid, r, cols.targetOp) || null;
  const coefficient = cols.coefficient ? numberReadAt(grid, r, cols.coefficient) : null;
  // the cells as columns: their addresses are made when read (IndicatorRow)
  const weightCol = weightRef !== null ? cols.weight! : ruleWeight !== null ? cols.rubric! : fromLabel !== null && nameCol ? nameCol : (cols.weight ?? 0);
  const ind = new IndicatorRow(r, cellColumns(cols, nameCol ?? 0, weightCol, coefficient ? cols.coefficient! : 0));
  // (its path [一级, 二级, name] made when read: IndicatorRow.path)
  ind.setPathLevel(0, cellText(grid, r, cols.level1));
  ind.setPathLevel(1, cellText(grid, r, cols.level2));
  ind.name = name;
  ind.code = codePrefix(name);
  ind.weight = weightRef !== null ? weightRef : fromLabel;
  ind.weightSource = weightRef !== null ? "column" : fromLabel !== null ? "label" : null;
  ind.notApplicable = weightNA || (!!target && target.kind === "na" && weightRef === null);
  ind.claimedScore = scoreRef !== null ? scoreRef.value : null;
  ind.scoreDecimals = scoreRef !== null ? scoreRef.decimals : null;
  ind.scoreText = scoreText && scoreRef === null ? scoreText : null;
  ind.target = target;
  ind.opText = opText;
  ind.unit = cellText(grid, r, cols.unit) || null;
  ind.actual = actual;
  ind.actualTier = actual && actual.kind === "text" ? qualitativeTier(actual.raw) : null;
  ind.reason = cellText(grid, r, cols.reason) || null;
  // (its digits as ASCII: the rule readers' patterns read '得10分', not the full-width '得１０分' an IME types)
  ind.rubric = asciiDigits(cellText(grid, r, cols.rubric)) || null;
  ind.coefficient = coefficient ? (coefficient.percent || coefficient.value <= 1.5 ? coefficient.value : coefficient.value / 100) : null;
  ind.childOfRow = weightMergedFrom ?? scoreMergedFrom;
  return ind;
}


/**
 * An item alone under a weighted group label, with no weight of its own ("(一)项目前期工作(7分)" over
 * "1.可行性研究报告"): the group's weight is the item's — in a table without a weight column, and only where that
 * completes the weights (every other item has its own), so that no sum mixes items with and without weights.
 */
function soleItemsTakeGroupWeight(groups: GroupNode[], indicators: Indicator[]): void {
  const items = (g: GroupNode): Indicator[] => [...g.indicators, ...g.children.flatMap(items)];
  const taken = new Map<Indicator, GroupNode>();
  const visit = (gs: GroupNode[]) => {
    for (const g of gs) {
      const all = items(g);
      if (g.weight !== null && all.length === 1 && all[0].weight === null && !all[0].notApplicable) taken.set(all[0], innermostWeighted(g, all[0]));
      else visit(g.children);
    }
  };
  visit(groups);
  if (!taken.size || indicators.some((i) => i.weight === null && !i.notApplicable && !taken.has(i))) return;
  for (const [ind, g] of taken) {
    ind.weight = g.weight;
    ind.weightCell = g.weightCell ?? g.cell;
    ind.weightSource = "label";
  }
}

/** The deepest weighted group holding `ind` under `g` ("产出指标 40 分" > "数量指标 15 分" > one item: 15). */
function innermostWeighted(g: GroupNode, ind: Indicator): GroupNode {
  for (const c of g.children) {
    if (c.weight !== null && (c.indicators.includes(ind) || c.children.some((d) => d.indicators.includes(ind)))) return innermostWeighted(c, ind);
  }
  return g;
}

/**
 * A form's title on a line of its own ("省级部门预算项目支出绩效目标表2023年度", after an attachment's number too: "附件2：项目
 * 支出绩效自评表"): the next form starts there. Narrower than
 * titleLine's title words (titleOpening / DOCUMENT_TITLE_END): asked of every line inside a table, where a wrapped
 * indicator name on a line of its own may be worded like a title ("完工项目县规模养殖场…" once opened like a region, see
 * test/core/header-first-line-cut.test.ts); titleLine only asks the line right above a header.
 */
const FORM_TITLE = /^(?:附[表件][\d一二三四五六七八九十-]{0,4}[:：])?[^。；;,，:：]{0,40}绩效[^。；;,，:：]{0,20}表(\(.{1,20}\)|\d{4}年度?)?$/;
export function titlesAnotherForm(grid: Grid, r: number): boolean {
  // (the line's first text: Grid.firstTextCell, no cell by cell scan of every line asked)
  const c = grid.firstTextCell(r);
  return c !== 0 && formTitleLine(grid, r, grid.compactText(r, c));
}

/** titlesAnotherForm of the line whose first text is `t`. */
function formTitleLine(grid: Grid, r: number, t: string): boolean {
  // (a text without 绩效 is no such title: most lines, answered without running the pattern)
  return t.includes("绩效") && FORM_TITLE.test(t) && filledCells(grid, r) === 1;
}

/**
 * An attachment's number on a line of its own (附件1, 附件2：, 附表3) under the indicators: the next attachment starts there
 * (the same form printed again under it, or another table), no line of this one.
 */
export function attachmentNumberLine(grid: Grid, r: number): boolean {
  const c = grid.firstTextCell(r);
  return c !== 0 && attachmentNumberText(grid, r, grid.compactText(r, c));
}

/** attachmentNumberLine of the line whose first text is `t`. */
function attachmentNumberText(grid: Grid, r: number, t: string): boolean {
  // (cheap test first, every row is asked: the line opens with 附)
  return t.charCodeAt(0) === 0x9644 && ATTACHMENT_NUMBER.test(t) && filledCells(grid, r) === 1;
}

/**
 * The head of another project's form stacked under the indicators, its title left out (several target forms on one
 * sheet): the line opens with the 项目名称 label and names the project beside it or after a colon. No indicator is
 * named 项目名称.
 */
export const PROJECT_NAME_LABEL = /^(项目名称|专项名称|专项资金名称|项目\(专项\)名称|转移支付(\(项目\))?名称)[:：]?/;
/** The first character of PROJECT_NAME_LABEL's words (项, 专, 转): a text opening otherwise is no 项目名称 label. */
export const opensProjectLabel = (t: string): boolean => t.charCodeAt(0) === 0x9879 || t.charCodeAt(0) === 0x4e13 || t.charCodeAt(0) === 0x8f6c;
export function namesAnotherProject(grid: Grid, r: number): boolean {
  const c = grid.firstTextCell(r);
  return c !== 0 && projectNameLine(grid, r, grid.compactText(r, c));
}

/** namesAnotherProject of the line whose first text is `raw`. */
function projectNameLine(grid: Grid, r: number, raw: string): boolean {
  // (cheap test first, every row is asked: the label opens with 项目 or 专项)
  if (!opensProjectLabel(raw)) return false;
  const t = raw.replace(/（/g, "(").replace(/）/g, ")");
  const m = PROJECT_NAME_LABEL.exec(t);
  return !!m && (m[0].length < t.length || filledCells(grid, r) >= 2);
}

/**
 * The line repeats the table's own header (a page break in a table that names no level: 序号 | 项目 | 分值 | 考核标准 …):
 * the header's words again in its columns, three at least.
 */
function repeatsHeader(grid: Grid, r: number, words: HeaderWords): boolean {
  // (fewer than three words: no line repeats them, whatever it holds — but a table of two columns, both read, whose
  // line prints both words exactly as the header does and nothing else: 评估内容 | 分值(分) again at a page break)
  if (words.cols.length < 3) return words.cols.length === 2 && words.read.every(Boolean) && words.cols.every((c, k) => grid.compactText(r, c) === words.texts[k]) && filledCells(grid, r) === 2;
  let same = 0;
  for (let k = 0; k < words.cols.length; k++) {
    const t = grid.compactText(r, words.cols[k]);
    // (or, in a column the table reads, another word of the same role: 考核项目 printed again over a header reworded
    // 具体指标, 各项分值 over 权重(%) — the page's header, not a line)
    // (the header word's role read once per walk, words.roles: one role asked per line)
    if (t === words.texts[k] || (words.read[k] && t && sameRoleAs(grid.text(r, words.cols[k]), words.roles[k]))) same++;
    // (a word of a column the table does not read, 序号, may be left out of the line printed again: the columns read
    // must repeat theirs, three words at least)
    else if (t || words.read[k]) return false;
  }
  return same >= 3;
}

/**
 * The line and the one under it repeat a header of two lines written without merges (序号 | 评价指标 | | 分值(分) over
 * | 一级要素 | 二级要素 |, printed again at a page break): in each column the header's lines hold a word in, the two lines
 * hold one of those words (or another word of the same role) and nothing else, three such columns at least, every
 * column the table reads among them.
 */
function repeatsTwoLineHeader(grid: Grid, r: number, two: TwoLineHeader | null): boolean {
  if (two === null || r + 1 > grid.rowCount || r <= two.headerRow) return false;
  let same = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    const heads = two.heads[c];
    const l1 = grid.compactText(r, c);
    const l2 = grid.compactText(r + 1, c);
    if (heads.length === 0) {
      if (l1 !== "" || l2 !== "") return false;
      continue;
    }
    if (l1 === "" && l2 === "") {
      if (two.read[c]) return false;
      continue;
    }
    if ((l1 !== "" && !headsHold(heads, l1)) || (l2 !== "" && !headsHold(heads, l2))) return false;
    same++;
  }
  // (a header of two lines: its upper line holds words of its own, two at least; read with the header)
  return same >= 3;
}

/** A line's text is one of a header column's words, or another word of the same role. */
function headsHold(heads: string[], t: string): boolean {
  if (heads.includes(t)) return true;
  // (sameRole(t, x) for each word x, t's role read once)
  const role = indicatorRole(t);
  if (role === null) return false;
  for (let k = 0; k < heads.length; k++) if (indicatorRole(heads[k]) === role) return true;
  return false;
}

/**
 * What repeatsTwoLineHeader compares every line with, read once per walk (two arrays per column of every line, and a
 * list of the header's columns per column, were over a quarter of what a 40,000-row review allocated): by column, the
 * words of the header's two lines and whether the table reads the column. Null where no line can repeat the header: a
 * header on the sheet's first row, an upper line with fewer than two words of its own, or no header word.
 */
interface TwoLineHeader {
  headerRow: number;
  /** by column (1…scanCols), the header's two lines' non-empty compact texts, upper first */
  heads: string[][];
  /** by column, the column is one of the header's roles */
  read: boolean[];
}

function twoLineHeader(grid: Grid, header: HeaderMap, words: HeaderWords): TwoLineHeader | null {
  const h = header.headerRow;
  if (h < 2 || words.cols.length === 0) return null;
  const roleCols = Object.values(header.columns);
  const heads: string[][] = [[]];
  const read: boolean[] = [false];
  let upper = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    heads.push([grid.compactText(h - 1, c), grid.compactText(h, c)].filter((t) => t !== ""));
    read.push(roleCols.includes(c));
    if (grid.compactText(h - 1, c) && grid.ownsCell(h - 1, c)) upper++;
  }
  return upper >= 2 ? { headerRow: h, heads, read } : null;
}

/** The header's distinct columns that hold a word, and their words (compact text), in the columns' order. */
interface HeaderWords {
  cols: number[];
  texts: string[];
  /** the column is one the table reads (a role of the header's) */
  read: boolean[];
  /** the header's cell text as written (its role read from it) */
  raw: string[];
  /** indicatorRole of each raw text, read once */
  roles: (ColumnRole | null)[];
}

/** A header text names the column role `role` (another header text's, indicatorRole(b): the two name the same role). */
function sameRoleAs(a: string, role: ColumnRole | null): boolean {
  const own = indicatorRole(a);
  return own !== null && own === role;
}

/**
 * The words repeatsHeader compares every line with, read once per walk: a Set of the header's columns made for every
 * line of a 40,000-row table was a fifth of what its review allocated.
 */
function headerWords(grid: Grid, header: HeaderMap): HeaderWords {
  const out: HeaderWords = { cols: [], texts: [], read: [], raw: [], roles: [] };
  const roles = new Set(Object.values(header.columns));
  for (const c of roles) {
    const t = grid.compactText(header.headerRow, c!);
    if (!t) continue;
    out.cols.push(c!);
    out.texts.push(t);
    out.read.push(true);
    out.raw.push(grid.text(header.headerRow, c!));
    out.roles.push(indicatorRole(out.raw[out.raw.length - 1]));
  }
  if (out.cols.length >= 3) return out;
  // (fewer than three columns with a role, 序号 | 二级指标 | 标准分: the header line's every word, where it has three; a
  // word of a column the table does not read — 序号, a side column's 备注 | 负责考核单位 — may be left out of the line
  // printed again: a note column added on the first page only changes no line the break repeats)
  const all: HeaderWords = { cols: [], texts: [], read: [], raw: [], roles: [] };
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(header.headerRow, c)) continue;
    const t = grid.compactText(header.headerRow, c);
    if (!t) continue;
    all.cols.push(c);
    all.texts.push(t);
    all.read.push(roles.has(c));
    all.raw.push(grid.text(header.headerRow, c));
    all.roles.push(indicatorRole(all.raw[all.raw.length - 1]));
  }
  return all.cols.length >= 3 ? all : out;
}

/**
 * Another table, another project's form or the next attachment opens on the line: ((headsAnotherTable or
 * namesAnotherProject) and the line is not the header printed again) or titlesAnotherForm or attachmentNumberLine — the
 * line's first text (Grid.firstTextCell) read once for the four, asked of every line of the table. headsAnotherTable
 * holds only where that text is 序号 or 编号: the first cell it reads with a value is the first text cell (an owned
 * cell whose value is a number, a flag or blank once compacted answers no at once).
 */
function opensAnotherTable(grid: Grid, r: number, words: HeaderWords): boolean {
  const c = grid.firstTextCell(r);
  if (c === 0) return false;
  const t = grid.compactText(r, c);
  if (((NUMBERING_LABEL.test(t) && headsAnotherTable(grid, r)) || projectNameLine(grid, r, t)) && !repeatsHeader(grid, r, words)) return true;
  return formTitleLine(grid, r, t) || attachmentNumberText(grid, r, t);
}

/**
 * The header of another table stacked under the indicators ("序号 | 学校性质 | 培训机构 | … | 补助资金"): it starts
 * with 序号, holds only names, at least three, and no level of the indicator table (a repeated header names its levels).
 */
function headsAnotherTable(grid: Grid, r: number): boolean {
  let names = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const v = grid.raw(r, c);
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return false;
    if (names === 0 && !NUMBERING_LABEL.test(grid.compactText(r, c))) return false;
    names++;
  }
  return names >= 3 && !hasLevel(rowRolesShared(grid, r));
}

/**
 * The line's name a copy of the line above's under the same groups (a merge filled down): its name written again
 * (copiesAbove) and every label left of it the line above's or blank. Two lines of one name and points under two
 * groups (其他指标1(6分) under 重点工作8, then under 日常管理9) are two lines.
 */
function filledDownLine(grid: Grid, r: number, nameCol: number): boolean {
  if (!copiesAbove(grid, r, nameCol)) return false;
  for (let c = 1; c < nameCol; c++) {
    const t = grid.compactText(r, c);
    if (t !== "" && t !== grid.compactText(r - 1, c)) return false;
  }
  return true;
}
