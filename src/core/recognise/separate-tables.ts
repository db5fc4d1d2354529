import type { Grid } from "../grid/grid";
import type { SumRelation } from "../model/types";
import { amountAt } from "./cells";
import { proseQuantities, proseText } from "./prose-rates";

/**
 * A document's tables, each the detail of its own paragraph (a 公告: '一、…资金3639.66万元。…' over 序号 | 辖区 | 补助资金(万元)
 * … 合计 3639.66, then '二、…补贴480万元。…' over 序号 | 辖区 | 数量(个) | 补助资金(万元) … 合计 480): the first table's 合计
 * closes that section's table, not the sheet — no one of them states the sheet's whole (the whole, where there is one, is the
 * prose's: 4239.66 above them all). True where another table below the first grand row `grand` (a grand row outside the
 * first list's `lines`, its lines under a header line of its own below `grand` — `headerOf`, the list reader's header right
 * above a first line — naming two columns or more) is introduced by a paragraph between the two stating that table's total
 * as money ('…补贴480万元。'), and the first grand row does not hold that total among its own figures (a summary table's
 * 分项合计 line holds each detail table's total: 附件1 汇总表 over 附件2's 合计 39 — the summary's total is the sheet's).
 * A second block under the same header (歲入合計, a section line, 歲出合計) has no header of its own; captioned tables
 * (表1 …, 表2 …; 附件1, 附件2) no paragraph stating the next one's total: the first table's 合计 stays the sheet's total.
 */
export function sectionTableBelow(grid: Grid, grand: number, lines: ReadonlySet<number>, rows: readonly SumRelation[], headerOf: (firstLine: number) => number): boolean {
  const below = new Map<number, SumRelation[]>();
  for (const r of rows) if (r.total.row > grand && !lines.has(r.total.row)) below.set(r.total.row, [...(below.get(r.total.row) ?? []), r]);
  for (const [g, sums] of below) {
    let first = g;
    for (const r of sums) for (const p of r.parts) if (p.row < first) first = p.row;
    if (first <= grand + 1) continue;
    const h = headerOf(first);
    if (h <= grand || !namesColumns(grid, h)) continue;
    const totals = sums.map((r) => r.total.value);
    if (holdsAny(grid, grand, totals)) continue;
    for (let r = grand + 1; r < h; r++) if (statesMoney(grid, r, totals)) return true;
  }
  return false;
}

/** a line naming two columns or more, each in a cell of its own */
function namesColumns(grid: Grid, r: number): boolean {
  let n = 0;
  for (let c = 1; c <= grid.scanCols && n < 2; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) n++;
  return n >= 2;
}

/** line `r` holds one of `values` in a number cell of its own */
function holdsAny(grid: Grid, r: number, values: readonly number[]): boolean {
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const n = amountAt(grid, r, c);
    if (n && values.some((x) => Math.abs(x - n.value) < 0.005)) return true;
  }
  return false;
}

/** line `r`'s first text (a paragraph: one cell, merged across or alone) states one of `values` as money */
function statesMoney(grid: Grid, r: number, values: readonly number[]): boolean {
  let text = "";
  for (let c = 1; c <= grid.scanCols && !text; c++) if (grid.ownsCell(r, c)) text = grid.text(r, c);
  // (cheap pre-test: a paragraph's money has a 元 in it)
  if (text.indexOf("元") < 0) return false;
  for (const q of proseQuantities(proseText(text))) if (q.kind === "money" && values.some((x) => Math.abs(x - q.value) < 0.005)) return true;
  return false;
}
