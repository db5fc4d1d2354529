import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { proseDigits, proseQuantities, type ProseQuantity } from "../recognise/prose-rates";
import { mayHoldSentence, sentenceCells } from "../recognise/sentence-cells";
import { rateCheckable, statedRateRelation } from "./inline-changes";
import { halfOfQuantity } from "./prose-growth";

/*
 * (rel58, session 58) **An item's change and its rate, the item's amount stated elsewhere in the sheet** — the shape of
 * inline-changes.ts ('公务接待费242万元,较上年减少12万元,下降4.7%': the rate over 242 + 12) where the clause of the change
 * names its item but not its amount, which a sentence before (or after) states for the same item — a 三公 statement's way:
 *   '…公务用车购置及运行费支出决算为4.81万元,…;公务接待费支出决算为2.74万元,…'   (the year's amounts)
 *   '…决算数比2017年减少0.24万元,下降3.1%。其中:…公务用车购置及运行费支出决算增加0.57万元,增长12.47%;公务接待费支出决算
 *    减少0.81万元,下降29.2%'   (0.57 / (4.81 − 0.57) = 13.44%: printed 12.47%, a slip; 0.81 / (2.74 + 0.81) = 22.82%: 29.2%)
 *   '财政拨款“三公”经费预算总额为2.7万元,…。2018年“三公”经费预算数比2017年预算数减少0.06万元,减幅0.02%'
 *                                                                         (0.06 / 2.76 = 2.17%: printed 0.02%)
 * Read: a change — 增加 / 增长 / 减少 / 下降 … N万元|元 — whose clause holds no other figure (a year at most) and names its item
 * before it (the words up to 比 / 较 / 与 …, or up to the verb), then right after it the rate (',增长12.47%', ',减幅0.02%', its
 * direction the change's); the comparison with an earlier period (比上年 / 较2017年 / 同比 …) in that clause, in its sentence
 * before it, or in the sentence before a sentence opening with 其中. The item's amount: every amount of the sheet's prose
 * whose clause's words, read the same way, name the same item — equal once a list's number, a year, the scope (财政拨款,
 * 一般公共预算 …, a unit's name is not taken out: the words must be equal), quotes and the stage's words at the end (支出,
 * 决算数, 预算数 …) are taken out —, in the same written unit (万元, 元; 亿 apart), of the same stage where both name one
 * (决算 against 预算: not; a change naming none is of its sentence's, or its 其中's sentence's), of the same year (its clause's, else the first its sentence or its text's sentences before name
 * that is not compared against; none and none alike), not itself a comparison (比 / 较 / 增加 / 上年 …) nor a
 * plan's (年初, 调整, 计划 …). Several amounts of the item: read where they are one figure. The rate is checked over the
 * amount less its increase (plus its decrease), as inline-changes.ts checks its own (rateCheckable: not where the printed
 * figures' rounding alone separates them).
 * Not read: an item's name of fewer than three characters ('支出', '收入'); a rate in 个百分点 or a range; a rate of another
 * item (any word between the change and the rate); a clause stating a base of its own (比上年3.55万元…: inline-changes.ts);
 * a change against a plan (比预算 / 较年初: no earlier period); 同口径 against 自然口径 (the item's words differ).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) for a change in money with its rate right after.
 */

