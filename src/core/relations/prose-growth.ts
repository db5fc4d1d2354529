import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { proseQuantities, proseText } from "../recognise/prose-rates";
import type { ProseQuantity } from "../recognise/prose-rates";
import { AFTER_CHANGE_VERB, rateCheckable, statedRateRelation } from "./inline-changes";
import { mayHoldSentence, sentenceCells } from "../recognise/sentence-cells";

/*
 * (relr56, session 56) **A growth rate stated in prose against the year before**, of any quantity — money in 元 / 万元 / 亿元
 * or a count (人次, 个, 项 … with 万 / 亿) — the general reader of the class inline-changes.ts began for amounts in 万元 / 元:
 *
 *   A. the quantity, its change, the rate:  '9126.14万人次,比上年增加692.87万人次,增幅达7.6%'  (692.87 / (9126.14 − 692.87))
 *      '累计完成投资313.64亿元,较去年同期增长153.34亿元,同比增长95.66%'; '收入合计435.82万元,较上年决算数减65.62万元,下降13.1%'
 *   B. the quantity, last year's printed, the rate:  '总支出完成223326万元,比上年同期196978万元增长13.38%'  (X / Y − 1)
 *   C. the two years' quantities, each named by its period, then the rate:  '上年同期接待游客120万人次,今年接待150万人次,同比
 *      增长25%'; '2015年支出12.5万元,2016年支出15万元,增长20%'
 *   D. from last year's quantity to this year's:  '由上年的120万人次增加到150万人次,增长25%'; '从2015年的12.5万元增至15.5万元,
 *      增加3万元,增幅24%'
 *
 * Read: the comparison follows the quantity at once (a comma at most): 比 / 较 / 与 / 同比 and the earlier period (上年 / 上年度 /
 * 上年同期 / 去年 / 上一年度 / 上月 / 上季度 / a year), or 同比 / 环比 / 比同期 alone, with its words (的 / 同期 / 决算数 / 预算数 / 实际 …); (A) a change's verb
 * (增加 / 增长 / 上升 / 提高 / 多 or 减少 / 下降 / 降低 / 少, a bare 增 / 减) and the change, a quantity of the same kind; or (B) last
 * year's quantity of the same kind. Then the rate right after (a comma or '、' and 同比 at most between): 增幅 / 增速 / 增长 /
 * 增长率 / 上涨 / 下降 / 降幅 / 下滑 / 回落 … (了 / 为 / 达 / 达到 / 约) R%, its direction the change's. (C) two quantities of one
 * kind one clause apart, each clause's words naming a period (上年 / 去年 / 上年同期 / a year against 今年 / 本年 / 当年 / 本期 /
 * a later year; a first clause naming none before one naming last year's is this period's), then the rate.
 * The rate is the change over the earlier quantity (A: the quantity less its increase, or plus its decrease), checked where
 * the printed figures' rounding (half a unit of each one's last digit, 万 / 亿 included) cannot alone explain a gap
 * (inline-changes.ts rateCheckable): agreeing or outside what they can give.
 * Not read: a rate in 个百分点 (a change of a rate, not a growth), a rate of another subject (any word but 同比 between the
 * change and the rate: '人均增长', '其中…增长'), a second rate after the first ('同比增长…,环比增长…'), a comparison with a
 * plan (比预算 / 较年初), a quantity of another kind (人次 against 万元, 个 against 项), a direction the figures contradict (增长
 * with last year's figure the larger), a quantity written across a break. A clause inline-changes.ts reads as well (万元 / 元
 * with its change) states the same relation: relations/index.ts keeps one (the first at its cell and rate).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** the earlier period a comparison names (a year: group 1) */
