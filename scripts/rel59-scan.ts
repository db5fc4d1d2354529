/* rel59: readings of rel59's widenings over the stored sheets (not the held-out split), each with its figures and whether it
 * holds. Usage: npx tsx scripts/rel59-scan.ts rest|changes|shares|completions|rows [dir …]
 *   rest: sentence-breakdowns.ts lists closed by a part naming the rest ('其他事业单位0个'), exact or not
 *   changes: inline-changes.ts' relations (diff two runs to see a widening's new readings)
 *   shares: listed-shares.ts' relations
 *   completions: budget-completions.ts' relations
 *   rows: numbered-row-parts.ts' sums (evaluated as read: atMost sums hold where the parts do not exceed) */
import * as fs from "fs";
import * as path from "path";
import { jsonGrid } from "../test/helpers";
import { sentenceBreakdowns } from "../src/core/recognise/sentence-breakdowns";
import { proseDigits } from "../src/core/recognise/prose-rates";
import { inlineChanges } from "../src/core/relations/inline-changes";
import { evaluateRelation } from "../src/core/relations/evaluate";
import { listedShares } from "../src/core/relations/listed-shares";
import { budgetCompletions } from "../src/core/relations/budget-completions";
import { numberedRowPartSums } from "../src/core/recognise/numbered-row-parts";
const mode = process.argv[2];
const dirs = process.argv.length > 3 ? process.argv.slice(3) : ["real", "corpus", "extra", "peer", "scan"].map((d) => `test/fixtures/${d}`);
const files: string[] = [];
const walk = (d: string) => {
  for (const f of fs.readdirSync(d)) {
    const p = path.join(d, f);
    if (fs.statSync(p).isDirectory()) walk(p);
    else if (f.endsWith(".json") && !f.endsWith(".truth.json") && !f.endsWith(".expected.json")) files.push(p);
  }
};
for (const d of dirs) walk(d);
let n = 0;
for (const f of files) {
  let g;
  try {
    g = jsonGrid(f);
  } catch {
    continue;
  }
  const id = path.basename(f, ".json");
  if (mode === "changes" || mode === "shares" || mode === "completions" || mode === "rows") {
    for (const r of mode === "rows" ? numberedRowPartSums(g, []) : mode === "shares" ? listedShares(g) : mode === "completions" ? budgetCompletions(g, []) : inlineChanges(g)) {
      n++;
      const ok = evaluateRelation(r as never).ok;
      const terms = r.kind === "ratio" ? `${r.stated.value}% = ${r.numerator.text} / ${r.denominator.text}` : r.kind === "difference" ? `${r.result.text} = ${r.minuend.text} − ${r.subtrahends.map((s) => s.text).join(" − ")}` : r.kind === "sum" ? `${r.total.text} ${r.bound === "equal" ? "=" : ">="} ${r.parts.map((p) => p.text).join(" + ")}` : "";
      console.log(`${ok ? "holds" : "FAILS"} ${id} ${r.kind === "ratio" ? r.stated.cell : r.kind === "difference" ? r.result.cell : r.kind === "sum" ? r.total.cell : ""} ${terms}`);
    }
    continue;
  }
  for (let r = 1; r <= g.rowCount; r++)
    for (let c = 1; c <= g.colCount; c++) {
      const raw = g.text(r, c);
      if (!raw || raw.length < 12 || raw.indexOf("其") < 0) continue;
      const t = proseDigits(raw);
      if (t === null) continue;
      for (const b of sentenceBreakdowns(t)) {
        if (!/^(?:其他|其它|其余|剩余)/.test(b.labels[b.labels.length - 1])) continue;
        const sum = b.parts.reduce((a, p) => a + p.value, 0);
        n++;
        console.log(`${b.exact ? "exact" : "atMost"} ${Math.abs(sum - b.whole.value) < 1e-6 ? "holds" : "DIFF"} ${id} ${g.addr(r, c)} ${b.whole.text} vs ${b.parts.map((p) => p.text).join(" + ")} [${b.labels.join(" | ")}]`);
      }
    }
}
console.log(`${n} readings`);
