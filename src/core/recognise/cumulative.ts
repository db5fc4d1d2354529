import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { amountAt } from "./cells";
import { groupKeys } from "./group-heads";
import { CUMULATIVE_HEAD, NOT_ADDITIVE_NAME, OTHER_YEAR_HEAD, PERIOD_HEAD } from "./vocabulary";

/**
 * A running total beside what it runs over, in the columns of one header line:
 * - 累计 beside the period's own figure (本月完成 | 累计完成, 当月支出 | 累计支出): on every line the 累计 is at least
 *   the month's (the month is one of the months it adds up);
 * - 累计 month on month (1-10月累计完成 | 1-11月累计完成, 上月累计 | 本月累计): the later is at least the earlier.
 * Each is a bound (SumRelation, bound "atMost": the total 累计 over the one part it holds), evaluated by total-mismatch
 * with the shown-precision policy like any 其中. Both columns must count the same thing (their names equal once the
 * period words, 累计 and the unit are taken off: 完成 and 完成, 支出数 and 支出) in the same unit; a rate or a share
 * (累计完成率) is no running total, and a column of another year (上年同期累计) is no part of this one.
 * A cell holds one bound at most (relations are merged by stated cell): the earlier 累计 where the line has one, else
 * the month's figure.
 */

/** a header cell that may name a running total or a period: short, no sentence */
const MAX_HEAD = 20;
/** a unit in parentheses at the end of a head: (万元), (人), (%) */
const UNIT_SUFFIX = /\(([^()]{1,6})\)$/;
/** the month a head names the year so far to (1-11月累计, 截至10月底), or 上月 / 本月 */
const MONTH_TO = /(\d{1,2})月(底|末|份)?(止)?/g;
/** words that only say which period: taken off before two heads are compared */
const PERIOD_WORDS = /(\d{1,2}|[一二三四五六七八九十]{1,3})[-—~～至到](?=\d{1,2}月|[一二三四五六七八九十]{1,3}月)|本月|当月|本期|本季度?|当季|上月|上期|累计|截至|截止|至今|自?年初|(\d{1,2}|[一二三四五六七八九十]{1,3})月(底|末|份)?(止)?|[-—~～至到]|以来/g;

interface Head {
  col: number;
  /** what is counted (完成, 支出, 完成投资) */
  core: string;
  unit: string;
  cumulative: boolean;
  /** the cumulative column's place in time: the month it runs to, or 0 for 上月 and 1 for 本月 (rank kind "word") */
  rank: number | null;
  rankKind: "month" | "word" | null;
  /** the group head the column stands under on the line above (group-heads.ts); 0 where the line above groups none */
  group: number;
}

function readHead(text: string, col: number): Head | null {
  if (!text || text.length > MAX_HEAD || NOT_ADDITIVE_NAME.test(text) || OTHER_YEAR_HEAD.test(text)) return null;
  const cumulative = CUMULATIVE_HEAD.test(text);
  if (!cumulative && !PERIOD_HEAD.test(text)) return null;
  const unit = UNIT_SUFFIX.exec(text)?.[1] ?? "";
  const bare = text.replace(UNIT_SUFFIX, "");
  const core = bare.replace(PERIOD_WORDS, "").replace(/(数|额|金额|情况)$/, "");
  let rank: number | null = null;
  let rankKind: Head["rankKind"] = null;
  if (cumulative) {
    let last: RegExpExecArray | null = null;
    MONTH_TO.lastIndex = 0;
    for (let m = MONTH_TO.exec(bare); m; m = MONTH_TO.exec(bare)) last = m;
    if (last) {
      rank = Number(last[1]);
      rankKind = "month";
    } else if (/^(上月|上期)/.test(bare)) {
      rank = 0;
      rankKind = "word";
    } else if (/^(本月|当月|本期)/.test(bare)) {
      rank = 1;
      rankKind = "word";
    }
  }
  return { col, core, unit, cumulative, rank, rankKind, group: 0 };
}

