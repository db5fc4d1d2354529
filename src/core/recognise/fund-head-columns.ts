import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { unitTerm } from "../relations/terms";
import { amountAt, copiesAbove, copiesEnd, copiesLeft } from "./cells";
import { fundLabelKind, unitNear } from "./budget";
import { FUND_LABEL_TAIL, FUND_TOTAL_LABEL, FUND_WHOLE_LABEL, FUND_YEAR_LABEL } from "./vocabulary";

/**
 * (tgt52) A target form's fund head with its parts in columns: the whole's column, then the parts' columns right of it,
 * the amounts on the lines under the head.
 *   本年度预计投入(万元) | 财政资金(万元) over 中央 | 省级 | 市级资金 | 本级 | 其他      (湖南's 专项资金预算绩效目标申报表)
 *   总额 | 基本支出 over 合计 | 财政拨款 | … | 项目支出 over 合计 | 财政拨款 | …     (四川's 部门整体支出绩效目标申报表)
 *   全年中央补助资金 | 其中:免学费补助 over 小计 | 提前下达 | 本次下达 | 其中:国家助学金 over 小计 | …
 * The whole's head is a fund total's, a project's whole or its year's budget (or any, where every part's head says 其中);
 * each part's head is a fund part's (财政, 中央 / 省 / 市 / 县, 其他, 基本支出 / 项目支出, 其中:…) — a head merged over
 * sub-columns is one part, its 小计 / 合计 sub-column its amount, or, with none, each sub-column a part where every one is
 * a fund part's. Two parts or more; the run of parts ends at the first head of another kind. On each line under the
 * head while the whole's column holds an amount: whole = Σ parts (a blank part none).
 */

const MIN_PARTS = 2;
/** a head of a column that measures, not a part: 上年数 | 本年数, 执行率, 占比 */
const NOT_PART_COLUMN = /(?:数|率|比|比重|%)$|^(?:本年|上年|当年)度?$/;
/** a group's own total sub-column */
const GROUP_TOTAL = /^(?:小计|合计)$/;
const OF_WHICH = /^其中/;

const partHead = (compact: string): boolean => {
  const bare = compact.replace(FUND_LABEL_TAIL, "");
  return !!bare && !NOT_PART_COLUMN.test(bare) && fundLabelKind(bare, true) === "part";
};

/** The part columns right of the whole's head at (h, c2 + 1 …), the head's lines h…end: [column, head] each, or null. */
function partColumns(grid: Grid, h: number, from: number, end: number): { col: number; head: string }[] | null {
  const out: { col: number; head: string }[] = [];
  for (let cc = from; cc <= grid.scanCols; ) {
    if (!grid.ownsCell(h, cc)) break;
    const head = grid.compactText(h, cc);
    // a column with no head: passed over where nothing is under it (a blank column inserted), else the run is unknown
    if (!head && end + 1 <= grid.rowCount && grid.compactText(end + 1, cc)) return null;
    if (!head && cc < grid.scanCols && grid.compactText(h, cc + 1)) {
      cc++;
      continue;
    }
    if (!head || !partHead(head)) break;
    // (tgt52b) a run's first head written again from the cell left of it is that cell's copy, not a part
    if (cc === from && copiesLeft(grid, h, cc)) return null;
    const m = grid.mergeAt(h, cc);
    const last = m ? m.c2 : groupEnd(grid, h, cc, end);
    if (last > cc) {
      // a group over sub-columns: its 小计 / 合计, or each sub-column a part
      if (end <= h) return null;
      const subs: number[] = [];
      let own = 0;
      let others = false;
      for (let sc = cc; sc <= last; sc++) {
        if (!grid.ownsCell(h + 1, sc)) continue;
        const t = grid.compactText(h + 1, sc);
        if (GROUP_TOTAL.test(t)) own = own || sc;
        else if (partHead(t)) subs.push(sc);
        else others = true;
      }
      if (own) out.push({ col: own, head });
      else if (subs.length && !others) for (const sc of subs) out.push({ col: sc, head: grid.compactText(h + 1, sc) });
      else return null;
    } else out.push({ col: cc, head });
    cc = last + 1;
  }
  return out.length >= MIN_PARTS ? out : null;
}

