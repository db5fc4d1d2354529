import type { Grid } from "../grid/grid";
import type { AmountUnit, RatioRelation, Relation, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "../recognise/budget";
import { proseDigits } from "../recognise/prose-rates";
import { changeRelation, halfUnit, RATE_AFTER, rateCheckable, rateNumerator, statedRateRelation } from "./inline-changes";
import { toYuan } from "./tolerance";

/*
 * (grad49b, session 49) **A part's change between two stated lists.** A report states two periods' amounts, each a total
 * with its 其中 parts in a sentence (sentence-sums.ts reads them: '2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,
 * 公务接待11.8万元,公务用车运行费用10万元。', '2021年度“三公”经费合计支出20.12万元,其中:…公务接待12.39万元,…'), then each part's
 * change without repeating the amounts: '其中公务接待较上年同期减少0.58万元,减少4.68%', '公务用车运行费用比上年增加2.27万元,增长
 * 29.37%', '“三公”经费预算较2021年度增加1.68万元'. The change is the later period's amount less the earlier's (减少: the earlier's
 * less the later's): a difference relation at the change's cell (total-mismatch reports it), and a rate right after it
 * ('减少4.68%') its change over the earlier amount (ratio-mismatch).
 *
 * The reading, and its evidence:
 * - a list's period: the year its clause names ('2022年度“三公”经费预算总计'), else the year of the heading line above it
 *   (up to LIST_HEAD_ROWS rows: '二、2021年“三公”经费决算情况'), and its kind (预算 or 决算 / 支出 / 执行); its subject, the
 *   clause's words without the year, the kind and the total's word ('“三公”经费'). A list with no year is not read.
 * - a change: '<subject>较|比|同比|与 <reference> (相比) 增加|增长|上升|减少|下降|降低|节约 N万元|元', the subject the words
 *   after the last stop or 其中 before it; the reference '上年 / 上年同期 / 去年 / 上一年度' (the year before the current one)
 *   or a year ('2021年度', '2021年决算'); '同比' alone is the year before.
 * - the two lists: of one subject, two years apart by one (上年) or the reference's year; the current one the year the
 *   subject names, else the latest; each must be the only list of its year (or the only one of its kind where the
 *   subject or the reference names the kind). A reference to a year no list states (较2020年 against lists of 2022 and
 *   2021) reads nothing.
 * - the part: the subject names a part both lists name (names compared without quotes, brackets, 其中 and the money
 *   word's tail — 公务接待 is 公务接待费), one part only; or the lists' total, where the subject names the lists' subject
 *   or 合计 / 总计 / 总额 and no part. A part one list lacks is not checked.
 *
 * Cheap: the lists are sentence-sums' (already read); one search of the sheet's joined texts (Grid.hasText) for a change
 * word after 较 / 比 before any cell is read, and only where two lists were read.
 */

/** rows above a list searched for the heading that names its year */
const LIST_HEAD_ROWS = 3;

const YEAR = /((?:19|20)\d{2})年/;
const YEAR_G = /((?:19|20)\d{2})年度?/g;
/** words of a final account (what was spent) */
const FINAL = /决算|支出|执行|实际/;
/** words of a budget (what was planned) */
const BUDGET = /预算|计划|安排/;
/** the reference of a change and its amount */
const CHANGE = /(?:较|比|同比|与)(上年同期|上年度|上年|去年同期|去年|上一年度?|同期|(?:19|20)\d{2}年度?(?:预算|决算|实际)?(?:数|支出)?)?(?:相比)?[,]?(增加|增长|上升|减少|下降|降低|节约|节省)(?:了)?(\d+(?:\.\d+)?)(万元|元)/g;
/** a sheet with no such change states none */
const ANY_CHANGE = /(?:较|比|同比)[^,。;]{0,10}(?:增加|增长|上升|减少|下降|降低|节约|节省)\d/;
/** the lists' total named by the change's subject */
const TOTAL_WORD = /合计|总计|总额|总体|整体/;

interface List {
  rel: SumRelation;
  year: number;
  kind: "budget" | "final" | null;
  subject: string;
  /** parts by their compared name */
  parts: Map<string, RelationTerm>;
}

/** A name as compared: no quotes, brackets, spaces, 其中, year, nor the money word's tail (公务接待费 → 公务接待). */
function nameKey(s: string): string {
  return s
    .replace(YEAR_G, "")
    .replace(/[“”"'‘’《》()\[\]【】:,、\s]/g, "")
    .replace(/^(?:其中|一是|二是|三是|另外|此外|其次)/, "")
    .replace(/(?:预算|决算|实际)?(?:支出|费用|经费|费|资金|数)$/, "")
    .replace(/(?:预算|决算)$/, "");
}

/** The kind a text names, or null where it names neither or both. */
function kindOf(s: string): "budget" | "final" | null {
  const f = FINAL.test(s);
  const b = BUDGET.test(s);
  return f === b ? null : f ? "final" : "budget";
}

/** The lists (sentence-sums' sums stated in a cell's prose) with their period and subject. */
function listsOf(grid: Grid, sums: readonly SumRelation[]): List[] {
  const out: List[] = [];
  const texts = new Map<string, string | null>();
  for (const rel of sums) {
    if (rel.measure !== "amount" || rel.parts.length < 2 || !rel.id.startsWith("sum:amount:")) continue;
    const t = rel.total;
    const key = `${t.row},${t.col}`;
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = proseDigits(grid.text(t.row, t.col))));
    if (text === null) continue;
    const at = Number(rel.id.slice(rel.id.lastIndexOf(":") + 1));
    if (!Number.isFinite(at)) continue;
    const stop = Math.max(text.lastIndexOf("。", at - 1), text.lastIndexOf(";", at - 1));
    const clause = text.slice(stop + 1, at) + rel.label;
    let y = YEAR.exec(clause);
    let head = clause;
    for (let r = t.row - 1; !y && r >= Math.max(1, t.row - LIST_HEAD_ROWS); r--) {
      const c = grid.firstTextCell(r);
      if (!c) continue;
      const h = grid.compactText(r, c);
      y = YEAR.exec(h);
      if (y) head = h + clause;
    }
    if (!y) continue;
    const parts = new Map<string, RelationTerm>();
    let twice = false;
    for (const p of rel.parts) {
      const k = nameKey(p.label ?? "");
      if (k.length < 2) continue;
      if (parts.has(k)) twice = true;
      parts.set(k, p);
    }
    if (twice || parts.size < 2) continue;
    const subject = nameKey(clause.replace(/(?:共计|共|合计|总计|总额|总投资|总金额).*$/, ""));
    out.push({ rel, year: Number(y[1]), kind: kindOf(head), subject, parts });
  }
  return out;
}

/** The one part of `list` the subject names (exactly, else inside one another), or null. */
function partNamed(list: List, subject: string): { key: string; term: RelationTerm } | null {
  const exact = list.parts.get(subject);
  if (exact) return { key: subject, term: exact };
  let found: { key: string; term: RelationTerm } | null = null;
  for (const [k, term] of list.parts) {
    if (!(subject.includes(k) || k.includes(subject))) continue;
    if (found) return null;
    found = { key: k, term };
  }
  return found;
}

/** The only list of `lists` of `year` (of `kind` where it names one and more than one list is of the year). */
function onlyOfYear(lists: List[], year: number, kind: "budget" | "final" | null): List | null {
  const of = lists.filter((l) => l.year === year);
  if (of.length === 1) return of[0];
  if (!kind) return null;
  const kinded = of.filter((l) => l.kind === kind);
  return kinded.length === 1 ? kinded[0] : null;
}

export function listChanges(grid: Grid, sums: readonly SumRelation[]): Relation[] {
  const out: Relation[] = [];
  if (sums.length < 2 || !grid.hasText(ANY_CHANGE)) return out;
  const lists = listsOf(grid, sums);
  if (lists.length < 2) return out;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      if (!grid.ownsCell(r, c)) continue;
      if (c > 1 && grid.compactText(r, c - 1) === grid.compactText(r, c)) continue;
      if (!ANY_CHANGE.test(grid.compactText(r, c))) continue;
      const text = proseDigits(grid.text(r, c));
      if (text === null) continue;
      let n = 0;
      CHANGE.lastIndex = 0;
      for (let m = CHANGE.exec(text); m; m = CHANGE.exec(text)) {
        // the subject: the words after the last stop (or 其中) before the change
        const before = text.slice(0, m.index);
        const qi = before.lastIndexOf("其中");
        const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("。"), before.lastIndexOf(":"), qi < 0 ? -1 : qi + 1);
        const subjectText = before.slice(from + 1);
        const subject = nameKey(subjectText);
        if (/\d/.test(subject.replace(YEAR_G, ""))) continue;
        const ref = m[1] ?? "";
        const relation = changeOf(grid, lists, r, c, text, m, subjectText, subject, ref, n);
        if (!relation) continue;
        n++;
        out.push(...relation);
      }
    }
  }
  return out;
}

