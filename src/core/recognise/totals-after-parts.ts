import type { Grid } from "../grid/grid";
import type { SumRelation } from "../model/types";
import { proseDigits, proseQuantities, type ProseQuantity } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";
import { approxAllowance, proseTerm, statedWholes } from "./sentence-breakdowns";

/*
 * (rels56, session 56) **A total after its parts**: a notice or a report names its amounts one by one, then their total in a
 * clause of its own — the other way round from a 其中 list:
 *   '…下达中央衔接推进乡村振兴补助资金375万元,省级衔接推进乡村振兴补助资金376万元,共计751万元,计划安排实施以下项目。'  (751 = 375 + 376)
 *   '…下达我区…资金3174万元;…下达我区…资金2958万元。以上两笔资金共计6132万元,均已到位。'                      (6132 = 3174 + 2958)
 *   '新建村级活动场所3个,改建5个,共8个。'                                                                   (8 = 3 + 5)
 *   '在省定33项民生工程的基础上,…增加安排4项市定民生工程,总共实施37项民生工程'                                  (37 = 33 + 4)
 * The weakest evidence: the total's clause (after its last ',' or ';', or the sentence's start) is a total's words alone
 * (TOTAL_LEAD: 共计 / 合计 / 总计 / 共, 以上 / 上述, the parts counted — 两笔, 3项 —, 资金 / 经费 …): a restatement of what came
 * before. Its parts: the figures of its kind (money — 元 / 万元 / 亿元 written alike — or a count of its unit) before it, outside
 * brackets — where it counts them (以上两笔), that many right before it in the cell; else every one of its sentence before it,
 * two at least. No part's clause names a change, a share, a standard or a total of its own (比上年, 占, 每, 共计 …), no 其中 in
 * the sentence (a breakdown's list: sentence-breakdowns.ts), no approximate figure; the parts add up to more than half the total
 * and no more than a quarter over it (a whole opening its list, '下达751万元:中央375万元,省级376万元,共计751万元', is none).
 */

/** the total's clause: a total's words alone, the parts perhaps counted (group 1) */
// (a verb of the parts' own measure after it at most: '总共实施37项')
const TOTAL_LEAD = /^(?:以上|上述)?(?:([两二三四五六七八九十\d]{1,2})(?:笔|项|个|类|部分|批|次))?(?:资金|经费|金额|款项|补助资金|项目资金|项目)?(?:共计|合计|总计|总共|共)(?:实施|安排|下达|投入|拨付|储备)?(?:为|是|达)?$/;
const ANY_TOTAL_AFTER = /\d(?:亿元|万元|元|万|亿|个|项|人|户|家|所)[^,;。]{0,12}[,;。][^,;。]{0,12}(?:共计|合计|总计|共)[\u4e00-\u9fa5]{0,2}\d/;
/** a part's clause naming a comparison, a cut, a share, a standard, a threshold or a total of its own (an addition, '增加安排4项',
 * is a part: '在省定33项…的基础上,增加安排4项…,总共实施37项') */
const NOT_PART = /比|较|减少|调减|核减|收回|增长|下降|同比|环比|占|每|人均|户均|标准|不低于|不超过|以上|以下|最高|最低|共计|合计|总计|累计|平均/;
/** a part's own breakdown: its clause opening with 其中 ('…1372.7万元,其中结转资金686.35万元') — a subset of the part before */
const SUBSET = /^其中/;
/** an approximate figure ('约751万元', '近375万元', '超过376万元', '360余个'): the relation holds within its allowance */
const APPROX_BEFORE = /(?:约|近|逾|超过|大约|将近)$/;
const APPROX_AFTER = /^(?:余|多|左右)/;
const SENTENCE_END = /[。!?]/;
const MIN_TEXT = 16;
const NUMERALS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

interface Q extends ProseQuantity {
  lead: string;
  approx: boolean;
}

/** money in 元 (亿 read in 万元 by proseQuantities), a count as it is */
const valueOf = (q: ProseQuantity) => (q.kind === "money" && q.unit === "万元" ? q.value * 1e4 : q.value);

