import { compact } from "../../text/normalize";
import { evidence, type FamilyDetector, type SheetFeatures } from "../features";
import { titleSaysMonitoring } from "./title-fields";
import { FUND_TOTAL_LABEL } from "../vocabulary";
import { blankActualBesideRule, levelsScoredTable } from "./indicator-system";
import { departmentFundsBesideTitle, documentReportKind } from "./document-text";
import { statedEvaluationKind } from "./report-statement";
import { projectResultsSection } from "./results-sections";
import { reportVocabularyKind } from "./report-vocabulary";
import { projectReportHeads } from "./project-report-heads";
import { COMPLETION_WORDS, DEPT_WHOLE_TITLE, departmentIndicators, tableLine, EXECUTED_AMOUNT, EFFECT_DIMENSIONS, PROJECT_IDENTITY, PROJECT_SELF_EVAL_BLOCKS, PROJECT_SELF_EVAL_TITLE, PROJECT_UNITS, RESULT_DIMENSIONS } from "./vocabulary";

/** The Hebei form's name for the project: "工作活动(项目)负责人", "工作活动(项目)起止时间", "二、工作活动(项目)绩效目标情况". */
const HEBEI_ACTIVITY = /工作活动[(（]项目[)）](负责人|起止时间|绩效目标情况|名称)/;
/** …and what it reports as done. */
const HEBEI_DONE = /实际开始|实际完成|完成绩效目标情况|实际支出/;

/**
 * 项目支出绩效自评表: national, Sichuan, Yunnan, Anhui, Hubei, Hunan, Chongqing layouts (RULEBOOK §2), the Hunan
 * 财政支出项目绩效评价自评报告 and the 转移支付区域(项目)绩效目标自评表: recognised by the indicator table's
 * completion column, a budget block, a self-evaluation title, and the blocks only a project self-evaluation
 * has (项目支出明细 with 会计凭证号, 资金投入情况, 总体目标完成情况 …).
 */
