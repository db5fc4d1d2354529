import { BEFORE_THE_FACT, DEPT_SUBJECT, EVALUATION_WORK, PROJECT_SUBJECT, kindsBelow, reportHeadsReader } from "./report-heads";

/**
 * (dev57b, session 57) **A department's report by its section heads**, no title naming it (the stored page starts at
 * '一、部门基本情况'), read as fam57 reads a project's (project-report-heads.ts; the reader and its refusals: report-heads.ts): a
 * department's whole-spending report heads its sections with the department, its budget and accounts, its performance —
 *   一、部门基本情况 / (一)部门概况 / (二)部门预决算情况 / (三)部门整体绩效目标 / 二、… 绩效情况 / 三、存在问题 …
 * — and states what it spent as done (DONE: '预算执行率为97.10%', '决算数47881.27万元', '实际支出…万元').
 * The evidence, over the document's lines from its first coded head: prose (most lines one cell); coded heads (the head's words
 * before any sentence) naming three kinds of a department report's sections at least (HEAD_KINDS: the department, its money,
 * its performance, its problems or next steps), the department and its money among them; the money done stated.
 * (fam59) Or an evaluation report of the department: a head naming the evaluation's own work (EVALUATION_WORK: 绩效评价工作情况,
 * 评价思路和过程, 评价结论) under the department's heads and one more of its kinds (money, performance, problems), no project
 * named as the subject (PROJECT_SUBJECT: a project's report) nor a plan (BEFORE_THE_FACT). Not:
 * - a budget's explanation (部门概况 / 预算收支情况 / 绩效目标): nothing done;
 * - an accounts' explanation (收入支出决算 / 决算说明 / 一般公共预算财政拨款 — ACCOUNTS_TEXT), its 部门基本情况 and 决算 figures alike;
 * - a project's report: its heads name the project, not the department.
 */
const HEAD_KINDS: RegExp[] = [
  // the department itself
  DEPT_SUBJECT,
  // its money
  /预决算|预算(?:执行|收支|安排|管理)|决算情况|收支(?:情况|概况)|资金(?:情况|使用|管理)/,
  // its performance
  /绩效(?:目标|情况|评价|自评|分析)|履职(?:成效|情况)|成效|效益/,
  // its problems, its next steps
  /问题|不足|建议|下一步|改进措施|整改措施/,
  EVALUATION_WORK,
  PROJECT_SUBJECT,
];
const DEPARTMENT = 0;
const FUNDS = 1;
const EVALUATION = 4;
const PROJECT = 5;
/** The dev57b kinds (department, money, performance, problems): three at least. */
const REPORT_KINDS = 4;
const MIN_KINDS = 3;
/** The money done: an execution rate, a final account, an amount spent. */
const DONE = /执行率(?:为|是|达到?)?\d|决算(?:数|为)\d|(?:实际|已|累计)支出(?:金额|资金)?(?:为|是|:)?\d/;

/** The sheet is a department's report by its section heads (see the module's note). */
export const deptReportHeads = reportHeadsReader({
  gate: /部门|单位/,
  kinds: HEAD_KINDS,
  outrank: [EVALUATION],
  accept(kinds, body) {
    if (!kinds.has(DEPARTMENT)) return false;
    if (kindsBelow(kinds, REPORT_KINDS) >= MIN_KINDS && kinds.has(FUNDS) && DONE.test(body)) return true;
    return kinds.has(EVALUATION) && !kinds.has(PROJECT) && kindsBelow(kinds, REPORT_KINDS) >= 2 && !BEFORE_THE_FACT.test(body);
  },
});
