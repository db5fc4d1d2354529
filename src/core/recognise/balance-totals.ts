import type { Grid } from "../grid/grid";
import type { AmountUnit, DifferenceRelation, Relation, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";
import { evaluateRelation } from "../relations/evaluate";
import { BALANCE_MINUS, BALANCE_NOT_PART, BALANCE_PART, BALANCE_REST, BALANCE_TOTAL } from "./vocabulary";

/*
 * (prose53, session 53) **A budget's balance written as running text**, as final-accounts and budget-execution reports
 * state it, the whole after its parts:
 *   '2020年我区一般公共预算收入7.88亿元,完成调整预算的99.31%,同比增长5.23%,上级补助收入24.55亿元,债务转贷收入7812万元,
 *    调入预算稳定调节基金7770万元,政府性基金调入6.38亿元,收入总量为40.37亿元。'   (40.37 = 7.88 + 24.55 + 0.7812 + 0.777 + 6.38)
 *   '…国有资本经营预算收入23万元,完成年初预算的115%,增长35.29%,加上级补助收入129万元,上年结余3万元,收入总量为155万元。'
 *   '…支出总量为22.15亿元。收支总量相抵后,累计结余2.70亿元'                         (2.70 = 24.85 − 22.15)
 * The whole: 收入总量 / 支出总量 / 总收入 / 总支出 and its amount (vocabulary BALANCE_TOTAL). Its parts: every amount of its
 * sentence before it, each closing its clause (',' apart), each clause's words naming money in or out (BALANCE_PART), the
 * first of them the whole's own kind (收入 for 收入总量). A clause with a rate alone ('完成调整预算的99.31%') is the amount's
 * gloss, no part. Amounts in 万元 under a whole in 亿元 are read in 亿元 at the whole's precision.
 * Not read (precision — a sentence that does not surely list the whole's every part makes no relation):
 * - a sentence opening with 加 / 加上 (its first part is in the sentence before, with the plan and rate around it);
 * - a clause with two amounts, or an amount not closing its clause ('完成调整预算37.5亿元的104.3%'); a part's words of a
 *   change, a share, a standard or a breakdown (BALANCE_NOT_PART) — (rel54) a part taken away ('减上解市级支出49.4亿元':
 *   BALANCE_MINUS) is read, as a difference (takenAway below);
 * - a part in a coarser unit than the whole (1.88亿元 under a whole in 万元: its rounding is more than the whole's);
 * - fewer than two parts, or parts a fifth or more away from the whole (the sentence is not the balance it looks like).
 * The parts of amounts in 亿元 are rounded: the whole agrees within half their last digit each (SumRelation.roundedParts).
 * The rest after the two wholes ('收支总量相抵后,累计结余2.70亿元', BALANCE_REST) is their difference, read where the
 * expenditure's sentence follows the revenue's at once and all three are in one unit, and not where only the rounding of
 * amounts in 亿 parts them (as stated-differences.ts reads them).
 */

const AMOUNT = /(\d+(?:\.\d+)?)(亿元|万元|元)/g;
const SCALE: Record<string, number> = { 亿元: 1e8, 万元: 1e4, 元: 1 };
const ANY_TOTAL = new RegExp(BALANCE_TOTAL.source);
const MIN_TEXT = 24;
/** a sentence carried on from the one before: '加上税收返还和转移支付等资金27.23亿元,…' */
const CARRIED_ON = /^(?:加上|加)/;
/** the words joining a part to the one before: '加上级补助收入129万元' (加 + 上级), '另有…' */
const JOINER = /^(?:加上|加|另有|另|以及|及|和)/;
/** parts a fifth away from the whole or more: not the whole's balance */
const NEAR = 0.2;

interface Whole {
  kind: "收入" | "支出";
  /** its words, '收入总量' */
  name: string;
  term: RelationTerm;
  unit: string;
  /** the whole's match: where it starts and ends in the text */
  at: number;
  end: number;
  /** where its sentence starts */
  from: number;
}

/** The sums of a balance's wholes over their parts, and the rest after both wholes (see the module's note). */
export function balanceTotals(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!grid.hasText(ANY_TOTAL)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_TOTAL)) {
    const text = proseDigits(grid.text(r, c));
    if (text === null) continue;
    const wholes: Whole[] = [];
    BALANCE_TOTAL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BALANCE_TOTAL.exec(text))) {
      const kind = m[1].indexOf("收入") >= 0 ? "收入" : "支出";
      let from = m.index;
      while (from > 0 && !"。;!?".includes(text[from - 1])) from--;
      const term = amountTerm(grid, r, c, m[2], m[3], m[1], { unit: m[3] });
      wholes.push({ kind, name: m[1], term, unit: m[3], at: m.index, end: m.index + m[0].length, from });
      const signed = partsOf(grid, r, c, text.slice(from, m.index), kind, { unit: m[3], decimals: term.decimals });
      if (!signed) continue;
      const sum = signed.reduce((a, p) => a + (p.minus ? -1 : 1) * p.term.value, 0);
      if (Math.abs(sum - term.value) > NEAR * term.value) continue;
      if (signed.some((p) => p.minus)) {
        const rel = takenAway(term, signed, m[1], m.index, sum);
        if (rel) out.push(rel);
        continue;
      }
      const parts = signed.map((p) => p.term);
      const sumRel: SumRelation = {
        kind: "sum",
        id: `sum:amount:${term.cell}:balance:${m.index}`,
        measure: "amount",
        block: "labelled-funds",
        orientation: "columns",
        label: m[1],
        total: term,
        parts,
        bound: "equal",
        roundedParts: true,
      };
      out.push(sumRel);
    }
    for (let i = 1; i < wholes.length; i++) {
      const rest = restOf(grid, r, c, text, wholes[i - 1], wholes[i]);
      if (rest) out.push(evaluateRelation(rest).ok ? rest : (earlierIncomeRest(grid, r, c, text, wholes, i) ?? rest));
    }
  }
  return out;
}

