/**
 * Generated rule sheets (考核评分表 / 评估评分表 / 考核细则 / 验收评分标准) for generated-rule-sheets.test.ts: a seeded PRNG picks
 * one combination of layout choices, the builder writes a sheet that is consistent by construction (every stated weight is
 * its parts' sum, codes in sequence, no score above its weight, a rule's awards adding up to its item's points where they
 * are awards) and records the cells each injected slip lands on.
 */
import { Grid } from "../../src/core/grid/grid";
import { a1 } from "../../src/core/grid/a1";
import { mulberry32, sheetRows } from "../helpers";

export type Fill = "merged" | "unmerged" | "filled";
export type PointStyle = "(10分)" | "（10分）" | "10分" | "(10)" | "【10分】";
export type CodeStyle = "一、" | "(一)" | "1." | "1、" | "(1)" | "①" | "A1" | "none";
export type RubricKind = "awards" | "graded" | "deduct" | "plain";

export interface RuleSpec {
  /** 2 or 3 label levels (4: the later dimension deep) */
  levels: 2 | 3 | 4;
  /** the top level as a label row spanning the table ("一、组织领导(20分)" across), not a column */
  topAsRow: boolean;
  /** group cells merged down their lines, written once with blanks below, or filled down on every line */
  fill: Fill;
  /** a group's points: in its label, in a 分值 column beside it (or the 分值 cell of its label row), both, or unstated */
  groupPoints: "label" | "column" | "both" | "none";
  pointStyle: PointStyle;
  /** an item's points in the 分值 column: 10, '10' or '10分' */
  itemPoints: "number" | "text" | "text分";
  /** codes of the top level, of the middle level (3 levels), of the items */
  topCode: CodeStyle;
  midCode: CodeStyle;
  itemCode: CodeStyle;
  /** a 序号 column numbering the items 1, 2, 3 … through the table */
  seq: boolean;
  /** a 评分标准 column and the kinds of its rules (one or several per sheet) */
  rubric: RubricKind[] | null;
  /** a block outside the 100: bonus points on top (加分项 / 附加分) or deductions (扣分项) */
  extra: "none" | "加分项" | "附加分" | "扣分项";
  /** a closing 合计 / 总分 line stating 100 (and the scores' sum where they are filled) */
  total: "none" | "合计" | "总分";
  /** a page break repeating the header line (between top groups), or the header line and a group label inside a group */
  pageBreak: "none" | "header" | "group";
  /** no score column, a blank 得分 / 自评得分 column, or scores filled in */
  scores: "none" | "blank" | "filled";
  /**
   * a side column on the right (备注 / 考核方式 / 责任单位 / 数据来源 / 牵头单位 / 佐证材料) and where its cells are filled: on
   * some items' lines, on the groups' lines (a label line across the table, or a cell merged down the group's lines), on
   * both, or (备注) a bare page number on some items' lines
   */
  side: { head: string; on: "items" | "groups" | "both" | "pages" } | null;
  /** an empty column (no header word, no cell): left of the table, right of its first column, or between the items' names and their points */
  emptyCol: "left" | "second" | "names" | null;
  /** counts inside the items' names ("每季度召开1次专题会议", "开展不少于2次业务培训") */
  nameNumbers: boolean;
  /** every merge of the sheet undone (the title, label lines across the table, the total's label, the groups' cells) */
  noMerges: boolean;
  title: string;
  sheetName: string;
  /** header words */
  heads: { levels: string[]; weight: string; rubric: string; score: string; seq: string };
  // (drawn after the ones above: a seed that draws none of these has the sheet it had before)
  /** a 说明 / 填表说明 preamble of text lines between the title and the header, 注： lines after the table, or both */
  notes: "none" | "说明" | "注" | "both";
  /** several score columns (自评得分 | 初审得分 | 复审得分): the first two filled where scores are, the others blank */
  scoreHeads: string[] | null;
  /** the points column headed 权重(%) / 权重 / 标准分值, its items' shares written as 10 or as '10%' */
  pointsHead: { head: string; percent: boolean } | null;
  /** the score column(s) left of the points column */
  scoreLeft: boolean;
  /** a two-line header: this word over the label columns (考评内容 over 一级要素 | 二级要素, or the levels' usual words), the other heads merged down */
  twoLine: string | null;
  /** 扣分说明 | 扣分 before the 得分 column (得分 = 分值 − 扣分) */
  deductCols: boolean;
  /** no 分值 column: each item's points only in its rule's text, before ("(5分)…", "5分。…", "满分5分，…") or after ("…（5分）") */
  pointsInRule: "(5分)前" | "5分。前" | "满分5分，" | "后（5分）" | null;
  /** four label levels, points at every level (党的组织和工作覆盖(8分) = 组织覆盖(2分) + 工作覆盖(6分)) */
  deep: boolean;
}

export type SlipKind = "item-weight" | "group-points" | "total-weight" | "code" | "seq" | "score-over" | "score-total" | "rubric-award" | "score-over-2" | "score-total-2" | "deduct";

export interface Slip {
  kind: SlipKind;
  /** the rules that may report it */
  rules: string[];
  /** A1 → new value */
  edits: Record<string, Cellv>;
  /** where the finding is expected (any of these cells; empty: any new finding of the rule) */
  cells: string[];
  /** a hint (a rule's text is the template's, not filled-in data): info, never error or warning */
  severity?: "info";
}

export interface BuiltRuleSheet {
  spec: RuleSpec;
  key: string;
  grid: (edits?: Record<string, Cellv>) => Grid;
  slips: Slip[];
}

export type Cellv = string | number | null;

// ---------------------------------------------------------------------------------------------------------
// Spec sampling

