import type { Grid } from "../grid/grid";
import type { AmountUnit, RatioRelation, Relation, RelationTerm } from "../model/types";
import { proseText, type ProseQuantity, proseMoney } from "../recognise/prose-rates";
import { BUDGET_COMPLETION } from "../recognise/vocabulary";
import { sentenceCells } from "../recognise/sentence-cells";
import { halfUnit, rateCheckable, statedRateRelation } from "./inline-changes";
import { yuanOf } from "./tolerance";

/*
 * (rel59, session 59) **The budget, the 决算 and the completion of the budget, in one sentence** — a 三公 决算说明's
 *   '…“三公”经费支出预算为3万元,支出决算为1.71万元,完成预算的43%,较上年减少1.29万元,下降43%'   (1.71 / 3 = 57%, printed 43%)
 *   '…支出预算为246万元,支出决算为167.37万元,完成预算的68%'                                    (167.37 / 246 = 68.04% ✓)
 * Read: the completion (vocabulary.ts BUDGET_COMPLETION: 完成预算的R%, 完成年初预算R%, 为预算的R%), one in its sentence,
 * right after the clause of an amount of money named as spent (its words: 决算 / 支出 / 执行 / 实际 / 使用, no 预算, no change
 * against another period), and the amount right before that one named as the budget (its words end with 预算 / 预算数 / 年初
 * 预算 (为 / 是 / :), no word of the spent); nothing between them but their words. R% = spent / budget, checked where the
 * printed amounts' rounding cannot alone explain a gap (inline-changes.ts rateCheckable). A completion already read at its
 * cell (budget-excess.ts, over a budget an excess gives) keeps that reading (budgetCompletions).
 * Not read: a completion stated twice in the sentence, a spent amount whose words name the budget, a budget in another
 * clause than the one right before, two budgets before it ('年初预算…,调整预算…'), amounts that are a change ('比上年减少…').
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

const ANY = /完成了?(?:年初|全年|年度|调整后)?预算(?:数)?的?\d/;
const SENTENCE = /[^。!?]+/g;
/** the words of an amount spent */
const SPENT = /决算|支出|执行|实际|使用/;
/** the words of the budget, closing the words before its amount */
const BUDGET = /预算(?:数|金额)?(?:为|是|:)?$/;
/** a change against another period, or a plan's word, in a spent amount's words */
const NOT_SPENT = /预算|计划|上年|去年|同比|同期|比|较|相比|增加|减少|增长|下降|降低/;
const COMPLETION = new RegExp(BUDGET_COMPLETION.source, "g");

/** the words of a clause before an amount: back to the last mark or amount */
function lead(text: string, q: ProseQuantity, prevEnd: number): string {
  let a = q.at;
  while (a > prevEnd && !/[,;:、]/.test(text[a - 1])) a--;
  return text.slice(a, q.at);
}

/** a term of an amount, in 元 where `inYuan` (the other amount of another unit: '200万元' beside '1794300元') */
function term(grid: Grid, r: number, c: number, q: ProseQuantity, label: string, inYuan: boolean): RelationTerm {
  const wan = inYuan && q.unit === "万元";
  const value = wan ? Math.round(q.value * 1e4 * 1e4) / 1e4 : q.value;
  return { cell: grid.addr(r, c), row: r, col: c, text: q.text, value, decimals: wan ? Math.max(0, q.decimals - 4) : q.decimals, percent: false, label, unit: (inYuan ? "元" : q.unit) as AmountUnit };
}

/** The completions of the budget of one prose text (see above). */
function completionsOf(grid: Grid, r: number, c: number, raw: string, out: RatioRelation[]): void {
  const text = proseText(raw);
  const all = proseMoney(text);
  if (all.length < 2) return;
  const cell = grid.addr(r, c);
  let n = 0;
  SENTENCE.lastIndex = 0;
  for (let s = SENTENCE.exec(text); s; s = SENTENCE.exec(text)) {
    const from = s.index;
    COMPLETION.lastIndex = 0;
    const rates = [...s[0].matchAll(COMPLETION)];
    if (rates.length !== 1 || !rates[0][0].startsWith("完成")) continue;
    const at = from + rates[0].index!;
    const qs = all.filter((q) => q.at >= from && q.end <= at);
    if (qs.length < 2) continue;
    const spent = qs[qs.length - 1];
    const budget = qs[qs.length - 2];
    // (the completion in the clause right after the spent amount's: nothing but its mark between)
    if (!/^[,;]?$/.test(text.slice(spent.end, at))) continue;
    const spentWords = lead(text, spent, budget.end);
    const budgetWords = lead(text, budget, qs.length > 2 ? qs[qs.length - 3].end : from);
    if (!SPENT.test(spentWords) || NOT_SPENT.test(spentWords) || !BUDGET.test(budgetWords) || /决算|实际|上年|去年|比|较/.test(budgetWords)) continue;
    // (the budget's clause right before the spent amount's; no other budget before it in the sentence — '年初预算…,调整预算…':
    // which one the completion is of is not said)
    if (!/^[,;]?$/.test(text.slice(budget.end, spent.at - spentWords.length))) continue;
    if (qs.slice(0, -2).some((q, k) => /预算/.test(lead(text, q, k > 0 ? qs[k - 1].end : from)))) continue;
    const inYuan = spent.unit !== budget.unit;
    const x = term(grid, r, c, spent, "决算数", inYuan);
    const y = term(grid, r, c, budget, "预算数", inYuan);
    const digits = rates[0][1];
    if (!(yuanOf(y) > 0) || !rateCheckable(digits, yuanOf(x), halfUnit(x), yuanOf(y), halfUnit(y))) continue;
    const label = /完成[^\d%]*?预算(?:数)?/.exec(rates[0][0])?.[0] ?? "完成预算";
    out.push(statedRateRelation(`ratio:${cell}:budget-completion:${n++}`, cell, r, c, label, digits, x, y));
  }
}

/**
 * The completions of the budget of the sheet's prose, but one `read` already states: a ratio at its cell of its figure over a
 * budget (budget-excess.ts's, labelled 预算). Not every ratio of the figure at the cell: the rate of a change beside it may
 * print the same figure — 寿县's '完成预算的43%,较上年减少1.29万元,下降43%' (the fall printed as the completion).
 */
export function budgetCompletions(grid: Grid, read: readonly Relation[]): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!grid.hasText(ANY)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, 0, ANY)) completionsOf(grid, r, c, grid.text(r, c), out);
  if (!out.length) return out;
  const taken = new Set<string>();
  for (const x of read) if (x.kind === "ratio" && /预算/.test(x.label ?? "")) taken.add(`${x.stated.cell}|${x.stated.value}`);
  return out.filter((x) => !taken.has(`${x.stated.cell}|${x.stated.value}`));
}
