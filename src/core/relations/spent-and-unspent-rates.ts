import type { Grid } from "../grid/grid";
import type { Relation, RelationTerm } from "../model/types";
import { lineTerm } from "../recognise/budget";
import { proseDigits } from "../recognise/prose-rates";
import { mayHoldSentence, sentenceCells } from "../recognise/sentence-cells";
import { statedRateRelation } from "./inline-changes";

/*
 * (rel57, session 57) **A rate whose base is the sum of its two printed parts**: the money spent and the money left, then
 * the rate of either, the whole never printed —
 *   '…资金支付18501.096万元,未支703万元,支付率95%'         (18501.096 / (18501.096 + 703) = 96.34%: printed 95%, a slip)
 *   '资金已使用2.00万元,结余0万元,资金执行率100%'           (2 / (2 + 0) = 100% ✓)
 *   '已拨付80万元,未拨付20万元,未拨付率20%'                 (20 / (80 + 20) = 20% ✓: the rate of the part left)
 *   '縣區直達資金合計33.88億元,已分配33.80億元,未分配0.08億元,分配率99.8%'   (33.80 + 0.08 = 33.88 ✓, 33.80 / 33.88 = 99.76% ✓)
 * Read, in one sentence: a verb of spending (支付 / 支出 / 拨付 / 使用 / 执行 / 分配 / 下达, 已 … before it or not) and its
 * amount; at most a comma, then the part left — 未 and the verb's first character (未支 / 未支付 / 未拨付 / 未使用 / 未执行 /
 * 未分配 / 未下达) or 结余 / 剩余 / 尚余 — and its amount in the same unit; at most a comma, then a rate named by the verb's
 * first character or 执行 (支付率 / 支出进度 / 拨付率 / 使用率 / 执行率 / 分配率) — the spent part's over both — or by the part
 * left's words (未支付率 / 结余率 / 剩余率) — the part left's over both. Where the whole is printed right before the part done
 * (an amount and a comma, then 已 and the verb: the two parts are of it, done and not done), it is their sum and the rate's
 * base. Refused: a rate of another word (完成率, 到位率: their base is another amount), amounts in two units, a clause between
 * (the rate would be of something else), a whole before a part not said done (no 已: '安排100万元,支付60万元,…' may leave a
 * part unsaid), no amount spent (0 over 0).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) for a part left before any cell is read.
 */

const NUM = "(\\d+(?:\\.\\d+)?)";
const SPENT_LEFT = new RegExp(
  `(?:${NUM}(亿元|万元|元),)?(已|共|累计)?(支付|支出|拨付|使用|执行|分配|下达)(?:了|资金)?${NUM}(亿元|万元|元),?(未支付?|未拨付?|未使用|未执行|未分配|未下达|结余|剩余|尚余)(?:资金)?${NUM}(亿元|万元|元),?` +
    `(?:资金)?(支付|支出|拨付|使用|执行|分配|下达|未支付?|未拨付?|未使用|未执行|未分配|未下达|结余|剩余)(率|进度)(?:为|是|达)?(\\d+(?:\\.\\d+)?)%`,
  "g",
);
const MIN_TEXT = 12;
/** the sheet's gate: an amount, then a part left and its figure */
const ANY = /\d(?:亿元|万元|元),*(?:未支付?|未拨付?|未使用|未执行|未分配|未下达|结余|剩余|尚余)(?:资金)?\d/;

/** A figure of money as a term, in 元 or 万元 (a figure in 亿元 in 万元: '33.80亿元' is 338000万元, as the other prose readers read it). */
function moneyTerm(grid: Grid, r: number, c: number, digits: string, unit: string, label: string): RelationTerm {
  const t = lineTerm(grid, r, c, digits + unit, digits, label, unit === "元" ? "元" : "万元");
  return unit === "亿元" ? { ...t, value: Math.round(t.value * 1e4 * 1e4) / 1e4, decimals: Math.max(0, (t.decimals ?? 0) - 4) } : t;
}

