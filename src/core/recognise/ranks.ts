import { chineseNumber } from "../text/codes";

/**
 * A rank cell's words, shared by the readers of ranked lists (unit-results.ts, value-rankings.ts, ranked-lists.ts): a
 * leaf module, so that the readers may ask one another without a cycle.
 */

/** a stated rank: 3, 第3名, 第3; in words 第三名, 第十二, 三名; a tie said (并列第四名, 第4名(并列), 4并列) */
const RANK_TEXT = /^(?:并列)?(第)?(\d{1,4}|[一二三四五六七八九十]{1,3})(名)?(?:\(并列\)|并列)?$/;

/** A rank cell's place (3, 第3名, 第三名, 并列第四名), or null: a number in words only with 第 or 名 (a bare 三 is a heading's). */
export function rankOf(text: string): number | null {
  const m = RANK_TEXT.exec(text);
  if (!m) return null;
  if (/^\d/.test(m[2])) return Number(m[2]);
  return m[1] || m[3] ? chineseNumber(m[2]) : null;
}

/** the title's lines or the heads saying the lowest comes first (…(排名由低到高), 倒数排名): 1 for the lowest */
export const LOWER_BETTER = /越低越好|越少越好|越小越好|由低到高|从低到高|由少到多|从少到多|由小到大|从小到大|倒序|倒数|升序/;
