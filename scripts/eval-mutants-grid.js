"use strict";
/**
 * A mutant planner that reads the grid alone (no truth file): it finds every relation a reviewer could verify
 * by hand on a transcribed sheet ({ grid: string[][], merges: string[] }) and plans one injected inconsistency
 * per relation. Used by scripts/eval-corpus.js ("grid mutants").
 *
 * Relations found (each only where the numbers hold in the unmutated sheet):
 *  - rows      a row labelled 合计/总计/小计/总额/资金总额… whose value in a column equals the list above it
 *  - 其中      a total row whose value equals the rows right below it (其中 groups, fund parts)
 *  - columns   a cell under a column headed 合计/小计/资金总额… equal to the cells beside it in its row
 *  - pairs     "资金总额 | 100 | 其中:财政拨款 | 60 | 其他资金 | 40" in one row
 *  - 结余      a cell headed or labelled 结余 equal to 到位/预算/计划 − 支出 beside it (in its row or column)
 *  - ratio     a percentage headed or labelled …率 equal to B/A of two amounts beside it
 *  - grade     a stated grade (优/良/中/差, 优秀/良好/合格/不合格) beside or under a score, or "评价等级:良" text
 *  - rollup    a vertically merged weight or score (一级/二级) equal to the rows it spans in another column
 * Mutations: a part changed, a total changed, a 结余 changed, a rate moved 7.5 points, a grade swapped.
 * A mutant is found when an error or warning of a relation rule appears at one of the relation's cells and is
 * not among the unmutated sheet's findings; new flags elsewhere are false alarms (see eval-corpus.js).
 */

const { Converter } = require("opencc-js/t2cn");

/** traditional -> simplified (mirrored sheets write 合計, 結餘, 執行率): labels are read simplified */
const toSimplified = Converter({ from: "hk", to: "cn" });

const TOTAL_LABEL = /^(合计|总计|小计|总额|资金总额|年度资金总额|项目资金总额|预算总额|合计数|总计数)$|(合计|总计|小计|总额)$/;
const MINUEND = /(到位|预算|计划|安排|收入|总额|可用)/;
const SPENT = /(支出|执行|使用)/;
const NUMERATOR = /(执行|支出|到位|实际|完成|使用)/;
const DENOMINATOR = /(预算|计划|安排|到位|批复|总额|可用|编制)/;
const RATE_LABEL = /率/;
const GRADE_WORDS = ["优秀", "良好", "合格", "不合格", "优", "良", "中", "差"];
const GRADE_LABEL = /(等级|等次|评级|结论|结果|档次)/;
const SCORE_LABEL = /(得分|总分|分值|评分|分数)/;
const GRADE_IN_TEXT = /(等级|等次|评级|评定|结论|结果)(为|是|:|：)?[“"「]?(优秀|良好|不合格|合格|优|良|中|差)(?=$|[,，。;；)）(（\s"”」、])/;
/** How many relations of one kind a sheet contributes at most (a long list has many equal ones). */
const PER_KIND = 4;

function colLetter(c) {
  let s = "";
  for (; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
const a1 = (r, c) => colLetter(c) + r;
function parseA1(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: c };
}
const compact = (s) => toSimplified(String(s ?? "").replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":"));
/** a label without numbering, 其中, units and letter hints: "(一)资金总额(万元)" → "资金总额" */
const core = (s) =>
  compact(s)
    .replace(/^([一二三四五六七八九十]+[、.．]|[(][一二三四五六七八九十\d]+[)]|\d+[、.．]|[①②③④⑤⑥⑦⑧⑨⑩])/, "")
    .replace(/^其中[:：]?/, "")
    .replace(/\([^)]*\)/g, "")
    .replace(/[:：]$/, "");

