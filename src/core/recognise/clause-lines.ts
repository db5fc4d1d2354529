import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { clauseFullPoints } from "./rule-points";

/** One indicator's label over the clauses of its scoring rule, each clause on a line of its own with its full points. */
export interface ClauseSpan {
  /** the row of the label ("1.耕地保有量;基本农田保护(7分)") */
  labelRow: number;
  firstRow: number;
  lastRow: number;
  /** each line's full points, by row (firstRow … lastRow) */
  points: number[];
}

/**
 * A rule sheet without a 分值 column (考核指标 | 评分标准): an indicator's label merged down over two or more lines of the
 * 评分标准 column (or written on its first line, the name cell left blank on the lines below it), each line a clause of
 * its own that states its full points ("(1)…得3.5分,否则不得分。本项满分3.5分。" / "(2)…本项满分2.5分。" / "(3)…本项满分1分。").
 * The clauses are the indicator's items, each weighing its stated points (their sum is the label's points, where it
 * states them: "(7分)"). Every line of the span must state its points: a clause without them leaves the span alone
 * (the label is then read as one line, as before). One pass over the rows; the rule column's text is read only on
 * lines under a label of two lines or more.
 */
export function clauseSpans(grid: Grid, cols: Partial<Record<ColumnRole, number>>, nameCol: number, firstRow: number, endRow: number): Map<number, ClauseSpan> | null {
  const rule = cols.rubric;
  if (rule === undefined || cols.weight !== undefined || rule === nameCol) return null;
  // the level columns left of the name: a label starting there opens another group (an unmerged span ends)
  const levels = [cols.level1, cols.level2].filter((c): c is number => c !== undefined && c !== nameCol);
  let out: Map<number, ClauseSpan> | null = null;
  for (let r = firstRow; r <= endRow; r++) {
    if (!grid.startsInRow(r, nameCol) || grid.anchorRow(r, nameCol) !== r || !grid.text(r, nameCol)) continue;
    const m = grid.mergeAt(r, nameCol);
    if (m && m.c2 !== m.c1) continue; // a caption across columns, not a label
    let last = r;
    if (m && m.r2 > r) {
      last = Math.min(m.r2, endRow);
    } else {
      // unmerged: the lines below with a blank name cell and a clause of their own, no new group label
      for (let n = r + 1; n <= endRow; n++) {
        if (grid.mergeAt(n, nameCol) || grid.text(n, nameCol) || !grid.startsInRow(n, rule) || !grid.text(n, rule)) break;
        if (levels.some((c) => grid.startsInRow(n, c) && grid.anchorRow(n, c) === n && grid.text(n, c) !== "")) break;
        last = n;
      }
    }
    if (last === r) continue;
    const points: number[] = [];
    for (let n = r; n <= last; n++) {
      // (each line's own clause: a rule cell merged over lines is one rule, not a clause per line)
      const rm = grid.mergeAt(n, rule);
      const p = grid.startsInRow(n, rule) && (!rm || rm.r2 === rm.r1) ? clauseFullPoints(grid.text(n, rule)) : null;
      if (p === null) break;
      points.push(p);
    }
    if (points.length !== last - r + 1) {
      r = last;
      continue;
    }
    const span: ClauseSpan = { labelRow: r, firstRow: r, lastRow: last, points };
    out ??= new Map();
    for (let n = r; n <= last; n++) out.set(n, span);
    r = last;
  }
  return out;
}
