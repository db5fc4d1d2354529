import type { CellRange } from "../grid/a1";
import { KEY_COLS, parseA1 } from "../grid/a1";
import type { Grid } from "../grid/grid";
import type { EvaluationModel, GroupNode, Indicator, NumberRef } from "../model/types";
import type { SumTerm } from "../relations/tolerance";
import { groupWeightInLabel } from "../text/labels";
import { cutLine } from "./cut-row";
import { hasCell, ownColumnOf } from "../model/indicator-row";
import { holdsNumberOrPoints, numberOrPointsAt, numberOrPointsReadAt, plainNumberOrPointsValueAt } from "./cells";
import { addsUp, agreesTyped, beyondSumTolerance, exceedsTyped } from "../relations/tolerance";

/** A cell holding a number alone (a points column's cell), no label. */
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * A table whose merged group cells were filled down when it was exported or pasted (the 一级 label and its 权重
 * written again on every row of the group, "产出指标 | 50 | 数量指标 …" on each line): the repeated cells are the
 * group's one cell, as they were when merged. Each weighted or scored group of the model whose label cell is not
 * merged and is repeated, unchanged, on the rows right below it within the group gets a merge over those rows, and so
 * do its own weight and score cells where they repeat with it; so does a block label with its points
 * (年度绩效目标(90分)). Reading the sheet again with these merges reads it as its merged original: one group weight in
 * a column sum, one block label per block.
 */
export function filledDownMerges(grid: Grid, model: EvaluationModel): CellRange[] {
  const out: CellRange[] = [];
  /** the last row of the label's run, the label's own row when it is not repeated (or is merged) */
  const runEnd = (row: number, col: number, lastRow: number) => {
    if (grid.mergeAt(row, col)) return row;
    const label = grid.compactText(row, col);
    let end = row;
    while (end < lastRow && !grid.mergeAt(end + 1, col) && grid.compactText(end + 1, col) === label) end++;
    return end;
  };
  /**
   * The label's runs from its row: the first, and where a header printed again at a page break (model.headerRepeats)
   * stops it, the run of the same label right under that header (its line or the line below, a header of two lines):
   * each run its own merge, none over the header.
   */
  const runs = (row: number, col: number, lastRow: number) => {
    const out: { from: number; to: number }[] = [];
    const label = grid.compactText(row, col);
    for (let from = row; from > 0; ) {
      const to = runEnd(from, col, lastRow);
      out.push({ from, to });
      from = 0;
      if (!model.headerRepeats?.includes(to + 1)) break;
      for (let n = to + 2; n <= Math.min(lastRow, to + 3) && !from; n++) if (!grid.mergeAt(n, col) && grid.compactText(n, col) === label) from = n;
    }
    return out;
  };
  const visit = (g: GroupNode) => {
    for (let k = 0; k < g.children.length; k++) visit(g.children[k]);
    // a label alone written again reads the same (its rows are grouped by its text): only a weight or a score repeated
    // with it (or carried in it) would be counted again
    if (g.weight === null && g.score === null) return;
    const own = [g.weightCell ? parseA1(g.weightCell) : null, g.score ? { row: g.score.row, col: g.score.col } : null, labelPointsCopy(grid, model, g)];
    for (const { from, to } of runs(g.row, g.col, g.lastRow)) {
      if (to === from) continue;
      out.push({ r1: from, c1: g.col, r2: to, c2: g.col });
      for (const cell of own) {
        if (!cell || cell.row !== g.row || cell.col === g.col || grid.mergeAt(from, cell.col)) continue;
        const text = grid.text(g.row, cell.col);
        let same = true;
        for (let r = from; r <= to && same; r++) same = !grid.mergeAt(r, cell.col) && grid.text(r, cell.col) === text;
        if (same) out.push({ r1: from, c1: cell.col, r2: to, c2: cell.col });
      }
    }
  };
  for (const g of model.groups) visit(g);
  // a block label with its points ("年度绩效目标(90分)") written on every row of its block
  for (const b of model.weightBlocks) {
    const { row, col } = parseA1(b.cell);
    // (a block stated on a line of its own above its lines, a label line's 分值: a line below may weigh as much, no copy)
    if (row < b.firstRow) continue;
    // (a bare number, a points column's group points: no further than the block's own lines as its spans read them — the
    // next group's points on its first line may be the same number, 20 over 1.3's lines and 20 on 1.4's; a label with
    // its points changes its text from group to group)
    const bare = BARE_NUMBER.test(grid.compactText(row, col));
    for (const { from, to } of runs(row, col, bare ? Math.max(row, b.lastRow) : grid.rowCount)) if (to > from && !out.some((m) => m.c1 === col && m.r1 <= from && m.r2 >= from)) out.push({ r1: from, c1: col, r2: to, c2: col });
  }
  const covered = new CoveredCells(out);
  itemLineMerges(grid, model, out, covered);
  pointsLabelMerges(grid, model, out, covered);
  repeatedPointsMerges(grid, model, out, covered);
  repeatedNameMerges(grid, model, out, covered);
  labelledTotalRuns(grid, out, covered);
  ruledPointsRuns(grid, model, out, covered);
  return out;
}

