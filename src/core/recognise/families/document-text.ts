import type { SheetFeatures } from "../features";
import { peerResultRows } from "../peer-results";
import { chromeEnd, mayHoldChrome, siteDocumentName } from "./document-site";
import { compact, normalizeText } from "../../text/normalize";
import { anyResult, headKind, oneResult, reportKind, reportTitleIn } from "../report-scores";
import { transferTemplateProse } from "./transfer-template";
import { CODED_LINE, departmentFunds, departmentFundsTable, DEPT_WHOLE_TITLE, NOT_REPORT_BODY, PROJECT_IDENTITY, titleNamesProjectEvaluation } from "./vocabulary";

/**
 * fam48: a report whose title is not a line of its own, and a report whose kind its body says without any title.
 *
 * (1) A document pasted as one long cell (or a few), its line breaks turned to spaces ('南县 2021 年渔政执法经费 支出绩效评价
 * 报告 南县农业综合行政执法大队 (2022 年 2 月 23 日) 为进一步… 一、专项基本情况 (一)项目概况 1、项目背景。…'), perhaps under a
 * file-name line ('…项目绩效评价报告.docx'): SheetFeatures.body keeps 80 characters of a cell, so the report's heads and
 * sentences are lost to reportKind. `documentBody` prints such a cell again as the document's lines: the title glued to the
 * body's head cut off where its report word ends (gluedTitle), and a new line at every space standing before a section
 * code (一、 (一) 1、 1. (1): the document's line breaks, which compacting joins to the words before them). Spaces inside
 * words (PDF line breaks), full-width forms and 繁體 are compact's.
 *
 * (2) A department's (a unit's) whole-spending evaluation report printed as paragraphs without a title line naming it
 * (its title removed, replaced by 附件2, or naming only the unit and the year): `departmentReportProse` — the body says it
 * when it states the evaluation of the whole spending (部门整体支出 / 机关整体支出 / 单位整体支出 … 绩效评价 / 自评) with
 * its one result (综合评分为97分, 自评得分92分, 评价等级为优), under numbered heads of a department's own situation (two of:
 * 机构设置, 人员编制 / 实有人数, 部门预算单位构成, 部门 / 单位 / 主要职责, 部门(单位)基本概况). Its counter-shapes: a budget's
 * or accounts' explanation (部门预算公开说明, 决算说明: the same heads of 机构设置 and 人员编制, its 绩效目标 stated but no
 * evaluation's result; a 决算说明's 绩效自评 section after its accounts — 收入支出决算, 财政拨款 — is an accounts text), a
 * notice asking units to evaluate (no result), a news item (no numbered heads of the department's situation).
 *
 * Both are asked only where reportKind on the sheet as read names nothing and no table header was read.
 */

/** A report's (a form's) title word ending the title glued to the body's head (compact, simplified). */
const GLUED_TITLE = /[^。;,:!?|>•●》]{2,56}?(?:(?:绩效|支出|项目|资金|整体)[^。;,:|]{0,6}(?:自评|评价)(?:情况|工作|结果)?报告|自评(?:情况)?报告|(?:绩效|运行|资金|支出)?监控(?:情况)?报告|(?:自评|评价|监控)表)/;
/** How far into a long text its glued title is looked for (a page's navigation and index lines may come first). */
const TITLE_REACH = 200;
/** A sentence's end before a glued title's start: no title there. */
const SENTENCE_END = /[。;,!?]/;
/** A file-name line's extension ('…绩效评价报告.docx', '….pdf'). */
const FILE_EXTENSION = /\.(?:docx?|pdf|wps|xlsx?|et)$/i;
/** A space standing before a section code: the document's line break before its next head. */
const HEAD_BREAK = /\s+(?=[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．](?!\d)|\d{1,2}\.(?!\d)|[(（]\d{1,2}[)）])/;
/** Characters of a document at least after a site's chrome in its cell (fewer: the chrome's own tail). */
const DOCUMENT_REST = 20;
/** A body line long enough to hold a cell cut at SheetFeatures' 80 characters. */
const LONG_LINE = /^[^\n]{81}/m;

/**
 * The title glued to the head of a long text ('南县2021年渔政执法经费支出绩效评价报告' of '南县2021年渔政执法经费支出绩效评价报告
 * 南县农业综合行政执法大队(2022年2月23日)为进一步…'): where it starts (after a page's navigation or index words, 当前位置:首页>>…>>
 * 公共文化, which end at a mark) and its compact text up to its report's word, 56 characters at most with no sentence or
 * field mark inside, within the text's first 200; null where no report's word stands there, or the text is the title alone. A
 * notice's words name no report's title (关于开展…绩效自评工作的通知).
 */
