import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";
import { yuanOf } from "../relations/tolerance";
import { withoutCopyMarks } from "../text/copy-marks";
import { statedWholes } from "./sentence-breakdowns";
import { wholeUnitSlip, type ProseUnitSlip } from "./whole-unit-slips";

/*
 * (rel55, session 55) **A whole, the words announcing its breakdown, then its parts** — the money readers (sentence-sums.ts)
 * take a list after 其中 or after a total's word (共计…,分别为); a report also states an amount and then announces its parts in
 * words of their own, after a ',' a ':' or a full stop:
 * - '一是布达拉宫管理处,下达预算资金9378万元。具体是:A项目3005万元;B项目1235万元;…;F项目1613万元。' (the parts in the
 *   announcer's sentence, each 'name + amount', ';' or ',' apart);
 * - '2021年部门预算项目支出87.5万元,分别是A经费5万元,B费18万元,…';
 * - '…累计发放各类民生保障资金共计432.35万元。具体发放情况如下:' closing its row, the parts in the rows under it, each sentence
 *   or ';' group one amount of money ('1月份,发放城乡低保补助资金131.55万元。', '尊老金发放17704人次,发放保障资金104.72万元;…').
 *
 * The announcer (ANNOUNCER) stands right after the whole's amount (a ',' ':' '。' or ';' at most between); the whole's clause
 * names money and no change of it nor a standard, and stands in no 其中 list of its sentence (a part's own breakdown). Its
 * kind says how much of the whole the parts are:
 * - full (具体是 / 具体为 / 具体如下 / 具体…情况如下 / 分别是 / 分别为 / 分别用于…): the parts are the whole's breakdown — two
 *   parts closed by the list's end must add up;
 * - inclusive (包括 / 包含): as a 其中 list — three parts or more closed must add up, two may leave one unsaid;
 * - sample (主要包括 / 主要用于 / 主要项目:), or a list ending in 等: the main parts only — they may not exceed the whole (a
 *   sample over its whole is a slip whichever part is wrong; under it, items may be left out: nothing to say).
 * The parts: each ';' group of a sentence one amount of money ('name + amount', counts and other words beside it), or a
 * group of several amounts split at ',' / '、', each piece one amount. A part's own 其中 — in its sentence ('…43.168万元,其中
 * A7.7万元,…') or opening the next ('…131.55万元。其中,城市…') — is a subset of that part: its amounts are none of the list's,
 * and, mid-sentence, where it ends is not said (the list read up to it, its parts may fall short). The list ends at a group
 * with no amount of money (a statement of its own), at a new clause of the money (以上 / 合计 / 累计 / 实际 / 此外 …: a second
 * whole or a stage), at a numbered head with no amount (二、… / (二)…; a numbered line with its amount is a part). Refused (nothing read): a part in another unit (亿 among 万 / 元, or an
 * amount in 元 under 1万 beside 万元 ones — a slip of the unit), a part naming a change, a share or a standard, an approximate
 * part, a piece with two amounts.
 * Where the announcer's sentence holds parts, the list is that sentence (closed by its '。'; running to the text's end it may
 * be cut: its parts may fall short); where those do not add up and the next sentences are each one part, it is read on while
 * that adds up only. Where the announcer closes its row, the list is the rows under it (eight at most), closed only by a
 * numbered head or a new whole after it — a list running to the sheet's end may be cut there.
 */

/** the words announcing a full breakdown (具体是, 具体发放情况如下, 分别用于 …) */
const FULL_WORDS = "具体(?:[\\u4e00-\\u9fa5]{0,4}情况)?(?:是|为|如下)|分别(?:是|为|用于|安排|下达|拨付|补助)";
/**
 * (dev57b) the words announcing the main parts only (sample): 主要包括 / 主要用于, or the main items named before a colon
 * ('…180万元,主要项目:1、委员补助21万;…', '主要支出项目有:…') — a list that may leave items out
 */
