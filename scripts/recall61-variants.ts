/* recall61: every total over parts the engine reads in prose on the real sheets (test/core/metamorphic-recall61.ts),
 * broken (its whole written below its parts) and rewritten in ways a reviewer reads as the same sentence. Prints, per
 * rewrite: relations it applies to, found broken / total (and among those found unrewritten), relations whose clean
 * rewritten sheet gains a flag. Usage:
 * npx tsx scripts/recall61-variants.ts [--rewrite <name>] [--only <id,…>] [--show] [--json out.json] */
import { readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { review } from "../src/core/review";
import { FIXTURES, jsonGrid } from "../test/helpers";
import { brokenWhole, flagged, newFlags, proseSums, REWRITES, rewrite, withWhole } from "../test/core/metamorphic-recall61";
const arg = (k: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
const onlyRewrite = arg("--rewrite");
const only = arg("--only")?.split(",");
const show = process.argv.includes("--show");
const jsonOut = arg("--json");
const ids = readdirSync(join(FIXTURES, "real")).filter((f) => f.endsWith(".json") && !f.endsWith(".truth.json") && !f.endsWith(".expect.json")).map((f) => `real/${f.replace(/\.json$/, "")}`).sort()
  .filter((k) => !only || only.some((o) => k.includes(o)));
const t0 = Date.now();
type C = { applies: number; found: number; foundOfFound: number; baseFound: number; cleanGained: number };
const counts: Record<string, C> = {};
let rels = 0;
let foundPlain = 0;
const rows: unknown[] = [];
for (const k of ids) {
  const g = jsonGrid(join(FIXTURES, `${k}.json`));
  const base = review(g, "national");
  for (const s of proseSums(g, base)) {
    rels++;
    const broken = withWhole(g, s, brokenWhole(s));
    const plain = flagged(base, review(broken, "national"), s);
    if (plain) foundPlain++;
    else if (show) console.log(`MISS\tplain\t${k}\t${s.total.cell} ${s.total.value} → ${brokenWhole(s)}`);
    const row: Record<string, unknown> = { id: k, cell: s.total.cell, total: s.total.value, parts: s.parts.map((p) => `${p.cell}:${p.value}`).join(" "), plain };
    for (const [name, rw] of Object.entries(REWRITES)) {
      if (onlyRewrite && name !== onlyRewrite) continue;
      const clean = rewrite(g, s, rw);
      if (!clean) continue;
      const c = (counts[name] ??= { applies: 0, found: 0, foundOfFound: 0, baseFound: 0, cleanGained: 0 });
      c.applies++;
      const gained = newFlags(base, review(clean, "national"));
      if (gained.length) { c.cleanGained++; if (show) console.log(`GAIN\t${name}\t${k}\t${s.total.cell}\t${gained.join(" ")}`); }
      const brokenRw = rewrite(broken, s, rw) ?? broken;
      const found = flagged(base, review(brokenRw, "national"), s);
      if (found) c.found++;
      if (plain) { c.baseFound++; if (found) c.foundOfFound++; else if (show) console.log(`MISS\t${name}\t${k}\t${s.total.cell} ${s.total.value}`); }
      row[name] = { found, gained };
    }
    rows.push(row);
  }
}
console.log(`prose sums ${rels} on ${ids.length} sheets; broken and flagged unrewritten ${foundPlain}/${rels}`);
console.log(`${"rewrite".padEnd(34)} applies  found/applies  found/(found unrewritten)  clean gained`);
for (const [name, c] of Object.entries(counts)) console.log(`${name.padEnd(34)} ${String(c.applies).padStart(6)}  ${`${c.found}/${c.applies}`.padStart(13)}  ${`${c.foundOfFound}/${c.baseFound}`.padStart(24)}  ${String(c.cleanGained).padStart(12)}`);
console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