const EARLIER = "(?:上年同期|上年度|上年|去年同期|去年|上一年度?|上月|上季度|上一季度|上期|((?:19|20)\\d{2})年度?)";
/** the comparison right after a quantity, with the earlier period's words (no digit, no stop) */
const COMPARE = new RegExp(
  `^,?(?:(?:同口径|同)?(?:比|较|较之|同比)${EARLIER}(?:同期)?|(?:与|同)${EARLIER}(?:同期)?(?:相比|比较),?|同比|环比|(?:比|较)同期)(?:的)?(?:累计)?(?:决算数?|预算数?|实际支出|实际完成|实际|支出|执行数?|完成数?|数)?`,
);
/** a change's verb (group 1), right before the change */
const VERB = /^(?:相比|比较)?,?(增加|增长|上升|提高|多|减少|下降|降低|少|增|减)了?(?:约)?$/;
/** the rate after a change: a comma or '、' and 同比 at most between; its word (group 1) and figure (group 2) */
const RATE = /^(?:[,、]|,同比|、同比)?(?:同比)?(增幅|涨幅|增速|增长率|增长|增加|上升|上涨|提高|降幅|减幅|下降率|下降|减少|降低|下滑|回落)(?:了|为|是|达到|达|约为|约)?(\d+(?:\.\d+)?)%/;
/** the rate right after last year's quantity (B, C): its words, its word (group 1), its figure (group 2) */
const RATE_AFTER_EARLIER = /^(?:相比|比较)?,?(?:同比|比上年|较上年|比去年|较去年)?(增幅|涨幅|增速|增长率|增长|增加|上升|上涨|提高|降幅|减幅|下降率|下降|减少|降低|下滑|回落)(?:了|为|是|达到|达|约为|约)?(\d+(?:\.\d+)?)%/;
const UP = /增|涨|上升|提高|多/;
/** D: 由 / 从 and last year's words (a year, 上年的 …: no other digit, no stop) right before the first quantity */
const FROM = /(?:由|从)(?:(?:19|20)\d{2}年度?|[^\d,;。:%]){0,12}$/;
/** D: the verb and 至 / 到 between the two quantities, a year's words after it at most */
const TO = /^(?:[^\d,;。%]{0,6}?)(?:逐年|逐步|稳步|大幅)?(上升|增长|增加|提高|下降|减少|降低|增|减|升|降)(?:至|到|为)(?:(?:19|20)\d{2}年度?的?|[^\d,;。:%]){0,8}$/;
/** D: the change's verb between this year's quantity and the change */
const CHANGE_BETWEEN = /^,(?:大幅|共|累计)?(?:增加|增长|减少|下降|降低|上升|提高)了?$/;
/** periods naming a clause in shape C: the earlier (group 1 a year) and the current (group 2 a year) */
const EARLIER_WORD = /上年同期|上年度?|去年(?:同期)?|上一年度?|((?:19|20)\d{2})年/;
const CURRENT_WORD = /今年|本年度?|当年|本期|((?:19|20)\d{2})年/;
/** a word of a clause naming its period: a character, a year, or months ('1-5月', '1至9月份') */
const PERIOD_TOKEN = "(?:(?:19|20)\\d{2}|\\d{1,2}(?:[-~至]\\d{1,2})?月份?|[^\\d,;。:%])";
/** the words between the two quantities of shape C: a comma or semicolon, then up to 24 of them */
const BETWEEN_PERIODS = new RegExp(`^[,;](${PERIOD_TOKEN}{1,24})$`);
/** a clause's words before its quantity (shape C): since the last stop or comma */
const LEAD_WORDS = new RegExp(`(?:^|[,;。:])(${PERIOD_TOKEN}{1,24})$`);
/** (prec61) the words between an amount and the change of its comparison, a plan's or a year's ('比年初预算数减少', ',较2014年度预算减少') */
const PRIOR_COMPARISON = /^,?(?:同口径|同)?(?:比|较|与)(?:(?:19|20)\d{2}年度?)?[^,;。\d%]{1,16}$/;
/** (prec61) an earlier comparison's rate right after its change, then a comma or a stop */
const PRIOR_RATE = /^,?(?:增长|增加|上升|减少|下降|降低|增幅|降幅)(?:了|为|达)?\d+(?:\.\d+)?%[,。]/;
/** a figure right after the rate: the rate is the head of a longer figure or a range ('10%-20%', '10%~20%') */
const AFTER_RATE = /^(?:[-~～至到]|个百分点)/;

/** the shortest text read (sentence-cells.ts) */
const MIN_TEXT = 12;
/** ANY_GROWTH: a sheet none of whose texts holds a growth word with a rate in % right after has none to read */
const ANY_GROWTH = /(?:增幅|涨幅|增速|增长率?|增加|上升|上涨|提高|降幅|减幅|下降率?|减少|降低|下滑|回落)(?:了|为|是|达到|达|约为|约)?\d+(?:\.\d+)?%/;

/** one growth rate read in a text: the quantities as printed and the figures checked */
export interface GrowthReading {
  shape: "A" | "B" | "C" | "D";
  /** this period's quantity, the change (A) or last year's (B, C) */
  current: ProseQuantity;
  other: ProseQuantity;
  up: boolean;
  /** the rate as printed and where it ends in the text */
  digits: string;
  rateEnd: number;
  /** the change and last year's figure (in 元 for money), and half a unit of each as printed */
  delta: number;
  hDelta: number;
  before: number;
  hBefore: number;
}

/** a quantity's value in one scale per kind: 元 for money, the count itself for a count */
const base = (q: ProseQuantity) => (q.kind === "money" && q.unit === "万元" ? q.value * 1e4 : q.value);