const SUBJECTS = ["河湖长制工作", "安全生产工作", "农村人居环境整治", "生活垃圾分类工作", "双拥工作", "残疾人工作", "防汛抗旱工作", "政务公开工作", "民族团结进步创建", "乡村振兴重点工作"];
const TITLE_TAILS = ["考核评分表", "考核细则", "评估评分表", "验收评分标准", "考评细则", "绩效考核评分细则", "目标管理考核评分表", "考核验收评分细则"];
const SHEET_NAMES = ["Sheet1", "考核细则", "评分表", "附件2", "评估标准"];
const LEVEL_HEADS: string[][] = [
  ["考核项目", "考核内容", "考核要点"],
  ["一级指标", "二级指标", "三级指标"],
  ["评估项目", "评估内容", "评估要点"],
  ["类别", "项目", "具体内容"],
  ["考评项目", "考评内容", "考评要点"],
];
const WEIGHT_HEADS = ["分值", "标准分", "分数", "满分", "分值(分)"];
const RUBRIC_HEADS = ["评分标准", "评分细则", "考核标准", "评分办法", "计分方法"];
const SCORE_HEADS = ["得分", "自评得分", "考核得分", "评估得分", "实得分"];
const SIDE_HEADS = ["备注", "备注", "考核方式", "考核办法", "责任单位", "牵头单位", "数据来源", "佐证材料", "说明"];
/** what each side column's cells say (a note, a way of checking, a unit in charge, a source, the evidence asked for) */
const SIDE_TEXTS: Record<string, string[]> = {
  备注: ["以实地查看为准", "提供佐证材料", "详见附件2", "按季度考核", "2023年12月完成"],
  考核方式: ["查阅资料", "实地检查", "查阅资料、实地查看", "日常考核", "年终考核"],
  考核办法: ["查阅资料", "实地抽查", "听取汇报、查阅资料", "座谈了解"],
  责任单位: ["县水利局", "县财政局", "各乡镇（街道）", "县委办、县政府办"],
  牵头单位: ["县委办", "县政府办", "县发改委", "县农业农村局"],
  数据来源: ["统计报表", "部门提供", "系统数据", "年度总结"],
  佐证材料: ["会议纪要", "文件、台账", "工作总结及照片", "签到表、培训资料"],
  说明: ["年终一次性考核", "由牵头单位评分", "以上级通报为准", "按实际完成情况"],
};

export function sampleRuleSpec(rnd: () => number): RuleSpec {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const levels = pick([2, 2, 3] as const);
  const topCode = pick(["一、", "一、", "(一)", "1.", "none"] as const);
  const midCode = pick((["(一)", "1.", "1、", "none"] as const).filter((c) => c !== topCode));
  const itemCode = pick((["1.", "1、", "(1)", "①", "A1", "none", "none"] as const).filter((c) => c !== topCode && (levels === 2 || c !== midCode)));
  const rubricKinds: RubricKind[] = ["awards", "graded", "deduct", "plain"];
  const rubric = rnd() < 0.85 ? rubricKinds.filter(() => rnd() < 0.5) : null;
  const lh = pick(LEVEL_HEADS);
  const spec: BaseSpec = {
    levels,
    topAsRow: rnd() < 0.3,
    fill: pick(["merged", "merged", "unmerged", "filled"] as const),
    groupPoints: pick(["label", "label", "column", "both", "none"] as const),
    pointStyle: pick(["(10分)", "（10分）", "10分", "(10)", "【10分】"] as const),
    itemPoints: pick(["number", "number", "text", "text分"] as const),
    topCode,
    midCode,
    itemCode,
    seq: rnd() < 0.4,
    rubric: rubric && rubric.length === 0 ? ["awards"] : rubric,
    extra: pick(["none", "none", "加分项", "附加分", "扣分项"] as const),
    total: pick(["none", "合计", "总分"] as const),
    pageBreak: pick(["none", "none", "none", "header", "group"] as const),
    scores: pick(["none", "blank", "blank", "filled"] as const),
    title: `${pick(["", "2023年度", "2022年"])}${pick(SUBJECTS)}${pick(TITLE_TAILS)}`,
    sheetName: pick(SHEET_NAMES),
    heads: { levels: lh, weight: pick(WEIGHT_HEADS), rubric: pick(RUBRIC_HEADS), score: pick(SCORE_HEADS), seq: "序号" },
    // (drawn last, so the dimensions above are the ones every seed had before these were added)
    ...sideDimensions(rnd),
  };
  return shapeDimensions(spec, rnd);
}

type BaseSpec = Omit<RuleSpec, "notes" | "scoreHeads" | "pointsHead" | "scoreLeft" | "twoLine" | "deductCols" | "pointsInRule" | "deep">;
const SCORE_HEAD_SETS = [
  ["自评得分", "初审得分", "复审得分"],
  ["镇街初审得分", "区评审得分"],
  ["自评分", "考核组评分"],
  ["单位自评", "部门初审", "考核组复核"],
];
const POINTS_HEADS = [
  { head: "权重(%)", percent: false },
  { head: "权重(%)", percent: true },
  { head: "权重", percent: false },
  { head: "标准分值", percent: false },
  { head: "满分", percent: false },
];
const TWO_LINE_HEADS = ["考评内容", "考核指标", "评价指标", "考核内容"];
const DEEP_HEADS = [
  ["一级指标", "二级指标", "三级指标", "四级指标"],
  ["一级指标", "二级指标", "三级指标", "考核内容"],
  ["一级要素", "二级要素", "三级要素", "四级要素"],
];

