import type { Grid } from "../grid/grid";
import type { GradeRelation, Relation } from "../model/types";
import { COMPLETION_RATE_NAME, COMPLETION_STATES, NOTE_COLUMN_HEADER } from "./vocabulary";

/**
 * A completion rate's state noted beside it (目标任务 | 进度 | 完成目标(%) | 备注: 123.4 | 超额完成, 100 | 已完成): each
 * stated ratio named for completion (COMPLETION_RATE_NAME) whose line holds, in the column headed 备注/说明 on the
 * rate's header line, one of the states (COMPLETION_STATES). The note must agree with the rate as the sheet shows it
 * (超额完成 above 100, 已完成 at 100 or above, 未完成 below 100): a grade of the rate by fixed bands (GradeRelation,
 * source "completion-note", evaluated by the rule completion-note-mismatch). A line above 100 with its note left blank is one too
 * (grade ""), where the column notes 超额完成 on two other lines or more: the sheet's own practice says so.
 */

/** a number as a cell's text shows it (123.4, 1,200, 107.76%) */
const NUMBER_TEXT = /^[-+]?[\d.,]+%?$/;
/** lines of a column noting 超额完成 before a blank note above 100 is a missing one */
const NOTED_OVER = 2;

export function completionNotes(grid: Grid, relations: readonly Relation[]): GradeRelation[] {
  const found: { r: GradeRelation; state: string }[] = [];
  const headOf = new Map<number, number>();
  // the header line found per column, and the row it was asked for: a later row of the column scans up to that row
  // only (the ratios of a list come down its lines: linear over the list, not a scan per line)
  const above = new Map<number, { h: number; from: number }>();
  const textAt = (r: number, c: number) => {
    const t = grid.compactText(grid.anchorRow(r, c), c);
    return t !== "" && !NUMBER_TEXT.test(t);
  };
  // (by index: every relation of a long table, an iterator's result each where the loop is not yet optimised)
  for (let i = 0; i < relations.length; i++) {
    const x = relations[i];
    if (x.kind !== "ratio" || !COMPLETION_RATE_NAME.test(x.name)) continue;
    const s = x.stated;
    // the rate's header line: the first text above it in its column
    const known = above.get(s.col);
    let h = s.row - 1;
    const stop = known && known.from <= s.row ? known.from : 0;
    while (h >= 1 && h >= stop && !textAt(h, s.col)) h--;
    if (h < stop && known) h = known.h;
    above.set(s.col, { h, from: s.row });
    if (h < 1) continue;
    const key = h * 100_000 + s.col;
    let note = headOf.get(key);
    if (note === undefined) {
      note = 0;
      for (let c = s.col + 1; c <= grid.scanCols && !note; c++) if (grid.anchorCol(h, c) === c && NOTE_COLUMN_HEADER.test(grid.compactText(grid.anchorRow(h, c), c))) note = c;
      headOf.set(key, note);
    }
    if (!note || !grid.ownsCell(s.row, note)) continue;
    const text = grid.compactText(s.row, note);
    const state = text ? (COMPLETION_STATES.find(([, re]) => re.test(text))?.[0] ?? null) : "";
    if (state === null) continue;
    // the rate in percentage points as shown (123.4 under 完成目标(%), 107.76% formatted as a percent)
    const points = s.percent || (x.statedInPoints !== true && Math.abs(s.value) <= 1.5 && !/\(%\)|％/.test(x.label)) ? s.value * 100 : s.value;
    const decimals = s.decimals === null ? null : s.percent ? Math.max(0, s.decimals - 2) : s.decimals;
    found.push({
      state,
      r: {
        kind: "grade",
        id: `grade:rate:${grid.addr(s.row, note)}`,
        measure: "rate",
        label: x.name,
        block: x.block,
        bound: "equal",
        source: "completion-note",
        grade: { cell: grid.addr(s.row, note), row: s.row, col: note, value: text, text: grid.text(s.row, note) },
        total: { ...s, value: points, decimals, percent: false, label: x.label },
      },
    });
  }
  // (a blank note is one only where the column notes 超额完成 on other lines)
  const overByCol = new Map<number, number>();
  for (const f of found) if (f.state === "over") overByCol.set(f.r.grade.col, (overByCol.get(f.r.grade.col) ?? 0) + 1);
  return found.filter((f) => f.state !== "" || (f.r.total.value > 100 && (overByCol.get(f.r.grade.col) ?? 0) >= NOTED_OVER)).map((f) => f.r);
}
