import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { normalizeGrade } from "../score/grade";
import { groupWeightInLabel, rubricAwards, weightInLabel } from "../text/labels";
import { labelCode } from "../text/codes";
import { clauseHeadPoints } from "./rule-points";
import { pointsRange } from "./table-tiers";
import { bareBracketNumber } from "./bare-points";
import { numberAt } from "./cells";
import { preambleLine } from "./preamble";
import { isClosingRow } from "./table-closing";
import { PAGE_FOOTER, REMARK_HEADER } from "./vocabulary";
import { rowRolesShared, titleLine, type HeaderMap } from "./table-header";
import { agreesTyped, exceedsTyped } from "../relations/tolerance";

/**
 * An indicator table whose header is not on the sheet (a page that starts below it, a copied tail): its
 * columns are read from what they hold. The evidence is a column of target operators (=, ≥, ≤, 定性) — the
 * 指标性质 of every results table — with a column of units (%, 万元, 个) to its right; the names are the text
 * columns left of the operators (三级 nearest, then 二级, 一级), and right of the units come 完成值, 权重, 得分
 * and 原因 in the order every published template keeps (三级 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 …).
 */

/** Operator cells of a results table's 指标性质 column. */
export const TARGET_OP_CELL = /^(=|＝|==|≥|≤|>|<|≧|≦|>=|<=|定性|定量|正向|反向|≥\/≤)$/;
/** Unit cells of a 度量单位 column. */
export const UNIT_CELL = /^(%|‰|万元|元|亿元|千元|个|人|人次|次|户|家|项|天|日|月|年|小时|分钟|件|台|套|座|处|所|亩|公里|千米|米|平方米|立方米|吨|公斤|元\/人|元\/户|份|篇|场|期|批|辆|张|条|本|分|万人|万户|%以上|是\/否)$/;

/** Rows read for the data when the header is absent. */
const INFER_ROWS = 80;
/** Data rows with an operator needed before a column is read as 指标性质. */
const MIN_OP_ROWS = 3;

export function inferHeaderless(grid: Grid): HeaderMap | null {
  const h = inferResultsTable(grid) ?? inferRuleTable(grid) ?? inferPointsRuleLines(grid) ?? inferDimensionLines(grid) ?? inferGradedLines(grid) ?? inferTierRangeLines(grid);
  return h ? withHeadsKept(grid, h) : null;
}

/**
 * The line right above an inferred table's first line, where it names columns of its own that the content did not
 * give another role (the tail of a header line a page kept, '分标准 | 考核办法 | 得分': 得分 over the empty score column):
 * that line is the table's header, its columns added to the inferred ones (headKept). A title line is none, nor a line
 * naming a column the content read otherwise, or a role the content gave another column.
 */
function withHeadsKept(grid: Grid, h: HeaderMap): HeaderMap {
  const r = h.headerRow;
  if (r < 1 || r >= h.firstHeaderRow || titleLine(grid, r, h.firstHeaderRow)) return h;
  const roles = rowRolesShared(grid, r);
  if (!roles.size) return h;
  const byCol = new Map(Object.entries(h.columns).map(([role, c]) => [c, role]));
  const added: Partial<Record<ColumnRole, number>> = {};
  for (const [c, role] of roles) {
    if (byCol.get(c) === role) continue;
    if (byCol.has(c) || h.columns[role] !== undefined || added[role] !== undefined) return h;
    added[role] = c;
  }
  const columns = { ...h.columns, ...added };
  return { ...h, columns, roleCount: Object.keys(columns).length, headKept: true };
}

/** tier ranges a line needs, side by side, to be read as a tiered key's line */
const MIN_TIER_RANGES = 3;

/**
 * A page of a grade-tier key whose header is on the previous page (等次及分值 over 优秀 | 良好 | 一般 | 较差, lost): lines of
 * points ranges side by side ('4~5' | '3~4' | '2~3' | '0~2', MIN_TIER_RANGES at least, from the same column on), left of
 * them the items' names with their points ('职业道德(5)', bare or in 分: MIN_OP_ROWS at least, most lines) and, left of
 * those, their groups' ('1.思想品德(10)'). The best tier's column (the first) is the items' rule, as under its header.
 */
