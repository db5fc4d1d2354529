import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { compact } from "../text/normalize";
import { pointsAt } from "./cells";
import { ruleClosingPoints } from "./closing-points";
import { isClosingRow } from "./table-closing";
import type { HeaderMap } from "./table-header";
import { SCAN } from "./vocabulary";

/**
 * A rubric whose item states its points at the end of its own text, in the one column that holds the criterion (評分標準 /
 * 考评内容 / 考核标准 over '1、明確分管檔案工作的領導(0.5)及崗位職責(0.5)。1分'), with no 分值 column and a score column beside
 * it (自查评分, 考分, 得分). The criterion column is the items' column: each line's text names the item, its requirements
 * and, closing it, its points — after the sentence's end ('…。1分', '…;2分'), with the verb of a count ('…。计2分'), in a
 * bracket ('…综合管理(3分)', '…。(3分)'), a note after them ('3分*分散管理不得分…', '※…'). Its parts may stand in brackets
 * inside it, bare or with 分 ('(0.5)', '(0.5分)', '〔0.3〕'): what the item's points are made of (rubric-points-mismatch
 * holds their sum against them).
 *
 * Evidence (closingItemsAt): the header line names a rule column and a score column and no level, points, target or actual
 * column; the rule column's lines under it close with their points on MIN_LINES lines at least and on most of the lines with
 * text; the scores given beside them are at most those points but on a quarter of the scored lines at most (a score is a
 * part of its item's points). A column of rules closing with an award ('…的得2分'), a deduction ('…扣1分') or tiers
 * ('优秀5分') closes with no points of the item's own; a column of requirements with no points is none.
 */

