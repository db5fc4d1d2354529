import type { Profile } from "../rubric/schema";
import { normalizeGrade } from "../score/grade";
import { GRADE_LETTER_ALT, GRADE_WORD_ALT } from "./vocabulary";

type Bands = Profile["gradeBands"];

/** a grade word of the vocabulary, or a letter where a sheet grades by letter ("90分（含）以上为A", "…为B级") */
const GRADE_WORD = `(${GRADE_WORD_ALT}|${GRADE_LETTER_ALT})`;
/** the words that give a band its grade: 为, 评为, 评定为 ("90分（含）以上评定为优"), 定为, 确定为, 认定为, 属于, a colon */
const GIVES = "(?:为|评为|评定为|定为|确定为|认定为|属于|[:：])";
/** "90分(含)以上为优" / "90分及以上为优秀" / "≥90分为优" / "80-89分为良" / "80（含）-90分为良" / "90分以上评定为优" */
const BAND_TEXT = new RegExp(`(?:[≥>＞]=?|大于等于|不低于)?(\\d{2,3}(?:\\.\\d+)?)分?(?:[(（]含[)）])?(?:(?:[-－—~～至到]\\d{2,3}(?:\\.\\d+)?分?(?:[(（](?:含|不含)[)）])?)|(?:分?(?:及|含)?以上))?(?:的)?${GIVES}${GRADE_WORD}`, "g");
/** "优（90分以上）" / "优：90分及以上" */
const BAND_TEXT_GRADE_FIRST = new RegExp(`${GRADE_WORD}[(（:：]?(\\d{2,3}(?:\\.\\d+)?)分?(?:[(（]含[)）])?(?:及|含)?以上`, "g");
/** "优(≥90)" / "良：≥80" (the upper bound after it, "良(≥80,<90)", says nothing more) */
const BAND_TEXT_GRADE_FIRST_SIGN = new RegExp(`${GRADE_WORD}[(（:：]?(?:≥|>=|大于等于|不低于)(\\d{2,3}(?:\\.\\d+)?)`, "g");
/** the grade written before its lower bound, in words or with a sign */
const GRADE_FIRST_TEXTS = [BAND_TEXT_GRADE_FIRST, BAND_TEXT_GRADE_FIRST_SIGN];
/** "60分以下为差" / "60分以下评定为差": the lowest grade reads "below" */
const BELOW_TEXT = new RegExp(`(\\d{2,3})分?以下(?:的)?${GIVES}${GRADE_WORD}`);
/** "差(<60)" / "差（60分以下）": the lowest grade, written before its bound */
const BELOW_GRADE_FIRST = new RegExp(`${GRADE_WORD}[(（:：]?(?:(?:<|小于|低于)\\d{2,3}|\\d{2,3}分?以下)`);

/** A cell's raw value that may print bands: a text of some length with 分 or a sign (the cheap test before compacting). */
export function mayStateBands(raw: unknown): raw is string {
  // (bands written with signs, "优(≥90) 良(≥80,<90)", need no 分)
  return typeof raw === "string" && raw.length >= 8 && (raw.indexOf("分") >= 0 || raw.indexOf("≥") >= 0 || raw.indexOf(">=") >= 0);
}

/**
 * The grade bands a compacted text prints ("90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差"), highest
 * first, the lowest starting at 0; null when it prints fewer than two graded lower bounds.
 */
export function bandsInText(t: string): Bands | null {
  if (!/(优|良|中|差|合格|为[ABCD])/.test(t)) return null;
  const mins = new Map<string, number>();
  for (const m of t.matchAll(BAND_TEXT)) {
    const g = normalizeGrade(m[2]);
    if (g && !mins.has(g)) mins.set(g, Number(m[1]));
  }
  for (const re of GRADE_FIRST_TEXTS)
    for (const m of t.matchAll(re)) {
      const g = normalizeGrade(m[1]);
      if (g && !mins.has(g)) mins.set(g, Number(m[2]));
    }
  if (mins.size < 2) return null;
  const bands = [...mins].map(([grade, min]) => ({ grade, min })).sort((a, b) => b.min - a.min);
  if (new Set(bands.map((b) => b.min)).size !== bands.length) return null;
  // "60分以下为差": the lowest grade reads "below", and starts at 0
  const below = BELOW_TEXT.exec(t);
  const belowFirst = below ? null : BELOW_GRADE_FIRST.exec(t);
  const low = below ? normalizeGrade(below[2]) : belowFirst ? normalizeGrade(belowFirst[1]) : null;
  if (low && !mins.has(low)) bands.push({ grade: low, min: 0 });
  else bands[bands.length - 1] = { ...bands[bands.length - 1], min: 0 };
  return bands;
}
