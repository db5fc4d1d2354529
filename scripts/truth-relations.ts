/* cov49: which relations a reviewer checked does the engine read? A truth-relations mutant measure.
 *
 *   npm run -s build:lib && npx tsx scripts/truth-relations.ts [--parse-only] [--only id,id] [--json out.json] [--cached out.json]
 *
 * Every real truth (test/fixtures/real/*.truth.json) lists the relations its author checked by hand in
 * `relations_checked`, free text ('A2 21.8 = 0 + 11.8 + 10', 'G6 = E6/D6', 'A4 60% = 9 / 15', 'B4 (15分) = E4 + E5 + E6',
 * 'F3..F7 = E/D'). This script parses the lines it can parse reliably (parseRelationLine below: a stated cell, its stated
 * value, the operands as numbers or cells), skips ✗ lines (the slips, already in `inconsistencies`) and the lines it cannot
 * parse, keeps the relations that hold (evaluated on the grid where every operand is a number; assumed to hold otherwise),
 * writes one mutant workbook per relation with the stated value changed in its cell (inside the cell's text for prose: the
 * stated number's one occurrence, changed by max(7%, one unit of its last shown digit)), runs the built CLI once over all
 * bases and mutants, and counts per relation: found (a new error/warning of a relation rule at the stated cell), seen
 * elsewhere (a new relation flag at an operand cell or naming the stated cell), missed, and new flags elsewhere.
 * Deterministic: no randomness; files are visited in sorted order.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const ExcelJS = require("exceljs");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { toCell, caseWorkbook } = require("./corpus-cells.js");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { RELATION_RULES } = require("./eval-mutants-grid.js");

const ROOT = path.resolve(__dirname, "..");
const REAL = path.join(ROOT, "test", "fixtures", "real");
const CLI = path.join(ROOT, "bin", "perfsheet.js");
/** rules that check a relation (the grid-mutant set, plus the rubric and indicator-score relations) */
export const REL_RULES = new Set<string>([...RELATION_RULES, "rubric-points-mismatch", "indicator-score-mismatch"]);

// ---------------------------------------------------------------------------------------------------------
// Parsing one relations_checked line

export type Kind = "sum" | "difference" | "ratio-rate" | "product" | "equality";
export interface Operand {
  cells: string[]; // the cells this operand reads (one, or a range's cells)
  value?: number; // a stated value (a number, or a cell's annotated value)
}
export interface Relation {
  line: string;
  cell: string; // the stated cell
  stated?: string; // the stated value as written in the line ('21.8', '60%'), when the line gives it
  rhs: Tok[]; // the right-hand expression
  kind: Kind;
  shape: string; // the line with cells -> C, numbers -> n (for grouping)
}
type Tok = { t: "num"; v: number } | { t: "cell"; c: string; v?: number } | { t: "range"; from: string; to: string } | { t: "op"; o: string };

const CELL = /^([A-Z]{1,2})(\d{1,4})$/;
const NUM = "-?\\d[\\d,]*(?:\\.\\d+)?";
const UNIT = "(?:%|分|万元|亿元|千元|元|万|亿|个|项|件|人次|人|次|家|户|所|条|台|辆|处|公里|亩|吨|km|m²|平方米)?";

export function normaliseLine(s: string): string {
  return s
    .replace(/[−－]/g, "-")
    .replace(/[×✕]/g, "*")
    .replace(/÷/g, "/")
    .replace(/[＝]/g, "=")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/＋/g, "+")
    .replace(/Σ\s*/g, "sum ")
    .replace(/\s+/g, " ")
    .trim();
}

/** lines that state a slip, an inequality, a condition or a note rather than an equality that holds */
export const SKIP = /✗|≠|\bfails?\b|\bwrong\b|\bmismatch|\bslip\b|\bshould\b|\boff by\b|≥|≤|>=|<=|[<>]|\bnot\b|\bvs\.?\b|\bat most\b|\bat least\b|\bwithin\b|→|\bor\b|\bif\b/i;

