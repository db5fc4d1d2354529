import { withoutCopyMarks } from "../text/copy-marks";
import type { Grid } from "../grid/grid";
import { a1 } from "../grid/a1";
import type { CellRef, Indicator, RatioRelation, Relation, RelationTerm, RollupRelation, Totals } from "../model/types";
import { compact, normalizeText } from "../text/normalize";
import { labelCode, mayStartCode, outlineRank } from "../text/codes";
import { textItem } from "./paragraph-list";
import { proseRates } from "./prose-rates";
import { statedResult } from "./stated-grades";
import { GRADE_LETTER_ALT, GRADE_WORD_ALT } from "./vocabulary";
import { statedWholeScore } from "./prose-counts";
import { brokenTitle } from "./broken-title";
import { contentsHeadIn, contentsSpan, filledIn } from "./contents-lines";
import { bareScoreClause, bareScoreIsWhole, resultHeadBefore } from "./bare-whole-score";
import { DEPT_WHOLE_TITLE, titleNamesProjectEvaluation } from "./families/vocabulary";
import { gradedUnitlessScores } from "./graded-score";
import { closingUnitlessScores } from "./closing-unitless-score";
import { peerResultRows } from "./peer-results";

/**
 * A project's (a fund's, a department's) 绩效自评报告 / 绩效评价报告 printed as paragraphs, one line a row in one column:
 * a title naming the report, its numbered sections (一、基本情况 / 二、绩效目标 / 三、自评情况 (预算执行, 产出, 效益, 满意度) /
 * 四、问题 / 五、措施; the heads may run on mid-line), the scores stated in heads or in sentences ('(自评得分20分)',
 * '绩效自评得分4.44分', '得分为39分', '满分10分,得8分'), the grade ('自评等级为良'), the amounts with their rate ('下达资金50
 * 万元,已拨付10万元,预算执行率为22.22%').
 *
 * reportDocument is the family's evidence (no table, a report's title line, three kinds of its sections); reportScores
 * reads its scores: each scored line's level from its code (一、 over (一) over 1. over (1) over ①; a line with no code
 * is a sentence, below every head), the whole (a scored line stating the total or the grade with it — '绩效自评得分83.44
 * 分,自评等级为良' —, else the first scored head stating 100 or, within a twentieth, the sum of the scored lines at the
 * shallowest level after it), each scored head against the scored lines under it (down to the next head at its level or above), the whole against
 * the shallowest scored lines after it; the indicators are the scored lines with none under them, the 预算执行 line apart
 * (the report's budget item, a part of the whole). Each stated 执行率 against the amounts before it on its line.
 */

/** Lines a report is read over (a longer sheet is no pasted report). */
const MAX_ROWS = 400;
/** The first lines the report's title is looked for in (a page's header lines may come first). */
const TITLE_ROWS = 14;

/** A title line naming the report (compact, simplified): '…项目绩效评价报告', '绩效自评报告', '…资金绩效自评情况报告', '2022年度项目支出绩效自评报告(建富果蔬)'. */
// (grad49a: '…支出绩效自评的报告', a 公文's '关于…的报告'; '…绩效自评整改报告', the report of what its self-evaluation found put right)
const REPORT_TITLE = /(绩效|支出|项目|资金|整体)[^|]{0,6}(自评|评价)(情况|工作|结果|整改)?的?报告|自评(情况|价)?的?报告/;
/**
 * …not a notice or a letter about one ('关于报送…自评报告的通知'), nor a summary's or a review's title. (grad49a: '关于…' is a
 * letter's title unless the title ends in 报告 — '关于上报…项目支出绩效自评的报告' is the report itself, a 公文 of the kind 报告:
 * notReportTitle.)
 */
const NOT_REPORT_TITLE = /通知|公告|通报|通報|函|印发|审核|审查|复核|评审|专家|意见|总结|總結|说明|說明|目录|目錄/;
/** A letter's '关于…' title (compact, simplified). */
const ABOUT = /关于|關於/;
/** A title ending in 报告 (its line's "|" after it): a 公文 of the kind 报告. */
// (grad50c: or its addressee run on after it, a 公文's next line glued by a PDF's text layer — '…绩效评价的报告 财政部农业司:')
const ENDS_REPORT = /报告(?:[\u4e00-\u9fa5]{2,16}[:：])?\|?$/;
const notReportTitle = (line: string) => NOT_REPORT_TITLE.test(line) || (ABOUT.test(line) && !ENDS_REPORT.test(line));
/** A title line: one cell, no sentence punctuation (a compact body line holds its cells joined by "|"). */
const TITLE_LINE = /^[^|。；;，,]{4,60}\|$/;

