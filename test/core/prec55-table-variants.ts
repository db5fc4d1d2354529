import { readdirSync, readFileSync } from "fs";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { GroupNode, Indicator } from "../../src/core/model/types";
import { jsonGrid } from "../helpers";

/**
 * prec55 (session 55; test/fixtures/real/prec55-s55-diagnosis.md): every CLEAN real scored indicator table printed again
 * the ways publishers print its group weights. Sources: the real sheets (test/fixtures/real, never validation) whose truth
 * names no inconsistency, that the engine reads as a tree of 一级 groups with 二级 groups under every one, or lines under
 * every one (one 一级 over the whole table: its 二级), every line weighted, no sub-items; a table cut inside a group keeps
 * the groups before it that add up (each group = its units, hand-checkable: sumsHold); a group stating no weight is
 * printed at its units' sum (Table.stated counts the weights the source states). Each is printed anew as a plain table
 * (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分, the source's names, weights and scores) in each variant of
 * VARIANTS; a print must flag nothing (no error, no warning), and each slip (a group's weight one more, a line's weight one
 * more, the printed 总分 kept) must be flagged as weight-sum-mismatch under every variant.
 */

export type Cells = (string | number | null)[][];
export interface Line {
  name: string;
  weight: number;
  score: number | null;
}
export interface Group {
  name: string;
  weight: number;
  lines: Line[];
  children: Group[];
}
export interface Table {
  id: string;
  /** the group weights the source itself states (the others printed as their units' sums) */
  stated: number;
  /** 2: 一级 groups over 二级 groups over lines; 1: 一级 groups over lines */
  depth: 1 | 2;
  groups: Group[];
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
const linesOf = (g: Group): Line[] => (g.children.length ? g.children.flatMap(linesOf) : g.lines);
const weightOf = (ls: Line[]) => r6(ls.reduce((a, l) => a + l.weight, 0));
const scoreOf = (ls: Line[]): number | null => (ls.every((l) => l.score !== null) ? r6(ls.reduce((a, l) => a + l.score!, 0)) : null);

/** every group's weight is its units' sum (the source is clean at every level) */
export function sumsHold(t: Table): boolean {
  const ok = (g: Group): boolean => (g.children.length ? g.children.every(ok) && r6(g.children.reduce((a, c) => a + c.weight, 0)) === g.weight : weightOf(g.lines) === g.weight);
  return t.groups.every(ok);
}

function lineOf(i: Indicator): Line | null {
  if (i.weight === null || i.childOfRow !== null || !i.name) return null;
  return { name: i.name, weight: i.weight, score: i.claimedScore };
}
/**
 * The group as printed: its stated weight, or where it states none its units' sum (a table whose 一级 or 二级 states no
 * weight is printed with them, as most publishers print them); `stated` counts the weights the source itself states.
 */
function groupOf(g: GroupNode, depth: 1 | 2, stated: { n: number }): Group | null {
  // (its label as written, its code kept — lines coded anew under each group read so — its points taken off the end)
  const name = g.label.replace(/[(（【]?\s*\d+(?:\.\d+)?\s*分\s*[)）】]?\s*$/, "").trim();
  if (!name) return null;
  let children: Group[] = [];
  let lines: Line[] = [];
  if (depth === 2) {
    if (g.level !== 1 || g.indicators.length || !g.children.length || g.children.some((c) => c.children.length)) return null;
    const cs = g.children.map((c) => groupOf(c, 1, stated));
    if (cs.some((c) => c === null)) return null;
    children = cs as Group[];
  } else {
    if (g.children.length || !g.indicators.length) return null;
    const ls = g.indicators.map(lineOf);
    if (ls.some((l) => l === null)) return null;
    lines = ls as Line[];
  }
  if (g.weight !== null) stated.n++;
  const weight = g.weight ?? (children.length ? r6(children.reduce((a, c) => a + c.weight, 0)) : weightOf(lines));
  return { name, weight, lines, children };
}

const LINE_NUMBER = /^\s*[(（]?(\d+|[一二三四五六七八九十]+)[)）、.．]/;
function renumbered(lines: Line[]): boolean {
  const seen = new Set<string>();
  for (const l of lines) {
    const m = LINE_NUMBER.exec(l.name);
    if (!m) continue;
    if (seen.has(m[1])) return true;
    seen.add(m[1]);
  }
  return false;
}

function distinctNeighbours(gs: Group[]): boolean {
  return gs.every((g, k) => (k === 0 || gs[k - 1].name !== g.name) && distinctNeighbours(g.children));
}
function namesItsLine(g: Group): boolean {
  return g.lines.some((l) => l.name === g.name) || g.children.some((c) => c.name === g.name || namesItsLine(c));
}

/** the real sheets' clean scored tables (see above), in id order */
export function tableSources(dir = "test/fixtures/real"): Table[] {
  const out: Table[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".truth.json")).sort()) {
    const id = f.slice(0, -".truth.json".length);
    const truth = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
    // (an excerpt's table is printed as far as it goes: its groups must add up, its own closing line is printed anew)
    if ((truth.inconsistencies ?? []).length) continue;
    let r;
    try {
      r = review(jsonGrid(`${dir}/${id}.json`), "national");
    } catch {
      continue;
    }
    const m = r.model;
    if (m.indicators.some((i) => i.childOfRow !== null || i.weight === null)) continue;
    // (one 一级 over the whole table: its 二级 are the table's groups)
    const top = m.groups.length === 1 && m.groups[0].children.length > 1 ? m.groups[0].children.map((c) => ({ ...c, level: 1 as const })) : m.groups;
    if (top.length < 2 || top.some((g) => g.level !== 1)) continue;
    const depth: 1 | 2 = top[0].children.length ? 2 : 1;
    const stated = { n: 0 };
    const read = top.map((g) => groupOf(g, depth, stated));
    // (a table cut after a group's label, its lines past the page, or a group not of the table's shape: the groups before it)
    const cut = read.indexOf(null);
    const groups = (cut < 0 ? read : read.slice(0, cut)) as Group[];
    // (lines numbered anew inside a group, 1、2、1、2、: a grouping the tree does not carry, lost by the print; a group
    // named again right after itself, the same label over two projects' blocks, read as one by any print; a group whose
    // line is its own label, no line of its own)
    if (groups.some((g) => renumbered(linesOf(g))) || !distinctNeighbours(groups) || groups.some(namesItsLine)) continue;
    const t: Table = { id, stated: stated.n, depth, groups };
    // (an excerpt cut inside its last group: the groups before it, where they add up)
    const whole = t.groups.findIndex((g) => !sumsHold({ ...t, groups: [g] }));
    if (whole >= 0) t.groups = t.groups.slice(0, whole);
    if (t.groups.length < 2 || linesOf({ name: "", weight: 0, lines: [], children: t.groups }).length < 4) continue;
    out.push(t);
  }
  return out;
}

