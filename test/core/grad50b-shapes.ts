import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { fullWidth, toTraditional } from "./grad49b-shapes";

/*
 * grad50b (session 50): the corpus's own stated differences printed again in the class's shapes
 * (relations/stated-differences.ts). Sources: every real truth's hand-checked line 'CELL D = A − B' whose cell is prose
 * (test/fixtures/real/*.truth.json, relations_checked), the three numbers as the truth's author wrote them. Each source is
 * printed with each pair's words (节约 / 审减 / 结余 / 超支 / 未分配 / 未支出), in each shape below: clean (nothing flagged),
 * the difference slipped (total-mismatch at the cell), the rate slipped (ratio-mismatch at the cell).
 */

const REAL = join(__dirname, "..", "fixtures", "real");

export interface Source {
  id: string;
  line: string;
  a: string;
  b: string;
  d: string;
}

const LINE = /^([A-Z]{1,2})(\d{1,4}):? (\d+(?:\.\d+)?) = (\d+(?:\.\d+)?) [-−] (\d+(?:\.\d+)?)$/;

/** every real truth's stated difference of a prose cell (a text cell of 30 characters and more), in file order */
export function differenceSources(): Source[] {
  const out: Source[] = [];
  for (const f of readdirSync(REAL).filter((x) => x.endsWith(".truth.json")).sort()) {
    const t = JSON.parse(readFileSync(join(REAL, f), "utf8"));
    const lines: unknown[] = Array.isArray(t.relations_checked) ? t.relations_checked : [];
    let grid: unknown[][] | null = null;
    for (const l of lines) {
      if (typeof l !== "string") continue;
      const m = LINE.exec(l.trim());
      if (!m) continue;
      grid ??= JSON.parse(readFileSync(join(REAL, f.replace(".truth.json", ".json")), "utf8")).grid as unknown[][];
      const col = m[1].charCodeAt(m[1].length - 1) - 65;
      const v = grid[Number(m[2]) - 1]?.[col];
      if (typeof v !== "string" || v.length < 30) continue;
      out.push({ id: f.replace(".truth.json", ""), line: l, a: m[4], b: m[5], d: m[3] });
    }
  }
  return out;
}

interface Words {
  name: string;
  min: string[];
  sub: string[];
  diff: string[];
  /** the rate's words; null where none is printed (未支出率: prose-rates.ts reads its '支出率' as a rate of spending) */
  rate: string | null;
  /** the rate is of the subtrahend (超支率) */
  overSub?: boolean;
  /** the difference's words naming its minuend, for the implied shape ('比预算节约') */
  against?: string;
}
export const WORDS: Words[] = [
  { name: "节约", min: ["采购预算金额为", "预算金额", "项目控制价"], sub: ["实际采购金额为", "中标金额", "成交金额"], diff: ["节约金额", "节约资金", "节约"], rate: "资金节约率为", against: "较采购预算节约资金" },
  { name: "审减", min: ["送审金额", "报审金额", "申报金额"], sub: ["审定金额", "核定金额", "审定"], diff: ["审减金额", "审减", "审减资金"], rate: "审减率" },
  { name: "结余", min: ["到位资金", "收入", "筹集资金"], sub: ["实际支出", "支出", "使用资金"], diff: ["结余资金", "结余", "结余金额"], rate: "结余率" },
  { name: "超支", min: ["实际支出", "决算金额", "实际配套到位资金"], sub: ["预算金额", "计划投资", "地方应配套"], diff: ["超支", "超支金额", "超规模配套"], rate: "超支率", overSub: true },
  { name: "未分配", min: ["直达资金合计", "资金总额", "下达资金"], sub: ["已分配", "已分配", "已分配"], diff: ["未分配", "未分配", "未分配资金"], rate: "未分配率为" },
  { name: "未支出", min: ["到位资金", "下达资金", "预算安排"], sub: ["已支出", "累计支出", "实际支出"], diff: ["未支出", "未支出资金", "未支出"], rate: null },
];

