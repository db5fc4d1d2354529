import type { Grid } from "../grid/grid";
import { a1 } from "../grid/a1";
import type { EvaluationModel, GroupNode, Indicator } from "../model/types";
import { codeLike, INLINE_CODE_AFTER, INLINE_CODE_BEFORE, LabelCode, labelCode, mayStartCode, ownListLast, serialNumber } from "../text/codes";
import { compact, normalizeText } from "../text/normalize";
import { groupLabelName } from "../text/labels";
import { FindingDraft, Rule } from "./types";
import { hasCell } from "../model/indicator-row";
import { checkCodeLevels, codeLevels, hasOwnLetterLevel } from "./code-levels";
import { repeatedSideStarts } from "../recognise/repeated-sides";
import { blocksStepBack } from "./block-order";
import { bareMarkerCode } from "../text/bare-marker";
import { lineListLast } from "../text/line-list-last";
import { tableList } from "./table-list";

interface Coded {
  code: string | null;
  label: string;
  cell: string;
}

/** Siblings under a coded parent must read parent+1, parent+2, … ("C15", never "C1"). */
function checkSiblings(parentCode: string, items: Coded[], out: FindingDraft[]): void {
  const seen = new Map<string, string>();
  items.forEach((it, idx) => {
    const expected = `${parentCode}${idx + 1}`;
    const text = compact(it.label);
    if (text.startsWith(expected) && !/^\d/.test(text.slice(expected.length)) ) {
      seen.set(expected, it.cell);
      return;
    }
    if (text.startsWith(expected) && /^\d{4}年/.test(text.slice(expected.length))) {
      seen.set(expected, it.cell); // "C142020年…": code C14 followed by a year
      return;
    }
    if (!it.code) return; // an uncoded label among coded siblings is not a sequence error
    const prev = idx > 0 ? items[idx - 1].code : null;
    const next = idx + 1 < items.length ? items[idx + 1].code : null;
    const dup = seen.get(it.code);
    out.push({
      cell: it.cell,
      related: dup ? [dup] : [],
      messageId: "indicatorCode",
      data: { code: it.code, expected, prev: prev ?? "—", next: next ?? "—", around: prev || next ? `（前一项 ${prev ?? "—"}，后一项 ${next ?? "—"}）` : "" },
    });
  });
}

/**
 * Children that all share one prefix other than their parent's code (A31, A32, A33 under a parent written
 * "A2"): the parent's code is the wrong one (reported among its own siblings), not each child's.
 */
function parentMiscoded(parentCode: string, items: Coded[]): boolean {
  const coded = items.filter((it) => it.code && it.code.length === parentCode.length + 1);
  if (coded.length < 2 || coded.length < items.filter((it) => it.code).length) return false;
  if (coded.some((it) => compact(it.label).startsWith(parentCode))) return false;
  const prefixes = new Set(coded.map((it) => it.code!.slice(0, -1)));
  return prefixes.size === 1;
}

/**
 * Letter codes under a parent that has none ("项目立项" over A11, A12, A12): the code's own prefix is its
 * parent (A1 of A11), and siblings of one prefix, one after another, must count on by one. The first of a
 * run is not judged (a table cut above starts anywhere).
 */
function checkUnparented(items: Coded[], out: FindingDraft[]): void {
  let prev: { parent: string; n: number; code: string } | null = null;
  items.forEach((it, idx) => {
    const code = it.code;
    if (!code || code.length < 2 || !/\d$/.test(code)) {
      prev = null;
      return;
    }
    const parent = code.slice(0, -1);
    const n = Number(code.slice(-1));
    if (!prev || prev.parent !== parent) {
      prev = { parent, n, code };
      return;
    }
    const expected = `${parent}${prev.n + 1}`;
    if (n !== prev.n + 1) {
      const next = items[idx + 1]?.code ?? null;
      const dup = items.slice(0, idx).find((x) => x.code === code);
      out.push({
        cell: it.cell,
        related: dup ? [dup.cell] : [items[idx - 1].cell],
        messageId: "indicatorCode",
        data: { code, expected, prev: prev.code, next: next ?? "—", around: `（前一项 ${prev.code}，后一项 ${next ?? "—"}）` },
      });
      prev = { parent, n: prev.n + 1, code: expected };
      return;
    }
    prev = { parent, n, code };
  });
}

interface NumberedLabel {
  code: LabelCode;
  /** the label's cell, addressed (A1) only where a finding names it */
  row: number;
  col: number;
  /** compact label text: the same label repeated (unmerged blocks) is one item */
  text: string;
  /** indicator rows with an empty name cell in this column since the previous label (numbers they stand for); 0 if none */
  unnamed: number;
  /**
   * every name column left of the label is empty on its line, no merge from above running through it: the parent the
   * run's columns would read is not there (a group's label lost or never written), so a 1 may start its numbering again
   */
  parentUnread: boolean;
}
// (every label and every run made with all its fields, in one order, none added later: one object shape each, where a
// field set afterwards on some made TurboFan throw out its code for numberedRuns in a folder's run)

/** A cell that reads as a number or points ("10", "10分", "95%"), not a label. */
const NUMBER_LIKE_LABEL = /^[-+]?\d+(\.\d+)?(分|%)?$/;

/** Columns whose cells are values, rules or reasons: their texts may start with "1." without being labels. */
const VALUE_ROLES = ["rubric", "explanation", "reason", "targetValue", "actual", "targetOp", "unit", "weight", "score", "grade"] as const;

interface Run {
  items: NumberedLabel[];
  /**
   * every parent of this run is read (it lies in a name column right of another): a 1 inside the run is a
   * repeat, not numbering that starts again under a parent the sheet does not mark
   */
  strict: boolean;
  /** a 序号 column: numbers written bare ("3" rather than "3.") */
  serial: boolean;
  /** column|style|parent of its labels: runs of one key, one after another, are the same numbering under successive parents */
  key: string | undefined;
}

/**
 * Numbered labels down the sheet, in every numbering style (一、 (一) 1. 1、 (1) ① 指标1 1.1), grouped into runs
 * that share a parent: a run is one column and one style (and, for 1.1, one parent number). A new label in
 * a column to the left (coded or not), or a code of a style that came earlier in the same column, starts new
 * runs below it. Labels read are each row's first cell and the indicator table's name columns; the same label
 * repeated (unmerged blocks) is one label.
 */
