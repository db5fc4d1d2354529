import type { Grid } from "../grid/grid";
import type { BudgetBlock, GroupNode, Indicator } from "../model/types";
import { groupWeightInLabel } from "../text/labels";
import { compact } from "../text/normalize";
import { findBudgetBlock } from "./budget";
import { copiesLeft, numberAt } from "./cells";
import { findNameLabelBlocks } from "./label-blocks";
import { fieldLine } from "./preamble";
import { firstStandardHeader } from "./standard-header";
import { ATTACHMENT_LINE, ATTACHMENT_LIST_OPEN, LIST_ITEM_LINE, MARKER_LINE, TOTAL_LABEL } from "./vocabulary";
import { findIndicatorHeader, firstCriteriaHeader, HeaderMap, inferHeaderless, TableWalk, walkIndicatorTable } from "./table";
import { agreesTyped } from "../relations/tolerance";
import { paragraphList, type ParagraphList } from "./paragraph-list";
import { proseRubric } from "./prose-rubric";
import { cutNameWord } from "./cut-sheet-name";
import { firstDeductionStandard } from "./deduction-standard";
import { gluedTitle } from "./families/document-text";
import { brokenTitle } from "./broken-title";
import { siteChrome, siteDocumentName } from "./families/document-site";
import { withoutContents } from "./contents-lines";

/** Rows read for the title and first-rows keywords, and for block labels anywhere in the sheet. */
const TEXT_ROWS = 40;
const BODY_ROWS = 300;
/** Non-empty rows read as the title: those above the first table, at least TITLE_MIN_ROWS, at most TITLE_MAX_ROWS. */
const TITLE_MIN_ROWS = 3;
const TITLE_MAX_ROWS = 6;
/** Rows above the first table a broken title is looked for in (blank ones counted). */
const HEAD_ROWS = 12;

/** What every family detector looks at, computed once per sheet. */
export interface SheetFeatures {
  grid: Grid;
  /** compact text of the sheet name and the rows above the first table */
  title: string;
  /**
   * the same, without the table's own rows: the sheet name and only the rows above the first table's header (where a
   * table opens on the first row, the title's rows are its header and data, whose words, 考核项目 | 考核指标, name columns)
   */
  heading: string;
  /**
   * compact text of the last line above the first table that is no sentence nor a marker line (单位:万元, 附件2), cells
   * joined by "|", wherever the title ends
   */
  lineAbove: string;
  /** a total line right under the indicators states the sum of their 分值 (合计 | 100 over 10 + 30 + 60) */
  weightsTotalled: boolean;
  /** compact text of the first rows, for keyword tests */
  text: string;
  /** compact text of every row of the sheet (up to BODY_ROWS), one line per row, cells joined by "|" */
  body: string;
  header: HeaderMap | null;
  walk: TableWalk | null;
  budget: BudgetBlock | null;
  /** the indicator table has labels with weights ("A11…（2分）") */
  labelWeights: boolean;
  /** headings below the title: a row of one short text ending in 表 (the next attachment's "…绩效目标表") */
  headings: string[];
  /** a rubric pasted as a document, one paragraph per row in one column (read where no table header is found) */
  paragraphs?: ParagraphList | null;
}

/** A heading line: one short text naming a table ("附件3" and "2020年…绩效目标表" stand on rows of their own). */
const HEADING = /^.{2,60}表(\(.{1,20}\))?$/;

/** A sentence, not a title: sentence punctuation or a comma inside, or longer than any title. */
const PROSE = /[。；;,，]|^.{61,}$/;

