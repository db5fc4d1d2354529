/**
 * Generated scored indicator tables (项目支出绩效自评表 / 评价指标体系 / 部门整体支出绩效自评表) for
 * generated-indicator-tables.test.ts: a seeded PRNG picks one combination of layout choices, the builder writes a
 * consistent table (every sum, rate and grade right) and records the cells each injected error lands on.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { a1 } from "../../src/core/grid/a1";
import { mulberry32, sheetRows } from "../helpers";

export type FamilyKind = "project" | "system" | "dept";
export type GroupFill = "merged" | "repeated" | "blank";
export type TotalAt = "first" | "last" | "none";
export type Numbering = "一、" | "(一)" | "1." | "指标1" | "none";

export interface Spec {
  family: FamilyKind;
  /** 2–4 levels (一级/二级/三级/四级) */
  levels: number;
  /** group labels over their rows: merged down, repeated on every row, or written once with blanks below */
  fill: GroupFill;
  /** weights in a 分值 column, or in the labels ("培训人数(10分)") */
  weightsIn: "column" | "label";
  /** scores (and weights) at the leaves only, or a 分值/得分 pair beside every level */
  scoresAt: "leaves" | "every";
  total: TotalAt;
  numbering: Numbering;
  twoLineHeader: boolean;
  /** a title and a unit line above the table */
  titleLines: boolean;
  /** the budget block (年初预算数 … 执行率 | 得分) before the indicators (project and dept only) */
  budget: boolean;
  /** a grade line (评价等级 | 优) under the table (only with a total) */
  grade: boolean;
  /** header wordings: one per role, from wordings.json */
  words: Record<string, string>;
}

export type MutationKind = "weight" | "score-over" | "negative" | "blank-score" | "code" | "total" | "grade" | "exec-rate" | "missed-target";
export const RULE_OF: Record<MutationKind, string> = {
  weight: "weight-sum-mismatch",
  "score-over": "score-exceeds-weight",
  negative: "negative-score",
  "blank-score": "missing-score",
  code: "code-sequence",
  total: "total-mismatch",
  grade: "grade-mismatch",
  "exec-rate": "exec-rate-mismatch",
  "missed-target": "missing-reason",
};

/** One injected error of a generated sheet (each generator names its own kinds). */
export interface Mutation<K extends string = MutationKind> {
  kind: K;
  rule: string;
  /** A1 → new value */
  edits: Record<string, Cellv>;
  /** where the finding is expected (any of these cells) */
  cells: string[];
}

export interface Built {
  spec: Spec;
  key: string;
  grid: (edits?: Record<string, string | number | null>) => Grid;
  mutations: Mutation[];
}

// ---------------------------------------------------------------------------------------------------------
// Wordings

interface Wording { text: string }
const WORDINGS: Record<string, Wording[]> = JSON.parse(readFileSync(join(__dirname, "vocabulary-exchange", "wordings.json"), "utf8")).roles;
export const ROLES = ["level1", "level2", "level3", "targetValue", "actual", "weight", "score", "reason", "budgetInitial", "budgetAdjusted", "budgetExecuted", "budgetRate", "budgetWeight", "budgetScore", "total", "grade"] as const;
export const wordingsOf = (role: string): string[] => (WORDINGS[role] ?? []).map((w) => w.text);

// ---------------------------------------------------------------------------------------------------------
// Spec sampling

export function sampleSpec(rnd: () => number): Spec {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const family = pick(["project", "system", "dept"] as const);
  const words: Record<string, string> = {};
  for (const r of ROLES) words[r] = pick(wordingsOf(r));
  const total = pick(["first", "last", "none"] as const);
  return {
    family,
    levels: pick([2, 3, 3, 4]),
    fill: pick(["merged", "repeated", "blank"] as const),
    weightsIn: pick(["column", "column", "label"] as const),
    scoresAt: pick(["leaves", "leaves", "every"] as const),
    total,
    numbering: pick(["一、", "(一)", "1.", "指标1", "none"] as const),
    twoLineHeader: rnd() < 0.35,
    titleLines: rnd() < 0.7,
    budget: family !== "system" && rnd() < 0.5,
    grade: total !== "none" && rnd() < 0.5,
    words,
  };
}

export function specKey(s: Spec): string {
  return [
    s.family,
    `L${s.levels}`,
    s.fill,
    `w:${s.weightsIn}`,
    `s:${s.scoresAt}`,
    `total:${s.total}`,
    `num:${s.numbering}`,
    s.twoLineHeader ? "hdr2" : "hdr1",
    s.titleLines ? "title" : "notitle",
    s.budget ? "budget" : "nobudget",
    s.grade ? "grade" : "nograde",
  ].join("|");
}

