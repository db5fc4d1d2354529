import type { Grid } from "../grid/grid";
import { LEVEL_ROLES } from "../model/types";
import type { ColumnRole } from "../model/types";
import { weightValueAt } from "./cells";
import { bracketedAwards } from "./rule-points";
import { SCAN } from "./vocabulary";
import { agreesTyped } from "../relations/tolerance";

/** lines whose awards must add up to their 分值, at least */
const AGREEING_LINES = 2;

/**
 * A scoring rule's column under a head the vocabulary lacks (序号 | 评价项目 | 建设要求 | 分值; 一级指标 | 二级指标 | 工作要求 |
 * 分值): the sum is the evidence, not the word. On a header line naming a level and a 分值 column and no rubric, a column
 * whose head holds a word no role reads is the rubric where, on its lines under the header, each text lists its
 * requirements with their points in brackets ("…列入重要议事日程(10分) 2.建立…制度(5分) 3.…(5分)": rule-points.ts
 * bracketedAwards) and those points add up to the line's 分值 — on two lines at least and on most of the lines the column
 * fills within the header's settling window (a line the page cut, its 分值 lost, is one that does not; so is a note's).
 * A column of notes or of items whose brackets add up to no line's points, a blank-headed column (unnamed-points.ts's),
 * or a head any role reads are left as read. `roles` is changed in place.
 */
export function awardsRuleColumn(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  let weight = 0;
  let firstLevel = 0;
  for (const [c, role] of roles) {
    if (role === "rubric") return;
    if (role === "weight" && !weight) weight = c;
    else if (LEVEL_ROLES.includes(role) && (!firstLevel || c < firstLevel)) firstLevel = c;
  }
  if (!weight || !firstLevel) return;
  for (let c = firstLevel + 1; c <= grid.scanCols; c++) {
    if (roles.has(c) || !grid.ownsCell(row, c) || !grid.compactText(row, c)) continue;
    if (awardsAddUpToPoints(grid, row, c, weight)) {
      roles.set(c, "rubric");
      return;
    }
  }
}

/** Of the texts in `col` under header line `row` (the header's settling window), most list bracketed awards adding up to their line's points in `weight`: two at least. */
function awardsAddUpToPoints(grid: Grid, row: number, col: number, weight: number): boolean {
  let filled = 0;
  let agree = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    if (!grid.ownsCell(r, col)) continue;
    const t = grid.text(r, col);
    if (!t) continue;
    filled++;
    // (most texts hold no bracketed points: one indexOf before the parts are read; a closing line's text in the column,
    // a note, counts as a line that does not agree — no closing test per line)
    if (t.indexOf("分") < 0) continue;
    const parts = bracketedAwards(t);
    const points = parts ? weightValueAt(grid, r, weight) : null;
    if (parts && points !== null && agreesTyped(points, parts.reduce((a, b) => a + b, 0))) agree++;
  }
  return agree >= AGREEING_LINES && agree * 2 > filled;
}
