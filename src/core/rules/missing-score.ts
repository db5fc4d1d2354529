import { parseA1 } from "../grid/a1";
import { FindingDraft, Rule } from "./types";

export const missingScore: Rule = {
  meta: {
    id: "missing-score",
    severity: "error",
    families: "all",
    title: { zh: "缺少得分", en: "Missing score" },
    rationale: {
      zh: "有分值的行未填写得分，而其他行已打分；整张未打分的模板、表格截断处的行，以及有公式但文件未保存计算结果的单元格（见 error-value）不报。",
      en: "A weighted row without a score while other rows are scored. An unscored template (no row scored), rows cut off at the bottom and formula cells whose result the file does not hold (see error-value) are not flagged.",
    },
    source: "RULEBOOK §9.9 (QS unfilled template), A-V3",
    messages: {
      missing: { zh: "{{name}}有分值但未填写得分", en: "{{name}}: weighted but not scored" },
    },
  },
  check({ grid, model }) {
    if (!model.columns.score && !model.budget?.columns.score) return [];
    // a formula without a cached value is not missing: the file was never recalculated
    const hasFormula = (cell: string | null) => {
      if (!cell) return false;
      const p = parseA1(cell);
      return !!grid.formula(p.row, p.col);
    };
    // a table cut off at the bottom: its last row stops mid-row, its score is cut off rather than missing
    const cutRow = model.truncated ? Math.max(-1, ...model.indicators.map((i) => i.row)) : -1;
    const partsScored = (model.budget?.items ?? []).filter((b) => b.kind === "part" && b.weight && b.weight.value > 0 && b.score).length;
    const rows = [
      ...model.indicators
        .filter((i) => i.weight !== null && i.weight > 0 && !i.notApplicable && i.childOfRow === null && i.row !== cutRow)
        .map((i) => ({ scored: i.claimedScore !== null || !!i.scoreText || hasFormula(i.scoreCell), cell: i.scoreCell, name: i.name, weightCell: i.weightCell })),
      // the budget total, and each fund part that carries its own 分值 (基本支出 | 985 | 914 | 10 | 10) when
      // another part of the block is scored too
      ...(model.budget?.items ?? [])
        .filter((b) => b.weight && b.weight.value > 0 && (b.kind === "total" || partsScored >= 1))
        .map((b) => ({ scored: !!b.score || b.scoreNA || hasFormula(b.scoreCell), cell: b.scoreCell, name: b.kind === "total" ? "预算执行" : b.label.replace(/[:：]$/, ""), weightCell: b.weight!.cell })),
    ];
    if (!rows.some((r) => r.scored)) return [];
    const out: FindingDraft[] = [];
    for (const r of rows) {
      if (r.scored || !r.cell) continue;
      out.push({ cell: r.cell, related: r.weightCell ? [r.weightCell] : [], messageId: "missing", data: { name: r.name || "该指标" } });
    }
    return out;
  },
};
