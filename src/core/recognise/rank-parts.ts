/*
 * (rel60a, session 60) **Parts named by the ranks or levels of one scale** — the vocabulary two readers share:
 * - ranks of one title scale (职称): '高级职称1人,中级职称5人', '正高级教师1人,副高级教师8人,中级教师12人': each person holds
 *   one rank, so the ranks named are a partition of some of the whole's people — a partial list may leave ranks out, never
 *   exceed its whole (sentence-breakdowns.ts reads such parts however far over their whole they are);
 * - consecutive levels of one kind of unit (预算单位): '一级预算单位1个,二级预算单位50个,…三级预算单位718个,四级预算单位2098个':
 *   each unit stands at one level, the levels one after the other (level-counts.ts).
 * Not a scale (counter-shapes): kinds of another cut among the ranks ('高级职称1人,党员5人': a cross-classification), levels of
 * indicators ('一级指标3个,二级指标9个,三级指标12个': a tree whose whole counts its leaves), one rank named twice.
 */

/** a rank of a title scale, at a label's start, and the rest of the label (the scale's noun: 职称, 教师, 工程师 …) */
const RANK = /^(正高级|副高级|正高|副高|高级|中级|初级|员级)([\u4e00-\u9fa5]{0,6})$/;

/** The labels name ranks of one title scale, each once, with one noun after the rank (two labels at least). */
export function rankScale(labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  const seen = new Set<string>();
  let noun: string | null = null;
  for (const l of labels) {
    const m = RANK.exec(l);
    if (!m || seen.has(m[1])) return false;
    if (noun !== null && m[2] !== noun) return false;
    noun = m[2];
    seen.add(m[1]);
  }
  return true;
}

/** the digits of a level ('一级' … '十级', '1级') */
const LEVEL_DIGITS = "一二三四五六七八九十";
/** a level of units: the level (group 1) and the kind of unit (group 2), no other word */
export const UNIT_LEVEL = /([一二三四五六七八九十])级((?:预算)?单位)$/;

/** The number of a level's word ('三' → 3), or 0. */
export function levelNumber(word: string): number {
  return LEVEL_DIGITS.indexOf(word) + 1;
}