function inferTierRangeLines(grid: Grid): HeaderMap | null {
  const rows = dataRows(grid);
  const own = (r: number, c: number) => (grid.ownsCell(r, c) ? grid.compactText(r, c) : "");
  const rangesFrom = (r: number): number | null => {
    let first: number | null = null;
    let n = 0;
    for (let c = grid.scanCols; c >= 1; c--) {
      const t = own(r, c);
      if (!t && n === 0) continue;
      if (!pointsRange(t)) break;
      first = c;
      n++;
    }
    return n >= MIN_TIER_RANGES ? first : null;
  };
  const lines = rows.map((r) => ({ r, first: rangesFrom(r) })).filter((x) => x.first !== null);
  if (lines.length < MIN_OP_ROWS) return null;
  const first = lines[0].first!;
  const body = rows.filter((r) => r >= lines[0].r);
  if (lines.some((x) => x.first !== first) || lines.length < 0.8 * body.length || first < 2) return null;
  const item = first - 1;
  const pointed = lines.filter((x) => bareBracketNumber(own(x.r, item)) !== null || weightInLabel(own(x.r, item)) !== null).length;
  if (pointed < MIN_OP_ROWS || pointed < 0.8 * lines.length) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level2: item, rubric: first };
  if (item > 1 && lines.some((x) => own(x.r, item - 1))) columns.level1 = item - 1;
  return { headerRow: lines[0].r - 1, firstHeaderRow: lines[0].r, columns, roleCount: Object.keys(columns).length, inferred: true };
}

/**
 * The rows with content above the first closing row (合计, 评价结论 …): a headerless page's data. A form's preamble
 * above them (项目名称 | …, 主管部门 | …, 填报单位:… 单位:万元) is none of its lines.
 */
function dataRows(grid: Grid): number[] {
  const rows: number[] = [];
  for (let r = 1; r <= Math.min(grid.rowCount, INFER_ROWS); r++) {
    // (a preamble's line naming who files the form, 填报单位:… | 填报日期:…, opens no closing above the data)
    if (!rows.length && grid.rowHasContent(r) && preambleLine(grid, r)) continue;
    if (isClosingRow(grid, r)) break;
    // (a page footer, 第1页，共1页, is no line of the table)
    if (grid.rowHasContent(r) && !pageFooter(grid, r)) rows.push(r);
  }
  return rows;
}

/** Row r holds only a page footer (PAGE_FOOTER). */
function pageFooter(grid: Grid, r: number): boolean {
  const t = lineText(grid, r);
  return !t.includes("|") && PAGE_FOOTER.test(t);
}

function inferResultsTable(grid: Grid): HeaderMap | null {
  const rows = dataRows(grid);
  if (rows.length < MIN_OP_ROWS) return null;
  const cells = (c: number) => rows.map((r) => (grid.ownsCell(r, c) ? grid.compactText(r, c) : "")).filter(Boolean);
  let opCol: number | null = null;
  for (let c = 2; c <= grid.scanCols && opCol === null; c++) {
    const t = cells(c);
    const ops = t.filter((x) => TARGET_OP_CELL.test(x)).length;
    if (ops >= MIN_OP_ROWS && ops >= 0.6 * t.length) opCol = c;
  }
  if (opCol === null) return null;
  // 指标值 then 度量单位 right of the operators
  const unitCol = [opCol + 2, opCol + 1].find((c) => c <= grid.scanCols && cells(c).filter((x) => UNIT_CELL.test(x)).length >= Math.max(2, 0.5 * cells(c).length));
  if (unitCol === undefined) return null;
  const columns: Partial<Record<ColumnRole, number>> = { targetOp: opCol, unit: unitCol };
  if (unitCol === opCol + 2) columns.targetValue = opCol + 1;
  // names: text columns left of the operators, nearest first
  const names: number[] = [];
  for (let c = opCol - 1; c >= 1 && names.length < 3; c--) {
    const t = cells(c);
    if (t.length && t.some((x) => /[\u4e00-\u9fa5]/.test(x))) names.push(c);
  }
  if (!names.length) return null;
  const [l3, l2, l1] = names;
  columns.level3 = l3;
  if (l2) columns.level2 = l2;
  if (l1) columns.level1 = l1;
  // 完成值 | 权重 | 得分 | 原因 right of the unit, as far as the sheet is wide
  // (a declaration's tail has one column there: its 分值)
  const after: ColumnRole[] = grid.colCount - unitCol === 1 ? ["weight"] : ["actual", "weight", "score", "reason"];
  after.forEach((role, k) => {
    const c = unitCol + 1 + k;
    if (c <= grid.colCount) columns[role] = c;
  });
  // the 权重 column holds points: numbers on most rows
  if (columns.weight) {
    const w = cells(columns.weight);
    const nums = w.filter((x) => /^\d+(\.\d+)?$/.test(x) && Number(x) <= 100).length;
    if (nums < Math.max(2, 0.6 * rows.length)) return null;
  }
  return { headerRow: rows[0] - 1, firstHeaderRow: rows[0], columns, roleCount: Object.keys(columns).length, inferred: true };
}