function tokenise(seg: string): Tok[] | null {
  const toks: Tok[] = [];
  let s = seg.trim();
  const re = {
    sumRange: new RegExp(`^(?:sum\\s*\\(?\\s*)?([A-Z]{1,2}\\d{1,4})\\s*(?:\\.\\.|:|–|…)\\s*([A-Z]{1,2}\\d{1,4})\\s*\\)?`),
    cell: new RegExp(`^([A-Z]{1,2}\\d{1,4})(?![\\dA-Za-z])(?:\\s*\\(\\s*(${NUM})\\s*${UNIT}\\s*\\)|\\s+(${NUM})${UNIT}(?![\\d.]))?`),
    num: new RegExp(`^(${NUM})\\s*${UNIT}(?![\\d.])`),
    op: /^[-+*/]/,
  };
  let prevOperand = false;
  let depth = 0;
  while (s.length) {
    let m: RegExpExecArray | null;
    if (!prevOperand && (m = re.sumRange.exec(s)) && /^(sum|[A-Z]{1,2}\d+\s*(\.\.|:|–|…))/.test(s)) {
      toks.push({ t: "range", from: m[1], to: m[2] });
      prevOperand = true;
    } else if (!prevOperand && (m = re.cell.exec(s))) {
      const v = m[2] ?? m[3];
      toks.push({ t: "cell", c: m[1], v: v === undefined ? undefined : Number(v.replace(/,/g, "")) });
      prevOperand = true;
    } else if (!prevOperand && (m = re.num.exec(s))) {
      toks.push({ t: "num", v: Number(m[1].replace(/,/g, "")) });
      prevOperand = true;
    } else if (prevOperand && (m = re.op.exec(s))) {
      toks.push({ t: "op", o: m[0] });
      prevOperand = false;
    } else if (!prevOperand && s[0] === "(") {
      toks.push({ t: "op", o: "(" });
      depth++;
      m = /^\(/.exec(s);
    } else if (prevOperand && s[0] === ")" && depth > 0) {
      toks.push({ t: "op", o: ")" });
      depth--;
      m = /^\)/.exec(s);
    } else break; // a comment, a label, a note: the expression ends here
    s = s.slice(m![0].length).trim();
  }
  if (depth !== 0 || !toks.length || !prevOperand) return null;
  const rest = s.trim();
  // what follows the expression may only be a check mark or a bracketed note
  if (rest && !/^(✓|\(|;|,|\.|$)/.test(rest)) return null;
  return toks;
}

/**
 * 'D6 = D7 + D8 (449.8)': one bracketed value after the last of several operands is the stated result, not that
 * operand's value ('A6 (100) = B6 (50) + B10 (50)' annotates every operand).
 */
function liftResult(rhs: Tok[]): { rhs: Tok[]; result?: string } {
  const annotated = rhs.filter((t) => t.t === "cell" && t.v !== undefined);
  const operands = rhs.filter((t) => t.t !== "op");
  const last = operands[operands.length - 1];
  if (annotated.length === 1 && annotated[0] === last && operands.length >= 2 && rhs[rhs.length - 1] === last) {
    const c = last as { t: "cell"; c: string; v?: number };
    return { rhs: [...rhs.slice(0, -1), { t: "cell", c: c.c }], result: String(c.v) };
  }
  return { rhs };
}

function kindOf(rhs: Tok[]): Kind {
  const ops = rhs.filter((t) => t.t === "op").map((t) => (t as { o: string }).o);
  if (ops.includes("/")) return "ratio-rate";
  if (ops.includes("*")) return "product";
  if (ops.includes("+") || rhs.some((t) => t.t === "range")) return "sum";
  if (ops.includes("-")) return "difference";
  return "equality";
}

function shapeOf(line: string): string {
  return line
    .replace(/[A-Z]{1,2}\d{1,4}/g, "C")
    .replace(/\d[\d,]*(\.\d+)?/g, "n")
    .replace(/[\u4e00-\u9fff]+/g, "字")
    .slice(0, 60);
}

/** Parse one relations_checked line into the relations it states (empty: not parsed). */
export function parseRelationLine(raw: string): Relation[] {
  const line = normaliseLine(raw);
  if (SKIP.test(line)) return [];
  const out: Relation[] = [];
  // several relations on one line: 'E7 = D7 / C7, E10 = D10 / C10'
  const parts = line.split(/;\s*|,\s+(?=[A-Z]{1,2}\d{1,4}(?:\s*\([^)]*\))?\s*=)/);
  for (const part of parts) {
    const segs = part.split(/\s*[=≈]\s*/);
    if (segs.length < 2) continue;
    // a column relation 'F3..F7 = E/D', 'C4..C13 = D + E + F' -> one relation per row
    const col = /^([A-Z]{1,2})(\d{1,4})\s*(?:\.\.|:|–)\s*\1(\d{1,4})$/.exec(segs[0]);
    if (col && /^[A-Z]{1,2}(\s*[-+*/]\s*[A-Z]{1,2})+\s*(✓.*)?$/.test(segs[1])) {
      const expr = segs[1].replace(/✓.*/, "").trim();
      const a = Number(col[2]);
      const b = Number(col[3]);
      if (b < a || b - a > 60) continue;
      for (let r = a; r <= b; r++) {
        const rowLine = `${col[1]}${r} = ${expr.replace(/[A-Z]{1,2}/g, (L) => `${L}${r}`)}`;
        const rhs = tokenise(rowLine.split(" = ")[1]);
        if (rhs) out.push({ line: raw, cell: `${col[1]}${r}`, rhs, kind: kindOf(rhs), shape: shapeOf(line) });
      }
      continue;
    }
    // 'A2 21.8 = …', 'B4 (15分) = …', 'A3 食品卫生30分 = …', 'G6 = …'
    const lhs = new RegExp(`^(?:小计|合计|总计|total)?\\s*([A-Z]{1,2}\\d{1,4})(?:'s)?\\s*(?:\\(?\\s*([\\u4e00-\\u9fff]{0,12})\\s*(${NUM}${UNIT})\\s*\\)?)?$`).exec(segs[0]);
    if (lhs) {
      const tok = tokenise(segs[1]);
      if (!tok) continue;
      const lifted = liftResult(tok);
      const rhs = lifted.rhs;
      // 'C10 = 4', 'D6 = 3 ✓': a value read off, no relation between cells or parts
      if (rhs.length === 1 && rhs[0].t === "num") continue;
      // a third segment that is a plain number confirms the value ('B4 (15分) = E4 + E5 + E6 = 15')
      let stated = lhs[3] ?? lifted.result;
      if (!stated && segs[2] && new RegExp(`^(${NUM}${UNIT})\\s*(✓.*)?$`).test(segs[2])) stated = segs[2].replace(/\s*✓.*/, "");
      out.push({ line: raw, cell: lhs[1], stated: stated?.replace(/[^\d.,%-]/g, ""), rhs, kind: kindOf(rhs), shape: shapeOf(line) });
      continue;
    }
    // 'sum(H15:H24) + I6 = 100 = H25', 'C13 + C14 = D5': an expression stated in a cell named last
    const last = segs[segs.length - 1].replace(/\s*✓.*/, "").trim();
    if (CELL.test(last) && segs.length >= 2) {
      const rhs = tokenise(segs[0]);
      if (!rhs || rhs.length < 3) continue;
      const mid = segs.length === 3 && new RegExp(`^${NUM}${UNIT}$`).test(segs[1]) ? segs[1] : undefined;
      out.push({ line: raw, cell: last, stated: mid?.replace(/[^\d.,%-]/g, ""), rhs, kind: kindOf(rhs), shape: shapeOf(line) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Cells and values

export const parseA1 = (a: string) => {
  const m = CELL.exec(a)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]), c };
};
export const colLetter = (c: number): string => (c > 26 ? colLetter(Math.floor((c - 1) / 26)) : "") + String.fromCharCode(65 + ((c - 1) % 26));
export const a1 = (r: number, c: number) => `${colLetter(c)}${r}`;
export const cellText = (grid: unknown[][], a: string): string => {
  const { r, c } = parseA1(a);
  const v = (grid[r - 1] || [])[c - 1];
  return v === null || v === undefined ? "" : String(v);
};

/** the numbers written in a text, with their spans */
export function numbersIn(t: string): { s: string; v: number; pct: boolean; i: number; j: number }[] {
  const out: { s: string; v: number; pct: boolean; i: number; j: number }[] = [];
  const re = /\d[\d,]*(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    let s = m[0].replace(/,$/, "");
    // 1,234.5 keeps its commas; '15,20' (a list) does not read as one number
    if (/,/.test(s) && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.split(",")[0];
    const i = m.index;
    const j = i + s.length;
    re.lastIndex = j;
    const prev = t[i - 1] || "";
    if (/[A-Za-z.]/.test(prev)) continue; // a cell name, a version, '.5'
    const neg = prev === "-" && !/[\d)]/.test(t[i - 2] || "");
    out.push({ s, v: (neg ? -1 : 1) * Number(s.replace(/,/g, "")), pct: /^\s*[%％]/.test(t.slice(j)), i, j });
  }
  return out;
}

/** a cell's value when the cell holds one number (with a unit, %, commas): the fraction for % */
export function cellValue(grid: unknown[][], a: string): number | undefined {
  const t = cellText(grid, a).trim();
  if (t === "" || /^[-—–/\\]+$/.test(t) || t === "0") return t === "0" ? 0 : t === "" ? 0 : 0;
  const ns = numbersIn(t);
  if (ns.length !== 1) return undefined;
  const rest = (t.slice(0, ns[0].i) + t.slice(ns[0].j)).replace(/[%％\s-]|分|万元|亿元|元|万|个|项|件|人|次|家|户/g, "");
  if (rest.length > 2) return undefined;
  return ns[0].pct ? ns[0].v / 100 : ns[0].v;
}

function evalRhs(rhs: Tok[], grid: unknown[][]): number | undefined {
  const vals: (number | string)[] = [];
  for (const t of rhs) {
    if (t.t === "num") vals.push(t.v);
    else if (t.t === "cell") {
      const v = t.v ?? cellValue(grid, t.c);
      if (v === undefined) return undefined;
      vals.push(v);
    } else if (t.t === "range") {
      const a = parseA1(t.from);
      const b = parseA1(t.to);
      let s = 0;
      for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++)
        for (let c = Math.min(a.c, b.c); c <= Math.max(a.c, b.c); c++) {
          const v = cellValue(grid, a1(r, c));
          if (v === undefined) return undefined;
          s += v;
        }
      vals.push(s);
    } else vals.push(t.o);
  }
  // recursive descent over + - * / ( )
  let i = 0;
  const prim = (): number => {
    const x = vals[i++];
    if (x === "(") {
      const v = add();
      i++;
      return v;
    }
    return x as number;
  };
  const mul = (): number => {
    let v = prim();
    while (vals[i] === "*" || vals[i] === "/") {
      const o = vals[i++];
      const w = prim();
      v = o === "*" ? v * w : v / w;
    }
    return v;
  };
  const add = (): number => {
    let v = mul();
    while (vals[i] === "+" || vals[i] === "-") {
      const o = vals[i++];
      const w = mul();
      v = o === "+" ? v + w : v - w;
    }
    return v;
  };
  const v = add();
  return Number.isFinite(v) ? v : undefined;
}

/** the cells a relation reads on its right */
export function operandCells(rel: Relation): string[] {
  const out: string[] = [];
  for (const t of rel.rhs) {
    if (t.t === "cell") out.push(t.c);
    else if (t.t === "range") {
      const a = parseA1(t.from);
      const b = parseA1(t.to);
      for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++) for (let c = Math.min(a.c, b.c); c <= Math.max(a.c, b.c); c++) out.push(a1(r, c));
    }
  }
  return out;
}

