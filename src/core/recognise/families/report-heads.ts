import type { SheetFeatures } from "../features";
import { ACCOUNTS_TEXT, documentBody } from "./document-text";
import { noticeToUnits } from "./report-vocabulary";
import { MONITORING_WORDS, NOT_REPORT_BODY } from "./vocabulary";
import { sectionHeadKinds } from "./section-head-kinds";

/**
 * (fam59, session 59) **A title-less report read by its section heads**: the shape project-report-heads.ts (fam57) and
 * dept-report-heads.ts (dev57b) share, one reader per family built by `reportHeadsReader` from its own vocabulary of heads
 * (kinds) and its own test of what they make (accept). Shared here:
 * - the lines read: the document's (documentBody) where no table header was read; where one was, but its table is small
 *   (SMALL_TABLE lines at most under its header — a report's closing 指标分类 | 指标 | 目标值 table of three targets), the
 *   document's lines above that header: the report's heads, not the small table's header, say what the page is;
 * - the refusals every such reader makes: a fund notice or a news item (NOT_REPORT_BODY), a notice to several units
 *   (noticeToUnits); a monitoring of the year as it goes (MONITORING_WORDS) and a budget's or accounts' explanation (ACCOUNTS_HEAD
 *   in a head, ACCOUNTS_TEXT in a sentence) — in a head always; in a sentence only where no head of the kinds that outrank
 *   them is read (the spec's `outrank`: the evaluation's own work, a project's setup — what neither a monitoring nor an accounts'
 *   explanation heads a section with): an evaluation report says what the funds had done by the time it was written
 *   ('截至2022年7月底…') under its '二、绩效评价工作开展情况', a project report's overview where its money came from ('本年一般公共
 *   预算财政拨款收入预算安排项目11个') under its '1.立项背景';
 * - the vocabularies both readers score: the evaluation's own work, the subject (a project, a department).
 * Each reader's answer is kept for the last features it read (one sheet asks several times).
 */
export interface ReportHeadsSpec {
  /** What every such report's body holds: tested first (a cheap test before any line is read). */
  gate: RegExp;
  /** The kinds of section head the reader knows (their indices are what `accept` is given). */
  kinds: readonly RegExp[];
  /** Indices of the kinds whose heads outrank a monitoring's or an accounts' words in a sentence (see the module's note). */
  outrank: readonly number[];
  /** The heads' kinds (and the document's lines, for what they state) make the report. */
  accept(kinds: Set<number>, body: string): boolean;
}

/**
 * A head naming the evaluation's own work — how it was done, what it concluded — which only an evaluation (a
 * self-evaluation) report heads a section with: '二、绩效评价工作开展情况', '(一)评价的范围和目的', '评价思路和过程', '自评依据',
 * '三、综合评价结论', '四、绩效评价指标分析'. Not a result alone ('评价结果' heads a circular's results too) nor a plan's '评价工作安排'.
 */
export const EVALUATION_WORK = /(?:评价|自评)工作(?:的)?(?:开展|组织|实施)?(?:情况|过程)|评价(?:的)?(?:目的|范围|对象|方法|原则|依据|思路|过程|标准|指标体系)|自评(?:的)?(?:目的|依据|方式|方法|过程|结论)|评价结论|评价指标分析/;
/**
 * An evaluation's analysis of the money and the targets: '(一)资金投入情况分析', '1.项目资金到位情况分析', '(二)总体绩效目标完成情况
 * 分析' (the transfer payments' self-evaluation template, its second half). Evidence of the report, but it outranks no monitoring's
 * month in a sentence: only the evaluation's own work does (fam57's '上半年举办培训班' under '二、绩效指标分析情况' stays unread).
 */
export const EVALUATION_ANALYSIS = /(?:资金|目标|指标)[^|]{0,6}情况分析/;
/**
 * A head naming a project as the report's subject: its overview, why it was set up ('1.立项背景', '(一)项目立项背景及实施目的'),
 * its budget, its money, its targets ('(二)项目预算安排和支出情况', '1.项目资金到位情况分析', '(三)项目绩效目标').
 */
