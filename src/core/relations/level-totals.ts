import type { Grid } from "../grid/grid";
import { parseA1 } from "../grid/a1";
import type { EvaluationModel, GroupNode, RelationTerm, RollupRelation } from "../model/types";
import { copiesLeft, weightAt } from "../recognise/cells";
import { termAt } from "./terms";
import { addsUp } from "./tolerance";
import { childWeightTerms, relativeWeights } from "./tree";

/**
 * (prec55) The table's closing 总分 line printing its whole under a group-weight column too (总分 | 100 | | 100 | | 100,
 * under 一级 分值, 二级 分值 and the lines' 分值): that column's total is the whole of its level's groups — each group at
 * its stated weight, a group stating none at its lines (childWeightTerms: a 二级 left blank, or printing its lines'
 * weights copied, recognise/group-weight-copies.ts). Read from the tree, not as the column's numbers added up: a group's
 * weight printed again on its later lines, or a line's own weight copied there, is no second group; a blank is none.
 * Not on a table cut below (its groups may go on past the page), nor on relative weights (each group out of 100), nor
 * where no group of the level states the sum of its own units: its column then holds no points of groups over lines (a
 * weighted evaluation's 权重 over its 评价分值, 20% over 90, 40% over 80: shares of one whole, whose closing 100% is
 * weighted-totals.ts' to read, at the share the lines show is the slip). The plain column sum then reads it, as before.
 */
export function levelWeightTotals(grid: Grid, model: EvaluationModel): RollupRelation[] {
  const totals = model.totals;
  if (!totals || totals.inSentence || totals.amount || model.truncated || !model.groups.length) return [];
  const level1 = model.groups.filter((g) => g.level === 1);
  if (relativeWeights(level1)) return [];
  const out: RollupRelation[] = [];
  const cols = model.columns;
  for (const [level, col] of [[1, cols.level1Weight], [2, cols.level2Weight]] as const) {
    if (col === undefined || col === cols.weight || !grid.ownsCell(totals.row, col) || copiesLeft(grid, totals.row, col)) continue;
    const total = weightAt(grid, totals.row, col);
    if (!total) continue;
    const groups = level === 1 ? level1 : level2Units(model.groups);
    const parts: RelationTerm[] = [];
    let stated = 0;
    let borneOut = false;
    for (const g of groups) {
      if (g.weight !== null && g.level === level) {
        stated++;
        parts.push(termAt(g.weightCell ?? g.cell, g.weight, { label: g.name || g.label }));
        if (!borneOut) {
          const units = childWeightTerms(g);
          borneOut = units.length > 0 && addsUp(g.weight, units);
        }
      } else parts.push(...childWeightTerms(g));
    }
    if (!stated || !borneOut || parts.length < 2) continue;
    out.push({
      kind: "rollup",
      id: `rollup:weight:total:${total.cell}`,
      block: "indicator-table",
      bound: "equal",
      measure: "weight",
      level: "total",
      label: "总分",
      total: { ...total, label: grid.compactText(totals.row, parseA1(totals.labelCell).col) || "总分" },
      parts,
    });
  }
  return out;
}

/** The 二级 groups of the table in order, a 一级 with no 二级 under it standing as one (its lines in the 二级's place). */
function level2Units(groups: GroupNode[]): GroupNode[] {
  const out: GroupNode[] = [];
  for (const g of groups) {
    if (g.level === 2 || !g.children.length) out.push(g);
    else for (const c of g.children) out.push(c);
  }
  return out;
}