/** The later shape dimensions (see RuleSpec), drawn after every other; one may set an earlier one it needs. */
function shapeDimensions(spec: BaseSpec, rnd: () => number): RuleSpec {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const s: RuleSpec = { ...spec, notes: "none", scoreHeads: null, pointsHead: null, scoreLeft: false, twoLine: null, deductCols: false, pointsInRule: null, deep: false };
  const notes = pick(["说明", "注", "both"] as const);
  if (rnd() < 0.15) s.notes = notes;
  const scoreHeads = pick(SCORE_HEAD_SETS);
  if (rnd() < 0.15 && s.scores !== "none") s.scoreHeads = scoreHeads;
  const pointsHead = pick(POINTS_HEADS);
  if (rnd() < 0.12) s.pointsHead = pointsHead;
  if (rnd() < 0.12 && s.scores !== "none") s.scoreLeft = true;
  const twoLine = pick(TWO_LINE_HEADS);
  const factors = rnd() < 0.5;
  if (rnd() < 0.12 && !s.topAsRow) {
    s.twoLine = twoLine;
    // (考评内容 over 一级要素 | 二级要素)
    if (factors) s.heads = { ...s.heads, levels: ["一级要素", "二级要素", "三级要素"] };
  }
  if (rnd() < 0.1 && s.scores !== "none" && !s.scoreHeads) s.deductCols = true;
  const inRule = pick(["(5分)前", "5分。前", "满分5分，", "后（5分）"] as const);
  if (rnd() < 0.1 && !s.pointsHead && !s.scoreLeft) {
    // the points only in the rules' texts: every item has a rule, the groups' points in their labels, no 合计 line
    s.pointsInRule = inRule;
    if (!s.rubric) s.rubric = ["awards"];
    if (s.groupPoints !== "label") s.groupPoints = "label";
    s.total = "none";
  }
  const deepHeads = pick(DEEP_HEADS);
  if (rnd() < 0.25 && s.levels === 3) {
    s.deep = true;
    s.levels = 4;
    s.heads = { ...s.heads, levels: deepHeads };
    if (s.groupPoints === "none") s.groupPoints = "label";
    // (letter codes name the top group: A1 A2 A3 under one third-level group and A1 A2 again under the next is no sheet's)
    if (s.itemCode === "A1") s.itemCode = "none";
  }
  return s;
}

function sideDimensions(rnd: () => number): Pick<RuleSpec, "side" | "emptyCol" | "nameNumbers" | "noMerges"> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const head = pick(SIDE_HEADS);
  const on = pick(["items", "groups", "both", "both", head === "备注" ? "pages" : "groups"] as const);
  const side = rnd() < 0.35 ? { head, on } : null;
  return { side, emptyCol: rnd() < 0.15 ? pick(["left", "second", "names", "names"] as const) : null, nameNumbers: rnd() < 0.2, noMerges: rnd() < 0.15 };
}

export function ruleSpecKey(s: RuleSpec): string {
  return [
    `L${s.levels}${s.topAsRow ? "row" : ""}`,
    s.fill,
    `gp:${s.groupPoints}${s.groupPoints === "label" || s.groupPoints === "both" ? s.pointStyle : ""}`,
    `ip:${s.itemPoints}`,
    `code:${s.topCode}/${s.levels >= 3 ? s.midCode + "/" : ""}${s.levels === 4 ? subCodeOf(s) + "/" : ""}${s.itemCode}`,
    s.seq ? "seq" : "noseq",
    `rub:${s.rubric ? s.rubric.join("+") : "none"}`,
    `x:${s.extra}`,
    `total:${s.total}`,
    `pb:${s.pageBreak}`,
    `sc:${s.scores}`,
    // (the later dimensions only where they are chosen: an earlier seed's key is unchanged)
    ...(s.side ? [`side:${s.side.head}/${s.side.on}`] : []),
    ...(s.emptyCol ? [`empty:${s.emptyCol}`] : []),
    ...(s.nameNumbers ? ["num"] : []),
    ...(s.noMerges ? ["nomerge"] : []),
    ...(s.notes !== "none" ? [`notes:${s.notes}`] : []),
    ...(s.scoreHeads ? [`scores:${s.scoreHeads.join("+")}`] : []),
    ...(s.pointsHead ? [`ph:${s.pointsHead.head}${s.pointsHead.percent ? "%" : ""}`] : []),
    ...(s.scoreLeft ? ["scoreleft"] : []),
    ...(s.twoLine ? [`2line:${s.twoLine}`] : []),
    ...(s.deductCols ? ["deductcols"] : []),
    ...(s.pointsInRule ? [`inrule:${s.pointsInRule}`] : []),
    ...(s.deep ? ["deep"] : []),
  ].join("|");
}

/** the third level's codes of four (deep): the first style no other level uses */
export function subCodeOf(s: RuleSpec): CodeStyle {
  return (["(1)", "1.", "①", "none"] as const).find((c) => c === "none" || (c !== s.topCode && c !== s.midCode && c !== s.itemCode))!;
}

// ---------------------------------------------------------------------------------------------------------
// The item tree

interface Node {
  name: string;
  level: number;
  children: Node[];
  weight: number | null;
  score: number | null;
  rubric?: string;
  /** an awards rule's first award and the rule with it raised by one (the rubric slip) */
  rubricSlip?: string;
  /** outside the 100 (加分 / 扣分 block) */
  extra?: boolean;
}

