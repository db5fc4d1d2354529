import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { proseQuantities, proseText } from "./prose-rates";
import type { ProseQuantity } from "./prose-rates";
import { sameSubject, statedRateRelation } from "../relations/inline-changes";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/*
 * (relr56, session 56) **A rate of a count over the count it is of, both in the rate's sentence**, as a progress bulletin
 * writes its projects: '截至9月底,170项重点项目已实现开复工项目163项,开复工率为96%' (163 / 170 = 95.9%), '141项重点项目累计
 * 完成投资93.6亿元,…;开复工项目73项,开复工率达52%' (73 / 141 = 51.8%), '316个州重点建设项目累计开复工291个,开复工率92%'.
 * The weakest evidence that the rate is the part over that whole:
 * - the rate's name is the part's own word: the count right before the rate (its clause and a comma between, no other count)
 *   is named by the rate's stem (开复工项目163项 — 开复工率; 整改问题38个 — 整改率), and by no word of what is undone (未 / 尚未 /
 *   没有) nor of a status between (基本 / 部分 / 正在);
 * - the whole is the only count of that unit before the part in the sentence, named by the part's noun (the last of NOUN in
 *   the part's words: 项目 / 问题 / 诉求 …) right after it or before it ('170项重点项目', '发现问题82个'),
 *   and by no word of the stem (no done count) nor of a plan (计划 / 目标 / 任务 — prose-rates.ts reads a plan's rate);
 * - the part is no more than the whole.
 * The rate is checked as a writer rounds a rate of counts (countsRounded: tolerance.ratioAgrees).
 * Not read: the whole in another sentence ('111个重大项目…。市列重大项目开工89个,开工率达89%': the 89% is over the 100 due to
 * start — a population named a sentence before is no evidence), two counts of the unit before the part (which is the whole,
 * the text does not say), a part named by another noun than the whole's, a rate of money (prose-rates.ts).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** a rate named by its stem (1 to 4 characters right before 率), its figure */
const RATE = /([\u4e00-\u9fa5]{1,4})率(?:为|达到|达|是|:)?(\d+(?:\.\d+)?)%/g;
const ANY_RATE = /\d(?:项|个|件|户|家|所|座|处)[^\d。;]{0,8}?率(?:为|达到|达|是|:)?(?:百分之)?\d/;
const UNDONE = /未|尚未|没有|基本|部分|正在|在建/;
const PLAN = /计划|目标|任务|预计|应/;
/** the words of the done a part's words hold beside its qualifiers */
const DONE_WORDS = /已经|已|累计|实现|全部|目前|共计|共|完成/g;
const SENTENCE_END = /[。!?]/;
/** the shortest text read (sentence-cells.ts) */
const MIN_TEXT = 12;
/** the nouns a part and its whole share (the things counted) */
const NOUN = /项目|工程|问题|诉求|案件|信件|来信|工单|事项|企业|学校|村|户|人|件/g;

/** the stem's characters that name the done (the rate's own word): 开复工率 → 开复工; 总体完成率 → 完成 */
function stemOf(name: string): string {
  return name.replace(/^(?:总体|整体|综合|项目|平均|累计|新)/, "");
}

/** The population rates of one prose text (proseText's): the stated rate, the part and the whole. */
export function populationRatesOf(text: string): { rate: string; rateAt: number; part: ProseQuantity; whole: ProseQuantity; name: string }[] {
  const out: { rate: string; rateAt: number; part: ProseQuantity; whole: ProseQuantity; name: string }[] = [];
  const qs = proseQuantities(text);
  RATE.lastIndex = 0;
  for (let m = RATE.exec(text); m; m = RATE.exec(text)) {
    const stem = stemOf(m[1]);
    if (stem.length < 2) continue;
    // the part: the last quantity before the rate, a comma and the rate's clause between
    let pIndex = -1;
    for (let j = 0; j < qs.length && qs[j].end <= m.index; j++) pIndex = j;
    if (pIndex < 0) continue;
    const part = qs[pIndex];
    if (part.kind === "money" || !/^,[^\d,;。]{0,6}$/.test(text.slice(part.end, m.index))) continue;
    let s0 = part.at;
    while (s0 > 0 && !SENTENCE_END.test(text[s0 - 1])) s0--;
    // the part's words: back to the previous quantity or the clause's start
    let w0 = part.at;
    while (w0 > s0 && !/[,;:]/.test(text[w0 - 1]) && !(pIndex > 0 && w0 <= qs[pIndex - 1].end)) w0--;
    const partWords = text.slice(w0, part.at);
    if (partWords.indexOf(stem) < 0 || UNDONE.test(partWords)) continue;
    const nouns = partWords.match(NOUN);
    const noun = nouns ? nouns[nouns.length - 1] : "";
    // the whole: the only count of the part's unit before it in the sentence
    const same = qs.filter((q) => q.at >= s0 && q.end <= w0 && q.kind === part.kind);
    if (same.length !== 1) continue;
    const whole = same[0];
    if (!(whole.value >= part.value) || whole.value <= 0) continue;
    let c0 = whole.at;
    while (c0 > s0 && !/[,;:]/.test(text[c0 - 1])) c0--;
    const after = text.slice(whole.end, Math.min(text.length, whole.end + 8));
    const wholeWords = text.slice(c0, whole.at) + "|" + /^[^\d,;。]{0,8}/.exec(after)![0];
    if (!noun || wholeWords.indexOf(noun) < 0 || wholeWords.indexOf(stem) >= 0 || PLAN.test(wholeWords)) continue;
    // (the part's own qualifiers are the whole's: '市列重大项目开工89个' is no part of '全市111个重大项目' as its rate's base says)
    if (!sameSubject(partWords.split(stem).join("").split(noun).join("").replace(DONE_WORDS, ""), wholeWords)) continue;
    out.push({ rate: m[2], rateAt: m.index, part, whole, name: m[1] + "率" });
  }
  return out;
}

function countTerm(grid: Grid, r: number, c: number, q: ProseQuantity, label: string): RelationTerm {
  return { cell: grid.addr(r, c), row: r, col: c, text: q.text, value: q.value, decimals: q.decimals, percent: false, label };
}

/** The population rates of the sheet's prose cells (see the module's note). */
export function populationRates(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_RATE)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_RATE)) {
    const cell = grid.addr(r, c);
    let n = 0;
    for (const x of populationRatesOf(proseText(grid.text(r, c)))) {
      const rel = statedRateRelation(`ratio:population:${cell}:${n++}`, cell, r, c, x.name, x.rate, countTerm(grid, r, c, x.part, x.name.replace(/率$/, "")), countTerm(grid, r, c, x.whole, "总数"));
      out.push({ ...rel, countsRounded: true });
    }
  }
  return out;
}
