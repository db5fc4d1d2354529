import type { Grid } from "../grid/grid";
import type { AmountUnit, Relation, RelationTerm, SumRelation } from "../model/types";
import { proseText, type ProseQuantity, proseMoney } from "../recognise/prose-rates";
import { JOINED_WHOLE_MEASURE } from "../recognise/vocabulary";

/*
 * (grad50b, session 50) **A whole named by joining its parts' own words, the parts stated before it** (news reports of a
 * fund's accounts, bulletins, final-account prose):
 *   A7 '…资金支出上,去年省红会共支出11075.07万元(含历年结余项目资金),其中四川雅安地震项目共支出5952.83万元…'
 *   A8 '…捐赠物资价值5921.14万元…。这些捐赠物品共支出了价值5505.46万元…'
 *   A9 '去年资金和物资价值共支出16680.53万元'                      (11075.07 + 5505.46 = 16580.53: a slip)
 *   '资金支出120万元,物资支出80万元,资金和物资共支出200万元'        (the parts in the whole's own sentence)
 * Read: an amount right after 'W1和W2(价值)共(计)M', M a measure of money (支出 / 结余 / 收入 / 筹集 / 接收 … JOINED_WHOLE_MEASURE),
 * W1 and W2 two different words (the two characters before 和, and the last two of the words after it). Its parts: in the
 * text before it (its own cell's, and the cells of the rows above, at most ROWS), every amount right after the measure's
 * word ('共支出', '支出了价值'), not after a 其中 in its sentence (a part of a part) and not named by both words; each owned
 * by the one of W1 / W2 its paragraph (its cell) names last before it. The evidence: W1 owns exactly one such amount and
 * W2 exactly one, of the whole's unit; then whole = the two (total-mismatch at the whole). One missing or stated twice,
 * nothing is read. (Orientation "columns": a prose cell's parts are no lines a cut sheet may have lost below.)
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** rows above the whole searched for its parts */
const ROWS = 30;
const CN = "\\u4e00-\\u9fa5";
const MEASURE = JOINED_WHOLE_MEASURE.source;
/** the whole's words right before its amount: 'W1和W2(价值)共(计)M(了)(价值)(为)' */
const WHOLE = new RegExp(`([${CN}]{2})(?:和|及|与|以及)([${CN}]{1,4}?)(?:价值|金额|总额)?(?:共计|合计|总计|累计|共)(${MEASURE})了?(?:价值|金额)?(?:为|是|达)?$`);
/** …on the compact texts (simplified or traditional, before normalising) */
const ANY_WHOLE = /(?:和|及|与|與)[^,，;；。\d]{1,6}(?:共计|合计|总计|累计|共|共計|合計|總計|累計)/;

interface Text {
  row: number;
  col: number;
  text: string;
  money: ProseQuantity[];
}

/** the words of an amount's clause right before it */
function leadOf(t: Text, k: number): string {
  const q = t.money[k];
  const from = k > 0 ? t.money[k - 1].end : 0;
  const before = t.text.slice(from, q.at);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("。"), before.lastIndexOf(":"));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function textOf(grid: Grid, r: number, c: number): Text {
  const text = proseText(grid.text(r, c));
  return { row: r, col: c, text, money: proseMoney(text) };
}

function term(grid: Grid, t: Text, q: ProseQuantity, label: string): RelationTerm {
  return { cell: grid.addr(t.row, t.col), row: t.row, col: t.col, text: q.text, value: q.value, decimals: q.decimals, percent: false, label, unit: q.unit as AmountUnit };
}

export function joinedWholes(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!grid.hasText(ANY_WHOLE)) return out;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      if (!grid.ownsCell(r, c) || !ANY_WHOLE.test(grid.compactText(r, c))) continue;
      const here = textOf(grid, r, c);
      for (let i = 0; i < here.money.length; i++) {
        const m = WHOLE.exec(leadOf(here, i));
        if (!m) continue;
        const w1 = m[1];
        const w2 = m[2].slice(-2);
        if (w2.length < 2 || w1 === w2) continue;
        const measure = m[3];
        const whole = here.money[i];
        // the texts before the whole: the rows above (their text cells), then its own cell's up to it
        const texts: { t: Text; upto: number }[] = [];
        for (let rr = Math.max(1, r - ROWS); rr < r; rr++) {
          for (let kk = start[rr]; kk < start[rr + 1]; kk++) {
            const cc = cols[kk];
            if (!grid.ownsCell(rr, cc) || grid.compactText(rr, cc).indexOf(measure) < 0) continue;
            const t = textOf(grid, rr, cc);
            texts.push({ t, upto: t.money.length });
          }
        }
        texts.push({ t: here, upto: i });
        const owned: [ProseQuantity, Text][][] = [[], []];
        const ends = new RegExp(`(?:${measure})了?(?:价值|金额)?(?:为|是|达)?$`);
        for (const { t, upto } of texts) {
          for (let j = 0; j < upto; j++) {
            const q = t.money[j];
            const lead = leadOf(t, j);
            if (!ends.test(lead)) continue;
            if (lead.indexOf(w1) >= 0 && lead.indexOf(w2) >= 0) continue;
            const sentence = t.text.slice(Math.max(t.text.lastIndexOf("。", q.at), t.text.lastIndexOf(";", q.at)) + 1, q.at);
            if (sentence.indexOf("其中") >= 0) continue;
            const before = t.text.slice(0, q.at);
            const a = before.lastIndexOf(w1);
            const b = before.lastIndexOf(w2);
            if (a < 0 && b < 0) continue;
            owned[a > b ? 0 : 1].push([q, t]);
          }
        }
        if (owned[0].length !== 1 || owned[1].length !== 1) continue;
        const parts = owned.map(([[q, t]], n) => term(grid, t, q, `${n === 0 ? w1 : w2}${measure}`));
        if (parts.some((p) => p.unit !== whole.unit)) continue;
        const total = term(grid, here, whole, `${w1}和${m[2]}${measure}`);
        out.push({ kind: "sum", id: `sum:joined-whole:${total.cell}:${i}`, measure: "amount", block: "labelled-funds", orientation: "columns", label: total.label, total, parts, bound: "equal" } as SumRelation);
      }
    }
  }
  return out;
}