/**
 * (dev60) A group whose weight its label states ('产出指标(50 分)') and whose first line prints that number again in the weight
 * column (50): the block's 分值 merged down beside the label in the original, each of them filled down — that cell goes with
 * the label's run as the group's own cells do. Null where the weight column's number on the group's row is another.
 */
function labelPointsCopy(grid: Grid, model: EvaluationModel, g: GroupNode): { row: number; col: number } | null {
  const w = model.columns.weight;
  if (w === undefined || g.weight === null || w === g.col || (g.weightCell !== null && g.weightCell !== grid.addr(g.row, g.col))) return null;
  const n = numberOrPointsAt(grid, g.row, w);
  return n && !n.percent && agreesTyped(n, g.weight) ? { row: g.row, col: w } : null;
}

/** a clause's award in a rule ("有文件可查得2分"): its points; a deduction (扣1分) is none */
const AWARD = /(?:得|计|记)(\d+(?:\.\d+)?)分/g;

/** The points a rule's clauses award, summed ("有预案得2分,有制度得1分": 3); null where it awards none. */
function ruleAward(text: string): number | null {
  let sum = 0;
  let any = false;
  AWARD.lastIndex = 0;
  for (let m = AWARD.exec(text); m; m = AWARD.exec(text)) {
    sum += Number(m[1]);
    any = true;
  }
  return any ? sum : null;
}

/**
 * A group's 标准分 merged down over its lines beside its label merged down the same lines, both filled down (责任制落实 |
 * … | 5分 on each of three lines whose rules award 2 + 2 + 1): the points' run over exactly the label's run, read as the
 * merged pair where the column shows it — one run at least whose lines' rules award its points once (5 = 2 + 2 + 1), then
 * every such run of the column. Equal points on lines that are each their own (5分 | 5分 under rules of 5 each) add up
 * to more and stay lines of their own.
 */
function ruledPointsRuns(grid: Grid, model: EvaluationModel, out: CellRange[], covered: CoveredCells): void {
  const w = model.columns.weight;
  const rule = model.columns.rubric;
  if (w === undefined || rule === undefined || w < 2) return;
  const free = (r: number, c: number) => !grid.mergeAt(r, c) && !covered.has(r, c);
  const runs: { r1: number; r2: number; label: number; agrees: boolean }[] = [];
  for (let r = 1; r < grid.rowCount; r++) {
    const text = grid.compactText(r, w);
    if (!text || grid.compactText(r + 1, w) !== text || (r > 1 && grid.compactText(r - 1, w) === text) || !free(r, w)) continue;
    const n = numberOrPointsAt(grid, r, w);
    let end = r;
    while (end < grid.rowCount && free(end + 1, w) && grid.compactText(end + 1, w) === text) end++;
    // (a label left of the points written over exactly the same lines)
    let label = 0;
    for (let c = 1; c < w && !label; c++) {
      const t = grid.compactText(r, c);
      if (!t || holdsNumberOrPoints(grid, r, c) || (r > 1 && grid.compactText(r - 1, c) === t) || (end < grid.rowCount && grid.compactText(end + 1, c) === t)) continue;
      let same = true;
      for (let k = r + 1; k <= end && same; k++) same = free(k, c) && grid.compactText(k, c) === t;
      if (same) label = c;
    }
    if (n && !n.percent && label) {
      let sum = 0;
      let all = true;
      for (let k = r; k <= end && all; k++) {
        const a = ruleAward(grid.compactText(k, rule));
        if (a === null) all = false;
        else sum += a;
      }
      runs.push({ r1: r, r2: end, label, agrees: all && agreesTyped(n, sum) });
    }
    r = end;
  }
  if (!runs.some((x) => x.agrees)) return;
  for (const { r1, r2, label } of runs)
    for (const col of [label, w]) {
      if (out.some((m) => m.c1 === col && m.r1 <= r2 && m.r2 >= r1)) continue;
      const m = { r1, c1: col, r2, c2: col };
      out.push(m);
      covered.add(m);
    }
}

