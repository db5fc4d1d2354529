import type { Grid } from "../grid/grid";
import { readNumber } from "../text/numbers";
import { numberOrPointsAt } from "./cells";

/**
 * (grad50c, session 50) A list of projects' evaluation results, one project a line, each with its score — a department's
 * 部门绩效自评结果公开汇总表, a bond's 绩效评价结果 notice:
 *
 *   序号 | 项目名称 | 项目实施单位 | 预算数(调整后) | 执行数 | 结余数 | 结余交回财政数 | 自评得分 | 自评结果应用意见
 *   序号 | 主管部门 | 项目名称 | 发行金额(亿元) | 评价得分 | 备注
 *   項目名稱 | 資金量(萬元) | 自評分數
 *
 * The results of several evaluations published together (evaluation-summary): its amounts (budget, execution, balance,
 * bond issued) are each project's, beside its score. The evidence, on one head line (compact, simplified text):
 * - a project's name head (PROJECT_HEAD: 项目名称, 项目, 实事项目名称 …);
 * - right of it, an evaluation's score head (SCORE_HEAD: 自评得分, 评价得分, 自评分数, 综合得分, 得分 …);
 * - no head of an indicator table or a scoring form (指标, 分值, 权重, 满分, 标准分, 目标值, 评分标准: a self-evaluation's own
 *   table, a rubric);
 * - two lines or more under it, each a name (no number) with a score of 0–100 (no percent) in the score column.
 * (A list graded only, 评价等级 with no score, is RESULT_LIST_HEADER's; a list of units' results, unit-results.ts.)
 */

/** a project's name head */
const PROJECT_HEAD = /^(实事|建设|重点|评价|债券|专项|支出)?项目(名称)?$/;
/** an evaluation's score head */
const SCORE_HEAD = /^(自评|评价|绩效评价|绩效自评|考核|考评|综合|复核|最终)?(得分|分数|总分|评分)(\(分\))?$/;
/** heads of an indicator table or a scoring form */
const FORM_HEAD = /指标|权重|满分|标准分|目标值|评分标准|评分细则|扣分|分值|内容|标准|细则|要求|办法/;
/** the gate, over the sheet's texts */
const GATE = /得分|分数|评分/;
const HEAD_ROWS = 80;
const MAX_LINES = 400;
const MIN_LINES = 2;
/** a result's score of a pass at least */
const RESULT_SCORE = 60;

export interface ProjectResults {
  headerRow: number;
  nameCol: number;
  scoreCol: number;
  rows: number[];
}

const memo = new WeakMap<Grid, ProjectResults | null>();

export function projectResults(grid: Grid): ProjectResults | null {
  let v = memo.get(grid);
  if (v === undefined) memo.set(grid, (v = readList(grid)));
  return v;
}

function readList(grid: Grid): ProjectResults | null {
  if (!grid.hasText(GATE) || !grid.hasText("项目")) return null;
  const { start, cols } = grid.textCells();
  const last = Math.min(grid.rowCount, HEAD_ROWS);
  for (let r = 1; r <= last; r++) {
    if (start[r + 1] - start[r] < 3) continue;
    let name = 0;
    let score = 0;
    let form = false;
    for (let k = start[r]; k < start[r + 1]; k++) {
      const t = grid.compactText(r, cols[k]);
      if (FORM_HEAD.test(t)) form = true;
      if (!name && PROJECT_HEAD.test(t)) name = cols[k];
      else if (name && !score && SCORE_HEAD.test(t)) score = cols[k];
    }
    if (form || !name || !score) continue;
    const rows = linesUnder(grid, r, name, score);
    if (rows.length >= MIN_LINES) return { headerRow: r, nameCol: name, scoreCol: score, rows };
  }
  return null;
}

function linesUnder(grid: Grid, h: number, nameCol: number, scoreCol: number): number[] {
  const rows: number[] = [];
  const below = Math.max(grid.mergeAt(h, scoreCol)?.r2 ?? h, grid.mergeAt(h, nameCol)?.r2 ?? h);
  let skipped = 0;
  let high = 0;
  for (let r = below + 1; r <= Math.min(grid.rowCount, below + MAX_LINES); r++) {
    const name = grid.compactText(r, nameCol);
    // (a score as a number or as points, '100分': the score head's unit written into its cells)
    const n = numberOrPointsAt(grid, r, scoreCol);
    if (!name && !n) {
      if (rows.length || ++skipped > 2) break;
      continue;
    }
    if (!name || readNumber(grid.raw(r, nameCol), grid.format(r, nameCol))) {
      if (rows.length || ++skipped > 2) break;
      continue;
    }
    if (!n || n.percent || n.value < 0 || n.value > 100) break;
    rows.push(r);
    if (n.value >= RESULT_SCORE) high++;
  }
  // (an evaluation's results: most of them scores of a pass at least — a rubric's items carry small points, 2 | 7 | 6)
  return high * 2 >= rows.length ? rows : [];
}
