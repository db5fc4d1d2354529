import type { Grid } from "../grid/grid";
import { LEVEL_ROLES } from "../model/types";
import type { ColumnRole } from "../model/types";
import { budgetRole, indicatorRole, itemsPointsHead, pointsHeadLevel } from "./headers";
import { copiesAbove, copiesEnd, copiesLeft, headMerge, numberOrPointsAt, pointsAt, weightValueAt } from "./cells";
import { readNumber } from "../text/numbers";
import { parseValue } from "../text/quantity";
import { isClosingRow } from "./table-closing";
import { bandLadder, rulePoints } from "./rule-points";
import { pointTiersAsRule } from "./point-tiers";
import { gradeTierSpan, gradeTiersAsRule, tieredRubricHeader, tierPointsNotScores } from "./table-tiers";
import { criterionPoints, groupWeightInLabel, itemWeightInLabel, lostPointsInLabel, weightInLabel } from "../text/labels";
import { chineseNumber, labelCode, serialNumber } from "../text/codes";
import { amountRole, rowHasNumbers, sidesNamedAbove } from "./blocks";
import { placeOpening } from "../rubric/region";
import { ADMIN_SUFFIX_END, SO_FAR_COMPLETION_HEADER, ATTACHMENT_NUMBER, ITEMS_WITH_RULE, ITEMS_WORD, CODE_HEADER, GROUP_NAME_HEADER, NAME_HEADER, PROGRESS_HEADER, TASK_TARGET_HEADER, DOCUMENT_TITLE_END, FINER_ITEM_HEADER, GROUP_TOTAL_HEADER, LADDER_WORD, NOTE_COLUMN_HEADER, NOTE_LINE, PLACE_TITLE_EVIDENCE, REGION_OPENING, RESULT_TOTAL_LABEL, SCAN, TITLE_OPENING, TOTAL_LABEL } from "./vocabulary";
import { fourthAfterOrdinals, fourthLevel, levelPointsLadder } from "./fourth-level";
import { columnMarkerLine } from "./column-markers";
import { groupPointSpans } from "./label-blocks";
import { groupLabelsBesideItems, labelsSpanItems } from "./group-labels-beside-items";
import { levelsUnderItemsHead } from "./items-head-levels";
import { levelsUnderOneHead } from "./levels-under-one-head";
import { listedItemColumn, pointedColumnsUnderHead } from "./short-lists";
import { ruleClosingPoints } from "./closing-points";
import { closingItemRows } from "./closing-items";
import { parallelWeightColumns } from "./parallel-weights";
import { parallelScoreColumns } from "./parallel-scores";
import { unnamedPointsColumn } from "./unnamed-points";
import { numberedItemsColumn } from "./numbered-items-column";
import { criteriaListEnd, criteriaWeightColumns, withCriteriaWeights } from "./criteria-weights";
import { awardsRuleColumn } from "./awards-rule-column";
import { intervalRubricHeader, withIntervalTiers } from "./interval-rubric";
import { agreesTyped } from "../relations/tolerance";
import { wholeShareColumn } from "./share-column";

/** The indicator table's header: one or two rows, each column's role (一级/二级/三级指标, 分值, 得分, …). */

export interface HeaderMap {
  /** the header's last row (data starts below it) */
  headerRow: number;
  firstHeaderRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  roleCount: number;
  /** read from the columns' contents: the sheet has no header row (a table tail); headerRow is the row above the data */
  inferred?: boolean;
  /** of an inferred table: the line right above it is its header line, the part of it the page kept (table-infer withHeadsKept) */
  headKept?: true;
  /** the table's last row where the header itself bounds it (a block of scored criteria: see criteriaHeaderAt) */
  lastRow?: number;
  /** a list of criteria and their weights read by its numbers (criteria-weights.ts): each named line a criterion, its weight blank or not */
  criteriaList?: true;
  /** a scoring standard's numbering column (标号 1 / 11 / 111: the codes whose nesting makes its levels, see standard-header) */
  codeCol?: number;
  /** a scoring standard's 标准 column: the threshold each grade of an item needs (one line per grade) */
  thresholdCol?: number;
  /** a four-level table's 三级 column (the leaves are in the 四级 one, columns.level3): see fourth-level */
  thirdLevelCol?: number;
  /** the table's total line where the header's inference read it (an unnamed line of sums under graded lines) */
  totalRow?: number;
  /** its lines may carry no name (a table whose labels the page lost): a leading line of bare points is a line */
  unnamedLines?: true;
  /** a column of each group's points merged down its lines (合计得分 over the lines' 得分 points): see groupPointsColumn */
  groupPointsCol?: number;
  /** further weight columns beside `columns.weight`, one per assessment of the same items: see parallel-weights.ts */
  parallelWeightCols?: number[];
  /** further score columns beside `columns.score`, one per stage of review of the same items: see parallel-scores.ts */
  parallelScoreCols?: number[];
  /** the items' points stand only as awards inside their rules (no 分值 column): the walk reads each line's worth from them (award-rubric.ts) */
  ruleAwards?: true;
  /** the items' points close their own text, '…。1分' (no 分值 column): the walk reads each line's points from it (closing-items.ts) */
  pointsCloseItems?: true;
  /** an interval rubric's column of the points each tier line earns (区间, or a 分值 column of ranges): interval-rubric.ts */
  tierRangeCol?: number;
  /** a deduction standard: its rule column states what each fault found takes off, its items no points (deduction-standard.ts) */
  perOccurrence?: true;
}

const KEY_ROLES: ColumnRole[] = ["level1", "level2", "level3", "targetValue", "actual", "weight", "score", "rubric", "reason"];

/** each grid's rows' roles as first read (a grid never changes): the header search asks again for the rows it read below a candidate */
const readRoles = new WeakMap<Grid, Map<number, Map<number, ColumnRole>>>();

/** The role each column's head on `row` names (a copy: the caller may change it). Read once per grid and row. */
export function rowRoles(grid: Grid, row: number): Map<number, ColumnRole> {
  return new Map(rowRolesShared(grid, row));
}

/**
 * rowRoles as first read, not copied: for a caller that only reads them (a scan asking every line of the sheet's top
 * whether it heads a table made a copy of each line's roles, most of them none).
 */
export function rowRolesShared(grid: Grid, row: number): ReadonlyMap<number, ColumnRole> {
  let rows = readRoles.get(grid);
  if (!rows) readRoles.set(grid, (rows = new Map()));
  let roles = rows.get(row);
  if (!roles) rows.set(row, (roles = readRowRoles(grid, row)));
  return roles;
}

/** The roles of every line naming no column (rowRolesShared's readers read it, rowRoles' get a copy): none changes it. */
const NO_ROLES: Map<number, ColumnRole> = new Map();

function readRowRoles(grid: Grid, row: number): Map<number, ColumnRole> {
  // (made at the line's first role: most lines a header search asks of name none, and their roles stay cached)
  let roles: Map<number, ColumnRole> | null = null;
  let weights = 0;
  let lastWeight = 0;
  let weightBefore = 0;
  let score = false;
  let rubrics = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    const role = indicatorRole(grid.text(row, c));
    if (!role) continue;
    (roles ??= new Map()).set(c, role);
    if (role === "score") score = true;
    else if (role === "rubric") rubrics++;
    else if (role === "weight") {
      weights++;
      weightBefore = lastWeight;
      lastWeight = c;
    }
  }
  // (a line naming no column, most lines a header search asks of: of the readings below only a progress table's head
  // reads one, and the others' copies and iterators of the empty map were most of what this made per line)
  // (none made for it either: the one empty map stands for its roles)
  if (roles === null) {
    // (or a list of criteria and their weights headed by words the vocabulary lacks, 評分項目 | 比重, 評審準則 | 研究和應用項目
    // | 純研究項目: criteria-weights.ts)
    const criteria = criteriaWeightColumns(grid, row, NO_ROLES);
    return criteria ? withCriteriaWeights(NO_ROLES, criteria) : (progressTableRoles(grid, row) ?? NO_ROLES);
  }
  yearCompletionOverSoFar(grid, row, roles);
  if (weights === 0 && score) pointsUnderScoringHead(grid, row, roles);
  if (rubrics >= 2 && weights >= 1) criteriaBeforePoints(grid, row, roles);
  if (rubrics >= 2 && weights >= 1) joinedItemsBeforePoints(grid, row, roles);
  // 分数 after a 分值 (or 权重) column and no 得分 column is the points given: the score (考核内容 | 分值 | 计分标准 | 分数),
  // unless a level has no weight of its own yet (一级 | 权重 | 二级 | 分值 | 三级 | 目标值 | 分数: the 三级 one's 分值),
  // or its values add up to the weight before it group by group (the lower level's own weight); one 分数 merged over a
  // pair of columns (分数 over 主城各区 | 其他区县) is that pair's weight, after no other; and 分数 twice, a level's name
  // column between them (类别 | 分数 | 项目 | 分数), is one word for both levels' points — the second the items' whether
  // or not they add up (a slip in an item's points is a slip, not the points given)
  if (!score && weights >= 2 && grid.compactText(row, lastWeight) === "分数" && everyLevelWeighted(roles, lastWeight) && !oneCellOver(grid, row, weightBefore, lastWeight) && !sameWordEachLevel(grid, row, roles, weightBefore, lastWeight) && !addsUpToGroupWeights(grid, row, weightBefore, lastWeight)) {
    roles.set(lastWeight, "score");
  }
  // (or written again in each of those cells, the merge filled across: read at its first cell)
  for (const [c, role] of [...roles]) if (LEVEL_ROLES.includes(role) && roles.has(c) && !copiesLeft(grid, row, c) && (grid.mergeAt(row, c) || !grid.compactText(row, c + 1) || copiesLeft(grid, row, c + 1))) mergedOverCodeAndName(grid, row, c, roles);
  // (one level word merged over the three levels' columns, 指标 over 一级 | 二级 | 三级: levels-under-one-head.ts)
  levelsUnderOneHead(grid, row, roles);
  // (a head naming the items and their points, 项目名称及分值, merged over a group column and an item column whose labels
  // state their points: the two levels, short-lists.ts)
  for (const [c, role] of [...roles]) {
    if (role !== "level3" || !grid.ownsCell(row, c) || pointsHeadLevel(grid.compactText(row, c)) !== "level3") continue;
    const levels = pointedColumnsUnderHead(grid, row, c);
    if (!levels) continue;
    // (every column under the merged head reads its word: only the levels keep one)
    const m = grid.mergeAt(row, c);
    for (let k = c; k <= (m ? m.c2 : c); k++) roles.delete(k);
    for (const [k, r] of levels) roles.set(k, r);
  }
  levelBesideEachPoints(grid, row, roles);
  itemsHeadOverLevel(grid, row, roles);
  criteriaItemsBeforeRules(grid, row, roles);
  progressTableHead(grid, row, roles);
  // (a standard's numbered items under a word naming no level, 类别 | 标准 | 分值; then a rule column under a word the
  // vocabulary lacks, its bracketed awards adding up to each line's 分值)
  numberedItemsColumn(grid, row, roles);
  awardsRuleColumn(grid, row, roles);
  // (a list of criteria and their weights whose heads name no level or no weight, 评审标准 | 评分比例, 评分项目 | 比重:
  // criteria-weights.ts)
  if (!hasLevel(roles) || ![...roles.values()].includes("weight")) {
    const criteria = criteriaWeightColumns(grid, row, roles);
    if (criteria) return withCriteriaWeights(roles, criteria);
  }
  return roles;
}

/**
 * Two completion heads in a line, one of the year so far (上半年完成情况, 1-6月完成值: SO_FAR_COMPLETION_HEADER) and one of
 * the whole year (全年完成情况, 实际完成值): the year's is the completion, the period's a figure beside it. `roles` is changed
 * in place.
 */
function yearCompletionOverSoFar(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  const actual = [...roles].filter(([, r]) => r === "actual").map(([c]) => c);
  if (actual.length < 2) return;
  const soFar = actual.filter((c) => SO_FAR_COMPLETION_HEADER.test(grid.compactText(row, c)));
  if (soFar.length === 0 || soFar.length === actual.length) return;
  for (const c of soFar) roles.delete(c);
}

/** a bare 计分 head (记分, 計分 read compact): the points an item counts for, or the points it was given */
const SCORING_HEAD = /^(计分|记分)$/;
/** lines under a bare 计分 head read to tell whether it holds points */
const SCORING_HEAD_LINES = 12;

/**
 * A bare 计分 head left of a score (得分) column on a line naming no weight (考核项目 | 考核内容 | 计分 | 考核评分方法 | 得分 |
 * 备注, 秋季动物防疫): the score is the 得分 column's, so the 计分 column holds the points each item counts for — the
 * weight, where its cells below are numbers (two at least, no text among them but a group line's text filled across or
 * the head repeated at a page break: a column of rule texts under 计分 is no points column). Without a 得分 column, or
 * right of it, 计分 may be the points given and is left unread. `roles` is changed in place.
 */
function pointsUnderScoringHead(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  let scoreCol = 0;
  for (const [c, role] of roles) if (role === "score" && (!scoreCol || c < scoreCol)) scoreCol = c;
  for (let c = 1; c < scoreCol; c++) {
    if (roles.has(c) || !grid.ownsCell(row, c) || !SCORING_HEAD.test(grid.compactText(row, c))) continue;
    let numbers = 0;
    for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCORING_HEAD_LINES); r++) {
      // (a group line merged across, or its merge filled across by an export: no cell of the column)
      if (!grid.ownsCell(r, c) || copiesLeft(grid, r, c)) continue;
      const t = grid.compactText(r, c);
      // (the head itself again: the header repeated at a page break)
      if (!t || SCORING_HEAD.test(t)) continue;
      if (typeof grid.raw(r, c) !== "number" && readNumber(t) === null) return;
      numbers++;
    }
    if (numbers >= 2) roles.set(c, "weight");
    return;
  }
}

/** lines under a progress table's header read to tell its name head's span, its merge undone */
const NAME_SPAN_LINES = 100;

/**
 * The last column of a progress table's name head written without its merge (项目内容 | blank, a CSV dump or a paste as
 * values): the blank header cell right of it, before the task, is under the head when the lines name their items there
 * and name fewer things in the head's own column — a 分项 written on its first item's line only, its merge down undone
 * (促进就业创业 on one line of four, an item's name on each). A blank-headed column naming as many lines as the head's
 * own (a second column of names, or of notes) is no part of it, nor one holding numbers.
 */
function unmergedNameSpan(grid: Grid, row: number, name: number, target: number): number {
  const next = name + 1;
  if (next >= target || !grid.ownsCell(row, next) || grid.compactText(row, next)) return name;
  let items = 0;
  let groups = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + NAME_SPAN_LINES); r++) {
    if (!grid.rowHasContent(r)) break;
    const t = grid.ownsCell(r, next) ? grid.compactText(r, next) : "";
    if (t) {
      if (typeof grid.raw(r, next) === "number" || readNumber(t) !== null) return name;
      items++;
    }
    if (grid.ownsCell(r, name) && grid.compactText(r, name)) groups++;
  }
  return items >= 2 && groups < items ? next : name;
}

/**
 * A progress table's header, no level word in it (工程名称 | 序号 | 项目内容 | 目标任务 | 牵头单位 | 进度 | 完成目标(%) | 备注):
 * items named under a name head (NAME_HEADER: 项目内容, 工作内容), each with its task (TASK_TARGET_HEADER: 目标任务) and,
 * right of that, its progress so far (PROGRESS_HEADER: 进度) — each item's target and progress, as a monitoring table's
 * 指标值 | 实施进度. The name head is the items' column (level3); merged across two columns, the first is their 分项
 * (level2) and the second the items; a group name left of it (GROUP_NAME_HEADER: 工程名称) their group (level1). The task
 * is the target. A 目标任务 with no 进度 after it (目标任务 | 分值 | 考核标准: an assessment's work items) is none of
 * this. `roles` is changed in place.
 */
function progressTableHead(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  if (roles.size > 0) return;
  const found = progressTableRoles(grid, row);
  if (found) for (const [c, role] of found) roles.set(c, role);
}

/** progressTableHead's roles for a line read as naming no column: null where it is no progress table's head. */
function progressTableRoles(grid: Grid, row: number): Map<number, ColumnRole> | null {
  let target = 0;
  let progress = 0;
  for (let c = 1; c <= grid.scanCols && !progress; c++) {
    if (!grid.ownsCell(row, c)) continue;
    const t = grid.compactText(row, c);
    if (!target) {
      if (TASK_TARGET_HEADER.test(t)) target = c;
    } else if (PROGRESS_HEADER.test(t)) progress = c;
  }
  if (!progress) return null;
  let name = 0;
  for (let c = target - 1; c >= 1 && !name; c--) if (grid.ownsCell(row, c) && NAME_HEADER.test(grid.compactText(row, c)) && !TASK_TARGET_HEADER.test(grid.compactText(row, c))) name = c;
  if (!name) return null;
  const m = grid.mergeAt(row, name);
  const last = m && m.r1 === row ? m.c2 : unmergedNameSpan(grid, row, name, target);
  if (last - name > 1) return null;
  const roles = new Map<number, ColumnRole>();
  if (last > name) roles.set(name, "level2");
  roles.set(last, "level3");
  for (let c = name - 1; c >= 1; c--) {
    if (!grid.ownsCell(row, c) || !GROUP_NAME_HEADER.test(grid.compactText(row, c))) continue;
    roles.set(c, "level1");
    break;
  }
  roles.set(target, "targetValue");
  return roles;
}

/**
 * Of the cells in `col` under the header at `headRow` that hold text (closing rows left out), most pass `test`, two at
 * least: scoring rules, numbered labels with their points, labels stating their weights.
 */
function mostBelow(grid: Grid, headRow: number, col: number, test: (t: string) => boolean): boolean {
  let filled = 0;
  let hits = 0;
  for (let r = headRow + 1; r <= Math.min(grid.rowCount, headRow + SCAN.headerSettleRows); r++) {
    if (!grid.ownsCell(r, col) || isClosingRow(grid, r)) continue;
    const t = grid.text(r, col);
    if (!t) continue;
    filled++;
    if (test(t)) hits++;
  }
  return hits >= 2 && hits * 2 > filled;
}