const decimalsOf = (s: string) => (s.includes(".") ? s.length - s.indexOf(".") - 1 : 0);

export interface Plan {
  id: string;
  family: string;
  rel: Relation;
  cell: string;
  before: string;
  after: string; // the cell's new text
  from: string;
  to: string; // the stated number before / after
  prose: boolean;
  dir: 1 | -1;
  held: "holds" | "assumed";
  unit: string;
}

/**
 * The mutant of one relation: the stated number's one occurrence in the stated cell changed by max(7%, one unit of its
 * last shown digit); null with a reason when it cannot be made.
 */
export function planMutant(id: string, family: string, grid: unknown[][], rel: Relation, dir: 1 | -1 = -1): Plan | string {
  const text = cellText(grid, rel.cell);
  if (!text.trim()) return "stated cell empty";
  const ns = numbersIn(text);
  let target: (typeof ns)[number] | undefined;
  if (rel.stated !== undefined && rel.stated !== "") {
    const pct = rel.stated.endsWith("%");
    const sv = Number(rel.stated.replace(/[%,]/g, ""));
    if (!Number.isFinite(sv)) return "stated value unreadable";
    const hits = ns.filter((n) => Math.abs(n.v - sv) < 1e-9 || (pct && n.pct && Math.abs(n.v - sv) < 1e-9));
    if (hits.length !== 1) return hits.length ? "stated value occurs more than once in the cell" : "stated value not in the cell";
    target = hits[0];
  } else {
    if (ns.length !== 1) return ns.length ? "cell holds several numbers and the line states none" : "no number in the stated cell";
    target = ns[0];
  }
  // does the relation hold on the grid?
  const rhs = evalRhs(rel.rhs, grid);
  let held: Plan["held"] = "assumed";
  if (rhs !== undefined) {
    const d = decimalsOf(target.s);
    const unit = Math.pow(10, -d);
    const lhs = target.v;
    const cands = rel.kind === "ratio-rate" || target.pct ? [rhs, rhs * 100] : rel.kind === "product" ? [rhs, rhs * 100, rhs / 100] : [rhs];
    const tol = unit * 0.5 * 1.0001 + 1e-9 + (rel.kind === "ratio-rate" ? unit : 0) + Math.abs(lhs) * 0.0005;
    if (!cands.some((x) => Math.abs(x - lhs) <= tol)) return "relation does not hold on the grid";
    held = "holds";
  }
  const d = decimalsOf(target.s);
  const unit = Math.pow(10, -d);
  // down by default: a stated whole below its visible parts is a slip no cut table can excuse (an excerpt that stops
  // inside a group leaves a whole above its visible parts unjudged); up when the value is within one step of 0
  const step = Math.max(Math.abs(target.v) * 0.07, unit);
  const sign = dir === -1 && target.v - step >= unit * 0.999 ? -1 : 1;
  let nv = Number((target.v + sign * step).toFixed(d));
  if (nv === target.v) nv = Number((target.v + sign * unit).toFixed(d));
  let ns2 = nv.toFixed(d);
  if (target.s.includes(",")) ns2 = Number(ns2).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  if (target.v < 0) ns2 = Math.abs(nv).toFixed(d); // the sign stays in the text
  const after = text.slice(0, target.i) + ns2 + text.slice(target.j);
  const prose = text.length > 24 && /[\u4e00-\u9fff]{4}/.test(text);
  const um = /^\s*(%|分|万元|亿元|元|万|亿|个|项|件|人次|人|次|家|户|所|条)/.exec(text.slice(target.j));
  return { id, family, rel, cell: rel.cell, before: text, after, from: target.s, to: ns2, prose, dir: sign as 1 | -1, held, unit: um ? um[1] : "" };
}

