import type { SheetFeatures } from "../features";
import { progressColumn } from "./monitoring";
import { EVALUATION_COVER, EXECUTED_AMOUNT, EXECUTION_WORDS } from "./vocabulary";

/** A title naming a self-evaluation (…绩效自评报告, …自评表): the report the targets are stated in. */
const SELF_EVAL_NAMED = /自评/;
/**
 * A line naming what was completed or executed: a section's head ((二)绩效目标完成情况, the line's one cell), or a field with
 * a value after it (预算执行情况 | 已拨付…) — the report's part on the targets' completion, no part presenting them. A form's
 * label with its value blank, the line's last text (总体目标 | 年度目标 | 年度总体目标完成情况, to be filled at the
 * self-evaluation), states nothing done.
 */
const DONE_NAMED = /完成情况|执行情况/;
const DONE_LABEL_LAST = /(完成情况|执行情况)[^|]*\|$/;
const namesDone = (line: string) => DONE_NAMED.test(line) && (line.indexOf("|") === line.length - 1 || !DONE_LABEL_LAST.test(line));
/** A line of one cell naming the self-evaluation, no field's colon (2023年度绩效自评报告|): the report's title line. */
const SELF_EVAL_TITLE_LINE = /^[^|:：]{0,60}自评[^|:：]{0,20}\|$/;

/**
 * fam56: a self-evaluation report's title over a table that states targets and nothing done — a target column (指标值 /
 * 目标值), no completion nor score column, no executed amount, no progress column, no evaluation cover (评价类型 /
 * 评价方式), no line naming a completion or an execution (namesDone: (二)绩效目标完成情况 over the same table is the report's
 * part on their completion), and no line but the report's title naming an execution, a completion or a self-evaluation
 * (EXECUTION_WORDS):
 * the targets the report presents before their completion, the declaration's table (和平's '(二)绩效目标情况' under its
 * 自评报告 title). Not an evaluation report's (评价报告: its targets are the evaluation's, 海南's covers), nor a table whose
 * completion the page states.
 */
export function targetsUnderSelfReport(f: SheetFeatures): boolean {
  const h = f.header;
  const c = h?.columns;
  if (!h || !c || h.inferred || c.targetValue === undefined || c.actual !== undefined || c.score !== undefined || c.likelihood !== undefined) return false;
  if (!SELF_EVAL_NAMED.test(f.title) || EVALUATION_COVER.test(f.body) || f.budget?.columns.executed !== undefined || EXECUTED_AMOUNT.test(f.body) || progressColumn(f)) return false;
  const lines = f.body.split("\n");
  for (let k = 0; k < lines.length; k++) if (namesDone(lines[k]) || (EXECUTION_WORDS.test(lines[k]) && !SELF_EVAL_TITLE_LINE.test(lines[k]))) return false;
  return true;
}