/** A number as the sheet shows it: value and decimals (percent: value in points). */
function parseNum(text) {
  const t = String(text ?? "").trim();
  let m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(t);
  if (m) {
    const digits = m[2].replace(/,/g, "");
    if (digits.length > 1 && digits[0] === "0") return null;
    return { value: Number(t.replace(/,/g, "")), decimals: m[3] ? m[3].length - 1 : 0, percent: false };
  }
  // an amount written with its unit: "150万元", "30万"
  m = /^(\d+)(\.\d+)?(万元|万|元)$/.exec(t);
  if (m && !(m[1].length > 1 && m[1][0] === "0")) return { value: Number(m[1] + (m[2] || "")), decimals: m[2] ? m[2].length - 1 : 0, percent: false, unit: m[3] };
  m = /^(-?\d+)(\.\d+)?%$/.exec(t);
  if (m) return { value: Number(m[1] + (m[2] || "")), decimals: m[2] ? m[2].length - 1 : 0, percent: true };
  return null;
}
const sameShown = (stated, computed, d) => Math.abs(Number(computed.toFixed(Math.max(0, d))) - stated) < 1e-9;

/** A write of v in the style of the original text (decimals, thousands separators, percent). */
function fmtLike(orig, v) {
  const t = String(orig).trim();
  const p = parseNum(t);
  const d = p ? p.decimals : 0;
  let s = Math.abs(v).toFixed(d);
  if (/,/.test(t)) s = s.replace(/^(\d+)/, (x) => x.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  return (v < 0 ? "-" : "") + s + (p && p.percent ? "%" : "") + (p && p.unit ? p.unit : "");
}
/** a change a reviewer sees at once and no rounding hides */
const bump = (v) => Math.max(1, Math.round(Math.abs(v) * 0.1));

class View {
  constructor(json) {
    this.g = json.grid || [];
    this.rows = this.g.length;
    this.cols = Math.max(0, ...this.g.map((r) => r.length));
    this.anchor = new Map(); // "r,c" of a covered cell -> anchor {row,col}
    this.span = new Map(); // "r,c" of an anchor -> {r2,c2}
    for (const m of json.merges || []) {
      const [x, y] = m.split(":");
      const p = parseA1(x);
      const q = parseA1(y || x);
      if (!p || !q) continue;
      this.span.set(`${p.row},${p.col}`, { r2: q.row, c2: q.col });
      for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) if (r !== p.row || c !== p.col) this.anchor.set(`${r},${c}`, p);
    }
  }
  covered(r, c) {
    return this.anchor.has(`${r},${c}`);
  }
  raw(r, c) {
    if (r < 1 || c < 1 || r > this.rows) return "";
    const v = (this.g[r - 1] || [])[c - 1];
    return v === null || v === undefined ? "" : String(v).trim();
  }
  /** the text a cell shows (covered cells: none) */
  text(r, c) {
    return this.covered(r, c) ? "" : this.raw(r, c);
  }
  /** the text over a cell, merges resolved (a header spanning columns heads each of them) */
  shown(r, c) {
    const a = this.anchor.get(`${r},${c}`);
    return a ? this.raw(a.row, a.col) : this.raw(r, c);
  }
  num(r, c) {
    return this.covered(r, c) ? null : parseNum(this.raw(r, c));
  }
  /** nearest non-empty non-numeric text left of (r,c) in its row */
  labelLeft(r, c) {
    for (let d = c - 1; d >= 1; d--) {
      const t = this.text(r, d);
      if (!t) continue;
      if (parseNum(t)) continue;
      return compact(t);
    }
    return "";
  }
  /** the first text of the row (its label) */
  rowLabel(r, before = this.cols + 1) {
    for (let d = 1; d < before; d++) {
      const t = this.shown(r, d);
      if (t && !parseNum(t) && !/^[\d.、()（）]+$/.test(t)) return compact(t);
    }
    return "";
  }
  /** nearest non-empty non-numeric text above (r,c) in its column (merges resolved), within 6 rows */
  header(r, c) {
    for (let u = r - 1; u >= Math.max(1, r - 6); u--) {
      const t = this.shown(u, c);
      if (!t) continue;
      if (parseNum(t) || GRADE_WORDS.includes(compact(t))) continue;
      return compact(t);
    }
    return "";
  }
  /** the heading of a column: the nearest text above that is not a number or a grade, within `rows` */
  heading(r, c, rows = 200) {
    for (let u = r - 1; u >= Math.max(1, r - rows); u--) {
      if (this.covered(u, c)) continue;
      const t = this.raw(u, c);
      if (!t || parseNum(t)) continue;
      return compact(t).replace(/\(.*?\)$/, "");
    }
    return "";
  }
}

