import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { compact } from "../text/normalize";
import { groupWeightInLabel } from "../text/labels";
import { rulePoints } from "./rule-points";
import { agreesTyped } from "../relations/tolerance";

/**
 * An item's points closing its scoring rule, the table having no 分值 column: "…扣完为止。（5分）", "查阅资料，实地查看（19分）".
 * The rule's text ends in its points in a bracket, nothing but the figure and 分 in it, and that bracket is the only one
 * with points in the whole text (brackets beside several requirements, "…平整(2分)，…绿化(3分)", are its parts'
 * points). A closing bracket that counts (（3次）), dates (（2023年）), refers to a clause (（第5条）), states a range
 * (（扣1-2分）, （1-2分）), a deduction (（扣5分）), an award (（得5分）, （加5分）) or per occurrence (每项（1分）) is none.
 * What one rule says is no evidence by itself: closingPointsRows asks the table for it.
 */
const CLOSING_BRACKET = /[(【\[](\d+(?:\.\d+)?)分[)】\]]$/;
const BRACKETED_FIGURE = /[(【\[]\d+(?:\.\d+)?分[)】\]]/g;
/** the words before the bracket that make it no frame: a verb of awarding or deducting, per occurrence, a sum */
const NOT_FRAME_BEFORE = /(?:[扣得加减计记给]|每[^,;。]{0,3}|共|合计|总计|最高|最多|不超过)$/;

export function ruleClosingPoints(rule: string): number | null {
  // (the sentence's full stop after the bracket, "…营业执照(5分)。", closes the same frame)
  const t = compact(rule).replace(FULL_STOP_END, "");
  const figures = (t.match(BRACKETED_FIGURE) ?? []).length;
  if (figures <= 1) return clauseClosingPoints(t);
  // (several clauses, each closing with its own points — "…不低于规定年限(3分);签订规范的流转合同(2分)" — and nothing
  // else: the rule's points are their sum, as a label's clause points are summed; a bracket inside a clause is none)
  const clauses = t.split(CLAUSE_BREAK);
  if (clauses.length !== figures) return null;
  let sum = 0;
  for (const c of clauses) {
    const p = clauseClosingPoints(c);
    if (p === null) return null;
    sum += p;
  }
  return sum;
}

/**
 * The rule without the item's points it closes with, where ruleClosingPoints reads one bracket ("…的得6分。（13分）" ->
 * "…的得6分。"): what the rule awards, the closing points the frame those awards make up. Null where it reads none.
 */
export function ruleWithoutClosingPoints(rule: string): string | null {
  const t = compact(rule).replace(FULL_STOP_END, "");
  if ((t.match(BRACKETED_FIGURE) ?? []).length !== 1 || clauseClosingPoints(t) === null) return null;
  const m = CLOSING_BRACKET.exec(t);
  return m ? t.slice(0, m.index) : null;
}

const FULL_STOP_END = /[。.]$/;
const CLAUSE_BREAK = /[;；]/;

/** One clause's closing points: its one bracketed figure, at its end, no word before it that makes it an award. */
function clauseClosingPoints(t: string): number | null {
  const m = CLOSING_BRACKET.exec(t);
  if (!m || m.index === 0) return null;
  if ((t.match(BRACKETED_FIGURE) ?? []).length !== 1) return null;
  if (NOT_FRAME_BEFORE.test(t.slice(0, m.index))) return null;
  const v = Number(m[1]);
  return v > 0 ? v : null;
}

/** (three item lines at least where the points are read from the whole table's sum) */
const MIN_LINES_FOR_TOTAL = 3;

/**
 * The item lines of a rule sheet with no 分值 column whose rules close with their points (ruleClosingPoints), by row,
 * where the table itself bears them out: the closing points of the items under a group that states its own points in
 * its label ("组织领导(20分)", in a level column or on a label line across the table) add up to those points, for two
 * items at least, in as many groups as there are groups whose items' points do not add up to theirs; or every item line's rule closes with its points and they add up to 100. Null
 * where neither holds (a closing bracket may then be the last requirement's points, not the item's: not read), or
 * where a rule opens with its points (rulePoints reads those).
 */