/** the sheet's gate: a change in money with a rate right after */
const ANY = /(?:增加|减少|增长|下降|增|减)了?\d+(?:\.\d+)?(?:万元|元)[,，]?(?:同比)?(?:增长|增加|上升|提高|减少|下降|降低|增幅|涨幅|降幅|减幅|增|减)/;
/** a change (verb group 1, figure group 2, unit group 3) and the rate right after it (word group 4, figure group 5) */
const CHANGE_RATE = /(增加|减少|增长|下降|增|减)了?(\d+(?:\.\d+)?)(万元|元),?(?:同比)?(增长|增加|上升|提高|减少|下降|降低|增幅|涨幅|降幅|减幅|增|减)(?:了|为|达|是)?(\d+(?:\.\d+)?)%/g;
const UP = /增|涨|上升|提高/;
/** a range or a figure in points after the rate: not read */
const AFTER_RATE = /^(?:[-~～至到]|个百分点)/;
/** a comparison with an earlier period */
const EARLIER = /(?:比|较|与|同)(?:于)?(?:上年|去年|上一年|(?:19|20)\d{2}年)|同比/;
/** where a clause's item ends: its comparison */
const COMPARISON = /比|较|与|同比|相比/;
/** words of a level that is itself a change or another period's, or a plan's */
const NOT_LEVEL = /比|较|增加|减少|增长|下降|同期|上年|去年|上一年|年初|调整|调增|调减|追加|计划|预计|目标/;
/** a year (group 1) */
const YEAR = /((?:19|20)\d{2})年度?/g;
/** the item's words taken out: a list's number, a year, the scope, quotes */
const ITEM_NOISE = /^(?:其中|一是|二是|三是|四是|\d{1,2}[.、]|[(][一二三四五六七八九十\d]{1,2}[)]|[一二三四五六七八九十]{1,2}、)+|(?:19|20)\d{2}年度?|本年度?|今年|全年|一般公共预算|政府性基金预算|国有资本经营预算|财政拨款|[“”"'‘’\s]/g;
/** the stage's words at the item's end */
const ITEM_TAIL = /(?:的|支出|决算数?|预算数?|执行数?|实际数?|数|金额|总额|合计|为|是|共计|共|:)+$/;
/** the stage an item's words name, the scopes' 预算 out */
const STAGE = /决算|预算/;
const SCOPE = /一般公共预算|政府性基金预算|国有资本经营预算/g;
const MIN_TEXT = 6;

/** a clause's item: its name, its stage (决算 / 预算 / ""), its year (0: none) */
interface Item {
  name: string;
  stage: string;
  year: number;
}

function itemOf(words: string): Item {
  let year = 0;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(words); m; m = YEAR.exec(words)) year = year || Number(m[1]);
  const stage = STAGE.exec(words.replace(SCOPE, ""))?.[0] ?? "";
  const name = words.replace(ITEM_NOISE, "").replace(ITEM_TAIL, "");
  return { name, stage, year };
}

/** the words of a clause before `at`: since its last mark, and not before `from` */
function clauseBefore(text: string, at: number, from = 0): string {
  let i = at;
  while (i > from && !/[,;。:!?]/.test(text[i - 1])) i--;
  return text.slice(i, at);
}

/** the start of the sentence `at` is in (after its text's last stop before it) */
function sentenceStart(text: string, at: number): number {
  const s = text.lastIndexOf("。", at - 1);
  return s < 0 ? 0 : s + 1;
}

/** the year a figure at `at` is of: the first year not compared against ('比2017年') in its sentence before it, else in the
 * sentences of its text before (a paragraph's: '2022年度…预算…。公务用车运行费用较上年同期增加2.27万元'), else none (0) */
function yearAt(text: string, at: number): number {
  for (let end = at; end > 0; ) {
    const from = sentenceStart(text, end);
    const y = /(?:^|[^比较与同于\d])((?:19|20)\d{2})年/.exec(text.slice(from, end));
    if (y) return Number(y[1]);
    end = from - 1;
  }
  return 0;
}

/** an amount of the sheet's prose with the item its clause names */
interface Level {
  q: ProseQuantity;
  item: Item;
  cell: string;
  row: number;
  col: number;
  unit: string;
}

/** money's written unit: 亿 apart from 万 (both read in 万元) */
export const unitOf = (q: ProseQuantity) => `${q.unit}${/亿/.test(q.text) ? "亿" : ""}`;
/** a money quantity's value in 元 */
export const yuan = (q: ProseQuantity) => (q.unit === "万元" ? q.value * 1e4 : q.value);

/** Every stated level of money in the sheet's prose, with its item. */
function levelsOf(grid: Grid): Level[] {
  const out: Level[] = [];
  for (const { row, col } of sentenceCells(grid, MIN_TEXT, /\d(?:万元|元|亿元)/)) {
    const text = proseDigits(grid.text(row, col));
    if (text === null) continue;
    let prev = 0;
    for (const q of proseQuantities(text)) {
      const from = prev;
      prev = q.end;
      if (q.kind !== "money" || q.unit === null) continue;
      const words = clauseBefore(text, q.at, from);
      if (/\d/.test(words.replace(YEAR, "")) || NOT_LEVEL.test(words)) continue;
      const item = itemOf(words);
      if (!item.year) item.year = yearAt(text, q.at);
      if (item.name.length < 3) continue;
      out.push({ q, item, cell: grid.addr(row, col), row, col, unit: unitOf(q) });
    }
  }
  return out;
}

