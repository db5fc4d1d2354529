import type { SheetFeatures } from "../features";
import { DEPT_SELF_EVAL_BLOCKS, EXECUTED_AMOUNT, EXECUTION_WORDS, PROJECT_IDENTITY, PROJECT_UNITS, SELF_EVAL_COVER } from "./vocabulary";
import { evidence } from "../features";

/** A title that calls the sheet a scoring table (…评价指标评分表, 评分细则, 指标体系). */
const SCORING_TABLE_TITLE = /评分表|评分细则|指标体系/;

/**
 * Evidence that a sheet reports its own year, read from the table and the blocks around it rather than its title (a
 * table pasted into a new sheet, a title naming only the unit and the year): what a self-evaluation states and an
 * indicator system or a declaration never does.
 */

/**
 * The lines above the indicator table state the money actually received or spent, a label and its amount ("执行数: |
 * 82.65", "实际到位资金(万元) | 398.88"), and the table has a score column: the scores of one project's or one
 * department's year, not a scoring system's rubric (which states no unit's money).
 */
export function executionOverScores(f: SheetFeatures): boolean {
  if (!f.header || f.header.inferred || f.header.columns.score === undefined) return false;
  // (a title calling the table a scoring table, 评分表 / 评分细则 / 指标体系, names it a scoring system whatever stands above it)
  if (SCORING_TABLE_TITLE.test(f.title)) return false;
  const above = f.body.split("\n", f.header.firstHeaderRow - 1).join("\n");
  return EXECUTED_AMOUNT.test(above);
}

/**
 * A department's own scores of its year, its 部门整体 title left out: the money it spent stated above the table it scored
 * itself (executionOverScores, selfScoreColumn), a department's block beside it (预算执行情况, 工作整体完成情况 …) and no
 * project nor a project's units named (a project's form names its 项目名称 / 主管部门 / 实施单位; the same scores under a
 * project's head are its evaluation's indicator system, as the development sheets are labelled).
 */
export function departmentScores(f: SheetFeatures): boolean {
  return executionOverScores(f) && selfScoreColumn(f) && !PROJECT_IDENTITY.test(f.body) && !PROJECT_UNITS.test(f.body) && evidence(f.body, DEPT_SELF_EVAL_BLOCKS) >= 1;
}

/**
 * A department's report without its title: three or more of its blocks (部门(单位)基本概况, 人员编制, 职能职责概述,
 * 年度主要工作内容 …) where its cover says the evaluation is a self-evaluation (评价方式: 部门(单位)绩效自评); or two where
 * no project is named (a report cut after its cover and first block: 部门(单位)名称 over 一、收支概况). A project's report
 * under the same cover names its project (项目名称) and none of a department's blocks.
 */
export function departmentSelfReport(body: string): boolean {
  if (!SELF_EVAL_COVER.test(body)) return false;
  const blocks = evidence(body, DEPT_SELF_EVAL_BLOCKS);
  return blocks >= 3 || (blocks >= 2 && !PROJECT_IDENTITY.test(body));
}

/**
 * The sheet reports nothing done: no execution, completion or self-evaluation word, no completion column and no
 * executed amount in a fund block (what a declaration of targets is).
 */
export function reportsNothingDone(f: SheetFeatures): boolean {
  return !EXECUTION_WORDS.test(f.body) && !f.header?.columns.actual && f.budget?.columns.executed === undefined && !EXECUTED_AMOUNT.test(f.body);
}

/** The table's score column is the unit's own (自评得分, 自评分): the unit scored its year itself. */
export function selfScoreColumn(f: SheetFeatures): boolean {
  const h = f.header;
  const c = h?.columns.score;
  if (!h || c === undefined) return false;
  for (let r = h.firstHeaderRow; r <= h.headerRow; r++) if (/自评/.test(f.grid.compactText(r, c))) return true;
  return false;
}
