import type { SheetFeatures } from "../features";
import { ACCOUNTS_TEXT, documentBody, WHOLE_EVALUATION } from "./document-text";
import { noticeToUnits } from "./report-vocabulary";
import { MONITORING_WORDS, NOT_REPORT_BODY } from "./vocabulary";
import { sectionHeadKinds } from "./section-head-kinds";

/**
 * fam57: **a project's report by its section heads**, no title naming it (the stored page starts at '一、项目概述'). A project's
 * execution (completion) report — a 红十字会 博爱家园 project's, a subsidised project's — heads its sections with the project's
 * own parts: what the project is, its money budgeted and actually spent, how it was carried out —
 *   一、项目概述 / 二、项目资金概述 / (一)项目预算资金 / (二)项目资金实际支出 / 三、项目执行情况 / (一)组织保障 / (二)项目实施周期
 * — and states what it spent in the past ('实际支出金额9.04万元', '已支出500元'). The corpus files such a report with the project's
 * self-evaluations (project-self-eval), as an evaluation report of a project.
 *
 * The evidence, over the document's lines (documentBody: compact, simplified): prose (most lines one cell); coded heads (一、
 * (一) 1. …, the head's words before any sentence) naming three kinds of a project report's sections at least (HEAD_KINDS:
 * the project's overview, its funds, its execution, its results, its problems or next steps), the funds and the execution
 * among them; and the money spent stated as done (SPENT). Not:
 * - an application or a plan (项目概况 / 项目资金预算 / 项目实施计划): nothing spent, no execution head ('实施计划' is none);
 * - a fund-use statement (一、项目总体情况 / 二、项目资金使用情况 / 三、资金结转结余情况): no execution head;
 * - a fund notice, a news item (NOT_REPORT_BODY), a notice to several units (noticeToUnits), a budget's or accounts'
 *   explanation (ACCOUNTS_TEXT), a monitoring of the year as it goes (MONITORING_WORDS: its heads are the same, its months so
 *   far are not), a department's whole-spending report (WHOLE_EVALUATION: dept-self-eval's).
 * Read only where no table header was read.
 */
const HEAD_KINDS: RegExp[] = [
  // the project itself
  /项目(?:基本)?(?:概述|概况|简介|背景|基本情况|总体情况)/,
  // its money
  /资金(?:概述|概况|情况|预算|使用|支出|到位|管理|收支)|预算资金|实际支出|收支情况/,
  // its execution
  /项目(?:执行|实施)(?:情况|周期|进度|过程|及)|项目进展|组织(?:保障|实施|管理)|督导/,
  // its results
  /成效|效益|效果/,
  // its problems, its next steps
  /问题|不足|建议|下一步|改进措施|整改措施/,
];
const FUNDS = 1;
const EXECUTION = 2;
/** Kinds of heads at least. */
const MIN_KINDS = 3;
/** Money spent, stated as done ('实际支出金额9.04万元', '已支出500元', '累计支出12.5万元'). */
const SPENT = /(?:实际|已|累计|合计|共)支出(?:金额|资金)?(?:为|是|:)?\d+(?:\.\d+)?(?:万元|元)/;
/** A cheap test before any other: the words every such report holds. */
const GATE = /项目/;

let lastFeatures: SheetFeatures | null = null;
let lastValue = false;

/** The sheet is a project's report by its section heads (see the module's note). */
export function projectReportHeads(f: SheetFeatures): boolean {
  if (f === lastFeatures) return lastValue;
  lastFeatures = f;
  // (the body's cells cut at 80 characters: the spending's sentence is looked for in the document's whole lines)
  lastValue = !f.header && GATE.test(f.body) && readHeads(documentBody(f));
  return lastValue;
}

function readHeads(body: string): boolean {
  if (!SPENT.test(body) || NOT_REPORT_BODY.test(body) || ACCOUNTS_TEXT.test(body) || MONITORING_WORDS.test(body) || WHOLE_EVALUATION.test(body)) return false;
  if (noticeToUnits(body)) return false;
  const kinds = sectionHeadKinds(body, HEAD_KINDS);
  return !!kinds && kinds.size >= MIN_KINDS && kinds.has(FUNDS) && kinds.has(EXECUTION);
}
