import type { Grid } from "../grid/grid";
import type { AmountUnit, ProductRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";

/**
 * (dev56, session 56) **A count costed at a per-unit standard, in one sentence.** A fund report states what a sum of money
 * was reckoned from: '馆藏档案资料合计共132697卷(…),其中:档案118606卷…;资料14091册,按照规定每卷(册)2元的标准测算,争取到
 * 市级财政资金21.44万元', '馆藏档案132697卷,每卷补助2元,共计26.54万元'. The amount is the count times the standard
 * (132697 × 2元 = 26.54万元): a product relation (the count, the standard; scale 10,000 for a standard in 元 against an
 * amount in 万元), flagged by total-mismatch where it does not hold.
 *
 * Read on the compact text, sentence by sentence ('。'):
 * - the standard: '每' + a unit of things or people (卷 册 件 人 户 亩 …, a bracket of other units after it allowed: '每卷(册)'),
 *   an optional verb (补助, 补贴, 奖补, 发放), then an amount in 元 or 万元; the sentence names it a standard (标准, 测算, 计算,
 *   核定, 核算) or gives it with its verb ('每卷补助2元');
 * - the count: a number with the standard's unit before the standard in the sentence — the one in the standard's own clause
 *   (a subset costed, '其中50000卷按每卷2元的标准'), else the sentence's one whole (合计 / 共 / 总计 right before it: the 其中
 *   counts after it are its parts), else the only count of that unit;
 * - the amount: the first money amount after the standard in the sentence, its clause naming money (资金, 经费, 补助, 共计 …).
 *
 * Not read (counter-shapes): a standard that is a cap or a floor (不超过, 最高, 以内, 不低于, 以上), an average or an
 * approximate (平均, 约, 左右); a standard per month, day or time ('每人每月2元': the periods are not stated), a standard in
 * 万元 against an amount in 元; several counts of the unit with no whole among them (which one is costed is not said); an
 * amount written approximately ('约27万元').
 */

/** Units of things or people a standard is given per. */
const UNITS = "卷|册|件|盒|盘|人次|人|户|名|亩|所|家|套|台|辆|头|只|株|棵|间|座|处|个|项|张|本";
const STANDARD = new RegExp(`每(${UNITS})(?:\\(([^()]{1,12})\\))?(补助|补贴|奖补|奖励|发放|安排|拨付|按)?(\\d+(?:\\.\\d+)?)(万元|元)`, "g");
/** …a sentence a standard can stand in (Grid text filter). */
const ANY_STANDARD = new RegExp(`每(?:${UNITS})(?:\\([^()]{1,12}\\))?(?:补助|补贴|奖补|奖励|发放|安排|拨付|按)?\\d`);
/** The sentence names the figure a standard: its word, or the reckoning made with it. */
const STANDARD_WORD = /标准|测算|计算|核定|核算/;
/** A cap, a floor, an average or an approximate near the standard: no exact product. */
const NOT_EXACT = /不超过|不高于|不得超过|最高|最多|最低|不低于|以内|以下|以上|上限|封顶|平均|约|左右|大约|近/;
/** A standard per a period shorter than the amount's (每月, 每天, 每次): the number of periods is not stated. */
const SUB_PERIOD = /^每(?:月|季度?|天|日|周|次)/;
/** A count's whole: its word right before the number. */
const WHOLE_BEFORE = /(?:合计|共计|总计|总共|共|总数|总量|总)$/;
/** The amount's clause names money or a total. */
const MONEY = /资金|经费|补助|补贴|奖补|预算|拨款|共计|合计|总计|计|需|共/;
const MIN_TEXT = 12;

export function unitStandardCosts(grid: Grid): ProductRelation[] {
  const out: ProductRelation[] = [];
  if (!grid.hasText(ANY_STANDARD)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_STANDARD)) {
    // (the thousands commas out of its numbers: '132,697卷' is one count, not 697; a cell whose number is split by a space is not read)
    const text = proseDigits(grid.text(r, c));
    if (!text) continue;
    let from = 0;
    for (const sentence of text.split("。")) {
      const at = from;
      from += sentence.length + 1;
      if (!STANDARD_WORD.test(sentence) && sentence.search(/每[^\d]{1,8}(?:补助|补贴|奖补|奖励|发放)\d/) < 0) continue;
      STANDARD.lastIndex = 0;
      const m = STANDARD.exec(sentence);
      // (one standard a sentence: two name two costs, which amount is which is not said)
      if (!m || STANDARD.exec(sentence)) continue;
      const end = m.index + m[0].length;
      if (NOT_EXACT.test(sentence.slice(Math.max(0, m.index - 6), end + 6)) || SUB_PERIOD.test(sentence.slice(end)) || SUB_PERIOD.test(sentence.slice(m.index + 1 + m[1].length))) continue;
      const count = countBefore(sentence.slice(0, m.index), [m[1], ...(m[2] ? m[2].split(/[、,]/) : [])]);
      if (!count) continue;
      const amount = /(\d+(?:\.\d+)?)(万元|元)/.exec(sentence.slice(end));
      if (!amount) continue;
      const amountAt = end + amount.index;
      const clause = sentence.slice(Math.max(sentence.lastIndexOf(",", amountAt), sentence.lastIndexOf(";", amountAt), end) + 1, amountAt);
      if (!MONEY.test(clause) || NOT_EXACT.test(clause.slice(-3))) continue;
      if (m[5] === "万元" && amount[2] === "元") continue;
      const scale = m[5] === "元" && amount[2] === "万元" ? 10000 : 1;
      out.push({
        kind: "product",
        id: `product:amount:${grid.addr(r, c)}:standard:${at + m.index}`,
        measure: "amount",
        orientation: "rows",
        label: clause,
        block: "labelled-funds",
        bound: "equal",
        result: lineTerm(grid, r, c, amount[0], amount[1], clause, amount[2] as AmountUnit),
        factors: [lineTerm(grid, r, c, count.text, count.digits, count.label, null), lineTerm(grid, r, c, m[0], m[4], `每${m[1]}标准`, m[5] as AmountUnit)],
        scale,
      });
    }
  }
  return out;
}

/** The count a standard prices (see the module's note), among the counts in `units` before it in its sentence; null where none is told. */
function countBefore(before: string, units: string[]): { digits: string; text: string; label: string } | null {
  const alt = units.filter((u) => u).join("|");
  const counts: { digits: string; text: string; label: string; at: number; whole: boolean }[] = [];
  const re = new RegExp(`(\\d+)(${alt})(?![\\d万元])`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(before))) {
    // (a number inside a longer one, or a year's: none)
    if (m.index > 0 && /[\d.]/.test(before[m.index - 1])) continue;
    // (its words: back to its clause's mark, ten characters at most)
    const lead = before.slice(Math.max(0, m.index - 10), m.index).split(/[,;:(]/).pop()!;
    counts.push({ digits: m[1], text: m[0], label: lead, at: m.index, whole: WHOLE_BEFORE.test(lead) });
  }
  if (!counts.length) return null;
  // (a count in the standard's own clause: the subset it prices)
  const clauseFrom = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  const own = counts.filter((x) => x.at > clauseFrom);
  if (own.length === 1) return own[0];
  if (own.length > 1) return null;
  const wholes = counts.filter((x) => x.whole);
  if (wholes.length === 1) return wholes[0];
  return counts.length === 1 && !wholes.length ? counts[0] : null;
}