export function sheetFeatures(grid: Grid): SheetFeatures {
  // (a sheet whose only table is a block of scored criteria, 评价准则 | 分值 | 实际得分 | 绩效评价等级: that block)
  // (or a scoring standard naming no level: 标号 | 项目 | 标准 | 等级 | 说明 | 评估细则)
  // (or a deduction standard: faults with what each occurrence takes off, no points — deduction-standard.ts)
  const header = findIndicatorHeader(grid) ?? firstCriteriaHeader(grid) ?? firstStandardHeader(grid) ?? firstDeductionStandard(grid) ?? inferHeaderless(grid);
  const walk = header ? walkIndicatorTable(grid, header, header.lastRow) : null;
  const budget = findBudgetBlock(grid, header ? header.firstHeaderRow : null);
  // the title: the first non-empty rows above the first table (at least 3, at most 6 of them, counted from the
  // first row with content, so that blank rows or a table moved down read the same)
  const firstTable = Math.min(budget?.headerRow ?? Infinity, header && !header.inferred ? header.firstHeaderRow : Infinity);
  let above = 0;
  let strays = 0;
  // (an attachment's number or the money unit on a line of its own names nothing: not a title line)
  // (nor does the next attachment's number under them: the title's lines stop there)
  // (a line of fields, dates or units, 填报单位:… | 2023年12月, is read with the title but is none of its rows; it
  // counts towards the first rows only, those the title takes at least, table rows where the table opens at once)
  for (let r = 1; r < Math.min(firstTable, grid.rowCount + 1) && above < TITLE_MAX_ROWS; r++) {
    if (!grid.rowHasContent(r)) continue;
    const marker = markerLine(grid, r);
    if (marker === "attachment" && above + strays) break;
    if (marker) continue;
    if (fieldLine(grid, r)) strays++;
    else above++;
  }
  const titleRows = Math.min(Math.max(TITLE_MIN_ROWS - strays, above, 1), TITLE_MAX_ROWS);
  let titleSeen = 0;
  // (a name cut at Excel's 31 characters inside its form word read with the whole word: cut-sheet-name.ts)
  let title = compact(grid.name) + compact(cutNameWord(grid.name).slice(3));
  let heading = title;
  let text = "";
  let body = "";
  const headings: string[] = [];
  const headingRows: number[] = [];
  let lineAbove = "";
  // (the lines above the first table, as the body holds them: where a broken title is looked for)
  const head: string[] = [];
  // the last line with content was read with the title
  let titleOpen = true;
  // (each line's own texts, left to right: Grid.textCells, no cell by cell scan of the blank and merged ones)
  const { start, cols } = grid.textCells();
  const lastCol = Math.min(grid.scanCols, 30);
  // (a notice's attachment list, 附件:1. … / 2. … / 3. …: the lines naming the documents it sends, no title nor heading)
  let attachmentList = false;
  for (let r = 1; r <= Math.min(grid.rowCount, BODY_ROWS); r++) {
    let line = "";
    let cells = 0;
    let only = "";
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      if (c > lastCol) break;
      // (a text written again across the cells after it, a merge filled across, read once)
      if (copiesLeft(grid, r, c)) continue;
      const t = grid.compactText(r, c);
      line += t.slice(0, 80) + "|";
      cells++;
      only = t;
    }
    const marker = line && cells === 1 && MARKER_LINE.test(only);
    const opens: boolean = !!line && cells === 1 && ATTACHMENT_LIST_OPEN.test(only);
    const listed: boolean = opens || (!!line && cells === 1 && attachmentList && LIST_ITEM_LINE.test(only));
    if (line) attachmentList = listed;
    if (marker && titleSeen && ATTACHMENT_LINE.test(only)) {
      titleSeen = titleRows;
      titleOpen = false;
    }
    // (a preamble's field line, 填报单位:… 单位:万元, or a date line is read with the title but does not count as one of
    // its rows: also right under its last row, above the table)
    // (fam57: so is a document site's blurb or prompt, '《…报告.docx》由会员分享,可在线阅读…': only the document's name it
    // quotes is read, as a title line — document-site.ts)
    const titleZone: boolean = !!line && !marker && (titleSeen < titleRows || (titleOpen && r < firstTable));
    const chrome: boolean = titleZone && cells === 1 && siteChrome(only);
    const stray: boolean = titleZone && (chrome || fieldLine(grid, r));
    if (line && !marker) titleOpen = titleSeen < titleRows || stray;
    if (line && (titleSeen < titleRows || stray) && !marker) {
      if (!stray) titleSeen++;
      if (chrome) {
        const name = siteDocumentName(only);
        if (name) {
          title += "|" + name + "|";
          if (r < firstTable) heading += "|" + name + "|";
        }
      }
      // a sentence of a letter or notice above the table (a 批复's "以绩效监控和评价为抓手……") names no family
      else if (!(cells === 1 && PROSE.test(only)) && !(listed && !marker)) {
        title += "|" + line;
        if (r < firstTable) heading += "|" + line;
      }
      // (…but a report's title glued to the head of its text, the document pasted as one long cell: the title, fam48)
      else if (only.length > 80) {
        const glued = gluedTitle(only);
        if (glued) title += "|" + glued.title + "|";
      }
    } else if (cells === 1 && HEADING.test(only) && !listed) {
      headings.push(only);
      headingRows.push(r);
    }
    // (a sentence introducing the table, "根据…制定了以下绩效目标:", is no heading; famx55: nor the money unit's or an
    // attachment's number on its line, 单位:万元 between the section's head and its table)
    if (line && r < firstTable && !(cells === 1 && PROSE.test(only)) && !marker) lineAbove = line.slice(0, -1);
    if (r <= TEXT_ROWS) text += line + "\n";
    body += line + "\n";
    if (r < firstTable && head.length < HEAD_ROWS) head.push(line);
  }
  // (dev58: a table of contents' entries, '十二、项目绩效目标申报表' in a 部门预算 package's 目录, name its later parts, no table
  // of the sheet: contents-lines.ts)
  if (headings.length) dropContentsEntries(body, headings, headingRows);
  // (grad49a: a title broken across two or three lines, '…护理费项目' / '支出绩效自评的报告', read as one more title line too:
  // broken-title.ts)
  const joined = brokenTitle(head);
  if (joined) {
    title += "|" + joined + "|";
    heading += "|" + joined + "|";
  }
  const labelWeights = !!walk && walk.indicators.some((i) => i.weightSource === "label");
  const weightsTotalled = !!header && !!walk && statesWeightSum(grid, header, walk);
  // (or an indicator system written as prose, its levels listed apart, one clause a row: prose-rubric.ts)
  const paragraphs = header ? null : (paragraphList(grid) ?? proseRubric(grid));
  return { grid, title, heading, lineAbove, text, body, header, walk, budget, labelWeights, weightsTotalled, headings, paragraphs };
}