const SAMPLE_WORDS = "主要(?:包括|用于|(?:支出|开支)?项目(?:有|为|包括)?(?=:))";
/** (rels56) a clause counting the items between the whole and its announcer: '…资金60万元,涉及2个项目,分别为:…' */
const ITEM_COUNT = "(?:(?:涉及|共|含|包括)\\d+(?:个|项|类)[\\u4e00-\\u9fa5]{0,4}[,:])?";
/** the whole's amount, then the announcer (group 3) */
const ANNOUNCER = new RegExp(`(\\d+(?:\\.\\d+)?)(亿元|万元|元)[,:。;]?${ITEM_COUNT}(${FULL_WORDS}|${SAMPLE_WORDS}|包括|包含)[:,]?`, "g");
/** ANNOUNCER's test (Grid.hasText): a sheet none of whose texts holds one has no such list */
const ANY_ANNOUNCER = new RegExp(`\\d(?:亿元|万元|元)[,:。;]?${ITEM_COUNT}(?:具体|分别|主要(?:包括|用于|支出项目|开支项目|项目)|包括|包含)`);
const MIN_TEXT = 12;
/** rows under a row-closing announcer its parts are read from */
const MAX_ROWS = 8;

type Kind = "full" | "inclusive" | "sample";
const kindOf = (word: string): Kind => (/^主要/.test(word) ? "sample" : /^(?:包括|包含)/.test(word) ? "inclusive" : "full");

/** the whole's clause names money… */
const MONEY_WORD = /资金|基金|经费|预算|拨款|投资|补助|补贴|奖补|奖励|下达|安排|拨付|分配|批复|筹集|投入|收入|支出|发放|款/;
/** …and no change of it, no remainder, no standard (a part's words the same) */
const CHANGE_WORD = /增加|减少|增长|下降|增支|减支|节约|节支|结余|超支|比上年|同比|较上年|环比|差额|人均|户均|亩均|每|(?:^|[^高])标准|不低于|不超过|最高|最低|占|比例|%/;
/** an amount of money (a bare 万 / 亿 before a mark or the end is 万元 / 亿元) */
export const AMOUNT = /(\d+(?:\.\d+)?)(亿元|万元|元|万(?=[,;、。:]|$)|亿(?=[,;、。:]|$))/g;
/** a group opening a new clause of the money (a second whole, a stage, a restated total, an aside): the list ended */
const NEW_CLAUSE = /^(?:以上|上述|合计|共计|总计|累计|全年|年度|当年|实际|截至|截止|此外|另外|另有|同时|剩余|尚未|未|已)/;
/** a total's word in a part's name: a second whole */
const TOTAL_WORD = /合计|共计|总计|(?:^|[^公])共[\d下拨发安投]/;
/** a line's code: '二、', '(二)', '2.', '一是' */
const CODE = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[、.](?!\d)|[一二三四五六七八九十]{1,2}是)/;
/** a part's own breakdown opening in its group (its 其中, its own announcer) */
const OWN_BREAKDOWN_WORD = new RegExp(`其中|${FULL_WORDS}`);
/** approximate figures: no part */
const APPROX = /(?:约|近|逾|超过|大约|将近)$|^(?:余|多|左右|以上|以下)/;

interface Part {
  row: number;
  col: number;
  digits: string;
  unit: string;
  label: string;
}
interface ReadList {
  parts: Part[];
  /** the list ended inside the text read (not cut by a text's or sheet's end) */
  closed: boolean;
  /** closed by 等: some parts only */
  some: boolean;
}
/**
 * How a sentence's reading ended: "no" at its end; "whole" at a new clause of the money (a second whole, a stage); "other" at
 * a group with no amount (a statement of its own); "subset" at a part's own 其中 / breakdown mid-sentence; "cut" at a piece
 * of words with no amount among or after several parts ('…9万元,科' — a part whose amount is lost or cut off: the list may
 * hold more than is read).
 */
type End = "no" | "whole" | "other" | "subset" | "cut";

export const unitOf = (u: string) => (u === "万" ? "万元" : u === "亿" ? "亿元" : u);
/** an amount in a text (AMOUNT's test) */
const ANY_AMOUNT = new RegExp(AMOUNT.source);
/** a part's name: its clause's words before its amount, its code ('一是', '1.', '(二)') out */
const nameOf = (before: string) => before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(":")) + 1).replace(/^[、,:]/, "").replace(CODE, "");

/**
 * One sentence's parts (brackets out): null where a piece is no part (the list refused), else the parts and how the reading
 * ended (End).
 */
