/* rel58: every reading of summed-whole-shares.ts over the stored sheets (not the held-out split). Usage: npx tsx scripts/rel58-shares-scan.ts */
import * as fs from "fs";
import * as path from "path";
import { jsonGrid } from "../test/helpers";
import { summedWholeShares } from "../src/core/relations/summed-whole-shares";
let n = 0;
for (const dir of ["real", "corpus", "extra", "peer", "scan"].map((d) => `test/fixtures/${d}`)) {
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
    for (const r of summedWholeShares(g)) {
      n++;
      const got = (100 * r.numerator.value) / r.denominator.value;
      const ok = Math.abs(got - r.stated.value) <= 0.5 * 10 ** -(r.stated.decimals ?? 0) + 1e-9;
      console.log(`${ok ? "holds" : "FAILS"} ${path.basename(f, ".json")} ${r.stated.cell} ${r.name} ${r.numerator.text} / (${r.denominator.text}) = ${got.toFixed(2)}% printed ${r.stated.text}`);
    }
  }
}
console.log(`${n} readings`);
