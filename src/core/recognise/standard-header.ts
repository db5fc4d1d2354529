import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { pointsAt } from "./cells";
import { rulePoints } from "./rule-points";
import { isClosingRow } from "./table-closing";
import { levelsUnderItemsHead } from "./items-head-levels";
import { firstHeaderOf, hasLevel, type HeaderMap, numbersBelow, rowRoles, rowRolesShared } from "./table-header";
import { awardsRubricAt } from "./award-rubric";
import { closingItemsAt } from "./closing-items";
import { CODE_HEADER, EXPLANATION_HEADER, NAME_HEADER, SCAN, THRESHOLD_HEADER, TOTAL_LABEL } from "./vocabulary";

/**
 * A scoring standard's header that names no level (评估标准, 评分标准表: 标号 | 项目 | 标准 | 等级 | 说明 | 评估细则, or
 * 序号 | 项目 | 分值 | 评分标准): the items' name column headed 项目 (or 内容), a points column (分值, or 等级 when every
 * cell under it is a number: elsewhere 等级 is a grade, 优 / 良), and a column that rules or explains the items
 * (评分标准, 评估细则, 说明). Its other columns: a numbering column left of the names (标号, 序号: the items' codes, whose
 * nesting 1 / 11 / 111 makes the levels, see codeSections) and a 标准 column between the names and the points (the
 * threshold each grade of an item needs: its grades are that item's lines, see the walk's tiers).
 */

/** Data lines of such a table that must carry a name and points. */
const MIN_ITEMS = 2;

export function standardHeaderAt(grid: Grid, row: number): HeaderMap | null {
  const text = (c: number) => (grid.ownsCell(row, c) ? grid.compactText(row, c) : "");
  let name: number | undefined;
  for (let c = 1; c <= grid.scanCols && name === undefined; c++) if (NAME_HEADER.test(text(c))) name = c;
  // (no items' head: a rule's head merged over the items' and the rules' columns, 序號 | 驗收及計分標準, its lines' points
  // only awards inside their rules: award-rubric.ts)
  // (or a rule column whose items close with their points, '…。1分', beside a score column: closing-items.ts)
  if (name === undefined) return awardsRubricAt(grid, row, rowRolesShared(grid, row)) ?? closingItemsAt(grid, row, rowRolesShared(grid, row));
  const roles = rowRoles(grid, row);
  if (hasLevel(roles) || roles.has(name)) return null;
  const all = [...roles.values()];
  if (all.some((r) => r === "targetValue" || r === "actual")) return null;
  const grouped = groupedCriteria(grid, row, name, roles);
  if (grouped) return grouped;
  const framed = pointsInRules(grid, row, name, roles);
  if (framed) return framed;
  // (or each rule awarding its item's points, none opening it: award-rubric.ts)
  const awarded = awardsRubricAt(grid, row, roles, name);
  if (awarded) return awarded;
  if (all.some((r) => r === "score")) return null;
  let points: number | undefined;
  for (let c = name + 1; c <= grid.scanCols && points === undefined; c++) {
    const role = roles.get(c);
    if (role === "weight" || (role === "grade" && numbersBelow(grid, row, c))) points = c;
  }
  if (points === undefined) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level3: name, weight: points };
  for (let c = name + 1; c <= grid.scanCols; c++) {
    const role = roles.get(c);
    if (role === "rubric" && columns.rubric === undefined) columns.rubric = c;
    else if ((role === "explanation" || (!role && EXPLANATION_HEADER.test(text(c)))) && columns.explanation === undefined) columns.explanation = c;
  }
  if (columns.rubric === undefined && columns.explanation === undefined) return null;
  // (the items' word merged across two or three label columns, 项目 over A:B | 分值 | 内容与要求 | 赋分方法: the levels
  // under it where a group's points are its lines', items-head-levels.ts — the groups' labels in the first, the items last)
  const levels = levelsUnderItemsHead(grid, row, points);
  if (levels?.has(name)) {
    delete columns.level3;
    for (const [c, role] of levels) columns[role] = c;
  }
  // (data lines: a name and points on the same line; or, under a name merged down over several lines, a line with its own
  // text between the names and the points, in a column of no role: one of the lines that label heads, an excerpt cut in
  // its first label counts them)
  let items = 0;
  // (in a column the header gives no role: the items' own names, 小项内容, not a rule column standing before the points)
  const ownText = (r: number) => { for (let c = name + 1; c < points; c++) if (!roles.has(c) && grid.startsInRow(r, c) && grid.text(r, c)) return true; return false; };
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows) && items < MIN_ITEMS; r++) {
    if (isClosingRow(grid, r)) {
      // (a 合计 printed first, over the lines: stepped over, no line of the standard)
      if (totalPrintedFirst(grid, row, r)) continue;
      break;
    }
    if (grid.text(r, name) && (grid.startsInRow(r, name) || ownText(r)) && pointsAt(grid, r, points)) items++;
  }
  if (items < MIN_ITEMS) return null;
  const header: HeaderMap = { headerRow: row, firstHeaderRow: row, columns, roleCount: Object.keys(columns).length };
  for (let c = name - 1; c >= 1; c--) if (CODE_HEADER.test(text(c))) {
    header.codeCol = c;
    break;
  }
  for (let c = name + 1; c < points; c++) if (!roles.has(c) && THRESHOLD_HEADER.test(text(c))) {
    header.thresholdCol = c;
    break;
  }
  return header;
}