/** A note's opening under a table (注：…, 说明：…, 填表说明：…): the lines from it on are the note's, not the table's. */
const NOTE_UNDER_TABLE = /^(注|说明|填表说明|备注)(?:[:：.\d]|$)/;

function numberedRuns(grid: Grid, model: EvaluationModel): Run[] {
  const nameCols = new Set([model.columns.level1, model.columns.level2, model.columns.level3].filter((c): c is number => c !== undefined));
  const firstNameCol = Math.min(...nameCols);
  const valueCols = new Set(VALUE_ROLES.map((r) => model.columns[r]).filter((c): c is number => c !== undefined));
  const runs: Run[] = [];
  /** the runs open, by column|style|parent, with their column and style (read once, not split from the key per label) */
  const open = new Map<string, { col: number; style: string; run: Run }>();
  const styleRank = new Map<number, Map<string, number>>();
  const lastLabel: (string | undefined)[] = new Array<string | undefined>(grid.scanCols + 1).fill(undefined);
  // the name and value columns as flags by column (asked of every text cell: no set lookup)
  const isName: boolean[] = new Array<boolean>(grid.scanCols + 1).fill(false);
  const isValue: boolean[] = new Array<boolean>(grid.scanCols + 1).fill(false);
  for (const c of nameCols) if (c <= grid.scanCols) isName[c] = true;
  for (const c of valueCols) if (c <= grid.scanCols) isValue[c] = true;
  // a statement printed in two sides (项目 | 行次 | 金额 | 项目(按功能分类) | 行次 | 金额): each side's first column holds
  // its own labels, numbered on their own (一、 … 十四、 of the 支出 side), as the row's first column holds the first side's
  for (const c of repeatedSideStarts(grid, model.headerLastRow ?? model.headerRow)) if (c <= grid.scanCols && !isValue[c]) isName[c] = true;
  // the deepest name column: an indicator row whose cell there is empty still takes a number of the sequence
  const leafCol = nameCols.size ? Math.max(...nameCols) : undefined;
  // a column between two name columns that no role names (the 三级 of a four-level table, whose leaves are the 四级):
  // a level of groups the tree does not keep, whose new label on an indicator row starts its children's numbering again
  const isInnerLevel: boolean[] = new Array<boolean>(grid.scanCols + 1).fill(false);
  if (leafCol !== undefined) {
    const roled = new Set(Object.values(model.columns));
    for (let c = firstNameCol + 1; c < leafCol && c <= grid.scanCols; c++) if (!roled.has(c)) isInnerLevel[c] = true;
  }
  // the indicator rows as flags by row (a typed array, not a set of every row)
  const indicatorRows = new Uint8Array(grid.rowCount + 1);
  for (let k = 0; k < model.indicators.length; k++) {
    const row = model.indicators[k].row;
    if (row >= 1 && row <= grid.rowCount) indicatorRows[row] = 1;
  }
  // the 序号 column's numbers by row: a label right of its row's serial number is the row's first label (a 序号 column
  // beside items numbered in their labels, 1、 2、 under each group: both numberings are read, each in its own scope)
  // (the header printed again at a page break: no parent of the labels under it, whose numbering goes on)
  const repeats = model.headerRepeats ? new Set(model.headerRepeats) : undefined;
  const serials = serialColumnRuns(grid, repeats);
  const serialCol = new Uint16Array(grid.rowCount + 1);
  for (const run of serials) for (const it of run.items) serialCol[it.row] = it.col;
  let unnamed = 0;
  let restated: Set<string> | undefined;
  for (const g of model.groups) if (g.restatedCells) for (const cell of g.restatedCells) (restated ??= new Set()).add(cell);
  // (a note under the table, "注：1.…" then "2.…" on lines of their own: its points are numbered in a list of their own)
  let lastIndicator = 0;
  for (let k = 0; k < model.indicators.length; k++) lastIndicator = Math.max(lastIndicator, model.indicators[k].row);
  // (a document of paragraphs, no table header: its heads may run on inside a paragraph, closeByInlineHeads)
  const document = model.headerRow === null;
  for (let r = 1; r <= grid.rowCount; r++) {
    if (repeats && repeats.has(r)) continue;
    if (lastIndicator && r > lastIndicator && NOTE_UNDER_TABLE.test(grid.compactText(r, grid.firstTextCell(r)))) break;
    if (leafCol !== undefined && indicatorRows[r] === 1 && grid.ownsCell(r, leafCol)) {
      const leaf = grid.raw(r, leafCol);
      if (leaf === null || leaf === undefined || (typeof leaf === "string" && leaf.trim() === "")) unnamed++;
    }
    let first = true;
    /**
     * the row's first label is its group's, repeated (filled down) or merged down from above: that group's points
     * beside it, filled down as well, pass over too
     */
    let carried = false;
    for (let c = 1; c <= grid.scanCols; c++) {
      const raw = grid.raw(r, c);
      if (raw === null || raw === undefined || raw === "" || c === serialCol[r]) continue;
      if (!grid.ownsCell(r, c)) {
        if (first) carried = true;
        continue;
      }
      // (the text of the cell left of it written again, a merge filled across by an export or a paste: that cell, read once)
      if (typeof raw === "string" && c > 1 && grid.ownsCell(r, c - 1) && grid.raw(r, c - 1) === raw) continue;
      const isFirst = first;
      first = false;
      if (typeof raw !== "string" || isValue[c]) {
        if (carried && isFirst && r > 1 && grid.raw(r - 1, c) === raw) first = true;
        continue;
      }
      if (!isFirst && !isName[c]) {
        if (isInnerLevel[c] && indicatorRows[r] === 1) {
          const text = grid.compactText(r, c);
          if (lastLabel[c] !== text && !NUMBER_LIKE_LABEL.test(text)) closeRight(open, c);
          lastLabel[c] = text;
        }
        continue;
      }
      const text = grid.compactText(r, c); // owned: compact(raw), memoised on the grid
      // (a group's label printed again, its points left out, where the page breaks: the group's own, read as such)
      if (lastLabel[c] === text || (restated && restated.has(grid.addr(r, c)))) {
        // the same label again (unmerged block, or filled down on every line): the label right of it is the row's first
        if (isFirst) first = carried = true;
        continue;
      }
      lastLabel[c] = text;
      const gap = c === leafCol ? unnamed : 0;
      if (c === leafCol) unnamed = 0;
      // (scan59: a number alone on its line, its name on the next, in a document of paragraphs: bare-marker.ts)
      // (lead, session 59: the number alone on its LINE — a table's 序号 cell '2.' beside its name and amounts is no such marker)
      const code = mayStartCode(text) ? labelCode(raw) ?? (document && text.length <= 3 && r < grid.rowCount && aloneOnLine(grid, r, c) ? bareMarkerCode(text, grid.compactText(r + 1, c)) : null) : null;
      if (!code) {
        // (scan58: a part's head — 第一部分, 第二章 — opens a part whose lists count anew: its column's runs close too, PART_HEAD)
        closeRight(open, text.charCodeAt(0) === DI && PART_HEAD.test(text) ? c - 1 : c); // a new parent without a number
        if (document) closeByInlineHeads(raw, c, styleRank.get(c), open);
        continue;
      }
      const order = styleRank.get(c) ?? new Map<string, number>();
      styleRank.set(c, order);
      if (!order.has(code.style)) order.set(code.style, order.size);
      closeRight(open, c, order, order.get(code.style)!);
      const key = `${c}|${code.style}|${code.parent}`;
      const item: NumberedLabel = { code, row: r, col: c, text, unnamed: gap, parentUnread: code.n === 1 && c > firstNameCol && parentUnread(grid, r, c, isName, firstNameCol) };
      const run = open.get(key)?.run;
      if (run) {
        // only wholly empty lines between the run's last label and this one (a line whose item was lost: 1、2、3、, an
        // empty line, 5、): they stand where the numbers they skip would be — the item is missing, none misnumbered
        const prevRow = run.items[run.items.length - 1].row;
        let empty = 0;
        for (let u = prevRow + 1; u < r && emptyLine(grid, u, c); u++) empty++;
        if (empty && prevRow + 1 + empty === r) item.unnamed += empty;
        // the numbers skipped printed inside the lines above, run on after a rule ('C、…党务公开 5、党报党刊征订…'): the items
        // are there, only not at a line's start (read at a gap alone: a run counting on never reaches it)
        const prevN = run.items[run.items.length - 1].code.n;
        // (scan57) as many item lines between as the numbers skipped, none numbered: the numbers were lost, not skipped
        if (!empty && code.n - prevN - 1 === r - prevRow - 1 && tightList(run.items) && lostNumberLines(grid, prevRow + 1, r - 1, c)) item.unnamed += r - prevRow - 1;
        const skippedFrom = prevN + 1 + item.unnamed;
        if (code.n > skippedFrom) item.unnamed += inlineSkipped(grid, prevRow, r, c, code, skippedFrom, code.n - 1);
        run.items.push(item);
      }
      else {
        const fresh: Run = { items: [item], strict: nameCols.has(c) && c > firstNameCol, serial: false, key };
        open.set(key, { col: c, style: code.style, run: fresh });
        runs.push(fresh);
      }
      if (document) closeByInlineHeads(raw, c, order, open);
    }
  }
  return [...runs, ...serials];
}