const TOPS = ["组织领导", "制度建设", "工作落实", "宣传教育", "资金管理", "工作成效", "档案管理", "监督检查"];
const MIDS = ["机构设置", "职责分工", "工作计划", "经费保障", "会议制度", "督查考核", "队伍建设", "信息报送", "台账管理", "问题整改"];
const ITEMS = [
  "成立领导小组，明确分管领导和工作人员",
  "制定年度工作计划和实施方案",
  "按时报送工作信息和统计报表",
  "召开专题会议研究部署工作",
  "建立健全工作台账",
  "开展业务培训",
  "工作经费列入财政预算",
  "开展专项督查检查",
  "群众满意度测评",
  "资料收集整理归档规范",
  "完成年度目标任务",
  "问题整改到位",
  "开展宣传活动",
  "落实值班值守制度",
  "建立考核奖惩机制",
  "按要求公开工作信息",
  "配备必要的办公设备",
  "建立联络员制度",
];
/** the same items with counts in their names (drawn in the same order: a sheet's tree is the same either way) */
const ITEMS_NUMBERED = [
  "成立领导小组，明确1名分管领导和2名工作人员",
  "制定年度工作计划和实施方案",
  "每月5日前报送工作信息和统计报表",
  "每季度召开1次专题会议研究部署工作",
  "建立健全工作台账",
  "开展不少于2次业务培训",
  "工作经费列入财政预算",
  "开展3次专项督查检查",
  "群众满意度达到90%以上",
  "资料收集整理归档规范",
  "完成12项年度目标任务",
  "问题整改到位",
  "开展宣传活动4次以上",
  "落实24小时值班值守制度",
  "建立考核奖惩机制",
  "按要求公开工作信息",
  "配备2台以上办公设备",
  "建立联络员制度",
];
const SUBS = ["组织覆盖", "工作覆盖", "班子建设", "制度执行", "阵地建设", "党员管理", "经费落实", "活动开展", "作风建设"];
const CONDITIONS = ["制定实施方案", "建立工作台账", "按时报送材料", "召开专题会议", "开展督查检查", "资料归档完整", "有工作总结"];

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";
export function codeOf(style: CodeStyle, k: number, letter = 1): string {
  switch (style) {
    case "一、":
      return `${CN[k - 1]}、`;
    case "(一)":
      return `(${CN[k - 1]})`;
    case "1.":
      return `${k}.`;
    case "1、":
      return `${k}、`;
    case "(1)":
      return `(${k})`;
    case "①":
      return CIRCLED[k - 1];
    case "A1":
      return `${String.fromCharCode(64 + letter)}${k}`;
    default:
      return "";
  }
}

export function pointsText(style: PointStyle, p: number): string {
  switch (style) {
    case "(10分)":
      return `(${p}分)`;
    case "（10分）":
      return `（${p}分）`;
    case "10分":
      return `${p}分`;
    case "(10)":
      return `(${p})`;
    default:
      return `【${p}分】`;
  }
}

/** integer parts ≥ min adding to total */
function split(rnd: () => number, total: number, n: number, min: number): number[] {
  const base = Array(n).fill(min);
  for (let left = total - min * n; left > 0; left--) base[Math.floor(rnd() * n)]++;
  return base;
}

function rubricOf(kind: RubricKind, w: number, rnd: () => number, k: number): { text: string; slip?: string } {
  const c = (i: number) => CONDITIONS[(k + i) % CONDITIONS.length];
  switch (kind) {
    case "awards": {
      if (w < 2) return { text: `${c(0)}的得${w}分。` };
      const n = w >= 3 && rnd() < 0.5 ? 3 : 2;
      // rising or level awards (falling ones read as tiers of one criterion): the slip raises the last
      const parts = split(rnd, w, n, 1).sort((a, b) => a - b);
      const clause = (ps: number[]) => ps.map((p, i) => `${c(i)}的得${p}分`).join("；") + "。";
      return { text: clause(parts), slip: clause([...parts.slice(0, -1), parts[n - 1] + 1]) };
    }
    case "graded": {
      if (w < 4) return { text: `完成的得${w}分，基本完成的得${w / 2}分，未完成的不得分。` };
      const g2 = Math.round(w * 0.8);
      const g3 = Math.round(w * 0.6);
      return { text: `优秀的得${w}分，良好的得${g2}分，一般的得${g3}分，较差的不得分。` };
    }
    case "deduct":
      return rnd() < 0.5 ? { text: `未${c(0)}的扣${Math.min(w, 2)}分；${c(1)}不到位的扣1分，扣完为止。` } : { text: "每缺一项扣1分，扣完为止。" };
    default:
      return { text: "查阅资料，实地查看。" };
  }
}

function buildTree(spec: RuleSpec, rnd: () => number): Node[] {
  const pickN = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const nTop = pickN(2, 4);
  const items = (spec.nameNumbers ? ITEMS_NUMBERED : ITEMS).slice();
  const takeItem = () => (items.length ? items.splice(Math.floor(rnd() * items.length), 1)[0] : "其他工作");
  let mid = 0;
  let sub = 0;
  let first = true;
  const leafParent = (name: string, level: number): Node => {
    // the first parent of items has three (a code sequence to break), the others 1–4
    const n = first ? 3 : pickN(1, 4);
    first = false;
    return { name, level, weight: 0, score: 0, children: Array.from({ length: n }, () => ({ name: takeItem(), level: level + 1, children: [], weight: 0, score: 0 })) };
  };
  const tops: Node[] = [];
  for (let i = 0; i < nTop; i++) {
    const name = TOPS[i];
    if (spec.levels === 2) tops.push(leafParent(name, 0));
    else if (spec.levels === 4) {
      // four levels: each middle group holds one or two third-level groups of items
      const n = i === 0 ? 2 : pickN(1, 2);
      tops.push({
        name,
        level: 0,
        weight: 0,
        score: 0,
        children: Array.from({ length: n }, () => ({ name: MIDS[mid++ % MIDS.length], level: 1, weight: 0, score: 0, children: Array.from({ length: pickN(1, 2) }, () => leafParent(SUBS[sub++ % SUBS.length], 2)) })),
      });
    } else {
      const n = i === 0 ? 2 : pickN(1, 3);
      tops.push({ name, level: 0, weight: 0, score: 0, children: Array.from({ length: n }, () => leafParent(MIDS[mid++ % MIDS.length], 1)) });
    }
  }
  return tops;
}

