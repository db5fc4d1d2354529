import type { Grid } from "../grid/grid";
import type { AmountUnit, RatioRelation, RelationTerm } from "../model/types";
import { lineTerm } from "../recognise/budget";
import { proseDigits } from "../recognise/prose-rates";
import { sentenceCells } from "../recognise/sentence-cells";
import { halfUnit, rateCheckable, statedRateRelation } from "./inline-changes";
import { yuanOf } from "./tolerance";

/*
 * (rel60a, session 60) **Paired changes with paired rates**: wholes named together, their changes against the year before
 * listed in one clause under 各 / 分别 / 均, and their rates in the next — a 决算 report's '收入总计与支出总计' sentence:
 *   '2024年度收入总计7562.45万元,支出总计6632.48万元,与2023年度相比,收入、支出总计各增加1412.7万元、2062.79万元,增长15.74%、
 *    23.72%'                                       (1412.7 / (7562.45 − 1412.7) = 22.97%, 2062.79 / (6632.48 − 2062.79) = 45.14%)
 *   '2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.28%'
 *                                                  (1267.86 / (4125.49 + 1267.86) = 23.51%, 2570.97 / 6714.88 = 38.29%)
 * The k-th change and the k-th rate belong to the k-th whole: the rate is the change over the earlier amount, the whole less
 * its increase (plus its decrease), checked as inline-changes.ts checks one amount's ('公务接待费242万元,较上年减少12万元,
 * 下降4.7%': rateCheckable — agreeing at the printed precision, half-up or truncated, or outside what the printed figures'
 * rounding can give). As there, a rate printed over this year's amount (2062.79 / 6632.48 = 31.10%) is a slip, no other base.
 *
 * Read, in a cell's text (proseDigits'):
 * - the changes: 各 / 分别 / 均 (or that marker before the comparison: '…,分别比上年增加…'), a verb (增加 / 增长 / 上升 or 减少 / 下降 / 降低), then figures in 万元 / 元 joined by '、' ','
 *   和 及, the unit after each or after the last only ('1267.86,2570.97万元'); one change under 各 / 均 where the wholes are one
 *   amount printed for each ('收入总计239.6万元,支出总计239.6万元,…收、支总计各增加15.7万元,增长7.01%': read once);
 * - the rates right after (a comma, 同比, 各 / 分别 at most between): a rate's word of the verb's direction (增长 / 增幅 / 下降 …,
 *   分别 / 为 after it) and as many percentages as changes ('15.74%、23.72%', '9.4%和9.3%');
 * - the comparison right before the changes: 与 / 同 and the earlier period with 相比 / 比较, or 比 / 较 / 同比 and it, the
 *   wholes' names on either side at most ('收入、支出总计', no figure); where those names are a list ('收、支总计'), as many
 *   names as changes;
 * - the wholes: the money figures of the sentence before the comparison (back to its '。' or ';'; the sentence before where
 *   the comparison opens its own), two at least, as many as the changes, nothing numeric there but them and years ('2024年度').
 * Not read (counter-shapes): wholes, changes and rates of different counts ('三项…各增加a、b万元'); a figure other than the
 * wholes in their sentence (a share, a count); directions that disagree (增加 … 下降); amounts in 亿 (inline-changes.ts's
 * reading of them); one change under 各 for wholes of different amounts, or under 分别; one whole ('收、支总计17891.75万元。…
 * 各增加588.09万元': inline-changes.ts reads it).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

const FIG = "\\d+(?:\\.\\d+)?";
const UNIT = "(?:万元|元)";
const JOIN = "(?:、|,|和|及)";
/** the changes: group 1 the marker, group 2 the verb, group 3 the list of figures */
const CHANGES = new RegExp(`(各|分别|均)?(增加|增长|上升|减少|下降|降低)了?((?:${FIG}${UNIT}?${JOIN})*${FIG}${UNIT})`, "g");
/** the sheet's gate: a change listed under 各 / 分别 / 均, the marker before the verb or before the comparison */
const ANY_PAIRED = /(?:各|分别|均)(?:增加|增长|上升|减少|下降|降低)了?\d|(?:各|分别|均)(?:比|较)(?:上年|去年|上一年|(?:19|20)\d{2}年)/;
/** the marker before the comparison ('…,分别比上年增加…') */
const MARKER_BEFORE = /(?:各|分别|均)$/;
/** the rates right after the changes: group 1 the word, group 2 the list of percentages */
const RATES = new RegExp(
  `^,?(?:同比)?(?:各|分别|均)?(增长率|增幅|增速|增长|增加|上升|提高|下降率|降幅|减幅|下降|减少|降低)(?:分别|各)?(?:了|为|是|达|达到)?((?:${FIG}%${JOIN})*${FIG}%)`,
);
const EARLIER = "(?:上年同期|上年度|上年|去年同期|去年|上一年度?|(?:19|20)\\d{2}年度?)";
/** the words between the last whole and the changes: its stop, the names, the comparison, the names (groups 1 and 2) */
const COMPARISON = new RegExp(`^[,。;]?([^\\d,;。%:]{0,16}?),?(?:(?:与|同)${EARLIER}(?:同期)?(?:相比|比较)|(?:比|较|同比)${EARLIER}?(?:同期)?),?([^\\d,;。%:]{0,16})$`);
/** a money figure of the wholes' sentence, its unit after it or after the list it ends */
const MONEY_FIGURE = new RegExp(`(${FIG})(${UNIT})?(?=${JOIN}${FIG})|(${FIG})(${UNIT})`, "g");
/** a year: the only other figure the wholes' sentence may hold */
const YEAR_FIGURE = /(?:19|20)\d{2}(?=年)/g;
/** a figure's last digit and its unit: the last whole ends at the last one before the comparison */
const LAST_MONEY = /\d(?:万元|元)/g;
const UP = /增|上升|提高/;
const MIN_TEXT = 20;

