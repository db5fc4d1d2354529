import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { proseDigits, proseQuantities, type ProseQuantity } from "../recognise/prose-rates";
import { mayHoldSentence, sentenceCells } from "../recognise/sentence-cells";
import { brokenParagraphs, rateCheckable, statedRateRelation, type At } from "./inline-changes";
import { halfOfQuantity } from "./prose-growth";
import { unitOf, yuan } from "./named-item-rates";
import { agreesAtDecimals } from "./tolerance";

/*
 * (rel59, session 59) **A list's parts each with its bare share, the whole their sum** — a 三公 决算说明's '…“三公”经费支出决算
 * 中,公务接待费支出决算0.53万元,占69%;公务用车购置及运行维护费支出决算1.18万元,占31%' (the whole 1.71 stated sentences before,
 * or not at all; 0.53 / 1.71 = 30.99%, 1.18 / 1.71 = 69.01%: the shares swapped), a budget's '教育科学文化支出编列549.77亿元,
 * 占38.86%,…;其余…161.16亿元,占11.38%'.
 * Read: in one sentence (to its '。'), the amounts of money each followed by its bare share ('占P%', '占比P%', '(占P%)'; a
 * named one, '占<name>的P%', is summed-whole-shares.ts' or money-part-shares.ts'), two or more, of one written unit. The
 * evidence that their sum is the whole the shares are of: the shares add up to 100% within their printed rounding (a list
 * naming some parts only adds up to less; one of two lists in a sentence, to more). Each share is then checked as amount /
 * sum where the printed figures' rounding cannot alone explain a gap (rateCheckable). A share already read at its cell
 * (money-part-shares.ts, over a whole stated before 其中) keeps that reading (relations/index.ts addUnreadRates).
 * A share one unit of its last digit off is not flagged: the publisher's rounding forced to print 100% in all.
 * Not read: a 其中 list (its whole stated before it: money-part-shares.ts'); one part; shares adding to other than 100% (大英 2023's '占0%', '占0.02%', '占0.95%': of no sum the page
 * gives); a share above 100%; parts in two units.
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) for an amount with a bare share before any cell is read.
 */

const ANY = /\d(?:亿元|万元|元|亿)[,(]?占比?(?:为|达|是)?\d/;
/** a bare share right after an amount: its figure (group 1) */
const SHARE = /^(?:,|\()?占比?(?:为|达|是)?(\d+(?:\.\d+)?)%\)?/;
const MIN_TEXT = 12;

interface Part {
  q: ProseQuantity;
  digits: string;
  at: { r: number; c: number };
  shareAt: { r: number; c: number };
}

/** the half unit of a printed share's last digit */
const halfShare = (digits: string) => 0.5 * Math.pow(10, -(digits.split(".")[1] ?? "").length);

/** the lists of one text (proseDigits'): per sentence, its amounts with bare shares */
function listsOf(text: string, at: At): Part[][] {
  const bySentence = new Map<number, Part[]>();
  for (const q of proseQuantities(text)) {
    if (q.kind !== "money" || q.unit === null) continue;
    const m = SHARE.exec(text.slice(q.end));
    if (!m) continue;
    const sentence = text.lastIndexOf("。", q.at);
    // (a 其中 list: its whole is stated before it — money-part-shares.ts reads its shares over that whole, and parts not adding
    // up to it are the sum's slip (sentence-breakdowns.ts), not their shares')
    if (text.slice(sentence + 1, q.at).indexOf("其中") >= 0) continue;
    const list = bySentence.get(sentence) ?? [];
    list.push({ q, digits: m[1], at: at(q.at), shareAt: at(q.end + m[0].length - 1) });
    bySentence.set(sentence, list);
  }
  return [...bySentence.values()];
}

/** The shares of lists whose parts' sum is the whole (see above). */
export function listedShares(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY)) return out;
  const lists: Part[][] = [];
  for (const { row, col } of sentenceCells(grid, MIN_TEXT, ANY)) {
    const text = proseDigits(grid.text(row, col));
    if (text !== null) lists.push(...listsOf(text, () => ({ r: row, c: col })));
  }
  for (const p of brokenParagraphs(grid)) lists.push(...listsOf(p.text, p.at));
  // (one share, read from its cell and from its paragraph: once)
  const seen = new Set<string>();
  for (const list of lists) {
    if (list.length < 2 || list.some((p) => unitOf(p.q) !== unitOf(list[0].q) || Number(p.digits) > 100)) continue;
    const shares = list.reduce((a, p) => a + Number(p.digits), 0);
    const hShares = list.reduce((a, p) => a + halfShare(p.digits), 0);
    if (Math.abs(shares - 100) > hShares + 1e-9) continue;
    const sum = list.reduce((a, p) => a + yuan(p.q), 0);
    if (!(sum > 0)) continue;
    const hSum = list.reduce((a, p) => a + halfOfQuantity(p.q), 0);
    const f = list[0].q.unit === "万元" ? 1e4 : 1;
    const unit = f === 1e4 ? ("万元" as const) : ("元" as const);
    for (const p of list) {
      const cell = grid.addr(p.shareAt.r, p.shareAt.c);
      const key = `${cell}|${p.digits}|${p.q.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!rateCheckable(p.digits, yuan(p.q), halfOfQuantity(p.q), sum, hSum)) continue;
      // (a share one unit of its last digit off: the last share forced so the list prints 100% — 台中's 11.38% for 161.16 /
      // 1414.91 = 11.39%, the five shares adding to 100.00 — a reviewer accepts)
      const exact = (100 * yuan(p.q)) / sum;
      if (!agreesAtDecimals(Number(p.digits), exact, (p.digits.split(".")[1] ?? "").length) && Math.abs(Number(p.digits) - exact) <= 3 * halfShare(p.digits) + 1e-9) continue;
      const numerator: RelationTerm = { cell: grid.addr(p.at.r, p.at.c), row: p.at.r, col: p.at.c, text: p.q.text, value: p.q.value, decimals: p.q.decimals, percent: false, label: "部分", unit };
      const denominator: RelationTerm = { ...numerator, text: list.map((x) => x.q.text).join("+"), value: Number((sum / f).toFixed(6)), decimals: null, label: "合计" };
      out.push(statedRateRelation(`ratio:listed-share:${key}`, cell, p.shareAt.r, p.shareAt.c, "占合计的比重", p.digits, numerator, denominator));
    }
  }
  return out;
}