export function gluedTitle(text: string): { at: number; title: string } | null {
  const m = GLUED_TITLE.exec(text.slice(0, TITLE_REACH));
  if (!m || m.index + m[0].length >= text.length - 2) return null;
  // (a title opens the text or follows a page's navigation or field words, never a sentence: '…工作。现将自评情况报告如下:' is
  // the report's own sentence)
  if (m.index > 0 && SENTENCE_END.test(text[m.index - 1])) return null;
  return /通知|公告|通报|印发|函/.test(m[0]) ? null : { at: m.index, title: m[0] };
}

/** A one-cell line naming a file ('南县渔政执法经费4.8万元项目绩效评价报告.docx'): its name without the extension. */
export function fileNameTitle(text: string): string | null {
  return text.length <= 70 && FILE_EXTENSION.test(text) ? text.replace(FILE_EXTENSION, "") : null;
}

/**
 * (fam57) A section code right after a sentence's end ('…提高资金使用效益。一、基本情况…'): on a document site's preview, whose
 * text lost its line breaks (no space left before the head), the document's line break before its next head.
 */
const PREVIEW_HEAD = /([。；;!！?？])(?=[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}、(?!\d))/g;

/**
 * A long cell's text as the document's lines (compact, each ending "|"): its glued title apart, a line at each head (also
 * after a sentence's end, on a document site's preview: `preview`).
 */
function documentLines(raw: string, preview = false): string {
  let out = "";
  for (const piece of (preview ? raw.replace(PREVIEW_HEAD, "$1 ") : raw).split(HEAD_BREAK)) {
    const c = compact(piece);
    if (!c) continue;
    const t = out ? null : gluedTitle(c);
    out += t ? `${t.at ? c.slice(0, t.at) + "|\n" : ""}${t.title}|\n${c.slice(t.at + t.title.length)}|\n` : `${c}|\n`;
  }
  return out.slice(0, -1);
}

let lastGrid: unknown = null;
let lastSource = "";
let lastBody = "";

/**
 * The sheet's body with each row holding a cut cell (a text past 80 characters) printed again as the document's lines
 * (documentLines), and each file-name line as its name; the body itself where no cell is cut and no file name stands.
 */
export function documentBody(f: SheetFeatures): string {
  if (f.grid === lastGrid && f.body === lastSource) return lastBody;
  let body = f.body;
  const site = mayHoldChrome(f.body);
  if (LONG_LINE.test(f.body) || f.body.indexOf(".") >= 0 || site) {
    const { start, cols } = f.grid.textCells();
    const lines = f.body.split("\n");
    // (fam57: the rows of a document site's chrome, where the sheet is such a preview)
    const chrome = new Set<number>();
    for (let i = 0; site && i < lines.length; i++) {
      const r = i + 1;
      if (lines[i] && start[r + 1] - start[r] === 1 && chromeEnd(f.grid.compactText(r, cols[start[r]])) >= 0) chrome.add(i);
    }
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      const r = i + 1;
      // (one text on the row: a document's run of lines, '|' inside it the page's own; a label beside its long text is a
      // form's field, as read)
      if (start[r + 1] - start[r] !== 1) continue;
      // (fam57: a document site's blurb or prompt, its menu's '|' inside, is none of the document's lines: the name of the
      // document it quotes stands for it as the title line, else nothing — document-site.ts)
      // (the document itself where the page pasted it into the chrome's cell after it: its lines, as a long cell's)
      if (chrome.has(i)) {
        const name = siteDocumentName(f.grid.compactText(r, cols[start[r]]));
        const text = normalizeText(f.grid.text(r, cols[start[r]]));
        const at = chromeEnd(text);
        const rest = at >= 0 && text.length - at > DOCUMENT_REST ? documentLines(text.slice(at), true) : "";
        lines[i] = (name ? name + "|" : "") + (name && rest ? "\n" : "") + rest;
        changed = true;
      } else if (line.length > 80 && f.grid.compactText(r, cols[start[r]]).length > 80) {
        lines[i] = documentLines(f.grid.text(r, cols[start[r]]), chrome.size > 0);
        changed = true;
      } else {
        const name = line.indexOf("|") === line.length - 1 ? fileNameTitle(line.slice(0, -1)) : null;
        if (name) {
          lines[i] = name + "|";
          changed = true;
        }
      }
    }
    if (changed) body = lines.join("\n");
  }
  lastGrid = f.grid;
  lastSource = f.body;
  lastBody = body;
  return body;
}

/** A department's (a unit's) whole spending named (report-scores' reading of a report's kind). */
const WHOLE_SPENDING = /(部门|单位)(\(单位\))?整体|整体支出/;

/** A document's name cited in 《…》 (a notice, a rule the report follows). */
export const CITED = /《[^》]{0,80}》/g;