export function sentenceParts(sentence: string, row: number, col: number, single = false): { parts: Part[]; end: End; some: boolean } | null {
  const text = sentence.replace(/\([^()]*\)/g, "");
  const parts: Part[] = [];
  // (a sentence opening with 其中: the last part's subset, passed over whole)
  if (/^[,:]?其中/.test(text)) return { parts, end: "no", some: false };
  for (const group of text.split(";")) {
    const g = group.replace(/^[,:、\s]+/, "");
    if (!g) continue;
    // (a part's own 其中 / breakdown in the group — '教育培训43.168万元,其中A7.7万元,…': its subset, the list read up to it)
    const q = g.search(OWN_BREAKDOWN_WORD);
    if (q >= 0) {
      const head = sentenceParts(g.slice(0, q), row, col, single);
      if (!head) return null;
      for (const p of head.parts) parts.push(p);
      return { parts, end: head.end === "no" ? "subset" : head.end, some: head.some };
    }
    if (NEW_CLAUSE.test(g)) return { parts, end: "whole", some: false };
    const amounts = [...g.matchAll(AMOUNT)];
    if (!amounts.length) return { parts, end: "other", some: false };
    // (the pieces: the group, or, holding several amounts, its ',' / '、' pieces, words alone joined to the next)
    const pieces: string[] = [];
    if (amounts.length === 1) pieces.push(g);
    else if (single) return null;
    else {
      let name = "";
      for (const s of g.split(/([,、])/)) {
        name += s;
        if (ANY_AMOUNT.test(s)) {
          pieces.push(name);
          name = "";
        }
      }
      if (/[\u4e00-\u9fa5]/.test(name)) pieces.push(name);
    }
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k];
      // (words with no amount after the first part, alone or before the next amount's clause: a part lost or cut off)
      if (k > 0 && (!ANY_AMOUNT.test(piece) || /[,、]/.test(piece.replace(/^[,、]/, "")))) return { parts, end: "cut", some: false };
      const ms = [...piece.matchAll(AMOUNT)];
      if (ms.length !== 1) return null;
      const m = ms[0];
      const before = piece.slice(0, m.index!);
      const after = piece.slice(m.index! + m[0].length);
      const label = nameOf(before);
      if (NEW_CLAUSE.test(label) || TOTAL_WORD.test(label)) return { parts, end: "whole", some: false };
      if (!/[\u4e00-\u9fa5]/.test(label) || CHANGE_WORD.test(label) || APPROX.test(before) || APPROX.test(after) || /^[/每]/.test(after)) return null;
      // (words after the amount, holding no amount nor a change of it, are the part's own: '…5009万元,项目是…')
      if (ANY_AMOUNT.test(after) || CHANGE_WORD.test(after.split(/[,;]/)[0])) return null;
      parts.push({ row, col, digits: m[1], unit: unitOf(m[2]), label });
      if (/^等/.test(after)) return { parts, end: "other", some: true };
    }
  }
  return { parts, end: "no", some: false };
}

/** the sentences of a text (at '。' outside brackets), empty ones out */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
    else if (text[i] === "。" && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.filter((s) => s.replace(/[,:\s]/g, "").length > 0);
}

/** an announced whole read: its sum, or (rels56) a unit slip of one of its figures (whole-unit-slips.ts) */
type Announced = { rel: SumRelation; slip?: undefined } | { rel?: undefined; slip: ProseUnitSlip };

/** Each announced whole of the sheet (see the module's note), read. */
function eachAnnounced(grid: Grid, visit: (a: Announced) => void): void {
  if (!grid.hasText(ANY_ANNOUNCER)) return;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_ANNOUNCER)) {
    const text = proseDigits(withoutCopyMarks(grid.text(r, c)));
    if (text === null) continue;
    ANNOUNCER.lastIndex = 0;
    for (let m = ANNOUNCER.exec(text); m; m = ANNOUNCER.exec(text)) {
      const a = announced(grid, r, c, text, m);
      if (a) visit(a);
    }
  }
}

/** (speed57) the unit slips announcedPartSums met in its walk of a grid, for announcedUnitSlips (the rule's) to take */
const slipsMet = new WeakMap<Grid, ProseUnitSlip[]>();

/** The parts of each announced whole of the sheet, as sum relations, but a whole `found` already states at its cell. */
export function announcedPartSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  const slips: ProseUnitSlip[] = [];
  const statedKeys = statedWholes(found);
  eachAnnounced(grid, ({ rel, slip }) => {
    if (slip) slips.push(slip);
    else if (!statedKeys().has(`${rel.total.cell}|${rel.total.value}`)) out.push(rel);
  });
  slipsMet.set(grid, slips);
  return out;
}

/**
 * (rels56) The unit slips of the announced wholes of the sheet: a whole and its parts adding up only in one unit. (speed57:
 * those the relations' walk of the grid met, announcedPartSums, where it has walked it: the same walk, not read twice)
 */