/** The row holds one text only, an attachment's number ("附件2") or the money unit ("单位:万元"): which, else null. */
export function markerLine(grid: Grid, r: number): "attachment" | "unit" | null {
  let only = "";
  // (the line's own texts: Grid.textCells)
  if (r >= 1 && r <= grid.rowCount) {
    const { start, cols } = grid.textCells();
    const lastCol = Math.min(grid.scanCols, 30);
    for (let k = start[r]; k < start[r + 1] && cols[k] <= lastCol; k++) {
      const c = cols[k];
      if (copiesLeft(grid, r, c)) continue;
      if (only) return null;
      only = grid.compactText(r, c);
    }
  }
  return !MARKER_LINE.test(only) ? null : ATTACHMENT_LINE.test(only) ? "attachment" : "unit";
}

/** Weighted lines a stated weight total must add up before it is evidence. */
const TOTALLED_MIN_LINES = 3;

/**
 * The table's closing line is a total (合计, 总分) whose 分值 is the sum of the 分值 of its lines (sub-items aside),
 * over three weighted lines at least: the weights are a scoring system's points, stated to add up.
 */
function statesWeightSum(grid: Grid, header: HeaderMap, walk: TableWalk): boolean {
  const col = header.columns.weight;
  const r = walk.closingRow;
  if (col === undefined || r === null) return false;
  // (counted and summed in one pass, in the lines' order: no list of a 40,000-row table's lines made to count them)
  let lines = 0;
  let sum = 0;
  for (let k = 0, inds = walk.indicators; k < inds.length; k++) {
    const i = inds[k];
    if (i.childOfRow === null && i.weight !== null && i.weightSource === "column") {
      lines++;
      sum += i.weight;
    }
  }
  if (lines < TOTALLED_MIN_LINES) return false;
  let labelled = false;
  for (let c = 1; c < col && !labelled; c++) if (grid.ownsCell(r, c) && TOTAL_LABEL.test(grid.compactText(r, c))) labelled = true;
  const stated = numberAt(grid, r, col);
  return labelled && !!stated && stated.value > 0 && agreesTyped(stated, sum);
}

/** Group labels whose points their items add up to, before they are evidence of a scoring system. */
const LABEL_POINTS_MIN_GROUPS = 2;
/**
 * Or one group whose points this many items add up to (10 + 5 + 5 + 15 under '四个规范(35分)'): as many lines borne out as
 * two groups of two give, where an excerpt cut the other groups' lines.
 */
const LABEL_POINTS_ONE_GROUP_LINES = 4;

