import type { Grid } from "../grid/grid";
import type { Relation, RelationTerm, SumRelation } from "../model/types";
import { evaluateRelation } from "../relations/evaluate";
import { sumAgrees } from "../relations/tolerance";
import { ROW_TOTAL_GROUP, spanUndone } from "./blocks";
import { amountAt, copiesLeft, headMerge, lineBelow } from "./cells";
import { TextFact, textFacts, textMatchesWith, type TextFacts } from "./text-facts";

/**
 * A whole beside its breakdown: a column naming a whole (全市完成投资总额, 全省合计, 资金总额) and, to its right, a group
 * header merged across two or more sub-columns that breaks the same thing down (分区县投资完成情况 over 市直 | 屯溪区 |
 * 黄山区 …): on every line, whole = Σ the sub-columns. The whole is the nearest column left of the group whose name
 * shares a word with the group's (投资, 完成), no rate or share. The headers only suggest the relation, so the numbers
 * must vouch for it as for a column of row totals (trailingRowTotalColumns): a single line where its sum agrees or nearly
 * agrees (within NEAR of the whole: a slip, then found); several lines where at least half of them agree. A line whose
 * stated rate of the whole (投资完成率 107.76% of 计划投资 281.60) does not hold with the whole (298.45) but holds with the
 * parts' sum in its place (303.45) vouches for the relation as a line that agrees: the rate was computed from that sum,
 * the whole is the slip.
 */

/** a group that breaks a whole down: 分区县…, 分地区…, 分项目…, 分单位… */
const BREAKDOWN_GROUP = /^分[\u4e00-\u9fa5]{1,4}/;
/** a whole's name: 全市…, 全省…, …总额, …合计, …总计 */
const WHOLE = /^全[国省市州县区旗]|总额$|合计$|总计$|总数$/;
/** a rate or a share, never a whole */
const NOT_WHOLE = /率|比例|比重|占比|%/;
/** how near a single line's sum must come to its whole (a share of it) to vouch for the relation
 * (kept: no agreement but a near miss, 1% of the whole, vouching for a relation whose slip the one policy then finds) */
const NEAR = 0.01;

/** The words of a header that say what is counted (its 全市 / 分区县 prefix and its 总额 / 情况 suffix aside). */
function core(text: string): string {
  return text
    .replace(/\(.*?\)/g, "")
    .replace(/^全[国省市州县区旗]|^分[\u4e00-\u9fa5]{1,3}?(?=投资|资金|任务|完成|金额|支出|人数|数量|项目)/, "")
    .replace(/(总额|合计|总计|总数|情况|明细)$/, "");
}

/** Two names share a word (two characters in a row). */
function shareWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/**
 * A stated ratio of the line (found before: `rates`) that names `total` as its numerator or denominator, does not hold,
 * and holds with `sum` in the total's place.
 */
function rateVouches(total: RelationTerm, sum: number, rates: readonly Relation[]): boolean {
  for (let i = 0; i < rates.length; i++) {
    const r = rates[i];
    if (r.kind !== "ratio" || r.stated.row !== total.row) continue;
    const asNumerator = r.numerator.cell === total.cell;
    if (!asNumerator && r.denominator.cell !== total.cell) continue;
    if (evaluateRelation(r).ok) continue;
    const at = { ...total, value: sum, decimals: null };
    if (evaluateRelation(asNumerator ? { ...r, numerator: at } : { ...r, denominator: at }).ok) return true;
  }
  return false;
}

/** the character a group's head over its parts is written with (分区县…); one of TextFact.gradeWord's */
const FEN = /分/;

