import type { Grid } from "../grid/grid";
import type { NumberRef, SumRelation } from "../model/types";
import { sumAgrees } from "../relations/tolerance";
import { amountAt } from "./cells";
import { ACCOUNT_TOTAL_ROW, BUDGET_TOTAL_LINE, CLASSIFICATION_CODE_CELL, CLASSIFICATION_CODE_GROUP, CLOSING_TOTAL, FUSED_SUBJECT_CODE_CELL, NOTE_LINE, SPACED_CLASSIFICATION_CODE_CELL } from "./vocabulary";

/**
 * A budget listed by classification code (澳门's 经济分类: 04-00-00-00 财产之收益 over 04-03-00-00 利息 over 04-03-01-00
 * 银行存款 | 5,000,000; the code in one cell, or in 章 | 节 | 条 | 款 | 项 cells of their own), with section lines (经常收入,
 * 资本收入, 经常开支: one label, an amount or none) and a total line (总收入, 总计, 合计). The codes say what adds up:
 *  - a coded line with an amount is the sum of the nearest lines under it that have one (a line under it: its code
 *    goes on from the other's last group other than 00; the lines between without an amount are heads, not blanks);
 *  - a section line with an amount, of the outermost such lines up to the next section or total line;
 *  - a line with an amount and no words right under a chapter's lines (the next coded line opens another chapter, or
 *    nothing follows), of that chapter's outermost lines: its subtotal printed under its items;
 *  - the total line, of the sections with an amount (a section without one: its outermost lines) since the list's
 *    start or the previous total; a total line opening the list (合计 above 201 一般公共服务支出 …), of those after it.
 * Codes: 澳门's 经济分类 (two-digit groups, 00 for "all of it"), or a mainland subject code fused (201, 20101, 2010101).
 * Where the sheet ends inside the list (its last line no total), the lines over its last line are bounds (the page may
 * stop before their other lines). Only runs of three coded lines at least, their amounts in one column; kept when half
 * the relations at least hold (a list whose parents carry amounts of their own is read by nothing here).
 */

/** the fewest coded lines a run must have */
const MIN_CODED_LINES = 3;
const AGREE = 1 / 2;
/** the longest section or total label (经常收入及资本收入); a longer text is a title or a note */
const SECTION_CHARS = 20;
/** another column's code before the line's own (职能分类 3-02-2): passed over in the search for the code */
const OTHER_CODE = /^\d+(?:-\d+)+$/;

type Line =
  | { kind: "coded"; row: number; code: string[]; name: string; amount: NumberRef | null }
  | { kind: "section" | "total"; row: number; name: string; amount: NumberRef | null }
  | { kind: "closing"; row: number; amount: NumberRef };

/** The row's cells as texts, left to right, each merged cell once. */
function cellsOf(grid: Grid, r: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c) || grid.anchorCol(r, c) !== c) continue;
    out.push({ col: c, text: grid.compactText(r, c) });
  }
  return out;
}

/**
 * The row read as a line of a coded list, or null (a header, a note, anything else). A coded line's amount is the cell
 * right after its name (blank: a head); a remark may follow it (备注). A label copied across a merge undone (经常收入 |
 * 经常收入) is one label.
 */