/** an amount as a term in the unit of the whole it is read with (亿元: no unit, as sentence-sums reads it) */
function amountTerm(grid: Grid, r: number, c: number, digits: string, unit: string, label: string, whole: { unit: string; decimals?: number | null }): RelationTerm {
  const t = lineTerm(grid, r, c, digits + unit, digits, label, whole.unit === "亿元" ? null : (whole.unit as AmountUnit));
  if (unit === whole.unit) return t;
  // (a finer unit than the whole's: its value in the whole's unit, compared at the whole's precision)
  return { ...t, value: (Number(digits) * SCALE[unit]) / SCALE[whole.unit], decimals: whole.decimals ?? 0 };
}

/**
 * (rel54, session 54) A whole over its parts with one or more taken away ('…调入资金等29亿元,减上解市级支出49.4亿元,一般公共
 * 预算总收入818.9亿元': 565.4 + 173 + 46.5 + 54.4 + 29 − 49.4 = 818.9): a difference of the first part, the others added, those
 * taken away subtracted. Amounts in 亿 are rounded: a whole off by no more than the terms' rounding is not checked (as the
 * rest below), one off by more, or any gap of amounts in 万元 or 元, is.
 */
function takenAway(total: RelationTerm, signed: { term: RelationTerm; minus: boolean }[], label: string, at: number, sum: number): DifferenceRelation | null {
  if (signed[0].minus) return null;
  const half = (t: RelationTerm) => 0.5 * 10 ** -(t.decimals ?? 0);
  const gap = Math.abs(sum - total.value);
  if (gap > 1e-9 && gap <= signed.reduce((a, p) => a + half(p.term), half(total)) + 1e-9) return null;
  return {
    kind: "difference",
    id: `difference:${total.cell}:balance:${at}`,
    measure: "amount",
    block: "labelled-funds",
    label,
    result: total,
    minuend: signed[0].term,
    addends: signed.slice(1).filter((p) => !p.minus).map((p) => p.term),
    subtrahends: signed.filter((p) => p.minus).map((p) => p.term),
    bound: "equal",
  };
}

