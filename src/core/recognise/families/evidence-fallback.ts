import type { Family } from "../../model/types";
import type { SheetFeatures } from "../features";
import { LIST_FUND_HEADER } from "../vocabulary";
import { EVALUATION_COVER, EXECUTION_WORDS, frameworkDimensions, RULE_TEXT } from "./vocabulary";
import { progressColumn } from "./monitoring";

/**
 * The family of a sheet no reader took (every detector below MIN_CONFIDENCE), from what the whole sheet says: its
 * words and the shape of its numbers, read once over the sheet's joined text (SheetFeatures.body, one line a row, cells
 * joined by "|", traditional characters already simplified). It names a family only where the evidence is strong and
 * points one way; it reads no item (the readers do), so a sheet it names keeps whatever the readers found of it.
 *
 * Two classes, each the sheet printed plainly without the head a reader keys on:
 * - a scoring rubric (indicator-system): items carrying their points ('1、组织领导(5分)', '…制度上墙;5分', '〔0.5分〕'),
 *   rules in words beside them (扣2分, 不得分), the rubric's words (考核 / 评分 / 细则 / 权重 / 百分制 …); or a column of
 *   weights, fractions or percents adding up to the whole, under criteria named in a rubric's words
 *   (评审准则 | 研究和应用项目 | 纯研究项目 over 0.1 | 0.25 | …, 评分项目 | 比重 … 总计 | 1);
 * - a list of results (evaluation-summary): a line naming the assessed units and their score (被考核单位 | … | 得分),
 *   two lines or more under it each a unit with its score.
 * The near shapes that stay `unknown`: budget and allocation tables (amount heads, no points), a ranking written as
 * prose ('第一名:大法寺镇90.99分': a unit's score, never an item's points), counts by grade (优(个) | 良(个)), a notice
 * naming an assessment once, a review form's opinions.
 */
export interface FallbackFamily {
  family: Family;
  /** the evidence that named it (for tests and the diagnosis) */
  why: "points" | "rules" | "weights" | "results" | "targets" | "completion" | "progress" | "target-columns" | "completion-columns";
}

/** The confidence a family named by the fallback is reported with: the least a reader's naming needs. */
export const FALLBACK_CONFIDENCE = 0.5;

/** Cheap gate over the joined text: a sheet with none of these has nothing the fallback reads. */
const GATE = /分|权重|比重|准则|指标|成绩/;

/** A title of the framework's documents: 绩效 / 目标 / 自评 / 评价 / 监控 / 申报 / 考核 / 指标. */
const PERFORMANCE_TITLE = /绩效|目标|自评|评价|监控|申报|考核|指标/;
/** A target value as its cell states it: a comparator and a number (≥70村, ≥95%, =22个, 不低于90%). */
const TARGET_CELL = /^(≥|≤|>|<|=|≧|≦|不低于|不少于|不高于|不超过|不多于|大于|小于|高于|低于|达到)=?\d/;
/**
 * A target stated as a quantity with its unit and no comparator (1.2万亩, 100%, 160个, 28.8万元): a date (2023年, 12月) is none.
 */
const QUANTITY_CELL = /^\d+(?:\.\d+)?(?:%|(?![年月日号时])[\u4e00-\u9fa5]{1,3})$/;
/** A value in a cell (an actual value with its unit, a weight, a score): 300, 95%, 12.5, 21980人, 500亩. */
const VALUE_CELL = /^\d+(?:\.\d+)?[^\d|]{0,6}$/;
/** A target's unit (≥20000亩: 亩): an actual written in the same unit beside it (20000亩) is what was done. */
const unitOf = (cell: string): string => cell.replace(/^[^\d]*[\d.,]+/, "");
/**
 * What only a report of the year so far says (monitoring): the likelihood of meeting a target (确定能 / 有可能 / 完全不可能),
 * the months so far (1-6月), the year's forecast (全年预计), 序时进度.
 */