function lineOf(grid: Grid, r: number): Line | null {
  // (a word copied, not a code group or an amount written twice)
  const copy = (x: { col: number; text: string }, before: { text: string } | undefined) =>
    !!before && x.text !== "" && x.text === before.text && !CLASSIFICATION_CODE_GROUP.test(x.text) && !amountAt(grid, r, x.col);
  const cells = cellsOf(grid, r).filter((x, k, all) => !copy(x, all[k - 1]));
  const filled = cells.filter((x) => x.text !== "");
  if (!filled.length) return null;
  const amountOf = (x: { col: number } | undefined) => (x ? amountAt(grid, r, x.col) : null);
  // the code: one cell of four groups or more, or four cells of one group or more (blank columns between them aside)
  let code: string[] | null = null;
  let k = 0;
  for (; k < cells.length; k++) {
    const text = cells[k].text;
    if (text === "") continue;
    if (CLASSIFICATION_CODE_CELL.test(text)) {
      code = text.split("-");
      k++;
      break;
    }
    // (its groups parted by spaces, 04 03 00: the groups as written)
    const spaced = spacedCode(grid, r, cells[k].col);
    if (spaced) {
      code = spaced;
      k++;
      break;
    }
    // (a mainland subject code, 类 款 项 fused: 2010101 → 201 01 01 — with a name after it: an amount alone, 3770200,
    // is none)
    if (FUSED_SUBJECT_CODE_CELL.test(text) && cells.slice(k + 1).some((x) => x.text !== "" && !amountOf(x))) {
      code = [text.slice(0, 3), ...(text.slice(3).match(/\d{2}/g) ?? [])];
      k++;
      break;
    }
    if (CLASSIFICATION_CODE_GROUP.test(text)) {
      const groups: string[] = [];
      let j = k;
      for (; j < cells.length && (cells[j].text === "" || CLASSIFICATION_CODE_GROUP.test(cells[j].text)); j++) if (cells[j].text) groups.push(cells[j].text);
      if (groups.length >= 4) {
        code = groups;
        k = j;
      }
      break;
    }
    // (a text before the code: another column's code, 职能分类 3-02-2, or none at all)
    if (!OTHER_CODE.test(text)) break;
  }
  if (code) {
    while (k < cells.length && cells[k].text === "") k++;
    const name = cells[k];
    if (!name || amountOf(name)) return null;
    return { kind: "coded", row: r, code, name: name.text, amount: amountOf(cells[k + 1]) };
  }
  // no code: a label, with an amount or none, or an amount alone; a remark after the amount (or after a label merged
  // across the table)
  const [first, second, third] = filled;
  if (filled.length > 3) return null;
  if (amountOf(first)) return filled.length === 1 || (filled.length === 2 && !amountOf(second)) ? { kind: "closing", row: r, amount: amountOf(first)! } : null;
  const amount = amountOf(second);
  const merged = (grid.mergeAt(r, first.col)?.c2 ?? first.col) > first.col + 1;
  if (third ? !amount : second && !amount && !merged) return null;
  // (a note under the list, 注:本表无…, or a sentence, is no line of it)
  if (first.text.length > SECTION_CHARS || NOTE_LINE.test(first.text) || /[。；;]$/.test(first.text)) return null;
  const total = CLOSING_TOTAL.test(first.text) || ACCOUNT_TOTAL_ROW.test(first.text) || BUDGET_TOTAL_LINE.test(first.text);
  return { kind: total ? "total" : "section", row: r, name: first.text, amount };
}

/**
 * A head line of a coded list: a classification code and a name, no amount (05 | 01 | 03 | 00 | 預算轉移). Its code's
 * groups written in cells of their own read as numbers, but they are no amounts: a header stands above such lines.
 */
export function codedHeadLine(grid: Grid, r: number): boolean {
  const line = lineOf(grid, r);
  return !!line && line.kind === "coded" && !line.amount;
}

/**
 * A cell holding one group of a coded line's code (05 of 05 | 01 | 03 | 01 | 特區預算轉移 | 8,600,000.00), or its whole
 * code written with spaces (04 03 00, read as the number 040300 once its spaces are dropped): no amount.
 */
export function codeGroupCell(grid: Grid, r: number, c: number): boolean {
  return (CLASSIFICATION_CODE_GROUP.test(grid.compactText(r, c)) || !!spacedCode(grid, r, c)) && lineOf(grid, r)?.kind === "coded";
}

/** The groups of a classification code written with spaces between them (04 03 00 → 04, 03, 00), or null. */
function spacedCode(grid: Grid, r: number, c: number): string[] | null {
  const raw = grid.raw(r, c);
  if (typeof raw !== "string") return null;
  const text = grid.text(r, c).trim();
  return SPACED_CLASSIFICATION_CODE_CELL.test(text) ? text.split(" ") : null;
}

/**
 * The coded list that starts on line `start` (a section line, 收入 / 資本收入, or a coded line) and runs down to the first
 * line that is neither (or its total line): its coded lines and the columns its amounts stand in. Null where `start`
 * opens no list. Linear in the list's lines.
 */
export function codedListFrom(grid: Grid, start: number): { coded: number; amountCols: Set<number> } | null {
  let coded = 0;
  let opened = false;
  const amountCols = new Set<number>();
  for (let r = start; r <= grid.rowCount; r++) {
    if (!grid.rowHasContent(r)) continue;
    const line = lineOf(grid, r);
    if (!line || (!opened && line.kind !== "coded" && line.kind !== "section")) break;
    opened = true;
    if (line.kind === "coded") coded++;
    if (line.amount) amountCols.add(line.amount.col);
    if (line.kind === "total") break;
  }
  return opened ? { coded, amountCols } : null;
}

