import type { Grid } from "../grid/grid";
import { NUMBER_LIKE } from "./cells";

/**
 * The head of a review form's table: an expert group's or a finance bureau's written review of a project, item by item
 * (鹤山 事前绩效评审 专家组综合评价报告表: 评价内容 | 评价说明 | 专家组综合评价意见 over 立项建议, 核定绩效目标 …; or
 * 审核内容 | 审核要点 | 审核意见, 评审项目 | 评审意见, 评估内容 | 专家意见). No points, no amounts: a sheet of no family whose
 * table is still a table — its head is the sheet's header, as an amount list's is.
 *
 * A line that names the items reviewed (ITEM_HEAD: what is reviewed, 评价/审核/评审/评估/审查/论证 + 内容/项目/事项/要点) and,
 * right of it, the reviewers' opinion (OPINION_HEAD: …意见, 专家组综合评价意见, 审核意见), its other cells short names (序号, 评价说明,
 * 备注), with a line under it naming an item in the items' column: its text, no number. A sign-off line under a form
 * (主管部门审核意见 | (盖章)) names no item reviewed: no head.
 */

/** the items' column: what is reviewed (评价内容, 审核内容, 评审项目, 评估事项, 审查内容) */
const ITEM_HEAD = /^(评价|审核|评审|评估|审查|论证|考核)(内容|项目|事项|要素|环节)$/;
/** the reviewers' opinion: 评价意见, 审核意见, 专家组综合评价意见, 专家意见, 评审意见及建议 */
const OPINION_HEAD = /^[\u4e00-\u9fa5]{0,10}(评价|审核|评审|评估|审查|论证|专家|专家组|综合)(意见|结论)(及建议|和建议)?$/;
/** a column's name: short, words only */
const HEAD_NAME = /^[\u4e00-\u9fa5()]{2,16}$/;
/** rows read for the head */
const HEAD_ROWS = 60;

/** The head's row, or null. Gated on the word 意见 or 结论 anywhere in the sheet (one search over its texts). */
export function reviewFormHead(grid: Grid): number | null {
  if (!grid.hasText("意见") && !grid.hasText("结论")) return null;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= Math.min(grid.rowCount - 1, HEAD_ROWS); r++) {
    if (start[r + 1] - start[r] < 2) continue;
    let item = 0;
    let opinion = 0;
    let names = true;
    for (let k = start[r]; k < start[r + 1] && names; k++) {
      const c = cols[k];
      const t = grid.compactText(r, c);
      if (!HEAD_NAME.test(t)) names = false;
      else if (!item && ITEM_HEAD.test(t)) item = c;
      else if (item && !opinion && OPINION_HEAD.test(t)) opinion = c;
    }
    if (!names || !item || !opinion) continue;
    // the line under it names an item reviewed in the items' column (a text, not a number)
    // (under the head's merge down, where its words are merged over two lines)
    const below = (grid.mergeAt(r, item)?.r2 ?? r) + 1;
    if (below > grid.rowCount || grid.anchorRow(below, item) !== below) continue;
    const first = grid.compactText(below, item);
    if (first && !NUMBER_LIKE.test(first)) return r;
  }
  return null;
}
