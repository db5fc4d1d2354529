import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { agreesAtDecimals, ratioAgrees } from "../relations/tolerance";
import { decimalsOf } from "../text/numbers";
import { COUNT_UNITS, proseDigits } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/**
 * (grad51a, session 51) **Per-part rates of a count in brackets after the whole's rate, each part's count stated above**, as a
 * progress notice writes them: '(一)…全州共安排实施…项目343个,…,其中:阿图什市安排项目68个、…;阿克陶县安排项目181个、…;乌恰县安排
 * 项目57个、…;阿合奇县安排项目37个、…。' over '(二)…完工项目311个,完工率90.67%(阿图什市89.71%、阿克陶县97.24%、乌恰县78.95%、
 * 阿合奇县73.38%)'. A rate of a count over a count is k / n for a whole k: a part's rate that no whole count of its n gives
 * (73.38% of 37 is 27.15: 27 / 37 = 72.97%, 28 / 37 = 75.68%) is a slip. The weakest evidence that each part's rate is over
 * the part's stated count, and no other base:
 * - the whole's done count (N, the count right before the rate, its rate's words at most between) and its rate (R) are
 *   stated with the bracket; the bracket lists two parts at least, each a name and its rate ('阿图什市89.71%'), nothing else;
 * - each part's name is followed in the text above (the same cell before the rate's sentence, or the three text cells above
 *   it in its column) by a count of N's unit within its clause ('阿图什市安排项目68个'), its last such mention;
 * - those counts add up to a count stated before them (W = 68 + 181 + 57 + 37 = 343, '项目343个'), and the whole's rate is
 *   N over that whole (311 / 343 = 90.67%): the parts' counts are the base the whole's rate is taken of;
 * - two parts' rates at least each give exactly one whole count of their own n (61 / 68 = 89.71%, …): their bases are
 *   these counts too.
 * A part's rate that then gives no whole count of its n is stated as a ratio against the count the others leave of the
 * whole's N (311 − 61 − 176 − 45 = 29: 29 / 37 = 78.38%), where every other part's rate gives exactly one count and that
 * remainder is a count of the part (0 … n); else against the nearest whole count (27 / 37). A rate over a count of another
 * kind (验收率 91% over the 311 completed, not over the 343: the whole's rate is not N / W) and rates of money (no whole
 * count to miss) state nothing here. Each rate is compared at its shown precision, half-up or truncated (the shared
 * tolerance, relations/tolerance.ts). The whole's own rate (N / W, which holds) is stated too.
 *
 * Cheap: one regular-expression search over the sheet's joined compact texts (Grid.hasText) before any cell is read.
 */

/** a rate with a bracket of parts' rates after it: '完工率90.67%(阿图什市89.71%、…)' */
const BRACKETED_RATES = /([\u4e00-\u9fa5]{1,8})率(?:为|是|达到|达|:)?(\d+(?:\.\d+)?)%\(([^()]{4,200})\)/g;
/** the gate, on compact texts: a rate, a bracket opening with a name and a rate, a second item */
const ANY = /率(?:为|是|达到|达|:)?\d+(?:\.\d+)?%\((?:其中|分别为|分别是)?[:,]?[^()\d%,;、]{1,12}\d+(?:\.\d+)?%[、,;]/;
/** a part: its name and rate */
const ITEM = /^([^\d%()]{1,12}?)(?:为|是|:)?(\d+(?:\.\d+)?)%$/;
/** the bracket's opening words, no part's name */
const OPENING = /^(?:其中|分别为|分别是)[:,]?/;
/** a count: the number and its unit */
const COUNT = new RegExp(`(^|[^\\d.])(\\d+)(${COUNT_UNITS})`, "g");
/** a clause's and a sentence's ends */
const CLAUSE_END = /[,;。、:!?]/;
const SENTENCE_END = /[。!?]/;
/** text cells above the rate's cell read for the parts' counts */
const ABOVE = 3;
const MIN_TEXT = 12;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Source {
  text: string;
  row: number;
  col: number;
}
interface Count {
  value: number;
  digits: string;
  at: Source;
  /** index after the count in its text */
  end: number;
  index: number;
}

/** The last count of `unit` after `name` in its clause, in the sources (nearest first), or null. */
function countAfter(sources: Source[], name: string, unit: string): Count | null {
  const re = new RegExp(`${escape(name)}([^\\d,;。、:!?()%]{0,12}?)(\\d+)${escape(unit)}(?![\\u4e00-\\u9fa5]{0,2}率)`, "g");
  for (const s of sources) {
    let found: Count | null = null;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      // (a longer unit read as a shorter one, '人次' is no '人'; a decimal's tail is no count)
      const end = m.index + m[0].length;
      if (unit === "人" && s.text[end] === "次") continue;
      found = { value: Number(m[2]), digits: m[2], at: s, end, index: m.index };
    }
    if (found) return found;
  }
  return null;
}

/** The counts of `unit` stated in a text before `before`, by value. */
function countsBefore(text: string, unit: string, before: number): Map<number, number> {
  const out = new Map<number, number>();
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    const at = m.index + m[1].length;
    if (at >= before) break;
    if (m[3] !== unit || (unit === "人" && text[at + m[2].length + 1] === "次")) continue;
    out.set(Number(m[2]), at);
  }
  return out;
}

