import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { proseDigits } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/*
 * (rep51, session 51) **A count's whole over its parts named by time**: a report counting the projects it ran states the
 * year's whole, then the projects it had at the year's start and those added during it — '实施项目共15个(含…5个),年初批复
 * 预算8个项目985万元(含1个年初结转结余项目50万元),调整预算后…,年中增加8个项目(含…5个)' (15 against 8 + 8), '共实施项目12项,
 * 其中:年初安排项目9项,年中追加项目3项'. The year's whole is what it started with and what it gained: the two parts partition it.
 *
 * The evidence (prose-counts' countPartitions reads a whole closed by the rest; here the close is the time words):
 * - the whole: a count after 共 / 共计 / 合计 / 总计 ('项目共15个', '共实施15个项目'), the first of its sentence outside brackets;
 * - its parts: every count of its unit after it in its sentence outside brackets (a part's own '(含…)' is inside it, no part),
 *   two at least, the first named by the year's start (年初 / 原有 / 期初 / 上年结转), the last by what was added (年中增加 /
 *   新增 / 追加 / 调增 / 增补), each named by one of them — a part named otherwise (a kind, a place, a state) is no time part;
 * - nothing dropped: a count removed in the sentence (减少 / 调减 / 取消 / 撤销 / 终止 a count of the unit) leaves the whole
 *   no sum of the two, and nothing is read.
 * Counts have no rounding: the sum is exact.
 */

const UNIT = "个|项";
const WHOLE = new RegExp(`(?:共|共计|合计|总计)[\\u4e00-\\u9fa5]{0,6}?(\\d+)(${UNIT})`);
const COUNT = new RegExp(`(\\d+)(${UNIT})`, "g");
/** a part named by the year's start */
const OPENING = /年初|原有|原定|原计划|期初|上年结转|以前年度结转/;
/** a part named by what was added during the year */
const ADDED = /年中(?:新?增加?|追加|调增|下达)|新增|追加|调增|增补|年内增加|后续增加|中途增加/;
/** a count dropped during the year */
const DROPPED = new RegExp(`(?:减少|调减|取消|撤销|终止|核销|收回)[^,;。]{0,8}?\\d+(?:${UNIT})`);
const ANY = /年初|原有|期初/;
const MIN_TEXT = 16;

export interface PeriodParts {
  whole: { value: number; digits: string; unit: string; words: string };
  parts: { value: number; digits: string; words: string }[];
}

/** The clause around [at, end) of s (between , ; : and the sentence's ends), brackets kept. */
function clauseAt(s: string, at: number, end: number): string {
  let a = at;
  while (a > 0 && !/[,;:]/.test(s[a - 1])) a--;
  let b = end;
  while (b < s.length && !/[,;:]/.test(s[b])) b++;
  return s.slice(a, b).replace(/\([^()]*\)/g, "");
}

/** The wholes and their time-named parts a prose text (proseDigits') states. */
export function periodCountParts(text: string): PeriodParts[] {
  const out: PeriodParts[] = [];
  for (const sentence of text.split(/[。!?]/)) {
    if (!OPENING.test(sentence) || !ADDED.test(sentence)) continue;
    if (DROPPED.test(sentence)) continue;
    // brackets' depth at each index
    const depth: number[] = new Array(sentence.length + 1).fill(0);
    for (let k = 0, d = 0; k < sentence.length; k++) {
      if (sentence[k] === "(") d++;
      depth[k] = d;
      if (sentence[k] === ")") d = Math.max(0, d - 1);
    }
    let w: RegExpExecArray | null = null;
    for (let from = 0; ; ) {
      const m = WHOLE.exec(sentence.slice(from));
      if (!m) break;
      const at = from + m.index;
      if (depth[at] === 0) {
        w = m;
        w.index = at;
        break;
      }
      from = at + m[0].length;
    }
    if (!w) continue;
    const unit = w[2];
    const parts: { value: number; digits: string; words: string }[] = [];
    COUNT.lastIndex = w.index + w[0].length;
    for (let m = COUNT.exec(sentence); m; m = COUNT.exec(sentence)) {
      if (depth[m.index] > 0 || m[2] !== unit) continue;
      if (m.index > 0 && /[\d.]/.test(sentence[m.index - 1])) continue;
      parts.push({ value: Number(m[1]), digits: m[1], words: clauseAt(sentence, m.index, m.index + m[0].length) });
    }
    if (parts.length < 2) continue;
    if (!OPENING.test(parts[0].words) || !ADDED.test(parts[parts.length - 1].words)) continue;
    if (!parts.every((p) => OPENING.test(p.words) || ADDED.test(p.words))) continue;
    // (the whole's own clause named as a part: no whole over them)
    const wholeWords = clauseAt(sentence, w.index, w.index + w[0].length);
    if (OPENING.test(wholeWords) || ADDED.test(wholeWords)) continue;
    out.push({ whole: { value: Number(w[1]), digits: w[1], unit, words: wholeWords }, parts });
  }
  return out;
}

/** the count sums read in a grid's sentences: `read` gives each sentence's wholes and parts (digits and labels); shared by the
 * prose count readers (period parts here, shortfall counts) */
export function sentenceCountSums(
  grid: Grid,
  minText: number,
  gate: RegExp,
  tag: string,
  read: (text: string) => { whole: { digits: string; label: string }; parts: { digits: string; label: string }[] }[],
): SumRelation[] {
  const out: SumRelation[] = [];
  if (!mayHoldSentence(grid, minText) || !grid.hasText(gate)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, minText, gate)) {
    const text = proseDigits(grid.text(r, c));
    if (text === null) continue;
    const cell = grid.addr(r, c);
    let n = 0;
    for (const s of read(text)) {
      const term = (d: string, label: string): RelationTerm => ({ cell, row: r, col: c, text: d, value: Number(d), decimals: 0, percent: false, label });
      out.push({
        kind: "sum",
        id: `sum:count:${cell}:${tag}:${n++}`,
        measure: "count",
        block: "fund-block",
        orientation: "columns",
        label: s.whole.label,
        total: term(s.whole.digits, s.whole.label),
        parts: s.parts.map((x) => term(x.digits, x.label)),
        bound: "equal",
      });
    }
  }
  return out;
}

export function periodCountSums(grid: Grid): SumRelation[] {
  return sentenceCountSums(grid, MIN_TEXT, ANY, "period-parts", (text) =>
    periodCountParts(text).map((p) => ({
      whole: { digits: p.whole.digits, label: `共${p.whole.digits}${p.whole.unit}` },
      parts: p.parts.map((x) => ({ digits: x.digits, label: x.words.slice(0, 16) || x.digits })),
    })),
  );
}
