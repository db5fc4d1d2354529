/**
 * (grad52) **An amount printed with '.' as its thousands separator**, as a page served it: '分配资金34.568.64万元' (34,568.64),
 * '支付21.966.95万元' (21,966.95) — the writer's comma key giving a point. Read only where no other reading exists:
 * - two points or more (one point is a decimal point: '34.568万元' is 34.568);
 * - every group between the points of exactly three digits, the first of one to three ('34.568.64', '1.234.567.89');
 * - the last group of two digits: the hundredths an amount printed with separators carries ('.64', '.95'); a last group of one
 *   digit ('1.234.5') or of three ('1.234.567') may be a code's or a version's parts, or a decimal with a stray point — which,
 *   the text does not say: not read;
 * - a unit right after it, money (元, 万元, 亿元, a bare 万 / 亿) or a count's (个, 人, 公里 …): an address or a code
 *   ('117.141.250.58:10', '第1.234.56条' has no unit after it) is never read;
 * - no digit, point or comma before it, no digit or point after its last group.
 * The points before the last one become commas (the thousands commas every prose reader reads); the text is unchanged
 * elsewhere.
 */

/** A number of dot-separated groups of three closing on two hundredths, and its unit (COUNT_UNITS: prose-rates.ts). */
const DOT_GROUPED = /(^|[^\d.,])(\d{1,3}(?:\.\d{3})+)\.(\d{2})(?=亿元|万元|元|亿|万|人次|人|户|个|项|所|家|名|件|次|场|公里|千米|平方米|亩|吨|株|座|处|台|套|辆|条|间|册)/g;
/** The cheap test: two points in one run of digits. */
const ANY_DOT_GROUPED = /\d\.\d{3}\.\d\d/;

/** The text with each dot-grouped amount written with thousands commas ('34.568.64万元' → '34,568.64万元'); the text itself where none. */
export function withDotGroupedAmounts(text: string): string {
  if (!ANY_DOT_GROUPED.test(text)) return text;
  return text.replace(DOT_GROUPED, (_m, lead: string, whole: string, cents: string) => `${lead}${whole.replace(/\./g, ",")}.${cents}`);
}