/** A numbered head at a line's start or run on after a sentence's end (compact text): its code and the words after it. */
const HEAD = /(?:^|[\n|。；;:：!！?？])(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]、?|\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）])([^|。；;，,:：]{2,20})/g;
/** The kinds of a report's sections (one counted once, whatever its numbering). */
const SECTION_KINDS: RegExp[] = [
  /基本情况|基本概况|基本信息|项目概况|项目情况|概况|基本情況|概況/,
  /绩效目标|績效目標|目标设定|目標/,
  // (grad47b: the fund's own section, '(一)资金情况分析', '(二)预算资金规模、来源及使用情况', '资金分配下达情况')
  // (dev61: a project's budget spending, '(二)项目内容和预算支出情况' — not a budget account's, 一般公共预算支出情况)
  /预算执行|預算執行|项目[^|]{0,4}?预算支出|項目[^|]{0,4}?預算支出|资金(使用|管理|投入|到位|申报|执行|落实|情况|规模|来源|分配|下达|拨付|安排)|資金(使用|管理|投入|到位|執行|情況|規模|來源|分配|下達|撥付|安排)/,
  // (grad47b: '二、绩效情况分析', '(二)主要绩效及分析', '(三)项目组织实施管理情况', '(三)实施项目情况')
  // (rep47: '二、绩效目标实现情况', the central template's head)
  /完成情况|完成情況|实现情况|實現情況|绩效情况|績效情況|产出|產出|效益|满意度|滿意度|实施情况|實施情況|实施效果|绩效.{0,2}分析|績效.{0,2}分析|实施.{0,4}情况|實施.{0,4}情況/,
  /问题|問題|不足/,
  /措施|建议|建議|改进|改進|下一步/,
  // (grad47b: '(一)评价结果', '二、评价结论和绩效分析', '自评结果')
  /结论|結論|自评得分|自評得分|评价得分|評價得分|自评情况|自評情況|评价情况|等级|等級|评价结果|評價結果|自评结果|自評結果/,
  // (grad47b: an evaluation's own method: '(四)评价依据及数据采集情况', '自评工作开展情况', '评价方法')
  /评价(依据|方法|过程|工作|组织|标准|范围|对象|目的)|評價(依據|方法|過程|工作|組織|標準|範圍|對象|目的)|自评(工作|过程|组织|方法)|自評(工作|過程|組織|方法)|数据采集|數據採集/,
];
/** Kinds of sections a report must show. */
const MIN_SECTION_KINDS = 3;

/**
 * The sheet (its compact body, one line a row, cells joined by "|") is a performance report printed as paragraphs: no table
 * header was read, most of its lines are one cell, a line among its first ones is the report's title, and its numbered
 * heads name three kinds of a report's sections at least (four, and the unit's own score or grade stated, where no title
 * line is read). A work summary (工作总结), a notice of results, a budget's explanation (预算说明) name no such report in
 * their title; a table's sheet has its header. "dept" where the title names a department's (a unit's) whole spending
 * (部门整体支出绩效自评报告), else "project"; null when the sheet is no such report.
 */
export function reportKind(body: string, hasHeader: boolean, title = ""): "project" | "dept" | null {
  // (grad47b: or 绩效 — a report's stored part may name neither, '一、绩效目标分解下达情况' / '二、绩效情况分析')
  if (hasHeader || (body.indexOf("报告") < 0 && body.indexOf("自评") < 0 && body.indexOf("绩效") < 0)) return null;
  // (the sheet's name, the features' title before its first line: a report pasted under its title as the sheet's name, grad47b)
  const bar = title.indexOf("|");
  const name = bar < 0 ? title : title.slice(0, bar);
  // (asked by two family detectors and by recognise of the same sheet: the last body's answer kept)
  if (body === lastBody && name === lastName) return lastKind;
  lastKind = reportKindOf(body, name);
  lastBody = body;
  lastName = name;
  return lastKind;
}

/**
 * (grad49a) The report's title among the body's first lines: a one-cell line naming a report (REPORT_TITLE, no notice's or
 * letter's words), else a title broken across two or three lines naming one (broken-title.ts); null where none.
 */
export function reportTitleIn(body: string): string | null {
  let lines = body.split("\n", TITLE_ROWS * 3);
  const joined = brokenReportTitle(lines);
  if (joined) return joined;
  // (dev56: a table of contents among the first lines is passed over, the title looked for as far past it: contents-lines.ts)
  // (dev57: a contents without its page numbers is confirmed by its first entry heading the body, further on: the whole body read)
  const contents = contentsHeadIn(lines, TITLE_ROWS) ? contentsSpan((lines = body.split("\n", MAX_ROWS)), TITLE_ROWS) : null;
  const reach = TITLE_ROWS + filledIn(lines, contents);
  let filled = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (++filled > reach) break;
    if (contents && i >= contents.from && i <= contents.to) continue;
    if (TITLE_LINE.test(line) && REPORT_TITLE.test(line) && !notReportTitle(line)) return line;
  }
  return null;
}