/**
 * A label and its number merged down, side by side, over the lines they head, and filled down by an export (a
 * county's name and its 合计 over its towns' lines, 泉港区 | 100 on both of 前黄镇 | 50 and 峰尾镇 | 50; a 一级 label and
 * its 自评权重 over its lines, 管理指标 | 30 on each of seven lines scored 4 … 5): the number's run over exactly the
 * label's run (a label written again alone, or a number repeated on lines of different labels, is no such copy), read
 * as the merged pair the original had. Only where the column shows it: one run at least whose number is the sum of
 * another column's numbers on its lines (100 = 50 + 50), then every such run of the column (a group whose parts were
 * mistyped keeps its one total). Equal numbers of lines that are each their own (two lines of 100 beside lines of 50
 * and 40) add up to nothing and stay two lines.
 */
function labelledTotalRuns(grid: Grid, out: CellRange[], covered: CoveredCells): void {
  const width = Math.min(grid.scanCols, 30);
  const rows = grid.rowCount;
  const free = (r: number, c: number) => !grid.mergeAt(r, c) && !covered.has(r, c);
  for (let c = 2; c <= width; c++) {
    const runs: { r1: number; r2: number; value: number; ref: SumTerm }[] = [];
    for (let r = 1; r < rows; r++) {
      const label = grid.compactText(r, c - 1);
      // (the label on the next line first: most lines differ there, and nothing else is asked of them; then the line
      // above, the texts alone: a line inside a run, filled down, is passed over before its merges are looked up)
      if (!label || grid.compactText(r + 1, c - 1) !== label || (r > 1 && grid.compactText(r - 1, c - 1) === label) || !free(r, c - 1) || !free(r, c) || holdsNumberOrPoints(grid, r, c - 1)) continue;
      let end = r;
      while (end < rows && free(end + 1, c - 1) && grid.compactText(end + 1, c - 1) === label) end++;
      if (end === r) continue;
      // (the run's number as numberOrPointsAt reads it, its value, decimals and percent only: no address nor text made
      // for every run of a long table, the number compared and nothing else)
      const n = numberOrPointsReadAt(grid, r, c);
      const text = grid.compactText(r, c);
      let same = n !== null && !n.percent;
      for (let k = r + 1; k <= end && same; k++) same = free(k, c) && grid.compactText(k, c) === text;
      // (the number's run ends with the label's: the next line's, under another label, is not a copy)
      if (same) runs.push({ r1: r, r2: end, value: n!.value, ref: n! });
      r = end;
    }
    if (!runs.length || !runs.some((run) => partsAddUp(grid, run, c, width))) continue;
    for (const { r1, r2 } of runs)
      for (const col of [c - 1, c]) {
        const m = { r1, c1: col, r2, c2: col };
        out.push(m);
        covered.add(m);
      }
  }
}

/** Some column right of `c` holds two numbers at least on the run's lines, and they add up to its number. */
function partsAddUp(grid: Grid, run: { r1: number; r2: number; ref: SumTerm }, c: number, width: number): boolean {
  // (the numbers read without their NumberRefs: only their values and shown decimals are compared, on every run's lines
  // in every column right of it)
  const parts: SumTerm[] = [];
  const total = run.ref.value;
  for (let d = c + 1; d <= width; d++) {
    // (the values first, nothing made: most columns hold no parts that come near the run's number, and only those that
    // may are read as terms and compared)
    let count = 0;
    let sum = 0;
    let absSum = 0;
    for (let r = run.r1; r <= run.r2; r++) {
      const v = plainNumberOrPointsValueAt(grid, r, d);
      if (v !== v) continue;
      count++;
      sum += v;
      absSum += Math.abs(v);
    }
    if (count < 2 || beyondSumTolerance(total, sum, count, absSum)) continue;
    parts.length = 0;
    for (let r = run.r1; r <= run.r2; r++) {
      const n = numberOrPointsReadAt(grid, r, d);
      if (n && !n.percent) parts.push(n);
    }
    // (at the precision the cells show: the one tolerance policy, relations/tolerance.ts)
    if (parts.length >= 2 && addsUp(run.ref, parts)) return true;
  }
  return false;
}

