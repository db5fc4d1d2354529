/**
 * Writes the .xlsx beside every transcribed case JSON (test/fixtures/real, validation, peer), or of the
 * JSON files named on the command line:
 *   npx tsx scripts/corpus-to-xlsx.ts                 # every case in real/, validation/, peer/
 *   npx tsx scripts/corpus-to-xlsx.ts path/to/x.json  # just these
 *   npx tsx scripts/corpus-to-xlsx.ts --force         # rewrite every workbook, not only those older than their JSON
 * The conversion (numbers with the shown decimals, "x%" as a percent) lives in scripts/corpus-cells.js.
 */
import { readdirSync, readFileSync, existsSync, statSync } from "fs";
import { join, resolve } from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { caseWorkbook } = require("./corpus-cells.js");

const ROOT = resolve(__dirname, "..");
const DIRS = ["real", "validation", "peer"].map((d) => join(ROOT, "test", "fixtures", d));

function caseFiles(): string[] {
  const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (args.length) return args.map((a) => resolve(a));
  const out: string[] = [];
  for (const d of DIRS) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (/^[^.]+\.json$/.test(f)) out.push(join(d, f));
  }
  return out;
}

async function main() {
  const force = process.argv.includes("--force");
  const files = caseFiles();
  let written = 0;
  for (const f of files) {
    const out = f.replace(/\.json$/, ".xlsx");
    // ExcelJS output is not byte-stable: leave an up-to-date workbook alone so regenerating causes no churn
    if (!force && existsSync(out) && statSync(out).mtimeMs >= statSync(f).mtimeMs) continue;
    const c = JSON.parse(readFileSync(f, "utf8"));
    if (!Array.isArray(c.grid)) continue;
    const wb = caseWorkbook(c);
    // fixed dates so that regenerating an unchanged case gives the same bytes in the docProps
    wb.created = new Date(Date.UTC(2026, 0, 1));
    wb.modified = new Date(Date.UTC(2026, 0, 1));
    wb.creator = "perfsheet corpus";
    await wb.xlsx.writeFile(out);
    written++;
  }
  console.log(`wrote ${written} of ${files.length} workbook(s)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
