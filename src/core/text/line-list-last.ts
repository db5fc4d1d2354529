import { codeLike, INLINE_CODE_AFTER, INLINE_CODE_BEFORE, LabelCode, ownListLast } from "./codes";
import { normalizeText } from "./normalize";

/**
 * (scan59) The number a numbered label's line leaves its list at, where the line holds more of the list than its own item:
 *
 * - its next items run on inside it (ownListLast, codes.ts), a contents line joining two — '二、收入决算表三、支出决算表' then
 *   '四、财政拨款收入支出决算总表': the line ends on 三, so 四 follows it. Besides ownListLast's marks, a Chinese section number
 *   (三、) may follow a name's last character directly (…表三、支出…), not a numeral nor 第 (十三、, 第三、 are no item);
 * - the list starts again inside it, after a stop or a space — a page whose text a mirror printed twice, '③国家公益林…每亩13元。
 *   ①新一轮退耕还林…' then '②根据工作需要…': the line ends on the list's ① (and whatever counts on from it inside the line).
 *
 * Its own number where the line holds none of these. Read only where a label's number does not follow the one before it.
 */
export function lineListLast(text: string, code: LabelCode): number {
  const t = normalizeText(text);
  const own = ownListLast(t, code);
  if (own > code.n) return own;
  const joined = joinedNext(t, code);
  if (joined > code.n) return joined;
  return restartLast(t, code) ?? code.n;
}

/** Chinese numerals and 第: before 三、 they make it part of a number or an ordinal, no item of a list. */
const NUMERAL_BEFORE = /[〇零一二三四五六七八九十百千万两第]/;
const CJK = /[\u4e00-\u9fa5]/;

/** The cn-dun list counted on inside the line where each next code follows a name's character directly ('表三、支出'). */
function joinedNext(t: string, code: LabelCode): number {
  if (code.style !== "cn-dun") return code.n;
  let n = code.n;
  let at = 1;
  for (;;) {
    const next = codeLike(code, n + 1);
    let k = t.indexOf(next, at);
    while (k >= 0 && !(CJK.test(t[k - 1] ?? "") && !NUMERAL_BEFORE.test(t[k - 1]) && INLINE_CODE_AFTER.test(t[k + next.length] ?? ""))) k = t.indexOf(next, k + 1);
    if (k < 0) return n;
    n++;
    at = k + next.length;
  }
}

/** The list's first code again inside the line after a stop or space, and the count on from it there; null where none. */
function restartLast(t: string, code: LabelCode): number | null {
  if (code.n <= 1) return null;
  const first = codeLike(code, 1);
  let k = t.indexOf(first, 1);
  let last = -1;
  while (k >= 0) {
    if (INLINE_CODE_BEFORE.test(t[k - 1]) && INLINE_CODE_AFTER.test(t[k + first.length] ?? "")) last = k;
    k = t.indexOf(first, k + 1);
  }
  if (last < 0) return null;
  return ownListLast(t.slice(last), { ...code, n: 1, text: first });
}
