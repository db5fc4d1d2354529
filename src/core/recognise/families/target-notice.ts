import type { SheetFeatures } from "../features";
import { COMPLETION_WORDS, EXECUTION_WORDS } from "./vocabulary";

/**
 * (dev57b, session 57) **A target declaration written as a notice** — '关于…项目绩效目标设定的公示' (a 公示 / 公告 of the targets a
 * project sets, its attachment the 设定表): no indicator table, the targets in sentences under 一、产出指标 / 二、效益指标 /
 * 三、满意度指标 ('数量指标:…种植数量(≥**株)>=17600株;…'). Named a declaration where:
 * - its title (or a line among the first TITLE_LINES, under a site's metadata) says it makes the targets known (NOTICE_TITLE: 绩效目标 with 设定 / 设置 / 申报 / 批复 or nothing between, then
 *   的 公示 / 公告 / 通告);
 * - its body sets targets: two dimension words of an indicator (数量指标, 质量指标, 时效指标, 成本指标, 效益指标, 满意度指标 …) and
 *   two target values with their operators (≥ / >= / ≤ / <= / 不低于 / 不少于 / 不高于 / 不超过 before a number) at least;
 * - nothing done is reported: no execution or completion word (EXECUTION_WORDS, COMPLETION_WORDS: 实际完成值, 执行率, 自评 …).
 * Counter-shapes (none): a self-evaluation's 公示 reporting what was achieved (实际完成值 / 自评), a fund notice (资金…的公示, no
 * target stated), a notice of the targets' completion (绩效目标完成情况的公示), a target title over no target value.
 */
const NOTICE_TITLE = /绩效目标(?:设定|设置|申报|批复)?(?:情况)?的?(?:公示|公告|通告)/;
const DIMENSION = /(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度)指标/g;
const TARGET_VALUE = /(?:≥|>=|≤|<=|不低于|不少于|不高于|不超过)\d/g;
const MIN_EVIDENCE = 2;
/** the lines a notice's title is looked for in beyond the sheet's title (a site's metadata or fields above it) */
const TITLE_LINES = 12;

export function targetsByNotice(f: SheetFeatures): boolean {
  if (!NOTICE_TITLE.test(f.title) && !NOTICE_TITLE.test(headLines(f.body))) return false;
  if (EXECUTION_WORDS.test(f.body) || COMPLETION_WORDS.test(f.body)) return false;
  const dims = new Set(f.body.match(DIMENSION) ?? []);
  return dims.size >= MIN_EVIDENCE && (f.body.match(TARGET_VALUE) ?? []).length >= MIN_EVIDENCE;
}

/** The body's first TITLE_LINES lines (found by indexOf: a long sheet's body is not split) */
function headLines(body: string): string {
  let end = -1;
  for (let k = 0; k < TITLE_LINES; k++) {
    end = body.indexOf("\n", end + 1);
    if (end < 0) return body;
  }
  return body.slice(0, end);
}
