import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import type { CellValue } from "../../src/core/grid/grid";
import { traditional } from "./metamorphic";
import { realTruths } from "./title-variants";

/**
 * grad50c (session 50): the progress / completion tables and the project result lists of the real truths, printed again in
 * their class's other shapes (test/core/grad50c.test.ts, scripts/measure-grad50c-variants.ts).
 */
const REAL = join(__dirname, "..", "fixtures", "real");
type Json = { grid: (string | number)[][]; merges?: string[] };
const realJson = (id: string) => JSON.parse(readFileSync(join(REAL, `${id}.json`), "utf8")) as Json;

/** A progress table taken from a real monitoring truth: its prose above, its heads, its lines (plan in a column or in the name). */
export interface ProgressSource {
  id: string;
  prose: string[];
  title: string | null;
  heads: { name: string; plan: string | null; done: string; rate: string };
  lines: { name: string; plan: number | null; done: number; rate: number }[];
}

/** Every real monitoring truth whose table has a done and a rate column (truth columns `executed` and `rate`). */
export function progressSources(): ProgressSource[] {
  const out: ProgressSource[] = [];
  for (const t of realTruths()) {
    const cols = (t as { columns?: Record<string, string> }).columns ?? {};
    const items = (t as { budget_items?: { row: number; label: string; budget?: number | null; executed: number; rate_pct: number }[] }).budget_items ?? [];
    if (t.family !== "monitoring" || !t.header_row || !cols.executed || !cols.rate) continue;
    const g = realJson(t.id).grid;
    const col = (a: string) => a.charCodeAt(0) - 64;
    const head = g[t.header_row - 1];
    const nameCol = col(cols.item);
    const heads = { name: String(head[nameCol - 1]), plan: cols.budget ? String(head[col(cols.budget) - 1]) : null, done: String(head[col(cols.executed) - 1]), rate: String(head[col(cols.rate) - 1]) };
    const lines = items.filter((i) => i.row > t.header_row! && i.rate_pct !== undefined && i.rate_pct !== null).map((i) => ({ name: i.label, plan: cols.budget ? (i.budget ?? null) : null, done: i.executed, rate: i.rate_pct }));
    const above = g.slice(0, t.header_row - 1).map((r) => String(r.find((c) => String(c).trim() !== "") ?? "")).filter((s) => s !== "");
    // (the table's own title: the last line above the head that is no unit's line or sentence)
    const titleAt = above.map((s, i) => ({ s, i })).reverse().find((x) => !/^单位|[。,，]/.test(x.s) && x.s.length <= 40);
    out.push({ id: t.id, prose: above.filter((_, i) => !titleAt || i < titleAt.i), title: titleAt ? titleAt.s : null, heads, lines });
  }
  return out;
}

export const PROGRESS_SHAPES = ["as printed", "other head words", "traditional characters", "no prose above", "a total line", "spaces inside the heads", "the heads written over two lines", "a slip in a rate"] as const;
export type ProgressShape = (typeof PROGRESS_SHAPES)[number];

export interface ProgressVariant {
  grid: Grid;
  /** the head line's row */
  headerRow: number;
  /** the rate cell a slip was put in (a slip shape only) */
  slipCell: string | null;
}

const pct = (v: number) => `${Math.round(v * 10) / 10}%`;

