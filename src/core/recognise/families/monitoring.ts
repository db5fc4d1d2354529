import type { FamilyDetector, SheetFeatures } from "../features";
import { PROGRESS_HEADER } from "../vocabulary";
import { reportTitleLine } from "../report-scores";
import { tableLine, PROGRESS_FORM_TITLE, SO_FAR_PERIOD, TIME_PROGRESS_HEAD } from "./vocabulary";
import { executionNotice, progressBulletin } from "./progress-bulletin";
import { monitoringHeads } from "./monitoring-heads";
import { progressTable } from "../progress-table";
import { statedEvaluationKind } from "./report-statement";
import { titleWithoutFieldValues } from "./title-fields";

/** A column of the indicator header that reports progress so far (实施进度, 执行进度, 进展情况). */
export function progressColumn(f: SheetFeatures): boolean {
  if (!f.header) return false;
  for (let c = 1; c <= f.grid.scanCols; c++) if (PROGRESS_HEADER.test(f.grid.compactText(f.header.headerRow, c))) return true;
  return false;
}

/** A monitoring's report named: '项目支出绩效监控报告', '绩效运行监控情况报告', '…绩效监控自评报告' (compact, simplified). */
const MONITORING_REPORT = /监控[^|]{0,4}报告/;

/** A sentence, not a title's words: sentence punctuation inside, or longer than any title (as features' PROSE). */
const SENTENCE = /[。；;,，]|^.{61,}$/;

/**
 * The title's lines name a monitoring (绩效监控表, 运行监控): 监控 in one of its cells that is no sentence — a rule's text
 * read with the title where no header was found ("…有视频监控系统,并与派出所联网,5分;…") names no form.
 */
function namesMonitoring(title: string): boolean {
  if (title.indexOf("监控") < 0) return false;
  // (fam55: not in a field's value, 项目名称: | …整体监控 — titleWithoutFieldValues)
  for (const cell of titleWithoutFieldValues(title).split("|")) if (cell.indexOf("监控") >= 0 && !SENTENCE.test(cell)) return true;
  return false;
}

/**
 * A head of the year so far (1-7月执行数, 1~6月, 截至8月底执行数, 上半年实际完成值, 前三季度执行率, 半年度) in a cell of its
 * own: what a monitoring sheet reports and a year's self-evaluation never does. (A sentence's "上半年完成招标" is no
 * head: the cell must be short.)
 */
const SO_FAR_HEAD = /(^|[|\n])[^|\n]{0,4}(1[-—~至]\d{1,2}月|1~\d{1,2}月|截至\d{1,2}月(底|末)?|上半年|前三季度|半年度)[^|\n]{0,10}(\||\n|$)/;
/** The year's forecast beside what is done so far (全年预计执行数, 全年预计完成值): a monitoring sheet's own column. */
const FORECAST_HEAD = /(^|[|\n])(全年)?预计(全年)?(执行数|完成值|完成情况|执行率)(\([^|\n]{0,8}\))?(\||\n|$)/;
/** 完成目标可能性 as a head (its column not read where it spans ticked options, merges undone). */
const LIKELIHOOD_HEAD = /(^|[|\n])完成目标可能性(\([^|\n]{0,20}\))?(\||\n|$)/;

/** (grad50c) words of an evaluation: a completion table on such a sheet is its evaluation's, no monitoring */
const EVALUATES = /自评|绩效评价|评价得分|综合评分|综合得分|评分结果/;

/**
 * What a monitoring reports, below its title: what is executed or completed so far (执行数, 执行率, 完成值, 完成情况, 完成比例,
 * 完成投资, 实际完成), progress, a deviation, a forecast (simplified or 繁體) — not the targets alone (指标值, 绩效目标: what
 * a declaration states too), nor a target's own words ('2023年底前完成', '全部完成', 完成时限: a deadline, a target value).
 */
const MONITORED = /(执行|執行)(数|數|率|情况|情況|金额|金額|资金|資金|进度|進度)|(完成|实际完成|實際完成)(值|数|數|情况|情況|比例|投资|投資)|实际完成|實際完成|进度|進度|进展|進展|偏差|累计|累計|预计|預計/;

/**
 * The evidence of a title naming a monitoring (TITLE_MONITORING), or less (TITLE_OVER_OTHER) where the table under it is
 * none a monitoring prints — a table that scores or weights its lines (a 得分 or 分值 column: a monitoring form never
 * does, a self-evaluation or a scoring system does; a weight beside the lines' progress, 权重 | 实施进度, it may), or table
 * lines (tableLine, those naming the monitoring aside) that report nothing monitored (MONITORED: an allocation, a budget, an accounts statement, targets alone) — the title
 * then the report's the table is printed in (…绩效监控情况 over its attachments), not the table's.
 */
