import type { Grid } from "../grid/grid";
import type { AmountUnit, DifferenceRelation, RatioRelation, Relation, RelationTerm } from "../model/types";
import { proseText, type ProseQuantity, proseMoney } from "../recognise/prose-rates";
import { DIFFERENCE_PAIRS, type DifferencePair } from "../recognise/vocabulary";
import { halfUnit, onlyRoundingApart, rateCheckable, rateNumerator, statedRateRelation } from "./inline-changes";
import { toYuan, yuanOf } from "./tolerance";
import { sentenceCells } from "../recognise/sentence-cells";

/*
 * (grad50b, session 50) **A difference named by its two amounts' words, and its rate, in one sentence** (procurement and
 * review bulletins, fund notes, final-account prose):
 *   '采购预算金额为42875.34万元,实际采购金额为42642.41万元,节约金额232.93万元,资金节约率为0.54%'   (232.93 = 42875.34 − 42642.41)
 *   '送审金额115991万元,审定金额97219万元,审减金额18906万元,审减率16.39%'                        (18906 against 18772: a slip)
 *   '到位资金120万元,实际支出100万元,结余20万元,结余率16.67%'
 *   '审减金额18906万元,送审金额115991万元,审定金额97219万元'                                      (the difference first)
 *   '送審金額115991萬元,審定金額97219萬元,審減金額18772萬元'                                      (繁體)
 * The class: three money amounts one after the other in a sentence (no other amount between), each named by the words
 * right before it (its clause's, after the previous amount): one by a difference's word (节约, 审减, 结余, 超支, 未分配,
 * 未支出 …), one by the words of that difference's minuend (预算, 送审, 到位 …) and one by its subtrahend's (实际, 审定, 支出 …),
 * each by its own side's words only (vocabulary.ts DIFFERENCE_PAIRS). The difference = minuend − subtrahend (total-mismatch);
 * a rate named by the difference's rate word after the three (节约率, 审减率, 结余率 r%) is the difference over the minuend,
 * or over the amount its bracket names ('审减率(审减额/审定额)'), checked at its shown precision (inline-changes.ts'
 * rateCheckable: not where only the rounding of the amounts separates them) and of the two amounts' own difference where
 * the stated one slipped and the rate did not (rateNumerator: one slip, one finding).
 * Not read (precision): a comparison with another period or amount in the difference's words ('较上年节约', '比上年',
 * '同比'; '比预算节约' is of the minuend and is read); two different years among the three; a 其中 between them (parts); a
 * sentence that also holds an amount carried in (结余: 上年结余, 年初, 结转 — 年末结余 = 年初 + 收入 − 支出); amounts of
 * different units of money; a minuend smaller than its subtrahend (a difference of the other sign is not this word's).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** a difference's word in simplified or traditional characters, then an amount within its clause */
const ANY_DIFFERENCE = /(?:结转|結轉|未整改|節約|节约|节支|節支|节省|節省|审减|審減|结余|結餘|結余|结存|結存|剩余|剩餘|超支|超额|超額|超规模|超規模|超计划|超計劃|未分配|未支出|未使用|未拨付|未撥付|未执行|未執行)[^,，;；。\d]{0,12}\d/;
/** a comparison with another period in the words of an amount */
const OTHER_PERIOD = /上年|去年|上一年|同比|环比|同期|上期|上月/;
/** a comparison in the difference's words: against its minuend ('比预算节约') or another amount (not read) */
const COMPARED = /(?:比|较|相比)(?!预算|计划|控制价|概算|送审)/;
const YEAR = /(?:19|20)\d{2}年/g;
const SENTENCE = /[^。!?]+/g;

interface Amount {
  q: ProseQuantity;
  /** the words right before it: its clause's, after the previous amount */
  lead: string;
}

/** a difference's words that name its minuend ('比预算节约', '较采购计划节约资金'): the comparison, then the minuend's word */
const AGAINST = /(?:比|较|相比|对比)于?[^,;:\d]{0,6}?$/;

/**
 * The role an amount's words give it in a pair: 0 minuend, 1 subtrahend, 2 difference, -1 none; and whether a
 * difference's words name its minuend ('较采购计划节约': against).
 */
