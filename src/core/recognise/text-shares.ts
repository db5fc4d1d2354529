import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm, SumRelation } from "../model/types";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/**
 * Counts listed in a sentence with their shares, as a handling report breaks its letters down by kind ("从来信分类看,
 * 住房保障43件(30.2%);物业服务17件(12.3%);…", "投诉类826件,占总量的52.84%;咨询类211件,占总量13.5%;…"). Where the
 * printed shares add up to 100% the list is the whole breakdown, and its whole is the sum of its counts (139): each share
 * is its count over that whole. A list may round its shares so that they add up to 100 (each one step of its last digit
 * off, up or down: largest-remainder rounding); a share further off than that is miscomputed. Of a sentence's list the
 * share furthest off is stated as a ratio (one per cell, as every relation of a cell is: ratio-mismatch reports it); a
 * list whose shares are all within a step states none. Lists of fewer than three items, or whose shares do not add up
 * to 100 (the top five of the kinds: the whole is not the list's), state none.
 *
 * The whole may be stated too, right before the list its 其中 opens, in the same sentence or the one before it
 * ("11月份,热线共受理群众各类诉求284406件。其中,咨询类诉求124599件,占63.72%;…;其它类诉求9791件,占5.01%。", "共接到来电1000
 * 件,其中咨询类500件(50%)、…"): a count of the list's unit closing the text before 其中, nothing after it but a stop or the
 * whole's comparison with another period (同比增长5.2%, 较上月增加120件). A list
 * whose shares add up to 100 is the whole breakdown, so its counts must add up to that stated whole: a sum of counts
 * (total-mismatch reports it where they do not — 唐山 2024-11: 195532 listed, 284406 stated, the shares taken over the
 * 195532). A whole not closing the text before 其中 (a rate, a date, another clause between) is no whole of the list.
 */
const UNIT = "件|封|条|个|人次|人|户|次|项|家|所|名|起|宗|例";
/** the units of the counts a share is stated of (grad49b: stated-whole-shares.ts reads them too) */
export const SHARE_COUNT_UNITS = UNIT;
/** a count: digits, or digits in groups of three ("124,599") */
const COUNT_DIGITS = "\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+";
/** "住房保障43件(30.2%)" */
const BRACKETED = new RegExp(`([^\\d,，;；。、()（）:：]{1,16}?)(${COUNT_DIGITS})(${UNIT})[(（](?:占比?)?(\\d+(?:\\.\\d+)?)[%％][)）]`, "g");
/** "投诉类826件,占总量的52.84%", "举报类50件,占比量3.2%", "咨询类诉求124599件,占63.72%", "占比为3.2%" */
const OF_TOTAL = new RegExp(`([^\\d,，;；。、()（）:：]{1,16}?)(${COUNT_DIGITS})(${UNIT})[,，、]?占(?:比量?|总量的?|总数的?|全[市县区]总量的?)?(?:为|达)?(\\d+(?:\\.\\d+)?)[%％]`, "g");
/**
 * a comparison with another period closing the whole's clause ("同比增长5.2%", "环比下降0.16%", "较上月增加120件", "较上月同比
 * 增长1.3%"): said of the whole, no part of the list — passed over, back to the whole's count
 */
const COMPARISON_TAIL = /(?:[,，]?(?:同比|环比|较上月|较上年|较去年同期|比上月|比去年同期|与上月相比)[^,，。;；其\d]{0,6}?(?:增长|下降|增加|减少|上升|持平)(?:了)?(?:\d+(?:\.\d+)?(?:%|件|个百分点))?)+[,，:：;；]?$/;
/** the text before a list's 其中: a count (its digits, its unit) closing it, a stop at most after it */
const WHOLE_BEFORE = new RegExp(`(?:^|[^\\d.,])(${COUNT_DIGITS})(${UNIT})[,，:：;；]?$`);
/** the listed shares' sum within this of 100 (points): the list is the whole breakdown */
const WHOLE_SLACK = 0.5;
const MIN_ITEMS = 3;
/** a sheet with no such share in any text lists none (Grid.hasText) */
const ANY_SHARE = new RegExp(`\\d(?:${UNIT})(?:[(（](?:占比?)?\\d+(?:\\.\\d+)?[%％][)）]|[,，、]?占(?:比|总|全|为|达)?\\d?)`);

interface Item {
  label: string;
  count: string;
  /** the count's unit, '件' */
  unit: string;
  share: string;
}