/**
 * (grad49a) A report's title broken across the first lines (broken-title.ts), with its "|": read before any one line (its
 * last line, '绩效自评报告' under '某县交通运输局' / '2023年度农村公路养护专项资金', names a report but not whose).
 */
function brokenReportTitle(lines: string[]): string | null {
  const joined = brokenTitle(lines.slice(0, TITLE_ROWS));
  return joined && REPORT_TITLE.test(joined) && !notReportTitle(joined) ? joined + "|" : null;
}

let lastBody: string | null = null;
let lastName = "";
let lastKind: "project" | "dept" | null = null;

function reportKindOf(body: string, name: string, share = 0.7): "project" | "dept" | null {
  const lines = body.split("\n", MAX_ROWS);
  let filled = 0;
  let single = 0;
  let chars = 0;
  let singleChars = 0;
  // (the sheet's name naming the report is its title line, grad47b)
  // (grad49a: or a title broken across its first lines, read before any one of them)
  let title: string | null = name && REPORT_TITLE.test(name) && !notReportTitle(name) ? name + "|" : brokenReportTitle(lines);
  // (dev56: a table of contents among the first lines is passed over, the title looked for as far past it: contents-lines.ts)
  const contents = title === null ? contentsSpan(lines, TITLE_ROWS) : null;
  const reach = TITLE_ROWS + filledIn(lines, contents);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    filled++;
    // (its text's characters, the cells' joints left out)
    const size = line.length - (line.split("|").length - 1);
    chars += size;
    if (line.indexOf("|") === line.length - 1) {
      single++;
      singleChars += size;
    }
    const entry = contents !== null && i >= contents.from && i <= contents.to;
    if (title === null && filled <= reach && !entry && TITLE_LINE.test(line) && REPORT_TITLE.test(line) && !notReportTitle(line)) title = line;
  }
  // (most of its text in one-cell lines: 70% of its lines, or 70% of its characters — a short excerpt under a preamble's
  // 项目名称 | … lines or over a sign-off's 填表人: | 张三 | 审核人: | 李四 lines, grad47b)
  if (single < filled * share && singleChars < chars * share) return null;
  if (name === RESULT_ONLY) return SELF_RESULT.test(body) || oneResult(body) ? "project" : null;
  // (grad47b) the report's own evidence in its sentences: its result stated (a score or a grade the unit or the evaluator
  // gave it), or the fund's money stated as a report states it (allocated N万元; budget, executed, rate)
  const evaluated = SELF_SCORED.test(body) || oneResult(body);
  const funds = FUNDS_STATED.test(body) || BUDGET_EXECUTED.test(body) || RATE_STATED.test(body) || SPENT_RATE.test(body);
  if (title === null && !evaluated && !funds) return null;
  const kinds = new Set<number>();
  const performance = new Set<string>();
  for (const m of body.slice(0, 20000).matchAll(HEAD)) {
    const k = headKind(m[1]);
    if (k >= 0) kinds.add(k);
    const p = m[1].indexOf("绩效");
    if (p >= 0) performance.add(m[1].slice(p, p + 6));
  }
  // a title naming the report: three kinds of its sections, or its result or its money stated in its sentences (a cut page
  // under its two-line title, '…资金' / '绩效自评报告', keeps one section); no title: four kinds with its result stated, or
  // three with two heads of its performance (绩效目标…, 绩效情况…) over its money or (rep47) its result stated
  const enough =
    title !== null
      ? kinds.size >= MIN_SECTION_KINDS || evaluated || funds
      : (evaluated && kinds.size >= MIN_SECTION_KINDS + 1) || ((funds || evaluated) && kinds.size >= MIN_SECTION_KINDS && performance.size >= 2);
  if (!enough) return null;
  if (title === null) return WHOLE_SPENDING.test(body.slice(0, 400)) ? "dept" : "project";
  // (grad49a: a title naming the department's budget evaluated as a whole, DEPT_WHOLE_TITLE; a title naming whose neither —
  // '执行情况绩效自评整改报告', its first line lost — the body's opening says, a cited notice's name left out: '对部门整体支出…
  // 开展了全面自评')
  if (DEPT_WHOLE_TITLE.test(title)) return "dept";
  if (titleNamesProjectEvaluation(title)) return "project";
  return WHOLE_SPENDING.test(body.slice(0, 400).replace(CITED, "")) ? "dept" : "project";
}

/**
 * (rep47) The kind of section a head names: the kind its words name last — a head's noun comes last, what precedes it
 * qualifies it ('二、绩效目标完成情况分析' is the section of the targets' completion, not of the targets; '(二)部门整体绩效目标完成情况'
 * the same); -1 where it names none.
 */
export function headKind(head: string): number {
  let kind = -1;
  let at = -1;
  for (let k = 0; k < SECTION_KINDS.length; k++) {
    const m = SECTION_KINDS[k].exec(head);
    if (m && m.index > at) {
      kind = k;
      at = m.index;
    }
  }
  return kind;
}

