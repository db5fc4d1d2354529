import type { Grid } from "../grid/grid";
import { parseA1 } from "../grid/a1";
import { normalizeGrade } from "../score/grade";
import { compact } from "../text/normalize";
import { readNumber, readPoints } from "../text/numbers";
import { bandsInText, mayStateBands } from "./grade-bands";
import { GRADE_LABEL, GRADE_LETTER_ALT, GRADE_WORD_ALT } from "./vocabulary";
import { TextFact, textMatchesWith } from "./text-facts";

/**
 * A grade the sheet states together with the score it grades, wherever they stand: in one line
 * ("评价分值:92.5分 评价等级:良"), as label/value pairs side by side ("自评分值 | 95 | 自评等级 | 优") or one over
 * the other (a 自评分值 | 自评等级 header with values below), or in a 评价结论 sentence ("自评得分96分，等级为优").
 */
export interface StatedGrade {
  /** the grade as written and the cell that holds it */
  grade: string;
  gradeCell: string;
  /** the score it grades and the cell that holds it (the same cell for one-line statements) */
  score: number;
  scoreCell: string;
}

/** A stated grade with where its score was read from. */
interface ReadGrade extends StatedGrade {
  /** the score is the unit's own (自评分值, "自评得分为96分"), not an evaluator's (评价分值, 复核得分, 综合得分) */
  selfScore: boolean;
  /** the score was read under its label (a 自评分值 | 自评等级 heading over its values: a list's items) */
  scoreBelow: boolean;
}

/** a score's label where it follows a grade in one text ("评价等级:良 评价分值:85分": the spaces between are compacted away) */
const SCORE_WORD = "(?:评价|自评|综合|复核|考评|考核|最终|项目)?(?:分值|得分|总分|评分|分数)|总得分|自评分";
/** a grade word of the vocabulary (vocabulary GRADE_WORDS) or a letter, captured */
const GRADE_GROUP = `(${GRADE_WORD_ALT}|${GRADE_LETTER_ALT})`;
/** what ends a grade word: the text's end or a punctuation mark */
const GRADE_END = "$|[,，。;；|)）(（\\s\"”」、]";
const GRADE_WORD = `${GRADE_GROUP}(?=${GRADE_END})`;
/**
 * "评价等级:良", "等级为优", "自评结论：优秀", "评定为良好" inside a text; after 为/是/a colon the grade may run into the
 * label of the score that follows it ("评价等级:良评价分值:85分"), never in prose ("考核结果中得分最高的…")
 */
const GRADE_IN_TEXT = new RegExp(`(?:等级|等次|档次|评级|评定|评为|结论|结果)(?:(?:为|是|:|：)[“"「]?${GRADE_GROUP}(?=${GRADE_END}|${SCORE_WORD})|[“"「]?${GRADE_WORD})`);
/** "属于优秀等级", "评定为良好等次", "达到优秀档次": the grade before the word 等级 (no relative clause: "属于优秀等级的项目…") */
const GRADE_BEFORE_LEVEL = new RegExp(`(?:属于|为|评为|评定为|确定为|定为|达到)[“"「]?${GRADE_GROUP}[”"」]?(?:等级|等次|档次)(?=${GRADE_END})`);
/** "评价结果：85分，优", "自评结论:92分（优秀）": a label, the score, then the grade that grades it (score group 1, grade group 2) */
const GRADE_AFTER_SCORE = new RegExp(`(?:等级|等次|结论|结果|评定|得分)(?:为|是|:)(\\d+(?:\\.\\d+)?)分?[,，、;；(（\\s]?[“"「]?${GRADE_GROUP}(?=${GRADE_END})`);
/** "综合评价为良好", "总体评价：优秀", "本项目自评为优": an overall evaluation's grade (the qualifier is needed: "群众评价为良好" is prose) */
const EVALUATED_AS = new RegExp(`(?:(?:综合|总体|整体|绩效|项目|最终)评价|自评)(?:为|是|:)[“"「]?${GRADE_GROUP}(?=${GRADE_END})`);
/** A grade read in a text: where its statement starts, the grade, the score the statement gives it (if any), and
 *  whether one of the later shapes read it (a column of those rates its items: see scanGradesOnce) */
