import type { Grid } from "../grid/grid";
import type { AmountUnit, DifferenceRelation, Relation, RelationTerm } from "../model/types";
import { proseText, type ProseQuantity, proseMoney } from "../recognise/prose-rates";
import { ADJUSTED_PLAN, ADJUSTED_RESULT, ADJUSTMENT_LEAD, ADJUSTMENT_MORE, SPENT_STAGE } from "../recognise/vocabulary";
import { sentenceCells } from "../recognise/sentence-cells";
import { halfUnit } from "./inline-changes";
import { yuanOf } from "./tolerance";

/*
 * (rels56, session 56) **An amount adjusted in a sentence: the plan, its adjustments, the amount they give** — a transfer's
 * self-evaluation or a fund's note states the money allotted, what was taken off or added during the year, and what was left:
 *   '年初预算合计2389万元,年中调减中央财政资金300万,全年预算执行数合计2089万元'             (2089 = 2389 − 300)
 *   '下达我区111万元(…),其中低保…资金100万元,孤儿…11万元,调减40万元(…),全年实际下达71万元'    (71 = 111 − 40)
 *   '年初预算100万元,年中追加50万元,调整后预算150万元'                                      (150 = 100 + 50)
 * The class: in one sentence, one or more amounts in a row each led by an adjustment's word at its clause's start (vocabulary.ts
 * ADJUSTMENT_LEAD: 调减 / 核减 / 收回 … less, 追加 / 调增 / 调入 … more; a time before it, 年中 / 年底), the amount right before
 * them naming the plan (ADJUSTED_PLAN: 下达, 年初, 预算, 安排 …), the amount right after them naming what they give
 * (ADJUSTED_RESULT: 调整后, 全年, 实际, 最终 … — a stage of spending, 支出 / 使用 / 结余, only as the budget's own, 预算执行数).
 * Where a 其中 list stands between the plan and the first adjustment, the plan is the whole before that 其中, its parts adding up
 * to it exactly (the list closed before the adjustment: '111万元,其中100万元,11万元,调减40万元'); else not read.
 * Not read (precision): a comparison with another period in any of the words (上年, 同比 …); amounts of different units of
 * money; a result that misses by no more than the rounding of amounts in 亿 (stated-differences.ts' reading).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** an adjustment's word followed by an amount in its clause: the sheet's test */
const ANY_ADJUSTMENT = /(?:调减|核减|收回|调出|追减|压减|追加|调增|调入)[^,，;；。\d]{0,16}\d/;
const OTHER_PERIOD = /上年|去年|上一年|同比|环比|同期|上期|上月/;
const SENTENCE = /[^。!?]+/g;

/** An amount of money of a sentence and the words right before it: its clause's, after the previous amount. */
export interface Amount {
  q: ProseQuantity;
  lead: string;
}

/** The sentences of a prose text (proseText's), each as its start and its amounts of money with their words (a clause's words
 * cut at the last of `marks` before the amount); none where the text holds fewer than three amounts. */
export function sentenceAmounts(text: string, marks: string): { from: number; amounts: Amount[] }[] {
  const all = proseMoney(text);
  const out: { from: number; amounts: Amount[] }[] = [];
  if (all.length < 3) return out;
  SENTENCE.lastIndex = 0;
  for (let s = SENTENCE.exec(text); s; s = SENTENCE.exec(text)) {
    const from = s.index;
    const qs = all.filter((q) => q.at >= from && q.end <= from + s![0].length);
    const amounts = qs.map((q, k) => {
      const before = text.slice(k > 0 ? qs[k - 1].end : from, q.at);
      let cut = -1;
      for (const m of marks) cut = Math.max(cut, before.lastIndexOf(m));
      return { q, lead: cut >= 0 && cut < before.length - 1 ? before.slice(cut + 1) : before };
    });
    out.push({ from, amounts });
  }
  return out;
}

function term(grid: Grid, r: number, c: number, a: Amount): RelationTerm {
  const label = a.lead.replace(/^(?:其中|同时|另外|此外)/, "").replace(/(?:为|是|:|共计|合计|总计|共)+$/, "") || "金额";
  return { cell: grid.addr(r, c), row: r, col: c, text: a.q.text, value: a.q.value, decimals: a.q.decimals, percent: false, label, unit: a.q.unit as AmountUnit };
}

