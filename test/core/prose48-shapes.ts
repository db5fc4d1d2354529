import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";

/**
 * prose48: the corpus's own budgets and executions (every real truth's budget line with a planned amount above 0 and an
 * executed one: `budget_items`), printed again as a rate stated in prose with its two amounts, in the class's shapes (every
 * pairing word, 繁體 with full-width digits, thousands commas in 元, 万元 against 元, spaces from line breaks, 'R%(M/N)',
 * 人民币, counts), on a sheet naming no family; and in the near shapes that must not flag (growth, share, target, a rate over
 * a part, two years, a remainder between, a number split by a space). No randomness: the sources in their sorted order.
 */
export interface Source {
  id: string;
  /** planned and executed, in 万元, as the truth writes them */
  n: string;
  m: string;
}

const REAL = join(__dirname, "..", "fixtures", "real");

/** one source a distinct (planned, executed) pair, the planned above 0 and the executed at most twice it */
export function sources(): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  for (const f of readdirSync(REAL).sort()) {
    if (!f.endsWith(".truth.json")) continue;
    const t = JSON.parse(readFileSync(join(REAL, f), "utf8"));
    for (const b of t.budget_items ?? []) {
      const n = b.budget_text ?? (typeof b.budget === "number" ? String(b.budget) : null);
      const m = b.executed_text ?? (typeof b.executed === "number" ? String(b.executed) : null);
      if (typeof n !== "string" || typeof m !== "string" || !/^\d+(\.\d+)?$/.test(n) || !/^\d+(\.\d+)?$/.test(m)) continue;
      if (!(Number(n) > 0) || Number(m) > 2 * Number(n)) continue;
      const key = `${n}/${m}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id: f.replace(".truth.json", ""), n, m });
    }
  }
  return out;
}

/** M / N in percent at two decimals, as written ('96', '99.57') */
export const rateOf = (s: Source) => String(Math.round((Number(s.m) / Number(s.n)) * 10000) / 100);
/** a slip: the rate off by 7.3 points (far beyond any rounding) */
export const slipOf = (s: Source) => String(Math.round((Number(rateOf(s)) + 7.3) * 100) / 100);

/** thousands commas: 1234567.8 → '1,234,567.8' */
const grouped = (x: string) => {
  const [i, d] = x.split(".");
  return i.replace(/\B(?=(\d{3})+$)/g, ",") + (d ? "." + d : "");
};
/** 万元 → 元, as written: '160.56' → '1605600' */
const yuan = (x: string) => String(Math.round(Number(x) * 10000 * 100) / 100);
/** full-width digits, point and comma */
const fw = (x: string) => x.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export type Shape = { name: string; text: (s: Source, r: string) => string; counts?: boolean };

/** the class's shapes: each a sentence stating the rate r after its two amounts */
export const SHAPES: Shape[] = [
  { name: "全年预算数 / 全年执行数 / 预算执行率为", text: (s, r) => `全年预算数${s.n}万元,全年执行数${s.m}万元,预算执行率为${r}%。` },
  { name: "下达 / 已拨付 / 拨付率", text: (s, r) => `上级下达资金${s.n}万元,截至年底已拨付${s.m}万元,拨付率${r}%。` },
  { name: "应到位 / 实际到位 / 到位率", text: (s, r) => `本年应到位资金${s.n}万元,实际到位资金${s.m}万元,资金到位率${r}%。` },
  { name: "年初预算 / 实际支出 / 支出率达", text: (s, r) => `年初预算${s.n}万元,实际支出${s.m}万元,支出率达${r}%。` },
  { name: "元 with thousands commas", text: (s, r) => `项目预算${grouped(yuan(s.n))}元,实际执行${grouped(yuan(s.m))}元,执行率${r}%。` },
  { name: "万元 against 元", text: (s, r) => `安排预算资金${s.n}万元,实际支出${grouped(yuan(s.m))}元,预算执行率${r}%。` },
  { name: "繁體, full-width digits", text: (s, r) => `全年預算數${fw(s.n)}萬元，全年執行數${fw(s.m)}萬元，預算執行率為${fw(r)}％。` },
  { name: "spaces from line breaks", text: (s, r) => `全年预 算数 ${s.n} 万元,全年执 行数 ${s.m} 万元,预算执 行率为 ${r} %。` },
  { name: "R%(M/N)", text: (s, r) => `项目资金执行情况:预算执行率${r}%(${s.m}/${s.n})。` },
  { name: "人民币, 批复 / 使用 / 使用率", text: (s, r) => `批复预算人民币${s.n}万元,实际使用人民币${s.m}万元,使用率为${r}%。` },
  { name: "a count: 计划 / 实际 / 完成率", text: (s, r) => `计划培训${s.n}人次,实际培训${s.m}人次,完成率${r}%。`, counts: true },
];

/** half of a whole in 万元 at two decimals, and the rest */
const half = (x: string) => (Math.round(Number(x) * 50) / 100).toFixed(2);
const rest = (x: string) => (Math.round(Number(x) * 100 - Number(half(x)) * 100) / 100).toFixed(2);

/** this year's change over last year's as a publisher prints it: 增长 / 下降 and the rate to two decimals */
const growthOf = (s: Source) => {
  const g = ((Number(s.m) - Number(s.n)) / Number(s.n)) * 100;
  return `${g < 0 ? "下降" : "增长"}${Math.abs(g).toFixed(2)}%`;
};

/** the near shapes: a rate of no such pair, printed with a rate that would be a slip if read as one */
export const NEAR: Shape[] = [
  // (relr56: the growth printed as what it is, (本年 − 上年) / 上年 — relations/prose-growth.ts reads it, and a growth printed
  // with the execution rate's figure is a slip of the growth)
  { name: "growth", text: (s) => `上年支出${s.n}万元,本年支出${s.m}万元,同比${growthOf(s)}。` },
  { name: "share", text: (s, r) => `全年预算${s.n}万元,其中培训支出${s.m}万元,占预算的${r}%。` },
  { name: "target", text: (s) => `全年预算${s.n}万元,实际支出${s.m}万元,预算执行率达到90%以上。` },
  { name: "a target's words", text: (s, r) => `全年预算${s.n}万元,实际支出${s.m}万元,要求执行率不低于${r}%。` },
  // (the parts adding up to the whole, the rate the one over the 中央 part: read over the whole it would be a slip)
  { name: "over a part", text: (s) => `下达资金${s.n}万元,其中中央资金${half(s.n)}万元,省级资金${rest(s.n)}万元,实际支出${s.m}万元,执行率${String(Math.round((Number(s.m) / Number(half(s.n))) * 10000) / 100)}%。` },
  { name: "two years", text: (s, r) => `2022年预算${s.n}万元,2023年实际支出${s.m}万元,执行率${r}%。` },
  { name: "a remainder between", text: (s, r) => `全年预算${s.n}万元,结余资金${s.m}万元,实际支出${s.m}万元,执行率${r}%。` },
  { name: "a number split by a space", text: (s, r) => `全年预算数4 ${yuan(s.n)}元,实际执行${yuan(s.m)}元,执行率${r}%。` },
  { name: "a budget explanation", text: (s, r) => `2024年收入预算${s.n}万元,支出预算${s.m}万元,支出预算比上年增长${r}%。` },
];

/** a sheet naming no family: a neutral line, then the sentence (A2) */
export const sheetOf = (text: string) => Grid.fromValues("Sheet1", [["项目资金使用情况"], [text]], []);

/** the sources a shape prints (a count's shape: whole numbers only) */
export const sourcesFor = (shape: Shape, all: Source[]) => (shape.counts ? all.filter((s) => !s.n.includes(".") && !s.m.includes(".")) : all);

export interface Measure {
  shape: string;
  sources: number;
  /** clean prints whose rate was read (a ratio stated at A2) and nothing flagged */
  read: number;
  /** clean prints flagged (a false flag) */
  falseFlags: number;
  /** slips found: the rate's rule at A2 */
  slips: number;
}

/** each shape's figures, read with `review` (the engine's whole review: the src's or, for the before, an older lib's) */
export function measure(
  shapes: Shape[],
  all: Source[],
  review: (g: Grid) => { findings: { rule: string; cell: string; severity: string }[]; model: { relations: { kind: string; stated?: { cell: string } }[] } },
): Measure[] {
  return shapes.map((shape) => {
    const src = sourcesFor(shape, all);
    let read = 0;
    let falseFlags = 0;
    let slips = 0;
    for (const s of src) {
      const clean = review(sheetOf(shape.text(s, rateOf(s))));
      const flagged = clean.findings.some((f) => f.severity !== "info" && f.cell === "A2");
      if (flagged) falseFlags++;
      else if (clean.model.relations.some((r) => r.kind === "ratio" && r.stated?.cell === "A2")) read++;
      const slip = review(sheetOf(shape.text(s, slipOf(s))));
      if (slip.findings.some((f) => f.severity !== "info" && f.cell === "A2" && /rate-mismatch|ratio-mismatch/.test(f.rule))) slips++;
    }
    return { shape: shape.name, sources: src.length, read, falseFlags, slips };
  });
}
