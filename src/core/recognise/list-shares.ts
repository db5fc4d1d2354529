import { decimalsOf } from "../text/numbers";
import type { ProseQuantity } from "./prose-rates";
import type { PlanShare } from "./plan-shares";

/**
 * (grad52) **Parts' shares of their own targets, stated together**: '其中,干线公路570.2亿元、农村公路197亿元、其他专项69亿元,
 * 分别占厅年度力争目标(470亿元、106.5亿元、30亿元)的121.3%185%230%' (570.2 / 470, 197 / 106.5, 69 / 30), '新改建国省干线公路
 * 2355.7公里、农村公路16801.8公里,分别占厅年度目标(1700公里、11400公里)的138.6%、147.4%'. Read, in order, part by part:
 * - the parts: N amounts (two or more) one after the other, each after its name, '、' between them (no other number), the last
 *   right before ',分别占' / ',分别为' / ',分别完成' (a comma at most between);
 * - the bases: the bracket after the base's name, holding N amounts alone, '、' (or ',') between;
 * - the shares: N percentages right after the bracket ('的' at most before them), '、' / ',' / '和' between them or nothing
 *   (a page that lost their separators, '121.3%185%230%': each share is the digits up to its '%');
 * - each part and its base of one kind (money, 万元 / 亿元 / 元 converted; or counts of one unit), the base above zero.
 * Counts that differ (three parts, two bases) state no pairing: nothing is read. No target (力争 is a target's name, not a
 * bound: '以上' after the last share is) and no change (增长 / 同比 / 百分点) in the base's name.
 */
const LIST_SHARE = /,分别(?:占|为|完成了?|达到?)([^\d,;。:%()]{1,16}?)\(([^()]{3,120}?)\)的?((?:\d+(?:\.\d+)?%(?:[、,和及]?(?=\d))?){2,})/g;
/** a change in the base's name, or a bound after the shares: no share of the stated bases */
const NOT_SHARE = /增长|增加|减少|下降|同比|环比|比上年|较上年|百分点|增幅|降幅/;
const BOUND_AFTER = /^(?:以上|以下|及以上|以内|左右)/;
/** between two listed amounts: '、' and the next one's name (no number, no clause's end) */
const BETWEEN_PARTS = /^、[^\d,;。:!?]{0,16}$/;
/** between two bases in the bracket: a list's mark alone */
const BETWEEN_BASES = /^[、,]$/;

type Kin = (a: ProseQuantity, b: ProseQuantity) => [number, number, number, number] | null;

/**
 * The parts' shares a prose text (proseText's) states together, one PlanShare a part (by "bracket": a share of the base its
 * bracket gives), read on the evidence above; `kin` puts a part and its base in one unit (plan-shares.ts sameKind).
 */
export function listShares(text: string, qs: ProseQuantity[], kin: Kin): PlanShare[] {
  const out: PlanShare[] = [];
  if (text.indexOf("分别") < 0) return out;
  LIST_SHARE.lastIndex = 0;
  for (let m = LIST_SHARE.exec(text); m; m = LIST_SHARE.exec(text)) {
    const at = m.index;
    const name = m[1];
    if (NOT_SHARE.test(name) || BOUND_AFTER.test(text.slice(at + m[0].length))) continue;
    const rates = m[3].match(/\d+(?:\.\d+)?(?=%)/g) ?? [];
    const n = rates.length;
    // the bases: the bracket's amounts, alone
    const open = at + m[0].indexOf("(") + 1;
    const close = open + m[2].length;
    const bases = qs.filter((q) => q.at >= open && q.end <= close);
    if (bases.length !== n || bases[0].at !== open || bases[n - 1].end !== close) continue;
    if (bases.some((q, k) => k > 0 && !BETWEEN_BASES.test(text.slice(bases[k - 1].end, q.at)))) continue;
    // the parts: the N amounts right before ',分别', '、' and a name between them
    const last = qs.findIndex((q) => q.end === at);
    if (last < n - 1) continue;
    const parts = qs.slice(last - n + 1, last + 1);
    if (parts.some((q, k) => k > 0 && !BETWEEN_PARTS.test(text.slice(parts[k - 1].end, q.at)))) continue;
    // (the list no longer than the shares: an amount listed before the first part, '、' between, is a part with no share)
    if (last >= n && BETWEEN_PARTS.test(text.slice(qs[last - n].end, parts[0].at))) continue;
    const shares: PlanShare[] = [];
    for (let k = 0; k < n; k++) {
      const u = kin(parts[k], bases[k]);
      if (!u || u[2] <= 0) break;
      const rate = { value: Number(rates[k]), text: rates[k] + "%", decimals: decimalsOf(rates[k]) };
      const step = Math.pow(10, -rate.decimals);
      const lo = ((u[0] - u[1]) / (u[2] + u[3])) * 100;
      const hi = ((u[0] + u[1]) / Math.max(1e-12, u[2] - u[3])) * 100;
      const roundedOk = hi >= rate.value - step / 2 - 1e-9 && lo <= rate.value + step - 1e-9;
      const partWords = text.slice(k ? parts[k - 1].end + 1 : wordsStart(text, parts[k].at), parts[k].at);
      shares.push({ at: at + k, base: name, by: "bracket", rate, done: { ...parts[k], words: partWords }, plan: { ...bases[k], words: name }, roundedOk });
    }
    if (shares.length === n) out.push(...shares);
  }
  return out;
}

/** where the words of the first listed part start: its clause's start */
function wordsStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[,。;!?:、]/.test(text[i - 1])) i--;
  return i;
}
