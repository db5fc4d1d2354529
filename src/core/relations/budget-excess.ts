import type { Grid } from "../grid/grid";
import type { AmountUnit, DifferenceRelation, Relation, RelationTerm } from "../model/types";
import { proseText, type ProseQuantity, proseMoney } from "../recognise/prose-rates";
import { BUDGET_COMPLETION, EXCESS_OVER_BUDGET, SPENT_AMOUNT_LEAD } from "../recognise/vocabulary";
import { halfUnit, rateCheckable, statedRateRelation } from "./inline-changes";
import { toYuan, yuanOf } from "./tolerance";
import { sentenceCells } from "../recognise/sentence-cells";

/*
 * (grad51b, session 51) **A completion of the budget against a stated excess, in one sentence** (决算 disclosures):
 *   A16 '…一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%;完成年初预算100%,决算数大于预算数55.93万元'
 * The 决算 exceeds the 预算 by 55.93: the 预算 is 1741.75 − 55.93 = 1685.82 and the completion 1741.75 / 1685.82 = 103.32%,
 * not 100%. Read: in one sentence, an amount spent (its words SPENT_AMOUNT_LEAD: 支出, 决算, 执行; no change against another
 * period), then a completion of the budget 'R%' (BUDGET_COMPLETION: 完成年初预算R%, 为预算的R%) and an excess of the 决算 over
 * the 预算 'D' (EXCESS_OVER_BUDGET: 决算数大于预算数D, 决算数比预算数减少D), in either order, one of each in the sentence. The
 * budget the two give is spent ∓ D; R% = spent / (spent ∓ D), checked at its shown precision (inline-changes.ts rateCheckable:
 * not where only the amounts' rounding separates them). Where the sentence also states the budget itself (an amount named
 * 预算 and not spent), the excess is that budget's difference from the amount spent (total-mismatch) and the rate is left to
 * the readers of a rate over its two amounts. Not read: a rate or an excess stated twice in the sentence (items listed in
 * it), an amount spent of another unit than the excess, an excess with no amount ('决算数大于预算数,主要原因…').
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** …on the compact texts (simplified or traditional, before normalising; pinyin glosses may follow a character) */
const ANY_EXCESS = /[决決][算](?:[数數])?[^,，;；。\d]{0,16}(?:大|高|超|多|小|低|少|增|减|減)/;
const SENTENCE = /[^。!?]+/g;
/** a change against another period in an amount's words: not the amount the completion is of */
const CHANGE_LEAD = /上年|去年|同比|同期|比|较|相比|增加|减少|增长|下降|降低/;
/** an amount named as the budget itself (年初预算数为…) */
const BUDGET_LEAD = /预算(?:数|金额|资金)?(?:为|是|:)?$/;

interface Amount {
  q: ProseQuantity;
  lead: string;
}

function term(grid: Grid, r: number, c: number, q: ProseQuantity, label: string): RelationTerm {
  return { cell: grid.addr(r, c), row: r, col: c, text: q.text, value: q.value, decimals: q.decimals, percent: false, label, unit: q.unit as AmountUnit };
}

/** The completions against a stated excess of one prose text. */
export function excessesOf(grid: Grid, r: number, c: number, raw: string, out: Relation[]): void {
  const text = proseText(raw);
  const all = proseMoney(text);
  if (!all.length) return;
  const cell = grid.addr(r, c);
  let n = 0;
  SENTENCE.lastIndex = 0;
  for (let s = SENTENCE.exec(text); s; s = SENTENCE.exec(text)) {
    const from = s.index;
    const to = from + s[0].length;
    const sentence = s[0];
    const qs = all.filter((q) => q.at >= from && q.end <= to);
    if (qs.length < 2) continue;
    const amounts: Amount[] = qs.map((q, k) => {
      const before = text.slice(k > 0 ? qs[k - 1].end : from, q.at);
      const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"));
      return { q, lead: cut >= 0 && cut < before.length - 1 ? before.slice(cut + 1) : before };
    });
    // the excess: one amount named by it, one only
    const excess = amounts.filter((a) => EXCESS_OVER_BUDGET.test(a.lead));
    if (excess.length !== 1) continue;
    const e = excess[0];
    const over = !/小于|低于|少/.test(EXCESS_OVER_BUDGET.exec(e.lead)![0]);
    // the amount spent: the last before the excess named so, no change against another period
    const before = amounts.filter((a) => a.q.end <= e.q.at);
    let spent: Amount | undefined;
    for (let k = before.length - 1; k >= 0; k--) {
      const a = before[k];
      if (CHANGE_LEAD.test(a.lead)) continue;
      if (SPENT_AMOUNT_LEAD.test(a.lead)) spent = a;
      break;
    }
    if (!spent || spent.q.unit !== e.q.unit) continue;
    const budget = before.filter((a) => a !== spent && BUDGET_LEAD.test(a.lead) && !SPENT_AMOUNT_LEAD.test(a.lead) && !CHANGE_LEAD.test(a.lead));
    const id = `${cell}:budget-excess:${n++}`;
    const x = term(grid, r, c, spent.q, "决算数");
    const d = term(grid, r, c, e.q, over ? "决算数大于预算数" : "决算数小于预算数");
    if (budget.length === 1 && budget[0].q.unit === e.q.unit) {
      const y = term(grid, r, c, budget[0].q, "预算数");
      const diff: DifferenceRelation = { kind: "difference", id: `difference:${id}`, measure: "amount", block: "labelled-funds", label: d.label!, result: d, minuend: over ? x : y, subtrahends: [over ? y : x], bound: "equal" };
      out.push(diff);
      continue;
    }
    if (budget.length) continue;
    const rates = [...sentence.matchAll(new RegExp(BUDGET_COMPLETION.source, "g"))];
    if (rates.length !== 1) continue;
    const digits = rates[0][1];
    const f = toYuan(x.unit);
    const whole = over ? yuanOf(x) - yuanOf(d) : yuanOf(x) + yuanOf(d);
    if (!(whole > 0)) continue;
    const hWhole = halfUnit(x) + halfUnit(d);
    if (!rateCheckable(digits, yuanOf(x), halfUnit(x), whole, hWhole)) continue;
    const den: RelationTerm = { cell, row: r, col: c, value: Math.round((whole / f) * 1e6) / 1e6, text: `${x.text}${over ? "−" : "+"}${d.text}`, decimals: null, percent: false, label: "预算数", unit: x.unit };
    const label = /完成[^\d%]*?预算(?:数)?/.exec(rates[0][0])?.[0] ?? "完成预算";
    out.push(statedRateRelation(`ratio:${id}`, cell, r, c, label, digits, x, den));
  }
}

export function budgetExcesses(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!grid.hasText(ANY_EXCESS)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, 0, ANY_EXCESS)) excessesOf(grid, r, c, grid.text(r, c), out);
  return out;
}
