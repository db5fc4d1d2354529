import { evidence, type FamilyDetector, labelPointsAddUp, type SheetFeatures } from "../features";
import { departmentScores } from "./self-report";
import { declaredByHead } from "./target-declaration";
import { rulePoints } from "../rule-points";
import { MARKER_LINE } from "../vocabulary";
import { ASSESSMENT_SHEET, assessmentTitle, namesDeclaration, DEPT_SELF_EVAL_TITLE, PROJECT_SELF_EVAL_BLOCKS, PROJECT_SELF_EVAL_TITLE, RULE_SHEET_HEADER, RULE_SHEET_TITLE, RULE_TEXT } from "./vocabulary";
import { agreesTyped } from "../../relations/tolerance";
import type { GroupNode } from "../../model/types";
import { ruleSheetItems } from "./rule-sheet-items";
import { headsDeductionStandard } from "../deduction-standard";
import { oneCellRubric } from "../one-cell-document";
import { rubricLines } from "../rubric-lines";

/** 评价指标体系 / 评分表: 3-level tables with 分值 (often inside labels) and 得分 or 评分标准 (RULEBOOK §3.1). */
export const indicatorSystem: FamilyDetector = {
  id: "indicator-system",
  detect(f) {
    const cols = f.header?.columns ?? {};
    // (lines read by their grades, their labels lost: an evaluation's result table, not a scoring system)
    // (a completion column blank on every line beside a rule column and no target: a rule sheet's blank assessors' column)
    // (or a rubric pasted as a document, its outline's points over its items: paragraph-list.ts)
    // (famp55: or such a rubric pasted into one cell, its lines kept: one-cell-document.ts; or an excerpt of one, its lines
    // stating how points are given or taken: rubric-lines.ts)
    if (!f.header) return headerlessRulePage(f) ? HEADERLESS_RULE_PAGE : f.paragraphs || oneCellRubric(f.grid) ? PARAGRAPH_LIST : rubricLines(f.grid) ? RUBRIC_LINES : 0;
    if ((cols.actual && !blankActualBesideRule(f)) || f.header.unnamedLines) return 0;
    // weights in a column, in the labels, or only inside the 评分标准 text beside a 得分 column
    // (or only in the group labels over scored lines, 投入(20分) | 项目立项(12分) | 项目立项规范性 | … | 得分 4: the points
    // the groups', the scores the items' — a criteria table scored line by line, no target to weight)
    const weighted = cols.weight !== undefined || f.labelWeights || (cols.score !== undefined && cols.rubric !== undefined) || (cols.score !== undefined && cols.targetValue === undefined && pointedGroupsOverScores(f));
    // (or a deduction standard: faults with what each occurrence takes off, no points — its items read without weights,
    // deduction-standard.ts)
    if (!weighted) return headsDeductionStandard(f.grid, f.header, f.walk) ? DEDUCTION_STANDARD : 0;
    let s = 0.5;
    if (cols.rubric || cols.explanation) s += 0.3;
    if (cols.score) s += 0.1;
    // an assessment rule sheet before anyone scored it (no 得分 column): its header's rule in words (测评标准, in a column
    // the walk does not read as 评分标准) counts as a rubric column, and each further kind of rule-sheet column (测评方法,
    // 考核对象, 指标认定部门, 加分 ...) or group points in the labels adds evidence, two at most
    else {
      // (only where the header names the rule: a tally of items and points with no rule column, 考核内容 | 分值 | 备注,
      // is an assessment's blank tally)
      const kinds = ruleSheetEvidence(f);
      if (kinds.has("rule")) {
        if (!cols.rubric && !cols.explanation) s += 0.3;
        s += 0.1 * Math.min(2, kinds.size - 1 + (f.labelWeights ? 1 : 0));
      }
    }
    // a total under the table stating the sum of its points (合计 | 100): the weights are a scoring system's, not amounts
    // (a target table's 分值 may add up too: only where no target column is read)
    if (f.weightsTotalled && cols.targetValue === undefined) s += 0.1;
    // (or a list of criteria read by its weights, each column making its whole, 100% or its total line's 100 —
    // criteria-weights.ts: a weighting, whether its total line agrees or not)
    else if (f.header?.criteriaList) s += 0.1;
    // (or, the points all in the names, group labels stating the points their items' labels add up to: '(二)…(100分)' over
    // '…(30分)', '…(20分)', '…(50分)')
    // (not under a title naming an assessment's scoring sheet, 考核评分表: its tally's points written into the labels add up
    // as its 分值 column's would, no more a scoring system's than the column — see the 考核 title's weighing below)
    else if (f.labelWeights && cols.targetValue === undefined && !ASSESSMENT_SHEET.test(f.heading) && labelPointsAddUp(f, "label")) s += 0.1;
    // the three levels of an evaluation system, each in its column
    if (cols.level1 && cols.level2 && cols.level3) s += 0.1;
    // (or a rule sheet's title: 考核细则, 考核评价评分标准, 测评指标, 绩效考核指标及权重)
    // (the title's own lines, above the table: a header cell's 评价指标 names a column, where a template prints 一级指标)
    // (fam55: or the table's own heading under the title, an attachment's '部门整体支出绩效评价参考指标': headedIndicatorSet)
    if (/指标体系|评分表|指标表|评价指标|得分表|评价表|评分细则|考评表/.test(f.heading) || RULE_SHEET_TITLE.test(f.heading) || headedIndicatorSet(f)) s += 0.15;
    // a declaration's title (申报表, 审批表, 目标表) over weighted targets and no score column: the 分值 weight the
    // targets of a target sheet (项目资金预算执行 10分), not the items of a scoring system
    // (only where the table has targets to weight: a 审核表 of items with their points and no target column is a
    // scoring system under a reviewer's title)
    // (or a declaration's head over the table, its title left out: declaredByHead)
    else if (!cols.score && cols.targetValue !== undefined && (namesDeclaration(f.title) || declaredByHead(f))) s -= 0.3;
    // weights at every level (一级 | 权重 | 二级 | 分值 | 三级 | 分值) or a score column per level, or each group's points
    // merged down its lines (合计得分 over the lines' points: groupPointsColumn)
    if (cols.level1Weight || cols.level2Weight || cols.level1Score || cols.level2Score || f.header?.groupPointsCol !== undefined) s += 0.15;
    // the finance bureau's 预算绩效管理(工作)考核 is a score tally (assessment), whatever its columns
    // (the title's words, not a rubric's lines read as the title where the table opens the sheet: "…按年初预算基础信息表
    // 考核" is an indicator's text, as the assessment reads its title: assessmentTitle)
    if (/(预算|绩效管理)[^|]{0,12}考核/.test(assessmentTitle(f))) s -= 0.3;
    // (the form's own title: a table opening on the sheet's first row names its columns 考核项目 | 考核指标, no title)
    // (not under a title naming the assessment's rules, 考核细则 / 考核评价评分标准 / 考核指标, nor over a header naming a
    // rule sheet's columns beside its items, 牵头部门 / 考核对象 / 测评方法 / 扣分: the items and how they are scored or
    // who answers for them, a scoring system)
    // (nor where the group labels state points their items add up to, '组织领导…(5分)' over 1 + 3 + 1: a scoring
    // system's points distributed over its items, not a tally's; unless the title names an assessment's scoring sheet,
    // 考核评分表 / 考核细则, the assessment's tally by its own title, its labels' points added up or not, as 中山陵园's)
    // (nor over a score column under a title naming points given or an acceptance check, not an assessment's scoring
    // sheet: 项目 | 考核内容 | 分值 | 自评分 under …量化考核评分一览表, …考核验收表 — scored, no blank tally; a plain
    // 某单位考核情况 over 指标名称 | 分值 | 得分 keeps it)
    // (nor over items whose own evidence is a rule sheet's, the heading naming no assessment's scoring sheet: their column
    // headed by the content and its requirements, 考核内容及要求, or their points making up the whole 100 — rule-sheet-items.ts)
    else if (/考核/.test(f.heading) && !cols.level2 && !RULE_SHEET_TITLE.test(f.heading) && !namesRuleSheetColumn(f) && (ASSESSMENT_SHEET.test(f.heading) || (!(cols.score && SCORING_TITLE.test(f.heading)) && !labelPointsAddUp(f) && !ruleSheetItems(f)))) s -= 0.3;
    // a project's self-evaluation report scores its indicators too, beside blocks an indicator system lacks
    // (fam55: not where the table weighs every level and scores its lines under a title naming no self-evaluation — an
    // evaluation report's cover, 评价类型 | 组织方式 | 评价机构, over its scoring table: levelsScoredTable)
    if (evidence(f.body, PROJECT_SELF_EVAL_BLOCKS) >= 3 && !levelsScoredTable(f)) s -= 0.4;
    // …or states the money a department spent (执行数: | 82.65) above the table it scored itself (自评得分), no project
    // named: the department's scores of its own year (departmentScores)
    else if (departmentScores(f)) s -= 0.4;
    // a title that names a project's self-evaluation outweighs the table's shape
    // (unless it also calls itself a scoring table: 自评评分表, 评分细则, 指标体系)
    // (fam55: nor the title of the report an attachment is attached to, over the table's own heading naming an indicator set:
    // headedIndicatorSet)
    if ((PROJECT_SELF_EVAL_TITLE.test(f.title) || DEPT_SELF_EVAL_TITLE.test(f.title)) && !/评分表|评分细则|指标体系/.test(f.title) && !headedIndicatorSet(f)) s -= 0.4;
    return Math.min(1, s);
  },
};

