import type { Grid } from "../grid/grid";
import type { Relation, RelationTerm, RatioRelation } from "../model/types";
import { proseDigits } from "../recognise/prose-rates";
import { sentenceCells } from "../recognise/sentence-cells";
import { withoutCopyMarks } from "../text/copy-marks";
import { ratioAgrees } from "./tolerance";
import { unbracketed } from "../recognise/changed-parts";

/*
 * (rel61b, session 61) **A part's share of a whole the share names, the whole stated in a sentence before** — a bulletin
 * states the whole, then under 其中 each part with its share of it by name:
 *   '…一般公共预算收入完成151亿元,同比增加21亿元,增长16.2%。其中:税收收入完成95.1亿元,增长19.9%,占一般公共预算收入的63%;非税收入
 *    完成55.9亿元,增长10.4%,占一般公共预算收入的37%。'        (95.1 / 151 = 62.98% → 63 ✓; 55.9 / 151 = 37.02% → 37 ✓)
 *   '一般公共预算收入565.4亿元,完成预算104.6%,…。其中,税收收入495亿元,同比增长17.7%,占一般公共预算收入比重87.6%。'
 *                                                                (495 / 565.4 = 87.55% → 87.6 ✓)
 * The readers of shares take the base from the share's own sentence; here the share names it ('占<name>(的|比重)(为)p%') and the
 * name is the subject of one amount of money in an earlier sentence of the cell (the name, then at most 累计 / 完成 / 实现 / 为 /
 * 达, then the amount). The evidence is the name: the base is the one amount that name is given before.
 * The part: the one amount of money of the share's group (back to the last ';' or '。'), its other amounts a change's
 * ('同比增收…万元'); refused where the group holds two amounts of its own. Refused: a name of a plan or a period (年初预算,
 * 预算数, 计划, 任务, 目标, 上年, 同期: the share is a completion rate against a figure the sentence names itself), a name given two
 * amounts before (which one is the base is not said), a name found in the share's own sentence (the sentence readers').
 *
 * The amounts are rounded as printed: a rate that agrees with them only somewhere within their rounding, and not as printed,
 * is not read (no flag either way).
 *
 * Cheap: Grid.hasText('占') and a cell test ('占…%') before any sentence is read.
 */

const SHARE = /占(?:到)?([\u4e00-\u9fa5]{4,20}?)(?:的)?(?:比重|比例)?(?:为|达)?(\d+(?:\.\d+)?)%/g;
const NOT_BASE = /年初预算|调整预算|预算数|预算的|计划|任务|目标|上年|同期|去年|全年/;
const MONEY = /(\d+(?:\.\d+)?)(亿元|万元|元)/g;
const SCALE: Record<string, number> = { 亿元: 1e8, 万元: 1e4, 元: 1 };
/** words before an amount in its clause that make it a change's, not the part's */
const CHANGE = /比上年|较上年|同比|环比|增加|减少|增长|下降|增收|减收|增支|减支|调增|调减/;
const MIN_TEXT = 30;

