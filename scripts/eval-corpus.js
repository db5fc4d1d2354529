#!/usr/bin/env node
"use strict";
/**
 * The measurement PerfSheet is judged by, over every real sheet in test/fixtures:
 *
 *   npm run eval                       # build lib/, then this script
 *   node scripts/eval-corpus.js [--json] [--split corpus,real] [--only id,id] [--strict] [--no-mutants] [--verbose [--show-validation]]
 *
 * Splits: corpus (test/fixtures/corpus), extra (test/fixtures/extra), real (test/fixtures/real),
 * validation (test/fixtures/validation — never tune rules on it), peer (test/fixtures/peer: the open-source
 * audit_agent's test fixtures laid out as sheets).
 *
 * For each split it runs the built CLI (`node bin/perfsheet.js review --json DIR`, one process for all files)
 * and prints:
 *   family     sheets whose recognised family is the truth's family
 *   recall     truth inconsistencies found at their cell with their rule (error or warning)
 *   precision  error + warning flags that are in the truth (info findings do not count); a flag the truth lists
 *              as acceptable counts as right, unless --strict (only the required inconsistencies count)
 *   strict     the same with acceptable flags counted as wrong, as a judge whose truths list no acceptable
 *              flags counts them (the issue's hidden truths have none)
 * and a MUTANT run like the hidden evaluation: for every sheet that has a cell-level truth, one inconsistency
 * at a time is injected (a total changed, a code sequence broken, a grade that does not match the total, a
 * score blanked, a score above its weight, a negative score, a wrong 执行率, a weight that breaks its parent's
 * sum, a missed target with no reason); "found" counts the injected error flagged at its cell with its rule
 * (error or warning), "false alarms" new error/warning flags elsewhere (not in the base run, not in the
 * mutated row, not at the total or grade cells the injection necessarily disturbs, nor a sum whose parts include
 * the injected cell).
 * And a GRID MUTANT run (scripts/eval-mutants-grid.js) that does not read the truth: every relation a reviewer
 * can verify by hand on the grid (合计 rows and columns, 其中 groups, 结余, rates, stated grades, merged rollups)
 * gets one injected inconsistency; "found" counts a new error/warning of a relation rule at one of the
 * relation's cells, "false alarms" new error/warning flags elsewhere. Not run on the validation split.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const ExcelJS = require("exceljs");
const { toCell, caseWorkbook } = require("./corpus-cells.js");
const { planGridMutants, RELATION_RULES, colLetter, parseA1, a1 } = require("./eval-mutants-grid.js");

const ROOT = path.resolve(__dirname, "..");
/**
 * A sum the injected cell is a part of (a group's 得分 over its items, a 小计 over its rows) is necessarily disturbed by
 * the injection, as the 总分 is: its finding (the stated sum against the parts it names, the injected one among them)
 * is the injection seen from the sum, not a false alarm.
 */
const SUM_RULES = new Set(["total-mismatch", "weight-sum-mismatch"]);
const disturbed = (f, edits) => SUM_RULES.has(f.rule) && (f.related || []).some((c) => c in edits);
const FIX = path.join(ROOT, "test", "fixtures");
const CLI = path.join(ROOT, "bin", "perfsheet.js");
const SPLITS = ["corpus", "extra", "real", "validation", "peer"];

const args = process.argv.slice(2);
/**
 * Flags this script knows; anything else (a typo, --help) stops it before any sheet is reviewed, so that a mistyped
 * command cannot run the held-out split by accident (its default is every split, validation's aggregate row included).
 */
const USAGE = `usage: node scripts/eval-corpus.js [--split corpus,extra,real,validation,peer] [--only id1,id2] [--verbose]
       [--show-validation] [--strict] [--no-mutants] [--json]
  (with no --split every split is run, the held-out validation split's aggregate row included)`;
const FLAGS = new Set(["--json", "--verbose", "--no-mutants", "--split", "--only", "--strict", "--show-validation"]);
const VALUED = new Set(["--split", "--only"]);
for (let i = 0; i < args.length; i++) {
  const flag = args[i].split("=")[0];
  if (!FLAGS.has(flag)) {
    console.error(`${args[i] === "--help" || args[i] === "-h" ? "" : `unknown argument ${args[i]}\n`}${USAGE}`);
    process.exit(args[i] === "--help" || args[i] === "-h" ? 0 : 2);
  }
  if (VALUED.has(flag) && !args[i].includes("=")) i++;
}
const asJson = args.includes("--json");
const verbose = args.includes("--verbose");
const noMutants = args.includes("--no-mutants");
/** grid mutants (planned from the grid alone, no truth) run on these splits only: never on validation */
const GRID_SPLITS = ["corpus", "extra", "real", "peer"];
const splitArg = args.find((a) => a.startsWith("--split"));
const wanted = splitArg
  ? (splitArg.includes("=") ? splitArg.split("=")[1] : args[args.indexOf(splitArg) + 1]).split(",")
  : SPLITS;