/** a figure as printed, with its unit (the list's last where it has none of its own) */
interface Figure {
  digits: string;
  unit: AmountUnit;
}

/** The figures of a list ('1412.7万元、2062.79万元', '1267.86,2570.97万元'), each with its unit. */
function listFigures(list: string): Figure[] {
  const out: Figure[] = [];
  const re = new RegExp(`(${FIG})(${UNIT})?`, "g");
  for (let m = re.exec(list); m; m = re.exec(list)) out.push({ digits: m[1], unit: (m[2] ?? "") as AmountUnit });
  for (let i = out.length - 2; i >= 0; i--) if (!out[i].unit) out[i].unit = out[i + 1].unit;
  return out;
}

/** The money figures of the wholes' sentence `s`, or null where it holds any other figure but a year. */
function wholeFigures(s: string): Figure[] | null {
  const out: Figure[] = [];
  let rest = s.replace(YEAR_FIGURE, (y) => "#".repeat(y.length));
  MONEY_FIGURE.lastIndex = 0;
  for (let m = MONEY_FIGURE.exec(s); m; m = MONEY_FIGURE.exec(s)) {
    if (m.index > 0 && /[\d.]/.test(s[m.index - 1])) continue;
    out.push({ digits: m[1] ?? m[3], unit: (m[2] ?? m[4] ?? "") as AmountUnit });
    rest = rest.slice(0, m.index) + "#".repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  if (/\d/.test(rest)) return null;
  for (let i = out.length - 2; i >= 0; i--) if (!out[i].unit) out[i].unit = out[i + 1].unit;
  return out;
}

/** a figure's value in 元 */
const yuan = (f: Figure) => Number(f.digits) * (f.unit === "万元" ? 1e4 : 1);

/** the names a list of names gives ('收入、支出总计' → 收入总计, 支出总计), or null where the words are no list */
function namesOf(words: string, n: number): string[] | null {
  const parts = words.replace(/(?:各|分别|均)$/, "").split(/、|和|及|与/);
  if (parts.length < 2) return null;
  const tail = /(?:总计|合计|总额|总数)$/.exec(parts[parts.length - 1]);
  return parts.length === n ? parts.map((p, i) => (tail && i < n - 1 ? p + tail[0] : p)) : [];
}

/** The paired rates of one text (proseDigits'), as ratio relations at the cell (r, c): see the module's note. */
export function pairedChangesOf(grid: Grid, r: number, c: number, text: string): RatioRelation[] {
  const out: RatioRelation[] = [];
  const cell = grid.addr(r, c);
  CHANGES.lastIndex = 0;
  for (let m = CHANGES.exec(text); m; m = CHANGES.exec(text)) {
    const changes = listFigures(m[3]);
    const rates = RATES.exec(text.slice(m.index + m[0].length));
    if (!rates) continue;
    const digits = rates[2].split(/、|,|和|及/).map((x) => x.replace("%", ""));
    const up = UP.test(m[2]);
    if (digits.length !== changes.length || UP.test(rates[1]) !== up) continue;
    // the comparison, back to the last whole; the wholes' sentence before it
    const head = text.slice(0, m.index);
    let tailAt = -1;
    LAST_MONEY.lastIndex = 0;
    for (let x = LAST_MONEY.exec(head); x; x = LAST_MONEY.exec(head)) tailAt = x.index + x[0].length;
    if (tailAt < 0) continue;
    const cmp = COMPARISON.exec(head.slice(tailAt));
    if (!cmp) continue;
    const from = Math.max(head.lastIndexOf("。", tailAt - 1), head.lastIndexOf(";", tailAt - 1)) + 1;
    let wholes = wholeFigures(head.slice(from, tailAt));
    if (!wholes || wholes.length < 2) continue;
    // (the marker before the verb, or before the comparison: '收入、支出分别为120万元、110万元,分别比上年增加20万元、10万元')
    const marker = m[1] ?? MARKER_BEFORE.exec(cmp[1])?.[0];
    if (!marker) continue;
    const listed = namesOf((cmp[2] || cmp[1]).replace(MARKER_BEFORE, ""), wholes.length);
    if (listed && !listed.length) continue;
    // (one change under 各 / 均 for wholes printed as one amount: '收入总计239.6万元,支出总计239.6万元,…收、支总计各增加15.7万元,
    // 增长7.01%' — that amount's change, read once)
    if (changes.length === 1 && marker !== "分别" && wholes.every((w) => yuan(w) === yuan(wholes![0]))) wholes = [wholes[0]];
    if (wholes.length !== changes.length) continue;
    const names = wholes.length === 1 ? [cmp[2] || cmp[1].replace(MARKER_BEFORE, "") || "金额"] : listed;
    for (let k = 0; k < wholes.length; k++) {
      const w = wholes[k];
      const d = changes[k];
      const name = names ? names[k] : `金额${k + 1}`;
      const whole = lineTerm(grid, r, c, w.digits + w.unit, w.digits, name, w.unit);
      const change = lineTerm(grid, r, c, d.digits + d.unit, d.digits, `${name}${m[2]}`, d.unit);
      const delta = yuanOf(change);
      const before = up ? yuanOf(whole) - delta : yuanOf(whole) + delta;
      if (!(before > 0)) continue;
      const hDelta = halfUnit(change);
      if (!rateCheckable(digits[k], delta, hDelta, before, halfUnit(whole) + hDelta)) continue;
      const f = d.unit === "万元" ? 1e4 : 1;
      const denominator: RelationTerm = { ...change, value: Math.round((before / f) * 1e8) / 1e8, text: `${whole.text}${up ? "−" : "+"}${change.text}`, decimals: null, label: `上年${name}` };
      out.push(statedRateRelation(`ratio:paired-change:${cell}:${m.index}:${k}`, cell, r, c, `${name}${up ? "增长率" : "下降率"}`, digits[k], change, denominator));
    }
  }
  return out;
}

/** The paired rates stated in the sheet's prose cells that can be checked (see the module's note). */
export function pairedChanges(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!grid.hasText(ANY_PAIRED)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_PAIRED)) {
    const text = proseDigits(grid.text(r, c));
    if (text) out.push(...pairedChangesOf(grid, r, c, text));
  }
  return out;
}
