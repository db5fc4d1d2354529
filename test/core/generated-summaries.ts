/**
 * Generated evaluation sheets for generated-summaries.test.ts: 评分细则/评分标准 tables (one criterion per row, no
 * 一级/二级/三级 headers), 部门整体支出绩效评价指标表 with 分值/得分 at every level, and evaluation summaries (概要表).
 * A seeded PRNG picks one combination of layout choices; the builder writes a consistent sheet (every sum, ratio
 * and grade right) and records the cells each injected error lands on. Grades are stated in a line above the table,
 * beside the total, or under it, in one of three grade vocabularies, under bands the sheet prints or not.
 */
import { Grid } from "../../src/core/grid/grid";
import { a1, parseA1 } from "../../src/core/grid/a1";
import { mulberry32 } from "../helpers";
import type { Cellv, Mutation as GeneratedMutation } from "./generated-indicator-tables";
import { afterCover, allUnmerged, emptyColumnAfter, id, Move, moved, numbersAsText, traditional } from "./metamorphic";

export type SheetKind = "rubric" | "dept" | "summary";
/** 优/良/中/差, 优秀/良好/合格/不合格, A/B/C/D (the letters only where the sheet prints its bands) */
export type Scheme = "plain" | "long" | "letters";
/** where the grade is stated: a line above the table, on the total's line, under the table, or nowhere */
export type GradeAt = "header" | "beside" | "under" | "none";

export interface Spec {
  kind: SheetKind;
  scheme: Scheme;
  gradeAt: GradeAt;
  /** the band thresholds of 优/良/中 (printed only when `printed`) */
  bands: [number, number, number];
  printed: boolean;
  /** rubric: the header's columns */
  rubricHeader: "序号|评价内容|评价要点|评分标准|分值|得分" | "目标名称|评分标准|分值|得分" | "评价内容|评分标准|分值|得分";
  /** rubric: sections as centred lines "一、决策(20分)" merged across, written in the first cell, or none */
  sections: "merged" | "first-cell" | "none";
  /** rubric: criteria numbered in a 序号 column / in the text ("1.") / not numbered; per section or running */
  numbering: "column" | "text" | "none";
  runningNumbers: boolean;
  /** dept: group labels merged down or written once with blanks below */
  fill: "merged" | "blank";
  /** summary: the result in one cell or as label | value cells; the unit's 自评 line; 复核; 抽查; a short score table */
  resultInOneCell: boolean;
  /** summary: the result's form: one cell "评价分值:86.5分 评价等级:良", label | value cells, two text cells
   *  ("评价分值:86.5分" | "评价等级:良"), a 评价结论 sentence ("经综合评价，该项目得分86.5分，评价等级为良。") */
  resultForm: "one-cell" | "cells" | "two-texts" | "sentence" | "below";
  reviewLine: boolean;
  projectCounts: boolean;
  /** rubric: sections' points in the label "一、决策(20分)" or in the 分值/得分 columns of the section line */
  sectionPoints: "label" | "columns";
  /** rubric: the grade beside the total as one text "等级：良" or as 等级 | 良 cells; under the table as cells or a sentence */
  besideForm: "text" | "cells";
  underForm: "cells" | "sentence";
  /** the 分值 and 得分 headings as written */
  weightWord: string;
  scoreWord: string;
  selfLine: boolean;
  shareLine: boolean;
  sampleSentence: boolean;
  scoreTable: boolean;
}

export type MutationKind = "grade" | "score-over" | "section-weight" | "total" | "level-score" | "ratio" | "sample-ratio" | "code";
export const RULE_OF: Record<MutationKind, string> = {
  grade: "grade-mismatch",
  "score-over": "score-exceeds-weight",
  "section-weight": "weight-sum-mismatch",
  total: "total-mismatch",
  "level-score": "total-mismatch",
  ratio: "ratio-mismatch",
  "sample-ratio": "ratio-mismatch",
  code: "code-sequence",
};

/** (cells empty: any new finding of the rule is the one expected) */
export interface Mutation extends GeneratedMutation<MutationKind> {
  /** grade mutations: the severity expected (error under printed bands; info or error under assumed ones) */
  printed?: boolean;
}