/**
 * A page of a scoring rule's table whose header is on the previous page: a column of numbered item labels that
 * end in their bracketed points ('8、县级资金投入(6分)', ≥ 3 rows) with, right beside it, a column of long rule
 * texts that award points (得4分 / 扣2分 / 不得分). The labels are the items (二级), a column left of them whose
 * (merged) cells all carry their own bracketed points ('(三)资金管理(30分)') the groups (一级), the award texts the
 * rubric, and the first short-text column after it a note (依据); the empty score columns between stay unread.
 */
const NUMBERED_POINTS_LABEL = /^\d{1,2}[、.．]\D.{0,30}[(（][^()（）]{0,12}?\d+(?:\.\d+)?分[)）]$/;
/**
 * Or an item's label with no number, closing on its points in brackets, a task's sentence before them ('提高天气会商质量。
 * (1分)', '及时准确发布预警信息,重大天气预警信号不漏报。(3分)': a ministry's 考核内容 column, its items unnumbered).
 */
const POINTS_LABEL = /^.{2,40}[(（][^()（）]{0,12}?\d+(?:\.\d+)?分[)）]$/;
const AWARD_TEXT = /得\d+(?:\.\d+)?分|扣\d+(?:\.\d+)?分|不得分/;
/** A rule text: long enough to state a condition and its points. */
const MIN_RULE_TEXT = 15;

function inferRuleTable(grid: Grid): HeaderMap | null {
  const rows = dataRows(grid);
  if (rows.length < MIN_OP_ROWS) return null;
  const own = (r: number, c: number) => (grid.ownsCell(r, c) ? grid.compactText(r, c) : "");
  const isLabel = (x: string) => (NUMBERED_POINTS_LABEL.test(x) || POINTS_LABEL.test(x)) && weightInLabel(x) !== null;
  for (let c = 1; c < grid.scanCols; c++) {
    const labelRows = rows.filter((r) => isLabel(own(r, c)));
    if (labelRows.length < MIN_OP_ROWS) continue;
    // the table starts at its first item row (a page heading above it is no group)
    const body = rows.filter((r) => r >= labelRows[0]);
    const labels = body.map((r) => own(r, c)).filter(Boolean);
    if (labelRows.length < 0.8 * labels.length) continue;
    // the award texts right beside the labels
    const texts = body.map((r) => own(r, c + 1)).filter(Boolean);
    const awards = texts.filter((x) => x.length >= MIN_RULE_TEXT && AWARD_TEXT.test(x)).length;
    if (awards < MIN_OP_ROWS || awards < 0.6 * labelRows.length || texts.filter((x) => x.length >= MIN_RULE_TEXT).length < 0.8 * texts.length) continue;
    const columns: Partial<Record<ColumnRole, number>> = { level2: c, rubric: c + 1 };
    // the groups: merged labels left of the items, each with its own points
    if (c > 1) {
      const groups = body.map((r) => own(r, c - 1)).filter(Boolean);
      if (groups.length) {
        // (labels numbered as items are — '2.做好气象灾害预警信息发布工作(3分)' — are groups where their points hold their
        // items': groupsHoldItems)
        if (!groups.every((x) => weightInLabel(x) !== null) || (groups.some((x) => NUMBERED_POINTS_LABEL.test(x)) && !groupsHoldItems(grid, body, c - 1, c))) return null;
        columns.level1 = c - 1;
      }
    }
    // a note (依据 / 说明) after the rubric: the first column of short texts; empty score columns are skipped
    for (let n = c + 2; n <= grid.scanCols; n++) {
      const t = body.map((r) => own(r, n)).filter(Boolean);
      if (!t.length) continue;
      if (t.every((x) => /[\u4e00-\u9fa5]/.test(x) && !AWARD_TEXT.test(x))) columns.explanation = n;
      break;
    }
    return { headerRow: labelRows[0] - 1, firstHeaderRow: labelRows[0], columns, roleCount: Object.keys(columns).length, inferred: true };
  }
  return null;
}