const PROGRESS_WORDS = /确定能|有可能|完全不可能|(^|[^\d])1[-—~至]\d{1,2}月|全年预计|预计全年|序时进度/m;
/** What only a report of the year done says (self-evaluation): the actual value, the score, the reason a target was missed. */
const COMPLETION_TEXT = /自评|实际完成|完成值|全年完成|得分|未完成原因/;
/** A self-evaluation's score (自评分, 自评得分) and what was completed (完成值, 实际完成): see fallbackFamily. */
const SELF_SCORED = /自评/;
const COMPLETED = /完成值|实际完成|完成情况|实际值/;
/** A title naming a self-evaluation's form or report (绩效自评表, 自评报告), not a column's 自评分. */
const SELF_EVAL_FORM = /自评(价)?(表|报告)/;
/** A department's whole spending: its self-evaluation, not a project's. */
const DEPARTMENT_TEXT = /部门整体|整体支出|部门(\(单位\))?名称|履职/;

/**
 * The rubric's own words, each group counted once (考核 / 评分 / 细则 / 权重 / 扣分 / 百分制): how a sheet says its lines
 * are scored. (占比 is no rubric word: a budget's shares are 占比 and 比重 alike; 比重 counts with another word only.)
 */
const RUBRIC_WORDS: RegExp[] = [
  /考核|考评|测评|评审|评比/,
  /评分|计分|记分|赋分|打分/,
  /细则|办法|准则|评分标准|计分标准|考核标准|评价标准|评审标准/,
  /权重|分值|配分|满分|标准分/,
  /扣分|加分|不得分|扣完为止|扣\d+(?:\.\d+)?分/,
  /百分制|总分(?:为)?100分?/,
];

/**
 * An item's points written with it: in brackets ('(5分)', '〔0.5分〕', '(共30分)', '(1分,3分)', '(1个0.5分,共3分)'), or closing a clause or a cell
 * ('…制度上墙;5分', '|10分|'). A number glued to a name ('大法寺镇90.99分') is a unit's score, not read. (The text
 * before a bracket's figure ends on no digit or point, so the figure is whole: ES2017, no lookbehind.)
 */
const POINTS_TOKEN = /[(（〔[【](?:[^()（）〔〕[\]【】|]{0,11}?[^()（）〔〕[\]【】|\d.])??(\d{1,3}(?:\.\d{1,2})?)\s*分[^()（）〔〕[\]【】|]{0,10}[)）〕\]】]|(?:^|[;；。:：,，|\s、])(\d{1,3}(?:\.\d{1,2})?)分(?=[。.;；]?(?:\||$))/gm;
/** An item's points are a part of the whole (100): below this (a unit's score is higher; see indicator-system.ts). */
const ITEM_POINTS_BELOW = 60;
/**
 * (fb47) A figure written as points that is a unit's score, not an item's: of ten and more with a fraction no rubric gives
 * (99.02分, 41.1分, 58.67分 — an item's points are whole or halves, 12.5分; its small fractions, 0.25分 / 0.2分, stay below
 * ten), or at ITEM_POINTS_BELOW or above and not round (88分, 91分: a rubric's big parts are allotted round, a 1000-point
 * rubric's '(一)重点工作(500分)', '(100分)', '(400分)'; 100分 and 95分 may be either and count for neither). Where such
 * figures are three or more and as many as the items' points, the bracketed figures are the results of a notice
 * ('鄢陵县(99.02分)', '中石化许昌分公司(41.1分)', '高铁北站(0分)'), not a rubric.
 */
const isUnitScore = (v: number): boolean => (v >= 10 && !Number.isInteger(v * 2)) || (v >= ITEM_POINTS_BELOW && v % 5 !== 0);
/** Unit scores among the figures written as points, so many that they are a results notice's (see isUnitScore). */
const MANY_SCORES = 3;
/** A unit's score in a cell of its own (|99.8|, |100|): a result list's line, whatever its remark says. */
const UNIT_SCORE_CELL = /\|(?:[6-9]\d|1[01]\d|120)(?:\.\d{1,2})?\|/;
/** Items carrying their points, so many that they are a rubric's whatever its words (its head and title left out). */
const MANY_POINTS = 5;
/**
 * A line of three cells or more naming a scored table's columns (评分标准 | 得分, 分值): a header the readers met and
 * declined (a near miss, 项目 | 内容 over the groups and the items) — the fallback does not overrule them.
 */
const SCORED_HEAD_CELL = /(^|\|)(评分标准|计分标准|考核标准|评分细则|评分办法|得分|分值|标准分|自评分|考核得分|评分)\|/;
/** A whole stated for the sheet's points (本考核办法总分100分, 采取百分制, 满分100分). */
const STATED_WHOLE = /总分(?:为)?100分?|满分(?:为)?100分?|百分制|100分制/;

