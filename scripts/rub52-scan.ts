/* rub52: every real sheet's findings of the given rules (all severities). Usage: npx tsx scripts/rub52-scan.ts rule[,rule] */
import { review } from "../src/core/review";
import { jsonGrid } from "../test/helpers";
import { readdirSync } from "fs";
const rules = new Set(process.argv[2].split(","));
for (const f of readdirSync("test/fixtures/real").filter((x) => x.endsWith(".json") && !x.endsWith(".truth.json")).sort()) {
  const id = f.replace(/\.json$/, "");
  let r;
  try { r = review(jsonGrid(`test/fixtures/real/${f}`), "national"); } catch (e) { console.log(`${id} THROW ${e}`); continue; }
  for (const x of r.findings) if (rules.has(x.rule)) console.log(`${id}\t${r.model.family}\t${x.severity}\t${x.cell}\t${(x as any).messageId ?? ""}\t${x.message.slice(0, 160)}`);
}
