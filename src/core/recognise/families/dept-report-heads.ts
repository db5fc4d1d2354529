import type { SheetFeatures } from "../features";
import { ACCOUNTS_TEXT, documentBody } from "./document-text";
import { noticeToUnits } from "./report-vocabulary";
import { MONITORING_WORDS, NOT_REPORT_BODY } from "./vocabulary";
import { sectionHeadKinds } from "./section-head-kinds";

/**
 * (dev57b, session 57) **A department's report by its section heads**, no title naming it (the stored page starts at
 * '一、部门基本情况'), read as fam57 reads a project's (project-report-heads.ts): a department's whole-spending report heads its
 * sections with the department, its budget and accounts, its performance —
 *   一、部门基本情况 / (一)部门概况 / (二)部门预决算情况 / (三)部门整体绩效目标 / 二、… 绩效情况 / 三、存在问题 …
 * — and states what it spent as done (DONE: '预算执行率为97.10%', '决算数47881.27万元', '实际支出…万元').
 * The evidence, over the document's lines (documentBody) from its first coded head: prose (most lines one cell); coded heads (CODED_LINE, the head's
 * words before any sentence) naming three kinds of a department report's sections at least (HEAD_KINDS: the department, its
 * money, its performance, its problems or next steps), the department and its money among them; the money done stated. Not:
 * - a budget's explanation (部门概况 / 预算收支情况 / 绩效目标): nothing done;
 * - an accounts' explanation (收入支出决算 / 决算说明 / 一般公共预算财政拨款 — ACCOUNTS_TEXT), its 部门基本情况 and 决算 figures alike;
 * - a fund notice, a news item (NOT_REPORT_BODY), a notice to several units (noticeToUnits), a monitoring of the year as it goes
 *   (MONITORING_WORDS);
 * - a project's report: its heads name the project, not the department.
 * Read only where no table header was read.
 */
const HEAD_KINDS: RegExp[] = [
  // the department itself
  /(?:部门|单位)(?:\(单位\))?(?:基本)?(?:概况|概述|简介|基本情况)|机构(?:设置|职能)|人员(?:编制|情况)/,
  // its money
  /预决算|预算(?:执行|收支|安排|管理)|决算情况|收支(?:情况|概况)|资金(?:情况|使用|管理)/,
  // its performance
  /绩效(?:目标|情况|评价|自评|分析)|履职(?:成效|情况)|成效|效益/,
  // its problems, its next steps
  /问题|不足|建议|下一步|改进措施|整改措施/,
];
const DEPARTMENT = 0;
const FUNDS = 1;
const MIN_KINDS = 3;
/** The money done: an execution rate, a final account, an amount spent. */
const DONE = /执行率(?:为|是|达到?)?\d|决算(?:数|为)\d|(?:实际|已|累计)支出(?:金额|资金)?(?:为|是|:)?\d/;
/** A cheap test before any other: the words every such report holds. */
const GATE = /部门/;

let lastFeatures: SheetFeatures | null = null;
let lastValue = false;

/** The sheet is a department's report by its section heads (see the module's note). */
export function deptReportHeads(f: SheetFeatures): boolean {
  if (f === lastFeatures) return lastValue;
  lastFeatures = f;
  lastValue = !f.header && GATE.test(f.body) && readHeads(documentBody(f));
  return lastValue;
}

function readHeads(body: string): boolean {
  if (!DONE.test(body) || NOT_REPORT_BODY.test(body) || ACCOUNTS_TEXT.test(body) || MONITORING_WORDS.test(body) || noticeToUnits(body)) return false;
  const kinds = sectionHeadKinds(body, HEAD_KINDS);
  return !!kinds && kinds.size >= MIN_KINDS && kinds.has(DEPARTMENT) && kinds.has(FUNDS);
}
