#!/usr/bin/env node
"use strict";
/**
 * Does a sheet read the same from its JSON transcription (the grid named 'Sheet1', as test/core/real-sheets.test.ts reads
 * it) and from its workbook (the committed .xlsx, or one built from the JSON by corpus-cells.js where none is committed,
 * read through the CLI's own reader, as scripts/eval-corpus.js and every user read it)? For every sheet of real/, peer/,
 * corpus/ and extra/ (never validation/): family, header row, indicators count, error/warning findings and info findings,
 * reviewed under the same profile (auto, the CLI's). Prints each disagreement and whether the sheet's name alone explains it
 * (the JSON grid read again under the workbook's sheet name). Reads lib/: `npm run -s build:lib` first. (fam43, session 43)
 *
 *   node scripts/json-xlsx-agreement.js [--only id1,id2] [--json]
 */
const fs = require("fs");
const path = require("path");
const ROOT = path.resolve(__dirname, "..");
const { review } = require(path.join(ROOT, "lib/core/review.js"));
const { Grid } = require(path.join(ROOT, "lib/core/grid/grid.js"));
const { readWorkbook } = require(path.join(ROOT, "lib/hosts/file/reader/index.js"));
const { caseWorkbook } = require("./corpus-cells.js");

const FIX = path.join(ROOT, "test", "fixtures");
const args = process.argv.slice(2);
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(",")) : null;
const asJson = args.includes("--json");

const cases = [];
for (const split of ["real", "peer"]) {
  const dir = path.join(FIX, split);
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir).filter((f) => /^[^.]+\.json$/.test(f)).sort()) {
    const id = f.replace(/\.json$/, "");
    const x = path.join(dir, `${id}.xlsx`);
    cases.push({ split, id, json: path.join(dir, f), xlsx: fs.existsSync(x) ? x : null });
  }
}
for (const f of fs.readdirSync(path.join(FIX, "corpus", "cases")).filter((f) => f.endsWith(".json")).sort()) {
  const id = f.replace(/\.json$/, "");
  const x = path.join(FIX, "corpus", "cases", `${id}.xlsx`);
  cases.push({ split: "corpus", id, json: path.join(FIX, "corpus", "cases", f), xlsx: fs.existsSync(x) ? x : null });
}
if (fs.existsSync(path.join(FIX, "extra")))
  for (const f of fs.readdirSync(path.join(FIX, "extra")).filter((f) => /^[^.]+\.json$/.test(f)).sort())
    cases.push({ split: "extra", id: f.replace(/\.json$/, ""), json: path.join(FIX, "extra", f), xlsx: null });

const KEYS = ["family", "header", "indicators", "findings", "info"];
function summary(g) {
  const r = review(g, undefined, { fills: false });
  const at = (fs) => fs.map((f) => `${f.rule}@${f.cell}`).sort().join(" ");
  return {
    family: r.model.family,
    header: r.model.headerRow,
    indicators: r.model.indicators.length,
    findings: at(r.findings.filter((f) => f.severity !== "info")),
    info: at(r.findings.filter((f) => f.severity === "info")),
  };
}

(async () => {
  const out = [];
  for (const c of cases) {
    if (only && !only.has(c.id)) continue;
    const j = JSON.parse(fs.readFileSync(c.json, "utf8"));
    const bytes = c.xlsx ? fs.readFileSync(c.xlsx) : Buffer.from(await caseWorkbook(j).xlsx.writeBuffer());
    const wb = readWorkbook(bytes).sheets[0].grid;
    const a = summary(Grid.fromValues("Sheet1", j.grid, j.merges || []));
    const b = summary(wb);
    const diffs = KEYS.filter((k) => a[k] !== b[k]);
    if (!diffs.length) continue;
    const named = summary(Grid.fromValues(wb.name, j.grid, j.merges || []));
    const byName = KEYS.filter((k) => a[k] !== named[k]);
    out.push({ split: c.split, id: c.id, sheet: wb.name, diffs, byName, json: a, workbook: b });
  }
  if (asJson) return console.log(JSON.stringify(out, null, 1));
  console.log(`${out.length} disagreement(s)`);
  for (const o of out) {
    console.log(`${o.split} ${o.id} (sheet '${o.sheet}'): ${o.diffs.join(", ")}${o.byName.length ? ` — the sheet's name alone: ${o.byName.join(", ")}` : " — not the name: the cells' values or formats"}`);
    for (const k of o.diffs) console.log(`    ${k}: json ${JSON.stringify(o.json[k])} / workbook ${JSON.stringify(o.workbook[k])}`);
  }
})();
