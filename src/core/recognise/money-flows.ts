/**
 * (scan56, scan58) The two flows of money a name may state: an income (收入) or a spending (支出). A breakdown's parts are of
 * one flow — the flow of the whole where its words name one: a part naming the other flow is no part of it (the other side of
 * the money, or the next clause of the sentence: '实现地方公共财政预算收入1.8939亿元。其中税收收入1.0175亿元,非税收收入0.8764
 * 亿元,地方公共财政支出98.5044亿元' — the spending ends the income's list); where the whole names neither, parts naming both
 * flows are the money's two sides, no breakdown of one figure ('…年末滚存结余26900亿元。其中,基本养老保险费收入17002亿元,…;
 * 支出16090亿元').
 */
export type Flow = "in" | "out" | null;

/** the flow words name: an income (收入) or a spending (支出); null where they name neither or both */
export function flowOf(words: string): Flow {
  const income = words.indexOf("收入") >= 0;
  return income === words.indexOf("支出") >= 0 ? null : income ? "in" : "out";
}

/** parts naming both flows, an income and a spending */
export function bothFlows(labels: readonly string[]): boolean {
  let income = false;
  let spending = false;
  for (const l of labels) {
    const f = flowOf(l);
    if (f === "in") income = true;
    else if (f === "out") spending = true;
  }
  return income && spending;
}

/** a part named by the flow other than the whole's (`whole` the flow of the whole's words): no part of that whole */
export const otherFlow = (whole: Flow, part: string): boolean => {
  if (whole === null) return false;
  const f = flowOf(part);
  return f !== null && f !== whole;
};

/**
 * Whether a list's parts may name a flow other than its whole's, or both flows (`whole` the whole's words, `list` the parts'
 * text): the gate before any part is tested (a few searches of the list, not one per part).
 */
export function mixedFlows(whole: string, list: string): boolean {
  const income = list.indexOf("收入") >= 0;
  const spending = list.indexOf("支出") >= 0;
  return (income && spending) || (spending && whole.indexOf("收入") >= 0) || (income && whole.indexOf("支出") >= 0);
}