/** A document's name cited in 《…》 (a notice the report follows: its words are not the report's). */
const CITED = /《[^》]{0,80}》/g;
/** The report is of a department's (a unit's) whole spending: '部门整体支出绩效自评报告', '单位整体支出', '部门整体绩效'. */
const WHOLE_SPENDING = /(部门|单位)(\(单位\))?整体|整体支出/;

/**
 * (rep47) A line among the body's first ones is a title naming a report of its kind (`kind`: '监控(情况)?报告' for a
 * monitoring's): one cell, no sentence punctuation, no notice's or letter's words — a 范文 page's '项目支出绩效监控报告20篇' /
 * '项目支出绩效监控报告1' over the report, where the page's own title line is gone.
 */
export function reportTitleLine(body: string, kind: RegExp): boolean {
  const lines = body.split("\n", TITLE_ROWS);
  if (lines.some((line) => TITLE_LINE.test(line) && kind.test(line) && !notReportTitle(line))) return true;
  // (grad49a: or broken across two or three lines, '…项目支出绩效' / '监控报告')
  const joined = brokenTitle(lines);
  return !!joined && kind.test(joined) && !notReportTitle(joined);
}

/** (rep47) The unit's own result named ('绩效自评得分', '自评分97分', '自评等级为良'); '绩效自评工作' names none. */
const SELF_RESULT = /自评(?:得分|总分|分数|分|等级|结论|结果)/;

/** (rep47) reportKindOf's name for "prose with its result stated", no title or sections asked */
const RESULT_ONLY = "\u0000result";

/**
 * (rep47) A sheet its family's detectors already named a self-evaluation (their own evidence), printed as prose (reportKind's
 * test: most of its text in one-cell lines) and stating its result (the unit's own 自评得分 / 自评等级, or one evaluator's
 * score or grade): read as a report — its whole, its grade, its stated rates —, though its stored part keeps too few of a
 * report's heads for reportKind to name the family alone ('一、自评结论 / (一)部门整体绩效自评得分 / (二)…完成情况', a cut page).
 */
export function statedReport(body: string, hasHeader: boolean): boolean {
  if (hasHeader || (body.indexOf("自评") < 0 && body.indexOf("分") < 0)) return false;
  // (its family named already: half its lines or its text in one-cell lines — a page's index block, 索引号 | … | 发布机构 | …,
  // above a cut report)
  return reportKindOf(body, RESULT_ONLY, 0.5) !== null;
}

/** reportKind is not null. */
export function reportDocument(body: string, hasHeader: boolean, title = ""): boolean {
  return reportKind(body, hasHeader, title) !== null;
}

/** The unit's own evaluation stated: '自评得分', '绩效自评得分', '自评等级', '自评结论' (compact, simplified). */
// (dev55: or who evaluated between 绩效 and 自评, '…项目支出绩效单位自评报告', '绩效部门自评')
const SELF_SCORED = /自评(得分|总分|分数|等级|结论)|绩效(?:单位|部门|项目)?自评/;
/**
 * (grad47b) The report's result stated in a sentence, whoever gave it: a score ('绩效评分为83.8分', '综合得分92分', '评价得分:
 * 88.5分', grad49a: '部门绩效自评工作总体得分为84.47分'; group 1) or a grade ('评价结果为:良', '评价等级为优', '绩效等级:良好', grad49a:
 * '评级为“优”'; group 2); not a band's rule ('综合得分90分以上的
 * 为优', '评价结果为优的单位'): the score is followed by no bound's word, the grade by a sentence's end.
 */
const EVALUATED = new RegExp(
  `(?:绩效|评价|综合|自评|最终|总体|整体)(?:评分|得分|总分)(?:为|是|:)?(\\d{1,3}(?:\\.\\d{1,2})?)分(?![以及至到~\\-—])|(?:(?:评价|自评|绩效|考核)(?:等级|结果|结论|等次)|评级)(?:为|是|:)+["“]?(${GRADE_WORD_ALT})["”]?(?:$|[,。;)])`,
  "g",
);
/**
 * (grad47b) The sheet states one result (EVALUATED once, or again with the same score and grade): a report's. Several
 * scores or grades are a list's (a notice of the results of several projects, untitled): none.
 */
/** (fam49) Any evaluation's result stated (a score or a grade, EVALUATED), one or several. */
export function anyResult(body: string): boolean {
  EVALUATED.lastIndex = 0;
  const any = EVALUATED.test(body);
  EVALUATED.lastIndex = 0;
  return any;
}