/** The code's groups up to its last one other than 00: what it stands for (05-01-00-00 → 05 01). */
function significant(code: string[]): string[] {
  let n = code.length;
  while (n > 1 && code[n - 1] === "00") n--;
  return code.slice(0, n);
}

/** Code b stands under code a: a's significant groups begin b's, b's own go further. */
function under(b: string[], a: string[]): boolean {
  const sa = significant(a);
  const sb = significant(b);
  return sb.length > sa.length && sa.every((g, i) => sb[i] === g);
}

/**
 * Whether row r may be a coded line: lineOf's search for the code, on the cells as they are (no lists made). Its first
 * text, past other columns' codes (3-02-2), is a code cell, fused or not, or opens four code groups. True for every
 * row lineOf reads as coded (and for some it does not: a 序号 of two digits beside three more).
 */
function mayBeCoded(grid: Grid, r: number): boolean {
  let groups = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c) || grid.anchorCol(r, c) !== c) continue;
    const text = grid.compactText(r, c);
    if (text === "") continue;
    if (groups) {
      if (!CLASSIFICATION_CODE_GROUP.test(text)) return groups >= 4;
      if (++groups >= 4) return true;
      continue;
    }
    if (CLASSIFICATION_CODE_CELL.test(text) || FUSED_SUBJECT_CODE_CELL.test(text) || spacedCode(grid, r, c)) return true;
    if (CLASSIFICATION_CODE_GROUP.test(text)) groups = 1;
    else if (!OTHER_CODE.test(text)) return false;
  }
  return groups >= 4;
}

/** Every relation of every coded list on the sheet (outside `skip`). Linear in the cells. */
export function codedLines(grid: Grid, skip: { first: number; last: number } | null): SumRelation[] {
  const out: SumRelation[] = [];
  const last = grid.lastContentRow();
  // (a sheet with fewer lines that may be coded than a run needs has none: most sheets, passed without a line read)
  let coded = 0;
  for (let r = 1; r <= grid.rowCount && coded < MIN_CODED_LINES; r++) {
    if (skip && r >= skip.first && r <= skip.last) r = skip.last;
    else if (grid.rowHasContent(r) && mayBeCoded(grid, r)) coded++;
  }
  if (coded < MIN_CODED_LINES) return out;
  let run: Line[] = [];
  const flush = (endsSheet: boolean) => {
    if (run.filter((x) => x.kind === "coded").length >= MIN_CODED_LINES) out.push(...runRelations(run, endsSheet));
    run = [];
  };
  for (let r = 1; r <= grid.rowCount; r++) {
    if (skip && r >= skip.first && r <= skip.last) {
      flush(false);
      r = skip.last;
      continue;
    }
    if (!grid.rowHasContent(r)) continue;
    let line = lineOf(grid, r);
    // (a run's amounts stand in one column: a coded line with its amount elsewhere starts another list; a section line's
    // number elsewhere is a remark's, 备注 2024.6 beside 经常开支)
    const col = run.find((x) => x.amount)?.amount?.col;
    if (line && line.kind === "section" && line.amount && col !== undefined && line.amount.col !== col) line = { ...line, amount: null };
    if (!line || (line.amount && col !== undefined && line.amount.col !== col)) {
      flush(false);
      if (!line) continue;
    }
    // (a list opens with a coded line or a section line; an amount alone opens nothing)
    if (!run.length && line.kind === "closing") continue;
    run.push(line);
  }
  flush(run.length > 0 && run[run.length - 1].row >= last);
  return out;
}