const leavesOf = (n: Node): Node[] => (n.children.length ? n.children.flatMap(leavesOf) : [n]);
function rollup(n: Node): void {
  if (!n.children.length) return;
  n.children.forEach(rollup);
  n.weight = n.children.reduce((s, c) => s + (c.weight ?? 0), 0);
  n.score = n.children.reduce((s, c) => s + (c.score ?? 0), 0);
}

function fillItems(spec: RuleSpec, nodes: Node[], total: number, rnd: () => number, extra = false): void {
  const leaves = nodes.flatMap(leavesOf);
  const weights = split(rnd, total, leaves.length, total >= 2 * leaves.length ? 2 : 1);
  leaves.forEach((leaf, i) => {
    leaf.extra = extra;
    leaf.weight = weights[i];
    leaf.score = spec.scores === "filled" ? (rnd() < 0.3 ? Math.max(0, weights[i] - 1 - Math.floor(rnd() * 2)) : weights[i]) : null;
    if (spec.rubric) {
      const kind = extra ? "plain" : spec.rubric[Math.floor(rnd() * spec.rubric.length)];
      const r = extra ? { text: `获得市级以上表彰的加${weights[i]}分。` } : rubricOf(kind, weights[i], rnd, i);
      leaf.rubric = r.text;
      leaf.rubricSlip = r.slip;
    }
  });
  nodes.forEach(rollup);
}

// ---------------------------------------------------------------------------------------------------------
// Layout

interface Col {
  role: "seq" | "label" | "gweight" | "empty" | "weight" | "rubric" | "score" | "side" | "dnote" | "deduct";
  /** a label column's level; a score column's place among several */
  level?: number;
  head: string;
}

function columnsOf(spec: RuleSpec): Col[] {
  const cols: Col[] = [];
  if (spec.seq) cols.push({ role: "seq", head: spec.heads.seq });
  const leaf = spec.levels - 1;
  for (let l = spec.topAsRow ? 1 : 0; l <= leaf; l++) {
    cols.push({ role: "label", level: l, head: spec.heads.levels[l === leaf ? Math.max(l, 1) : l] ?? spec.heads.levels[1] });
    if (l < leaf && (spec.groupPoints === "column" || spec.groupPoints === "both")) cols.push({ role: "gweight", level: l, head: spec.pointsHead?.head ?? spec.heads.weight });
  }
  if (spec.emptyCol === "names") cols.push({ role: "empty", head: "" });
  const scoreCols: Col[] = spec.scores === "none" ? [] : (spec.scoreHeads ?? [spec.heads.score]).map((head, i) => ({ role: "score", level: i, head }));
  if (spec.scoreLeft) cols.push(...scoreCols);
  if (!spec.pointsInRule) cols.push({ role: "weight", head: spec.pointsHead?.head ?? spec.heads.weight });
  if (spec.rubric) cols.push({ role: "rubric", head: spec.heads.rubric });
  if (spec.deductCols) cols.push({ role: "dnote", head: "扣分说明" }, { role: "deduct", head: "扣分" });
  if (!spec.scoreLeft) cols.push(...scoreCols);
  if (spec.side) cols.push({ role: "side", head: spec.side.head });
  if (spec.emptyCol === "left") cols.unshift({ role: "empty", head: "" });
  if (spec.emptyCol === "second") cols.splice(1, 0, { role: "empty", head: "" });
  return cols;
}