function roleOf(pair: DifferencePair, lead: string): { role: number; against: boolean } {
  let words = lead;
  let against = false;
  const d = pair.diff.exec(lead);
  if (d) {
    // (the minuend named in the difference's own words, right before its word: '比预算节约' is of the minuend)
    const before = lead.slice(0, d.index);
    const m = pair.minuend.exec(before);
    if (m && AGAINST.test(before.slice(0, m.index)) && !/[,;:]/.test(before.slice(m.index))) {
      words = before.slice(0, m.index).replace(AGAINST, "") + lead.slice(d.index);
      against = true;
    }
    // (the difference's own word aside: '超计划' names no 计划)
    const rest = words.replace(pair.diff, "");
    const other = pair.minuend.test(rest) || pair.subtrahend.test(rest) || (pair.notDiff?.test(words) ?? false) || COMPARED.test(words);
    return { role: other ? -1 : 2, against };
  }
  const m = pair.minuend.test(lead);
  const s = pair.subtrahend.test(lead);
  return { role: m && !s ? 0 : s && !m ? 1 : -1, against };
}

/** a rate right after: its name, an optional bracket of its operands' words, then r% */
const RATE_AFTER = /^[,;:]?[^,;。\d%(]{0,8}?率(?:\(([^()]{0,16})\))?(?:为|是|达|约为|约|:)?(\d+(?:\.\d+)?)%/;

function term(grid: Grid, r: number, c: number, a: Amount, label: string): RelationTerm {
  return { cell: grid.addr(r, c), row: r, col: c, text: a.q.text, value: a.q.value, decimals: a.q.decimals, percent: false, label, unit: a.q.unit as AmountUnit };
}

function nameOf(lead: string): string {
  return lead.replace(/^(?:据了解|据悉|其中|同时|另外|此外)/, "").replace(/(?:为|是|达|:|共计|合计|总计|共)+$/, "") || "金额";
}

/** The stated differences (and their rates) of one prose text. */
export function differencesOf(grid: Grid, r: number, c: number, raw: string, out: Relation[]): void {
  const text = proseText(raw);
  const all = proseMoney(text);
  if (all.length < 2) return;
  const cell = grid.addr(r, c);
  let n = 0;
  SENTENCE.lastIndex = 0;
  for (let s = SENTENCE.exec(text); s; s = SENTENCE.exec(text)) {
    const from = s.index;
    const to = from + s[0].length;
    const qs = all.filter((q) => q.at >= from && q.end <= to);
    if (qs.length < 2) continue;
    const amounts: Amount[] = qs.map((q, k) => {
      const start = k > 0 ? qs[k - 1].end : from;
      const before = text.slice(start, q.at);
      // (the clause's words: after its last comma or semicolon, else all since the previous amount)
      const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"));
      return { q, lead: cut >= 0 && cut < before.length - 1 ? before.slice(cut + 1) : before };
    });
    const sentence = s[0];
    for (const pair of DIFFERENCE_PAIRS) {
      if (!pair.diff.test(sentence)) continue;
      if (pair.notDiff && amounts.some((a) => pair.notDiff!.test(a.lead))) continue;
      const read = amounts.map((a) => roleOf(pair, a.lead));
      const roles = read.map((x) => x.role);
      const inTriple = new Set<number>();
      for (let k = 0; k + 2 < amounts.length; k++) {
        const idx = [k, k + 1, k + 2];
        const by = [-1, -1, -1];
        for (const i of idx) if (roles[i] >= 0) by[roles[i]] = by[roles[i]] === -1 ? i : -2;
        if (by.some((i) => i < 0)) continue;
        if (pair.diffLast && by[2] !== k + 2) continue;
        const [A, B, D] = by.map((i) => amounts[i]);
        const window = text.slice(amounts[k].q.at - amounts[k].lead.length, amounts[k + 2].q.end);
        const inner = window.slice(amounts[k].lead.length);
        if (/其中/.test(inner)) continue;
        // (a stated rate between them, or a ';' where the sentence holds more than the three, closes one statement before the
        // next: '…审减金额为382万元,审减率11.42%;工程决算送审金额29万元,审定金额为21万元…' — 382, 29, 21 are of two statements;
        // three alone may be set apart by ';': '审定金额97219万元;送审金额115991万元;审减金额18772万元')
        if ((amounts.length > 3 && /;/.test(inner)) || /率[^,;。\d]{0,4}\d+(?:\.\d+)?%/.test(inner)) continue;
        if ([A, B, D].some((a) => OTHER_PERIOD.test(a.lead))) continue;
        const years = new Set(window.match(YEAR) ?? []);
        if (years.size > 1) continue;
        if (A.q.unit !== B.q.unit || A.q.unit !== D.q.unit) continue;
        if (!(A.q.value > B.q.value)) continue;
        inTriple.add(by[2]);
        const name = nameOf(D.lead);
        const a = term(grid, r, c, A, nameOf(A.lead));
        const b = term(grid, r, c, B, nameOf(B.lead));
        const d = term(grid, r, c, D, name);
        if (onlyRoundingApart(a, b, d)) continue;
        const id = `${cell}:stated-difference:${n++}`;
        const diff: DifferenceRelation = { kind: "difference", id: `difference:${id}`, measure: "amount", block: "labelled-funds", label: name, result: d, minuend: a, subtrahends: [b], bound: "equal" };
        out.push(diff);
        // the rate: right after the last of the three, named by the difference's rate word
        const rate = rateAfter(pair, text.slice(amounts[k + 2].q.end, to));
        if (!rate) continue;
        const [den, other] = rate.over === "subtrahend" ? [b, a] : [a, b];
        if (!rateCheckable(rate.digits, yuanOf(d), halfUnit(d), yuanOf(den), halfUnit(den))) continue;
        out.push(ratioOf(`ratio:${id}`, grid, r, c, rate, rateNumerator(rate.digits, d, other, den), den));
      }
      // (the minuend named in the difference's words and not stated — '规模为32.72亿元,较采购计划节约资金5.51亿元,资金节约率
      // 达14.41%': the rate is of the difference over the two amounts' sum, the minuend they give; no difference to check)
      for (let k = 1; k < amounts.length; k++) {
        if (!read[k].against || roles[k] !== 2 || inTriple.has(k)) continue;
        const B = amounts[k - 1];
        const D = amounts[k];
        if (roles[k - 1] === 0 || roles[k - 1] === 2 || pair.diff.test(B.lead)) continue;
        if (OTHER_PERIOD.test(B.lead) || OTHER_PERIOD.test(D.lead) || /其中/.test(D.lead)) continue;
        if (B.q.unit !== D.q.unit) continue;
        const rate = rateAfter(pair, text.slice(D.q.end, k + 1 < amounts.length ? amounts[k + 1].q.at - amounts[k + 1].lead.length : to));
        if (!rate || rate.over === "subtrahend") continue;
        const id = `${cell}:stated-difference:${n++}`;
        const b = term(grid, r, c, B, nameOf(B.lead));
        const d = term(grid, r, c, D, nameOf(D.lead));
        const whole = yuanOf(b) + yuanOf(d);
        if (!rateCheckable(rate.digits, yuanOf(d), halfUnit(d), whole, halfUnit(b) + halfUnit(d))) continue;
        const f = toYuan(d.unit);
        const den: RelationTerm = { cell, row: r, col: c, value: Math.round((whole / f) * 1e6) / 1e6, text: `${B.q.text}+${D.q.text}`, decimals: null, percent: false, label: nameOf(D.lead), unit: d.unit };
        out.push(ratioOf(`ratio:${id}`, grid, r, c, rate, d, den));
      }
    }
  }
}

interface StatedRate {
  digits: string;
  label: string;
  /** the amount its bracket names it over ('审减率(审减额/审定额)'), else the minuend */
  over: "minuend" | "subtrahend";
}

/** a difference's rate right after its amounts, named by the pair's rate word ('资金节约率为0.54%', '审减率16.39%') */
function rateAfter(pair: DifferencePair, rest: string): StatedRate | null {
  const rate = RATE_AFTER.exec(rest);
  if (!rate || !pair.rate.test(rate[0])) return null;
  let over: StatedRate["over"] = pair.rateOver ?? "minuend";
  if (rate[1] !== undefined) {
    const words = rate[1].split(/[/÷]/)[1];
    if (words === undefined) return null;
    if (pair.subtrahend.test(words) && !pair.minuend.test(words)) over = "subtrahend";
    else if (!(pair.minuend.test(words) && !pair.subtrahend.test(words))) return null;
  }
  return { digits: rate[2], label: /[^,;:]*率/.exec(rate[0])![0], over };
}

function ratioOf(id: string, grid: Grid, r: number, c: number, rate: StatedRate, numerator: RelationTerm, denominator: RelationTerm): RatioRelation {
  return statedRateRelation(id, grid.addr(r, c), r, c, rate.label, rate.digits, numerator, denominator);
}

export function statedDifferences(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!grid.hasText(ANY_DIFFERENCE)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, 0, ANY_DIFFERENCE)) differencesOf(grid, r, c, grid.text(r, c), out);
  return out;
}
