/* fam55: fam47's title-variant shares, per variant: sheets, right, wrong, and the sheets read otherwise. Usage: npx tsx scripts/fam55-tv.ts [variant] */
import { review, reviewFamily } from "../src/core/review";
import { realGrid, realTruths, titleVariant, VARIANT_NAMES } from "../test/core/title-variants";
const only = process.argv[2];
for (const kind of VARIANT_NAMES.filter((k) => !only || k === only)) {
  let n = 0, right = 0, wrong = 0;
  const off: string[] = [];
  for (const t of realTruths()) {
    const g = realGrid(t.id);
    const base = review(g, "national");
    if (base.model.family !== t.family) continue;
    const v = titleVariant(kind, g, base, t);
    if (!v) continue;
    const got = reviewFamily(v);
    n++;
    if (got === t.family) right++;
    else { if (got !== "unknown") wrong++; off.push(`${t.id} ${t.family} → ${got}`); }
  }
  console.log(`${kind}: ${right}/${n} right (${(right / n).toFixed(4)}), ${wrong} wrong`);
  for (const o of off) console.log("  " + o);
}