/** Of the cells under `row` in `col` that hold text, most are scoring rules (扣0.5分, 不得分): two at least. */
const rulesBelow = (grid: Grid, row: number, col: number) => mostBelow(grid, row, col, (t) => SCORING_RULE_TEXT.test(t));

/**
 * A standard the items meet (考核标准, 评估标准: CRITERIA_STANDARD, read as the rubric) right of a level column, no
 * 分值 column and no other level: where its cells are numbered criteria stating their points ("1.标识醒目…(2分)") and
 * the next headed column holds the scoring rules (扣分/加分情况: "发现一次扣1分"), the standard's column holds the items,
 * the level's lowest, and the next column is the rubric (考核内容 | 考核标准 | 扣分/加分情况 | 考核办法 | 自评分).
 * The rules' column may be headed by a rule's own word (扣分标准, 评分标准: read as a rubric already). The level's head
 * may stand over two columns (考核内容 merged over A:B, or over a blank head cell right of it): the groups and their
 * parts (基础工作(70) | 社区自治(10分)), the first the 一级 and the second the 二级. `roles` is changed in place.
 */
function criteriaItemsBeforeRules(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  if ([...roles.values()].includes("weight")) return;
  const levels = [...roles].filter(([, r]) => LEVEL_ROLES.includes(r)).map(([c]) => c).sort((a, b) => a - b);
  if (!levels.length || roles.get(levels[0]) === "level3") return;
  const rubrics = [...roles].filter(([, r]) => r === "rubric").map(([c]) => c).sort((a, b) => a - b);
  const c = rubrics[0];
  if (c === undefined || c <= levels[levels.length - 1] || !CRITERIA_STANDARD.test(grid.compactText(row, c))) return;
  let next = c + 1;
  while (next <= grid.scanCols && !(grid.ownsCell(row, next) && grid.compactText(row, next))) next++;
  if (next > grid.scanCols || (roles.has(next) && roles.get(next) !== "rubric") || rubrics.some((k) => k !== c && k !== next)) return;
  const span = levelHeadSpan(grid, row, levels[0], c, roles);
  if (!span) return;
  if (!numberedPointedLabels(grid, row, c) || !rulesBelow(grid, row, next)) return;
  // (an empty column under the head, between its two: no level)
  for (const k of levels) if (!span.includes(k)) roles.delete(k);
  if (span.length === 2) {
    roles.set(span[0], "level1");
    roles.set(span[1], "level2");
  }
  roles.set(c, "level3");
  roles.set(next, "rubric");
}

/**
 * The columns a level's head at (row, level) stands over left of column `before`, those holding text under the header:
 * its merge (or its word written again across: headMerge), then blank unroled head cells right of it. One or two
 * columns; undefined where a column between holds a head of its own, or none or more than two hold text.
 */
function levelHeadSpan(grid: Grid, row: number, level: number, before: number, roles: Map<number, ColumnRole>): number[] | undefined {
  const m = headMerge(grid, row, level);
  const merged = m && m.c1 === level ? m.c2 : level;
  const cols: number[] = [];
  for (let k = level; k < before; k++) {
    if (k > merged && ((grid.ownsCell(row, k) && grid.compactText(row, k)) || (roles.has(k) && !LEVEL_ROLES.includes(roles.get(k)!)))) return undefined;
    if (!emptyBelow(grid, row, k)) cols.push(k);
  }
  return cols.length === 1 || cols.length === 2 ? cols : undefined;
}

/**
 * A head naming items and their points with no level word of its own (攻坚工程任务及评分值: itemsPointsHead) left of a
 * column that names the items' level itself (具体考核指标, 考核要点): the head's labels ('防艾办机构人员落实(50分)') are the
 * groups those items belong to, one level up. `roles` is changed in place.
 */
function itemsHeadOverLevel(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  for (const [c, role] of [...roles]) {
    if (role !== "level3" || !itemsPointsHead(grid.compactText(row, c))) continue;
    if ([...roles].some(([k, r]) => k > c && r === "level3" && !itemsPointsHead(grid.compactText(row, k))) && ![...roles].some(([k, r]) => k !== c && r === "level2")) roles.set(c, "level2");
  }
}

/** A standard the items meet (评估标准, 考核标准, 验收标准), not the rule giving their points (评分标准, 计分标准). */
const CRITERIA_STANDARD = /^(?!评分|打分|计分|扣分|记分)[\u4e00-\u9fa5]{2,4}标准$/;

/**
 * Two '…标准' (or rule) columns with the points between them (项目 | 评估标准 | 分值 | 评分标准), or after both (项目 | 评估标准 |
 * 评分标准 | 分值, fam56): the standard holds the items (each criterion with its 分值), the other the rules — the standard is
 * the items' column. With no level word it is the only level; with one level column left of it and no other (考核项目 |
 * 考核标准 | 分值 | 评分方式: a scored assessment's groups, each criterion on its line), that column holds the groups, one
 * level up. A level right of the standard, or two levels already, leave the header as read.
 */
function criteriaBeforePoints(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  const cols = [...roles.keys()].sort((a, b) => a - b);
  const w = cols.findIndex((c) => roles.get(c) === "weight");
  if (w < 1 || roles.get(cols[w - 1]) !== "rubric") return;
  // (fam56: or the points right of both, 项目 | 评估标准 | 评分标准 | 分值 — the columns printed in another order: the standard
  // the first of the two, the rule, no standard's word of its own, right before the points)
  const between = cols.slice(w + 1).some((c) => roles.get(c) === "rubric");
  const after = !between && w >= 2 && roles.get(cols[w - 2]) === "rubric" && !CRITERIA_STANDARD.test(grid.compactText(row, cols[w - 1]));
  if (!between && !after) return;
  const criteria = cols[between ? w - 1 : w - 2];
  if (!CRITERIA_STANDARD.test(grid.compactText(row, criteria))) return;
  const levels = cols.filter((c) => LEVEL_ROLES.includes(roles.get(c)!));
  if (levels.length > 1 || (levels.length === 1 && (levels[0] > criteria || roles.get(levels[0]) !== "level3"))) return;
  // (the level column holds groups only where a label stands over two criteria or more — merged down them, or blank on the
  // lines after it; a label on each line, 考核项目 | 考核标准 | 分值 | 评分细则 with one item a line, names the items themselves
  // and the 标准 is their rule text)
  if (levels.length === 1 && !labelOverCriteria(grid, row, levels[0], criteria)) return;
  if (levels.length === 1) roles.set(levels[0], "level2");
  roles.set(criteria, "level3");
}

/** Under header line `row`, a line with text in `criteria` and no label of its own in `level` (under a merge, or blank) after a labelled one. */
function labelOverCriteria(grid: Grid, row: number, level: number, criteria: number): boolean {
  let labelled = false;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    if (!grid.ownsCell(r, criteria) || !grid.compactText(r, criteria)) continue;
    const own = grid.startsInRow(r, level) && grid.compactText(r, level) !== "";
    if (own) labelled = true;
    else if (labelled) return true;
  }
  return false;
}

/**
 * Two rule columns with the points between them, the first headed by the items' word joined to a rule's
 * (考核项目 | 考核内容及计分标准 | 标准分 | 扣分标准): the first holds the items — each line its numbered item and what
 * earns its points — and the one after the points the rules; the first is the items' column (level3), a level column
 * left of it the groups' (level1). A single such column (评价内容及评分标准 right of the 分值) stays the rubric.
 */
function joinedItemsBeforePoints(grid: Grid, row: number, roles: Map<number, ColumnRole>): void {
  const cols = [...roles.keys()].sort((a, b) => a - b);
  const w = cols.findIndex((c) => roles.get(c) === "weight");
  if (w < 1 || roles.get(cols[w - 1]) !== "rubric" || !cols.slice(w + 1).some((c) => roles.get(c) === "rubric")) return;
  const word = ITEMS_WITH_RULE.exec(grid.compactText(row, cols[w - 1]))?.[1];
  if (!word || !(ITEMS_WORD.test(word) || LEVEL_ROLES.includes(indicatorRole(word) as ColumnRole))) return;
  const levels = cols.slice(0, w - 1).filter((c) => LEVEL_ROLES.includes(roles.get(c)!));
  if (levels.length > 1) return;
  if (levels.length === 1) roles.set(levels[0], "level1");
  roles.set(cols[w - 1], "level3");
}

/** Blank header cells right of a heading that it may stand over when the table's merges are undone (a CSV dump). */
const SPANNED_BLANK_CELLS = 2;

/**
 * A level's heading merged across the number, the name (and the points) columns (考核内容 over A:B or A:C: 1 | 队伍建设 |
 * 5), or standing over blank header cells where the merge is undone: it heads each of them. Under it, where the first
 * column holds plain sequence numbers (1, 2, 3 … on two lines at least, nothing else but part lines: merged across or
 * with no name beside them) and one column right of it the text on those lines, the level is that text column; a last
 * column of points under the heading on those lines is the 分值 where no other column is headed so. (The relabelled
 * 序号 | 考核内容 | 分值 reads the same.) `roles` is changed in place.
 */