/** The source printed in `shape` (null where the shape does not apply: a slip or a total with no plan column). */
export function progressVariant(s: ProgressSource, shape: ProgressShape): ProgressVariant | null {
  const plan = s.heads.plan !== null;
  if ((shape === "a slip in a rate" || shape === "a total line") && !plan) return null;
  let heads = { ...s.heads };
  if (shape === "other head words") heads = plan ? { name: "地区", plan: "全年计划", done: "累计完成", rate: "完成进度(%)" } : { name: "项目名称", plan: null, done: "完成数", rate: "占年度计划" };
  if (shape === "spaces inside the heads") heads = { name: heads.name.split("").join(" "), plan: heads.plan && heads.plan.split("").join(" "), done: heads.done.split("").join(" "), rate: heads.rate.split("").join(" ") };
  const inPoints = shape === "other head words" && plan;
  const rows: (CellValue | undefined)[][] = [];
  if (shape !== "no prose above") for (const p of s.prose) rows.push([p]);
  if (s.title) rows.push([s.title]);
  const headRow = [heads.name, ...(plan ? [heads.plan] : []), heads.done, heads.rate];
  const headerRow = rows.length + 1;
  if (shape === "the heads written over two lines") {
    // (each head of four characters or more broken after its second: 年投 over 资计划, 完成 over 投资额)
    rows.push(headRow.map((h) => (h && h.length >= 4 ? h.slice(0, 2) : h)));
    rows.push(headRow.map((h) => (h && h.length >= 4 ? h.slice(2) : "")));
  } else rows.push(headRow);
  const slipAt = shape === "a slip in a rate" ? 1 : -1;
  let slipCell: string | null = null;
  s.lines.forEach((l, i) => {
    const rate = i === slipAt ? l.rate + 5 : l.rate;
    if (i === slipAt) slipCell = `${String.fromCharCode(64 + headRow.length)}${rows.length + 1}`;
    rows.push([l.name, ...(plan ? [l.plan] : []), l.done, inPoints ? Math.round(rate * 10) / 10 : pct(rate)]);
  });
  if (shape === "a total line") {
    const p = s.lines.reduce((a, l) => a + (l.plan ?? 0), 0);
    const d = s.lines.reduce((a, l) => a + l.done, 0);
    rows.push(["合计", Math.round(p * 100) / 100, Math.round(d * 100) / 100, pct((d / p) * 100)]);
  }
  let grid = Grid.fromValues("Sheet1", rows, []);
  if (shape === "traditional characters") grid = traditional(grid);
  return { grid, headerRow, slipCell };
}

/** A project result list taken from a real evaluation-summary truth: its rows from the head line to the list's end. */
export interface ResultsSource {
  id: string;
  rows: (string | number)[][];
  title: string | null;
  headerRow: number;
}

export const RESULTS_SHAPES = ["as printed", "no title", "traditional characters", "the score head in other words", "the amount columns left out"] as const;
export type ResultsShape = (typeof RESULTS_SHAPES)[number];

const SCORE_WORDS = /^(自评|评价|绩效评价)?(得分|分数)$/;
const AMOUNT_WORDS = /预算|执行|结余|金额|资金|规模|万元|亿元/;

/** The results list of each real evaluation-summary truth whose head names projects and a score (项目名称 … 得分/分数). */
export function resultsSources(): ResultsSource[] {
  const out: ResultsSource[] = [];
  for (const t of realTruths()) {
    if (t.family !== "evaluation-summary" || !t.header_row) continue;
    const g = realJson(t.id).grid;
    const head = g[t.header_row - 1].map((c) => String(c).replace(/\s/g, ""));
    if (!head.some((h) => /^项目(名称)?$/.test(h)) || !head.some((h) => SCORE_WORDS.test(h))) continue;
    const above = g.slice(0, t.header_row - 1).map((r) => String(r.find((c) => String(c).trim() !== "") ?? "")).filter(Boolean);
    const title = above.reverse().find((x) => /表|结果|情况/.test(x)) ?? null;
    // (the list: the head line and the lines under it down to the first empty line)
    const rows: (string | number)[][] = [];
    for (let r = t.header_row - 1; r < g.length; r++) {
      if (r > t.header_row && g[r].every((c) => String(c).trim() === "")) break;
      rows.push(g[r]);
    }
    out.push({ id: t.id, rows, title, headerRow: t.header_row });
  }
  return out;
}

export function resultsVariant(s: ResultsSource, shape: ResultsShape): { grid: Grid; headerRow: number } {
  let rows = s.rows.map((r) => r.slice());
  if (shape === "the score head in other words") rows[0] = rows[0].map((h) => (SCORE_WORDS.test(String(h).replace(/\s/g, "")) ? (String(h).indexOf("自评") >= 0 ? "评价得分" : "自评得分") : h));
  if (shape === "the amount columns left out") {
    const keep = rows[0].map((h, i) => !AMOUNT_WORDS.test(String(h)) && !(i > 0 && String(h) === "" && AMOUNT_WORDS.test(String(rows[0][i - 1]))));
    rows = rows.map((r) => r.filter((_, i) => keep[i]));
  }
  const titled = shape !== "no title" && s.title;
  const all = titled ? [[s.title as string], ...rows] : rows;
  let grid = Grid.fromValues("Sheet1", all, []);
  if (shape === "traditional characters") grid = traditional(grid);
  return { grid, headerRow: titled ? 2 : 1 };
}
