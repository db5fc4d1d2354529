import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { proseDigits, proseQuantities, type ProseQuantity } from "../recognise/prose-rates";
import { mayHoldSentence, sentenceCells } from "../recognise/sentence-cells";
import { brokenParagraphs, rateCheckable, statedRateRelation, type At } from "./inline-changes";
import { halfOfQuantity } from "./prose-growth";
import { agreesAtDecimals } from "./tolerance";
import { unitOf, yuan } from "./named-item-rates";

/*
 * (rel58, session 58) **Parts' shares of a whole the sheet names and never states, the whole their sum** — a department
 * budget's '1. 基本支出预算 2476260.58 元,占一般公共预算支出的84.06%,…' and '2. 项目支出 469500 元,占一般公共预算支出的
 * 19.62%' with no amount of 一般公共预算支出 printed: the whole is 2476260.58 + 469500 = 2945760.58, 84.06% ✓, 469500 /
 * 2945760.58 = 15.94% (printed 19.62%, a slip).
 * Read: every amount of money followed by '占<name>的P%' (比重 / 比例 after it or not; a bare '占P%' or '占比P%' names none) in the sheet's prose cells, and in
 * the paragraphs a PDF's lines break over rows (inline-changes.ts brokenParagraphs); the amounts whose shares name one
 * whole (its words equal, quotes out), of one written unit, two or more. The evidence that their sum is the whole: one share
 * agrees with its amount over the sum at its printed precision (two where the list holds three or more). A share agreeing
 * so, of a whole with other parts unlisted, would need those parts to be smaller than the rounding: the others are then of
 * that sum too. Each share is checked as amount / sum where the printed figures' rounding cannot alone explain a gap
 * (rateCheckable). Money-part-shares.ts reads a share whose whole is stated: nothing is read here where an amount of the
 * sheet's prose is named by the whole's words.
 * Not read: one amount alone; a share above 100%; amounts of two units; shares no one of which agrees (a whole of more parts).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) for an amount with a named share before any cell is read.
 */

const ANY = /\d(?:亿元|万元|元),?占[^\d%,;。:()]{2,16}的/;
/** a named share right after an amount: the whole's words (group 1), the figure (group 2) */
const SHARE = /^,?占([^\d%,;。:()]{2,16}?)的(?:比重|比例)?(?:为|达|是)?(\d+(?:\.\d+)?)%/;
const MIN_TEXT = 12;

interface Part {
  q: ProseQuantity;
  whole: string;
  digits: string;
  /** the amount's and the share's cells */
  at: { r: number; c: number };
  shareAt: { r: number; c: number };
  unit: string;
}

const wordsOf = (s: string) => s.replace(/[“”"'‘’]/g, "");

/** the words naming each amount of money of a text: its clause's, since the amount before */
function namesOf(text: string, named: Set<string>): void {
  let prev = 0;
  for (const q of proseQuantities(text)) {
    const lead = text.slice(prev, q.at);
    prev = q.end;
    if (q.kind === "money") named.add(wordsOf(lead.replace(/^.*[,;。:]/, "")));
  }
}

function partsOf(text: string, at: At, parts: Part[]): void {
  for (const q of proseQuantities(text)) {
    if (q.kind !== "money" || q.unit === null) continue;
    const m = SHARE.exec(text.slice(q.end));
    if (!m || Number(m[2]) > 100) continue;
    parts.push({ q, whole: wordsOf(m[1]), digits: m[2], at: at(q.at), shareAt: at(q.end + m[0].length - 1), unit: unitOf(q) });
  }
}

/** The shares of unstated wholes that are their parts' sums (see above). */
export function summedWholeShares(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY)) return out;
  const parts: Part[] = [];
  const named = new Set<string>();
  for (const { row, col } of sentenceCells(grid, MIN_TEXT, ANY)) {
    const text = proseDigits(grid.text(row, col));
    if (text !== null) partsOf(text, () => ({ r: row, c: col }), parts);
  }
  for (const p of brokenParagraphs(grid)) partsOf(p.text, p.at, parts);
  if (parts.length < 2) return out;
  // (the words of every amount of money in the sheet's prose, for the wholes that are stated)
  for (const { row, col } of sentenceCells(grid, 4, /\d(?:万元|元|亿)/)) {
    const text = proseDigits(grid.text(row, col));
    if (text !== null) namesOf(text, named);
  }
  // (one amount, read from its cell and from its paragraph: once)
  const seen = new Set<string>();
  const byWhole = new Map<string, Part[]>();
  for (const p of parts) {
    const key = `${p.at.r}:${p.at.c}:${p.q.text}:${p.digits}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byWhole.get(p.whole);
    if (list) list.push(p);
    else byWhole.set(p.whole, [p]);
  }
  byWhole.forEach((list, whole) => {
    if (list.length < 2 || list.some((p) => p.unit !== list[0].unit)) return;
    // (a whole an amount of the sheet is named by: money-part-shares.ts's)
    let stated = false;
    named.forEach((w) => {
      if (w.length >= whole.length && w.slice(-whole.length) === whole) stated = true;
    });
    if (stated) return;
    const sum = list.reduce((a, p) => a + yuan(p.q), 0);
    const hSum = list.reduce((a, p) => a + halfOfQuantity(p.q), 0);
    // (a share agrees with the parts' sum by the one tolerance policy: at its printed decimals, rounded or truncated)
    const agree = list.filter((p) => agreesAtDecimals(Number(p.digits), (100 * yuan(p.q)) / sum, (p.digits.split(".")[1] ?? "").length)).length;
    if (agree < (list.length > 2 ? 2 : 1)) return;
    const f = list[0].q.unit === "万元" ? 1e4 : 1;
    const unit = f === 1e4 ? ("万元" as const) : ("元" as const);
    let n = 0;
    for (const p of list) {
      if (!rateCheckable(p.digits, yuan(p.q), halfOfQuantity(p.q), sum, hSum)) continue;
      const cell = grid.addr(p.shareAt.r, p.shareAt.c);
      const numerator: RelationTerm = { cell: grid.addr(p.at.r, p.at.c), row: p.at.r, col: p.at.c, text: p.q.text, value: p.q.value, decimals: p.q.decimals, percent: false, label: "部分", unit };
      const denominator: RelationTerm = { ...numerator, text: list.map((x) => x.q.text).join("+"), value: Number((sum / f).toFixed(6)), decimals: null, label: whole };
      out.push(statedRateRelation(`ratio:summed-whole-share:${cell}:${whole}:${n++}`, cell, p.shareAt.r, p.shareAt.c, `占${whole}的比重`, p.digits, numerator, denominator));
    }
  });
  return out;
}
