#!/usr/bin/env node
"use strict";
/**
 * A hash of every review result (model, findings, fills, scores, forms) over the fixture workbooks (real, corpus,
 * peer, template; never validation) and the bench's generated 2,000-row sheet, from the compiled lib/. A speed change
 * must leave it identical:  node scripts/hash-results.js [--per-file out.txt]
 */
const { readFileSync, readdirSync, writeFileSync } = require("fs");
const { join } = require("path");
const { createHash } = require("crypto");
const ROOT = join(__dirname, "..");
const { review } = require(join(ROOT, "lib/core/review.js"));
const { readWorkbook } = require(join(ROOT, "lib/hosts/file/reader/index.js"));

const dirs = ["test/fixtures/real", "test/fixtures/corpus/cases", "test/fixtures/peer", "test/fixtures/template"];
const files = [];
for (const d of dirs) for (const f of readdirSync(join(ROOT, d)).sort()) if (f.endsWith(".xlsx")) files.push(join(d, f));

/** A deterministic serialisation that follows cycles and shared objects by first-seen index (models link indicators to parents). */
function serialise(root) {
  const seen = new Map();
  const out = [];
  const walk = (v) => {
    if (v === null || v === undefined) return out.push(String(v));
    const t = typeof v;
    if (t === "number") return out.push(Number.isFinite(v) ? String(v) : `#${v}`);
    if (t === "string") return out.push(JSON.stringify(v));
    if (t === "boolean" || t === "bigint") return out.push(String(v));
    if (t === "function" || t === "symbol") return out.push("fn");
    if (seen.has(v)) return out.push(`@${seen.get(v)}`);
    seen.set(v, seen.size);
    const name = v.constructor ? v.constructor.name : "";
    if (name === "Grid" || name === "FormGrid" || (typeof v.cell === "function" && typeof v.rows === "number")) return out.push(`grid ${v.rows}x${v.cols}`);
    if (v instanceof Map) {
      out.push("M{");
      for (const [k, x] of v) walk(k), out.push(":"), walk(x), out.push(",");
      return out.push("}");
    }
    if (v instanceof Set) {
      out.push("S{");
      for (const x of v) walk(x), out.push(",");
      return out.push("}");
    }
    if (ArrayBuffer.isView(v)) return out.push(`T[${Array.from(v).join(",")}]`);
    if (Array.isArray(v)) {
      out.push("[");
      for (const x of v) walk(x), out.push(",");
      return out.push("]");
    }
    out.push(name + "{");
    for (const k of Object.keys(v)) out.push(k, ":"), walk(v[k]), out.push(",");
    out.push("}");
  };
  walk(root);
  return out.join("");
}
const lines = [];
const all = createHash("sha256");
function add(name, bytes) {
  const h = createHash("sha256");
  let wb;
  try {
    wb = readWorkbook(bytes);
  } catch (e) {
    h.update("error " + e.message);
  }
  for (const s of wb ? wb.sheets : []) {
    h.update(s.name + "\n");
    const r = review(s.grid, undefined, { fills: true });
    h.update(serialise({ model: r.model, findings: r.findings, fills: r.fills, scores: r.scores, note: r.profileNote, basis: r.profileBasis, forms: r.forms }));
  }
  const d = h.digest("hex").slice(0, 16);
  lines.push(`${d} ${name}`);
  all.update(d);
}
(async () => {
  for (const f of files) add(f, new Uint8Array(readFileSync(join(ROOT, f))));
  if (!process.argv.includes("--no-gen")) {
    // the bench's 2,000-row sheet (scripts/bench-sheet.js)
    add("generated-2000", await require("./bench-sheet").generatedSheet(2000));
  }
  const i = process.argv.indexOf("--per-file");
  if (i > 0) writeFileSync(process.argv[i + 1], lines.join("\n") + "\n");
  console.log(`${all.digest("hex").slice(0, 16)} over ${lines.length} workbooks`);
})();
