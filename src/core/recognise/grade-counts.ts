import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { COUNT_UNITS, proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";
import { GRADE_WORDS } from "./vocabulary";

/*
 * (prose53, session 53) **Counts of a whole by grade**, as an assessment bulletin states them:
 *   '本次考核的21个地级以上市中,19个地市的综合评价等次为"优秀",2个地市的综合评价等次为"良好"'        (19 + 2 ≤ 21)
 *   '还抽查考核了45个县(市、区、镇街),考核结果:19个县(…),综合评价等次为"优秀";26个县(…),…为"良好"'   (19 + 26 ≤ 45)
 * The whole: a count opening its list ('N个…中,' or a count, its noun and a bracket at most, then ',' or ':'). Its parts:
 * every count of its unit after it in its sentence (none in brackets), each with one grade's words (优秀 / 良好 / 合格 / 较差
 * …, GRADE_WORDS of two characters; never '一般', a word of 一般公共预算) in its words up to the next count, no two of one
 * grade. Things of different grades are different things, so their counts cannot exceed the whole; whether every grade is
 * named the sentence need not say (prose50: '19个优秀,2个良好' may leave a grade out): the sum is a bound (atMost), a
 * whole smaller than its graded parts is the slip.
 * Not read: a count of the unit after the whole with no grade word or a grade already named (a part's own breakdown, another
 * list); a grade that holds others ('良好以上') or a 其中 in a part's words; 合格 beside 优秀 / 良好 (a pass may hold them);
 * fewer than two parts. A count's words are those after it up to the next count, or else those before it ('优秀20个').
 */

const WORDS: [string, string][] = [];
for (const [grade, words] of Object.entries(GRADE_WORDS)) for (const w of words) if (w.length >= 2 && w !== "一般") WORDS.push([w, grade]);
WORDS.sort((a, b) => b[0].length - a[0].length);
/** the grade words of two characters or more, longer first (不合格 before 合格) */
const GRADE = new RegExp(WORDS.map((w) => w[0]).join("|"), "g");
const gradeOf = new Map(WORDS);
/** a count opening its list: 'N个…中,', or its noun and a bracket at most, then ',' or ':' */
const WHOLE = new RegExp(`(^|[^\\d.,])(\\d+)(${COUNT_UNITS})([\\u4e00-\\u9fa5]{0,10}?中|[\\u4e00-\\u9fa5]{0,8}(?:\\([^()]*\\))?)[,:]`, "g");
const COUNT = new RegExp(`(\\d+)(${COUNT_UNITS})`, "g");
const ANY_GRADED = new RegExp(`\\d(?:${COUNT_UNITS})[^。]*(?:${WORDS.map((w) => w[0]).join("|")})`);
const MIN_TEXT = 16;
/** a grade that holds others ('良好以上'), a part's own breakdown ('其中10个优秀') */
const NESTED = /以上|以下|其中|包括|含/;

/** The wholes and their graded counts a prose text (proseDigits') states. */
export function gradeCounts(text: string): { whole: string; parts: { digits: string; words: string }[] }[] {
  const out: { whole: string; parts: { digits: string; words: string }[] }[] = [];
  for (const sentence of text.split(/[。!?]/)) {
    WHOLE.lastIndex = 0;
    for (let m = WHOLE.exec(sentence); m; m = WHOLE.exec(sentence)) {
      const end = m.index + m[0].length;
      WHOLE.lastIndex = m.index + m[1].length + m[2].length;
      const parts = gradedAfter(sentence, end, m[3]);
      if (parts) out.push({ whole: m[2], parts });
    }
  }
  return out;
}

function gradedAfter(s: string, from: number, unit: string): { digits: string; words: string }[] | null {
  const counts: { at: number; end: number; digits: string }[] = [];
  let depth = 0;
  let k = from;
  COUNT.lastIndex = from;
  for (let m = COUNT.exec(s); m; m = COUNT.exec(s)) {
    for (; k < m.index; k++) depth += s[k] === "(" ? 1 : s[k] === ")" && depth > 0 ? -1 : 0;
    if (depth > 0 || m[2] !== unit || /[\d.]/.test(s[m.index - 1] ?? "")) continue;
    // (a longer unit read as a shorter one: '人次' is no '人')
    if (m[2] === "人" && s[m.index + m[0].length] === "次") continue;
    counts.push({ at: m.index, end: m.index + m[0].length, digits: m[1] });
  }
  if (counts.length < 2) return null;
  // (each count's words: after it up to the next count — '19个地市…为"优秀",' —, or else before it from the last one — '优秀20个')
  const after = counts.map((x, i) => s.slice(x.end, i + 1 < counts.length ? counts[i + 1].at : s.length));
  const before = counts.map((x, i) => s.slice(i ? counts[i - 1].end : from, x.at));
  return graded(counts, after) ?? graded(counts, before);
}

/** the counts each with one grade of its own, none of two, no list within another; null where not so */
function graded(counts: { digits: string }[], words: string[]): { digits: string; words: string }[] | null {
  const seen = new Set<string>();
  let passed = false;
  for (const w of words) {
    if (NESTED.test(w)) return null;
    const found: string[] = w.match(GRADE) ?? [];
    const grades = new Set(found.map((x) => gradeOf.get(x)!));
    if (grades.size !== 1) return null;
    const g = [...grades][0];
    if (seen.has(g)) return null;
    seen.add(g);
    if (found.indexOf("合格") >= 0) passed = true;
  }
  // (合格 beside 优秀 / 良好 may be a pass that holds them: '45个合格,20个优秀')
  if (passed && (seen.has("优") || seen.has("良"))) return null;
  return counts.map((x, i) => ({ digits: x.digits, words: words[i] }));
}

/** The graded counts of the sheet's sentences as sums bounded by their wholes (see the module's note). */
export function gradeCountBounds(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText(ANY_GRADED)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_GRADED)) {
    const text = proseDigits(grid.text(r, c));
    if (text === null) continue;
    const cell = grid.addr(r, c);
    const term = (d: string, label: string): RelationTerm => ({ cell, row: r, col: c, text: d, value: Number(d), decimals: 0, percent: false, label });
    gradeCounts(text).forEach((p, n) => {
      out.push({
        kind: "sum",
        id: `sum:count:${cell}:graded:${n}`,
        measure: "count",
        block: "fund-block",
        orientation: "columns",
        label: p.whole,
        total: term(p.whole, p.whole),
        parts: p.parts.map((x) => term(x.digits, x.words.slice(0, 16))),
        bound: "atMost",
      });
    });
  }
  return out;
}
