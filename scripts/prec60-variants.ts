/* prec60: the real sheets (test/fixtures/real, extra) in the shapes unseen pages come in (test/core/metamorphic-prec60.ts):
 * the error / warning flags each variant gains over the published sheet. Usage:
 * npx tsx scripts/prec60-variants.ts [--variant <name>] [--only <id,…>] [--errors] [--all] */
import { readdirSync } from "fs";
import { join } from "path";
import { review } from "../src/core/review";
import { FIXTURES, jsonGrid } from "../test/helpers";
import { gainedFlags, VARIANTS } from "../test/core/metamorphic-prec60";
const arg = (k: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
const onlyVariant = arg("--variant");
const only = arg("--only")?.split(",");
const sev = process.argv.includes("--errors") ? ["error"] : ["error", "warning"];
const showAll = process.argv.includes("--all");
const ids = ["real", "extra"].flatMap((d) => readdirSync(join(FIXTURES, d)).filter((f) => f.endsWith(".json") && !f.endsWith(".truth.json") && !f.endsWith(".expect.json")).map((f) => `${d}/${f.replace(/\.json$/, "")}`)).sort()
  .filter((k) => !only || only.some((o) => k.includes(o)));
const t0 = Date.now();
const counts: Record<string, { run: number; gained: number; partLost: number; headLost: number; byRule: Record<string, number> }> = {};
for (const k of ids) {
  const g = jsonGrid(join(FIXTURES, `${k}.json`));
  const base = review(g, "national");
  for (const [name, make] of Object.entries(VARIANTS)) {
    if (onlyVariant && name !== onlyVariant) continue;
    const v = make(g, base);
    if (!v) continue;
    const c = (counts[name] ??= { run: 0, gained: 0, partLost: 0, headLost: 0, byRule: {} });
    c.run++;
    const out = review(v.grid, "national");
    const gained = gainedFlags(g, base, v, out, sev);
    for (const f of gained) {
      if (f.partLost) { c.partLost++; if (!showAll) continue; }
      else if (f.headLost) { c.headLost++; if (!showAll) continue; }
      else { c.gained++; c.byRule[`${f.severity} ${f.rule}`] = (c.byRule[`${f.severity} ${f.rule}`] ?? 0) + 1; }
      console.log(`GAIN\t${name}\t${k}\t[${v.dropped.length > 3 ? v.dropped[0] + "-" : v.dropped.join(",")}${v.blanked ? "col" + v.blanked : ""}]\t${f.severity} ${f.rule}@${f.cell}${f.partLost ? " (part lost)" : f.headLost ? " (head lost)" : ""}\t${f.message}`);
    }
  }
}
for (const [name, c] of Object.entries(counts)) console.log(`VARIANT\t${name}\tsheets ${c.run}\tgained ${c.gained}\tpart-lost ${c.partLost}\thead-lost ${c.headLost}\t${JSON.stringify(c.byRule)}`);
console.log(`${ids.length} sheets, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
