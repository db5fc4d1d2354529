/* rel58: every reading of one of rel58's readers over the stored sheets (not the held-out split), each with its figures and
 * whether it holds. Usage: npx tsx scripts/rel58-scan.ts items|shares [dir …]
 *   items: named-item-rates.ts (an item's change and rate, its amount stated in another clause)
 *   shares: summed-whole-shares.ts (parts' shares of a whole never stated, the whole their sum) */
import * as fs from "fs";
import * as path from "path";
import { jsonGrid } from "../test/helpers";
import { namedItemRates } from "../src/core/relations/named-item-rates";
import { summedWholeShares } from "../src/core/relations/summed-whole-shares";
const reader = process.argv[2] === "shares" ? summedWholeShares : namedItemRates;
const dirs = process.argv.length > 3 ? process.argv.slice(3) : ["real", "corpus", "extra", "peer", "scan"].map((d) => `test/fixtures/${d}`);
let n = 0;
for (const dir of dirs) {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".json") && !f.endsWith(".truth.json") && !f.endsWith(".expected.json")) files.push(p);
    }
  };
  walk(dir);
  for (const f of files) {
    let g;
    try {
      g = jsonGrid(f);
    } catch {
      continue;
    }
    for (const r of reader(g)) {
      n++;
      const got = (100 * r.numerator.value) / r.denominator.value;
      const ok = Math.abs(got - r.stated.value) <= 0.5 * 10 ** -(r.stated.decimals ?? 0) + 1e-9;
      console.log(`${ok ? "holds" : "FAILS"} ${path.basename(f, ".json")} ${r.stated.cell} ${r.name} ${r.numerator.text} / (${r.denominator.text} @${r.denominator.cell}) = ${got.toFixed(2)}% printed ${r.stated.text}`);
    }
  }
}
console.log(`${n} readings`);
