import { GRADE_LETTERS, GRADE_WORDS } from "../recognise/vocabulary";
import type { Profile } from "../rubric/schema";

/** G-NAT / G-XJ / G-PK: the grade of a total under the profile's bands (inclusive lower bounds). */
export function gradeFor(score: number, bands: Profile["gradeBands"]): string {
  for (const b of bands) if (score >= b.min - 1e-9) return b.grade;
  return bands[bands.length - 1].grade;
}

/** each word of the grade vocabulary and the grade it is ("优等" → "优", "一般" → "中") */
const GRADE_OF = new Map<string, string>(Object.entries(GRADE_WORDS).flatMap(([grade, words]) => words.map((w) => [w, grade] as [string, string])));
/** a letter with or without 级/等: the whole text */
const LETTER_GRADE = /^([ABCD])[级等]?$/;

/**
 * Normalise a written grade (the words of vocabulary GRADE_WORDS): "优秀"/"优等" → "优", "良好"/"良等" → "良",
 * "合格"/"中等"/"一般" → "中", "较差"/"差等"/"不合格" → "差"; a letter with or without 级/等 ("A", "A级", "B等") → its
 * band's grade.
 */
export function normalizeGrade(text: string): string | null {
  const t = text.replace(/\s+/g, "");
  const word = GRADE_OF.get(t);
  if (word) return word;
  const letter = LETTER_GRADE.exec(t);
  return letter ? GRADE_LETTERS[letter[1]] : null;
}
