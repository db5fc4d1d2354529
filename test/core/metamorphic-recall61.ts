import { Converter } from "opencc-js/cn2t";
import { parseA1, rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import type { Relation, SumRelation } from "../../src/core/model/types";
import type { ReviewResult } from "../../src/core/review";
import { build } from "./metamorphic";

/**
 * recall61: the recall twin of prec60. Every total over its parts the engine reads in prose (a sum whose whole and parts
 * are all numbers written inside text cells) is broken as a publisher's slip would break it — the whole written smaller
 * than its parts by a visible amount — and must be flagged; then the sentence is rewritten in ways a reviewer reads as
 * the same sentence (其中 → 包括, the separators between parts, 万元 → 万, a bracketed aside, the whole in the sentence
 * before, 一是/二是, full-width digits, 繁體, a share after each part) and the broken relation must still be flagged, and the
 * unbroken rewritten sheet must gain no flag. The parts in a table and the whole in prose is no paraphrase: not here.
 */

/** One prose sum the engine reads: its cells, the whole's and the parts' numbers as written. */
export interface ProseSum {
  rel: SumRelation;
  total: { cell: string; value: number; decimals: number };
  parts: { cell: string; value: number; decimals: number }[];
  /** the cells holding the whole or a part */
  cells: string[];
  /** the money unit written after the whole ('万元', '元', '亿元'; '' for a count) */
  unit: string;
}

const isText = (g: Grid, cell: string): boolean => {
  const p = parseA1(cell);
  const x = g.cell(p.row, p.col);
  return !!x && typeof x.v === "string" && /[\u4e00-\u9fff]/.test(x.v);
};
const textOf = (g: Grid, cell: string): string => {
  const p = parseA1(cell);
  const x = g.cell(p.row, p.col);
  return x && typeof x.v === "string" ? x.v : "";
};

/** the spans of a number written in a text (not inside a longer number) */
export function numberSpans(t: string, value: number, decimals: number): { i: number; j: number }[] {
  const out: { i: number; j: number }[] = [];
  const re = /\d+(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const prev = t[m.index - 1] ?? "";
    if (/[\d.,]/.test(prev)) continue;
    if (Math.abs(Number(m[0]) - value) < 1e-9) out.push({ i: m.index, j: m.index + m[0].length });
  }
  void decimals;
  return out;
}

const decimalsOf = (t: string, value: number): number => {
  const s = numberSpans(t, value, 0)[0];
  if (!s) return 0;
  const w = t.slice(s.i, s.j);
  return w.includes(".") ? w.length - w.indexOf(".") - 1 : 0;
};

/**
 * The prose sums of a review: kind sum, the whole and every part a number inside a text cell (with Chinese words), each
 * written once in its cell so that a slip can be made in it; two parts at least.
 */
export function proseSums(g: Grid, base: ReviewResult): ProseSum[] {
  const out: ProseSum[] = [];
  const seen = new Set<string>();
  for (const r of base.model.relations as Relation[]) {
    if (r.kind !== "sum" || r.parts.length < 2 || r.measure === "score" || r.measure === "weight") continue;
    const cells = [r.total.cell, ...r.parts.map((p) => p.cell)];
    if (!cells.every((c) => isText(g, c))) continue;
    if (typeof r.total.value !== "number" || r.total.value <= 0) continue;
    const key = `${r.total.cell}:${r.total.value}`;
    if (seen.has(key)) continue;
    const tt = textOf(g, r.total.cell);
    if (numberSpans(tt, r.total.value, 0).length !== 1) continue;
    seen.add(key);
    out.push({
      rel: r,
      total: { cell: r.total.cell, value: r.total.value, decimals: decimalsOf(tt, r.total.value) },
      parts: r.parts.map((p) => ({ cell: p.cell, value: p.value, decimals: decimalsOf(textOf(g, p.cell), p.value) })),
      cells: [...new Set(cells)],
      unit: unitOf(tt.slice(numberSpans(tt, r.total.value, 0)[0].j)),
    });
  }
  return out;
}

/** The whole written smaller by max(7%, one unit of its last digit), below its parts' sum (a slip either bound flags). */
export function brokenWhole(s: ProseSum): string {
  const unit = Math.pow(10, -s.total.decimals);
  const parts = s.parts.reduce((a, p) => a + p.value, 0);
  let v = s.total.value - Math.max(s.total.value * 0.07, unit);
  v = Math.min(v, parts - Math.max(parts * 0.07, unit));
  if (v <= 0) v = s.total.value + Math.max(s.total.value * 0.07, unit) + parts;
  return v.toFixed(s.total.decimals);
}

/** The sheet with the whole's number replaced by `to` in its cell. */
export function withWhole(g: Grid, s: ProseSum, to: string): Grid {
  const p = parseA1(s.total.cell);
  return rewritten(g, (r, c, t) => {
    if (r !== p.row || c !== p.col) return t;
    const sp = numberSpans(t, s.total.value, 0)[0];
    return sp ? t.slice(0, sp.i) + to + t.slice(sp.j) : t;
  });
}

/** The sheet with each text cell rewritten by `f(row, col, text)`. */
export function rewritten(g: Grid, f: (r: number, c: number, t: string) => string, name = g.name): Grid {
  return build(g, (r, c) => {
    const x = g.cell(r, c);
    if (!x || typeof x.v !== "string") return x;
    const v = f(r, c, x.v);
    return v === x.v ? x : { ...x, v };
  }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), name);
}

// ---------------------------------------------------------------------------------------------------------
// Rewrites: each a function of one cell's text and the relation (its parts' values), applied to the relation's cells

