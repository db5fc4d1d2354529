import type { Grid } from "../../grid/grid";
import { GATE, NOT_BULLETIN, progressClauses, SO_FAR, SUMMARY_WORDS, YEAR_SO_FAR } from "./progress-bulletin";

/**
 * fam53: **a progress bulletin whose period is not on the page** — its second half, or an excerpt starting past the sentence
 * that dates it ('1-9月,全州重点项目…' stood in the first paragraph): '重大产业项目:累计完成投资113.4亿元,完成年度计划的67.05%。其中:
 * 生态能源业累计完成投资102.21亿元,完成年度计划的74.65%;…', '年初安排23项,计划完成投资337亿元。目前已全部开复工,完成投资256.4
 * 亿元,占年度目标任务76%'. progressBulletin asks for the period inside the year; without any period, the pairing of the year's
 * plan with what is done, stated again and again, is the bulletin's own: UNDATED_CLAUSES progress clauses at least
 * (progress-bulletin's kinds), one more than a dated bulletin needs.
 * Never where a period is stated (progressBulletin reads those: a period so far, or the year run to its end), where the year's
 * end is named (年底, 年末, 12月底: a year's summary reports its completion too), nor where the text is a summary (工作总结,
 * 工作报告), an evaluation, a budget's execution or a rectification (progress-bulletin's NOT_BULLETIN).
 */
const YEAR_END = /(?:^|[^\d])12月(?:底|末|31日|份)|年底|年末|年终|全年共?完成/;
/** clauses needed where no period is stated */
const UNDATED_CLAUSES = 4;

const memo = new WeakMap<Grid, boolean>();

export function undatedBulletin(grid: Grid): boolean {
  let v = memo.get(grid);
  if (v === undefined) memo.set(grid, (v = readUndated(grid)));
  return v;
}

function readUndated(grid: Grid): boolean {
  if (!grid.hasText(GATE) || grid.hasText(NOT_BULLETIN) || grid.hasText(SUMMARY_WORDS)) return false;
  if (grid.hasText(SO_FAR) || grid.hasText(YEAR_SO_FAR) || grid.hasText(YEAR_END)) return false;
  return progressClauses(grid, UNDATED_CLAUSES) >= UNDATED_CLAUSES;
}
