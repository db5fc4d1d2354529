import type { ParsedValue, Tier } from "../text/quantity";

/** Sheet families (DESIGN §2). Stable ids. */
export const FAMILIES = [
  "project-self-eval",
  "dept-self-eval",
  "dept-basic-data",
  "indicator-system",
  "target-declaration",
  "monitoring",
  "assessment",
  // third-party / self evaluation summaries (概要表: "评价分值:92分 评价等级:良", 自评分值/自评等级, 抽查)
  "evaluation-summary",
  "unknown",
] as const;
export type Family = (typeof FAMILIES)[number];

/** Column roles a recogniser can assign. */
export type ColumnRole =
  | "level1"
  | "level2"
  | "level3"
  | "targetOp"
  // 定量 / 定性 written per row (指标值类型)
  | "valueType"
  | "targetValue"
  | "unit"
  | "actual"
  | "weight"
  | "score"
  | "reason"
  | "rubric"
  | "explanation"
  | "grade"
  | "likelihood"
  | "coefficient"
  // 得分率 per row: its 得分 over its 分值 (a summary table of an evaluation report)
  | "scoreRate"
  | "item"
  // a 一级/二级 group's own weight or score column ("一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 分值")
  | "level1Weight"
  | "level2Weight"
  | "level1Score"
  | "level2Score";
/** The three levels of an indicator table (一级 | 二级 | 三级), top first. */
export const LEVEL_ROLES: readonly ColumnRole[] = ["level1", "level2", "level3"];

/** Roles in the budget block (项目资金 / 预算执行情况). */
export type BudgetRole =
  | "label"
  | "initial" // 年初预算数
  | "adjusted" // 全年预算数 / 调整后预算数 / 预算数(A)
  | "executed" // 全年执行数 / 预算执行数 / 执行数(B)
  | "rate" // 执行率
  | "weight" // 分值 / 权重
  | "score" // 得分
  | "reason"; // 原因 / 得分计算方法

/** A cell and what was read from it. */
export interface CellRef<T> {
  cell: string;
  row: number;
  col: number;
  value: T;
  text: string;
}

export interface NumberRef extends CellRef<number> {
  /** decimals the cell shows (null when unknown) */
  decimals: number | null;
  percent: boolean;
}

export interface GroupNode {
  level: 1 | 2;
  label: string;
  /** name without weight and code */
  name: string;
  code: string | null;
  cell: string;
  row: number;
  col: number;
  /** weight stated in the label ("产出指标(50分)") or in a weight column on the group's own row */
  weight: number | null;
  weightCell: string | null;
  /** a score stated on the group's own row (group header rows: "决策 | | | 20 | 18") */
  score: NumberRef | null;
  /**
   * its points stated a second time, bare in brackets in its label ("一、组织领导(38)" beside 38 in its own 分值 column,
   * the table's convention for its groups: bare-points.ts readBarePointsBesideColumn), where the two disagree: the
   * label's number and cell (the group's weight stays the column's; each is checked against the group's parts)
   */
  labelPoints?: { value: number; cell: string };
  firstRow: number;
  lastRow: number;
  children: GroupNode[];
  indicators: Indicator[];
  /**
   * cells printing the group's label, or its points in the level's weight column, again further down (a page break
   * repeating the label under the repeated header): the same group's, no group nor stated total of their own
   */
  restatedCells?: string[];
  /**
   * (prec55) its lines' own weights copied into the group's weight column on every line of the group, row by row
   * (recognise/group-weight-copies.ts): the group states no weight of its own (weight null: its lines stand for it)
   */
  lineCopyCells?: string[];
}

export interface Indicator {
  row: number;
  /** [一级, 二级, 三级] names as written (merged cells resolved) */
  path: string[];
  name: string;
  nameCell: string | null;
  code: string | null;
  level1?: GroupNode;
  level2?: GroupNode;
  weight: number | null;
  weightCell: string | null;
  /** where the weight came from */
  weightSource: "column" | "label" | null;
  /** the weight cell says "not applicable" ("/", "—") */
  notApplicable: boolean;
  claimedScore: number | null;
  scoreCell: string | null;
  scoreDecimals: number | null;
  /** the score cell holds text that is not a number (e.g. "满分") */
  scoreText: string | null;
  target: ParsedValue | null;
  targetCell: string | null;
  /** operator from its own column (指标性质), if any */
  opText: string | null;
  opCell: string | null;
  unit: string | null;
  unitCell: string | null;
  actual: ParsedValue | null;
  actualCell: string | null;
  actualTier: Tier | null;
  reason: string | null;
  reasonCell: string | null;
  rubric: string | null;
  rubricCell: string | null;
  /** 得分系数 (Chongqing), as a ratio */
  coefficient: number | null;
  coefficientCell: string | null;
  /** for sub-items whose scores roll up into a parent row */
  childOfRow: number | null;
}