/** The changes with their rates of one text (proseDigits') whose item's amount `levels` states, at cell (r, c). */
function itemRatesOf(grid: Grid, r: number, c: number, text: string, levels: () => Level[], out: RatioRelation[]): void {
  const cell = grid.addr(r, c);
  let n = 0;
  const qs = proseQuantities(text);
  CHANGE_RATE.lastIndex = 0;
  for (let m = CHANGE_RATE.exec(text); m; m = CHANGE_RATE.exec(text)) {
    const up = UP.test(m[1]);
    if (UP.test(m[4]) !== up) continue;
    if (AFTER_RATE.test(text.slice(m.index + m[0].length))) continue;
    const clause = clauseBefore(text, m.index);
    // (another figure in the clause, a year's aside: the base is stated there, inline-changes.ts's; or no clause of words)
    if (/\d/.test(clause.replace(YEAR, "")) || /[\d.]/.test(text[m.index - 1] ?? "")) continue;
    const cmp = COMPARISON.exec(clause);
    const words = cmp ? clause.slice(0, cmp.index) : clause;
    const start = sentenceStart(text, m.index);
    const sentence = text.slice(start, m.index);
    const before = /^其中/.test(sentence) && start > 0 ? text.slice(sentenceStart(text, start - 1), start) : "";
    if (!EARLIER.test(clause) && !EARLIER.test(sentence) && !EARLIER.test(before)) continue;
    // (a plan for the base: '比预算减少', '较年初增加' — the clause's comparison names no earlier period)
    if (cmp && !EARLIER.test(clause.slice(cmp.index))) continue;
    const item = itemOf(words);
    if (item.name.length < 3) continue;
    if (!item.year) item.year = yearAt(text, m.index);
    // (an item of no stage of its own is of its sentence's, or of the sentence its 其中 lists: '…支出决算数比2017年减少…。其中:…')
    if (!item.stage) item.stage = STAGE.exec((before + sentence).replace(SCOPE, ""))?.[0] ?? "";
    const change = qs.find((q) => q.at === m!.index + m![1].length + (m![0].charAt(m![1].length) === "了" ? 1 : 0));
    if (!change || change.kind !== "money") continue;
    const found = levels().filter(
      (l) => l.item.name === item.name && l.unit === unitOf(change) && !(l.item.stage && item.stage && l.item.stage !== item.stage) && l.item.year === item.year,
    );
    if (!found.length || found.some((l) => l.q.value !== found[0].q.value)) continue;
    const x = found[0];
    const delta = yuan(change);
    const base = up ? yuan(x.q) - delta : yuan(x.q) + delta;
    if (!(base > 0)) continue;
    const hDelta = halfOfQuantity(change);
    if (!rateCheckable(m[5], delta, hDelta, base, halfOfQuantity(x.q) + hDelta)) continue;
    // (the terms in the amounts' written unit, 万元 or 元)
    const f = change.unit === "万元" ? 1e4 : 1;
    const unit = change.unit === "万元" ? ("万元" as const) : ("元" as const);
    const numerator: RelationTerm = { cell, row: r, col: c, text: change.text, value: change.value, decimals: change.decimals, percent: false, label: `${item.name}${m[1]}`, unit };
    const denominator: RelationTerm = {
      cell: x.cell,
      row: x.row,
      col: x.col,
      text: `${x.q.text}${up ? "−" : "+"}${change.text}`,
      value: Number((base / f).toFixed(Math.max(x.q.decimals, change.decimals))),
      decimals: null,
      percent: false,
      label: `上期${item.name}`,
      unit,
    };
    out.push(statedRateRelation(`ratio:named-item-rate:${cell}:${n++}`, cell, r, c, `${item.name}${up ? "增长率" : "下降率"}`, m[5], numerator, denominator));
  }
}

/** The rates of items' changes whose amounts the sheet states in another clause (see above). */
export function namedItemRates(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY)) return out;
  let levels: Level[] | null = null;
  const all = () => {
    if (levels === null) levels = levelsOf(grid);
    return levels;
  };
  for (const { row, col } of sentenceCells(grid, MIN_TEXT, ANY)) {
    const text = proseDigits(grid.text(row, col));
    if (text !== null) itemRatesOf(grid, row, col, text, all, out);
  }
  return out;
}