export const PROJECT_SUBJECT = /项目(?:基本)?(?:概述|概况|简介|背景|基本情况|总体情况)|立项(?:政策|的)?(?:背景|依据|目的|情况)|项目(?:预算|资金|绩效目标)/;
/** A head naming a department (a unit) as the report's subject: its overview, its bodies, its staff, its duties. */
export const DEPT_SUBJECT = /(?:部门|单位)(?:\(单位\))?(?:基本)?(?:概况|概述|简介|基本情况)|机构(?:设置|职能)|人员(?:编制|情况)/;
/** An evaluation still to be carried out, or a project not yet set up (a work plan, an application, an ex-ante review). */
export const BEFORE_THE_FACT = /工作方案|实施方案|将(?:组织)?开展|(?:评价|工作)(?:时间|进度)?安排|申请(?:资金|项目)|项目申报|事前(?:绩效)?评估|可行性/;

/**
 * A head naming a budget's or accounts' explanation: '三、收入支出决算总体情况说明', '(二)“三公”经费支出决算情况', '一、单位收支总体
 * 情况说明'. Not a report's account of its 三公 spending kept down ('(四)“三公”经费控制情况'), nor its 部门收支情况.
 */
const ACCOUNTS_HEAD = /决算(?:情况)?说明|收入支出决算|财政拨款(?:收入|支出)|预算(?:公开|情况)?说明|收支总体情况说明|三公”?经费[^|]{0,8}?(?:决算|预算)/;

/** Lines under a read header, at most, for the table to be a report's small one (the heads above it read). */
const SMALL_TABLE = 8;

/** How many of the kinds found are among the first `below` of a reader's list (its own report's kinds). */
export const kindsBelow = (kinds: Set<number>, below: number): number => [...kinds].filter((k) => k < below).length;

/** The reader of a title-less report by its section heads (see the module's note) under `spec`. */
export function reportHeadsReader(spec: ReportHeadsSpec): (f: SheetFeatures) => boolean {
  const kinds = spec.kinds.concat([MONITORING_WORDS, ACCOUNTS_HEAD]);
  const monitoring = spec.kinds.length;
  const accounts = monitoring + 1;
  let lastFeatures: SheetFeatures | null = null;
  let lastValue = false;
  return (f: SheetFeatures): boolean => {
    if (f === lastFeatures) return lastValue;
    lastFeatures = f;
    lastValue = false;
    if (f.header && (f.walk ? f.walk.lastRow : f.header.headerRow) - f.header.headerRow > SMALL_TABLE) return false;
    if (!spec.gate.test(f.body)) return false;
    const body = reportLines(f);
    if (!body || NOT_REPORT_BODY.test(body) || noticeToUnits(body)) return false;
    const found = sectionHeadKinds(body, kinds);
    if (!found || found.has(monitoring) || found.has(accounts)) return false;
    // (a monitoring's months, an accounts' words in a sentence: no report unless a head outranks them)
    if (!spec.outrank.some((k) => found.has(k)) && (MONITORING_WORDS.test(body) || ACCOUNTS_TEXT.test(body))) return false;
    lastValue = spec.accept(found, body);
    return lastValue;
  };
}

/**
 * The document's lines a report's heads are read in: all of them where no table header was read; where one was (a small
 * table, reportHeadsReader's test), those above its first header line; null where that line is not found among them.
 */
function reportLines(f: SheetFeatures): string | null {
  const body = documentBody(f);
  if (!f.header) return body;
  const line = f.body.split("\n", f.header.firstHeaderRow)[f.header.firstHeaderRow - 1];
  if (!line) return null;
  const at = body.indexOf("\n" + line + "\n");
  return at > 0 ? body.slice(0, at + 1) : null;
}