const decimalsOf = (s: string) => (s.indexOf(".") < 0 ? 0 : s.length - s.indexOf(".") - 1);
/** a number printed with thousands commas ('104,880.14') */
const grouped = (s: string) => s.replace(/^(\d+)/, (n) => n.replace(/\B(?=(\d{3})+$)/g, ","));
/** a slip: the number moved by 7% or one unit of its last digit, whichever is more, at its own decimals */
export function slipped(s: string): string {
  const d = decimalsOf(s);
  const v = Number(s);
  const step = Math.max(Math.abs(v) * 0.07, Math.pow(10, -d));
  return (v + step).toFixed(d);
}
const pct = (n: number, d: number) => ((100 * n) / d).toFixed(2);
/** a PDF's line breaks: a space after every third ideograph (never between two digits) */
const spaced = (s: string) => {
  let k = 0;
  return Array.from(s)
    .map((c) => (/[\u4e00-\u9fa5]/.test(c) && ++k % 3 === 0 ? c + " " : c))
    .join("");
};

export interface Printed {
  text: string;
  /** what the reading must report: "" (clean), "total-mismatch", "ratio-mismatch" */
  expect: "" | "total-mismatch" | "ratio-mismatch";
}
export interface Shape {
  name: string;
  /** the sentence for source s in words w and variant k (0: words of the first set …), with d the difference and r the rate */
  print: (s: Source, w: Words, k: number, d: string, r: string | null) => string;
  rate: boolean;
  /** pairs (by name) the shape is no near shape of */
  not?: string[];
}

const rateOf = (s: Source, w: Words) => pct(Number(s.d), Number(w.overSub ? s.b : s.a));
export const SHAPES: Shape[] = [
  { name: "minuend, subtrahend, difference, rate", rate: true, print: (s, w, k, d, r) => `${w.min[k]}${s.a}万元,${w.sub[k]}${s.b}万元,${w.diff[k]}${d}万元,${w.rate}${r}%。` },
  { name: "no rate", rate: false, print: (s, w, k, d) => `截至年底,${w.min[k]}${s.a}万元,${w.sub[k]}${s.b}万元,${w.diff[k]}${d}万元。` },
  { name: "the difference first", rate: true, print: (s, w, k, d, r) => `全年${w.diff[k]}${d}万元,其${w.min[k]}${s.a}万元,${w.sub[k]}${s.b}万元,${w.rate}${r}%。` },
  { name: "subtrahend first", rate: false, print: (s, w, k, d) => `${w.sub[k]}${s.b}万元;${w.min[k]}${s.a}万元;${w.diff[k]}${d}万元。` },
  { name: "繁體, full-width", rate: true, print: (s, w, k, d, r) => toTraditional(fullWidth(`${w.min[k]}${s.a}万元,${w.sub[k]}${s.b}万元,${w.diff[k]}${d}万元,${w.rate}${r}%。`)) },
  { name: "spaces in words (a PDF's line breaks)", rate: true, print: (s, w, k, d, r) => spaced(`${w.min[k]}${s.a}万元,${w.sub[k]}${s.b}万元,${w.diff[k]}${d}万元,${w.rate}${r}%。`) },
  { name: "thousands commas, in 元", rate: false, print: (s, w, k, d) => `${w.min[k]}${grouped(s.a)}元,${w.sub[k]}${grouped(s.b)}元,${w.diff[k]}${grouped(d)}元。` },
];

/** near shapes: a slip in the difference must flag nothing (the three are not this class's) */
export const NEAR: Shape[] = [
  { name: "the difference against last year", rate: false, print: (s, w, k, d) => `${w.min[k]}${s.a}万元,${w.sub[k]}${s.b}万元,较上年${w.diff[k]}${d}万元。` },
  { name: "two years", rate: false, print: (s, w, k, d) => `2022年${w.min[k]}${s.a}万元,2023年${w.sub[k]}${s.b}万元,${w.diff[k]}${d}万元。` },
  // (not for 未分配: '合计…,其中已分配…,未分配…' is a true breakdown, sentence-sums.ts reads it)
  { name: "a 其中 between", rate: false, not: ["未分配"], print: (s, w, k, d) => `${w.min[k]}${s.a}万元,其中${w.sub[k]}${s.b}万元,${w.diff[k]}${d}万元。` },
  { name: "the minuend's words missing (预算 for 结余, a bare amount)", rate: false, print: (s, w, k, d) => `项目资金${s.a}万元,${w.sub[k]}${s.b}万元,${w.diff[k]}${d}万元。` },
  { name: "the amounts in different sentences", rate: false, print: (s, w, k, d) => `${w.min[k]}${s.a}万元。${w.sub[k]}${s.b}万元。${w.diff[k]}${d}万元。` },
];

