import { readdirSync, readFileSync } from "fs";
import { join } from "path";

/**
 * grad46c (session 46): result lists generated from the corpus. Every real truth of family evaluation-summary that is a
 * list of units (or projects) with their scores (its truth names a unit or name column and a score column, no weight
 * column: a criteria table is another shape) gives its lines — the names and scores a reviewer reads on the page — and
 * each line set is printed again in the shapes another publisher would use: other heads for the units and the score, a
 * grade column or a rank column or neither, notes beside, 繁體, no title, a cut last line, scores written '92.5分'. The
 * grades printed are the usual bands' (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below), the ranks the scores' places (competition
 * ranking, the highest first): every variant is consistent, so any error or warning on it is a false flag.
 * Near shapes made from the same lines must not read as a result list: a project budget list, a staff list with ages, a
 * table of targets with percents, a rubric with points and scores.
 */
export interface Line {
  name: string;
  score: number;
}

export interface Source {
  id: string;
  lines: Line[];
}

export interface Variant {
  source: string;
  shape: string;
  rows: string[][];
  /** the header line (1-based) a reader must take, or null for a near shape (nothing expected but no result list) */
  header: number | null;
}

const DIR = join(__dirname, "..", "fixtures", "real");
const UNIT_KEYS = ["unit", "name", "school_2009", "unit_good_days"];
const SCORE_KEYS = ["score", "total", "monthly_score", "index", "total_2009"];

const colIndex = (a: string) => [...a].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const num = (v: unknown): number | null => {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*分?\s*$/.exec(v);
  return m ? Number(m[1]) : null;
};

/** The lines of every list truth: its names and scores under the header (3 lines at least, 15 at most). */
export function sources(): Source[] {
  const out: Source[] = [];
  for (const f of readdirSync(DIR).filter((x) => x.endsWith(".truth.json")).sort()) {
    const t = JSON.parse(readFileSync(join(DIR, f), "utf8"));
    if (t.family !== "evaluation-summary" || !t.columns || "weight" in t.columns) continue;
    const uk = UNIT_KEYS.find((k) => typeof t.columns[k] === "string");
    const sk = SCORE_KEYS.find((k) => typeof t.columns[k] === "string");
    if (!uk || !sk) continue;
    const grid: unknown[][] = JSON.parse(readFileSync(join(DIR, f.replace(".truth.json", ".json")), "utf8")).grid;
    const u = colIndex(t.columns[uk]);
    const s = colIndex(t.columns[sk]);
    const lines: Line[] = [];
    const names = new Set<string>();
    for (let r = t.header_row ?? 0; r < grid.length && lines.length < 15; r++) {
      const name = String(grid[r][u] ?? "").replace(/\s+/g, "");
      const score = num(grid[r][s]);
      if (name.length < 2 || name.length > 30 || /^\d/.test(name) || score === null || score < 0 || score > 1000 || names.has(name)) continue;
      names.add(name);
      lines.push({ name, score });
    }
    if (lines.length >= 3) out.push({ id: t.id, lines });
  }
  return out;
}

export const gradeOf = (s: number) => (s >= 90 ? "优" : s >= 80 ? "良" : s >= 60 ? "中" : "差");
/** competition ranking, the highest first (1, 2, 2, 4) */
export const ranksOf = (xs: number[]) => xs.map((x) => 1 + xs.filter((y) => y > x + 1e-9).length);
const fmt = (x: number) => String(x);

type Shape = { shape: string; title: string[] | null; heads: string[]; cells: (l: Line, k: number, rank: number) => string[]; header: boolean; cut?: boolean; lines?: number };