export const projectSelfEval: FamilyDetector = {
  id: "project-self-eval",
  detect(f) {
    const cols = f.header?.columns ?? {};
    const blocks = evidence(f.body, PROJECT_SELF_EVAL_BLOCKS);
    let s = 0;
    // (not a completion column left blank on every line beside a rule column: a rule sheet's assessors' column)
    const actual = !!f.header && cols.actual !== undefined && !blankActualBesideRule(f);
    if (actual) s += 0.55;
    // targets beside what was achieved: the core of a self-evaluation (a department's says so in its title)
    if (actual && cols.targetValue) s += 0.1;
    if (f.budget) s += 0.2;
    const selfTitle = PROJECT_SELF_EVAL_TITLE.test(f.title);
    if (selfTitle) {
      s += 0.35;
      // a project named with its units under a title that says what the form is: its head block alone (an excerpt
      // cut before the indicators) is enough
      // (or, its head naming no unit the reader knows, 实施(主管)单位 / 单位名称, the year's execution stated with its
      // figure, 执行数 | 6.84 or 预算执行率(B/A) | 100%: what only a report of the year states, a page of the form read
      // without its indicator table's header)
      if ((PROJECT_IDENTITY.test(f.body) && PROJECT_UNITS.test(f.body)) || EXECUTED_AMOUNT.test(f.body) || EXECUTION_RATE_STATED.test(f.body)) s += 0.15;
    }
    // (a transfer payment's 资金绩效评价表, Sichuan 2024, is its self-evaluation form)
    else if (/(项目|专项|资金).{0,30}(自评|完成情况)|绩效目标自评|自评表|自评报告|完成情况表|(转移支付|资金).{0,12}绩效评价表|项目.{0,6}绩效评价报告|财政支出.{0,6}绩效评价报告/.test(f.title)) s += 0.25;
    // no title, but a head naming the project and the units that run it (项目名称, 项目单位 / 主管部门) over three or
    // more of the blocks only a project self-evaluation has: the report with its title left out (its sections pasted
    // into a new sheet), as much evidence as the title's unit lines under a self-evaluation's title
    if (!selfTitle && blocks >= 3 && PROJECT_IDENTITY.test(f.title) && PROJECT_UNITS.test(f.title)) s += 0.15;
    // no title, but a project named with its units over a fund block that scores its execution (年初预算数 | 全年预算数 |
    // 全年执行数 | 分值 | 执行率 | 得分): the head of a project's self-evaluation form cut before its indicators, which a
    // declaration (no execution) and a monitoring sheet (no score) never have; or, without a score column, the project's
    // funds opened by their total (年度资金总额 over its sources, not a list of units each with its money) whose executed
    // column is the whole year's (全年执行数 | 预算执行率, YEAR_EXECUTED_COLUMN): what the year did, which a monitoring sheet
    // states for the months so far (1-6月执行数)
    const b = f.budget?.columns;
    const first = f.budget?.items[0];
    const yearDone = !!first && first.kind === "total" && FUND_TOTAL_LABEL.test(compact(first.label)) && YEAR_EXECUTED_COLUMN.test(f.body);
    if (!selfTitle && b && b.executed !== undefined && b.rate !== undefined && (b.score !== undefined || yearDone) && PROJECT_IDENTITY.test(f.body) && PROJECT_UNITS.test(f.body)) s += 0.3;
    // an indicator table whose header is not read: its 产出/效益 rows and a completion column say what it is
    if (!cols.actual && RESULT_DIMENSIONS.test(f.body) && EFFECT_DIMENSIONS.test(f.body) && COMPLETION_WORDS.test(f.body)) s += 0.2;
    // block labels: two are evidence, three or more are strong evidence
    if (blocks >= 2) s += Math.min(0.45, 0.15 * blocks);
    // no title, three blocks or more, and a fund block the budget reader did not read whose columns state the whole year's
    // money executed (全年执行资金(E) | 预算执行(E/C×100%)): what the year did, which no declaration states and a monitoring
    // sheet states for months so far
    if (!selfTitle && !f.budget && blocks >= 3 && YEAR_EXECUTED_COLUMN.test(f.body)) s += 0.1;
    // the Hebei 部门工作活动(项目)绩效评价自评表 names its project "工作活动(项目)" (负责人, 起止时间, 绩效目标情况) and
    // reports what was done (实际开始/完成, 实际支出, 完成绩效目标情况): its head block says what it is without its title
    if (!selfTitle && HEBEI_ACTIVITY.test(f.body) && HEBEI_DONE.test(f.body) && blocks >= 2) s += 0.2;
    // a performance report printed as paragraphs, no table: its title line names the report, its numbered heads a report's
    // sections (基本情况, 绩效目标, 预算执行, 完成情况, 问题, 措施, 结论: three kinds at least; report-scores.ts)
    // (grad52: or, its title another's, the body's own statement of the evaluation it reports over its heads, '现将…项目支出
    // 绩效评价情况汇报如下': report-statement.ts — which a title naming a monitoring does not outweigh)
    // (grad53: or a section reporting a project's, a fund's self-evaluation results under its numbered head, '四、资金绩效评价
    // 结果' over its indicator categories, '(二)项目支出绩效自评结果' over the projects graded: results-sections.ts)
    const stated = statedEvaluationKind(f);
    // (fam53: or, no phrase of theirs said, a self-evaluation's vocabulary spread over the prose: report-vocabulary.ts)
    // (fam57: or, no evaluation named, a project's report by its section heads — its overview, its money spent, its
    // execution: project-report-heads.ts; fam59: also over a small table closing it, its heads read above the table's header)
    if ((!f.header && (documentReportKind(f) === "project" || stated === "project" || projectResultsSection(f) || reportVocabularyKind(f) === "project")) || projectReportHeads(f)) s += 0.5;
    // (fam55: not a project called '…视频监控…' in its 项目名称's value: titleSaysMonitoring)
    if ((titleSaysMonitoring(f.title) && !stated) || cols.likelihood) s -= 0.5;
    // (famx55: a self-evaluation's title over a table that evaluates nothing: evaluatesNothing)
    // (not over three of the form's own blocks or more, 项目基本信息 | 实际到位资金 | 项目支出明细情况: strong evidence the
    // table is the form's, cut before its scores)
    else if (s > 0 && blocks < 3 && evaluatesNothing(f)) s -= 0.5;
    // (fam55: a table weighing its levels and scoring its lines, no target, no completion, under no self-evaluation's title —
    // an evaluation report's scoring table under its cover: levelsScoredTable)
    if (levelsScoredTable(f)) s -= 0.3;
    // indicators the unit scored itself under a title that says so: a self-evaluation on a scoring rubric (the
    // Zhejiang 基本指标 | 具体指标 | 标准值 | 分值 | 自评分 layout), not an indicator system
    // (any title naming a self-evaluation: '…专项资金绩效自评表', '…经费绩效自评报告' name no 项目 but are the same form)
    if ((selfTitle || SELF_EVAL_WORD.test(f.heading)) && f.header && cols.score !== undefined && !cols.actual) s += 0.3;
    else if (cols.rubric && !actual && blocks < 3) s -= 0.4;
    // a department's whole spending (部门整体 in the title; or its funds as 基本支出 beside 项目支出 and no project
    // named) outweighs the shape both self-evaluations share: taken off the capped score
    s = Math.min(1, s);
    if (DEPT_WHOLE_TITLE.test(f.title)) s -= 0.5;
    // (grad49a: not one body phrase naming the department under a title naming a project's evaluation)
    else if (departmentFundsBesideTitle(f)) s -= 0.3;
    // (or its lines a department's management indicators, no project named: dept-self-eval.ts deptLines)
    else if (cols.actual !== undefined && departmentIndicators(f.body) && !PROJECT_IDENTITY.test(f.body)) s -= 0.3;
    return Math.max(0, s);
  },
};

