"use strict";
/**
 * Shared by scripts/header-synonyms.js (over lib/) and test/core/metamorphic-synonyms.test.ts (over src/): the
 * development sheets, the header cells the engine recognised in each (a site: role, cell, text), and a sheet with one
 * site's text replaced by another wording of its role. Plain JavaScript so that both can require it; the engine's
 * helpers are passed in.
 */
const fs = require("fs");
const path = require("path");

const SYNONYMS_DIR = __dirname;

/** Development sheets (never validation): real, extra, corpus cases, peer. */
function devSheets(FIX) {
  const J = (p) => JSON.parse(fs.readFileSync(p, "utf8"));
  const out = [];
  const dir = (d, test) => fs.readdirSync(path.join(FIX, d)).filter((f) => f.endsWith(".json") && !/\.(truth|expect)\.json$/.test(f) && (!test || test(f))).sort();
  for (const f of dir("real")) { const j = J(path.join(FIX, "real", f)); out.push({ id: `real/${f.replace(/\.json$/, "")}`, values: j.grid, merges: j.merges || [] }); }
  for (const f of dir("extra")) { const j = J(path.join(FIX, "extra", f)); out.push({ id: `extra/${f.replace(/\.json$/, "")}`, values: j.grid, merges: j.merges || [] }); }
  for (const f of dir(path.join("corpus", "cases"))) { const j = J(path.join(FIX, "corpus", "cases", f)); out.push({ id: `corpus/${f.replace(/\.json$/, "")}`, values: j.grid, merges: j.merges || [] }); }
  for (const f of dir("peer")) { const j = J(path.join(FIX, "peer", f)); if (j.grid) out.push({ id: `peer/${f.replace(/\.json$/, "")}`, values: j.grid, merges: j.merges || [] }); }
  return out;
}

const INDICATOR_ROLES = ["level1", "level2", "level3", "targetValue", "actual", "weight", "score", "reason"];
const BUDGET_ROLES = { initial: "budgetInitial", adjusted: "budgetAdjusted", executed: "budgetExecuted", rate: "budgetRate", weight: "budgetWeight", score: "budgetScore" };
/** a fund line's 其中 (kept when another wording is put in) */
const PART_PREFIX = /^\s*其\s*中\s*[:：]?\s*/;
/** a fund line by government level (中央 / 省 / 市 / 县 …), else by source (财政拨款 / 上年结转 / 其他资金 …) */
const LEVEL_PART = /^(中央|省|自治区|市|州|县|区|乡|镇|本级|上级|地方)/;
/** a weight that is a share of the total (权重占比) or a score weighted by it (折算得分): a word of its own */
const SHARE_WORD = /占比|比重|折算/;
const norm = (t) => String(t == null ? "" : t).normalize("NFKC").replace(/\s+/g, "");
const colName = (c) => { let s = ""; for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
const parseA1 = (a) => { const m = /^([A-Z]+)(\d+)$/.exec(a || ""); return m ? { row: +m[2], col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) } : null; };

/**
 * The header cells the model located, each with the role the engine gave it. `deps`: { indicatorRole, budgetRole }
 * from the engine (src or lib).
 */
function sites(sheet, m, deps) {
  const text = (r, c) => String(((sheet.values[r - 1] || [])[c - 1]) == null ? "" : sheet.values[r - 1][c - 1]).trim();
  const out = [];
  const seen = new Set();
  const add = (role, row, col, word, extra) => {
    const cell = `${colName(col)}${row}`;
    if (seen.has(cell)) return;
    seen.add(cell);
    out.push({ role, row, col, cell, text: text(row, col), word, ...extra });
  };
  if (m.headerRow && m.headerLastRow)
    for (const role of INDICATOR_ROLES) {
      const c = m.columns[role];
      if (c === undefined) continue;
      for (let r = m.headerLastRow; r >= Math.max(1, m.headerRow - 1, m.headerLastRow - 2); r--)
        if (text(r, c) && deps.indicatorRole(text(r, c)) === role) {
          // (a share of the weight, 权重占比, and the score it weighs, 折算得分, say more than 权重 / 得分)
          if (!SHARE_WORD.test(norm(text(r, c)))) add(role, r, c, text(r, c));
          break;
        }
    }
  if (m.budget) {
    for (const [br, role] of Object.entries(BUDGET_ROLES)) {
      const c = m.budget.columns[br];
      if (c !== undefined && text(m.budget.headerRow, c) && deps.budgetRole(text(m.budget.headerRow, c)) === br) add(role, m.budget.headerRow, c, text(m.budget.headerRow, c));
    }
    const items = m.budget.items || [];
    const labels = items.map((it) => { const p = parseA1(it.labelCell); return p ? norm(text(p.row, p.col)).replace(PART_PREFIX, "") : ""; });
    items.forEach((it, k) => {
      const p = parseA1(it.labelCell);
      if (!p || !text(p.row, p.col)) return;
      const t = text(p.row, p.col);
      // (a label written with its amount, "一般公共预算:1397.90", or a sentence, is no label to exchange)
      if (/\d/.test(t) || norm(t).length > 16) return;
      if (it.kind === "total") add("fundTotal", p.row, p.col, t);
      else if (it.kind === "part") {
        const core = t.replace(PART_PREFIX, "").trim();
        const prefix = t.slice(0, t.length - t.replace(PART_PREFIX, "").length);
        add(LEVEL_PART.test(norm(core)) ? "fundLevel" : "fundSource", p.row, p.col, core, { prefix, siblings: labels.filter((_, j) => j !== k) });
      }
    });
  }
  return out;
}

/** two lines that say the same (a header printed again on the next page) */
const sameLine = (a, b) => (a || []).length > 0 && (a || []).every((x, c) => norm(x) === norm((b || [])[c])) && (b || []).every((x, c) => norm(x) === norm((a || [])[c]));

/** a header's unit, points or formula letters in brackets at its end: "分值(10分)", "执行率(B/A)", "得分(分)", "(万元)" */
const REMARK = /[(（][^()（）]*[\d分元%A-Za-z][^()（）]*[)）]$/;

/**
 * The sheet's values with the site's text replaced by `word` (the 其中 of a fund line kept, and the header's remark
 * in brackets when the word has none: 分值(10分) → 权重(10分)); null when it says the same.
 */
function substitute(sheet, site, word) {
  let w = site.prefix !== undefined ? String(word).replace(PART_PREFIX, "") : String(word);
  const remark = REMARK.exec(norm(site.word));
  if (remark && !REMARK.test(norm(w))) w += remark[0];
  if (norm(w) === norm(site.word)) return null;
  // another line of the same block already says it: two lines of one name are no longer the same block
  if (site.siblings && site.siblings.includes(norm(w))) return null;
  const values = sheet.values.map((row) => (row ? row.slice() : row));
  values[site.row - 1][site.col - 1] = (site.prefix || "") + w;
  // a header repeated down the sheet (on each printed page) says the new word too: one template, one wording
  if (site.prefix === undefined)
    values.forEach((row, r) => { if (row && r !== site.row - 1 && norm(row[site.col - 1]) === norm(site.text) && sameLine(sheet.values[r], sheet.values[site.row - 1])) row[site.col - 1] = w; });
  return values;
}

module.exports = { SYNONYMS_DIR, devSheets, sites, substitute, INDICATOR_ROLES };
