import type { SheetFeatures } from "../features";
import { documentBody } from "./document-text";
import { CODED_LINE, NOT_REPORT_BODY } from "./vocabulary";

/**
 * (famp55) **A monitoring report by its own section heads**, its title not on the part printed (an excerpt starting mid-report,
 * its second half). A year-as-it-goes report of a unit's projects (绩效运行监控报告) heads its sections with what only a
 * monitoring reports: '一、绩效监控工作组织实施情况', '二、预算执行进度和绩效目标运行情况', '(一)预算执行进度情况及趋势分析',
 * '(二)绩效目标实现程度及趋势分析', '三、偏差原因及纠偏措施', '完成目标可能性' — the execution's progress (执行进度), the targets
 * as they run (运行情况), the trend to the year's end (趋势), the deviation and its correction (偏差, 纠偏), the monitoring itself.
 * A year's self-evaluation reports the year done (完成情况, 偏离绩效目标的原因): none of these.
 *
 * Read: two coded head lines (a head's words: at most 40 characters) naming MONITORING_HEAD, of two different words at least,
 * over prose (most lines one cell); never where the text names an evaluation (自评, 绩效评价, 评价得分 …) or is a notice's or a
 * news item's (document-text's NOT_REPORT_BODY), nor where a table's header was read.
 */
const MONITORING_HEAD = /监控|执行进度|运行情况|趋势分析|偏差|纠偏|完成目标可能性|序时进度/g;
/** words of an evaluation of the year: no monitoring report */
const EVALUATES = /自评|绩效评价|评价得分|综合评分|综合得分|评分结果/;
/** a head's words: short */
const HEAD_LENGTH = 40;
/** heads needed, and distinct words among them */
const MIN_HEADS = 2;
/** share of the filled lines that hold one cell */
const PROSE_SHARE = 0.8;

export function monitoringHeads(f: SheetFeatures): boolean {
  if (f.header) return false;
  const body = documentBody(f);
  if (EVALUATES.test(body) || NOT_REPORT_BODY.test(body)) return false;
  let filled = 0;
  let single = 0;
  let heads = 0;
  const words = new Set<string>();
  for (const line of body.split("\n", 400)) {
    if (!line) continue;
    filled++;
    if (line.indexOf("|") !== line.length - 1) continue;
    single++;
    if (line.length > HEAD_LENGTH + 1 || !CODED_LINE.test(line)) continue;
    const named = line.match(MONITORING_HEAD);
    if (!named) continue;
    heads++;
    for (const w of named) words.add(w);
  }
  return heads >= MIN_HEADS && words.size >= MIN_HEADS && single >= filled * PROSE_SHARE;
}
