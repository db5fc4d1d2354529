/* fam56: a real table sheet printed as one famx55 variant: its first lines, the header found, each family's score. Usage: npx tsx scripts/fam56-show.ts <kind|-> <id>… [--rows N] */
import { FAMILY_DETECTORS } from "../src/core/recognise/families";
import { sheetFeatures } from "../src/core/recognise/features";
import { reviewFamily } from "../src/core/review";
import { realGrid, realTruths } from "../test/core/title-variants";
import { famx55Variant, type Famx55Variant } from "../test/core/famx55-table-variants";
import type { Grid } from "../src/core/grid/grid";
const args = process.argv.slice(2);
const ri = args.indexOf("--rows");
const rows = ri >= 0 ? Number(args.splice(ri, 2)[1]) : 0;
const kind = args.shift()!;
const truths = new Map(realTruths().map((t) => [t.id, t]));
const show = (label: string, g: Grid, h: number) => {
  const f = sheetFeatures(g);
  const scores = FAMILY_DETECTORS.map((d) => `${d.id}=${d.detect(f).toFixed(2)}`).join(" ");
  console.log(`  [${label}] ${reviewFamily(g)} header ${f.header ? `${f.header.firstHeaderRow}-${f.header.lastRow}${f.header.inferred ? " inferred" : ""} ${JSON.stringify(Object.fromEntries(Object.entries(f.header.columns ?? {}).filter(([, v]) => v !== undefined && v !== null)))}` : "none"}\n    ${scores}`);
  if (rows) for (let r = 1; r <= Math.min(g.rowCount, Math.max(rows, h + rows)); r++) { const t: string[] = []; for (let c = 1; c <= Math.min(g.colCount, 14); c++) { const x = g.cell(r, c); t.push(x && x.v != null ? String(x.v).replace(/\s+/g, "").slice(0, 18) : ""); } console.log(`    ${r}: ${t.join(" | ")}`); }
};
for (const id of args) {
  const t = truths.get(id)!;
  const g = realGrid(id);
  console.log(`${id} (${t.family}, h=${t.header_row})`);
  show("orig", g, t.header_row ?? 0);
  if (kind !== "-") { const v = famx55Variant(kind as Famx55Variant, g, t.header_row!); if (v) show(kind, v, t.header_row ?? 0); }
}
