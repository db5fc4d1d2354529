/* cov49: the class "points written bare in brackets at the labels' ends" (bare-points.ts), generated from the corpus.
 *
 *   npm run -s build:lib && npx tsx scripts/cov49-bare-variants.ts [libDir]
 *
 * Every real sheet (test/fixtures/real) whose review reads a weight from a label ending in a bare bracketed number
 * ("B1资质条件(15)", no 分) is a source. Each such number is slipped (one down, or up from 1) and the sheet printed again
 * in the class's other shapes: as published, full-width brackets, traditional characters, the title row removed. Counted:
 * the clean prints that flag anything new (must be 0), and the slipped prints whose slip is reported (a new error or
 * warning of a weight rule at the slipped cell, its group's, or naming it). Deterministic.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const LIB = path.resolve(process.argv[2] ?? path.join(ROOT, "lib"));
/* eslint-disable @typescript-eslint/no-var-requires */
const { review } = require(path.join(LIB, "core", "review.js"));
const { Grid } = require(path.join(LIB, "core", "grid", "grid.js"));
const { toCell } = require("./corpus-cells.js");
const { Converter } = require("opencc-js/cn2t") as { Converter: (o: { from: string; to: string }) => (s: string) => string };
/* eslint-enable @typescript-eslint/no-var-requires */
const toTrad = Converter({ from: "cn", to: "hk" });

const REAL = path.join(ROOT, "test", "fixtures", "real");
const BARE_END = /([\u4e00-\u9fa5])\s*[(（]\s*(\d{1,3}(?:\.\d+)?)\s*[)）]\s*$/;
type G = string[][];
type F = { rule: string; cell: string; severity: string; related?: string[] };
const WEIGHT_RULES = new Set(["weight-sum-mismatch", "total-mismatch", "rubric-points-mismatch"]);

const col = (a: string) => /^[A-Z]+/.exec(a)![0].split("").reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0);
const row = (a: string) => Number(/\d+$/.exec(a)![0]);
const letter = (c: number): string => (c > 26 ? letter(Math.floor((c - 1) / 26)) : "") + String.fromCharCode(65 + ((c - 1) % 26));

function run(grid: G, merges: string[]) {
  const g = Grid.fromValues("Sheet1", grid.map((r) => r.map((t) => { const x = toCell(t); return x.v === null ? undefined : x.v; })), merges);
  return review(g, "national", { fills: false });
}
const flagsOf = (res: { findings: F[] }) => res.findings.filter((f) => f.severity === "error" || f.severity === "warning");
const key = (f: F) => `${f.rule}@${f.cell}`;

/** the cells whose bare bracketed number the review reads as a weight */
function bareWeightCells(grid: G, res: { model: { indicators: { weight: number | null; weightCell: string | null; weightSource: string | null }[]; groups: unknown[] } }): string[] {
  const cells = new Set<string>();
  for (const i of res.model.indicators) if (i.weight !== null && i.weightSource === "label" && i.weightCell) cells.add(i.weightCell);
  const walk = (gs: { weight: number | null; weightCell: string | null; cell: string; children: unknown[] }[]) => {
    for (const g of gs) {
      if (g.weight !== null && g.weightCell === g.cell) cells.add(g.cell);
      walk(g.children as never);
    }
  };
  walk(res.model.groups as never);
  return [...cells].filter((a) => BARE_END.test(String((grid[row(a) - 1] || [])[col(a) - 1] ?? ""))).sort((a, b) => row(a) - row(b) || col(a) - col(b));
}