/** --only id1,id2: just these sheets (e.g. a new batch measured before any rule is written for it) */
const onlyArg = args.indexOf("--only");
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(",")) : null;
/** --strict: a flag counts as right only where the truth requires it (its acceptable list is ignored) */
const strict = args.includes("--strict");

// ---------------------------------------------------------------------------------------------------------
// Cases and their truth, per split

/** Family names used by the older corpus truth files -> DESIGN §2 ids. */
const CORPUS_FAMILY = {
  "001": "indicator-system",
  "002": "project-self-eval",
  "005": "project-self-eval",
  "011": "project-self-eval",
  "012": "project-self-eval",
  "015": "project-self-eval",
  "017": "project-self-eval",
  "022": "dept-self-eval",
  "023": "dept-basic-data",
  "027": "indicator-system",
  "029": "indicator-system",
  "031": "monitoring",
  "032": "target-declaration",
  "043": "project-self-eval",
  "045": "dept-self-eval",
};
const FAMILY_ALIAS = {
  project_self_eval: "project-self-eval",
  dept_overall_self_eval: "dept-self-eval",
  dept_basic_data: "dept-basic-data",
  indicator_system_scoring: "indicator-system",
  performance_target: "target-declaration",
  performance_monitoring: "monitoring",
};
const familyId = (f) => FAMILY_ALIAS[f] || f;

const readJson = (p) => JSON.parse(fs.readFileSync(p, "utf8"));

/**
 * A case: { split, id, json (the transcription), xlsx (path or null), family, truth (corpus-format truth or
 * null), expected: [{rule, cells[]}] (what must be flagged), acceptable: [{rule, cells[]}] (defensible flags
 * that are not required), valid (peer: must get no error) }
 */
function loadSplit(split) {
  const out = [];
  if (split === "corpus") {
    const dir = path.join(FIX, "corpus");
    for (const f of fs.readdirSync(path.join(dir, "truth")).filter((f) => f.endsWith(".json")).sort()) {
      const id = f.replace(/\.json$/, "");
      const truth = readJson(path.join(dir, "truth", f));
      out.push({
        split,
        id,
        json: readJson(path.join(dir, "cases", `${id}.json`)),
        xlsx: path.join(dir, "cases", `${id}.xlsx`),
        family: CORPUS_FAMILY[id] || familyId(truth.family),
        truth,
        expected: (truth.inconsistencies || []).map(expectedOf),
        acceptable: (truth.acceptable || []).map(expectedOf),
      });
    }
  } else if (split === "extra") {
    const dir = path.join(FIX, "extra");
    if (!fs.existsSync(dir)) return out;
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".expect.json")).sort()) {
      const id = f.replace(/\.expect\.json$/, "");
      const e = readJson(path.join(dir, f));
      const json = readJson(path.join(dir, `${id}.json`));
      out.push({
        split,
        id,
        json,
        xlsx: null,
        family: familyId(e.family),
        truth: truthFromExpect(json, e),
        expected: (e.errors || []).map(expectedOf),
        acceptable: [],
      });
    }
  } else {
    // real, validation, peer: <id>.json, <id>.xlsx, and <id>.truth.json (real/validation) or <id>.expect.json (peer)
    const dir = path.join(FIX, split);
    if (!fs.existsSync(dir)) return out;
    for (const f of fs.readdirSync(dir).filter((f) => /^[^.]+\.json$/.test(f)).sort()) {
      const id = f.replace(/\.json$/, "");
      const json = readJson(path.join(dir, f));
      const xlsx = path.join(dir, `${id}.xlsx`);
      const tp = path.join(dir, `${id}.truth.json`);
      const ep = path.join(dir, `${id}.expect.json`);
      const t = fs.existsSync(tp) ? readJson(tp) : fs.existsSync(ep) ? readJson(ep) : null;
      if (!t) continue;
      out.push({
        split,
        id,
        json,
        xlsx: fs.existsSync(xlsx) ? xlsx : null,
        family: familyId(t.family),
        truth: t.indicators ? t : null,
        expected: (t.inconsistencies || t.flags || []).map(expectedOf),
        acceptable: (t.acceptable || []).map(expectedOf),
        valid: t.valid,
      });
    }
  }
  return out;
}

/**
 * The extra fixtures' expectations list indicator rows with their weight and claimed score, not cells. For the
 * mutant run, locate the cells: in the header row (or the row below it) the columns headed 分值/权重 (weight),
 * 得分 (score), 原因 (reason) and 实际/完成值 (actual); a row's weight cell is the first weight column whose value
 * is the expected weight, likewise for the score. Rows whose cells cannot be located are left out.
 */