/**
 * An indicator set named by a heading (…绩效评价参考指标, …考核指标, …评价指标体系, …评分标准): the rules an evaluation scores by.
 */
const INDICATOR_SET_HEADING = /(评价|考核|考评)[^|]{0,4}指标(体系)?$|指标体系$|评分(标准|细则)$/;

/**
 * (fam55) The table's own heading, the line of one text right above its header (an attachment's, under its 附件2), names an
 * indicator set (部门整体支出绩效评价参考指标), and the head says how each line is judged (指标解释 / 指标说明 / 评分标准) with
 * no target and no completion column: the rules an evaluation scores by, whatever the title of the report the attachment
 * belongs to (…部门整体支出绩效自评报告, on the sheet or as its name) — a self-evaluation states its targets and what it
 * achieved.
 */
export function headedIndicatorSet(f: SheetFeatures): boolean {
  const cols = f.header?.columns;
  if (!cols || (cols.rubric === undefined && cols.explanation === undefined) || cols.targetValue !== undefined || cols.actual !== undefined) return false;
  const line = f.lineAbove;
  return !!line && line.indexOf("|") < 0 && INDICATOR_SET_HEADING.test(line);
}

/** Lines scored (a 得分 printed) a levels-weighted table shows at least before it outweighs a cover (levelsScoredTable). */
const LEVELS_SCORED_LINES = 3;