export function closingPointsRows(grid: Grid, cols: Partial<Record<ColumnRole, number>>, nameCol: number, firstRow: number, endRow: number, headerRow = 0): Map<number, number> | null {
  const rule = cols.rubric;
  if (rule === undefined || cols.weight !== undefined || rule === nameCol) return null;
  // (the header printed again at a page break, its words in the name and rule columns: no item line)
  const heads = headerRow > 0 ? [grid.compactText(headerRow, nameCol), grid.compactText(headerRow, rule)] : null;
  const points = new Map<number, number>();
  const itemRows: number[] = [];
  for (let r = firstRow; r <= endRow; r++) {
    // (an item's name merged down over two lines each with a rule of its own, 经营规模 over '…达到标准(10分)。' and '…场所
    // (5分);…设施(5分)。': each line a standard of the item, weighing the points its rule closes with)
    // (or left blank under it, the merge undone: a line of its own rule under an item line, no group label starting on it)
    const blankUnderItem = !grid.text(r, nameCol) && grid.ownsCell(r, nameCol) && itemRows.length > 0 && itemRows[itemRows.length - 1] === r - 1 && !labelStartsLeft(grid, r, nameCol);
    if (!blankUnderItem && (!grid.text(r, nameCol) || (grid.anchorRow(r, nameCol) !== r && !underMergedName(grid, r, nameCol)))) continue;
    if (!grid.startsInRow(r, rule) || grid.anchorRow(r, rule) !== r) continue;
    const text = grid.text(r, rule);
    if (!text) continue;
    if (heads && grid.compactText(r, nameCol) === heads[0] && grid.compactText(r, rule) === heads[1]) continue;
    const nm = grid.mergeAt(r, nameCol);
    if (nm && nm.c2 >= rule) continue; // a caption across the table
    if (rulePoints(text) !== null) return null;
    itemRows.push(r);
    const p = ruleClosingPoints(text);
    if (p !== null) points.set(r, p);
  }
  if (points.size < 2) return null;
  const groups = groupsAgreeing(grid, rule, nameCol, firstRow, endRow, itemRows, points);
  if (groups.agreeingItems >= 2 && groups.agreeing >= groups.disagreeing) return points;
  // (every line but a bonus's closes with its points: their sum the sheet's 100, or one group's own points)
  const framed = itemRows.filter((r) => !points.has(r) && !BONUS_RULE.test(grid.compactText(r, rule))).length === 0;
  const all = [...points.values()].reduce((a, b) => a + b, 0);
  return framed && points.size >= MIN_LINES_FOR_TOTAL && (agreesTyped(100, all) || groups.agreeing > 0) ? points : null;
}

/** Some label starts on line `r` left of the name column (a new group's). */
function labelStartsLeft(grid: Grid, r: number, nameCol: number): boolean {
  for (let c = 1; c < nameCol; c++) if (grid.startsInRow(r, c) && grid.anchorRow(r, c) === r && grid.text(r, c)) return true;
  return false;
}

/** A line under an item's name merged down from a line above it (a merge in the name's column alone). */
export function underMergedName(grid: Grid, r: number, nameCol: number): boolean {
  const m = grid.mergeAt(r, nameCol);
  return !!m && m.r1 < r && m.c1 === nameCol && m.c2 === nameCol;
}

/** a bonus's rule, outside the items' frame ("获得市级以上表彰的加5分"): its line states no points of its own */
const BONUS_RULE = /加\d|加分/;

/**
 * The groups whose items' closing points add up to their own points, and those whose do not: a label with its points (groupWeightInLabel)
 * starting in a column left of the rules', on an item's line or on a line of its own; its group runs down to the next
 * label in its column or left of it (a label repeated as it was, filled down or printed again at a page break, goes
 * on with it). A group some item line of which does not close with its points is neither.
 */
function groupsAgreeing(grid: Grid, rule: number, nameCol: number, firstRow: number, endRow: number, itemRows: number[], points: Map<number, number>): { agreeing: number; agreeingItems: number; disagreeing: number } {
  const isItem = new Set(itemRows);
  // the labels with points, by column: [row, compact text, points]
  const labels: { r: number; c: number; text: string; w: number }[] = [];
  const starts = new Map<number, number[]>(); // row → columns where some label starts (with points or not)
  for (let r = firstRow; r <= endRow; r++) {
    for (let c = 1; c < rule; c++) {
      if (!grid.startsInRow(r, c) || grid.anchorCol(r, c) !== c || grid.anchorRow(r, c) !== r) continue;
      const t = grid.compactText(r, c);
      if (!t || (c === nameCol && isItem.has(r))) continue;
      const w = groupWeightInLabel(t);
      if (w === null) continue;
      labels.push({ r, c, text: t, w });
      (starts.get(r) ?? starts.set(r, []).get(r)!).push(c);
    }
  }
  let agreeing = 0;
  let agreeingItems = 0;
  let disagreeing = 0;
  const lastInColumn = new Map<number, string>(); // column → the text of the last label in it
  for (let i = 0; i < labels.length; i++) {
    const g = labels[i];
    // (a repeat of the label above it in its column goes on with that group: not a group of its own)
    const prev = lastInColumn.get(g.c);
    lastInColumn.set(g.c, g.text);
    if (prev === g.text) continue;
    let end = endRow;
    for (let j = i + 1; j < labels.length; j++) {
      const x = labels[j];
      if (x.c > g.c || (x.c === g.c && x.text === g.text)) continue;
      end = x.r - 1;
      break;
    }
    let sum = 0;
    let n = 0;
    let whole = true;
    // (itemRows rise: the group's first item found by halving, its last where a row passes `end`)
    let lo = 0;
    for (let hi = itemRows.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (itemRows[mid] < g.r) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < itemRows.length && itemRows[k] <= end; k++) {
      const r = itemRows[k];
      const p = points.get(r);
      if (p === undefined) {
        whole = false;
        break;
      }
      sum += p;
      n++;
    }
    if (!whole || n === 0) continue;
    if (agreesTyped(g.w, sum)) {
      agreeing++;
      agreeingItems += n;
    } else disagreeing++;
  }
  return { agreeing, agreeingItems, disagreeing };
}
