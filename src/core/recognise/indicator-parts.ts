import { parseA1 } from "../grid/a1";
import type { EvaluationModel, Indicator, RelationTerm, SumRelation } from "../model/types";
import type { ParsedValue } from "../text/quantity";
import { compact } from "../text/normalize";

/**
 * (tab58, session 58) **An indicator's figure over its 其中 lines.** A form's 数量指标 may break a line's figure down on the
 * lines under it, the first of them opening with 其中:
 *
 *     ★补助各类瓜果蔬菜种植面积 | 29.5亩 | 29.5亩        实施营造林总面积(亩)                  | 80000
 *     其中桃树种植面积          | 1.5亩  | 1.5亩         其中:实施新造林总面积(亩)             | 30000
 *     其中苹果树种植面积        | 5亩    | 5亩           实施未成林抚育提升及退化林改造总面积(亩) | 50000
 *     其中露天蔬菜              | 20亩   | 20亩          修建作业道长度(公里)                  | 30
 *     其中大棚蔬菜              | 3亩    | 3亩
 *
 * Each value column (年度指标值, 实际完成值) is read on its own: the line's figure over its parts' — at most it (a 其中 list may
 * leave a part out: parts adding up to less are no contradiction, more is), checked by total-mismatch.
 *
 * The parts: the 其中 line, then each line after it that opens with 其中 as well; where the line after the first names no 其中,
 * the lines after it that are kinds of the same thing (their names ending with the word the whole's ends with: 总面积 … 总面积)
 * in the same unit. Every figure a number in one unit (the value's own, 亩, else the name's bracket, (亩), else the unit
 * column's), no percent, no operator.
 * Refused (counter-shapes): money (a fund line's, the amount readers'), floors or caps (≥50个 over its 其中 lines' ≥50个 each: each line's own minimum, no sum), parts
 * in other units (180只 + 12头: not one count), a rate or share (占比, %), a line after a lone 其中 line that names another
 * thing (修建作业道长度(公里)), a 其中 line with no line above it in the table.
 */

// (names in their compact form: simplified, no spaces, brackets half-width)
const OF_WHICH = /^其中/;
/** a bracket closing a name: its unit, (亩), (≥**%) */
const NAME_BRACKET = /\(([^()]*)\)$/;

function unitOf(i: Indicator, v: ParsedValue): string {
  const own = v.quantity!.unit.trim();
  if (own) return own;
  const br = NAME_BRACKET.exec(compact(i.name));
  if (br && !/[\d*%≥≤]/.test(br[1])) return br[1];
  return compact(i.unit ?? "");
}

/** a name opening with 其中 (其 then 中 as written, else in its compact form: '其 中…') */
const opensOfWhich = (name: string) => name.charCodeAt(0) === 0x5176 && (name.charCodeAt(1) === 0x4e2d || OF_WHICH.test(compact(name)));

/** the word a name ends with (its bracket and 其中 out): the two characters last */
const ending = (name: string) => compact(name).replace(NAME_BRACKET, "").slice(-2);

type Key = "target" | "actual";
const cellOf = (i: Indicator, key: Key) => (key === "target" ? i.targetCell : i.actualCell);

/** the line's figure in a value column as a term, with its unit; null where it is no plain number */
function figure(i: Indicator, key: Key): { term: RelationTerm; unit: string } | null {
  const v = i[key];
  const cell = cellOf(i, key);
  if (!v || v.kind !== "number" || !v.quantity || v.quantity.percent || v.quantity.op || !cell) return null;
  const unit = unitOf(i, v);
  // (money is a fund line's: the amount readers read its parts, all of them — '年度预算资金总额 100万元' over 其中:中央补助 60万元 and
  // 市级资金 50万元 is 100 = 60 + 50, an equality — and a second, weaker reading at its cell would only repeat it)
  if (!unit || /%|％|率|比/.test(unit) || /元$/.test(unit)) return null;
  const at = parseA1(cell);
  return { term: { cell, row: at.row, col: at.col, value: v.quantity.value, text: v.raw, decimals: v.quantity.decimals, percent: false, label: i.name }, unit };
}

/** the lines that are a line's parts: its 其中 line (at `k`) and the lines after it that are parts (see above) */
function partLines(inds: readonly Indicator[], k: number, whole: Indicator): Indicator[] {
  const out = [inds[k]];
  const allOfWhich = k + 1 < inds.length && opensOfWhich(inds[k + 1].name);
  const word = ending(whole.name);
  for (let j = k + 1; j < inds.length; j++) {
    const n = inds[j].name;
    if (allOfWhich ? !opensOfWhich(n) : opensOfWhich(n) || word.length < 2 || ending(n) !== word) break;
    out.push(inds[j]);
  }
  return out;
}

export function indicatorPartSums(model: EvaluationModel): SumRelation[] {
  const out: SumRelation[] = [];
  const inds = model.indicators;
  for (let k = 1; k < inds.length; k++) {
    // (the gate: a name opening with 其, under a line that does not open with 其中 — as written, else in its compact form, a
    // space typed inside — and the line above holding a plain figure; then the name's own 其中)
    const i = inds[k];
    if (i.name.charCodeAt(0) !== 0x5176 || opensOfWhich(inds[k - 1].name)) continue;
    const whole = inds[k - 1];
    if (!figure(whole, "target") && !figure(whole, "actual")) continue;
    if (!opensOfWhich(i.name)) continue;
    let parts: Indicator[] | null = null;
    for (const key of ["target", "actual"] as Key[]) {
      const w = figure(whole, key);
      if (!w) continue;
      if (!parts) parts = partLines(inds, k, whole);
      const ps: RelationTerm[] = [];
      for (const p of parts) {
        const f = figure(p, key);
        if (!f || f.unit !== w.unit) break;
        ps.push(f.term);
      }
      if (ps.length !== parts.length) continue;
      out.push({ kind: "sum", id: `sum:count:${w.term.cell}:parts`, measure: "count", block: "indicator-table", orientation: "rows", label: whole.name, total: w.term, parts: ps, bound: "atMost" });
    }
  }
  return out;
}
