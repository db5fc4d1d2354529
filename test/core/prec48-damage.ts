import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { CellValue } from "../../src/core/grid/grid";

/**
 * prec48 (session 48; prec48-diagnosis.md): the prose readers under copy damage. Every real sheet (test/fixtures/real, never
 * validation) with prose — a text cell of 40 characters or more stating money, a count or a rate — printed again with its
 * paragraphs damaged the way a PDF or a web page copy damages them. The clean prints must flag nothing the sheet's own print
 * does not (errors and warnings); a slip print (the first part of a 其中 list up by a tenth, or a stated rate 7 points off)
 * flagged on the undamaged sheet should still be flagged where the damage leaves the sentence readable.
 */
export const DIR = join(__dirname, "..", "fixtures", "real");
export type Cells = CellValue[][];
export interface Source {
  id: string;
  grid: Cells;
  merges: string[];
}

const PROSE = /万元|元|%|个|人|项/;
export const isProse = (v: CellValue): v is string => typeof v === "string" && v.length >= 40 && PROSE.test(v);

export function proseSources(): Source[] {
  const out: Source[] = [];
  for (const f of readdirSync(DIR).sort()) {
    if (!f.endsWith(".json") || f.endsWith(".truth.json")) continue;
    const c = JSON.parse(readFileSync(join(DIR, f), "utf8")) as { id: string; grid: Cells; merges?: string[] };
    if (c.grid.some((row) => row.some(isProse))) out.push({ id: c.id, grid: c.grid, merges: c.merges ?? [] });
  }
  return out;
}

/** a damage rewrites one prose cell's text (null: leaves it); glue joins a prose row with the next row's text */
type Damage = (s: string, k: number) => string;
export const DAMAGES: Record<string, Damage> = {
  // the stops between sentences lost ('…859.6万元2023年支出…')
  "stops-lost": (s) => s.replace(/。(?=.)/g, ""),
  // a list continuing into the next sentence: its stop a comma
  "stop-comma": (s) => s.replace(/。(?=.)/g, ","),
  // a line break inside a number (after its first digit of three or more)
  "break-number": (s) => s.replace(/(\d)(\d{2,}(?:\.\d+)?)(万元|元|%|个)/, "$1\n$2$3"),
  // a line break inside a word (the PDF's line ends): a space inside the first 资金 / 项目 / 预算
  "break-word": (s) => s.replace(/资金|项目|预算/g, (w) => w[0] + " " + w[1]),
  // footnote marks after amounts and sentences
  footnotes: (s) => s.replace(/(万元|%)([，,。])/, "$1①$2").replace(/。(?=.)/, "。[1]"),
  // a page number and a running header inside the paragraph (at a comma in the middle)
  "page-number": (s) => {
    const i = s.indexOf("，", s.length >> 1) >= 0 ? s.indexOf("，", s.length >> 1) : s.indexOf(",", s.length >> 1);
    return i < 0 ? s + " - 3 -" : s.slice(0, i + 1) + " - 3 - " + s.slice(i + 1);
  },
  "page-header": (s) => {
    const i = s.indexOf("。");
    return i < 0 ? "第 3 页 " + s : s.slice(0, i + 1) + "第 3 页 共 12 页" + s.slice(i + 1);
  },
  // a sentence repeated (a web page's copy of its lead)
  repeated: (s) => {
    const i = s.indexOf("。");
    return i < 0 ? s + s : s.slice(0, i + 1) + s.slice(0, i + 1) + s.slice(i + 1);
  },
  // the stored page cut: the text ends at two thirds, mid-sentence
  cut: (s) => s.slice(0, Math.ceil((s.length * 2) / 3)),
};
/** whole-row damages: a paragraph glued to the next one (the next prose cell's text appended, its row emptied) */
export const ROW_DAMAGES = ["glued", "glued-nostop"];
export const DAMAGE_NAMES = [...Object.keys(DAMAGES), ...ROW_DAMAGES];

export function damaged(src: Cells, name: string): Cells {
  const g = src.map((row) => row.slice());
  if (DAMAGES[name]) {
    let k = 0;
    for (const row of g) for (let c = 0; c < row.length; c++) if (isProse(row[c])) row[c] = DAMAGES[name](row[c] as string, k++);
    return g;
  }
  // glued: a prose cell takes the next non-empty row's first text (its stop dropped for glued-nostop), that row emptied
  for (let r = 0; r < g.length; r++) {
    const c = g[r].findIndex(isProse);
    if (c < 0) continue;
    let n = r + 1;
    while (n < g.length && !g[n].some((v) => typeof v === "string" && v.trim())) n++;
    if (n >= g.length) continue;
    const j = g[n].findIndex((v) => typeof v === "string" && v.trim() !== "");
    if (j < 0 || g[n].filter((v) => v !== null && v !== "").length > 1) continue;
    let a = g[r][c] as string;
    if (name === "glued-nostop") a = a.replace(/[。；;]\s*$/, "");
    g[r][c] = a + (g[n][j] as string);
    g[n] = g[n].map(() => null);
    r = n;
  }
  return g;
}

/** slips: the first part after a 其中 up by a tenth (at least 1); a stated 执行率/完成率 7 points off */
export function slipped(src: Cells, kind: "part" | "rate"): { grid: Cells; cell: [number, number] } | null {
  const g = src.map((row) => row.slice());
  for (let r = 0; r < g.length; r++)
    for (let c = 0; c < g[r].length; c++) {
      const v = g[r][c];
      if (!isProse(v)) continue;
      if (kind === "part") {
        const m = /(其中[：:，,]?[^\d，,。；;]{1,30}?)(\d+(?:\.\d+)?)(万元|元)/.exec(v);
        if (!m) continue;
        const x = Number(m[2]);
        const y = Math.round((x + Math.max(1, x * 0.1)) * 100) / 100;
        g[r][c] = v.slice(0, m.index) + m[1] + String(y) + m[3] + v.slice(m.index + m[0].length);
        return { grid: g, cell: [r, c] };
      } else {
        const m = /((?:执行|完成|支出|到位)率(?:为|达到?)?)(\d+(?:\.\d+)?)%/.exec(v);
        if (!m) continue;
        const x = Number(m[2]);
        const y = Math.round((x > 50 ? x - 7 : x + 7) * 100) / 100;
        g[r][c] = v.slice(0, m.index) + m[1] + String(y) + "%" + v.slice(m.index + m[0].length);
        return { grid: g, cell: [r, c] };
      }
    }
  return null;
}

export const gridOf = (cells: Cells, merges: string[]) => Grid.fromValues("Sheet1", cells, merges);
/** the errors and warnings of a print, as rule@cell */
export function flags(cells: Cells, merges: string[]): string[] {
  return review(gridOf(cells, merges), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
}
/** what b flags that a does not (multiset difference) */
export function extra(a: string[], b: string[]): string[] {
  const left = a.slice();
  const out: string[] = [];
  for (const x of b) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out;
}
