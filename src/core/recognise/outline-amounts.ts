import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";
import { statedWholes } from "./sentence-breakdowns";
import { withoutCopyMarks } from "../text/copy-marks";
import { labelCode } from "../text/codes";

/*
 * (rel60b, session 60) **A notice's outline of amounts: a line's total over the numbered lines under it** — a 公示 or a report
 * written one paragraph a row, its items numbered in the styles of official documents, each item stating its amount:
 *   A6  '…拟使用…补助资金6132万元,用于产业项目、基础设施、政策落实等3个方向,具体计划如下:'
 *   A7  '(一)产业类项目5个,共计4197万元。'            A8 '(1)种植类产业项目2个,共计1592万元。'
 *   A9  '1.大同区冷棚育苗基地建设项目850万元。'        A10 '2.大同区超大棚室种植基地建设项目742万元。'
 *   A11 '(2)加工类产业项目1个,1950万元。'  …          A17 '(二)基础设施类项目1个,共计1600万元。'  …
 * (4197 = 1592 + 1950 + 450 + 205; 1592 = 850 + 742; 6132 = 4197 + 1600 + 335), and the same outline with its total in a line
 * of its own under the item's head ('2、区红十字会救助项目募捐收入情况:' / '共计募集善款2303946.18元;' / '1)…474491元;' …) or after
 * the items ('1、…中央…资金458.1万元;' … '4、…80万元' / '以上共计768.1万元。').
 * A line is a row whose one filled cell is a text in the outline's column. A parent states its amount with a total's word
 * (共计 / 合计 / 总计) in its first sentence — numbered, or right under a numbered head with no amount of its own —, or closes
 * with 如下 holding one amount of money; its items are the numbered lines under it in the first style that follows (1. and 1、
 * one style), numbered on by one (a list may go on numbering from the group before it: '7.', '8.' under (三)); lines in a
 * style first met at 1 under an item are that item's own (skipped), unnumbered lines its details (skipped; a tables' rows
 * too). The list is closed by a line in the parent's own style or in a style met before it, or by a new total's line
 * (以上 / 合计 …); running to the sheet's end (or sixty rows on) it may be cut. A total after its items ('以上共计…' / '上述…合计…')
 * takes the run of numbered lines of one style right above it, numbered from 1.
 * Each item states one amount of money in its first sentence (after its code), in the parent's unit, its clause naming no
 * change, share, standard or stage of the money (到位, 支出 of a budget, 结余 …) — else nothing is read. Two items at least,
 * adding to between half the total and a quarter over it (past that they count something else). Closed: they must add up;
 * cut: they may not exceed it. A total another reader already states at its cell is left to it. A numbered parent stating a
 * count before its total ('产业类项目5个,共计…') over items each stating one count of its unit ('(1)种植类产业项目2个,…') is read
 * as a count's sum the same (5 = 2 + 1 + 1 + 1).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read; lines are read only under a total.
 */

