/**
 * (scan57, session 57) A count whole of several counted kinds: the count before a list may be two counts or more joined by
 * 和 / 及 / 以及 / 与 / 、 — '现有九个协会和一个艺术团:即 a、…、j' (9 + 1 = 10 names), '下设3个科室、2个中心,分别为…'. The list then
 * names the kinds together (their sum) or, less often, one kind alone; the count the list is read against is chosen by
 * prose-counts.ts among these.
 * Not joined: counts in another clause (a comma, a stop or a colon between them), an ordinal ('第一个'), a count of people and
 * a count of things ('5名干部和3个科室': another measure), a count inside a number ('十一个' is one count).
 */
/** the units of a count of things (a count of people is 人 / 名) */
const THINGS = "个家所项类座处支条部间";
const PEOPLE = "人名";
const CN_NUMERAL = "一二两三四五六七八九十";
/** a count after a joiner, inside the words between the matched count's unit and its list's opener: '协会和一个艺术团' */
const AFTER = new RegExp(`(?:以及|和|及|与)([${CN_NUMERAL}]{1,3})([${THINGS}${PEOPLE}])`, "g");
/** a count before the matched one, joined to it: '…九个协会和' (up to 14 words between its unit and the joiner) */
const BEFORE = new RegExp(`(?:^|[^\\d${CN_NUMERAL}第])(\\d{1,3}|[${CN_NUMERAL}]{1,3})([${THINGS}${PEOPLE}])[^\\d,。;:、()]{0,14}?(?:以及|和|及|与|、)$`);

export interface JoinedCount {
  /** the counts joined, in the text's order (the matched count among them) */
  counts: number[];
  /** where the first of them starts in the text */
  start: number;
}

const isPeople = (unit: string) => PEOPLE.indexOf(unit) >= 0;

/**
 * The counts joined to the count matched at `at` (its unit `unit`, the words after its unit up to the list's opener
 * `words`) inside its clause of `text`, or null where it stands alone. `countOf` reads a count's numerals.
 */
export function joinedCounts(text: string, at: number, value: number, unit: string, words: string, countOf: (s: string) => number | null): JoinedCount | null {
  if (!/以及|和|及|与|、/.test(words) && !/(?:以及|和|及|与|、)$/.test(text.slice(Math.max(0, at - 16), at))) return null;
  const people = isPeople(unit);
  const counts = [value];
  let start = at;
  // (before it: each joined count in turn, back to its clause's start)
  for (let k = 0; k < 5; k++) {
    let from = start;
    while (from > 0 && !",。;:".includes(text[from - 1])) from--;
    const b = BEFORE.exec(text.slice(from, start));
    if (!b) break;
    const n = countOf(b[1]);
    if (n === null || isPeople(b[2]) !== people) return null;
    counts.unshift(n);
    start = from + b.index + b[0].indexOf(b[1]);
  }
  // (after it: the counts in its words)
  AFTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AFTER.exec(words))) {
    const n = countOf(m[1]);
    // ('十一个' after 和 is one count; a numeral run on from a word before the joiner is none)
    if (n === null || isPeople(m[2]) !== people) return null;
    counts.push(n);
  }
  return counts.length > 1 ? { counts, start } : null;
}
