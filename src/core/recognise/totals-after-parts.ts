import type { Grid } from "../grid/grid";
import type { SumRelation } from "../model/types";
import { proseDigits, proseQuantities, type ProseQuantity } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";
import { proseTerm, statedWholes } from "./sentence-breakdowns";

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
/** a part's clause naming a comparison, a cut, a share, a standard, a total of its own or a breakdown (an addition, '增加安排4项',
 * is a part: '在省定33项…的基础上,增加安排4项…,总共实施37项') */
const NOT_PART = /比|较|减少|调减|核减|收回|增长|下降|同比|环比|占|每|人均|户均|标准|不低于|不超过|最高|最低|共计|合计|总计|其中|累计|平均|约|近|超过|余$/;
const SENTENCE_END = /[。!?]/;
const MIN_TEXT = 16;
const NUMERALS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

interface Q extends ProseQuantity {
  lead: string;
}

/** the written unit of a figure: money's scale (亿 / 万 / 元), or the count's unit */
const unitOf = (q: ProseQuantity) => (q.kind === "money" ? (/亿/.test(q.text) ? "亿" : /万/.test(q.text) ? "万" : "元") : q.kind);

/** The totals after their parts of one prose text (proseDigits'), as whole and parts. */
export function totalsAfterParts(text: string): { whole: Q; parts: Q[] }[] {
  const out: { whole: Q; parts: Q[] }[] = [];
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
    qs.push({ ...q, lead: cut >= 0 ? before.slice(cut + 1) : before });
  }
  for (let i = 2; i < qs.length; i++) {
    const whole = qs[i];
    const m = TOTAL_LEAD.exec(whole.lead);
    if (!m) continue;
    const kind = unitOf(whole);
    const n = m[1] ? (NUMERALS[m[1]] ?? Number(m[1])) : 0;
    // (the sentence's start: after the last stop before the total; where the total counts its parts, anywhere in the cell)
    let start = 0;
    for (let k = whole.at - 1; k >= 0; k--)
      if (SENTENCE_END.test(text[k]) && depthAt[k] === 0) {
        start = k + 1;
        break;
      }
    const before = qs.slice(0, i).filter((q) => q.kind === whole.kind);
    const parts = n ? before.slice(-n) : before.filter((q) => q.at >= start);
    if (parts.length < 2 || (n && parts.length !== n) || parts.some((p) => unitOf(p) !== kind)) continue;
    const from = n ? parts[0].at - parts[0].lead.length : start;
    if (text.slice(from, whole.at).indexOf("其中") >= 0) continue;
    if (parts.some((p) => NOT_PART.test(p.lead) || /^(?:余|多|左右)/.test(text.slice(p.end, p.end + 2)))) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (sum > 1.25 * whole.value || sum < whole.value / 2) continue;
    out.push({ whole, parts });
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
    for (const { whole, parts } of totalsAfterParts(text)) {
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
      });
    }
  }
  return out;
}