/** half the last shown unit of an amount's digits, in the unit it is compared in */
const halfUnit = (digits: string, scale: number) => 0.5 * Math.pow(10, -((digits.split(".")[1] ?? "").length)) * scale;
/** the printed rate's interval meets the ratios the two amounts give anywhere within their rounding */
function withinRounding(digits: string, num: number, den: number, dn: number, dd: number): boolean {
  const points = Number(digits);
  const d = 0.5 * Math.pow(10, -((digits.split(".")[1] ?? "").length));
  const lo = ((num - dn) / (den + dd)) * 100;
  const hi = ((num + dn) / Math.max(den - dd, 1e-12)) * 100;
  return points + d >= lo && points - d <= hi;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The shares of a named whole stated before (see the module's note), but a ratio `found` already states at the cell with that value. */
export function namedWholeShares(grid: Grid, found: readonly Relation[]): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!grid.hasText("占")) return out;
  let stated: Set<string> | null = null;
  const statedRatios = () => {
    if (stated) return stated;
    stated = new Set<string>();
    for (const r of found) if (r.kind === "ratio") stated.add(`${r.stated.cell}|${Math.round(r.stated.value * 1e6)}`);
    return stated;
  };
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, /。[^。]*占[^。]{4,24}%/)) {
    const raw = proseDigits(withoutCopyMarks(grid.text(r, c)));
    if (!raw) continue;
    const text = unbracketed(raw);
    const cell = grid.addr(r, c);
    const term = (t: string, value: number, label: string, percent = false): RelationTerm => {
      const digits = t.replace(/[^\d.]/g, "");
      const d = digits.indexOf(".");
      return { cell, row: r, col: c, text: t, value, decimals: d < 0 ? 0 : digits.length - d - 1, percent, label };
    };
    SHARE.lastIndex = 0;
    let n = 0;
    for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
      const name = m[1].replace(/(?:的|比重|比例)+$/, "");
      if (name.length < 4 || NOT_BASE.test(name)) continue;
      const sentenceStart = text.lastIndexOf("。", m.index) + 1;
      if (sentenceStart === 0) continue;
      // the whole: the one amount the name is given in the sentences before (none in the share's own: the sentence readers')
      const subject = new RegExp(`${escape(name)}(?:累计)?(?:完成|实现|为|达到?)?(\\d+(?:\\.\\d+)?)(亿元|万元|元)`, "g");
      if (text.slice(sentenceStart, m.index).search(subject) >= 0) continue;
      const wholes = [...text.slice(0, sentenceStart).matchAll(subject)];
      if (wholes.length !== 1) continue;
      // the part: the one amount of money of the share's group not a change's
      const groupStart = Math.max(text.lastIndexOf(";", m.index), sentenceStart - 1) + 1;
      const group = text.slice(groupStart, m.index);
      const own: RegExpMatchArray[] = [];
      for (const a of group.matchAll(MONEY)) {
        if (a.index! > 0 && /[\d.]/.test(group[a.index! - 1])) continue;
        const clause = group.slice(Math.max(group.lastIndexOf(",", a.index!), group.lastIndexOf(":", a.index!)) + 1, a.index!);
        if (!CHANGE.test(clause)) own.push(a);
      }
      if (own.length !== 1) continue;
      const value = Number(m[2]) / 100;
      if (statedRatios().has(`${cell}|${Math.round(value * 1e6)}`)) continue;
      const w = wholes[0];
      const p = own[0];
      const same = w[2] === p[2];
      const num = same ? Number(p[1]) : Number(p[1]) * SCALE[p[2]];
      const den = same ? Number(w[1]) : Number(w[1]) * SCALE[w[2]];
      if (!(den > 0)) continue;
      // (the amounts are rounded too: where the rate printed agrees with them only somewhere within their rounding, and not
      // as printed, nothing is read — '495亿元' of '565.4亿元' is 87.55%, printed 87.6%: 495.4 / 565.4 gives it)
      const stated = term(`${m[2]}%`, value, "", true);
      if (!ratioAgrees(stated, num, den).ok && withinRounding(m[2], num, den, halfUnit(p[1], same ? 1 : SCALE[p[2]]), halfUnit(w[1], same ? 1 : SCALE[w[2]]))) continue;
      const label = `占${name}的比重`;
      out.push({
        kind: "ratio",
        id: `ratio:named-whole-share:${cell}:${n++}`,
        measure: "rate",
        block: "fund-block",
        name: label,
        label,
        bound: "equal",
        stated: term(`${m[2]}%`, value, label, true),
        numerator: term(p[0], num, group.slice(group.lastIndexOf(",", p.index!) + 1, p.index!).replace(/^其中:?/, "") || "部分"),
        denominator: term(w[0], den, name),
      });
    }
  }
  return out;
}