/** A cell holding a number only (a weight, a score): 0.25, 30%, 12.5. */
const NUMBER_CELL = /^\d{1,3}(?:\.\d{1,3})?%?$/;
/** A line closing a column of weights with their whole (总计 | 1, 合计 | 100%). */
const WHOLE_LINE = /^(总计|合计|总分|小计|共计)$/;

/** A head naming a score given (得分, 考核得分, 综合得分, 总分, 分数, 成绩, a period's 月度成绩) — of the units a result list lists. */
const SCORE_HEAD = /^(考核|考评|综合|评价|评审|最终|实际|总|年度|合计|月度|季度|本月|当月|本期)?(得分|分数|总分|成绩|评分|积分)(\([^()]{0,6}\))?$/;
/** A head naming the units assessed (被考核单位, 单位名称, 县(市、区), 乡镇): see LIST_RECIPIENT_HEADER. */
const UNIT_HEAD = /^(被考核|被考评|被评价|被检查|参评|考核|考评)?(单位|部门|地区|区县|县区|县市区|县\(市、?区\)|县\(市\)|市\(州\)|市州|乡镇|乡镇\(街道\)|镇街|街道|学校|医院|企业|村|社区|镇处|对象)(名称)?$/;
/**
 * The other heads of a list of results: 序号, what was assessed (考核情况, 指标完成情况), rank, grade, remark, and the points
 * each unit lost or gained (督查考核总扣分, 加分: a month's 成绩 is 100 less them).
 */
const RESULT_HEAD = /^(序号|编号|排名|名次|排序|等级|等次|评定等级|考核等次|考核等级|备注|说明|[\u4e00-\u9fa5]{0,8}(情况|内容|结果|意见|说明)|[\u4e00-\u9fa5]{0,8}(扣分|减分|加分)(合计|小计)?)$/;
/** Heads a scored form or a target table has beside its score (分值, 权重, 指标, 目标值): not a list of units' results. */
const FORM_HEAD = /分值|权重|标准分|满分|目标值|指标值/;

/** The family the sheet's evidence names where no reader named one, else null (the sheet stays `unknown`). */
export function fallbackFamily(f: SheetFeatures): FallbackFamily | null {
  // (a table the readers read and judged no family's — a 考核 tally whose labels' points do not add up — keeps their
  // judgement: the fallback speaks only where no table was read, or where the table read is the national framework's,
  // which its columns name: frameworkColumns)
  if (f.header) return frameworkColumns(f);
  const body = f.body;
  if (!GATE.test(body)) return null;
  const lines = body.split("\n");
  // the national framework's lines with their targets: a target table, a self-evaluation or a monitoring form
  const dims = frameworkDimensions(body);
  const framework = dims >= 3 ? frameworkFamily(lines) : null;
  if (framework) return framework;
  // (a self-evaluation's own words — what the unit scored itself beside what it completed, 自评分 | 年终完成值 — over
  // lines scored by a rubric's rules: a self-evaluation form whose head no reader took, no rubric)
  // (or whose title names a self-evaluation, 绩效自评表: its scores are the unit's own, whatever rules they follow)
  const selfEval = (SELF_SCORED.test(body) && COMPLETED.test(body)) || SELF_EVAL_FORM.test(f.title);
  // (nor the framework's lines scored with no target, 项目产出(30分) | 数量指标(10分) | 保障人数 | 10: a self-evaluation
  // on the framework's scoring table and the framework's rubric print them alike — neither named)
  if (dims >= 3) return null;
  if (selfEval) return resultList(lines) ? { family: "evaluation-summary", why: "results" } : null;
  let words = 0;
  for (const re of RUBRIC_WORDS) if (re.test(body)) words++;
  // items carrying their points, and rules in words (扣2分 / 得5分 / 不得分), each line counted where it carries them
  // (a line with a unit's score in a cell of its own, 99.8, is a result's remark: 扣0.2分 there is no rule of a rubric)
  let points = 0;
  let scores = 0;
  let rules = 0;
  let evidenceLines = 0;
  let declinedHead = false;
  for (const line of lines) {
    if (!declinedHead && SCORED_HEAD_CELL.test(line) && line.split("|").length > 3) declinedHead = true;
    let here = 0;
    for (const m of line.matchAll(POINTS_TOKEN)) {
      const v = Number(m[1] ?? m[2]);
      if (isUnitScore(v)) scores++;
      else if (v > 0 && v < ITEM_POINTS_BELOW) here++;
    }
    const rule = RULE_TEXT.test(line) && !UNIT_SCORE_CELL.test(line);
    points += here;
    if (rule) rules++;
    if (here || rule) evidenceLines++;
  }
  // (the figures written as points are units' scores where those are many and as many as the items' points: a results
  // notice printed one unit a line, 'name(score分)', whose low scores (56分, 48分) are no items' points — no rubric by points)
  if (scores >= MANY_SCORES && scores >= points) points = 0;
  const whole = STATED_WHOLE.test(body);
  // (the result list first: its head names a score too, which no rubric reading may decline)
  if (resultList(lines)) return { family: "evaluation-summary", why: "results" };
  if (declinedHead) return null;
  // (many items carrying their points need no word beside them: a rubric printed without its head)
  if ((points >= 3 && (words >= 2 || whole)) || points >= MANY_POINTS) return { family: "indicator-system", why: "points" };
  // rules under the rubric's words, three lines beside an item's points (rules alone may award by grade, per occurrence
  // or by deduction: the award readers' judgement, awards-only-rubric); or, on a cut page, a few points
  // and rules (both) on two lines or more
  // where the rubric's words are many (考核 细则 分值 加分: a page of a rubric, whatever it kept) — one sentence carrying
  // them all is no page of items
  if ((rules >= 3 && words >= 3 && points >= 1) || (words >= 4 && points >= 1 && rules >= 1 && points + rules >= 3 && evidenceLines >= 2)) return { family: "indicator-system", why: "rules" };
  if (words >= 1 && weightsColumn(lines)) return { family: "indicator-system", why: "weights" };
  return null;
}