/**
 * A number or a bare marker on its own ("2", "(3)", "三、", "②"): an item's number or a line's, never the text a filled
 * item's further lines change (a line marked ② under the same name and points is another line).
 */
const NUMBER_TEXT = /^([(（]?[-+]?\d+(\.\d+)?[)）.、]?|[①-⑳]|[(（]?[一二三四五六七八九十]{1,3}[)）.、]?)$/;

/**
 * An item's lines filled down (an exported or pasted table whose item number, name and 分值 were merged over the
 * item's several 测评内容 / 评分标准 / 测评方法 lines): each further line repeats the item line's cells from the first
 * column up to the first one that changes (number, name), its 分值 and its 得分 exactly, and only texts change after
 * it (1 | 经济发展 | 制定…规划 | 6 over 1 | 经济发展 | 集体经济… | 6). The repeated cells get a merge over the item's
 * lines, as they had in the merged original, and so does a group label with its points (村级班子强15分) written on
 * every line of its group in the items' column.
 * (It is the item's lines only where a repeated name is the item's own: a text, no points of its own other than the
 * item's (a group label's 15分 over an item of 6 is the group's), that starts on the item's line and ends on its last
 * line; a number that changes, a 分值 that changes or a name that changes make another item.)
 */
function itemLineMerges(grid: Grid, model: EvaluationModel, out: CellRange[], covered: CoveredCells): void {
  const cols = model.columns;
  const w = cols.weight;
  if (w === undefined || model.headerRow === null) return;
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  const sc = cols.score;
  const last = Math.min(grid.rowCount, model.indicators.reduce((m, i) => Math.max(m, i.row), 0));
  const width = Math.min(grid.scanCols, 30);
  const merged: CellRange[] = [];
  // (the last line of the item last merged: its further lines, read as items the first time, are no items of their own)
  let done = 0;
  // each item line whose 分值 (its own, in its row) the next line repeats
  for (let k = 0; k < model.indicators.length; k++) {
    const i = model.indicators[k];
    if (i.childOfRow !== null || i.weight === null || i.weightSource !== "column" || !hasCell(i, "weightCell")) continue;
    const p = i.row;
    const n1 = p + 1;
    if (n1 > last || p <= done) continue;
    const weightText = grid.compactText(p, w);
    if (!weightText || grid.compactText(n1, w) !== weightText || grid.mergeAt(p, w) || grid.mergeAt(n1, w) || !weightOnOwnRow(i)) continue;
    const scoreText = sc === undefined ? "" : grid.compactText(p, sc);
    if (sc !== undefined && grid.compactText(n1, sc) !== scoreText) continue;
    // the first further line: the columns it repeats from the first one on, up to the first that changes
    let c0 = 1;
    while (c0 <= width && (c0 === w || c0 === sc || grid.compactText(n1, c0) === grid.compactText(p, c0))) c0++;
    if (c0 > width) continue;
    // (the repeated cells: texts of the item's line left of the first change, not merged already)
    // (the item's number is one of these cells, or its lines are no item's: a table filled down by group only, the
    // group labels repeated and every line's name its own, is passed over here, its runs not walked line by line —
    // unless each line's rule states its share of the 分值, below)
    // (judged before their list is made: every line repeating its 分值 and 得分 is asked, most of them pass over)
    let repeated = 0;
    let clash = false;
    let itemLine = false;
    for (let c = 1; c < c0 && !clash; c++) {
      if (c === w || c === sc || !grid.compactText(p, c)) continue;
      if (grid.mergeAt(p, c) || grid.mergeAt(n1, c)) clash = true;
      else {
        repeated++;
        if (c === nameCol || NUMBER_TEXT.test(grid.compactText(p, c))) itemLine = true;
      }
    }
    if (clash || !repeated || !itemLine) continue;
    const same: number[] = [];
    for (let c = 1; c < c0; c++) if (c !== w && c !== sc && grid.compactText(p, c)) same.push(c);
    // the item's further lines: each repeats those cells, the 分值 and the 得分, and changes texts only
    const changesTextsOnly = (n: number) => {
      for (let c = c0; c <= width; c++) {
        if (c === w || c === sc) continue;
        const a = grid.compactText(p, c);
        const b = grid.compactText(n, c);
        if (a !== b && (NUMBER_TEXT.test(a) || NUMBER_TEXT.test(b))) return false;
      }
      return true;
    };
    let q = p;
    while (
      q < last &&
      grid.compactText(q + 1, w) === weightText &&
      !grid.mergeAt(q + 1, w) &&
      (sc === undefined || (!grid.mergeAt(q + 1, sc) && grid.compactText(q + 1, sc) === scoreText)) &&
      same.every((c) => !grid.mergeAt(q + 1, c) && grid.compactText(q + 1, c) === grid.compactText(p, c)) &&
      changesTextsOnly(q + 1)
    )
      q++;
    if (q === p) continue;
    // the item's cells: those written on its lines only (a group's label repeated beyond them is the group's, merged
    // with its group below)
    const head = model.headerLastRow ?? model.headerRow;
    const itemCells = same.filter((c) => {
      const t = grid.compactText(p, c);
      return (p - 1 <= head || grid.compactText(p - 1, c) !== t) && (q + 1 > grid.rowCount || grid.compactText(q + 1, c) !== t);
    });
    // among them the item's number and its own name, both: a text (no number), no points but the item's, not a level
    // column above the items' (a name merged over lines that each state their own points, equal by chance, reads the
    // same once filled down, but it has no number of its own written with it)
    const numbered = itemCells.some((c) => NUMBER_TEXT.test(grid.compactText(p, c)));
    const named = itemCells.some((c) => {
      if ((c === cols.level1 || c === cols.level2) && nameCol !== c) return false;
      const t = grid.compactText(p, c);
      if (NUMBER_TEXT.test(t)) return false;
      const pts = groupWeightInLabel(t);
      return pts === null || pts === i.weight;
    });
    if (!(numbered || sharesOfWeight(grid, p, q, c0, width, w, sc, i.weight)) || !named) continue;
    for (const c of [...itemCells, w, ...(sc === undefined ? [] : [sc])]) if (!grid.mergeAt(p, c) && !covered.has(p, c)) merged.push({ r1: p, c1: c, r2: q, c2: c });
    done = q;
  }
  for (const m of merged) covered.add(m);
  out.push(...merged);
}