/** relation kind as reported: count when the stated number counts things, score-rollup when a sum of points */
export function reportKind(p: Plan): string {
  const k = p.rel.kind;
  if (k === "sum" && (/^(个|项|件|人次|人|次|家|户|所|条)$/.test(p.unit))) return "count";
  if (k === "sum" && (p.unit === "分" || /分|score|points|weight|权重|得分|rubric|award/.test(p.rel.line) || (!p.prose && /indicator-system|assessment/.test(p.family)))) return "score-rollup";
  if (k === "ratio-rate") return "ratio-rate";
  if (k === "sum" || k === "difference") return k;
  return "other";
}

/** where the stated number sits: alone in its cell, in a short label ('投入(20分)'), or in prose */
export function statedIn(p: Plan): string {
  if (p.prose) return "prose";
  return /^\s*[-\d.,%]+\s*(分|%|万元|元|万)?\s*$/.test(p.before) ? "number cell" : "label text";
}
/** what the operands are: cells, numbers written in the line (rubric points, a text's amounts), or both */
export function operandsAre(p: Plan): string {
  const cells = p.rel.rhs.some((t) => t.t === "cell" || t.t === "range");
  const nums = p.rel.rhs.some((t) => t.t === "num");
  return cells && nums ? "cells+numbers" : cells ? "cells" : "numbers";
}
/** the class a missed relation is grouped in */
export const missClass = (p: Plan & { why?: string }) => `${p.why ? p.why + " · " : ""}${reportKind(p)} · stated in ${statedIn(p)} · operands ${operandsAre(p)} · ${p.family}`;

