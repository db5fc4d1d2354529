/**
 * famx55: every real TABLE sheet (truth header_row not null) printed the ways an unseen publisher prints it
 * (test/core/famx55-table-variants.ts), its family read again. For sheets with a family: survival per variant kind and per
 * family (only sheets whose unchanged print is read right count). For `unknown` table sheets (budget statements, fund
 * tables, rankings): how many GAIN a family (must stay ~0).
 * Usage: npx tsx scripts/famx55-variants.ts [--list] [--kinds k1,k2] [--every N]   (~20 s unloaded; --every N reads every Nth sheet)
 */
import { reviewFamily } from "../src/core/review";
import { famx55Survival, FAMX55_VARIANTS, type Famx55Variant } from "../test/core/famx55-table-variants";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const kinds = (arg("--kinds")?.split(",") ?? [...FAMX55_VARIANTS]) as Famx55Variant[];
const s = famx55Survival(reviewFamily, kinds, Number(arg("--every") ?? 1));
if (process.argv.includes("--list")) for (const x of s.misses) console.log(`${x.family}\t${x.kind}\t→ ${x.got}\t${x.id}`);
const frac = (x: { n: number; kept: number }) => `${x.kept}/${x.n}`;
console.log(`== unchanged prints read right: ${s.readRight}/${s.tables} table sheets with a family`);
console.log("== per variant kind (sheets with a family)");
for (const k of kinds) { const x = s.perKind.get(k); if (x) console.log(`${k}\t${frac(x)}`); }
console.log(`all variants\t${frac(s.all)}`);
console.log("== per family and kind (misses only)");
for (const [k, x] of [...s.perFamily].sort()) if (x.kept < x.n) console.log(`${k}\t${frac(x)}`);
console.log("== per family (all kinds)");
const fam = new Map<string, { n: number; kept: number }>();
for (const [k, x] of s.perFamily) { const f = k.split("\t")[0]; const a = fam.get(f) ?? { n: 0, kept: 0 }; a.n += x.n; a.kept += x.kept; fam.set(f, a); }
for (const [k, x] of [...fam].sort()) console.log(`${k}\t${frac(x)}`);
console.log("== unknown table sheets that gain a family");
for (const k of kinds) { const x = s.gained.get(k); if (x) console.log(`${k}\t${x.kept}/${x.n}`); }
console.log(`all\t${s.allGained.kept}/${s.allGained.n}`);