export function wholeBesideParts(grid: Grid, rates: readonly Relation[] = []): SumRelation[] {
  const out: SumRelation[] = [];
  // (the sheet's own text cells, Grid.textCells: no cell by cell scan of a large sheet)
  const { start, cols } = grid.textCells();
  // (the texts with 分, those with the fact tested (textFacts): a raw text with it keeps it compacted)
  const fen = textMatchesWith(grid, TextFact.gradeWord, FEN);
  for (let h = 1; h < grid.rowCount; h++) {
    for (let k = start[h]; k < start[h + 1]; k++) {
      if (fen[k] === 0) continue;
      const c = cols[k];
      // (a group is written 分…: any other cell passed over on its raw value)
      const raw = grid.raw(h, c);
      if (c < 2 || typeof raw !== "string" || !raw.includes("分")) continue;
      // (the group's merge, or its text written again across its columns: the merge filled across — a cell neither
      // starts nor is written again right of it passed over first, no run read for it)
      // (or, its merge undone, the span its text says: blank cells right of it over sub-heads of their own, spanUndone)
      const own = grid.mergeAt(h, c);
      if (own ? own.r1 !== h || own.c1 !== c || own.c2 <= own.c1 : c >= grid.scanCols || (!copiesLeft(grid, h, c + 1) && grid.compactText(h, c + 1) !== "")) continue;
      const group = grid.compactText(h, c);
      if (!BREAKDOWN_GROUP.test(group)) continue;
      const m = own ?? headMerge(grid, h, c) ?? spanUndone(grid, h, c);
      if (!m || m.r1 !== h || m.c1 !== c || m.c2 <= m.c1) continue;
      // the sub-columns: each named on the line below the group
      const sub = h + 1;
      if (sub > grid.rowCount) continue;
      const parts: number[] = [];
      for (let k = m.c1; k <= m.c2; k++) if (grid.ownsCell(sub, k) && grid.compactText(sub, k)) parts.push(k);
      if (parts.length < 2) continue;
      // the whole: the nearest column to the left naming a whole of the same thing
      let whole = 0;
      for (let k = c - 1; k >= 1 && !whole; k--) {
        if (grid.anchorCol(h, k) !== k) continue;
        const w = grid.compactText(h, k);
        if (w && WHOLE.test(w.endsWith(")") ? w.replace(/\(.*?\)$/, "") : w) && !NOT_WHOLE.test(w) && shareWord(core(w), core(group))) whole = k;
      }
      if (!whole) continue;
      const label = grid.compactText(h, whole);
      const rows: SumRelation[] = [];
      let agree = 0;
      let near = 0;
      // (from the first line under the header: empty lines spacing them out stepped over)
      for (let r = lineBelow(grid, sub); r <= grid.rowCount; r++) {
        const total = term(grid, r, whole, label);
        if (!total) break;
        const terms = parts.map((k) => term(grid, r, k, grid.compactText(sub, k))).filter((x): x is RelationTerm => !!x);
        if (terms.length < 2) continue;
        const sum = terms.reduce((a, x) => a + x.value, 0);
        if (sumAgrees(total, terms).ok) agree++;
        else if (Math.abs(sum - total.value) <= NEAR * Math.abs(total.value)) near++;
        else if (rateVouches(total, sum, rates)) agree++;
        rows.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "columns", label, total, parts: terms, bound: "equal", group: `${ROW_TOTAL_GROUP}${total.cell}` });
      }
      if (rows.length === 1 ? agree + near === 1 : rows.length >= 2 && agree * 2 >= rows.length) out.push(...rows);
    }
  }
  return out;
}

/** An amount at a cell the line owns (no percent), with its column's name. */
function term(grid: Grid, r: number, c: number, label: string): RelationTerm | null {
  if (!grid.ownsCell(r, c)) return null;
  const n = amountAt(grid, r, c);
  return n && !n.percent ? { ...n, label, unit: n.unit ?? null } : null;
}

/** a unit or count noted in brackets at a head's end ("(万元)", "(人)"): the same head without it */
const HEAD_UNIT_NOTE = /\((万元|元|亿元|人|户|个|次|%)\)$/;
/** a total's word closing a head that joins its parts' qualifiers (集中+分散合计) */
const JOINED_TOTAL_WORD = /(合计|小计|总计|总数|总额)$/;
/** the joins of such a head's qualifiers: 集中+分散合计, 集中、分散合计, 集中和分散合计 */
const QUALIFIER_JOIN = /[+、和]/;
/** the joins of the terms a part's head adds up after its qualifier (集中供养资金+护理补贴, 集中供养资金、护理补贴) */
const TERM_JOIN = /[+、]/;
/** one qualifier of such a head: a short word (集中, 分散, 城镇, 农村, 中央, 省级) */
const QUALIFIER = /^[\u4e00-\u9fa5]{1,4}$/;
/** label lines a list may have between the header and its first number in the whole's column (a leftover head line) */
const LEAD_LINES = 2;

type Head = { c: number; t: string };

