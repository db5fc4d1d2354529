/**
 * (dev56) A report's table of contents among its first lines. A third-party evaluation report printed in full opens on its cover
 * (项目名称: / 委托单位: / 评价机构: / date), then its contents ('目 录' over '一、部门(单位)概况 1', '(二)预算执行情况 7', … — each
 * entry a head with its page number), and only then its title again above the body ('西藏昌都市宗教事务局2022年1-9月部门整体
 * 支出绩效评价报告'). Where the cover's title lines are lost, that repeated title stands past the first lines a title is looked
 * for in: the contents are the report's own apparatus, not its text, so the title is looked for as many lines further on as
 * the contents take, and none of the contents' entries is a title (an entry '十、部门整体支出绩效自评报告 25' of a 决算
 * package's contents names a later part, not the sheet).
 *
 * Read over the compact body's lines (one line a row, cells joined by "|"): a line '目录' / '目錄' alone (compact drops the
 * space of '目 录') among the first `reach` filled lines, then its entries — one-cell lines with no sentence mark ending in a
 * page number — two at least, blank lines passed over; the contents end at the first line that is no entry. Not read: a
 * '目录' with fewer than two entries under it (a heading of that name), entries without the heading (a list of amounts).
 */

/** The contents' heading alone on its line (compact). */
const CONTENTS_HEAD = /^(?:目录|目錄)\|$/;
/** A contents entry: one cell, words and no sentence mark, its page number last ('(二)预算执行情况7|'). */
const CONTENTS_ENTRY = /^[^|。;,!?]*[\u4e00-\u9fa5)）][^|。;,!?]{0,4}?\d{1,3}\|$/;

/** The lines (indexes into `lines`) of a table of contents whose heading stands among the first `reach` filled lines: from the heading through its last entry; null where none. */
export function contentsSpan(lines: string[], reach: number): { from: number; to: number } | null {
  let filled = 0;
  for (let i = 0; i < lines.length && filled < reach; i++) {
    if (!lines[i]) continue;
    filled++;
    if (!CONTENTS_HEAD.test(lines[i])) continue;
    let entries = 0;
    let to = i;
    for (let j = i + 1; j < lines.length; j++) {
      if (!lines[j]) continue;
      if (!CONTENTS_ENTRY.test(lines[j])) break;
      entries++;
      to = j;
    }
    return entries >= 2 ? { from: i, to } : null;
  }
  return null;
}

/** How many filled lines the span holds. */
export function filledIn(lines: string[], span: { from: number; to: number } | null): number {
  if (!span) return 0;
  let n = 0;
  for (let i = span.from; i <= span.to; i++) if (lines[i]) n++;
  return n;
}