/** One relation: { kind, total/result/stated cell, parts[], edits choices }. */
function findRelations(v) {
  const rels = [];
  const isTotal = (t) => !!t && TOTAL_LABEL.test(core(t));
  for (let r = 1; r <= v.rows; r++) {
    for (let c = 1; c <= v.cols; c++) {
      const n = v.num(r, c);
      if (!n || n.percent) continue;
      const left = v.labelLeft(r, c);
      const label = v.rowLabel(r, c);
      // --- pairs: "资金总额 | 100 | 其中:财政拨款 | 60 | 其他 | 40"
      if (isTotal(left) && left === v.labelLeft(r, c) && c > 1 && v.text(r, c - 1) && !parseNum(v.text(r, c - 1))) {
        const parts = [];
        for (let d = c + 1; d <= v.cols; d++) {
          const p = v.num(r, d);
          if (p && !p.percent && v.text(r, d - 1) && !parseNum(v.text(r, d - 1)) && !isTotal(v.text(r, d - 1))) parts.push({ r, c: d, ...p });
        }
        const hit = prefix(parts, n);
        if (hit) rels.push({ kind: "pairs", total: { r, c, ...n }, parts: hit });
      }
      // --- rows: a total row against the rows below it (其中) or the list above it
      if (isTotal(label) || isTotal(left)) {
        const below = [];
        for (let u = r + 1; u <= Math.min(v.rows, r + 15); u++) {
          if (v.covered(u, c)) continue;
          const t = v.text(u, c);
          if (!t) continue;
          const p = parseNum(t);
          if (!p || p.percent) break;
          if (isTotal(v.rowLabel(u, c))) break;
          below.push({ r: u, c, ...p });
        }
        const hitB = prefix(below, n);
        const startsQizhong = (u) => /^其中/.test(compact(v.labelLeft(u, c))) || /^其中/.test(compact(v.rowLabel(u, c)));
        if (hitB) rels.push({ kind: startsQizhong(hitB[0].r) ? "其中" : "rows", total: { r, c, ...n }, parts: hitB });
        else if (below.length >= 1 && below[0].r === r + 1 && startsQizhong(r + 1) && below[0].value <= n.value + 1e-9 && below[0].value > 0) {
          // one 其中 part: a bound ("of which"), broken when the part exceeds the total
          rels.push({ kind: "其中", total: { r, c, ...n }, parts: [below[0]], atMost: true });
        } else {
          const above = [];
          for (let u = r - 1; u >= 1; u--) {
            if (v.covered(u, c)) continue;
            const t = v.text(u, c);
            if (!t) continue;
            const p = parseNum(t);
            if (!p || p.percent) break;
            if (isTotal(v.rowLabel(u, c))) break;
            above.push({ r: u, c, ...p });
          }
          if (above.length >= 2 && sumHolds(above, n)) rels.push({ kind: "rows", total: { r, c, ...n }, parts: above.reverse() });
        }
      }
      // --- columns: under a column headed 合计/资金总额, the cells beside it in its row
      const head = v.header(r, c);
      if (isTotal(head) && !isTotal(label)) {
        for (const dir of [1, -1]) {
          const parts = [];
          for (let d = c + dir; d >= 1 && d <= v.cols && parts.length < 8; d += dir) {
            if (v.covered(r, d)) continue;
            const t = v.text(r, d);
            const p = parseNum(t);
            if (!p || p.percent || RATE_LABEL.test(v.header(r, d)) || isTotal(v.header(r, d))) break;
            parts.push({ r, c: d, ...p });
          }
          const hit = prefix(parts, n);
          if (hit) {
            rels.push({ kind: "columns", total: { r, c, ...n }, parts: hit });
            break;
          }
        }
      }
      // --- 结余 = 到位/预算 − 支出, in the row (columns headed) or in the column (rows labelled)
      if (/结余/.test(head) || /结余/.test(label) || /结余/.test(left)) {
        const inRow = /结余/.test(head);
        const cands = [];
        if (inRow) {
          for (let d = 1; d <= v.cols; d++) if (d !== c && v.num(r, d) && !v.num(r, d).percent) cands.push({ r, c: d, ...v.num(r, d), label: v.header(r, d) });
        } else {
          for (let u = Math.max(1, r - 8); u <= Math.min(v.rows, r + 8); u++) if (u !== r && v.num(u, c) && !v.num(u, c).percent) cands.push({ r: u, c, ...v.num(u, c), label: v.rowLabel(u, c) || v.labelLeft(u, c) });
        }
        const ms = cands.filter((x) => MINUEND.test(core(x.label)) && !/结余/.test(x.label));
        const ss = cands.filter((x) => SPENT.test(core(x.label)) && !/结余|率/.test(x.label));
        let done = false;
        for (const m of ms) {
          for (const s of ss) {
            if (done || m === s) continue;
            const d = Math.max(n.decimals, m.decimals, s.decimals);
            if (sameShown(n.value, m.value - s.value, Math.max(n.decimals, 2)) && Math.abs(m.value - s.value - n.value) < 0.5 * 10 ** -d + 1e-9) {
              rels.push({ kind: "结余", total: { r, c, ...n }, parts: [m, s] });
              done = true;
            }
          }
        }
      }
    }
  }
  // --- ratios: a percentage headed or labelled …率 = B/A of two amounts in its row or its column
  for (let r = 1; r <= v.rows; r++) {
    for (let c = 1; c <= v.cols; c++) {
      const p = v.num(r, c);
      if (!p || !p.percent || p.value === 0) continue;
      const head = v.header(r, c);
      const label = v.labelLeft(r, c) || v.rowLabel(r, c);
      const inRow = RATE_LABEL.test(head);
      if (!inRow && !RATE_LABEL.test(label)) continue;
      const cands = [];
      if (inRow) {
        for (let d = 1; d <= v.cols; d++) if (d !== c && v.num(r, d) && !v.num(r, d).percent) cands.push({ r, c: d, ...v.num(r, d), label: v.header(r, d) });
      } else {
        for (let u = Math.max(1, r - 6); u <= Math.min(v.rows, r + 6); u++) if (u !== r && v.num(u, c) && !v.num(u, c).percent) cands.push({ r: u, c, ...v.num(u, c), label: v.rowLabel(u, c) || v.labelLeft(u, c) });
        // "预算数 | 100 | 执行数 | 95 | 执行率 | 95%": label/value pairs in the row
        for (let d = 1; d <= v.cols; d++) if (d !== c && v.num(r, d) && !v.num(r, d).percent) cands.push({ r, c: d, ...v.num(r, d), label: v.labelLeft(r, d) });
      }
      let found = null;
      for (const a of cands) {
        if (found || !NUMERATOR.test(core(a.label))) continue;
        for (const b of cands) {
          if (found || a === b || b.value <= 0 || !DENOMINATOR.test(core(b.label))) continue;
          if (sameShown(p.value, (100 * a.value) / b.value, p.decimals)) found = [a, b];
        }
      }
      if (found) rels.push({ kind: "ratio", total: { r, c, ...p }, parts: found, label: inRow ? head : label });
    }
  }
  // --- rollups: a vertically merged number equal to the rows it spans in another column
  for (const [k, s] of v.span) {
    const [r, c] = k.split(",").map(Number);
    if (s.r2 <= r) continue;
    const n = v.num(r, c);
    if (!n || n.percent) continue;
    const head = v.heading(r, c);
    for (let d = c + 1; d <= v.cols; d++) {
      // parts stand under the same heading (分值 … 分值, 得分 … 得分)
      if (v.heading(r, d) !== head) continue;
      const parts = [];
      let text = false;
      for (let u = r; u <= s.r2; u++) {
        if (v.covered(u, d)) continue;
        const t = v.text(u, d);
        if (!t) continue;
        const p = parseNum(t);
        if (!p || p.percent) {
          text = true;
          break;
        }
        parts.push({ r: u, c: d, ...p });
      }
      if (text || parts.length === 0) continue;
      // the nearest column of numbers in the group's rows holds its parts (one part: a copy, no sum)
      if (parts.length >= 2 && sumHolds(parts, n)) rels.push({ kind: "rollup", total: { r, c, ...n }, parts });
      break;
    }
  }
  // --- grades stated beside or under a score, or in text ("评价等级:良")
  for (let r = 1; r <= v.rows; r++) {
    for (let c = 1; c <= v.cols; c++) {
      const t = v.text(r, c);
      if (!t) continue;
      const ct = compact(t);
      if (GRADE_WORDS.includes(ct)) {
        const stated = GRADE_LABEL.test(v.labelLeft(r, c)) || GRADE_LABEL.test(v.header(r, c)) || TOTAL_LABEL.test(core(v.rowLabel(r, c)));
        if (!stated) continue;
        const score = nearScore(v, r, c);
        if (!score) continue;
        rels.push({ kind: "grade", total: { r, c, text: t, grade: ct }, parts: [score] });
      } else if (ct.length <= 200) {
        const m = GRADE_IN_TEXT.exec(ct);
        const sc = /(?:分值|得分|总分|评分|分数)(?:为|是|:|：)?(\d+(?:\.\d+)?)分?/.exec(ct);
        if (m && sc && Number(sc[1]) <= 100) rels.push({ kind: "grade", total: { r, c, text: t, grade: m[3], inText: true, score: Number(sc[1]) }, parts: [] });
        else if (m) {
          const score = nearScore(v, r, c);
          if (score) rels.push({ kind: "grade", total: { r, c, text: t, grade: m[3], inText: true }, parts: [score] });
        }
      }
    }
  }
  return rels;
}