/** half a unit of a quantity's last printed digit, in base()'s scale ('692.87万人次' → 50, '313.64亿元' → 5e5 元) */
export function halfOfQuantity(q: ProseQuantity): number {
  const m = /(\d+)(?:\.(\d+))?([亿万]?)[^\d]*$/.exec(q.text);
  const scale = m?.[3] === "亿" ? 1e8 : m?.[3] === "万" ? 1e4 : 1;
  return 0.5 * Math.pow(10, -(m?.[2]?.length ?? 0)) * scale;
}

/** whether two quantities are of one kind (money, or the same count's unit) */
const sameKind = (a: ProseQuantity, b: ProseQuantity) => a.kind === b.kind;

/** the rate after `at` in `text`, by `re`, unless it heads a range or is in points */
function rateAt(text: string, at: number, re: RegExp): { word: string; digits: string; end: number } | null {
  const m = re.exec(text.slice(at));
  if (!m) return null;
  const end = at + m[0].length;
  if (AFTER_RATE.test(text.slice(end))) return null;
  return { word: m[1], digits: m[2], end };
}

/** A quantity followed by 百分点 is no quantity ('增加2.3个百分点'). */
const inPoints = (text: string, q: ProseQuantity) => /^百分点/.test(text.slice(q.end));

/** The growth rates of one prose text (proseText's), in their order (see the module's note). */
export function growthsOf(text: string): GrowthReading[] {
  const qs = proseQuantities(text);
  const out: GrowthReading[] = [];
  const used = new Set<number>();
  for (let i = 0; i + 1 < qs.length; i++) {
    const x = qs[i];
    const next = qs[i + 1];
    if (inPoints(text, x) || inPoints(text, next) || !sameKind(x, next)) continue;
    // (prec61: a change of an earlier comparison is no quantity compared — '…1452.76万元,比年初预算数减少457.34万元,比上年增加
    // 268.26万元,增长22.65%': the rate is the amount's, 268.26 / (1452.76 − 268.26), not 268.26 over 457.34 − 268.26. The next
    // comparison is of the amount that change is of, the quantity right before it with only its comparison between)
    let cur = x;
    if (AFTER_CHANGE_VERB.test(text.slice(0, x.at))) {
      const prev = qs[i - 1];
      if (!prev || !sameKind(prev, x) || inPoints(text, prev) || AFTER_CHANGE_VERB.test(text.slice(0, prev.at)) || !PRIOR_COMPARISON.test(text.slice(prev.end, x.at))) continue;
      cur = prev;
    }
    const hx = halfOfQuantity(cur);
    const hn = halfOfQuantity(next);
    // (prec61: after a change of an earlier comparison, that comparison's rate and a stop at most before the next: '…比年初预算数
    // 减少44793万元,下降16.71%,比上年同期196978万元,增长13.38%')
    const from = cur === x ? x.end : x.end + (PRIOR_RATE.exec(text.slice(x.end, next.at))?.[0].length ?? 0);
    const cmp = COMPARE.exec(text.slice(from, next.at));
    let reading: GrowthReading | null = null;
    if (cmp) {
      const rest = text.slice(from + cmp[0].length, next.at);
      if (rest === "") {
        // B: last year's quantity right after the comparison, then the rate
        const r = rateAt(text, next.end, RATE_AFTER_EARLIER);
        const up = r ? UP.test(r.word) : false;
        if (r && (up ? base(cur) > base(next) : base(cur) < base(next)))
          reading = { shape: "B", current: cur, other: next, up, digits: r.digits, rateEnd: r.end, delta: Math.abs(base(cur) - base(next)), hDelta: hx + hn, before: base(next), hBefore: hn };
      } else {
        // A: the change's verb, the change, then the rate
        const v = VERB.exec(rest);
        const r = v ? rateAt(text, next.end, RATE) : null;
        if (v && r) {
          const up = UP.test(v[1]);
          const before = up ? base(cur) - base(next) : base(cur) + base(next);
          if (UP.test(r.word) === up && before > 0) reading = { shape: "A", current: cur, other: next, up, digits: r.digits, rateEnd: r.end, delta: base(next), hDelta: hn, before, hBefore: hx + hn };
        }
      }
    } else if (cur === x) {
      reading = fromTo(text, qs, i, hx, hn) ?? periodPair(text, x, next, hx, hn);
    }
    if (!reading || used.has(reading.rateEnd)) continue;
    used.add(reading.rateEnd);
    out.push(reading);
  }
  return out;
}

/**
 * D: from last year's quantity to this year's: '由上年的120万人次增加到150万人次,增长25%', '从2015年的12.5万元增至15.5万元,
 * 增加3万元,增幅24%' — the change, if stated, between them and the rate (its verb's direction, its figure not read: the rate is
 * checked against the two figures as printed)
 */