function mergedOverCodeAndName(grid: Grid, row: number, c: number, roles: Map<number, ColumnRole>): void {
  const m = grid.mergeAt(row, c);
  if (m && (m.c1 !== c || m.r2 < row)) return;
  // (the heading written again across its cells, a merge filled across: those cells)
  let last = m ? m.c2 : copiesEnd(grid, row, c);
  if (!m && last === c) while (last < c + SPANNED_BLANK_CELLS && last < grid.scanCols && grid.ownsCell(row, last + 1) && !grid.compactText(row, last + 1) && !roles.has(last + 1)) last++;
  if (last === c) return;
  const top = m ? m.r2 : row;
  const end = Math.min(grid.rowCount, top + SCAN.headerSettleRows);
  const numbered: number[] = [];
  let nameCol = 0;
  let prev = 0;
  for (let r = top + 1; r <= end; r++) {
    if (!grid.startsInRow(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    const across = grid.mergeAt(r, c);
    // (a part line merged across the number and the name, "综合工作" over A:B, "一、规范操作(55分)" over the table; or
    // written again across them, the merge filled across)
    if ((across && across.c2 > c) || copiesLeft(grid, r, c + 1)) continue;
    const n = serialNumber(t, true);
    if (n === null) {
      // (a note between the items, "注：…", is no end)
      if (NOTE_LINE.test(t)) continue;
      if (isClosingRow(grid, r)) break;
      // (or written in the number cell alone, no name beside it: its points at most)
      let named = false;
      for (let k = c + 1; k <= last && !named; k++) if (grid.ownsCell(r, k) && /[\u4e00-\u9fa5]/.test(grid.compactText(r, k))) named = true;
      if (named) return;
      continue;
    }
    if (n !== prev + 1 && n !== 1) return;
    prev = n;
    // (the name: the first column right of the number with text on the line, the same on every line)
    let k = c + 1;
    while (k <= last && !grid.compactText(r, k)) k++;
    if (k > last || !/[\u4e00-\u9fa5]/.test(grid.compactText(r, k)) || (nameCol && k !== nameCol)) return;
    nameCol = k;
    numbered.push(r);
  }
  if (numbered.length < 2) return;
  // (every column under the merged cell reads its word: only the name column keeps it)
  const role = roles.get(c)!;
  for (let k = c; k <= last; k++) roles.delete(k);
  roles.set(nameCol, role);
  if (last <= nameCol || [...roles.values()].includes("weight")) return;
  // (an item cut at the excerpt's end may have no points yet)
  let points = 0;
  for (const r of numbered) {
    if (!grid.ownsCell(r, last) || !grid.compactText(r, last)) continue;
    if (pointsAt(grid, r, last) === null) return;
    points++;
  }
  if (points >= 2) roles.set(last, "weight");
}

/**
 * The points columns `a` and `b` of the header line `row` are headed by the same word, each right of a name column: a
 * level's left of `a`, and one headed column between them that reads as a level or as nothing (类别 | 分数 | 项目 | 分数,
 * 评估内容 | 分数 | 评估要点 | 分数) — the pairs levelBesideEachPoints reads as the groups' points and the items'. A rule
 * or a score column between them (考核内容 | 分数 | 评分标准 | 分数) makes no pair.
 */
function sameWordEachLevel(grid: Grid, row: number, roles: Map<number, ColumnRole>, a: number, b: number): boolean {
  if (grid.compactText(row, a) !== grid.compactText(row, b)) return false;
  const headed = (c: number) => grid.ownsCell(row, c) && !!grid.compactText(row, c);
  let left = a - 1;
  while (left >= 1 && !headed(left)) left--;
  const leftRole = left >= 1 ? roles.get(left) : undefined;
  if (!leftRole || !LEVEL_ROLES.includes(leftRole)) return false;
  const between: number[] = [];
  for (let c = a + 1; c < b; c++) if (headed(c)) between.push(c);
  if (between.length !== 1) return false;
  const role = roles.get(between[0]);
  return role === undefined || LEVEL_ROLES.includes(role);
}

/** Columns `a` and `b` of the line `row` are under one merged header cell. */
function oneCellOver(grid: Grid, row: number, a: number, b: number): boolean {
  const m = grid.mergeAt(row, b);
  return !!m && m.c1 <= a && a <= m.c2;
}

/**
 * Under the header line `row`, the points of column `col` add up, group by group, to the weight of column `groupCol`
 * merged over them (权重 10分 over two lines of 5分 + 5分), in one group of two lines at least: the values of a lower
 * level's weight, not the points given, which fall short wherever a line lost points. Unmerged, the group's weight is
 * written once with blanks below it, or filled down on each of its lines (组织领导 | 21 on three lines).
 */
function addsUpToGroupWeights(grid: Grid, row: number, groupCol: number, col: number): boolean {
  let groups = 0;
  let several = false;
  const end = Math.min(grid.rowCount, row + SCAN.headerSettleRows);
  for (let r = row + 1; r <= end; r++) {
    if (!grid.startsInRow(r, groupCol)) continue;
    const group = pointsAt(grid, r, groupCol);
    if (!group) continue;
    const m = grid.mergeAt(r, groupCol);
    let last = m && m.r1 === r ? m.r2 : r;
    // (unmerged: its lines go on while the cell is blank, or filled down with the same points beside the same label)
    if (!m) while (last < end && !isClosingRow(grid, last + 1) && (!grid.compactText(last + 1, groupCol) || filledAgain(grid, r, last + 1, groupCol))) last++;
    let sum = 0;
    let lines = 0;
    let unread = false;
    for (let k = r; k <= last; k++) {
      if (!grid.startsInRow(k, col) || !grid.compactText(k, col)) continue;
      const p = pointsAt(grid, k, col);
      if (p) {
        sum += p.value;
        lines++;
      } else unread = true;
    }
    // (a line whose points are not filled in, "分" alone, leaves its group's sum unknown)
    if (unread) lines = 0;
    if (lines && !agreesTyped(group, sum)) return false;
    if (lines) groups++;
    if (lines >= 2) several = true;
    r = last;
  }
  return groups > 0 && several;
}

/** Line `k` repeats line `r`'s points in `col` beside the same label in the column left of it (a group filled down). */
function filledAgain(grid: Grid, r: number, k: number, col: number): boolean {
  return col > 1 && grid.compactText(k, col) === grid.compactText(r, col) && !!grid.compactText(r, col - 1) && grid.compactText(k, col - 1) === grid.compactText(r, col - 1);
}

/**
 * Every level column right of the line's first weight has a weight column of its own after it (before the next
 * level's), `except` left aside: the weights stand per level (一级 | 权重 | 二级 | 分值 | …), none is missing.
 */
function everyLevelWeighted(roles: Map<number, ColumnRole>, except: number): boolean {
  const cols = [...roles.keys()].sort((a, b) => a - b);
  let weighted = false;
  let open = false;
  for (const c of cols) {
    const role = roles.get(c) as ColumnRole;
    if (LEVEL_ROLES.includes(role)) {
      if (open) return false;
      open = weighted;
    } else if (role === "weight" && c !== except) {
      weighted = true;
      open = false;
    }
  }
  return !open;
}

export function distinctKeyRoles(roles: ReadonlyMap<number, ColumnRole>): number {
  // (a line naming no column, most lines asked: no list made)
  if (roles.size === 0) return 0;
  return new Set([...roles.values()].filter((r) => KEY_ROLES.includes(r))).size;
}

export function hasLevel(roles: ReadonlyMap<number, ColumnRole>): boolean {
  if (roles.size === 0) return false;
  return [...roles.values()].some((r) => r === "level1" || r === "level2" || r === "level3");
}

/** Rows under a header with a name in one of its level columns, up to the next header. */
function dataRowsBelow(grid: Grid, row: number, roles: Map<number, ColumnRole>): number {
  const levels = [...roles].filter(([, r]) => r === "level1" || r === "level2" || r === "level3").map(([c]) => c);
  let n = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    const below = rowRoles(grid, r);
    if (hasLevel(below) && distinctKeyRoles(below) >= 2) break;
    if (levels.some((c) => grid.startsInRow(r, c) && grid.compactText(r, c) !== "")) n++;
  }
  return n;
}

const DIMENSION_CELL = /^(产出|效益|满意度|成本|效果|成效|效率)(指标)?$/;

/** Cells under a header cell that name the 一级 dimensions (产出指标, 效益指标 …); none where one says 定量/定性. */
function dimensionCells(grid: Grid, headerRow: number, c: number): number {
  let dims = 0;
  for (let r = headerRow + 1; r <= Math.min(grid.rowCount, headerRow + SCAN.headerSettleRows); r++) {
    if (!grid.startsInRow(r, c)) continue;
    const t = grid.compactText(r, c);
    if (/^(定量|定性)/.test(t)) return 0;
    if (DIMENSION_CELL.test(t)) dims++;
  }
  return dims;
}

/** Lines under a header in which a lone level column's points are looked for. */
const POINTED_LINES = 4;

/**
 * A header naming one level column and no other key column (项目 | 序号 | 考评内容, 测评类别 | 测评项目 …), or one level
 * word for adjacent columns: still the table's header where that column's cells state their own points in brackets (…发挥作用。(1分), 有班子(10分)) on two of
 * the lines right under it at least — the weights are in the labels, a scoring system's criteria.
 */
function pointedLevel(grid: Grid, row: number, roles: Map<number, ColumnRole>): boolean {
  const levels = [...roles].filter(([, role]) => LEVEL_ROLES.includes(role));
  if (!levels.length || levels.some(([, role]) => role !== levels[0][1])) return false;
  // (or one level word for adjacent columns, 考核类别 | 考核内容 both read as 一级, which sameLevelSideBySide nests: one of
  // them stating its points, 一、政策制度(20分) over (1)…(8分))
  const pointedIn = (col: number) => {
    let pointed = 0;
    // (a label whose points' figure was lost, '…机械化?0分)', states points as much as one that reads)
    for (let r = row + 1; r <= Math.min(grid.rowCount, row + POINTED_LINES); r++) if (grid.ownsCell(r, col) && (weightInLabel(grid.text(r, col)) !== null || lostPointsInLabel(grid.text(r, col)))) pointed++;
    return pointed >= 2;
  };
  // (or the column right of it under a blank head, the level's word over the groups and the items beside them stating their
  // points — 考核项目 | (blank) over '农机管理与服务(14分)' | '农机维修建设与管理(4分)', '农机跨区作业与供油(4分)': one group on the page)
  return levels.some(([col]) => pointedIn(col) || (!roles.has(col + 1) && col + 1 <= grid.scanCols && grid.ownsCell(row, col + 1) && grid.compactText(row, col + 1) === "" && pointedIn(col + 1)));
}

/**
 * A header line whose items' column has no word (its head cell blank: "" | 评分标准 | 得分) but names the rule and the
 * score: the blank-headed column left of them is the items' column where its cells state their points in brackets
 * (有班子(10分), 有队伍(15分)) on two of the lines right under it at least.
 */
function pointedBlankHead(grid: Grid, row: number, roles: Map<number, ColumnRole>): number | undefined {
  const all = [...roles.values()];
  if (!all.includes("rubric") || !all.includes("score")) return undefined;
  const first = Math.min(...roles.keys());
  for (let c = 1; c < first; c++) {
    // (a word written again from the cell left of it, its merge filled across, is the merge's covered cell)
    if (!grid.ownsCell(row, c) || copiesLeft(grid, row, c)) continue;
    // (or a bare word naming items, 项目, no level's, merged over two columns: over the group labels stating their points
    // bare, 主体职业化15分, or bracketed — groupLabelsBesideItems then reads the items' column beside them under it)
    const head = grid.compactText(row, c);
    // (or over a blank head cell right of it: the merge undone; or written again over it, the merge filled: headMerge)
    const across = headMerge(grid, row, c);
    const named = head !== "" && NAME_HEADER.test(head) && ((!!across && across.c2 > across.c1) || (!across && c + 1 < first && grid.compactText(row, c + 1) === ""));
    if (head !== "" && !named) continue;
    let pointed = 0;
    let lone = 0;
    for (let r = row + 1; r <= Math.min(grid.rowCount, row + POINTED_LINES); r++) {
      if (grid.ownsCell(r, c) && (named ? groupWeightInLabel(grid.text(r, c)) : weightInLabel(grid.text(r, c))) !== null) {
        pointed++;
        lone = r;
      }
    }
    const rule = [...roles].find(([, role]) => role === "rubric")?.[0];
    // (not where the rule column's lines each close with their own points, '…。计2分': those are the items, the labels
    // stating points beside them their classes — closing-items.ts)
    if (pointed >= 2) return rule !== undefined && !named && closingItemRows(grid, rule, row + 1, Math.min(grid.rowCount, row + SCAN.headerSettleRows)) ? undefined : c;
    // (one such group, as on a page of the table: where its items' rules close with points that add up to its own)
    if (named && pointed === 1 && rule !== undefined && groupBorneOutByRules(grid, lone, c, rule)) return c;
  }
  return undefined;
}

/**
 * A header naming no level, no 分值, rule, target or actual column, but one score column (项目 | 项目内容 | 扣分 | 扣分理由 | 实得分, a
 * standard that deducts from each item's points): the column left of the score headed by a word naming items
 * (NAME_HEADER: 项目内容, 项目, 内容 …) whose cells state their own points in their labels ("…并兑现奖惩。(2分,无评比活动扣
 * 2分,…扣完为止)", itemWeightInLabel) on two of the lines right under it at least is the items' column — the nearest such
 * column to the score (a group column left of it, 项目 over '一、组织管理(10分)', is groupLabelsBesideItems'). A column
 * whose labels state no points (an item's name alone, 项目 | 得分 of a unit's results) is none.
 */
function pointedNamedItems(grid: Grid, row: number, roles: Map<number, ColumnRole>): number | undefined {
  const all = [...roles.values()];
  // (one score column and no rule column: two 评分标准 | 评价得分 pairs are a tiered rubric's tiers, their 得分 each tier's
  // points, tieredRubricHeader's — no items' score)
  if (all.filter((r) => r === "score").length !== 1 || all.includes("rubric") || all.some((r) => r === "weight" || r === "targetValue" || r === "actual" || LEVEL_ROLES.includes(r))) return undefined;
  const score = [...roles].find(([, r]) => r === "score")![0];
  for (let c = score - 1; c >= 1; c--) {
    if (roles.has(c) || !grid.ownsCell(row, c) || copiesLeft(grid, row, c) || !NAME_HEADER.test(grid.compactText(row, c))) continue;
    let pointed = 0;
    for (let r = row + 1; r <= Math.min(grid.rowCount, row + POINTED_LINES); r++) if (grid.ownsCell(r, c) && itemWeightInLabel(grid.text(r, c)) !== null) pointed++;
    if (pointed >= 2) return c;
  }
  return undefined;
}

/**
 * A header naming no level, no 分值, target or actual column, whose one 标准 column (CRITERIA_STANDARD: 评估标准, 考核标准)
 * holds numbered criteria each stating its points bare after its clause (criterionPoints: "1.本机构有职责明确的控烟领导
 * 小组,2分;" over its deductions, "有1位吸烟成员扣1分,扣完为止;"), most of its cells and two at least, and whose column
 * left of it, headed by a word naming items (NAME_HEADER: 项目, 内容 …), holds group labels stating their points
 * ("一、组织领导(10分)"), most of them, each over two criteria or more (merged down, or blank under it): the criteria are the
 * items (level3) and the labels their groups (level1) — 项目 | 评估标准 | 得分 | 评估方法. A 标准 column of rules that award
 * ("…的得2分") or a group column whose labels state no points is none.
 */
function groupsOverPointedCriteria(grid: Grid, row: number, roles: Map<number, ColumnRole>): { group: number; items: number } | undefined {
  const all = [...roles];
  if (all.some(([, r]) => r === "weight" || r === "targetValue" || r === "actual" || LEVEL_ROLES.includes(r))) return undefined;
  const rubrics = all.filter(([, r]) => r === "rubric").map(([c]) => c);
  if (rubrics.length !== 1 || !CRITERIA_STANDARD.test(grid.compactText(row, rubrics[0]))) return undefined;
  const items = rubrics[0];
  // (the column left of it holding text: an empty column between, blank head and lines, is passed over)
  let group = items - 1;
  while (group >= 1 && (!grid.ownsCell(row, group) || (!grid.compactText(row, group) && emptyBelow(grid, row, group)))) group--;
  if (group < 1 || roles.has(group) || !NAME_HEADER.test(grid.compactText(row, group))) return undefined;
  if (!mostBelow(grid, row, items, (t) => criterionPoints(t) !== null)) return undefined;
  // (each label over two criteria or more: merged down them, printed once, or written again on each — labelsSpanItems)
  if (!mostBelow(grid, row, group, (t) => groupWeightInLabel(t) !== null) || !labelsSpanItems(grid, row, group, items)) return undefined;
  return { group, items };
}

/**
 * The group label at (`r`, `c`), stating its points bare or bracketed and merged down over two lines or more, whose lines'
 * rules (column `rule`) each close with their points (ruleClosingPoints) adding up to the label's points.
 */
function groupBorneOutByRules(grid: Grid, r: number, c: number, rule: number): boolean {
  const m = grid.mergeAt(r, c);
  const w = groupWeightInLabel(grid.text(r, c));
  if (!m || m.r2 <= r || m.c2 !== c || w === null) return false;
  let sum = 0;
  for (let k = r; k <= m.r2; k++) {
    const p = grid.startsInRow(k, rule) ? ruleClosingPoints(grid.text(k, rule)) : null;
    if (p === null) return false;
    sum += p;
  }
  return agreesTyped(w, sum);
}

/**
 * The header line's ladder of level words (LADDER_WORD): one to three cells that share their qualifier (考核项目 | 考核内容 |
 * 考核要点, 考核验收项目分类 | 考核验收内容, 类别 | 项目 | 具体内容; a last 具体… needs none), each a different word, with
 * nothing between them but columns of no role (序号), and no level column of the line outside them: their columns, left
 * to right (none otherwise: two runs of such words, 项目 | 具体项目 | 评分 | 具体项目 | 评分, are no one ladder).
 */
function ladderColumns(grid: Grid, row: number, roles: Map<number, ColumnRole>): number[] {
  const runs: { col: number; qualifier: string; plain: boolean; text: string }[][] = [];
  let run: { col: number; qualifier: string; plain: boolean; text: string }[] | null = null;
  for (let c = 1; c <= grid.scanCols; c++) {
    const role = roles.get(c);
    // (a word written again from the cell left of it, its merge over both filled across, is that column's: passed over,
    // as the merge's covered cell is)
    const t = grid.ownsCell(row, c) && !copiesLeft(grid, row, c) ? grid.compactText(row, c) : "";
    const m = (!role || LEVEL_ROLES.includes(role)) && t ? LADDER_WORD.exec(t) : null;
    if (m) {
      if (!run) runs.push((run = []));
      run.push({ col: c, qualifier: m[1], plain: !!m[2] && !m[1], text: t });
    } else if (role) run = null;
  }
  if (runs.length !== 1 || runs[0].length > LEVEL_ROLES.length) return [];
  const words = runs[0];
  const qualifier = words[0].qualifier;
  if (words.some((w, k) => w.qualifier !== qualifier && !(w.plain && k === words.length - 1 && k > 0))) return [];
  if (new Set(words.map((w) => w.text)).size !== words.length) return [];
  const cols = words.map((w) => w.col);
  if ([...roles].some(([c, role]) => LEVEL_ROLES.includes(role) && !cols.includes(c))) return [];
  return cols;
}

/** A scoring header: points and a score or a rule, no target or actual value (a 目标表 / 监控表 / 自评表 keeps its own words). */
function scoringHeader(roles: Map<number, ColumnRole>): boolean {
  const all = [...roles.values()];
  return all.includes("weight") && (all.includes("score") || all.includes("rubric")) && !all.some((r) => r === "targetValue" || r === "actual");
}

/**
 * A header line's levels read from its ladder of level words (ladderColumns), where its words alone read otherwise: a
 * level word twice (考核项目 and 考核要点 both read as the lowest level, 考核内容 as the top one), or a ladder word naming no
 * level alone (项目, 具体内容, 考核验收内容) over a scoring header (scoringHeader) — the columns nest left to right: one is the
 * items' level, two the top and the items', three the three levels. The line's roles with the levels set, or undefined
 * where the ladder changes nothing. (A ladder whose words name no level needs one 分值 column, and a lone word a 得分
 * column too: a scoring standard with no score column, 序号 | 项目 | 分值 | 评分标准, or two 分值 columns, a work
 * assessment's grouped criteria, are standard-header's, which keeps their numbering column.)
 */
function ladderLevels(grid: Grid, row: number, roles: Map<number, ColumnRole>): Map<number, ColumnRole> | undefined {
  // (a line with no level word read and no scoring header has no ladder: its ladder words would all be unnamed, which
  // only a scoring header takes, below. Most lines a header search asks are such lines: no cell is read for them)
  // (or a header whose one rule column opens its lines with their points, "(8分)制定方案的得…": the 分值 written into the
  // rule, rulePoints, a scoring header all the same)
  const ruled = !scoringHeader(roles) && pointsOpeningRules(grid, row, roles);
  if (!scoringHeader(roles) && !hasLevel(roles) && !ruled) return undefined;
  const cols = ladderColumns(grid, row, roles);
  if (!cols.length) return undefined;
  const named = cols.map((c) => roles.get(c)).filter((r): r is ColumnRole => r !== undefined);
  const twice = new Set(named).size < named.length;
  // (two words both naming a level, 考核类别 | 考核内容: sameLevelSideBySide reads them, as before)
  if ((!twice && named.length === cols.length) || (cols.length === 2 && named.length === 2)) return undefined;
  // (three words of one qualifier, 评价内容 | 评价类别 | 评价指标, are the three levels over any header: a target value or
  // an actual beside them does not make them a form's own words)
  if (named.length < cols.length && !scoringHeader(roles) && !ruled && !(cols.length === 3 && !!LADDER_WORD.exec(grid.compactText(row, cols[0]))?.[1])) return undefined;
  if (!named.length && !ruled && ([...roles.values()].filter((r) => r === "weight").length !== 1 || (cols.length < 2 && ![...roles.values()].includes("score")))) return undefined;
  // (words naming no level are the items' only right before the points: 项目 | 2016年目标内容 | 分值 holds the groups
  // in 项目, the items under the unread head beside it; a rule or the items' score column may stand between them,
  // 项目 | 实得分 | 分值)
  if (!named.length) {
    const last = cols[cols.length - 1];
    const points = Math.min(Infinity, ...[...roles].filter(([c, r]) => (ruled ? r === "rubric" : r === "weight") && c > last).map(([c]) => c));
    // (the last word written again over the next columns, its merge filled across, is no head of their own)
    for (let c = last + 1; c < points && c <= grid.scanCols; c++) if (grid.ownsCell(row, c) && grid.compactText(row, c) && !copiesLeft(grid, row, c) && roles.get(c) !== "rubric" && roles.get(c) !== "score") return undefined;
    if (points === Infinity) return undefined;
  }
  // (two words under a label line across them, 组织领导(31分) over 机构设置(25分) | (1)…: the label lines are the top level,
  // the words the two below it)
  const levels: readonly ColumnRole[] = cols.length === 1 ? ["level3"] : cols.length === 3 ? LEVEL_ROLES : labelLineUnder(grid, row, cols) ? ["level2", "level3"] : ["level1", "level3"];
  const out = new Map(roles);
  cols.forEach((c, k) => out.set(c, levels[k]));
  return out;
}

/** Lines under a header in which a rule column's cells are read for points. */
const RULE_HEAD_LINES = 8;

/**
 * A header with no 分值 column whose one rule column (评分标准) holds only points under it (4 | 4 | 4: the standard's
 * points, as 标准分 names them), on two lines at least: that column is the 分值.
 */
function pointsUnderRuleHead(grid: Grid, row: number, roles: Map<number, ColumnRole>): number | undefined {
  const all = [...roles];
  if (all.some(([, r]) => r === "weight")) return undefined;
  const rules = all.filter(([, r]) => r === "rubric").map(([c]) => c);
  if (rules.length !== 1) return undefined;
  const col = rules[0];
  const head = grid.compactText(row, col);
  let points = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + RULE_HEAD_LINES); r++) {
    // (the head printed again at a page break, 评分标准 over the next page's points, is no cell of the column)
    if (!grid.ownsCell(r, col) || !grid.compactText(r, col) || grid.compactText(r, col) === head) continue;
    if (pointsAt(grid, r, col) === null) return undefined;
    points++;
  }
  return points >= 2 ? col : undefined;
}

/**
 * A header with no 分值, 得分, target or actual column whose one rule column opens most of its lines under it with their
 * points (rulePoints: "(8分)…", "满分5分，…"), two at least: a scoring header whose points stand in its rules.
 */
function pointsOpeningRules(grid: Grid, row: number, roles: Map<number, ColumnRole>): boolean {
  const all = [...roles.values()];
  if (all.some((r) => r === "weight" || r === "targetValue" || r === "actual")) return false;
  const rules = [...roles].filter(([, r]) => r === "rubric").map(([c]) => c);
  if (rules.length !== 1) return false;
  // (or closing them, "…扣完为止。（14分）", where label lines across the table state their groups' points that those
  // add up to: closingPointsUnderLabelLines; with a 得分 column beside them as well)
  if (closingPointsUnderLabelLines(grid, row, rules[0])) return true;
  if (all.includes("score")) return false;
  let lines = 0;
  let points = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + RULE_HEAD_LINES); r++) {
    if (!grid.ownsCell(r, rules[0]) || !grid.compactText(r, rules[0])) continue;
    lines++;
    if (rulePoints(grid.text(r, rules[0])) !== null) points++;
  }
  return points >= 2 && 2 * points > lines;
}

/**
 * Under the header line `row`, label lines across the table state their groups' points ("1.组织领导(37分)" over the
 * rule column `rule` too: merged across it, or written again in it) and the rules of the lines under each close with
 * their points ("…扣完为止。（14分）", ruleClosingPoints) adding up to the label's: two groups at least, and as many as
 * those whose lines do not (a slip in one item's points leaves the others' evidence). The label's own points are what
 * bear the closing brackets out as the items' points, not their last requirement's (closing-points.ts).
 */
function closingPointsUnderLabelLines(grid: Grid, row: number, rule: number): boolean {
  let open: { value: number; sum: number; n: number } | null = null;
  let agree = 0;
  let disagree = 0;
  const close = () => {
    if (open && open.n >= 1) {
      if (agreesTyped(open.value, open.sum)) agree++;
      else disagree++;
    }
    open = null;
  };
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    if (!grid.rowHasContent(r)) continue;
    if (isClosingRow(grid, r)) break;
    // (the first cell of the line that holds text: a label line's label, an item's name)
    let first = 0;
    for (let c = 1; c < rule && !first; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) first = c;
    if (!first) continue;
    const label = grid.compactText(r, first);
    const m = grid.mergeAt(r, first);
    const across = (m && m.r1 === r && m.c2 >= rule) || grid.compactText(r, rule) === label;
    const w = across ? groupWeightInLabel(grid.text(r, first)) : null;
    if (across) {
      close();
      if (w !== null) open = { value: w, sum: 0, n: 0 };
      continue;
    }
    const p = grid.startsInRow(r, rule) ? ruleClosingPoints(grid.text(r, rule)) : null;
    if (!open) continue;
    if (p === null) {
      // (an item whose rule states no points: the group's lines are not all read, no evidence either way)
      open = null;
      continue;
    }
    (open as { sum: number }).sum += p;
    (open as { n: number }).n++;
  }
  close();
  return agree >= 2 && agree >= disagree;
}