/**
 * A clause opening a line's rule with the points it weighs: "落实领导责任(1分)。各县(区)…" (a short head, its points in
 * brackets, before any sentence mark). (a module constant: a literal in a function makes a RegExp on every call)
 */
const LINE_SHARE = /^[^。;:,!?]{2,30}?\((\d+(?:\.\d+)?)分\)/;

/**
 * Lines p..q each open their rule (a text right of the columns they repeat) with the points it weighs, "条件保障(2分)。…",
 * and those add up to no more than the 分值 they all repeat: the 分值 is one item's, shared out by its lines (a name with
 * its 分值 merged over its rule's lines, filled down), not each line's own.
 */
function sharesOfWeight(grid: Grid, p: number, q: number, c0: number, width: number, w: number, sc: number | undefined, weight: number): boolean {
  let sum = 0;
  for (let n = p; n <= q; n++) {
    let share: number | null = null;
    for (let c = c0; c <= width && share === null; c++) {
      if (c === w || c === sc) continue;
      const m = LINE_SHARE.exec(grid.compactText(n, c));
      if (m) share = Number(m[1]);
    }
    if (share === null) return false;
    sum += share;
  }
  return !exceedsTyped(sum, weight);
}

/** The item's 分值 cell is on its own row (a row's own cell read by its column, no address made and parsed back). */
function weightOnOwnRow(i: Indicator): boolean {
  return ownColumnOf(i, "weightCell") > 0 || parseA1(i.weightCell!).row === i.row;
}

/**
 * A group label with its points in the items' column ('村级班子强15分', '1.耕地保有量;基本农田保护(7分)') written again,
 * unchanged, on the lines right below it: one label over its lines, as merged (a label with points over several lines
 * is a block of them, findNameLabelBlocks; written on each, every line would be a block of one).
 */