/** the adjustment an amount's words state: -1 less, 1 more, 0 none */
function adjustment(lead: string): -1 | 0 | 1 {
  const m = ADJUSTMENT_LEAD.exec(lead);
  if (!m || OTHER_PERIOD.test(lead)) return 0;
  return ADJUSTMENT_MORE.test(m[1]) ? 1 : -1;
}

/** the parts between a 其中 and the first adjustment add up to the whole before it, at the parts' decimals */
function closedList(whole: Amount, parts: Amount[]): boolean {
  if (parts.length < 2 || parts.some((p) => p.q.unit !== whole.q.unit)) return false;
  const dp = parts.reduce((a, p) => Math.max(a, p.q.decimals), whole.q.decimals);
  const sum = parts.reduce((a, p) => a + p.q.value, 0);
  return Math.abs(sum - whole.q.value) <= 1e-6 * 10 ** -dp;
}

/** The adjusted amounts of one prose text. */
export function adjustmentsOf(grid: Grid, r: number, c: number, raw: string, out: Relation[]): void {
  const text = proseText(raw);
  let n = 0;
  for (const { from, amounts } of sentenceAmounts(text, ",;")) {
    for (let i = 1; i < amounts.length - 1; i++) {
      if (!adjustment(amounts[i].lead) || adjustment(amounts[i - 1].lead)) continue;
      // (the run of adjustments, then the amount they give)
      let j = i;
      while (j < amounts.length && adjustment(amounts[j].lead)) j++;
      if (j >= amounts.length) break;
      const result = amounts[j];
      if (!ADJUSTED_RESULT.test(result.lead) || OTHER_PERIOD.test(result.lead) || (SPENT_STAGE.test(result.lead) && result.lead.indexOf("预算") < 0)) continue;
      // (the plan: the amount right before, or the whole before a 其中 whose list closes there)
      const open = text.lastIndexOf("其中", amounts[i].q.at);
      let plan = amounts[i - 1];
      if (open >= from) {
        const w = amounts.filter((a) => a.q.end <= open).pop();
        if (!w || !closedList(w, amounts.filter((a) => a.q.at > open && a.q.end <= amounts[i].q.at))) continue;
        plan = w;
      }
      if (!ADJUSTED_PLAN.test(plan.lead) || OTHER_PERIOD.test(plan.lead) || SPENT_STAGE.test(plan.lead)) continue;
      const adjusts = amounts.slice(i, j);
      const terms = [plan, ...adjusts, result];
      if (terms.some((a) => a.q.unit !== plan.q.unit)) continue;
      const t = terms.map((a) => term(grid, r, c, a));
      const less = t.slice(1, -1).filter((_, k) => adjustment(adjusts[k].lead) < 0);
      const more = t.slice(1, -1).filter((_, k) => adjustment(adjusts[k].lead) > 0);
      // (amounts in 亿 rounded to their last digit: a result within their rounding is not checked)
      const gap = Math.abs(yuanOf(t[t.length - 1]) - (yuanOf(t[0]) + more.reduce((a, x) => a + yuanOf(x), 0) - less.reduce((a, x) => a + yuanOf(x), 0)));
      const rounded = t.filter((x) => /\.\d+亿元?$/.test(x.text)).reduce((a, x) => a + halfUnit(x), 0);
      if (gap > 1e-6 && gap <= rounded + 1e-6) continue;
      const id = `difference:${grid.addr(r, c)}:stated-adjustment:${n++}`;
      const rel: DifferenceRelation = { kind: "difference", id, measure: "amount", block: "labelled-funds", label: t[t.length - 1].label ?? "", result: t[t.length - 1], minuend: t[0], subtrahends: less, bound: "equal" };
      if (more.length) rel.addends = more;
      out.push(rel);
      i = j;
    }
  }
}

export function statedAdjustments(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!grid.hasText(ANY_ADJUSTMENT)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, 0, ANY_ADJUSTMENT)) adjustmentsOf(grid, r, c, grid.text(r, c), out);
  return out;
}
