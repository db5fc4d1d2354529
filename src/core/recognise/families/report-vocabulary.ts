import type { SheetFeatures } from "../features";
import { ACCOUNTS_TEXT, CITED, documentBody, documentReportKind, WHOLE_EVALUATION } from "./document-text";
import { statedEvaluationKind } from "./report-statement";
import { CODED_HEAD_WORDS, MONITORING_WORDS, NOT_REPORT_BODY, PROJECT_IDENTITY } from "./vocabulary";
import { anyResult, headKind, oneResult } from "../report-scores";
import { peerResultRows } from "../peer-results";

/**
 * fam53: **a self-evaluation report's vocabulary spread over its body**, wherever it stands. An unseen report (an excerpt
 * starting mid-report, its second half, its title lost, its heads numbered otherwise) does not say the phrases the other
 * readers key on (its title, '现将…自评情况汇报如下', '开展了绩效自评' with one result under its coded heads); but its paragraphs
 * speak of what a year's self-evaluation reports, in words no fund notice, budget statement or news item gathers together:
 *   result     自评得分 / 评价结论 / 评价等级 / 绩效等级 / 综合评价 / 得分为90 …
 *   targets    绩效目标完成情况 / 产出指标 / 效益指标 / 满意度 / 完成率
 *   money      资金使用 / 资金到位 / 资金拨付 / 预算执行 / 执行率
 *   problems   存在的问题 / 问题和建议 / 不足之处
 *   next       下一步 / 改进措施 / 整改措施 / 意见建议 / 工作打算
 *   project    项目概况 / 项目基本情况 / 立项 / 项目实施 / 项目资金
 * Three kinds at least, or two where the text names the evaluation (自评 / 绩效评价), in a text that is prose (most lines one
 * cell) and says none of a monitoring's words of the year as it goes (1-6月, 截至9月底, 上半年, 偏差, 监控: report-statement's
 * MONITORING_WORDS), no notice's or news item's sentence, no accounts' words (document-text's NOT_REPORT_BODY, ACCOUNTS_TEXT).
 * Its kind: "dept" where the body names the evaluation of a department's (a unit's) whole spending (document-text's
 * WHOLE_EVALUATION: 部门整体支出绩效评价, 单位整体…自评; outside a cited document's name) and no project named or its
 * evaluation named (项目…自评: one body phrase naming the department does not outweigh it), else "project". Never where a
 * table's header was read, nor where a phrase reader (documentReportKind, statedEvaluationKind) names the kind itself.
 */
const RESULT = 0;
const TARGETS = 1;
const KINDS: RegExp[] = [
  /自评(?:得分|结果|结论|等级)|评价(?:得分|结论|结果|等级)|绩效等级|综合评价|综合得分|得分为?\d/,
  /目标完成情况|产出指标|效益指标|满意度|完成率/,
  /资金(?:使用|到位|拨付|投入|管理|执行)|预算执行|执行率/,
  /存在(?:的)?(?:主要)?问题|问题(?:和|及)建议|不足之处/,
  /下一步|改进措施|整改措施|意见建议|有关建议|改进意见|工作打算/,
  /项目(?:基本)?(?:概况|情况)|立项|项目实施|项目资金|项目完成/,
  // (famp55) the output indicators' own categories a report goes through one by one ('(1)数量指标 … (2)质量指标 …')
  /(?:数量|质量|时效|成本)指标/,
];
/**
 * The text names the evaluation (compact: 繁體 simplified) — or (famp55) speaks a self-evaluation report's own analysis heads,
 * which its second half keeps when '自评' stood only in the first: '(三)绩效指标完成情况分析', '二、绩效目标完成情况分析', '二、绩效情况分析',
 * '三、偏离绩效目标的原因和下一步改进措施', '3.未完成的绩效目标' (the template of a transfer payment's self-evaluation report).
 */
