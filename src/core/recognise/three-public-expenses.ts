import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";
import { statedWholes } from "./sentence-breakdowns";
import { withoutCopyMarks } from "../text/copy-marks";

/*
 * (rel60b, session 60) **The 三公经费 and its three items, named by the vocabulary that defines it** — 三公经费 is by definition
 * 因公出国(境)费 + 公务用车购置及运行(维护)费 + 公务接待费 (the car's item may be written as its two halves, 公务用车购置费 and
 * 公务用车运行(维护)费). A report names the whole and the items in words the list readers do not take — no 其中, changes and
 * counts between the items, a blank share ('占 %'):
 *   '2010年三公經費支出數為22738.55萬元,因公出國(境)費1838.28萬元,公務用車購置及運行費16940.73萬元,公務接待費3959.54萬元。'
 *   '…“三公”經費支出合計35萬元,比上年減少2.28萬元。其中:因公出國(境)費 0 萬元,占 %,比上年減少 萬元;公務用車保有量2輛,購置及
 *    運行維護費5萬元,占 %,比上年減少 0.28 萬元,公務接待費30萬元,…'  (0 + 5 + 30 = 35)
 * The names are the evidence: the whole is '三公(经费)' with words of its amount only (支出, 数, 合计, 总额, 为 …) right before one
 * amount of money; the items are read in its sentence after it and, where that ends first, in the next sentence; each item's
 * name once, outside brackets, its amount right after it (支出, 决算, 为 … between) in the whole's unit. Refused (nothing read):
 * another amount of money between the whole and its first item but a change's ('比上年减少2.28万元'), an item missing or named
 * twice, an item's amount not right after its name ('公务接待费较上年减少…'), the whole a budget and an item a final account or
 * the other way round (预算 / 决算), another 三公 whole before the items end.
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** the whole: 三公(经费), the words of its amount, one amount of money (group 1: the words, 2: the amount, 3: its unit) */
const WHOLE = /三公[”"」』]?(?:经费)?[)）]?((?:财政拨款|一般公共预算)?(?:支出|年初)?(?:预算|决算)?(?:数|总额|合计|总计|共计|汇总数)?(?:为|是|:)?)(\d+(?:\.\d+)?)(万元|元)/g;
/** the items by name: the car's as one item, or as its two halves */
const OUT = /因公出国(?:\(境\))?(?:经费|费用|费)/g;
const CAR = /(?:公务用车|公车)?购置及运行(?:维护|维修)?(?:经费|费用|费)/g;
const CAR_BUY = /公务用车购置(?:经费|费用|费)/g;
const CAR_RUN = /公务用车运行(?:维护|维修)?(?:经费|费用|费)/g;
const RECEPTION = /公务接待(?:经费|费用|费)/g;
/** between an item's name and its amount: words of the amount only */
const TO_AMOUNT = /^(?:支出|预算|决算|数|为|是|:){0,4}(\d+(?:\.\d+)?)(万元|元)/;
/** an amount of money */
const MONEY = /(\d+(?:\.\d+)?)(万元|元)/g;
/** a change's clause: its amount is no whole's nor item's */
const CHANGE = /比上年|较上年|同比|比20\d\d年|较20\d\d年|减少|增加|下降|增长|压减|节约/;
const MIN_TEXT = 20;

const termUnit = (u: string): AmountUnit => u as AmountUnit;

/** the text with bracketed words blanked (same length): an item's own breakdown in brackets is none of the list's */
function unbracketed(text: string): string {
  let depth = 0;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // ('因公出国(境)费': the bracket is the item's name)
    if (depth === 0 && text.startsWith("(境)", i)) {
      out += "(境)";
      i += 2;
      continue;
    }
    if (ch === "(") depth++;
    const keep = depth === 0;
    if (ch === ")") depth = Math.max(0, depth - 1);
    out += keep ? ch : " ";
  }
  return out;
}

