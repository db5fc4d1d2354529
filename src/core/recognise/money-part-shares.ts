import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { proseQuantities, proseText } from "./prose-rates";
import type { ProseQuantity } from "./prose-rates";
import { rateCheckable, statedRateRelation } from "../relations/inline-changes";
import { halfOfQuantity } from "../relations/prose-growth";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/*
 * (relr56, session 56) **A part's share of a whole of money stated before it**, as a final-accounts note (决算说明) or a
 * department's report writes its income and spending: the part's amount, then '占P%' —
 *   (i) in a 其中 list, the share bare: '2020年度支出合计387.82万元,较上年决算数减少125.51万元,…。其中:基本支出225.87万元,占
 *       58.2%;项目支出161.95万元,占41.8%' (225.87 / 387.82 = 58.24%); '收入合计435.82万元,…。其中:财政拨款收入435.82万元,占100%';
 *   (ii) the whole named: '2018年本年支出1366.23万元,其中基本支出802.21万元,占本年支出的58.72%'; '1.财政拨款收入511.27万元,占收入
 *       合计的100%' under '2023年度本年收入合计511.27万元' a row above.
 * The weakest evidence that the base is that whole:
 * (i) the list after 其中 (to the sentence's '。' or the first amount with no share), every amount of money in it followed by its
 *     bare share ('占P%', '占比P%', '(占P%)'), adds up to an amount of money before 其中 in the same text (the last such amount, within the rounding of
 *     every figure): that amount is the whole the list breaks down, so each bare share is of it;
 * (ii) the name the share gives ('占<name>的P%', 比重 / 比例 after it or not) closes the words right before an amount of money
 *     earlier in the text or in the text cells above it in its column (MAX_ROWS), years aside ('2023年度本年收入合计' closes
 *     with '收入合计'); every such amount the same figure (two years' 收入合计 of different figures name none), the nearest
 *     taken.
 * Each share is then checked as part / whole where the printed figures' rounding cannot alone explain a gap
 * (relations/inline-changes.ts rateCheckable), as the other prose rates.
 * Not read: a list one amount of which carries no share, or a share of a name (占全省的, 占年度计划的 — plan-shares.ts — 占…
 * 资金的 — named-amount-rates.ts), a list that adds up to no amount before 其中 (a part list, or a whole in another unit: 2089
 * 元 over 1777 + 312 万元), a share above 100%, counts (text-shares.ts reads lists of counts with their shares).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** a share right after an amount: its name (group 1, none where bare) and figure (group 2) */