function pointsLabelMerges(grid: Grid, model: EvaluationModel, out: CellRange[], covered: CoveredCells): void {
  const cols = model.columns;
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  if (nameCol === undefined || model.headerRow === null || !model.indicators.length) return;
  const last = Math.min(grid.rowCount, model.indicators.reduce((m, i) => Math.max(m, i.row), 0));
  const taken = (r: number) => covered.has(r, nameCol);
  for (let r = (model.headerLastRow ?? model.headerRow) + 1; r < last; r++) {
    const t = grid.compactText(r, nameCol);
    if (!t || t !== grid.compactText(r + 1, nameCol) || grid.mergeAt(r, nameCol) || groupWeightInLabel(t) === null || taken(r)) continue;
    let end = r;
    while (end < last && !grid.mergeAt(end + 1, nameCol) && !taken(end + 1) && grid.compactText(end + 1, nameCol) === t && sameGroupsLeft(grid, r, end + 1, nameCol)) end++;
    if (end > r) out.push({ r1: r, c1: nameCol, r2: end, c2: nameCol });
    r = end;
  }
}

/**
 * Whether the lines' points come with a companion copied beside them, as a merged cell filled down leaves them: in
 * the line's other points-side columns (its 得分, its 评分标准) the same text on every line in one of them at least
 * (the score or the rule merged over the lines with the points), and no two different texts in any. Two items that
 * merely state equal points keep their own scores and rules (9 and 10, two different rules): they are two lines.
 */
export function copiedBeside(grid: Grid, rows: number[], columns: number[]): boolean {
  let copied = false;
  for (const c of columns) {
    const texts = rows.map((r) => grid.compactText(r, c));
    const filled = texts.filter((t) => t);
    if (new Set(filled).size > 1) return false;
    if (filled.length === rows.length) copied = true;
  }
  return copied;
}

/** A level column's label merged down over lines `from`..`to` (one merge spanning them all): the table kept its merges. */
function labelMergedOver(grid: Grid, model: EvaluationModel, from: number, to: number): boolean {
  for (const c of [model.columns.level1, model.columns.level2]) {
    if (c === undefined) continue;
    const m = grid.mergeAt(from, c);
    if (m && m.r1 <= from && m.r2 >= to && m.r2 > m.r1) return true;
  }
  return false;
}

/** a line's points in one column: its own cell (on its row, not merged) and the number read from it */
type LinePoints = { row: number; col: number; value: number };

/**
 * Points written again, unchanged, on consecutive lines of one group (a 分值 or 得分 merged over several 三级 lines, or
 * over a 二级 group's lines, filled down by an export), where the group's stated points tell which reading is meant:
 * counted on every line the parts miss the group's points (40 + 40 + 40 + 40 + 40 + 40 + 10 against 50), counted once
 * per run they add up exactly (40 + 10). Each such run gets a merge, as the merged original had. Runs stay inside the
 * lines' own group (two 二级 groups' 10 and 10 are two values), a run's lines carry a companion copied with the points
 * (copiedBeside: the same 得分 or 评分标准 on each), and only an exact sum decides: points repeated by chance, or a
 * slip, leave the lines as they are.
 */
