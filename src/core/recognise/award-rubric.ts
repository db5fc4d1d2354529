import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { compact } from "../text/normalize";
import { copiesLeft } from "./cells";
import { ruleCriteria, topTierAward } from "./rule-points";
import { isClosingRow } from "./table-closing";
import type { HeaderMap } from "./table-header";
import { CODE_HEADER, SCAN } from "./vocabulary";

/**
 * A rubric whose items' points stand only as awards inside their rules (序號 | 驗收及計分標準 over 村組道路 | "…到達村委會或村學校
 * 所在地計7分;25戶以上自然團寨道路實現硬化計3分。"): no 分值 column, no points opening a rule (rulePoints), each line's rule awarding
 * its criteria their points, the otherwise-zero aside. The line's worth is what its rule awards in full: the awards of its
 * separate criteria added (7 + 3), or the top tier of one criterion scored in tiers (topTierAward).
 */

/**
 * The awards of a rule that scores separate criteria, each with one award (ruleCriteria, the one reading of such rules
 * that rubric-points-mismatch's criterionAwards shares): "…到达村委会…计7分;25户以上…硬化计3分。" -> [7, 3];
 * "…计4分,健康扶贫政策落实计6分" -> [4, 6]; "…计10分,未解决计0分" -> [10]. Null where a criterion is scored in tiers
 * or grades ("工作优秀得10分,良好得8分": an assessment by grade, no award; one criterion's tiers are topTierAward's).
 */
export function separateAwards(rule: string): number[] | null {
  const read = ruleCriteria(rule);
  return read && !read.tiered ? read.bests : null;
}

/**
 * What a line's rule awards in full where the table has no points column: the top tier of one criterion scored in tiers
 * (topTierAward), else its separate criteria's awards added (separateAwards). Null where neither reads.
 */
export function awardsWorth(rule: string): number | null {
  const top = topTierAward(rule);
  if (top !== null) return top;
  const parts = separateAwards(rule);
  if (!parts) return null;
  let sum = 0;
  for (const p of parts) sum += p;
  return Math.round(sum * 1e6) / 1e6;
}

/** Lines of the table whose rules must read as awards, more than half of its lines (as pointsInRules asks two lines opening on their points) */
const MIN_AWARD_LINES = 2;
/** An item's label is short: longer text in the items' column is a requirement of its own, not a rubric's item */
const LABEL_MAX = 20;
/** a role that makes the header no awards-only rubric: points, scores, targets, grades or levels are read otherwise */
const OTHER_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["weight", "score", "targetValue", "actual", "grade", "level1", "level2", "level3", "level1Weight", "level2Weight"]);

/**
 * A header with one rule column (计分标准, 评分标准, 验收及计分标准) and no points, score, target or level column, whose lines
 * each carry a short item label and a rule awarding its points (awardsWorth): the items' column is the name column
 * `name` left of the rule (项目 | 评分标准), or, with none, the rule's head merged over two columns (序號 | 驗收及計分標準 over
 * the item and rule columns: the items under its first column, the rules under its second). Evidence: MIN_AWARD_LINES
 * lines at least whose rules read so, more than half of the lines with a label and a rule. The items are the lines, their
 * worth what their rules award (the walk reads it: awardRows); a caption across both columns is no line.
 */
export function awardsRubricAt(grid: Grid, row: number, roles: ReadonlyMap<number, ColumnRole>, name?: number): HeaderMap | null {
  // (one rule column: a head merged over two columns is read in both, one head all the same)
  let rubric: number | undefined;
  let heads = 0;
  for (const [c, r] of roles) {
    if (OTHER_ROLES.has(r)) return null;
    if (r === "rubric") {
      heads++;
      if (rubric === undefined || c < rubric) rubric = c;
    }
  }
  if (rubric === undefined) return null;
  // (the head over two columns: merged across them, the merge filled across (its text written again in the second, an
  // export) or undone (the second left blank, a CSV dump))
  const m = grid.mergeAt(row, rubric);
  const merged = !!m && m.c1 === rubric && m.c2 === rubric + 1 && m.r1 === row;
  const filled = !m && copiesLeft(grid, row, rubric + 1) && !copiesLeft(grid, row, rubric + 2);
  const blank = !m && rubric < grid.scanCols && grid.ownsCell(row, rubric + 1) && !grid.mergeAt(row, rubric + 1) && grid.compactText(row, rubric + 1) === "";
  if (heads > (merged || filled ? 2 : 1)) return null;
  let items: number;
  if (name !== undefined) {
    if (name >= rubric || merged || filled) return null;
    items = name;
  } else {
    if (!merged && !filled && !blank) return null;
    items = rubric;
    rubric = rubric + 1;
  }
  const rows = awardRows(grid, items, rubric, row + 1, Math.min(grid.rowCount, row + SCAN.headerSettleRows));
  if (!rows) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level3: items, rubric };
  const header: HeaderMap = { headerRow: row, firstHeaderRow: row, columns, roleCount: 2, ruleAwards: true };
  for (let c = items - 1; c >= 1; c--) if (CODE_HEADER.test(grid.ownsCell(row, c) ? grid.compactText(row, c) : "")) {
    header.codeCol = c;
    break;
  }
  return header;
}

/**
 * The worth of each item line from `from` to `to` (its label starting in `items`, short; its rule starting in `rubric`)
 * that its rule's awards state (awardsWorth), by row; null where fewer than MIN_AWARD_LINES lines read so or they are
 * not more than half of the lines with a label and a rule. A line whose label is merged across the rule column is a
 * caption, no line.
 */
export function awardRows(grid: Grid, items: number, rubric: number, from: number, to: number): Map<number, number> | null {
  const out = new Map<number, number>();
  let lines = 0;
  for (let r = from; r <= to; r++) {
    if (isClosingRow(grid, r)) break;
    if (!grid.startsInRow(r, items) || !grid.startsInRow(r, rubric) || grid.anchorRow(r, rubric) !== r) continue;
    const m = grid.mergeAt(r, items);
    if (m && m.c2 >= rubric) continue;
    const label = grid.compactText(r, items);
    const rule = grid.text(r, rubric);
    if (!label || !rule) continue;
    lines++;
    if (label.length > LABEL_MAX || /\d分/.test(label)) continue;
    const w = awardsWorth(rule);
    if (w !== null && w > 0) out.set(r, w);
  }
  return out.size >= MIN_AWARD_LINES && 2 * out.size > lines ? out : null;
}
