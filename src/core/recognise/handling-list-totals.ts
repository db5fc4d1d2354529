import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { agreesTyped } from "../relations/tolerance";
import { copiesEnd, copiesLeft, numberOrPointsAt } from "./cells";
import { handlingList, MeasuredList } from "./handling-lists";
import { GROUP_TOTAL_HEAD, HANDLING_RATE_HEADER } from "./vocabulary";

/**
 * (table54) The sums of an unscored handling list whose count head stands over a breakdown of it on header lines of its
 * own (序号 | 单位 | 派遣案件总数 over 总计 | 12345热线 | 政民互动, the two channels over 按时办结 | 超时办结 | 未办结 —
 * 宁国 12345 by unit, three header lines):
 * - the whole: the head's first sub-column headed 总计 / 合计 / 小计 (GROUP_TOTAL_HEAD) is each line's whole, the leaf
 *   columns under the rest of the head its parts (C = D + E + F + G + H + I);
 * - across the groups: a count column of the list beside the head, named by a leaf's word with a count's ending
 *   (按时办结数, 按时办结(件)), where that word heads a leaf under two groups at least, is those leaves' sum (J = D + G).
 * The head stands over its merge, or (merges undone or filled across) the run of its copies or of blank head cells over
 * sub-heads. Refused: a leaf headed by a total word too (the groups' own subtotals: the whole would count them twice), a
 * rate, or nothing; a leaf or a whole not a whole number ≥ 0 on some unit line; a head over one leaf. Read on the lines'
 * evidence only: on three unit lines at least, the sum holding on all of them but one (a slip is a slip; two are another
 * table's arithmetic).
 */
export function handlingListTotals(grid: Grid): SumRelation[] {
  const list = handlingList(grid);
  if (!list) return [];
  const h = list.headerRow;
  // (the header's lower lines: down to the first unit line)
  const last = list.rows[0] - 1;
  if (last <= h) return [];
  const out: SumRelation[] = [];
  for (const c of list.countCols) {
    if (copiesLeft(grid, h, c)) continue;
    const end = headEnd(grid, h, last, c);
    if (end <= c || !GROUP_TOTAL_HEAD.test(subHead(grid, h, last, c))) continue;
    const leaves: { col: number; word: string }[] = [];
    for (let k = c + 1; k <= end; k++) {
      const word = subHead(grid, h, last, k, true);
      if (!word || GROUP_TOTAL_HEAD.test(word) || HANDLING_RATE_HEADER.test(word)) break;
      leaves.push({ col: k, word });
    }
    if (leaves.length < 2 || leaves.length !== end - c) continue;
    const names = new Map(leaves.map((l) => [l.col, leafName(grid, h, last, l.col, c + 1)]));
    pushIfHeld(out, grid, list, c, leaves.map((l) => l.col), names);
    // (a count column beside the head named by a leaf word repeated under the groups: that word's sum across them)
    for (const j of list.countCols) {
      if (j >= c && j <= end) continue;
      const parts = leaves.filter((l) => l.word === countStem(grid.compactText(h, j))).map((l) => l.col);
      if (parts.length >= 2) pushIfHeld(out, grid, list, j, parts, names);
    }
  }
  return out;
}

/** a count head's ending after the counted thing's word: 按时办结数 → 按时办结, 按时办结(件) → 按时办结 */
const COUNT_ENDING = /(件数|数量|数)?(\((件|个|条|次|项)\))?$/;

function countStem(head: string): string {
  return head.replace(COUNT_ENDING, "");
}

/** The last column the head at (h, c) stands over: its merge's, its copies' (filled across), or the blank head cells
 *  right of it over sub-heads on the lines down to `last` (its merge undone). */
function headEnd(grid: Grid, h: number, last: number, c: number): number {
  const m = grid.mergeAt(h, c);
  if (m) return m.c1 === c && m.r2 === h ? m.c2 : c;
  let end = copiesEnd(grid, h, c);
  if (end > c) return end;
  while (end < grid.scanCols && grid.ownsCell(h, end + 1) && grid.compactText(h, end + 1) === "" && subHead(grid, h, last, end + 1) !== "") end++;
  return end;
}

/** The text heading column `c` on the header lines h+1..last: the first (or with `lowest`, the last) that has one. */
function subHead(grid: Grid, h: number, last: number, c: number, lowest = false): string {
  let out = "";
  for (let r = h + 1; r <= last; r++) {
    const t = grid.compactText(r, c);
    if (t && !lowest) return t;
    if (t) out = t;
  }
  return out;
}

/** A leaf's name: its heads on the header lines h+1..last, each the nearest text on its line from `from` on (a group's
 *  head merged over it, or written once with its merge undone), 12345热线按时办结. */
function leafName(grid: Grid, h: number, last: number, k: number, from: number): string {
  let out = "";
  for (let r = h + 1; r <= last; r++) {
    let x = k;
    while (x > from && grid.compactText(r, x) === "") x--;
    const t = grid.compactText(r, x);
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
function pushIfHeld(out: SumRelation[], grid: Grid, list: MeasuredList, total: number, parts: number[], names: Map<number, string>): void {
  const label = grid.compactText(list.headerRow, total);
  const lines: SumRelation[] = [];
  let off = 0;
  for (const r of list.rows) {
    const whole = countAt(grid, r, total);
    const terms = parts.map((k) => countAt(grid, r, k));
    if (!whole || terms.some((t) => !t)) return;
    const sum = terms.reduce((s, t) => s + t!.value, 0);
    if (!agreesTyped(whole, sum)) off++;
    lines.push({
      kind: "sum",
      id: `sum:count:${whole.cell}`,
      measure: "count",
      block: "amount-table",
      orientation: "columns",
      label: `${grid.compactText(r, list.unitCol)}${label}`,
      total: { ...whole, label },
      parts: terms.map((t, i) => ({ ...t!, label: names.get(parts[i]) })),
      bound: "equal",
    });
  }
  if (lines.length >= 3 && off <= 1) out.push(...lines);
}
