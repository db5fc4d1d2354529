import type { SheetFeatures } from "../features";
import { documentBody } from "./document-text";
import { CODED_LINE, MONITORING_WORDS, NOT_REPORT_BODY } from "./vocabulary";

/**
 * (grad53) **A section reporting a project's (a fund's) self-evaluation results**, in prose with no form and no title naming
 * it: a transfer fund's use report ('现将上级转移支付资金使用情况报告如下' … '四、资金绩效评价结果' over '1.产出指标完成情况分析',
 * '(1)数量指标', '(2)质量指标' …), the 自评结果 section of a 决算 text ('(二)项目支出绩效自评结果。' over '21个项目评为一等,涉及
 * 资金656.93万元'), a unit's summary of its projects' self-evaluations ('二、部门决算中项目绩效自评结果' over '…绩效自评综述:项目
 * 全年预算数1290.00万元,执行数为1206.01万元,资金执行率为93.49%').
 *
 * The evidence, over the document's lines (documentBody: compact, simplified, a long cell's whole text):
 * - a numbered head naming the results of a project's, a fund's or a transfer payment's performance evaluation (RESULTS_HEAD:
 *   项目支出绩效自评结果, 资金绩效评价结果, 专项资金绩效评价结果) — never a department's whole spending (部门整体, 单位整体: a
 *   department's report, dept-self-eval.ts);
 * - under it, the results read out (RESULTS_READ): a numbered head of an indicator category whose completion it states
 *   (数量指标, 质量指标, 时效指标, 成本指标, 效益指标, 满意度指标 — the indicator table written as sections), the projects
 *   graded (21个项目评为一等), a self-evaluation's score, or the fund's execution rate stated (资金执行率为93.49%).
 * Not: a notice or a news item (NOT_REPORT_BODY: it asks for results or quotes them), a monitoring of the year as it goes
 * (MONITORING_WORDS: the same heads, months so far), a fund-use report with no evaluation's results (资金使用情况 alone:
 * a use statement, no family). Read only where no table header was read.
 */
const RESULTS_HEAD = /^[^|。;:]{0,12}(?:项目|资金|专项|转移支付)[^|。;:]{0,8}?绩效(?:自评|评价)结果/;
/** a department's (a unit's) whole spending named in the head: its report, not a project's */
const WHOLE_SPENDING = /(?:部门|单位|机关)(?:\(单位\))?整体|整体支出/;
/** the results read out under the head (see the module's note) */
const INDICATOR_HEAD = /^(?:产出|效益|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度)指标/;
const RESULTS_READ = /\d+个项目(?:评为|评定为|为)["“]?(?:[一二三四]等|优秀?|良好?|中|合格|差)|自评(?:得分|分数|总分)(?:为|是|:)?\d|执行率(?:为|是|达到|达|:)?\d+(?:\.\d+)?%/;

let lastFeatures: SheetFeatures | null = null;
let lastValue = false;

/** The sheet is a section reporting a project's (a fund's) self-evaluation results (see the module's note). */
export function projectResultsSection(f: SheetFeatures): boolean {
  if (f === lastFeatures) return lastValue;
  lastFeatures = f;
  lastValue = readResults(f);
  return lastValue;
}

function readResults(f: SheetFeatures): boolean {
  if (f.header || !f.grid.hasText(/绩效(?:自评|评价)结果/)) return false;
  const body = documentBody(f);
  if (NOT_REPORT_BODY.test(body)) return false;
  const lines = body.split("\n");
  let head = -1;
  for (let i = 0; i < lines.length && head < 0; i++) {
    const code = CODED_LINE.exec(lines[i]);
    if (!code) continue;
    const words = lines[i].slice(code[0].length);
    if (RESULTS_HEAD.test(words) && !WHOLE_SPENDING.test(words.split(/[|。;:]/)[0])) head = i;
  }
  if (head < 0) return false;
  let read = false;
  for (let i = head; i < lines.length; i++) {
    const line = lines[i];
    if (MONITORING_WORDS.test(line)) return false;
    const code = i > head ? CODED_LINE.exec(line) : null;
    if ((code && INDICATOR_HEAD.test(line.slice(code[0].length))) || RESULTS_READ.test(line)) read = true;
  }
  return read;
}
