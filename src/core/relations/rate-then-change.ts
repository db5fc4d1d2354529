import type { Grid } from "../grid/grid";
import type { AmountUnit, Relation, RelationTerm } from "../model/types";
import { lineTerm } from "../recognise/budget";
import { proseDigits } from "../recognise/prose-rates";
import { mayHoldSentence, sentenceCells } from "../recognise/sentence-cells";
import { halfUnit, rateCheckable, statedRateRelation } from "./inline-changes";
import { yuanOf } from "./tolerance";

/*
 * (rel57, session 57) **An amount, its rate of growth, then the change that rate is of** — a 财政预算执行 report's order
 * (inline-changes.ts reads the change before its rate):
 *   '第一季度全县累计入库各项税收收入12463万元,同比增长7.9%,增收913万元'          (913 / (12463 − 913) = 7.905% ✓)
 *   '地方一般公共预算收入完成28,583万元(自然口径),占调整预算105.47%,同比增长10.85%,增收2,798万元'
 *                                                                               (2798 / (28583 − 2798) = 10.851% ✓)
 *   '地方一般公共预算收入(同口径)完成30,161万元,同比增长14.6%,增收4,376万'        (4376 / 25785 = 16.97%: printed 14.6%, a slip)
 * Read: an amount in 万元 / 万 / 元; at most a gloss in brackets with no digit ('(自然口径)') and two clauses of a share
 * (',占调整预算105.47%'; words and one percentage each, no amount) between; then 同比 / 比上年 / 较上年 … (or none) and
 * 增长 / 增加 / 上升 / 下降 / 减少 / 降低 r%; then right after it 增收 / 增支 / 增加 (with a rate up) or 减收 / 减支 / 减少 (with a
 * rate down) N in the amount's unit. The earlier amount is the amount less its increase (plus its decrease); the rate is checked
 * over it as inline-changes.ts checks its own (rateCheckable: not where only the rounding of the printed figures separates them).
 * The amount is the one nearest the rate (another amount between: the rate is that one's). Refused: a change in another
 * unit, of the other direction, an amount of another sentence (a stop between), a part after 其中 (the rate may be its
 * whole's: '收入12463万元,其中税收5000万元,同比增长7.9%,增收913万元').
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) for a rate followed by its change before any cell is read.
 */

const NUM = "(\\d+(?:\\.\\d+)?)";
const RATE_THEN_CHANGE = new RegExp(
  `${NUM}(万元|万|元)(?:\\([^()\\d]{1,10}\\))?((?:,[^,;。\\d%]{0,16}\\d+(?:\\.\\d+)?%){0,2}),` +
    `(?:同比|比上年同期|比上年|较上年同期|较上年|比去年同期|比去年|较去年同期|较去年)?(增长|增加|上升|下降|减少|降低)了?(\\d+(?:\\.\\d+)?)%,` +
    `(?:同比)?(增收|增支|增加|减收|减支|减少)了?${NUM}(万元|万|元)`,
  "g",
);
/** the sheet's gate: a percentage right before a change of money */
const ANY = /\d%[,，](?:同比)?(?:增收|增支|增加|减收|减支|减少)了?\d/;
const UP = /增/;
const MIN_TEXT = 12;
/** the words naming the amount: up to 16 characters before it, no stop, no digit */
const LEAD = /[^,;。:\d]{0,16}$/;
const unitOf = (u: string): AmountUnit => (u === "元" ? "元" : "万元");

/** The rates of growth read with the change after them in one text (proseDigits'), at cell (r, c). */
function ratesThenChangesOf(grid: Grid, r: number, c: number, text: string, out: Relation[]): void {
  const cell = grid.addr(r, c);
  let n = 0;
  RATE_THEN_CHANGE.lastIndex = 0;
  for (let m = RATE_THEN_CHANGE.exec(text); m; m = RATE_THEN_CHANGE.exec(text)) {
    // (the tail of a longer number, or of a figure of two units — 1亿2000万元 —, is no amount)
    if (m.index > 0 && /[\d.亿]/.test(text[m.index - 1])) continue;
    const up = UP.test(m[4]);
    if (up !== UP.test(m[6])) continue;
    const unit = unitOf(m[2]);
    if (unitOf(m[8]) !== unit) continue;
    const lead = LEAD.exec(text.slice(0, m.index))?.[0] ?? "";
    // (a part after 其中: the rate may be its whole's)
    if (/^其中/.test(lead)) continue;
    const name = lead.replace(/^(?:一是|二是|三是)/, "") || "金额";
    const current = lineTerm(grid, r, c, m[1] + m[2], m[1], name, unit);
    const change = lineTerm(grid, r, c, m[7] + m[8], m[7], `${name}${m[6]}`, unit);
    const cur = yuanOf(current);
    const delta = yuanOf(change);
    const before = up ? cur - delta : cur + delta;
    if (!(before > 0)) continue;
    const hDelta = halfUnit(change);
    if (!rateCheckable(m[5], delta, hDelta, before, halfUnit(current) + hDelta)) continue;
    const denominator: RelationTerm = { ...change, value: before / (unit === "万元" ? 10000 : 1), text: `${m[1]}${up ? "−" : "+"}${m[7]}`, decimals: null, label: `上年${name}` };
    out.push(statedRateRelation(`ratio:rate-then-change:${cell}:${n++}`, cell, r, c, `${name}${up ? "增长率" : "下降率"}`, m[5], change, denominator));
  }
}

/** Every amount's rate of growth stated before its change in the sheet's prose cells (see above). */
export function ratesThenChanges(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY)) return out;
  for (const { row, col } of sentenceCells(grid, MIN_TEXT, ANY)) {
    const text = proseDigits(grid.text(row, col));
    if (text !== null) ratesThenChangesOf(grid, row, col, text, out);
  }
  return out;
}