export interface Built {
  spec: Spec;
  key: string;
  grid: (edits?: Record<string, Cellv>) => Grid;
  mutations: Mutation[];
}

const pickOf = (rnd: () => number) => <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

export function sampleSpec(rnd: () => number): Spec {
  const pick = pickOf(rnd);
  const kind = pick(["rubric", "rubric", "dept", "summary", "summary"] as const);
  const scheme = pick(["plain", "plain", "long", "letters"] as const);
  const spec: Spec = {
    kind,
    scheme,
    gradeAt: kind === "summary" ? "header" : pick(["header", "beside", "under", "under", "none"] as const),
    bands: [90, 80, 60],
    printed: scheme === "letters" || rnd() < 0.5,
    rubricHeader: pick(["序号|评价内容|评价要点|评分标准|分值|得分", "目标名称|评分标准|分值|得分", "评价内容|评分标准|分值|得分"] as const),
    sections: pick(["merged", "merged", "first-cell", "none"] as const),
    numbering: pick(["column", "text", "none"] as const),
    runningNumbers: rnd() < 0.5,
    fill: pick(["merged", "blank"] as const),
    resultInOneCell: rnd() < 0.5,
    selfLine: rnd() < 0.5,
    shareLine: rnd() < 0.6,
    sampleSentence: rnd() < 0.6,
    scoreTable: rnd() < 0.5,
    resultForm: "cells",
    reviewLine: false,
    projectCounts: false,
    sectionPoints: "label",
    besideForm: "text",
    underForm: "cells",
    weightWord: "分值",
    scoreWord: "得分",
  };
  // bands of the sheet's own where it prints them; else the national ones (a grade the reader can check)
  if (spec.printed) spec.bands = pick([[90, 80, 60], [85, 75, 60], [90, 75, 60]] as [number, number, number][]);
  spec.resultForm = spec.resultInOneCell ? pick(["one-cell", "sentence"] as const) : pick(["cells", "two-texts", "below"] as const);
  spec.reviewLine = rnd() < 0.4;
  spec.projectCounts = rnd() < 0.4;
  spec.sectionPoints = rnd() < 0.7 ? "label" : "columns";
  spec.besideForm = rnd() < 0.5 ? "text" : "cells";
  spec.underForm = rnd() < 0.6 ? "cells" : "sentence";
  spec.weightWord = pick(["分值", "分值", "标准分", "满分", "权重", "分数"]);
  spec.scoreWord = pick(["得分", "得分", "评分", "自评得分", "评价得分", "实际得分"]);
  return spec;
}

export function specKey(s: Spec): string {
  const common = [s.kind, s.scheme, `grade:${s.gradeAt}`, `bands:${s.bands.join("/")}${s.printed ? "printed" : "assumed"}`];
  if (s.kind !== "summary" && (s.weightWord !== "分值" || s.scoreWord !== "得分")) common.push(`${s.weightWord}.${s.scoreWord}`);
  if (s.kind === "rubric")
    common.push(
      s.rubricHeader.replace(/\|/g, "."),
      `sec:${s.sections}${s.sections !== "none" && s.sectionPoints === "columns" ? "-cols" : ""}`,
      `num:${s.numbering}${s.runningNumbers ? "-run" : ""}`,
      s.gradeAt === "beside" ? `beside:${s.besideForm}` : s.gradeAt === "under" ? `under:${s.underForm}` : "",
    );
  if (s.kind === "dept") common.push(s.fill);
  if (s.kind === "summary") common.push(s.resultForm, s.reviewLine ? "review" : "", s.projectCounts ? "counts" : "", s.selfLine ? "self" : "", s.shareLine ? "share" : "", s.sampleSentence ? "sample" : "", s.scoreTable ? "table" : "");
  return common.filter(Boolean).join("|");
}

// ---------------------------------------------------------------------------------------------------------
// Grades

const WORDS: Record<Scheme, [string, string, string, string]> = {
  plain: ["优", "良", "中", "差"],
  long: ["优秀", "良好", "合格", "不合格"],
  letters: ["A", "B", "C", "D"],
};
export function gradeOf(spec: Spec, total: number): string {
  const [a, b, c] = spec.bands;
  const w = WORDS[spec.scheme];
  return total >= a ? w[0] : total >= b ? w[1] : total >= c ? w[2] : w[3];
}
/**
 * A grade one band off: under printed bands the next band down (the lowest: one up); under assumed ones the next
 * band up (the best: one down), which some regions' bands may give (85 is 优 where 优 starts at 80: info, not error).
 */
