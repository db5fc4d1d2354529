import type { Grid } from "../grid/grid";
import type { AmountUnit, DifferenceRelation, Relation, RelationTerm } from "../model/types";
import { proseText, type ProseQuantity } from "../recognise/prose-rates";
import { sentenceAmounts, type Amount } from "./stated-adjustments";
import { sentenceCells } from "../recognise/sentence-cells";

/*
 * (rels56, session 56) **A change against an amount the sentence names and states**: an amount, then its change against
 * another amount of the sentence, named by that amount's own words:
 *   '年初预算1022.89万元,年中调整预算为1781.86万元,比年初预算增加758.97万元'   (758.97 = 1781.86 − 1022.89)
 *   '计划投资500万元,实际完成投资460万元,比计划减少40万元'                      (40 = 500 − 460)
 * The class: in one sentence, an amount D whose clause is a comparison alone (its subject at most, then 比 / 较 + the base's
 * words + 增加 / 减少 / 多 / 少 …: CHANGE_LEAD; '实际支出比预算增加149.83万元'), right after the amount B it changes (the clause before); the base A the latest amount before B whose
 * words hold the base's words (B's own words not: '调整预算' is no base of '比年初预算'). D = B − A where B grew, A − B where
 * it fell; every amount money of one written unit.
 * Not read: a base or a changed amount that is itself a comparison ('比上年减少0.28万元'); a base named by no amount of the sentence (上年, 去年 unstated: inline-changes.ts reads their rates), a change in
 * per cent or in points, a base's words of one character.
 */

/** a comparison alone: its base's words (group 1), its way (group 2) */
// (the changed amount's subject before it at most: '实际支出比预算增加149.83万元')
const CHANGE_LEAD = /^[\u4e00-\u9fa5]{0,6}?(?:比|较|相比)(?:于)?([\u4e00-\u9fa5]{2,8}?)(?:数)?(增加|减少|增长|下降|提高|降低|多|少)了?$/;
const GREW = /增加|增长|提高|多/;
/** an amount that is itself a comparison: no base, nor the amount changed */
const COMPARED = /比|较/;
const ANY_CHANGE = /(?:比|较)[\u4e00-\u9fa5]{2,10}(?:增加|减少|增长|下降|提高|降低|多|少)了?\d/;


/** money's written unit: 亿 apart from 万 (both read in 万元) */
const unitOf = (q: ProseQuantity) => `${q.unit}${/亿/.test(q.text) ? "亿" : ""}`;

function term(grid: Grid, r: number, c: number, a: Amount): RelationTerm {
  return { cell: grid.addr(r, c), row: r, col: c, text: a.q.text, value: a.q.value, decimals: a.q.decimals, percent: false, label: a.lead || "金额", unit: a.q.unit as AmountUnit };
}

/** The changes against a named base of one prose text. */
export function namedBaseChangesOf(grid: Grid, r: number, c: number, raw: string, out: Relation[]): void {
  let n = 0;
  for (const { amounts } of sentenceAmounts(proseText(raw), ",;:")) {
    for (let j = 2; j < amounts.length; j++) {
      const m = CHANGE_LEAD.exec(amounts[j].lead);
      if (!m) continue;
      const D = amounts[j];
      const B = amounts[j - 1];
      const words = m[1];
      if (B.lead.indexOf(words) >= 0 || COMPARED.test(B.lead)) continue;
      let A: Amount | null = null;
      for (let k = j - 2; k >= 0 && !A; k--) if (amounts[k].lead.indexOf(words) >= 0 && !COMPARED.test(amounts[k].lead)) A = amounts[k];
      if (!A || unitOf(A.q) !== unitOf(B.q) || unitOf(B.q) !== unitOf(D.q)) continue;
      const [minuend, subtrahend] = GREW.test(m[2]) ? [B, A] : [A, B];
      const rel: DifferenceRelation = {
        kind: "difference",
        id: `difference:${grid.addr(r, c)}:named-base-change:${n++}`,
        measure: "amount",
        block: "labelled-funds",
        label: D.lead,
        result: term(grid, r, c, D),
        minuend: term(grid, r, c, minuend),
        subtrahends: [term(grid, r, c, subtrahend)],
        bound: "equal",
      };
      out.push(rel);
    }
  }
}

export function namedBaseChanges(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!grid.hasText(ANY_CHANGE)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, 0, ANY_CHANGE)) namedBaseChangesOf(grid, r, c, grid.text(r, c), out);
  return out;
}
