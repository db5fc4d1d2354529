import type { Grid } from "../grid/grid";
import { numberOrPointsAt } from "./cells";
import type { EvaluationModel, GroupScore, Indicator } from "../model/types";
import { hasCell } from "../model/indicator-row";

/**
 * A score printed once for a group of lines (dev46, session 46): a label spanning several lines that each state points
 * of their own (思想引领 over seven rules, 4分 + 4分 + 2分 + …), and one number in the score column for all of them — the
 * group's score, not its first line's ("思想引领 | rule 1 | 4分 | 21" then six more rules, the 21 = their 21 points).
 *
 * The class, in the layouts a publisher or an export gives it:
 * - merged: the score cell merged down over the lines of the label (F5:F11 beside B5:B11);
 * - on the first line only: the label printed once over the lines (its merge undone), the score on its first line, the
 *   others blank, the score above that line's own points;
 * - written on every line (a merge filled down): the same score on each line of the label, above every line's points.
 * Precision guards: two lines at least, each with points of its own in the points column (a line scored in its own
 * cell or a sub-item list is not it); without the merge, the score must exceed what the line (every line) states and
 * stay within the lines' points together — else it is the line's own slip (score-exceeds-weight keeps it) — unless the
 * group is cut (a line of it with no points read: the page stopped in it).
 *
 * The lines then carry no score of their own (claimedScore and scoreCell null: no missing score on them, no line's score
 * against its points); the group's score is kept in model.groupScores with the lines' points together (null where a
 * line's are not known): score-exceeds-weight checks it there, the total's score rollup counts it once.
 * Linear in the indicators, reading only the cells of their rows.
 */
export function readGroupScores(grid: Grid, model: EvaluationModel): void {
  const cols = model.columns;
  const sc = cols.score;
  const wc = cols.weight;
  const nc = cols.level3 ?? cols.level2 ?? cols.level1;
  const inds = model.indicators;
  if (sc === undefined || wc === undefined || nc === undefined || inds.length < 2 || sc <= nc) return;
  const out: GroupScore[] = [];
  const drop = new Set<Indicator>();
  for (let k = 0; k < inds.length - 1; k++) {
    const first = inds[k];
    if (first.childOfRow !== null || !ownPoints(grid, first, wc) || first.claimedScore === null || !grid.startsInRow(first.row, sc)) continue;
    const m = grid.mergeAt(first.row, sc);
    const merged = !!m && m.r1 === first.row && m.r2 > m.r1;
    let e = k + 1;
    let label = "";
    if (merged) {
      // the lines the score is merged down over (none a sub-item: a parent line's score over its parts is the parent's)
      while (e < inds.length && inds[e].row <= m!.r2 && inds[e].childOfRow === null) e++;
      if (e < inds.length && inds[e].row <= m!.r2) continue;
    } else {
      if (!grid.startsInRow(first.row, nc) || !grid.compactText(first.row, nc)) continue;
      label = grid.compactText(first.row, nc);
      // the lines of the label: blank under it (its merge undone) or printing it again (filled down)
      while (e < inds.length && inds[e].childOfRow === null && underLabel(grid, inds[e].row, first.row, nc, label, inds[e - 1].row)) e++;
    }
    // (a group is two lines at least: where the label holds one line, nothing is made for it — the lines of a table
    // each with a name of its own are all such, and a 2,000-line table made two arrays per line here)
    if (e - k < 2) continue;
    const weighted = inds.slice(k, e).filter((i) => ownPoints(grid, i, wc));
    if (weighted.length < 2) continue;
    const lastRow = inds[e - 1].row;
    // rows of the group's span past its last line read (a rule cut by the page: content, no points)
    const spanEnd = merged ? m!.r2 : labelSpanEnd(grid, lastRow, nc, label, e < inds.length ? inds[e].row : grid.rowCount + 1);
    let cut = false;
    for (let j = k; j < e; j++) if (!ownPoints(grid, inds[j], wc) && !inds[j].notApplicable) cut = true;
    for (let r = lastRow + 1; r <= spanEnd && !cut; r++) if (grid.rowHasContent(r)) cut = true;
    let points = 0;
    for (let j = k; j < e; j++) if (inds[j].weight !== null && !inds[j].notApplicable) points += inds[j].weight!;
    const value = first.claimedScore;
    if (!merged) {
      const rest = inds.slice(k + 1, e);
      const blankBelow = rest.every((i) => i.claimedScore === null && !i.scoreText && grid.startsInRow(i.row, sc));
      const filled = rest.every((i) => i.claimedScore !== null && Math.abs(i.claimedScore - value) < 0.005);
      if (!blankBelow && !filled) continue;
      // (above what the line, or every line written with it, states: no line's own score)
      const over = filled ? Math.max(...weighted.map((i) => i.weight!)) : first.weight!;
      if (!(value > over + 0.005)) continue;
      if (!cut && value > points + 0.005) continue;
    }
    const score = numberOrPointsAt(grid, first.row, sc);
    if (!score) continue;
    out.push({ score, label: label || mergedLabel(grid, first.row, m!.r2, nc) || first.name, rows: inds.slice(k, e).map((i) => i.row), weightCells: weighted.map((i) => i.weightCell!).filter(Boolean), points: cut ? null : points });
    for (let j = k; j < e; j++) {
      const i = inds[j];
      // (a line of the group with no points of its own, read for the group's score written on it: nothing of its own)
      if (j > k && i.weight === null && !i.notApplicable && i.claimedScore !== null) drop.add(i);
      i.claimedScore = null;
      i.scoreCell = null;
      i.scoreDecimals = null;
    }
    k = e - 1;
  }
  if (!out.length) return;
  if (drop.size) model.indicators = inds.filter((i) => !drop.has(i));
  model.groupScores = out;
}