/**
 * (scan58) A part's head on a line of its own — '第一部分 单位概况', '第二章 …' — opens a part of the document: the numbered
 * lists under it count anew, whatever it is numbered (a 决算 note's body after its contents list: '十、部门决算量化评价表' /
 * '第一部分 单位概况' / '主要职责' (its 一、 lost) / '二、机构设置' is no 二 repeated after 十). Only 部分 / 章 / 篇 / 编 (a 节 may stand
 * under a list's items).
 */
const DI = "第".charCodeAt(0);
const PART_HEAD = /^第[一二三四五六七八九十百\d]{1,3}(?:部分|章|篇|编)/;

/**
 * A section's head run on inside a paragraph after a sentence's end or a space ('…满意度达90%以上。 二、项目资金管理及组织实施
 * 情况 (一)资金申报…', a report whose page joined its lines): a head of a style that ranks above an open run's (一、 over
 * (一)) opens a new section, so the runs below it close, as a head at a line's start closes them; the next '(二)' starts
 * its own count. Its own number is not read as a label (inlineSkipped counts the numbers a run skips printed inside lines).
 */
const INLINE_HEAD = /[\s\u3000。；;!?！？]([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])(?=[\u4e00-\u9fa5])/g;
function closeByInlineHeads(raw: string, c: number, order: Map<string, number> | undefined, open: Map<string, { col: number; style: string; run: Run }>): void {
  if (!order || raw.length < 8 || (raw.indexOf("、") < 0 && raw.indexOf("(") < 0 && raw.indexOf("（") < 0)) return;
  const text = normalizeText(raw);
  for (const m of text.matchAll(INLINE_HEAD)) {
    const code = labelCode(text.slice(m.index! + 1));
    const rank = code ? order.get(code.style) : undefined;
    if (rank !== undefined) closeRight(open, c, order, rank);
  }
}

/** Lines of the rubric column opening with a number before a column is taken to number its lines: three, and most of them. */
const RUBRIC_NUMBERED_LINES = 3;

/**
 * The rubric column numbering its lines (考核内容 | 分值 | 评分标准 with "1.封面…计2分", "2.表格…", "3.评价计分…" beside the
 * items, or 分项 | 评分标准及考核办法 with (1) (2) (3) (4), one rule a line): its cells from the first indicator line to the
 * last, each taken under the group of the indicator line at or above it (its 二级, else its 一级), one run per group and
 * style — the numbering may start again under each group (a run is not strict). Only where most of those cells open with
 * a number, three at least: a rubric whose cells each list their own rules (1.… 2.… inside one cell) opens each with 1.
 */
function rubricRuns(grid: Grid, model: EvaluationModel): Run[] {
  const col = model.columns.rubric;
  if (col === undefined || !model.indicators.length || col > grid.scanCols) return [];
  const first = model.indicators[0].row;
  const last = model.indicators[model.indicators.length - 1].row;
  const byRow = new Map<number, Indicator>();
  for (const i of model.indicators) byRow.set(i.row, i);
  const runs: Run[] = [];
  const open = new Map<string, { run: Run; parent: GroupNode | undefined }>();
  let parent: GroupNode | undefined;
  let texts = 0;
  let numbered = 0;
  for (let r = first; r <= last; r++) {
    const ind = byRow.get(r);
    if (ind) parent = ind.level2 ?? ind.level1 ?? parent;
    if (!grid.ownsCell(r, col)) continue;
    const raw = grid.raw(r, col);
    if (typeof raw !== "string" || raw.trim() === "") continue;
    texts++;
    const text = grid.compactText(r, col);
    const code = mayStartCode(text) ? labelCode(raw) : null;
    if (!code) continue;
    numbered++;
    const key = `${code.style}|${code.parent}`;
    const item: NumberedLabel = { code, row: r, col, text, unnamed: 0, parentUnread: false };
    const at = open.get(key);
    if (at && at.parent === parent) at.run.items.push(item);
    else {
      const fresh: Run = { items: [item], strict: false, serial: false, key: undefined };
      open.set(key, { run: fresh, parent });
      runs.push(fresh);
    }
  }
  return numbered >= RUBRIC_NUMBERED_LINES && 2 * numbered > texts ? runs : [];
}