interface TextGrade {
  at: number;
  grade: string;
  score: number | null;
  later: boolean;
}
/** The grade a text states, the first shape that reads it: GRADE_IN_TEXT, then GRADE_BEFORE_LEVEL, GRADE_AFTER_SCORE, EVALUATED_AS. */
function gradeInText(t: string): TextGrade | null {
  const m = GRADE_IN_TEXT.exec(t);
  if (m) return { at: m.index, grade: m[1] ?? m[2], score: null, later: false };
  const b = GRADE_BEFORE_LEVEL.exec(t) ?? EVALUATED_AS.exec(t);
  if (b) return { at: b.index, grade: b[1], score: null, later: true };
  const a = GRADE_AFTER_SCORE.exec(t);
  return a ? { at: a.index, grade: a[2], score: Number(a[1]), later: true } : null;
}
/** a band's bound in the clause before a grade ("90分以上评定为优", "得分≥90的评为优秀"): a rule, not a grade stated */
const BAND_CLAUSE = /\d分?(?:[(（]含[)）])?(?:及|含)?(?:以上|以下|以内)|[≥≤＜＞<>]|不低于|低于|不足|\d分?[-－—~～至到]\d/;
/** the text of the clause (since the last stop or comma) that ends where a grade is read */
function clauseBefore(t: string, at: number): string {
  let from = at;
  while (from > 0 && !"，,。；;！".includes(t[from - 1])) from--;
  return t.slice(from, at);
}
/** "评价等级：良（85分）": the score in brackets right after the grade */
const SCORE_AFTER_GRADE = new RegExp(`(?:${GRADE_WORD_ALT}|${GRADE_LETTER_ALT})[(（](\\d+(?:\\.\\d+)?)分[)）]`);
/** a label whose value (right of it or below it) is a grade */
/** "评价分值:92.5分", "自评得分为96分", "综合得分 88.5" inside a text (bare 总分 / 分值 are weights) */
const SCORE_IN_TEXT = /(?:(?:评价|自评|综合|复核|考评|考核|最终|项目)(?:分值|得分|总分|评分|分数)|总得分|自评分|得分)(?:为|是|:|：)?(\d+(?:\.\d+)?)分?/g;
/** a label whose value (right of it or below it) is the score that is graded (its unit may follow: (分), (百分制) on a 100 scale) */
const SCORE_LABEL = /^((评价|自评|综合|复核|考评|考核|最终|绩效评价)(分值|得分|总分|评分|分数)|总得分|自评总得分|得分合计|自评分)(\((分|百分制)\))?[:：]?$/;
/** a bare 总分 / 合计 label: its number is a weight or a score; beside a stated grade, the last number before the
 *  grade is the score it grades ("总分 | 100 | 85 | 等级 | 良") */
const WEAK_SCORE_LABEL = /^(总分|合计|总计|得分|评分|分数)[:：]?$/;

const MAX_ROWS = 2000;
/** rows a column of grades (or of graded scores) under its heading may run (a 评价结果汇总表 of projects) */
const MAX_LIST_ROWS = 200;
/** (every word holds one of 等档评结分: TextFact.gradeWord) */
export const MENTIONS = /等级|等次|档次|评级|评定|评为|结论|结果|得分|分值|总分|评分|分数|评价[为是:]|自评为/;

interface Spot {
  row: number;
  col: number;
  cell: string;
}

/** Every stated grade with the score beside it (pairs whose score is over 100 are not on the grade scale). */
export function findStatedGrades(grid: Grid): StatedGrade[] {
  return scanGrades(grid).paired;
}

/**
 * Grades the sheet states with no score beside them ("自评结论 | 优" under the table, "评价等级为良" in a closing
 * note): they grade the sheet's total. Listed grades (a column of them) are never lone.
 */
export function findLoneGrades(grid: Grid): { grade: string; gradeCell: string }[] {
  return scanGrades(grid).lone;
}

/**
 * The header row of a list of graded items (序号 | 项目名称 | … | 评价得分 | 评价结果, one project per row): the row of
 * the first heading over a column of grades or scores (one item or more). Null where no heading has its value under it.
 */
export function gradeListHeader(grid: Grid): number | null {
  return scanGrades(grid).listHeader;
}

