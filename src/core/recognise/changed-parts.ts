import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";
import { statedWholes } from "./sentence-breakdowns";
import { completePair } from "./complete-parts";
import { withoutCopyMarks } from "../text/copy-marks";

/*
 * (rel61b, session 61) **A whole in one sentence, its parts in the next under 其中, each part carrying its own change** — the
 * shape of a fiscal bulletin, a statistical bulletin and a 决算 note, which the list readers leave (sentence-breakdowns.ts
 * reads no list whose parts state a change):
 *   '1-6月份全区一般公共预算收入累计完成61646万元,占年初预算数109466万元的56.3%,同比增长10.7%,增收5939万元。其中税务部门完成
 *    28684万元,占任务数的56.4%,同比增长33.2%;财政部门完成32962万元,占任务数的56.3%,同比下降3.6%。'   (28684 + 32962 = 61646)
 *   '全年实现地区生产总值91.8亿元,比上年下降1.4%(…)。其中:第一产业增加值30.5亿元,同比增长3.5%;第二产业增加值14.2亿元,…;
 *    第三产业增加值47.1亿元,同比下降1.1%。'                                                             (30.5 + 14.2 + 47.1 = 91.8)
 * The wording is the evidence:
 * - the whole: the first amount of money of its sentence, in its first clause and alone there, no change's, share's or
 *   standard's word before it in that clause; every other amount of money of the sentence (outside brackets) a change's or a
 *   plan's ('同比增收5939万元', '占年初预算数109466万元的56.3%') — a sentence stating two amounts of its own ('由年初预算…调整为…')
 *   has no one whole;
 * - the parts: the next sentence opens with 其中 and is cut by ';' into two groups or more, each group's first clause naming
 *   a part and stating one amount of money (no change's, plan's, standard's or threshold's word before it), in the whole's unit;
 *   the group's other amounts are the part's own (its change, its plan, a nested 其中).
 * A part's name opening with a verb (实现, 完成, 累计 …) is another measure of the whole's subject: the list is refused; so is
 * a part restating the whole (its name the whole's: '…;2.非税收入110580万元' after the parts of 非税收入55290万元), a part
 * opening an outline item ('2.…', '(二)…'), a cumulative part ('截至年底累计拨付…') under a whole that is none.
 * (增加值, value added, is a name: no change.)
 * Refused: a 三公 sentence (three-public-expenses.ts reads those by their vocabulary), a whole sentence with a 其中 of its own, a
 * group whose first clause holds no amount or two, a part named by a stage of the money (审减, 结余, 实际支出 …) or by a total's
 * word (合计, 总计: a whole of its own), parts naming both 收入 and 支出.
 * The bound: the parts must add up where they are the whole's every part by their names — two halves (complete-parts.ts;
 * and 税收 / 非税收 收入, 税务 / 财政 部门), the three 产业, a last part naming the rest; else they may not exceed the whole (a
 * bulletin lists the main taxes under 税收收入 and leaves the rest unsaid).
 *
 * Cheap: Grid.hasText('其中') before any cell is read; a cell is read only where a sentence opens with 其中.
 */

const MONEY = /(\d+(?:\.\d+)?)(亿元|万元|元)/g;
/** words before an amount in its clause that make it a change's, a share's, a plan's or a standard's */
const NOT_OWN = /比上年|较上年|比去年|较去年|同比|环比|上年同期|比20\d\d|较20\d\d|增加(?!值)|减少|增长|下降|增收|减收|增支|减支|调增|调减|增幅|降幅|占|为年初|年初预算|预算数|计划数|任务数|每|人均|户均|平均|标准|由/;
/** a part's name that makes it no item of a breakdown: a stage of the money, a total of its own, a threshold */
const NOT_PART = /审减|审定|核减|结余|节约|超支|未支出|已支出|实际支出|累计支出|未使用|合计|总计|共计|以上|以下|以内|超过|不低于|不超过|不少于/;
/** halves this reader knows besides complete-parts.ts' (by the head of each part's name) */
const HALVES: [RegExp, RegExp][] = [
  [/^税收/, /^非税/],
  [/^税务/, /^财政/],
];
const THIRDS = [/^第一产业/, /^第二产业/, /^第三产业/];
const REST = /^(?:其他|其它|其余|剩余)/;
/** a part's name opening with a verb names no part: it states another measure of the whole's subject ('…;实现地方一般预算收入19401万元') */
const VERB_FIRST = /^(?:实现|完成|累计|共|全年|合计|总计)/;
const MIN_TEXT = 30;