const SHARE_AFTER = /^(?:,|\()?占(?:([^\d%,;。:()]{2,16}?)的)?(?:比重|比例|比)?(?:为|达|是)?(\d+(?:\.\d+)?)%\)?/;
/** a share's name that is another base than an amount before it: a plan, a region's whole, a fund's (other readers') */
const OTHER_BASE = /计划|目标|任务|预算|全[国省市县区]|资金|经费|金额|总投资|固定资产/;
const ANY_SHARE = /\d(?:亿元|万元|元)[,(]?占/;
/** the shortest text read (sentence-cells.ts) */
const MIN_TEXT = 12;
/** rows above a share's cell in which its named whole may be stated */
const MAX_ROWS = 12;
/** a year and its 度 in a whole's words: aside */
const YEAR = /(?:19|20)\d{2}年度?/g;
/** the words right before an amount: back to the last stop, comma or colon */
const LEAD = /[^,;。:]{0,24}$/;

type Money = ProseQuantity & { row: number; col: number; text0: string };

const yuan = (q: ProseQuantity) => (q.unit === "万元" ? q.value * 1e4 : q.value);

function moneyOf(text: string, row: number, col: number): Money[] {
  const out: Money[] = [];
  for (const q of proseQuantities(text)) if (q.kind === "money") out.push({ ...q, row, col, text0: text });
  return out;
}

function term(grid: Grid, q: Money, label: string): RelationTerm {
  return { cell: grid.addr(q.row, q.col), row: q.row, col: q.col, text: q.text, value: yuan(q), decimals: null, percent: false, label, unit: "元" };
}

/** the words naming an amount (years aside, a closing 为 / 是 / 共 / 达 off) */
function leadOf(q: Money): string {
  return (LEAD.exec(q.text0.slice(0, q.at))?.[0] ?? "").replace(YEAR, "").replace(/(?:为|是|共|达|总计为|约|约为|近)+$/, "");
}

/** (i) the whole of the 其中 list holding the part at index k of `qs` (a cell's money), or null */
function listWhole(text: string, qs: Money[], k: number): Money | null {
  const opener = text.lastIndexOf("其中", qs[k].at);
  if (opener < 0 || text.slice(opener, qs[k].at).indexOf("。") >= 0) return null;
  const stop = text.indexOf("。", opener);
  const end = stop < 0 ? text.length : stop;
  let sum = 0;
  let slack = 0;
  for (const q of qs) {
    if (q.at < opener || q.at >= end) continue;
    // (the list runs to the first amount with no share: a clause of another figure after it, '…,全年应执行数为…万元')
    const s = SHARE_AFTER.exec(text.slice(q.end));
    if (!s) break;
    if (s[1]) return null;
    sum += yuan(q);
    slack += halfOfQuantity(q);
  }
  for (let j = qs.length - 1; j >= 0; j--) {
    const w = qs[j];
    if (w.end > opener) continue;
    if (Math.abs(yuan(w) - sum) <= slack + halfOfQuantity(w) + 1e-6) return w;
  }
  return null;
}

/** (ii) the nearest amount before the part (in its text, then the text cells above in its column) named by `name` */
function namedWhole(grid: Grid, part: Money, name: string, earlier: Money[]): Money | null {
  const key = name.replace(YEAR, "").replace(/^其/, "");
  const hits: Money[] = [];
  for (const q of earlier) if (leadOf(q).endsWith(key)) hits.push(q);
  for (let r = part.row - 1; r >= Math.max(1, part.row - MAX_ROWS); r--) {
    if (!grid.ownsCell(r, part.col) || !grid.compactText(r, part.col)) continue;
    const qs = moneyOf(proseText(grid.text(r, part.col)), r, part.col);
    for (let j = qs.length - 1; j >= 0; j--) if (leadOf(qs[j]).endsWith(key)) hits.push(qs[j]);
  }
  if (!hits.length || hits.some((h) => yuan(h) !== yuan(hits[0]))) return null;
  return hits[0];
}

/** The shares of wholes of money stated before them (see the module's note). */
export function moneyPartShares(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_SHARE)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_SHARE)) {
    const text = proseText(grid.text(r, c));
    const qs = moneyOf(text, r, c);
    const cell = grid.addr(r, c);
    let n = 0;
    for (let i = 0; i < qs.length; i++) {
      const part = qs[i];
      const s = SHARE_AFTER.exec(text.slice(part.end));
      if (!s || Number(s[2]) > 100) continue;
      const name = s[1] ?? "";
      if (name && OTHER_BASE.test(name)) continue;
      // (the nearest first: this text's amounts before the part, last first)
      const whole = name ? namedWhole(grid, part, name, qs.slice(0, i).reverse()) : listWhole(text, qs, i);
      if (!whole || whole === part || !(yuan(whole) > 0)) continue;
      const digits = s[2];
      if (!rateCheckable(digits, yuan(part), halfOfQuantity(part), yuan(whole), halfOfQuantity(whole))) continue;
      const label = name ? `占${name}的比重` : "占比";
      out.push(statedRateRelation(`ratio:part-share:${cell}:${n++}`, cell, r, c, label, digits, term(grid, part, "部分"), term(grid, whole, name || "合计")));
    }
  }
  return out;
}