export interface Measured {
  shape: string;
  words: string;
  sources: number;
  clean: number;
  slips: number;
  rateSlips: number;
  /** sources whose +0.5 rate slip lies outside what the shown amounts' rounding can give (rateSlipVisible) */
  rateVisible: number;
}

const half = (x: string) => 0.5 * 10 ** -decimalsOf(x);
/**
 * A rate printed 0.5 points above part / base (base: the sum of its terms), at two decimals, that no amounts within half a unit of
 * their shown last digit give: only such a slip must be found (whole-number amounts such as 33 or 102, or a difference shown as
 * 0.5, can cover it). The bound is loose on the safe side where the part is also a term of the base.
 */
export const rateSlipVisible = (part: string, r: string, ...base: string[]) => {
  const low = base.reduce((t, x) => t + Number(x) - half(x), 0);
  return Number(r) + 0.5 > (100 * (Number(part) + half(part))) / low + 0.005;
};

const doc = (text: string) => Grid.fromValues("Sheet1", [["情况说明"], [text]], []);
const flagged = (text: string) =>
  review(doc(text), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

/** each source printed in a shape with each set of words: clean unflagged, difference slip found at A2, rate slip found at A2 */
export function measure(shape: Shape, w: Words, sources: Source[], k = 0): Measured {
  if (shape.rate && w.rate === null) return { shape: shape.name, words: `${w.name}/${k}`, sources: 0, clean: 0, slips: 0, rateSlips: 0, rateVisible: 0 };
  let clean = 0;
  let slips = 0;
  let rateSlips = 0;
  let rateVisible = 0;
  for (const s of sources) {
    const r = rateOf(s, w);
    if (flagged(shape.print(s, w, k, s.d, r)).length === 0) clean++;
    if (flagged(shape.print(s, w, k, slipped(s.d), r)).includes("total-mismatch@A2")) slips++;
    if (!shape.rate) continue;
    if (rateSlipVisible(s.d, r, w.overSub ? s.b : s.a)) rateVisible++;
    const f = flagged(shape.print(s, w, k, s.d, (Number(r) + 0.5).toFixed(2)));
    if (f.includes("ratio-mismatch@A2") || f.includes("exec-rate-mismatch@A2")) rateSlips++;
  }
  return { shape: shape.name, words: `${w.name}/${k}`, sources: sources.length, clean, slips, rateSlips, rateVisible };
}

/** a near shape with the difference slipped: how many flag nothing */
export function measureNear(shape: Shape, w: Words, sources: Source[], k = 0): { shape: string; words: string; sources: number; silent: number } {
  let silent = 0;
  if (shape.not?.includes(w.name)) return { shape: shape.name, words: `${w.name}/${k}`, sources: 0, silent: 0 };
  for (const s of sources) if (flagged(shape.print(s, w, k, slipped(s.d), null)).length === 0) silent++;
  return { shape: shape.name, words: `${w.name}/${k}`, sources: sources.length, silent };
}

/**
 * The minuend named in the difference's words and not stated ('规模为32.72亿元,较采购计划节约资金5.51亿元,资金节约率达14.41%'):
 * the rate over the two amounts' sum. Clean unflagged; the rate moved by 0.5 found.
 */
export function measureImplied(sources: Source[]): { sources: number; clean: number; rateSlips: number; rateVisible: number } {
  let clean = 0;
  let rateSlips = 0;
  let rateVisible = 0;
  const print = (s: Source, r: string) => `全市政府采购规模为${s.b}万元,较采购预算节约资金${s.d}万元,资金节约率达${r}%。`;
  for (const s of sources) {
    const r = pct(Number(s.d), Number(s.b) + Number(s.d));
    if (flagged(print(s, r)).length === 0) clean++;
    if (rateSlipVisible(s.d, r, s.b, s.d)) rateVisible++;
    if (flagged(print(s, (Number(r) + 0.5).toFixed(2))).includes("ratio-mismatch@A2")) rateSlips++;
  }
  return { sources: sources.length, clean, rateSlips, rateVisible };
}