export function oneResult(body: string): boolean {
  let score: string | null = null;
  let grade: string | null = null;
  let any = false;
  for (const m of body.matchAll(EVALUATED)) {
    any = true;
    if (m[1] !== undefined) {
      if (score !== null && score !== m[1]) return false;
      score = m[1];
    } else {
      if (grade !== null && grade !== m[2]) return false;
      grade = m[2];
    }
  }
  return any;
}
/** (grad47b) Money allocated, in a sentence: '下达我市…资金35331.2万元', '安排项目资金50万元', '拨付到位120万元'. */
const FUNDS_STATED = /(?:下达|安排|拨付|分配|批复|落实)[^,。;:]{0,30}?\d+(?:\.\d+)?(?:万元|亿元|元)/;
/** (grad47b) The budget, its execution and the rate in one sentence: '预算金额160.56万元,…,预算执行98万元,执行率61%'. */
const BUDGET_EXECUTED = /预算[^,。;]{0,12}?\d+(?:\.\d+)?(?:万元|元)[^。]{0,40}?执行[^,。;]{0,6}?\d+(?:\.\d+)?(?:万元|元)[^。]{0,12}?执行率/;

/** (rep47) Two amounts and their rate in one sentence, in any words: '地方应配套20971.00万元,实际配套到位资金104880.14万元,…,执行率为400.12%',
 * '应到位100万元,实际到位80万元,到位率80%' (what reportRates reads). */
const RATE_STATED = /\d(?:万元|元)[^。|]{0,60}?\d(?:万元|元)[^。|]{0,30}?(?:执行率|到位率)/;
/**
 * (dev61) The money spent and its execution rate in one clause, the budget stated apart: '截至2020年5月底,项目支出22057.41万元,
 * 预算执行率为43.26%', '执行数为1132万元,预算执行率100%', '使用2.0万元,项目执行率100%' — a report's account of its fund (13 of
 * the 15 sheets of real/ stating one so are self-evaluations, project or department; the other two, a fund-use notice of no
 * family and an indicator system, keep their families: reportKind asks a report's title or heads of its kinds besides).
 */
const SPENT_RATE = /(?:支出|执行|使用|拨付)[^,，。;；]{0,8}?\d+(?:\.\d+)?(?:万元|亿元|元)[,，]?[^。]{0,8}?执行率(?:为|达|是)?\d/;

/** A score stated in a head or a sentence (compact, simplified text): '(自评得分20分)', '绩效自评得分4.44分', '得分为39分', '自评分:8分', '自评总分为96分'. */
// (grad50c: or the evaluation's result stated as its score, '最终评价结果为98分', '考核结果:92分')
// (rel59: or the scoring's result, '最终评分结果为90分')
const SCORE = /(?:得分|自评总分|评价总分|自评分数|自评分|评分(?:结果)?|(?:评价|考核|考评|自评|评估|绩效)结果|得)(?:为|是|:)?(\d{1,3}(?:\.\d{1,2})?)分/g;
/** A bare 得 after these is a rule's award ('…的得2分', '则得', '可得', '即得', '每…得'), no score stated. */
const AWARD_BEFORE = /[的则可即每扣]/;
/** The scores SCORE finds in text, a bare 得 after an award's word left out (ES2017: no lookbehind). */
const scoresIn = (text: string) =>
  [...text.matchAll(SCORE)].filter((m) => !(m[0][0] === "得" && !m[0].startsWith("得分") && m.index! > 0 && AWARD_BEFORE.test(text[m.index! - 1])));
/** '满分10分' / '分值10分' / '(10分)' before its score on the line: the line's points. */
const POINTS = /(?:(?:满分|分值|总分值|权重)(?:为|:)?|\()(\d{1,3}(?:\.\d{1,2})?)分\)?/;
/** A line stating the whole: its total's words before the score, or the grade stated with it. */
const WHOLE_WORDS = /(总分|總分|总得分|總得分|综合得分|綜合得分|自评总分|最终得分|合计得分|总体得分|整体得分)(?:为|為|是|:|：)?\d/;
const GRADE_WITH = new RegExp(`(等级|等級|等次|评级|評級)(?:为|為|是|:|：)?[(（]?(${GRADE_WORD_ALT}|${GRADE_LETTER_ALT}|優秀|優)`);
/** The budget's execution line: a part of the whole, no indicator of the report's 产出 / 效益. */
const BUDGET_LINE = /预算执行|預算執行|资金执行|資金執行|执行率|執行率|资金使用情况|预算资金执行/;

interface Scored {
  row: number;
  col: number;
  text: string;
  /** 0 for 一、, 1 for (一), 2 for 1. / 1、, 3 for (1), 4 for ①; 9 for a sentence with no code */
  level: number;
  score: number;
  decimals: number;
  points: number | null;
  whole: boolean;
  budget: boolean;
  /** the parts its own line lists after 其中 (a whole's breakdown in one sentence) */
  listed?: RelationTerm[];
}

/** A part of a whole listed in its sentence: its name, then its score ('预算执行10分', '产出指标得分45分', '效益指标得27分'). */
const LISTED_PART = /([^,、;:。\d]{2,14}?)(?:自评得分|得分|得)?(?:为|:)?(\d{1,3}(?:\.\d{1,2})?)分/g;

