import { gradeFor, normalizeGrade } from "../score/grade";
import { compact } from "../text/normalize";
import { fmt, FindingDraft, Rule } from "./types";

export const gradeMismatch: Rule = {
  meta: {
    id: "grade-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "评价等级与总分不符", en: "Grade does not match the total" },
    rationale: {
      zh: "填报的等级必须与填报总分在所选规则方案等级标准下的等级一致（各档含下限）。",
      en: "The stated grade must be the grade of the stated total under the profile's bands (inclusive lower bounds).",
    },
    source: "RULEBOOK §8 G-NAT/G-XJ/G-PK (DZGC, SEED001, PK-GRADE)",
  },
  check({ model, profile, scores }) {
    const g = model.grade;
    if (!g) return [];
    const stated = normalizeGrade(compact(g.value));
    const total = model.totals?.score?.value ?? scores.computedTotal;
    if (!stated || total === null || total === undefined) return [];
    const expected = gradeFor(total, profile.gradeBands);
    if (expected === stated) return [];
    const out: FindingDraft = {
      cell: g.cell,
      related: model.totals?.score ? [model.totals.score.cell] : [],
      message: `总分 ${fmt(total)} 按「${profile.name.zh}」等级标准应为「${expected}」，表中为「${g.value}」`,
      messageEn: `A total of ${fmt(total)} is graded ${expected} under ${profile.name.en}; the sheet says ${g.value}`,
    };
    return [out];
  },
};
