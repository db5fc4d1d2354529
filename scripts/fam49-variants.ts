/**
 * fam49: the classes' real truths printed again in their other shapes — every real sheet with no table header whose truth is
 * monitoring or project-self-eval (the classes) or unknown (their counter-shapes), read right as printed: title line removed,
 * 繁體, spaces inside words, a news line above, another period (1-7月 → 1-9月, 截至7月底 → 截至9月底). Counts kept / shapes.
 * Usage: npx tsx scripts/fam49-variants.ts [--list]
 */
import { review, reviewFamily } from "../src/core/review";
import { BULLETIN_VARIANTS, bulletinVariant } from "../test/core/grad49a-variants";
import { build, withRowsBefore } from "../test/core/metamorphic";
import { rangeA1 } from "../src/core/grid/a1";
import { realGrid, realTruths } from "../test/core/title-variants";
import type { Grid } from "../src/core/grid/grid";

const list = process.argv.includes("--list");
const SHAPES = ["title removed", "traditional", "spaces inside", "news line above", "another period"] as const;
function shape(kind: (typeof SHAPES)[number], g: Grid): Grid | null {
  if (kind === "news line above") return withRowsBefore(g, 1, [[{ v: "发布时间:2024-03-20 来源:本站 浏览次数:128" }]]).grid;
  if (kind === "another period") {
    let n = 0;
    const out = mapTexts(g, (s) => s.replace(/1\s*[-—~至]\s*([1-8])\s*月/g, () => (n++, "1-9月")).replace(/截[至止](\d{4}年)?([1-8])月(底|末)/g, () => (n++, "截至9月底")));
    return n ? out : null;
  }
  return bulletinVariant(kind as (typeof BULLETIN_VARIANTS)[number], g);
}
function mapTexts(g: Grid, f: (s: string) => string): Grid {
  return build(g, (r, c) => { const x = g.cell(r, c); return x && typeof x.v === "string" ? { ...x, v: f(x.v) } : x; }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), "Sheet1");
}
const stats = new Map<string, { n: number; kept: number }>();
const out: string[] = [];
for (const t of realTruths()) {
  if (!["monitoring", "project-self-eval", "unknown"].includes(t.family)) continue;
  const g = realGrid(t.id);
  const base = review(g, "national");
  if (base.model.headerRow !== null && base.model.headerRow !== undefined) continue;
  const cls = t.family === "unknown" ? "unknown (counter)" : t.family;
  for (const kind of SHAPES) {
    const key = `${cls}\t${kind}`;
    const s = stats.get(key) ?? { n: 0, kept: 0 };
    stats.set(key, s);
    if (base.model.family !== t.family) {
      // (read wrong as printed: counted as a shape not kept)
      s.n++;
      if (list) out.push(`${key}\tas printed ${base.model.family}\t${t.id}`);
      continue;
    }
    const v = shape(kind, g);
    if (!v) continue;
    s.n++;
    const got = reviewFamily(v);
    if (got === t.family) s.kept++;
    else if (list) out.push(`${key}\t${got}\t${t.id}`);
  }
}
console.log(out.join("\n"));
for (const [k, v] of [...stats].sort()) console.log(`${k}\t${v.kept}/${v.n}`);
