import type { Grid } from "../grid/grid";
import type { AmountUnit, ProductRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";

/*
 * (rel60a, session 60) **A per-unit rate, then a count of that unit and its result** — the other order of unit-standard-costs.ts's
 * sentence (its count before the standard): a report's reckoning of what an area or a head count yields or costs:
 *   '盛产茶林每亩每年能产油40kg,3194亩每年预计可生产茶油12.78kg'   (3194 × 40 = 127,760 kg = 12.776万kg: the 万 lost)
 *   '每亩补助200元,5750亩共计补助115万元'                          (5750 × 200 = 1,150,000 元 = 115万元 ✓)
 * The result is the count times the rate: a product relation (scale 10,000 for a rate in 元 / kg against a result in 万),
 * total-mismatch where it does not hold. A result that holds only read with 万 before its unit ('12.78kg' for 12.78万kg,
 * '115元' for 115万元: within half a unit of its last digit, in 万) is a slip of its unit: unit-mismatch's (perUnitSlips), no
 * product relation.
 *
 * Read, in a cell's text (proseDigits'): 每 and a unit of things (亩 人 户 …), a period at most (每年 / 每月 / 每天), words (no
 * figure, no stop, ten at most), the rate and its unit (元 / 万元 / kg / 公斤 / 千克 / 斤 / 吨); at most six words and a comma,
 * then the next clause: four words at most, the count in the rate's unit of things, the same period word or none where the rate
 * has none, words (twelve at most, no figure), the result in the rate's unit (万 before it or not).
 * Not read (counter-shapes): a rate that is a cap, a floor, an average or an approximate (最高 / 不超过 / 平均 / 约 …); a count
 * of another unit; a result of another unit; a period that differs (每年 against a count without it: '每亩每年…,3194亩共…');
 * a rate in 万 (no scale read); a second figure between the count and the result.
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

const THINGS = "亩|人|户|名|头|只|株|台|套|辆|间|座|处|所|家|个|项|公顷|平方米";
const UNITS = "元|kg|公斤|千克|斤|吨";
const RATE = new RegExp(`每(${THINGS})(每年|每月|每天)?([^\\d,;。%]{0,10}?)(\\d+(?:\\.\\d+)?)(万)?(${UNITS})`, "g");
/** after the rate: its clause's end, the count, the period, the words, the result (groups: count, unit, period, words, figure, 万, unit) */
const RESULT = new RegExp(`^[^\\d,;。%]{0,6},([^\\d,;。%]{0,4}?)(\\d+(?:\\.\\d+)?)(${THINGS})(每年|每月|每天)?([^\\d,;。%]{0,12}?)(\\d+(?:\\.\\d+)?)(万)?(${UNITS})`);
const ANY_RATE = new RegExp(`每(?:${THINGS})(?:每年|每月|每天)?[^\\d,;。%]{0,10}?\\d+(?:\\.\\d+)?万?(?:${UNITS})[^\\d,;。%]{0,6},[^\\d,;。%]{0,4}?\\d+(?:\\.\\d+)?(?:${THINGS})`);
/** a cap, a floor, an average or an approximate by the rate or the result: no exact product */
const NOT_EXACT = /不超过|不高于|最高|最多|最低|不低于|以内|以上|以下|上限|平均|约|左右|大约|近|超过|余/;
const MIN_TEXT = 16;

/** a result holding only read with 万 before its unit (its unit slipped) */
export interface PerUnitSlip {
  row: number;
  col: number;
  /** the result as printed, its unit and the unit it should carry */
  written: string;
  unit: string;
  expectedUnit: string;
  /** the count and the rate as printed */
  count: string;
  rate: string;
}

interface Read {
  products: ProductRelation[];
  slips: PerUnitSlip[];
}
const memo = new WeakMap<Grid, Read>();

/** half a unit of a figure's last printed digit ('12.78' → 0.005) */
const half = (digits: string) => 0.5 * Math.pow(10, -(digits.split(".")[1]?.length ?? 0));

function read(grid: Grid): Read {
  let out = memo.get(grid);
  if (out) return out;
  out = { products: [], slips: [] };
  memo.set(grid, out);
  if (!grid.hasText(ANY_RATE)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_RATE)) {
    const text = proseDigits(grid.text(r, c));
    if (!text) continue;
    RATE.lastIndex = 0;
    for (let m = RATE.exec(text); m; m = RATE.exec(text)) {
      const end = m.index + m[0].length;
      const x = RESULT.exec(text.slice(end));
      if (!x) continue;
      const [, , count, thing, period, words, figure, wan, unit] = x;
      if (m[5] || thing !== m[1] || (period ?? "") !== (m[2] ?? "") || unit !== m[6]) continue;
      if (NOT_EXACT.test(text.slice(Math.max(0, m.index - 4), end)) || NOT_EXACT.test(x[1] + words) || /^(?:余|多|左右)/.test(text.slice(end + x[0].length))) continue;
      const product = Number(count) * Number(m[4]);
      const result = Number(figure) * (wan ? 1e4 : 1);
      const slack = half(figure) * (wan ? 1e4 : 1) + 1e-9;
      if (!wan && Math.abs(product - result) > slack && Math.abs(product - result * 1e4) <= slack * 1e4) {
        out.slips.push({ row: r, col: c, written: figure + unit, unit, expectedUnit: `万${unit}`, count: count + thing, rate: m[4] + m[6] });
        continue;
      }
      const money = unit === "元";
      const cell = grid.addr(r, c);
      const label = words || "合计";
      out.products.push({
        kind: "product",
        id: `product:amount:${cell}:per-unit:${m.index}`,
        measure: "amount",
        orientation: "rows",
        label,
        block: "labelled-funds",
        bound: "equal",
        result: lineTerm(grid, r, c, figure + (wan ?? "") + unit, figure, label, money ? ((wan ? "万元" : "元") as AmountUnit) : null),
        factors: [lineTerm(grid, r, c, count + thing, count, `${thing}数`, null), lineTerm(grid, r, c, m[4] + m[6], m[4], `每${m[1]}${m[3]}`, money ? "元" : null)],
        scale: wan ? 1e4 : 1,
      });
    }
  }
  return out;
}

/** The products of per-unit rates, counts and their results in the sheet's prose (see the module's note). */
export function perUnitProducts(grid: Grid): ProductRelation[] {
  return read(grid).products;
}

/** The results of such products whose unit lost its 万 (unit-mismatch). */
export function perUnitSlips(grid: Grid): PerUnitSlip[] {
  return read(grid).slips;
}