/** The part each cumulative column is bounded by on the header line: the earlier 累计 of the same thing, else the period's figure. */
function pairsOf(heads: Head[]): [Head, Head][] {
  const out: [Head, Head][] = [];
  for (const q of heads) {
    if (!q.cumulative) continue;
    let earlier: Head | null = null;
    let period: Head | null = null;
    // (the period's figure is in the latest 累计 only: 1-10月累计 does not hold November's 本月, nor 上月累计 this month's)
    let latest = true;
    for (const p of heads) {
      // (a column pairs only with one under its own group head: 收入's 当月 | 累计 and 支出's, side by side)
      if (p === q || p.core !== q.core || p.unit !== q.unit || p.group !== q.group) continue;
      if (p.cumulative) {
        const comparable = q.rank !== null && p.rank !== null && p.rankKind === q.rankKind;
        if (comparable && p.rank! < q.rank! && (!earlier || p.rank! > earlier.rank!)) earlier = p;
        if (comparable && p.rank! > q.rank!) latest = false;
      } else if (!period) period = p;
    }
    const part = earlier ?? (latest && !(q.rankKind === "word" && q.rank === 0) ? period : null);
    if (part) out.push([q, part]);
  }
  return out;
}

/** how many lines without both numbers end a column's run */
const GAP = 2;

export function cumulativeBounds(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  // (a sheet with no running total's word in any text has no such header: Grid.hasText)
  if (!grid.hasText(CUMULATIVE_HEAD)) return out;
  for (let h = 1; h < grid.rowCount; h++) {
    // cheap test first: a cell of the line names a running total
    let any = false;
    for (let c = 1; c <= grid.scanCols && !any; c++) if (grid.ownsCell(h, c) && typeof grid.raw(h, c) === "string") any = CUMULATIVE_HEAD.test(grid.compactText(h, c));
    if (!any) continue;
    const heads: Head[] = [];
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(h, c) || amountAt(grid, h, c)) continue;
      const x = readHead(grid.compactText(h, c), c);
      if (x) heads.push(x);
    }
    // (under a line of group heads — 一般公共预算收入 over 当月 | 累计, 一般公共预算支出 over the same — each group its own set)
    const groups = heads.length >= 2 ? groupKeys(grid, h, heads.map((x) => x.col)) : null;
    if (groups) for (const x of heads) x.group = groups.get(x.col)!;
    // (the lines read under this header are not asked again as headers: one pass over a long list)
    let read = h;
    for (const [q, p] of pairsOf(heads)) {
      // the lines under the header (its cells merged down: under the merge)
      const first = Math.max(grid.mergeAt(h, q.col)?.r2 ?? h, grid.mergeAt(h, p.col)?.r2 ?? h) + 1;
      let gap = 0;
      for (let r = first; r <= grid.rowCount && gap < GAP; r++) {
        read = Math.max(read, r - 1);
        const total = amountAt(grid, r, q.col);
        const part = amountAt(grid, r, p.col);
        if (!total || !part) {
          // a line of text in the running total's column is another header: the run ends
          if (!total && grid.compactText(r, q.col) && !/^[-—/／]+$/.test(grid.compactText(r, q.col))) break;
          gap++;
          continue;
        }
        gap = 0;
        if (total.percent || part.percent || total.value < 0 || part.value < 0) continue;
        const label = grid.compactText(h, q.col);
        const term = (n: NonNullable<ReturnType<typeof amountAt>>, name: string): RelationTerm => ({ ...n, label: name });
        out.push({
          kind: "sum",
          id: `sum:amount:${total.cell}:cumulative`,
          measure: "amount",
          block: "amount-table",
          orientation: "columns",
          label,
          total: term(total, label),
          parts: [term(part, grid.compactText(h, p.col))],
          bound: "atMost",
          running: true,
        });
      }
    }
    h = read;
  }
  return out;
}