/** The line states points of its own: a weight read from the points column in its own row. */
function ownPoints(grid: Grid, i: Indicator, wc: number): boolean {
  // (hasCell: the line's 分值 cell asked without its address made, for every line of a long table)
  return i.weight !== null && !i.notApplicable && grid.startsInRow(i.row, wc) && hasCell(i, "weightCell");
}

/** Row r is a line of the label at `top`: merged from it, blank (its merge undone, right under a line of it) or the same text. */
function underLabel(grid: Grid, r: number, top: number, nc: number, label: string, prev: number): boolean {
  if (!grid.startsInRow(r, nc)) return grid.anchorRow(r, nc) === top;
  const t = grid.compactText(r, nc);
  if (t === label) return true;
  if (t) return false;
  // (blank: only right under a line of the label, no line of another between)
  for (let x = prev + 1; x < r; x++) if (grid.startsInRow(x, nc) && grid.compactText(x, nc)) return false;
  return true;
}

/** The last row, before `next`, that the label's blank (or repeated) name cells still run to from the lines' last row. */
function labelSpanEnd(grid: Grid, last: number, nc: number, label: string, next: number): number {
  let r = last;
  while (r + 1 < next && r + 1 <= grid.rowCount && grid.rowHasContent(r + 1)) {
    const t = grid.startsInRow(r + 1, nc) ? grid.compactText(r + 1, nc) : label;
    if (t && t !== label) break;
    // (a line with text left of the label's column opens something else: a remark, a total)
    let left = false;
    for (let c = 1; c < nc && !left; c++) if (grid.startsInRow(r + 1, c) && grid.compactText(r + 1, c)) left = true;
    if (left) break;
    r++;
  }
  return r;
}

/** The text of the cell, in the name column or left of it, merged down from `top` over the rows to `last`: the group's label. */
function mergedLabel(grid: Grid, top: number, last: number, nc: number): string {
  for (let c = nc; c >= 1; c--) {
    const m = grid.mergeAt(top, c);
    if (m && m.r1 === top && m.r2 === last && m.c1 === c && grid.compactText(top, c)) return grid.compactText(top, c);
  }
  return "";
}