export function announcedUnitSlips(grid: Grid): ProseUnitSlip[] {
  const met = slipsMet.get(grid);
  if (met !== undefined) return met.slice();
  const out: ProseUnitSlip[] = [];
  eachAnnounced(grid, ({ slip }) => {
    if (slip) out.push(slip);
  });
  return out;
}

/** a part's value in 元 */
export const yuanOfPart = (p: { digits: string; unit: string }) => Number(p.digits) * (p.unit === "万元" ? 1e4 : p.unit === "亿元" ? 1e8 : 1);

function announced(grid: Grid, r: number, c: number, text: string, m: RegExpExecArray): Announced | null {
  // the whole's clause (back to the last mark) names money and no change; its sentence holds no 其中 before it
  let from = m.index;
  while (from > 0 && !",。;:".includes(text[from - 1])) from--;
  const clause = text.slice(from, m.index);
  if (!MONEY_WORD.test(clause) || CHANGE_WORD.test(clause) || APPROX.test(clause)) return null;
  const stop = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf(";", m.index));
  if (text.lastIndexOf("其中", m.index) > stop) return null;
  const wholeUnit = m[2];
  const kind = kindOf(m[3]);
  const after = text.slice(m.index + m[0].length);
  const own = sentences(after);
  const opening = after.replace(/^[,:\s]+/, "").startsWith("。") ? null : (own[0] ?? null);
  const whole = yuanOfPart({ digits: m[1], unit: wholeUnit });
  let list: ReadList | null;
  if (opening !== null && ANY_AMOUNT.test(opening)) list = inSentence(r, c, opening, own.slice(1), after.indexOf("。") >= 0, whole, nextItem(text.slice(stop + 1, m.index)));
  else if (opening === null) list = announcedBelow(grid, r, c, own);
  else return null;
  if (!list || list.parts.length < 2) return null;
  // (rels56: a list naming all its parts — no sample, 主要用于, nor 等 — that adds up only with one figure's number in the others'
  // unit — whole-unit-slips.ts)
  if (list.closed && !list.some && kind !== "sample") {
    const slip = wholeUnitSlip(m[1] + wholeUnit, list.parts.map((p) => p.digits + p.unit));
    if (slip) {
      const at = slip.index < 0 ? { row: r, col: c, written: m[1] + wholeUnit, name: clause } : { ...list.parts[slip.index], written: list.parts[slip.index].digits + list.parts[slip.index].unit, name: list.parts[slip.index].label };
      return { slip: { ...slip, row: at.row, col: at.col, written: at.written, name: at.name, whole: m[1] + wholeUnit, parts: list.parts.map((p) => p.digits + p.unit) } };
    }
  }
  // (parts in the whole's unit: 亿 with 亿 alone; 元 among 万元 at 1万元 at least)
  const yi = wholeUnit === "亿元";
  for (const p of list.parts) {
    if ((p.unit === "亿元") !== yi) return null;
    if (p.unit === "元" && wholeUnit === "万元" && Number(p.digits) < 1e4) return null;
  }
  const termUnit = (u: string): AmountUnit | null => (u === "亿元" ? null : (u as AmountUnit));
  const parts: RelationTerm[] = list.parts.map((p) => lineTerm(grid, p.row, p.col, p.digits + p.unit, p.digits, p.label, termUnit(p.unit)));
  const total = lineTerm(grid, r, c, m[1] + wholeUnit, m[1], clause, termUnit(wholeUnit));
  const sum = list.parts.reduce((a, p) => a + yuanOfPart(p), 0);
  // (parts more than a quarter over their whole count something else — a second whole read on, a plan beside the done
  // amounts —, as sentence-breakdowns.ts: not read)
  if (sum > whole * 1.25) return null;
  const enough = kind === "full" ? parts.length >= 2 : kind === "inclusive" ? parts.length >= 3 : false;
  const exact = enough && list.closed && !list.some && sum >= whole / 2;
  const rel: SumRelation = {
    kind: "sum",
    id: `sum:amount:${grid.addr(r, c)}:announced:${m.index}`,
    measure: "amount",
    block: "labelled-funds",
    // (prose, as the sentence readers' sums, whatever rows its parts are in: no table's list — the amount lists' heads read
    // "rows" sums as a table's lines; a list running to the sheet's end is a bound already)
    orientation: "columns",
    label: clause,
    total,
    parts,
    bound: exact ? "equal" : "atMost",
  };
  return { rel };
}