/**
 * Group labels state points ("组织领导和工作机构建设情况(5分)") that the weight column's items under them add up to
 * (1 + 3 + 1), on two groups at least (or one of four items or more: LABEL_POINTS_ONE_GROUP_LINES): the sheet is a
 * scoring system's, its points distributed over its items, whatever its heading calls it (a 考核 form's items and points,
 * not a tally of scores). The labels are the walk's groups with
 * their points in the label, or a label in the items' column over the blank-named lines below it (findNameLabelBlocks);
 * the items, lines weighted in the weight column (sub-items aside), two at least under each label. With `source`
 * "label", the items are those stating their own points in their labels, in a table with no weight column ('(二)…机关创建
 * (100分)' over '1.…(30分)', '2.…(20分)', '3.…(50分)'): the same evidence, the points all written in the names.
 */
export function labelPointsAddUp(f: SheetFeatures, source: "column" | "label" = "column"): boolean {
  const { header, walk, grid } = f;
  if (!header || !walk || (header.columns.weight === undefined) !== (source === "label") || !walk.indicators.length) return false;
  // (each label once, by its cell: a group of the walk is often a label block as well)
  const matched = new Set<string>();
  /** the label at `cell` states `stated` points, its items' 分值 add up to `sum` over `lines` lines: true once enough have */
  let longest = 0;
  const count = (cell: string, stated: number | null, sum: number, lines: number) => {
    if (stated !== null && lines >= 2 && stated > 0 && agreesTyped(stated, sum)) {
      matched.add(cell);
      longest = Math.max(longest, lines);
    }
    return matched.size >= LABEL_POINTS_MIN_GROUPS || longest >= LABEL_POINTS_ONE_GROUP_LINES;
  };
  const counts = (i: Indicator) => i.childOfRow === null && i.weight !== null && i.weightSource === source;
  const visit = (g: GroupNode): boolean => {
    if (g.weight !== null && g.weightCell === g.cell) {
      let sum = 0;
      let lines = 0;
      for (const i of g.indicators) {
        if (!counts(i)) continue;
        sum += i.weight!;
        lines++;
      }
      if (count(g.cell, g.weight, sum, lines)) return true;
    }
    return g.children.some(visit);
  };
  if (walk.groups.some(visit)) return true;
  // a label in the items' column with the blank-named lines below it
  for (const b of findNameLabelBlocks(grid, header, walk)) {
    let sum = 0;
    let lines = 0;
    for (const i of walk.indicators) {
      if (i.row < b.firstRow || i.row > b.lastRow || !counts(i)) continue;
      sum += i.weight!;
      lines++;
    }
    if (count(b.cell, b.weight, sum, lines)) return true;
  }
  // or written again on each of its lines (filled down): a run of consecutive lines whose name is the one label
  const nameCol = header.columns.level3 ?? header.columns.level2 ?? header.columns.level1;
  if (nameCol === undefined) return false;
  let label = "";
  let first = 0;
  let sum = 0;
  let lines = 0;
  let lastRow = -1;
  const close = () => !!label && count(grid.addr(first, nameCol), groupWeightInLabel(label), sum, lines);
  for (const i of walk.indicators) {
    if (!counts(i)) continue;
    const t = grid.ownsCell(i.row, nameCol) ? grid.compactText(i.row, nameCol) : "";
    if (t !== label || i.row !== lastRow + 1) {
      if (close()) return true;
      label = t;
      first = i.row;
      sum = 0;
      lines = 0;
    }
    sum += i.weight!;
    lines++;
    lastRow = i.row;
  }
  return close();
}

export interface FamilyDetector {
  id: import("../model/types").Family;
  /** 0..1: how sure we are that the sheet is of this family */
  detect(f: SheetFeatures): number;
}

/** How many of the patterns occur in the text (each counted once). */
export function evidence(text: string, patterns: RegExp[]): number {
  let n = 0;
  for (const re of patterns) if (re.test(text)) n++;
  return n;
}

/** The headings (at `rows`, the body's lines one a row) that stand in the body's table of contents, taken out of `headings`. */
function dropContentsEntries(body: string, headings: string[], rows: number[]): void {
  const kept = withoutContents(body);
  if (kept === body) return;
  const lines = kept.split("\n");
  for (let k = headings.length - 1; k >= 0; k--) {
    if (lines[rows[k] - 1]) continue;
    headings.splice(k, 1);
    rows.splice(k, 1);
  }
}