const EVALUATION_WORD = /自评|绩效评价|(?:绩效|目标|指标)(?:完成)?情况分析|偏离(?:绩效)?目标|未完成的?绩效目标/;
/** (famp55) A quoted phrase ('“预算编制有目标、预算执行有监控…”', a slogan of budget management): cited, not the text's own words. */
const QUOTED = /“[^”]{0,80}”/g;
/** A project's evaluation report named ('…项目支出绩效自评的报告', '项目绩效评价报告'): the report is a project's, whatever else it says. */
// (dev55: who evaluated between 绩效 and 自评, '…项目支出绩效单位自评报告')
const PROJECT_EVALUATION = /项目(?:支出)?(?:绩效)?(?:单位|部门)?(?:自评|评价)(?:的|情况)?报告/;
/** A head's or a signature's field line, short labels each beside its value ('项目名称|某县乡村道路养护|', '填表人:|张三|审核人:|李四|'): neither prose nor table, not counted. */
const FIELD_LINE = /^(?:[^|。;,]{2,8}\|[^|]{0,30}\|){1,3}$/;
/**
 * (famp55) A coded head naming a department's (a unit's) whole spending as its section's subject: '(一)部门整体支出概况',
 * '(二)部门整体支出绩效目标', '(三)部门整体支出或项目实施情况分析' (the head's words, before its sentence runs on). Two of them
 * make the report the department's whole-spending report, what a budget's or an accounts' explanation (refused above by
 * ACCOUNTS_TEXT) or a work summary never heads its sections with.
 */
const WHOLE_SPENDING_HEAD = /^[^|。;:]{0,8}(?:部门|单位)(?:\(单位\))?整体支出/;
const WHOLE_HEADS = 2;
/** (famp55) A line of '|' alone. */
const BARS_ONLY = /^\|+$/;
/** A line opening with a section code (一、 (一) 1、 1. (1)): the report's own heads. */
const CODED_LINE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.．](?!\d)|\(\d{1,2}\))/;
/**
 * (dev59) An evaluation promised for later, to its sentence's end: a future's or a plan's word (…完成后 / …结束后 / 将 / 拟 / 计划 /
 * 届时), then 开展 / 进行 / 组织 / 实施 (never '开展了': done) and the evaluation — '项目完成后由项目协调领导小组开展项目自评,自评结果
 * 上报…备案' in a 实施方案. Its words (自评, 自评结果) are the plan's, no report's vocabulary: taken out before the kinds are counted.
 */
const PROMISED = /(?:完成后|结束后|验收后|届时|将|拟|计划)[^。;]{0,30}?(?:开展|进行|组织|实施)(?!了)[^。;]{0,10}?(?:自评|绩效评价)[^。;]*/g;
/** An evaluation still to be carried out (a work plan, '将组织开展…绩效评价'): no report of one. */
const PLAN_WORDS = /工作方案|实施方案|将(?:组织)?开展/;
/**
 * fam54: the near shapes that speak the same vocabulary and are no self-evaluation report:
 * - a work summary (工作总结): a year's account of work done, its problems and next year's plans, in a summary's words (its
 *   name, or its heads 主要做法 / 取得成效 / 经验做法 / 主要工作完成情况) and never naming an evaluation (自评 / 绩效评价) —
 *   a self-evaluation that reports what it achieved (取得的成效) names its evaluation too;
 *   (where no evaluation is named, a result or the targets must be among the kinds: money, problems, next steps and a project
 *   are any work document's, a work summary's second half speaks only of them);
 * - a notice to several units: units each given their score ('县教育局自评报告得分92分。县卫健局…得分85分', a review of others'
 *   reports: one report scores its own one work), its addressees on a line of their own ('各乡镇、各部门:'), or its
 *   instructions to them ('各单位要认真整改', '各地各部门要…': a report tells no one what to do).
 */
