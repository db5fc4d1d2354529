/**
 * The outline of a money list numbered by level, wherever its numbers stand: fused with the name ("一、市直单位",
 * "(一)中央资金", "1.单位A") or alone in a column of their own (序号 | 名称 …: 一 / (一) / 1 / (1) / ①, the name in a
 * later column). Levels from the outermost: 一 (一、) > (一) > 1 (1. 1、 1)) > (1) > ①, as numbered-funds' listLevel.
 */

/** A cell holding a list number and nothing else, in its groups by level (一, 一、 | (一) | 1, 1., 1、, 1) | (1) | ①). */
const BARE_CODE = /^(?:[一二三四五六七八九十]{1,3}[、.．,，]?|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,3}[.、．)）]?|[(（]\d{1,3}[)）]|[①-⑳])$/;
const CN_BARE = /^[一二三四五六七八九十]/;
const CN_PAREN = /^[(（][一二三四五六七八九十]/;
const AR_PAREN = /^[(（]\d/;

/** The level of a cell that is a list number alone (0 = 一 … 4 = ①), or -1 for any other text. */
export function codeCellLevel(text: string): number {
  if (!text || text.length > 5 || !BARE_CODE.test(text)) return -1;
  if (CN_BARE.test(text)) return 0;
  if (CN_PAREN.test(text)) return 1;
  if (AR_PAREN.test(text)) return 3;
  if (/^\d/.test(text)) return 2;
  return 4;
}

/**
 * Lines that open with a numbered heading, every other line unnumbered (-1) or numbered deeper (一、 over 1. or none),
 * at least two levels present: an outline whose headings may carry their groups' sums.
 */
export function levelledOutline(levels: readonly number[]): boolean {
  const top = levels[0];
  if (levels.length < 2 || top < 0) return false;
  let deeper = false;
  for (const l of levels) {
    if (l >= 0 && l < top) return false;
    if (l !== top) deeper = true;
  }
  return deeper;
}

/**
 * Each line's parent in the outline: the nearest line above it numbered shallower (an unnumbered line is deeper than
 * every numbered one), or -1 for a line of the top level.
 */
export function outlineParents(levels: readonly number[]): number[] {
  const depth = (l: number) => (l < 0 ? Infinity : l);
  const parents: number[] = [];
  const stack: number[] = [];
  levels.forEach((l, k) => {
    while (stack.length && depth(levels[stack[stack.length - 1]]) >= depth(l)) stack.pop();
    parents.push(stack.length ? stack[stack.length - 1] : -1);
    stack.push(k);
  });
  return parents;
}

/** Each line's lines right under it (outlineParents' inverse, in order), the top level's under -1. */
export function outlineChildren(parents: readonly number[]): Map<number, number[]> {
  const children = new Map<number, number[]>();
  parents.forEach((p, k) => {
    const list = children.get(p);
    if (list) list.push(k);
    else children.set(p, [k]);
  });
  return children;
}