/** the enumerators in order: '一是' is followed by '二是', '(一)' by '(二)' */
const NUMERALS = "一二三四五六七八九十";
/**
 * The opening of the whole's next sibling, where the whole's clause group opens an enumerated item ('一是布达拉宫管理处,
 * 下达预算资金9378万元': '二是' opens the next), else null.
 */
function nextItem(group: string): RegExp | null {
  const m = /^([一二三四五六七八九])是|^\(([一二三四五六七八九])\)/.exec(group);
  if (!m) {
    const inside = /[,:]([一二三四五六七八九])是/.exec(group);
    if (!inside) return null;
    return new RegExp(`^${NUMERALS[NUMERALS.indexOf(inside[1]) + 1]}是`);
  }
  const next = NUMERALS[NUMERALS.indexOf(m[1] ?? m[2]) + 1];
  return m[1] ? new RegExp(`^${next}是`) : new RegExp(`^\\(${next}\\)`);
}

/**
 * The parts in the announcer's sentence (`first`), read on into the cell's next sentences (`next`), each one part, only where
 * that adds up; `stopped`: the sentence ends with '。' in the text.
 */
function inSentence(r: number, c: number, first: string, next: string[], stopped: boolean, whole: number, sibling: RegExp | null): ReadList | null {
  const s = sentenceParts(first, r, c);
  if (!s) return null;
  const list: ReadList = { parts: s.parts, closed: s.end === "whole" || s.end === "other" || (s.end === "no" && stopped), some: s.some };
  if (s.end !== "no" || !stopped) return list;
  const adds = (ps: Part[]) => Math.abs(ps.reduce((a, p) => a + yuanOfPart(p), 0) - whole) < 1e-6 * Math.max(1, whole);
  if (adds(list.parts)) return list;
  let parts = list.parts;
  for (const sentence of next) {
    // (the whole's next sibling, '…一是A,下达9378万元。具体是:…。二是B,…': the list ended before it)
    if (sibling && sibling.test(sentence)) return list;
    const more = sentenceParts(sentence, r, c);
    if (!more || more.end !== "no" || more.parts.length !== 1) break;
    parts = parts.concat(more.parts);
    if (adds(parts)) return { parts, closed: true, some: false };
  }
  // (the next sentence one part of the list's shape, no sibling of the whole: the list's last part set apart by a stop or
  // a statement of its own — not said; the parts may fall short)
  const one = next.length ? sentenceParts(next[0], r, c) : null;
  return one && one.end === "no" && one.parts.length === 1 ? { ...list, closed: false } : list;
}

/**
 * The parts after an announcer closing its sentence: the cell's next sentences (`rest`), then the rows under it (eight at
 * most); closed only by a numbered head or a new whole after them. A statement of its own between (a group with no amount)
 * ends the reading, the list perhaps not over; so does the sheet's end.
 */
function announcedBelow(grid: Grid, r: number, c: number, rest: string[]): ReadList | null {
  const parts: Part[] = [];
  const read = (ss: string[], row: number, col: number): ReadList | null | "on" => {
    for (const sentence of ss) {
      const s = sentenceParts(sentence, row, col, true);
      if (!s) return null;
      for (const p of s.parts) parts.push(p);
      if (s.some) return { parts, closed: false, some: true };
      if (s.end === "whole") return { parts, closed: parts.length > 0, some: false };
      if (s.end === "other" || s.end === "cut") return { parts, closed: false, some: false };
      // (a part's own 其中 mid-sentence: its list ends with the sentence, the next sentence carries the list on)
    }
    return "on";
  };
  const own = read(rest, r, c);
  if (own !== "on") return own;
  const last = Math.min(grid.rowCount, r + MAX_ROWS);
  for (let rr = r + 1; rr <= last; rr++) {
    const col = grid.firstTextCell(rr);
    if (!col) continue;
    const text = proseDigits(withoutCopyMarks(grid.text(rr, col)));
    if (text === null) return null;
    // (a numbered head with no amount — '二、绩效目标完成情况' —: the list closed; a numbered line with one is a part)
    if (CODE.test(text) && !ANY_AMOUNT.test(text)) return { parts, closed: parts.length > 0, some: false };
    const got = read(sentences(text), rr, col);
    if (got !== "on") return got;
  }
  return { parts, closed: false, some: false };
}