/**
 * (fam55) The head weighs the table's levels as well as its lines (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分)
 * and three lines or more carry their score, no target and no completion column, under a title naming no self-evaluation
 * (自评): a scoring system's table, as 海南's 项目绩效评价报告 prints it under its cover (评价类型, 组织方式, 评价机构 — blocks a
 * project's self-evaluation report shares). The same table titled …项目绩效自评表 is the project's self-evaluation (its title
 * decides); one cut after its first line, no score on it, is too little table to outweigh the cover (文昌's report, its
 * target table above).
 */
export function levelsScoredTable(f: SheetFeatures): boolean {
  const cols = f.header?.columns;
  if (!cols || !f.walk || cols.score === undefined || cols.targetValue !== undefined || cols.actual !== undefined) return false;
  if ((cols.level1Weight === undefined && cols.level2Weight === undefined) || /自评|自評/.test(f.title)) return false;
  let scored = 0;
  for (const i of f.walk.indicators) if (i.claimedScore !== null && ++scored >= LEVELS_SCORED_LINES) return true;
  return false;
}

/** The score of a rubric pasted as a document, one paragraph per row (paragraph-list.ts): its items and blocks read. */
const PARAGRAPH_LIST = 0.7;
/** The score of a deduction standard (deduction-standard.ts): its items read, no weights. */
const DEDUCTION_STANDARD = 0.7;
/** The score of a rule sheet's page read without its header (headerlessRulePage): a family, no table read. */
const HEADERLESS_RULE_PAGE = 0.6;
/** (famp55) a page's lines stating how points are given or taken, its outline not read (rubric-lines.ts) */
const RUBRIC_LINES = 0.55;
/**
 * A rule sheet's title on its first line (…考核评分细则, …评分表, …量化考核评分一览表, …考评标准, …指标体系): its own words, no
 * self-evaluation's.
 */
