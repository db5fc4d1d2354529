import { departmentFundsBesideTitle, documentBody, documentReportKind } from "./document-text";
import { statedEvaluationKind } from "./report-statement";
import { reportVocabularyKind } from "./report-vocabulary";
import { deptReportHeads } from "./dept-report-heads";
import { evidence, type FamilyDetector } from "../features";
import { titleSaysMonitoring } from "./title-fields";
import { headedIndicatorSet } from "./indicator-system";
import { departmentScores, departmentSelfReport, reportsNothingDone } from "./self-report";
import { departmentFundsTable, ACCOUNTS_STATEMENT_LINE, COMPLETION_WORDS, DECLARATION_BLOCKS, namesDeclaration, DEPT_WHOLE_TITLE, departmentIndicators, PROJECT_IDENTITY, opensWithBasicData, DEPT_SELF_EVAL_BLOCKS, DEPT_SELF_EVAL_TITLE, EFFECT_DIMENSIONS, RESULT_DIMENSIONS, SELF_EVAL_TITLE } from "./vocabulary";

/** 部门整体支出绩效自评表 (RULEBOOK §3, Anhui/Guizhou/Chongqing layouts in the corpus). */
export const deptSelfEval: FamilyDetector = {
  id: "dept-self-eval",
  detect(f) {
    const cols = f.header?.columns ?? {};
    // (the sheet's first line names the department, or a 部门(单位)名称 line comes under a year line)
    // (grad49a: or the department's budget evaluated as a whole, DEPT_WHOLE_TITLE: '…部门预算' / '执行情况绩效自评整改报告')
    const deptTitle = DEPT_WHOLE_TITLE.test(f.title) || /^\|?部门(\(单位\))?(名称)?[|:]/.test(f.title.split("|").slice(1).join("|")) || /\|部门(\(单位\))?名称\|/.test(f.title);
    // without the title (pasted from the table down): a department's own funds and labels
    // (grad49a: one body phrase naming the department does not outweigh a title naming a project's evaluation)
    const deptFunds = departmentFundsBesideTitle(f);
    // …or a department's report whose cover says it is a self-evaluation (评价方式: 部门(单位)绩效自评 over its blocks)
    const deptReport = departmentSelfReport(f.body);
    // …or the money a unit spent (执行数: | 82.65) above the table it scored itself (自评得分), no project named
    const deptScores = departmentScores(f);
    // …or a department's (a unit's) whole-spending report printed as paragraphs (report-scores.ts)
    // (grad52: or whose body states the whole spending's evaluation it reports over its heads: report-statement.ts)
    const stated = statedEvaluationKind(f);
    // (session 53: or a report read as a project's whose money is the department's, 基本支出 beside 项目支出 with no project
    // named and no title naming a project's evaluation: a project's funds are never split into 基本支出 and 项目支出)
    const kind = f.header ? null : documentReportKind(f);
    // (fam53: or, no phrase of theirs said, a self-evaluation's vocabulary over prose naming the whole spending: report-vocabulary.ts)
    // (dev57b: or, no evaluation named, a department's report by its section heads — the department, its money done, its
    // performance: dept-report-heads.ts; fam59: also over a small table closing it, its heads read above the table's header)
    const paragraphs = (!f.header && (kind === "dept" || stated === "dept" || (kind === "project" && deptFunds && departmentFundsTable(f.body)) || reportVocabularyKind(f) === "dept")) || deptReportHeads(f);
    // …or, the head on the page above (a page opening at its header), a completion table whose lines are a department's
    // management indicators (三公经费, 公用经费, 预决算信息公开, 政府采购 …: four of them) and no project named (fam47)
    const deptLines = cols.actual !== undefined && departmentIndicators(f.body) && !PROJECT_IDENTITY.test(f.body);
    if (!deptTitle && !deptFunds && !deptReport && !deptScores && !paragraphs && !deptLines) return 0;
    // (both: a head that names the department over its own funds, 基本支出 beside 项目支出, the title line cut off)
    let s = deptTitle ? (deptFunds ? 0.55 : 0.45) : 0.4;
    // (its executed funds as a fund block read would count, and the score column the unit filled itself)
    if (deptScores) s += 0.4;
    if (paragraphs) s += 0.2;
    if (f.budget) s += 0.3;
    if (cols.actual) s += 0.2;
    if (!f.header && f.budget) s += 0.1;
    // an indicator table whose header is not read: its 产出/效益 rows and a completion column
    if (!cols.actual && RESULT_DIMENSIONS.test(f.body) && EFFECT_DIMENSIONS.test(f.body) && COMPLETION_WORDS.test(f.body)) s += 0.2;
    // a scoring table (评分表) is an indicator system, unless the title names the department's self-evaluation
    // (fam55: …nor where the table's own heading under the title names an indicator set, an attachment's '部门整体支出绩效评价
    // 参考指标' over 指标解释 | 指标说明 | 得分: headedIndicatorSet)
    if (((cols.rubric && !cols.actual && !DEPT_SELF_EVAL_TITLE.test(f.title)) || headedIndicatorSet(f)) && !deptScores) s -= 0.4;
    // a page titled a self-evaluation whose only table is an accounts statement headed as such (收入支出决算总表 under the
    // contents of a 部门决算 package listing the 部门整体支出绩效自评表 as a later 公开表): no indicator table, no fund
    // block, no scores read — the self-evaluation is another table, not on the sheet
    if (!f.header && !f.budget && !deptScores && !deptReport && ACCOUNTS_STATEMENT_LINE.test(f.body)) s -= 0.3;
    // a department's monitoring form (部门整体支出绩效运行监控表; 完成目标可能性 beside its targets) reports the year so far
    // (fam55: a title naming it outside its fields' values: a 项目名称 '…整体监控' names the budget line, titleSaysMonitoring)
    if ((titleSaysMonitoring(f.title) && !stated) || cols.likelihood) s -= 0.5;
    // a basic-data table, named by its title or opening the sheet with its first block: a self-evaluation's head
    // further down (its fund block) is a later part of the page
    if (/基础数据/.test(f.title) || opensWithBasicData(f.body)) s -= 0.5;
    // a self-evaluation report's own blocks (一、部门(单位)基本概况, 人员编制, 职能职责概述 …) under its title
    // (or under its cover naming a self-evaluation, the title left out)
    // (no table: its blocks in the document's lines, a report pasted as one long cell — documentBody, fam48)
    if (SELF_EVAL_TITLE.test(f.title) || deptReport) s += Math.min(0.3, 0.1 * evidence(f.header ? f.body : documentBody(f), DEPT_SELF_EVAL_BLOCKS));
    // a department's declaration of targets (部门整体支出绩效目标申报表) is not its self-evaluation
    else if (namesDeclaration(f.title)) s -= 0.4;
    // …nor, its title left out, a department's form that reports nothing done over a declaration's fields (年度预算申请 按收入
    // 性质分 / 按支出性质分, 职能职责概述, 整体绩效目标)
    // (dev57b: not a report by its section heads, whose money done its lines state — dept-report-heads.ts)
    else if (reportsNothingDone(f) && !deptReportHeads(f) && evidence(f.body, DECLARATION_BLOCKS) >= 2) s -= 0.2;
    return Math.max(0, Math.min(1, s));
  },
};
