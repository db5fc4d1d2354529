import type { Grid } from "../grid/grid";
import type { AmountUnit, Relation, RelationTerm } from "../model/types";
import { lineTerm } from "../recognise/budget";
import { proseDigits } from "../recognise/prose-rates";
import { statedRateRelation } from "./inline-changes";
import { toYuan, yuanOf } from "./tolerance";

/*
 * (rel57, session 57) **A rate whose base is the sum of its two printed parts**: the money spent and the money left, then
 * the rate of either, the whole never printed —
 *   '…资金支付18501.096万元,未支703万元,支付率95%'         (18501.096 / (18501.096 + 703) = 96.34%: printed 95%, a slip)
 *   '资金已使用2.00万元,结余0万元,资金执行率100%'           (2 / (2 + 0) = 100% ✓)
 *   '已拨付80万元,未拨付20万元,未拨付率20%'                 (20 / (80 + 20) = 20% ✓: the rate of the part left)
 * Read, in one sentence: a verb of spending (支付 / 支出 / 拨付 / 使用 / 执行, 已 … before it or not) and its amount; at most a
 * comma, then the part left — 未 and the verb's first character (未支 / 未支付 / 未拨付 / 未使用 / 未执行) or 结余 / 剩余 /
 * 尚余 — and its amount in the same unit; at most a comma, then a rate named by the verb's first character or 执行 (支付率 /
 * 支出进度 / 拨付率 / 使用率 / 执行率) — the spent part's over both — or by the part left's words (未支付率 / 结余率 / 剩余率) —
 * the part left's over both. Refused: a rate of another word (完成率, 到位率: their base is another amount), amounts in two
 * units, a clause between (the rate would be of something else), no amount spent (0 over 0).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) for a part left before any cell is read.
 */

const NUM = "(\\d+(?:\\.\\d+)?)";
const SPENT_LEFT = new RegExp(
  `(?:已|共|累计)?(支付|支出|拨付|使用|执行)(?:了|资金)?${NUM}(万元|元),?(未支付?|未拨付?|未使用|未执行|结余|剩余|尚余)(?:资金)?${NUM}(万元|元),?` +
    `(?:资金)?(支付|支出|拨付|使用|执行|未支付?|未拨付?|未使用|未执行|结余|剩余)(率|进度)(?:为|是|达)?(\\d+(?:\\.\\d+)?)%`,
  "g",
);
/** the sheet's gate: an amount, then a part left and its figure */
const ANY = /\d(?:万元|元),?(?:未支付?|未拨付?|未使用|未执行|结余|剩余|尚余)(?:资金)?\d/;

/** The spent part's (or the part left's) rate over both parts in one text (proseDigits'), at cell (r, c). */
function spentAndUnspentOf(grid: Grid, r: number, c: number, text: string, out: Relation[]): void {
  const cell = grid.addr(r, c);
  let n = 0;
  SPENT_LEFT.lastIndex = 0;
  for (let m = SPENT_LEFT.exec(text); m; m = SPENT_LEFT.exec(text)) {
    const [, verb, spentDigits, unit, leftWord, leftDigits, leftUnit, rateWord, kind, digits] = m;
    if (unit !== leftUnit) continue;
    // (the part left is the spent verb's: 未 and its first character, or a balance's word)
    if (leftWord[0] === "未" && leftWord[1] !== verb[0]) continue;
    // (the rate is the spent part's, by its verb's first character or 执行's, or the part left's, by its own words)
    const ofLeft = rateWord[0] === "未" || rateWord === "结余" || rateWord === "剩余";
    if (ofLeft ? rateWord[0] !== leftWord[0] || (rateWord[0] === "未" && rateWord[1] !== verb[0]) : rateWord[0] !== verb[0] && rateWord !== "执行") continue;
    const u = unit as AmountUnit;
    const spent = lineTerm(grid, r, c, spentDigits + unit, spentDigits, verb, u);
    const left = lineTerm(grid, r, c, leftDigits + unit, leftDigits, leftWord, u);
    const whole = yuanOf(spent) + yuanOf(left);
    if (!(yuanOf(spent) > 0)) continue;
    const denominator: RelationTerm = { ...spent, value: whole / toYuan(u), text: `${spentDigits}+${leftDigits}`, decimals: null, label: `${verb}与${leftWord}合计` };
    out.push(statedRateRelation(`ratio:spent-and-unspent:${cell}:${n++}`, cell, r, c, rateWord + kind, digits, ofLeft ? left : spent, denominator));
  }
}

/** Every rate over a spent part and a part left stated in the sheet's prose cells (see above). */
export function spentAndUnspentRates(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!grid.hasText(ANY)) return out;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      if (!grid.ownsCell(r, c)) continue;
      const compact = grid.compactText(r, c);
      if (!ANY.test(compact) || (c > 1 && grid.compactText(r, c - 1) === compact)) continue;
      const text = proseDigits(grid.text(r, c));
      if (text !== null) spentAndUnspentOf(grid, r, c, text, out);
    }
  }
  return out;
}
