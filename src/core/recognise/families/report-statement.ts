import type { SheetFeatures } from "../features";
import { documentBody } from "./document-text";
import { MONITORING_WORDS } from "./vocabulary";

/**
 * (grad52) **A report's own statement of what it reports**, against the title a page gave it. An essay site serves a year-end
 * self-evaluation under its collection's title ('項目績效目標執行監控報告(優質19篇) 篇一'); the body says what it is: '結合我局…
 * 績效自評情況,現將20xx年財政項目支出績效評價情況匯報如下:' over its numbered heads ((一)立項情況 / (二)資金情況 / (三)項目情況).
 * A writer's '现将…(自评|评价)(情况|结果)?(汇报|报告)如下' names the kind of report it opens — a self-evaluation's or an
 * evaluation's of the year — as plainly as a title, and more surely than a title another hand put over it.
 *
 * The body's statement outweighs a title naming a monitoring where:
 * - the statement names an evaluation or a self-evaluation being reported (STATEMENT; a notice's '…通知如下', a monitoring's
 *   '现将…绩效监控情况报告如下' name none);
 * - from the statement on, the text speaks of no monitoring: no months so far (1-6月, 截至9月底), no 上半年 / 前三季度, no
 *   deviation or its correction (偏差, 纠偏), no 监控, no 序时进度, no year's forecast (全年预计) — what a 监控 report says of the
 *   year as it goes (a year's end, 截至12月31日, is a self-evaluation's too);
 * - two numbered heads at least follow it (the report's sections: (一)立项情况, (二)资金情况 …), one cell a line.
 * Its kind: "dept" where the statement names a department's (a unit's) whole spending (部门整体 / 单位整体 / 整体支出), else
 * "project". Read over the document's lines (documentBody: compact, simplified, a long cell's whole text), never where a
 * table's header was read.
 */
// (dev61: or '现就…评价工作有关事项汇报如下' — a 公文 opening on 现就, its matters reported; a reporting verb after 事项, where a
// notice's '…有关事项通知如下' has its own)
const STATEMENT = /(?:现|特|兹)(?:将|就)([^。;|\n]{0,48}?(?:自评|评价)(?:工作)?(?:开展)?(?:(?:情况|结果|报告)?|(?:的)?(?:有关|相关)(?:事项|情况|问题)(?=汇报|报告|报送)))(?:汇报|报告|报送|总结|汇总)?如下/;
/**
 * (famp55) The plain statement, '现将有关情况报告如下', where the same paragraph has said the evaluation done just before it
 * ('…资金使用情况开展了绩效评价,…评定等级和量化打分。现将有关情况报告如下:'): it states that evaluation's report as plainly.
 */
const PLAIN_STATEMENT = /(?:现|特|兹)将(?:有关|相关|具体)?(?:情况|结果)(?:汇报|报告|报送|汇总)如下/;
/** (famp55) an evaluation said done: '开展了绩效评价', '进行了绩效自评', '完成了…自评' (a notice asking for one says no 了). */
const EVALUATION_SAID_DONE = /(?:开展|进行|完成|组织|实施)了[^。;|\n]{0,40}?(?:绩效评价|绩效自评|自评)/;
/** the gate on the grid's texts (a gloss may still split the statement's words there) */
const STATEMENT_GATE = /(?:现|特|兹)(?:将|就)[^。;]{0,80}?如下/;
/** a department's (a unit's) whole spending */
const WHOLE_SPENDING = /(?:部门|单位)(?:\(单位\))?整体|整体支出/;
/** a numbered head opening a line (一、 (一) 1、 (1)), its words short, ending the line or run on into its paragraph after '。' / ':' */
const HEAD_LINE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、．](?!\d)|\(\d{1,2}\))[^|。;,:]{2,30}[|。:]/;
/** a mirror's pinyin gloss in brackets, left in the text where a break stood between it and its character */
const LEFT_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;
/** heads needed after the statement */
const MIN_HEADS = 2;

let lastFeatures: SheetFeatures | null = null;
let lastKind: "project" | "dept" | null = null;

/** The kind of evaluation report the body states it is (see the module's note), or null. */
export function statedEvaluationKind(f: SheetFeatures): "project" | "dept" | null {
  if (f === lastFeatures) return lastKind;
  lastFeatures = f;
  lastKind = readStatement(f);
  return lastKind;
}

function readStatement(f: SheetFeatures): "project" | "dept" | null {
  if (f.header || !f.grid.hasText(STATEMENT_GATE)) return null;
  // (a pinyin gloss left in by a break between its character and it, '评(píng)价': out)
  const body = documentBody(f).replace(LEFT_GLOSS, "");
  const m = STATEMENT.exec(body) ?? plainStatement(body);
  if (!m) return null;
  // (the title's own lines printed again below — a form printed twice, its copy's title naming the monitoring — are the title,
  // not the body's words: a line with no sentence mark that stood above the statement)
  const titles = new Set(body.slice(0, m.index).split("\n").filter((t) => t !== "" && !/[。;,]/.test(t)));
  let heads = 0;
  for (const line of body.slice(m.index).split("\n")) {
    if (titles.has(line)) continue;
    if (MONITORING_WORDS.test(line)) return null;
    if (HEAD_LINE.test(line)) heads++;
  }
  if (heads < MIN_HEADS) return null;
  return WHOLE_SPENDING.test(m[1]) ? "dept" : "project";
}

/** (famp55) PLAIN_STATEMENT with the evaluation said done on its own line before it: the match, its evaluation's words as [1]. */
function plainStatement(body: string): { index: number; 1: string } | null {
  const m = PLAIN_STATEMENT.exec(body);
  if (!m) return null;
  const done = EVALUATION_SAID_DONE.exec(body.slice(body.lastIndexOf("\n", m.index) + 1, m.index));
  return done ? { index: m.index, 1: done[0] } : null;
}