export function monitoringTitle(f: SheetFeatures): number {
  const cols = f.header?.columns;
  // (a 权重 column beside a progress column is a monitoring form's own, 序号 | 项目名称 | 权重 | 实施进度: progressColumn)
  if (cols && (cols.score !== undefined || (cols.weight !== undefined && !progressColumn(f)))) return TITLE_OVER_OTHER;
  // (the table's lines, naming no monitoring: the title's own words, …预算执行绩效监控情况, a note or a preamble's sentence,
  // a head's or a signature's fields (tableLine) say nothing of the table; a report in paragraphs, no table, is read by its
  // sentences elsewhere — the title counts whole)
  const table = f.body.split("\n").filter(tableLine);
  if (table.length < TABLE_LINES) return TITLE_MONITORING;
  return table.some((line) => !NAMES_MONITORING.test(line) && MONITORED.test(line)) ? TITLE_MONITORING : TITLE_OVER_OTHER;
}
/** Table lines (tableLine) a sheet shows at least for its table to be weighed against the title. */
const TABLE_LINES = 2;
const NAMES_MONITORING = /监控|監控/;
const TITLE_MONITORING = 0.5;
const TITLE_OVER_OTHER = 0.2;

/** 绩效运行监控表 (RULEBOOK §5): half-year execution, 完成目标可能性, progress so far beside the targets. */
export const monitoring: FamilyDetector = {
  id: "monitoring",
  detect(f) {
    const cols = f.header?.columns ?? {};
    let s = 0;
    // (a monitoring report in prose: a title line of the body names it, where the sheet's own title is another line — a
    // 范文 page's '项目支出绩效监控报告1' under its 附件 line, rep47)
    // (grad52: not where the body states it reports an evaluation of the year and speaks of no monitoring — '现将…绩效评价
    // 情况汇报如下' under an essay site's '…监控报告(优质19篇)': report-statement.ts)
    // (famx55: less where the table under the title is none a monitoring prints: monitoringTitle)
    if ((namesMonitoring(f.title) || (!f.header && reportTitleLine(f.body, MONITORING_REPORT))) && !statedEvaluationKind(f)) s += monitoringTitle(f);
    if (cols.likelihood) s += 0.35;
    // targets beside their progress (指标值 | 实施进度 "已完成100%"): a sheet of how the year goes
    if (cols.targetValue && !cols.actual && !cols.score && progressColumn(f)) s += 0.45;
    if (/1-\d+月执行(数|情况)|1~\d+月|半年度/.test(f.text) || SO_FAR_HEAD.test(f.body)) s += 0.15;
    // (the year's forecast, and 完成目标可能性 written as a head where its column is not read: the title left out,
    // these are what tell a monitoring sheet from a self-evaluation)
    if (FORECAST_HEAD.test(f.body)) s += 0.15;
    if (!cols.likelihood && LIKELIHOOD_HEAD.test(f.body)) s += 0.25;
    // a progress form's title (…月报进度表, 1—11月…实施进度表); a head measuring against 序时进度 (未达到序时进度说明)
    s += progressFormTitle(f.title);
    if (TIME_PROGRESS_HEAD.test(f.body)) s += 0.5;
    if (f.header) s += 0.1;
    // (a progress bulletin in sentences: plan against done so far, stated again and again; progress-bulletin.ts)
    if (s < 0.5 && progressBulletin(f.grid)) s = 0.55;
    // (fam49: a budget's execution so far in sentences, measured against 序时进度 / the average rate; progress-bulletin.ts)
    else if (s < 0.5 && !f.header && executionNotice(f.grid)) s = 0.55;
    // (grad50c: a progress / completion table, plan | done | rate or done | 占全年计划, under a bulletin's prose or alone —
    // not where the sheet evaluates: progress-table.ts)
    else if (s < 0.5 && !f.header && !EVALUATES.test(f.body) && progressTable(f.grid)) s = 0.55;
    // (famp55: a monitoring report's own section heads, its title not printed: monitoring-heads.ts)
    else if (s < 0.5 && monitoringHeads(f)) s = 0.55;
    return Math.min(1, s);
  },
};

/**
 * The evidence of a progress form's title (PROGRESS_FORM_TITLE in one of the title's cells that is no sentence): 0.4, and
 * 0.15 more where a title cell states the period so far (1—11月, 截至2016年9月30日); 0 with no such title. (A 工作进度表 with
 * no period, a whole beside its districts' breakdown, is no monitoring by its title alone: whole-beside-breakdown.test.ts.)
 */
function progressFormTitle(title: string): number {
  const cells = title.split("|").filter((c) => c && !SENTENCE.test(c));
  if (!cells.some((c) => PROGRESS_FORM_TITLE.test(c))) return 0;
  return cells.some((c) => SO_FAR_PERIOD.test(c)) ? 0.55 : 0.4;
}