function offGrade(spec: Spec, total: number): string {
  const w = WORDS[spec.scheme];
  const k = w.indexOf(gradeOf(spec, total));
  if (!spec.printed) return w[k === 0 ? 1 : k - 1];
  return w[k === 3 ? 2 : k + 1];
}
function bandsNote(spec: Spec): string {
  const [a, b, c] = spec.bands;
  const w = WORDS[spec.scheme];
  return `注：评价等级分为${w.join("、")}四档：${a}分（含）以上为${w[0]}，${b}（含）-${a}分为${w[1]}，${c}（含）-${b}分为${w[2]}，${c}分以下为${w[3]}。`;
}

// ---------------------------------------------------------------------------------------------------------
// Content

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** integer weights ≥ 2 adding to total */
function split(rnd: () => number, total: number, n: number): number[] {
  const base = Array(n).fill(2);
  for (let left = total - 2 * n; left > 0; left--) base[Math.floor(rnd() * n)]++;
  return base;
}
/** a score at or under the weight, in halves: the weight, or down by 0.5–2 points */
function scoreFor(rnd: () => number, w: number): number {
  const r = rnd();
  if (r < 0.55) return w;
  return Math.max(0, w - 0.5 * (1 + Math.floor(rnd() * 4)));
}

const SECTIONS: [string, [string, string, string][]][] = [
  ["决策", [["项目立项", "立项依据充分性", "项目立项符合国家法律法规、国民经济发展规划和相关政策，得满分；否则酌情扣分"], ["绩效目标", "绩效目标合理性", "项目有绩效目标且与实际工作内容相关，得满分；每有一项不符扣1分"], ["资金投入", "预算编制科学性", "预算编制经过科学论证，内容与项目内容匹配，得满分；否则扣分"], ["资金投入", "资金分配合理性", "资金分配依据充分，额度与项目地方实际相适应，得满分"]]],
  ["过程", [["资金管理", "资金到位率", "资金到位率=实际到位资金/预算资金×100%，按比例得分"], ["资金管理", "预算执行率", "预算执行率=实际支出资金/实际到位资金×100%，按比例得分"], ["组织实施", "管理制度健全性", "已制定相应的项目管理制度且合法合规，得满分"], ["组织实施", "制度执行有效性", "遵守相关法律法规和管理规定，项目调整履行审批手续，得满分"]]],
  ["产出", [["产出数量", "实际完成率", "按实际完成数/计划数计算得分"], ["产出质量", "质量达标率", "质量达标率100%得满分，每降低1%扣0.5分"], ["产出时效", "完成及时性", "按计划时间完成得满分，每延迟一个月扣1分"], ["产出成本", "成本节约率", "实际成本不超过计划成本得满分"]]],
  ["效益", [["项目效益", "社会效益", "项目实施对社会发展产生的直接或间接影响，酌情得分"], ["项目效益", "可持续影响", "项目后续运行及成效发挥的可持续性，酌情得分"], ["满意度", "服务对象满意度", "满意度90%以上得满分，每降低1%扣0.5分"]]],
];
const SECTION_WEIGHTS: number[][] = [[20, 20, 40, 20], [15, 25, 30, 30], [20, 20, 30, 30], [10, 20, 40, 30]];

// 部门整体: 一级 → 二级 → 三级 names
const DEPT: [string, [string, string[]][]][] = [
  ["部门决策", [["目标设定", ["绩效目标合理性", "绩效指标明确性"]], ["预算配置", ["在职人员控制率", "三公经费变动率", "重点支出安排率"]]]],
  ["部门管理", [["资金管理", ["预算执行率", "公用经费控制率", "政府采购执行率"]], ["资产管理", ["管理制度健全性", "资产管理安全性"]], ["人员管理", ["财政供养人员控制率"]]]],
  ["部门产出", [["职责履行", ["重点工作完成率", "实际完成率", "完成及时率"]]]],
  ["部门效益", [["履职效益", ["社会效益", "可持续影响"]], ["满意度", ["服务对象满意度"]]]],
];

