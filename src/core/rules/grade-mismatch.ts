import { findStatedGrades } from "../recognise/stated-grades";
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
      zh: "填报的等级必须与填报总分在所选规则方案等级标准下的等级一致（各档含下限）；等级写在总分行、总分下方、表头一行（评价分值:92.5分 评价等级:良）、自评分值旁或评价结论中，均按此核对。",
      en: "The stated grade must be the grade of the stated total under the profile's bands (inclusive lower bounds), wherever the sheet states it: in the total row or under it, in a header line, beside 自评分值, or in the 评价结论.",
    },
    source: "RULEBOOK §8 G-NAT/G-XJ/G-PK (DZGC, SEED001, PK-GRADE)",
  },
  check({ grid, model, profile, scores }) {
    const out: FindingDraft[] = [];
    const report = (gradeText: string, gradeCell: string, total: number, related: string[]) => {
      const stated = normalizeGrade(compact(gradeText));
      if (!stated) return;
      const expected = gradeFor(total, profile.gradeBands);
      if (expected === stated) return;
      out.push({
        cell: gradeCell,
        related: related.filter((c) => c !== gradeCell),
        message: `总分 ${fmt(total)} 按「${profile.name.zh}」等级标准应为「${expected}」，表中为「${gradeText}」`,
        messageEn: `A total of ${fmt(total)} is graded ${expected} under ${profile.name.en}; the sheet says ${gradeText}`,
      });
    };
    const g = model.grade;
    const total = model.totals?.score?.value ?? scores.computedTotal;
    const checked = new Set<string>();
    if (g && total !== null && total !== undefined) {
      report(g.value, g.cell, total, model.totals?.score ? [model.totals.score.cell] : []);
      checked.add(g.cell);
    }
    // grades stated elsewhere with the score beside them (header lines, 自评分值/自评等级, 评价结论)
    for (const s of findStatedGrades(grid)) {
      if (checked.has(s.gradeCell)) continue;
      checked.add(s.gradeCell);
      report(s.grade, s.gradeCell, s.score, [s.scoreCell]);
    }
    return out;
  },
};