/** a score (0..100) a stated grade grades: in its row under/after a score label, or in the rows above */
function nearScore(v, r, c) {
  for (let d = 1; d <= v.cols; d++) {
    const n = v.num(r, d);
    if (n && !n.percent && n.value >= 0 && n.value <= 100 && (SCORE_LABEL.test(v.header(r, d)) || SCORE_LABEL.test(v.labelLeft(r, d)) || TOTAL_LABEL.test(core(v.rowLabel(r, d))))) return { r, c: d, ...n };
  }
  for (let u = r - 1; u >= Math.max(1, r - 2); u--) {
    for (let d = 1; d <= v.cols; d++) {
      const n = v.num(u, d);
      if (n && !n.percent && n.value >= 0 && n.value <= 100 && (SCORE_LABEL.test(v.labelLeft(u, d)) || SCORE_LABEL.test(v.header(u, d)) || TOTAL_LABEL.test(core(v.rowLabel(u, d))))) return { r: u, c: d, ...n };
    }
  }
  return null;
}

function sumHolds(parts, total) {
  const s = parts.reduce((x, p) => x + p.value, 0);
  const d = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  return Math.abs(s - total.value) < 0.5 * 10 ** -d + 1e-9 && total.value !== 0;
}
/** the shortest run of ≥ 2 parts from the start whose sum is the total */
function prefix(parts, total) {
  for (let k = 2; k <= parts.length; k++) if (sumHolds(parts.slice(0, k), total)) return parts.slice(0, k);
  return null;
}