function repeatedPointsMerges(grid: Grid, model: EvaluationModel, out: CellRange[], covered: CoveredCells): void {
  const w = model.columns.weight;
  const sc = model.columns.score;
  // the score column read alone only where no weight column carries the lines' points (its runs go with the weight's)
  const columns: [number, "weight" | "score"][] = w !== undefined ? [[w, "weight"]] : sc !== undefined ? [[sc, "score"]] : [];
  const cut = columns.length ? cutLine(grid, model) : null;
  for (const [col, kind] of columns) {
    const companions = [sc, model.columns.rubric].filter((c): c is number => c !== undefined && c !== col);
    /** the lines' own points in the column, null when a line has none of its own there (or is a part of a line) */
    const own = (i: Indicator): LinePoints | null => {
      const value = kind === "weight" ? i.weight : i.claimedScore;
      if (value === null || i.childOfRow !== null || (kind === "weight" && i.weightSource !== "column") || grid.mergeAt(i.row, col) || covered.has(i.row, col)) return null;
      return grid.compactText(i.row, col) ? { row: i.row, col, value } : null;
    };
    /** runs of the group's own lines: consecutive rows, the same text in the column */
    const runs = (g: GroupNode): LinePoints[][] => {
      const list: LinePoints[][] = [];
      for (const i of g.indicators) {
        const p = own(i);
        const run = list[list.length - 1];
        const prev = run?.[run.length - 1];
        if (p && prev && prev.row + 1 === p.row && grid.compactText(prev.row, col) === grid.compactText(p.row, col)) run.push(p);
        else list.push(p ? [p] : []);
      }
      // (a run with no companion copy is lines that happen to state equal points: each line its own; so is a run beside
      // a group label still merged down over its lines — an export that fills merges down fills the label's too)
      return list.filter((r) => r.length).flatMap((r) => (r.length > 1 && (!copiedBeside(grid, r.map((p) => p.row), companions) || labelMergedOver(grid, model, r[0].row, r[r.length - 1].row)) ? r.map((p) => [p]) : [r]));
    };
    const stated = (g: GroupNode) => (kind === "weight" ? g.weight : (g.score?.value ?? null));
    /** the parts' sum, every line counted or each run once, and the runs of more than one line */
    const sums = (g: GroupNode): { lines: number; once: number; repeated: LinePoints[][]; whole: boolean } => {
      const rs = runs(g);
      const repeated = rs.filter((r) => r.length > 1);
      // (whole: every repeated run spans all of its group's lines, the group's label filled down with it)
      const acc = { lines: 0, once: 0, repeated, whole: repeated.every((r) => r.length === g.indicators.length) };
      for (const r of rs) {
        acc.lines += r.length * r[0].value;
        acc.once += r[0].value;
      }
      for (const c of g.children) {
        const v = stated(c);
        if (v !== null) {
          acc.lines += v;
          acc.once += v;
          continue;
        }
        const s = sums(c);
        acc.lines += s.lines;
        acc.once += s.once;
        acc.repeated.push(...s.repeated);
        acc.whole &&= s.whole;
      }
      return acc;
    };
    /** the group's runs merged where each once adds up to its points (and every line counted does not) */
    const settles = (g: Pick<GroupNode, "lastRow" | "children" | "indicators">, points: number): boolean => {
      const s = sums(g as GroupNode);
      // (a table cut inside the group: its lines past the cut only add, so each run once falling short of the points
      // where every line counted runs over them is the same evidence — where each run is a whole 二级 group's lines,
      // its label filled down with the points, not a few numbered lines under a heading that shares them out)
      const fits = agreesTyped(points, s.once) || (cut !== null && cut <= g.lastRow && s.whole && s.once < points && exceedsTyped(s.lines, points));
      if (!s.repeated.length || !fits || agreesTyped(points, s.lines)) return false;
      for (const r of s.repeated) {
        const m = { r1: r[0].row, c1: col, r2: r[r.length - 1].row, c2: col };
        out.push(m);
        covered.add(m);
        // (the score written again over the same lines with the points: one score, merged with them)
        if (kind === "weight" && sc !== undefined && r.every((p) => !grid.mergeAt(p.row, sc) && !covered.has(p.row, sc) && grid.compactText(p.row, sc) === grid.compactText(r[0].row, sc))) {
          const ms = { ...m, c1: sc, c2: sc };
          out.push(ms);
          covered.add(ms);
        }
      }
      return true;
    };
    const visit = (g: GroupNode) => {
      if (g.weight !== null && (kind === "weight" || stated(g) === null) && settles(g, g.weight)) return;
      for (const c of g.children) visit(c);
    };
    for (const g of model.groups) visit(g);
    // a block's points ("一般公共预算支出管理(60分)" over its groups): its groups and its lines outside any group
    // (its label written again on each of its lines, filled down, is read as a block per line: one block to the last)
    const blocks = model.weightBlocks;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      const labelCol = parseA1(b.cell).col;
      let lastRow = b.lastRow;
      while (k + 1 < blocks.length && blocks[k + 1].firstRow === lastRow + 1 && blocks[k + 1].label === b.label && parseA1(blocks[k + 1].cell).col === labelCol) lastRow = blocks[++k].lastRow;
      const inside = (row: number) => row >= b.firstRow && row <= lastRow;
      const children = model.groups.filter((g) => inside(g.row));
      const indicators = model.indicators.filter((i) => inside(i.row) && !i.level1 && !i.level2);
      settles({ lastRow, children, indicators }, b.weight);
    }
  }
}

/**
 * Line `n` stands in the groups of line `r`: no cell left of the name column names another group (a copy filled down
 * repeats them or leaves them blank; 其他指标1(6分) under 日常管理 after the same name under 重点工作 is another line).
 * A line's own number there (序号 1, 2 …) names no group.
 */
