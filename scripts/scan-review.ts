/* scan56: the unlabelled scan set (test/fixtures/scan/<id>.json, real published pages stored as one-column grids, no
 * truth): runs the built engine (lib/, `npm run -s build:lib` first) over every page and lists each error and warning
 * as `file<TAB>rule<TAB>cell<TAB>severity<TAB>message`, then the counts. Usage: npx tsx scripts/scan-review.ts [ids…] */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Grid } = require(join(__dirname, "../lib/core/grid/grid.js"));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { review } = require(join(__dirname, "../lib/core/review.js"));

const DIR = join(__dirname, "../test/fixtures/scan");
const only = process.argv.slice(2);
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.json$/, "")))
  .sort();
let flags = 0;
let flagged = 0;
for (const f of files) {
  const j = JSON.parse(readFileSync(join(DIR, f), "utf8")) as { id: string; grid: string[][] };
  const r = review(Grid.fromValues("Sheet1", j.grid, []));
  const hits = (r.findings as { rule: string; severity: string; cell: string; message: string }[]).filter(
    (x) => x.severity === "error" || x.severity === "warning",
  );
  if (hits.length) flagged++;
  for (const x of hits) {
    flags++;
    console.log(`${j.id}\t${x.rule}\t${x.cell}\t${x.severity}\t${x.message}`);
  }
}
console.log(`pages ${files.length}, pages flagged ${flagged}, flags ${flags}`);