/**
 * A scoring table whose header is not in the sheet (a copy that starts on its first item): lines of a numbered item name,
 * its points as a bare number, and beside them a rule text stating points ("1.农业龙头企业 | 20 | ①…(15分):… ②…(2.5分):
 * … ③…(2.5分):…"). The evidence is the rule's own: at least one line's rule is itemised in clauses whose heads state
 * their points (clauseHeadPoints) — a scoring item's breakdown, which no list of amounts or names carries — and every
 * other line of the body is an item line of the same shape whose rule states points, or a label stating its points
 * (a group, "一、…(40分)", in the name column or the one left of it). The names are the items (二级), the number the
 * 分值, the text the rubric; a column left of the names whose cells all carry their own points the groups.
 * The same lines with the item's number in a column of its own (a 序号 column left of the names, 1 | …学校把参与… | 15 |
 * …), and with a rule that awards in clauses of its own ("纳入年度计划记5分,贯彻落实记10分。", rubricAwards: two awards at
 * least) as that evidence — a page that lost its header's heads ('分标准 | 考核办法 | 得分', the tail of …评分标准): the
 * groups are then the column left of the numbers, their points written in the label, bracketed or bare ('…治理65分'), and
 * a rule may score by zeroing alone ("…的不得分"). The body's last line may stop inside its rule (the page cut, '座谈、').
 */
const POINTS_NUMBER = /^\d{1,3}(?:\.\d+)?$/;
const STATES_POINTS = /\d分/;
/** a rule that scores: points stated, or the item zeroed (不得分, 不计分) */
const SCORES = /\d分|不得分|不计分/;
/** an item's number alone in its cell (a 序号 column) */
const BARE_ORDINAL = /^\d{1,2}$/;

/**
 * The labels of column `gc` over the items' labels of column `ic` (each item's points in its label), on the lines `body`:
 * no group states fewer points than its items from its line down to the next group's add up to, and one group at least
 * states their sum over two items or more — the groups' points distributed over their items (an excerpt's last group
 * cut short of its items states more).
 */
function groupsHoldItems(grid: Grid, body: number[], gc: number, ic: number): boolean {
  const own = (r: number, c: number) => (grid.ownsCell(r, c) ? grid.compactText(r, c) : "");
  let open: { points: number; sum: number; items: number } | null = null;
  let held = 0;
  const close = (): boolean => {
    if (!open) return true;
    if (exceedsTyped(open.sum, open.points)) return false;
    if (open.items >= 2 && agreesTyped(open.points, open.sum)) held++;
    return true;
  };
  let label = "";
  let item = "";
  for (const r of body) {
    const g = own(r, gc);
    // (a label written again on the lines it was merged down, filled down: the same group goes on)
    if (g && g !== label) {
      label = g;
      if (!close()) return false;
      open = { points: weightInLabel(g) ?? 0, sum: 0, items: 0 };
    }
    // (an item's label written again on its rule lines, filled down: the one item)
    const x = own(r, ic);
    const w = x && x !== item ? weightInLabel(x) : null;
    if (x) item = x;
    if (open && w !== null) {
      open.sum += w;
      open.items++;
    }
  }
  return close() && held >= 1;
}

