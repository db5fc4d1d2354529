import { CODED_LINE, NOT_REPORT_BODY } from "./vocabulary";

/**
 * (dev56, session 56) A central transfer's self-evaluation report by its template's first section. The 财政部 template of a
 * 中央对地方转移支付 绩效自评报告 opens its body on '一、绩效目标分解下达情况' ('(一)中央下达预算和绩效目标情况', '(二)…分解下达
 * 预算和绩效目标情况'): the recipient's account of how the money and its targets were passed down to it and by it. That head
 * is the report's own — a fund notice allocates the money and states the targets, it does not head a section with how
 * they were broken down and passed on; every sheet of the corpus with such a head line is a self-evaluation report. So a
 * title-less page (its title cut off, the stored part starting at the section) is named a project's (a fund's) report where:
 * a coded head line (one cell, short) names 绩效目标分解下达情况; most of its lines (or of its characters) are one cell; no notice's or news item's
 * sentence (NOT_REPORT_BODY: '通知如下', '特此通知', '请于…报送', a byline) and no template's words (提纲, 模板, 参考格式,
 * 填报说明: a notice's attachment describing the report to write).
 */

const TEMPLATE_HEAD = /绩效目标分解下达情况/;
/** A template's outline or instructions, not a report. */
const TEMPLATE_WORDS = /提纲|模板|参考格式|格式文本|填报说明|填写说明/;
/** A head line: short enough to be a head alone. */
const HEAD_MAX = 30;

export function transferTemplateProse(body: string): boolean {
  if (!TEMPLATE_HEAD.test(body) || NOT_REPORT_BODY.test(body) || TEMPLATE_WORDS.test(body)) return false;
  const lines = body.split("\n", 400);
  let filled = 0;
  let single = 0;
  let chars = 0;
  let singleChars = 0;
  let head = false;
  for (const line of lines) {
    if (!line) continue;
    filled++;
    chars += line.length;
    if (line.indexOf("|") !== line.length - 1) continue;
    single++;
    singleChars += line.length;
    if (!head && line.length <= HEAD_MAX && CODED_LINE.test(line) && TEMPLATE_HEAD.test(line)) head = true;
  }
  // (most of its text one-cell lines: 70% of its lines, or of its characters — a sign-off's 填表人: | 张三 lines under it, as
  // report-scores' reportKindOf)
  return head && (single >= filled * 0.7 || singleChars >= chars * 0.7);
}