const RULE_PAGE_TITLE = /评分(一览)?表|评分细则|评分标准|考评表|考核表|指标体系|(考核|考评|测评|评分|评估)[^|]{0,8}(细则|标准|办法)/;
/** A rule page's line: a bare number of points in one cell (above 0, below ITEM_POINTS_BELOW), a rule in words (扣2分, 得5分, 不得分) in another. */
const BARE_POINTS = /^\d{1,3}(?:\.\d+)?分?$/;
/**
 * An item's points are a part of the sheet's whole (100): below this. A number this high beside each line is a unit's
 * score (…考核评分表 of 被考核单位 | 考核情况 | 得分: 100, 99.5), a result list, not a rule page.
 */
const ITEM_POINTS_BELOW = 60;
/** A score column's head word: the scores given under it are no points. */
const SCORE_HEAD = /^(实际|单项|项目|综合|最终)?(得分|自评分|考评分|考核得分|评分|自评得分|实得分|评定得分|考评得分)$/;
/** An item's label closing on its points in brackets ("1、有综治组织机构(20分)"): its points, as a bare number would be. */
const LABEL_POINTS = /[(（]\d{1,3}(?:\.\d+)?分[)）]$/;
/**
 * A rule written as the formula the points are given by: a rate times the points ("到位率×分值", "完成率*权重") or points
 * in proportion ("按完成比例计分", "按实际完成比例得分") — how an item is scored, as a rule in words (RULE_TEXT) says.
 */
const SCORING_FORMULA = /[×*]\s*(分值|权重|权数|满分)|按[^|\n]{0,10}(比例|比率|比重)(计分|得分|给分|打分)/;
/** Rule lines a headerless rule page shows at least (or criterion lines: points beside a criterion written out). */
const RULE_PAGE_LINES = 2;
const CRITERION_LINES = 3;
/** A criterion written out: a text this long beside the points (an item's name alone is shorter). */
const CRITERION_TEXT = 15;
/** A title naming a form units fill in (自评, 目标表, 申报, 监控) or a summary of results, not the rules. */
const NOT_RULE_PAGE_TITLE = /自评|自評|目标表|目標表|绩效目标|績效目標|申报|申報|监控|監控|汇总|匯總|结果|結果/;

/**
 * A page of a rule sheet whose header is not on it (an excerpt that starts below the header, a later page printed without
 * it): its title line names the rules (…考核评分细则, …评分表, …考评标准) and none of the forms units fill in (自评, 目标,
 * 申报, 监控, 汇总 / 结果), and two lines or more under it each carry their points (a bare number, closing the item's
 * label in brackets, "…(20分)", also where that label is merged down over the line, or opening the rule, "满分10分.…")
 * beside a rule in words (扣2分 / 得5分 / 不得分, RULE_TEXT, or a formula: 到位率×分值, SCORING_FORMULA), or three beside a
 * criterion written out (15 characters or more) — the items, their points and how they are scored (a column numbering
 * the lines, 1, 2, 3 …, or headed 得分 holds no points); or two groups or more whose points their items' add up to
 * (nestedPoints: a weights table's levels). The family only: no table is read from it (the columns are not named), so
 * nothing is checked.
 */
