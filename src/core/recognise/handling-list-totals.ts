import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { agreesTyped } from "../relations/tolerance";
import { numberOrPointsAt } from "./cells";
import { handlingList, MeasuredList } from "./handling-lists";
import { GROUP_TOTAL_HEAD, HANDLING_RATE_HEADER } from "./vocabulary";

/**
 * (table54) The sums of an unscored handling list whose count head is merged over a breakdown of it, on header lines of
 * its own (序号 | 单位 | 派遣案件总数 over 总计 | 12345热线 | 政民互动, the two channels over 按时办结 | 超时办结 | 未办结 —
 * 宁国 12345 by unit, three header lines):
 * - the whole: the head's first sub-column headed 总计 / 合计 / 小计 (GROUP_TOTAL_HEAD) is each line's whole, the leaf
 *   columns under the rest of the head its parts (C = D + E + F + G + H + I);
 * - across the groups: a count column of the list beside the head, named by a leaf's word with a count's ending
 *   (按时办结数, 按时办结(件)), where that word heads a leaf under two groups at least, is those leaves' sum (J = D + G).
 * Refused: a leaf headed by a total word too (the groups' own subtotals: the whole would count them twice) or a rate;
 * a leaf or a whole not a whole number ≥ 0 on some unit line; a head over one leaf. Read on the lines' evidence only: on
 * three unit lines at least, the sum holding on all of them but one (a slip is a slip; two are another table's
 * arithmetic).
 */
export function handlingListTotals(grid: Grid): SumRelation[] {
  const list = handlingList(grid);
  if (!list) return [];
  const below = grid.mergeAt(list.headerRow, list.unitCol)?.r2 ?? list.headerRow;
  if (below <= list.headerRow + 1) return [];
  const out: SumRelation[] = [];
  for (const c of list.countCols) {
    const m = grid.mergeAt(list.headerRow, c);
    if (!m || m.c1 !== c || m.r2 !== list.headerRow || m.c2 <= c) continue;
    if (!GROUP_TOTAL_HEAD.test(subHead(grid, list.headerRow, below, c))) continue;
    const leaves = leafColumns(grid, below, c + 1, m.c2);
    if (!leaves || leaves.length < 2) continue;
    pushIfHeld(out, grid, list, below, c, leaves, grid.compactText(list.headerRow, c));
    // (a count column beside the head named by a leaf word repeated under the groups: that word's sum across them)
    const words = new Map<string, number[]>();
    for (const k of leaves) words.set(grid.compactText(below, k), [...(words.get(grid.compactText(below, k)) ?? []), k]);
    for (const j of list.countCols) {
      if (j >= c && j <= m.c2) continue;
      const parts = words.get(countStem(grid.compactText(list.headerRow, j)));
      if (parts && parts.length >= 2) pushIfHeld(out, grid, list, below, j, parts, grid.compactText(list.headerRow, j));
    }
  }
  return out;
}

/** a count head's ending after the counted thing's word: 按时办结数 → 按时办结, 按时办结(件) → 按时办结 */
const COUNT_ENDING = /(件数|数量|数)?(\((件|个|条|次|项)\))?$/;

function countStem(head: string): string {
  return head.replace(COUNT_ENDING, "");
}

/** The text heading column `c` on the header lines under `head` down to `below` (its first one that has text). */
function subHead(grid: Grid, head: number, below: number, c: number): string {
  for (let r = head + 1; r <= below; r++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) return grid.compactText(r, c);
  return "";
}

/** The leaf columns from..to: each headed on the last header line (or by a head merged down to it over that column
 *  alone); null where one is not, or is headed by a total or a rate. */
function leafColumns(grid: Grid, below: number, from: number, to: number): number[] | null {
  const out: number[] = [];
  for (let k = from; k <= to; k++) {
    const m = grid.mergeAt(below, k);
    if (m && m.c2 > m.c1) return null;
    const word = m ? grid.compactText(m.r1, m.c1) : grid.compactText(below, k);
    if (!word || GROUP_TOTAL_HEAD.test(word) || HANDLING_RATE_HEADER.test(word)) return null;
    out.push(k);
  }
  return out;
}

/** A leaf's name: the heads over it below the list's head line down to `below`, its group's and its own (12345热线按时办结). */
function leafLabel(grid: Grid, head: number, below: number, k: number): string {
  let out = "";
  for (let r = head + 1; r <= below; r++) {
    const m = grid.mergeAt(r, k);
    const t = m ? grid.compactText(m.r1, m.c1) : grid.compactText(r, k);
    if (t && !out.endsWith(t)) out += t;
  }
  return out;
}

/** A whole count (≥ 0, no fraction, no percent) at (r, c), or null. */
function countAt(grid: Grid, r: number, c: number): RelationTerm | null {
  const v = numberOrPointsAt(grid, r, c);
  return v && !v.percent && v.value >= 0 && Math.abs(v.value - Math.round(v.value)) < 1e-9 ? v : null;
}

/** Column `total` = the columns `parts` on each unit line, pushed where it holds on all lines but one at most (three lines at least). */
function pushIfHeld(out: SumRelation[], grid: Grid, list: MeasuredList, below: number, total: number, parts: number[], label: string): void {
  const lines: SumRelation[] = [];
  let off = 0;
  for (const r of list.rows) {
    const whole = countAt(grid, r, total);
    const terms = parts.map((k) => countAt(grid, r, k));
    if (!whole || terms.some((t) => !t)) return;
    const sum = terms.reduce((s, t) => s + t!.value, 0);
    if (!agreesTyped(whole, sum)) off++;
    const unit = grid.compactText(r, list.unitCol);
    lines.push({
      kind: "sum",
      id: `sum:count:${whole.cell}`,
      measure: "count",
      block: "amount-table",
      orientation: "columns",
      label: `${unit}${label}`,
      total: { ...whole, label },
      parts: terms.map((t, i) => ({ ...t!, label: leafLabel(grid, list.headerRow, below, parts[i]) })),
      bound: "equal",
    });
  }
  if (lines.length >= 3 && off <= 1) out.push(...lines);
}
