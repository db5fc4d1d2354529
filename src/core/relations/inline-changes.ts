import type { Grid } from "../grid/grid";
import { decimalsOf } from "../text/numbers";
import type { AmountUnit, DifferenceRelation, RatioRelation, Relation, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "../recognise/budget";
import { proseDigits } from "../recognise/prose-rates";
import { toYuan, yuanOf } from "./tolerance";
import { changeUnitSlip } from "../recognise/change-unit-slips";

/*
 * (grad49b, session 49) **An amount's change stated beside it in a sentence**, the other shape of list-changes.ts's class
 * (三公 reports, budget and final-account notes): the amount, then its change against the year before, the earlier
 * amount stated or not, then the rate of the change —
 *   '公务接待支出124万元,比上年累计支出148万元下降24万元,下降16%'   (the earlier amount stated: 24 = 148 − 124, 16% = 24 / 148)
 *   '“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元,下降10.1%'
 *   '公务接待费242万元,较上年减少12万元,下降4.7%'                  (the earlier amount not stated: 242 + 12 = 254, 12 / 254 = 4.7%)
 *   '安排资金100万元,比上年增加20万元,增长25%'                        (20 / (100 − 20) = 25%)
 * Read: an amount, at most a comma (prose52: or the stop closing its sentence, the change opening the next with no subject of
 * its own — '收入:792.22万元。同比上年度增加189.25万元,增加31.39%'; or a gloss of what the amount is, no figure in it, closing
 * that sentence — '上级补助收入8.38万元,为事业单位开展业务活动取得的收入。较2020年度决算数减少17.40万元,下降67.5%', a 决算
 * 说明's way), then 较 / 比 / 同口径比 / 同比 (prose52) and the year before (上年 / 上年同期 / 去年 / 上一年度 / a year),
 * optionally the earlier amount (its words between: 的 / 累计支出 / 决算数 …), then 增加 / 增长 / 上升 / 减少 / 下降 / 降低 /
 * 节约 (rel57: and a budget report's 增收 / 减收 / 增支 / 减支) N万元|元, then optionally ',增长|下降… r%'. Where the earlier amount is stated the change is a difference (total-mismatch)
 * and the rate its change over the earlier amount; where it is not, the rate is checked over the earlier amount the two
 * others give (the amount less the increase, or plus the decrease). A rate is stated against its amounts as they are printed:
 * where the rounding of the printed amounts alone could move it past its shown precision (small changes shown to one unit)
 * it is not checked at all (no false flag from rounding). (rel59: a change of an amount done against 年初 / 预算 is read, the
 * budget the earlier amount; a budget's against a budget is not.) A change with no amount right before it is not read here
 * (list-changes.ts reads a change of a part whose amounts two lists state).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

const NUM = "(\\d+(?:\\.\\d+)?)";
const MONEY = "(万元|元)";
/**
 * (rel58) …or the amount's share or completion between it and its change, one or two clauses of words and a percentage, no
 * change's word in them ('…决算为3.46万元,完成预算100%,较上年增加2.4万元,增长0.24%'; '商品和服务支出预算75800元,占基本支出
 * 预算%,同比增加52044.27元,增长50.63%' — a template's blank share, and 同比 alone there: prose-growth.ts reads it right after
 * the amount); not a part's share ('…,其中财政拨款占90%,较上年增加…': the change may be the part's)
 */
const SHARES = "(?:,(?:(?!增|减|降|升|比|较|其中)[^,;。\\d%]){1,16}(?:\\d+(?:\\.\\d+)?)?%){1,2}";
/**
 * (rel58) …and amounts written in 亿 (a news report's '统筹分配税196.47亿,较上年度法定预算数128.94亿元,增加115.34亿元': 196.47 −
 * 128.94 = 67.53), against 今年 (next year's budget against this year's: '歲出預算707.9億元,比今年704.9億元增加3.7億元') or a
 * year of the 民國 calendar ('較114年度法定預算數277.27億元'); a difference of amounts rounded in 亿 that misses by no more than
 * their rounding is not checked (onlyRoundingApart)
 */
const BIG_MONEY = "(万元|元|亿元|亿)";
/** the verbs of a change (prec61: and a bare 增 / 减 — '较上年决算数501.44万元减65.62万元', as prose-growth.ts reads it) */
const CHANGE_VERB = "(增加|增长|上升|减少|下降|降低|节约|节省|增收|减收|增支|减支|增|减)";
/** INLINE's comparison and change, after the amount and what stands between: groups 3 (the earlier period), 4–5 (the earlier
 * amount), 6 (the verb), 7–8 (the change) */
// (rel59: or against 年初 / the budget — '支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%' (10.93 / (9.07 + 10.93) ✓) —
// the earlier amount the budget, the arithmetic the same; 支出数 as 支出)
const COMPARED_WITH = `(?:(?:同口径|同)?(?:较|比)(上年同期|上年度|上年|去年同期|去年|上一年度?|今年度?|(?:19|20)\\d{2}年度?|1[0-2]\\d年度?|年初|预算数?)(?:的|同期)?(?:累计)?(?:法定)?(?:预算数?|决算数?|实际支出数?|支出数?|执行数?)?(?:${NUM}${BIG_MONEY})?|同比)`;
const COMPARISON = `${COMPARED_WITH},?${CHANGE_VERB}了?${NUM}${BIG_MONEY}`;
const INLINE = new RegExp(`${NUM}${BIG_MONEY}(?:[,:](?:为|主要用于|主要是|系)[^\\d;。%]{2,60}。|${SHARES},|[,。])?${COMPARISON}`, "g");
/**
 * (rel59) …or a second comparison of the same amount after a first one and its rate: '支出共计9.07万元,较年初预算数减少10.93万元,
 * 下降54.65%,较上年支出数减少0.71万元,下降7.83%' — the second's earlier amount 9.07 + 0.71 = 9.78, 0.71 / 9.78 = 7.26% (printed
 * 7.83% = 0.71 / 9.07, over this year's). The first is INLINE's own reading; the second's groups are INLINE's.
 */
// (prec61: its rate or not — then a comma, or a stop, the next sentence's comparison with no subject of its own: '…决算数为
// 3961.06万元,比2014年度预算减少1547.29万元,降低28.09%。较2013年度决算数减少1836.94万元,降低31.68%' —, and its base a year's — '决算数为7926.14万元,比2014年度预算数减少1485.38万元,比2013年度决算数
// 8750.27万元减少824.13万元,下降9.42%': the second's change 8750.27 − 7926.14 = 824.13, its rate 824.13 / 8750.27 = 9.42%)
const PRIOR = `,(?:同口径|同)?(?:较|比)(?:(?:19|20)\\d{2}年度?|1[0-2]\\d年度?)?[^,;。\\d%]{1,12}${CHANGE_VERB.replace("(", "(?:")}了?\\d+(?:\\.\\d+)?(?:万元|元|亿元|亿)(?:,?(?:增长|增加|上升|减少|下降|降低|增幅|降幅)(?:了|为|达)?\\d+(?:\\.\\d+)?%)?[,。]`;
const CHAINED = new RegExp(`${NUM}${BIG_MONEY}${PRIOR}${COMPARISON}`, "g");
/**
 * (prec61) …or the rate before the change, the earlier amount stated: '本年收入合计1771.10万元,比上年1467.00万元增长20.73%,增加
 * 304.10万元' (304.10 = 1771.10 − 1467.00; 20.73% = 304.10 / 1467.00). INLINE's groups; the rate (RATE_INSIDE) inside the match.
 * With no earlier amount it is rate-then-change.ts's.
 */
const RATE_WORDS = "(?:增长|增加|上升|减少|下降|降低)(?:了|为|达)?\\d+(?:\\.\\d+)?%";
const RATE_FIRST = new RegExp(`${NUM}${BIG_MONEY}[,。]?${COMPARED_WITH},?${RATE_WORDS},(?:同比)?${CHANGE_VERB}了?${NUM}${BIG_MONEY}`, "g");
const RATE_INSIDE = /,?(?:增长|增加|上升|减少|下降|降低)(?:了|为|达)?(\d+(?:\.\d+)?)%,/;
/**
 * (prose50) …or the comparison opening the next clause or sentence, the change's subject named again: '“三公”经费总支出为
 * 1928.76万元。与上年相比,2020年度的“三公”经费支出减少了1093.92万元,下降了36.2%' (1093.92 / (1928.76 + 1093.92)). The groups
 * are INLINE's (no earlier amount stated); the words before the change must name the amount's own subject (sameSubject), not
 * one of its parts ('与上年相比,公务接待费减少了12万元' after the 三公 total is a part's change).
 */
const COMPARED = new RegExp(
  `${NUM}${MONEY}[,。]?(?:与|同)(上年同期|上年度|上年|去年同期|去年|上一年度?|(?:19|20)\\d{2}年度?(?:预算数?|决算数?)?|年初预算数?|预算数?)(?:同期)?相比,?((?:(?:19|20)\\d{2}|[^\\d,;。%]){0,24}?)()(增加|增长|上升|减少|下降|降低|节约|节省|增收|减收|增支|减支)了?${NUM}${MONEY}`,
  "g",
);
/** INLINE's opening, without its g flag: a sheet none of whose texts holds it states none */
const ANY_INLINE = /%[,，](?:同比|(?:同口径|同)?(?:较|比)(?:上年|去年|上一年|(?:19|20)\d{2}年|年初|预算))|\d(?:亿|億)元?[,，。]?(?:较|較|比)|\d(?:万元|元)[,，。]?(?:较|較|比)(?:今年|1[0-2]\d年)|\d(?:万元|元|亿|億)(?:[,:](?:为|主要用于|主要是|系)[^\d;。%]{2,60}。(?:较|比)|[,。]?(?:同口径|同)?(?:较|比)(?:上年|去年|上一年|(?:19|20)\d{2}年|年初|预算)|[,。]?(?:与|同)(?:上年|去年|上一年|(?:19|20)\d{2}年|年初|预算)(?:同期|度)?(?:预算数?|决算数?)?相比)/;
/** the words of a subject, for their comparison: no year, no 的 / 全区 / 总 / 为 */
// (rel60a: nor 各 / 均 — '收、支总计均为4680.58万元。与2022年度相比,收、支总计各减少2415.45万元,下降34%': the one amount both
// totals are, each changed by the same)
const subjectOf = (s: string) => s.replace(/(?:19|20)\d{2}年度?|本年度?|今年|全[市县区省]|[的总为是共各均]|[“”"]/g, "");
/** the change's words name the amount's subject: each two characters of theirs are in the amount's words (none: the same) */
export function sameSubject(change: string, lead: string): boolean {
  const c = subjectOf(change);
  const l = subjectOf(lead);
  for (let i = 0; i + 1 < c.length; i++) if (l.indexOf(c.slice(i, i + 2)) < 0) return false;
  return c.length !== 1;
}
/**
 * (prec61) A figure right after a change's verb is a change, never an amount compared (a whole is never a change): in '…决算数
 * 为7926.14万元,比2014年度预算数减少1485.38万元,比2013年度决算数8750.27万元减少824.13万元', 1485.38 is the change against the
 * budget — no amount of 2014 to compare with 2013's (PERIODS), nor the amount the next comparison is of (INLINE, prose-growth.ts):
 * the second comparison is the first amount's (CHAINED).
 */
export const AFTER_CHANGE_VERB = /(?:增加|增长|上升|提高|减少|下降|降低|节约|节省|增收|减收|增支|减支)了?(?:约)?$/;
/** a rate right after the change: ',下降4.7%', ',增长25%', ',减少了3%' */
export const RATE_AFTER = /^,?(?:增长|增加|上升|减少|下降|降低|增幅|降幅)(?:了|为|达)?(\d+(?:\.\d+)?)%/;
/** (rel59) the words of an amount done, the only kind compared with 年初 / the budget here */
const DONE_WORD = /支出|决算|执行|实际|完成|使用/;
/** the words naming the amount: up to 16 characters before it, no stop, no digit */
const LEAD = /[^,;。:\d]{0,16}$/;

/**
 * (prose52) Amounts written in 亿 ('8.56亿元') are rounded to their last digit, a hundred 万元 at 0.01 亿: a difference of them
 * that misses by no more than their rounding ('结转0.94亿元' of 8.56 − 7.61, each within half a digit of 8.555 − 7.614) is not
 * checked — the house's reading of rounded amounts (rateCheckable). (scan60) So are amounts in 万元 with decimals, a sum in 元
 * written in 万元 to its last place ('18187.79万元' is 181,877,9xx 元): 大埔's '采购计划金额共计18187.79万元,实际采购金额共计
 * 16973.33万元,共节约资金1214.45万元' — 1214.46 as printed, 1214.45 as the page's totals give it (15857.74 = 9017.78 + 5625.51 +
 * 1214.45). Whole 万元 and amounts in 元 are checked as printed.
 */
export function onlyRoundingApart(a: RelationTerm, b: RelationTerm, d: RelationTerm): boolean {
  // (a whole number of 亿 or 万, '计划投资50亿元', is a round figure: taken as printed)
  const rounded = (t: RelationTerm) => /\.\d+[亿万]元?$/.test(t.text);
  if (![a, b, d].some(rounded)) return false;
  const gap = Math.abs(yuanOf(d) - (yuanOf(a) - yuanOf(b)));
  const half = (t: RelationTerm) => (rounded(t) ? halfUnit(t) : 0);
  return gap > 1e-6 && gap <= half(a) + half(b) + half(d) + 1e-6;
}

/** The relation a stated change is of: `change` = the later amount less the earlier one (增加), or the earlier less the later (减少). */
export function changeRelation(id: string, name: string, up: boolean, change: RelationTerm, later: RelationTerm, earlier: RelationTerm): DifferenceRelation {
  return {
    kind: "difference",
    id,
    measure: "amount",
    block: "labelled-funds",
    label: `${name}${up ? "增加" : "减少"}`,
    result: change,
    minuend: up ? later : earlier,
    subtrahends: [up ? earlier : later],
    bound: "equal",
  };
}
/** half a unit of a term's last printed digit, in 元 */
export function halfUnit(t: RelationTerm): number {
  // (by the unit word after it where there is one: '5.51亿元' is half of 0.01 亿 — grad50b's reading of 亿 amounts)
  const m = /(\d+)(?:\.(\d+))?([亿万]?)元?$/.exec(t.text);
  const scale = m?.[3] === "亿" ? 1e8 : m?.[3] === "万" ? 1e4 : t.unit === "万元" && !m?.[3] ? 1e4 : 1;
  return 0.5 * Math.pow(10, -(m?.[2]?.length ?? 0)) * scale;
}

/** A stated rate of change or of a difference ('增长12.3%', '审减率16.39%'), printed in points, as a ratio relation. */
export function statedRateRelation(id: string, cell: string, r: number, c: number, label: string, digits: string, numerator: RelationTerm, denominator: RelationTerm): RatioRelation {
  return {
    kind: "ratio",
    id,
    measure: "rate",
    block: "labelled-funds",
    name: label,
    label,
    stated: { cell, row: r, col: c, value: Number(digits), text: digits + "%", decimals: decimalsOf(digits), percent: false, label },
    numerator,
    denominator,
    statedInPoints: true,
    bound: "equal",
  };
}

/**
 * Whether a rate of change r% (printed `digits`) of a change `delta` over an earlier amount `before` (both in 元, each
 * printed rounded: half a unit `hDelta`, `hBefore`) is checked: where it agrees with delta / before at its shown precision,
 * or lies outside what the amounts within their rounding can give (a slip whatever the rounding); not where only the
 * rounding of the printed amounts separates them (12 / 254 printed 4.7% is checked; 0.58 / 12.39 printed 4.69% is not
 * flagged, 0.585 / 12.39 giving it).
 */
export function rateCheckable(digits: string, delta: number, hDelta: number, before: number, hBefore: number): boolean {
  const r = Number(digits);
  const hs = 0.5 * Math.pow(10, -decimalsOf(digits)) + 1e-9;
  if (rateAgrees(digits, delta, before)) return true;
  const lo = (100 * Math.max(0, delta - hDelta)) / (before + hBefore);
  const hi = (100 * (delta + hDelta)) / Math.max(before - hBefore, 1e-9);
  return r < lo - hs || r > hi + hs;
}

/** r% (printed `digits`) is delta / before at its shown precision, rounded half-up or truncated */
function rateAgrees(digits: string, delta: number, before: number): boolean {
  const r = Number(digits);
  const hs = 0.5 * Math.pow(10, -decimalsOf(digits)) + 1e-9;
  const exact = (100 * delta) / before;
  if (Math.abs(r - exact) <= hs) return true;
  return r <= exact + 1e-9 && exact - r < 2 * (hs - 1e-9);
}

/**
 * The change a stated rate is of: the stated change, or — where the rate is not of it but of the two amounts' own
 * difference (the change slipped, the rate computed from the amounts) — that difference, so that one slip is reported
 * once, by the difference (values in 元; `later` and `earlier` the two amounts' terms, `stated` the change's).
 */
export function rateNumerator(digits: string, stated: RelationTerm, later: RelationTerm, earlier: RelationTerm): RelationTerm {
  const before = yuanOf(earlier);
  if (rateAgrees(digits, yuanOf(stated), before)) return stated;
  const own = Math.abs(yuanOf(later) - before);
  if (!rateAgrees(digits, own, before)) return stated;
  const f = toYuan(stated.unit);
  return { cell: stated.cell, row: stated.row, col: stated.col, value: own / f, text: `${later.text}−${earlier.text}`, decimals: null, percent: false, label: stated.label, unit: stated.unit };
}

/*
 * (grad49c, session 49) **A part's amounts for two periods in one clause, then their change**, the third shape of the class
 * (三公 comparisons, 预算对比增减说明):
 *   '公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.35万元;减少率35.22%'
 *   '2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元,与上年对比减少24.55万元'
 *   '公务用车运行维护费2023年决算30万元,2022年决算36万元,相比下降6万元,下降率16.67%'
 *   '2015年支出12.5万元;2016年支出8万元;较之减少4.5万元;增(减)率-36%'
 * Read: a year and its words (预算 / 决算 / 支出 / 拨入 …, no digit) then an amount; a comma or semicolon, the name again at
 * most (a repeated name, up to 24 characters), another year and its words and amount; then, at most a comparison's words between (与上年 / 与2015年 / 较 / 比 /
 * 对比 / 相比 / 比较 / 较之), the change 增加 / 增长 / 上升 / 减少 / 下降 / 降低 / 节约 N万元|元; optionally the rate after it
 * ('减少率35.22%', '增(减)率-36%', '下降16.67%'). The later year's amount is the current one; the change is a difference
 * of the two (total-mismatch where it does not hold) and the rate the change over the earlier year's amount, checked as
 * the inline shape's (rateCheckable, rateNumerator). Two equal years, or a year with no amount, read nothing.
 */
const YEAR = "((?:19|20)\\d{2})年度?";
/** the words between a year and its amount: no digit, no stop; at most 16 */
const YEAR_WORDS = "[^\\d,;。:%]{0,16}?";
const PERIODS = new RegExp(
  `${YEAR}${YEAR_WORDS}${NUM}${MONEY}[,;]${YEAR_WORDS.replace("16", "24")}${YEAR}${YEAR_WORDS}${NUM}${MONEY}[,;]?` +
    `(?:与|较|比|同)?(?:上年度?|去年|上一年度?|(?:19|20)\\d{2}年度?)?(?:同期)?(?:预算|决算)?(?:对比|相比|比较|较之|比)?,?` +
    `(增加|增长|上升|减少|下降|降低|节约|节省)了?${NUM}${MONEY}`,
  "g",
);
/** PERIODS' opening (two years' amounts side by side), without its g flag */
const ANY_PERIODS = /(?:19|20)\d{2}年[^\d,;。:%]{0,16}\d+(?:\.\d+)?(?:万元|元)[,;][^\d,;。:%]{0,24}(?:19|20)\d{2}年/;
/** a rate after a change: RATE_AFTER's, or named as a rate ('减少率35.22%', '增(减)率-36%', '下降率16.67%') */
const RATE_NAMED = /^[,;]?(?:(?:增减|增\(减\)|增长|减少|下降|上升|降低|节约|变动)率|增幅|降幅|减幅)(?:为|是|达|:)?(-?\d+(?:\.\d+)?)%/;

/** The two-period clauses of a cell's text (proseDigits'), each with its difference and rate (periodChanges). */
function periodChangesOf(grid: Grid, r: number, c: number, text: string, out: Relation[]): void {
  const cell = grid.addr(r, c);
  let n = 0;
  const clauses: Clause[] = [];
  PERIODS.lastIndex = 0;
  for (let m = PERIODS.exec(text); m; m = PERIODS.exec(text)) {
    // (the tail of a longer number is no year: '12016年')
    if (m.index > 0 && /[\d.]/.test(text[m.index - 1])) continue;
    const y1 = Number(m[1]);
    const y2 = Number(m[4]);
    if (y1 === y2) continue;
    // (prec61: a year's figure after a change's verb is a change against that year, no amount of it: '比2014年度预算数减少1485.38万元')
    const firstAt = m.index + m[0].indexOf(m[2] + m[3]);
    const secondAt = m.index + m[0].indexOf(m[5] + m[6], firstAt - m.index + (m[2] + m[3]).length);
    if (AFTER_CHANGE_VERB.test(text.slice(0, firstAt)) || AFTER_CHANGE_VERB.test(text.slice(0, secondAt))) continue;
    if (m[3] !== m[6] || m[3] !== m[9]) continue;
    // (the name before the first year, '公务接待费2016年预算…'; else the words after it, '2016年三公经费预算拨入33万元')
    const words = (/^\d{4}年度?([^\d]*)/.exec(m[0])?.[1] ?? "").replace(/(?:预算|决算|拨入|拨付|支出|安排|执行|实际|数|金额|总额|为|是|共|:)+$/, "");
    const name = (LEAD.exec(text.slice(0, m.index))?.[0] ?? "").replace(/^(?:其中|一是|二是|三是)/, "").replace(/^[、.]+/, "") || words || "金额";
    const up = /增加|增长|上升/.test(m[7]);
    const first = lineTerm(grid, r, c, m[2] + m[3], m[2], `${y1}年${name}`, m[3] as AmountUnit);
    const second = lineTerm(grid, r, c, m[5] + m[6], m[5], `${y2}年${name}`, m[6] as AmountUnit);
    const [current, earlier] = y2 > y1 ? [second, first] : [first, second];
    const change = lineTerm(grid, r, c, m[8] + m[9], m[8], `${name}${m[7]}`, m[9] as AmountUnit);
    const id = `${cell}:periods:${n++}`;
    clauses.push({ at: m.index, end: m.index + m[0].length, years: [y1, y2], terms: [first, second], change, up });
    out.push(changeRelation(`difference:inline-change:${id}`, name, up, change, current, earlier));
    const rest = text.slice(m.index + m[0].length);
    const rate = RATE_NAMED.exec(rest) ?? RATE_AFTER.exec(rest);
    if (!rate) continue;
    const digits = rate[1].replace(/^-/, "");
    const before = yuanOf(earlier);
    const delta = yuanOf(change);
    if (!(before > 0)) continue;
    if (!rateCheckable(digits, delta, halfUnit(change), before, halfUnit(earlier))) continue;
    out.push(statedRateRelation(`ratio:inline-change:${id}`, cell, r, c, `${name}${up ? "增长率" : "下降率"}`, digits, rateNumerator(digits, change, current, earlier), earlier));
  }
  periodParts(cell, text, clauses, out);
}

/** a two-period clause read (periodChangesOf) */
interface Clause {
  at: number;
  end: number;
  years: [number, number];
  terms: [RelationTerm, RelationTerm];
  change: RelationTerm;
  up: boolean;
}

/**
 * (grad49c) A whole's two-period clause, then 其中 and its parts' clauses of the same two years ('2016年三公经费预算拨入
 * 33万元,2015年…57.55万元,…。其中:1、公务接待费2016年预算8万元,2015年预算12.5万元;…2、公务车辆运行2016年预算25万元,
 * 2015年预算45.2万元;…'): each year's parts against its whole. The evidence that the parts are the whole's every part (a
 * 三公 report names no part it has none of, but a note may name only some): one year's parts give its whole; then the
 * other year's are checked (12.5 + 45.2 = 57.7 against 57.55). Neither year adding up: nothing read.
 */
function periodParts(cell: string, text: string, clauses: Clause[], out: Relation[]): void {
  for (let k = 0; k + 2 < clauses.length; k++) {
    const whole = clauses[k];
    if (!/其中/.test(text.slice(whole.end, clauses[k + 1].at))) continue;
    const parts: Clause[] = [];
    for (let j = k + 1; j < clauses.length && clauses[j].years[0] === whole.years[0] && clauses[j].years[1] === whole.years[1]; j++) parts.push(clauses[j]);
    if (parts.length < 2) continue;
    const unit = whole.terms[0].unit;
    if (parts.some((p) => p.terms[0].unit !== unit || p.terms[1].unit !== unit)) continue;
    const holds = [0, 1].map((y) => {
      const sum = parts.reduce((a, p) => a + yuanOf(p.terms[y]), 0);
      const slack = parts.reduce((a, p) => a + halfUnit(p.terms[y]), halfUnit(whole.terms[y]));
      return Math.abs(sum - yuanOf(whole.terms[y])) <= slack + 1e-6;
    });
    if (!holds[0] && !holds[1]) continue;
    // (the year that adds up is the evidence; where the other does not, only its sum is stated — a prose cell's terms share
    // one cell, and a holding sum over that cell would be taken for its twin breakdown, total-mismatch.ts)
    for (const y of holds[0] && holds[1] ? [0, 1] : [holds[0] ? 1 : 0]) {
      out.push({
        kind: "sum",
        id: `sum:inline-change:${cell}:periods:${whole.years[y]}:${k}`,
        measure: "amount",
        block: "labelled-funds",
        orientation: "columns",
        label: whole.terms[y].label,
        total: whole.terms[y],
        parts: parts.map((p) => p.terms[y]),
        bound: "equal",
      } as SumRelation);
    }
    k += parts.length;
  }
}

export function inlineChanges(grid: Grid): Relation[] {
  const out: Relation[] = [];
  const periods = grid.hasText(ANY_PERIODS);
  if (!grid.hasText(ANY_INLINE) && !periods) return out;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      if (!grid.ownsCell(r, c)) continue;
      const compact = grid.compactText(r, c);
      if (c > 1 && grid.compactText(r, c - 1) === compact) continue;
      const inline = ANY_INLINE.test(compact);
      if (!inline && !(periods && ANY_PERIODS.test(compact))) continue;
      const text = proseDigits(grid.text(r, c));
      if (text === null) continue;
      if (periods) periodChangesOf(grid, r, c, text, out);
      if (!inline) continue;
      changesOf(grid, text, () => ({ r, c }), grid.addr(r, c), out);
    }
  }
  if (grid.hasText(LINE_CHANGE)) for (const p of brokenParagraphs(grid)) changesOf(grid, p.text, p.at, `${grid.addr(p.rows[0], p.col)}:lines`, out, true);
  return out;
}

/**
 * (scan58) A change with no subject of its own opening the sentence after an amount (INLINE's reading across the stop) where
 * that amount closes a list of parts — its sentence opens with 其中 or names amounts before it: '“三公”經費預算為3328萬元。其中,
 * 因公出國(境)費50萬元,公務接待費478萬元,公務用車購置及運行費2800萬元。同口徑比2018年減少830萬元,下降20%' — is the whole's change
 * (830 / (3328 + 830) = 20%, the parts' changes 9 + 38 + 334 + 449 = 830 after it), not the last part's: not read. A sentence of
 * one amount — '收入:792.22万元。同比上年度增加189.25万元' — is read as before.
 */
const LIST_AMOUNT = /\d(?:亿元|万元|元)/;
function listClosed(text: string, at: number, match: string): boolean {
  if (match.indexOf("。") < 0) return false;
  const from = Math.max(text.lastIndexOf("。", at - 1), text.lastIndexOf(";", at - 1)) + 1;
  const sentence = text.slice(from, at);
  return sentence.indexOf("其中") >= 0 || LIST_AMOUNT.test(sentence);
}

/** the cell (row, column) of an index of the text read */
export type At = (offset: number) => { r: number; c: number };

/** The inline changes of one text (proseDigits'): INLINE's and COMPARED's clauses, each term at the cell `at` gives. */
function changesOf(grid: Grid, text: string, at: At, key: string, out: Relation[], across = false): void {
  let n = 0;
  // (prec61: one rate of the same figures at one cell once — '比2017年决算数减少0.4万元,减少0.8%,比2017年预算数减少0.4万元,减少0.8%'
  // states 0.4 / 3 twice, the budget and last year's 决算 being the same 3)
  const said = new Set<string>();
  const matches: RegExpExecArray[] = [];
  const rateFirst = new Set<RegExpExecArray>();
  for (const re of [INLINE, COMPARED, CHAINED, RATE_FIRST]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === RATE_FIRST) {
        if (!m[4]) continue;
        rateFirst.add(m);
      }
      // (COMPARED: the change's words name the amount's subject; its groups are INLINE's, no earlier amount)
      if (re === COMPARED) {
        if (!sameSubject(m[4], LEAD.exec(text.slice(0, m.index))?.[0] ?? "")) continue;
        m[4] = "";
        m[5] = "";
      }
      matches.push(m);
    }
  }
  matches.sort((a, b) => a.index - b.index);
  for (const m of matches) {
    // (the tail of a longer number is no amount: '1.5万元' read from its '5万元'; rel58: nor of a figure of two units, '1亿2000万元')
    if (m.index > 0 && /[\d.亿]/.test(text[m.index - 1])) continue;
    // (prec61: the amount compared is no change of an earlier comparison, AFTER_CHANGE_VERB — CHAINED reads that comparison
    // as the first amount's)
    if (AFTER_CHANGE_VERB.test(text.slice(0, m.index))) continue;
    // (同比 alone only after a share: right after the amount it is prose-growth.ts's)
    if (m[3] === undefined && m[0].indexOf("%") < 0) continue;
    // (scan58: a change opening the sentence after a list of parts is of no part of it, listClosed)
    if (listClosed(text, m.index, m[0])) continue;
    // (rel59: a list's number's tail out, '2.公务接待费…' read from '.公务接待费', as periodChangesOf's)
    const name = (LEAD.exec(text.slice(0, m.index))?.[0] ?? "").replace(/^[、.]+/, "").replace(/^(?:其中|一是|二是|三是)/, "") || "金额";
    const up = /增|上升/.test(m[6]);
    const changeAt = m.index + m[0].length - (m[7] + m[8]).length;
    const earlierAt = m[4] ? m.index + m[0].lastIndexOf(m[4] + m[5], m[0].length - (m[7] + m[8]).length - 1) : m.index;
    const term = (offset: number, t: string, digits: string, label: string, unit: string) => {
      const { r, c } = at(offset);
      // (亿 in 万元, as proseQuantities reads it; its rounding from its text, halfUnit)
      if (unit[0] !== "亿") return lineTerm(grid, r, c, t, digits, label, unit as AmountUnit);
      const x = lineTerm(grid, r, c, t, digits, label, "万元");
      return { ...x, value: Math.round(x.value * 1e4 * 1e6) / 1e6, decimals: Math.max(0, (x.decimals ?? 0) - 4) };
    };
    const current = term(m.index, m[1] + m[2], m[1], name, m[2]);
    const change = term(changeAt, m[7] + m[8], m[7], `${name}${m[6]}`, m[8]);
    const earlier = m[4] ? term(earlierAt, m[4] + m[5], m[4], `上年${name}`, m[5]) : null;
    // (rel58: a part of a list, '…17.56亿元、中央计划型补助款32.91亿元,占歲入总额16.58%,较上年度…': the share and the change
    // may be the list's whole's)
    if (/、|包括|其中/.test(name) && m[0].indexOf("%") >= 0) continue;
    // (rel59: against 年初 / the budget, only an amount done — '支出…', '…决算…' —: a budget against a budget ('调整后预算100万元,
    // 较年初预算增加20万元,增长20%') is an adjustment, whose rate publishers take over either amount)
    if ((m[3] === "年初" || /预算/.test(m[3] ?? "")) && (!DONE_WORD.test(name) || /预算|调整|计划/.test(name))) continue;
    const inside = rateFirst.has(m) ? RATE_INSIDE.exec(m[0].slice(m[0].lastIndexOf(m[4] + m[5]) + (m[4] + m[5]).length)) : null;
    if (inside && /增|升/.test(inside[0]) !== up) continue;
    const rate = inside ?? RATE_AFTER.exec(text.slice(m.index + m[0].length));
    const rateAt = inside ? m.index + m[0].lastIndexOf(m[4] + m[5]) + (m[4] + m[5]).length + inside.index + inside[0].length - 2 : rate ? m.index + m[0].length + rate[0].length - 1 : -1;
    // (lines joined across rows: only what the rows' own reading cannot give, a clause running over two rows or more)
    const rows = new Set([current.row, change.row, ...(earlier ? [earlier.row] : []), ...(rate ? [at(rateAt).r] : [])]);
    if (across && rows.size < 2) continue;
    const id = `${key}:${n++}`;
    // (rel57: a change whose unit is 10^4 off its two amounts' — '259万元,比上年同期139万元增支120元' — is a slip of its unit,
    // unit-mismatch's (change-unit-slips.ts), no difference of another number)
    if (earlier && !changeUnitSlip(m[1], m[4], m[2], m[7], m[8]) && !(up ? onlyRoundingApart(current, earlier, change) : onlyRoundingApart(earlier, current, change))) out.push(changeRelation(`difference:inline-change:${id}`, name, up, change, current, earlier));
    if (!rate) continue;
    // the earlier amount: stated, or the amount less its increase (plus its decrease)
    const cur = yuanOf(current);
    const delta = yuanOf(change);
    const before = earlier ? yuanOf(earlier) : up ? cur - delta : cur + delta;
    if (!(before > 0)) continue;
    if (earlier && earlier.unit !== change.unit) continue;
    const hDelta = halfUnit(change);
    const hBefore = earlier ? halfUnit(earlier) : halfUnit(current) + hDelta;
    if (!rateCheckable(rate[1], delta, hDelta, before, hBefore)) continue;
    const { r, c } = at(rateAt);
    const cell = grid.addr(r, c);
    const numerator = earlier ? rateNumerator(rate[1], change, current, earlier) : change;
    // (rel59: rounded off the float's tail, '2.14 − 1.14' is 1, not 1.0000000000000002, in the message)
    const denominator: RelationTerm = earlier ?? { cell: change.cell, row: change.row, col: change.col, value: Math.round((before / (change.unit === "万元" ? 10000 : 1)) * 1e8) / 1e8, text: `${m[1]}${up ? "−" : "+"}${m[7]}`, decimals: null, percent: false, label: `上年${name}`, unit: change.unit };
    const same = `${cell}|${rate[1]}|${numerator.value}|${denominator.value}`;
    if (said.has(same)) continue;
    said.add(same);
    out.push(statedRateRelation(`ratio:inline-change:${id}`, cell, r, c, `${name}${up ? "增长率" : "下降率"}`, rate[1], numerator, denominator));
  }
}