export function headerlessRulePage(f: SheetFeatures): boolean {
  const g = f.grid;
  let titleRow = 0;
  for (let r = 1; r <= Math.min(g.rowCount, 6) && !titleRow; r++) {
    const texts: string[] = [];
    for (let c = 1; c <= Math.min(g.scanCols, 30); c++) if (g.ownsCell(r, c) && g.compactText(r, c)) texts.push(g.compactText(r, c));
    if (!texts.length || (texts.length === 1 && MARKER_LINE.test(texts[0]))) continue;
    if (texts.length !== 1 || !RULE_PAGE_TITLE.test(texts[0]) || NOT_RULE_PAGE_TITLE.test(texts[0])) return false;
    titleRow = r;
  }
  if (!titleRow) return false;
  const last = Math.min(g.rowCount, titleRow + RULE_TEXT_ROWS);
  const bare = (r: number, c: number) => (g.ownsCell(r, c) && BARE_POINTS.test(g.compactText(r, c)) ? Number(g.compactText(r, c).replace("分", "")) : null);
  // (a column numbering the lines, 1, 2, 3 … one more on each line that has a number, or 1 again where a second copy
  // of the form starts after a run of three: 序号, no points)
  const numbering = new Set<number>();
  // (and a column headed by a score word above its numbers, 得分 / 自评分 / 考评分: the scores given, no points)
  for (let c = 1; c <= g.scanCols; c++) for (let r = titleRow + 1; r <= last; r++) if (g.ownsCell(r, c) && SCORE_HEAD.test(g.compactText(r, c))) numbering.add(c);
  for (let c = 1; c <= g.scanCols; c++) {
    const xs: number[] = [];
    for (let r = titleRow + 1; r <= last; r++) { const x = bare(r, c); if (x !== null) xs.push(x); }
    if (xs.length >= 2 && xs.every((x, k) => k === 0 || x === xs[k - 1] + 1 || (x === 1 && xs[k - 1] >= 3))) numbering.add(c);
  }
  let rules = 0;
  let criteria = 0;
  for (let r = titleRow + 1; r <= last && rules < RULE_PAGE_LINES && criteria < CRITERION_LINES; r++) {
    let points = false;
    let rule = false;
    let criterion = false;
    for (let c = 1; c <= g.scanCols; c++) {
      if (!g.ownsCell(r, c)) {
        // (an item's label merged down over its rule lines, closing on its points, "1.耕地保有量…(7分)": each line under it
        // carries them, as its own cell would)
        const m = g.mergeAt(r, c);
        if (m && m.c1 === c && m.r1 < r && m.r1 > titleRow && LABEL_POINTS.test(g.compactText(m.r1, c))) points = true;
        continue;
      }
      const t = g.compactText(r, c);
      const x = bare(r, c);
      if (x !== null) {
        if (!numbering.has(c) && x > 0 && x < ITEM_POINTS_BELOW) points = true;
      } else if (!points && LABEL_POINTS.test(t)) points = true;
      else {
        // (a rule opening on its item's points, "满分10分.…得10分": the points and the rule in one cell)
        if (t.length >= CRITERION_TEXT && rulePoints(t) !== null) points = true;
        if (t.length >= 4 && (RULE_TEXT.test(t) || SCORING_FORMULA.test(t))) rule = true;
        if (t.length >= CRITERION_TEXT) criterion = true;
      }
    }
    if (points && rule) rules++;
    if (points && criterion) criteria++;
  }
  return rules >= RULE_PAGE_LINES || criteria >= CRITERION_LINES || nestedPoints(f, titleRow + 1, last, numbering) >= NESTED_GROUPS || wholePointsColumn(f, titleRow + 1, last, numbering);
}

/** The whole a scoring system's points add up to, and the item lines a column must show to be read as its points. */
const WHOLE_POINTS = 100;
const WHOLE_POINTS_LINES = 5;

/**
 * A column of bare points (a numbering column aside) on WHOLE_POINTS_LINES lines or more of a page without its header,
 * each below ITEM_POINTS_BELOW, that add up to 100 (序号 | 考评指标 | 权重 | 数据来源 printed without that line: 地区生产总值
 * 10, 财政收入 12 … 100 in all): the weights of a scoring system, however the header named them.
 */
