/**
 * fam53: every real prose sheet (truth header_row null, paragraphs in one text column) printed the ways an unseen publisher
 * prints it (test/core/fam53-variants.ts), its family read again. For sheets with a family: survival per variant kind and per
 * family (only sheets read right as paragraphs count). For `unknown` prose sheets: how many gain a family (must stay ~0).
 * fam54: and the near shapes (test/core/fam54-near-shapes.ts: a work summary, a notice of results, a bulletin without its
 * period) printed the same ways: how many prints are read as the family each must not be (must stay 0).
 * (famp55: the prints are read by test/core/fam53-survival.ts, which the floor test in test/core/fam53.test.ts shares.)
 * Usage: npx tsx scripts/fam53-variants.ts [--list]
 */
import { FAM53_VARIANTS } from "../test/core/fam53-variants";
import { fam53Prints } from "../test/core/fam53-survival";

const list = process.argv.includes("--list");
const perKind = new Map<string, { n: number; kept: number }>();
const perFamily = new Map<string, { n: number; kept: number }>();
const gained = new Map<string, { n: number; gained: number }>();
const out: string[] = [];
const add = (m: Map<string, { n: number; kept: number }>, k: string, ok: boolean) => {
  const s = m.get(k) ?? { n: 0, kept: 0 };
  s.n++;
  if (ok) s.kept++;
  m.set(k, s);
};
const { real, near: nearPrints } = fam53Prints();
for (const { family, kind, got, id } of real) {
  if (family === "unknown") {
    const s = gained.get(kind) ?? { n: 0, gained: 0 };
    s.n++;
    if (got !== "unknown") {
      s.gained++;
      if (list) out.push(`unknown\t${kind}\t→ ${got}\t${id}`);
    }
    gained.set(kind, s);
    continue;
  }
  add(perKind, kind, got === family);
  add(perFamily, `${family}\t${kind}`, got === family);
  if (got !== family && list) out.push(`${family}\t${kind}\t→ ${got}\t${id}`);
}
if (list) console.log(out.join("\n"));
const pct = (a: number, b: number) => `${a}/${b}`;
console.log("== per variant kind (sheets with a family)");
for (const k of FAM53_VARIANTS) { const s = perKind.get(k); if (s) console.log(`${k}\t${pct(s.kept, s.n)}`); }
const all = [...perKind.entries()].filter(([k]) => k !== "as paragraphs").reduce((a, [, s]) => ({ n: a.n + s.n, kept: a.kept + s.kept }), { n: 0, kept: 0 });
console.log(`all variants\t${pct(all.kept, all.n)}`);
console.log("== per family and kind");
for (const [k, s] of [...perFamily].sort()) console.log(`${k}\t${pct(s.kept, s.n)}`);
console.log("== unknown prose sheets that gain a family");
let gn = 0, gg = 0;
for (const k of FAM53_VARIANTS) { const s = gained.get(k); if (s) { gn += s.n; gg += s.gained; console.log(`${k}\t${s.gained}/${s.n}`); } }
console.log(`all\t${gg}/${gn}`);
console.log("== near shapes read as the family they must not be (fam54)");
const near = new Map<string, { n: number; wrong: number }>();
for (const p of nearPrints) {
  const s = near.get(p.shape) ?? { n: 0, wrong: 0 };
  s.n++;
  if (p.got === p.family) {
    s.wrong++;
    if (list) console.log(`near\t${p.kind}\t→ ${p.got}\t${p.id}`);
  }
  near.set(p.shape, s);
}
let nn = 0, nw = 0;
for (const [k, s] of near) { nn += s.n; nw += s.wrong; console.log(`${k}\t${s.wrong}/${s.n}`); }
console.log(`all\t${nw}/${nn}`);