/** The line's roles with a rule column of points read as the 分值 (pointsUnderRuleHead). */
function withPointsUnderRuleHead(grid: Grid, row: number, roles: Map<number, ColumnRole>): Map<number, ColumnRole> {
  const col = pointsUnderRuleHead(grid, row, roles);
  return col === undefined ? roles : new Map([...roles, [col, "weight" as ColumnRole]]);
}

/** The line under the header line `row` is one label merged across the columns `cols` (a group's line across the table). */
function labelLineUnder(grid: Grid, row: number, cols: number[]): boolean {
  const head = grid.mergeAt(row, cols[0]);
  const r = (head ? head.r2 : row) + 1;
  if (r > grid.rowCount) return false;
  const m = grid.mergeAt(r, cols[0]);
  return !!m && m.r1 === r && m.c1 <= cols[0] && m.c2 >= cols[cols.length - 1] && grid.compactText(r, cols[0]) !== "";
}

/** The header's levels read from a ladder of level words on one of its lines (ladderLevels). `colRole` is changed in place. */
function levelLadder(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>): void {
  const points = pointsUnderRuleHead(grid, rows[rows.length - 1], colRole);
  if (points !== undefined) colRole.set(points, "weight");
  for (const r of rows) {
    const ladder = ladderLevels(grid, r, colRole);
    if (!ladder) continue;
    for (const [c, role] of ladder) colRole.set(c, role);
    return;
  }
}

/** Find the indicator table's header (one or two rows) and map its columns. */
export function findIndicatorHeader(grid: Grid): HeaderMap | null {
  let best: { row: number; roles: Map<number, ColumnRole>; n: number } | null = null;
  const candidates: { row: number; roles: Map<number, ColumnRole>; n: number }[] = [];
  const last = Math.min(grid.rowCount, SCAN.indicatorHeaderRows);
  for (let r = 1; r <= last; r++) {
    // the header sits above its data: once a full header is found, rows far below it are data
    if (best && best.n >= 4 && r > best.row + SCAN.headerSettleRows) break;
    let roles = rowRoles(grid, r);
    // (a points column with a blank head whose numbers add up to the group labels' points: unnamed-points.ts)
    const unnamed = unnamedPointsColumn(grid, r, roles);
    if (unnamed) roles = new Map([...roles, [unnamed.items, roles.get(unnamed.items) ?? "level3"], [unnamed.points, "weight"], ...(unnamed.score ? [[unnamed.score, "score"] as [number, ColumnRole]] : [])]);
    if (!hasLevel(roles) && !best) {
      // a tiered rubric's header (项目 | 内容 | 评分指标 | 评价得分 | 评分标准 | 评价得分 …): its own columns
      // (or tier lines under each item, a 区间 column of the points each tier earns: 项目 | 内容 | 评分指标 | 区间 | 评分)
      const tiers = tieredRubricHeader(grid, r) ?? intervalRubricHeader(grid, r);
      if (tiers) return tiers;
    }
    if (!hasLevel(roles)) {
      // a 指标类型 column holding the 一级 dimensions below it is the table's 一级 column
      // (or a blank head over criteria stating their points, left of the rule and score columns: the items' column)
      // (or a ladder of item words over a scoring header, 项目 | 具体内容 | 分值 | 计分方法 | 得分: see ladderLevels)
      const type = [...roles].find(([, role]) => role === "valueType");
      // (or a short list's items beside their points, 序号 | 工作标准 | 分值, where the points add up: short-lists.ts)
      const blank = type ? undefined : (pointedBlankHead(grid, r, roles) ?? listedItemColumn(grid, r, roles) ?? pointedNamedItems(grid, r, roles));
      // (or a names head over group labels stating their points beside a 标准 column of numbered criteria stating theirs
      // bare, 项目 | 评估标准 | 得分: groupsOverPointedCriteria)
      const criteria = type || blank !== undefined ? undefined : groupsOverPointedCriteria(grid, r, roles);
      if (criteria) roles = new Map([...roles, [criteria.group, "level1" as ColumnRole], [criteria.items, "level3" as ColumnRole]]);
      else if (blank !== undefined) roles = new Map([...roles, [blank, "level3" as ColumnRole]]);
      else if (type && dimensionCells(grid, r, type[0]) >= 2) roles = new Map([...roles, [type[0], "level1" as ColumnRole]]);
      else {
        const ladder = ladderLevels(grid, r, withPointsUnderRuleHead(grid, r, roles));
        if (!ladder) continue;
        roles = ladder;
      }
    }
    const n = distinctKeyRoles(roles);
    if (n < 2 && !(n === 1 && pointedLevel(grid, r, roles))) continue;
    candidates.push({ row: r, roles, n });
    // (a fuller header with no table under it — a form cut right after its header — does not outrank one heading rows)
    if (!best || (n > best.n && (dataRowsBelow(grid, r, roles) >= 2 || dataRowsBelow(grid, best.row, best.roles) < 2))) best = { row: r, roles, n };
  }
  if (!best) return null;
  // a header repeated further down (one block per 一级 group, page breaks) is the same header: take the first
  const levelCols = levelColumns;
  const first = candidates.find((c) => c.row < best!.row && c.n >= best!.n - 1 && levelCols(c.roles) === levelCols(best!.roles));
  if (first) best = first;
  // (a header read only at its copy, printed again at a page break, its first printing not read by the reader that read
  // the copy — the items' readers stop at a 合计 printed first under the first printing, not under the copy: the table is
  // the first printing's, left to the readers after this one as the sheet without the copy is)
  else if (!candidates.some((c) => c.row < best!.row) && copiedFromAbove(grid, best.row)) return null;
  // (a rule column right before a 区间 column of score ranges, over items each over tier lines: the tiers' column)
  return withIntervalTiers(grid, headerAt(grid, best.row));
}

/**
 * A title line over the table whose header line is `headerRow`: the line's only text is one label (no number), merged
 * across the whole width of the header line's cells, or — standing alone or merged over part of it — worded as a
 * document's title (TITLE_OPENING, DOCUMENT_TITLE_END: "XX县2023年度项目支出绩效评价评分细则", "…考核评分标准").
 * Never a header line, whatever its words (评分标准 is a column's word too: one label over the whole width is the
 * table's name, a cell among other header cells a column's).
 */
export function titleLine(grid: Grid, r: number, headerRow: number): boolean {
  let col = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c) || !grid.compactText(r, c)) continue;
    // (the attachment's number printed on the title's line, left of it: "附件2 | …评分细则" is the title's line still)
    if (ATTACHMENT_NUMBER.test(grid.compactText(r, c))) continue;
    if (col) return false;
    col = c;
  }
  if (!col || typeof grid.raw(r, col) === "number") return false;
  const t = grid.compactText(r, col);
  if (PROSE_LINE.test(t) || readNumber(t)) return false;
  const m = grid.mergeAt(r, col);
  if (m && m.r1 === r && m.c2 > m.c1) {
    let first = 0;
    let last = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(headerRow, c) || !grid.compactText(headerRow, c)) continue;
      if (!first) first = c;
      last = grid.mergeAt(headerRow, c)?.c2 ?? c;
    }
    if (first && m.c1 <= first && m.c2 >= last && last > first) return true;
  }
  return DOCUMENT_TITLE_END.test(t) || (t.length >= TITLE_MIN_CHARS && titleOpening(t));
}

/**
 * A title's opening (compact text): a year, a region with a title's word after it (TITLE_OPENING: "XX县2023年度…",
 * "某市财政局…"), or a real place name — of the administrative divisions, one that counts on its own (region.ts) —
 * ending in its administrative suffix ("湖南省财政厅…", "大英县教育局…"), a county's with evidence after it
 * (PLACE_TITLE_EVIDENCE). The bare region shape is an everyday word's too: "完工项目县规模养殖场…", "社区卫生服务中心覆盖率",
 * "县区…", "老城区改造…" open no title.
 */
export function titleOpening(t: string): boolean {
  if (TITLE_OPENING.test(t)) return true;
  if (!REGION_OPENING.test(t)) return false;
  const place = placeOpening(t);
  if (!place || !place.strong || !ADMIN_SUFFIX_END.test(place.name)) return false;
  // (a county's name is an everyday word's too, 老城区改造…: with evidence after it only)
  return place.kind !== "county" || PLACE_TITLE_EVIDENCE.test(t.slice(place.name.length));
}

/** A sentence, not a title: sentence punctuation inside, or longer than any title. */
const PROSE_LINE = /[。；;,，]|^.{61,}$/;
/** A title opening with a year or a region is longer than a header word ("2023年度…评分表", "某县…细则"). */
const TITLE_MIN_CHARS = 8;

/** The level columns a header row names ("level1@2,level2@3"): two headers with the same ones head the same table. */
export function levelColumns(roles: ReadonlyMap<number, ColumnRole>): string {
  return [...roles].filter(([, role]) => role === "level1" || role === "level2" || role === "level3").map(([c, role]) => `${role}@${c}`).join();
}

/** Column c has a head of its own on a header line below r (its own text, not the merged cell's). */
function ownSubHead(grid: Grid, rows: number[], r: number, c: number): boolean {
  return rows.some((x) => x > r && grid.ownsCell(x, c) && grid.startsInRow(x, c) && grid.compactText(x, c) !== "");
}

/** The last column a head starting at (r, c) stands over: its merge's, or the run of the same words written again
 * across (a merge filled across); c itself when neither. */
export function spanOver(grid: Grid, r: number, c: number): number {
  const m = grid.mergeAt(r, c);
  if (m && m.c1 === c) return m.c2;
  const t = grid.compactText(r, c);
  let end = c;
  while (end < grid.scanCols && grid.ownsCell(r, end + 1) && grid.compactText(r, end + 1) === t) end++;
  return end;
}

/** The header whose main row is `row` (with a header row above or below it that also classifies), its columns mapped. */
export function headerAt(grid: Grid, row: number): HeaderMap {
  const best = { row };
  // header rows above/below that also classify (two-row headers: 年度指标值 over 指标性质|指标值|度量单位)
  const rows = [best.row];
  for (const r of [best.row - 1, best.row + 1]) {
    if (r < 1 || r > grid.rowCount) continue;
    // (a title over the table, "…评分细则" merged across it, is no header line whatever its words: see titleLine)
    if (titleLine(grid, r, best.row)) continue;
    const roles = rowRoles(grid, r);
    // (a word written again across the line, its merge filled across, is one cell: a title, "…评分细则" in every cell)
    const own = [...roles.keys()].filter((c) => grid.startsInRow(r, c) && !copiesLeft(grid, r, c)).length;
    if (own >= 2 && roles.size >= 2) rows.push(r);
  }
  rows.sort((a, b) => a - b);
  const below = subHeaderBelow(grid, rows[rows.length - 1]);
  if (below !== null) rows.push(below);
  // (the line over a lower line its merges undone: its words span the blank header cells right of them)
  const spanned = below !== null && unmergedSubHeaderBelow(grid, below - 1) === below ? below - 1 : null;
  const colRole = new Map<number, ColumnRole>();
  for (const r of [...rows].reverse()) {
    const taken = new Set<ColumnRole>([...colRole.values()].filter((role) => role === "level1" || role === "level2" || role === "level3"));
    // a level is one column: a merged "指标名称" over 一级|二级|三级 does not name another (an empty column under it)
    for (const [c, role] of rowRoles(grid, r)) {
      if (colRole.has(c) || taken.has(role)) continue;
      // a parent merged over sub-columns, one of which a lower line gives the same role: that sub-column is it (or its
      // merge filled across, the parent written again over each: 指标值 | 指标值 over 2021年实际实现值 | 预期2022年实现值)
      // (the copies from the first: a copy's own column is the head's, as a cell under its merge is)
      const m = grid.mergeAt(r, c) ?? (r === spanned ? unmergedSpan(grid, r, c) : (headMerge(grid, r, c) ?? { c1: c, c2: c }));
      if (m && m.c2 > m.c1 && [...colRole].some(([cc, rr]) => rr === role && cc >= m.c1 && cc <= m.c2)) continue;
      // a rule word merged over sub-heads the line below names (评分标准 over 项目 | 配分 | 自评 | 自评分数), or written
      // again over each (its merge filled across): it titles them; the sub-column with a head of its own that names no
      // role (项目) is not the rule's
      if (role === "rubric" && ownSubHead(grid, rows, r, c)) {
        const end = spanOver(grid, r, c);
        if (end > c && [...colRole.keys()].filter((cc) => cc > c && cc <= end).length >= 2) continue;
      }
      colRole.set(c, role);
    }
  }
  // (a head merged over grade tiers, 等次及分值 over 优秀 | 良好 | 一般 | 较差: the tiers' points ranges, the items' rule)
  gradeTiersAsRule(grid, rows, colRole);
  // (or a head merged over tier cells closing with their points, 评分 over '全部完成(60分)' | '(41-59)' …: the rule's tiers)
  pointTiersAsRule(grid, rows, colRole);
  // (a blank head over items stating their points, left of the rule and score columns: the items' column)
  if (![...colRole.values()].some((role) => LEVEL_ROLES.includes(role))) {
    const blank = pointedBlankHead(grid, rows[rows.length - 1], colRole) ?? listedItemColumn(grid, rows[rows.length - 1], colRole) ?? pointedNamedItems(grid, rows[rows.length - 1], colRole);
    // (or group labels beside numbered criteria stating their points: groupsOverPointedCriteria)
    const criteria = blank === undefined ? groupsOverPointedCriteria(grid, rows[rows.length - 1], colRole) : undefined;
    if (blank !== undefined) colRole.set(blank, "level3");
    else if (criteria) {
      colRole.set(criteria.group, "level1");
      colRole.set(criteria.items, "level3");
    }
  }
  // (a points column with a blank head whose numbers add up to the group labels' points: unnamed-points.ts)
  const unnamed = unnamedPointsColumn(grid, rows[rows.length - 1], colRole);
  if (unnamed) {
    if (!colRole.has(unnamed.items)) colRole.set(unnamed.items, "level3");
    colRole.set(unnamed.points, "weight");
    if (unnamed.score) colRole.set(unnamed.score, "score");
  }
  scoreLabelledAbove(grid, rows[0], colRole);
  scoreUnderMergedPoints(grid, rows, colRole);
  // (four levels each with its points beside it: the fourth column the leaves', the 三级 their groups' with the groups'
  // points beside it — the fourth level word is no second block)
  const ladder = levelPointsLadder(grid, rows[rows.length - 1], colRole);
  if (ladder) {
    colRole.delete(ladder.third);
    colRole.delete(ladder.thirdPoints);
    colRole.set(ladder.leaf, "level3");
  }
  // (一级 | 二级 | 三级指标 | 考核内容: the fourth level, no second block — judged by the lines below, fourthLevel)
  const afterOrdinals = ladder ? undefined : fourthAfterOrdinals(grid, rows, colRole);
  levelLadder(grid, rows, colRole);
  finerItemRight(grid, rows, colRole);
  secondBlockCut(grid, rows, colRole);
  levelsLeftToRight(colRole);
  levelNamesBesideOrdinals(grid, rows, colRole);
  levelUnderMergedHead(grid, rows, colRole);
  itemsUnderMergedLevel(grid, rows, colRole);
  groupLabelsBesideItems(grid, rows, colRole);
  // (no level left of the one points column, the items' word merged across the label columns there, 项目 over A:C |
  // 分值 | 考核内容: the levels under it, where a group's points are its lines' — items-head-levels.ts; a level word right
  // of the points is then the items' explanation, levelWordAfterPoints)
  const points = [...colRole].filter(([, r]) => r === "weight").map(([c]) => c);
  if (points.length === 1 && ![...colRole].some(([c, r]) => LEVEL_ROLES.includes(r) && c < points[0])) {
    const levels = levelsUnderItemsHead(grid, rows[rows.length - 1], points[0]);
    if (levels) for (const [c, r] of levels) colRole.set(c, r);
  }
  levelScoresAsWeights(colRole, grid, rows[rows.length - 1]);
  // (one share of a wider total for the whole table, '计入总分权重 | 10%' merged down beside pointed labels: no lines' points,
  // share-column.ts)
  const weightCols = [...colRole].filter(([, r]) => r === "weight").map(([c]) => c);
  if (weightCols.length === 1) {
    const levels = [...colRole].filter(([, r]) => LEVEL_ROLES.includes(r)).map(([c]) => c);
    if (levels.length && wholeShareColumn(grid, rows[rows.length - 1], weightCols[0], levels)) colRole.delete(weightCols[0]);
  }
  const groupPointsCol = ladder?.thirdPoints ?? groupPointsColumn(grid, rows[rows.length - 1], colRole) ?? pointsOverPointedItems(grid, rows[rows.length - 1], colRole);
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (let c = 1; c <= grid.scanCols; c++) {
    const role = colRole.get(c);
    if (role && columns[role] === undefined) columns[role] = c;
  }
  const thirdLevelCol = ladder && columns.level3 === ladder.leaf ? ladder.third : fourthLevel(grid, rows, columns, afterOrdinals);
  leafColumn(colRole, columns, "targetValue");
  leafColumn(colRole, columns, "actual");
  rubricByContent(grid, rows[rows.length - 1], columns);
  bandsInNoteColumn(grid, rows[rows.length - 1], columns);
  namesUnderPoints(grid, rows[rows.length - 1], columns);
  gradePoints(grid, rows, columns);
  assignGroupColumns(colRole, columns, "weight", "level1Weight", "level2Weight", thirdLevelCol);
  assignGroupColumns(colRole, columns, "score", "level1Score", "level2Score", thirdLevelCol);
  const parallelWeightCols = parallelWeightColumns(colRole, columns);
  levelWordAfterPoints(colRole, columns);
  weightedScoreColumns(grid, rows[rows.length - 1], colRole, columns);
  dimensionsByContent(grid, rows[rows.length - 1], columns);
  namesBesideDimensions(grid, rows, columns);
  contentAcrossLevels(grid, rows, colRole, columns);
  tierPointsNotScores(grid, best.row, columns);
  const parallelScoreCols = parallelScoreColumns(grid, rows[rows.length - 1], colRole, columns);
  // (one level column with a numbering column left of it whose codes nest, 编号 1 / 1.1 / 1.1.1: the groups they make)
  const codeCol = nestingCodeColumn(grid, rows[rows.length - 1], columns);
  // (a list of criteria and their weights read by its numbers ends at its total line or its last weighted line: prose
  // and other small tables follow it on the page — criteria-weights.ts)
  const listEnd = criteriaListEnd(grid, rows[rows.length - 1]);
  // (the header's first line is the one the model names as its header row, headerTop: a line above read only for its
  // words — 评分标准 merged over two columns — is no line of the header, so a sheet with it above is not cut there)
  return {
    headerRow: rows[rows.length - 1],
    firstHeaderRow: headerTop(grid, rows[rows.length - 1]),
    columns,
    roleCount: new Set(colRole.values()).size,
    ...(thirdLevelCol !== undefined ? { thirdLevelCol } : {}),
    ...(groupPointsCol !== undefined ? { groupPointsCol } : {}),
    ...(parallelWeightCols.length ? { parallelWeightCols } : {}),
    ...(parallelScoreCols.length ? { parallelScoreCols } : {}),
    ...(codeCol !== undefined ? { codeCol } : {}),
    ...(listEnd !== undefined && columns.level3 !== undefined ? { lastRow: listEnd, criteriaList: true as const } : {}),
  };
}