/**
 * The parts a whole's sentence lists after 其中 (compact text after the word): two at least, each a name and its score, the
 * brackets' points left out ('(满分10分)'); null where fewer, or where a name is a points' word (满分, 分值: a rule's text).
 */
function listedParts(tail: string, row: number, col: number): RelationTerm[] | null {
  const bare = tail.split("。")[0].replace(/\([^)]*\)/g, "");
  const out: RelationTerm[] = [];
  for (const m of bare.matchAll(LISTED_PART)) {
    const name = m[1].replace(/^[,:;]+/, "");
    if (/满分|分值|扣|加/.test(name)) return null;
    out.push({ cell: a1(row, col), row, col, value: Number(m[2]), text: m[0], decimals: m[2].split(".")[1]?.length ?? 0, percent: false, label: name });
  }
  return out.length >= 2 ? out : null;
}

/** A line's level by its code (no code: a sentence, below every head): the outline's rank (text/codes.ts outlineRank), a
 * code of another style (1 | 2 spaced, 指标1) with the 1、 codes, any other below them. */
function levelOf(raw: string): number {
  const code = mayStartCode(compact(raw)) ? labelCode(raw) : null;
  if (!code) return 9;
  return outlineRank(raw) ?? (code.style === "ar-space" || code.style === "zhibiao" || code.style === "zhibiao-cn" ? 2 : 5);
}

export interface ReportReading {
  indicators: Indicator[];
  totals: Totals | null;
  grade: CellRef<string> | null;
  relations: Relation[];
}

const term = (s: Scored, label?: string): RelationTerm => ({
  cell: a1(s.row, s.col),
  row: s.row,
  col: s.col,
  value: s.score,
  text: s.text,
  decimals: s.decimals,
  percent: false,
  ...(label ? { label } : {}),
});