/** how the groups' weights are printed */
interface Print {
  /** labels and weights of a group merged down its rows (else written on its first line only, or on every line) */
  merged?: boolean;
  labelsEvery?: boolean;
  weightsEvery?: boolean;
  /** the weights in the group labels ('产出指标(30分)'), no group-weight columns */
  inLabel?: boolean;
  /** the closing 总分 line: 100 under every 分值 column (else under the lines' 分值 and 得分 only); none at all */
  totalEvery?: boolean;
  noTotal?: boolean;
  /** every other 二级 group's weight left blank */
  level2Missing?: boolean;
  /** a 得分 column after each group-weight column: the group's score */
  groupScores?: boolean;
  /** the 二级 weight column repeats each line's own weight where a 二级 spans several lines (no 二级 total printed there) */
  lineCopies?: boolean;
  /** under a 二级 weight on its first line, its last line prints its own weight in the 二级 column too */
  strayCopy?: boolean;
  /** the closing line's label (总分 where not said) */
  closing?: string;
  /** every weight written with its unit, '10分' */
  unit?: boolean;
  /** each 一级's label and weight on a line of its own over its lines (一级 | 20 | | …) */
  headLine?: boolean;
  /** the group-weight columns' heading (分值 where not said) */
  groupHead?: string;
}