/** a dotted code one part deeper than the one above it: 1 → 1.1, 1.1 → 1.1.2 is not (1.1 → 1.1.1 is) */
const DOTTED_CODE = /^\d+(?:[.．]\d+)*$/;

/**
 * The numbering column of a header with one level column (编号 | 评定项目 | 分数 | 评分细则): headed by a code word
 * (CODE_HEADER), left of the level column, its codes under the header nesting by dotted parts — some code extends the
 * one on the line above by one part (1 → 1.1, 1.1 → 1.1.1). The walk then reads the lines whose codes the next line's
 * extends as the groups over them (codeSections). A plain 序号 (1, 2, 3 … 11) never nests; codes written into the names
 * (1.1组织…) are the name column's own (labelNestingCode), not a column's.
 */
function nestingCodeColumn(grid: Grid, headRow: number, columns: Partial<Record<ColumnRole, number>>): number | undefined {
  const levels = [columns.level1, columns.level2, columns.level3].filter((c): c is number => c !== undefined);
  if (levels.length !== 1) return undefined;
  for (let c = levels[0] - 1; c >= 1; c--) {
    if (!grid.ownsCell(headRow, c) || !CODE_HEADER.test(grid.compactText(headRow, c))) continue;
    let prev = "";
    for (let r = headRow + 1; r <= Math.min(grid.rowCount, headRow + SCAN.headerSettleRows); r++) {
      if (!grid.ownsCell(r, c)) continue;
      const code = grid.compactText(r, c);
      if (!code) continue;
      if (prev && DOTTED_CODE.test(code) && code.startsWith(prev + ".") && /^\d+$/.test(code.slice(prev.length + 1))) return c;
      // (a group coded with a Chinese numeral, 一 over 1.1: its number — codeSections reads it so)
      const cn = chineseNumber(code.replace(/[、.．]$/, ""));
      prev = cn === null ? code : String(cn);
    }
    return undefined;
  }
  return undefined;
}

/**
 * A header with no 得分 column whose last column holds a number in the header row itself (the block's points, "50")
 * under a 自评得分 label printed higher up in that column (Sichuan 区域绩效目标自评表: 自评得分 over the head block's
 * 100, then each block's points down the column): that column is the 得分 column. Only numbers (or nothing) between
 * the label and the header, so a label of another table is not taken.
 */
function scoreLabelledAbove(grid: Grid, row: number, colRole: Map<number, ColumnRole>): void {
  if ([...colRole.values()].includes("score") || !hasLevel(colRole)) return;
  const last = Math.max(...colRole.keys());
  for (let c = last + 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(row, c) || typeof grid.raw(row, c) !== "number" && !/^\d+(\.\d+)?$/.test(grid.compactText(row, c))) continue;
    for (let r = row - 1; r >= Math.max(1, row - 15); r--) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (!t || /^\d+(\.\d+)?分?$/.test(t)) continue;
      if (indicatorRole(grid.text(r, c)) === "score") colRole.set(c, "score");
      break;
    }
    return;
  }
}

/** Words above a table that make it a sheet of points given (自评评分表, 评分细则, 评价人员: …), not only a rubric's points. */
const SCORING_SHEET_WORDS = /自评|评分|打分|得分|考评|评价人/;

/**
 * A points header (分值) merged over two columns with no sub-header line under it, on a self-scoring sheet (a scoring
 * word above the table): the two columns are 标准分 | 得分, the second the score — where both hold numbers on at least
 * two lines, each line's own (no group's points merged down), and the second is not above the first on most of them
 * (港南 自评评分表: 目标名称 (A:B) | 分值 (C:D) over name | 评分标准 | 3 | 3), or its merge undone (分值 | an empty header
 * cell over the second column). A sheet with a 得分 column is left as it is.
 */
function scoreUnderMergedPoints(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>): void {
  if ([...colRole.values()].includes("score")) return;
  const head = rows[rows.length - 1];
  let words = false;
  for (let r = 1; r < rows[0] && !words; r++) for (let c = 1; c <= grid.scanCols; c++) if (SCORING_SHEET_WORDS.test(grid.compactText(r, c))) words = true;
  if (!words) return;
  for (const [c, role] of colRole) {
    if (role !== "weight") continue;
    // (or its merge filled across, 分值 | 分值: the run of its copies, headMerge)
    const m = headMerge(grid, head, c);
    const second = colRole.get(c + 1);
    // (its merge undone, a CSV dump: the column right of it unnamed on every header line and given no role)
    const spread = m ? m.c1 === c && m.c2 === c + 1 && m.r2 === head : second === undefined && rows.every((r) => !grid.compactText(r, c + 1));
    if (!spread || (second !== undefined && second !== "weight")) continue;
    let both = 0;
    let notAbove = 0;
    for (let r = head + 1; r <= Math.min(grid.rowCount, head + SCAN.headerSettleRows); r++) {
      if (isClosingRow(grid, r)) break;
      if (!grid.ownsCell(r, c) || !grid.ownsCell(r, c + 1) || grid.mergeAt(r, c) || grid.mergeAt(r, c + 1)) continue;
      const a = weightValueAt(grid, r, c);
      const b = weightValueAt(grid, r, c + 1);
      if (a === null || b === null) continue;
      both++;
      if (b <= a) notAbove++;
    }
    if (both >= 2 && notAbove * 2 > both) {
      colRole.set(c, "weight");
      colRole.set(c + 1, "score");
      return;
    }
  }
}

/** What a header word right of a level's names of that level (考核指标 | 指标内容, 指标名称): its items' content, points or names. */
const OF_THE_LEVEL = /^(?:(?:具体)?(?:内容|要点|细目|细项)|名称)$/;

/**
 * A header ladder 考核内容 > 考核指标 > 考核要点 (考核内容 | 考核指标 | 序号 | 考核要点 | 分值 | 评分标准): two columns take the
 * lowest level's word and the right one is a finer item word or names the 三级 (FINER_ITEM_HEADER), names the content of
 * the left one's level (考核指标 | 指标内容), or the two are the same word, with no 二级 column and nothing but unnamed
 * columns (序号) between them — the left one is the middle level, not a second table's first column. (考核项目 | 序号 | 考核指标 is no ladder: two item words side by side.)
 * (Or, whatever the right one's word, the lines say it: the left one's labels each stand over several of the right
 * one's items — merged down them, printed once or written again on each, labelsSpanItems — as a level stands over the
 * next: 考核内容 | 考核指标 | 序号 | 检查内容 | 分值 with 构建便捷交通网络 over three 检查内容 lines. Two tables side by
 * side name an item on each line in both.)
 */
function finerItemRight(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>): void {
  if ([...colRole.values()].includes("level2")) return;
  const lows = [...colRole].filter(([, r]) => r === "level3").map(([c]) => c).sort((a, b) => a - b);
  if (lows.length !== 2) return;
  const [left, right] = lows;
  const word = (c: number) => rows.map((r) => grid.compactText(r, c)).join("|");
  const finer = (c: number) => rows.some((r) => FINER_ITEM_HEADER.test(grid.compactText(r, c)));
  // (or each with its own points, 考核项目 | 考核分值 | 总体要求 | 考核细目 | 细目分值: the group's points column right after
  // it, no other level between them, and the finer items' points right of them)
  const next = (c: number) => colRole.get(Math.min(Infinity, ...[...colRole.keys()].filter((k) => k > c)));
  const ownPoints = next(left) === "weight" && next(right) === "weight";
  // (or the right one's qualifier is the left one's level noun, the right one naming that level's content or points:
  // 考核指标 | 指标内容, 考核项目 | 项目要点 — LADDER_WORD's qualifier and noun)
  // (its name too: 考核指标 | 指标名称, the name of each of the level's items)
  const contentOfLeft = rows.some((r) => {
    const l = LADDER_WORD.exec(grid.compactText(r, left));
    const x = grid.compactText(r, right);
    return !!l && !!l[1] && x.startsWith(l[3]) && OF_THE_LEVEL.test(x.slice(l[3].length));
  });
  if (finer(left)) return;
  for (let c = left + 1; c < right; c++) if (colRole.has(c) && !(ownPoints && colRole.get(c) !== "level1" && colRole.get(c) !== "level2")) return;
  // (the lines' evidence for the lowest two levels only: a level column right of them, 考核项目 | 序号 | 考核指标 | 分值 |
  // 考核内容, leaves them no ladder's foot)
  // (and only where each of the right one's lines carries its own points: 测评内容 lines under one item's merged 分值 are
  // the item's contents, no level of their own)
  const lowest = ![...colRole].some(([c, r]) => c > right && LEVEL_ROLES.includes(r));
  const nested = () => lowest && labelsSpanItems(grid, rows[rows.length - 1], left, right) && pointsOnEachLine(grid, rows[rows.length - 1], right, colRole);
  if (!(finer(right) || word(left) === word(right) || ownPoints || contentOfLeft || nested())) return;
  colRole.set(left, "level2");
}

/**
 * A 分值 column beside each of three levels (考评项目 | 分值 | 考评内容 | 分值 | 考评要点 | 分值, 类别 | 分值 | 项目 | 分值 |
 * 具体内容 | 分值): each points column belongs to the name column just left of it, so those three are the 一级, 二级 and
 * 三级 columns, left to right, whatever their words read as (one word may read as no level or as another's); two such
 * pairs (项目 | 满分 | 具体内容 | 满分) are the groups' level and the items'. Only where the header line alternates
 * name | 分值 so with nothing between, no name is read as anything but a level (or nothing), one at least as a level or
 * a rule or score column right after the last 分值, and the names differ (two blocks side by side repeat theirs) and
 * none is a numbering column's (编号 | 总分值 | 具体评价项目及评价细则 | 奖励分值). An empty spacer column is passed over.
 * `colRole` is changed in place.
 */
function levelBesideEachPoints(grid: Grid, row: number, colRole: Map<number, ColumnRole>): void {
  const weights = [...colRole].filter(([, r]) => r === "weight").map(([c]) => c).sort((a, b) => a - b);
  if (weights.length !== 2 && weights.length !== 3) return;
  // (two: the groups' level and the items')
  const levels = weights.length === 3 ? LEVEL_ROLES : [LEVEL_ROLES[0], LEVEL_ROLES[2]];
  // (the headed column left of each 分值, an empty spacer column between them passed over; the only one after the 分值 before)
  const headed = (c: number) => grid.ownsCell(row, c) && !!grid.compactText(row, c);
  // (the items' score column written between their names and their points, 考核要点 | 实得分 | 满分, passed over too)
  const names = weights.map((w, k) => {
    let n = w - 1;
    while (n >= 1 && !headed(n)) n--;
    if (k === weights.length - 1 && colRole.get(n) === "score") {
      n--;
      while (n >= 1 && !headed(n)) n--;
    }
    return n;
  });
  for (let k = 0; k < names.length; k++) {
    if (names[k] < 1 || (k > 0 && names[k] <= weights[k - 1])) return;
    if (k > 0) for (let c = weights[k - 1] + 1; c < names[k]; c++) if (headed(c)) return;
  }
  const words = names.map((n) => grid.compactText(row, n));
  // (a numbering column, 编号 | 总分值, names no level)
  if (new Set(words).size !== words.length || words.some((w) => CODE_HEADER.test(w))) return;
  const roles = names.map((n) => colRole.get(n));
  if (roles.some((r) => r !== undefined && !LEVEL_ROLES.includes(r))) return;
  // (no name read as a level: a rule or score column right after the last 分值 makes it a rule sheet's header)
  let next = weights[weights.length - 1] + 1;
  while (next < grid.scanCols && !headed(next)) next++;
  const after = colRole.get(next);
  // (or, two pairs, the groups' points the sums of their items' below: 项目 | 分数 | 具体内容 | 分数 over 50 = 14 + 25 + 11)
  if (!roles.some((r) => r !== undefined) && after !== "rubric" && after !== "score" && !(weights.length === 2 && pointsColumnsNest(grid, row, names[0], weights[0], weights[1]))) return;
  if (roles.every((r, k) => r === levels[k])) return;
  // (a level word elsewhere on the line is no level: the three are)
  for (const [c, r] of [...colRole]) if (LEVEL_ROLES.includes(r) && !names.includes(c)) colRole.delete(c);
  names.forEach((n, k) => colRole.set(n, levels[k]));
}

/** Lines under a header looked at for the sums of a pair of points columns. */
const PAIR_SUM_LINES = SCAN.headerSettleRows;

/**
 * Under the header line `row`, each number of the points column `groups` (a group's, on its first line, written
 * once or filled down beside its name) is the sum of the points column `items` over its lines, up to the next such
 * number or a line naming a group of another level in `name` with no number there (a label line across the table,
 * 一、组织领导 | | | 84): two groups at least, every one agreeing. A table's closing line ends the lines.
 */
function pointsColumnsNest(grid: Grid, row: number, name: number, groups: number, items: number): boolean {
  let open: { value: number; sum: number; key: string } | null = null;
  let agree = 0;
  let ok = true;
  const close = () => {
    if (open && !agreesTyped(open.value, open.sum)) ok = false;
    else if (open) agree++;
    open = null;
  };
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + PAIR_SUM_LINES) && ok; r++) {
    if (!grid.rowHasContent(r)) continue;
    if (isClosingRow(grid, r)) break;
    const g = grid.startsInRow(r, groups) ? pointsAt(grid, r, groups) : null;
    const label = grid.startsInRow(r, name) ? grid.compactText(r, name) : "";
    if (g) {
      // (the group's name and points written again on each of its lines: filled down, the same group)
      const key = `${label}|${g.value}`;
      if (!open || (open as { key: string }).key !== key) {
        close();
        open = { value: g.value, sum: 0, key };
      }
    } else if (label) {
      close();
      continue;
    }
    const p = pointsAt(grid, r, items);
    if (open && p) (open as { sum: number }).sum += p.value;
  }
  close();
  return ok && agree >= 2;
}

/**
 * Each line under the header `head` that names an item in column `items` has its own points in the header's one weight
 * column (a number in a cell of its own, not a merge from the line above), up to the table's closing line: the items are
 * the ones weighted, the lowest level.
 */
function pointsOnEachLine(grid: Grid, head: number, items: number, colRole: Map<number, ColumnRole>): boolean {
  const weights = [...colRole].filter(([, r]) => r === "weight").map(([c]) => c);
  if (weights.length !== 1) return false;
  let lines = 0;
  for (let r = head + 1; r <= Math.min(grid.rowCount, head + SCAN.headerSettleRows); r++) {
    if (isClosingRow(grid, r)) break;
    if (!grid.startsInRow(r, items) || !grid.compactText(r, items)) continue;
    if (!grid.startsInRow(r, weights[0]) || weightValueAt(grid, r, weights[0]) === null) return false;
    lines++;
  }
  return lines >= 2;
}

/**
 * Two tables side by side under one header row (Anhui's 目标表: 一级 | 二级 | 三级 | 指标值 for the 中期 targets, then
 * 二级 | 三级 | 指标值 again for the 年度 ones): a level named a second time starts the second block, whose columns are
 * left out — the first block is read, as a table of its own.
 */
function secondBlockCut(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>): void {
  const isLevel = (r: ColumnRole) => r === "level1" || r === "level2" || r === "level3";
  const seen = new Set<ColumnRole>();
  let cut: number | null = null;
  let last: [number, ColumnRole] | null = null;
  for (const c of [...colRole.keys()].sort((a, b) => a - b)) {
    const role = colRole.get(c)!;
    if (!isLevel(role)) continue;
    // the lowest level named again right beside itself (三级指标 | 指标内容) describes the item: no second block
    // (beside it across a column no header line names, a blank spacer column between them)
    if (seen.size >= 2 && last && last[1] === role && unnamedBetween(grid, rows, last[0], c)) {
      colRole.delete(c);
      continue;
    }
    if (seen.has(role)) {
      cut = c;
      break;
    }
    seen.add(role);
    last = [c, role];
  }
  if (cut === null) return;
  if (seen.size < 2) {
    sameLevelSideBySide(colRole);
    return;
  }
  for (const c of [...colRole.keys()]) if (c >= cut) colRole.delete(c);
}

/** Every column between `left` and `right` is headed by no word on any header line. */
function unnamedBetween(grid: Grid, rows: number[], left: number, right: number): boolean {
  for (let c = left + 1; c < right; c++) for (const r of rows) if (grid.compactText(r, c)) return false;
  return true;
}

/**
 * One level word for adjacent columns (考核类别 | 考核内容 | 分值, both read as 一级): the columns nest left to right, so
 * the later ones are the next levels down. Columns with other roles between them are two blocks (left as they are).
 */