/** the parts of a whole: its sentence before it, one amount closing each clause that holds one (those taken away marked); null where not sure */
function partsOf(grid: Grid, r: number, c: number, sentence: string, kind: string, whole: { unit: string; decimals?: number | null }): { term: RelationTerm; minus: boolean }[] | null {
  if (CARRIED_ON.test(sentence)) return null;
  const parts: { term: RelationTerm; minus: boolean }[] = [];
  for (const clause of sentence.split(/[,，:：]/)) {
    const amounts = clause.match(AMOUNT);
    if (!amounts) continue;
    if (amounts.length > 1) return null;
    AMOUNT.lastIndex = 0;
    const a = AMOUNT.exec(clause)!;
    if (a.index + a[0].length !== clause.length) return null;
    const minus = BALANCE_MINUS.exec(clause.slice(0, a.index));
    const words = minus ? clause.slice(minus[0].length, a.index) : clause.slice(0, a.index);
    if (BALANCE_NOT_PART.test(words) || !BALANCE_PART.test(words)) return null;
    if (!parts.length && words.indexOf(kind) < 0) return null;
    if (SCALE[a[2]] > SCALE[whole.unit]) return null;
    parts.push({ term: amountTerm(grid, r, c, a[1], a[2], words.replace(JOINER, ""), whole), minus: minus !== null });
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * (dev59) Revenue wholes of one name stated one after another before the spending's (a second group restating the revenue,
 * '…收入总量为24.85亿元;…收入总量为49.70亿元。…支出总量为22.15亿元。收支总量相抵后,累计结余2.70亿元'): the rest is the difference
 * with the one of them it holds with (24.85 − 22.15 = 2.70), the nearer only where none does (a slip flagged as before). Null where
 * no earlier one of that run holds.
 */
function earlierIncomeRest(grid: Grid, r: number, c: number, text: string, wholes: readonly Whole[], i: number): DifferenceRelation | null {
  const nearer = wholes[i - 1];
  for (let j = i - 2; j >= 0 && wholes[j].kind === "收入" && wholes[j].name === nearer.name && wholes[j].unit === nearer.unit; j--) {
    const rest = restBetween(grid, r, c, text, wholes[j], wholes[i]);
    if (rest && evaluateRelation(rest).ok) return rest;
  }
  return null;
}

/** the rest after a revenue whole and the expenditure whole whose sentence follows it at once: their difference */
function restOf(grid: Grid, r: number, c: number, text: string, income: Whole, spending: Whole): DifferenceRelation | null {
  if (income.kind !== "收入" || spending.kind !== "支出") return null;
  if (text.slice(income.end, spending.from).replace(/[。;]/g, "") !== "") return null;
  return restBetween(grid, r, c, text, income, spending);
}

/** the rest stated after the expenditure whole, as the revenue's less the expenditure's (restOf) */
function restBetween(grid: Grid, r: number, c: number, text: string, income: Whole, spending: Whole): DifferenceRelation | null {
  const m = BALANCE_REST.exec(text.slice(spending.end));
  if (!m || m[2] !== income.unit || m[2] !== spending.unit) return null;
  const result = amountTerm(grid, r, c, m[1], m[2], "结余", { unit: m[2] });
  // (amounts in 亿 are rounded: a rest off by no more than the three amounts' rounding is not checked, as
  // stated-differences.ts reads them; amounts in 万元 or 元 are checked as printed)
  if (m[2] === "亿元") {
    const gap = Math.abs(result.value - (income.term.value - spending.term.value));
    const half = (t: RelationTerm) => 0.5 * 10 ** -(t.decimals ?? 0);
    if (gap > 1e-9 && gap <= half(result) + half(income.term) + half(spending.term) + 1e-9) return null;
  }
  return {
    kind: "difference",
    id: `difference:${result.cell}:balance-rest:${spending.end}`,
    measure: "amount",
    block: "labelled-funds",
    label: "收支相抵",
    result,
    minuend: income.term,
    subtrahends: [spending.term],
    bound: "equal",
  };
}