export interface BudgetItem {
  row: number;
  label: string;
  labelCell: string;
  kind: "total" | "part" | "other";
  initial: NumberRef | null;
  adjusted: NumberRef | null;
  executed: NumberRef | null;
  rate: NumberRef | null;
  /** text of the rate cell when it is not a number */
  rateCell: string | null;
  weight: NumberRef | null;
  score: NumberRef | null;
  scoreCell: string | null;
  /** the score cell says not applicable ("/", "—") */
  scoreNA: boolean;
  reason: string | null;
  reasonCell: string | null;
  /** cells of this row by role, for related-cell lists */
  cells: Partial<Record<BudgetRole, string>>;
}

export interface BudgetBlock {
  headerRow: number;
  columns: Partial<Record<BudgetRole, number>>;
  items: BudgetItem[];
  /** weight from the block label "预算执行情况(10分)" */
  labelWeight: number | null;
  labelCell: string | null;
  /** a scoring rule the sheet states ("执行率*该指标分值,最高不得超过分值上限") */
  ruleText: string | null;
  ruleCell: string | null;
  /** the sheet's own reason rule: "预算执行率未达到90%的需说明原因" → 0.9 */
  statedReasonBelowRate: number | null;
  unit: "万元" | "元" | null;
}

export interface Totals {
  row: number;
  labelCell: string;
  weight: NumberRef | null;
  score: NumberRef | null;
  /** read from a report's sentence above the table ("本项目绩效评价得分为89分"): it says nothing of where the table ends */
  inSentence?: true;
  /** an amount list's 合计 (a sheet of no known family: an allocation table), not a score */
  amount?: true;
}

export interface WeightBlock {
  label: string;
  weight: number;
  cell: string;
  firstRow: number;
  lastRow: number;
  /** its parts where they are no indicators' weights in its rows: a rubric's summary lines against the whole it states
   *  ('千分制' over '(一)村两委重视20分' …, recognise/rubric-summary.ts) */
  parts?: { cell: string; value: number; label: string }[];
}

/** A 小计 row inside the table: its stated weight/score against the rows of its group. */
export interface Subtotal {
  row: number;
  weight: NumberRef | null;
  score: NumberRef | null;
  /** indicator rows it sums (the rows since the previous subtotal, within its 一级 group) */
  rows: number[];
}

/** A weight a note or instruction row fixes for a category ("注:1.一级指标分值统一设置为:产出指标50分…"). */
export interface NotedWeight {
  name: string;
  weight: number;
  cell: string;
}

// ---------------------------------------------------------------------------------------------------------
// Relations (src/core/relations): every arithmetic relation the sheet's labels state, with its cells and the
// precision shown. The recognisers emit them; the rules evaluate them with one tolerance policy.
// ---------------------------------------------------------------------------------------------------------

/** What a relation's numbers count. */
export type RelationMeasure = "amount" | "score" | "weight" | "count" | "rate";

/** Money units a block states ("项目资金(万元)", "单位:元"); a relation converts its terms to one unit. */
export type AmountUnit = "万元" | "元";

/** One number of a relation: its cell (A1 of the real sheet), value and shown precision. */
export interface RelationTerm extends NumberRef {
  /** the row's or column's label, for messages ("本年财政拨款", "中央财政") */
  label?: string;
  /** the money unit the term is written in, when the sheet says */
  unit?: AmountUnit | null;
}

/** Where the relation was found. */
export type RelationBlock =
  | "indicator-table" // 分值/得分 rollups of the indicator tree
  | "budget" // the 项目资金 / 预算执行情况 block
  | "fund-block" // any other block of amounts (资金来源 by government level, 计划安排/到位/支出/结余, 资金投入情况)
  | "expense-list" // 支出内容 … 实际支出数 with its 合计
  | "labelled-funds" // 资金总额 and its 其中 parts written as label | amount pairs (目标表)
  | "basic-data" // 基础数据表: 三公经费 and its numbered items, 控制率
  | "amount-table" // any table of numbers with a 合计 row or column no amount vocabulary names (分配表)
  | "result-list" // a per-unit result list (and its rank column against its scores) (被考核单位 | 考核情况 | 得分): each unit's score against its base less its deductions
  | "weighted-columns"; // parts whose heads state their shares beside a total (系统考核得分 (占40%) | … | 总分): each line's total