/** The spent part's (or the part left's) rate over both parts in one text (proseDigits'), at cell (r, c). */
function spentAndUnspentOf(grid: Grid, r: number, c: number, text: string, out: Relation[]): void {
  const cell = grid.addr(r, c);
  let n = 0;
  SPENT_LEFT.lastIndex = 0;
  for (let m = SPENT_LEFT.exec(text); m; m = SPENT_LEFT.exec(text)) {
    const [, wholeDigits, wholeUnit, done, verb, spentDigits, unit, leftWord, leftDigits, leftUnit, rateWord, kind, digits] = m;
    // (a whole refused — another unit, a part not said done, the tail of a longer number or of a figure of two units,
    // 1亿2000万元 —: read again from the part spent, with no whole)
    if (wholeDigits && (wholeUnit !== unit || done !== "已" || (m.index > 0 && /[\d.亿]/.test(text[m.index - 1])))) {
      SPENT_LEFT.lastIndex = m.index + wholeDigits.length + wholeUnit.length + 1;
      continue;
    }
    if (unit !== leftUnit) continue;
    // (the part left is the spent verb's: 未 and its first character, or a balance's word)
    if (leftWord[0] === "未" && leftWord[1] !== verb[0]) continue;
    // (the rate is the spent part's, by its verb's first character or 执行's, or the part left's, by its own words)
    const ofLeft = rateWord[0] === "未" || rateWord === "结余" || rateWord === "剩余";
    if (ofLeft ? rateWord[0] !== leftWord[0] || (rateWord[0] === "未" && rateWord[1] !== verb[0]) : rateWord[0] !== verb[0] && rateWord !== "执行") continue;
    const term = (digits: string, label: string) => moneyTerm(grid, r, c, digits, unit, label);
    const spent = term(spentDigits, verb);
    const left = term(leftDigits, leftWord);
    if (!(spent.value > 0)) continue;
    const id = `${cell}:${n++}`;
    // the base: the whole printed before them (and the two parts its sum), else the two parts added
    const whole: RelationTerm = wholeDigits
      ? term(wholeDigits, `${verb}合计`)
      : { ...spent, value: spent.value + left.value, text: `${spentDigits}+${leftDigits}`, decimals: null, label: `${verb}与${leftWord}合计` };
    if (wholeDigits) out.push({ kind: "sum", id: `sum:amount:${id}:spent-and-unspent`, measure: "amount", block: "labelled-funds", orientation: "columns", label: `${verb}合计`, total: whole, parts: [spent, left], bound: "equal" });
    out.push(statedRateRelation(`ratio:spent-and-unspent:${id}`, cell, r, c, rateWord + kind, digits, ofLeft ? left : spent, whole));
  }
}

/** Every rate over a spent part and a part left stated in the sheet's prose cells (see above). */
export function spentAndUnspentRates(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY)) return out;
  for (const { row, col } of sentenceCells(grid, MIN_TEXT, ANY)) {
    const text = proseDigits(grid.text(row, col));
    // (a comma doubled by a copy — '33.88億元,,已分配' — is one)
    if (text !== null) spentAndUnspentOf(grid, row, col, text.replace(/,{2,}/g, ","), out);
  }
  return out;
}

/**
 * The sums of `read` (spentAndUnspentRates') no relation of `found` already states: a difference at their cell of the same
 * three figures ('未分配0.08' read as 合计 less 已分配 by another reader) is the same statement — one slip, one finding.
 */
export function unreadSums(read: readonly Relation[], found: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const s of read) {
    if (s.kind !== "sum") continue;
    const values = [s.total.value, ...s.parts.map((p) => p.value)].sort((a, b) => a - b).join(",");
    const same = found.some(
      (d) => d.kind === "difference" && d.result.cell === s.total.cell && [d.result.value, d.minuend.value, ...d.subtrahends.map((t) => t.value)].sort((a, b) => a - b).join(",") === values,
    );
    if (!same) out.push(s);
  }
  return out;
}
