import { FindingDraft, Rule } from "./types";

export const missingScore: Rule = {
  meta: {
    id: "missing-score",
    severity: "error",
    families: ["project-self-eval", "dept-self-eval", "indicator-system", "assessment"],
    title: { zh: "缺少得分", en: "Missing score" },
    rationale: {
      zh: "有分值的行未填写得分，而其他行已打分；整张未打分的模板和表格截断处的行不报。",
      en: "A weighted row without a score while other rows are scored. An unscored template (no row scored) and rows cut off at the bottom are not flagged.",
    },
    source: "RULEBOOK §9.9 (QS unfilled template), A-V3",
  },
  check({ model }) {
    if (!model.columns.score && !model.budget?.columns.score) return [];
    const rows = [
      ...model.indicators
        .filter((i) => i.weight !== null && i.weight > 0 && !i.notApplicable && i.childOfRow === null)
        .map((i) => ({ scored: i.claimedScore !== null || !!i.scoreText, cell: i.scoreCell, name: i.name, weightCell: i.weightCell })),
      ...(model.budget?.items ?? [])
        .filter((b) => b.kind === "total" && b.weight && b.weight.value > 0)
        .map((b) => ({ scored: !!b.score || b.scoreNA, cell: b.scoreCell, name: "预算执行", weightCell: b.weight!.cell })),
    ];
    if (!rows.some((r) => r.scored)) return [];
    const out: FindingDraft[] = [];
    for (const r of rows) {
      if (r.scored || !r.cell) continue;
      out.push({
        cell: r.cell,
        related: r.weightCell ? [r.weightCell] : [],
        message: `${r.name || "该指标"}有分值但未填写得分`,
        messageEn: `${r.name}: weighted but not scored`,
      });
    }
    return out;
  },
};
