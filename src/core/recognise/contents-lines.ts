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

/**
 * (dev57) A contents entry whose page number was lost (a report printed on a web page): one cell opening on a head's code
 * ('一、', '(一)', '1.', '(1)', '附件1', '第一部分'), words and no sentence mark ('(五)部门资金来源及使用情况|', '附件3评价指标体系|');
 * (dev58) or the attachments' entry with no number, '附件:温县殡仪馆2021年度部门预算表|', the tables' entries under it.
 */
const CODED_ENTRY = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|附件(?:\d{1,2}|[:：])|第[一二三四五六七八九十]{1,3}(?:部分|章|节|節))[^|。;,!?]{2,48}\|$/;

/**
 * The last entry matching `entry` in the run of them after the heading at `head` (blank lines passed over), how many, and
 * whether the run ended on a line repeating its first entry (`stopAtRepeat`: the body's first head after its contents).
 */
function entriesAfter(lines: string[], head: number, entry: RegExp, stopAtRepeat: boolean): { to: number; n: number; first: string | null; repeated: boolean } {
  let n = 0;
  let to = head;
  let first: string | null = null;
  for (let j = head + 1; j < lines.length; j++) {
    if (!lines[j]) continue;
    if (stopAtRepeat && lines[j] === first) return { to, n, first, repeated: true };
    if (!entry.test(lines[j])) break;
    if (first === null) first = lines[j];
    n++;
    to = j;
  }
  return { to, n, first, repeated: false };
}

/** True where the contents' heading alone stands among the first `reach` filled lines (a cheap test before a longer body is split). */
export function contentsHeadIn(lines: string[], reach: number): boolean {
  let filled = 0;
  for (let i = 0; i < lines.length && filled < reach; i++) {
    if (!lines[i]) continue;
    filled++;
    if (CONTENTS_HEAD.test(lines[i])) return true;
  }
  return false;
}

/**
 * The lines (indexes into `lines`) of a table of contents whose heading stands among the first `reach` filled lines: from the
 * heading through its last entry; null where none. Its entries carry their page numbers; (dev57) or, their numbers lost,
 * each opens on a head's code — two at least, and the first of them heads the body again further on, the same words on a
 * line of their own ('一、部门概况' in the contents and over the body's first section; the entries end there where no other
 * line came between): coded lines under a heading '目录' that are no contents (a list of items) repeat none of them.
 */
export function contentsSpan(lines: string[], reach: number): { from: number; to: number } | null {
  let filled = 0;
  for (let i = 0; i < lines.length && filled < reach; i++) {
    if (!lines[i]) continue;
    filled++;
    if (!CONTENTS_HEAD.test(lines[i])) continue;
    const paged = entriesAfter(lines, i, CONTENTS_ENTRY, false);
    if (paged.n >= 2) return { from: i, to: paged.to };
    const coded = entriesAfter(lines, i, CODED_ENTRY, true);
    if (coded.n < 2) return null;
    return coded.repeated || headsBodyAgain(lines, i, coded.to) ? { from: i, to: coded.to } : null;
  }
  return null;
}

/**
 * One of the entries from `head` through `to` stands again on a line of its own further on (the body's head: '一、主要职能'
 * under '第一部分' — dev58: any entry, not only the first, where the body sets its part's head '第一部分' apart from the
 * entry's '第一部分概况').
 */
function headsBodyAgain(lines: string[], head: number, to: number): boolean {
  const entries = new Set<string>();
  for (let j = head + 1; j <= to; j++) if (lines[j]) entries.add(lines[j]);
  for (let j = to + 1; j < lines.length; j++) if (entries.has(lines[j])) return true;
  return false;
}

/** the filled lines a table of contents' heading is looked for in (as report-scores.ts looks for a title) */
export const CONTENTS_REACH = 14;

/**
 * (dev58) The compact body with its table of contents' lines left blank (the lines kept, one a row): the entries name the
 * document's parts ('十二、项目绩效目标申报表' of a 部门预算 package), none of them the sheet's own field or table. The body
 * itself where it has none (cheap pre-test: the heading's words).
 */
export function withoutContents(body: string): string {
  const heading = body.indexOf("目录") >= 0 || body.indexOf("目錄") >= 0;
  // (cheap pre-test for a list of parts: a part's or an attachment's code, '第…部分' / '附件')
  if (!heading && body.indexOf("部分") < 0 && body.indexOf("附件") < 0) return body;
  const lines = body.split("\n");
  const span = heading && contentsHeadIn(lines, CONTENTS_REACH) ? contentsSpan(lines, CONTENTS_REACH) : null;
  let blanked = false;
  if (span) {
    for (let i = span.from; i <= span.to; i++) lines[i] = "";
    blanked = true;
  }
  // (or its heading cut away, or the body after it: a run of the package's parts opening on '第一部分' / '附件', its entries coded
  // lines naming parts, no field's colon — PARTS_RUN entries in a row)
  for (let i = 0; i < lines.length; i++) {
    if (!PART_OPENING.test(lines[i])) continue;
    let j = i;
    let n = 0;
    for (let k = i; k < lines.length; k++) {
      if (!lines[k]) continue;
      if (!CODED_ENTRY.test(lines[k]) || (FIELD_COLON.test(lines[k]) && !PART_OPENING.test(lines[k]))) break;
      n++;
      j = k;
    }
    if (n < PARTS_RUN) continue;
    for (let k = i; k <= j; k++) lines[k] = "";
    blanked = true;
    i = j;
  }
  return blanked ? lines.join("\n") : body;
}

/** a package's part or its attachments opening a list of its parts: '第一部分概况|', '附件:…部门预算表|' */
const PART_OPENING = /^(?:第[一二三四五六七八九十]{1,3}部分|附件[:：\d])/;
/** a field's colon inside an entry ('一、项目名称:殡葬服务'): a form's field, no part's name */
const FIELD_COLON = /[:：]/;
/** entries in a row that make a list of parts */
const PARTS_RUN = 4;

/** How many filled lines the span holds. */
export function filledIn(lines: string[], span: { from: number; to: number } | null): number {
  if (!span) return 0;
  let n = 0;
  for (let i = span.from; i <= span.to; i++) if (lines[i]) n++;
  return n;
}