function changeOf(grid: Grid, lists: List[], r: number, c: number, text: string, m: RegExpExecArray, subjectText: string, subject: string, ref: string, n: number): Relation[] | null {
  // the current list: the year the subject names (else the sentence's first year before the change, else the latest)
  const subjectYear = YEAR.exec(subjectText);
  const sentenceStart = text.lastIndexOf("。", m.index - 1) + 1;
  const sentenceYear = YEAR.exec(text.slice(sentenceStart, m.index));
  const refYear = YEAR.exec(ref);
  const latest = Math.max(...lists.map((l) => l.year));
  let current = subjectYear ? Number(subjectYear[1]) : sentenceYear && (!refYear || sentenceYear[1] !== refYear[1]) ? Number(sentenceYear[1]) : latest;
  const earlier = refYear ? Number(refYear[1]) : current - 1;
  if (earlier >= current) return null;
  const cur = onlyOfYear(lists, current, kindOf(subjectText));
  const prev = onlyOfYear(lists, earlier, kindOf(ref));
  if (!cur || !prev || cur === prev) return null;
  // (one subject: two lists of the same money, most parts in common)
  if (cur.subject && prev.subject && !(cur.subject.includes(prev.subject) || prev.subject.includes(cur.subject))) return null;
  let shared = 0;
  for (const k of cur.parts.keys()) if (prev.parts.has(k)) shared++;
  if (shared < 2) return null;
  // the part, or the total
  let a: RelationTerm | null = null;
  let b: RelationTerm | null = null;
  let label = "";
  const pc = subject ? partNamed(cur, subject) : null;
  const pp = pc ? prev.parts.get(pc.key) ?? null : null;
  if (pc && pp) {
    a = pc.term;
    b = pp;
    label = pc.term.label ?? pc.key;
  } else if (pc) return null;
  else if (subject.length >= 2 && ((cur.subject && subject.includes(cur.subject)) || TOTAL_WORD.test(subjectText)) && !prev.parts.has(subject)) {
    a = cur.rel.total;
    b = prev.rel.total;
    label = cur.subject || "合计";
  } else return null;
  const up = /增加|增长|上升/.test(m[2]);
  const cell = grid.addr(r, c);
  const stated = lineTerm(grid, r, c, m[3] + m[4], m[3], `${label}${m[2]}`, m[4] as AmountUnit);
  const diff = changeRelation(`difference:list-change:${cell}:${n}`, label, up, stated, a, b);
  const out: Relation[] = [diff];
  const rate = RATE_AFTER.exec(text.slice(m.index + m[0].length));
  // (a rate of amounts in one unit, checked where the amounts' rounding alone cannot explain it: inline-changes.ts)
  const numerator = rate && b.unit === stated.unit && a.unit === b.unit ? rateNumerator(rate[1], stated, a, b) : stated;
  if (rate && b.value !== 0 && b.unit === stated.unit && a.unit === b.unit && rateCheckable(rate[1], numerator.value * toYuan(b.unit), halfUnit(stated), b.value * toYuan(b.unit), halfUnit(b))) {
    out.push(statedRateRelation(`ratio:list-change:${cell}:${n}`, cell, r, c, `${label}${up ? "增长率" : "下降率"}`, rate[1], numerator, b));
  }
  return out;
}