// ---------------------------------------------------------------------------------------------------------
// The run

interface Truth {
  id: string;
  family: string;
  relations_checked?: string[];
}

export function loadSources(only?: Set<string>) {
  const out: { id: string; family: string; grid: unknown[][]; lines: string[]; xlsx: string; json: unknown }[] = [];
  for (const f of fs.readdirSync(REAL).filter((f) => f.endsWith(".truth.json")).sort()) {
    const t = JSON.parse(fs.readFileSync(path.join(REAL, f), "utf8")) as Truth;
    const id = f.replace(/\.truth\.json$/, "");
    if (only && !only.has(id)) continue;
    if (!t.relations_checked || !t.relations_checked.length) continue;
    const json = JSON.parse(fs.readFileSync(path.join(REAL, `${id}.json`), "utf8"));
    out.push({ id, family: t.family, grid: json.grid, lines: t.relations_checked, xlsx: path.join(REAL, `${id}.xlsx`), json });
  }
  return out;
}

async function workbookOf(src: { xlsx: string; json: unknown }) {
  if (fs.existsSync(src.xlsx)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(src.xlsx);
    return wb;
  }
  return caseWorkbook(src.json);
}

type Finding = { rule: string; cell: string; severity: string; related?: string[] };

async function main() {
  const args = process.argv.slice(2);
  const parseOnly = args.includes("--parse-only");
  const oi = args.indexOf("--only");
  const only = oi >= 0 ? new Set(args[oi + 1].split(",")) : undefined;
  const ji = args.indexOf("--json");
  const jsonOut = ji >= 0 ? args[ji + 1] : null;
  const ci = args.indexOf("--cached");
  const cached = ci >= 0 ? args[ci + 1] : null;

  const dir: 1 | -1 = args.includes("--up") ? 1 : -1;
  const srcs = loadSources(only);
  let total = 0;
  let skipped = 0;
  let unparsed = 0;
  const unparsedShapes = new Map<string, number>();
  const planReasons = new Map<string, number>();
  const plans: Plan[] = [];
  for (const s of srcs) {
    for (const line of s.lines) {
      total++;
      if (SKIP.test(normaliseLine(line))) {
        skipped++;
        continue;
      }
      const rels = parseRelationLine(line);
      if (!rels.length) {
        unparsed++;
        const sh = shapeOf(normaliseLine(line)).slice(0, 24);
        unparsedShapes.set(sh, (unparsedShapes.get(sh) ?? 0) + 1);
        continue;
      }
      for (const rel of rels) {
        const p = planMutant(s.id, s.family, s.grid, rel, dir);
        if (typeof p === "string") planReasons.set(p, (planReasons.get(p) ?? 0) + 1);
        else plans.push(p);
      }
    }
  }
  // one mutant per (sheet, cell, from): two lines stating the same number in the same cell make one mutant
  const seen = new Set<string>();
  const uniq = plans.filter((p) => {
    const k = `${p.id}|${p.cell}|${p.from}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const parsedLines = total - skipped - unparsed;
  console.log(`relations_checked lines: ${total} over ${srcs.length} truths`);
  console.log(`  skipped (✗ slips, inequalities, vs/notes): ${skipped}; unparsed: ${unparsed}; parsed: ${parsedLines} (${((100 * parsedLines) / (total - skipped)).toFixed(1)}% of the non-skipped lines, ${((100 * parsedLines) / total).toFixed(1)}% of all)`);
  console.log(`  relations parsed: ${plans.length + [...planReasons.values()].reduce((a, b) => a + b, 0)}; mutants planned: ${plans.length} (${uniq.length} distinct cell values); not planned:`, Object.fromEntries([...planReasons].sort((a, b) => b[1] - a[1])));
  if (args.includes("--shapes")) for (const [k, v] of [...unparsedShapes].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`    unparsed ${v}\t${k}`);
  if (parseOnly) return;

  let byFile: Map<string, Finding[] | null>;
  const mutantFile = (p: Plan) => `${p.id}__m-${p.cell}-${p.from.replace(/[^\d.]/g, "_")}-${p.to.replace(/[^\d.]/g, "_")}.xlsx`;
  const cache = cached && fs.existsSync(cached) ? JSON.parse(fs.readFileSync(cached, "utf8")) : null;
  if (cache && uniq.every((p) => mutantFile(p) in cache)) {
    byFile = new Map(Object.entries(cache));
  } else {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cov49-rel-"));
    const bySrc = new Map(srcs.map((s) => [s.id, s]));
    const ids = [...new Set(uniq.map((p) => p.id))];
    for (const id of ids) {
      const wb = await workbookOf(bySrc.get(id)!);
      await wb.xlsx.writeFile(path.join(tmp, `${id}__base.xlsx`));
    }
    for (let k = 0; k < uniq.length; k++) {
      const p = uniq[k];
      const wb = await workbookOf(bySrc.get(p.id)!);
      const x = wb.worksheets[0].getCell(p.cell);
      const keep = x.numFmt;
      const nc = toCell(p.after);
      x.value = nc.v;
      if (nc.fmt) x.numFmt = nc.fmt;
      else if (typeof nc.v === "number" && keep && !/%/.test(keep)) x.numFmt = keep;
      await wb.xlsx.writeFile(path.join(tmp, mutantFile(p)));
    }
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [CLI, "review", "--json", tmp], { encoding: "utf8", maxBuffer: 1 << 30 });
    if (!r.stdout || !r.stdout.trim().startsWith("{")) throw new Error(`review failed: ${(r.stderr || "").slice(0, 2000)}`);
    console.log(`  CLI over ${ids.length} bases + ${uniq.length} mutants: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const report = JSON.parse(r.stdout);
    byFile = new Map();
    for (const f of report.files) {
      const sh = f.sheets && f.sheets[0];
      byFile.set(path.basename(f.file), sh ? sh.findings.map((x: Finding) => ({ rule: x.rule, cell: x.cell, severity: x.severity, related: x.related })) : null);
    }
    if (cached) fs.writeFileSync(cached, JSON.stringify(Object.fromEntries(byFile)));
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const key = (f: Finding) => `${f.rule}@${f.cell}`;
  const flagged = (f: Finding) => f.severity === "error" || f.severity === "warning";
  type Row = Plan & { outcome: "found" | "found-other-rule" | "seen-elsewhere" | "already-flagged" | "hinted" | "missed"; extra: string[]; by?: string; why?: string };
  const rows: Row[] = [];
  for (let k = 0; k < uniq.length; k++) {
    const p = uniq[k];
    const baseAll = byFile.get(`${p.id}__base.xlsx`) || [];
    const mutAll = byFile.get(mutantFile(p)) || [];
    const base = baseAll.filter(flagged);
    const mut = mutAll.filter(flagged);
    const baseKeys = new Set(base.map(key));
    const added = mut.filter((f) => !baseKeys.has(key(f)));
    const ops = new Set(operandCells(p.rel));
    const atCell = added.filter((f) => f.cell === p.cell);
    const rel = atCell.find((f) => REL_RULES.has(f.rule));
    let outcome: Row["outcome"];
    let by: string | undefined;
    if (rel) {
      outcome = "found";
      by = rel.rule;
    } else if (atCell.length) {
      outcome = "found-other-rule";
      by = atCell[0].rule;
    } else {
      const near = added.find((f) => REL_RULES.has(f.rule) && (ops.has(f.cell) || (f.related || []).includes(p.cell)));
      if (near) {
        outcome = "seen-elsewhere";
        by = `${near.rule}@${near.cell}`;
      } else if (base.some((f) => f.cell === p.cell && REL_RULES.has(f.rule))) outcome = "already-flagged";
      else {
        // a hint (info) of a relation rule new at the cell: read and told, below the bar of a flag
        const baseInfo = new Set(baseAll.map(key));
        const hint = mutAll.find((f) => !flagged(f) && !baseInfo.has(key(f)) && REL_RULES.has(f.rule) && (f.cell === p.cell || (f.related || []).includes(p.cell)));
        outcome = hint ? "hinted" : "missed";
        if (hint) by = `${hint.rule}@${hint.cell} (info)`;
      }
    }
    const extra = added
      .filter((f) => f.cell !== p.cell && !ops.has(f.cell) && !(f.related || []).includes(p.cell))
      .map(key);
    rows.push({ ...p, outcome, extra, by });
  }
  // why a relation was missed: the engine's own model, base and mutant, reviewed in process (lib/ built)
  const whyOf = relationReader();
  const bySrc = new Map(srcs.map((s) => [s.id, s]));
  for (const r of rows) if (r.outcome === "missed" || r.outcome === "hinted") r.why = whyOf(bySrc.get(r.id)!, r);
  const count = (xs: Row[]) => {
    const c: Record<string, number> = { n: xs.length, found: 0, "found-other-rule": 0, "seen-elsewhere": 0, "already-flagged": 0, hinted: 0, missed: 0 };
    for (const x of xs) c[x.outcome]++;
    return c;
  };
  const fmt = (c: Record<string, number>) => `${c.found}/${c.n} found (${((100 * c.found) / Math.max(1, c.n)).toFixed(0)}%), other rule ${c["found-other-rule"]}, seen at an operand ${c["seen-elsewhere"]}, already flagged ${c["already-flagged"]}, info only ${c.hinted}, missed ${c.missed}`;
  console.log(`\nOVERALL ${fmt(count(rows))}`);
  console.log(`  relations evaluated on the grid: ${rows.filter((r) => r.held === "holds").length}; assumed to hold (operands not all numbers): ${rows.filter((r) => r.held === "assumed").length}`);
  const groupBy = (f: (r: Row) => string) => {
    const m = new Map<string, Row[]>();
    for (const r of rows) m.set(f(r), [...(m.get(f(r)) ?? []), r]);
    return [...m].sort((a, b) => b[1].length - a[1].length);
  };
  for (const [name, f] of [
    ["kind", (r: Row) => reportKind(r)],
    ["cell", (r: Row) => (r.prose ? "prose" : "table")],
    ["kind × cell", (r: Row) => `${reportKind(r)} ${r.prose ? "prose" : "table"}`],
    ["family", (r: Row) => r.family],
  ] as [string, (r: Row) => string][]) {
    console.log(`\nBY ${name}`);
    for (const [k, xs] of groupBy(f)) console.log(`  ${k.padEnd(28)} ${fmt(count(xs))}`);
  }
  const missed = rows.filter((r) => r.outcome === "missed");
  const whys = new Map<string, Row[]>();
  for (const r of missed) whys.set(r.why!, [...(whys.get(r.why!) ?? []), r]);
  console.log(`\nWHY MISSED (the engine's model of the base and of the mutant)`);
  for (const [k, xs] of [...whys].sort((a, b) => b[1].length - a[1].length)) {
    const kinds = new Map<string, number>();
    for (const x of xs) kinds.set(reportKind(x), (kinds.get(reportKind(x)) ?? 0) + 1);
    console.log(`  ${k.padEnd(22)} ${xs.length} (${new Set(xs.map((x) => x.id)).size} sheets)  ${[...kinds].sort((a, b) => b[1] - a[1]).map(([a, b]) => `${a} ${b}`).join(", ")}`);
  }
  const classes = new Map<string, Row[]>();
  for (const r of missed) classes.set(missClass(r), [...(classes.get(missClass(r)) ?? []), r]);
  console.log(`\nMISSED CLASSES (${missed.length} missed; kind · where the stated number is · operands · family)`);
  for (const [k, xs] of [...classes].sort((a, b) => b[1].length - a[1].length).slice(0, args.includes("--all") ? 999 : 15)) {
    const sheets = new Set(xs.map((x) => x.id)).size;
    console.log(`  ${xs.length} (${sheets} sheets)  ${k}`);
    const shown = new Set<string>();
    for (const x of xs) {
      if (shown.has(x.id) || shown.size >= 3) continue;
      shown.add(x.id);
      console.log(`      ${x.id} | ${x.rel.line.slice(0, 90)} | ${x.cell} '${x.before.replace(/\s+/g, " ").slice(0, 40)}' ${x.from}->${x.to}`);
    }
  }
  const withExtra = rows.filter((r) => r.extra.length);
  console.log(`\nmutants with new flags elsewhere: ${withExtra.length}/${rows.length}`);
  for (const r of withExtra.slice(0, 30)) console.log(`  ${r.id} ${r.cell} ${r.from}->${r.to}: ${r.extra.join(" ")}`);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows.map((r) => ({ id: r.id, family: r.family, line: r.rel.line, cell: r.cell, kind: reportKind(r), prose: r.prose, held: r.held, from: r.from, to: r.to, outcome: r.outcome, by: r.by, cls: missClass(r), why: r.why, extra: r.extra, before: r.before.slice(0, 300) })), null, 1));
}

