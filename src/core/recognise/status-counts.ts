import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { proseDigits } from "./prose-rates";
import { clauseAt } from "./prose-counts";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/*
 * (rel57, session 57) **A count of things, then the same things by their state** — an audit's rectification report or a
 * handling bulletin counts the problems found (cases received, projects planned), then how many stand in each state, with no
 * opener ('其中') and no word of the rest ('其余'), so prose-counts.ts's partitions do not read them:
 *   '审计发现问题82个,截至7月底,已整改问题38个,采纳审计建议10个,正在整改问题21个,移送问题13个,整改率达到66%'
 *                                                                   (38 + 10 + 21 + 13 = 82 ✓)
 *   '共计50项具体问题,问题资金251023.54万元,报告日已整改40项,整改到位资金…,正在整改10项(含部分整改),…'   (40 + 10 = 50 ✓)
 *   '预算执行问题6项,涉及金额237054.47万元,部分整改4项,已整改2项'                                       (4 + 2 = 6 ✓)
 * The evidence is the states' vocabulary (STATES): a count in a state done (已整改, 整改完成, 已办结, 已完工 …) and one in a
 * state not done of the same kind (正在整改, 部分整改, 未整改, 移送; 正在办理, 未办结; 在建, 未完工 …), each a count of one
 * unit; the parts are every count of that unit from the first state's clause to the last's (a count between them in no
 * state of its own — '采纳审计建议10个' — is one of the ways the things went); the whole is the count of that unit right before
 * the first state, in the same sentence, its clause naming what is counted (问题, 事项, 案件, 件 …, or the states' noun).
 * The states may run on past a sentence's stop where the next sentence opens with a count of the unit in a state of their
 * kind ('…正在整改问题21个。移送问题13个'). Refused: states of one side only (done and nothing else: no partition), a count in
 * brackets (a part's own detail), parts over twice the whole (another count), a sentence's end between the whole and its
 * first state, the rest named after the states in their sentence ('其余问题已纳入长效机制': the states are not all of it).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) for a count in a state not done before any cell is read.
 */

/** the states by the kind of work they are of: done, and not done (under way, partly done, not done, passed on) */
const STATES: { done: RegExp; open: RegExp }[] = [
  { done: /已整改|整改完成|完成整改|已完成整改|整改到位/, open: /正在整改|整改中|部分整改|未整改|尚未整改|未完成整改|移送|移交/ },
  { done: /已办结|办结|已办理完毕/, open: /正在办理|办理中|未办结|在办/ },
  { done: /已完工|完工/, open: /在建|未完工|正在施工|未开工/ },
];
/** a count and its unit */
const COUNT = /(\d+)(个|项|件|条|宗|起|笔)/g;
/** the sheet's and a cell's gate: a count in a state not done */
const ANY = /(?:正在整改|整改中|部分整改|未整改|移送|移交|正在办理|办理中|未办结|在办|在建|未完工|正在施工|未开工)[^,;。\d]{0,6}\d+(?:个|项|件|条|宗|起|笔)/;
/** what a whole counts: problems, matters, cases (or the noun the states count) */
const COUNTED = /问题|事项|案件|件|线索|项目|工程|信访|投诉|诉求/;

interface Count {
  value: number;
  digits: string;
  unit: string;
  clause: string;
  /** the index in STATES of its state's kind, and whether done */
  kind: number;
  done: boolean;
  /** the index of its sentence in the text, and the index after its unit */
  sentence: number;
  end: number;
}
/** the rest of the things named */
const REST = /其余|其他|其它|剩余|余下|另有/;
/** the index of the stop ending the sentence that holds index `at` (the text's end where none) */
function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !STOP.test(text[i])) i++;
  return i;
}
/** a sentence's stop */
const STOP = /[。!?]/;

/** The wholes and their parts by state in one text (proseDigits'). */
export function statusCountsOf(text: string): { whole: Count; parts: Count[] }[] {
  const out: { whole: Count; parts: Count[] }[] = [];
  if (!ANY.test(text)) return out;
  const counts: Count[] = [];
  let depth = 0;
  let sentence = 0;
  let k = 0;
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    for (; k < m.index; k++) {
      const ch = text[k];
      if (ch === "(") depth++;
      else if (ch === ")") depth = Math.max(0, depth - 1);
      else if (STOP.test(ch)) sentence++;
    }
    if (depth > 0 || (m.index > 0 && /[\d.]/.test(text[m.index - 1]))) continue;
    const clause = clauseAt(text, m.index, m.index + m[0].length);
    let kind = -1;
    let done = false;
    for (let i = 0; i < STATES.length && kind < 0; i++) {
      if (STATES[i].open.test(clause)) kind = i;
      else if (STATES[i].done.test(clause)) {
        kind = i;
        done = true;
      }
    }
    counts.push({ value: Number(m[1]), digits: m[1], unit: m[2], clause, kind, done, sentence, end: m.index + m[0].length });
  }
  for (let first = 1; first < counts.length; first++) {
    const whole = counts[first - 1];
    if (counts[first].kind < 0 || whole.kind >= 0 || whole.sentence !== counts[first].sentence || !COUNTED.test(whole.clause)) continue;
    const kind = counts[first].kind;
    // (the states run on past a stop where the next sentence opens with a count of the unit in a state of their kind: '…正在整改
    // 问题21个。移送问题13个')
    let last = first;
    for (let i = first; i < counts.length; i++) {
      const c = counts[i];
      if (c.sentence !== counts[i - 1].sentence && !(c.kind === kind && c.unit === whole.unit)) break;
      if (c.kind === kind && c.unit === whole.unit) last = i;
    }
    const parts = counts.slice(first, last + 1).filter((c) => c.unit === whole.unit);
    first = last;
    // (the rest named after the states — '其余问题已纳入长效机制' —: they are not all of it)
    if (REST.test(text.slice(counts[last].end, sentenceEnd(text, counts[last].end)))) continue;
    // (states of one kind, both sides; no count in a state of another kind)
    if (parts.length < 2 || parts.some((p) => p.kind >= 0 && p.kind !== kind)) continue;
    if (!parts.some((p) => p.kind === kind && p.done) || !parts.some((p) => p.kind === kind && !p.done)) continue;
    if (parts.reduce((a, p) => a + p.value, 0) > 2 * whole.value) continue;
    out.push({ whole, parts });
  }
  return out;
}

/** Every count of things over the same things by state in the sheet's prose cells (see above). */
export function statusCountSums(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  if (!mayHoldSentence(grid, 12) || !grid.hasText(ANY)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, 12, ANY)) {
    const text = proseDigits(grid.text(r, c));
    if (text === null) continue;
    const cell = grid.addr(r, c);
    let n = 0;
    for (const { whole, parts } of statusCountsOf(text)) {
      const term = (x: Count): RelationTerm => ({ cell, row: r, col: c, text: x.digits, value: x.value, decimals: 0, percent: false, label: x.clause.slice(0, 16) });
      out.push({
        kind: "sum",
        id: `sum:count:${cell}:status:${n++}`,
        measure: "count",
        block: "fund-block",
        orientation: "columns",
        label: `${whole.digits}${whole.unit}`,
        total: term(whole),
        parts: parts.map(term),
        bound: "equal",
      });
    }
  }
  return out;
}