// ---------------------------------------------------------------------------------------------------------
// Sheet writers

class Sheet {
  rows: Cellv[][] = [];
  merges: string[] = [];
  constructor(public width: number) {}
  add(cells: Cellv[]): number {
    const r: Cellv[] = [];
    for (let c = 0; c < this.width; c++) r.push(cells[c] ?? null);
    this.rows.push(r);
    return this.rows.length;
  }
  merge(r1: number, c1: number, r2: number, c2: number) {
    if (r1 !== r2 || c1 !== c2) this.merges.push(`${a1(r1, c1)}:${a1(r2, c2)}`);
  }
  grid(name: string) {
    return (edits: Record<string, Cellv> = {}) => {
      const copy = this.rows.map((r) => r.slice());
      for (const [cell, v] of Object.entries(edits)) {
        const p = parseA1(cell);
        copy[p.row - 1][p.col - 1] = v;
      }
      return Grid.fromValues(name, copy, this.merges);
    };
  }
}

/** a closing sentence stating the grade (with its score or not: a grade under the table with none grades the total) */
const CLOSING_SENTENCES: ((total: number, g: string) => string)[] = [
  (total, g) => `经综合评价，该项目得分${total}分，评价等级为${g}。`,
  (total, g) => `该项目综合得分${total}分，属于${g}等级。`,
  (total, g) => `评价结果：${total}分，${g}`,
  (_total, g) => `综上，项目综合评价为${g}。`,
];

/** the grade line's forms: above the table ("自评得分:86.5分 评价等级:良"), under it (评价等级 | 良) */
function gradeMutation(spec: Spec, cell: string, total: number, text: (grade: string) => string = (g) => g): Mutation {
  return { kind: "grade", rule: RULE_OF.grade, edits: { [cell]: text(offGrade(spec, total)) }, cells: [cell], printed: spec.printed };
}

