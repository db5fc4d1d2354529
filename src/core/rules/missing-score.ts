import { a1, parseA1 } from "../grid/a1";
import type { Grid } from "../grid/grid";
import { FindingDraft, Rule } from "./types";
import type { BudgetItem, EvaluationModel, Indicator } from "../model/types";

export const missingScore: Rule = {
  meta: {
    id: "missing-score",
    severity: "error",
    families: "all",
    title: { zh: "缺少得分", en: "Missing score" },
    rationale: {
      zh: "有分值的行未填写得分，而其他行已打分；整张未打分的模板、没有一行指标打分的指标表（即使资金行已打分）、表格截断处的行，以及有公式但文件未保存计算结果的单元格（见 error-value）不报。",
      en: "A weighted row without a score while other rows are scored. An unscored template (no row scored), an indicator table none of whose lines is scored (even where the funds line is), rows cut off at the bottom and formula cells whose result the file does not hold (see error-value) are not flagged.",
    },
    source: "RULEBOOK §9.9 (QS unfilled template), A-V3",
    messages: {
      missing: { zh: "{{name}}有分值但未填写得分", en: "{{name}}: weighted but not scored" },
      unscoredLines: {
        zh: "指标表的得分栏没有一行填写（只有资金行打分）：按未打分的表处理，各指标不逐行报缺少得分",
        en: "No indicator line is scored (only the funds line is): read as a form not scored, no line reported as missing its score",
      },
    },
  },
  check({ grid, model }) {
    if (!model.columns.score && !model.budget?.columns.score) return [];
    // a table cut off at the bottom: its last row stops mid-row, its score is cut off rather than missing
    let cutRow = -1;
    if (model.truncated) for (const i of model.indicators) if (i.row > cutRow) cutRow = i.row;
    const partsScored = (model.budget?.items ?? []).filter((b) => b.kind === "part" && b.weight && b.weight.value > 0 && b.score).length;
    // the budget total, and each fund part that carries its own 分值 (基本支出 | 985 | 914 | 10 | 10) when
    // another part of the block is scored too
    const items = (model.budget?.items ?? []).filter((b) => b.weight && b.weight.value > 0 && (b.kind === "total" || partsScored >= 1));
    // (the cut last row's score, where it survived, shows the table is scored too: its blank alone is not reported)
    const linesScored = anyScoredRow(grid, model.indicators);
    if (!linesScored && !items.some((b) => scoredItem(grid, b))) return [];
    const out: FindingDraft[] = [];
    // (the weighted rows read in place: no filtered copy of a large table's rows kept through the check)
    const sc = model.columns.score;
    // an indicator table none of whose lines is scored is a form not scored (a target form, a preview that lost the
    // column), whatever its 资金 block holds: its lines are asked for their scores only where another line has one
    for (let ii = 0; linesScored && ii < model.indicators.length; ii++) {
      const i = model.indicators[ii];
      // (a line whose score cell is merged down from a line above is scored with it, once: lines of one item)
      if (sc && !grid.startsInRow(i.row, sc)) continue;
      if (weightedRow(i) && i.row !== cutRow && !scoredRow(grid, i)) reportMissing(out, i.scoreCell, i.weightCell, i.name);
    }
    if (!linesScored) noteUnscoredLines(out, model);
    for (const b of items) if (!scoredItem(grid, b)) reportMissing(out, b.scoreCell, b.weight!.cell, b.kind === "total" ? "预算执行" : b.label.replace(/[:：]$/, ""));
    return out;
  },
};

/*
 * Functions of their own, not closures made in every check: a closure is a new function on every review, which the
 * optimised loop over a large sheet's rows meets as a new call target and is thrown away for.
 */

/** A formula without a cached value is not missing: the file was never recalculated. */
function hasFormula(grid: Grid, cell: string | null): boolean {
  if (!cell) return false;
  const p = parseA1(cell);
  return !!grid.formula(p.row, p.col);
}

/** (no object and no address per row: a 40,000-row table asks this of every row, and reports a few) */
function scoredRow(grid: Grid, i: Indicator): boolean {
  return i.claimedScore !== null || !!i.scoreText || hasFormula(grid, i.scoreCell);
}

/** A row that carries a weight of its own (above 0, applicable, no sub-item): its score is expected. */
function weightedRow(i: Indicator): boolean {
  return i.weight !== null && i.weight > 0 && !i.notApplicable && i.childOfRow === null;
}

/** Some weighted row of the table is scored. */
function anyScoredRow(grid: Grid, indicators: Indicator[]): boolean {
  for (let k = 0; k < indicators.length; k++) if (weightedRow(indicators[k]) && scoredRow(grid, indicators[k])) return true;
  return false;
}

function scoredItem(grid: Grid, b: BudgetItem): boolean {
  return !!b.score || b.scoreNA || hasFormula(grid, b.scoreCell);
}

/** (dev60) One note for the sheet where its funds line is scored and none of its weighted indicator lines: at the 得分 head. */
function noteUnscoredLines(out: FindingDraft[], model: EvaluationModel): void {
  let first: Indicator | null = null;
  for (let k = 0; k < model.indicators.length && !first; k++) if (weightedRow(model.indicators[k]) && model.indicators[k].scoreCell) first = model.indicators[k];
  if (!first) return;
  const sc = model.columns.score;
  const cell = sc && model.headerRow !== null ? a1(model.headerRow, sc) : first.scoreCell!;
  out.push({ cell, severity: "info", related: [first.scoreCell!], messageId: "unscoredLines", data: {} });
}

function reportMissing(out: FindingDraft[], cell: string | null, weightCell: string | null, name: string): void {
  if (cell) out.push({ cell, related: weightCell ? [weightCell] : [], messageId: "missing", data: { name: name || "该指标" } });
}