/** the one match of `re` in `s` with its amount right after it, null where none; "bad" where several or no amount after it */
function itemIn(s: string, re: RegExp): { at: number; digits: string; unit: string; name: string } | null | "bad" {
  const ms = [...s.matchAll(re)];
  if (ms.length === 0) return null;
  if (ms.length > 1) return "bad";
  const m = ms[0];
  const a = TO_AMOUNT.exec(s.slice(m.index! + m[0].length));
  if (!a) return "bad";
  return { at: m.index! + m[0].length + a[0].length - a[1].length - a[2].length, digits: a[1], unit: a[2], name: m[0] };
}

/** The sums of the sheet's 三公经费 over its three items (see the module's note), but a whole `found` already states at its cell. */
export function threePublicExpenseSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText("三公")) return out;
  const statedKeys = statedWholes(found);
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, /三公/)) {
    const raw = proseDigits(withoutCopyMarks(grid.text(r, c)));
    if (!raw || raw.indexOf("接待") < 0) continue;
    const text = unbracketed(raw);
    WHOLE.lastIndex = 0;
    for (let m = WHOLE.exec(text); m; m = WHOLE.exec(text)) {
      const end = m.index + m[0].length;
      // (the window: the whole's sentence, and the next where the first holds no item; up to another 三公 whole)
      let stop = text.indexOf("。", end);
      if (stop < 0) stop = text.length;
      if (text.slice(end, stop).search(OUT) < 0 && text.slice(end, stop).search(RECEPTION) < 0 && stop < text.length) {
        const next = text.indexOf("。", stop + 1);
        stop = next < 0 ? text.length : next;
      }
      const again = text.indexOf("三公", end);
      if (again >= 0 && again < stop) stop = again;
      const win = text.slice(end, stop);
      const items: { at: number; digits: string; unit: string; name: string }[] = [];
      let bad = false;
      const take = (re: RegExp) => {
        const it = itemIn(win, re);
        if (it === "bad") bad = true;
        else if (it) items.push(it);
        return it;
      };
      take(OUT);
      take(RECEPTION);
      const car = take(CAR);
      if (!car) {
        // (the car's item as its two halves: both, or none read)
        const buy = take(CAR_BUY);
        const run = take(CAR_RUN);
        if (!buy || !run) bad = true;
      }
      if (bad || items.length < 3) continue;
      items.sort((a, b) => a.at - b.at);
      // (no other amount of money between the whole and its first item, but a change's)
      const between = win.slice(0, items[0].at);
      let other = false;
      for (const x of between.matchAll(MONEY)) {
        const clause = between.slice(Math.max(between.lastIndexOf(",", x.index!), between.lastIndexOf(";", x.index!), 0), x.index!);
        if (!CHANGE.test(clause)) other = true;
      }
      if (other) continue;
      // (one stage: a budget's whole over a final account's items is none of this list, nor the other way round)
      const stageOf = (s: string) => (/决算/.test(s) ? "final" : /预算/.test(s) ? "budget" : "");
      const wholeStage = stageOf(m[1]);
      if (items.some((it) => {
        const s = stageOf(win.slice(Math.max(0, it.at - 12), it.at));
        return s !== "" && wholeStage !== "" && s !== wholeStage;
      })) continue;
      if (items.some((it) => it.unit !== m![3])) continue;
      const total = lineTerm(grid, r, c, m[2] + m[3], m[2], `三公经费${m[1]}`, termUnit(m[3]));
      if (statedKeys().has(`${total.cell}|${total.value}`)) continue;
      const parts: RelationTerm[] = items.map((it) => lineTerm(grid, r, c, it.digits + it.unit, it.digits, it.name, termUnit(it.unit)));
      out.push({ kind: "sum", id: `sum:amount:${total.cell}:three-public:${m.index}`, measure: "amount", block: "labelled-funds", orientation: "columns", label: total.label ?? "三公经费", total, parts, bound: "equal" });
    }
  }
  return out;
}