/**
 * A whole named by what its parts share, on a header line:
 * - its head is the words the heads right before it end with, each opening with its own qualifier (集中供养保障户数 |
 *   分散供养保障户数 | 保障户数: 保障户数 = 集中… + 分散…, two parts at least);
 * - or its head joins its parts' qualifiers with '+', '、' or 和, a total's word after them or none (集中+分散合计,
 *   集中、分散合计): its parts are the nearest heads left of it opening with each qualifier (集中供养资金+护理补贴,
 *   分散供养资金+护理补贴). Where each such part's head, its qualifier aside, adds up the same terms (供养资金+护理补贴)
 *   and the header names each term in a column of its own (供养资金 | 护理补贴), the whole is also their sum: Σ over the
 *   qualifiers of (供养资金 + 护理补贴) = 供养资金 + 护理补贴 (termColumns).
 * On every line, whole = Σ parts. The heads only suggest it, so the numbers must vouch as for wholeBesideParts: a single
 * line where its sum agrees or nearly agrees; several lines where at least half of them agree. No rate or share is a whole.
 */
export function qualifiedWholes(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  const { start, cols } = grid.textCells();
  // (a line's heads, columns and texts, in two arrays written again line after line: no object per head nor array per
  // line on every line of a sheet with three texts or more; the heads as objects only on a line where a whole may be)
  const hc: number[] = [];
  const ht: string[] = [];
  const facts = textFacts(grid);
  for (let h = 1; h < grid.rowCount; h++) {
    if (start[h + 1] - start[h] < 3 || !mayHoldWhole(facts, start[h], start[h + 1])) continue;
    let n = 0;
    for (let k = start[h]; k < start[h + 1]; k++) {
      const c = cols[k];
      const ct = grid.compactText(h, c);
      // (a copy of the text left of it is of the text cell just before it, at the next column left, with the same text:
      // only such a cell is asked whether it copies; a text cell is owned, so its content starts in its row — no
      // startsInRow asked of it)
      if (k > start[h] && cols[k - 1] === c - 1 && grid.compactText(h, c - 1) === ct && copiesLeft(grid, h, c)) continue;
      // (a unit note closes with ')': a text ending otherwise has none to drop)
      const t = ct.endsWith(")") ? ct.replace(HEAD_UNIT_NOTE, "") : ct;
      if (t && !(isNumberHeadStart(t.charCodeAt(0)) && NUMBER_HEAD.test(t))) {
        hc[n] = c;
        ht[n++] = t;
      }
    }
    let lineHeads: Head[] | null = null;
    for (let i = 2; i < n; i++) {
      const w = ht[i];
      // (the nearest part is the head right before the whole, ending with its head, or the whole joins its parts'
      // qualifiers: where neither can be, no parts are read)
      const before = ht[i - 1];
      if (!(before.length > w.length && before.endsWith(w)) && !QUALIFIER_JOIN.test(w)) continue;
      if (NOT_WHOLE.test(w) || !/[\u4e00-\u9fa5]{2}/.test(w)) continue;
      // (the heads pushed one by one into a literal array: one array kind and one object shape on every line, where
      // slice().map() made arrays TurboFan saw of more than one kind and threw its code for this function out)
      if (lineHeads === null) {
        lineHeads = [];
        for (let j = 0; j < n; j++) lineHeads.push({ c: hc[j], t: ht[j] });
      }
      const heads: Head[] = lineHeads;
      const whole = heads[i];
      let parts: Head[] = [];
      let qualifiers: string[] = [];
      for (let j = i - 1; j >= 0 && heads[j].t.length > whole.t.length && heads[j].t.endsWith(whole.t) && !NOT_WHOLE.test(heads[j].t); j--) parts.unshift(heads[j]);
      if (parts.length < 2 && QUALIFIER_JOIN.test(whole.t)) {
        qualifiers = whole.t.replace(JOINED_TOTAL_WORD, "").split(QUALIFIER_JOIN);
        parts = [];
        if (qualifiers.length >= 2 && qualifiers.every((q) => QUALIFIER.test(q))) {
          for (const q of qualifiers) {
            let j = i - 1;
            while (j >= 0 && !(heads[j].t.startsWith(q) && heads[j].t.length > q.length)) j--;
            if (j < 0 || parts.some((p) => p.c === heads[j].c) || NOT_WHOLE.test(heads[j].t)) break;
            parts.push(heads[j]);
          }
          if (parts.length !== qualifiers.length) parts = [];
        }
      }
      if (parts.length < 2) continue;
      out.push(...wholeDown(grid, h, whole, parts));
      // (the same whole as the sum of the columns naming the terms its parts add up: 供养资金 | 护理补贴)
      const byTerm = parts.length === qualifiers.length ? termColumns(heads, whole, parts, qualifiers) : null;
      if (byTerm) out.push(...wholeDown(grid, h, whole, byTerm));
    }
  }
  return out;
}