function inferPointsRuleLines(grid: Grid): HeaderMap | null {
  const rows = dataRows(grid);
  if (!rows.length) return null;
  const own = (r: number, c: number) => (grid.ownsCell(r, c) ? grid.compactText(r, c) : "");
  const points = (x: string) => POINTS_NUMBER.test(x) && Number(x) > 0 && Number(x) <= 100;
  // (the next column right of c with content on the lines: an empty spacer column is passed over)
  const next = (c: number) => {
    for (let n = c + 1; n <= grid.scanCols; n++) if (rows.some((r) => own(r, n) !== "")) return n;
    return 0;
  };
  for (let c = 1; c + 2 <= grid.scanCols; c++) {
    const wc = next(c);
    const rc = wc ? next(wc) : 0;
    if (!rc) continue;
    for (const numbered of [false, true]) {
      // (the item's number in the name, "1.农业龙头企业"; or alone in the column left of it, a 序号 column)
      if (numbered && c < 2) continue;
      const named = (r: number) => {
        const x = own(r, c);
        return !!x && /[\u4e00-\u9fa5]/.test(x) && !STATES_POINTS.test(x) && (numbered ? BARE_ORDINAL.test(own(r, c - 1)) : labelCode(x) !== null);
      };
      // an item line: a numbered name, its points, a rule stating points (or zeroing the item, beside numbered lines);
      // evidence where the rule's clause heads state theirs, or, beside numbered lines, its clauses award theirs
      const item = (r: number) => named(r) && points(own(r, wc)) && own(r, rc).length >= MIN_RULE_TEXT && (numbered ? SCORES : STATES_POINTS).test(own(r, rc));
      const evidence = rows.filter((r) => item(r) && (clauseHeadPoints(grid.text(r, rc)) !== null || (numbered && (rubricAwards(grid.text(r, rc))?.points.length ?? 0) >= 2)));
      if (!evidence.length) continue;
      const first = rows.find((r) => item(r))!;
      // (the form printed again under it, from its title: the copy's lines are the same table's again, not read)
      const copyAt = rows.find((r) => r > first && repeatsLineAbove(grid, r, first)) ?? Infinity;
      const body = rows.filter((r) => r >= first && r < copyAt);
      // a label line: its points in its label (the name column or the one left of it), nothing else on the line
      const labelLine = (r: number) => {
        for (let k = Math.max(1, c - 1); k <= grid.scanCols; k++) {
          const t = own(r, k);
          if (t && !(k <= c && weightInLabel(t) !== null)) return false;
        }
        return true;
      };
      // (the page stopping inside the body's last line: a numbered item line whose rule is cut short, numbered lines only)
      const cut = (r: number) => numbered && r === body[body.length - 1] && body.length > 1 && named(r) && points(own(r, wc)) && !SCORES.test(own(r, rc));
      // (the line above the first item line printed again inside the body: the kept header repeated at a page break)
      const head = lineText(grid, first - 1);
      const repeat = (r: number) => numbered && head !== "" && lineText(grid, r) === head;
      if (!body.every((r) => item(r) || labelLine(r) || cut(r) || repeat(r))) continue;
      const columns: Partial<Record<ColumnRole, number>> = { level2: c, weight: wc, rubric: rc };
      // the groups: a column left of the names (of the numbers) whose cells all carry their own points
      const gc = numbered ? c - 2 : c - 1;
      if (gc >= 1) {
        const groups = body.map((r) => own(r, gc)).filter(Boolean);
        if (groups.length) {
          if (!groups.every((x) => (numbered ? groupWeightInLabel(x) : weightInLabel(x)) !== null)) continue;
          columns.level1 = gc;
        }
      }
      return { headerRow: first - 1, firstHeaderRow: first, columns, roleCount: Object.keys(columns).length, inferred: true };
    }
  }
  return null;
}

/** The owned texts of row r, joined by "|". */
function lineText(grid: Grid, r: number): string {
  const out: string[] = [];
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c)) out.push(grid.compactText(r, c));
  return out.join("|");
}

/** Row r prints again a line of one text above row `first` (the form's title over a second copy of the form). */
function repeatsLineAbove(grid: Grid, r: number, first: number): boolean {
  const t = lineText(grid, r);
  if (!t || t.includes("|")) return false;
  for (let k = 1; k < first; k++) if (lineText(grid, k) === t) return true;
  return false;
}

/** A 一级 dimension's name in its own cell (产出指标, 效益指标, 满意度指标). */
const DIMENSION_NAME = /^(产出|效益|效果|满意度)(指标)?$/;
/** A line that opens with its 二级 dimension's name and a colon, the indicator written after it ("质量指标:毕业生合格率达100%"). */
const SECOND_LEVEL_LINE = /^(数量|质量|时效|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|满意度)指标[:：]./;