function runRelations(run: Line[], endsSheet: boolean): SumRelation[] {
  const sums: SumRelation[] = [];
  // each coded line's nearest coded line above it that it stands under (its parent), and the nearest such with an amount
  const coded = run.filter((x): x is Extract<Line, { kind: "coded" }> => x.kind === "coded");
  const parent = new Map<Line, Extract<Line, { kind: "coded" }> | null>();
  const stack: Extract<Line, { kind: "coded" }>[] = [];
  for (const x of run) {
    if (x.kind !== "coded") {
      stack.length = 0;
      continue;
    }
    while (stack.length && !under(x.code, stack[stack.length - 1].code)) stack.pop();
    parent.set(x, stack.length ? stack[stack.length - 1] : null);
    stack.push(x);
  }
  const amountedParent = (x: Line): Line | null => {
    for (let p = parent.get(x) ?? null; p; p = parent.get(p) ?? null) if (p.amount) return p;
    return null;
  };
  const chapter = (x: Extract<Line, { kind: "coded" }>) => {
    let c = x;
    for (let p = parent.get(c); p; p = parent.get(p)) c = p;
    return c;
  };
  // the lines the list may go on after: the last line's amounted ancestors, its section, the total
  const open = new Set<Line>();
  const lastLine = run[run.length - 1];
  const endsOpen = endsSheet && lastLine.kind !== "total";
  if (endsOpen && lastLine.kind === "coded") for (let p = amountedParent(lastLine); p; p = amountedParent(p)) open.add(p);
  const children = new Map<Line, Line[]>();
  const add = (total: Line, part: Line) => {
    const list = children.get(total);
    if (list) list.push(part);
    else children.set(total, [part]);
  };
  for (const x of coded) {
    const p = amountedParent(x);
    if (x.amount && p) add(p, x);
  }
  // the outermost amounted lines of each section (a chapter closed by its own subtotal line: that line)
  let section: Line | null = null;
  let since: Line[] = [];
  let outer: Line[] = [];
  // (a total line before any line since the list's start or the previous total: a leading total, of the lines after it)
  let leading: Line | null = null;
  // (each line's next coded line, read once backwards)
  const nextCoded: (Line | undefined)[] = [];
  for (let i = run.length - 1, next: Line | undefined; i >= 0; i--) {
    nextCoded[i] = next;
    if (run[i].kind === "coded") next = run[i];
  }
  for (let i = 0; i < run.length; i++) {
    const x = run[i];
    if (x.kind === "coded") {
      if (x.amount && !amountedParent(x)) outer.push(x);
      continue;
    }
    if (x.kind === "closing") {
      const prev = run[i - 1];
      const next = nextCoded[i];
      if (prev?.kind !== "coded") continue;
      const ch = chapter(prev);
      if (next && next.kind === "coded" && chapter(next) === ch) continue;
      const mine = outer.filter((y) => y.kind === "coded" && chapter(y) === ch);
      if (!mine.length) continue;
      for (const y of mine) add(x, y);
      outer = [...outer.filter((y) => !mine.includes(y)), x];
      continue;
    }
    // a section or total line closes the section before it
    if (section) {
      if (section.amount) for (const y of outer) add(section, y);
      since.push(...(section.amount ? [section] : outer));
    } else since.push(...outer);
    outer = [];
    if (x.kind === "total") {
      if (leading?.amount) for (const y of since) add(leading, y);
      leading = null;
      if (!since.length && !section) leading = x;
      else if (x.amount) for (const y of since) add(x, y);
      since = [];
      section = null;
    } else section = x;
  }
  if (section?.amount) for (const y of outer) add(section, y);
  if (leading?.amount) for (const y of [...since, ...(section?.amount ? [section] : outer)]) add(leading, y);
  if (endsOpen && section) open.add(section);
  if (endsOpen && leading) open.add(leading);
  let agree = 0;
  for (const [total, parts] of children) {
    if (!total.amount) continue;
    const terms = parts.flatMap((p) => (p.amount ? [{ ...p.amount, label: nameOf(p) }] : []));
    const atMost = open.has(total);
    if (atMost && (total.amount.value < 0 || terms.some((p) => p.value < 0))) continue;
    const stated = { ...total.amount, label: nameOf(total) };
    if (sumAgrees(stated, terms).ok || (atMost && terms.reduce((s, p) => s + p.value, 0) <= stated.value)) agree++;
    sums.push({
      kind: "sum",
      id: `sum:amount:${total.amount.cell}`,
      measure: "amount",
      block: "amount-table",
      orientation: "rows",
      label: nameOf(total),
      total: stated,
      parts: terms,
      bound: atMost ? "atMost" : "equal",
      group: `coded:${total.row}`,
    });
  }
  return sums.length && agree >= AGREE * sums.length ? sums : [];
}

function nameOf(x: Line): string {
  return x.kind === "closing" ? "小计" : x.name;
}