export const VARIANTS: Record<string, Print> = {
  merged: { merged: true },
  "first-line": {},
  "every-line": { labelsEvery: true, weightsEvery: true },
  "labels-every": { labelsEvery: true },
  "weights-every-merged-labels": { merged: true, weightsEvery: true },
  "total-every-column": { merged: true, totalEvery: true },
  "total-every-column-first-line": { totalEvery: true },
  "no-total": { merged: true, noTotal: true },
  "in-label": { merged: true, inLabel: true },
  "in-label-first-line": { inLabel: true },
  "level2-missing": { merged: true, level2Missing: true },
  "level2-missing-total-every": { merged: true, level2Missing: true, totalEvery: true },
  "group-scores": { merged: true, groupScores: true },
  "group-scores-every-line": { labelsEvery: true, weightsEvery: true, groupScores: true },
  "line-copies": { merged: true, lineCopies: true },
  "line-copies-total-every": { merged: true, lineCopies: true, totalEvery: true },
  "stray-copy": { merged: true, strayCopy: true, totalEvery: true },
  "closing-合计": { merged: true, closing: "合计", totalEvery: true },
  "weights-with-unit": { merged: true, unit: true, totalEvery: true },
  "weights-with-unit-first-line": { unit: true },
  "head-lines": { headLine: true },
  "head-lines-total-every": { headLine: true, totalEvery: true, labelsEvery: true },
  "group-head-权重": { merged: true, groupHead: "权重", totalEvery: true },
};
export const VARIANT_NAMES = Object.keys(VARIANTS);

const col = (c: number) => String.fromCharCode(65 + c);
const num = (x: number | null) => (x === null ? null : x);

/** the table printed so: its cells and merges (row 1 a title, row 2 the header) */
export function printTable(t: Table, p: Print, whole?: number): { cells: Cells; merges: string[] } {
  const levels = t.depth; // group levels
  const scored = scoreOf(linesOf({ name: "", weight: 0, lines: [], children: t.groups })) !== null;
  // columns: per group level [label, (weight), (score)], then the line's name, weight, (score)
  const head: string[] = [];
  const at: { label: number; weight?: number; score?: number }[] = [];
  const names = ["一级指标", "二级指标", "三级指标"];
  for (let l = 0; l < levels; l++) {
    const a: { label: number; weight?: number; score?: number } = { label: head.length };
    head.push(names[l]);
    if (!p.inLabel) {
      a.weight = head.length;
      head.push(p.groupHead ?? "分值");
    }
    if (p.groupScores && scored) {
      a.score = head.length;
      head.push("得分");
    }
    at.push(a);
  }
  const nameCol = head.length;
  head.push(names[levels]);
  const weightCol = head.length;
  head.push("分值");
  const scoreCol = scored ? head.length : -1;
  if (scored) head.push("得分");
  const width = head.length;
  const cells: Cells = [["绩效评价指标体系及评分表", ...Array(width - 1).fill(null)], head];
  const merges: string[] = [`A1:${col(width - 1)}1`];
  const label = (g: Group) => (p.inLabel ? `${g.name}(${g.weight}分)` : g.name);
  const W = (x: number): string | number => (p.unit ? `${x}分` : x);
  let k2 = 0;
  const emitLines = (g: Group, each: (row: (string | number | null)[], first: boolean, line: Line, last: boolean) => void): void => {
    g.lines.forEach((ln, k) => {
      const row: (string | number | null)[] = Array(width).fill(null);
      each(row, k === 0, ln, k === g.lines.length - 1 && k > 0);
      row[nameCol] = ln.name;
      row[weightCol] = W(ln.weight);
      if (scored) row[scoreCol] = ln.score;
      cells.push(row);
    });
  };
  const emit = (g: Group, level: number, outer: (row: (string | number | null)[], first: boolean) => void): void => {
    const a = at[level];
    const missing = level === 1 && p.level2Missing && k2++ % 2 === 1;
    const lines = linesOf(g);
    const top = cells.length + 1;
    const copies = level === levels - 1 && p.lineCopies && lines.length > 1;
    const inner = (row: (string | number | null)[], first: boolean, line: Line | null, last: boolean) => {
      outer(row, first);
      if (first || p.labelsEvery) row[a.label] = label(g);
      if (a.weight !== undefined && !missing) {
        if (copies) row[a.weight] = line ? W(line.weight) : null;
        else if (first || p.weightsEvery) row[a.weight] = W(g.weight);
        else if (p.strayCopy && last && level === levels - 1 && line) row[a.weight] = W(line.weight);
      }
      if (a.score !== undefined && (first || p.weightsEvery)) row[a.score] = num(scoreOf(lines));
    };
    if (level === 0 && p.headLine) {
      // (its own line: the label and weight (and score), nothing of a line; the lines under it print no 一级 cell)
      const row: (string | number | null)[] = Array(width).fill(null);
      row[a.label] = label(g);
      if (a.weight !== undefined) row[a.weight] = W(g.weight);
      if (a.score !== undefined) row[a.score] = num(scoreOf(lines));
      cells.push(row);
      const under: Group = { ...g, name: "" };
      const quiet = (row2: (string | number | null)[]) => void (p.labelsEvery ? (row2[a.label] = label(g)) : undefined);
      if (g.children.length) g.children.forEach((c) => emit(c, level + 1, quiet));
      else emitLines(under, quiet);
      return;
    }
    if (g.children.length) {
      g.children.forEach((c, k) => emit(c, level + 1, (row, first) => inner(row, first && k === 0, null, false)));
    } else emitLines(g, (row, first, ln, last) => inner(row, first, ln, last));
    const bottom = cells.length;
    if (p.merged && bottom > top) {
      merges.push(`${col(a.label)}${top}:${col(a.label)}${bottom}`);
      if (a.weight !== undefined && !copies && !missing) merges.push(`${col(a.weight)}${top}:${col(a.weight)}${bottom}`);
      if (a.score !== undefined) merges.push(`${col(a.score)}${top}:${col(a.score)}${bottom}`);
    }
  };
  for (const g of t.groups) emit(g, 0, () => undefined);
  if (!p.noTotal) {
    const all = linesOf({ name: "", weight: 0, lines: [], children: t.groups });
    const row: (string | number | null)[] = Array(width).fill(null);
    row[0] = p.closing ?? "总分";
    // (a slip print keeps the whole the clean table states: a slipped line does not move the printed 总分)
    const w = whole ?? weightOf(all);
    row[weightCol] = W(w);
    if (scored) row[scoreCol] = scoreOf(all);
    if (p.totalEvery) for (const a of at) if (a.weight !== undefined) row[a.weight] = W(w);
    cells.push(row);
  }
  return { cells, merges };
}

