import type { RelationTerm } from "../model/types";

/**
 * (grad50a) Two parts of a 其中 list that are the whole's two halves: a list naming both leaves nothing of the whole unsaid,
 * so its two parts must add up to the whole (a 其中 list of two parts is otherwise read as one that may leave a part out:
 * its parts may not exceed the whole). The halves, by the head of each part's name (after the list's own words — 其中, 包括,
 * 含 — and the punctuation before it), in either order:
 * - 中央 / 地方 (中央安排 61.02亿元, 地方安排 13.78亿元: the money by the level that gives it, 地方 every level below the centre);
 * - 上级 / 本级, and a level's own share / the levels under it (市本级 / 县区, 省本级 / 市县, 本级 / 下级, 各县(市、区), 所属单位);
 * - done / not done (已分配 / 未分配, 已拨付 / 尚未拨付);
 * - 基本支出 / 项目支出 (a budget's spending by kind), 城市 (城镇) / 农村, 财政 / 非财政;
 * - any part and a last one naming the rest (其他, 其它, 其余, 剩余).
 * Not a pair: two levels that leave others out (中央 / 省级, 省级 / 市级), two places, two projects, 财政 / 自筹 (a loan, a
 * company's money may be the rest).
 */
const PAIRS: [RegExp, RegExp][] = [
  [/^中央/, /^地方/],
  [/^上级/, /^本级/],
  [/^(?:[省市州县区旗盟]|自治区)?本级/, /^(?:各|所属|下属|下级)|^(?:县区|区县|县市区?|市县|县\(市|区\(县|乡镇|市州|州市|盟市|旗县|县乡)/],
  [/^已/, /^(?:未|尚未)/],
  [/^基本支出/, /^项目支出/],
  [/^城(?:市|镇)/, /^农村/],
  [/^财政/, /^非财政/],
];
/** a last part naming the rest of the whole */
const REST = /^(?:其他|其它|其余|剩余)/;
/** the list's own words and marks before a part's name */
const LEAD = /^[,;:、。]*(?:其中|包括|包含|含)?[,;:、]*/;

const head = (t: RelationTerm) => (t.label ?? "").replace(LEAD, "");

export function completePair(parts: readonly RelationTerm[]): boolean {
  if (parts.length !== 2) return false;
  const a = head(parts[0]);
  const b = head(parts[1]);
  if (!a || !b) return false;
  if (REST.test(b) && !REST.test(a)) return true;
  for (const [x, y] of PAIRS) if ((x.test(a) && y.test(b)) || (y.test(a) && x.test(b))) return true;
  return false;
}

/**
 * (rep52) The kinds a sentence names and counts: '主要有部门预算项目支出、专项预算支出二类支出', '资金分为中央补助和地方配套两类',
 * '包括设备购置、人员培训两项' (繁體 read as simplified; the count in digits too, '2类'). Where the count equals the parts of a 其中
 * list and each kind named is one of the parts (its name in the part's, or the part's in it; one kind a part), the list is the
 * sentence's every kind: it leaves nothing of the whole unsaid and must add up. A count that differs from the kinds named or
 * from the parts, or kinds that are not the parts, say nothing of the list.
 */
const KINDS = /(?:有|分为|分成|包括|包含|涵盖)([^,;:。\d]{2,60}?)等?([2-9二两三四五六七八九])个?大?(?:类|项|种|部分)/g;
const NUMERAL: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** a part's name as a kind: the list's own words before it, a 为 / 是 / ':' after it left out */
const partName = (t: RelationTerm) => head(t).replace(/(?:为|是|:|共计|共|计)$/, "");

export function namedKinds(sentence: string, parts: readonly RelationTerm[]): boolean {
  if (parts.length < 2 || sentence.length < 8) return false;
  const names = parts.map(partName);
  if (names.some((n) => n.length < 2)) return false;
  KINDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KINDS.exec(sentence))) {
    const count = NUMERAL[m[2]] ?? Number(m[2]);
    if (count !== parts.length) continue;
    let kinds = m[1].split("、");
    if (kinds.length !== count) kinds = m[1].split(/以及|和|与|及/);
    if (kinds.length !== count || kinds.some((k) => k.length < 2)) continue;
    // (one kind a part: each part taken by the first kind that names it)
    const left = [...names];
    if (kinds.every((k) => {
      const i = left.findIndex((n) => n.includes(k) || k.includes(n));
      if (i < 0) return false;
      left.splice(i, 1);
      return true;
    })) return true;
  }
  return false;
}