/**
 * A work assessment's rules grouped by item (序号 | 项目 | 分值 | 考核标准 | 单项分值 | 得分): the item's name and its points
 * merged down its criteria, each criterion a line of its own with its own points. The criteria are the lines scored
 * (their text their name, their points the weight, the 得分 column theirs) and each item is their 一级 group with the
 * points they add up to. Evidence: two points columns right of the names, a text column between them, the first
 * column's points standing only where an item starts (merged down its criteria, left blank below or written again with
 * the name on each: a filled-down copy), one item at least spanning two criteria, and the second column's points on
 * the criteria. The item's points may also stand right of the criteria's own (序号 | 项目 | 考核标准 | 具体分值 | 项目分值 |
 * 扣分 | 得分, the criteria's text then between the names and both points columns): the same evidence, the columns' order
 * swapped.
 */
function groupedCriteria(grid: Grid, row: number, name: number, roles: Map<number, ColumnRole>): HeaderMap | null {
  const weights = [...roles].filter(([c, r]) => r === "weight" && c > name).map(([c]) => c);
  if (weights.length !== 2) return null;
  // (the item's points left of its criteria, 项目 | 分值 | 考核标准 | 单项分值; or right of the criteria's own points,
  // 项目 | 考核标准 | 具体分值 | 项目分值: the lines decide which column is the item's — its points stand only where an item
  // starts, the other column's on each criterion)
  return criteriaLayout(grid, row, name, roles, weights[0], weights[1], weights[0] + 1, weights[1] - 1)
    ?? criteriaLayout(grid, row, name, roles, weights[1], weights[0], name + 1, weights[0] - 1);
}

/** groupedCriteria with the item's points in `groupPoints`, each criterion's in `points`, the criteria's text in the first
 *  column between `from` and `to` that the header gives no role or a rule's. */
function criteriaLayout(grid: Grid, row: number, name: number, roles: Map<number, ColumnRole>, groupPoints: number, points: number, from: number, to: number): HeaderMap | null {
  let criteria: number | undefined;
  for (let c = from; c <= to && criteria === undefined; c++) if (!roles.has(c) || roles.get(c) === "rubric") criteria = c;
  if (criteria === undefined) return null;
  let score: number | undefined;
  for (const [c, r] of roles) if (r === "score" && c > Math.max(points, groupPoints) && score === undefined) score = c;
  let items = 0;
  let spanning = false;
  let lines = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    if (isClosingRow(grid, r)) {
      // (a 合计 printed first, over the lines: stepped over, no line of the standard)
      if (totalPrintedFirst(grid, row, r)) continue;
      break;
    }
    // (the header repeated at a page break is no line of the table)
    if (!grid.rowHasContent(r) || grid.compactText(r, name) === grid.compactText(row, name)) continue;
    // (a name written again on each of its lines, with its points, is a filled-down copy: the same item goes on)
    const starts = grid.startsInRow(r, name) && grid.text(r, name) !== "" && !(r > row + 1 && grid.compactText(r, name) === grid.compactText(r - 1, name) && sameNumber(grid, r, r - 1, groupPoints));
    // (the item's points beside its name only, on the line it starts)
    if (grid.startsInRow(r, groupPoints) && pointsAt(grid, r, groupPoints) && !starts && !sameNumber(grid, r, r - 1, groupPoints)) return null;
    if (starts) {
      if (!pointsAt(grid, r, groupPoints)) return null;
      items++;
    }
    if (!grid.text(r, criteria) || !pointsAt(grid, r, points)) continue;
    lines++;
    // (a criterion under the item's name, merged down to it or left blank: the item spans its criteria)
    if (!starts && items > 0) spanning = true;
  }
  if (items < 1 || !spanning || lines < MIN_ITEMS + 1) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level1: name, level1Weight: groupPoints, level3: criteria, weight: points };
  if (score !== undefined) columns.score = score;
  return { headerRow: row, firstHeaderRow: row, columns, roleCount: Object.keys(columns).length };
}