/** No name column left of `col` (from the first) holds text on line `r` or lies under a merge there. */
function parentUnread(grid: Grid, r: number, col: number, isName: boolean[], firstNameCol: number): boolean {
  for (let k = firstNameCol; k < col; k++) if (isName[k] && (grid.compactText(r, k) !== "" || grid.mergeAt(r, k))) return false;
  return true;
}

/**
 * A line with nothing on it under the labels of column `col`: no content of its own and no merge from a line above
 * running through it from `col` rightwards (a parent's label merged down over its block, left of `col`, may).
 */
function emptyLine(grid: Grid, r: number, col: number): boolean {
  if (grid.rowHasContent(r)) return false;
  for (let c = col; c <= grid.scanCols; c++) {
    const m = grid.mergeAt(r, c);
    if (m && m.r1 < r) return false;
  }
  return true;
}


/**
 * (scan57) Lines from … to of column `col` that are list items whose numbers were lost — a contents list whose 九、 and 十、
 * the page dropped ('八、…决算表' / '“三公”经费…支出预算表' / '政府采购预算表' / '十一政府购买服务预算表' / '十二、…'): each holds a short
 * name of its own alone on its line (at most LOST_ITEM characters, no figure, no sentence's stop, nothing right of it) and no
 * code of any style. A paragraph between two numbered items (a sentence, a long line), an amount ('9.5万元'), a form's line
 * ('说明 | 略') or a line numbered in another style is no lost item.
 */
const LOST_ITEM = 40;
function lostNumberLines(grid: Grid, from: number, to: number, col: number): boolean {
  for (let r = from; r <= to; r++) {
    if (!grid.ownsCell(r, col)) return false;
    const text = grid.compactText(r, col);
    if (!text || text.length > LOST_ITEM || /[\d。;!?]/.test(text) || (mayStartCode(text) && labelCode(grid.text(r, col)))) return false;
    for (let c = col + 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) return false;
  }
  return true;
}

/**
 * (scan57) the run's last labels a list: its last item right under the one before, numbered on by one, and so on back to where
 * its count starts (three at least: a list, no sections with body lines between their heads)
 */
function tightList(items: readonly NumberedLabel[]): boolean {
  let k = items.length - 1;
  while (k > 0 && items[k].row === items[k - 1].row + 1 && items[k].code.n === items[k - 1].code.n + 1) k--;
  return items.length - k >= 3;
}

/**
 * How many of the numbers first … last a run skips are printed, in order, inside its column's lines from its last label's
 * line (`from`) down to the line above the new label (`to`): each in the run's style (codeLike), after a space or a mark
 * and before a name — the next item run on after the one before ('C、农村党风廉政建设及党务公开 5、党报党刊征订、分发工作').
 * A code at a line's start is a label of its own, read as such; inside a line only these count (never "第5、6项" or a date).
 */
function inlineSkipped(grid: Grid, from: number, to: number, c: number, like: LabelCode, first: number, last: number): number {
  let n = first;
  for (let r = from; r < to && n <= last; r++) {
    if (!grid.ownsCell(r, c)) continue;
    const text = normalizeText(grid.text(r, c));
    let at = 1;
    while (n <= last) {
      const code = codeLike(like, n);
      const k = text.indexOf(code, at);
      if (k < 0) break;
      if (INLINE_CODE_BEFORE.test(text[k - 1]) && INLINE_CODE_AFTER.test(text[k + code.length] ?? "")) n++;
      at = k + 1;
    }
  }
  return n - first;
}

/** The last number of the list a label's cell holds of its own (text/codes.ts ownListLast): its own number where none. */
function ownListLastOf(grid: Grid, item: NumberedLabel): number {
  return grid.ownsCell(item.row, item.col) ? ownListLast(grid.text(item.row, item.col), item.code) : item.code.n;
}

/** Close the runs open right of column c, and those of c whose style ranks below `rank` in its `order`. */
function closeRight(open: Map<string, { col: number; style: string; run: Run }>, c: number, order?: Map<string, number>, rank?: number): void {
  // deleting the entry being visited is safe in a Map's iteration (forEach with a function of the module and the
  // column and rank in its variables: no entry array, no iterator step and no closure made, this runs for every label)
  closing.col = c;
  closing.order = order;
  closing.rank = rank;
  open.forEach(closeIfRight);
  closing.order = undefined;
}

/** closeRight's column, and the order and rank of its style (read by closeIfRight). */
const closing: { col: number; order: Map<string, number> | undefined; rank: number | undefined } = { col: 0, order: undefined, rank: undefined };

function closeIfRight(o: { col: number; style: string }, k: string, open: Map<string, unknown>): void {
  const order = closing.order;
  if (o.col > closing.col || (order && o.col === closing.col && (order.get(o.style) ?? 0) > closing.rank!)) open.delete(k);
}

/** A column of serial numbers: 序号 / 编号 over 1, 2, 3 … (numbers, or digits as text). */
const SERIAL_HEADER = /^(序号|编号|指标编号|指标序号|序列号)$/;

/**
 * The serial numbers under each 序号 / 编号 header, down to the next header of its kind or the end of the
 * table (a closing row such as 合计); blank cells and sub-rows without a number are passed over.
 */
