import { Converter } from "opencc-js/cn2t";
import { review } from "../../src/core/review";
import { evaluateRelation } from "../../src/core/relations/evaluate";
import type { Relation, RelationTerm, SumRelation } from "../../src/core/model/types";
import { Cells, extra, flags, gridOf, isProse, proseSources } from "./prec48-damage";

/**
 * prec49 (session 49; prec49-diagnosis.md): the benign variants of every real prose sentence the engine reads a relation
 * from. Sources: every real sheet (test/fixtures/real, never validation; prec48-damage.ts's proseSources) with a sum or a
 * ratio read inside one prose cell (all its numbers in that cell) that holds. Each such sentence is printed again the ways
 * publishers write the same facts — a second group after ';' or '。', the list's last part in a sentence of its own, 应 / 计划
 * amounts beside, a 累计 amount after, a part restated (其中…,其中…), the total stated again after the parts, 约 before the
 * total, one amount in 元 beside 万元, thousands separators, a percent as '百分之', 繁體, a PDF's spaces inside words. A print
 * must flag nothing its source does not (errors and warnings); a slip print (one part's first digit or the rate's last
 * integer digit changed, the same length) flagged on the source should still flag under each variant that keeps the
 * sentence readable.
 */

export interface SentenceSource {
  id: string;
  grid: Cells;
  merges: string[];
  /** the prose cell (0-based) */
  r: number;
  c: number;
  rel: Relation;
  /** where the relation's numbers are in the cell's raw text: [start, end) of the digits, by role */
  at: { total?: [number, number]; parts?: [number, number][]; stated?: [number, number]; num?: [number, number]; den?: [number, number] };
  /** the sentence holding them: [start, end) — end at its closing stop (exclusive) or the text's end */
  sentence: [number, number];
  /** the relation does not hold on the real sheet (a slip its truth names): its prints must still flag it */
  broken?: true;
  /** (dev58) every money sum read inside the cell (the second group's totals: secondGroup) */
  sums?: SumRelation[];
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
interface Occ {
  start: number;
  end: number;
  value: number;
  unit: string;
}
function numbersOf(raw: string): Occ[] {
  const out: Occ[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(raw); m; m = NUMBER.exec(raw)) {
    if (m.index > 0 && /[\d.]/.test(raw[m.index - 1])) continue;
    const digits = m[0].replace(/,(?=\d{3})/g, "");
    if (/,/.test(digits)) continue;
    const after = raw.slice(m.index + m[0].length, m.index + m[0].length + 2);
    out.push({ start: m.index, end: m.index + m[0].length, value: Number(digits), unit: /^%/.test(after) ? "%" : /^(万元|万|亿)/.test(after) ? "万元" : /^元/.test(after) ? "元" : after });
  }
  return out;
}
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
const termValue = (t: RelationTerm) => t.value;

/** the raw positions of a relation's numbers (null where one is not found as written) */
function locate(raw: string, rel: Relation): SentenceSource["at"] | null {
  const occ = numbersOf(raw);
  if (rel.kind === "sum") {
    // parts in order; the total the first occurrence of its value outside the parts'
    const parts: [number, number][] = [];
    let from = -1;
    for (const p of rel.parts) {
      const o = occ.find((x) => x.start > from && near(x.value, termValue(p)) && x.unit !== "%");
      if (!o) return null;
      parts.push([o.start, o.end]);
      from = o.start;
    }
    const t = occ.find((x) => near(x.value, termValue(rel.total)) && x.unit !== "%" && !parts.some((p) => p[0] === x.start));
    if (!t) return null;
    return { total: [t.start, t.end], parts };
  }
  if (rel.kind === "ratio") {
    const statedPoints = rel.stated.percent ? rel.stated.value * 100 : rel.stated.value;
    const s = occ.find((x) => x.unit === "%" && near(x.value, statedPoints));
    if (!s) return null;
    const before = occ.filter((x) => x.end <= s.start);
    const n = [...before].reverse().find((x) => near(x.value, rel.numerator.value) || near(x.value * 1e4, rel.numerator.value));
    const d = [...before].reverse().find((x) => x !== n && (near(x.value, rel.denominator.value) || near(x.value * 1e4, rel.denominator.value)));
    if (!n || !d) return null;
    return { stated: [s.start, s.end], num: [n.start, n.end], den: [d.start, d.end] };
  }
  return null;
}

function sentenceOf(raw: string, from: number, to: number): [number, number] {
  let s = from;
  while (s > 0 && !/[。!?！？]/.test(raw[s - 1])) s--;
  let e = to;
  while (e < raw.length && raw[e] !== "。") e++;
  return [s, e];
}

const termsOf = (rel: Relation): RelationTerm[] =>
  rel.kind === "sum" ? [rel.total, ...rel.parts] : rel.kind === "ratio" ? [rel.stated, rel.numerator, rel.denominator] : [];

/** Every real prose relation that holds (with `broken`: that does not), read inside one prose cell, with its numbers located
 * in the cell's text. */
export function sentenceSources(broken = false): SentenceSource[] {
  const out: SentenceSource[] = [];
  for (const s of proseSources()) {
    const res = review(gridOf(s.grid, s.merges), "national");
    const seen = new Set<string>();
    for (const rel of res.model.relations) {
      if (rel.kind !== "sum" && rel.kind !== "ratio") continue;
      if (rel.kind === "sum" && rel.measure === "count" && rel.parts.every((p) => p.value === 1)) continue;
      const terms = termsOf(rel);
      const cell = terms[0].cell;
      if (!terms.every((t) => t.cell === cell)) continue;
      const r = terms[0].row - 1;
      const c = terms[0].col - 1;
      const raw = s.grid[r]?.[c];
      if (!isProse(raw)) continue;
      if (evaluateRelation(rel).ok === broken) continue;
      const at = locate(raw, rel);
      if (!at) continue;
      const spans = [at.total, ...(at.parts ?? []), at.stated, at.num, at.den].filter((x): x is [number, number] => !!x);
      const sentence = sentenceOf(raw, Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1])));
      const key = `${r}:${c}:${sentence[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sums = res.model.relations.filter((x): x is SumRelation => x.kind === "sum" && x.measure === "amount" && termsOf(x).every((t) => t.cell === cell));
      out.push({ id: s.id, grid: s.grid, merges: s.merges, r, c, rel, at, sentence, sums, ...(broken ? { broken: true as const } : {}) });
    }
  }
  return out;
}

// —— the prints ——

const fmt = (v: number, decimals: number) => v.toFixed(decimals);
const decimalsOf = (t: string) => (t.indexOf(".") < 0 ? 0 : t.length - t.indexOf(".") - 1);
/**
 * the money amounts of a text doubled (a second group of the same shape, its own sums and rates holding); (dev57) a figure
 * before 亿 read as one before 万, whatever unit follows ('1.38亿立方米' doubled with '5245万立方米': a rate of the two holds)
 */
const AMOUNT = /(^|[^\d.,])(\d[\d,]*(?:\.\d+)?)(?=\s*(万元|亿元|元|万(?![人户个项次件])|亿(?![人户个项次件])))/g;
/**
 * (dev58) The sentence's second group: its money doubled, and each money sum's total the sum of its doubled parts at the
 * total's precision. A source whose sum holds only within its figures' rounding (黄山 19.62 over 19.6149, 克州 19.89 over
 * 19.88: one unit, an info) doubled as printed carries twice the residue (39.24 over 39.2298, 39.78 over 39.76: past one
 * unit); a writer's second group rounds each figure once, its residue within the same bound — as this copy's.
 */
function secondGroup(raw: string, src: SentenceSource): string {
  const [s, e] = src.sentence;
  const totals = new Map<number, string>();
  for (const r of src.sums ?? []) {
    const parts = r.parts.reduce((a, p) => a + p.value, 0);
    if (Math.abs(parts - r.total.value) < 1e-9) continue;
    const o = numbersOf(raw).find((x) => x.start >= s && x.end <= e && x.unit !== "%" && near(x.value, r.total.value));
    if (o) totals.set(o.start - s, fmt(2 * parts, decimalsOf(raw.slice(o.start, o.end))));
  }
  return raw.slice(s, e).replace(AMOUNT, (_m, lead: string, n: string, _u: string, at: number) => lead + (totals.get(at + lead.length) ?? fmt(2 * Number(n.replace(/,/g, "")), decimalsOf(n))));
}
/** the whole's amount as written (a sum's total, a rate's base) and its unit: a plausible plan / 累计 beside it is a multiple */
function wholeOf(raw: string, src: SentenceSource): { value: number; unit: string } | null {
  const at = src.rel.kind === "sum" ? src.at.total : src.at.den;
  if (!at) return null;
  const u = /^(万元|亿元|元|万)/.exec(raw.slice(at[1]));
  if (!u) return null;
  return { value: Number(raw.slice(at[0], at[1]).replace(/,/g, "")), unit: u[0] };
}
const beside = (raw: string, src: SentenceSource, k: number) => {
  const w = wholeOf(raw, src);
  return w ? `${fmt(w.value * k, 2)}${w.unit}` : null;
};
/**
 * (dev58) The plan a sum's whole is the done part of, where the sentence states the whole's rate of it right after, no other
 * figure between ('累计完成投资104.08亿元,完成年度计划的94.98%', '实际执行9265.35万元,项目执行率88.74%', '共支出21621.62万元,支出
 * 进度87.34%'): whole / rate. A plan put before such a sentence is that rate's base as any reader takes it; 1.25 × the whole
 * there contradicts the sentence (104.08 / 130.10 = 80%, not 94.98%) — no clean print. Not a growth rate's ('增长5%').
 */
function planOfRate(raw: string, src: SentenceSource): string | null {
  if (src.rel.kind !== "sum" || !src.at.total) return null;
  const w = wholeOf(raw, src);
  const m = /^[^\d;；。]*?(\d+(?:\.\d+)?)[%％]/.exec(raw.slice(src.at.total[1], src.sentence[1]));
  if (!w || !m || !/计划|预算|执行|进度|率/.test(m[0]) || /增|降|同比|上年/.test(m[0]) || Number(m[1]) <= 0) return null;
  return `${fmt(w.value / (Number(m[1]) / 100), 2)}${w.unit}`;
}
const cn2t = Converter({ from: "cn", to: "tw" });

/** a variant: the cell's raw text printed again (null: not applicable to this source) */
export type Variant = (raw: string, src: SentenceSource) => string | null;
const ins = (raw: string, at: number, what: string) => raw.slice(0, at) + what + raw.slice(at);
const closeAt = (raw: string, src: SentenceSource) => src.sentence[1];
/** a head's code and its short label closed by ':' or '。' opening a sentence: '(一)收入预算:', '2.收入情况。' */
const HEAD_OPENING = /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))[^,，。;；:：\d]{0,12}[:：。]/;

export const VARIANTS: Record<string, Variant> = {
  // the same facts for a second group, after ';' and after '。'
  "second-group-semicolon": (raw, src) => {
    const [s, e] = src.sentence;
    const copy = secondGroup(raw, src);
    if (copy === raw.slice(s, e)) return null;
    return raw.slice(0, e) + ";" + copy + raw.slice(e);
  },
  "second-group-stop": (raw, src) => {
    const [s, e] = src.sentence;
    const copy = secondGroup(raw, src);
    if (copy === raw.slice(s, e)) return null;
    return raw.slice(0, e) + "。" + copy + (raw[e] === "。" ? "" : "。") + raw.slice(e);
  },
  // the list's last part in a sentence of its own
  "split-last-part": (raw, src) => {
    if (src.rel.kind !== "sum" || !src.at.parts || src.at.parts.length < 3) return null;
    const last = src.at.parts[src.at.parts.length - 1][0];
    const prev = src.at.parts[src.at.parts.length - 2][1];
    let k = last;
    while (k > prev && !/[,，、;；]/.test(raw[k])) k--;
    if (k <= prev) return null;
    return raw.slice(0, k) + "。" + raw.slice(k + 1);
  },
  // an amount due / planned beside the done ones, after the sentence's figures and before them
  "due-after": (raw, src) => {
    const b = beside(raw, src, 1.25);
    return b ? ins(raw, closeAt(raw, src), `,全年应执行数为${b}`) : null;
  },
  // (dev57: after a head's code and label opening the line — '(一)收入预算:年初计划安排…,' —, as a writer puts it, the code
  // still opening its line; not before a sentence opening on 其中, which breaks down the amount before it: the plan put
  // first would be the whole it breaks down)
  "plan-before": (raw, src) => {
    const b = planOfRate(raw, src) ?? beside(raw, src, 1.25);
    if (!b) return null;
    const head = HEAD_OPENING.exec(raw.slice(src.sentence[0]));
    const at = src.sentence[0] + (head ? head[0].length : 0);
    return /^其中/.test(raw.slice(at)) ? null : ins(raw, at, `年初计划安排${b},`);
  },
  // a 累计 amount after the 当年 ones
  "cumulative-after": (raw, src) => {
    const b = beside(raw, src, 3);
    return b ? ins(raw, closeAt(raw, src), `,截至年底累计拨付${b}`) : null;
  },
  // a part restated: its own 其中, in a bracket and after a comma
  "part-restated-bracket": (raw, src) => {
    if (src.rel.kind !== "sum" || src.rel.measure !== "amount" || !src.at.parts) return null;
    const p = src.rel.parts[0];
    const end = src.at.parts[0][1];
    const u = /^(万元|元|万)/.exec(raw.slice(end));
    if (!u) return null;
    return ins(raw, end + u[0].length, `(其中结转资金${fmt(p.value / 2, Math.max(2, p.decimals ?? 0))}${u[0]})`);
  },
  "part-restated-comma": (raw, src) => {
    if (src.rel.kind !== "sum" || src.rel.measure !== "amount" || !src.at.parts) return null;
    const p = src.rel.parts[0];
    const end = src.at.parts[0][1];
    const u = /^(万元|元|万)/.exec(raw.slice(end));
    if (!u) return null;
    return ins(raw, end + u[0].length, `,其中结转资金${fmt(p.value / 2, Math.max(2, p.decimals ?? 0))}${u[0]}`);
  },
  // the total stated again after its parts
  "total-after": (raw, src) => {
    if (src.rel.kind !== "sum" || !src.at.total || !src.at.parts || src.at.total[0] > src.at.parts[0][0]) return null;
    const [a, b] = src.at.total;
    const u = /^(万元|元|万|个|项|人|件|户|家)/.exec(raw.slice(b));
    if (!u) return null;
    return ins(raw, closeAt(raw, src), `,以上合计${raw.slice(a, b)}${u[0]}`);
  },
  // 约 before the total (the whole) or the rate's base
  "approx": (raw, src) => {
    const at = src.rel.kind === "sum" ? src.at.total : src.at.den;
    return at ? ins(raw, at[0], "约") : null;
  },
  // 近 before the rate's done amount or the list's first part, 超过 before the last part
  "near-part": (raw, src) => {
    const at = src.rel.kind === "sum" ? src.at.parts?.[0] : src.at.num;
    return at ? ins(raw, at[0], "近") : null;
  },
  "over-last-part": (raw, src) => {
    const ps = src.at.parts;
    return ps && ps.length ? ins(raw, ps[ps.length - 1][0], "超过") : null;
  },
  // one amount in 元 beside 万元 ones
  "yuan-mixed": (raw, src) => {
    const at = src.rel.kind === "sum" ? src.at.parts?.[0] : src.at.num;
    if (!at) return null;
    const u = /^(万元|万)/.exec(raw.slice(at[1]));
    if (!u) return null;
    const v = Number(raw.slice(at[0], at[1]).replace(/,/g, ""));
    return raw.slice(0, at[0]) + String(Math.round(v * 1e4 * 100) / 100) + "元" + raw.slice(at[1] + u[0].length);
  },
  // thousands separators in every number of four integer digits or more in the sentence
  "thousands": (raw, src) => {
    const [s, e] = src.sentence;
    const part = raw.slice(s, e).replace(/(^|[^\d.,])(\d{4,})(?=[.\d]*(万元|亿元|元|万|个|人|件|户))/g, (_m, lead: string, n: string) => lead + n.replace(/\B(?=(\d{3})+$)/g, ","));
    return part === raw.slice(s, e) ? null : raw.slice(0, s) + part + raw.slice(e);
  },
  // a percent as 百分之
  "percent-words": (raw, src) => {
    const [s, e] = src.sentence;
    const part = raw.slice(s, e).replace(/(\d+(?:\.\d+)?)[%％]/g, "百分之$1");
    return part === raw.slice(s, e) ? null : raw.slice(0, s) + part + raw.slice(e);
  },
  // 繁體, and a PDF's line breaks: a space inside every fifth pair of Chinese characters
  "traditional": (raw) => cn2t(raw),
  "spaces-in-words": (raw) => {
    let k = 0;
    return raw.replace(/([\u4e00-\u9fa5])(?=[\u4e00-\u9fa5])/g, (ch) => (++k % 5 === 0 ? ch + " " : ch));
  },
};
export const VARIANT_NAMES = Object.keys(VARIANTS);

/** The slip of a source, the same length: a sum's first part's first digit up by one (9 → 1), a rate's last integer digit
 * moved by 7 (mod 10). Null where none. */
export function slipText(raw: string, src: SentenceSource): string | null {
  const at = src.rel.kind === "sum" ? src.at.parts?.[0] : src.at.stated;
  if (!at) return null;
  const digits = raw.slice(at[0], at[1]);
  if (src.rel.kind === "sum") {
    const d = Number(digits[0]);
    return raw.slice(0, at[0]) + String(d === 9 ? 1 : d + 1) + raw.slice(at[0] + 1);
  }
  const dot = digits.indexOf(".");
  const k = at[0] + (dot < 0 ? digits.length : dot) - 1;
  if (k < at[0] || !/\d/.test(raw[k])) return null;
  return raw.slice(0, k) + String((Number(raw[k]) + 7) % 10) + raw.slice(k + 1);
}

/** the sheet's cells with the source's cell replaced */
export function withCell(src: SentenceSource, text: string): Cells {
  const g = src.grid.map((row) => row.slice());
  g[src.r][src.c] = text;
  return g;
}

/** the real slips read in prose (sentenceSources(true)) under every variant: the prints that no longer flag the slip's cell */
export function brokenMeasure(sources: SentenceSource[], names = VARIANT_NAMES): { prints: number; flagged: number; missed: { id: string; variant: string; cell: string }[] } {
  const out = { prints: 0, flagged: 0, missed: [] as { id: string; variant: string; cell: string }[] };
  for (const src of sources) {
    const raw = src.grid[src.r][src.c] as string;
    const cellName = termsOf(src.rel)[0].cell;
    if (!flags(src.grid, src.merges).some((f) => f.endsWith("@" + cellName))) continue;
    for (const name of names) {
      const text = VARIANTS[name](raw, src);
      if (text === null || text === raw) continue;
      out.prints++;
      if (flags(withCell(src, text), src.merges).some((f) => f.endsWith("@" + cellName))) out.flagged++;
      else out.missed.push({ id: src.id, variant: name, cell: cellName });
    }
  }
  return out;
}

export interface Measure {
  sources: number;
  prints: number;
  falsePrints: { id: string; variant: string; cell: string; added: string[] }[];
  slips: number;
  slipPrints: number;
  slipsFlagged: number;
  missed: { id: string; variant: string; cell: string }[];
}

/** every source under every variant: the false prints, the slips still flagged (see the file's head) */
export function measure(sources: SentenceSource[], names = VARIANT_NAMES): Measure {
  const out: Measure = { sources: sources.length, prints: 0, falsePrints: [], slips: 0, slipPrints: 0, slipsFlagged: 0, missed: [] };
  const baseOf = new Map<string, string[]>();
  for (const src of sources) {
    const raw = src.grid[src.r][src.c] as string;
    const cellName = termsOf(src.rel)[0].cell;
    let base = baseOf.get(src.id);
    if (!base) baseOf.set(src.id, (base = flags(src.grid, src.merges)));
    const slip = slipText(raw, src);
    const slipFlags = slip ? extra(base, flags(withCell(src, slip), src.merges)) : [];
    const slipCounts = slipFlags.length > 0;
    if (slipCounts) out.slips++;
    for (const name of names) {
      const text = VARIANTS[name](raw, src);
      if (text === null || text === raw) continue;
      out.prints++;
      const f = flags(withCell(src, text), src.merges);
      const added = extra(base, f);
      if (added.length) out.falsePrints.push({ id: src.id, variant: name, cell: cellName, added });
      if (!slipCounts) continue;
      const st = VARIANTS[name](slip!, src);
      if (st === null || st === slip) continue;
      out.slipPrints++;
      const sf = extra(f, flags(withCell(src, st), src.merges));
      if (sf.length) out.slipsFlagged++;
      else out.missed.push({ id: src.id, variant: name, cell: cellName });
    }
  }
  return out;
}