/**
 * (tgt52b) The last column of a group's head at (h, c) whose merge across was undone or filled across: its sub-heads on
 * the line under (the first one not the head's copy, 小计 | 提前下达 under 其中:免学费补助), the head's cells right of it
 * blank or the head again while a sub-head stands under them; c itself where the line under is blank at c (a column
 * headed on its own line, merged down or not).
 */
function groupEnd(grid: Grid, h: number, c: number, end: number): number {
  if (end <= h) return c;
  const head = grid.compactText(h, c);
  const under = grid.compactText(h + 1, c);
  if (!under || under === head || amountAt(grid, h + 1, c)) return c;
  let last = c;
  for (let cc = c + 1; cc <= grid.scanCols && grid.ownsCell(h, cc) && grid.ownsCell(h + 1, cc); cc++) {
    const t = grid.compactText(h, cc);
    if ((t && t !== head) || !grid.compactText(h + 1, cc) || amountAt(grid, h + 1, cc)) break;
    last = cc;
  }
  return last;
}

/**
 * (tgt52b) The last line of a whole's head at (h, w) with no merge down: the line under it where that line is a head's
 * (blank at w or the head again, no amount at w, a text head right of w), a merge down undone or filled down; h otherwise.
 */
function headEnd(grid: Grid, h: number, w: number, last: number): number {
  if (h + 1 > last || amountAt(grid, h + 1, w)) return h;
  const t = grid.compactText(h + 1, w);
  if (t && t !== grid.compactText(h, w)) return h;
  for (let cc = w + 1; cc <= grid.scanCols; cc++) if (grid.compactText(h + 1, cc) && !amountAt(grid, h + 1, cc)) return h + 1;
  return h;
}

export function fundHeadColumns(grid: Grid, firstRow: number, lastRow: number): SumRelation[] {
  const out: SumRelation[] = [];
  const last = Math.min(lastRow, grid.rowCount);
  for (let h = Math.max(1, firstRow); h < last; h++) {
    for (let w = 1; w <= grid.scanCols; w++) {
      if (!grid.ownsCell(h, w) || typeof grid.raw(h, w) !== "string") continue;
      // (tgt52b) a head's filled copy is read once, at its first cell
      if (copiesLeft(grid, h, w) || copiesAbove(grid, h, w)) continue;
      const compact = grid.compactText(h, w);
      const m = grid.mergeAt(h, w);
      const end = m ? m.r2 : headEnd(grid, h, w, last);
      const parts = partColumns(grid, h, (m ? m.c2 : copiesEnd(grid, h, w)) + 1, end);
      if (!parts) continue;
      const named = FUND_TOTAL_LABEL.test(compact) || FUND_WHOLE_LABEL.test(compact) || FUND_YEAR_LABEL.test(compact);
      if (!named && !parts.every((p) => OF_WHICH.test(p.head))) continue;
      const unit = unitNear(grid, h, w);
      const label = grid.text(h, w);
      for (let r = end + 1; r <= last; r++) {
        const total = amountAt(grid, r, w);
        if (!total || total.percent) break;
        const terms: RelationTerm[] = [];
        let ok = true;
        for (const p of parts) {
          const n = amountAt(grid, r, p.col);
          if (n && n.percent) ok = false;
          if (n) terms.push(unitTerm(n, p.head.replace(/^其中[:：]?/, ""), n.unit ?? unit));
        }
        if (!ok || !terms.length) break;
        out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "labelled-funds", orientation: "columns", label, total: unitTerm(total, label, total.unit ?? unit), parts: terms, bound: "equal" });
      }
    }
  }
  return out;
}
