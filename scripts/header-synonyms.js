#!/usr/bin/env node
"use strict";
/**
 * Header synonyms from the data: runs review (lib/, `npm run build:lib` first) over every development sheet
 * (test/fixtures/real, extra, corpus/cases, peer; never validation) and lists each header cell text per role the
 * engine assigns it: the indicator table's columns (一级/二级/三级, 指标值, 完成值, 分值, 得分, 原因), the budget block's
 * columns (年初预算数 … 得分), and the fund block's lines (资金总额 and its parts: 财政拨款 / 上年结转 / 其他资金,
 * 中央 / 省 / 市 / 县).
 *
 *   node scripts/header-synonyms.js            prints header text → role (with how many sheets use it)
 *   node scripts/header-synonyms.js --write    writes test/core/metamorphic-synonyms/collected.json
 *   node scripts/header-synonyms.js --measure  every sheet × every other wording of the same role
 *                                              (test/core/metamorphic-synonyms/synonyms.json), one at a time: the
 *                                              pairs whose family, relations or error findings change, per word
 *   node scripts/header-synonyms.js --family   the same sweep, the family alone: how many (sheet, wording) pairs keep
 *                                              the sheet's family, and the pairs that lose it (sheet, cell, word → family)
 */
const fs = require("fs");
const path = require("path");
const ROOT = path.resolve(__dirname, "..");
const FIX = path.join(ROOT, "test/fixtures");
// (PERFSHEET_LIB: another build's lib/ to measure, e.g. the one before a change)
const LIB = process.env.PERFSHEET_LIB ? path.resolve(process.env.PERFSHEET_LIB) : path.join(ROOT, "lib");
const { Grid } = require(path.join(LIB, "core/grid/grid.js"));
const { review } = require(path.join(LIB, "core/review.js"));
const { statedCell } = require(path.join(LIB, "core/relations/index.js"));
const { indicatorRole, budgetRole } = require(path.join(LIB, "core/recognise/headers.js"));
const { sites: sitesOf, devSheets, substitute, SYNONYMS_DIR } = require(path.join(ROOT, "test/core/metamorphic-synonyms/sites.js"));
const sites = (s, m) => sitesOf(s, m, { indicatorRole, budgetRole });

const run = (values, merges) => review(Grid.fromValues("Sheet1", values, merges), "national");

function relationSig(r) {
  const from =
    r.kind === "sum" || r.kind === "rollup" ? r.parts.map((p) => p.cell)
    : r.kind === "difference" ? [r.minuend.cell, ...r.subtrahends.map((s) => s.cell)]
    : r.kind === "ratio" ? [r.numerator.cell, r.denominator.cell]
    : r.kind === "product" ? r.factors.map((f) => f.cell)
    : [r.total.cell];
  return `${r.kind}/${r.measure} ${statedCell(r)} ← ${from.join(",")}`;
}
/** What a synonym must not change (test/core/metamorphic.ts signature, errors only): family, indicators, relations, errors. */
const signature = (r) => JSON.stringify({
  family: r.model.family,
  indicators: r.model.indicators.map((i) => [i.nameCell ? i.nameCell.replace(/^[A-Z]+/, "") : i.row, i.weight, i.claimedScore]),
  relations: r.model.relations.map(relationSig).sort(),
  errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`).sort(),
});

const mode = process.argv[2] || "";
const sheets = devSheets(FIX);
const collected = {};
const all = [];
for (const s of sheets) {
  let r;
  try { r = run(s.values, s.merges); } catch (e) { continue; }
  const ss = sites(s, r.model);
  for (const x of ss) {
    const byRole = (collected[x.role] ||= {});
    (byRole[x.word] ||= []).push(s.id);
  }
  all.push({ s, base: signature(r), ss });
}

if (mode === "--family") {
  const table = JSON.parse(fs.readFileSync(path.join(SYNONYMS_DIR, "synonyms.json"), "utf8")).roles;
  const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
  let pairs = 0;
  const lost = [];
  for (const { s, base, ss } of all) {
    if (only && !only.test(s.id)) continue;
    const family = JSON.parse(base).family;
    for (const site of ss)
      for (const w of table[site.role] || []) {
        const values = substitute(s, site, w);
        if (!values) continue;
        pairs++;
        let got;
        try { got = run(values, s.merges).model.family; } catch (e) { got = `throws ${e.message}`; }
        if (got !== family) lost.push(`${s.id} ${site.cell} '${site.text}' → ${site.role}|${w}: ${family} → ${got}`);
      }
  }
  console.log(`pairs ${pairs}, family kept ${pairs - lost.length}, lost ${lost.length}`);
  for (const l of lost) console.log(l);
} else if (mode === "--measure") {
  const table = JSON.parse(fs.readFileSync(path.join(SYNONYMS_DIR, "synonyms.json"), "utf8")).roles;
  const broken = {};
  const tried = {};
  const examples = {};
  let pairs = 0;
  const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
  for (const { s, base, ss } of all) {
    if (only && !only.test(s.id)) continue;
    for (const site of ss)
      for (const w of table[site.role] || []) {
        const values = substitute(s, site, w);
        if (!values) continue;
        pairs++;
        const key = `${site.role}|${w}`;
        tried[key] = (tried[key] || 0) + 1;
        let got;
        try { got = signature(run(values, s.merges)); } catch (e) { got = `throws ${e.message}`; }
        if (got === base) continue;
        broken[key] = (broken[key] || 0) + 1;
        (examples[key] ||= []).length < 3 && examples[key].push(`${s.id} ${site.cell} '${site.text}'`);
      }
  }
  const keys = Object.keys(broken).sort((a, b) => broken[b] - broken[a]);
  console.log(`pairs ${pairs}, broken ${keys.reduce((n, k) => n + broken[k], 0)}`);
  for (const k of keys) console.log(`${broken[k]}/${tried[k]}\t${k}\t${examples[k].join(" ; ")}`);
} else {
  for (const role of Object.keys(collected)) collected[role] = Object.fromEntries(Object.entries(collected[role]).sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])));
  if (mode === "--write") fs.writeFileSync(path.join(SYNONYMS_DIR, "collected.json"), JSON.stringify(Object.fromEntries(Object.entries(collected).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([w, ids]) => [w, ids.length]))])), null, 1) + "\n");
  for (const [role, words] of Object.entries(collected)) console.log(`${role}: ${Object.entries(words).map(([w, ids]) => `${w}×${ids.length}`).join(" ")}`);
}