/** The evaluation of a department's (a unit's, an organ's) whole spending named in a head or a sentence. */
export const WHOLE_EVALUATION = /(?:部门|单位|机关)(?:\(单位\))?整体(?:支出)?[^。;|\n]{0,24}?(?:绩效评价|绩效自评|自评|评价)/;
/** Numbered heads of a department's own situation (compact: a code, then the words). */
const DEPT_SITUATION: RegExp[] = [
  /机构设置/,
  /人员编制|实有人数|人员构成|编制人数/,
  /(?:部门)?预算单位构成|单位构成/,
  /(?:部门|单位|主要)职责|职能职责|主要职能/,
  /(?:部门|单位)(?:\(单位\))?基本(?:概况|情况)/,
];
/** An accounts' or a budget's explanation: its statements' words (收入支出决算, 财政拨款收入, 预算公开说明 …). */
export const ACCOUNTS_TEXT = /收入支出决算|财政拨款(?:收入|支出)决算|决算(?:情况)?说明|预算(?:公开)?说明|一般公共预算财政拨款/;

/**
 * A department's whole-spending evaluation report as paragraphs, no title naming it (see the module's note): most of its
 * lines one cell, the whole spending's evaluation named, one result stated, two numbered heads of the department's own
 * situation, no project named, no accounts' words.
 */
export function departmentReportProse(body: string): boolean {
  if (!WHOLE_EVALUATION.test(body) || ACCOUNTS_TEXT.test(body) || PROJECT_IDENTITY.test(body)) return false;
  const lines = body.split("\n", 400);
  let filled = 0;
  let single = 0;
  const seen = new Set<number>();
  for (const line of lines) {
    if (!line) continue;
    filled++;
    if (line.indexOf("|") !== line.length - 1) continue;
    single++;
    if (!CODED_LINE.test(line) || line.length > 40) continue;
    for (let k = 0; k < DEPT_SITUATION.length; k++) if (DEPT_SITUATION[k].test(line)) seen.add(k);
  }
  return single >= filled * 0.7 && seen.size >= 2 && oneResult(body);
}

/**
 * (grad49a) A department's own self-evaluation result named in a sentence: '部门绩效自评工作总体得分为84.47分', '部门整体支出绩效
 * 自评得分92分', '单位整体绩效评价综合得分为88分'.
 */
const DEPARTMENT_RESULT = /(?:部门|单位)(?:\(单位\))?(?:整体)?(?:支出)?绩效(?:自评|评价)[^。;,|\n]{0,8}?(?:得分|总分|评分)(?:为|是|:)?\d/;

/**
 * (grad49a) A department's report by its body when its situation's heads are not on the stored part (a rectification report,
 * '一、基本情况' / '二、绩效自评发现问题及整改措施', its title lost): most lines one cell, the department's own self-evaluation result
 * named with its score (DEPARTMENT_RESULT) and one result stated (oneResult), a coded head at least, no project named, no
 * accounts' words (a 决算说明 states its self-evaluation's score too), no notice's or news item's sentence.
 */
export function departmentResultProse(body: string): boolean {
  if (!DEPARTMENT_RESULT.test(body) || ACCOUNTS_TEXT.test(body) || NOT_REPORT_BODY.test(body) || PROJECT_IDENTITY.test(body)) return false;
  const lines = body.split("\n", 400);
  let filled = 0;
  let single = 0;
  let coded = 0;
  for (const line of lines) {
    if (!line) continue;
    filled++;
    if (line.indexOf("|") !== line.length - 1) continue;
    single++;
    if (CODED_LINE.test(line)) coded++;
  }
  return single >= filled * 0.7 && coded >= 1 && oneResult(body);
}

/**
 * (rep48) An evaluation carried out, said in the past: '对此项资金进行了绩效评价', '开展了重点绩效评价', '完成了绩效自评', '经评价,',
 * '经综合评价:', '评价认为'. A notice asking for one says '开展…绩效评价工作' (no 了) and states no result.
 */
const EVALUATION_DONE = /(?:进行|开展|实施|完成|组织)了[^。;|\n]{0,8}?(?:评价|自评)|经(?:综合|专家组?|第三方)?(?:评价|自评|评定|评审)[,:]|评价认为/;
/** (rep48) The words of a coded head (compact; a head run on into its paragraph keeps its first words). */
const HEAD_WORDS = /^[^|。;,:]{2,20}/;

/**
 * (rep48) An evaluation's report of a project (a fund) by its body, no title naming it (its title lines removed, or moved to
 * the sheet's name): most lines one cell; the evaluation said to be carried out (EVALUATION_DONE); one result stated
 * (report-scores' `oneResult`: '综合绩效评价得分84.13分,评价结果为良'); and the report's own numbered sections — two coded
 * head lines at least, one naming a report's section kind (report-scores' `headKind`: 一、项目基本情况, 二、绩效目标, 评价结论…).
 * Not: a news item quoting a score (no section heads; a byline), a notice asking for an evaluation (no result; its 通知如下),
 * a circular of several results (oneResult: none), a budget's or accounts' explanation (ACCOUNTS_TEXT), a department's
 * whole-spending report (departmentReportProse's, with its own evidence).
 */
