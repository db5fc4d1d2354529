/* prec50: the reach of the group scope over the real sheets: header lines naming 累计 under a line of group heads (groupKeys
 * non-null), and the cut-number shape '7,206,4' anywhere. Usage: npx tsx scripts/prec50-measure.ts */
import { readdirSync } from "fs";
import { groupKeys } from "../src/core/recognise/group-heads";
import { jsonGrid } from "../test/helpers";
const dir = "test/fixtures/real";
let sheets = 0, lines = 0, grouped = 0, cut = 0;
const hits: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith(".json") && !x.endsWith(".truth.json"))) {
  sheets++;
  const g = jsonGrid(`${dir}/${f}`);
  for (let h = 2; h <= g.rowCount; h++) {
    const cols: number[] = [];
    let cum = false;
    for (let c = 1; c <= g.scanCols; c++) {
      const t = g.ownsCell(h, c) ? g.compactText(h, c) : "";
      if (t && t.length <= 20) { cols.push(c); if (/累计/.test(t)) cum = true; }
      if (/^\d{1,3}(,\d{3})*,\d{0,2}$/.test(t) && t.length >= 5) { cut++; hits.push(`cut ${f} ${g.addr(h, c)} ${t}`); }
    }
    if (!cum || cols.length < 2) continue;
    lines++;
    const k = groupKeys(g, h, cols);
    if (k) { grouped++; hits.push(`group ${f} row ${h}: ${[...new Set(k.values())].filter((x) => x > 0).length} groups`); }
  }
}
console.log(`${sheets} sheets; ${lines} lines naming 累计 with two heads or more; ${grouped} under a line of group heads; ${cut} cut-shaped numbers`);
for (const h of hits) console.log(h);