export type Rewrite = (t: string, s: ProseSum) => string;

const OPENER = /其中[：:]?/;
/** where the parts' list runs in a text: from the opener (其中) to the sentence's end */
function listSpan(t: string): { i: number; j: number } | null {
  const m = OPENER.exec(t);
  if (!m) return null;
  const i = m.index + m[0].length;
  const end = t.slice(i).search(/。/);
  return { i, j: end < 0 ? t.length : i + end };
}
const inList = (f: (list: string) => string): Rewrite => (t) => {
  const sp = listSpan(t);
  return sp ? t.slice(0, sp.i) + f(t.slice(sp.i, sp.j)) + t.slice(sp.j) : t;
};
/** a part's amount in a text: its number and unit, where a part's value is written once */
function partSpans(t: string, s: ProseSum): { i: number; j: number; value: number }[] {
  const out: { i: number; j: number; value: number }[] = [];
  for (const p of s.parts) {
    const sp = numberSpans(t, p.value, p.decimals);
    if (sp.length !== 1) continue;
    // (its unit: money in 简 or 繁 characters, or a count's one character before a mark)
    const unit = /^(?:亿元|万元|億元|萬元|元|万|萬|亿|億|人次|%|[\u4e00-\u9fff](?=[，,、；;。)）]|$))?/.exec(t.slice(sp[0].j))![0];
    // (a part whose share is written after it already: none added)
    if (/^[，,]?(?:占|比重)/.test(t.slice(sp[0].j + unit.length))) continue;
    out.push({ i: sp[0].i, j: sp[0].j + unit.length, value: p.value });
  }
  return out.sort((a, b) => a.i - b.i).filter((x, k, xs) => k === 0 || x.i >= xs[k - 1].j);
}
/** insert text after each (or the first) part's amount */
const afterParts = (f: (value: number, s: ProseSum) => string, firstOnly = false): Rewrite => (t, s) => {
  const sps = partSpans(t, s);
  if (sps.length < (firstOnly ? 1 : 2)) return t;
  let out = t;
  for (const sp of (firstOnly ? sps.slice(0, 1) : sps).reverse()) out = out.slice(0, sp.j) + f(sp.value, s) + out.slice(sp.j);
  return out;
};
const CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const FW = (s: string) => s.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const toTraditional = Converter({ from: "cn", to: "tw" });
const unitOf = (after: string) => /^(?:亿元|万元|元)?/.exec(after)![0];

export const REWRITES: Record<string, Rewrite> = {
  "其中→包括": (t) => t.replace(OPENER, "包括"),
  "其中→含": (t) => t.replace(OPENER, "含"),
  "其中→分别是": (t) => t.replace(OPENER, "分别是"),
  "其中→分别为": (t) => t.replace(OPENER, "分别为"),
  "其中→主要是": (t) => t.replace(OPENER, "主要是"),
  "；→，": inList((l) => l.replace(/[；;]/g, "，")),
  "，→；": inList((l) => l.replace(/[，,](?=[^，,；;。]*\d)/g, "；")),
  "；→。": inList((l) => l.replace(/[；;]/g, "。")),
  "、→和": (t) => t.replace(/、/g, "和"),
  "、→及": (t) => t.replace(/、/g, "及"),
  "万元→万": (t) => t.replace(/(\d)万元/g, "$1万"),
  "aside (上年为…)": afterParts((v, s) => `(上年为${Math.round(v * 0.9 * 100) / 100}${s.unit})`, true),
  "whole in the sentence before": (t) => t.replace(/[，,]\s*(其中)/, "。$1"),
  "一是/二是": inList((l) => {
    let k = 0;
    return l.replace(/(^|[，,；;])([^，,；;]*\d)/g, (all, sep: string, clause: string) => (k < 10 ? `${sep}${CN_NUM[k++]}是${clause.replace(/^[：:]/, "")}` : all));
  }),
  "full-width digits": (t) => FW(t),
  "繁體": (t) => toTraditional(t),
  "share after each part (占比…%)": afterParts((v, s) => `，占比${((v / s.total.value) * 100).toFixed(2)}%`),
};

/** The sheet with `rw` applied to the relation's cells (null where it changes none). */
export function rewrite(g: Grid, s: ProseSum, rw: Rewrite): Grid | null {
  const cells = new Set(s.cells.map((c) => { const p = parseA1(c); return `${p.row},${p.col}`; }));
  let changed = false;
  const out = rewritten(g, (r, c, t) => {
    if (!cells.has(`${r},${c}`)) return t;
    const v = rw(t, s);
    if (v !== t) changed = true;
    return v;
  });
  return changed ? out : null;
}

const RELATION_RULES = /mismatch|exceeds|sum|ratio|rate/;
/** the error / warning flags of `out` the base review does not carry, at any cell */
export function newFlags(base: ReviewResult, out: ReviewResult): string[] {
  const had = new Set(base.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`));
  return out.findings.filter((f) => f.severity !== "info" && !had.has(`${f.rule}@${f.cell}`)).map((f) => `${f.severity} ${f.rule}@${f.cell}`);
}
/** the broken relation flagged: a new error or warning of a relation rule at the whole, a part or naming one */
export function flagged(base: ReviewResult, out: ReviewResult, s: ProseSum): boolean {
  const had = new Set(base.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`));
  const cells = new Set(s.cells);
  return out.findings.some((f) => f.severity !== "info" && RELATION_RULES.test(f.rule) && !had.has(`${f.rule}@${f.cell}`) && (cells.has(f.cell) || (f.related ?? []).some((c) => cells.has(c))));
}
