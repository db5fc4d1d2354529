#!/usr/bin/env node
"use strict";
/**
 * A single-cell mutation sweep over the development sheets (test/fixtures/real, extra, corpus — never validation):
 * where eval-corpus.js draws one or a few mutants per sheet, this changes EVERY cell of a kind, one at a time, and
 * reviews each mutant in-process (lib/ must be built):
 *
 *   node scripts/eval-sweep.js [--only id,id] [--kind weight,score,...] [--split real,extra,corpus] [--max N] [--verbose] [--json]
 *
 * Kinds (every relation is read from the grid alone by eval-mutants-grid.js's findRelations, holding in the unmutated
 * sheet, plus the group weights stated in labels, "产出指标(50分)" over the rows it spans):
 *   weight        each weight cell (分值/权重 column) of an item whose group or total states a weight: +1, and ×10
 *                 (variant "x10") where the column is a percent-like share (权重, %)
 *   score         each score cell (得分 column) of an item whose group/total score is stated: +1, or −1 where +1 would
 *                 pass its weight (so that only the sum breaks)
 *   group-total   each stated group/total weight or score (a 合计 row, a merged rollup, a label's "(50分)"): +1
 *   amount        each amount cell of a fund block with a stated total or 其中 parts (part or total): +10% (at least 1)
 *   code          each code of a numbered run (1. 2. 3. / 一、二、 / A1 A2 …) from its second: the previous code repeated
 *                 (variant "repeat"), and the next one written (variant "skip": 1. 2. 4.); every style of findCodeRuns
 *   grade         each grade stated beside, under or in the text of a score (评价等级:良, 自评等级 | 优): one band off
 *                 each way (优/良/中/差, 优秀/良好/合格/不合格); where the sheet prints no bands a one-band slip is only
 *                 info under the assumed national bands (counted as "only info")
 *                 A sheet stating no grade with a score total (合计/总分 under 得分): a grade line under the table
 *                 ("评价分值:92.5分 评价等级:良"), one band off each way (variant "line one band up/down")
 *   exec-rate     each rate read as B/A of two amounts beside it (执行率 86% of 37.24 / 43.2): one point up
 *   weight-no-total  a sheet whose weights add up to a printed 总分/合计 of 100, that total blanked (a variant: the sheet
 *                 printing no total), then each line's weight +3: found by a new weight-sum-mismatch anywhere
 *   truth-weight  eval-corpus's injected weight at every weight cell the truth lists (real, corpus; not on a sheet cut
 *                 off): +3, found by a new weight-sum-mismatch error/warning anywhere
 *
 * A mutant is found when the mutant's review has an error or warning of a relation rule (code: code-sequence), not among
 * the unmutated review's findings (rule, cell and message), whose cell is the changed cell or one of its relation's
 * cells, or whose related cells name the changed cell; found only as info is counted apart. Misses are labelled by
 * cause (see causeOf): the family unknown, no engine relation holds the cell, a relation holds it but raised nothing, a
 * finding elsewhere …
 *
 * Sampling: a sheet contributes at most --max mutants of a kind (default 12; codes and grades: of each variant): every
 * cell when it has no more, else cells taken evenly through its list (index ⌊i·n/max⌋), so the run is deterministic.
 */
const fs = require("fs");
const path = require("path");
const { toCell, caseWorkbook } = require("./corpus-cells.js");
const { View, findRelations, scoreTotalOf, findCodeRuns, rewriteCode, fmtLike, parseNum, a1, parseA1, RELATION_RULES } = require("./eval-mutants-grid.js");

const ROOT = path.resolve(__dirname, "..");
const FIX = path.join(ROOT, "test", "fixtures");
if (!fs.existsSync(path.join(ROOT, "lib", "core", "review.js"))) {
  console.error("lib/ is not built: run `npm run build:lib` first.");
  process.exit(2);
}
const { review } = require(path.join(ROOT, "lib", "core", "review.js"));
const { Grid } = require(path.join(ROOT, "lib", "core", "grid", "grid.js"));
const { readWorkbook } = require(path.join(ROOT, "lib", "hosts", "file", "reader", "index.js"));

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.findIndex((a) => a === name || a.startsWith(name + "="));
  if (i < 0) return null;
  return args[i].includes("=") ? args[i].split("=")[1] : args[i + 1];
};
const SPLITS = ["real", "extra", "corpus"];
const splits = (opt("--split") || SPLITS.join(",")).split(",");
for (const s of splits) if (!SPLITS.includes(s)) throw new Error(`split ${s}: only ${SPLITS.join(", ")} (never validation)`);
const only = opt("--only") ? new Set(opt("--only").split(",")) : null;
const KINDS = ["weight", "score", "group-total", "amount", "code", "grade", "exec-rate", "truth-weight", "weight-no-total"];
const kinds = new Set((opt("--kind") || KINDS.join(",")).split(","));
const MAX = Number(opt("--max") || 12);
const verbose = args.includes("--verbose");
const asJson = args.includes("--json");