function sameLevelSideBySide(colRole: Map<number, ColumnRole>): void {
  const order = [...colRole.keys()].sort((a, b) => a - b);
  const levels = LEVEL_ROLES;
  // (the header names one level only: every level column has that role)
  const run = order.filter((c) => levels.includes(colRole.get(c)!));
  const first = order.indexOf(run[0]);
  if (run.length > 3 || run.some((c, k) => order[first + k] !== c)) return;
  const from = levels.indexOf(colRole.get(run[0])!);
  if (from + run.length > levels.length) return;
  run.forEach((c, k) => colRole.set(c, levels[from + k]));
}

/**
 * Levels nest left to right: headers that name them loosely (评价内容 | 评价指标(分值), read as 二级 then 一级)
 * take the levels in the order of their columns.
 */
function levelsLeftToRight(colRole: Map<number, ColumnRole>): void {
  const isLevel = (r: ColumnRole) => r === "level1" || r === "level2" || r === "level3";
  const cols = [...colRole].filter(([, r]) => isLevel(r)).map(([c]) => c).sort((a, b) => a - b);
  const roles = cols.map((c) => colRole.get(c)!).sort();
  cols.forEach((c, k) => colRole.set(c, roles[k]));
}

/**
 * 一级指标 | 得分 | 二级指标 | 得分 | 三级指标 | 得分 | 评价标准 | … | 得分 (the 部门整体支出绩效评价指标表 kind): a 得分
 * column beside each level's name holds that level's weight when a later 得分 column exists and no column is
 * headed 分值 / 权重; only the last 得分 is the score.
 */
function levelScoresAsWeights(colRole: Map<number, ColumnRole>, grid: Grid, headRow: number): void {
  if ([...colRole.values()].includes("weight")) return;
  const scores = [...colRole].filter(([, r]) => r === "score").map(([c]) => c).sort((a, b) => a - b);
  if (scores.length < 2) return;
  const last = scores[scores.length - 1];
  const isLevel = (r: ColumnRole | undefined) => r === "level1" || r === "level2" || r === "level3";
  // the headed column just left of c (an empty spacer column between them does not part them)
  const leftKey = (c: number) => Math.max(-1, ...[...colRole.keys()].filter((k) => k < c));
  const leftOf = (c: number) => colRole.get(leftKey(c));
  const besideName = scores.filter((c) => c !== last && isLevel(leftOf(c)));
  // the last 得分 must stand apart from every name (else it is the leaf's own weight or score beside its name)
  if (!besideName.length || isLevel(leftOf(last))) return;
  // (names that state their own points, "产出指标(30分)": the 得分 beside them is what each group scored)
  for (const c of besideName) if (!labelsStateWeights(grid, headRow, leftKey(c))) colRole.set(c, "weight");
}

/**
 * 得分 | 合计得分 and no 分值 column: a points table (类别 | 考核内容 | 得分 | 合计得分), the standard a unit is scored by,
 * not its scores. The 合计得分 column merged down each group's lines holds the sum of their 得分 (6分 over 2分 | 2分 | 2分):
 * it is the group's points, and the 得分 beside it each line's points (levelScoresAsWeights may have read it so
 * already). Evidence: the total's header names a total (GROUP_TOTAL_HEADER), each of its numbers stands for a group of
 * lines (merged down them, or unmerged: groupPointSpans), and in two groups at least it is the sum of the lines'
 * points, in one group at most not (a slip: the weight rollup reports it); or no group says otherwise, some adding up,
 * the last one short of its total (an excerpt ending inside it) or the totals' merged cells left blank (a blank form).
 * The column is then no score: its number is each group's points (groupPointsCol).
 */
/**
 * A number under the header in `col` standing for several lines: merged down two lines or more, or (merges undone) with
 * the line below blank in `col` (or the same number again, filled down) where the lines' column `lines` has its points.
 */
function mergedDownLines(grid: Grid, headRow: number, col: number, lines: number): boolean {
  for (let r = headRow + 1; r < Math.min(grid.rowCount, headRow + SCAN.headerSettleRows); r++) {
    if (!grid.startsInRow(r, col) || !pointsAt(grid, r, col)) continue;
    const m = grid.mergeAt(r, col);
    if (m && m.r1 === r && m.r2 > r && m.c1 === col) return true;
    if (!m && !grid.mergeAt(r + 1, col) && !grid.compactText(r + 1, col) && pointsAt(grid, r + 1, lines)) return true;
    // (or filled down: the same number written again on the next line, beside other points of the lines' own — the sums
    // then judge, groupPointsColumn)
    if (!m && !grid.mergeAt(r + 1, col) && grid.compactText(r + 1, col) === grid.compactText(r, col) && pointsAt(grid, r, lines) && pointsAt(grid, r + 1, lines)) return true;
  }
  return false;
}

function groupPointsColumn(grid: Grid, headRow: number, colRole: Map<number, ColumnRole>): number | undefined {
  // (the total's column: headed 合计得分, read as a 得分 column or as none)
  let total = 0;
  for (let c = 1; c <= grid.scanCols && !total; c++) {
    const role = colRole.get(c);
    if ((role === undefined || role === "score") && grid.ownsCell(headRow, c) && GROUP_TOTAL_HEADER.test(grid.compactText(headRow, c))) total = c;
  }
  // (or two 分值 columns side by side, right of the names, the first merged down a group's lines: 项目分值 30 over the
  // lines' 标准分值 10 | 4 | 3 … — the groups' points before the lines', one group adding up at least and none off)
  let lines: number | undefined;
  let pair = false;
  if (!total) {
    const w = [...colRole].filter(([, r]) => r === "weight").map(([c]) => c).sort((a, b) => a - b);
    // (or with the rule between them, 分值 | 评分细则 | 项目分值: each line's clause and its points right of the group's;
    // or the lines' 得分, 项目分值 | 得分 | 标准分值 — the sums below decide which 分值 is the group's, not the order)
    const ruleBetween = (c: number) => c <= w[0] || c >= w[1] || colRole.get(c) === "rubric" || colRole.get(c) === "score";
    if (w.length !== 2 || !Array.from({ length: w[1] - w[0] - 1 }, (_, k) => w[0] + 1 + k).every(ruleBetween) || !mergedDownLines(grid, headRow, w[0], w[1])) return undefined;
    if (![...colRole].some(([c, r]) => c < w[0] && LEVEL_ROLES.includes(r))) return undefined;
    total = w[0];
    lines = w[1];
    pair = true;
  } else {
    const of = (role: ColumnRole) => [...colRole].filter(([c, r]) => r === role && c !== total).map(([c]) => c);
    const weights = of("weight");
    const scores = of("score");
    // (the lines' column: the one weight column and no 得分 beside it, or with none the one other 得分 column)
    lines = weights.length === 1 && !scores.length ? weights[0] : !weights.length && scores.length === 1 ? scores[0] : undefined;
    if (lines === undefined || total <= lines) return undefined;
  }
  // (the names: the first level column left of the lines' points)
  const names = Math.min(lines, ...[...colRole].filter(([c, r]) => c < lines && (r === "level1" || r === "level2" || r === "level3")).map(([c]) => c + 1));
  let end = headRow;
  while (end < grid.rowCount && !isClosingRow(grid, end + 1)) end++;
  const linePoints = (from: number, to: number) => {
    let sum = 0;
    let parts = 0;
    for (let k = from; k <= to; k++) {
      const p = grid.startsInRow(k, lines) ? pointsAt(grid, k, lines) : null;
      if (p) {
        sum += p.value;
        parts++;
      }
    }
    return { sum, parts };
  };
  // spans whose total is the sum of their lines' points; short of it as the last one only (the excerpt may end inside
  // that group); any other
  let agree = 0;
  let lastShort = false;
  let off = 0;
  const spans = groupPointSpans(grid, total, headRow + 1, end, names);
  spans.forEach((span, k) => {
    const { sum, parts } = linePoints(span.row, span.lastRow);
    if (!parts) return;
    if (parts >= 2 && agreesTyped(span.value, sum)) agree++;
    else if (k === spans.length - 1 && sum < span.value) lastShort = true;
    else if (parts >= 2 || sum > span.value) off++;
  });
  // (a blank form: the totals' cells merged down two lines or more that carry points, with no number in them)
  let blankSpans = 0;
  for (let r = headRow + 1; r <= end; r++) {
    const m = grid.mergeAt(r, total);
    if (!m || m.r1 !== r || m.r2 === r || grid.compactText(r, total) !== "") continue;
    if (linePoints(m.r1, m.r2).parts >= 2) blankSpans++;
    r = m.r2;
  }
  // two groups adding up and one slip at most; or nothing against it (the groups seen adding up, the last one cut
  // short, a blank form's merged totals)
  if (!(agree >= 2 && off <= 1) && !(off === 0 && (agree > 0 || lastShort || blankSpans > 0))) return undefined;
  if (pair && !(off === 0 && agree > 0)) return undefined;
  colRole.set(lines, "weight");
  colRole.delete(total);
  // (the rule between the two, each line's clause with its own points, names the lines: the items, not their rule)
  const clauses = [...colRole].find(([c, r]) => r === "rubric" && c > total && c < lines!);
  if (pair && clauses && ![...colRole.values()].includes("level3")) colRole.set(clauses[0], "level3");
  return total;
}

/** The level roles from the top down: the deepest one a header names is its items' level. */
const LEVEL_DEPTH: Partial<Record<ColumnRole, number>> = { level1: 1, level2: 2, level3: 3 };

/**
 * One 分值 column whose numbers each stand for a group's lines (merged down them, or on the first line with the lines
 * below blank: groupPointSpans), between the groups' level column and the items' (the deepest level, right of it), the
 * items' labels stating each line's own points ("1.1.1…纳入政府目标考核。(10分)", itemWeightInLabel) — 考核要点 | 分值 |
 * 考核内容 | 评分标准 of a county's 考核评分细则: the 分值 is the group's points (20 = 10 + 10), each line's points its
 * label's. Evidence: two groups of two lines or more at least whose labels' points add up to their 分值, one at most off
 * (a slip in one group is a slip: the weight rollup reports it), the last one allowed short (an excerpt ending inside it);
 * every line of those groups states its points, and no group is one line whose label restates its 分值 (a line's own
 * 分值 beside a label repeating it is its weight: item-label-points). The column is then no line's weight: its number is
 * each group's points (groupPointsCol), as groupPointsColumn's.
 */
function pointsOverPointedItems(grid: Grid, headRow: number, colRole: Map<number, ColumnRole>): number | undefined {
  const weights = [...colRole].filter(([, r]) => r === "weight").map(([c]) => c);
  if (weights.length !== 1) return undefined;
  const w = weights[0];
  const levels = [...colRole].filter(([, r]) => LEVEL_DEPTH[r] !== undefined);
  const right = levels.filter(([c]) => c > w);
  if (right.length !== 1 || !levels.some(([c]) => c < w)) return undefined;
  const [items, itemRole] = right[0];
  if (levels.some(([c, r]) => c < w && LEVEL_DEPTH[r]! >= LEVEL_DEPTH[itemRole]!)) return undefined;
  let end = headRow;
  while (end < grid.rowCount && !isClosingRow(grid, end + 1)) end++;
  const spans = groupPointSpans(grid, w, headRow + 1, end, items);
  let agree = 0;
  let off = 0;
  let restated = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    let sum = 0;
    let parts = 0;
    let unpointed = 0;
    for (let r = span.row; r <= span.lastRow; r++) {
      if (!grid.startsInRow(r, items) || !grid.compactText(r, items)) continue;
      const p = itemWeightInLabel(grid.text(r, items));
      if (p === null) unpointed++;
      else (sum += p), parts++;
    }
    // (lines whose labels state no points: the labels are no points of the lines')
    if (unpointed) return undefined;
    if (!parts) continue;
    const equal = agreesTyped(span.value, sum);
    if (parts >= 2 && equal) agree++;
    else if (k === spans.length - 1 && sum < span.value) continue;
    else if (parts === 1 && equal) restated++;
    else off++;
  }
  if (agree < 2 || off > 1 || restated > 0) return undefined;
  colRole.delete(w);
  return w;
}

/**
 * A level's header cell merged over two columns (考评项目 over A:B | 考评内容 | 考评方法 …), or beside a column with no
 * header of its own, whose second column holds numbered labels stating their points ("1.加强…组织领导(5分)") above a
 * lower level's column: the two columns are two levels — the group labels in the first, the numbered items in the
 * second (each a stated weight its clauses must add up to), the levels right of them one further down.
 */
function levelUnderMergedHead(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>): void {
  const levelCols = [...colRole].filter(([, r]) => LEVEL_ROLES.includes(r)).map(([c]) => c).sort((a, b) => a - b);
  if (levelCols.length < 2 || levelCols.length >= LEVEL_ROLES.length) return;
  const head = rows[rows.length - 1];
  for (const c of levelCols) {
    // (the column under the merged cell that holds labels: an empty column inside the merge is passed over)
    let second = c + 1;
    const m = rows.map((r) => headMerge(grid, r, c)).find((x) => x !== null && x.c1 === c && x.c2 > c);
    if (m) {
      const filled = [];
      for (let x = c + 1; x <= m.c2; x++) if (!emptyBelow(grid, head, x)) filled.push(x);
      if (filled.length !== 1) continue;
      second = filled[0];
    } else if (rows.some((r) => grid.ownsCell(r, second) && grid.compactText(r, second))) continue;
    if (colRole.has(second) || !levelCols.some((x) => x > second)) continue;
    if (!numberedPointedLabels(grid, head, second)) continue;
    const from = LEVEL_ROLES.indexOf(colRole.get(levelCols[0])!);
    const cols = [...levelCols, second].sort((a, b) => a - b);
    if (from + cols.length > LEVEL_ROLES.length) return;
    cols.forEach((x, k) => colRole.set(x, LEVEL_ROLES[from + k]));
    return;
  }
}

/**
 * The one level word of the header merged across several columns (考核内容 over A:C), its first column holding group
 * labels that state their points ("一、组织机构(10分)" on a group's first line) and its last one a name on every line
 * with points in the 分值 column (the items, numbered in a column between or not): the first column is the groups'
 * level, the last the items'. Read the same merged down or not: unmerged, a group's label stands on its first item's
 * line, whose item is the last column's. `colRole` is changed in place.
 */
function itemsUnderMergedLevel(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>): void {
  const levelCols = [...colRole].filter(([, r]) => LEVEL_ROLES.includes(r)).map(([c]) => c);
  const weights = [...colRole].filter(([, r]) => r === "weight").map(([c]) => c);
  if (levelCols.length !== 1 || weights.length !== 1) return;
  const c = levelCols[0];
  // (or its word written again across those columns, its merge filled across: headMerge)
  const m = rows.map((r) => headMerge(grid, r, c)).find((x) => x !== null && x.c1 === c && x.c2 > c);
  if (!m || m.c2 >= weights[0] || [...colRole.keys()].some((x) => x > c && x <= m.c2)) return;
  const head = rows[rows.length - 1];
  if (!labelsStateWeights(grid, head, c)) return;
  // (every line with points names its item in the last column; the first column's labels on fewer lines)
  let lines = 0;
  let named = 0;
  let labels = 0;
  for (let r = head + 1; r <= Math.min(grid.rowCount, head + SCAN.headerSettleRows); r++) {
    if (isClosingRow(grid, r)) break;
    if (grid.startsInRow(r, c) && grid.compactText(r, c)) labels++;
    if (!pointsAt(grid, r, weights[0])) continue;
    lines++;
    // (a name written again from the line above, merged down over both lines and filled, names no item of its own)
    // (or a name merged across into the last column from one between, on its own line: 组织管理 over C:D where the lines
    // under a middle level name their items in D)
    if ((grid.ownsCell(r, m.c2) || acrossIntoLast(grid, r, c, m.c2)) && !copiesAbove(grid, r, m.c2) && grid.compactText(r, m.c2) && weightInLabel(grid.text(r, m.c2)) === null) named++;
  }
  if (lines < 2 || named !== lines || labels >= lines) return;
  colRole.set(c, "level1");
  colRole.set(m.c2, "level3");
  // (a column between holding a label of its own over the items' column — merged down over their lines, not across into
  // theirs, no bare number — is the middle level: 评价项目 over 信息化工作机制建设 (60分) | 全业务统一管理 | 监督管理)
  for (let k = c + 1; k < m.c2; k++) if (middleLevelLabels(grid, rows[rows.length - 1], k, m.c2)) colRole.set(k, "level2");
}

/** At (r, last): a cell merged across into it from a column right of `first`, starting on this line. */
function acrossIntoLast(grid: Grid, r: number, first: number, last: number): boolean {
  const x = grid.mergeAt(r, last);
  return !!x && x.r1 === r && x.c1 > first && x.c2 === last;
}

/** Under header line `head`, column `k` holds a label of its own (not merged across to `last`, no bare number) beside a name of its own in `last`. */
function middleLevelLabels(grid: Grid, head: number, k: number, last: number): boolean {
  for (let r = head + 1; r <= Math.min(grid.rowCount, head + SCAN.headerSettleRows); r++) {
    if (!grid.ownsCell(r, k) || !grid.compactText(r, k) || !grid.ownsCell(r, last) || !grid.compactText(r, last)) continue;
    const x = grid.mergeAt(r, k);
    if ((x && x.c2 > k) || serialNumber(grid.compactText(r, k), true) !== null) continue;
    return true;
  }
  return false;
}

/** No text in `col` in the lines under the header. */
function emptyBelow(grid: Grid, headRow: number, col: number): boolean {
  for (let r = headRow + 1; r <= Math.min(grid.rowCount, headRow + SCAN.headerSettleRows); r++) if (grid.ownsCell(r, col) && grid.compactText(r, col)) return false;
  return true;
}

/** A bare ordinal in a cell of its own (一, 二, 十一, 1, 12, (一), 1., 一、): a line's number, no name — its value, or null. */
function bareOrdinal(t: string): number | null {
  const m = /^(?:([一二三四五六七八九十]{1,3})、?|\(([一二三四五六七八九十]{1,3}|\d{1,2})\)|(\d{1,2})[.、]?)$/.exec(t);
  if (!m) return null;
  return m[3] !== undefined ? Number(m[3]) : m[1] !== undefined ? chineseNumber(m[1]) : /\d/.test(m[2]) ? Number(m[2]) : chineseNumber(m[2]);
}

