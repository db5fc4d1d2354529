import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { sentenceCells } from "./sentence-cells";

/**
 * Counts listed in a sentence with their shares, as a handling report breaks its letters down by kind ("从来信分类看,
 * 住房保障43件(30.2%);物业服务17件(12.3%);…", "投诉类826件,占总量的52.84%;咨询类211件,占总量13.5%;…"). Where the
 * printed shares add up to 100% the list is the whole breakdown, and its whole is the sum of its counts (139): each share
 * is its count over that whole. A list may round its shares so that they add up to 100 (each one step of its last digit
 * off, up or down: largest-remainder rounding); a share further off than that is miscomputed. Of a sentence's list the
 * share furthest off is stated as a ratio (one per cell, as every relation of a cell is: ratio-mismatch reports it); a
 * list whose shares are all within a step states none. Lists of fewer than three items, or whose shares do not add up
 * to 100 (the top five of the kinds: the whole is not the list's), state none.
 */
const UNIT = "件|封|条|个|人次|人|户|次|项|家|所|名|起|宗|例";
/** "住房保障43件(30.2%)" */
const BRACKETED = new RegExp(`([^\\d,，;；。、()（）:：]{1,16}?)(\\d+)(${UNIT})[(（](\\d+(?:\\.\\d+)?)[%％][)）]`, "g");
/** "投诉类826件,占总量的52.84%", "举报类50件,占比量3.2%" */
const OF_TOTAL = new RegExp(`([^\\d,，;；。、()（）:：]{1,16}?)(\\d+)(${UNIT})[,，、]?占(?:比量?|总量的?|总数的?|全[市县区]总量的?)(\\d+(?:\\.\\d+)?)[%％]`, "g");
/** the listed shares' sum within this of 100 (points): the list is the whole breakdown */
const WHOLE_SLACK = 0.5;
const MIN_ITEMS = 3;
/** a sheet with no such share in any text lists none (Grid.hasText) */
const ANY_SHARE = new RegExp(`\\d(?:${UNIT})(?:[(（]\\d+(?:\\.\\d+)?[%％][)）]|[,，、]?占(?:比|总|全))`);

interface Item {
  label: string;
  count: string;
  /** the count's unit, '件' */
  unit: string;
  share: string;
}

export function textShares(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!grid.hasText(ANY_SHARE)) return out;
  for (const { row: r, col: c, text } of sentenceCells(grid, 12, ANY_SHARE)) {
    let worst: { item: Item; whole: number; off: number } | null = null;
    for (const sentence of text.split("。")) {
      for (const re of [BRACKETED, OF_TOTAL]) {
        const items: Item[] = [];
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(sentence))) items.push({ label: m[1].replace(/^(其中|主要为|分别为|分别是)/, ""), count: m[2], unit: m[3], share: m[4] });
        if (items.length < MIN_ITEMS) continue;
        // (counts of different units, '涉及群众120人(40%);涉及企业30家(30%)': no parts of one whole, their shares of
        // something else — nothing checked)
        if (items.some((x) => x.unit !== items[0].unit)) continue;
        let shares = 0;
        let whole = 0;
        for (const x of items) {
          shares += Number(x.share);
          whole += Number(x.count);
        }
        if (whole === 0 || Math.abs(shares - 100) > WHOLE_SLACK) continue;
        for (const x of items) {
          const dot = x.share.indexOf(".");
          const step = Math.pow(10, -(dot < 0 ? 0 : x.share.length - dot - 1));
          // (in steps of the share's last digit, beyond the one step a rounding to 100 may take)
          const off = Math.abs(Number(x.share) - (100 * Number(x.count)) / whole) / step;
          if (off > 1 + 1e-9 && (!worst || off > worst.off)) worst = { item: x, whole, off };
        }
      }
    }
    if (!worst) continue;
    const cell = grid.addr(r, c);
    const term = (value: number, digits: string, label: string, percent = false): RelationTerm => {
      const dot = digits.indexOf(".");
      return { cell, row: r, col: c, text: digits, value, decimals: dot < 0 ? 0 : digits.length - dot - 1, percent, label };
    };
    const { item, whole } = worst;
    const name = `${item.label}占比`;
    out.push({
      kind: "ratio",
      id: `ratio:${cell}:share`,
      measure: "rate",
      block: "fund-block",
      name,
      label: name,
      stated: term(Number(item.share) / 100, item.share, name, true),
      numerator: term(Number(item.count), item.count, item.label),
      denominator: term(whole, String(whole), "所列合计"),
      bound: "equal",
    });
  }
  return out;
}