/**
 * Lines of the national framework (three of its dimensions named) carrying targets with their comparators (≥70村,
 * three lines at least): monitoring where the year so far is reported (PROGRESS_WORDS), a self-evaluation where the
 * year's completion is (two numbers or more after the target on most target lines — actual, points, score — or its
 * words), else a target table (each target alone on its line, or with its points). A department's self-evaluation
 * where the department's words stand; a rubric's lines carry rules and points, not targets.
 */
function frameworkFamily(lines: string[]): FallbackFamily | null {
  const body = lines.join("\n");
  // (a title of its own naming another kind of document, 培训情况统计: the lines are that document's figures, whatever
  // their dimensions — the framework's lines name a family only untitled or under a performance title)
  const first = lines.find((l) => l !== "") ?? "";
  if (first.split("|").length === 2 && !PERFORMANCE_TITLE.test(first)) return null;
  let targets = 0;
  let completed = 0;
  // (targets stated as a quantity only, 1.2万亩, 100%, 160个: each line counted as its comparator's would be, the sheet named
  // by them only where they point one way — most lines completed, three at least, or none; fam47)
  let quantities = 0;
  let quantitiesCompleted = 0;
  let alone = 0;
  for (const line of lines) {
    const cells = line.split("|");
    let t = cells.findIndex((c) => TARGET_CELL.test(c));
    const compared = t >= 0;
    if (!compared) t = cells.findIndex((c) => QUANTITY_CELL.test(c));
    if (t < 0) continue;
    let after = 0;
    for (let k = t + 1; k < cells.length; k++) if (VALUE_CELL.test(cells[k])) after++;
    // (two values after the target — the actual and its points or score — or the actual alone in the target's unit)
    const unit = unitOf(cells[t]);
    const done = after >= 2 || (after === 1 && unit !== "" && VALUE_CELL.test(cells[t + 1]) && unitOf(cells[t + 1]) === unit);
    if (after === 0) alone++;
    if (compared) {
      targets++;
      if (done) completed++;
    } else {
      quantities++;
      if (done) quantitiesCompleted++;
    }
  }
  if (targets < 3) {
    // (too few comparators: the quantities decide, where they are three or more and agree)
    if (targets + quantities < 3) return null;
    const all = targets + quantities;
    const done = completed + quantitiesCompleted;
    if (PROGRESS_WORDS.test(body)) return null;
    if (done >= 3 && done * 2 >= all) return { family: DEPARTMENT_TEXT.test(body) ? "dept-self-eval" : "project-self-eval", why: "completion" };
    // (a declaration's quantities stand alone on their lines, most of them: a number after them may be the points a scored
    // table gives, 预算执行率 | 100% | 9)
    if (done === 0 && alone * 2 >= all && !COMPLETION_TEXT.test(body)) return { family: "target-declaration", why: "targets" };
    return null;
  }
  if (PROGRESS_WORDS.test(body)) return { family: "monitoring", why: "progress" };
  if (completed * 2 >= targets || COMPLETION_TEXT.test(body)) return { family: DEPARTMENT_TEXT.test(body) ? "dept-self-eval" : "project-self-eval", why: "completion" };
  return { family: "target-declaration", why: "targets" };
}