function truthFromExpect(json, e) {
  const grid = json.grid;
  const text = (r, c) => String(((grid[r - 1] || [])[c - 1]) ?? "").replace(/\s+/g, "");
  const width = Math.max(...grid.map((r) => r.length));
  const cols = { weight: [], score: [], reason: null, actual: null };
  for (const hr of [e.header_row, e.header_row + 1]) {
    for (let c = 1; c <= width; c++) {
      const t = text(hr, c);
      if (/^(分值|权重|分数|标准分|权数)/.test(t)) cols.weight.push(c);
      else if (/得分/.test(t)) cols.score.push(c);
      else if (/原因/.test(t) && !cols.reason) cols.reason = c;
      else if (/(实际完成|完成值|实际值)/.test(t) && !cols.actual) cols.actual = c;
    }
  }
  const val = (r, c) => num(text(r, c));
  const indicators = [];
  for (const x of e.indicators || []) {
    const wc = x.weight === null ? null : cols.weight.find((c) => val(x.row, c) === x.weight);
    const sc = x.claimed_score === null ? null : cols.score.find((c) => val(x.row, c) === x.claimed_score);
    if (x.weight !== null && !wc) continue;
    indicators.push({
      row: x.row,
      weight: x.weight,
      weight_cell: wc ? a1(x.row, wc) : null,
      claimed_score: x.claimed_score,
      score_cell: sc ? a1(x.row, sc) : null,
    });
  }
  return {
    indicators,
    columns: { reason: cols.reason ? colLetter(cols.reason) : undefined, actual: cols.actual ? colLetter(cols.actual) : undefined },
    totals: { claimed_total_cell: e.total && e.total.cell },
    truncated: !!json.truncated,
    budget_items: [],
  };
}

/** {rule, cell, alt_cells?, alt_rules?} -> {rule, rules[], cells[]} */
function expectedOf(x) {
  const rules = [x.rule, ...(x.alt_rules || [])];
  const cells = [x.cell, ...(x.alt_cells || [])].filter(Boolean);
  return { rule: x.rule, rules, cells, detail: x.detail || x.why || "" };
}

// ---------------------------------------------------------------------------------------------------------
// A1 helpers

const rowOf = (cell) => (parseA1(cell) || { row: -1 }).row;

// ---------------------------------------------------------------------------------------------------------
// Mutants: one injected inconsistency each, planned from the grid and the truth's cells

/** Text of a cell in the transcription (merge anchor). */
function textAt(c, cell) {
  const p = parseA1(cell);
  if (!p) return "";
  const v = (c.json.grid[p.row - 1] || [])[p.col - 1];
  return v === undefined || v === null ? "" : String(v).trim();
}
const num = (s) => {
  const t = String(s ?? "").replace(/,/g, "").trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};
const pct = (s) => {
  const m = /^(-?\d+(?:\.\d+)?)%$/.exec(String(s ?? "").trim());
  return m ? Number(m[1]) : null;
};
const fmtLike = (orig, v) => {
  const t = String(orig).replace(/,/g, "");
  const i = t.indexOf(".");
  const d = i < 0 ? 0 : t.length - i - 1;
  return v.toFixed(d);
};
const GRADES = { 优: "差", 优秀: "差", 良: "差", 良好: "差", 中: "优", 合格: "优秀", 差: "优", 不合格: "优秀", 及格: "优秀" };

/** Leading code of a label and how to write another one in the same style. */
function codeOf(text) {
  const pats = [
    [/^([A-Za-z]+)(\d+)(?=\D|$)/, (m, n) => m[1] + n],
    [/^(\d+(?:\.\d+)*\.)(\d+)(?=[^\d.]|$)/, (m, n) => m[1] + n],
    [/^(\d+)([.、．）)])/, (m, n) => n + m[2]],
    [/^([（(])(\d+)([）)])/, (m, n) => m[1] + n + m[3]],
  ];
  for (const [re, make] of pats) {
    const m = re.exec(text);
    if (!m) continue;
    const n = Number(re === pats[2][0] ? m[1] : m[2]);
    return { n, prefix: m[0], rewrite: (k) => make(m, k) };
  }
  return null;
}

/**
 * An item's points: its weight cell's number, or the points its label closes with ("1、…齐全(3分)。", "…(10 分)") where the
 * weight is stated in the item's label.
 */
const LABEL_POINTS = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）][。.;；]?\s*$/;
/**
 * (or a numbered criterion of one line closing with its points bare after its clause: "1.本机构有职责明确的控烟领导小组,2分;"
 * — not one that awards, deducts or counts per occurrence, and not one of several lines, whose points add up over its clauses)
 */