/**
 * Such a header with no points column, each item's points opening its rule (序号 | 项目 | 考核标准 | 得分, "(5分)查阅资料…",
 * "满分5分，…", "5分。…": rulePoints): the items' column, the rules' column right of it (the first, the only one) and
 * a score column right of that, if any. Evidence: the rule on each of two data lines at least opens with the points,
 * the item's name beside it. The walk reads each item's points from its rule.
 */
function pointsInRules(grid: Grid, row: number, name: number, roles: Map<number, ColumnRole>): HeaderMap | null {
  if ([...roles.values()].some((r) => r === "weight" || r === "grade")) return null;
  const rules = [...roles].filter(([c, r]) => r === "rubric" && c > name).map(([c]) => c);
  if (rules.length !== 1) return null;
  const rubric = rules[0];
  let items = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows) && items < MIN_ITEMS; r++) {
    if (isClosingRow(grid, r)) {
      // (a 合计 printed first, over the lines: stepped over, no line of the standard)
      if (totalPrintedFirst(grid, row, r)) continue;
      break;
    }
    if (grid.startsInRow(r, name) && grid.text(r, name) && grid.startsInRow(r, rubric) && rulePoints(grid.text(r, rubric)) !== null) items++;
  }
  if (items < MIN_ITEMS) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level3: name, rubric };
  for (const [c, r] of roles) if (r === "score" && c > rubric && columns.score === undefined) columns.score = c;
  const header: HeaderMap = { headerRow: row, firstHeaderRow: row, columns, roleCount: Object.keys(columns).length };
  for (let c = name - 1; c >= 1; c--) if (CODE_HEADER.test(grid.ownsCell(row, c) ? grid.compactText(row, c) : "")) {
    header.codeCol = c;
    break;
  }
  return header;
}

/** Lines `a` and `b` hold the same points in column `col`. */
function sameNumber(grid: Grid, a: number, b: number, col: number): boolean {
  const x = pointsAt(grid, a, col);
  const y = pointsAt(grid, b, col);
  return !!x && !!y && x.value === y.value;
}

/** The first such header on the sheet (a sheet that has no indicator header and no block of scored criteria). */
export function firstStandardHeader(grid: Grid): HeaderMap | null {
  return firstHeaderOf(grid, standardHeaderAt);
}

/**
 * Line `r` is the table's 合计 / 总分 printed first, right under the header line `head` (工作内容 | 考评标准 | 标准分, then
 * 合计 | | 220, then the groups and items): the standard's whole stated before its parts, not the table's end — its first
 * text a total's label, a line with content under it that closes nothing. (The walk reads it as the leading total line.)
 */
function totalPrintedFirst(grid: Grid, head: number, r: number): boolean {
  // (the first line with content under the header: a blank line between them changes nothing)
  let first = head + 1;
  while (first < r && !grid.rowHasContent(first)) first++;
  if (r !== first) return false;
  let label = "";
  for (let c = 1; c <= grid.scanCols && !label; c++) if (grid.startsInRow(r, c)) label = grid.compactText(r, c);
  if (!TOTAL_LABEL.test(label)) return false;
  let next = r + 1;
  while (next <= grid.rowCount && !grid.rowHasContent(next)) next++;
  return next <= grid.rowCount && !isClosingRow(grid, next);
}
