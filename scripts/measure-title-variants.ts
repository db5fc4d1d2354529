/**
 * fam47: how many of the real truths, printed again without their title (test/core/title-variants.ts: title removed,
 * 附件N, sheet name, continuation page, stripped), keep their truth's family — right, wrong (another family named) or
 * unknown — by variant and family. The sheets whose unchanged review already misses their truth's family are left out.
 * Usage: npx tsx scripts/measure-title-variants.ts [--list] [--variant NAME]
 */
import { review, reviewFamily } from "../src/core/review";
import { realGrid, realTruths, titleVariant, VARIANT_NAMES } from "../test/core/title-variants";

const list = process.argv.includes("--list");
const only = process.argv.indexOf("--variant") >= 0 ? process.argv[process.argv.indexOf("--variant") + 1] : undefined;
type Count = { n: number; right: number; wrong: number; unknown: number };
const stats = new Map<string, Count>();
const lines: string[] = [];
let sheets = 0;
let baseRight = 0;
for (const t of realTruths()) {
  const g = realGrid(t.id);
  const base = review(g, "national");
  sheets++;
  if (base.model.family !== t.family) {
    if (list) lines.push(`base\t${t.family} -> ${base.model.family}\t${t.id}`);
    continue;
  }
  baseRight++;
  for (const kind of VARIANT_NAMES) {
    if (only && kind !== only) continue;
    const v = titleVariant(kind, g, base, t);
    if (!v) continue;
    const got = reviewFamily(v);
    const key = `${kind}\t${t.family}`;
    const s = stats.get(key) ?? { n: 0, right: 0, wrong: 0, unknown: 0 };
    stats.set(key, s);
    s.n++;
    if (got === t.family) s.right++;
    else if (got === "unknown") s.unknown++;
    else s.wrong++;
    if (list && got !== t.family) lines.push(`${kind}\t${t.family} -> ${got}\t${t.id}`);
  }
}
if (list) console.log(lines.join("\n"));
const tot = new Map<string, Count>();
console.log("variant\tfamily\tsheets\tright\twrong\tunknown");
for (const k of [...stats.keys()].sort()) {
  const s = stats.get(k)!;
  console.log(`${k}\t${s.n}\t${s.right}\t${s.wrong}\t${s.unknown}`);
  const v = k.split("\t")[0];
  const a = tot.get(v) ?? { n: 0, right: 0, wrong: 0, unknown: 0 };
  tot.set(v, { n: a.n + s.n, right: a.right + s.right, wrong: a.wrong + s.wrong, unknown: a.unknown + s.unknown });
}
console.log(`base\t${sheets} sheets, family right on ${baseRight}`);
for (const [v, s] of tot) console.log(`ALL ${v}\t${s.n}\t${s.right}\t${s.wrong}\t${s.unknown}`);