/** a total's word and its amount (group 1: the amount, 2: its unit) */
const TOTAL_AMOUNT = /(?:共计|合计|总计)[\u4e00-\u9fa5“”"]{0,12}?(\d+(?:\.\d+)?)(亿元|万元|元)/;
/** a line opening with a total's word (an unnumbered total line) */
const TOTAL_LINE = /^(?:以上|上述)?[\u4e00-\u9fa5]{0,4}?(?:共计|合计|总计)/;
/** a total after its items */
const AFTER_ITEMS = /^(?:以上|上述)[\u4e00-\u9fa5]{0,8}?(?:共计|合计|总计)/;
/** the cells a parent may be in (Grid.hasText's test too) */
const ANY = /(?:共计|合计|总计)[^\d\n]{0,14}\d|如下/;
/** an amount of money */
const MONEY = /(\d+(?:\.\d+)?)(亿元|万元|元)/g;
/** MONEY's test */
const ANY_MONEY = /\d(?:亿元|万元|元)/;
/** a clause naming a change, a share, a standard, a stage of the money or an approximate figure: no item, no whole */
const NOT_ITEM = /增加|减少|增长|下降|比上年|同比|较上年|相比|占|比例|%|人均|每|标准|到位|执行|结余|结转|节约|超支|已支出|实际|累计|剩余|尚|未|约|近|超过|余元|多万/;
/** lines read under a parent */
const MAX_ROWS = 60;
const MIN_TEXT = 6;

interface Line {
  row: number;
  col: number;
  text: string;
  /** the code's style (1. and 1、 one style), null for an unnumbered line */
  style: string | null;
  n: number;
  /** the text after the code */
  body: string;
}

const styleOf = (s: string) => (s === "ar-dot" || s === "ar-dun" ? "ar" : s);
const termUnit = (u: string): AmountUnit | null => (u === "亿元" ? null : (u as AmountUnit));
const firstSentence = (s: string) => s.split(/[。;]/)[0];

/**
 * the row's line: its one filled cell, a text in column `col` — or that text copied into the cells right of it, a merge
 * filled across by an export — (null for a row of several cells, another column, or none)
 */
function lineAt(grid: Grid, r: number, col: number): Line | null | "empty" {
  const { start, cols } = grid.textCells();
  if (start[r + 1] === start[r]) return "empty";
  if (cols[start[r]] !== col) return null;
  for (let k = start[r] + 1; k < start[r + 1]; k++) if (grid.compactText(r, cols[k]) !== grid.compactText(r, col)) return null;
  const text = proseDigits(withoutCopyMarks(grid.text(r, col)));
  if (!text) return null;
  const code = labelCode(text);
  if (!code) return { row: r, col, text, style: null, n: 0, body: text };
  const at = text.indexOf(code.text.slice(-1)) + 1;
  return { row: r, col, text, style: styleOf(code.style), n: code.n, body: text.slice(at) };
}

/** an item's amount: the one amount of money of its first sentence, its clause naming no change nor stage; else null */
function itemAmount(grid: Grid, l: Line, unit: string): RelationTerm | null {
  const s = firstSentence(l.body);
  const ms = [...s.matchAll(MONEY)];
  if (ms.length !== 1 || ms[0][2] !== unit || NOT_ITEM.test(s)) return null;
  return lineTerm(grid, l.row, l.col, ms[0][0], ms[0][1], s.slice(0, ms[0].index).replace(/^[,:、]+/, ""), termUnit(unit));
}

/** (per grid and column) the row each code style is first met at, top down: an outline's styles from the outermost */
const firstSeenMemo = new WeakMap<Grid, Map<number, Map<string, number>>>();
function firstSeen(grid: Grid, col: number): Map<string, number> {
  let byCol = firstSeenMemo.get(grid);
  if (!byCol) firstSeenMemo.set(grid, (byCol = new Map()));
  let seen = byCol.get(col);
  if (!seen) {
    seen = new Map();
    for (let r = 1; r <= grid.rowCount; r++) {
      const l = lineAt(grid, r, col);
      if (l !== null && l !== "empty" && l.style !== null && !seen.has(l.style)) seen.set(l.style, r);
    }
    byCol.set(col, seen);
  }
  return seen;
}

/**
 * The items under a parent line (row `from`, style `own` — null for an unnumbered parent, whose items must start at 1): the
 * numbered lines of the first style under it, their own sub-items skipped; null where the list is unreadable.
 */
function itemsBelow(grid: Grid, from: number, col: number, own: string | null): { items: Line[]; closed: boolean } | null {
  const items: Line[] = [];
  const inner = new Set<string>();
  let style: string | null = null;
  const last = Math.min(grid.rowCount, from + MAX_ROWS);
  for (let r = from + 1; r <= last; r++) {
    const l = lineAt(grid, r, col);
    if (l === "empty" || l === null) continue;
    if (l.style === null) {
      // (a new total's line ends the list; other unnumbered lines are an item's details)
      if (TOTAL_LINE.test(l.text)) return { items, closed: true };
      continue;
    }
    if (style === null) {
      if (l.style === own || (own === null && l.n !== 1)) return null;
      // (a style met before the parent's is an outer one: the parent has no items)
      if (own !== null && (firstSeen(grid, col).get(l.style) ?? 0) < (firstSeen(grid, col).get(own) ?? 0)) return { items, closed: true };
      style = l.style;
      items.push(l);
    } else if (l.style === style) {
      if (l.n !== items[items.length - 1].n + 1) return null;
      items.push(l);
    } else if (inner.has(l.style)) continue;
    else if (l.style !== own && l.n === 1) inner.add(l.style);
    else return { items, closed: true };
  }
  return { items, closed: false };
}

/** the numbered lines of one style right above a total after its items (row `to`), numbered from 1; null where none */
function itemsAbove(grid: Grid, to: number, col: number): Line[] | null {
  const items: Line[] = [];
  for (let r = to - 1; r >= 1; r--) {
    const l = lineAt(grid, r, col);
    if (l === "empty") continue;
    if (l === null || l.style === null || (items.length && (l.style !== items[0].style || l.n !== items[0].n - 1))) break;
    items.unshift(l);
    if (l.n === 1) return items;
  }
  return null;
}

/** the line right above row `r` (blank rows passed over), null where that row is no line */
function lineAbove(grid: Grid, r: number, col: number): Line | null {
  for (let rr = r - 1; rr >= 1; rr--) {
    const l = lineAt(grid, rr, col);
    if (l === "empty") continue;
    return l;
  }
  return null;
}

/** The sums of the sheet's outlines of amounts (see the module's note), but a total `found` already states at its cell. */
export function outlineAmountSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText(ANY)) return out;
  const statedKeys = statedWholes(found);
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY)) {
    const l = lineAt(grid, r, c);
    if (l === null || l === "empty") continue;
    const head = firstSentence(l.body);
    let amount: RegExpExecArray | null = null;
    let items: Line[] | null = null;
    let closed = true;
    let label = head;
    if (l.style === null && AFTER_ITEMS.test(l.text)) {
      amount = TOTAL_AMOUNT.exec(head);
      items = amount ? itemsAbove(grid, r, c) : null;
    } else {
      let own: string | null = l.style;
      amount = TOTAL_AMOUNT.exec(head);
      if (amount && l.style === null) {
        // (an unnumbered total line: right under a numbered head with no amount, whose style its items' list closes at)
        const above = lineAbove(grid, r, c);
        if (!above || above.style === null || !TOTAL_LINE.test(l.text) || ANY_MONEY.test(above.text)) continue;
        own = above.style;
        label = above.body.replace(/[:,]$/, "");
      } else if (!amount && l.style === null && /如下:?$/.test(l.text)) {
        // (a whole announcing its items: the one amount of money of its line)
        const ms = [...l.text.matchAll(MONEY)];
        if (ms.length !== 1) continue;
        amount = ms[0];
        // (the amount's own clause, back to its sentence's last mark)
        const before = l.text.slice(0, ms[0].index);
        label = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf("。"), before.lastIndexOf(";")) + 1);
        own = null;
      }
      if (!amount) continue;
      const below = itemsBelow(grid, r, c, own);
      if (!below) continue;
      items = below.items;
      closed = below.closed;
    }
    if (!amount || !items || items.length < 2) continue;
    const unit = amount[2];
    const clause = label.slice(0, label.indexOf(amount[0]) >= 0 ? label.indexOf(amount[0]) : label.length);
    if (NOT_ITEM.test(clause)) continue;
    const parts: RelationTerm[] = [];
    for (const it of items) {
      const p = itemAmount(grid, it, unit);
      if (!p) break;
      parts.push(p);
    }
    if (parts.length !== items.length) continue;
    const total = lineTerm(grid, r, c, amount[0], amount[1], clause, termUnit(unit));
    if (statedKeys().has(`${total.cell}|${total.value}`)) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (sum > total.value * 1.25 || (closed && sum < total.value / 2)) continue;
    out.push({ kind: "sum", id: `sum:amount:${total.cell}:outline`, measure: "amount", block: "labelled-funds", orientation: "columns", label: clause, total, parts, bound: closed ? "equal" : "atMost" });
    // (the items counted too: '(一)产业类项目5个,共计4197万元。' over '(1)种植类产业项目2个,…' …: 5 = 2 + 1 + 1 + 1)
    const counts = outlineCounts(grid, l.style === null ? null : { row: r, col: c, head }, items);
    if (counts && !statedKeys().has(`${counts.total.cell}|${counts.total.value}`)) out.push({ ...counts, bound: closed ? "equal" : "atMost" });
  }
  return out;
}