// ---------------------------------------------------------------------------------------------------------
// Cases

function loadCases() {
  const out = [];
  for (const split of splits) {
    if (split === "corpus") {
      const dir = path.join(FIX, "corpus", "cases");
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
        const id = f.replace(/\.json$/, "");
        const xlsx = path.join(dir, `${id}.xlsx`);
        const tp = path.join(FIX, "corpus", "truth", `${id}.json`);
        out.push({ split, id, json: JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")), xlsx: fs.existsSync(xlsx) ? xlsx : null, truth: fs.existsSync(tp) ? JSON.parse(fs.readFileSync(tp, "utf8")) : null });
      }
    } else {
      const dir = path.join(FIX, split);
      if (!fs.existsSync(dir)) continue;
      for (const f of fs.readdirSync(dir).filter((f) => /^[^.]+\.json$/.test(f)).sort()) {
        const id = f.replace(/\.json$/, "");
        const xlsx = path.join(dir, `${id}.xlsx`);
        const tp = path.join(dir, `${id}.truth.json`);
        out.push({ split, id, json: JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")), xlsx: fs.existsSync(xlsx) ? xlsx : null, truth: fs.existsSync(tp) ? JSON.parse(fs.readFileSync(tp, "utf8")) : null });
      }
    }
  }
  return out.filter((c) => !only || only.has(c.id));
}

/** the case's first sheet as the CLI reads it (the committed .xlsx, or one built from the transcription) */
async function baseGrid(c) {
  let bytes;
  if (c.xlsx) bytes = fs.readFileSync(c.xlsx);
  else bytes = Buffer.from(await caseWorkbook(c.json).xlsx.writeBuffer());
  const { sheets } = readWorkbook(new Uint8Array(bytes));
  return sheets.filter((s) => s.state !== "veryHidden")[0].grid;
}

/** the grid's cells as rows of cells, to copy with one cell changed */
function cellsOf(g) {
  const rows = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const row = [];
    for (let c = 1; c <= g.colCount; c++) row.push(g.cell(r, c));
    rows.push(row);
  }
  return rows;
}
function mutate(g, cells, edits) {
  const copy = cells.slice();
  for (const [cell, text] of Object.entries(edits)) {
    const p = parseA1(cell);
    const row = (copy[p.row - 1] || []).slice();
    while (row.length < p.col) row.push(null);
    const old = row[p.col - 1];
    const nc = toCell(text);
    const keep = old && old.fmt && typeof nc.v === "number" && !nc.fmt && !/%/.test(old.fmt) ? old.fmt : undefined;
    row[p.col - 1] = nc.v === null ? null : { v: nc.v, ...(nc.fmt ? { fmt: nc.fmt } : keep ? { fmt: keep } : {}) };
    copy[p.row - 1] = row;
  }
  return new Grid({ name: g.name, cells: copy, merges: g.merges });
}

// ---------------------------------------------------------------------------------------------------------
// Planning: relations from the grid alone

const WEIGHT_HEAD = /(分值|权重|标准分|满分|权数|分数)/;
const SCORE_HEAD = /(得分|评分|自评分|评价分|考核分)/;
const SHARE_HEAD = /(权重|%|％|百分)/;
const LABEL_WEIGHT = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]|(\d+(?:\.\d+)?)\s*分$/;

/** the column's role from its heading: weight, score or amount */
function roleOf(v, r, c) {
  const h = v.heading(r, c, 60);
  if (SCORE_HEAD.test(h)) return "score";
  if (WEIGHT_HEAD.test(h)) return "weight";
  return "amount";
}

/** a weight as written with one added / multiplied (decimals of the original kept) */
function write(orig, value) {
  const p = parseNum(orig);
  const d = p ? p.decimals : 0;
  return value.toFixed(d) + (p && p.percent ? "%" : "");
}

/** a weight as a weight column writes it: 5, 5.0, "5分", "20%" (a share in points) */
function weightNum(t) {
  const m = /^(\d+(?:\.(\d+))?)(分|%|％)?$/.exec(String(t || "").trim());
  return m ? { value: Number(m[1]), decimals: m[2] ? m[2].length : 0, unit: m[3] || "" } : null;
}
const WEIGHT_COL_HEAD = /^(分值|权重|标准分|指标分值|满分|权数|指标权重|分数|标准分值|考核分值|分值权重)$/;

/** a weight written anew in the cell's own style: in its label's "(N分)", with its unit, or as a plain number */
function writeWeight(orig, p, nv) {
  const t = String(orig);
  if (p.label) return t.replace(/(\d+(?:\.\d+)?)(\s*分)/, (m0, d, u) => String(Number(nv.toFixed(2))) + u);
  const w = weightNum(t);
  if (w && w.unit) return nv.toFixed(w.decimals) + w.unit;
  return write(t, nv);
}

/**
 * Group weights stated in labels ("组织领导(10分)" merged down its rows, "(二)项目组织(8分)" over "2.组织管理(6分)",
 * "3.项目档案(2分)"): a label stating a weight over the rows it spans, whose children — the nearest label stating a
 * weight to its right in each row, else the row's number under a weight column (5, "5分", "20%") — add up to it.
 * Top-level label weights adding up to 100 with no total printed: a relation stated only by the standard ("any").
 */
function labelWeightRelations(v) {
  const rels = [];
  const core = (t) => t.replace(/\s+/g, "").replace(/[(（][^)）]*[)）]/g, "");
  const weightCols = new Set();
  for (let r = 1; r <= v.rows; r++) for (let c = 1; c <= v.cols; c++) if (WEIGHT_COL_HEAD.test(core(v.text(r, c)))) weightCols.add(c);
  const labelWeight = (r, c) => {
    if (v.covered(r, c)) return null;
    const t = v.raw(r, c).replace(/\s+/g, "");
    if (!t || t.length > 40 || weightCols.has(c)) return null;
    const m = /[(（](\d+(?:\.\d+)?)分[)）]/.exec(t) || /^[^\d]{2,}?(\d+(?:\.\d+)?)分$/.exec(t);
    return m ? { value: Number(m[1]), label: true } : null;
  };
  const span = (r, c) => {
    const s = v.span.get(`${r},${c}`);
    return s ? s.r2 : r;
  };
  /** the weight of row u right of column c: a label stating one, else a number under a weight column */
  const childAt = (u, c) => {
    for (let d = c + 1; d <= v.cols; d++) {
      const a = v.anchor.get(`${u},${d}`) || { row: u, col: d };
      const lw = labelWeight(a.row, a.col);
      if (lw) return { r: a.row, c: a.col, ...lw };
      if (weightCols.has(d) && !v.covered(u, d)) {
        const n = weightNum(v.raw(u, d));
        if (n) return { r: u, c: d, ...n };
      }
    }
    return null;
  };
  const tops = [];
  for (let r = 1; r <= v.rows; r++) for (let c = 1; c <= v.cols; c++) {
    const lw = labelWeight(r, c);
    if (!lw) continue;
    const r2 = span(r, c);
    const parts = [];
    const seen = new Set();
    let ok = true;
    for (let u = r; u <= r2; u++) {
      const ch = childAt(u, c);
      if (!ch) continue;
      const k = `${ch.r},${ch.c}`;
      if (seen.has(k)) continue;
      if (ch.r < r) {
        ok = false;
        break;
      }
      seen.add(k);
      parts.push(ch);
    }
    if (!ok || parts.length < 2) continue;
    const s = parts.reduce((x, p) => x + p.value, 0);
    if (Math.abs(s - lw.value) > 1e-6) continue;
    const x = { kind: "label weight", total: { r, c, ...lw }, parts };
    rels.push(x);
    // a top group: no label stating a weight left of it in its row
    let top = true;
    for (let d = 1; d < c && top; d++) {
      const a = v.anchor.get(`${r},${d}`) || { row: r, col: d };
      if (labelWeight(a.row, a.col)) top = false;
    }
    if (top) tops.push(x);
  }
  // top groups of one column adding up to 100, no total printed: the standard's 100 (their labels are the parts)
  const byCol = new Map();
  for (const x of tops) (byCol.get(x.total.c) || byCol.set(x.total.c, []).get(x.total.c)).push(x);
  for (const xs of byCol.values()) {
    if (xs.length < 2) continue;
    const s = xs.reduce((a, x) => a + x.total.value, 0);
    if (Math.abs(s - 100) < 1e-6) rels.push({ kind: "unstated 100 (labels)", any: true, total: null, parts: xs.map((x) => x.total) });
  }
  return rels;
}

