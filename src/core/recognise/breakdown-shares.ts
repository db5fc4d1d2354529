import type { Grid } from "../grid/grid";
import type { RatioRelation, Relation, RelationTerm, SumRelation, Totals } from "../model/types";
import { amountAt } from "./cells";
import { shareOf } from "./grouped-shares";
import { GRAND_TOTAL_ROW } from "./vocabulary";

/**
 * A breakdown by class with its whole stated once beside it (a hotline's 月报: "受理总量 | 诉求来源 | 数量 | 占比 | 工单类型 |
 * 数量 | 占比" over "38447 | 电话 | 34859 | 90.67% | 咨询类 | 19651 | 51.11%" and five more lines, the 38447 merged down them):
 * on the header line one pair (count | share) at least — a share's head (占比, 比例, 比重, 百分比, 所占比例) right of a
 * count's column, whatever its head says (数量, 件数, 转派工单) — the classes' names in the column left of each count, and,
 * left of the first breakdown, the whole's column: a whole's head (受理总量, 总数, 合计, 总计 …) over one number on the first
 * line, merged down the lines or alone on them (a column with a number on each line is a table of wholes, grouped-shares.ts).
 * The lines run down while some breakdown has a count on them.
 *
 * Each breakdown is the whole's when its counts add up to it or its shares to 100 (the list complete): then its counts must
 * add up to the whole (a sum of counts: total-mismatch where they do not), and, where they do, each share is its count over
 * the whole (ratio-mismatch, at the shown precision). Where the counts do not add up, the shares are not checked as well:
 * one slip, one finding; where no breakdown adds up to the whole, the whole is that slip, told once (the first breakdown's sum). A breakdown whose counts fall short and whose shares do not reach 100 (the first few classes) is
 * not the whole's: nothing is read of it.
 *
 * A breakdown with no whole beside it, closed by its own 合计 / 总计 line (责任单位 | 转派工单 | 占比 over its lines and 总计 |
 * 18113 | 100%): each share is its count over the closing line's count, where the lines add up to it (a line that does
 * not is the sum's slip, which the readers of closing lines report) and the shares are of that whole (the closing line's
 * own share 100%, or the lines' shares adding up to 100). Only the shares are read of it (closedShares).
 *
 * Several tables stand on such a page (the breakdown, then a 责任单位 | 转派工单 | 占比 list closed by its 总计): the breakdown
 * standing first is the sheet's table where the page is of no family (breakdownHead).
 */

/** a share's head */
const SHARE_HEAD = /^(占比|比例|比重|百分比|所占比例|所占比重|占比率)(\(%\)|%)?$/;
/** the gate: a share's head word in some text */
const SHARE_WORD = /占比|比例|比重|百分比/;
/** the whole's head: 受理总量, 诉求总量, 总数, 合计, 总计, 共计 (a unit in brackets after it) */
const WHOLE_HEAD = /^([\u4e00-\u9fa5]{0,6}(总量|总数|总计|合计|共计)|总[\u4e00-\u9fa5]{1,4}数)(\((件|个|条|人|户|次|家|项|人次)\))?$/;
/** lines of a breakdown read at most */
const MAX_LINES = 60;
/** the shares' sum within this of 100 (points): the list is the whole breakdown */
const WHOLE_SLACK = 0.5;

interface Pair {
  /** the classes' column, the count's, the share's */
  cls: number;
  count: number;
  share: number;
}

export interface Breakdown {
  /** the header's line (its last) */
  head: number;
  whole: RelationTerm;
  /** the breakdowns that are the whole's, each with its lines' counts and shares */
  parts: { counts: RelationTerm[]; shares: (RelationTerm | null)[]; adds: boolean }[];
}

const found = new WeakMap<Grid, Breakdown[]>();

/** The sheet's breakdowns with their whole beside them (memoised per grid). */
export function breakdowns(grid: Grid): Breakdown[] {
  let b = found.get(grid);
  if (b === undefined) {
    b = read(grid);
    found.set(grid, b);
  }
  return b;
}

