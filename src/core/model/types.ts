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
  | "item"
  // a 一级/二级 group's own weight or score column ("一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 分值")
  | "level1Weight"
  | "level2Weight"
  | "level1Score"
  | "level2Score";

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
  firstRow: number;
  lastRow: number;
  children: GroupNode[];
  indicators: Indicator[];
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
}

export interface WeightBlock {
  label: string;
  weight: number;
  cell: string;
  firstRow: number;
  lastRow: number;
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

/** One column of a stated total and its parts. */
export interface SumColumn {
  total: NumberRef;
  parts: NumberRef[];
}

/** A stated total row and its parts, column by column (fund blocks, expense breakdowns). */
export interface SumCheck {
  label: string;
  row: number;
  columns: SumColumn[];
  /** the cell to report when several columns disagree (the rate's denominator) */
  preferredCell: string | null;
  /** cells whose values follow from the total (its 执行率, 得分) */
  followCells: string[];
  /** the parts are a partial breakdown (其中…): they may add up to less than the total, never to more */
  atMost?: boolean;
}

/** A stated ratio (控制率 = 在职人数 / 编制数). */
export interface RatioCheck {
  stated: NumberRef;
  numerator: NumberRef;
  denominator: NumberRef;
  label: string;
}

export interface EvaluationModel {
  sheet: string;
  family: Family;
  confidence: number;
  title: string;
  headerRow: number | null;
  columns: Partial<Record<ColumnRole, number>>;
  indicators: Indicator[];
  groups: GroupNode[];
  /** weighted blocks of indicator rows: "绩效指标(90分)" over the table, "年度绩效目标1(40分)" per goal (Hubei) */
  weightBlocks: WeightBlock[];
  budget: BudgetBlock | null;
  totals: Totals | null;
  grade: CellRef<string> | null;
  notedWeights: NotedWeight[];
  sumChecks: SumCheck[];
  ratioChecks: RatioCheck[];
  /** the table stops without its closing rows (excerpt / cut-off) */
  truncated: boolean;
  /** the sheet starts at the indicator header: whatever stood above it (the budget block) is out of view */
  cutAbove: boolean;
  /** rows inside the indicator table that hold no indicator (template "……", "指标2:") */
  placeholderRows: number[];
  subtotals: Subtotal[];
}