const SHAPES: Record<string, (grid: G, merges: string[]) => { grid: G; merges: string[]; shift: number }> = {
  published: (grid, merges) => ({ grid, merges, shift: 0 }),
  "full-width brackets": (grid, merges) => ({ grid: grid.map((r) => r.map((t) => (t ? String(t).replace(/\((\d)/g, "（$1").replace(/(\d)\)/g, "$1）") : t))), merges, shift: 0 }),
  traditional: (grid, merges) => ({ grid: grid.map((r) => r.map((t) => (t ? toTrad(String(t)) : t))), merges, shift: 0 }),
  "no title": (grid, merges) => {
    // the first row dropped where it is a title alone (one text cell, or one merged across)
    const first = grid[0] || [];
    if (first.filter((t) => String(t ?? "").trim()).length !== 1 || grid.length < 3) return { grid, merges, shift: 0 };
    const mm = merges.filter((m) => !/^[A-Z]+1:[A-Z]+1$/.test(m)).map((m) => m.replace(/([A-Z]+)(\d+)/g, (_, c, r) => `${c}${Number(r) - 1}`));
    return { grid: grid.slice(1), merges: mm, shift: 1 };
  },
};

function slip(text: string): string {
  return text.replace(BARE_END, (all, ch, n) => {
    const v = Number(n);
    const d = n.includes(".") ? n.length - n.indexOf(".") - 1 : 0;
    const nv = v > 1 ? v - 1 : v + 1;
    return all.replace(n, nv.toFixed(d));
  });
}

function main() {
  let sources = 0;
  let sheets = 0;
  let prints = 0;
  const falsePrints: string[] = [];
  const by: Record<string, [number, number]> = {};
  const missed: string[] = [];
  for (const f of fs.readdirSync(REAL).filter((f) => /^[^.]+\.json$/.test(f)).sort()) {
    const j = JSON.parse(fs.readFileSync(path.join(REAL, f), "utf8"));
    const grid: G = j.grid;
    const merges: string[] = j.merges || [];
    // cheap gate: a label ending in a bare bracketed number
    if (!grid.some((r) => r.some((t) => t && BARE_END.test(String(t))))) continue;
    const base = run(grid, merges);
    const cells = bareWeightCells(grid, base);
    if (!cells.length) continue;
    sheets++;
    sources += cells.length;
    for (const [shape, make] of Object.entries(SHAPES)) {
      const v = make(grid, merges);
      if (shape !== "published" && v.grid === grid) continue;
      const vb = run(v.grid, v.merges);
      const baseKeys = new Set(flagsOf(base).map((x: F) => `${x.rule}@${letter(col(x.cell))}${row(x.cell) - v.shift}`));
      const extra = flagsOf(vb).filter((x: F) => !baseKeys.has(key(x)));
      prints++;
      if (extra.length) falsePrints.push(`${shape} ${j.id}: ${extra.map(key).join(" ")}`);
      const vKeys = new Set(flagsOf(vb).map(key));
      for (const a of cells) {
        const r = row(a) - v.shift;
        const c = col(a);
        if (r < 1) continue;
        const g2 = v.grid.map((x) => x.slice());
        g2[r - 1][c - 1] = slip(String(g2[r - 1][c - 1]));
        const m = run(g2, v.merges);
        const at = `${letter(c)}${r}`;
        const added = flagsOf(m).filter((x: F) => !vKeys.has(key(x)) && WEIGHT_RULES.has(x.rule));
        const hit = added.some((x: F) => x.cell === at || (x.related || []).includes(at) || (row(x.cell) <= r && col(x.cell) <= c));
        const b = (by[shape] ??= [0, 0]);
        b[1]++;
        if (hit) b[0]++;
        else missed.push(`${shape} ${j.id} ${a} '${String(grid[row(a) - 1][c - 1]).replace(/\s+/g, " ").slice(-24)}'`);
      }
    }
  }
  console.log(`lib ${path.relative(ROOT, LIB) || "."}: ${sources} bare weights read on ${sheets} real sheets`);
  console.log(`clean prints flagging anything new: ${falsePrints.length}/${prints}`);
  for (const x of falsePrints) console.log(`  FALSE ${x}`);
  let found = 0;
  let total = 0;
  for (const [s, [a, n]] of Object.entries(by)) {
    console.log(`  slipped, ${s.padEnd(20)} ${a}/${n}`);
    found += a;
    total += n;
  }
  console.log(`slips reported: ${found}/${total}`);
  if (process.env.SHOW_MISSED) for (const x of missed) console.log(`  MISS ${x}`);
}

main();
