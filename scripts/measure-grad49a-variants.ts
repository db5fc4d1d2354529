/**
 * grad49a: how many real truths, printed again with their title broken across lines (test/core/grad49a-variants.ts
 * brokenTitleVariant) keep their truth's family — right, wrong (another family named) or unknown — by variant and family;
 * and how many progress bulletins (monitoring truths with no table header) and `unknown` prose sheets (their counter-shapes)
 * keep theirs in the bulletin's shapes (bulletinVariant). Sheets whose unchanged review misses their truth's family are
 * left out. Usage: npx tsx scripts/measure-grad49a-variants.ts [--list]
 */
import { review, reviewFamily } from "../src/core/review";
import { BROKEN_TITLE_VARIANTS, brokenTitleVariant, BULLETIN_VARIANTS, bulletinVariant } from "../test/core/grad49a-variants";
import { realGrid, realTruths } from "../test/core/title-variants";

const list = process.argv.includes("--list");
type Count = { n: number; right: number; wrong: number; unknown: number };
const stats = new Map<string, Count>();
const out: string[] = [];
const add = (key: string, got: string, want: string, id: string) => {
  const s = stats.get(key) ?? { n: 0, right: 0, wrong: 0, unknown: 0 };
  stats.set(key, s);
  s.n++;
  if (got === want) s.right++;
  else if (got === "unknown") s.unknown++;
  else s.wrong++;
  if (list && got !== want) out.push(`${key}\t${want} -> ${got}\t${id}`);
};
let sources = 0;
let bulletins = 0;
for (const t of realTruths()) {
  const g = realGrid(t.id);
  const base = review(g, "national");
  if (base.model.family !== t.family) continue;
  sources++;
  for (const kind of BROKEN_TITLE_VARIANTS) {
    const v = brokenTitleVariant(kind, g, base.model.headerRow ?? t.header_row ?? null);
    if (v) add(`title: ${kind}\t${t.family}`, reviewFamily(v), t.family, t.id);
  }
  // (the bulletins: monitoring in prose; their counter-shapes: every unknown sheet read in prose, no header)
  if (base.model.headerRow !== null && base.model.headerRow !== undefined) continue;
  if (t.family !== "monitoring" && t.family !== "unknown") continue;
  bulletins++;
  for (const kind of BULLETIN_VARIANTS) {
    const v = bulletinVariant(kind, g);
    if (v) add(`bulletin: ${kind}\t${t.family}`, reviewFamily(v), t.family, t.id);
  }
}
if (list) console.log(out.join("\n"));
console.log("variant\tfamily\tsheets\tright\twrong\tunknown");
const tot = new Map<string, Count>();
for (const k of [...stats.keys()].sort()) {
  const s = stats.get(k)!;
  console.log(`${k}\t${s.n}\t${s.right}\t${s.wrong}\t${s.unknown}`);
  const v = k.split("\t")[0];
  const a = tot.get(v) ?? { n: 0, right: 0, wrong: 0, unknown: 0 };
  tot.set(v, { n: a.n + s.n, right: a.right + s.right, wrong: a.wrong + s.wrong, unknown: a.unknown + s.unknown });
}
for (const [v, s] of tot) console.log(`ALL ${v}\t${s.n}\t${s.right}\t${s.wrong}\t${s.unknown}`);
console.log(`sources: ${sources} sheets read right as printed; ${bulletins} prose sheets (monitoring or unknown) for the bulletin shapes`);