function sameGroupsLeft(grid: Grid, r: number, n: number, nameCol: number): boolean {
  for (let c = 1; c < nameCol; c++) {
    const t = grid.compactText(n, c);
    if (t && t !== grid.compactText(r, c) && !NUMBER_TEXT.test(t)) return false;
  }
  return true;
}

/**
 * An indicator's name merged over several lines (its 评价要点 or 完成情况 one per line, a record of several amounts)
 * filled down: the lines below repeat its name and every level label left of it, exactly, and state no points and no
 * score of their own. They are the indicator's further lines, as merged (a name over lines that each state points is
 * itemLineMerges' reading, or lines of their own).
 */
function repeatedNameMerges(grid: Grid, model: EvaluationModel, out: CellRange[], covered: CoveredCells): void {
  const cols = model.columns;
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  if (nameCol === undefined || model.headerRow === null) return;
  const labels = [cols.level1, cols.level2, cols.level3].filter((c): c is number => c !== undefined && c <= nameCol);
  const points = [cols.weight, cols.score].filter((c): c is number => c !== undefined);
  // (the indicator rows as flags by row: no set of every row)
  // (dev61: only the lines of the table the columns are read from — a sheet of two tables, 湖北's 自评表 with its scoring
  // block 项目权重 | 评价内容 | 分值 | 自评分 over its 项目绩效 block 一级 | 二级 | 三级 | …: the first block's 自评分 column is
  // the second's 三级, and two equal scores there (3 | 3) are no name written again)
  const rows = new Uint8Array(grid.rowCount + 2);
  for (let k = 0; k < model.indicators.length; k++) {
    const i = model.indicators[k];
    const own = ownColumnOf(i, "nameCell");
    if (own !== 0 && own !== nameCol) continue;
    if (i.row >= 1 && i.row <= grid.rowCount) rows[i.row] = 1;
  }
  const isRow = (r: number) => r >= 1 && r <= grid.rowCount && rows[r] === 1;
  /** line `n` repeats line `p`'s name and labels and states no points of its own */
  // (loops, not every() with closures over p and n: two closures and their context per line asked, twice per line)
  // (the labels from the name's column leftwards, each text compared first: a line's name is its own on nearly every
  // line, the labels left of it its group's, the same on most lines)
  const further = (p: number, n: number): boolean => {
    if (!isRow(n)) return false;
    for (let k = labels.length - 1; k >= 0; k--) {
      const c = labels[k];
      if (grid.compactText(n, c) !== grid.compactText(p, c) || grid.mergeAt(n, c) || covered.has(n, c)) return false;
    }
    for (let k = 0; k < points.length; k++) if (grid.compactText(n, points[k])) return false;
    return true;
  };
  // (indexes, no iterator: this runs for every indicator, also before the loop is optimised)
  for (let k = 0; k < model.indicators.length; k++) {
    const p = model.indicators[k].row;
    if (!isRow(p)) continue;
    // (a name the next line does not repeat has no further line — `further` compares the name's column too: a line
    // whose name is its own, nearly every line, is passed over on its texts alone)
    const name = grid.compactText(p, nameCol);
    if (!name || grid.compactText(p + 1, nameCol) !== name || grid.mergeAt(p, nameCol) || covered.has(p, nameCol) || (isRow(p - 1) && further(p - 1, p))) continue;
    let q = p;
    while (further(p, q + 1)) q++;
    if (q === p) continue;
    const m = { r1: p, c1: nameCol, r2: q, c2: nameCol };
    out.push(m);
    covered.add(m);
  }
}

/** The cells the merges made so far cover, looked up by cell (no scan of every merge per cell asked). */
class CoveredCells {
  // (keyed row × KEY_COLS + column, as cellKey: a small integer up to row 65,535, where row × 100,000 was one from row
  // 21,475 on — a number boxed on the heap for every cell added and asked, the set's hashing of doubles, on a long table
  // only; every column Excel has, 1 … 16,384, is below KEY_COLS, so each cell keeps a key of its own)
  private readonly cells = new Set<number>();
  constructor(ranges: CellRange[]) {
    for (const m of ranges) this.add(m);
  }
  add(m: CellRange): void {
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) this.cells.add(r * KEY_COLS + c);
  }
  has(r: number, c: number): boolean {
    return this.cells.has(r * KEY_COLS + c);
  }
}