function serialColumnRuns(grid: Grid, headerRepeats?: Set<number>): Run[] {
  const runs: Run[] = [];
  const last = Math.min(grid.rowCount, SERIAL_SCAN_ROWS);
  const owned = grid.textCells();
  for (let r = 1; r <= last; r++) {
    // (a header printed again at a page break heads no run: the one above goes on through it)
    if (headerRepeats && headerRepeats.has(r)) continue;
    for (let k = owned.start[r]; k < owned.start[r + 1]; k++) {
      const c = owned.cols[k];
      if (!SERIAL_HEADER.test(grid.compactText(r, c))) continue;
      const m = grid.mergeAt(r, c);
      const items: NumberedLabel[] = [];
      // (serial cells read as no number for a letter in a digit's place, '1O', 'l2', 'O3': each stands where a number
      // belongs, its number unread — the next number counts it, and is not misnumbered for it)
      let unread = 0;
      // (grad50c) the column writes one item over several lines — a number on three lines and more in a row, a group's 序号
      // merged down over its lines and filled: a number written again on the next line is that fill's too, the same item
      // (the next lines of it, their names and figures their own: '1 | 新增4000张养老床位', '1 | 新增800张…')
      const spans = filledSpans(grid, (m ? m.r2 : r) + 1, c);
      for (let rr = (m ? m.r2 : r) + 1; rr <= grid.rowCount; rr++) {
        if (!grid.ownsCell(rr, c)) continue;
        const raw = grid.raw(rr, c);
        if (raw === null || raw === undefined || raw === "") continue;
        const t = grid.compactText(rr, c); // owned: compact(String(raw)), memoised on the grid
        if (SERIAL_HEADER.test(t) && headerRepeats && headerRepeats.has(rr)) continue;
        if (SERIAL_HEADER.test(t) || /^(合计|总计|小计|总分)/.test(t)) break;
        const n = serialNumber(t);
        if (n === null) {
          if (items.length && SERIAL_WITH_LETTER.test(t)) unread++;
          continue;
        }
        // the number and the name beside it both written again: a merged 序号 | 单位 filled down, the same item
        if (rr > 1 && c < grid.scanCols && grid.compactText(rr - 1, c) === t && grid.compactText(rr, c + 1) !== "" && grid.compactText(rr, c + 1) === grid.compactText(rr - 1, c + 1)) continue;
        // the number on three lines and more in a row: a group's 序号 merged down over its items and filled (an export),
        // read once — a slip repeats a number on two lines (3, 3, then 4)
        if (rr > 1 && grid.compactText(rr - 1, c) === t && ((rr > 2 && grid.compactText(rr - 2, c) === t) || (rr < grid.rowCount && grid.compactText(rr + 1, c) === t))) continue;
        if (spans && rr > 1 && grid.ownsCell(rr - 1, c) && grid.compactText(rr - 1, c) === t) continue;
        if (n < 1) continue;
        // the last number and its name printed again after an empty line (a pasted page's break), the name's points
        // left out: "2 | 完善制度体系(25分)", an empty line, "2 | 完善制度体系" — the same item going on
        if (items.length && repeatsAfterBreak(grid, items[items.length - 1], rr, c, n)) continue;
        items.push({ code: { style: "ar-dot", n, parent: "", text: t }, row: rr, col: c, text: `${rr}`, unnamed: unread, parentUnread: false });
        unread = 0;
      }
      if (items.length >= 2) runs.push({ items, strict: false, serial: true, key: undefined });
    }
  }
  return runs;
}

const SERIAL_SCAN_ROWS = 400;

/**
 * (grad50c) The serial column under its header writes one number on three owned lines or more in a row (a group's 序号
 * merged down over its lines, filled by an export or a paste), before the table's closing line or the next header.
 */
function filledSpans(grid: Grid, from: number, c: number): boolean {
  let prev = "";
  let run = 0;
  for (let rr = from; rr <= Math.min(grid.rowCount, from + SERIAL_SCAN_ROWS); rr++) {
    if (!grid.ownsCell(rr, c)) continue;
    const t = grid.compactText(rr, c);
    if (!t) {
      prev = "";
      run = 0;
      continue;
    }
    if (SERIAL_HEADER.test(t) || /^(合计|总计|小计|总分)/.test(t)) break;
    run = t === prev ? run + 1 : 1;
    if (run >= 3 && serialNumber(t) !== null) return true;
    prev = t;
  }
  return false;
}
/** a serial cell of digits with a letter a typist or an OCR confuses with a digit ('1O', 'l2', 'O3', '1S'): a number misprinted */
const SERIAL_WITH_LETTER = /^(?=.*\d)(?=.*[OolIS])[\dOolIS]{2,3}$/;

/**
 * Serial number `n` at line `rr` repeats the run's last one (`prev`) over a page break: an empty line right above it,
 * and the name beside it (the first text right of the number) that beside `prev`, its points aside.
 */
function repeatsAfterBreak(grid: Grid, prev: NumberedLabel, rr: number, c: number, n: number): boolean {
  if (prev.code.n !== n || rr - 1 <= prev.row || grid.rowHasContent(rr - 1)) return false;
  // (the name: the first text right of the number on either line)
  let k = c + 1;
  while (k <= grid.scanCols && !grid.compactText(rr, k) && !grid.compactText(prev.row, k)) k++;
  if (k > grid.scanCols) return false;
  const name = groupLabelName(grid.text(rr, k));
  return name !== "" && name === groupLabelName(grid.text(prev.row, k));
}

/**
 * Labels numbered as blocks out of order (blocksStepBack): a note (info) at the step back, naming the label before it and
 * the order written — not a number to correct (a reviewer checks the parts' order, or knows the page serves them so).
 */
function orderNote(items: NumberedLabel[], back: number): FindingDraft {
  const at = items[back];
  const prev = items[back - 1];
  return {
    cell: a1(at.row, at.col),
    related: [a1(prev.row, prev.col)],
    severity: "info",
    messageId: "blocksOutOfOrder",
    data: { code: at.code.text, prev: prev.code.text, order: items.map((x) => x.code.text).join(" ") },
  };
}

/**
 * The number a run skips printed on a line between the two labels read, in their column ("9、万丈湖办事处" between 8、 and
 * 10、, a label this reader did not take for a numbered one): the sequence is whole as printed, and the label after it is
 * not misnumbered — what was missing was the reading of that line, not the number. The code as the run writes it
 * (codeLike), at the start of the cell, no digit after it (8. … 9.5万元 … 10. is no 9.).
 */
function printedBetween(grid: Grid, col: number, from: number, to: number, want: string): boolean {
  for (let r = from + 1; r < to; r++) {
    if (!grid.ownsCell(r, col)) continue;
    const t = grid.compactText(r, col);
    if (t.length > want.length && t.startsWith(want) && !/\d/.test(t[want.length])) return true;
  }
  return false;
}

