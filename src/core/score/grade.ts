import type { Profile } from "../rubric/schema";

/** G-NAT / G-XJ / G-PK: the grade of a total under the profile's bands (inclusive lower bounds). */
export function gradeFor(score: number, bands: Profile["gradeBands"]): string {
  for (const b of bands) if (score >= b.min - 1e-9) return b.grade;
  return bands[bands.length - 1].grade;
}

/**
 * Normalise a written grade: "优秀"/"优等" → "优", "良好"/"良等" → "良", "合格"/"中等" → "中", "较差"/"差等"/"不合格" → "差";
 * a letter with or without 级/等 ("A", "A级", "B等") → its band's grade.
 */
export function normalizeGrade(text: string): string | null {
  const t = text.replace(/\s+/g, "");
  if (/^(优|优秀|优等|A[级等]?)$/.test(t)) return "优";
  if (/^(良|良好|良等|B[级等]?)$/.test(t)) return "良";
  if (/^(中|中等|合格|一般|C[级等]?)$/.test(t)) return "中";
  if (/^(差|较差|差等|不合格|D[级等]?)$/.test(t)) return "差";
  return null;
}