/** A title's word for a self-evaluation (simplified or 繁體). */
const SELF_EVAL_WORD = /自评|自評/;

/** A fund block's column of the year's executed money beside an execution rate column ("全年执行资金(E)|预算执行(E/C×100%)"). */
const YEAR_EXECUTED_COLUMN = /(^|\|)全年(执行|支出)(数|资金|金额)(\([A-Z]\))?\|([^|\n]*\|)?(预算)?执行(率|进度|\()/m;

/** The budget's execution rate as a label with its figure in the next cell ("预算执行率(B/A) | 100%", "执行率: | 98.5"). */
const EXECUTION_RATE_STATED = /(^|\|)(预算|资金)?执行率(\([^|\n]{0,12}\))?:?\|\d/m;

/**
 * What a self-evaluation's lines state, one word at least (simplified or 繁體): indicators and targets, what was executed or
 * completed, scores and grades, results and effects, satisfaction.
 */
const EVALUATED = /指标|指標|目标|目標|完成|执行|執行|得分|分值|評分|评分|自评|自評|评价|評價|绩效|績效|效益|产出|產出|满意|滿意|偏差|等级|等級/;
/** A line naming the report itself (its title's words): no line of the table. */
const NAMES_REPORT = /报告|報告|自评表|自評表/;

/**
 * (famx55) A table (no indicator header nor fund block read, no project named with its units; three table lines, tableLine)
 * none of whose lines — those naming the report aside — says anything a self-evaluation states (EVALUATED): amounts
 * by place, unit or item (an allocation, a budget of 三公经费, a subsidy list) printed under a report's title (…绩效自评报告
 * over its attachments): the title is the report's, the table none of its forms.
 */
function evaluatesNothing(f: SheetFeatures): boolean {
  // (not a project named with its units, 项目名称 | … 主管部门 | …: the form's own head, cut before what it evaluates)
  if (f.header || f.budget || (PROJECT_IDENTITY.test(f.body) && PROJECT_UNITS.test(f.body))) return false;
  const lines = f.body.split("\n").filter((line) => line && !NAMES_REPORT.test(line));
  if (lines.filter(tableLine).length < TABLE_LINES) return false;
  return !lines.some((line) => EVALUATED.test(line));
}
const TABLE_LINES = 3;