function buildRubric(spec: Spec, rnd: () => number): { sheet: Sheet; mutations: Mutation[] } {
  const pick = pickOf(rnd);
  const heads = spec.rubricHeader.split("|");
  const withSerial = heads[0] === "序号";
  // a 序号 column only with numbering in a column; the text numbering goes into the content
  const numbering = spec.numbering === "column" && !withSerial ? "text" : spec.numbering;
  const cols = heads.filter((h) => h !== "序号" || numbering === "column");
  const W = cols.length;
  const ci = (h: string) => cols.indexOf(h) + 1;
  const cContent = ci(cols.includes("评价内容") ? "评价内容" : "目标名称");
  const cRule = ci("评分标准");
  const cPoint = ci("评价要点");
  const cWeight = ci("分值");
  const cScore = ci("得分");
  const sheet = new Sheet(W);
  const mutations: Mutation[] = [];
  const nSec = 2 + Math.floor(rnd() * 3); // 2–4 sections
  const secs = SECTIONS.slice(0, nSec);
  const secWeights = nSec === 4 ? pick(SECTION_WEIGHTS) : split(rnd, 100, nSec).map((x) => x);
  // the criteria, weights and scores
  const plan = secs.map(([name, items], s) => {
    const n = 2 + Math.floor(rnd() * (items.length - 1));
    const ws = split(rnd, secWeights[s], n);
    return { name, weight: secWeights[s], items: items.slice(0, n).map((it, k) => ({ it, weight: ws[k], score: scoreFor(rnd, ws[k]) })) };
  });
  const total = round2(plan.reduce((s, p) => s + p.items.reduce((t, i) => t + i.score, 0), 0));
  const grade = gradeOf(spec, total);
  const title = pick(["某县2023年农村公路养护项目绩效评价评分细则", "项目支出绩效评价评分标准", "2023年度某专项资金绩效评价评分细则表"]);
  sheet.merge(sheet.add([title]), 1, 1, W);
  let gradeCell = "";
  let gradeText = (g: string) => g;
  if (spec.gradeAt === "header") {
    const r = sheet.add([`评价得分：${total}分`, null, `评价等级：${grade}`]);
    gradeCell = a1(r, 3);
    gradeText = (g) => `评价等级：${g}`;
  }
  sheet.add(cols.map((h) => (h === "分值" ? spec.weightWord : h === "得分" ? spec.scoreWord : h)));
  let n = 0;
  const criteriaRows: { row: number; k: number; weight: number; score: number }[] = [];
  plan.forEach((p, s) => {
    if (spec.sections !== "none" && spec.sectionPoints === "columns") {
      // the section line's own 分值 and 得分: "一、决策 | | 20 | 18"
      // (its label in the name column: the 序号 cell left blank)
      const line: Cellv[] = [];
      line[spec.sections === "merged" ? 0 : cContent - 1] = `${CN[s]}、${p.name}`;
      line[cWeight - 1] = p.weight;
      line[cScore - 1] = round2(p.items.reduce((t, i) => t + i.score, 0));
      const r = sheet.add(line);
      if (spec.sections === "merged" && cWeight > 2) sheet.merge(r, 1, r, cWeight - 1);
      mutations.push({ kind: "section-weight", rule: RULE_OF["section-weight"], edits: { [a1(r, cWeight)]: p.weight + 5 }, cells: [] });
    } else if (spec.sections !== "none") {
      const r = sheet.add([`${CN[s]}、${p.name}(${p.weight}分)`]);
      if (spec.sections === "merged") sheet.merge(r, 1, r, W);
      mutations.push({ kind: "section-weight", rule: RULE_OF["section-weight"], edits: { [a1(r, 1)]: `${CN[s]}、${p.name}(${p.weight + 5}分)` }, cells: [] });
    }
    if (!spec.runningNumbers) n = 0;
    p.items.forEach((i) => {
      n++;
      const line: Cellv[] = [];
      const name = cPoint ? i.it[0] : i.it[1];
      line[cContent - 1] = numbering === "text" ? `${n}.${name}` : name;
      if (numbering === "column") line[0] = n;
      if (cPoint) line[cPoint - 1] = i.it[1];
      line[cRule - 1] = i.it[2];
      line[cWeight - 1] = i.weight;
      line[cScore - 1] = i.score;
      criteriaRows.push({ row: sheet.add(line), k: n, weight: i.weight, score: i.score });
    });
  });
  const totalLine: Cellv[] = ["合计"];
  totalLine[cWeight - 1] = 100;
  totalLine[cScore - 1] = total;
  const tr = sheet.add(totalLine);
  if (cWeight > 2) sheet.merge(tr, 1, tr, cWeight - 1);
  mutations.push({ kind: "total", rule: RULE_OF.total, edits: { [a1(tr, cScore)]: round2(total - 4) }, cells: [a1(tr, cScore)] });
  if (spec.gradeAt === "beside") {
    // the total's line carries the grade: 合计 | … | 100 | 86.5 | 等级:良 one column further (the sheet one wider)
    sheet.width = W + 1;
    sheet.rows = sheet.rows.map((r) => (r.length < W + 1 ? [...r, null] : r));
    if (spec.besideForm === "text") {
      sheet.rows[tr - 1][W] = `等级：${grade}`;
      gradeCell = a1(tr, W + 1);
      gradeText = (g) => `等级：${g}`;
    } else {
      // 合计 | … | 100 | 86.5 | 等级 | 良: two columns further
      sheet.width = W + 2;
      sheet.rows = sheet.rows.map((r) => (r.length < W + 2 ? [...r, null] : r));
      sheet.rows[tr - 1][W] = "等级";
      sheet.rows[tr - 1][W + 1] = grade;
      gradeCell = a1(tr, W + 2);
    }
  }
  if (spec.gradeAt === "under" && spec.underForm === "sentence") {
    // the sentence's shape by the total (no draw: the cases' other choices stay as they were)
    const sentence = CLOSING_SENTENCES[Math.round(total * 10) % CLOSING_SENTENCES.length];
    const r = sheet.add([sentence(total, grade)]);
    sheet.merge(r, 1, r, W);
    gradeCell = a1(r, 1);
    gradeText = (g) => sentence(total, g);
  } else if (spec.gradeAt === "under") {
    const r = sheet.add([pick(["评价等级", "自评等级", "评价结论"]), grade]);
    gradeCell = a1(r, 2);
  }
  if (spec.printed) sheet.merge(sheet.add([bandsNote(spec)]), 1, sheet.rows.length, W);
  if (gradeCell) mutations.push(gradeMutation(spec, gradeCell, total, gradeText));
  const x = criteriaRows[Math.floor(criteriaRows.length / 2)];
  mutations.push({ kind: "score-over", rule: RULE_OF["score-over"], edits: { [a1(x.row, cScore)]: x.weight + 2 }, cells: [a1(x.row, cScore)] });
  if (numbering !== "none") {
    // a skipped number: the third criterion numbered 4, and those after it in its sequence moved up by one
    const i3 = criteriaRows.findIndex((c) => c.k === 3);
    if (i3 >= 0) {
      const edits: Record<string, Cellv> = {};
      for (let i = i3; i < criteriaRows.length && criteriaRows[i].k >= 3; i++) {
        const c = criteriaRows[i];
        if (numbering === "column") edits[a1(c.row, 1)] = c.k + 1;
        else edits[a1(c.row, cContent)] = (sheet.rows[c.row - 1][cContent - 1] as string).replace(/^\d+\./, `${c.k + 1}.`);
      }
      const cell = a1(criteriaRows[i3].row, numbering === "column" ? 1 : cContent);
      mutations.push({ kind: "code", rule: RULE_OF.code, edits, cells: [cell] });
    }
  }
  return { sheet, mutations };
}