/** Levels of the indicator tree's rollups (三级 → 二级 → 一级 → 总分) and other stated totals of it. */
export type RollupLevel =
  | "group" // a 一级/二级 group's weight (label "产出指标(50分)" or its own cell) or score against its children
  | "sub-item" // an indicator against its 其中 / (1)(2) sub-items
  | "subtotal" // a 小计 row against its rows
  | "block" // a block label ("绩效指标(90分)", "年度绩效目标1(40分)") against the leaves it spans
  | "budget-label" // the budget block's labelled weight ("预算执行情况(10分)") against the item's 分值
  | "item-label" // an item's own label stating its points ("聘用情况(5分)") against its 分值 cell on the same line
  | "total" // the 总分 row against every leaf (+ the budget item)
  | "shares"; // the shares a weighted table states (heads' '(占40%)', a 权重 column) against their whole, 100% (weighted-totals.ts)

interface RelationBase {
  /** stable within a model: kind, measure and the stated cell */
  id: string;
  measure: RelationMeasure;
  /** the stated total's label as written ("年度资金总额", "产出指标(50分)", "小计") */
  label: string;
  block: RelationBlock;
  /** the relation spans a block that may be incomplete (a sheet cut off, 其中 listing only some parts):
   *  parts adding up to less than the total are not a contradiction, more is */
  bound: "equal" | "atMost";
  /** the cell a finding is about when it is not the stated total (the budget item's 分值 against its label) */
  reportAt?: string;
  /** cells whose values follow from the stated total (its 执行率 and 得分), listed as related cells */
  follow?: string[];
  /** the relation rests on a value the sheet does not state (a result list's base of 100 where no 满分 is written): a
   *  break is told as info */
  assumed?: true;
}

/** Parts → total, in rows (a 合计 row over its rows) or in columns (合计 | 中央 | 省 | 市 | 县). */
export interface SumRelation extends RelationBase {
  kind: "sum";
  orientation: "rows" | "columns";
  total: RelationTerm;
  parts: RelationTerm[];
  /** relations of one stated row/column checked together and reported once (the columns of a fund total row) */
  group?: string;
  /** within its group, the one to report first (the rate's denominator column) */
  preferred?: boolean;
  /** a running total (累计) bounded by a figure it includes, the month's or the earlier 累计 (recognise/cumulative.ts) */
  running?: true;
  /**
   * the parts are scores computed to more places and printed rounded (9.48, 9.99, 4.98): the total, computed from the
   * unrounded parts, agrees within half the parts' last shown unit for each part (recognise/subset-totals.ts)
   */
  roundedParts?: true;
  /**
   * (rel54) approximate figures among the terms ('约…', '近…', '…余个'; recognise/sentence-breakdowns.ts approxSlack): the
   * relation holds where the parts' sum is within this much of the total (atMost: not above it by more)
   */
  approxSlack?: number;
}

/** 三级 → 二级 → 一级 → 总分, for weights (分值) and scores (得分). */
export interface RollupRelation extends RelationBase {
  kind: "rollup";
  measure: "weight" | "score";
  level: RollupLevel;
  total: RelationTerm;
  parts: RelationTerm[];
  /** other sums the sheet's own layout also makes consistent (relative weights: each group's items add up to 100) */
  alsoAccept?: number[];
  /** how the parts read in a message ("预算执行 10 + 产出指标 50 + 效益指标 30") */
  partsText?: string;
  /** with bound "atMost", a table cut off at the bottom: the most its missing rows can add (the weight not yet
   *  seen), so the total may exceed the visible parts by this much and no more */
  cutSlack?: number;
  /**
   * level "shares": the one share that, set to what makes the shares 100%, makes the lines' weighted totals agree (the
   * evidence that share is the slip; it is the relation's reportAt): its value in points of 100, and how many of the
   * lines read agree with it
   */
  shareFix?: { name: string; value: number; agree: number; lines: number; total: string };
}

/** result = minuend − Σ subtrahends (结余 = 实际到位 − 实际支出; a result list's 得分 = 满分 − 扣分). */
export interface DifferenceRelation extends RelationBase {
  kind: "difference";
  measure: "amount" | "score";
  result: RelationTerm;
  minuend: RelationTerm;
  subtrahends: RelationTerm[];
  /**
   * (rel54) amounts added to the minuend: result = minuend + Σ addends − Σ subtrahends (a balance's whole over its parts,
   * one of them taken away: recognise/balance-totals.ts)
   */
  addends?: RelationTerm[];
  /** other minuends the labels allow (结余 against 计划安排 where no 到位 column says which) */
  alternatives?: RelationTerm[];
}