/**
 * A 总分/合计 row under a weight or score column (分值 … 总分 | 100, 得分 … 合计 | 92.5) over every number between the
 * column's heading and it, where they add up (a column holding group weights and their items both does not).
 */
const TOTAL_ROW = /^(总分|合计|总计|分值合计|得分合计|总得分|综合得分|自评总分|评价总分|总分值|合计得分|合计分值)/;
function totalRowRelations(v) {
  const rels = [];
  const core = (t) => t.replace(/\s+/g, "").replace(/[(（][^)）]*[)）]/g, "");
  for (let h = 1; h <= v.rows; h++) for (let c = 1; c <= v.cols; c++) {
    const t = core(v.text(h, c));
    if (!/^(分值|权重|标准分|指标分值|满分|权数|指标权重|分数|得分|自评得分|评价得分|实际得分|考核得分|自评分|评分|自评分值|评价分值)$/.test(t)) continue;
    const parts = [];
    for (let r = h + 1; r <= v.rows; r++) {
      const x = core(v.text(r, c));
      if (x && x === t) break;
      let label = "";
      for (let d = 1; d < c; d++) {
        const lt = v.shown(r, d);
        if (lt && !parseNum(lt)) {
          label = core(lt);
          break;
        }
      }
      const n = WEIGHT_HEAD.test(t) && !SCORE_HEAD.test(t) && !v.covered(r, c) ? weightNum(v.raw(r, c)) : v.num(r, c);
      if (TOTAL_ROW.test(label)) {
        if (n && !n.percent && parts.length >= 2) {
          const holds = (ps) => {
            const s = ps.reduce((a, p) => a + p.value, 0);
            const d = Math.max(n.decimals, ...ps.map((p) => p.decimals));
            return Math.abs(s - n.value) < 0.5 * 10 ** -d + 1e-9 && n.value > 0;
          };
          if (holds(parts)) rels.push({ kind: "总分 row", total: { r, c, ...n }, parts: parts.slice() });
          else {
            // the budget item's 分值/得分 in the fund block above the table (预算执行率 | 10 | 9.5), under a heading of this kind
            const budget = [];
            for (let u = Math.max(1, h - 15); u < h; u++) for (let d = 1; d <= v.cols; d++) {
              const b = v.num(u, d);
              const bh = core(v.heading(u, d, 6));
              if (b && !b.percent && b.value <= 30 && (SCORE_HEAD.test(t) ? SCORE_HEAD.test(bh) : WEIGHT_HEAD.test(bh) && !SCORE_HEAD.test(bh))) budget.push({ r: u, c: d, ...b });
            }
            const b = budget.find((x) => holds([...parts, x]));
            if (b) rels.push({ kind: "总分 row + budget item", total: { r, c, ...n }, parts: [...parts, b] });
          }
        }
        break;
      }
      if (n && !n.percent) parts.push({ r, c, ...n });
      if (r === v.rows && WEIGHT_HEAD.test(t) && !SCORE_HEAD.test(t) && parts.length >= 3) {
        // no 总分 row: weights that add up to 100 (with the fund block's budget weight, 预算执行率 | 10) state the 100
        // only by the standard; "any" = a weight-sum finding anywhere counts (as eval-corpus's injected weight does)
        const s = parts.reduce((a, p) => a + p.value, 0);
        let extra = null;
        if (Math.abs(s - 100) > 1e-6) {
          for (let u = Math.max(1, h - 15); u < h && !extra; u++) for (let d = 1; d <= v.cols && !extra; d++) {
            const b = v.num(u, d);
            if (b && !b.percent && Math.abs(s + b.value - 100) < 1e-6 && WEIGHT_HEAD.test(core(v.heading(u, d, 6)))) extra = { r: u, c: d, ...b };
          }
        }
        if (Math.abs(s - 100) < 1e-6 || extra) rels.push({ kind: "unstated 100", any: true, total: null, parts: extra ? [...parts, extra] : parts.slice() });
      }
    }
  }
  return rels;
}

