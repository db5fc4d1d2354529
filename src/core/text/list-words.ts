/**
 * (rel61a) **A list's paraphrases in their canonical wording**, for the prose readers (proseText, prose-rates.ts): the readers
 * were written on '…1441万元,其中:A 120万元,…' and '在职5人、退休5人'; a publisher writes the same sentence with another
 * opener or another joining word. Right after an amount (a count, a rate) and its mark — not in a bracket: '23亿元(包括…接收的
 * 2亿元)' glosses, '106.8055万元(包含A70.2052万元、…)' names some of it, each as the bracket readers take it —:
 * - 具体是 / 具体为 / 分别是 / 分别为 open its parts as 其中 does ('其中:'); 包括 / 包含 / 含 / 主要是 / 主要有 / 主要为 / 主要包括 / 具体包括 / 其中含
 *   as 其中包括 does — the parts named, maybe not all (sentence-breakdowns.ts INCLUDING: they may not exceed the whole) —:
 *   '共1441万元,包括A120万元,…' is '共1441万元,其中包括A120万元,…' ('含' only so placed — '含税', '(含…)' keep their words),
 *   where the first part names an amount (a name then a figure before the next mark: '…345件,主要为新发生的违法建设、…'
 *   describes, lists nothing) and no 其中 list is open in the sentence (a part's own breakdown, '…2531.96万元,分别为…': nested
 *   lists are read by their own words);
 * - 和 / 及 / 以及 right after an amount and before a name and its figure join two parts as '、' does ('在职5人和退休5人'; not
 *   '5个及以上', '…及其他').
 * For reading only (compact, and the prose readers' proseText): the messages quote the text as written (normalizeText's).
 * metamorphic-recall61.test.ts.
 */
const LISTED_UNITS = "亿元|万元|元|万|亿|人次|人|个|项|家|户|件|所|名|辆|台|套|处";
const AMOUNT_END = `\\d(?:${LISTED_UNITS}|%)?`;
const LIST_OPENER_PARAPHRASE = new RegExp(`(${AMOUNT_END})([,:;。])(其中含|具体包括|主要包括|包括|包含|含|主要是|主要有|主要为|具体是|具体为|分别是|分别为)(?!税|义|量)[:]?(?=[^,;。\\d]{1,40}\\d)`, "g");
const ANY_OPENER_PARAPHRASE = /包括|包含|含|主要|具体|分别/;
const JOINED_PART = new RegExp(`(\\d(?:${LISTED_UNITS}))(?:以及|和|及)(?!以上|以下|以内|以外|其他|其它)(?=[\\u4e00-\\u9fa5][^,;。、\\d]{0,20}\\d)`, "g");
const ANY_JOINED_PART = /\d[\u4e00-\u9fa5]{0,2}(?:以及|和|及)/;
export function canonicalListWords(t: string): string {
  if (ANY_OPENER_PARAPHRASE.test(t)) t = t.replace(LIST_OPENER_PARAPHRASE, (all, amount: string, mark: string, word: string, at: number, s: string) => (s.lastIndexOf("其中", at) > s.lastIndexOf("。", at) ? all : `${amount}${mark}${(word[0] === "具" && word !== "具体包括") || word[0] === "分" ? "其中:" : "其中包括"}`));
  if (ANY_JOINED_PART.test(t)) t = t.replace(JOINED_PART, "$1、");
  return t;
}