function buildDept(spec: Spec, rnd: () => number): { sheet: Sheet; mutations: Mutation[] } {
  const cols = ["一级指标", "分值", "得分", "二级指标", "分值", "得分", "三级指标", "分值", "得分", "评分标准"].map((h) => (h === "分值" ? spec.weightWord : h === "得分" ? spec.scoreWord : h));
  const W = cols.length;
  const sheet = new Sheet(W);
  const mutations: Mutation[] = [];
  const l1w = pickOf(rnd)(SECTION_WEIGHTS);
  type N = { name: string; weight: number; score: number; children: N[] };
  const tree: N[] = DEPT.map(([n1, l2], i) => {
    // the leaves' weights split the 一级's; the 二级's are their sums
    const ws = split(rnd, l1w[i], l2.reduce((a, [, l3]) => a + l3.length, 0));
    const kids = l2.map(([n2, l3]) => {
      const leaves = l3.map((n3) => {
        const w = ws.shift()!;
        return { name: n3, weight: w, score: scoreFor(rnd, w), children: [] };
      });
      return { name: n2, weight: leaves.reduce((a, b) => a + b.weight, 0), score: round2(leaves.reduce((a, b) => a + b.score, 0)), children: leaves };
    });
    return { name: n1, weight: l1w[i], score: round2(kids.reduce((a, b) => a + b.score, 0)), children: kids };
  });
  const weightTotal = tree.reduce((a, b) => a + b.weight, 0);
  const total = round2(tree.reduce((a, b) => a + b.score, 0));
  const grade = gradeOf(spec, total);
  sheet.merge(sheet.add(["2023年度某县教育局部门整体支出绩效评价指标表"]), 1, 1, W);
  let gradeCell = "";
  let gradeText = (g: string) => g;
  if (spec.gradeAt === "header") {
    const r = sheet.add([`自评得分：${total}分`, null, null, `自评等级：${grade}`]);
    gradeCell = a1(r, 4);
    gradeText = (g) => `自评等级：${g}`;
  }
  sheet.add(cols);
  const leafRows: { row: number; weight: number }[] = [];
  for (const l1 of tree) {
    const from1 = sheet.rows.length + 1;
    for (const l2 of l1.children) {
      const from2 = sheet.rows.length + 1;
      for (const l3 of l2.children) {
        const line: Cellv[] = [null, null, null, null, null, null, l3.name, l3.weight, l3.score, "按完成情况计分，未完成的按比例扣分"];
        const row = sheet.add(line);
        if (row === from1) Object.assign(line, [l1.name, l1.weight, l1.score]);
        if (row === from2) {
          line[3] = l2.name;
          line[4] = l2.weight;
          line[5] = l2.score;
        }
        sheet.rows[row - 1] = line;
        leafRows.push({ row, weight: l3.weight });
      }
      if (spec.fill === "merged") for (const c of [4, 5, 6]) sheet.merge(from2, c, sheet.rows.length, c);
    }
    if (spec.fill === "merged") for (const c of [1, 2, 3]) sheet.merge(from1, c, sheet.rows.length, c);
    mutations.push({ kind: "section-weight", rule: RULE_OF["section-weight"], edits: { [a1(from1, 2)]: l1.weight + 5 }, cells: [] });
    if (mutations.filter((m) => m.kind === "level-score").length === 0)
      mutations.push({ kind: "level-score", rule: RULE_OF["level-score"], edits: { [a1(from1, 3)]: round2(l1.score - 2) }, cells: [a1(from1, 3)] });
  }
  const tr = sheet.add(["合计", weightTotal, total]);
  mutations.push({ kind: "total", rule: RULE_OF.total, edits: { [a1(tr, 3)]: round2(total - 4) }, cells: [a1(tr, 3)] });
  if (spec.gradeAt === "beside") {
    sheet.rows[tr - 1][3] = "评价等级";
    sheet.rows[tr - 1][4] = grade;
    gradeCell = a1(tr, 5);
  }
  if (spec.gradeAt === "under") gradeCell = a1(sheet.add(["自评等级", grade]), 2);
  if (spec.printed) sheet.merge(sheet.add([bandsNote(spec)]), 1, sheet.rows.length, W);
  if (gradeCell) mutations.push(gradeMutation(spec, gradeCell, total, gradeText));
  const x = leafRows[Math.floor(leafRows.length / 2)];
  mutations.push({ kind: "score-over", rule: RULE_OF["score-over"], edits: { [a1(x.row, 9)]: x.weight + 2 }, cells: [a1(x.row, 9)] });
  return { sheet, mutations };
}