function wholePointsColumn(f: SheetFeatures, from: number, to: number, numbering: Set<number>): boolean {
  const g = f.grid;
  for (let c = 1; c <= g.scanCols; c++) {
    if (numbering.has(c)) continue;
    let sum = 0;
    let lines = 0;
    let other = false;
    for (let r = from; r <= to && !other; r++) {
      if (!g.ownsCell(r, c)) continue;
      const t = g.compactText(r, c);
      if (!t) continue;
      const x = BARE_POINTS.test(t) ? Number(t.replace("分", "")) : null;
      if (x === null || x <= 0 || x >= ITEM_POINTS_BELOW) other = true;
      else {
        sum += x;
        lines++;
      }
    }
    if (!other && lines >= WHOLE_POINTS_LINES && agreesTyped(WHOLE_POINTS, sum)) return true;
  }
  return false;
}

/** Groups whose points their items' add up to that a headerless weights page shows at least. */
const NESTED_GROUPS = 2;

/**
 * Groups whose points are the sum of their items' on a page without its header (一级 | 权重 | 二级 | 权重 | 三级 | 权重
 * printed without that line: "农村生活垃圾管理工作 | 46" over its items' 2 + 4 + 14 + …): in two columns of bare points
 * (a numbering column aside), each point in the left one opening a group of two items or more in the right one, from its
 * line down to the next point in the left one, whose points add up to it. The count of such groups: a scoring system's
 * points distributed over its levels, whatever the header said.
 */
function nestedPoints(f: SheetFeatures, from: number, to: number, numbering: Set<number>): number {
  const g = f.grid;
  const at = (r: number, c: number) => (g.ownsCell(r, c) && BARE_POINTS.test(g.compactText(r, c)) ? Number(g.compactText(r, c).replace("分", "")) : null);
  const cols: number[] = [];
  for (let c = 1; c <= g.scanCols; c++) {
    if (numbering.has(c)) continue;
    let n = 0;
    for (let r = from; r <= to && n < 2; r++) if (at(r, c) !== null) n++;
    if (n >= 2) cols.push(c);
  }
  let best = 0;
  for (let k = 0; k + 1 < cols.length; k++) {
    const [a, b] = [cols[k], cols[k + 1]];
    let groups = 0;
    let open: { points: number; sum: number; items: number } | null = null;
    const close = () => {
      if (open && open.items >= 2 && agreesTyped(open.points, open.sum)) groups++;
    };
    for (let r = from; r <= to; r++) {
      const x = at(r, a);
      if (x !== null) {
        close();
        open = { points: x, sum: 0, items: 0 };
      }
      const y = at(r, b);
      if (open && y !== null) {
        open.sum += y;
        open.items++;
      }
    }
    close();
    best = Math.max(best, groups);
  }
  return best;
}

/** A title naming a table of points given (…考核评分一览表, …考核打分表, …考核得分表): over a score column, a scoring system's. */
const SCORING_TITLE = /评分|打分|验收|得分表/;

/** The kinds of rule-sheet column the table's header names (RULE_SHEET_HEADER), each header cell read once. */
export function ruleSheetKinds(f: SheetFeatures): Set<string> {
  const kinds = new Set<string>();
  const h = f.header!;
  for (let r = h.firstHeaderRow; r <= h.headerRow; r++) {
    for (let c = 1; c <= f.grid.scanCols; c++) {
      const t = f.grid.compactText(r, c);
      if (t.length < 2 || t.length > 20) continue;
      for (const k of RULE_SHEET_HEADER) if (!kinds.has(k.kind) && k.words.test(t)) kinds.add(k.kind);
    }
  }
  return kinds;
}

/** The header names the rule in words (评分标准 read as the rubric column, or 测评标准 / 考核要求 of RULE_SHEET_HEADER). */
export function namesRule(f: SheetFeatures): boolean {
  return f.header !== null && (f.header.columns.rubric !== undefined || ruleSheetKinds(f).has("rule"));
}