export type Slip = "group1" | "group2" | "line";
export const SLIPS: Slip[] = ["group1", "group2", "line"];

/** the table with one slip: the first 一级's weight one more, the first 二级's, or the first line's (null where none) */
export function slipped(t: Table, s: Slip): Table | null {
  const c: Table = JSON.parse(JSON.stringify(t));
  const g = c.groups[0];
  if (s === "group1") g.weight += 1;
  else if (s === "group2") {
    if (!g.children.length) return null;
    g.children[0].weight += 1;
  } else linesOf(g)[0].weight += 1;
  return c;
}

export interface Flag {
  rule: string;
  severity: string;
  cell: string;
  message: string;
}
const reviewOf = (cells: Cells, merges: string[]) => review(Grid.fromValues("Sheet1", cells, merges), "national");
/** the print's errors and warnings */
export function flagsOf(cells: Cells, merges: string[]): Flag[] {
  return reviewOf(cells, merges).findings.filter((f) => f.severity !== "info");
}

export interface Measure {
  sources: number;
  prints: number;
  falsePrints: { id: string; variant: string; flags: Flag[] }[];
  slipPrints: number;
  missed: { id: string; variant: string; slip: Slip }[];
  /** slips found only as a reminder (info: the engine doubts the sum, e.g. a table starting mid-sequence at (三)) */
  asInfo: { id: string; variant: string; slip: Slip }[];
}

export function measure(sources: Table[], variants: string[] = VARIANT_NAMES): Measure {
  const m: Measure = { sources: sources.length, prints: 0, falsePrints: [], slipPrints: 0, missed: [], asInfo: [] };
  for (const t of sources)
    for (const v of variants) {
      const p = VARIANTS[v];
      const clean = printTable(t, p);
      m.prints++;
      const fl = flagsOf(clean.cells, clean.merges);
      if (fl.length) m.falsePrints.push({ id: t.id, variant: v, flags: fl });
      for (const s of SLIPS) {
        // (a 二级 of several lines printed as its lines' copies states no weight to slip)
        if (p.lineCopies && ((s === "group2" && t.depth === 2 && linesOf(t.groups[0].children[0]).length > 1) || (s === "group1" && t.depth === 1 && t.groups[0].lines.length > 1))) continue;
        const st = slipped(t, s);
        if (!st) continue;
        const sp = printTable(st, p, weightOf(linesOf({ name: "", weight: 0, lines: [], children: t.groups })));
        m.slipPrints++;
        const found = reviewOf(sp.cells, sp.merges).findings.filter((f) => f.rule === "weight-sum-mismatch");
        if (!found.length) m.missed.push({ id: t.id, variant: v, slip: s });
        else if (found.every((f) => f.severity === "info")) m.asInfo.push({ id: t.id, variant: v, slip: s });
      }
    }
  return m;
}