/** the text with bracketed words blanked (same length) */
export function unbracketed(text: string): string {
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    out += depth === 0 ? ch : " ";
    if (ch === ")") depth = Math.max(0, depth - 1);
  }
  return out;
}

interface Amount {
  at: number;
  digits: string;
  unit: string;
}
function amounts(s: string): Amount[] {
  const out: Amount[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(s); m; m = MONEY.exec(s)) {
    if (m.index > 0 && /[\d.]/.test(s[m.index - 1])) continue;
    out.push({ at: m.index, digits: m[1], unit: m[2] });
  }
  return out;
}
/** the start of the clause holding position i (after the last ',' ';' ':' before it) */
function clauseStart(s: string, i: number): number {
  return Math.max(s.lastIndexOf(",", i - 1), s.lastIndexOf(";", i - 1), s.lastIndexOf(":", i - 1)) + 1;
}

/** the whole of a sentence (see the module's note), null where it has none */
function wholeOf(s: string): { amount: Amount; label: string } | null {
  const as = amounts(s);
  if (!as.length) return null;
  const first = as[0];
  const start = clauseStart(s, first.at);
  const before = s.slice(start, first.at);
  if (NOT_OWN.test(before)) return null;
  for (const a of as.slice(1)) {
    const b = s.slice(clauseStart(s, a.at), a.at);
    // (the whole's clause holds it alone; any other amount is a change's or a plan's)
    if (clauseStart(s, a.at) === start || !NOT_OWN.test(b)) return null;
  }
  return { amount: first, label: before.replace(/^[^\u4e00-\u9fa5]+/, "") };
}

/** the parts of a 其中 sentence (its text after 其中), null where a group does not hold one */
function partsOf(s: string): { amount: Amount; label: string; at: number }[] | null {
  const groups: { text: string; at: number }[] = [];
  let at = 0;
  for (const g of s.split(";")) {
    groups.push({ text: g, at });
    at += g.length + 1;
  }
  while (groups.length && groups[groups.length - 1].text.replace(/[。\s]/g, "") === "") groups.pop();
  if (groups.length < 2) return null;
  const out: { amount: Amount; label: string; at: number }[] = [];
  for (const g of groups) {
    const lead = /^[,:、\s]*/.exec(g.text)![0].length;
    const body = g.text.slice(lead);
    const comma = body.search(/[,:]/);
    const first = comma < 0 ? body : body.slice(0, comma);
    const as = amounts(first);
    if (as.length !== 1) return null;
    const name = first.slice(0, as[0].at);
    if (!/[\u4e00-\u9fa5]{2}/.test(name) || NOT_OWN.test(name) || NOT_PART.test(name) || VERB_FIRST.test(name)) return null;
    out.push({ amount: as[0], label: name, at: g.at + lead + as[0].at });
  }
  return out;
}

/** half a last shown digit of each figure, added */
function roundingSlack(terms: RelationTerm[]): number {
  return terms.reduce((a, t) => a + 0.5 * Math.pow(10, -(t.decimals ?? 0)), 0);
}

function complete(parts: RelationTerm[]): boolean {
  const heads = parts.map((p) => (p.label ?? "").replace(/^(?:其中)?[,:]*/, ""));
  if (completePair(parts)) return true;
  if (heads.length === 2 && HALVES.some(([x, y]) => (x.test(heads[0]) && y.test(heads[1])) || (y.test(heads[0]) && x.test(heads[1])))) return true;
  if (heads.length === 3 && THIRDS.every((re, i) => re.test(heads[i]))) return true;
  return REST.test(heads[heads.length - 1]) && !REST.test(heads[0]);
}