/** The first breakdown's header line and its whole as the sheet's total, or null. */
export function breakdownHead(grid: Grid): { headerRow: number; totals: Totals } | null {
  const b = breakdowns(grid)[0];
  if (!b) return null;
  const w = b.whole;
  return { headerRow: b.head, totals: { row: w.row, labelCell: grid.addr(b.head, w.col), weight: null, score: { cell: w.cell, row: w.row, col: w.col, value: w.value, text: w.text, decimals: w.decimals, percent: false } } };
}

export function breakdownShares(grid: Grid): Relation[] {
  const out: Relation[] = [];
  for (const b of breakdowns(grid)) {
    // (the whole against every breakdown, none adding up to it: the whole is the one slip, reported once — the first
    // breakdown's sum alone)
    const anyAdds = b.parts.some((p) => p.adds);
    b.parts.forEach((p, i) => {
      if (i > 0 && !anyAdds) return;
      const sum: SumRelation = {
        kind: "sum",
        id: `sum:count:${b.whole.cell}:${i}`,
        measure: "count",
        block: "amount-table",
        orientation: "rows",
        label: b.whole.label ?? "",
        total: b.whole,
        parts: p.counts,
        // (two breakdowns of one whole: each its own sum of the same cell)
        group: `breakdown:${b.whole.cell}:${i}`,
        bound: "equal",
      };
      out.push(sum);
      if (!p.adds || b.whole.value === 0) return;
      const points = p.shares.some((s) => s && !s.percent && s.value > 1.5);
      p.shares.forEach((s, k) => {
        if (!s) return;
        out.push(shareOf(s, p.counts[k], b.whole, points));
      });
    });
  }
  for (const r of closedShares(grid)) out.push(r);
  return out;
}

/** The shares of breakdowns closed by their own 合计 / 总计 line (see above): each share over the closing count. */
function closedShares(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!grid.hasText(SHARE_WORD)) return out;
  const { start, cols } = grid.textCells();
  const withWord = grid.textMatches(SHARE_WORD);
  for (let h = 1; h < grid.rowCount; h++) {
    for (let k = start[h]; k < start[h + 1]; k++) {
      if (withWord[k] !== 1) continue;
      const sc = cols[k];
      if (sc < 3 || !SHARE_HEAD.test(grid.compactText(h, sc))) continue;
      const cc = sc - 1;
      if (!grid.compactText(h, cc) || SHARE_HEAD.test(grid.compactText(h, cc))) continue;
      // (a whole beside it: read by breakdowns)
      let wc = cc - 2;
      while (wc > 1 && !grid.compactText(h, wc) && !grid.compactText(h + 1, wc)) wc--;
      if (wc >= 1 && WHOLE_HEAD.test(grid.compactText(h, wc))) continue;
      const lines: { count: RelationTerm; share: RelationTerm | null }[] = [];
      let closing: { count: RelationTerm; share: RelationTerm | null } | null = null;
      for (let r = h + 1; r <= Math.min(grid.rowCount, h + MAX_LINES); r++) {
        const n = amountAt(grid, r, cc);
        if (!n || n.percent) break;
        // (the line's name: its first text left of the count)
        let name = "";
        for (let c = 1; c < cc && !name; c++) if (grid.anchorCol(r, c) === c) name = grid.compactText(r, c);
        if (!name) break;
        const s = amountAt(grid, r, sc);
        const share = s ? { ...s, label: `${name}${grid.compactText(h, sc)}` } : null;
        if (GRAND_TOTAL_ROW.test(name)) {
          closing = { count: { ...n, label: name }, share };
          break;
        }
        lines.push({ count: { ...n, label: name }, share });
      }
      if (!closing || lines.length < 2 || closing.count.value === 0) continue;
      const sum = lines.reduce((a, l) => a + l.count.value, 0);
      if (Math.abs(sum - closing.count.value) > 1e-9) continue;
      const pts = (t: RelationTerm) => (t.percent ? t.value * 100 : t.value);
      const closedAtHundred = !!closing.share && Math.abs(pts(closing.share) - 100) < 1e-9;
      const hundred = lines.every((l) => l.share) && Math.abs(lines.reduce((a, l) => a + pts(l.share!), 0) - 100) <= WHOLE_SLACK;
      if (!closedAtHundred && !hundred) continue;
      const points = lines.some((l) => l.share && !l.share.percent && l.share.value > 1.5);
      for (const l of lines) {
        if (!l.share) continue;
        out.push(shareOf(l.share, l.count, closing.count, points));
      }
    }
  }
  return out;
}