/** The totals after their parts of one prose text (proseDigits'), as whole and parts, and the approximate figures' allowance
 * (money in 元; 0 where every figure is exact). */
export function totalsAfterParts(text: string): { whole: Q; parts: Q[]; slack: number }[] {
  const out: { whole: Q; parts: Q[]; slack: number }[] = [];
  let depth = 0;
  const depthAt: number[] = [];
  for (let i = 0; i < text.length; i++) {
    depthAt.push(depth);
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
  }
  const qs: Q[] = [];
  for (const q of proseQuantities(text)) {
    if (depthAt[q.at] > 0) continue;
    const before = text.slice(qs.length ? qs[qs.length - 1].end : 0, q.at);
    const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.search(/[。!?][^。!?]*$/));
    const lead = cut >= 0 ? before.slice(cut + 1) : before;
    const approx = APPROX_BEFORE.test(lead) || APPROX_AFTER.test(text.slice(q.end, q.end + 2));
    qs.push({ ...q, lead: lead.replace(APPROX_BEFORE, ""), approx });
  }
  for (let i = 2; i < qs.length; i++) {
    const whole = qs[i];
    const m = TOTAL_LEAD.exec(whole.lead);
    if (!m) continue;
    const n = m[1] ? (NUMERALS[m[1]] ?? Number(m[1])) : 0;
    // (the sentence's start: after the last stop before the total; where the total counts its parts, anywhere in the cell)
    let start = 0;
    for (let k = whole.at - 1; k >= 0; k--)
      if (SENTENCE_END.test(text[k]) && depthAt[k] === 0) {
        start = k + 1;
        break;
      }
    // (of the whole's kind — money in any of its units, counts of its unit —, a part's own subset left out)
    const before = qs.slice(0, i).filter((q) => q.kind === whole.kind && !SUBSET.test(q.lead));
    const parts = n ? before.slice(-n) : before.filter((q) => q.at >= start);
    if (parts.length < 2 || (n && parts.length !== n)) continue;
    // (no 其中 list opening before the parts: the whole before it, a breakdown's — sentence-breakdowns.ts)
    const from = n ? parts[0].at - parts[0].lead.length : start;
    if (qs.some((q) => q.at >= from && q.at < parts[0].at && SUBSET.test(q.lead)) || /其中/.test(parts[0].lead)) continue;
    if (parts.some((p) => NOT_PART.test(p.lead))) continue;
    const sum = parts.reduce((a, p) => a + valueOf(p), 0);
    const w = valueOf(whole);
    if (sum > 1.25 * w || sum < w / 2) continue;
    // (each approximate figure's allowance in its own unit, in 元)
    const slack = [whole, ...parts].filter((q) => q.approx && q.value > 0).reduce((a, q) => a + (approxAllowance(q.value, q.decimals) * valueOf(q)) / q.value, 0);
    out.push({ whole, parts, slack });
  }
  return out;
}

/** The totals after their parts of the sheet's prose cells as sum relations, but a whole another relation of `found` states. */
export function totalAfterPartsSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_TOTAL_AFTER)) return out;
  const stated = statedWholes(found);
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_TOTAL_AFTER)) {
    const text = proseDigits(grid.text(r, c));
    if (text === null) continue;
    for (const { whole, parts, slack } of totalsAfterParts(text)) {
      const total = proseTerm(grid, r, c, whole, whole, whole.lead);
      if (stated().has(`${total.cell}|${total.value}`)) continue;
      const money = whole.kind === "money";
      out.push({
        kind: "sum",
        id: `sum:${money ? "amount" : "count"}:${total.cell}:total-after:${whole.at}`,
        measure: money ? "amount" : "count",
        block: money ? "labelled-funds" : "fund-block",
        orientation: "columns",
        label: whole.lead,
        total,
        parts: parts.map((p) => proseTerm(grid, r, c, p, whole, p.lead)),
        bound: "equal",
        // (the allowance in the total's unit as its term reads it)
        ...(slack > 0 && whole.value > 0 ? { approxSlack: (slack * total.value) / valueOf(whole) } : {}),
      });
    }
  }
  return out;
}