const CRITERION_POINTS = /^\s*\d{1,2}[.、．](?![^\n]*[得扣每])[^\n]*[,，]\s*(\d+(?:\.\d+)?)\s*分\s*[;；。]?\s*$/;
function pointsOf(text) {
  const n = num(text);
  if (n !== null) return n;
  const m = LABEL_POINTS.exec(String(text ?? "")) ?? CRITERION_POINTS.exec(String(text ?? ""));
  return m ? Number(m[1]) : null;
}
/** The label with its closing points written `v` instead. */
const withPoints = (text, v) => {
  const re = LABEL_POINTS.test(String(text)) ? LABEL_POINTS : CRITERION_POINTS;
  // (the points are the match's last figure: a criterion's match is its whole line)
  return String(text).replace(re, (all, n) => all.slice(0, all.lastIndexOf(n)) + String(v) + all.slice(all.lastIndexOf(n) + n.length));
};
/** A group label's stated points: "社区自治(10分)", "产出指标(50分)", "一、组织领导(38)". */
const groupPoints = (label) => {
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$|(\d+(?:\.\d+)?)\s*分\s*$/.exec(String(label ?? "").trim());
  return m ? Number(m[1] ?? m[2]) : null;
};
/**
 * On a truncated sheet: indicator `i` lies in a group (its 二级, else its 一级, the nearest whose label states points) closed
 * before the cut — another group's line after its last — whose lines' points add up to the label's.
 */
function closedGroupAddsUp(c, inds, i) {
  for (const [key, label] of [[(x) => `${x.level1}|${x.level2}`, i.level2], [(x) => `${x.level1}`, i.level1]]) {
    const stated = groupPoints(label);
    if (!label || stated === null) continue;
    const members = inds.filter((x) => key(x) === key(i));
    const last = Math.max(...members.map((x) => x.row));
    if (members.length < 2 || !inds.some((x) => x.row > last && key(x) !== key(i))) return false;
    const sum = members.reduce((t, x) => t + (x.weight_cell ? pointsOf(textAt(c, x.weight_cell)) ?? NaN : NaN), 0);
    return Math.abs(sum - stated) < 0.005;
  }
  return false;
}