/** a count's value ("124,599" → 124599) */
const countValue = (digits: string) => Number(digits.replace(/,/g, ""));

/**
 * The whole a list states before its 其中 (see above): the text from the sentence's start to the first item's count
 * holds 其中 with no digit after it; before it, or (其中 opening the sentence) at the end of the sentence before, a count of
 * the list's unit closes the text. Null where there is none.
 */
function statedWhole(sentences: string[], si: number, head: string, unit: string): { digits: string; unit: string; name: string } | null {
  const k = head.lastIndexOf("其中");
  if (k < 0 || /\d/.test(head.slice(k))) return null;
  let before = head.slice(0, k);
  if (/^[,，:：;；\s]*$/.test(before)) before = si > 0 ? sentences[si - 1] : "";
  before = before.replace(COMPARISON_TAIL, "");
  const m = WHOLE_BEFORE.exec(before);
  if (!m || m[2] !== unit) return null;
  // (its name: the clause's words before the count, from its 共 / 合计 on where it has one — 受理群众各类诉求)
  const clause = before.slice(0, m.index + m[0].indexOf(m[1])).split(/[,，;；:：]/).pop() ?? "";
  const name = clause.replace(/^.*?(共计|共|合计|总计|累计)/, "").slice(-16);
  return { digits: m[1], unit: m[2], name: name || "总数" };
}

export function textShares(grid: Grid): (RatioRelation | SumRelation)[] {
  const out: (RatioRelation | SumRelation)[] = [];
  if (!mayHoldSentence(grid, 12) || !grid.hasText(ANY_SHARE)) return out;
  for (const { row: r, col: c, text } of sentenceCells(grid, 12, ANY_SHARE)) {
    let worst: { item: Item; whole: number; off: number } | null = null;
    const sentences = text.split("。");
    for (let si = 0; si < sentences.length; si++) {
      const sentence = sentences[si];
      for (const re of [BRACKETED, OF_TOTAL]) {
        const items: Item[] = [];
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        /** the text up to the first item's count */
        let head = "";
        while ((m = re.exec(sentence))) {
          if (!items.length) head = sentence.slice(0, m.index) + m[1];
          items.push({ label: m[1].replace(/^(其中|主要为|分别为|分别是)/, ""), count: m[2], unit: m[3], share: m[4] });
        }
        if (items.length < MIN_ITEMS) continue;
        // (counts of different units, '涉及群众120人(40%);涉及企业30家(30%)': no parts of one whole, their shares of
        // something else — nothing checked)
        if (items.some((x) => x.unit !== items[0].unit)) continue;
        let shares = 0;
        let whole = 0;
        for (const x of items) {
          shares += Number(x.share);
          whole += countValue(x.count);
        }
        if (whole === 0 || Math.abs(shares - 100) > WHOLE_SLACK) continue;
        // (the whole stated before the list: the listed counts, the whole breakdown, add up to it)
        const stated = statedWhole(sentences, si, head, items[0].unit);
        if (stated) out.push(statedWholeSum(grid, r, c, stated.digits, stated.name, items));
        for (const x of items) {
          const dot = x.share.indexOf(".");
          const step = Math.pow(10, -(dot < 0 ? 0 : x.share.length - dot - 1));
          // (in steps of the share's last digit, beyond the one step a rounding to 100 may take)
          const off = Math.abs(Number(x.share) - (100 * countValue(x.count)) / whole) / step;
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
      numerator: term(countValue(item.count), item.count, item.label),
      denominator: term(whole, String(whole), "所列合计"),
      bound: "equal",
    });
  }
  return out;
}

/**
 * The listed counts of a sentence's breakdown against the whole stated before its 其中 (one sum of counts, in the cell).
 * Its parts run along the sentence, not down lines (orientation columns): no line past the sheet's end is one of them.
 */
function statedWholeSum(grid: Grid, r: number, c: number, digits: string, name: string, items: Item[]): SumRelation {
  const cell = grid.addr(r, c);
  const term = (d: string, label: string): RelationTerm => ({ cell, row: r, col: c, text: d, value: countValue(d), decimals: 0, percent: false, label });
  return {
    kind: "sum",
    id: `sum:count:${cell}:${digits}`,
    measure: "count",
    block: "fund-block",
    orientation: "columns",
    label: name,
    total: term(digits, name),
    parts: items.map((x) => term(x.count, x.label)),
    bound: "equal",
  };
}