/** Each run must count 1, 2, 3 …: a skipped, repeated or out-of-order number is a finding at its label. */
function checkRun({ items: run, strict, serial }: Run, out: FindingDraft[], grid?: Grid, document = false): void {
  // (blocks out of order, each number once: a note on the order, not a number to correct)
  // (the numbers listed only where the run steps back at all: most count on, and are read as before)
  let stepsBack = false;
  for (let i = 1; i < run.length && !stepsBack; i++) if (run[i].code.n < run[i - 1].code.n) stepsBack = true;
  const back = stepsBack && run.length >= 3 ? blocksStepBack(run.map((x) => x.code.n)) : -1;
  // (a step back to 1 where numbering may start again — a parent the sheet does not mark, a second table's 一、: read so below)
  if (back >= 0 && !(run[back].code.n === 1 && (!strict || run[back].parentUnread))) {
    out.push(orderNote(run, back));
    return;
  }
  let cur = run[0].code.n;
  // (scan59) in a document of paragraphs (no table header), a run opening past its first number (a fragment: the lines above it
  // lost or cut) proves its count only once a label follows another: before that a jump over two numbers or more, or a step back,
  // is the page's fragment — a mirror's contents list '目 錄' / '九、…' / '十二、…' / '九、《…表》', its other lines dropped —, not
  // judged; one number skipped (2. then 4., the run numbered on from items above a head) and the same number twice still are.
  // (A table's runs often open on 2, their 1 on the group's own line: judged from their second label, as before.)
  let counting = cur === 1 || strict || !document;
  let listOfTables: boolean | undefined;
  // a run's first number is not judged: a table cut above or numbered on from an earlier part starts anywhere
  for (let i = 1; i < run.length; i++) {
    const { code } = run[i];
    // indicator rows with an empty name since the previous label took the numbers in between
    const unnamed = run[i].unnamed ?? 0;
    const expected = cur + 1 + unnamed;
    if (code.n >= cur + 1 && code.n <= expected) {
      cur = code.n;
      counting = true;
      continue;
    }
    if (!counting && (code.n < cur || code.n > expected + 1)) {
      cur = code.n;
      continue;
    }
    const next = run[i + 1]?.code.n;
    if (code.n === 1 && (!strict || run[i].parentUnread) && next !== expected + 1) {
      cur = 1; // numbering starts again under a parent the sheet does not mark (or whose label its line lacks)
      continue;
    }
    const prev = run[i - 1];
    // (scan59: the label before holds more of the list on its line — '二、…表三、…表' then 四、, or the list started again inside
    // it, a mirror's doubled text '③…。 ①…' then ② —: this number follows where that line left the list, line-list-last.ts)
    if (grid && !serial && grid.ownsCell(prev.row, prev.col)) {
      const left = lineListLast(grid.text(prev.row, prev.col), prev.code);
      if (left !== prev.code.n && code.n === left + 1) {
        cur = code.n;
        continue;
      }
    }
    const dup = run.slice(0, i).find((x) => x.code.n === code.n);
    // (scan61: a heading continued on the next slide or page, its part marked — '二、計畫評核流程(3/3)' after '(1/3)' —: the
    // same item again, no second one)
    if (dup && continuedHeading(dup.text, run[i].text)) continue;
    const want = serial ? String(expected) : codeLike(code, expected);
    // (one number skipped, that number printed on a line between: read as the sequence it is)
    if (!dup && !serial && grid && code.n === expected + 1 && prev.col === run[i].col && printedBetween(grid, run[i].col, prev.row, run[i].row, want)) {
      cur = code.n;
      continue;
    }
    // (dev60: a report's list of its published tables under their heading keeps the standard set's numbers, table-list.ts)
    if (!dup && !serial && grid && code.n > expected) {
      if (listOfTables === undefined) listOfTables = tableList(grid, run);
      if (listOfTables) {
        cur = code.n;
        continue;
      }
    }
    out.push({
      cell: a1(run[i].row, run[i].col),
      related: dup ? [a1(dup.row, dup.col)] : [a1(prev.row, prev.col)],
      messageId: dup ? "numberRepeated" : "number",
      data: { code: code.text, expected: want, prev: prev.code.text, next: next !== undefined ? run[i + 1].code.text : "—", nextPart: next !== undefined ? `，后一项 ${run[i + 1].code.text}` : "" },
    });
    // one wrong label between right ones: go on from the number it should have had
    // (the next label may stand past empty lines or unnamed rows of its own, the numbers they stand for between)
    cur = next !== undefined && next >= expected + 1 && next <= expected + 1 + (run[i + 1].unnamed ?? 0) ? expected : code.n;
  }
}

/**
 * (scan61) A numbered heading repeated as its continuation: the later label, after the same code and name, marks itself a
 * later part ('(2/3)', '(3/3)') or continued ('(續)', '(续表)'). Slides and pages that carry one section over several
 * repeat its number so; a second item under the same number is named on its own (no mark), and still judged.
 */
function continuedHeading(first: string, later: string): boolean {
  const m = CONTINUED_MARK.exec(later);
  if (!m || (m[1] !== undefined && Number(m[1]) < 2)) return false;
  const head = later.slice(0, m.index);
  return head.length >= 3 && first.startsWith(head);
}
const CONTINUED_MARK = /[(（](?:(\d+)\/\d+|[續续](?:表|前)?)[)）]/;

/**
 * Numbers running on across parents (1. 2. under 一、, 3. 4. under 二、) rather than starting again under each: the
 * runs of one column, style and parent, in sheet order, where every run after the first opens on a number above 1,
 * and the first opens on 1 or most later runs open on the number after their predecessor's last (the numbering
 * does not start again). There a run opening on any other number (4 after 2, or 2 again) is a skipped or repeated number
 * at its first label; the rest of each run is judged by checkRun.
 */
