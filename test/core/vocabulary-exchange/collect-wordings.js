#!/usr/bin/env node
"use strict";
/**
 * Collects every header / label wording per role from the development fixtures (test/fixtures/real, extra,
 * corpus/cases; never validation) into wordings.collected.json: the truth's columns (header_row, columns,
 * budget_items, totals) and the engine's own model (lib/, `npm run build:lib` first). The reviewed table the
 * test reads is wordings.json (collected wordings + RULEBOOK / seed wordings, ambiguous ones set aside).
 *   node test/core/vocabulary-exchange/collect-wordings.js
 */
const fs = require("fs");
const path = require("path");
const ROOT = path.resolve(__dirname, "../../..");
const FIX = path.join(ROOT, "test/fixtures");
const { Grid } = require(path.join(ROOT, "lib/core/grid/grid.js"));
const { review } = require(path.join(ROOT, "lib/core/review.js"));
const { indicatorRole, budgetRole } = require(path.join(ROOT, "lib/core/recognise/headers.js"));
const { compact } = require(path.join(ROOT, "lib/core/text/normalize.js"));

const TRUTH_ROLE = {
  level1: "level1", level2: "level2", level3: "level3", target_value: "targetValue", weight: "weight", score: "score",
  actual: "actual", reason: "reason", executed: "budgetExecuted", exec_rate: "budgetRate", budget_adjusted: "budgetAdjusted",
  budget_initial: "budgetInitial", budget_score: "budgetScore", budget_weight: "budgetWeight",
};
const KEY = {
  level1: /一级|指标|维度|类别|内容|项目/, level2: /二级|指标|内容/, level3: /三级|指标|内容|要点|细项|项目|名称/,
  targetValue: /指标值|目标|计划|预期|标准值/, actual: /完成|实际|实现|执行情况/,
  weight: /分值|权重|分数|满分|标准分|权数|基本分|基础分|应得分|参考分/, score: /得分|评分|打分|自评分/,
  reason: /原因|说明|措施/, budgetAdjusted: /预算/, budgetExecuted: /执行|决算|支出/, budgetRate: /率/,
  budgetInitial: /年初|预算/, budgetWeight: /分值|权重/, budgetScore: /得分/,
};
const BUDGET = new Set(["budgetAdjusted", "budgetExecuted", "budgetRate", "budgetInitial", "budgetScore", "budgetWeight"]);
const MODEL_BUDGET = { adjusted: "budgetAdjusted", executed: "budgetExecuted", rate: "budgetRate", initial: "budgetInitial", score: "budgetScore", weight: "budgetWeight" };
const col = (L) => [...L].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const parse = (a) => { const m = /^([A-Z]+)(\d+)$/.exec(a || ""); return m ? { r: +m[2], c: col(m[1]) } : null; };

const sheets = [];
const J = (p) => JSON.parse(fs.readFileSync(p, "utf8"));
for (const f of fs.readdirSync(path.join(FIX, "real")).filter((f) => f.endsWith(".truth.json")).sort()) {
  const id = f.replace(/\.truth\.json$/, "");
  sheets.push({ src: `real/${id}`, json: J(path.join(FIX, "real", `${id}.json`)), truth: J(path.join(FIX, "real", f)) });
}
for (const f of fs.readdirSync(path.join(FIX, "extra")).filter((f) => f.endsWith(".expect.json")).sort()) {
  const id = f.replace(/\.expect\.json$/, "");
  sheets.push({ src: `extra/${id}`, json: J(path.join(FIX, "extra", `${id}.json`)), truth: J(path.join(FIX, "extra", f)) });
}
for (const f of fs.readdirSync(path.join(FIX, "corpus/truth")).filter((f) => f.endsWith(".json")).sort()) {
  const id = f.replace(/\.json$/, "");
  sheets.push({ src: `corpus/${id}`, json: J(path.join(FIX, "corpus/cases", `${id}.json`)), truth: J(path.join(FIX, "corpus/truth", f)) });
}

const table = {}; // role -> compact wording -> {text, from: []}
function add(role, text, src, how) {
  const t = String(text ?? "").trim();
  if (!t || t.length > 40 || /^[-+]?\d/.test(t)) return;
  const k = compact(t);
  const byRole = (table[role] ||= {});
  const e = (byRole[k] ||= { text: t, from: [] });
  const tag = `${src} (${how})`;
  if (!e.from.includes(tag) && e.from.length < 6) e.from.push(tag);
}

for (const s of sheets) {
  const g = s.json.grid;
  const text = (r, c) => String(((g[r - 1] || [])[c - 1]) ?? "").trim();
  const t = s.truth;
  const hr = t.header_row;
  for (const [k, L] of Object.entries(t.columns || {})) {
    const role = TRUTH_ROLE[k];
    if (!role || typeof L !== "string" || !/^[A-Z]+$/.test(L) || !hr) continue;
    const c = col(L);
    const rows = BUDGET.has(role) ? [...Array(hr + 1).keys()].map((i) => i + 1) : [hr - 2, hr - 1, hr, hr + 1].filter((r) => r >= 1);
    for (const r of rows) {
      const x = text(r, c);
      if (x && x.length <= 30 && KEY[role].test(compact(x)) && !/[。；;]/.test(x)) add(role, x, s.src, `truth ${L}${r}`);
    }
  }
  const items = t.budget_items || [];
  if (items.length > 1 && items[0].label) add("fundTotal", items[0].label, s.src, "truth budget_items");
  for (const it of items.slice(1)) if (it.label) add("fundPart", it.label, s.src, "truth budget_items");
  const tc = parse(t.totals && t.totals.claimed_total_cell);
  if (tc) for (let c = 1; c < tc.c; c++) { const x = text(tc.r, c); if (x && !/^[\d.%]+$/.test(x)) { add("total", x, s.src, `truth row ${tc.r}`); break; } }

  // the engine's model
  let m;
  try { m = review(Grid.fromValues("Sheet1", g, s.json.merges || []), "national").model; } catch { continue; }
  if (m.headerLastRow)
    for (const [role, c] of Object.entries(m.columns))
      for (const r of [m.headerLastRow - 2, m.headerLastRow - 1, m.headerLastRow].filter((r) => r >= 1)) {
        const x = text(r, c);
        if (x && indicatorRole(x) === role) add(role, x, s.src, `model ${r}:${c}`);
      }
  if (m.budget)
    for (const [br, c] of Object.entries(m.budget.columns)) {
      const role = MODEL_BUDGET[br];
      const x = role && text(m.budget.headerRow, c);
      if (x && budgetRole(x) === br) add(role, x, s.src, `model budget ${m.budget.headerRow}:${c}`);
    }
  if (m.totals) { const p = parse(m.totals.labelCell); if (p) add("total", text(p.r, p.c), s.src, `model ${m.totals.labelCell}`); }
  // grade labels written anywhere
  for (let r = 1; r <= g.length; r++) for (let c = 1; c <= (g[r - 1] || []).length; c++) {
    const x = text(r, c);
    if (/^[\u4e00-\u9fa5（）()]{0,4}(等级|评级)[:：]?$/.test(compact(x))) add("grade", x, s.src, `cell ${r}:${c}`);
  }
}
for (const role of Object.keys(table)) table[role] = Object.fromEntries(Object.entries(table[role]).sort((a, b) => a[0].localeCompare(b[0])));
fs.writeFileSync(path.join(__dirname, "wordings.collected.json"), JSON.stringify(table, null, 1) + "\n");
for (const [role, w] of Object.entries(table)) console.log(role, Object.keys(w).length);