function read(grid: Grid): Breakdown[] {
  const out: Breakdown[] = [];
  if (!grid.hasText(SHARE_WORD)) return out;
  const { start, cols } = grid.textCells();
  const withWord = grid.textMatches(SHARE_WORD);
  for (let h = 1; h < grid.rowCount; h++) {
    // the line's (count | share) pairs, each with its classes' column left of the count
    const pairs: Pair[] = [];
    for (let k = start[h]; k < start[h + 1]; k++) {
      if (withWord[k] !== 1) continue;
      const sc = cols[k];
      if (sc < 3 || !SHARE_HEAD.test(grid.compactText(h, sc))) continue;
      const cc = sc - 1;
      if (!grid.compactText(h, cc) || SHARE_HEAD.test(grid.compactText(h, cc)) || !grid.compactText(h, cc - 1)) continue;
      pairs.push({ cls: cc - 1, count: cc, share: sc });
    }
    if (!pairs.length) continue;
    // the whole's column: the nearest left of the first breakdown, under a whole's head (an empty column between, no head
    // and nothing on the first line, passed over)
    // (the first line under the header, blank lines a user spaced it out with passed over)
    let first = h + 1;
    while (first < grid.rowCount && first <= h + 3 && !grid.rowHasContent(first)) first++;
    let wc = pairs[0].cls - 1;
    while (wc > 1 && !grid.compactText(h, wc) && !grid.compactText(first, wc)) wc--;
    if (wc < 1 || !WHOLE_HEAD.test(grid.compactText(h, wc))) continue;
    const whole = amountAt(grid, first, wc);
    if (!whole || whole.percent) continue;
    // the lines: down while some breakdown has a count on them
    let last = first;
    for (let r = first + 1; r <= Math.min(grid.rowCount, first + MAX_LINES); r++) {
      if (!pairs.some((p) => { const n = amountAt(grid, r, p.count); return !!n && !n.percent && !!grid.compactText(r, p.cls); })) break;
      last = r;
    }
    if (last === first) continue;
    // the whole stated once: its cell merged down the lines or alone on them (or its merge filled down, an export: the same
    // number written again on each line)
    let once = true;
    for (let r = first + 1; r <= last && once; r++) {
      if (grid.anchorRow(r, wc) !== r || grid.compactText(r, wc) === "") continue;
      const again = amountAt(grid, r, wc);
      if (!again || again.value !== whole.value) once = false;
    }
    if (!once) continue;
    const parts: Breakdown["parts"] = [];
    for (const p of pairs) {
      const counts: RelationTerm[] = [];
      const shares: (RelationTerm | null)[] = [];
      let sharePoints = 0;
      let allShares = true;
      for (let r = first; r <= last; r++) {
        const name = grid.compactText(r, p.cls);
        const n = amountAt(grid, r, p.count);
        if (!name || !n || n.percent) continue;
        // (a closing line of the breakdown itself, 合计 | 38447 | 100%: no class of it)
        if (GRAND_TOTAL_ROW.test(name)) continue;
        counts.push({ ...n, label: name });
        const s = amountAt(grid, r, p.share);
        shares.push(s ? { ...s, label: `${name}${grid.compactText(h, p.share)}` } : null);
        if (s) sharePoints += s.percent ? s.value * 100 : s.value;
        else allShares = false;
      }
      if (counts.length < 2) continue;
      const sum = counts.reduce((a, n) => a + n.value, 0);
      const adds = Math.abs(sum - whole.value) < 1e-9;
      const hundred = allShares && Math.abs(sharePoints - 100) <= WHOLE_SLACK;
      if (adds || hundred) parts.push({ counts, shares, adds });
    }
    if (!parts.length) continue;
    out.push({ head: h, whole: { ...whole, label: grid.compactText(h, wc) }, parts });
    h = last;
  }
  return out;
}
