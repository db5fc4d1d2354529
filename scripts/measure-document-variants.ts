/**
 * fam48: how many real prose reports (and real `unknown` prose sheets, the counter-shapes), printed again as a document
 * whose title is not a line of its own (test/core/document-variants.ts), keep their truth's family — right, wrong (another
 * family named) or unknown — by variant and family. Sheets whose unchanged review misses their truth's family are left out.
 * Usage: npx tsx scripts/measure-document-variants.ts [--list] [--variant NAME]
 */
import { review, reviewFamily } from "../src/core/review";
import { DOCUMENT_VARIANTS, documentVariant, isProse } from "../test/core/document-variants";
import { realGrid, realTruths } from "../test/core/title-variants";

const list = process.argv.includes("--list");
const only = process.argv.indexOf("--variant") >= 0 ? process.argv[process.argv.indexOf("--variant") + 1] : undefined;
type Count = { n: number; right: number; wrong: number; unknown: number };
const stats = new Map<string, Count>();
const out: string[] = [];
let sources = 0;
for (const t of realTruths()) {
  const g = realGrid(t.id);
  const base = review(g, "national");
  // (every `unknown` truth, prose or table: the counter-shapes a document reading must leave unknown)
  if (base.model.family !== t.family || (t.family !== "unknown" && !isProse(g, base))) continue;
  sources++;
  for (const kind of DOCUMENT_VARIANTS) {
    if (only && kind !== only) continue;
    const v = documentVariant(kind, g, t);
    if (!v) continue;
    const got = reviewFamily(v);
    const key = `${kind}\t${t.family}`;
    const s = stats.get(key) ?? { n: 0, right: 0, wrong: 0, unknown: 0 };
    stats.set(key, s);
    s.n++;
    if (got === t.family) s.right++;
    else if (got === "unknown") s.unknown++;
    else s.wrong++;
    if (list && got !== t.family) out.push(`${kind}\t${t.family} -> ${got}\t${t.id}`);
  }
}
if (list) console.log(out.join("\n"));
console.log("variant\tfamily\tsheets\tright\twrong\tunknown");
for (const k of [...stats.keys()].sort()) {
  const s = stats.get(k)!;
  console.log(`${k}\t${s.n}\t${s.right}\t${s.wrong}\t${s.unknown}`);
}
console.log(`sources: ${sources} prose sheets read right as printed`);