function checkRunningAcross(runs: Run[], out: FindingDraft[], grid?: Grid): void {
  const chains = new Map<string, Run[]>();
  for (const run of runs) {
    if (!run.key || run.serial) continue;
    const chain = chains.get(run.key);
    if (chain) chain.push(run);
    else chains.set(run.key, [run]);
  }
  for (const chain of chains.values()) {
    if (chain.length < 2) continue;
    const opens = (k: number) => chain[k].items[0];
    const lastOf = (k: number) => chain[k].items[chain[k].items.length - 1];
    /**
     * the first label's number follows the previous run's last as written, or as counted on from that run's first
     * (its last label itself wrong: 4, 5, 5 | 7), past the unnamed rows between them
     */
    const continues = (k: number) => {
      const n = opens(k).code.n - 1 - (opens(k).unnamed ?? 0);
      const hi = opens(k).code.n - 1;
      const prev = chain[k - 1].items;
      const counted = prev[0].code.n + prev.length - 1;
      let unnamed = 0;
      for (let i = 1; i < prev.length; i++) unnamed += prev[i].unnamed ?? 0;
      const last = lastOf(k - 1).code.n;
      if ((last >= n && last <= hi) || (counted + unnamed >= n && counted <= hi)) return true;
      // (or the previous run's last label holds a numbered list of its own that counts on from its number, '6.…(6分);
      // 7.…(6分)' in one cell: the list's last number is the one the next label follows)
      const own = grid ? ownListLastOf(grid, lastOf(k - 1)) : last;
      return own > last && own >= n && own <= hi;
    };
    let continuing = 0;
    let allAboveOne = true;
    for (let k = 1; k < chain.length; k++) {
      if (opens(k).code.n <= 1) allAboveOne = false;
      if (continues(k)) continuing++;
    }
    // (a chain opening on 1 is the whole numbering; one opening above 1 may be lists whose 1 sits where no label is read)
    if (!allAboveOne || !(2 * continuing > chain.length - 1 || opens(0).code.n === 1)) continue;
    // (the runs' blocks out of order, each number once — 1、2、3、 | 6、7、 | 4、5、: a note on the order, as within a run)
    if (continuing < chain.length - 1) {
      const items = chain.flatMap((r) => r.items);
      const back = blocksStepBack(items.map((x) => x.code.n));
      if (back >= 0) {
        out.push(orderNote(items, back));
        continue;
      }
    }
    for (let k = 1; k < chain.length; k++) {
      if (continues(k)) continue;
      const it = opens(k);
      const prev = lastOf(k - 1);
      if (restartedInOtherMark(runs, prev, it)) continue;
      const after = chain[k].items[1] ?? chain[k + 1]?.items[0];
      const expected = prev.code.n + 1;
      const dup = chain.slice(0, k).flatMap((r) => r.items).find((x) => x.code.n === it.code.n);
      out.push({
        cell: a1(it.row, it.col),
        related: dup ? [a1(dup.row, dup.col)] : [a1(prev.row, prev.col)],
        messageId: dup ? "numberRepeated" : "number",
        data: { code: it.code.text, expected: codeLike(it.code, expected), prev: prev.code.text, next: after ? after.code.text : "—", nextPart: after ? `，后一项 ${after.code.text}` : "" },
      });
    }
  }
}

/** (dev56) The two marks of one outline level, 1、 and 1.: a list may open with one and go on with the other. */
const ARABIC_MARKS: Partial<Record<string, string>> = { "ar-dun": "ar-dot", "ar-dot": "ar-dun" };

/**
 * (dev56) A run of a chain opening on N (a label after the chain's previous run was closed by a head above it: 二、 / (一))
 * whose label right before it in its column, past that run's last, is N − 1 in the level's other mark — a list restarted
 * under the new head as '1、项目资金到位情况分析' then '2.项目资金管理情况' —: the opener goes on with that list, not with the
 * chain's earlier one (1.–4. under (三)). Only the other mark of the same level (1、 / 1.), numbered one less: a 1、 before a
 * '3.', or a (1) before a '2.', leaves the opener judged against the chain as before.
 */
function restartedInOtherMark(runs: Run[], prev: NumberedLabel, it: NumberedLabel): boolean {
  const other = ARABIC_MARKS[it.code.style];
  if (!other) return false;
  let before: NumberedLabel | null = null;
  for (const run of runs) {
    if (run.serial) continue;
    for (const x of run.items) if (x.col === it.col && x.row > prev.row && x.row < it.row && (!before || x.row > before.row)) before = x;
  }
  return !!before && before.code.style === other && before.code.n === it.code.n - 1;
}

/**
 * A group's codes against its children's and its indicators', then each child group's in turn (a function of the
 * module, not a closure made in every check: a large sheet, reviewed a few times, recompiled it each time).
 */
function checkGroupCodes(g: GroupNode, out: FindingDraft[], depth = 0, skip?: Set<number>): void {
  // (a group read again as its own child, on its own cell: a heading line over every level column, the same label)
  if (skip?.has(depth + 1)) {
    for (let k = 0; k < g.children.length; k++) checkGroupCodes(g.children[k], out, g.children[k].cell === g.cell ? depth : depth + 1, skip);
    return;
  }
  // a table with one name column: the group's own label is its indicator's name, not a child of it
  // (the leaves as items, each name cell's address made once, only where one of them has a code: both checks
  // judge coded items only, and a large table's rows mostly have none)
  let anyCode = false;
  for (let k = 0; k < g.indicators.length && !anyCode; k++) if (g.indicators[k].code && hasCell(g.indicators[k], "nameCell")) anyCode = true;
  const items: Coded[] = [];
  let coded = false;
  for (let k = 0; anyCode && k < g.indicators.length; k++) {
    const i = g.indicators[k];
    const cell = i.nameCell;
    if (!cell || cell === g.cell) continue;
    items.push({ code: i.code, label: i.name, cell });
    if (i.code) coded = true;
  }
  const leafItems = (): Coded[] => items;
  if (g.code) {
    const kids = g.children.filter((c) => c.cell !== g.cell).map((c) => ({ code: c.code, label: c.label, cell: c.cell }));
    if (g.children.length && !parentMiscoded(g.code, kids)) checkSiblings(g.code, kids, out);
    if (coded) {
      const items = leafItems();
      if (!parentMiscoded(g.code, items)) checkSiblings(g.code, items, out);
    }
  } else {
    if (g.children.length) checkUnparented(g.children.filter((c) => c.cell !== g.cell).map((c) => ({ code: c.code, label: c.label, cell: c.cell })), out);
    // (no coded leaf: checkUnparented finds nothing)
    if (coded) checkUnparented(leafItems(), out);
  }
  for (let k = 0; k < g.children.length; k++) checkGroupCodes(g.children[k], out, g.children[k].cell === g.cell ? depth : depth + 1, skip);
}

/** A level code: one letter naming the level and its number within it ("A1", "B12", "C5"). */
const LEVEL_LETTER_CODE = /^([A-Z])(\d{1,3})$/;