/** the item's points closing its text: after a sentence's end, or with a count's verb, a note after them allowed */
const CLOSING_AFTER_STOP = /[。;!?](?:[计记]|共计?)?(\d{1,3}(?:\.\d+)?)分(?:[*※#].{0,120})?$/;
/** …or in a closing bracket, nothing but the figure and 分 in it ('…(3分)', '…。(3分)'), a note after it allowed */
const CLOSING_BRACKET = /[\u4e00-\u9fa5。;,、)"”](?:[(〔【\[])(\d{1,3}(?:\.\d+)?)分[)〕】\]][。;]?(?:[*※#].{0,120})?$/;
/** the words before a closing figure that make it an award, a deduction or a rate, no item's points */
const NOT_ITEM_POINTS_BEFORE = /(?:[得扣加减给奖罚]|每[^,;。]{0,4}|最高|最多|不超过|以上|以下)$/;

/** The points an item's text closes with ('…。1分', '…(3分)', '…。3分*note'), or null; `bare`: not in a bracket. */
export function closingItemPoints(text: string, bare = false): number | null {
  if (!text || text.indexOf("分") < 0) return null;
  const t = compact(text);
  const after = CLOSING_AFTER_STOP.exec(t);
  const m = after ?? (bare ? null : CLOSING_BRACKET.exec(t));
  if (!m) return null;
  if (NOT_ITEM_POINTS_BEFORE.test(t.slice(0, m.index + 1).replace(/[。;!?(〔【\[]$/, ""))) return null;
  // (a bracket closing the last of several clauses each closing with its points, '…(5分);…(5分)。': the clauses' sum, as
  // ruleClosingPoints reads a rule, not the last clause's)
  const v = (after ? null : ruleClosingPoints(t)) ?? Number(m[1]);
  return v > 0 && v <= 100 ? v : null;
}

/** a part's figure in a bracket inside the text, bare or with 分: '(0.5)', '(0.5分)', '〔0.3〕', '[1]' */
const PART = /([\u4e00-\u9fa5])[(〔【\[](\d{1,3}(?:\.\d+)?)分?[)〕】\]]/g;
/** points outside the parts' brackets (an award, a deduction): the text is a rule, its brackets no parts */
const OTHER_POINTS = /\d分/;

/**
 * The parts an item's text gives its points in brackets before the points it closes with ('…的領導(0.5)及崗位職責(0.5)。1分' ->
 * [0.5, 0.5]): two at least, each right after the requirement it scores (a word's character before the bracket), no other
 * figure of points in the text before the closing ones; null otherwise. A run of whole numbers 1, 2, 3 … is an enumeration,
 * no parts.
 */
export function bracketedParts(text: string): number[] | null {
  if (!text || text.indexOf("分") < 0) return null;
  const t = compact(text);
  const m = CLOSING_AFTER_STOP.exec(t) ?? CLOSING_BRACKET.exec(t);
  if (!m) return null;
  const body = t.slice(0, m.index + 1);
  const parts: number[] = [];
  PART.lastIndex = 0;
  for (let p = PART.exec(body); p; p = PART.exec(body)) parts.push(Number(p[2]));
  if (parts.length < 2 || parts.some((p) => p <= 0)) return null;
  if (OTHER_POINTS.test(body.replace(PART, "$1"))) return null;
  if (parts.every((p, k) => p === k + 1)) return null;
  return parts;
}

/** Lines whose text closes with its points that a rule column must show, and the share of its lines with text. */
const MIN_LINES = 3;
/** roles that make the header no such rubric: its points, levels, targets or actuals are read otherwise */
const OTHER_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["weight", "targetValue", "actual", "level1", "level2", "level3", "level1Weight", "level2Weight"]);

/**
 * The header at `row` of a rubric whose items close with their points (see above), its rule column read as the items'
 * column (level3) and a column left of it with a blank head and labels under it (a class merged down its items,
 * '組織管理26分') as their group (level1); `pointsCloseItems` tells the walk to read each line's points from its text. Null
 * where the evidence does not hold.
 */
export function closingItemsAt(grid: Grid, row: number, roles: ReadonlyMap<number, ColumnRole>): HeaderMap | null {
  let rule: number | undefined;
  let score: number | undefined;
  for (const [c, r] of roles) {
    if (OTHER_ROLES.has(r)) return null;
    if (r === "rubric" && rule === undefined) rule = c;
    if (r === "score" && score === undefined) score = c;
  }
  if (rule === undefined || score === undefined || score < rule) return null;
  // (the line is a header: its rule head its own cell, not a title merged across the line)
  const m = grid.mergeAt(row, rule);
  if (m && m.c2 >= score) return null;
  const rows = closingItemRows(grid, rule, row + 1, Math.min(grid.rowCount, row + SCAN.headerSettleRows));
  if (!rows) return null;
  let scored = 0;
  let above = 0;
  for (const [r, p] of rows) {
    const s = pointsAt(grid, r, score);
    if (!s) continue;
    scored++;
    if (s.value > p + 0.005) above++;
  }
  if (above * 4 > scored) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level3: rule, score };
  // (the class left of the items: a blank head over labels, merged down their items or written on their first line)
  // (an empty column between, head and lines blank, passed over)
  for (let c = rule - 1; c >= 1; c--) {
    if (!grid.ownsCell(row, c) || grid.compactText(row, c) !== "" || roles.has(c)) continue;
    let labels = 0;
    let any = false;
    for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows) && !any; r++) any = grid.compactText(r, c) !== "";
    if (!any) continue;
    // (a label written again on its lines, the merge filled down, counted once)
    for (const r of rows.keys()) if (grid.startsInRow(r, c) && grid.anchorRow(r, c) === r && grid.compactText(r, c) && grid.compactText(r, c) !== grid.compactText(r - 1, c)) labels++;
    if (labels >= 1 && labels < rows.size) columns.level1 = c;
    break;
  }
  return { headerRow: row, firstHeaderRow: row, columns, roleCount: Object.keys(columns).length, pointsCloseItems: true };
}

/**
 * The points each line's text in column `col` closes with (closingItemPoints), by row, from `from` to `to` (a closing 合计
 * line ends them); null where fewer than MIN_LINES lines read so or they are not most of the lines with text. `bare`: the
 * lines closing with points in a bracket count as such, their points left to the bracket's reader (not in the map).
 */
export function closingItemRows(grid: Grid, col: number, from: number, to: number, bare = false): Map<number, number> | null {
  const out = new Map<number, number>();
  let lines = 0;
  let closing = 0;
  for (let r = from; r <= to; r++) {
    if (isClosingRow(grid, r)) break;
    if (!grid.startsInRow(r, col) || grid.anchorRow(r, col) !== r) continue;
    const m = grid.mergeAt(r, col);
    // (a caption across the table is no line)
    if (m && m.c2 > m.c1) continue;
    const text = grid.text(r, col);
    if (!text) continue;
    // (most texts state no points: no pattern run)
    if (text.indexOf("分") < 0) {
      lines++;
      continue;
    }
    lines++;
    const p = closingItemPoints(text);
    if (p === null) continue;
    closing++;
    if (!bare || closingItemPoints(text, true) !== null) out.set(r, p);
  }
  return closing >= MIN_LINES && 2 * closing > lines ? out : null;
}
