/**
 * forms53: the template variations of test/core/forms53-variants.ts applied to every real form with indicators (truth
 * `indicators` non-empty) or a fund table (truth `budget_items` non-empty), each compared with the sheet's reading as
 * printed. Prints survival per kind, and with --list every variant that broke (kind, what, parts changed, sheet).
 * Usage: npx tsx scripts/forms53-variants.ts [--list] [--only id,id] [--kind 'swapped columns']
 */
import { readFileSync } from "fs";
import { join } from "path";
import { review } from "../src/core/review";
import { realGrid, realTruths } from "../test/core/title-variants";
import { differs, KINDS, reading, variants } from "../test/core/forms53-variants";

const arg = (k: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : null; };
const list = process.argv.includes("--list");
const only = arg("--only")?.split(",") ?? null;
const kind = arg("--kind");
const stats = new Map<string, { n: number; kept: number; parts: Map<string, number> }>();
for (const k of KINDS) stats.set(k, { n: 0, kept: 0, parts: new Map() });
const broke: string[] = [];
let forms = 0;
for (const t of realTruths()) {
  if (only && !only.includes(t.id)) continue;
  const full = JSON.parse(readFileSync(join(__dirname, "../test/fixtures/real", `${t.id}.truth.json`), "utf8"));
  if (!t.indicators.length && !(full.budget_items ?? []).length) continue;
  const g = realGrid(t.id);
  const base = review(g, "national");
  if (base.model.family !== t.family) continue;
  forms++;
  const was = reading(base);
  for (const v of variants(g, base)) {
    if (kind && v.kind !== kind) continue;
    const s = stats.get(v.kind)!;
    s.n++;
    const d = differs(was, reading(review(v.grid, "national"), v.back));
    if (!d.length) { s.kept++; continue; }
    for (const p of d) s.parts.set(p, (s.parts.get(p) ?? 0) + 1);
    if (list) broke.push(`${v.kind}\t${v.what}\t${d.join(",")}\t${t.id}`);
  }
}
if (list) console.log(broke.join("\n"));
console.log(`forms read right as printed: ${forms}`);
for (const [k, s] of stats) console.log(`${k}\t${s.kept}/${s.n}\t${[...s.parts].map(([p, n]) => `${p} ${n}`).join(", ")}`);