export const codeSequence: Rule = {
  meta: {
    id: "code-sequence",
    severity: "error",
    families: "all",
    title: { zh: "指标编码重复或不连续", en: "Indicator codes duplicated or out of sequence" },
    rationale: {
      zh: "同一上级下的编号应唯一且连续（A1 → A11、A12 …；一、二、三；(一)(二)；1. 2.；①②；1.1 1.2）；种子 002 中应为 C15 的位置写成了“C1”。",
      en: "Codes must be unique and sequential within a parent (A1 → A11, A12 …; 一、二、; (一)(二); 1. 2.; ①②; 1.1 1.2); seed 002 has \"C1东川区…\" where C15 belongs.",
    },
    source: "RULEBOOK B-V4, B-CODE (seed 002)",
    messages: {
      level1Code: { zh: "一级指标编码「{{code}}」应为「{{expected}}」", en: 'Level-1 code "{{code}}" should be "{{expected}}"' },
      indicatorCode: { zh: "指标编码「{{code}}」应为「{{expected}}」{{around}}", en: 'Indicator code "{{code}}" should be "{{expected}}"' },
      number: { zh: "编号「{{code}}」应为「{{expected}}」（前一项 {{prev}}{{nextPart}}）", en: 'Number "{{code}}" should be "{{expected}}" (previous: {{prev}})' },
      blocksOutOfOrder: {
        zh: "编号顺序：「{{code}}」排在「{{prev}}」之后（{{order}}）；各编号只出现一次，是整块前后调换（或部分未列出），不是编号写错，请核对各部分的顺序",
        en: 'Numbering order: "{{code}}" comes after "{{prev}}" ({{order}}); each number appears once, so blocks stand out of order (or some are not shown) rather than a number written wrong: check the order of the parts',
      },
      numberRepeated: {
        zh: "编号「{{code}}」重复，应为「{{expected}}」（前一项 {{prev}}{{nextPart}}）",
        en: 'Number "{{code}}" is repeated and should be "{{expected}}" (previous: {{prev}})',
      },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    // each level's numbering scheme, read from its codes: levels of a letter of their own (A1 > B1 > C1, numbered
    // through the level or again under each parent) are judged in their scheme, not against their parent's code;
    // a level that fits no scheme clearly is not judged
    const levels = codeLevels(model);
    checkCodeLevels(levels, out);
    const skip = hasOwnLetterLevel(levels) ? new Set(levels.schemes.flatMap((s, d) => (d > 0 && s !== "nested" ? [d] : []))) : undefined;
    const level1 = model.groups.filter((g) => g.level === 1);
    if (levels.schemes[0] !== "nested") {
      // (the top level's codes, numbers of one letter over levels of their own, or of several letters: checked above)
    } else if (level1.length >= 2 && level1.filter((g) => g.code).length >= 2) {
      // top-level letter codes: A, B, C … (or numbered within one letter, A1, A2, A3 …, as the level codes are)
      const coded = level1.filter((g) => g.code);
      const one = LEVEL_LETTER_CODE.exec(coded[0].code!)?.[1];
      const withinLetter = one !== undefined && coded.every((g) => LEVEL_LETTER_CODE.exec(g.code!)?.[1] === one);
      level1.forEach((g, i) => {
        const expected = withinLetter ? `${one}${i + 1}` : String.fromCharCode(65 + i);
        if (g.code && g.code !== expected) {
          out.push({ cell: g.cell, messageId: "level1Code", data: { code: g.code, expected } });
        }
      });
    }
    for (let k = 0; k < model.groups.length; k++) checkGroupCodes(model.groups[k], out, 0, skip);
    // indicators under no group at all (a table without 一级/二级 columns)
    checkUnparented(model.indicators.filter((i) => !i.level1 && !i.level2 && hasCell(i, "nameCell")).map((i) => ({ code: i.code, label: i.name, cell: i.nameCell! })), out);
    const flagged = new Set(out.map((f) => f.cell));
    const numbered: FindingDraft[] = [];
    const runs = numberedRuns(grid, model);
    // (a column read as a ranking's places, 序号 holding ties over equal scores — 1, 2, 3, 3, 5: its repeats are ties, its
    // skips the places a tie spans; rank-mismatch judges them against the scores, no numbering)
    let rankCols: Set<number> | undefined;
    for (let k = 0; k < model.relations.length; k++) {
      const r = model.relations[k];
      if (r.kind === "rank") (rankCols ??= new Set()).add(r.rank.col);
    }
    const document = model.headerRow === null;
    for (const run of runs) if (run.items.length >= 2 && !(rankCols && rankCols.has(run.items[0].col))) checkRun(run, numbered, grid, document);
    for (const run of rubricRuns(grid, model)) if (run.items.length >= 2) checkRun(run, numbered, grid);
    checkRunningAcross(runs, numbered, grid);
    return [...out, ...numbered.filter((f) => !flagged.has(f.cell) && !(f.messageId === "number" && lostItemSkipped(model, f)))];
  },
};

/**
 * A number skipped inside a group whose items fall short of the points its label states ('組織管理26分' over items 1、3、4、…
 * worth 10 in all): an item is missing there — the page lost it, or the excerpt left it out — and the label after the gap
 * keeps its own number; no misnumbering (a label misnumbered in a whole group repeats or leaves its group's sum whole).
 * Only a skip forward (a higher number than the one expected); the group's items with points counted (a line cut before its
 * points states none).
 */
function lostItemSkipped(model: EvaluationModel, f: FindingDraft): boolean {
  const data = f.data as { code?: string; expected?: string } | undefined;
  // (a code alone reads as none: read with a word after it)
  const got = data?.code ? labelCode(data.code + "项") : null;
  const want = data?.expected ? labelCode(data.expected + "项") : null;
  if (!got || !want || got.n <= want.n) return false;
  const ind = model.indicators.find((i) => i.nameCell === f.cell);
  const group = ind?.level2 ?? ind?.level1;
  if (!group || group.weight === null || !group.indicators.length) return false;
  let sum = 0;
  for (const i of group.indicators) {
    if (i.weight === null) continue;
    sum += i.weight;
  }
  return sum < group.weight - 0.005;
}

/** (lead, session 59) Whether the cell is the only one of its line that holds anything (bare-marker.ts reads such a line). */
function aloneOnLine(grid: Grid, r: number, c: number): boolean {
  for (let k = 1; k <= grid.colCount; k++) if (k !== c && grid.raw(r, k) !== null && grid.text(r, k) !== "") return false;
  return true;
}