/** a name without its lead: an outline number, a date ('2.', '2015年1-9月'), marks */
const core = (name: string) => name.replace(/^[^\u4e00-\u9fa5]*(?:[年月日]|月份)?[^\u4e00-\u9fa5]*(?:[年月日]|月份)?/, "").replace(/^[\d.、,:\-]+/, "");
/** a cumulative figure to a date: a part of another stage where the whole is none */
const RUNNING = /累计|截至|截止/;

/**
 * The parts refused by the whole they are read under: a part restating the whole (its name the whole's: a copy of the
 * whole's sentence after ';'), a part opening an outline item ('2.非税收入…'), a cumulative part under a whole that is none.
 */
function foreignPart(wholeLabel: string, partLabel: string): boolean {
  const w = core(wholeLabel);
  if (/^\s*[(（]?[\d一二三四五六七八九十]+[)）.、]/.test(partLabel)) return true;
  if (w.length >= 2 && core(partLabel) === w) return true;
  return RUNNING.test(partLabel) && !RUNNING.test(wholeLabel);
}

/** The sums of the sheet's wholes over the 其中 sentence after them (see the module's note), but a whole `found` already states at its cell. */
export function changedPartSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText("其中")) return out;
  const statedKeys = statedWholes(found);
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, /。其中/)) {
    const raw = proseDigits(withoutCopyMarks(grid.text(r, c)));
    if (!raw) continue;
    const text = unbracketed(raw);
    for (let k = text.indexOf("。其中"); k >= 0; k = text.indexOf("。其中", k + 1)) {
      const begin = text.lastIndexOf("。", k - 1) + 1;
      const s1 = text.slice(begin, k);
      if (/三公|其中/.test(s1)) continue;
      const end = text.indexOf("。", k + 1);
      const s2 = text.slice(k + 3, end < 0 ? text.length : end);
      const whole = wholeOf(s1);
      if (!whole) continue;
      const parts = partsOf(s2);
      if (!parts || parts.some((p) => p.amount.unit !== whole.amount.unit)) continue;
      if (parts.some((p) => /收入/.test(p.label)) && parts.some((p) => /支出/.test(p.label))) continue;
      if (parts.some((p) => foreignPart(whole.label, p.label))) continue;
      // (all of one unit; 亿元 is no AmountUnit: the terms carry none, compared as written)
      const unit: AmountUnit | null = whole.amount.unit === "亿元" ? null : (whole.amount.unit as AmountUnit);
      const total = lineTerm(grid, r, c, whole.amount.digits + whole.amount.unit, whole.amount.digits, whole.label, unit);
      if (statedKeys().has(`${total.cell}|${total.value}`)) continue;
      const terms = parts.map((p) => lineTerm(grid, r, c, p.amount.digits + p.amount.unit, p.amount.digits, p.label, unit));
      // (a list running to the text's end may be cut: its parts may not exceed the whole)
      const closed = end >= 0;
      out.push({
        kind: "sum",
        id: `sum:amount:${total.cell}:changed-parts:${begin}`,
        measure: "amount",
        block: "labelled-funds",
        orientation: "columns",
        label: whole.label || total.text,
        total,
        parts: terms,
        bound: closed && complete(terms) ? "equal" : "atMost",
        // (a bulletin's 万元 and 亿元 are each rounded from finer sums: the whole agrees within half a last digit of each figure —
        // '631.69' over '188.64' + '443.04' = 631.68 within 0.015, '22126亿元' over '1258亿元' + '20869亿元' = 22127 within 1.5)
        ...(whole.amount.unit !== "元" ? { approxSlack: roundingSlack([total, ...terms]) } : {}),
      });
    }
  }
  return out;
}