/**
 * The column right of a level column `c` its head stands over: the first column with text under the header, the
 * columns between empty under it, each one's head (and the names column's) on every header line blank or under the
 * same head as c's (its merge, or its words written again across: a merge filled across). Undefined when a column
 * between or the names' own head names something else.
 */
function columnUnderSameHead(grid: Grid, rows: number[], c: number, last: number): number | undefined {
  const head = Math.max(...rows);
  for (let d = c + 1; d <= grid.scanCols; d++) {
    for (const r of rows) {
      const m = headMerge(grid, r, d);
      if (m && m.c1 <= c) continue;
      if (grid.compactText(r, d)) return undefined;
    }
    for (let r = head + 1; r <= last; r++) if (grid.compactText(r, d)) return d;
  }
  return undefined;
}

/**
 * A level word over a column of bare ordinals and a column of names (策略績效目標 over A:B, 衡量指標 over C:D, merged
 * over both or standing over a blank head cell right of it; an empty column between allowed): the names' column is
 * the level's, the ordinals only number its labels. The run of ordinals under the header — each the next, 1 again or
 * the same again (filled down) — counts two lines at least, a name (not an ordinal) beside each; the run ends at the
 * first other text with a name beside it; the header printed again at a page break and a line with nothing beside it
 * (a note between two groups, a signature line under the table) are stepped over. Counter-shape: numbers that are no sequence
 * (12 | 30, quantities) keep their column. `colRole` is changed in place.
 */
function levelNamesBesideOrdinals(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>): void {
  const head = rows[rows.length - 1];
  const last = Math.min(grid.rowCount, head + SCAN.headerSettleRows);
  for (const [c, role] of [...colRole]) {
    if (!LEVEL_ROLES.includes(role)) continue;
    // (cheap test first: the first text under the header an ordinal — past a lower header line writing the level's
    // word again, 衡量指標 over 衡量指標 | blank unmerged)
    const headLines = [...rows];
    let first = head + 1;
    for (; first <= last; first++) {
      if (!grid.ownsCell(first, c) || !grid.compactText(first, c)) continue;
      if (rowRoles(grid, first).get(c) !== role) break;
      headLines.push(first);
    }
    if (first > last || bareOrdinal(grid.compactText(first, c)) === null) continue;
    const d = columnUnderSameHead(grid, headLines, c, last);
    if (d === undefined || (colRole.has(d) && colRole.get(d) !== role)) continue;
    let ordinals = 0;
    let prev = 0;
    let ok = true;
    for (let r = first; r <= last && ok; r++) {
      if (!grid.ownsCell(r, c) || !grid.compactText(r, c)) continue;
      const n = bareOrdinal(grid.compactText(r, c));
      const name = grid.compactText(grid.anchorRow(r, d), d);
      // (the header printed again at a page break — the level's word again — or a line of its own with nothing beside
      // it, a note (注：…) between two groups or a signature line under the table: the run goes on under it)
      if (n === null && (rowRoles(grid, r).get(c) === role || !name || (grid.mergeAt(r, c)?.c2 ?? c) >= d)) continue;
      if (n === null) break;
      if ((n !== prev + 1 && n !== 1 && n !== prev) || !name || bareOrdinal(name) !== null) ok = false;
      else ordinals++;
      prev = n;
    }
    if (!ok || ordinals < 2) continue;
    colRole.delete(c);
    colRole.set(d, role);
  }
}

/** Numbered labels with their points in `col` under the header ("1.…(5分)", "2.…4分"): two at least, and most of its labels. */
function numberedPointedLabels(grid: Grid, headRow: number, col: number): boolean {
  return mostBelow(grid, headRow, col, (t) => labelCode(t) !== null && groupWeightInLabel(t) !== null);
}

/** Labels in `col` under the header that state their points ("产出指标(30分)"): two at least, and most of them. */
function labelsStateWeights(grid: Grid, headRow: number, col: number): boolean {
  return mostBelow(grid, headRow, col, (t) => weightInLabel(t) !== null);
}

/**
 * The row under a header cell merged across several columns that names those columns (区域目标值 over 新罗区 | 永定区 |
 * …): part of the header even when the level names beside it are not merged down to it. Only names, no numbers, and
 * every one of them under such a merged cell.
 */
function subHeaderBelow(grid: Grid, row: number): number | null {
  const r = row + 1;
  if (r > grid.rowCount) return null;
  const unmerged = unmergedSubHeaderBelow(grid, row);
  if (unmerged !== null) return unmerged;
  // the header's other cells merged down over it: the row is the second line of a two-line header
  let mergedDown = false;
  for (let c = 1; c <= grid.scanCols; c++) if (grid.mergeAt(row, c)?.r2 === r && grid.mergeAt(row, c)!.r1 === row) mergedDown = true;
  let names = 0;
  let named = 0;
  let numbers = 0;
  const roles = rowRolesShared(grid, row);
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.text(r, c);
    if (!t) continue;
    const over = grid.mergeAt(row, c);
    // (a head merged over columns read as distinct levels, 指标 over 一级 | 二级 | 三级 (levels-under-one-head.ts): the
    // labels under it are the table's first line, no lower line of the header)
    if (over && over.c2 > over.c1 && LEVEL_ROLES.includes(roles.get(over.c1)!) && roles.get(over.c1) !== roles.get(over.c2)) return null;
    // (or its head written again across the sub-columns, the merge filled across: 指标值 | 指标值 over two years)
    const head = over ? "" : grid.compactText(row, c);
    const across = head !== "" && ((c > 1 && grid.compactText(row, c - 1) === head) || (c < grid.scanCols && grid.compactText(row, c + 1) === head));
    if (typeof grid.raw(r, c) === "number" || (!across && (!over || over.c2 === over.c1 || over.r2 !== row))) return null;
    names++;
    if (indicatorRole(t)) named++;
    else if (readNumber(t) || pointsAt(grid, r, c)) numbers++;
  }
  // a line holding numbers (written as text: "3" | "3", or as points: "3分" | "3分") and no header word is the first data line under a header merged
  // over two number columns (目标名称 (A:B) | 分值 (C:D) over name | 评分标准 | 3 | 3), not its lower line
  if (numbers > 0 && named === 0) return null;
  // (merged down beside it, one sub-column that names a role is enough: 指标值 over 上年实际值 | 预期当年实现值; or grade
  // tiers under a head merged across them, 等次及分值 over 优秀 | 良好 | 一般 | 较差)
  return (mergedDown ? named >= 1 || gradeTierSpan(grid, r) !== null : names >= 2) ? r : null;
}

/** A header word's span on a line with no merge: its cell and the blank cells right of it, to the next word. */
function unmergedSpan(grid: Grid, row: number, c: number): { c1: number; c2: number } {
  let c2 = c;
  while (c2 < grid.scanCols && !grid.text(row, c2 + 1)) c2++;
  return { c1: c, c2 };
}

/** What a cell of a table's line holds and a header's name does not (parseValue's kinds): a value, a template's ≥**. */
const VALUE_KINDS = new Set(["number", "placeholder"]);

/**
 * The same lower line with the header's merges undone (a CSV dump, a paste as values), each value left on its first
 * cell: 区域目标值 | blank … over 新罗区 | 永定区 | …, 绩效指标评价标准 | blank | blank | blank over 优 | 良 | 中 | 差. What
 * the merges said, the line still shows by where its words sit: every one under a header word with blank header cells
 * right of it (its span, to the next word), two at least, and nothing under the header's other words — the cells once
 * merged down beside the line (一级指标 | 二级指标 | 三级指标 …), two at least. Names only, no number: a table's first
 * line holds its item's name under one of those other words, or numbers.
 */
function unmergedSubHeaderBelow(grid: Grid, row: number): number | null {
  const r = row + 1;
  const heads: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (grid.mergeAt(row, c) || grid.mergeAt(r, c)) return null;
    if (grid.text(row, c)) heads.push(c);
  }
  let names = 0;
  let narrow = 0;
  for (let k = 0; k < heads.length; k++) {
    const end = unmergedSpan(grid, row, heads[k]).c2;
    let under = 0;
    for (let c = heads[k]; c <= end; c++) {
      const t = grid.text(r, c);
      if (!t) continue;
      // (a value, 280人次 | ≥95%, or a template's ≥**, or a label stating its points, 组织领导(20分): a line of the table's)
      if (typeof grid.raw(r, c) === "number" || (VALUE_KINDS.has(parseValue(t).kind) && !indicatorRole(t)) || weightInLabel(t) !== null) return null;
      under++;
    }
    // (a word with no blank beside it: a cell once merged down, blank on the line)
    if (end === heads[k]) {
      if (under) return null;
      narrow++;
    } else names += under;
  }
  // (the words left of the first header word: no line's content either)
  for (let c = 1; c < (heads[0] ?? 1); c++) if (grid.text(r, c)) return null;
  return names >= 2 && narrow >= 2 ? r : null;
}

/** A scoring rule's wording: a deduction, an award of points, or "no points". */
// (a deduction's other verbs, 扣除 / 扣减 / 减 N分, and 记 as an award's: the raw cell text is read here, not the normalised
// one, roundPointsBrackets)
const SCORING_RULE_TEXT = /(?:扣除?|扣减|减去?)\s*[\d.一二三四五六七八九十半]+\s*分|扣分|[得给计记]\s*[\d.]+\s*分|不得分|不计分|酌情(扣|给|得)分|得满分/;

/**
 * A column headed like a target (标准值, 评价标准值) whose cells are scoring rules ("依据不充分的，此项不得分",
 * "少补一例扣0.5分") is the table's 评分标准: read by its contents, not its header word.
 */
function rubricByContent(grid: Grid, headerRow: number, columns: Partial<Record<ColumnRole, number>>): void {
  const c = columns.targetValue;
  if (c === undefined || columns.rubric !== undefined) return;
  let filled = 0;
  let rules = 0;
  for (let r = headerRow + 1; r <= Math.min(grid.rowCount, headerRow + SCAN.headerSettleRows); r++) {
    if (!grid.startsInRow(r, c)) continue;
    const t = grid.text(r, c);
    if (!t) continue;
    filled++;
    if (SCORING_RULE_TEXT.test(t)) rules++;
  }
  if (filled >= 2 && rules * 2 >= filled) {
    columns.rubric = c;
    delete columns.targetValue;
  }
}

/**
 * A 说明 (or 备注) column right of the items whose cells are bands of a figure each with its points ("37.2%-40%,1分;
 * 40%-42%,1.5分;超过42%,2分": bandLadder) beside a 分值 column, no rubric column: the table's 评分标准, read by its
 * contents. Two band ladders at least and most of its cells.
 */
function bandsInNoteColumn(grid: Grid, headerRow: number, columns: Partial<Record<ColumnRole, number>>): void {
  if (columns.rubric !== undefined || columns.weight === undefined) return;
  const items = columns.level3 ?? columns.level2 ?? columns.level1;
  if (items === undefined) return;
  const taken = new Set(Object.values(columns));
  for (let c = items + 1; c <= grid.scanCols; c++) {
    if (taken.has(c) || !grid.ownsCell(headerRow, c) || !NOTE_COLUMN_HEADER.test(grid.compactText(headerRow, c))) continue;
    let filled = 0;
    let bands = 0;
    for (let r = headerRow + 1; r <= Math.min(grid.rowCount, headerRow + SCAN.headerSettleRows); r++) {
      if (!grid.startsInRow(r, c)) continue;
      const t = grid.text(r, c);
      if (!t) continue;
      filled++;
      if (bandLadder(t) !== null) bands++;
    }
    if (bands >= 2 && bands * 2 > filled) {
      columns.rubric = c;
      return;
    }
  }
}

/**
 * A column headed with a level word that stands right of the item's name and its 分值 (考核项目 | 序号 | 考核指标 | 分值 |
 * 考核内容): no level (levels nest left to right, before the points), but what the item assesses, its explanation —
 * where no other column explains or rules it. A group's points column between the levels (一级 | 分值 | 二级 | 分值 | 三级
 * | 分值) is no leaf's: only a level right of the leaf's own 分值 is taken.
 */
function levelWordAfterPoints(colRole: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>): void {
  const name = columns.level3 ?? columns.level2 ?? columns.level1;
  const w = columns.weight;
  if (name === undefined || w === undefined || w < name || columns.explanation !== undefined || columns.rubric !== undefined) return;
  const levels = [columns.level1, columns.level2, columns.level3];
  for (const [c, role] of [...colRole].sort((a, b) => a[0] - b[0])) {
    if (c > w && (role === "level1" || role === "level2" || role === "level3") && !levels.includes(c)) {
      columns.explanation = c;
      return;
    }
  }
}

/** Items a column of numbers must hold before it is read as points (see numbersBelow). */
const MIN_POINT_CELLS = 2;

/** Every filled cell under the header down to the table's end is a number or points ("80分"), at least two of them. */
export function numbersBelow(grid: Grid, row: number, col: number): boolean {
  let n = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + SCAN.headerSettleRows); r++) {
    if (isClosingRow(grid, r)) break;
    if (!grid.ownsCell(r, col) || !grid.text(r, col)) continue;
    if (!pointsAt(grid, r, col)) return false;
    n++;
  }
  return n >= MIN_POINT_CELLS;
}

/**
 * A column headed 等级 whose every cell is a number (80, 70 … one per grade of an item), in a table with no 分值 and no
 * 得分 column: the items' points, not a grade (elsewhere 等级 holds 优 / 良 / 中 / 差).
 */
function gradePoints(grid: Grid, rows: number[], columns: Partial<Record<ColumnRole, number>>): void {
  const c = columns.grade;
  if (c === undefined || columns.weight !== undefined || columns.score !== undefined) return;
  if (!rows.some((r) => /^等级(分|分值)?$/.test(grid.compactText(r, c)))) return;
  if (!numbersBelow(grid, rows[rows.length - 1], c)) return;
  columns.weight = c;
  delete columns.grade;
}

/**
 * A column headed 分值 whose cells are the items' names with their points in brackets ("任务分解 (2分)", "项目开工率
 * (4分)"), not one a number: the items' column, the level under the deepest one named, its weights read from the
 * labels (评价指标 | 分值 | 评价标准, the 评价指标 header spanning the groups only).
 */
function namesUnderPoints(grid: Grid, headerRow: number, columns: Partial<Record<ColumnRole, number>>): void {
  const c = columns.weight;
  if (c === undefined || columns.level3 !== undefined || (columns.level1 === undefined && columns.level2 === undefined)) return;
  if (c < (columns.level2 ?? columns.level1)!) return;
  let filled = 0;
  let labelled = 0;
  for (let r = headerRow + 1; r <= Math.min(grid.rowCount, headerRow + SCAN.headerSettleRows); r++) {
    if (!grid.startsInRow(r, c) || !grid.text(r, c)) continue;
    if (weightValueAt(grid, r, c) !== null) return;
    filled++;
    if (weightInLabel(grid.text(r, c)) !== null) labelled++;
  }
  if (labelled < 2 || labelled * 2 < filled) return;
  delete columns.weight;
  if (columns.level2 === undefined) columns.level2 = c;
  else columns.level3 = c;
}

/**
 * A per-indicator value stands right of the indicator's name: with 年度目标 (the project's goal sentence, left of
 * 一级指标 in a list-form 申报表) and 指标值 both headed as targets, 指标值 is the target column.
 */
function leafColumn(colRole: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>, role: "targetValue" | "actual"): void {
  const name = columns.level3 ?? columns.level2;
  if (name === undefined || columns[role] === undefined || columns[role]! > name) return;
  const right = [...colRole].filter(([c, r]) => r === role && c > name).map(([c]) => c).sort((a, b) => a - b)[0];
  if (right !== undefined) columns[role] = right;
}

/**
 * A column headed 指标类型 (the 定量/定性 column's name) whose cells are the 一级 dimensions (产出指标 | 效益指标 |
 * 满意度指标): the table's 一级 column, read by its contents.
 */
function dimensionsByContent(grid: Grid, headerRow: number, columns: Partial<Record<ColumnRole, number>>): void {
  const c = columns.valueType;
  if (c === undefined || columns.level1 !== undefined) return;
  if (dimensionCells(grid, headerRow, c) >= 2) {
    columns.level1 = c;
    delete columns.valueType;
  }
}

/**
 * A 一级 column with no 二级 or 三级 named beside it (绩效指标分类 | 绩效指标 | 绩效指标描述, 指标类型 | 绩效指标 | 年初绩效目标):
 * the column right of it headed 绩效指标 (or 指标) holds the indicators' names. Only there: elsewhere 绩效指标 is the
 * block label left of a 一级 | 二级 | 三级 header.
 */
function namesBesideDimensions(grid: Grid, rows: number[], columns: Partial<Record<ColumnRole, number>>): void {
  const l1 = columns.level1;
  if (l1 === undefined || columns.level2 !== undefined || columns.level3 !== undefined) return;
  const at = grid.mergeAt(rows[0], l1);
  let next = (at ? at.c2 : l1) + 1;
  // (an empty column between them does not part them)
  while (next < grid.scanCols && rows.every((r) => !grid.compactText(r, next))) next++;
  if (next > grid.scanCols || Object.values(columns).includes(next)) return;
  if (rows.some((r) => /^(绩效指标|指标)$/.test(grid.compactText(r, next)))) columns.level3 = next;
  // the graded standards under it (评价标准 over 优 | 良 | 中 | 差): the 优 line is the target
  if (columns.targetValue === undefined) {
    const lines = [...rows, rows[rows.length - 1] + 1];
    for (let c = next + 1; c <= grid.scanCols; c++) if (lines.some((r) => /^优秀?$/.test(grid.compactText(r, c)))) {
      columns.targetValue = c;
      break;
    }
  }
}

/** a header cell naming the targets' content, merged across their category and name columns (绩效内容, 指标内容, 目标内容) */
const CONTENT_ACROSS = /^(绩效|指标|目标)内容$/;
/** a 一级 dimension's name in a level column's cells (投入 and 过程 as well: the 投入 | 产出 | 效益 frameworks) */
const FIRST_LEVEL_CELL = /^(投入|过程|产出|效益|满意度|成本|效果|成效|效率)(指标|目标)?$/;