/**
 * Whether the text cells `from` … `to` - 1 of a line (textCells' entries) may hold a whole qualifiedWholes reads: a head
 * joining qualifiers ('+', '、', '和'), or a head ending with ')' (its unit note dropped, its end is another), or else two
 * heads one right after the other — texts that are no plain number (a copy of the text left of it, skipped there, is the
 * same text) — the first longer and ending with the same character as the second (before.endsWith(w)). From the line's
 * facts alone (textFacts): most lines of a long table are passed over with no text read.
 */
function mayHoldWhole(facts: TextFacts, from: number, to: number): boolean {
  const { flags, tail, size } = facts;
  let prev = -1;
  for (let k = from; k < to; k++) {
    const fl = flags[k];
    if (fl & (TextFact.join | TextFact.closeParen)) return true;
    if (fl & TextFact.plainNumber) continue;
    if (prev >= 0 && size[prev] > size[k] && tail[prev] === tail[k]) return true;
    prev = k;
  }
  return false;
}

/**
 * The columns naming the terms the parts of a joined whole add up (集中供养资金+护理补贴 and 分散供养资金+护理补贴 under
 * 集中+分散合计: 供养资金 | 护理补贴): each part's head, its own qualifier aside, the same two terms or more joined by '+'
 * or '、', each term the whole head of one column of the line (not the whole's nor a part's). Null where any is missing.
 */
function termColumns(heads: readonly Head[], whole: Head, parts: readonly Head[], qualifiers: readonly string[]): Head[] | null {
  let terms: string[] | null = null;
  for (let k = 0; k < parts.length; k++) {
    const own = parts[k].t.slice(qualifiers[k].length).split(TERM_JOIN);
    if (own.length < 2 || own.some((x) => !x)) return null;
    if (terms === null) terms = own;
    else if (own.length !== terms.length || own.some((x, j) => x !== terms![j])) return null;
  }
  if (!terms) return null;
  const out: Head[] = [];
  for (const t of terms) {
    const at = heads.find((x) => x.t === t && x.c !== whole.c && !parts.some((p) => p.c === x.c));
    if (!at || NOT_WHOLE.test(at.t)) return null;
    out.push(at);
  }
  return out;
}

/** whole = Σ parts on each line under header line `h`, where the numbers vouch (qualifiedWholes); none otherwise. */
function wholeDown(grid: Grid, h: number, whole: Head, parts: readonly Head[]): SumRelation[] {
  const rows: SumRelation[] = [];
  let agree = 0;
  let near = 0;
  let lead = 0;
  for (let r = h + 1; r <= grid.rowCount; r++) {
    const total = term(grid, r, whole.c, whole.t);
    if (!total) {
      if (!rows.length && lead++ < LEAD_LINES && !holdsNumber(grid, r, whole.c)) continue;
      break;
    }
    const terms = parts.map((p) => term(grid, r, p.c, p.t)).filter((x): x is RelationTerm => !!x);
    if (terms.length < 2) continue;
    const sum = terms.reduce((a, x) => a + x.value, 0);
    if (sumAgrees(total, terms).ok) agree++;
    else if (Math.abs(sum - total.value) <= NEAR * Math.abs(total.value)) near++;
    rows.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "amount-table", orientation: "columns", label: whole.t, total, parts: terms, bound: "equal", group: `${ROW_TOTAL_GROUP}${total.cell}` });
  }
  return rows.length === 1 ? (agree + near === 1 ? rows : []) : rows.length >= 2 && agree * 2 >= rows.length ? rows : [];
}

/** a head that is a number or a column marker, no name (1 | 2 | 3, 栏次) */
const NUMBER_HEAD = /^[\d.]+$/;
/** a character a NUMBER_HEAD may open with (a digit or '.'): only such a head is tested against the pattern */
function isNumberHeadStart(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || ch === 46;
}

/** A number of any kind in the cell (a percent too): the line holds figures there. */
function holdsNumber(grid: Grid, r: number, c: number): boolean {
  return grid.ownsCell(r, c) && amountAt(grid, r, c) !== null;
}