const GRADE_SHORT = ["优", "良", "中", "差"];
const GRADE_WIDE = ["优秀", "良好", "合格", "不合格"];

const SUM_KINDS = new Set(["rows", "其中", "columns", "pairs", "其中 pair", "rollup", "leading 小计", "one-line 合计", "merged subtotal", "leading 合计", "numbered heading", "label weight", "总分 row", "总分 row + budget item", "unstated 100", "unstated 100 (labels)"]);

function planSweep(c, v) {
  // (a column of rates, 执行率(%) 100 over 100 and 0, adds up by chance: no sum)
  const rateColumn = (x) => x.parts.some((p) => /率/.test(v.heading(p.r, p.c, 6)));
  const rels = [...findRelations(v).filter((x) => SUM_KINDS.has(x.kind) && !x.atMost && !rateColumn(x)), ...labelWeightRelations(v), ...totalRowRelations(v)];
  const byKind = { weight: [], score: [], "group-total": [], amount: [], code: [], grade: [], "exec-rate": [], "truth-weight": [], "weight-no-total": [] };
  const seen = new Set();
  const cellsOfRel = (x) => [...(x.total ? [a1(x.total.r, x.total.c)] : []), ...x.parts.map((p) => a1(p.r, p.c))];
  const add = (kind, m) => {
    const k = `${kind}|${JSON.stringify(m.edits)}`;
    if (seen.has(k)) return;
    seen.add(k);
    byKind[kind].push(m);
  };
  // parts before totals: a cell that is a part of one relation and the total of another is swept once per role
  for (const x of rels) {
    const role = /label/.test(x.kind) ? "weight" : roleOf(v, x.parts[0].r, x.parts[0].c);
    const rel = cellsOfRel(x);
    for (const p of x.parts) {
      const cell = a1(p.r, p.c);
      const orig = v.raw(p.r, p.c);
      if (role === "weight") {
        add("weight", { kind: "weight", variant: "+1", relKind: x.kind, any: x.any, edits: { [cell]: writeWeight(orig, p, p.value + 1) }, cell, rel });
        if (!p.label && (SHARE_HEAD.test(v.heading(p.r, p.c, 60)) || p.unit === "%") && p.value > 0) add("weight", { kind: "weight", variant: "x10", relKind: x.kind, any: x.any, edits: { [cell]: writeWeight(orig, p, p.value * 10) }, cell, rel });
      } else if (role === "score") {
        // +1 capped under the weight in its row (a weight column left of it headed 分值/权重): -1 where +1 would pass it
        let w = null;
        for (let d = p.c - 1; d >= 1 && w === null; d--) if (WEIGHT_HEAD.test(v.heading(p.r, d, 60)) && v.num(p.r, d)) w = v.num(p.r, d).value;
        const nv = w !== null && p.value + 1 > w ? p.value - 1 : p.value + 1;
        if (nv < 0) continue;
        add("score", { kind: "score", variant: nv > p.value ? "+1" : "-1", relKind: x.kind, edits: { [cell]: write(orig, nv) }, cell, rel });
      } else {
        const bump = Math.max(1, Math.round(Math.abs(p.value) * 0.1));
        add("amount", { kind: "amount", variant: "part+10%", relKind: x.kind, edits: { [cell]: write(orig, p.value + bump) }, cell, rel });
      }
    }
    if (!x.total) continue;
    const tc = a1(x.total.r, x.total.c);
    // the same sheet printing no total weight (its 总分/合计 weight blanked): each line's weight +3, found by a new
    // weight-sum finding anywhere (the weights then state their 100 only by the standard)
    if (role === "weight" && !x.total.label && /总分 row|^rows$/.test(x.kind) && Math.abs(x.total.value - 100) < 1e-6) {
      for (const p of x.parts) {
        const cell = a1(p.r, p.c);
        add("weight-no-total", { kind: "weight-no-total", variant: "+3", relKind: `${x.kind}, total blanked`, any: true, anyRules: ["weight-sum-mismatch"], baseEdits: { [tc]: "" }, edits: { [cell]: writeWeight(v.raw(p.r, p.c), p, p.value + 3) }, cell, rel: [] });
      }
    }
    if (x.total.label) {
      const raw = v.raw(x.total.r, x.total.c);
      const nt = raw.replace(/(\d+(?:\.\d+)?)(\s*分)/, (m0, d, u) => String(Number(d) + 1) + u);
      add("group-total", { kind: "group-total", variant: "label+1", relKind: x.kind, edits: { [tc]: nt }, cell: tc, rel });
    } else if (role === "amount") {
      const bump = Math.max(1, Math.round(Math.abs(x.total.value) * 0.1));
      add("amount", { kind: "amount", variant: "total+10%", relKind: x.kind, edits: { [tc]: write(v.raw(x.total.r, x.total.c), x.total.value + bump) }, cell: tc, rel });
    } else {
      add("group-total", { kind: "group-total", variant: `${role}+1`, relKind: x.kind, edits: { [tc]: write(v.raw(x.total.r, x.total.c), x.total.value + 1) }, cell: tc, rel });
    }
  }
  // codes: from the second item of each run, the previous code repeated, and (a variant) one number skipped
  for (const run of findCodeRuns(v)) {
    const rel = run.map((x) => a1(x.r, x.c));
    for (let i = 1; i < run.length; i++) {
      const x = run[i];
      const t = String(x.raw).trim();
      const prevCode = run[i - 1].code.write(run[i - 1].code.n);
      const j = t.indexOf(x.code.rest.slice(0, Math.min(4, x.code.rest.length)));
      const nt = prevCode + (j > 0 ? t.slice(j) : x.code.rest);
      add("code", { kind: "code", variant: `repeat ${x.code.style}`, relKind: `code ${x.code.style}`, edits: { [a1(x.r, x.c)]: nt }, cell: a1(x.r, x.c), rel });
      add("code", { kind: "code", variant: `skip ${x.code.style}`, relKind: `code ${x.code.style}`, edits: { [a1(x.r, x.c)]: rewriteCode(x.raw, x.code, x.code.n + 1) }, cell: a1(x.r, x.c), rel });
    }
  }
  const allRels = findRelations(v);
  // grades stated beside or under a score ("评价等级:良", 自评等级 | 良): one band off each way (优 ↔ 良 ↔ 中 ↔ 差,
  // 优秀 ↔ 良好 ↔ 合格 ↔ 不合格); a band some region's scale might give, so found only as an error or warning
  // where the sheet or its profile fixes the bands (the national bands are assumed: info)
  for (const x of allRels.filter((y) => y.kind === "grade")) {
    const ladder = x.total.grade.length > 1 ? GRADE_WIDE : GRADE_SHORT;
    const k = ladder.indexOf(x.total.grade);
    if (k < 0) continue;
    const cell = a1(x.total.r, x.total.c);
    const rel = [cell, ...x.parts.map((p) => a1(p.r, p.c))];
    for (const [dir, g2] of [["up", ladder[k - 1]], ["down", ladder[k + 1]]]) {
      if (!g2) continue;
      const nt = x.total.inText ? x.total.text.replace(new RegExp(`(等级|等次|评级|评定|结论|结果)([为是:：]?[“"「]?)${x.total.grade}`), `$1$2${g2}`) : g2;
      if (nt === x.total.text) continue;
      add("grade", { kind: "grade", variant: `one band ${dir}`, relKind: x.total.inText ? "grade in text" : "grade cell", edits: { [cell]: nt }, cell, rel });
    }
  }
  // a sheet stating no grade, with a score total (合计/总分 under a 得分 heading): a grade line under the table
  // ("评价分值:92.5分 评价等级:良") one band off its national band, each way
  const sum = allRels.some((y) => y.kind === "grade") ? null : scoreTotalOf(v);
  if (sum) {
    const total = sum.total.value;
    const k = total >= 90 ? 0 : total >= 80 ? 1 : total >= 60 ? 2 : 3;
    let last = v.rows;
    while (last > 1 && !(v.g[last - 1] || []).some((y) => y !== null && y !== undefined && String(y).trim())) last--;
    const cell = a1(last + 2, 1);
    for (const [dir, g2] of [["up", GRADE_SHORT[k - 1]], ["down", GRADE_SHORT[k + 1]]]) {
      if (!g2) continue;
      add("grade", { kind: "grade", variant: `line one band ${dir}`, relKind: "grade line", edits: { [cell]: `评价分值:${v.raw(sum.total.r, sum.total.c)}分 评价等级:${g2}` }, cell, rel: [cell, a1(sum.total.r, sum.total.c)] });
    }
  }
  // rates read as B/A of two amounts beside them (执行率 86% of 37.24 over 43.2): the rate one point up
  for (const x of allRels.filter((y) => y.kind === "ratio")) {
    const cell = a1(x.total.r, x.total.c);
    const rel = [cell, ...x.parts.map((p) => a1(p.r, p.c))];
    add("exec-rate", { kind: "exec-rate", variant: "+1 point", relKind: `rate (${x.label || "率"})`, edits: { [cell]: fmtLike(v.raw(x.total.r, x.total.c), x.total.value + 1) }, cell, rel });
  }
  // the hidden evaluation's weight mutant, at every weight the truth lists (not on a sheet cut off, as eval-corpus):
  // +3, found by a new weight-sum finding anywhere
  const t = c.truth;
  if (t && Array.isArray(t.indicators) && !t.truncated && !c.json.truncated) {
    // (weights written with their unit, "5分", "20%", included)
    const wAt = (cell) => weightNum(v.raw(parseA1(cell).row, parseA1(cell).col));
    const ws = t.indicators.filter((i) => !i.child_of_row && i.weight_cell && parseA1(i.weight_cell) && parseA1(i.weight_cell).row === i.row && (wAt(i.weight_cell) || {}).value > 0);
    if (ws.length >= 2) {
      for (const i of ws) {
        const p = parseA1(i.weight_cell);
        const orig = v.raw(p.row, p.col);
        const w = wAt(i.weight_cell);
        add("truth-weight", { kind: "truth-weight", variant: `+3${w.unit ? " " + w.unit : ""}`, relKind: `truth weight${w.unit ? " (" + w.unit + ")" : ""}`, any: true, anyRules: ["weight-sum-mismatch"], edits: { [i.weight_cell]: writeWeight(orig, w, w.value + 3) }, cell: i.weight_cell, rel: [] });
      }
    }
  }
  const out = [];
  // (codes and grades sampled per variant: a repeat and a skip of each code alternate in the list)
  const sample = (list) => (list.length <= MAX ? list : Array.from({ length: MAX }, (_, i) => list[Math.floor((i * list.length) / MAX)]));
  const variantOf = (m) => (m.kind === "code" ? m.variant.split(" ")[0] : m.variant);
  for (const k of KINDS) {
    if (!kinds.has(k)) continue;
    const list = byKind[k];
    if (k === "code" || k === "grade") for (const vk of [...new Set(list.map(variantOf))]) out.push(...sample(list.filter((m) => variantOf(m) === vk)));
    else out.push(...sample(list));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Judging

const CODE_RULES = ["code-sequence"];
const fkey = (f) => `${f.rule}@${f.cell}|${f.message}`;

function relationCells(r) {
  const terms = [r.total, ...(r.parts || []), r.result, r.minuend, ...(r.subtrahends || []), r.stated, r.numerator, r.denominator, ...(r.factors || [])];
  return terms.filter(Boolean).map((t) => t.cell);
}

function judge(m, base, res) {
  const rules = m.anyRules || (m.kind === "code" ? CODE_RULES : RELATION_RULES);
  const rel = new Set([m.cell, ...m.rel]);
  const baseKeys = base.keys;
  const fresh = res.findings.filter((f) => !baseKeys.has(fkey(f)));
  const names = (f) => rules.includes(f.rule) && (m.any || rel.has(f.cell) || (f.related || []).includes(m.cell));
  const flag = fresh.find((f) => (f.severity === "error" || f.severity === "warning") && names(f));
  if (flag) return { found: true };
  if (fresh.some((f) => f.severity === "info" && names(f))) return { found: false, cause: "only info" };
  return { found: false, cause: causeOf(m, base, fresh, rules) };
}

/** why a mutant was missed, as far as the base model tells */
function causeOf(m, base, fresh, rules) {
  const model = base.res.model;
  const elsewhere = fresh.filter((f) => f.severity !== "info" && rules.includes(f.rule));
  if (elsewhere.length) return `flagged elsewhere (${elsewhere[0].rule}@${elsewhere[0].cell})`;
  if (model.family === "unknown" && !(base.res.forms || []).length) return `family unknown (${m.relKind})`;
  if (m.kind === "code") {
    const isInd = model.indicators.some((i) => i.row === parseA1(m.cell).row);
    return isInd ? `code column not read as a sequence (${m.relKind})` : `code on a line not read as an indicator (${m.relKind})`;
  }
  const holding = base.relCells.get(m.cell) || [];
  if (!holding.length) {
    const p = parseA1(m.cell);
    const ind = model.indicators.find((i) => i.row === p.row);
    if ((m.kind === "weight" || m.kind === "score") && !ind) return `row not read as an indicator (${m.relKind})`;
    if (m.kind === "weight" && ind && ind.weightCell !== m.cell) return `cell not the indicator's weight (${m.relKind})`;
    if (m.kind === "score" && ind && ind.scoreCell !== m.cell) return `cell not the indicator's score (${m.relKind})`;
    return `no engine relation holds the cell (${m.kind}, ${m.relKind})`;
  }
  return `engine relation holds it, nothing raised (${holding.map((r) => `${r.kind}/${r.measure}${r.bound === "atMost" ? "/atMost" : ""}`).slice(0, 2).join(",")})`;
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  const cases = loadCases();
  const total = {};
  const byVariant = {};
  const perSheet = [];
  const misses = [];
  for (const c of cases) {
    let g;
    try {
      g = await baseGrid(c);
    } catch (e) {
      perSheet.push({ id: c.id, split: c.split, error: String(e.message || e) });
      continue;
    }
    const v = new View(c.json);
    const plans = planSweep(c, v);
    if (!plans.length) continue;
    const res = review(g, undefined, { fills: false });
    const relCells = new Map();
    const allRels = [...res.model.relations, ...(res.forms || []).slice(1).flatMap((f) => f.result.model.relations)];
    for (const r of allRels) for (const cell of relationCells(r)) (relCells.get(cell) || relCells.set(cell, []).get(cell)).push(r);
    const base = { res, keys: new Set(res.findings.map(fkey)), relCells };
    const cells = cellsOf(g);
    const sheet = { id: c.id, split: c.split, family: res.model.family, byKind: {} };
    const variantBases = new Map();
    for (const m of plans) {
      // a mutant of a variant of the sheet (its total weight blanked) is judged against that variant's review
      let b = base;
      if (m.baseEdits) {
        const k = JSON.stringify(m.baseEdits);
        if (!variantBases.has(k)) {
          const vr = review(mutate(g, cells, m.baseEdits), undefined, { fills: false });
          variantBases.set(k, { res: vr, keys: new Set(vr.findings.map(fkey)), relCells: new Map() });
        }
        b = variantBases.get(k);
      }
      const mres = review(mutate(g, cells, m.baseEdits ? { ...m.baseEdits, ...m.edits } : m.edits), undefined, { fills: false });
      const j = judge(m, b, mres);
      const vk = (byVariant[`${m.kind} ${m.kind === "code" || m.kind === "grade" || m.kind === "exec-rate" ? m.variant : ""}`.trim()] ??= { n: 0, found: 0, info: 0 });
      vk.n++;
      if (j.found) vk.found++;
      else if (j.cause === "only info") vk.info++;
      const bk = (sheet.byKind[m.kind] ??= { n: 0, found: 0 });
      const tk = (total[m.kind] ??= { n: 0, found: 0, info: 0 });
      bk.n++;
      tk.n++;
      if (j.found) {
        bk.found++;
        tk.found++;
      } else {
        if (j.cause === "only info") tk.info++;
        misses.push({ split: c.split, id: c.id, kind: m.kind, variant: m.variant, relKind: m.relKind, edits: m.edits, cause: j.cause });
      }
    }
    perSheet.push(sheet);
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const causes = {};
  for (const x of misses) {
    const k = x.cause.replace(/\(([a-z-]+)@[A-Z]+\d+\)/, "($1)");
    (causes[k] ??= []).push(x);
  }
  if (asJson) {
    process.stdout.write(JSON.stringify({ total, byVariant, perSheet, misses }, null, 1) + "\n");
    return;
  }
  const all = Object.values(total).reduce((a, b) => ({ n: a.n + b.n, found: a.found + b.found, info: a.info + b.info }), { n: 0, found: 0, info: 0 });
  console.log(`sweep over ${splits.join(", ")}: ${perSheet.length} sheets with mutants, ${all.n} mutants, ${secs} s`);
  console.log(`found ${all.found}/${all.n} (${((100 * all.found) / Math.max(1, all.n)).toFixed(1)}%), only as info ${all.info}`);
  for (const k of KINDS) if (total[k]) console.log(`  ${k.padEnd(12)} ${total[k].found}/${total[k].n}${total[k].info ? ` (info ${total[k].info})` : ""}`);
  const split = Object.entries(byVariant).filter(([k]) => /^(code|grade|exec-rate) /.test(k)).sort((a, b) => a[0].localeCompare(b[0]));
  if (split.length) console.log(`\nby variant (codes by style): ${split.map(([k, x]) => `${k} ${x.found}/${x.n}${x.info ? ` (info ${x.info})` : ""}`).join(", ")}`);
  console.log("\nmisses by cause:");
  for (const [k, xs] of Object.entries(causes).sort((a, b) => b[1].length - a[1].length)) {
    const sheets = new Set(xs.map((x) => x.id));
    console.log(`  ${String(xs.length).padStart(4)}  ${k}  [${sheets.size} sheets]`);
  }
  console.log("\nper sheet (sheets with a miss): found/total per kind");
  for (const s of perSheet) {
    if (s.error) {
      console.log(`  ${s.split}/${s.id}: unreadable ${s.error}`);
      continue;
    }
    const ks = Object.entries(s.byKind);
    if (!ks.some(([, v]) => v.found < v.n)) continue;
    console.log(`  ${s.split}/${s.id} [${s.family}]: ${ks.map(([k, v]) => `${k} ${v.found}/${v.n}`).join(", ")}`);
  }
  if (verbose) {
    console.log("\nmisses:");
    for (const [k, xs] of Object.entries(causes).sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  == ${k}`);
      for (const x of xs) console.log(`    ${x.split}/${x.id} ${x.kind}/${x.variant} (${x.relKind}) ${JSON.stringify(x.edits)}`);
    }
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(2);
});