function buildSummary(spec: Spec, rnd: () => number): { sheet: Sheet; mutations: Mutation[] } {
  const W = 6;
  const sheet = new Sheet(W);
  const mutations: Mutation[] = [];
  const pick = pickOf(rnd);
  const scores = SECTION_WEIGHTS[0].map((w) => scoreFor(rnd, w));
  const total = round2(scores.reduce((a, b) => a + b, 0));
  const grade = gradeOf(spec, total);
  const project = pick(["村干部报酬", "农村公路养护", "城乡居民医疗救助", "义务教育营养改善"]);
  sheet.merge(sheet.add([`某县2023年${project}项目绩效评价概要表`]), 1, 1, W);
  sheet.add(["项目名称", `${project}项目`, null, "主管部门", "某县财政局"]);
  sheet.add(["评价机构", "某管理咨询有限公司", null, "评价方式", "第三方评价"]);
  let gradeCell: string;
  let gradeText = (g: string) => g;
  const label = pick(["评价分值", "评价得分", "综合得分"]);
  if (spec.resultForm === "one-cell") {
    const r = sheet.add([`${label}:${total}分 评价等级:${grade}`]);
    sheet.merge(r, 1, r, W);
    gradeCell = a1(r, 1);
    gradeText = (g) => `${label}:${total}分 评价等级:${g}`;
  } else if (spec.resultForm === "two-texts") {
    const r = sheet.add([`${label}:${total}分`, null, null, `评价等级:${grade}`]);
    sheet.merge(r, 1, r, 3);
    sheet.merge(r, 4, r, W);
    gradeCell = a1(r, 4);
    gradeText = (g) => `评价等级:${g}`;
  } else if (spec.resultForm === "sentence") {
    const r = sheet.add(["评价结论", `经综合评价，该项目${label}${total}分，评价等级为${grade}。`]);
    sheet.merge(r, 2, r, W);
    gradeCell = a1(r, 2);
    gradeText = (g) => `经综合评价，该项目${label}${total}分，评价等级为${g}。`;
  } else if (spec.resultForm === "below") {
    // the labels over their values: 评价分值 | 评价等级 / 86.5 | 良
    sheet.add([label, null, "评价等级"]);
    const r = sheet.add([total, null, grade]);
    sheet.merge(r - 1, 1, r - 1, 2);
    sheet.merge(r, 1, r, 2);
    gradeCell = a1(r, 3);
  } else {
    const r = sheet.add([label, total, null, "评价等级", grade]);
    gradeCell = a1(r, 5);
  }
  if (spec.reviewLine) {
    const again = Math.max(0, round1(total - 1 - Math.floor(rnd() * 4)));
    sheet.add(["复核分值", again, null, "复核等级", gradeOf(spec, again)]);
  }
  if (spec.selfLine) {
    const self = Math.min(100, round1(total + 4 + Math.floor(rnd() * 6)));
    sheet.add(["自评分值", self, null, "自评等级", gradeOf(spec, self)]);
  }
  if (spec.shareLine) {
    const all = 246.37;
    const part = pick([246.37, 200, 123.5, 180.42]);
    const pct = `${round2((part / all) * 100).toFixed(2)}%`;
    const r = sheet.add(["各级资金投入总数", all, "抽查资金总数", part, "资金抽查占比", pct]);
    mutations.push({ kind: "ratio", rule: RULE_OF.ratio, edits: { [a1(r, 6)]: "64.00%" }, cells: [a1(r, 6)] });
  }
  if (spec.projectCounts) {
    const [all, part] = pick([[4, 3], [8, 6], [5, 4], [12, 9]] as [number, number][]);
    const pct = `${round2((part / all) * 100)}%`;
    const r = sheet.add(["项目数量", all, "抽查项目数", part, "项目抽查占比", pct]);
    if (!spec.shareLine) mutations.push({ kind: "ratio", rule: RULE_OF.ratio, edits: { [a1(r, 6)]: "50%" }, cells: [a1(r, 6)] });
  }
  if (spec.sampleSentence) {
    const [n, unit] = pick([[20, "户"], [40, "人"], [25, "个"], [50, "份"]] as [number, string][]);
    const ok = n - 1 - Math.floor(rnd() * 3);
    const rate = round1((ok / n) * 100);
    const r = sheet.add([`现场抽查${n}${unit}，合格${ok}${unit}，合格率${rate}%。`]);
    sheet.merge(r, 1, r, W);
    mutations.push({ kind: "sample-ratio", rule: RULE_OF["sample-ratio"], edits: { [a1(r, 1)]: `现场抽查${n}${unit}，合格${ok}${unit}，合格率${round1(rate - 10)}%。` }, cells: [a1(r, 1)] });
  }
  if (spec.scoreTable) {
    sheet.add(["评价指标", "分值", "得分"]);
    SECTIONS.forEach(([name], i) => sheet.add([name, SECTION_WEIGHTS[0][i], scores[i]]));
    const tr = sheet.add(["合计", 100, total]);
    mutations.push({ kind: "total", rule: RULE_OF.total, edits: { [a1(tr, 3)]: round2(total - 4) }, cells: [a1(tr, 3)] });
  }
  sheet.add(["主要问题", "部分资金拨付进度较慢，绩效目标设置不够细化。"]);
  if (spec.printed) sheet.merge(sheet.add([bandsNote(spec)]), 1, sheet.rows.length, W);
  mutations.push(gradeMutation(spec, gradeCell, total, gradeText));
  return { sheet, mutations };
}