/** The shapes of the class (header expected) and the near shapes (header null: no result list may be read). */
export const SHAPES: Shape[] = [
  { shape: "序号 | 被考核单位 | 得分 | 备注, a 考核结果公示 title", title: ["2024年度目标考核结果公示"], heads: ["序号", "被考核单位", "得分", "备注"], cells: (l, k) => [String(k + 1), l.name, fmt(l.score), ""], header: true },
  { shape: "单位名称 | 考核得分 | 等级, no title", title: null, heads: ["单位名称", "考核得分", "等级"], cells: (l) => [l.name, fmt(l.score), gradeOf(l.score)], header: true },
  { shape: "參評單位 | 綜合得分 | 排名 in 繁體 under a 考評結果 title", title: ["年度綜合考評結果"], heads: ["參評單位", "綜合得分", "排名"], cells: (l, _k, rank) => [l.name, fmt(l.score), String(rank)], header: true },
  { shape: "乡镇 | 评价得分 | 评价等级 | 备注 under a 考评结果 title", title: ["各乡镇工作考评结果"], heads: ["乡镇", "评价得分", "评价等级", "备注"], cells: (l) => [l.name, fmt(l.score), gradeOf(l.score), ""], header: true },
  { shape: "部门 | 考核情况 | 总分 | 名次 under a 得分情况 title", title: ["县直部门目标考核得分情况"], heads: ["部门", "考核情况", "总分", "名次"], cells: (l, _k, rank) => [l.name, "按要求完成各项任务", fmt(l.score), String(rank)], header: true },
  { shape: "考核对象 | 分数 | 等次, no title", title: null, heads: ["考核对象", "分数", "等次"], cells: (l) => [l.name, fmt(l.score), gradeOf(l.score)], header: true },
  { shape: "单位 | 得分 | 备注, scores written '92.5分', a 评分结果 title", title: ["检查评分结果"], heads: ["单位", "得分", "备注"], cells: (l) => [l.name, `${l.score}分`, ""], header: true },
  { shape: "被考核单位 | 指标完成情况 | 得分 | 备注, the last line cut before its score", title: ["一、年度考核结果"], heads: ["被考核单位", "指标完成情况", "得分", "备注"], cells: (l) => [l.name, "完成年度目标任务", fmt(l.score), ""], header: true, cut: true },
  { shape: "项目名称 | 评价得分 | 评价等级, a 项目绩效评价结果 title", title: ["2023年度项目绩效评价结果"], heads: ["项目名称", "评价得分", "评价等级"], cells: (l) => [l.name, fmt(l.score), gradeOf(l.score)], header: true },
  { shape: "名次 | 单位 | 考核得分, no title", title: null, heads: ["名次", "单位", "考核得分"], cells: (l, _k, rank) => [String(rank), l.name, fmt(l.score)], header: true },
  { shape: "序号 | 被考核单位 | 得分, two lines only under a 考核结果 title", title: ["招商引资考核结果"], heads: ["序号", "被考核单位", "得分"], cells: (l, k) => [String(k + 1), l.name, fmt(l.score)], header: true, lines: 2 },
  { shape: "受評機關 | 總分 | 等級 in 繁體 under a 評核結果 title", title: ["年度績效評核結果"], heads: ["受評機關", "總分", "等級"], cells: (l) => [l.name, fmt(l.score), gradeOf(l.score)], header: true },
  { shape: "区 | 得分 | 排名 under a 考评结果 title", title: ["各区考评结果"], heads: ["区", "得分", "排名"], cells: (l, _k, rank) => [l.name, fmt(l.score), String(rank)], header: true },
  { shape: "单位 | 等级 | 考核得分(100分), the grade before the score, a 考核结果 title", title: ["考核结果"], heads: ["单位", "等级", "考核得分(100分)"], cells: (l) => [l.name, gradeOf(l.score), fmt(l.score)], header: true },
  { shape: "被考核单位 | 扣分 | 得分 (100 less the deductions), no title", title: null, heads: ["被考核单位", "扣分", "得分"], cells: (l) => [l.name, fmt(Math.round((100 - Math.min(100, l.score)) * 100) / 100), fmt(Math.min(100, l.score))], header: true },
  // near shapes
  { shape: "near: a project budget list (项目名称 | 金额(万元) | 备注)", title: ["2024年项目资金安排表"], heads: ["项目名称", "金额(万元)", "备注"], cells: (l) => [l.name, fmt(l.score * 10), ""], header: false },
  { shape: "near: a staff list with ages (姓名 | 性别 | 年龄 | 单位)", title: ["工作人员名单"], heads: ["姓名", "性别", "年龄", "单位"], cells: (l, k) => [["张三", "李四", "王五", "赵六", "钱七"][k % 5] + k, k % 2 ? "女" : "男", String(30 + (k % 25)), l.name], header: false },
  { shape: "near: a table of targets (指标 | 指标值, percents)", title: ["绩效目标表"], heads: ["指标", "指标值"], cells: (l) => [l.name + "完成率", `≥${Math.min(100, Math.round(l.score))}%`], header: false },
  { shape: "near: an allocation by the results (单位 | 考核得分 | 奖励资金(万元))", title: ["考核奖励资金分配表"], heads: ["单位", "考核得分", "奖励资金(万元)"], cells: (l) => [l.name, fmt(l.score), fmt(Math.round(l.score) / 10)], header: false },
  { shape: "near: a list of staff by grade (姓名 | 年龄 | 等级, no score)", title: null, heads: ["姓名", "年龄", "等级"], cells: (l, k) => [["张三", "李四", "王五", "赵六", "钱七"][k % 5] + k, String(30 + (k % 25)), gradeOf(l.score)], header: false },
  { shape: "near: a rubric (指标 | 分值 | 得分)", title: ["考核评分细则"], heads: ["指标", "分值", "得分"], cells: (l) => [l.name + "工作", "10", String(Math.min(10, Math.round(l.score / 10)))], header: false },
];