/**
 * The result an evaluation's summary (概要表) states: a score with the grade that grades it, in one line ("评价分值:88.64分
 * 评价等级:良") or in label | value cells ("综合得分 | 85 | 等级 | 良"). An evaluator's score (评价/复核/综合得分) before the
 * unit's own 自评分值 the summary reports beside it; else the first stated. A score read under its heading is a
 * list's item (项目名称 | … | 自评分数 | 自评等级), never the sheet's result. Null when none is stated.
 */
// (dev59: `except`, rows whose results are an item's of a list — peer-results.ts —, never the sheet's)
export function statedResult(grid: Grid, except: readonly number[] | null = null): StatedGrade | null {
  const stated = scanGrades(grid).read.filter((s) => !s.scoreBelow && !(except && except.indexOf(parseA1(s.scoreCell).row) >= 0));
  const s = stated.find((x) => !x.selfScore) ?? stated[0];
  return s ? { grade: s.grade, gradeCell: s.gradeCell, score: s.score, scoreCell: s.scoreCell } : null;
}

type Scan = { paired: StatedGrade[]; read: ReadGrade[]; lone: { grade: string; gradeCell: string }[]; listHeader: number | null };
/** one scan per grid: the rule asks for the paired grades and for the lone ones */
const scanned = new WeakMap<Grid, Scan>();

function scanGrades(grid: Grid): Scan {
  let done = scanned.get(grid);
  if (!done) {
    done = scanGradesOnce(grid);
    scanned.set(grid, done);
  }
  return done;
}

/** A cell inside the sheet's scanned columns that starts its merge (a function of its own, not a closure per scan). */
function ownedAt(grid: Grid, r: number, c: number): boolean {
  return r >= 1 && r <= grid.rowCount && c >= 1 && c <= grid.scanCols && grid.ownsCell(r, c);
}