/**
 * A level column whose cells are the 一级 dimensions (评价内容: 投入 | 产出 | 效益), then a header cell merged across two
 * columns with no sub-header naming them (绩效内容 over 时效目标 | 目标1): the merged cell's columns are the next two
 * levels, its first the 二级 category, its second the targets' names. Read from the header's cells and the level
 * column's contents, so that the table reads the same once its merges down the lines are undone (the names are in the
 * second column on every line, the dimensions and categories only on their blocks' first lines).
 */
function contentAcrossLevels(grid: Grid, rows: number[], colRole: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>): void {
  const lvl = columns.level2;
  if (lvl === undefined || columns.level1 !== undefined || columns.level3 !== undefined) return;
  const last = rows[rows.length - 1];
  for (let c = lvl + 1; c < grid.scanCols; c++) {
    for (const r of rows) {
      if (!grid.ownsCell(r, c) || !CONTENT_ACROSS.test(grid.compactText(r, c))) continue;
      // merged across the two columns, or (its merge undone) beside a column no header line names
      const m = grid.mergeAt(r, c);
      const across = m ? m.c1 === c && m.c2 === c + 1 : rows.every((rr) => !grid.compactText(rr, c + 1));
      if (!across || colRole.has(c) || colRole.has(c + 1)) return;
      let dims = 0;
      for (let rr = last + 1; rr <= Math.min(grid.rowCount, last + SCAN.headerSettleRows); rr++) if (grid.startsInRow(rr, lvl) && FIRST_LEVEL_CELL.test(grid.compactText(rr, lvl))) dims++;
      if (dims < 2) return;
      columns.level1 = lvl;
      columns.level2 = c;
      columns.level3 = c + 1;
      return;
    }
  }
}

/**
 * A row's score given twice, as a plain score and weighted by its share (Hebei 2020: 自评得分 over 单项指标得分 |
 * 权重占比(%) | 单项指标折算得分, 折算 = 得分 × 占比): the weighted score is the one the total adds up, and the share
 * is the row's weight where the form's own 指标分值 column is left empty.
 */
function weightedScoreColumns(grid: Grid, headerRow: number, colRole: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>): void {
  const name = columns.level3 ?? columns.level2;
  if (name === undefined) return;
  const right = (role: ColumnRole) => [...colRole].filter(([c, r]) => r === role && c > name).map(([c]) => c).sort((a, b) => a - b);
  const scores = right("score");
  const weighted = scores.find((c) => /折算|加权/.test(grid.compactText(headerRow, c)));
  if (scores.length < 2 || weighted === undefined) return;
  columns.score = weighted;
  const numbers = (c: number) => {
    let n = 0;
    // (a number, a number typed as text, or points or a share written with their unit: "25分", "25.00%")
    for (let r = headerRow + 1; r <= Math.min(grid.rowCount, headerRow + SCAN.headerSettleRows); r++) if (numberOrPointsAt(grid, r, c)) n++;
    return n;
  };
  const share = right("weight").find((c) => c !== columns.weight && /占比|比重/.test(grid.compactText(headerRow, c)));
  if (share !== undefined && (columns.weight === undefined || numbers(columns.weight) === 0) && numbers(share) >= 2) columns.weight = share;
}

/**
 * Several 分值 (or 得分) columns: the one beside 一级指标 is the 一级 group's, the one beside 二级指标 the
 * 二级 group's, and the one right of the indicator name is the leaf's.
 */
function assignGroupColumns(
  colRole: Map<number, ColumnRole>,
  columns: Partial<Record<ColumnRole, number>>,
  role: "weight" | "score",
  level1Role: ColumnRole,
  level2Role: ColumnRole,
  thirdLevelCol?: number,
): void {
  const cols = [...colRole].filter(([, r]) => r === role).map(([c]) => c).sort((a, b) => a - b);
  if (cols.length < 2) return;
  const name = columns.level3 ?? columns.level2;
  // a four-level table: the 三级 group's own 分值/得分 (right of the 三级 column) are neither the 二级's nor the leaves'
  const level2End = thirdLevelCol ?? columns.level3;
  // one label column and several 得分 right of it (考核内容 | 自评得分 | 初审得分 | 复审得分): its lines are the items, each
  // column a stage of review scoring them — the first is the score (the others parallel-scores.ts's), none a group's
  const single = role === "score" && name === undefined && columns.level1 !== undefined && cols[0] > columns.level1 ? cols[0] : undefined;
  const leaf = single ?? cols.find((c) => name !== undefined && c > name) ?? cols[cols.length - 1];
  columns[role] = leaf;
  if (single !== undefined) return;
  for (const c of cols) {
    if (c === leaf) continue;
    // (a group's column sits between its label and the next level's name column: never after the item's name)
    if (columns.level1 !== undefined && c > columns.level1 && c < (columns.level2 ?? columns.level3 ?? Infinity)) columns[level1Role] = c;
    // (with no level below the 二级, its column holds the items: a column right of them is no group's but another of theirs)
    else if (columns.level2 !== undefined && c > columns.level2 && (level2End === undefined ? role !== "score" || c < leaf : c < level2End)) columns[level2Role] = c;
  }
}

/** The first header `at` reads within the rows an indicator header is looked for. */
export function firstHeaderOf(grid: Grid, at: (grid: Grid, row: number) => HeaderMap | null): HeaderMap | null {
  const last = Math.min(grid.rowCount, SCAN.indicatorHeaderRows);
  for (let r = 1; r <= last; r++) {
    const h = at(grid, r);
    if (h) return h;
  }
  return null;
}

/** The first block of scored criteria on the sheet (see criteriaHeaderAt): the table of a sheet that has no other. */
export function firstCriteriaHeader(grid: Grid): HeaderMap | null {
  return firstHeaderOf(grid, criteriaHeaderAt);
}

/**
 * A block of scored criteria headed only by its 分值 and 得分 (资金管理情况 | 情况说明 | 分值 | 得分 | 存在问题和改进措施,
 * the transfer self-evaluation's block between its funds and its indicators): every row under it with a number in
 * the 分值 column is a criterion, named in the first column (left of 分值) that names every one of them; the block's
 * label merged down its left is its 一级. Null where the header names a level, a target, an actual value or an
 * amount (a fund block's 分值 | 得分 are the budget line's), or fewer than two rows follow.
 */
export function criteriaHeaderAt(grid: Grid, row: number, roles: ReadonlyMap<number, ColumnRole> = rowRolesShared(grid, row)): HeaderMap | null {
  // (one 分值 and one 得分 at least: a line of fewer roles, most lines a scan asks of, is none, and no list is made for it)
  if (roles.size < 2) return null;
  const all = [...roles.values()];
  if (hasLevel(roles) || all.some((r) => r === "targetValue" || r === "actual")) return null;
  if (all.filter((r) => r === "weight").length !== 1 || all.filter((r) => r === "score").length !== 1) return null;
  for (let c = 1; c <= grid.scanCols; c++) if (!roles.has(c) && budgetRole(grid.text(row, c))) return null;
  const weightCol = [...roles].find(([, r]) => r === "weight")![0];
  // (an empty line or two left under the header: the rows start below them)
  let top = row;
  while (top < Math.min(grid.rowCount, row + 2) && !grid.rowHasContent(top + 1)) top++;
  let last = top;
  // (the header printed again at a page break, an empty line or a note (注：…) between two lines: the block goes on
  // under it where the next line states its points)
  const between = new Set<number>();
  const stepOver = (r: number) => sameHeaderLine(grid, row, r) || !grid.rowHasContent(r) || NOTE_LINE.test(firstText(grid, r));
  while (last < grid.rowCount) {
    if (weightValueAt(grid, last + 1, weightCol) !== null) last++;
    else if (last > top && last + 2 <= grid.rowCount && stepOver(last + 1) && weightValueAt(grid, last + 2, weightCol) !== null) {
      between.add(last + 1);
      last += 2;
    } else break;
  }
  if (last - top < 2) return null;
  let name: number | undefined;
  let label: number | undefined;
  for (let c = 1; c < weightCol && name === undefined; c++) {
    if (roles.has(c)) continue;
    const m = grid.mergeAt(row, c);
    if (m && m.r1 === row && m.r2 >= last && grid.compactText(row, c)) {
      label = c;
      continue;
    }
    let named = 0;
    // (a group with no items, its merge across the group and item columns undone: its label, left of the empty item
    // cell, names its line — where the column left holds the groups' labels, one at least beside an item of its own)
    let groupLines = 0;
    let besideItem = false;
    const ownName = (r: number, col: number) => grid.startsInRow(r, col) && !!grid.compactText(r, col) && weightValueAt(grid, r, col) === null;
    for (let r = top + 1; r <= last; r++) {
      if (between.has(r)) continue;
      if (ownName(r, c)) {
        named++;
        if (!besideItem && c > 1 && !roles.has(c - 1) && ownName(r, c - 1)) besideItem = true;
      } else if (c > 1 && !roles.has(c - 1) && !grid.compactText(r, c) && ownName(r, c - 1)) groupLines++;
    }
    if (named === last - top - between.size || (besideItem && groupLines > 0 && named > groupLines && named + groupLines === last - top - between.size)) name = c;
  }
  if (name === undefined) return null;
  // a last row stating the block's result (评价结果 | 100 | 80.14, 合计 | 100 | 92) is its total, not a criterion
  // (its label left of an empty name cell, the merge across the two undone: 总分 | | 100)
  const lastLabel = grid.compactText(last, name) || (name > 1 ? grid.compactText(last, name - 1) : "");
  if (RESULT_TOTAL_LABEL.test(lastLabel) || TOTAL_LABEL.test(lastLabel)) last--;
  if (last - top < 2) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level3: name };
  if (label !== undefined) columns.level1 = label;
  for (const [c, r] of roles) if (columns[r] === undefined) columns[r] = c;
  return { headerRow: row, firstHeaderRow: row, columns, roleCount: Object.keys(columns).length, lastRow: last };
}

/** The first text of line `r`, "" where it has none. */
function firstText(grid: Grid, r: number): string {
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) return grid.compactText(r, c);
  return "";
}

/**
 * Whether header line `row` repeats a line above it word for word, inside that line's table (a page break's copy of its
 * header): no blank line between them (a blank line parts two tables printed under one header), and the first line under
 * the first printing a total printed first (合计 | | 220: where the items' readers of the header search stop).
 */
function copiedFromAbove(grid: Grid, row: number): boolean {
  for (let r = row - 1; r >= 1; r--) {
    if (!grid.rowHasContent(r)) return false;
    if (!sameHeaderLine(grid, r, row)) continue;
    let label = "";
    for (let c = 1; c <= grid.scanCols && !label; c++) if (grid.startsInRow(r + 1, c)) label = grid.compactText(r + 1, c);
    return TOTAL_LABEL.test(label);
  }
  return false;
}

/**
 * Line `r` repeats header line `row` word for word, in the same columns (`minWords` words at least, three by default; a
 * short list's two-word header 项目名称 | 权重 is repeated with two): a page break's repeat.
 */
export function sameHeaderLine(grid: Grid, row: number, r: number, minWords = 3): boolean {
  let words = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    const t = grid.ownsCell(row, c) ? grid.compactText(row, c) : "";
    if (t !== (grid.ownsCell(r, c) ? grid.compactText(r, c) : "")) return false;
    if (t) words++;
  }
  return words >= minWords;
}

/** Lines above a header's last line that a header block may span (三 lines: 指标名称 over 一级 | 二级 over 名称). */
const HEADER_BLOCK_LINES = 3;

/**
 * The line above `row` is the upper line of one header with it: at least two cells of its own, none a number, and
 * one of them merged down to end on `row` (a column the two lines share: 分值 over both lines beside 年度指标值 over
 * 指标性质 | 指标值), or — read as a header line itself (`classifies`) — one merged across over two names of `row`
 * (指标名称 over 一级指标 | 二级指标 | 三级指标, 记录 over 自评内容 | 完成情况).
 */
function upperHeaderLine(grid: Grid, row: number): boolean {
  const up = row - 1;
  if (up < 1) return false;
  // (or its merges undone, `row` named under its words' spans: unmergedSubHeaderBelow)
  if (unmergedSubHeaderBelow(grid, up) === row) return true;
  // (or it names the sides of a two-sided statement, 收入 | 支出 over 项目 | 2020年预算数 | 项目 | 2020年预算数)
  if (sidesNamedAbove(grid, row).length) return true;
  let own = 0;
  let mergedDown = false;
  let overNames = false;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(up, c) || !grid.compactText(up, c)) continue;
    if (typeof grid.raw(up, c) === "number" || readNumber(grid.text(up, c))) return false;
    own++;
    const m = grid.mergeAt(up, c);
    if (!m) continue;
    if (m.r2 === row) mergedDown = true;
    if (m.r2 === up && m.c2 > m.c1) {
      let names = 0;
      for (let k = m.c1; k <= m.c2; k++) if (grid.ownsCell(row, k) && grid.compactText(row, k) && indicatorRole(grid.text(row, k))) names++;
      if (names >= 2) overNames = true;
    }
  }
  if (own < 2) return false;
  return mergedDown || (overNames && rowRoles(grid, up).size >= 2) || moneyGroupLine(grid, up, row);
}

/**
 * An amount list's two-line head written without a merge down (澳門 公報's budget: 經濟分類 merged across over 編號 |
 * 名稱, beside 金額 (澳門幣) over 增加): line `up` — words only, checked by upperHeaderLine — groups two named columns of
 * `row` under one cell merged across, and names the money column (amountRole) beside that group, over a word of `row`.
 * `row` holds no number. A line merged across without a money column beside it (a unit's name over the columns, a
 * title) is none.
 */
function moneyGroupLine(grid: Grid, up: number, row: number): boolean {
  if (rowHasNumbers(grid, row)) return false;
  let group = false;
  let money = false;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(up, c) || !grid.compactText(up, c)) continue;
    const m = grid.mergeAt(up, c);
    if (m && m.r1 === up && m.r2 === up && m.c2 > m.c1) {
      let names = 0;
      for (let k = m.c1; k <= m.c2; k++) if (grid.ownsCell(row, k) && grid.compactText(row, k)) names++;
      if (names >= 2) group = true;
    } else if (!m && amountRole(grid.text(up, c)) === "amount" && grid.ownsCell(row, c) && grid.compactText(row, c)) money = true;
  }
  return group && money;
}

/**
 * The top line of the header whose last line is `last` (the line the data start below): the line a reader names as
 * the table's header, the one convention for every multi-line header (指标名称 over 二级指标 | 三级指标, 绩效指标 |
 * 年度指标值 | 分值 over 一级 | 二级 | 三级 | 指标性质 …). The columns are still read from every line (headerAt).
 */
export function headerTop(grid: Grid, last: number): number {
  // (a line of column markers under the header, A | B | … | L=J*100-K, is the header block's: read up through it)
  let bottom = last;
  while (columnMarkerLine(grid, bottom)) bottom--;
  let top = bottom;
  while (bottom - top < HEADER_BLOCK_LINES - 1 && upperHeaderLine(grid, top)) top--;
  // (a head merged down from above to the last line, 地区 over a five-line head of 工程 | 分项 | 小项 | 牵头单位 | 目标任务 …:
  // the header starts at its top, the lines between holding no number)
  for (let c = 1; c <= grid.scanCols; c++) {
    const m = grid.mergeAt(bottom, c);
    // (or past it, over lines with no number: 地区 A3:A5 over 已经下达 | 其中: on line 4 and its parts on line 5, a last
    // line whose words name no column of their own)
    if (!m || m.c1 !== c || m.r2 < bottom || m.r2 - bottom > 1 || m.r1 >= top || m.r2 - m.r1 >= HEADER_MERGE_LINES || !grid.compactText(m.r1, c)) continue;
    let plain = true;
    for (let r = m.r1; r <= m.r2 && plain; r++) if ((r < top || r > bottom) && rowHasNumbers(grid, r)) plain = false;
    if (plain) top = m.r1;
  }
  return top;
}
/** Lines a head merged down to a header's last line may span. */
const HEADER_MERGE_LINES = 5;

/** A 一级 dimension's name as a transposed table's group heading (产出指标 over its 二级 columns). */
const FIRST_LEVEL_HEADING = /^(产出|效益|效果|满意度)指标$/;
/** A 二级 dimension's name as a transposed table's column heading. */
const SECOND_LEVEL_HEADING = /^(数量|质量|时效|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|满意度)指标$/;

/**
 * A transposed target table (one line per 项目单位, the indicators across the columns): a header line of 一级 names
 * (产出指标 | 效益指标 …, one at least merged across its 二级 columns) over a line of 二级 names (质量指标 | 数量指标 |
 * 时效指标 | 社会效益指标), usually a third line of the indicators' names under them. Its top and last lines, or null.
 */
export function transposedTargetHeader(grid: Grid): { top: number; last: number } | null {
  const last = Math.min(grid.rowCount - 1, SCAN.indicatorHeaderRows);
  for (let r = 1; r <= last; r++) {
    let heads = 0;
    let across = false;
    let under = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || !FIRST_LEVEL_HEADING.test(grid.compactText(r, c))) continue;
      heads++;
      const m = grid.mergeAt(r, c);
      const c2 = m && m.r2 === r ? m.c2 : c;
      if (c2 > c) across = true;
      for (let k = c; k <= c2; k++) if (grid.ownsCell(r + 1, k) && SECOND_LEVEL_HEADING.test(grid.compactText(r + 1, k))) under++;
    }
    if (heads < 2 || !across || under < 3) continue;
    // (the indicators' names under the 二级 line are the header's last line: no number among them)
    let third = true;
    let names = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r + 2, c) || !grid.compactText(r + 2, c)) continue;
      if (typeof grid.raw(r + 2, c) === "number" || readNumber(grid.text(r + 2, c))) third = false;
      // (under a 二级 name, its own or merged across over the column)
      else if (SECOND_LEVEL_HEADING.test(grid.compactText(r + 1, c))) names++;
    }
    return { top: r, last: r + 1 + (third && names >= 3 ? 1 : 0) };
  }
  return null;
}