/**
 * Why the engine missed a relation: `unread` (no relation of the base review names the stated cell), `lost under the slip`
 * (the base review reads one, the mutant's none: the reading needs the relation to hold — its evidence is the agreement
 * the slip breaks), `read, not flagged` (the mutant's review still reads a relation at the cell: judged within tolerance,
 * bounded, or told below the bar).
 */
function relationReader() {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  // (TRUTH_RELATIONS_LIB: another build of the engine, to explain a cached run of it)
  const lib = process.env.TRUTH_RELATIONS_LIB ?? path.join(ROOT, "lib");
  const { review } = require(path.join(lib, "core", "review.js"));
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Grid } = require(path.join(lib, "core", "grid", "grid.js"));
  const cellsOf = (x: unknown, out: Set<string>, depth = 0): Set<string> => {
    if (!x || typeof x !== "object" || depth > 4) return out;
    const o = x as Record<string, unknown>;
    if (typeof o.cell === "string") out.add(o.cell);
    for (const v of Object.values(o)) if (v && typeof v === "object") cellsOf(v, out, depth + 1);
    return out;
  };
  const reads = (grid: unknown[][], merges: string[], id: string, cell: string): boolean => {
    const g = Grid.fromValues(id, grid.map((row) => row.map((t) => { const x = toCell(t); return x.v === null ? undefined : x.v; })), merges);
    const res = review(g, undefined, { fills: false });
    const rels = [...res.model.relations, ...(res.forms || []).slice(1).flatMap((f: { result: { model: { relations: unknown[] } } }) => f.result.model.relations)];
    return rels.some((r: unknown) => cellsOf(r, new Set()).has(cell));
  };
  return (src: { id: string; grid: unknown[][]; json: unknown }, p: Plan): string => {
    const merges = ((src.json as { merges?: string[] }).merges || []) as string[];
    if (!reads(src.grid, merges, src.id, p.cell)) return "unread";
    const { r, c } = parseA1(p.cell);
    const g2 = src.grid.map((row) => row.slice());
    while (g2.length < r) g2.push([]);
    g2[r - 1][c - 1] = p.after;
    return reads(g2, merges, src.id, p.cell) ? "read, not flagged" : "lost under the slip";
  };
}

if (require.main === module) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