function scanGradesOnce(grid: Grid): Scan {
  // `listed`: read from a column under its heading, beyond the first value
  // `later`: read by a later text shape (gradeInText)
  const grades: (Spot & { grade: string; inText: boolean; listed?: boolean; later?: true })[] = [];
  let scores: (Spot & { value: number; inText: boolean; listed?: boolean; self?: true; below?: true })[] = [];
  let listHeader: number | null = null;
  const last = Math.min(grid.rowCount, MAX_ROWS);
  /** the value of a label: the next owned non-empty cell to its right, else the cell below it */
  const valueOf = (r: number, c: number): { row: number; col: number; text: string }[] => {
    const out: { row: number; col: number; text: string }[] = [];
    for (let d = c + 1; d <= grid.scanCols; d++) {
      if (!ownedAt(grid, r, d)) continue;
      const t = grid.compactText(r, d);
      if (t) {
        out.push({ row: r, col: d, text: t });
        break;
      }
    }
    const below = grid.anchor(r, c);
    const m = grid.mergeAt(r, c);
    const br = (m ? m.r2 : below.row) + 1;
    if (ownedAt(grid, br, c)) out.push({ row: br, col: c, text: grid.compactText(br, c) });
    return out;
  };
  /** a heading's column below its first value: the cells that follow it as long as `keep` reads them */
  const columnBelow = (r: number, c: number, keep: (row: number, text: string) => boolean) => {
    const m = grid.mergeAt(r, c);
    const start = (m ? m.r2 : r) + 1;
    // the first value is taken by valueOf; the list continues under it
    for (let row = start + 1; row <= Math.min(grid.rowCount, start + MAX_LIST_ROWS); row++) {
      if (!ownedAt(grid, row, c)) break;
      const text = grid.compactText(row, c);
      if (!text || !keep(row, text)) break;
    }
  };
  // (the cells with text of their own: a blank one states nothing)
  const { start, cols } = grid.textCells();
  // (the cell read and its text are bound outside the loops, with the closures over them made once: a closure over a
  // loop's own bindings makes a context object per iteration, some 18,000 per 2,000-row sheet, 0.9 MB of garbage)
  let r = 0;
  let c = 0;
  let t = "";
  // (the spot of this cell, built only for a grade or score found in its own text)
  const here = () => ({ row: r, col: c, cell: grid.addr(r, c) });
  // (the grade the text states, read once, only where asked)
  let inText: TextGrade | null | undefined;
  const textGrade = () => (inText === undefined ? (inText = gradeInText(t)) : inText);
  // (the texts that mention a grade or a score: those holding one of 等档评结分 tested, textFacts)
  const mentions = textMatchesWith(grid, TextFact.gradeWord, MENTIONS);
  for (r = 1; r <= last; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      if (mentions[k] === 0) continue;
      c = cols[k];
      if (typeof grid.raw(r, c) !== "string") continue;
      t = grid.compactText(r, c); // owned: compact(raw), memoised on the grid
      if (t.length > 400) continue;
      // a text that prints the bands ("90分（含）以上评定为优，80（含）-90分评定为良…") states neither a grade nor a score
      if (mayStateBands(grid.raw(r, c)) && bandsInText(t)) continue;
      inText = undefined;
      if (GRADE_LABEL.test(t)) {
        for (const v of valueOf(r, c)) {
          if (normalizeGrade(v.text)) {
            grades.push({ row: v.row, col: v.col, cell: grid.addr(v.row, v.col), grade: v.text, inText: false });
            // a heading over a column of grades (one per project of a 评价结果汇总表)
            if (v.col === c) {
              listHeader ??= r;
              columnBelow(r, c, (row, text) => {
                if (!normalizeGrade(text)) return false;
                grades.push({ row, col: c, cell: grid.addr(row, c), grade: text, inText: false, listed: true });
                return true;
              });
            }
            break;
          }
        }
      } else {
        const g = textGrade();
        if (g && !BAND_CLAUSE.test(clauseBefore(t, g.at))) grades.push({ ...here(), grade: g.grade, inText: true, ...(g.later ? { later: true as const } : {}) });
      }
      if (SCORE_LABEL.test(t)) {
        for (const v of valueOf(r, c)) {
          const n = readNumber(grid.raw(v.row, v.col), grid.format(v.row, v.col))?.value ?? readPoints(grid.raw(v.row, v.col));
          if (n !== null && n !== undefined) {
            scores.push({ row: v.row, col: v.col, cell: grid.addr(v.row, v.col), value: n, inText: false, ...(t.startsWith("自评") ? { self: true as const } : {}), ...(v.col === c ? { below: true as const } : {}) });
            if (v.col === c) {
              listHeader ??= r;
              columnBelow(r, c, (row) => {
                const x = readNumber(grid.raw(row, c), grid.format(row, c))?.value;
                if (x === null || x === undefined) return false;
                scores.push({ row, col: c, cell: grid.addr(row, c), value: x, inText: false, listed: true, below: true });
                return true;
              });
            }
            break;
          }
        }
      } else {
        // the score mentioned last before the grade in the same text ("满分100分，自评得分95分，等级为优")
        const g = textGrade();
        const gradeAt = g?.at ?? t.length;
        let found: number | null = null;
        let self = false;
        // (exec from lastIndex 0 rather than matchAll, which copies the regex per call; no match is empty)
        SCORE_IN_TEXT.lastIndex = 0;
        for (let m = SCORE_IN_TEXT.exec(t); m; m = SCORE_IN_TEXT.exec(t)) {
          if (m.index < gradeAt || found === null) {
            found = Number(m[1]);
            self = m[0].startsWith("自评");
          }
        }
        if (found === null && gradeAt < t.length) {
          // the score in brackets after the grade, or the one the statement gave it ("评价结果：85分，优")
          const after = SCORE_AFTER_GRADE.exec(t.slice(gradeAt));
          if (after || g?.score != null) {
            found = after ? Number(after[1]) : g!.score!;
            self = /自评/.test(t.slice(0, gradeAt));
          }
        }
        if (found !== null) scores.push({ ...here(), value: found, inText: true, ...(self ? { self: true as const } : {}) });
      }
    }
  }
  /** "总分 | 100 | 85 | 等级 | 良": a bare 总分/合计 label left of the grade, and the last number before the grade */
  const weakScore = (g: Spot): (Spot & { value: number }) | undefined => {
    let label = 0;
    for (let c = 1; c < g.col; c++) if (ownedAt(grid, g.row, c) && WEAK_SCORE_LABEL.test(grid.compactText(g.row, c))) label = c;
    if (!label) return headedScore(g);
    for (let c = g.col - 1; c > label; c--) {
      if (!ownedAt(grid, g.row, c)) continue;
      const n = readNumber(grid.raw(g.row, c), grid.format(g.row, c));
      if (n && !n.percent) return { row: g.row, col: c, cell: grid.addr(g.row, c), value: n.value };
    }
    return undefined;
  };
  /**
   * "总分 | 等级" over "85 | 优": a grade under its label beside a number under a bare 总分/得分/评分 heading (nearest left),
   * one line under the headings only: under a table's 得分 | 等级 headings the lines are its items, each rated on its own
   * scale (优 for 45 of 50), no total graded
   */
  const headedScore = (g: Spot): (Spot & { value: number }) | undefined => {
    const h = g.row - 1;
    if (!ownedAt(grid, h, g.col) || !GRADE_LABEL.test(grid.compactText(h, g.col))) return undefined;
    const next = g.row + 1;
    if (ownedAt(grid, next, g.col) && normalizeGrade(grid.compactText(next, g.col))) return undefined;
    for (let c = g.col - 1; c >= 1; c--) {
      if (!ownedAt(grid, g.row, c) || !ownedAt(grid, h, c) || !WEAK_SCORE_LABEL.test(grid.compactText(h, c))) continue;
      const n = readNumber(grid.raw(g.row, c), grid.format(g.row, c));
      if (!n || n.percent) return undefined;
      if (ownedAt(grid, next, c) && readNumber(grid.raw(next, c), grid.format(next, c))) return undefined;
      return { row: g.row, col: c, cell: grid.addr(g.row, c), value: n.value };
    }
    return undefined;
  };
  const out: StatedGrade[] = [];
  const read: ReadGrade[] = [];
  const lone: { grade: string; gradeCell: string }[] = [];
  const seen = new Set<string>();
  // a column holding two grades or more read by the later shapes ("属于优秀等级", "评价结果：9分，优" line by line) rates
  // its items, each on its own scale: none of them is a grade of the total
  const laterByCol = new Map<number, number>();
  for (const g of grades) if (g.later) laterByCol.set(g.col, (laterByCol.get(g.col) ?? 0) + 1);
  const rating = new Set(grades.filter((g) => g.later && (laterByCol.get(g.col) ?? 0) > 1).map((g) => g.cell));
  // (nor is the score such a line states any grade's score)
  if (rating.size) scores = scores.filter((x) => !rating.has(x.cell));
  for (const g of grades) {
    if (seen.has(g.cell) || rating.has(g.cell)) continue;
    // the score in the same text, else on the same row (nearest), else in the two rows above (nearest column)
    const sameCell = scores.find((s) => s.cell === g.cell);
    const sameRow = scores.filter((s) => s.row === g.row && s.cell !== g.cell).sort((a, b) => Math.abs(a.col - g.col) - Math.abs(b.col - g.col))[0];
    // (a list's item is no score a grade under the list grades: 评价等级 | 优 under a 自评分数 column grades the total)
    const above = scores
      .filter((s) => s.row < g.row && s.row >= g.row - 2 && !s.listed)
      .sort((a, b) => b.row - a.row || Math.abs(a.col - g.col) - Math.abs(b.col - g.col))[0];
    // a listed grade is graded by the listed score of its own row only (rows of a table are separate projects)
    const s = g.listed ? scores.find((x) => x.listed && x.row === g.row) : (sameCell ?? sameRow ?? (g.inText ? undefined : weakScore(g)) ?? above);
    if (!s && !g.listed) {
      seen.add(g.cell);
      lone.push({ grade: g.grade, gradeCell: g.cell });
      continue;
    }
    if (!s || s.value < 0 || s.value > 100) continue;
    seen.add(g.cell);
    const from = s as { self?: true; below?: true };
    out.push({ grade: g.grade, gradeCell: g.cell, score: s.value, scoreCell: s.cell });
    read.push({ grade: g.grade, gradeCell: g.cell, score: s.value, scoreCell: s.cell, selfScore: !!from.self, scoreBelow: !!from.below });
  }
  return { paired: out, read, lone, listHeader };
}