function planMutants(c) {
  const t = c.truth;
  if (!t || !Array.isArray(t.indicators)) return [];
  const out = [];
  const cols = t.columns || {};
  const totalCell = t.totals && t.totals.claimed_total_cell;
  const gradeCell = t.grade_cell || null;
  const common = [totalCell, gradeCell].filter(Boolean);
  const inds = t.indicators.filter((i) => !i.child_of_row);
  const scored = inds.filter((i) => i.score_cell && num(textAt(c, i.score_cell)) !== null && i.weight_cell && num(textAt(c, i.weight_cell)) > 0);
  const pick = (arr, k = 0.5) => arr[Math.min(arr.length - 1, Math.floor(arr.length * k))];
  const truncated = !!(t.truncated || (c.json && c.json.truncated));
  // a cell the truth already finds inconsistent cannot carry an injected inconsistency
  const known = new Set((t.inconsistencies || []).flatMap((x) => [x.cell, ...(x.alt_cells || [])]));

  // 1. a stated total changed
  if (totalCell && num(textAt(c, totalCell)) !== null && !truncated && !known.has(totalCell)) {
    const v = num(textAt(c, totalCell));
    out.push({
      kind: "total",
      rule: "total-mismatch",
      edits: { [totalCell]: fmtLike(textAt(c, totalCell), v > 50 ? v - 5 : v + 5) },
      cells: [totalCell],
      collateral: common,
    });
  }
  // 1b. a fund part changed so that the fund total (年度资金总额 / 总额) no longer adds up
  for (const b of t.budget_items || []) {
    const cell = parseA1(b.budget_cell || "");
    if (!cell || !/(总额|合计|总计)/.test(b.label || "")) continue;
    const total = num(textAt(c, b.budget_cell));
    if (total === null) continue;
    const parts = [];
    for (let r = cell.row + 1; r <= cell.row + 6; r++) {
      const pc = a1(r, cell.col);
      const tx = textAt(c, pc);
      if (tx === "" || tx === "/" || tx === "—") continue;
      if (num(tx) === null) break;
      parts.push({ cell: pc, v: num(tx), text: tx });
    }
    const sum = parts.reduce((x, y) => x + y.v, 0);
    const part = parts.find((x) => x.v > 0);
    if (!part || Math.abs(sum - total) > 0.005) continue;
    out.push({
      kind: "fund-part",
      rule: "total-mismatch",
      edits: { [part.cell]: fmtLike(part.text, part.v + Math.max(1, Math.round(part.v * 0.1))) },
      cells: [b.budget_cell, part.cell],
      collateral: [b.rate_cell, b.score_cell, ...common].filter(Boolean),
    });
    break;
  }
  // 2. a code sequence broken: the third coded sibling repeats the second's number
  const coded = [];
  for (const i of inds) {
    for (const lv of ["level3", "level2"]) {
      const cell = i[`${lv}_cell`];
      if (!cell || rowOf(cell) !== i.row) continue;
      const code = codeOf(textAt(c, cell));
      if (code) {
        coded.push({ i, cell, code, parent: lv === "level3" ? `${i.level1}|${i.level2}` : i.level1 });
        break;
      }
    }
  }
  for (let k = 2; k < coded.length; k++) {
    const [a, b, x] = [coded[k - 2], coded[k - 1], coded[k]];
    if (a.parent === x.parent && b.parent === x.parent && b.code.n === a.code.n + 1 && x.code.n === b.code.n + 1) {
      const orig = textAt(c, x.cell);
      out.push({
        kind: "code",
        rule: "code-sequence",
        edits: { [x.cell]: x.code.rewrite(b.code.n) + orig.slice(x.code.prefix.length) },
        cells: [x.cell],
        collateral: [],
      });
      break;
    }
  }
  // 3. a grade that does not match the total
  if (gradeCell && GRADES[textAt(c, gradeCell)]) {
    out.push({ kind: "grade", rule: "grade-mismatch", edits: { [gradeCell]: GRADES[textAt(c, gradeCell)] }, cells: [gradeCell], collateral: [totalCell].filter(Boolean) });
  }
  if (scored.length >= 2) {
    // 4. a score blanked
    const b = pick(scored, 0.34);
    out.push({ kind: "blank-score", rule: "missing-score", edits: { [b.score_cell]: "" }, cells: [b.score_cell], collateral: common });
    // 5. a score above its weight
    const o = pick(scored, 0.5);
    const ow = num(textAt(c, o.weight_cell));
    out.push({ kind: "score-over", rule: "score-exceeds-weight", edits: { [o.score_cell]: fmtLike(textAt(c, o.score_cell), ow + Math.max(1, Math.round(ow * 0.2))) }, cells: [o.score_cell], collateral: common });
    // 6. a negative score
    const n = pick(scored, 0.67);
    out.push({ kind: "negative", rule: "negative-score", edits: { [n.score_cell]: fmtLike(textAt(c, n.score_cell), -1) }, cells: [n.score_cell], collateral: common });
  }
  // 7. a wrong 执行率
  const bi = (t.budget_items || []).find((b) => b.rate_cell && pct(textAt(c, b.rate_cell)) !== null && num(b.budget) > 0 && b.executed !== null);
  if (bi) {
    const orig = textAt(c, bi.rate_cell);
    const v = pct(orig);
    const m = /\.(\d+)%$/.exec(orig);
    const nv = (v >= 50 ? v - 7.5 : v + 7.5).toFixed(m ? m[1].length : 0) + "%";
    out.push({ kind: "exec-rate", rule: "exec-rate-mismatch", edits: { [bi.rate_cell]: nv }, cells: [bi.rate_cell], collateral: [bi.score_cell, ...common].filter(Boolean) });
  }
  // 8. a weight that breaks its parent's sum
  // (on a truncated sheet only inside a group closed before the cut whose stated points its lines add up to: elsewhere the
  // parent's other parts may lie beyond the cut, so the sum cannot be checked)
  let weighted = inds.filter((i) => i.weight_cell && rowOf(i.weight_cell) === i.row && pointsOf(textAt(c, i.weight_cell)) > 0);
  if (truncated) weighted = weighted.filter((i) => closedGroupAddsUp(c, inds, i));
  if (weighted.length >= 2) {
    const at = new Set([pick(weighted, 0.25), pick(weighted, 0.75)]);
    for (const w of at) {
      const text = textAt(c, w.weight_cell);
      const wv = pointsOf(text);
      out.push({
        kind: "weight",
        rule: "weight-sum-mismatch",
        edits: { [w.weight_cell]: num(text) !== null ? fmtLike(text, wv + 3) : withPoints(text, wv + 3) },
        cells: [w.weight_cell],
        anyNew: true, // the sum may be reported at the parent, the total weight or the changed cell
        collateral: common,
      });
    }
  }
  // 9. a target missed with no reason (score and total lowered consistently, reason left empty)
  if (cols.reason && cols.actual) {
    const cand = scored.find((i) => {
      // (a row of another table on the sheet, scored in other columns, has no cell under this table's 完成值)
      if (cols.score && i.score_cell.replace(/\d+$/, "") !== cols.score) return false;
      const w = num(textAt(c, i.weight_cell));
      const s = num(textAt(c, i.score_cell));
      const act = textAt(c, `${cols.actual}${i.row}`);
      return s === w && textAt(c, `${cols.reason}${i.row}`) === "" && /\d/.test(act) && textAt(c, `${cols.actual}${i.row}`) !== "";
    });
    if (cand) {
      const w = num(textAt(c, cand.weight_cell));
      const actCell = `${cols.actual}${cand.row}`;
      const act = textAt(c, actCell);
      const lowered = act.replace(/\d+(\.\d+)?/, (d) => {
        const x = Number(d) * 0.8;
        const dd = d.includes(".") ? d.split(".")[1].length : 0;
        return x.toFixed(dd);
      });
      const ns = Math.round(w * 0.8 * 100) / 100;
      const edits = { [actCell]: lowered, [cand.score_cell]: fmtLike(textAt(c, cand.score_cell), ns) };
      if (totalCell && num(textAt(c, totalCell)) !== null) {
        const tv = num(textAt(c, totalCell));
        const shown = textAt(c, totalCell);
        const dec = Math.max(shown.includes(".") ? shown.split(".")[1].length : 0, String(ns).includes(".") ? String(ns).split(".")[1].length : 0);
        edits[totalCell] = (tv - (w - ns)).toFixed(dec);
      }
      out.push({
        kind: "missed-target",
        rule: "missing-reason",
        edits,
        cells: [`${cols.reason}${cand.row}`],
        anyInRow: cand.row,
        // the total is adjusted when it reads as a number; "99分" stays and no longer adds up
        collateral: [gradeCell, totalCell].filter(Boolean),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Workbooks: the committed .xlsx (or one built from the JSON), mutated cell by cell with ExcelJS

async function baseWorkbook(c) {
  if (c.xlsx) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(c.xlsx);
    return wb;
  }
  return caseWorkbook(c.json);
}

async function writeCase(c, dir) {
  const wb = await baseWorkbook(c);
  const file = path.join(dir, `${c.split}__${c.id}__base.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function writeMutant(c, m, k, dir) {
  const wb = await baseWorkbook(c);
  const ws = wb.worksheets[0];
  for (const [cell, text] of Object.entries(m.edits)) {
    const x = ws.getCell(cell);
    const keepFmt = x.numFmt;
    const nc = toCell(text);
    x.value = nc.v;
    if (nc.fmt) x.numFmt = nc.fmt;
    else if (typeof nc.v === "number" && keepFmt && !/%/.test(keepFmt)) x.numFmt = keepFmt;
  }
  const file = path.join(dir, `${c.split}__${c.id}__m${k}-${m.kind}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// Running the CLI once over a directory

function runCli(dir) {
  const r = spawnSync(process.execPath, [CLI, "review", "--json", dir], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (!r.stdout || !r.stdout.trim().startsWith("{")) {
    throw new Error(`perfsheet review failed (status ${r.status}): ${(r.stderr || "").slice(0, 2000)}`);
  }
  const report = JSON.parse(r.stdout);
  const byFile = new Map();
  for (const f of report.files) byFile.set(path.basename(f.file), f);
  return { report, byFile };
}

/** The reviewed sheet of a one-sheet workbook: the first sheet (the transcription is always the first). */
function sheetOf(fileReport) {
  if (!fileReport || fileReport.error || !fileReport.sheets || !fileReport.sheets.length) return null;
  return fileReport.sheets[0];
}
const flagsOf = (sheet) => (sheet ? sheet.findings.filter((f) => f.severity === "error" || f.severity === "warning") : []);
const key = (f) => `${f.rule}@${f.cell}`;
/** a flag matches a truth entry: one of its rules, at its cell (or one of the alternative cells the truth names) */
const matches = (f, e) => e.rules.includes(f.rule) && e.cells.includes(f.cell);

// ---------------------------------------------------------------------------------------------------------

async function main() {
  if (!fs.existsSync(path.join(ROOT, "lib", "cli"))) {
    console.error("lib/ is not built: run `npm run build:lib` first (or `npm run eval`).");
    process.exit(2);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfsheet-eval-"));
  const cases = [];
  for (const s of wanted) {
    if (!SPLITS.includes(s)) throw new Error(`unknown split ${s} (${SPLITS.join(", ")})`);
    cases.push(...loadSplit(s).filter((c) => !only || only.has(c.id)));
  }
  const plans = [];
  const gridPlans = [];
  for (const c of cases) {
    c.baseFile = path.basename(await writeCase(c, tmp));
    if (!noMutants && c.split !== "peer") {
      const ms = planMutants(c);
      for (let k = 0; k < ms.length; k++) {
        ms[k].file = path.basename(await writeMutant(c, ms[k], k, tmp));
        plans.push({ c, m: ms[k] });
      }
    }
    if (!noMutants && GRID_SPLITS.includes(c.split)) {
      const gs = planGridMutants(c);
      // a changed score also changes the total the truth names (stated above the table, "项目总得分 | 99分")
      const scoreCells = new Set(((c.truth && c.truth.indicators) || []).map((i) => i.score_cell).filter(Boolean));
      const totalCell = c.truth && c.truth.totals && c.truth.totals.claimed_total_cell;
      for (const g of gs) if (totalCell && Object.keys(g.edits).some((e) => scoreCells.has(e))) g.collateral.push(totalCell);
      for (let k = 0; k < gs.length; k++) {
        gs[k].file = path.basename(await writeMutant(c, gs[k], `g${k}`, tmp));
        gridPlans.push({ c, m: gs[k] });
      }
    }
  }
  const { byFile } = runCli(tmp);

  const splits = {};
  const S = (s) =>
    (splits[s] ??= {
      sheets: 0,
      familyOk: 0,
      truth: 0,
      found: 0,
      flags: 0,
      rightFlags: 0,
      rightStrict: 0,
      peerValid: 0,
      peerValidClean: 0,
      mutants: 0,
      mutantsFound: 0,
      mutantsFoundAsInfo: 0,
      falseAlarms: 0,
      byKind: {},
      gridMutants: 0,
      gridFound: 0,
      gridFalseAlarms: 0,
      gridByKind: {},
      details: [],
    });

  for (const c of cases) {
    const s = S(c.split);
    const sheet = sheetOf(byFile.get(c.baseFile));
    const fam = sheet ? sheet.family : "unreadable";
    s.sheets++;
    if (fam === c.family) s.familyOk++;
    const flags = flagsOf(sheet);
    const missed = c.expected.filter((e) => !flags.some((f) => matches(f, e)));
    const wrong = flags.filter((f) => !c.expected.some((e) => matches(f, e)) && (strict || !c.acceptable.some((e) => matches(f, e))));
    s.truth += c.expected.length;
    s.found += c.expected.length - missed.length;
    s.flags += flags.length;
    s.rightFlags += flags.length - wrong.length;
    s.rightStrict += flags.filter((f) => c.expected.some((e) => matches(f, e))).length;
    if (c.valid === true) {
      s.peerValid++;
      if (!(sheet ? sheet.findings : []).some((f) => f.severity === "error")) s.peerValidClean++;
    }
    s.details.push({
      id: c.id,
      family: c.family,
      got: fam,
      missed: missed.map((e) => `${e.rule}@${e.cells.join("|")}`),
      wrong: wrong.map((f) => `${f.severity} ${key(f)}: ${f.message}`),
    });
  }

  for (const { c, m } of plans) {
    const s = S(c.split);
    const baseFlags = flagsOf(sheetOf(byFile.get(c.baseFile)));
    const base = new Set(baseFlags.map(key));
    // the same rule at the same cell with another message (another sum) is a new finding too
    const baseMsg = new Set(baseFlags.map((f) => `${key(f)}|${f.message}`));
    const sheet = sheetOf(byFile.get(m.file));
    const all = sheet ? sheet.findings : [];
    const flags = flagsOf(sheet);
    const hit = (f) =>
      f.rule === m.rule &&
      (m.cells.includes(f.cell) || (m.anyNew && !baseMsg.has(`${key(f)}|${f.message}`)) || (m.anyInRow && rowOf(f.cell) === m.anyInRow));
    const found = flags.some(hit);
    const asInfo = !found && all.some((f) => f.severity === "info" && hit(f));
    const touchedRows = new Set(Object.keys(m.edits).map(rowOf));
    const alarms = flags.filter((f) => !hit(f) && !base.has(key(f)) && !touchedRows.has(rowOf(f.cell)) && !m.collateral.includes(f.cell) && !disturbed(f, m.edits));
    s.mutants++;
    if (found) s.mutantsFound++;
    if (asInfo) s.mutantsFoundAsInfo++;
    s.falseAlarms += alarms.length;
    const bk = (s.byKind[m.rule] ??= { n: 0, found: 0 });
    bk.n++;
    if (found) bk.found++;
    s.details.push({
      id: c.id,
      mutant: m.kind,
      edits: m.edits,
      found,
      asInfo,
      falseAlarms: alarms.map((f) => `${f.severity} ${key(f)}: ${f.message}`),
    });
  }
  for (const { c, m } of gridPlans) {
    const s = S(c.split);
    const baseFlags = flagsOf(sheetOf(byFile.get(c.baseFile)));
    const base = new Set(baseFlags.map(key));
    const baseMsg = new Set(baseFlags.map((f) => `${key(f)}|${f.message}`));
    const flags = flagsOf(sheetOf(byFile.get(m.file)));
    const rules = m.rules || RELATION_RULES;
    const hit = (f) => rules.includes(f.rule) && (m.cells.includes(f.cell) || (m.anyInRow && rowOf(f.cell) === m.anyInRow)) && !baseMsg.has(`${key(f)}|${f.message}`);
    const found = flags.some(hit);
    const touchedRows = new Set(Object.keys(m.edits).map(rowOf));
    const alarms = flags.filter((f) => !hit(f) && !base.has(key(f)) && !m.cells.includes(f.cell) && !m.collateral.includes(f.cell) && !touchedRows.has(rowOf(f.cell)) && !disturbed(f, m.edits));
    s.gridMutants++;
    if (found) s.gridFound++;
    s.gridFalseAlarms += alarms.length;
    const bk = (s.gridByKind[m.gridKind] ??= { n: 0, found: 0 });
    bk.n++;
    if (found) bk.found++;
    s.details.push({
      id: c.id,
      gridMutant: `${m.gridKind}/${m.variant}`,
      edits: m.edits,
      found,
      falseAlarms: alarms.map((f) => `${f.severity} ${key(f)}: ${f.message}`),
    });
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  const pctOf = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : "—");
  const rows = Object.entries(splits).map(([name, s]) => ({
    split: name,
    sheets: s.sheets,
    family: `${s.familyOk}/${s.sheets} (${pctOf(s.familyOk, s.sheets)})`,
    recall: `${s.found}/${s.truth} (${pctOf(s.found, s.truth)})`,
    precision: `${s.rightFlags}/${s.flags} (${pctOf(s.rightFlags, s.flags)})`,
    strict: `${s.rightStrict}/${s.flags} (${pctOf(s.rightStrict, s.flags)})`,
    validClean: s.peerValid ? `${s.peerValidClean}/${s.peerValid}` : "",
    mutantsFound: s.mutants ? `${s.mutantsFound}/${s.mutants} (${pctOf(s.mutantsFound, s.mutants)})` : "—",
    asInfo: s.mutants ? String(s.mutantsFoundAsInfo) : "",
    falseAlarms: s.mutants ? String(s.falseAlarms) : "—",
    gridMutants: s.gridMutants ? `${s.gridFound}/${s.gridMutants} (${pctOf(s.gridFound, s.gridMutants)})` : "—",
    gridFalseAlarms: s.gridMutants ? String(s.gridFalseAlarms) : "—",
  }));

  if (asJson) {
    const summary = {};
    for (const [name, s] of Object.entries(splits)) {
      summary[name] = {
        sheets: s.sheets,
        familyRecognised: s.familyOk,
        truthInconsistencies: s.truth,
        found: s.found,
        flags: s.flags,
        rightFlags: s.rightFlags,
        rightFlagsStrict: s.rightStrict,
        validSheets: s.peerValid,
        validSheetsWithoutError: s.peerValidClean,
        mutants: s.mutants,
        mutantsFound: s.mutantsFound,
        mutantsFoundOnlyAsInfo: s.mutantsFoundAsInfo,
        falseAlarms: s.falseAlarms,
        mutantsByRule: s.byKind,
        gridMutants: s.gridMutants,
        gridMutantsFound: s.gridFound,
        gridFalseAlarms: s.gridFalseAlarms,
        gridMutantsByKind: s.gridByKind,
        details: s.details,
      };
    }
    process.stdout.write(JSON.stringify({ version: 1, splits: summary }, null, 1) + "\n");
    return;
  }
  const head = ["split", "family", "recall", "precision", "strict", "valid clean", "mutants found", "as info", "false alarms", "grid mutants", "grid false alarms"];
  const body = rows.map((r) => [r.split, r.family, r.recall, r.precision, r.strict, r.validClean, r.mutantsFound, r.asInfo, r.falseAlarms, r.gridMutants, r.gridFalseAlarms]);
  const width = (s) => [...String(s)].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
  const line = (cells) => cells.map((x, i) => String(x) + " ".repeat(widths[i] - width(x))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const b of body) console.log(line(b));
  const kinds = {};
  for (const s of Object.values(splits)) for (const [k, v] of Object.entries(s.byKind)) {
    kinds[k] ??= { n: 0, found: 0 };
    kinds[k].n += v.n;
    kinds[k].found += v.found;
  }
  if (Object.keys(kinds).length) {
    console.log("\ninjected found, by rule (all splits): " + Object.entries(kinds).map(([k, v]) => `${k} ${v.found}/${v.n}`).join(", "));
  }
  const gkinds = {};
  for (const s of Object.values(splits)) for (const [k, v] of Object.entries(s.gridByKind)) {
    gkinds[k] ??= { n: 0, found: 0 };
    gkinds[k].n += v.n;
    gkinds[k].found += v.found;
  }
  if (Object.keys(gkinds).length) {
    console.log("grid mutants found, by relation kind (corpus, extra, real, peer): " + Object.entries(gkinds).map(([k, v]) => `${k} ${v.found}/${v.n}`).join(", "));
  }
  if (verbose) {
    for (const [name, s] of Object.entries(splits)) {
      if (name === "validation" && !args.includes("--show-validation")) {
        console.log("\n== validation: details hidden (rule writers do not look at them; --show-validation prints them)");
        continue;
      }
      console.log(`\n== ${name}`);
      for (const d of s.details) {
        if (d.gridMutant) {
          if (!d.found || d.falseAlarms.length)
            console.log(`  ${d.id} grid mutant ${d.gridMutant} ${JSON.stringify(d.edits)}: ${d.found ? "found" : "MISSED"}${d.falseAlarms.length ? "; false alarms: " + d.falseAlarms.join(" | ") : ""}`);
        } else if (d.mutant) {
          if (!d.found || d.falseAlarms.length)
            console.log(`  ${d.id} mutant ${d.mutant} ${JSON.stringify(d.edits)}: ${d.found ? "found" : d.asInfo ? "only as info" : "MISSED"}${d.falseAlarms.length ? "; false alarms: " + d.falseAlarms.join(" | ") : ""}`);
        } else if (d.family !== d.got || d.missed.length || d.wrong.length) {
          console.log(`  ${d.id} family ${d.got}${d.family !== d.got ? ` (expected ${d.family})` : ""}`);
          for (const x of d.missed) console.log(`    missed ${x}`);
          for (const x of d.wrong) console.log(`    not in truth: ${x}`);
        }
      }
    }
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(2);
});