/**
 * A table read under its header (levels, a target column …) that no reader named, its lines the national framework's
 * (two of 产出 / 效益 / 满意度 / 数量 / 质量 / 时效 / 成本 指标 named): the form the page belongs to, its title and head
 * left on the page above (a page opening at its header, a form pasted without its title), said by the columns it has —
 * - targets and nothing done: a target column (指标值, 年度目标值, 区域目标值, or a comparator column) and no completion,
 *   score, weight, rule, reason or progress column, no word of the year done anywhere on the page (全年执行数, 实际完成,
 *   自评, 偏差原因: EXECUTION_WORDS), no evaluation cover → `target-declaration`;
 * - completion and the unit's score: an actual column (实际完成值, 全年完成值) and a score column (得分, 自评分) → a
 *   self-evaluation, a department's where its words stand (部门整体, 履职 …), else a project's.
 * Anything else (an explanation column beside targets: an indicator library's; a weight column beside targets: Sichuan's 申报表 and a rubric both print it; a rule column; an actual
 * with no score: a monitoring form's or a declaration's blank completion column) names nothing.
 */
function frameworkColumns(f: SheetFeatures): FallbackFamily | null {
  const h = f.header!;
  const cols = h.columns;
  if (h.inferred || !GATE.test(f.body)) return null;
  if (frameworkDimensions(f.body) < 2) return null;
  if (cols.likelihood !== undefined || progressColumn(f) || PROGRESS_WORDS.test(f.body) || EVALUATION_COVER.test(f.body)) return null;
  if (cols.actual !== undefined) {
    if (cols.score === undefined) return null;
    return { family: DEPARTMENT_TEXT.test(f.body) ? "dept-self-eval" : "project-self-eval", why: "completion-columns" };
  }
  if (cols.score !== undefined || cols.weight !== undefined || cols.rubric !== undefined || cols.reason !== undefined) return null;
  // (an explanation column (指标解释 / 指标说明) filled beside the targets, no title: the systems' indicator library prints the
  // same heads, each indicator explained, and declares no one's targets (target-declaration.ts reads it so too); a form
  // leaves the column blank on most lines)
  if (cols.explanation !== undefined && explained(f, cols.explanation)) return null;
  if (cols.targetValue === undefined && cols.targetOp === undefined) return null;
  if (EXECUTION_WORDS.test(f.body)) return null;
  return { family: "target-declaration", why: "target-columns" };
}

/** The explanation column holds a text on half the lines under the header or more (the next 20 lines, blank ones passed). */
function explained(f: SheetFeatures, col: number): boolean {
  const g = f.grid;
  let lines = 0;
  let filled = 0;
  for (let r = f.header!.headerRow + 1; r <= Math.min(g.rowCount, f.header!.headerRow + 20); r++) {
    let any = false;
    for (let c = 1; c <= g.scanCols && !any; c++) if (g.compactText(r, c)) any = true;
    if (!any) continue;
    lines++;
    if (g.compactText(r, col)) filled++;
  }
  return lines > 0 && filled * 2 >= lines;
}

/** A weight's value: a fraction (0.25), a percent (30% as 0.3) or points (30), else null. */
const weightOf = (cell: string): number | null => {
  if (!NUMBER_CELL.test(cell)) return null;
  return cell.endsWith("%") ? Number(cell.slice(0, -1)) / 100 : Number(cell);
};
/** A head naming weights in points (分值 | 配分 | 权重 | 比重 | 分数): a column of points under it is a rubric's, not amounts. */
const WEIGHT_HEAD = /(^|\|)[^|]{0,6}(分值|配分|权重|比重|分数|标准分|满分)(\([^()|]{0,6}\))?\|/;