/**
 * A target form whose indicators are written as lines, not under a header (Hunan's 部门整体支出绩效目标申报表: 产出指标 |
 * 质量指标:… / 时效指标:… / 成本指标:…, then 效益指标 | 经济效益指标:… / 社会效益指标:…): a column of 一级 dimension
 * names (at least two, each merged down or followed by blanks over its lines) beside a column whose every line opens
 * with a 二级 dimension's name and a colon (at least three). The dimensions are the 一级, each line an indicator.
 */
function inferDimensionLines(grid: Grid): HeaderMap | null {
  const own = (r: number, c: number) => (grid.ownsCell(r, c) ? grid.compactText(r, c) : "");
  const last = Math.min(grid.rowCount, INFER_ROWS);
  for (let c = 1; c < grid.scanCols; c++) {
    const first = [...Array(last).keys()].map((k) => k + 1).find((r) => DIMENSION_NAME.test(own(r, c)) && SECOND_LEVEL_LINE.test(own(r, c + 1)));
    if (first === undefined) continue;
    let dims = 0;
    let lines = 0;
    let end = first;
    for (let r = first; r <= last; r++) {
      const label = own(r, c);
      const line = own(r, c + 1);
      // (a blank line, or a note written left of the table, between two groups does not end it)
      if (!label && !line && r < last && SECOND_LEVEL_LINE.test(own(r + 1, c + 1))) continue;
      if (label && !DIMENSION_NAME.test(label)) break;
      if (!SECOND_LEVEL_LINE.test(line)) break;
      if (label) dims++;
      lines++;
      end = r;
    }
    if (dims < 2 || lines < MIN_OP_ROWS) continue;
    const columns: Partial<Record<ColumnRole, number>> = { level1: c, level3: c + 1 };
    return { headerRow: first - 1, firstHeaderRow: first, columns, roleCount: 2, inferred: true, lastRow: end };
  }
  return null;
}

/** Graded lines needed (the total line among them) before a table is read from them. */
const MIN_GRADED_LINES = 4;

/** A cell's number where it holds one, null where it is empty, undefined where it holds anything else (text, a percent). */
function pointsOrEmpty(grid: Grid, r: number, c: number): number | null | undefined {
  if (!grid.ownsCell(r, c) || grid.text(r, c) === "") return null;
  const n = numberAt(grid, r, c);
  return n && !n.percent ? n.value : undefined;
}

/**
 * A line that ends in number | number | grade (either number may be missing, not both), a name at most left of them:
 * the grade's column, the numbers and whether a name is written; null for any other line.
 */
function gradedTail(grid: Grid, r: number, remarks: Map<number, number>): { grade: number; w: number | null; s: number | null; named: boolean; serial: number | null } | null {
  let last = 0;
  // (a remark under a 备注 heading above the line is no cell of the table)
  for (let c = grid.scanCols; c >= 1 && !last; c--) if (grid.ownsCell(r, c) && grid.text(r, c) !== "" && !((remarks.get(c) ?? Infinity) < r)) last = c;
  if (last < 3) return null;
  const g = grid.compactText(r, last);
  // (a grade word, not a letter: "A" alone may be a code)
  if (!/^[\u4e00-\u9fa5]{1,3}$/.test(g) || !normalizeGrade(g)) return null;
  const s = pointsOrEmpty(grid, r, last - 1);
  const w = pointsOrEmpty(grid, r, last - 2);
  if (s === undefined || w === undefined || (s === null && w === null)) return null;
  let named = false;
  // (a 序号 column's ordinal, the line's first cell: no name and no number of the table)
  let serial: number | null = null;
  for (let c = 1; c < last - 2; c++) {
    if (!grid.ownsCell(r, c) || grid.text(r, c) === "") continue;
    if (numberAt(grid, r, c)) {
      if (serial !== null || named || !/^\d{1,2}$/.test(grid.compactText(r, c))) return null;
      serial = Number(grid.compactText(r, c));
      continue;
    }
    named = true;
  }
  return { grade: last, w, s, named, serial };
}

