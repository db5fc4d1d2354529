import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { decimalsOf } from "../text/numbers";
import { PLAN_BASE } from "./plan-shares";
import { proseText } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/*
 * (rel54, session 54) **A whole's share of its plan against the plans its parts' shares imply**, as a progress bulletin
 * writes a whole and then each of its parts, every amount with its share of one base: '339个重点项目共投入资金828.7亿元,
 * 占年度计划的95.3%' over '由各区负责推进的市重点项目172个,…投入资金319.6亿元,占年度计划的83.9%', '…79亿元,占年度计划的
 * 81.7%', '…430.1亿元,占年度计划的104.2%'. Each part's plan is its amount over its share (319.6 / 83.9% = 380.9); the whole's
 * plan is theirs together (890.4), and its share is the whole over it (828.7 / 890.4 = 93.1%, not 95.3%). A whole's share lies
 * between its parts' shares, at their mean weighted by their plans: a share outside what its parts imply is a slip in one
 * of the rates (the text does not say which).
 *
 * The weakest evidence that the amounts after the whole are its parts and their shares of the parts of its plan:
 * - each figure is an amount right before its share ('…亿元,占年度计划的83.9%': the amount, a comma at most, the verb, the
 *   plan's words (plan-shares.ts PLAN_BASE), the rate), every one of the same plan's words;
 * - the parts are the shares stated next after the whole (the same cell and the text cells below it in its column, eight
 *   rows at most), two at least, and their amounts add up to the whole's as printed (828.7 = 319.6 + 79 + 430.1); a run
 *   that passes the whole, or a share of other plan's words between, reads nothing.
 * The whole's share is compared with every figure within its rounding (tolerance.ts impliedShareAgrees): the amounts and the
 * rates each within half their last shown unit.
 * Refused: parts that do not add up to the whole (a different cut, or some only); a share of another base (占总投资的,
 * 占比 of a whole); one part.
 */

const SHARE = new RegExp(`(\\d+(?:\\.\\d+)?)(亿元|万元|元),?(?:占|完成了?|为|达到?|相当于)(${PLAN_BASE})的?(?:比例|比重)?(?:为|是|达|达到)?(\\d+(?:\\.\\d+)?)%`, "g");
const ANY = new RegExp(`\\d(?:亿元|万元|元),?(?:占|完成了?|为|达到?|相当于)${PLAN_BASE}的?(?:比例|比重)?(?:为|是|达|达到)?(?:百分之)?\\d`);
const MIN_TEXT = 12;
const ROWS = 8;
const SCALE: Record<string, number> = { 亿元: 1e4, 万元: 1, 元: 1e-4 };

interface Item {
  row: number;
  col: number;
  base: string;
  amount: { text: string; value: number; decimals: number; unit: string };
  rate: { text: string; value: number; decimals: number };
}

/** The amounts with their shares of a plan a prose text (proseText's) states, in order. */
export function amountShares(text: string): Omit<Item, "row" | "col">[] {
  const out: Omit<Item, "row" | "col">[] = [];
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
    if (m.index > 0 && /[\d.]/.test(text[m.index - 1])) continue;
    out.push({
      base: m[3],
      amount: { text: m[1] + m[2], value: Number(m[1]), decimals: decimalsOf(m[1]), unit: m[2] },
      rate: { text: m[4] + "%", value: Number(m[4]), decimals: decimalsOf(m[4]) },
    });
  }
  return out;
}

/** The parts of item `i`: the shares next after it whose amounts add up to its own as printed (null: none). */
export function partsOf(items: readonly { base: string; amount: Item["amount"] }[], i: number): number[] | null {
  const w = items[i];
  const wv = w.amount.value * SCALE[w.amount.unit];
  const half = 0.5 * 10 ** -w.amount.decimals * SCALE[w.amount.unit];
  let sum = 0;
  const parts: number[] = [];
  for (let j = i + 1; j < items.length; j++) {
    if (items[j].base !== w.base) return null;
    sum += items[j].amount.value * SCALE[items[j].amount.unit];
    parts.push(j);
    if (Math.abs(sum - wv) <= half + 1e-9 * wv) return parts.length >= 2 ? parts : null;
    if (sum > wv) return null;
  }
  return null;
}

export function partShareRelations(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY)) return out;
  const byCol = new Map<number, Item[]>();
  for (const { row, col } of sentenceCells(grid, MIN_TEXT, ANY)) {
    const list = byCol.get(col) ?? [];
    for (const x of amountShares(proseText(grid.text(row, col)))) list.push({ ...x, row, col });
    byCol.set(col, list);
  }
  for (const items of byCol.values()) {
    for (let i = 0; i < items.length; i++) {
      const parts = partsOf(items, i);
      if (!parts || items[parts[parts.length - 1]].row - items[i].row > ROWS) continue;
      const w = items[i];
      const cell = grid.addr(w.row, w.col);
      const amount = (x: Item, label: string): RelationTerm => ({
        cell: grid.addr(x.row, x.col),
        row: x.row,
        col: x.col,
        text: x.amount.text,
        value: (x.amount.value * SCALE[x.amount.unit]) / SCALE[w.amount.unit],
        // (in the whole's unit: a part in 万元 under a whole in 亿元 shows four places more)
        decimals: x.amount.decimals + Math.round(Math.log10(SCALE[w.amount.unit] / SCALE[x.amount.unit])),
        percent: false,
        label,
      });
      const rate = (x: Item): RelationTerm => ({ cell: grid.addr(x.row, x.col), row: x.row, col: x.col, text: x.rate.text, value: x.rate.value, decimals: x.rate.decimals, percent: false, label: `占${x.base}` });
      const ps = parts.map((j) => items[j]);
      if (ps.some((x) => !(x.rate.value > 0))) continue;
      const plans = ps.reduce((a, x) => a + ((x.amount.value * SCALE[x.amount.unit]) / SCALE[w.amount.unit] / x.rate.value) * 100, 0);
      out.push({
        kind: "ratio",
        id: `ratio:part-shares:${cell}:${i}`,
        measure: "rate",
        name: `占${w.base}比例`,
        label: `占${w.base}`,
        block: "budget",
        bound: "equal",
        stated: { cell, row: w.row, col: w.col, text: w.rate.text, value: w.rate.value, decimals: w.rate.decimals, percent: false },
        numerator: amount(w, "合计"),
        denominator: { cell, row: w.row, col: w.col, text: plans.toFixed(2), value: Math.round(plans * 100) / 100, decimals: 2, percent: false, label: `各部分${w.base}之和` },
        statedInPoints: true,
        impliedBase: { parts: ps.map((x) => amount(x, "部分")), rates: ps.map(rate) },
      });
    }
  }
  return out;
}