/** A line's name for messages: its head words before the score's bracket or colon. */
const nameOf = (text: string) => text.replace(/^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]?\s*/, "").split(/[(（:：,，。]/)[0].slice(0, 16) || text.slice(0, 16);

/**
 * The report's scores (see the module's note): its indicators, its whole, its grade and the relations of its scores and
 * rates; null when fewer than two scored lines are read (a report with one score states no breakdown).
 */
export function reportScores(grid: Grid): ReportReading | null {
  // (dev59: numbered paragraphs each stating its own item's result are peers, no whole's parts: peer-results.ts)
  if (peerResultRows(grid)) return null;
  const last = Math.min(grid.rowCount, MAX_ROWS);
  const lines: { row: number; col: number; level: number }[] = [];
  const scored: Scored[] = [];
  for (let r = 1; r <= last; r++) {
    const c = grid.firstTextCell(r);
    if (!c) continue;
    // (prec48 hook: a copy's page numbers, footnote marks and repeated sentences out, text/copy-marks.ts)
    const raw = withoutCopyMarks(grid.text(r, c));
    if (!raw) continue;
    const level = levelOf(raw);
    if (level < 9) lines.push({ row: r, col: c, level });
    const text = compact(raw);
    if (text.indexOf("分") < 0) continue;
    // the whole with its parts listed after 其中 on its line ('自评得分92分,其中预算执行10分、产出指标45分、效益指标27分、满意度
    // 指标10分'; '…得分为95分。其中:预算执行率得分9.5分(满分10分),产出指标得分…'): the whole, its parts its breakdown
    const q = text.indexOf("其中");
    const lead = q > 0 ? scoresIn(text.slice(0, q)) : [];
    const listed = lead.length === 1 ? listedParts(text.slice(q + 2), r, c) : null;
    const found = listed ? lead : scoresIn(text);
    // (two scores on a line: a rule's or a list's, not one line's score)
    if (found.length !== 1) continue;
    const m = found[0];
    const p = POINTS.exec(text.slice(0, m.index));
    scored.push({
      row: r,
      col: c,
      text: normalizeText(raw).trim(),
      level,
      score: Number(m[1]),
      decimals: m[1].split(".")[1]?.length ?? 0,
      points: p ? Number(p[1]) : null,
      whole: !!listed || WHOLE_WORDS.test(text) || GRADE_WITH.test(text.slice(m.index!)),
      budget: !listed && BUDGET_LINE.test(text),
      ...(listed ? { listed } : {}),
    });
  }
  if (scored.length < 2 && !scored[0]?.listed) return null;
  const relations: Relation[] = [];
  const rollup = (total: Scored, parts: Scored[], level: "total" | "group", bound: "equal" | "atMost" = "equal"): void => {
    const r: RollupRelation = {
      kind: "rollup",
      id: `rollup:score:${a1(total.row, total.col)}`,
      measure: "score",
      level,
      label: level === "total" ? "总分" : nameOf(total.text),
      block: "indicator-table",
      bound,
      total: term(total, nameOf(total.text)),
      parts: parts.map((s) => term(s, nameOf(s.text))),
      partsText: parts.map((s) => `${nameOf(s.text)} ${s.score}`).join(" + "),
    };
    relations.push(r);
  };
  /** the scored lines at the shallowest level among `xs` */
  const shallowest = (xs: Scored[]) => {
    const lv = Math.min(...xs.map((s) => s.level));
    return xs.filter((s) => s.level === lv);
  };
  // the whole: a line saying so, else the first scored head stating 100 or its later lines' sum
  // (of the lines saying so, the one stating the most, and no line states more: '综合得分' may name a part's measure,
  // never above the whole)
  let whole: Scored | null = null;
  let most = 0;
  for (const s of scored) {
    most = Math.max(most, s.score);
    if (s.whole && (!whole || s.score > whole.score)) whole = s;
  }
  if (whole && whole.score < most) whole = null;
  for (const s of scored) if (s !== whole) s.whole = false;
  if (!whole) {
    const first = scored[0];
    const after = scored.slice(1);
    // (a head over lines no higher; or a sentence over coded lines only: '经自评,本项目得分为92分。' then '1.预算执行…得分10分')
    if (first.level < 9 ? after.every((s) => s.level >= first.level) : after.every((s) => s.level < 9)) {
      const top = shallowest(after);
      const sum = top.reduce((a, s) => a + s.score, 0);
      // (100, or their sum within a twentieth of it: a slip among the parts leaves them near the whole, a section's own score
      // is far below the rest's sum; and the head states more than any line after it)
      const near = Math.abs(sum - first.score) <= Math.max(1, first.score * 0.05);
      if (top.length >= 2 && after.every((s) => s.score < first.score) && (first.score === 100 || near)) whole = first;
    }
  }
  // each scored head against the scored lines under it
  const under = new Map<Scored, Scored[]>();
  for (const h of scored) {
    if (h === whole || h.level >= 9) continue;
    const end = lines.find((l) => l.row > h.row && l.level <= h.level)?.row ?? Infinity;
    const inside = scored.filter((s) => s.row > h.row && s.row < end && s.level > h.level && s !== whole);
    if (!inside.length) continue;
    const kids = shallowest(inside);
    under.set(h, kids);
    // (scan56: a head no later head of its level or above closes runs to the page's end — a stored page cut inside the
    // report, '一、投入(20分,自评得分20分)' over '(一)项目立项(10分…)' and nothing after: its lines may go on past the cut, so
    // they make at most its score, as a table cut at the bottom leaves its last group)
    rollup(h, kids, "group", end === Infinity ? "atMost" : "equal");
  }
  if (whole?.listed) {
    const r: RollupRelation = {
      kind: "rollup",
      id: `rollup:score:${a1(whole.row, whole.col)}`,
      measure: "score",
      level: "total",
      label: "总分",
      block: "indicator-table",
      bound: "equal",
      total: term(whole, "总分"),
      parts: whole.listed,
      partsText: whole.listed.map((p) => `${p.label} ${p.value}`).join(" + "),
    };
    relations.push(r);
  } else if (whole) {
    // (its parts after it; or, the whole stated last, in a conclusion under them, before it)
    const after = scored.filter((s) => s.row > whole!.row && !s.whole);
    const before = scored.filter((s) => s.row < whole!.row && !s.whole);
    const parts = after.length ? shallowest(after) : before.length ? shallowest(before) : [];
    if (parts.length >= 2) rollup(whole, parts, "total");
  }
  const indicators = scored
    .filter((s) => s !== whole && !s.whole && !under.has(s) && !s.budget)
    .map((s) => {
      const it = textItem(s.row, s.col, [], s.text, s.points, s.points !== null ? a1(s.row, s.col) : null, null);
      it.claimedScore = s.score;
      it.scoreCell = a1(s.row, s.col);
      it.scoreDecimals = s.decimals;
      return it;
    });
  // no breakdown read: a report stating scores apart (a list's, a rule's) is not read
  if (!relations.length) return null;
  let totals: Totals | null = null;
  let grade: CellRef<string> | null = null;
  if (whole) {
    const cell = a1(whole.row, whole.col);
    totals = { row: whole.row, labelCell: cell, weight: null, score: term(whole), inSentence: true };
    const stated = statedResult(grid);
    if (stated && stated.scoreCell === cell && stated.score === whole.score) {
      const at = stated.gradeCell;
      const g = /^([A-Z]+)(\d+)$/.exec(at)!;
      grade = { cell: at, row: Number(g[2]), col: colNumber(g[1]), value: stated.grade, text: stated.grade };
    }
  }
  return { indicators, totals, grade, relations };
}

/** (grad47b) The grade stated after the whole's score on its line: '评价结果为:良', '自评等级为良', '评价结论:优秀'. */
const GRADE_STATED = new RegExp(`(?:等级|等次|评级|结果|结论)(?:为|是|:)*["“]?(${GRADE_WORD_ALT}|${GRADE_LETTER_ALT})["”]?(?:$|[,。;)(])`);

/** (grad47b) A bound's word right after a score: '90分以上', '(含)以下', '及以上', '至', '-' */
const BOUND_AFTER = /^(?:\(含\))?(?:以上|以下|以内|及以上|及以下|至|到|-|~|—)/;

/**
 * (grad47b) A report's result where it states no breakdown (reportScores reads none): the one line stating the whole —
 * a score with the total's words (总分, 综合得分…) or with the grade after it ('(一)评价结果 绩效评分为 83.8分,评价结果为:良。') —
 * is the report's total, its grade the grade stated (statedResult's where it grades that line's score, else the line's
 * own). No indicator and no relation: one score states no breakdown. Null where no line, or two lines stating different
 * wholes, or a line stating two scores (a rule's, a list's).
 */
export function reportResult(grid: Grid): ReportReading | null {
  const last = Math.min(grid.rowCount, MAX_ROWS);
  type Whole = { row: number; col: number; raw: string; score: number; decimals: number; grade: string | null };
  let whole: Whole | null = null;
  // (rep51: the one line stating a bare score, '自评得分100分', and how many lines state a score: bare-whole-score.ts)
  let bare: Whole | null = null;
  let bareHeaded = false;
  let scoredLines = 0;
  for (let r = 1; r <= last; r++) {
    const c = grid.firstTextCell(r);
    if (!c) continue;
    const text = grid.compactText(r, c);
    if (text.indexOf("分") < 0) continue;
    // (rel55: or a score written without its 分, graded in its own sentence — '自评得分92.45,综合评价结果为:优': graded-score.ts)
    const withUnit = scoresIn(text);
    let found = withUnit.length ? withUnit : gradedUnitlessScores(text);
    // (dev57: or a bare score without its 分 closing its sentence — '逐项自评打分,自评分数100。' —, taken as a bare
    // 自评得分…分 is and never on its words alone: closing-unitless-score.ts)
    const closing = !found.length && (found = closingUnitlessScores(text)).length > 0;
    if (!found.length) continue;
    scoredLines++;
    if (found.length !== 1) {
      if (found.some((m) => WHOLE_WORDS.test(text) || GRADE_STATED.test(text.slice(m.index!)))) return null;
      continue;
    }
    const m = found[0];
    // (a band's bound, '综合得分90分以上的为优秀': a rule, no result)
    if (BOUND_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    const g = GRADE_STATED.exec(text.slice(m.index! + m[0].length));
    // (grad48a: or the whole's words of an evaluation, '…开展了绩效评价,综合评分为97分', prose-counts.ts)
    if (closing || (!g && !WHOLE_WORDS.test(text) && !statedWholeScore(text))) {
      if (scoredLines === 1 && (closing || bareScoreClause(text))) {
        bare = { row: r, col: c, raw: grid.text(r, c), score: Number(m[1]), decimals: m[1].split(".")[1]?.length ?? 0, grade: null };
        bareHeaded = resultHeadBefore(text.slice(0, m.index!));
      }
      continue;
    }
    const score = Number(m[1]);
    if (whole && whole.score !== score) return null;
    if (!whole) whole = { row: r, col: c, raw: grid.text(r, c), score, decimals: m[1].split(".")[1]?.length ?? 0, grade: g ? g[1] : null };
  }
  // (rep51: a bare score, the only score the report states, under a head naming the result or below a title naming the
  // self-evaluation)
  if (!whole && bare && scoredLines === 1 && (bareHeaded || bareScoreIsWhole(grid, bare.row))) whole = bare;
  if (!whole) return null;
  const cell = a1(whole.row, whole.col);
  const score: RelationTerm = { cell, row: whole.row, col: whole.col, value: whole.score, text: normalizeText(whole.raw).trim(), decimals: whole.decimals, percent: false };
  const totals: Totals = { row: whole.row, labelCell: cell, weight: null, score, inSentence: true };
  let grade: CellRef<string> | null = null;
  const stated = statedResult(grid);
  if (stated && stated.score === whole.score) {
    const at = /^([A-Z]+)(\d+)$/.exec(stated.gradeCell)!;
    grade = { cell: stated.gradeCell, row: Number(at[2]), col: colNumber(at[1]), value: stated.grade, text: stated.grade };
  } else if (whole.grade) grade = { cell, row: whole.row, col: whole.col, value: whole.grade, text: whole.grade };
  return { indicators: [], totals, grade, relations: [] };
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** (prose48) The rows a report's stated rates are read over (its 执行率 lines: reportRates's reading, now prose-rates.ts's
 * reportLineRate, run through withReportRates). */
export const reportRateRows = MAX_ROWS;

/** A report's stated rates (each line's first 执行率 read as a report reads it, the others on their evidence): prose-rates.ts. */
export function reportRates(grid: Grid): RatioRelation[] {
  return proseRates(grid, true, MAX_ROWS);
}