export function buildRuleSheet(spec: RuleSpec, seed: number): BuiltRuleSheet {
  const rnd = mulberry32(seed * 7919 + 29);
  const tree = buildTree(spec, rnd);
  fillItems(spec, tree, 100, rnd);
  // the block outside the 100
  let extraNode: Node | null = null;
  if (spec.extra !== "none") {
    const bonus = spec.extra !== "扣分项";
    const n = 1 + Math.floor(rnd() * 2);
    const items: Node[] = Array.from({ length: n }, (_, i) => ({
      name: bonus ? ["获得市级以上表彰", "工作经验被上级推广"][i] : ["发生重大责任事故", "被上级通报批评"][i],
      level: spec.levels - 1,
      children: [],
      weight: 0,
      score: 0,
    }));
    const holder: Node[] =
      spec.levels === 4
        ? [{ name: bonus ? "加分事项" : "扣分事项", level: 1, children: [{ name: bonus ? "表彰推广" : "责任事故", level: 2, children: items, weight: 0, score: 0 }], weight: 0, score: 0 }]
        : spec.levels === 3
          ? [{ name: bonus ? "加分事项" : "扣分事项", level: 1, children: items, weight: 0, score: 0 }]
          : items;
    extraNode = { name: spec.extra, level: 0, children: holder, weight: 0, score: 0 };
    if (bonus) fillItems(spec, [extraNode], n === 1 ? 5 : 5, rnd, true);
    else {
      // deductions: no points of their own, a rule saying what each case costs
      for (const it of items) {
        it.weight = null;
        it.score = null;
        it.extra = true;
        if (spec.rubric) it.rubric = "每发生一起扣5分。";
      }
      extraNode.weight = null;
      extraNode.score = null;
      const clear = (h: Node): void => {
        if (!h.children.length) return;
        h.weight = null;
        h.score = null;
        h.children.forEach(clear);
      };
      holder.forEach(clear);
    }
  }

  const cols = columnsOf(spec);
  const width = cols.length;
  // the side column's cells (their own PRNG: the sheet is otherwise the one the seed gave before side columns)
  const srnd = mulberry32(seed * 104729 + 7);
  const side = spec.side;
  const sideText = (): Cellv => (side ? SIDE_TEXTS[side.head][Math.floor(srnd() * SIDE_TEXTS[side.head].length)] : null);
  const groupSide = !!side && (side.on === "groups" || side.on === "both");
  const itemSide = (): Cellv => {
    if (!side || side.on === "groups" || srnd() < 0.4) return null;
    return side.on === "pages" ? 2 + Math.floor(srnd() * 30) : sideText();
  };
  // (a column group's side cell: written on its first line, merged down its lines where the sheet merges, or filled down)
  const groupSideText = new Map<Node, Cellv>();
  const colOf = (role: Col["role"], level?: number) => cols.findIndex((c) => c.role === role && (level === undefined || c.level === level)) + 1;
  const { rows, merges, add, merge } = sheetRows(width);
  const slips: Slip[] = [];
  // the later shape dimensions' own PRNG (a second score column's values, notes' texts)
  const xrnd = mulberry32(seed * 15485863 + 3);
  const score2 = new Map<Node, number | null>();
  const filledScores = spec.scores === "filled";
  const nScoreCols = spec.scores === "none" ? 0 : (spec.scoreHeads?.length ?? 1);
  const secondScore = (n: Node): number | null => {
    if (!score2.has(n)) score2.set(n, n.score === null ? null : n.score > 0 && xrnd() < 0.3 ? n.score - 1 : n.score);
    return score2.get(n)!;
  };
  const points = (w: number | null): Cellv => (w === null ? null : spec.pointsHead?.percent ? `${w}%` : itemPoints(w));
  /** a rule's text with the item's points in it (pointsInRule) */
  const ruleText = (text: string | undefined, w: number | null, extra?: boolean): Cellv => {
    if (text === undefined) return null;
    if (!spec.pointsInRule || w === null || extra) return text;
    switch (spec.pointsInRule) {
      case "(5分)前":
        return `(${w}分)${text}`;
      case "5分。前":
        return `${w}分。${text}`;
      case "满分5分，":
        return `满分${w}分，${text}`;
      default:
        return `${text}（${w}分）`;
    }
  };

  merge(add([spec.title]), 1, 1, width);
  if (rnd() < 0.4) add(["考核单位：", null, null, null, "考核时间：    年  月  日"].slice(0, Math.max(2, width)));
  const noteLines = (lines: string[]) => {
    // one text line each, merged across the table, or all in one cell of several lines
    const across = (r: number) => merge(r, 1, r, width);
    if (xrnd() < 0.3) across(add([lines.join("\n")]));
    else for (const l of lines) across(add([l]));
  };
  if (spec.notes === "说明" || spec.notes === "both") {
    const lines = [
      xrnd() < 0.5 ? "说明：" : "填表说明：",
      "1.本细则满分100分，" + (spec.extra === "none" ? "按实际完成情况评分。" : "加分项、扣分项另行计算。"),
      "2.考核采取查阅资料、实地查看、听取汇报相结合的方式进行。",
      ...(xrnd() < 0.5 ? ["3.各项扣分以该项分值扣完为止，不出现负分。"] : []),
    ];
    noteLines(lines);
  }
  const header = () => {
    if (!spec.twoLine) return add(cols.map((c) => c.head));
    // the parent word over the label columns, the other heads merged down both lines
    const labels = cols.map((c, i) => (c.role === "label" ? i + 1 : 0)).filter((i) => i > 0);
    const r = add(cols.map((c, i) => (c.role === "label" ? (i + 1 === labels[0] ? spec.twoLine : null) : c.head)));
    add(cols.map((c) => (c.role === "label" ? c.head : null)));
    merge(r, labels[0], r, labels[labels.length - 1]);
    cols.forEach((c, i) => c.role !== "label" && merge(r, i + 1, r + 1, i + 1));
    return r;
  };
  header();

  const leafLevel = spec.levels - 1;
  const withPoints = spec.groupPoints === "label" || spec.groupPoints === "both";
  const inColumn = spec.groupPoints === "column" || spec.groupPoints === "both";
  const codes = [spec.topCode, spec.midCode, subCodeOf(spec)];
  const groupLabel = (n: Node, k: number) => {
    const code = n.extra && n.level === 0 ? "" : codeOf(codes[n.level] ?? "none", k);
    return code + n.name + (withPoints && n.weight !== null ? pointsText(spec.pointStyle, n.weight) : "");
  };
  const itemPoints = (w: number | null): Cellv => (w === null ? null : spec.itemPoints === "number" ? w : spec.itemPoints === "text" ? String(w) : `${w}分`);
  const itemLabel = (n: Node, k: number, letter: number) => (n.extra ? "" : codeOf(spec.itemCode, k, letter)) + n.name;

  // segments of group cells (a page break inside a group starts a new one)
  const open = new Map<Node, { from: number; to: number; label: string; k: number }>();
  const spans: { node: Node; from: number; to: number }[] = [];
  const close = (n: Node) => {
    const s = open.get(n);
    if (s) spans.push({ node: n, from: s.from, to: s.to });
    open.delete(n);
  };
  const leafRows: { node: Node; row: number; k: number; letter: number; path: Node[] }[] = [];
  const groupCells: { node: Node; cell: string; label: string | number }[] = [];
  let seqNo = 0;
  let breakAt = -1; // leaf index before which the page breaks ("group")
  if (spec.pageBreak === "group") breakAt = 1;

  const topRow = (n: Node, k: number) => {
    // the top level as a label row across the table (its points in the 分值 column where they are in a column)
    const label = groupLabel(n, k);
    const wc = colOf("weight");
    const line: Cellv[] = [label];
    if (inColumn && n.weight !== null) line[wc - 1] = n.weight;
    if (groupSide) line[colOf("side") - 1] = sideText();
    const r = add(line);
    merge(r, 1, r, inColumn ? wc - 1 : side ? width - 1 : width);
    groupCells.push({ node: n, cell: a1(r, 1), label });
    if (inColumn && n.weight !== null) groupCells.push({ node: n, cell: a1(r, wc), label: n.weight });
    return r;
  };

  const walk = (n: Node, k: number, path: { node: Node; k: number }[], letter: number) => {
    if (!n.children.length) {
      if (leafRows.length === breakAt) {
        for (const p of path) close(p.node);
        header();
        if (spec.topAsRow) topRow(path[0].node, path[0].k);
      }
      const line: Cellv[] = [];
      const r = rows.length + 1;
      for (const p of path) {
        if (spec.topAsRow && p.node.level === 0) continue;
        const lc = colOf("label", p.node.level);
        const gc = colOf("gweight", p.node.level);
        const first = !open.has(p.node);
        const label = groupLabel(p.node, p.k);
        if (first) {
          open.set(p.node, { from: r, to: r, label, k: p.k });
          groupCells.push({ node: p.node, cell: a1(r, lc), label });
          if (gc && p.node.weight !== null) groupCells.push({ node: p.node, cell: a1(r, gc), label: p.node.weight });
        }
        open.get(p.node)!.to = r;
        if (first || spec.fill === "filled") {
          line[lc - 1] = label;
          if (gc) line[gc - 1] = p.node.weight;
        }
      }
      if (spec.seq) line[colOf("seq") - 1] = n.extra ? null : ++seqNo;
      line[colOf("label", leafLevel) - 1] = itemLabel(n, k, letter);
      if (!spec.pointsInRule) line[colOf("weight") - 1] = points(n.weight);
      if (spec.rubric) line[colOf("rubric") - 1] = ruleText(n.rubric, n.weight, n.extra);
      if (filledScores) {
        line[colOf("score") - 1] = n.score;
        if (nScoreCols > 1) line[colOf("score", 1) - 1] = secondScore(n);
      }
      if (spec.deductCols && filledScores && !n.extra && n.weight !== null && n.score !== null && n.weight > n.score) {
        line[colOf("deduct") - 1] = n.weight - n.score;
        line[colOf("dnote") - 1] = `${CONDITIONS[(r + n.weight) % CONDITIONS.length]}不到位，扣${n.weight - n.score}分`;
      }
      if (side) {
        // the group holding the items (a column's group: a label line across the table has its own side cell)
        const holder = path.length && !(spec.topAsRow && path[path.length - 1].node.level === 0) ? path[path.length - 1].node : null;
        if (groupSide && side.on === "groups" && holder) {
          if (!groupSideText.has(holder)) groupSideText.set(holder, sideText());
          // (on the first line of each of its segments: a page break inside the group starts another)
          if (open.get(holder)!.from === r || spec.fill === "filled") line[colOf("side") - 1] = groupSideText.get(holder)!;
        } else line[colOf("side") - 1] = itemSide();
      }
      add(line);
      leafRows.push({ node: n, row: r, k, letter, path: path.map((p) => p.node) });
      return;
    }
    if (n.level === 0 && spec.topAsRow) topRow(n, k);
    n.children.forEach((c, i) => walk(c, i + 1, [...path, { node: n, k }], n.level === 0 ? k : letter));
    close(n);
  };
  tree.forEach((n, i) => {
    if (i === 1 && spec.pageBreak === "header") header();
    walk(n, i + 1, [], i + 1);
  });
  const mainLeaves = leafRows.length;
  let totalRow = 0;
  const totalLine = () => {
    const line: Cellv[] = [spec.total];
    line[colOf("weight") - 1] = spec.pointsHead?.percent ? "100%" : 100;
    const scored = spec.scores === "filled";
    const scoreSum = leafRows.reduce((s, l) => s + (l.node.score ?? 0), 0);
    if (scored) line[colOf("score") - 1] = scoreSum;
    const scoreSum2 = leafRows.reduce((s, l) => s + (secondScore(l.node) ?? 0), 0);
    if (scored && nScoreCols > 1) line[colOf("score", 1) - 1] = scoreSum2;
    totalRow = add(line);
    // (the label across the columns left of the first value: the points, or scores left of them)
    const lastLabel = cols.findIndex((c) => c.role === "weight" || c.role === "score");
    merge(totalRow, 1, totalRow, lastLabel);
    slips.push({ kind: "total-weight", rules: ["weight-sum-mismatch", "total-mismatch"], edits: { [a1(totalRow, colOf("weight"))]: 95 }, cells: [a1(totalRow, colOf("weight"))] });
    if (scored) slips.push({ kind: "score-total", rules: ["total-mismatch"], edits: { [a1(totalRow, colOf("score"))]: scoreSum - 7 }, cells: [a1(totalRow, colOf("score"))] });
    if (scored && nScoreCols > 1) slips.push({ kind: "score-total-2", rules: ["total-mismatch"], edits: { [a1(totalRow, colOf("score", 1))]: scoreSum2 - 7 }, cells: [a1(totalRow, colOf("score", 1))] });
  };
  const totalLast = rnd() < 0.5;
  if (spec.total !== "none" && (!extraNode || !totalLast)) totalLine();
  if (extraNode) walk(extraNode, tree.length + 1, [], tree.length + 1);
  if (spec.total !== "none" && extraNode && totalLast) totalLine();
  if (spec.notes === "注" || spec.notes === "both") {
    noteLines([
      "注：1.考核结果分为优秀（90分及以上）、良好（80-89分）、合格（60-79分）、不合格（60分以下）四个等次。",
      ...(spec.extra !== "none" ? ["2." + (spec.extra === "扣分项" ? "扣分项不设上限。" : "加分项最高加5分。")] : []),
      ...(xrnd() < 0.5 ? [`${spec.extra !== "none" ? 3 : 2}.各项得分以考核组认定为准。`] : []),
    ]);
  }
  for (const s of spans) {
    if (spec.fill !== "merged" || s.to === s.from) continue;
    const lc = colOf("label", s.node.level);
    merge(s.from, lc, s.to, lc);
    const gc = colOf("gweight", s.node.level);
    if (gc) merge(s.from, gc, s.to, gc);
    if (groupSideText.has(s.node)) merge(s.from, colOf("side"), s.to, colOf("side"));
  }

  // slips
  const wc = colOf("weight");
  const main = leafRows.slice(0, mainLeaves);
  if (withPoints || inColumn || spec.total !== "none") {
    // an item's points raised by 2: its group's stated points (or the 100) no longer add up (with neither stated, the
    // sheet states no sum to break: lines under groups of other names than the evaluation framework's ask none)
    const x = main[Math.min(main.length - 1, Math.floor(main.length * 0.4))];
    const edits = spec.pointsInRule ? { [a1(x.row, colOf("rubric"))]: ruleText(x.node.rubric, x.node.weight! + 2) } : { [a1(x.row, wc)]: points(x.node.weight! + 2) };
    slips.push({ kind: "item-weight", rules: ["weight-sum-mismatch"], edits, cells: [] });
  }
  {
    // a group's stated points lowered by 3 (in its label or its column): found at that cell
    const g = groupCells.find((c) => !c.node.extra && c.node.level === 0 && (typeof c.label === "number" || withPoints));
    if (g && (withPoints || inColumn)) {
      const value = typeof g.label === "number" ? g.node.weight! - 3 : g.label.replace(pointsText(spec.pointStyle, g.node.weight!), pointsText(spec.pointStyle, g.node.weight! - 3));
      // where the points are stated twice (label and column, or a group filled down), change every copy
      const edits: Record<string, Cellv> = {};
      for (const c of groupCells.filter((c) => c.node === g.node && typeof c.label === typeof g.label)) edits[c.cell] = value;
      if (spec.fill === "filled") {
        // filled down: every line of the group repeats it
        const m = /^([A-Z]+)\d+$/.exec(g.cell)!;
        const ci = cols.findIndex((_, i) => a1(1, i + 1) === `${m[1]}1`);
        for (const l of main) if (l.path.includes(g.node) && rows[l.row - 1][ci] === g.label) edits[a1(l.row, ci + 1)] = value;
      }
      slips.push({ kind: "group-points", rules: ["weight-sum-mismatch"], edits, cells: Object.keys(edits) });
    }
  }
  if (spec.itemCode !== "none") {
    const third = main.find((l) => l.k === 3)!;
    const lc = colOf("label", leafLevel);
    slips.push({ kind: "code", rules: ["code-sequence"], edits: { [a1(third.row, lc)]: itemLabel(third.node, 4, third.letter) }, cells: [a1(third.row, lc)] });
  }
  if (spec.seq) {
    const x = main[Math.min(main.length - 1, 3)];
    const sc = colOf("seq");
    const v = rows[x.row - 1][sc - 1] as number;
    slips.push({ kind: "seq", rules: ["code-sequence"], edits: { [a1(x.row, sc)]: v + 1 }, cells: [a1(x.row, sc)] });
  }
  if (spec.scores === "filled") {
    const x = main[Math.min(main.length - 1, Math.floor(main.length * 0.6))];
    slips.push({ kind: "score-over", rules: ["score-exceeds-weight"], edits: { [a1(x.row, colOf("score"))]: x.node.weight! + 2 }, cells: [a1(x.row, colOf("score"))] });
    if (nScoreCols > 1) {
      const y = main[Math.min(main.length - 1, Math.floor(main.length * 0.3))];
      slips.push({ kind: "score-over-2", rules: ["score-exceeds-weight"], edits: { [a1(y.row, colOf("score", 1))]: y.node.weight! + 2 }, cells: [a1(y.row, colOf("score", 1))] });
    }
    if (spec.deductCols) {
      // a deduction that does not match its line: 得分 ≠ 分值 − 扣分
      const y = main[Math.min(main.length - 1, Math.floor(main.length * 0.5))];
      const d = y.node.weight! - y.node.score!;
      slips.push({ kind: "deduct", rules: ["total-mismatch"], edits: { [a1(y.row, colOf("deduct"))]: d + 1 }, cells: [a1(y.row, colOf("deduct")), a1(y.row, colOf("score"))] });
    }
  }
  {
    const x = main.find((l) => l.node.rubricSlip);
    if (x) slips.push({ kind: "rubric-award", rules: ["rubric-points-mismatch"], edits: { [a1(x.row, colOf("rubric"))]: ruleText(x.node.rubricSlip, x.node.weight) }, cells: [a1(x.row, colOf("rubric")), ...(wc ? [a1(x.row, wc)] : [])], severity: "info" });
  }

  const grid = (edits: Record<string, Cellv> = {}) => {
    const copy = rows.map((r) => r.slice());
    for (const [cell, v] of Object.entries(edits)) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      let c = 0;
      for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
      copy[Number(m[2]) - 1][c - 1] = v;
    }
    return Grid.fromValues(spec.sheetName, copy, spec.noMerges ? [] : merges);
  };
  return { spec, key: ruleSpecKey(spec), grid, slips };
}