export function evaluationReportProse(body: string): boolean {
  if (!EVALUATION_DONE.test(body) || NOT_REPORT_BODY.test(body) || ACCOUNTS_TEXT.test(body)) return false;
  if (WHOLE_EVALUATION.test(body.replace(CITED, ""))) return false;
  const lines = body.split("\n", 400);
  let filled = 0;
  let single = 0;
  let coded = 0;
  let kinded = 0;
  for (const line of lines) {
    if (!line) continue;
    filled++;
    if (line.indexOf("|") !== line.length - 1) continue;
    single++;
    const code = CODED_LINE.exec(line);
    if (!code) continue;
    coded++;
    const words = HEAD_WORDS.exec(line.slice(code[0].length));
    if (words && headKind(words[0]) >= 0) kinded++;
  }
  if (single < filled * 0.7 || coded < 2 || kinded < 1) return false;
  // (fam49: a report cut before its result — or stating none — where its writer says it self-evaluated a named project or
  // fund, under two heads of a report's sections at least: '我局对2023年医疗救助转移支付资金开展了绩效自评' under
  // 一、基本情况 / (二)整体绩效目标情况 / 二、综合评价结论; several results stated remain a circular's)
  return oneResult(body) || (kinded >= 2 && FUND_SELF_EVALUATED.test(body.replace(CITED, "")) && !anyResult(body));
}

/**
 * (fam49) The writer's own self-evaluation of a named project, fund, transfer payment or policy, said done: '我局对2023年医疗
 * 救助转移支付资金开展了绩效自评', '本单位对XX项目进行了绩效自评', '对…专项资金组织开展了自评'. A notice asking for one says
 * '开展…绩效自评工作' (no 了); an evaluator's report of another's project says 评价, not 自评.
 */
const FUND_SELF_EVALUATED = /(?:对|就)[^。;|\n]{0,40}?(?:项目|资金|专项|转移支付|政策)[^。;|\n]{0,10}?(?:开展|进行|完成|实施)了[^。;|\n]{0,8}?自评/;

/**
 * The kind of report the sheet's prose is (reportKind), read again where it names none: on the document's lines
 * (documentBody), then as a department's report by its body (departmentReportProse), then (rep48) as a project's
 * evaluation report by its body (evaluationReportProse).
 */
export function documentReportKind(f: SheetFeatures): "project" | "dept" | null {
  // (dev59: nor numbered paragraphs each stating its own item's result, a notice of several evaluations: peer-results.ts)
  if (f.header || peerResultRows(f.grid)) return null;
  const kind = reportKind(f.body, false, f.title);
  if (kind) return kind;
  const body = documentBody(f);
  const again = body === f.body ? null : reportKind(body, false, f.title);
  // (a title over two lines, '岳阳市2018年度部门整体支出' over '绩效评价自评报告': its whole spending named on the first; and
  // no title read, the whole spending named only inside a cited document's name, 根据《…关于2021年市级部门整体支出和项目支出绩效
  // 自评…的通知》: the notice's words, not the report's kind)
  if (again === "project") return DEPT_WHOLE_TITLE.test(f.title) ? "dept" : again;
  if (again === "dept") return DEPT_WHOLE_TITLE.test(f.title) || WHOLE_SPENDING.test(body.slice(0, 400).replace(CITED, "")) ? again : "project";
  if (departmentReportProse(body) || departmentResultProse(body)) return "dept";
  // (dev56: or a transfer's report by its template's first section, '一、绩效目标分解下达情况': transfer-template.ts)
  return evaluationReportProse(body) || transferTemplateProse(body) ? "project" : null;
}

/**
 * (grad49a) departmentFunds beside the sheet's title: where the title (the sheet's name and title lines, a broken title
 * joined among them, or the report's title line among the body's first lines, reportTitleIn) names a project's evaluation
 * (titleNamesProjectEvaluation), one phrase of the body naming the department ('2023年部门整体绩效目标完成情况进行自评') does
 * not outweigh it — only the department's funds table (基本支出 beside 项目支出) still counts. A title naming a family
 * beats one body phrase naming another.
 */
export function departmentFundsBesideTitle(f: SheetFeatures): boolean {
  if (!departmentFunds(f.body)) return false;
  if (departmentFundsTable(f.body)) return true;
  return !titleNamesProjectEvaluation(f.title) && !titleNamesProjectEvaluation(reportTitleIn(f.body) ?? "");
}