/**
 * A graded result table whose labels the page lost (a report cover's 绩效评价结果: "| 55.00 | 49.04 | 优", "产出 | 20.00 |
 * 20.00 | 优" …, closed by "| 100.00 | 94.04 | 优"): consecutive lines ending in number | number | grade at the same
 * three columns, a name at most left of them (after a 序号 column's ordinals 1, 2, 3 …), read as a reviewer reads them
 * by their content. The first number is not below the second on the lines that have both (one slip aside: 分值 ≥ 得分,
 * the 分值 column; a line may have lost either cell), the second is the 得分, the last the line's 等级 — or the second
 * number the larger, so read, where a template prints 得分 | 分值. The last line,
 * unnamed, with both numbers, each at least every other line's, its 分值 100 or the other lines' sum or its 得分 theirs,
 * is the table's total (totalRow): the table ends above it. The lines may carry no name (unnamedLines), and each is an
 * indicator of its own (no groups are guessed).
 */
function inferGradedLines(grid: Grid): HeaderMap | null {
  const last = Math.min(grid.rowCount, INFER_ROWS);
  // the columns headed 备注 (remarks written beside the lines), with the heading's row
  const remarks = new Map<number, number>();
  for (let r = 1; r <= last; r++) for (let c = 1; c <= grid.scanCols; c++) if (!remarks.has(c) && grid.ownsCell(r, c) && REMARK_HEADER.test(grid.compactText(r, c))) remarks.set(c, r);
  let run: { r: number; w: number | null; s: number | null; named: boolean; serial: number | null }[] = [];
  let col = 0;
  const near = (a: number, b: number) => agreesTyped(a, b);
  const tryRun = (): HeaderMap | null => {
    if (run.length < MIN_GRADED_LINES || col < 4) return null;
    // (the 分值 the larger number of a line: the first column's, else the second's where it is the larger on more lines,
    // the total's among them — a template printing 得分 before 分值)
    const larger = (a: "w" | "s", b: "w" | "s") => run.filter((x) => x[a] !== null && x[b] !== null && x[a]! > x[b]!).length;
    const flipped = larger("s", "w") > larger("w", "s");
    const lines = flipped ? run.map((x) => ({ ...x, w: x.s, s: x.w })) : run;
    const total = lines[lines.length - 1];
    const body = lines.slice(0, -1);
    if (total.named || total.serial !== null || total.w === null || total.s === null || total.w < total.s) return null;
    // ordinals, where the lines have them, count 1, 2, 3 … down the lines
    const serials = body.map((x) => x.serial).filter((x): x is number => x !== null);
    if (serials.length && (serials.length !== body.length || serials.some((n, k) => n !== k + 1))) return null;
    const both = body.filter((x) => x.w !== null && x.s !== null);
    if (both.filter((x) => x.w! >= x.s!).length < 2 || both.filter((x) => x.w! < x.s!).length > 1) return null;
    if (body.filter((x) => x.s !== null).length < 2 || body.some((x) => (x.w ?? 0) > total.w! || (x.s ?? 0) > total.s!)) return null;
    const wSum = body.reduce((a, x) => a + (x.w ?? 0), 0);
    const sSum = body.reduce((a, x) => a + (x.s ?? 0), 0);
    if (!(near(total.w, 100) || near(total.w, wSum) || near(total.s, sSum))) return null;
    const columns: Partial<Record<ColumnRole, number>> = { level3: col - 3, weight: flipped ? col - 1 : col - 2, score: flipped ? col - 2 : col - 1, grade: col };
    return { headerRow: run[0].r - 1, firstHeaderRow: run[0].r, columns, roleCount: 4, inferred: true, lastRow: total.r - 1, totalRow: total.r, unnamedLines: true };
  };
  // (the line right above the run, its heading, written again inside it: the header repeated at a page break)
  const lineText = (r: number) => {
    let s = "";
    for (let c = 1; c <= grid.scanCols; c++) s += (grid.ownsCell(r, c) ? grid.compactText(r, c) : "") + "|";
    return s;
  };
  const repeatsHeading = (r: number) => {
    let h = run[0].r - 1;
    while (h >= 1 && !grid.rowHasContent(h)) h--;
    return h >= 1 && lineText(r) === lineText(h);
  };
  for (let r = 1; r <= last + 1; r++) {
    const t = r <= last ? gradedTail(grid, r, remarks) : null;
    if (t && t.grade === col) {
      run.push({ r, ...t });
      continue;
    }
    if (!t && run.length && r <= last && grid.rowHasContent(r) && repeatsHeading(r)) continue;
    const found = tryRun();
    if (found) return found;
    run = t ? [{ r, ...t }] : [];
    col = t ? t.grade : 0;
  }
  return null;
}