/**
 * (prose52) **A paragraph broken into lines, one a row** (a PDF's text pasted or stored line by line: '1.一般公共预算财政拨款收入
 * 382.17万元,为市本级财政' / '当年拨付的资金。较2020年度决算数减少157.86万元,下降' / '29.2%,主要原因:…'): rows of one column
 * whose only text is that cell, each but the paragraph's last ending with no stop (。; ! ? :), at least MIN_LINE characters
 * long (a PDF's lines are of one width), joined into one text whose indices are mapped back to their rows. A change is read
 * there only where its clause runs over two rows or more (a row's own clauses are its own reading's).
 */
const MIN_LINE = 12;
const LINE_END = /[。;!?:]$/;
/** a change's words in a line (the sheet's gate) */
// (rel58: or 同比 after a share, '…占基本支出预算%,同比增加')
const LINE_CHANGE = /(?:较|比)(?:上年|去年|上一年|(?:19|20)\d{2}年)|%[,，]同比/;
export function brokenParagraphs(grid: Grid): { col: number; rows: number[]; text: string; at: At }[] {
  const out: { col: number; rows: number[]; text: string; at: At }[] = [];
  let cur: { col: number; rows: number[]; pieces: string[] } | null = null;
  const close = () => {
    if (cur && cur.rows.length > 1) {
      const text = cur.pieces.join("");
      const ends: number[] = [];
      let e = 0;
      for (const p of cur.pieces) ends.push((e += p.length));
      const rows = cur.rows;
      const col = cur.col;
      out.push({ col, rows, text, at: (o) => ({ r: rows[Math.min(rows.length - 1, ends.findIndex((x) => o < x))] ?? rows[rows.length - 1], c: col }) });
    }
    cur = null;
  };
  for (let r = 1; r <= grid.rowCount; r++) {
    let col = 0;
    let n = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || !grid.compactText(r, c)) continue;
      n++;
      col = c;
    }
    const raw = n === 1 ? grid.text(r, col) : "";
    const piece = raw ? proseDigits(raw) : null;
    if (!piece || piece.length < MIN_LINE || (cur && cur.col !== col)) {
      close();
      if (!piece || piece.length < MIN_LINE) continue;
    }
    if (!cur) cur = { col, rows: [], pieces: [] };
    cur.rows.push(r);
    cur.pieces.push(piece);
    if (LINE_END.test(piece)) close();
  }
  close();
  return out;
}