/** Every source printed in every shape. */
export function variants(): Variant[] {
  const out: Variant[] = [];
  for (const src of sources()) {
    const ranks = ranksOf(src.lines.map((l) => l.score));
    for (const s of SHAPES) {
      const rows: string[][] = [];
      const width = s.heads.length;
      if (s.title) for (const t of s.title) rows.push([t, ...Array(width - 1).fill("")]);
      rows.push([...s.heads]);
      src.lines.slice(0, s.lines ?? src.lines.length).forEach((l, k) => rows.push(s.cells(l, k, ranks[k])));
      if (s.cut) {
        // (the last line cut inside its notes: its score not reached)
        const last = rows[rows.length - 1];
        rows[rows.length - 1] = last.map((x, c) => (c === 0 ? x : c === 1 ? "完成年度" : ""));
      }
      out.push({ source: src.id, shape: s.shape, rows, header: s.header ? (s.title?.length ?? 0) + 1 : null });
    }
  }
  return out;
}

/** A result form's labels (the score's, the grade's), as publishers print them. */
export const FORM_LABELS: [string, string][] = [
  ["评价分值", "评价结论"],
  ["评价得分", "评价等级"],
  ["综合得分", "绩效等级"],
  ["绩效评价得分", "评价结果"],
  ["評價分值", "評價等級"],
];

/**
 * A result form of label | value pairs (财政评价结果反馈表): the project and the evaluator's lines, the result line (score
 * label | score | grade label | grade) after them or between them — one of the form's lines, no header line — or first,
 * right under the title's lines, where it heads the summary (the convention evaluation-summary-result.test.ts holds). Each source's first
 * line gives the project's name and its score (a score past 100 is scaled into 0–100).
 */
export function forms(): Variant[] {
  const out: Variant[] = [];
  for (const src of sources()) {
    const l = src.lines[0];
    const score = l.score > 100 ? Math.round((l.score / 10) * 100) / 100 : l.score;
    FORM_LABELS.forEach(([sl, gl], k) => {
      const result = [sl, fmt(score), gl, gradeOf(score)];
      const pairs = [
        ["评价组织机构", "县财政局", "项目主管部门", l.name],
        ["评价机构", "某管理咨询有限公司", "评价时间", "2024年8月"],
      ];
      const place = k % 3;
      const body = place === 0 ? [...pairs, result] : place === 1 ? [result, ...pairs] : [pairs[0], result, pairs[1]];
      // (a result line opening the form, under the title's lines, heads the summary: its line, 3)
      out.push({ source: src.id, shape: `result form ${sl} | ${gl}, the result line ${["last", "first", "between"][place]}`, rows: [["财政评价结果反馈表", "", "", ""], [`评价项目:${l.name}专项资金`, "", "", ""], ...body], header: place === 1 ? 3 : null });
    });
  }
  return out;
}