// ---------------------------------------------------------------------------------------------------------
// The indicator tree

export interface Node {
  name: string;
  level: number; // 0-based
  children: Node[];
  weight: number;
  score: number;
  /** leaves: target / actual / deduction reason */
  target?: string;
  actual?: string;
  reason?: string;
  /** leaves with full score and a met numeric target: a missed target can be injected there */
  full?: boolean;
}

const L1_PROJECT = ["产出指标", "效益指标", "满意度指标"];
const L1_SYSTEM = ["决策", "过程", "产出", "效益"];
const L2_PROJECT: Record<string, string[]> = {
  产出指标: ["数量指标", "质量指标", "时效指标"],
  效益指标: ["社会效益指标", "经济效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
};
const L2_SYSTEM: Record<string, string[]> = {
  决策: ["项目立项", "绩效目标", "资金投入"],
  过程: ["资金管理", "组织实施"],
  产出: ["产出数量", "产出质量", "产出时效"],
  效益: ["项目效益", "满意度"],
};
const MID = ["工作任务", "重点工作", "日常管理", "专项工作", "保障措施", "制度建设"];
export const LEAVES: [string, number, string][] = [
  ["培训人数", 500, "人"],
  ["补助发放人次", 1200, "人次"],
  ["新建设施数量", 12, "个"],
  ["验收合格率", 95, "%"],
  ["按时完成率", 100, "%"],
  ["资金到位率", 100, "%"],
  ["带动就业人数", 80, "人"],
  ["政策知晓率", 90, "%"],
  ["设备完好率", 98, "%"],
  ["覆盖村数", 30, "个"],
  ["举办活动场次", 24, "场"],
  ["档案规范率", 95, "%"],
  ["受益群众人数", 3000, "人"],
  ["问题整改率", 100, "%"],
  ["信息公开率", 100, "%"],
  ["巡查次数", 52, "次"],
];

/** integer weights ≥ 2 adding to total, one per leaf, from the PRNG */
export function splitWeights(rnd: () => number, total: number, n: number): number[] {
  const base = Array(n).fill(2);
  for (let left = total - 2 * n; left > 0; left--) base[Math.floor(rnd() * n)]++;
  return base;
}

export function buildTree(spec: Spec, rnd: () => number): Node[] {
  const L = spec.levels;
  const pickN = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const leafPool = LEAVES.slice();
  const l1Names = spec.family === "system" ? L1_SYSTEM.slice(0, pickN(2, 4)) : L1_PROJECT;
  let midCount = 0;
  let first = true;
  const grow = (name: string, level: number, parentName: string): Node => {
    const node: Node = { name, level, children: [], weight: 0, score: 0 };
    if (level === L - 1) return node;
    // the first chain reaches a parent of three leaves (a code sequence to break); others have 1–3 children
    const isLeafParent = level === L - 2;
    const n = isLeafParent ? (first ? 3 : pickN(1, 3)) : first ? 1 + pickN(0, 1) : pickN(1, 2);
    for (let k = 0; k < n; k++) {
      let childName: string;
      if (level + 1 === L - 1) childName = leafPool.length ? leafPool.splice(Math.floor(rnd() * leafPool.length), 1)[0][0] : `其他指标${k + 1}`;
      else if (level === 0) {
        const pool = (spec.family === "system" ? L2_SYSTEM : L2_PROJECT)[name] ?? MID;
        childName = pool[k % pool.length] + (k >= pool.length ? String(k) : "");
      } else childName = MID[midCount++ % MID.length] + (midCount > MID.length ? String(midCount) : "");
      node.children.push(grow(childName, level + 1, name));
      if (isLeafParent) first = false;
    }
    void parentName;
    return node;
  };
  return l1Names.map((n) => grow(n, 0, ""));
}

export const leavesOf = (n: Node): Node[] => (n.children.length ? n.children.flatMap(leavesOf) : [n]);
function rollup(n: Node): void {
  if (!n.children.length) return;
  n.children.forEach(rollup);
  n.weight = n.children.reduce((s, c) => s + c.weight, 0);
  n.score = round2(n.children.reduce((s, c) => s + c.score, 0));
}
export const round1 = (x: number) => Math.round(x * 10) / 10;
export const round2 = (x: number) => Math.round(x * 100) / 100;

export function fillLeaves(spec: Spec, tree: Node[], rnd: () => number): void {
  const leaves = tree.flatMap(leavesOf);
  const weights = splitWeights(rnd, spec.budget ? 90 : 100, leaves.length);
  leaves.forEach((leaf, i) => {
    const entry = LEAVES.find((x) => x[0] === leaf.name) ?? ["", 10, "个"];
    const [, value, unit] = entry;
    leaf.weight = weights[i];
    const percent = unit === "%";
    leaf.target = percent ? `≥${value}%` : `≥${value}${unit}`;
    // about one leaf in four misses its target: a lower actual, a lower score and a reason
    const missed = rnd() < 0.25 && leaf.weight >= 3;
    if (missed) {
      const got = Math.round(value * 0.8);
      leaf.actual = percent ? `${got}%` : `${got}${unit}`;
      leaf.score = round2((leaf.weight * got) / value);
      leaf.reason = "受疫情影响，部分工作推迟，下年度加快进度";
    } else {
      leaf.actual = percent ? `${value}%` : `${value}${unit}`;
      leaf.score = leaf.weight;
      leaf.full = true;
    }
  });
  tree.forEach(rollup);
}

// ---------------------------------------------------------------------------------------------------------
// Layout

export type Cellv = string | number | null;
interface Col {
  role: string;
  /** the level a label/weight/score column belongs to (0-based), for "every" layouts */
  level?: number;
  head: string;
}

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
export function codeOf(style: Numbering, k: number): string {
  switch (style) {
    case "一、":
      return `${CN[k - 1]}、`;
    case "(一)":
      return `(${CN[k - 1]})`;
    case "1.":
      return `${k}.`;
    case "指标1":
      return `指标${k}:`;
    default:
      return "";
  }
}

const LEVEL_WORDS = ["level1", "level2", "level3"];
const FOURTH = "四级指标";

function columnsOf(spec: Spec): Col[] {
  const w = spec.words;
  const cols: Col[] = [];
  const heads = spec.levels === 2 ? [w.level1, w.level2] : spec.levels === 3 ? [w.level1, w.level2, w.level3] : [w.level1, w.level2, "三级指标", FOURTH];
  for (let l = 0; l < spec.levels; l++) {
    cols.push({ role: "label", level: l, head: heads[l] });
    if (spec.scoresAt === "every" && l < spec.levels - 1) {
      if (spec.weightsIn === "column") cols.push({ role: "weight", level: l, head: "分值" });
      cols.push({ role: "score", level: l, head: "得分" });
    }
  }
  const leaf = spec.levels - 1;
  if (spec.family !== "system") {
    cols.push({ role: "target", head: w.targetValue });
    cols.push({ role: "actual", head: w.actual });
  }
  if (spec.weightsIn === "column") cols.push({ role: "weight", level: leaf, head: spec.scoresAt === "every" ? "分值" : w.weight });
  if (spec.family === "system") cols.push({ role: "rubric", head: "评分标准" });
  cols.push({ role: "score", level: leaf, head: spec.scoresAt === "every" ? "得分" : w.score });
  if (spec.family !== "system") cols.push({ role: "reason", head: w.reason });
  return cols;
}

const TITLES: Record<FamilyKind, string> = {
  project: "项目支出绩效自评表",
  system: "项目支出绩效评价指标体系及评分标准",
  dept: "部门整体支出绩效自评表",
};

export const GRADE_OF = (t: number) => (t >= 90 ? "优" : t >= 80 ? "良" : t >= 60 ? "中" : "差");
export const WRONG_GRADE: Record<string, string> = { 优: "中", 良: "差", 中: "优", 差: "良" };

export function build(spec: Spec, seed: number): Built {
  const rnd = mulberry32(seed * 7919 + 17);
  const tree = buildTree(spec, rnd);
  fillLeaves(spec, tree, rnd);
  const cols = columnsOf(spec);
  const width = Math.max(cols.length, spec.budget ? 8 : 0);
  const { rows, merges, add, merge } = sheetRows(width);
  const mutations: Mutation[] = [];

  if (spec.titleLines) {
    merge(add([TITLES[spec.family]]), 1, rows.length, width);
    add(["填报单位:某某县农业农村局", null, null, null, "单位:万元"]);
  } else add([TITLES[spec.family]]);
  if (spec.family !== "system") add(["项目名称", "某某项目"]);

  // the budget block
  let budgetScore = 0;
  if (spec.budget) {
    const w = spec.words;
    const h = add(["项目资金(万元)", null, w.budgetInitial, w.budgetAdjusted, w.budgetExecuted, w.budgetWeight, w.budgetRate, w.budgetScore]);
    const plan = 120;
    const done = 114;
    const rate = done / plan; // 95%
    budgetScore = round1(10 * rate);
    const total = add(["年度资金总额", null, 100, plan, done, 10, "95.00%", budgetScore]);
    add(["其中:财政拨款", null, 100, plan, done, null, "95.00%", null]);
    add(["其他资金", null, null, null, null, null, null, null]);
    merge(h, 1, h, 2);
    for (let r = total; r <= total + 2; r++) merge(r, 1, r, 2);
    mutations.push({ kind: "exec-rate", rule: RULE_OF["exec-rate"], edits: { [a1(total, 7)]: "87.50%" }, cells: [a1(total, 7)] });
  }

  // the header
  const col = (role: string, level?: number) => cols.findIndex((c) => c.role === role && (level === undefined || c.level === level)) + 1;
  const leafLevel = spec.levels - 1;
  let headerTop: number;
  if (spec.twoLineHeader) {
    const top: Cellv[] = cols.map((c) => (c.role === "label" && c.level === 0 ? "绩效指标" : c.role === "label" ? null : c.head));
    headerTop = add(top);
    const second = add(cols.map((c) => (c.role === "label" ? c.head : null)));
    const labels = cols.map((c, i) => (c.role === "label" ? i + 1 : 0)).filter(Boolean);
    // 绩效指标 over the level columns when they are side by side; every other heading merged down both lines
    const adjacent = labels[labels.length - 1] - labels[0] === labels.length - 1;
    if (adjacent) merge(headerTop, labels[0], headerTop, labels[labels.length - 1]);
    cols.forEach((c, i) => {
      if (c.role === "label" && !adjacent) {
        rows[headerTop - 1][i] = c.head;
        rows[second - 1][i] = null;
      }
      if (c.role !== "label" || !adjacent) merge(headerTop, i + 1, second, i + 1);
    });
  } else headerTop = add(cols.map((c) => c.head));
  void headerTop;

  const totalScore = round2(tree.reduce((s, n) => s + n.score, 0) + budgetScore);
  const totalWeight = 100;
  const totalLine = (): number => {
    const line: Cellv[] = [];
    line[0] = spec.words.total;
    const wc = col("weight", leafLevel);
    if (wc) line[wc - 1] = totalWeight;
    line[col("score", leafLevel) - 1] = totalScore;
    const r = add(line);
    mutations.push({ kind: "total", rule: RULE_OF.total, edits: { [a1(r, col("score", leafLevel))]: round1(totalScore - 5) }, cells: [a1(r, col("score", leafLevel))] });
    return r;
  };
  let totalRow = 0;
  if (spec.total === "first") totalRow = totalLine();

  // the indicator rows, depth first; a group's label on its first row
  const labelOf = (n: Node, k: number) => {
    const code = n.level === leafLevel ? codeOf(spec.numbering, k) : "";
    return code + n.name + (spec.weightsIn === "label" ? `(${n.weight}分)` : "");
  };
  const leafRows: { node: Node; row: number; parentRows: { node: Node; row: number }[]; k: number }[] = [];
  const spans: { node: Node; from: number; to: number }[] = [];
  const walk = (n: Node, k: number, path: { node: Node; row: number }[]) => {
    if (!n.children.length) {
      const line: Cellv[] = [];
      for (const p of path) {
        line[col("label", p.node.level) - 1] = p.row === rows.length + 1 || spec.fill === "repeated" ? labelOf(p.node, 0) : null;
        if (spec.scoresAt === "every" && (p.row === rows.length + 1 || spec.fill === "repeated")) {
          const wc = col("weight", p.node.level);
          if (wc && (p.row === rows.length + 1)) line[wc - 1] = p.node.weight;
          if (p.row === rows.length + 1) line[col("score", p.node.level) - 1] = p.node.score;
        }
      }
      line[col("label", leafLevel) - 1] = labelOf(n, k);
      if (spec.family !== "system") {
        line[col("target") - 1] = n.target ?? null;
        line[col("actual") - 1] = n.actual ?? null;
        line[col("reason") - 1] = n.reason ?? null;
      } else line[col("rubric") - 1] = "完成得满分，每降低1%扣0.5分";
      const wc = col("weight", leafLevel);
      if (wc) line[wc - 1] = n.weight;
      line[col("score", leafLevel) - 1] = n.score;
      const r = add(line);
      leafRows.push({ node: n, row: r, parentRows: path.slice(), k });
      return;
    }
    const from = rows.length + 1;
    const here = { node: n, row: from };
    n.children.forEach((c, i) => walk(c, i + 1, [...path, here]));
    spans.push({ node: n, from, to: rows.length });
  };
  tree.forEach((n, i) => walk(n, i + 1, []));
  for (const s of spans) {
    if (spec.fill !== "merged" || s.to === s.from) continue;
    merge(s.from, col("label", s.node.level), s.to, col("label", s.node.level));
    if (spec.scoresAt === "every") {
      const wc = col("weight", s.node.level);
      if (wc) merge(s.from, wc, s.to, wc);
      merge(s.from, col("score", s.node.level), s.to, col("score", s.node.level));
    }
  }
  if (spec.total === "last") totalRow = totalLine();
  let gradeRow = 0;
  if (spec.grade && totalRow) {
    gradeRow = add([spec.words.grade, GRADE_OF(totalScore)]);
    mutations.push({ kind: "grade", rule: RULE_OF.grade, edits: { [a1(gradeRow, 2)]: WRONG_GRADE[GRADE_OF(totalScore)] }, cells: [a1(gradeRow, 2)] });
  }

  // leaf mutations, at leaves of the middle of the table (as the hidden mutants pick them)
  const at = (k: number) => leafRows[Math.min(leafRows.length - 1, Math.floor(leafRows.length * k))];
  const sc = col("score", leafLevel);
  const wcol = col("weight", leafLevel);
  const labelCol = col("label", leafLevel);
  {
    const x = at(0.5);
    const over = x.node.weight + Math.max(1, Math.round(x.node.weight * 0.2));
    mutations.push({ kind: "score-over", rule: RULE_OF["score-over"], edits: { [a1(x.row, sc)]: over }, cells: [a1(x.row, sc)] });
    const n = at(0.67);
    mutations.push({ kind: "negative", rule: RULE_OF.negative, edits: { [a1(n.row, sc)]: -1 }, cells: [a1(n.row, sc)] });
    const b = at(0.34);
    mutations.push({ kind: "blank-score", rule: RULE_OF["blank-score"], edits: { [a1(b.row, sc)]: null }, cells: [a1(b.row, sc)] });
  }
  {
    // a weight raised by 3: its parent's (or the total's) weights no longer add up
    const x = at(0.25);
    const cell = wcol ? a1(x.row, wcol) : a1(x.row, labelCol);
    const value = wcol ? x.node.weight + 3 : codeOf(spec.numbering, x.k) + x.node.name + `(${x.node.weight + 3}分)`;
    mutations.push({ kind: "weight", rule: RULE_OF.weight, edits: { [cell]: value }, cells: [] });
  }
  if (spec.numbering !== "none") {
    // the third sibling numbered as the fourth (1, 2, 4)
    const third = leafRows.find((l) => l.k === 3);
    if (third) mutations.push({ kind: "code", rule: RULE_OF.code, edits: { [a1(third.row, labelCol)]: labelOf(third.node, 4) }, cells: [a1(third.row, labelCol)] });
  }
  if (spec.family !== "system") {
    // a target missed with no reason: actual and score lowered (the sums above it lowered too), the reason left empty
    const x = leafRows.find((l) => l.node.full && l.node.weight >= 3);
    if (x) {
      const entry = LEAVES.find((e) => e[0] === x.node.name) ?? ["", 10, "个"];
      const got = Math.round(entry[1] * 0.8);
      const ns = round2((x.node.weight * got) / entry[1]);
      const d = round2(x.node.weight - ns);
      const edits: Record<string, Cellv> = { [a1(x.row, col("actual"))]: entry[2] === "%" ? `${got}%` : `${got}${entry[2]}`, [a1(x.row, sc)]: ns };
      if (spec.scoresAt === "every") for (const p of x.parentRows) edits[a1(p.row, col("score", p.node.level))] = round2(p.node.score - d);
      if (totalRow) edits[a1(totalRow, sc)] = round2(totalScore - d);
      if (gradeRow && GRADE_OF(totalScore - d) !== GRADE_OF(totalScore)) edits[a1(gradeRow, 2)] = GRADE_OF(totalScore - d);
      mutations.push({ kind: "missed-target", rule: RULE_OF["missed-target"], edits, cells: [a1(x.row, col("reason"))] });
    }
  }

  const grid = (edits: Record<string, Cellv> = {}) => {
    const copy = rows.map((r) => r.slice());
    for (const [cell, v] of Object.entries(edits)) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      let c = 0;
      for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
      copy[Number(m[2]) - 1][c - 1] = v;
    }
    return Grid.fromValues("Sheet1", copy, merges);
  };
  return { spec, key: specKey(spec), grid, mutations };
}

export { LEVEL_WORDS };