/** stated = numerator / denominator (执行率, 到位率, 控制率, 完成率). */
export interface RatioRelation extends RelationBase {
  kind: "ratio";
  measure: "rate";
  /** the ratio's name as the sheet writes it ("执行率", "到位率", "控制率") */
  name: string;
  stated: RelationTerm;
  numerator: RelationTerm;
  denominator: RelationTerm;
  /** the budget block's candidate denominators; the profile picks one (全年/调整后预算数 or 年初预算数) */
  denominators?: { initial?: RelationTerm; adjusted?: RelationTerm };
  /** other denominators the labels allow, any of which makes the stated ratio consistent */
  alternatives?: RelationTerm[];
  /** the stated rate is in percentage points whatever its size (its column says 执行率(%), or its other rates are plainly percents): a bare 1.49 is 1.49%, not 149% */
  statedInPoints?: true;
  /**
   * (grad53) the rate a writer put in words after two exact counts (prose-rates.ts: 开工率达47% after 计划新开工270项 and 已开工
   * 129项): rounded as a writer rounds — truncation, a table's column policy, is no reading of it (tolerance.ratioAgrees)
   */
  countsRounded?: true;
  /**
   * a rate of change of two amounts shown rounded (2016年比2015年增减% under the 2015年 and 2016年 lines): numerator =
   * later − earlier, denominator = earlier; it agrees where amounts within their rounding give the stated rate
   * (tolerance.roundedChangeAgrees; recognise/change-rate-lines.ts)
   */
  roundedChange?: { later: RelationTerm; earlier: RelationTerm };
  /**
   * (rel54) the base is the sum of the bases the parts' shares imply (recognise/prose-part-shares.ts): numerator = the
   * whole, the parts' amounts adding up to it, each with its rate in points; the denominator shown is Σ part / rate. It
   * agrees where every figure within its rounding gives the stated rate (tolerance.impliedShareAgrees)
   */
  impliedBase?: { parts: RelationTerm[]; rates: RelationTerm[] };
}

/** A stated grade against the total it is read from (under the 总分, "评价分值:xx分 评价等级:良", 自评等级). */
export interface GradeRelation extends RelationBase {
  kind: "grade";
  /** a score's grade; or a completion rate's state noted beside it (source "completion-note": 超额完成 / 已完成 / 未完成) */
  measure: "score" | "rate";
  grade: CellRef<string>;
  /** the score graded; for a completion note, the stated rate in percentage points */
  total: RelationTerm;
  /** where the grade was stated ("total-row", "grade-row", "header-line", "self-eval-pair", "completion-note" …) */
  source: string;
}

/**
 * result = Π factors ÷ scale, line by line: an amount beside its count and its rate (补助资金 = 学生人数 × 补助标准 (元/人)).
 * The factors are the count first, then the rate; a count left blank reads 0.
 */
export interface ProductRelation extends RelationBase {
  kind: "product";
  /** an amount at a rate (补助资金 = 人数 × 标准), or a line's points at a rate per unit of its 标准 (rate-points.ts) */
  measure: "amount" | "weight";
  orientation: "rows";
  result: RelationTerm;
  factors: RelationTerm[];
  /** the product's unit per the result's unit: 10,000 where the headers state the result in 万元 and the rate in 元 per unit, else 1 */
  scale: number;
  /** the payees the line states (总人数, 户数) when the amount is paid to each of them, rounded to the fen per payee */
  payees?: RelationTerm;
  /** the relations of one column of results (one per line) */
  group?: string;
  /** the last factor is a rate written rounded to these decimals: the result agrees where result ÷ the other factors rounds to it */
  rateDecimals?: number;
}

/**
 * total = Σ share × part across one line: parts whose heads state their shares, adding up to 100%, beside the total
 * they weigh into (系统考核得分 (占40%) | 现场考核得分 (占40%) | 履职考核得分 (占20%) | 总分; recognise/weighted-totals.ts).
 */
export interface WeightedRelation extends RelationBase {
  kind: "weighted";
  measure: "score";
  orientation: "columns";
  total: RelationTerm;
  parts: RelationTerm[];
  /** each part's share as a fraction (0.4 for 占40%), at the cell that states it (the part's head, or its 权重 line) */
  shares: RelationTerm[];
  /** the relations of one table (one per line) */
  group: string;
}