export function build(spec: Spec, seed: number): Built {
  const rnd = mulberry32(seed * 7919 + 29);
  const made = spec.kind === "rubric" ? buildRubric(spec, rnd) : spec.kind === "dept" ? buildDept(spec, rnd) : buildSummary(spec, rnd);
  return { spec, key: specKey(spec), grid: made.sheet.grid("Sheet1"), mutations: made.mutations };
}

// ---------------------------------------------------------------------------------------------------------
// Meaning-preserving transforms

export interface Transformed { name: string; grid: Grid; back: Move; errorsOnly?: boolean }

/** the meaning-preserving changes of the metamorphic tests (metamorphic.ts), each named, with its way back */
export function transformsOf(g: Grid): Transformed[] {
  return [
    { name: "moved", ...moved(g, 3, 2) },
    // (every merge undone: only the errors must stay, as a value no longer spans its rows)
    { name: "unmerged", grid: allUnmerged(g), back: id, errorsOnly: true },
    { name: "traditional", grid: traditional(g), back: id },
    { name: "empty column", ...emptyColumnAfter(g, 1) },
    // (every number typed as text, as the cell shows it: the same family, rows and errors)
    { name: "numbers as text", grid: numbersAsText(g), back: id, errorsOnly: true },
  ];
}
export async function coverTransform(g: Grid): Promise<Transformed> {
  return { name: "after cover", grid: await afterCover(g), back: id };
}