/** A head naming criteria in a rubric's words (评审准则, 评分项目, 考核内容, 评价标准). */
const CRITERIA_HEAD = /准则|评分|评审|考核|考评|测评|评价(项目|内容|标准)/;

/**
 * A column of weights under criteria: three lines or more, each a name and one or two weights and nothing else,
 * consecutive (a line with a name and no weight, a criterion the page left unweighted, may stand between), each column
 * adding up to the whole — or two lines and more closed by a 总计 line stating the whole. The weights are fractions of 1
 * (0.25, or percents 25%), or points of 100 under a head naming them (配分 | 分值 | 权重), each below ITEM_POINTS_BELOW.
 * A budget's shares stand beside amounts (more numbers on the line, or a number above the points): no such column.
 */
function weightsColumn(lines: string[]): boolean {
  let run: number[][] = [];
  let head = "";
  let found = false;
  // (each weight column adds up to the whole: the run's weights add up to as many wholes as it has columns — read as
  // the joined text gives the lines, a blank cell left out, a line weighted in one column only shifts nothing)
  const close = (stated: number | null) => {
    const width = Math.max(0, ...run.map((r) => r.length));
    const all = run.flat();
    // points of 100 (every weight 1 or more, under a head naming them), or fractions of 1
    const points = all.length > 0 && all.every((v) => v >= 1);
    const scale = points ? 100 : 1;
    // (under a head naming the weights, or fractions under a head naming the criteria in a rubric's words: 评审准则 |
    // 研究和应用项目 — a budget's shares under 项目 | 占比 are no weights)
    if ((run.length >= 3 || (run.length >= 2 && stated !== null)) && (WEIGHT_HEAD.test(head + "|") || (!points && CRITERIA_HEAD.test(head)))) {
      const sum = all.reduce((a, v) => a + v, 0) / scale;
      const whole = stated === null ? null : stated >= 1 && points ? stated / 100 : stated;
      if (Math.abs(sum - width) < 0.005 * width || (whole !== null && width === 1 && Math.abs(whole - 1) < 0.005)) found = true;
    }
    run = [];
  };
  let last = "";
  for (const line of lines) {
    const cells = line.split("|").filter((c) => c !== "");
    const nums = cells.slice(1).map(weightOf);
    const name = cells[0] ?? "";
    if (!cells.length) close(null);
    else if (WHOLE_LINE.test(name) && nums.length === 1 && nums[0] !== null) close(nums[0]);
    else if (cells.length === 1 && run.length) continue;
    else if (weightOf(name) !== null || cells.length > 3 || !nums.length || nums.some((v) => v === null || v <= 0 || v >= ITEM_POINTS_BELOW)) close(null);
    else {
      if (!run.length) head = last;
      run.push(nums as number[]);
    }
    last = line;
  }
  close(null);
  return found;
}

/**
 * A list of results: a head line naming the assessed units and their score (被考核单位 | 指标完成情况 | 得分 | 备注), no
 * amount, no weight or target head beside them, and two lines or more under it each a name with a score (a number up
 * to 120 in some cell after the name).
 */
function resultList(lines: string[]): boolean {
  for (let i = 0; i < lines.length - 2; i++) {
    const heads = lines[i].split("|").filter((c) => c !== "");
    if (heads.length < 2 || heads.length > 8) continue;
    if (!heads.some((h) => SCORE_HEAD.test(h)) || !heads.some((h) => UNIT_HEAD.test(h))) continue;
    if (heads.some((h) => LIST_FUND_HEADER.test(h) || FORM_HEAD.test(h))) continue;
    // (every other head one a list of results has: what was assessed, its rank or grade, a remark — a head it does not
    // know, 联系人, makes it another list)
    if (!heads.every((h) => SCORE_HEAD.test(h) || UNIT_HEAD.test(h) || RESULT_HEAD.test(h))) continue;
    let scored = 0;
    for (let j = i + 1; j < lines.length && j <= i + 40; j++) {
      const cells = lines[j].split("|").filter((c) => c !== "");
      if (!cells.length) break;
      const first = /^\d{1,3}$/.test(cells[0]) ? 1 : 0;
      const name = cells[first];
      if (!name || NUMBER_CELL.test(name)) break;
      if (cells.slice(first + 1).some((c) => /^\d{1,3}(?:\.\d{1,2})?$/.test(c) && Number(c) <= 120)) scored++;
      else break;
    }
    if (scored >= 2) return true;
  }
  return false;
}