/**
 * The kinds of rule-sheet column the table has: those its header names (ruleSheetKinds), and the rule where a column's
 * cells state it in words (扣2分 / 得5分 / 扣完为止) under another header (考核办法, 扣分, 备注).
 */
export function ruleSheetEvidence(f: SheetFeatures): Set<string> {
  const kinds = ruleSheetKinds(f);
  if (!kinds.has("rule") && ruleTextColumn(f)) kinds.add("rule");
  return kinds;
}

/** The table has a rule sheet's column other than its items' (考核内容): the rule, how it is checked, who, points adjusted. */
export function namesRuleSheetColumn(f: SheetFeatures): boolean {
  for (const k of ruleSheetEvidence(f)) if (k !== "subject") return true;
  return false;
}

/** Lines under the header in which a column's rule texts are looked for. */
const RULE_TEXT_ROWS = 40;

/**
 * A column other than the weights' whose cells state the rule in words (RULE_TEXT) on two lines at least, and on half
 * the lines where it has text: the rule column of a rule sheet, whatever its header says.
 */
function ruleTextColumn(f: SheetFeatures): boolean {
  const h = f.header!;
  const g = f.grid;
  const last = Math.min(g.rowCount, h.headerRow + RULE_TEXT_ROWS);
  for (let c = 1; c <= g.scanCols; c++) {
    if (c === h.columns.weight) continue;
    let texts = 0;
    let rules = 0;
    for (let r = h.headerRow + 1; r <= last; r++) {
      if (!g.ownsCell(r, c)) continue;
      const t = g.compactText(r, c);
      if (t.length < 4) continue;
      texts++;
      if (RULE_TEXT.test(t)) rules++;
    }
    if (rules >= 2 && rules * 2 >= texts) return true;
  }
  return false;
}

/** a weight cell holding points: "5", "2.5", "10分" */
const POINTS_CELL = /^\d+(\.\d+)?分?$/;

/**
 * The header reads a completion column (完成值) that is blank on every line under it, beside a weight and a rule column
 * (分值 | 考评办法) and no target column: the blank columns a rule sheet leaves for its assessors (目标任务 | 完成值 |
 * 完成率 | 评分), no evidence of a self-evaluation, which states what it achieved against its targets.
 */
export function blankActualBesideRule(f: SheetFeatures): boolean {
  const h = f.header;
  if (!h) return false;
  const { actual, weight, rubric, targetValue } = h.columns;
  if (actual === undefined || weight === undefined || rubric === undefined || targetValue !== undefined) return false;
  const g = f.grid;
  // (the table's lines, those with points in the weight column: a header repeated at a page break or a signature block
  // below is no line of it)
  let lines = 0;
  for (let r = h.headerRow + 1; r <= g.rowCount; r++) {
    if (!POINTS_CELL.test(g.compactText(r, weight))) continue;
    if (g.compactText(r, actual) !== "") return false;
    lines++;
  }
  return lines >= 2;
}

/** groups whose labels state their points, two at least: a criteria table's weights written on its groups only */
const POINTED_GROUPS_MIN = 2;

/**
 * The group labels state their points ('投入(20分)', '项目立项(12分)') on two groups at least, no line states its own
 * (no weight column, none in the items' labels), and two lines at least have a number in the score column: the table's
 * points are its groups', its scores the items' — weighted as a scoring system is, its weights one level up.
 */
function pointedGroupsOverScores(f: SheetFeatures): boolean {
  const { walk, header } = f;
  if (!walk || !header || header.columns.score === undefined) return false;
  let pointed = 0;
  const visit = (g: GroupNode): void => {
    if (g.weight !== null && g.weightCell === g.cell) pointed++;
    g.children.forEach(visit);
  };
  walk.groups.forEach(visit);
  if (pointed < POINTED_GROUPS_MIN) return false;
  if (walk.indicators.some((i) => i.weight !== null)) return false;
  return walk.indicators.filter((i) => i.claimedScore !== null).length >= 2;
}
