import { DATE_LINE, MARKER_LINE } from "./vocabulary";

/**
 * (grad49a) A title broken across lines. An official document (a report, a notice, a form) centres a long title over two or
 * three lines; a transcription gives each line its own row, often under a document number ('临市退军发[2024]6号') or above an
 * addressee line, the break inside a word ('…护理费项目' / '支出绩效自评的报告', '…2024年度部门预算' / '执行情况绩效自评整改报告')
 * or between words ('某县农业农村局2023年度' / '项目支出绩效自评表'). Each line alone names no form, or not the whole of it: read
 * together they are ONE title line.
 *
 * The reading, over the first lines of a sheet's compact body (one line a row, cells joined by "|"; blank rows passed over):
 * a run of 2 or 3 consecutive one-cell lines, each short and no sentence (no sentence or field mark inside, no section code,
 * no document number, no date, no attachment's number or money unit), the first of them no title alone (it does not end in
 * a document's word) and at least 6 characters long (a line broken for the width, not a list's short item), the last
 * ending in a document's word (报告, 表, 通知, 情况, 方案, 公示 … with an optional bracket after it: '(2023年度)'). Its join is
 * the title. Full-width forms, 繁體 and spaces inside words are compact's (the body is compact).
 *
 * Not joined: a whole title followed by a section head or a subtitle (the first line ends in a document's word); a title
 * then a date line or a field line; a list of short items (its first line shorter than a broken line; no document's word at
 * the end); a sentence (its punctuation); two lines whose join is longer than any title.
 */

/** A document's (a form's) word ending a title, an optional bracket after it ('(2023年度)', '(节选)'). */
const DOCUMENT_WORD = /(?:报告|报表|表|通知|情况|方案|办法|细则|说明|通报|公告|公示|意见|批复|函|总结|清单|汇总|标准|体系|结果)(?:\([^()|]{1,20}\))?$/;
/** A sentence's or a field's mark inside a line: no title's line. */
const SENTENCE_MARK = /[。;,:!?]/;
/** A section code opening the line (一、 (一) 1、 1. (1) ①): a head of the body. */
const SECTION_CODE = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[、.](?!\d)|[①-⑳])/;
/** A document number ('临市退军发[2024]6号', '财预〔2020〕10号', '武政办发(2023)12号'): the line above a title. */
const DOCUMENT_NUMBER = /[\[〔(【]\s*(?:19|20)\d{2}\s*[\]〕)】]\s*第?\d{1,4}号$|^[^|]{0,12}(?:19|20)\d{2}[-—]\d{1,4}号$/;
/** Lines of a run at most, and the title's length at most (compact characters). */
const MAX_LINES = 3;
const MAX_TITLE = 80;
/** A broken line's length at least (a line broken for the width), and any line's. */
const MIN_FIRST = 6;
const MIN_LINE = 2;
/** Lines of the sheet's head looked at. */
const HEAD_LINES = 6;

/** A year alone ('2023年度') over a whole title: it adds no word to the title, no run starts there. */
const YEAR_ALONE = /^(?:19|20)\d{2}年度?$/;
/** A line wholly in brackets ('(2023年度)', '(节选)'): a subtitle, passed over inside a title's run. */
const BRACKETED = /^\([^()]{1,20}\)$/;

/**
 * The line's one text (compact), null where it holds several cells or is no title's line. (An attachment's number in a
 * cell of its own left of the text, '附件2 | 武山县…', is the line's marker, not a second text.)
 */
function titlePiece(line: string): string | null {
  let cells = line.slice(0, -1).split("|");
  if (cells.length === 2 && MARKER_LINE.test(cells[0])) cells = cells.slice(1);
  if (cells.length !== 1) return null;
  const t = cells[0];
  if (t.length < MIN_LINE || t.length > 60 || SENTENCE_MARK.test(t) || SECTION_CODE.test(t)) return null;
  if (DOCUMENT_NUMBER.test(t) || DATE_LINE.test(t) || MARKER_LINE.test(t)) return null;
  // (a line of Latin letters and digits only, a page's address or a code, is no title's line)
  return /[\u4e00-\u9fff]/.test(t) ? t : null;
}

/**
 * The title broken across the first lines of `lines` (compact body lines, each "text|" for a one-cell row, "" for a blank
 * row), joined, or null where no run of lines forms one (see the module's note).
 */
export function brokenTitle(lines: readonly string[]): string | null {
  const pieces: (string | null)[] = [];
  for (const line of lines) {
    if (!line) continue;
    pieces.push(titlePiece(line));
    if (pieces.length >= HEAD_LINES) break;
  }
  for (let a = 0; a + 1 < pieces.length; a++) {
    const first = pieces[a];
    if (first === null || first.length < MIN_FIRST || DOCUMENT_WORD.test(first) || BRACKETED.test(first) || YEAR_ALONE.test(first)) continue;
    let joined = first;
    let taken = 1;
    for (let b = a + 1; b < pieces.length && taken < MAX_LINES; b++) {
      const next = pieces[b];
      if (next === null) break;
      // (a subtitle's bracket line inside the run, '(2023年度)' under the title's first line: passed over)
      if (BRACKETED.test(next)) continue;
      taken++;
      joined += next;
      if (joined.length > MAX_TITLE) break;
      if (DOCUMENT_WORD.test(next)) return joined;
    }
  }
  return null;
}