const WORK_SUMMARY = /(?:工作|年度|全年)总结|总结报告|工作报告|主要做法|取得(?:的)?(?:主要)?成效|主要成效|工作成效|经验做法|主要工作(?:完成|开展)情况/;
/** A named unit (a bureau, a school, a township …) then its score in the same clause: '县教育局自评报告得分92分'. */
const UNIT_SCORE = /(?:局|委|办|院|校|中心|站|所|镇|乡|街道|公司|馆|队)[^。;,、|\n]{0,12}?(?:得分|评分|分数)(?:为|是|:)?(\d{1,3}(?:\.\d{1,2})?)分/g;
/** A circular's addressees on their own line: '各乡镇、各部门:', '各县(市、区)财政局:'. */
const ADDRESSEES = /(?:^|\n)各[^。;,|\n]{1,30}:\|?(?:\n|$)/;
/** An instruction to several units: '各单位要', '各承办单位要', '各地各部门要', '各乡镇应'. */
const INSTRUCTED = /各[^。;,|\n]{0,6}(?:单位|部门|地|乡镇|县|区|市)(?:要|务必|应当?|须|必须)/;
/** Different scores given to units: two at least. */
const UNITS_SCORED = 2;

/** Share of the filled lines (fields aside) that hold one cell: prose. */
const PROSE_SHARE = 0.8;

/** The number of the report's vocabulary kinds (KINDS) the text speaks of. */
export function reportVocabularyCount(body: string): number {
  let n = 0;
  for (const re of KINDS) if (re.test(body)) n++;
  return n;
}

let lastFeatures: SheetFeatures | null = null;
let lastKind: "project" | "dept" | null = null;

/** The kind of self-evaluation report the prose's vocabulary says it is (see the module's note), or null. */
export function reportVocabularyKind(f: SheetFeatures): "project" | "dept" | null {
  if (f === lastFeatures) return lastKind;
  lastFeatures = f;
  lastKind = readVocabulary(f);
  return lastKind;
}

function readVocabulary(f: SheetFeatures): "project" | "dept" | null {
  // (the weaker evidence: asked only where no phrase reader names the report's kind — a body phrase naming the department
  // does not outweigh a project's report read by its sentences)
  // (dev59: nor numbered paragraphs each stating its own item's result, a list of evaluations: peer-results.ts)
  if (f.header || documentReportKind(f) || statedEvaluationKind(f) || peerResultRows(f.grid)) return null;
  const body = documentBody(f);
  if (monitoringText(body.replace(QUOTED, "")) || NOT_REPORT_BODY.test(body) || ACCOUNTS_TEXT.test(body) || PLAN_WORDS.test(body)) return null;
  // (several results stated: a circular of several projects' results, no one report — its parts' points aside)
  const results = withoutPartScores(body);
  if (anyResult(results) && !oneResult(results)) return null;
  if (noticeToUnits(body)) return null;
  let filled = 0;
  let single = 0;
  let coded = 0;
  let wholeHeads = 0;
  for (const line of body.split("\n", 400)) {
    // (famp55: a line of bars alone, a page's rule '||||||' copied as text, holds no cell of words)
    if (!line || FIELD_LINE.test(line) || BARS_ONLY.test(line)) continue;
    filled++;
    if (line.indexOf("|") === line.length - 1) single++;
    // (a table's row of four cells or more: a table under the prose, read by the table's readers, not by its words)
    else if (line.split("|").length > 4) return null;
    if (!CODED_LINE.test(line)) continue;
    coded++;
    if (WHOLE_SPENDING_HEAD.test(line)) wholeHeads++;
  }
  // (a report's own section heads, one at least: a news item's or a note's paragraphs have none)
  if (filled === 0 || single < filled * PROSE_SHARE || coded < 1) return null;
  // (dev59: nor an evaluation promised for later, a plan's words — '项目完成后由…开展项目自评,自评结果上报…': PROMISED)
  const own = body.replace(CITED, "").replace(PROMISED, "");
  // (famp55: the department's whole spending the subject of its sections, a year's report of it)
  if (wholeHeads >= WHOLE_HEADS && !PROJECT_IDENTITY.test(own)) return "dept";
  const n = reportVocabularyCount(own);
  const evaluation = EVALUATION_WORD.test(own);
  if (n < 3 && !(n >= 2 && evaluation)) return null;
  // (no evaluation named: a work summary's words, or none of an evaluation's own kinds — a result, the targets — among them:
  // money, problems, next steps and a project are any work document's)
  if (!evaluation && (WORK_SUMMARY.test(own) || !(KINDS[RESULT].test(own) || KINDS[TARGETS].test(own)))) return null;
  return WHOLE_EVALUATION.test(own) && !PROJECT_IDENTITY.test(own) && !PROJECT_EVALUATION.test(own) ? "dept" : "project";
}

