/* prec49: one print of the variant generator, its text and its new findings. Usage: npx tsx scripts/prec49-show.ts <sheet-id> <variant> [slip] */
import { review } from "../src/core/review";
import { gridOf } from "../test/core/prec48-damage";
import { sentenceSources, slipText, VARIANTS, withCell } from "../test/core/prec49-variants";
const [id, name, slip] = process.argv.slice(2);
for (const src of sentenceSources().filter((s) => s.id === id)) {
  let raw = src.grid[src.r][src.c] as string;
  if (slip) raw = slipText(raw, src) ?? raw;
  const text = name === "none" ? raw : VARIANTS[name](raw, src);
  if (text === null) continue;
  console.log(`— ${src.rel.id}\n${text}`);
  for (const f of review(gridOf(withCell(src, text), src.merges), "national").findings) if (f.severity !== "info") console.log(`  ${f.rule}@${f.cell} ${f.message}`);
}
