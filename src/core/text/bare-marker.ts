import type { LabelCode } from "./codes";

/**
 * (scan59) A list item's number on a line of its own, its name on the next line — a page whose text broke after the
 * marker: '2.' / '人员编制' / '…', '3.职责职能' / '1.' / '贯彻执行…' / '2.负责指导…'. labelCode reads no code there (a number alone
 * is a value: '2.'); in a document of paragraphs, a line holding only '2.' or '2、' over a line of words is the item 2 of its
 * list. Null otherwise (a number alone over a number, or the page's last line).
 */
const BARE = /^(\d{1,2})([.、])$/;
const WORD_START = /^[\u4e00-\u9fa5“「]/;

export function bareMarkerCode(compacted: string, nextLine: string): LabelCode | null {
  const m = BARE.exec(compacted);
  if (!m || !WORD_START.test(nextLine)) return null;
  const n = Number(m[1]);
  if (n < 1) return null;
  return { style: m[2] === "." ? "ar-dot" : "ar-dun", n, parent: "", text: m[0] };
}
