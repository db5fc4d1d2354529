import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { unitTerm } from "../relations/terms";
import { amountAt, copiesLeft } from "./cells";
import { lineTerm, unitNear } from "./budget";
import { nextFilledCol } from "./fund-whole-year";
import { FUND_TOTAL_LABEL, FUND_WHOLE_LABEL, FUND_YEAR_LABEL, NOT_A_FUND_LABEL } from "./vocabulary";

/**
 * (tgt52) A fund total broken down side by side under headings of their own (湖南's 部门整体支出绩效目标申报表):
 *   资金总额 | 222.45
 *   按收入性质分: | | 按支出性质分:
 *   公共财政拨款 | 222.45 | 基本支出 | 220.45
 *   政府性基金拨款 | | 项目支出 | 2
 * or written label and amount in one cell ("年初预算资金:183.58", "其中:公共财政拨款:183.18", "项目支出:"). Each heading's
 * lines add up to the total on their own; a blank line is no part. The lines under a heading are its parts whatever their
 * words (纳入专户管理的非税收入拨款): the heading says so. They end at a blank label, a long text, or an indicator's word,
 * and within the block's own label merged down beside them where the block has one (年度预算申请(万元) over A7:A12).
 */

/** a breakdown's heading alone in its cell: 按收入性质分:, 其中:按支出性质分 */
const HEADING = /^(?:其中[:：]?)?按[^:：]{1,8}分[:：]?$/;
/** a fund line written in one cell: its label, then its amount (or none yet: "项目支出:") */
const INLINE = /^(.{2,24}?)[:：](-?\d[\d,]*(?:\.\d+)?)?(万元|元)?$/;
/** the longest label of a line */
const LABEL_MAX = 24;

const totalLabel = (compact: string): boolean => FUND_TOTAL_LABEL.test(compact) || FUND_WHOLE_LABEL.test(compact) || FUND_YEAR_LABEL.test(compact);

/** The total stated at (r, c): a label with its amount right of it, or label and amount in the cell. */
function totalAt(grid: Grid, r: number, c: number, unit: AmountUnit | null): RelationTerm | null {
  const text = grid.compactText(r, c);
  const m = INLINE.exec(text);
  if (m && m[2] && totalLabel(m[1])) return lineTerm(grid, r, c, grid.text(r, c), m[2], m[1], m[3] ? (m[3] === "元" ? "元" : "万元") : unit);
  if (!totalLabel(text)) return null;
  const vc = nextFilledCol(grid, r, c);
  const n = vc ? amountAt(grid, r, vc) : null;
  return n && !n.percent ? unitTerm(n, grid.text(r, c).replace(/[:：]$/, ""), n.unit ?? unit) : null;
}

/** One line under a heading at (rr, hc), the next heading's column `stop`: its term, null for a line with no amount, or "end". */
function lineAt(grid: Grid, rr: number, hc: number, stop: number, unit: AmountUnit | null): RelationTerm | null | "end" {
  if (!grid.startsInRow(rr, hc)) return "end";
  const text = grid.compactText(rr, hc);
  if (!text || text.length > LABEL_MAX + 12 || NOT_A_FUND_LABEL.test(text) || HEADING.test(text) || totalLabel(text)) return "end";
  const label = text.replace(/^其中[:：]?/, "");
  const m = INLINE.exec(label);
  if (m) return m[2] ? lineTerm(grid, rr, hc, grid.text(rr, hc), m[2], m[1], m[3] ? (m[3] === "元" ? "元" : "万元") : unit) : null;
  if (label.length > LABEL_MAX || amountAt(grid, rr, hc)) return "end";
  const vc = nextFilledCol(grid, rr, hc);
  if (!vc || vc >= stop) return null;
  const n = amountAt(grid, rr, vc);
  return n && !n.percent ? unitTerm(n, label, n.unit ?? unit) : null;
}

export function fundBreakdownSides(grid: Grid, firstRow: number, lastRow: number): SumRelation[] {
  const out: SumRelation[] = [];
  const last = Math.min(lastRow, grid.rowCount);
  for (let r = Math.max(1, firstRow); r < last; r++) {
    // the headings on the next line
    const heads: number[] = [];
    // (tgt52b: a heading filled across its merge is one heading, read at its first cell)
    for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r + 1, c) && HEADING.test(grid.compactText(r + 1, c)) && !copiesLeft(grid, r + 1, c)) heads.push(c);
    if (!heads.length) continue;
    for (let c = 1; c <= heads[0]; c++) {
      if (!grid.ownsCell(r, c) || typeof grid.raw(r, c) !== "string") continue;
      const unit = unitNear(grid, r, c);
      const total = totalAt(grid, r, c, unit);
      if (!total) continue;
      // the block's own label merged down beside the lines bounds them
      const side = c > 1 ? grid.mergeAt(r, c - 1) : null;
      const end = Math.min(last, side && side.r2 > r + 1 ? side.r2 : last);
      const found: SumRelation[] = [];
      heads.forEach((hc, k) => {
        const stop = k + 1 < heads.length ? heads[k + 1] : grid.scanCols + 1;
        const parts: RelationTerm[] = [];
        let lines = 0;
        // (a heading with its first line in its own cell: "其中:公共财政拨款:183.18" under "按收入性质分:")
        for (let rr = r + 2; rr <= end; rr++) {
          const t = lineAt(grid, rr, hc, stop, unit);
          if (t === "end") break;
          lines++;
          if (t) parts.push(t);
        }
        if (!parts.length) return;
        found.push({ kind: "sum", id: `sum:amount:${total.cell}:${k + 1}`, measure: "amount", block: "labelled-funds", orientation: "rows", label: total.label ?? "", total, parts, bound: lines >= 2 ? "equal" : "atMost" });
      });
      // (the breakdown of most parts first: the merge keeps one relation per stated cell unless both break it into two or more)
      found.sort((a, b) => b.parts.length - a.parts.length);
      out.push(...found);
      break;
    }
  }
  return out;
}
