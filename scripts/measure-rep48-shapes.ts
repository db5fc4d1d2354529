/**
 * rep48: how many real prose reports stating their result (test/core/rep48-shapes.ts) still read their family and their
 * stated total (and grade) when printed again in each shape. Usage: npx tsx scripts/measure-rep48-shapes.ts [--list] [--truths: every source by its truth, read as printed or not]
 */
import { review } from "../src/core/review";
import { RESULT_SHAPES, reads, resultShape, resultSources } from "../test/core/rep48-shapes";

const list = process.argv.includes("--list");
const sources = resultSources(!process.argv.includes("--truths"));
console.log(`sources: ${sources.length} (${sources.map((s) => s.t.id).join(", ")})`);
for (const kind of RESULT_SHAPES) {
  let n = 0;
  let ok = 0;
  const miss: string[] = [];
  for (const { t, g } of sources) {
    const v = resultShape(kind, g, t.family);
    if (!v) continue;
    n++;
    const r = review(v, "national");
    if (reads(r, t)) ok++;
    else miss.push(`${t.id} (${r.model.family}, ${r.model.totals?.score?.value ?? "-"}, ${r.model.grade?.value ?? "-"})`);
  }
  console.log(`${kind}\t${ok}/${n}`);
  if (list) for (const m of miss) console.log(`   ${m}`);
}
