import { Grid } from "../../src/core/grid/grid";
import { review, type ReviewResult } from "../../src/core/review";
import { DOCUMENT_VARIANTS, documentVariant, isProse } from "./document-variants";
import { asSheetName, build, mainTitleRow, rowTexts, titleRows, withoutRows } from "./metamorphic";
import { rangeA1 } from "../../src/core/grid/a1";
import { realGrid } from "./title-variants";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { FIXTURES } from "../helpers";

/**
 * rep48: the class "a report in prose stating its result" — every real truth of a self-evaluation or evaluation report
 * (project-self-eval / dept-self-eval) printed as prose (no table header read, its lines mostly one text) whose truth
 * states its total in a sentence (claimed_total with its cell) and whose unchanged review reads that total. Each is printed
 * again in the shapes of a document whose title is not a line of its own (document-variants.ts: file name over one cell,
 * one cell, PDF breaks, 繁體, spaces in words, file name as title, untitled, untitled in one cell) and three more:
 *   title as the sheet's name   the title lines removed, the sheet named after the title;
 *   another title               the title line replaced by another report's of its family ('某县2021年度重点项目绩效评价报告',
 *                               '某县水利局2022年度部门整体支出绩效评价报告');
 *   a title naming the unit     the title line replaced by '某县农业农村局2023年度'.
 * A shape reads where the review names the truth's family and states the truth's total (its value; its grade too where the
 * truth states one).
 */
export const RESULT_SHAPES = [...DOCUMENT_VARIANTS, "title as the sheet's name", "another title", "a title naming the unit"] as const;
export type ResultShape = (typeof RESULT_SHAPES)[number];

export interface ResultTruth {
  id: string;
  family: string;
  header_row: number | null;
  indicators: { row: number }[];
  totals?: { claimed_total?: number | null; claimed_total_cell?: string | null; claimed_grade?: string | null } | null;
}

const retitled = (g: Grid, text: string): Grid | null => {
  const titles = titleRows(g, null);
  if (!titles.length) return null;
  const row = mainTitleRow(g, titles);
  const col = rowTexts(g, row)[0].col;
  return build(g, (r, c) => (r === row ? (c === col ? { v: text } : null) : g.cell(r, c)), g.rowCount, g.colCount, g.merges.filter((m) => m.r1 > row || m.r2 < row).map((m) => rangeA1(m)));
};

export function resultShape(kind: ResultShape, g: Grid, family: string): Grid | null {
  switch (kind) {
    case "title as the sheet's name": {
      const titles = titleRows(g, null);
      if (!titles.length) return null;
      const name = asSheetName(rowTexts(g, mainTitleRow(g, titles))[0].text);
      const out = withoutRows(g, titles).grid;
      return build(out, (r, c) => out.cell(r, c), out.rowCount, out.colCount, out.merges.map((m) => rangeA1(m)), name);
    }
    case "another title":
      return retitled(g, family === "dept-self-eval" ? "某县水利局2022年度部门整体支出绩效评价报告" : "某县2021年度重点项目绩效评价报告");
    case "a title naming the unit":
      return retitled(g, "某县农业农村局2023年度");
    default:
      return documentVariant(kind, g);
  }
}

/** The class's sources: real prose reports stating their total in a sentence, read right as printed (`asPrinted`). */
export function resultSources(asPrinted = true): { t: ResultTruth; g: Grid }[] {
  const out: { t: ResultTruth; g: Grid }[] = [];
  for (const f of readdirSync(join(FIXTURES, "real")).filter((x) => x.endsWith(".truth.json")).sort()) {
    const t: ResultTruth = { ...JSON.parse(readFileSync(join(FIXTURES, "real", f), "utf8")), id: f.slice(0, -".truth.json".length) };
    if (t.family !== "project-self-eval" && t.family !== "dept-self-eval") continue;
    if (typeof t.totals?.claimed_total !== "number" || !t.totals.claimed_total_cell || t.header_row !== null) continue;
    const g = realGrid(t.id);
    const r = review(g, "national");
    // (asPrinted false: the truths alone, the sheet as printed read or not — a measure of a tree that does not read them)
    if (!isProse(g, r) || (asPrinted && !reads(r, t))) continue;
    out.push({ t, g });
  }
  return out;
}

/** The review names the truth's family and states its total (and its grade where the truth states one). */
export function reads(r: ReviewResult, t: ResultTruth): boolean {
  if (r.model.family !== t.family) return false;
  const v = r.model.totals?.score?.value;
  if (typeof v !== "number" || Math.abs(v - t.totals!.claimed_total!) > 1e-9) return false;
  return !t.totals!.claimed_grade || r.model.grade?.value === t.totals!.claimed_grade;
}