/** a count of items (group 1: the number, 2: its unit) */
const COUNT = /(\d+)(个|项)(?!百分点)/g;

/** the one count of a text's first clause group (before its total's word or its amount), null where none or several */
function countOf(s: string): { digits: string; unit: string } | null {
  const ms = [...s.matchAll(COUNT)];
  return ms.length === 1 ? { digits: ms[0][1], unit: ms[0][2] } : null;
}

/**
 * (rel60b) The count a numbered parent states before its total over the counts its items state (each one count of the
 * parent's unit in its first sentence), as a sum; null where the parent states none or an item does not.
 */
function outlineCounts(grid: Grid, parent: { row: number; col: number; head: string } | null, items: Line[]): Omit<SumRelation, "bound"> | null {
  if (!parent) return null;
  const whole = countOf(parent.head.split(/共计|合计|总计/)[0]);
  if (!whole) return null;
  const parts: RelationTerm[] = [];
  for (const it of items) {
    const s = firstSentence(it.body);
    const c = countOf(s);
    if (!c || c.unit !== whole.unit) return null;
    parts.push(lineTerm(grid, it.row, it.col, c.digits + c.unit, c.digits, s.slice(0, s.indexOf(c.digits + c.unit)), null));
  }
  const label = parent.head.slice(0, parent.head.indexOf(whole.digits + whole.unit)) || parent.head;
  const total = lineTerm(grid, parent.row, parent.col, whole.digits + whole.unit, whole.digits, label, null);
  const sum = parts.reduce((a, p) => a + p.value, 0);
  if (sum > total.value * 1.25 || sum < total.value / 2) return null;
  return { kind: "sum", id: `sum:count:${total.cell}:outline`, measure: "count", block: "fund-block", orientation: "columns", label, total, parts };
}