/** The whole counts k of n whose share k / n reads as the rate at its shown precision. */
function wholeCounts(rate: string, n: number): number[] {
  const r = Number(rate);
  const d = decimalsOf(rate);
  const out: number[] = [];
  const mid = Math.round((r * n) / 100);
  for (let k = Math.max(0, mid - 2); k <= Math.min(n, mid + 2); k++) if (agreesAtDecimals(r, (100 * k) / n, d)) out.push(k);
  return out;
}

export function partRates(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY)) {
    const text = proseDigits(grid.text(r, c));
    if (text === null) continue;
    // (the text cells above, in the column: the paragraph the parts' counts are stated in)
    const above: Source[] = [];
    for (let rr = r - 1; rr >= 1 && above.length < ABOVE; rr--) {
      if (!grid.ownsCell(rr, c) || grid.compactText(rr, c).length < MIN_TEXT) continue;
      const t = proseDigits(grid.text(rr, c));
      if (t !== null) above.push({ text: t, row: rr, col: c });
    }
    BRACKETED_RATES.lastIndex = 0;
    let n = 0;
    for (let m = BRACKETED_RATES.exec(text); m; m = BRACKETED_RATES.exec(text)) {
      for (const rel of readRates(grid, text, m, { text: "", row: r, col: c }, above)) out.push({ ...rel, id: `ratio:part-rate:${grid.addr(r, c)}:${n++}` });
    }
  }
  return out;
}

function readRates(grid: Grid, text: string, m: RegExpExecArray, here: Source, above: Source[]): RatioRelation[] {
  const words = m[1];
  const stem = words.replace(/^.*?([\u4e00-\u9fa5]{1,2})$/, "$1");
  const rateText = m[2];
  // the parts: every item a name and a rate
  const items: { name: string; rate: string }[] = [];
  for (const piece of m[3].replace(OPENING, "").split(/[、,;]/)) {
    const x = ITEM.exec(piece);
    if (!x) return [];
    items.push({ name: x[1], rate: x[2] });
  }
  if (items.length < 2 || new Set(items.map((x) => x.name)).size !== items.length) return [];
  // the whole's done count, right before the rate (its words at most between)
  const before = text.slice(0, m.index);
  const done = new RegExp(`(\\d+)(${COUNT_UNITS}),?[\\u4e00-\\u9fa5]{0,8}$`).exec(before);
  if (!done || /[\d.]/.test(before[done.index - 1] ?? "")) return [];
  const unit = done[2];
  const N = Number(done[1]);
  // (the rate's sentence: the parts' counts are stated before it)
  let s0 = done.index;
  while (s0 > 0 && !SENTENCE_END.test(text[s0 - 1])) s0--;
  const sources: Source[] = [{ ...here, text: text.slice(0, s0) }, ...above];
  const counts: Count[] = [];
  for (const it of items) {
    const x = countAfter(sources, it.name, unit);
    if (!x) return [];
    counts.push(x);
  }
  // (the parts' counts of one text, the whole stated before the first of them)
  const src = counts[0].at;
  if (counts.some((x) => x.at !== src)) return [];
  const W = counts.reduce((a, x) => a + x.value, 0);
  const first = Math.min(...counts.map((x) => x.index));
  const wholeAt = countsBefore(src.text, unit, first).get(W);
  if (wholeAt === undefined || N > W || W <= 0) return [];
  const cellOf = (s: Source) => ({ cell: grid.addr(s.row, s.col), row: s.row, col: s.col });
  const rateCell = cellOf(here);
  const stated = (t: string, label: string): RelationTerm => ({ ...rateCell, value: Number(t), text: t + "%", decimals: decimalsOf(t), percent: false, label });
  const count = (value: number, t: string, label: string, at = rateCell): RelationTerm => ({ ...at, value, text: t, decimals: 0, percent: false, label });
  const name = `${words}率`;
  const whole: RatioRelation = {
    kind: "ratio",
    id: "",
    measure: "rate",
    name,
    label: name,
    block: "budget",
    bound: "equal",
    stated: stated(rateText, name),
    numerator: count(N, `${N}${unit}`, words),
    denominator: count(W, `${W}${unit}`, "所列合计", cellOf(src)),
    statedInPoints: true,
  };
  // the whole's rate is N over the parts' whole: the parts' counts are its base
  if (!ratioAgrees(whole.stated, N, W, true).ok) return [];
  const ks = items.map((it, i) => wholeCounts(it.rate, counts[i].value));
  if (ks.filter((x) => x.length === 1).length < 2) return [whole];
  const out: RatioRelation[] = [whole];
  items.forEach((it, i) => {
    if (ks[i].length) return;
    const n = counts[i].value;
    const others = ks.every((x, j) => j === i || x.length === 1);
    const rest = others ? N - ks.reduce((a, x, j) => (j === i ? a : a + x[0]), 0) : -1;
    const label = `${it.name}${stem}`;
    const numerator =
      rest >= 0 && rest <= n
        ? count(rest, `${N}${ks.map((x, j) => (j === i ? "" : `−${x[0]}`)).join("")}${unit}`, `${label}(${N}减其余各项)`)
        : count(Math.round((Number(it.rate) * n) / 100), `${Math.round((Number(it.rate) * n) / 100)}${unit}`, `${label}(最接近的整数)`);
    const partName = `${it.name}${name}`;
    out.push({
      kind: "ratio",
      id: "",
      measure: "rate",
      name: partName,
      label: partName,
      block: "budget",
      bound: "equal",
      stated: stated(it.rate, partName),
      numerator,
      denominator: count(n, `${counts[i].digits}${unit}`, it.name, cellOf(counts[i].at)),
      statedInPoints: true,
    });
  });
  return out;
}