const GRADE_SWAP = (g, score) => {
  const wide = g.length > 1;
  if (score !== null && score !== undefined) return score >= 70 ? (wide ? "不合格" : "差") : wide ? "优秀" : "优";
  return { 优: "差", 良: "差", 中: "优", 差: "优", 优秀: "不合格", 良好: "不合格", 合格: "优秀", 不合格: "优秀" }[g];
};

/**
 * The mutants of a case: { kind, rule: "relation", edits: {A1: text}, cells: [relation cells], collateral: [] }.
 * One per relation (up to PER_KIND of a kind per sheet), changing a part or the total in turn.
 */
function planGridMutants(c) {
  const v = new View(c.json);
  const rels = findRelations(v);
  const out = [];
  const perKind = {};
  const usedCells = new Set();
  const cellsOf = (x) => [a1(x.total.r, x.total.c), ...x.parts.map((p) => a1(p.r, p.c))];
  for (const x of rels) {
    const totalCell = a1(x.total.r, x.total.c);
    if (usedCells.has(totalCell)) continue;
    const k = (perKind[x.kind] = (perKind[x.kind] || 0) + 1);
    if (k > PER_KIND) continue;
    usedCells.add(totalCell);
    const edits = {};
    let variant;
    if (x.kind === "grade") {
      const score = x.total.score ?? (x.parts[0] ? x.parts[0].value : null);
      const g2 = GRADE_SWAP(x.total.grade, score);
      edits[totalCell] = x.total.inText ? x.total.text.replace(new RegExp(`(等级|等次|评级|评定|结论|结果)([为是:：]?[“"「]?)${x.total.grade}`), `$1$2${g2}`) : g2;
      if (edits[totalCell] === x.total.text) continue;
      variant = "grade";
    } else if (x.kind === "ratio") {
      const nv = x.total.value >= 50 ? x.total.value - 7.5 : x.total.value + 7.5;
      edits[totalCell] = fmtLike(v.raw(x.total.r, x.total.c), nv);
      variant = "rate";
    } else if (x.atMost) {
      // the one part raised above its total
      const p = x.parts[0];
      edits[a1(p.r, p.c)] = fmtLike(v.raw(p.r, p.c), x.total.value + bump(x.total.value));
      variant = "part";
    } else if (x.kind === "结余" || k % 2 === 0) {
      edits[totalCell] = fmtLike(v.raw(x.total.r, x.total.c), x.total.value + bump(x.total.value));
      variant = "total";
    } else {
      const p = x.parts.find((q) => q.value > 0) || x.parts[0];
      edits[a1(p.r, p.c)] = fmtLike(v.raw(p.r, p.c), p.value + bump(p.value));
      variant = "part";
    }
    out.push({ kind: `grid-${x.kind}`, gridKind: x.kind, variant, rule: "relation", edits, cells: cellsOf(x) });
  }
  // collateral: the cells of every other relation that holds one of the edited cells (a changed part also
  // changes the 执行率 or the grade computed from it)
  for (const m of out) {
    const edited = new Set(Object.keys(m.edits));
    const col = new Set();
    let frontier = new Set(edited);
    for (let round = 0; round < 2; round++) {
      const next = new Set();
      for (const x of rels) {
        const cells = cellsOf(x);
        if (cells.some((cc) => frontier.has(cc))) for (const cc of cells) if (!col.has(cc)) { col.add(cc); next.add(cc); }
      }
      frontier = next;
    }
    // a changed weight or score also changes the sums of the merged groups that hold its row (一级 over 二级)
    for (const cell of [...edited, ...m.cells]) {
      const p = parseA1(cell);
      for (const [k, sp] of v.span) {
        const [r, c] = k.split(",").map(Number);
        if (c < p.col && r <= p.row && sp.r2 >= p.row && v.num(r, c)) col.add(a1(r, c));
      }
    }
    m.collateral = [...col];
  }
  return out;
}

/** Rules whose findings are relation findings. */
const RELATION_RULES = ["total-mismatch", "weight-sum-mismatch", "exec-rate-mismatch", "ratio-mismatch", "grade-mismatch", "exec-score-mismatch"];

module.exports = { planGridMutants, findRelations, View, RELATION_RULES, parseNum, colLetter, parseA1, a1 };
