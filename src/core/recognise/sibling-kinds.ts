/**
 * (scan60) Kinds of money that stand beside each other, never one inside the other: a list of a whole's parts that reaches
 * a part naming a sibling kind of the whole has left the whole — that part and those after it are the whole's siblings,
 * written on after its list. Seen on a town's final accounts (涪陵, 2023): '全镇一般公共预算收入4402万元,加上级转移支付收入
 * 1884万元,其中:一般转移支付收入1478万元(含均衡性转移支付收入166万元、基本财力保障机制奖补资金收入968万元、结算补助收入132万元、
 * 其他一般转移支付收入212万元,专项转移支付收入406万元),上年结转结余60万元,基金调入103万元,收入合计为6449万元' — the bracket
 * closes one part too late (406 is 专项, the sibling of 一般: 1478 = 166 + 968 + 132 + 212, 1884 = 1478 + 406), and after the
 * transfers' 其中 the sentence goes on with the balance's other sources (上年结转结余, 基金调入), no parts of the transfers.
 *
 * Each group lists the sides of one division; a whole names one side, a part naming another side of the same group (and not
 * the whole's) is its sibling:
 * - a transfer received, general or special (一般性转移支付 / 专项转移支付: the two halves of 转移支付);
 * - the sources of a budget's balance (收入总量 = 本级收入 + 上级补助收入 + 上年结转 + 调入资金 + 债务转贷收入 + 动用预算稳定调节
 *   基金): a whole that is one of them — its receipts from above (上级补助收入, 转移支付收入, 返还性收入: 收入 named) — breaks down
 *   into none of the others.
 * Not siblings: a whole naming no side (收入合计, 资金总额, 上级补助资金 — a fund, which may hold carried-over money; 转移性收入,
 * the classification's class that holds 上年结余收入, 调入资金 and 债务转贷收入 beside the transfers), a part naming the whole's own
 * side too ('专项转移支付收入' under '上级转移支付收入').
 */
const GROUPS: RegExp[][] = [
  [/一般(?:性)?转移支付/, /专项转移支付/],
  [/上级补助收入|转移支付收入|返还性收入/, /上年结转|上年结余|结转结余/, /调入资金|基金调入|资金调入/, /债务转贷|转贷收入/, /预算稳定调节基金/],
];

/**
 * The test of a part against a whole's sibling kinds (true where `part`, a part's name, names a side of a division the whole's
 * words name another side of), or null where the whole names no side of any: read once per list found, each part then tested
 * against the sides the whole names only.
 */
export function siblingTest(whole: string): ((part: string) => boolean) | null {
  const owns: { own: RegExp; others: RegExp[] }[] = [];
  for (const sides of GROUPS) {
    const own = sides.findIndex((s) => s.test(whole));
    // (a whole naming two sides — '一般性转移支付和专项转移支付共…' — is of both: none is its sibling)
    if (own < 0 || sides.some((s, i) => i > own && s.test(whole))) continue;
    owns.push({ own: sides[own], others: sides.filter((_, i) => i !== own) });
  }
  if (!owns.length) return null;
  return (part) => owns.some(({ own, others }) => !own.test(part) && others.some((s) => s.test(part)));
}

/** siblingTest's answer for one part. */
export function siblingKind(whole: string, part: string): boolean {
  return siblingTest(whole)?.(part) ?? false;
}
