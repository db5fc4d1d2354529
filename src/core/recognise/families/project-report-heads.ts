import { WHOLE_EVALUATION } from "./document-text";
import { BEFORE_THE_FACT, DEPT_SUBJECT, EVALUATION_ANALYSIS, EVALUATION_WORK, PROJECT_SUBJECT, kindsBelow, reportHeadsReader } from "./report-heads";

/**
 * fam57: **a project's report by its section heads**, no title naming it (the stored page starts at '一、项目概述'). A project's
 * execution (completion) report — a 红十字会 博爱家园 project's, a subsidised project's — heads its sections with the project's
 * own parts: what the project is, its money budgeted and actually spent, how it was carried out —
 *   一、项目概述 / 二、项目资金概述 / (一)项目预算资金 / (二)项目资金实际支出 / 三、项目执行情况 / (一)组织保障 / (二)项目实施周期
 * — and states what it spent in the past ('实际支出金额9.04万元', '已支出500元'). The corpus files such a report with the project's
 * self-evaluations (project-self-eval), as an evaluation report of a project.
 * (fam59) Two more readings of the same heads (the reader and its refusals: report-heads.ts):
 * - **an evaluation report**: a head naming the evaluation's own work (EVALUATION_WORK: 绩效评价工作开展情况, 评价的范围和目的,
 *   评价结论 …, or its analysis: 资金到位情况分析, EVALUATION_ANALYSIS) and one naming the project as its subject (PROJECT_SUBJECT: 项目基本情况, 立项背景, 项目预算…,
 *   项目资金…), no department named as the subject (DEPT_SUBJECT: a department's report, dept-report-heads.ts), no plan of
 *   the evaluation nor an application (BEFORE_THE_FACT);
 * - **a report's opening**: why the project was set up (立项背景 / 立项依据 — a self-evaluation report's first section, the 云南
 *   template's '(一)项目概况 / 1.立项背景', the overview's head cut off or not) over the year's money as it went (YEAR_ACCOUNT:
 *   年中追加, 实际支出, 执行率 — what a budget, an application or an ex-ante review never states), nothing before the fact.
 * The fam57 evidence: coded heads (一、 (一) 1. …, the head's words before any sentence) naming three kinds of a project report's
 * sections at least (the project's overview, its funds, its execution, its results, its problems or next steps), the funds and
 * the execution among them; and the money spent stated as done (SPENT). Not:
 * - an application or a plan (项目概况 / 项目资金预算 / 项目实施计划): nothing spent, no execution head ('实施计划' is none);
 * - a fund-use statement (一、项目总体情况 / 二、项目资金使用情况 / 三、资金结转结余情况): no execution head;
 * - a department's whole-spending report (WHOLE_EVALUATION: dept-self-eval's), and report-heads.ts's refusals.
 */
const HEAD_KINDS: RegExp[] = [
  // the project itself
  /项目(?:基本)?(?:概述|概况|简介|背景|基本情况|总体情况)/,
  // its money
  /资金(?:概述|概况|情况|预算|安排|使用|支出|到位|管理|收支)|预算(?:资金|安排|执行)|项目预算|实际支出|收支情况/,
  // its execution
  /项目(?:执行|实施)(?:情况|周期|进度|过程|及)|项目进展|组织(?:保障|实施|管理)|督导/,
  // its results
  /成效|效益|效果/,
  // its problems, its next steps
  /问题|不足|建议|下一步|改进措施|整改措施/,
  EVALUATION_WORK,
  PROJECT_SUBJECT,
  DEPT_SUBJECT,
  // (why it was set up: the opening's second head; dev61: its policy or its 的 between, '(一)项目立项政策背景及实施的目的')
  /立项(?:政策|的)?(?:背景|依据|目的|情况)/,
  EVALUATION_ANALYSIS,
];
const FUNDS = 1;
const EXECUTION = 2;
const EVALUATION = 5;
const SUBJECT = 6;
const DEPARTMENT = 7;
const SET_UP = 8;
const ANALYSIS = 9;

/** The fam57 kinds (overview, funds, execution, results, problems): three at least. */
const REPORT_KINDS = 5;
const MIN_KINDS = 3;
/** Money spent, stated as done ('实际支出金额9.04万元', '已支出500元', '累计支出12.5万元'). */
const SPENT = /(?:实际|已|累计|合计|共)支出(?:金额|资金)?(?:为|是|:)?\d+(?:\.\d+)?(?:万元|元)/;
/** The year's money as it went: added in the year, actually spent or in place, executed. */
const YEAR_ACCOUNT = /年中追加|(?:实际|已)(?:支出|到位|拨付|完成)|到位资金|执行率|执行数|累计支出/;

/** The sheet is a project's report by its section heads (see the module's note). */
export const projectReportHeads = reportHeadsReader({
  gate: /项目/,
  kinds: HEAD_KINDS,
  outrank: [EVALUATION, SET_UP],
  accept(kinds, body) {
    if (WHOLE_EVALUATION.test(body)) return false;
    if (kindsBelow(kinds, REPORT_KINDS) >= MIN_KINDS && kinds.has(FUNDS) && kinds.has(EXECUTION) && SPENT.test(body)) return true;
    if (kinds.has(DEPARTMENT) || BEFORE_THE_FACT.test(body) || !kinds.has(SUBJECT)) return false;
    if (kinds.has(EVALUATION) || kinds.has(ANALYSIS)) return true;
    return kinds.has(SET_UP) && YEAR_ACCOUNT.test(body);
  },
});
