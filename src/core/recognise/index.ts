import type { Grid } from "../grid/grid";
import type { EvaluationModel, Family, GroupNode } from "../model/types";
import { sheetFeatures, SheetFeatures } from "./features";
import { FAMILY_DETECTORS, MIN_CONFIDENCE } from "./families";
import { findNotedWeights, findTotals, findWeightBlocks } from "./table";
import { sheetRelations } from "../relations";
import { findBasicDataHeader } from "./basic-data";
import { distinctKeyRoles, hasLevel, rowRoles } from "./table-header";

export { sheetFeatures } from "./features";
export type { SheetFeatures } from "./features";

/** Score every family; the best one above MIN_CONFIDENCE wins, else `unknown`. */
export function detectFamily(f: SheetFeatures): { family: Family; confidence: number; scores: Record<string, number> } {
  const scores: Record<string, number> = {};
  let best: { family: Family; confidence: number } = { family: "unknown", confidence: 0 };
  for (const d of FAMILY_DETECTORS) {
    const s = d.detect(f);
    scores[d.id] = Math.round(s * 100) / 100;
    if (s > best.confidence) best = { family: d.id, confidence: s };
  }
  if (best.confidence < MIN_CONFIDENCE) return { family: "unknown", confidence: Math.round((1 - best.confidence) * 100) / 100, scores };
  return { ...best, confidence: Math.round(best.confidence * 100) / 100, scores };
}

/** Recognise a sheet: its family and the map of its evaluation table(s). Pure; never writes. */
export function recognise(grid: Grid): EvaluationModel {
  const f = sheetFeatures(grid);
  const { family, confidence } = detectFamily(f);
  const header = f.header;
  const walk = f.walk;
  const tableEnd = walk ? (walk.closingRow ?? walk.lastRow + 1) : header ? header.headerRow + 1 : 1;
  const { totals, grade } = header ? findTotals(grid, tableEnd, header.columns) : { totals: null, grade: null };
  const model: EvaluationModel = {
    sheet: grid.name,
    family,
    confidence,
    title: f.title.split("|").filter(Boolean)[1] ?? grid.name,
    headerRow: header && !header.inferred ? header.headerRow : null,
    columns: header?.columns ?? {},
    indicators: walk?.indicators ?? [],
    groups: walk?.groups ?? [],
    weightBlocks: header && walk ? findWeightBlocks(grid, header, walk.lastRow) : [],
    budget: f.budget,
    totals,
    grade,
    notedWeights: findNotedWeights(grid, tableEnd),
    relations: [],
    truncated: !!walk && ((walk.closingRow === null && !totals) || (!!header && otherHeader(grid, header.firstHeaderRow, tableEnd))),
    cutAbove: !!header && !f.budget && rowsWithContent(grid, header.firstHeaderRow - 1) === 0 && (f.walk?.indicators.length ?? 0) > 0,
    placeholderRows: walk?.placeholderRows ?? [],
    subtotals: walk?.subtotals ?? [],
  };
  if (family === "unknown") {
    // never forced into a family: its amount blocks still relate, and a table headed with names, 分值 and 得分
    // keeps its indicator rows, so that each row's own checks (a score above its weight, a negative or a
    // missing score) still hold; nothing else of it is read as an evaluation table
    const scored = scoredRows(model);
    const bare: EvaluationModel = {
      ...model,
      ...(scored ? {} : { headerRow: null, columns: {}, indicators: [], groups: [] }),
      weightBlocks: [], budget: null, totals: null, grade: null, notedWeights: [], placeholderRows: [], subtotals: [], truncated: false, cutAbove: false,
    };
    return { ...bare, relations: sheetRelations(grid, { ...bare, indicators: [], groups: [] }) };
  }
  model.relations = sheetRelations(grid, model);
  // a basic-data sheet has no indicator header: its amount table's header is the table's header row (its
  // relations are read from the whole sheet, so it is set after them)
  if (family === "dept-basic-data" && model.headerRow === null) model.headerRow = findBasicDataHeader(grid);
  return model;
}

/** Rows that make a table of indicators whatever its family: a name, a 分值 and a 得分 column, two rows with both. */
function scoredRows(m: EvaluationModel): boolean {
  const c = m.columns;
  if ((c.level3 ?? c.level2 ?? c.level1) === undefined || c.weight === undefined || c.score === undefined) return false;
  return m.indicators.filter((i) => i.weight !== null && (i.claimedScore !== null || i.scoreText)).length >= 2;
}

/**
 * Another indicator header above or below the table that was read (项目决策/项目管理 scored under 评价内容 | 分值 |
 * 自评分, then 项目绩效 under 一级指标 | 二级指标 | 三级指标 | … | 自评分): the rows read are only part of what a
 * total stated for the sheet covers.
 */
function otherHeader(grid: Grid, firstHeaderRow: number, tableEnd: number): boolean {
  for (let r = 1; r <= grid.rowCount; r++) {
    if (r === firstHeaderRow) r = tableEnd + 1;
    if (r > grid.rowCount) break;
    const roles = rowRoles(grid, r);
    if (hasLevel(roles) && distinctKeyRoles(roles) >= 3) return true;
  }
  return false;
}

function rowsWithContent(grid: Grid, last: number): number {
  let n = 0;
  for (let r = 1; r <= last; r++) if (grid.rowHasContent(r)) n++;
  return n;
}

/** All groups of the tree, depth first. */
export function allGroups(groups: GroupNode[]): GroupNode[] {
  const out: GroupNode[] = [];
  const visit = (g: GroupNode) => {
    out.push(g);
    g.children.forEach(visit);
  };
  groups.forEach(visit);
  return out;
}