/** A half-year's or three quarters' name: an event's time ('上半年科干班'), not by itself a monitoring's months so far. */
const PERIOD_NAMES = /上半年|前三季度/g;

/**
 * The body reads as a monitoring's (MONITORING_WORDS). (fam57) Where a coded head names the evaluation (evaluationHead), a
 * period's name in a sentence ('上半年科干班、中青班') does not; a monitoring's own figures (1-6月, 截至N月, 序时进度, 全年预计 …) still do.
 */
function monitoringText(body: string): boolean {
  if (!MONITORING_WORDS.test(body)) return false;
  return !evaluationHead(body) || MONITORING_WORDS.test(body.replace(PERIOD_NAMES, ""));
}

/** (fam57) The evaluation named in a head: '二、绩效评价指标分析情况', '三、项目绩效自评情况'. */
const EVALUATION_HEAD = /绩效评价|自评/;

/**
 * (fam57) A coded head names the evaluation (EVALUATION_HEAD) and none names a monitoring's words (MONITORING_WORDS): a
 * report of the evaluation by its own section, which a monitoring report (its heads '二、绩效监控情况', '(一)1-6月预算执行')
 * never heads so — a monitoring's word in its sentences is the year's account, not the report's kind.
 */
function evaluationHead(body: string): boolean {
  let named = false;
  for (const line of body.split("\n", 400)) {
    const code = CODED_LINE.exec(line);
    const words = code ? CODED_HEAD_WORDS.exec(line.slice(code[0].length)) : null;
    if (!words) continue;
    if (MONITORING_WORDS.test(words[0])) return false;
    if (EVALUATION_HEAD.test(words[0])) named = true;
  }
  return named;
}

/**
 * (famp55) The body without the points a report gives its own parts beside their heads: '二、预算执行情况(自评得分10分)',
 * '1.数量指标(自评得分20分):…' — a head naming a report's section (report-scores' headKind) or an indicator category, its
 * score in brackets. Several of them are one report's parts, not a circular's several results ('XX项目(自评得分92分)' names
 * no section: kept).
 */
export function withoutPartScores(body: string): string {
  return body.replace(PART_SCORE_HEAD, (line: string, head: string) => (headKind(head) >= 0 || /指标/.test(head) ? line.replace(PART_SCORE, "") : line));
}
/** A coded head line with its points in brackets after its words: [1] the words. */
const PART_SCORE = /\((?:自评|评价)?得分(?:为|:)?\d{1,3}(?:\.\d{1,2})?分\)/;
const PART_SCORE_HEAD = new RegExp(`${CODED_LINE.source}[、.．]?([^|。;(\\n]{2,24})${PART_SCORE.source}[^\\n]*`, "gm");

/** A notice to several units (fam54, see WORK_SUMMARY's note): its addressees or its instructions to them, or units given different scores. */
export function noticeToUnits(body: string): boolean {
  if (ADDRESSEES.test(body) || INSTRUCTED.test(body)) return true;
  const scores = new Set<string>();
  for (const m of body.matchAll(UNIT_SCORE)) scores.add(m[1]);
  return scores.size >= UNITS_SCORED;
}