/**
 * A rank column against the totals it ranks (南通 街道考核结果: 总分 | 排名): a line's stated rank is its place among the
 * lines by total — 1 for the highest (the lowest where the head says lower is better), tied totals sharing the places they
 * span (94.31 and 94.31 ranked 4 and 5, either way). One relation per ranked line, the column's lines shared
 * (recognise/unit-results.ts rankRelations).
 */
export interface RankRelation extends RelationBase {
  kind: "rank";
  measure: "score";
  /** the line's stated rank (its label the line's name) */
  rank: RelationTerm;
  /** the line's total */
  total: RelationTerm;
  /** the ranked column, one object shared by its lines */
  ranking: Ranking;
  group: string;
}

/** A ranked column's lines: every total it ranks, their values best first, and which way is best. */
export interface Ranking {
  /** the rank column's head (排名, 综合排名) and the total column's name (总分, 综合指数) */
  headCell: string;
  totalName: string;
  totals: RelationTerm[];
  /** the totals' values sorted best first (highest, or lowest where ascending); under a dense ranking each value once */
  sorted: number[];
  /** a dense ranking (中国式排名): tied totals share one rank and the next total takes the next (1, 2, 2, 3) */
  dense?: true;
  /** the head says lower is better: 1 for the lowest */
  ascending: boolean;
  /**
   * the place column is shared by lists side by side (1–12 left of 2009 | 2010 | 2011's 学校 | 总分): a place is no one
   * list's, each line's relation is stated at its total (statedCell), its place cell beside it
   */
  shared?: true;
}

export type Relation = SumRelation | RollupRelation | DifferenceRelation | RatioRelation | GradeRelation | ProductRelation | WeightedRelation | RankRelation;
export type RelationKind = Relation["kind"];

// ---------------------------------------------------------------------------------------------------------

/**
 * A score printed once for a group of lines that each state points of their own (recognise/group-scores.ts): the
 * score cell merged down over the lines, on their first line only, or written again on each. The lines carry no score.
 */
export interface GroupScore {
  /** the score's cell (the merge's anchor, or the first line's) */
  score: NumberRef;
  /** the group's label (the name the lines share), for messages */
  label: string;
  rows: number[];
  /** the lines' points cells */
  weightCells: string[];
  /** the lines' points together; null where a line of the group states none (cut by the page) */
  points: number | null;
}

export interface EvaluationModel {
  sheet: string;
  family: Family;
  confidence: number;
  title: string;
  /** the table's header as a reader names it: of a header of several lines (group cells over sub-columns), its top line */
  headerRow: number | null;
  /** the header's last line: the table's lines start below it (headerRow itself for a one-line header) */
  headerLastRow: number | null;
  /** lines printing the table's header again inside it (a page break: the table walk's headerRepeats), where any */
  headerRepeats?: number[];
  columns: Partial<Record<ColumnRole, number>>;
  /** further weight columns beside `columns.weight`, one per assessment of the same items, each its own sum (parallel-weights.ts) */
  parallelWeightCols?: number[];
  /** further score columns beside `columns.score`, one per stage of review of the same items (parallel-scores.ts) */
  parallelScoreCols?: number[];
  /** an interval rubric's column of the points each tier line earns ('5-3', '3', '2-0' under 区间): interval-rubric.ts */
  tierRangeCol?: number;
  indicators: Indicator[];
  /** scores printed once for a group of weighted lines (group-scores.ts), where any */
  groupScores?: GroupScore[];
  groups: GroupNode[];
  /** weighted blocks of indicator rows: "绩效指标(90分)" over the table, "年度绩效目标1(40分)" per goal (Hubei) */
  weightBlocks: WeightBlock[];
  budget: BudgetBlock | null;
  totals: Totals | null;
  grade: CellRef<string> | null;
  notedWeights: NotedWeight[];
  /** every arithmetic relation the sheet's labels state, in every block (see Relation) */
  relations: Relation[];
  /** the table stops without its closing rows (excerpt / cut-off) */
  truncated: boolean;
  /** the sheet starts at the indicator header: whatever stood above it (the budget block) is out of view */
  cutAbove: boolean;
  /**
   * the table was read by its content alone (a page that lost its header and labels, table-infer.ts): a cell missing
   * on a line may be the page's loss rather than the sheet's blank
   */
  labelsLost?: boolean;
  /** rows inside the indicator table that hold no indicator (template "……", "指标2:") */
  placeholderRows: number[];
  subtotals: Subtotal[];
}