function fromTo(text: string, qs: ProseQuantity[], i: number, ha: number, hb: number): GrowthReading | null {
  const a = qs[i];
  const b = qs[i + 1];
  if (!FROM.test(text.slice(Math.max(0, a.at - 16), a.at))) return null;
  const v = TO.exec(text.slice(a.end, b.at));
  if (!v) return null;
  const up = UP.test(v[1]);
  if (up ? base(b) <= base(a) : base(b) >= base(a)) return null;
  // (the change stated after: ',增加3万元' — passed over, a quantity of the same kind)
  let at = b.end;
  const c = qs[i + 2];
  if (c && sameKind(c, b) && CHANGE_BETWEEN.test(text.slice(b.end, c.at)) && !inPoints(text, c)) at = c.end;
  const r = rateAt(text, at, RATE);
  if (!r || UP.test(r.word) !== up) return null;
  return { shape: "D", current: b, other: a, up, digits: r.digits, rateEnd: r.end, delta: Math.abs(base(b) - base(a)), hDelta: ha + hb, before: base(a), hBefore: ha };
}

/** C: two quantities of one kind in two clauses each named by a period, one earlier, one current, then the rate */
function periodPair(text: string, a: ProseQuantity, b: ProseQuantity, ha: number, hb: number): GrowthReading | null {
  const between = text.slice(a.end, b.at);
  if (!BETWEEN_PERIODS.test(between)) return null;
  const lead = LEAD_WORDS.exec(text.slice(0, a.at));
  if (!lead) return null;
  const pb = periodOf(between.slice(1));
  // (a first clause naming no period before one naming last year's: this period's — '收入120万元,上年同期100万元,同比增长20%')
  const pa = periodOf(lead[1]) ?? (pb && pb.rank === 0 && !/\d/.test(lead[1]) ? { rank: 1e4 } : null);
  if (!pa || !pb || pa.rank === pb.rank) return null;
  const [cur, ear, hc, he] = pa.rank > pb.rank ? [a, b, ha, hb] : [b, a, hb, ha];
  const r = rateAt(text, b.end, RATE_AFTER_EARLIER);
  if (!r) return null;
  const up = UP.test(r.word);
  if (up ? base(cur) <= base(ear) : base(cur) >= base(ear)) return null;
  return { shape: "C", current: cur, other: ear, up, digits: r.digits, rateEnd: r.end, delta: Math.abs(base(cur) - base(ear)), hDelta: hc + he, before: base(ear), hBefore: he };
}

/** a clause's period: a year (its rank the year), or an earlier (0) or current (1e4) word; none where it names both or neither */
function periodOf(words: string): { rank: number } | null {
  const years = words.match(/(?:19|20)\d{2}(?=年)/g);
  if (years && years.length > 1) return null;
  if (years) return EARLIER_WORD.test(words.replace(/(?:19|20)\d{2}年/, "")) || CURRENT_WORD.test(words.replace(/(?:19|20)\d{2}年/, "")) ? null : { rank: Number(years[0]) };
  const e = EARLIER_WORD.test(words);
  const c = CURRENT_WORD.test(words);
  return e === c ? null : { rank: e ? 0 : 1e4 };
}

/** The term of a quantity at a cell, in base()'s scale (money in 元). */
function quantityTerm(grid: Grid, r: number, c: number, q: ProseQuantity, label: string): RelationTerm {
  return { cell: grid.addr(r, c), row: r, col: c, text: q.text, value: base(q), decimals: null, percent: false, label, ...(q.kind === "money" ? { unit: "元" as const } : {}) };
}

/** The growth rates stated in the sheet's prose cells that can be checked (see the module's note). */
export function proseGrowths(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_GROWTH)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_GROWTH)) {
    const cell = grid.addr(r, c);
    let n = 0;
    for (const g of growthsOf(proseText(grid.text(r, c)))) {
      if (!rateCheckable(g.digits, g.delta, g.hDelta, g.before, g.hBefore)) continue;
      const name = g.up ? "增长率" : "下降率";
      const current = quantityTerm(grid, r, c, g.current, "本期");
      const other = quantityTerm(grid, r, c, g.other, g.shape === "A" ? (g.up ? "增加" : "减少") : "上期");
      const numerator: RelationTerm = g.shape === "A" ? other : { ...current, value: g.delta, text: g.up ? `${g.current.text}−${g.other.text}` : `${g.other.text}−${g.current.text}`, label: g.up ? "增加" : "减少" };
      const denominator: RelationTerm = g.shape === "A" ? { ...current, value: g.before, text: `${g.current.text}${g.up ? "−" : "+"}${g.other.text}`, label: "上期" } : other;
      out.push(statedRateRelation(`ratio:prose-growth:${cell}:${n++}`, cell, r, c, name, g.digits, numerator, denominator));
    }
  }
  return out;
}
