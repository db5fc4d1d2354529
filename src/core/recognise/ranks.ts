import { chineseNumber } from "../text/codes";
import { placeOf } from "../relations/evaluate";

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

/**
 * The lines that break the order of the totals by their ranks (indexes into `ranks`): taken in order of rank, the
 * longest run of lines whose totals never rise (fall, where lower is better) is the ranking as it stands; a line left out
 * of some longest run is out of order (a swapped pair: both, either may be the slip; two lines of one rank whose totals
 * differ: both), a line in every longest run is in order, however far a slip above it shifted its place.
 */
export function outOfOrder(ranks: readonly { value: number; row: number }[], totals: readonly { value: number }[], ascending: boolean): Set<number> {
  const n = ranks.length;
  const order = [...Array(n).keys()].sort((a, b) => ranks[a].value - ranks[b].value || ranks[a].row - ranks[b].row);
  // (two lines of one rank tie: their totals equal, 并列 4 | 4 over 88.5 | 88.5, never 90 | 88)
  const fits = (i: number, j: number) => {
    const a = totals[order[i]].value;
    const b = totals[order[j]].value;
    if (ranks[order[i]].value === ranks[order[j]].value) return Math.abs(a - b) < 1e-9;
    return ascending ? a <= b + 1e-9 : a >= b - 1e-9;
  };
  // (the longest runs ending at each line, and starting at it)
  const end = new Array<number>(n).fill(1);
  const start = new Array<number>(n).fill(1);
  for (let j = 0; j < n; j++) for (let i = 0; i < j; i++) if (fits(i, j) && end[i] + 1 > end[j]) end[j] = end[i] + 1;
  for (let i = n - 1; i >= 0; i--) for (let j = i + 1; j < n; j++) if (fits(i, j) && start[j] + 1 > start[i]) start[i] = start[j] + 1;
  const longest = Math.max(0, ...end);
  // (a line in some longest run; in every one where no other such line holds its step)
  const steps = new Map<number, number>();
  for (let k = 0; k < n; k++) if (end[k] + start[k] - 1 === longest) steps.set(end[k], (steps.get(end[k]) ?? 0) + 1);
  const out = new Set<number>();
  for (let k = 0; k < n; k++) if (end[k] + start[k] - 1 !== longest || steps.get(end[k])! > 1) out.add(order[k]);
  return out;
}

/**
 * The stated ranks are the totals' places but for one pair exchanged (3 | 2 | 1 | 4 | 5 over totals falling): exactly two
 * lines out of their places, each rank the other line's place. `sorted`: the totals best first (each value once under a
 * dense ranking). A column ranking another measure puts more lines out of place, or out of place otherwise.
 */
export function swappedPair(ranks: readonly number[], totals: readonly number[], sorted: readonly number[], ascending: boolean): boolean {
  const off: number[] = [];
  const places = totals.map((v) => placeOf(v, sorted as number[], ascending));
  for (let k = 0; k < ranks.length; k++) if (ranks[k] < places[k].first || ranks[k] > places[k].last) off.push(k);
  if (off.length !== 2 || ranks.length < 4) return false;
  const [i, j] = off;
  return ranks[i] >= places[j].first && ranks[i] <= places[j].last && ranks[j] >= places[i].first && ranks[j] <= places[i].last;
}
