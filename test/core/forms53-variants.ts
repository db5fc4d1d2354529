import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { a1, parseA1, rangeA1 } from "../../src/core/grid/a1";
import type { CellRange } from "../../src/core/grid/a1";
import type { BudgetRole, ColumnRole } from "../../src/core/model/types";
import { budgetRole, indicatorRole } from "../../src/core/recognise/headers";
import type { ReviewResult } from "../../src/core/review";
import { build, emptyColumnAfter, id, Move, relationSig, withoutRows } from "./metamorphic";
import { titleRows } from "./metamorphic";

/**
 * forms53: the variations between templates of one filled form (自评表, 目标表, 监控表, 评分表) a sheet from an unseen template
 * shows, each applied to a real form read right as printed (scripts/forms53-variants.ts measures them over every real form,
 * test/core/forms53-variants.test.ts holds them over a sample):
 *   swapped columns     two adjacent value columns (目标值 | 完成值, 分值 | 得分, 预算数 | 执行数 …) printed the other way round,
 *                       their headers with them;
 *   header synonym      a value column's header written with another word of the same role (分值 → 权重 / 标准分 …);
 *   title removed       the title lines gone;
 *   empty column        an empty column inserted after the items' names;
 *   notes column        a 备注 column inserted after the target's (or the weight's) column, a note on some lines;
 *   one 指标 head       the 一级指标 | 二级指标 | 三级指标 header cells merged into one '指标' cell.
 * Each variant of a sheet is compared with its reading as printed: family, indicators (row, weight, score), relations and
 * error findings, cells moved back.
 */
export const KINDS = ["swapped columns", "header synonym", "title removed", "empty column", "notes column", "one 指标 head"] as const;
export type Kind = (typeof KINDS)[number];
export interface Variant { kind: Kind; what: string; grid: Grid; back: Move }

/** Header words of the same role a published template writes (the vocabulary tables name them all). */
export const SYNONYMS: Partial<Record<ColumnRole, string[]>> = {
  weight: ["分值", "权重", "标准分", "满分值", "指标分值"],
  score: ["得分", "评分", "自评得分", "实际得分"],
  targetValue: ["指标值", "目标值", "年度指标值", "年度目标值"],
  actual: ["实际完成值", "实际值", "完成情况", "全年实际值"],
};
export const BUDGET_SYNONYMS: Partial<Record<BudgetRole, string[]>> = {
  adjusted: ["全年预算数", "预算数", "调整后预算数"],
  executed: ["全年执行数", "执行数", "实际支出"],
  rate: ["执行率", "预算执行率"],
};
const VALUE_ROLES: ColumnRole[] = ["targetValue", "actual", "weight", "score", "unit", "targetOp"];
const BUDGET_VALUE_ROLES: BudgetRole[] = ["initial", "adjusted", "executed", "rate", "weight", "score"];

const text = (x: Cell | null) => (x && typeof x.v === "string" ? x.v : "");
const copyMerges = (g: Grid) => g.merges.map((m) => rangeA1(m));

/**
 * Columns c and c+1 exchanged on lines top..bottom (one table's header and lines: a fund block's columns are not the
 * indicator table's under them); null where a merge crosses their boundary, covers part of one, or runs out of those lines.
 */
export function swapColumns(g: Grid, c: number, top: number, bottom: number): { grid: Grid; back: Move } | null {
  const d = c + 1;
  const keepRows = new Set<number>();
  const inside: CellRange[] = [];
  for (const m of g.merges) {
    const hasC = m.c1 <= c && m.c2 >= c;
    const hasD = m.c1 <= d && m.c2 >= d;
    if ((!hasC && !hasD) || m.r2 < top || m.r1 > bottom) continue;
    if (hasC && hasD) { for (let r = Math.max(m.r1, top); r <= Math.min(m.r2, bottom); r++) keepRows.add(r); continue; }
    if (m.c1 !== m.c2 || m.r1 < top || m.r2 > bottom) return null;
    inside.push(m);
  }
  // (a merge over both columns keeps its lines as they are; a merge inside one column moves with it)
  if (inside.some((m) => [...keepRows].some((r) => r >= m.r1 && r <= m.r2))) return null;
  const sw = (r: number, col: number) => (r < top || r > bottom || keepRows.has(r) ? col : col === c ? d : col === d ? c : col);
  const merges = g.merges.map((m) => (inside.includes(m) ? rangeA1({ r1: m.r1, c1: sw(m.r1, m.c1), r2: m.r2, c2: sw(m.r1, m.c1) }) : rangeA1(m)));
  const grid = build(g, (r, col) => g.cell(r, sw(r, col)), g.rowCount, g.colCount, merges);
  return { grid, back: (cell) => { const p = parseA1(cell); return a1(p.row, sw(p.row, p.col)); } };
}

/** The cell (row) of the header lines top..last naming column `col` with a role `is` accepts (its merge's first cell). */
function headCell(g: Grid, top: number, last: number, col: number, is: (t: string) => boolean): { r: number; c: number } | null {
  for (let r = top; r <= last; r++) {
    const m = g.mergeAt(r, col);
    const at = m ? { r: m.r1, c: m.c1 } : { r, c: col };
    if (m && (m.c1 !== m.c2)) continue;
    if (is(text(g.cell(at.r, at.c)))) return at;
  }
  return null;
}

function withText(g: Grid, at: { r: number; c: number }, v: string): Grid {
  return build(g, (r, c) => (r === at.r && c === at.c ? { v } : g.cell(r, c)), g.rowCount, g.colCount, copyMerges(g));
}

/** A column inserted after `col`: its header `head` at the header's top line (merged down the header), `note` on some body lines. */
function notesColumnAfter(g: Grid, col: number, top: number, last: number, rows: number[]): { grid: Grid; back: Move } {
  const { grid: e, back } = emptyColumnAfter(g, col);
  const NOTES = ["见附件", "已完成", "按计划实施"];
  const at = new Set(rows.filter((_, k) => k % 2 === 0));
  let n = 0;
  const merges = copyMerges(e);
  if (last > top && !e.merges.some((m) => m.c1 <= col + 1 && m.c2 >= col + 1 && m.r1 <= last && m.r2 >= top)) merges.push(rangeA1({ r1: top, c1: col + 1, r2: last, c2: col + 1 }));
  const grid = build(e, (r, c) => (c !== col + 1 ? e.cell(r, c) : r === top ? { v: "备注" } : at.has(r) && !e.mergeAt(r, c) ? { v: NOTES[n++ % NOTES.length] } : e.cell(r, c)), e.rowCount, e.colCount, merges);
  return { grid, back };
}

/** Every variant of the sheet `g` read as `r`. */
export function variants(g: Grid, r: ReviewResult): Variant[] {
  const out: Variant[] = [];
  const m = r.model;
  const top = m.headerRow;
  const last = m.headerLastRow ?? top;
  const cols = m.columns;
  const roleAt = new Map<number, string>();
  if (top !== null && last !== null) for (const role of VALUE_ROLES) if (cols[role] !== undefined) roleAt.set(cols[role]!, role);
  const b = m.budget;
  const budgetAt = new Map<number, string>();
  if (b) for (const role of BUDGET_VALUE_ROLES) if (b.columns[role] !== undefined) budgetAt.set(b.columns[role]!, role);
  // swapped columns, on the lines of their table
  const tableEnd = Math.max(last ?? 0, ...m.indicators.map((i) => i.row), m.totals && !m.totals.inSentence ? m.totals.row : 0);
  for (const at of [roleAt, budgetAt])
    for (const [c, role] of at) {
      const other = at.get(c + 1);
      if (!other) continue;
      const v = at === budgetAt ? swapColumns(g, c, b!.headerRow, Math.max(b!.headerRow, ...b!.items.map((i) => i.row))) : swapColumns(g, c, top!, tableEnd);
      if (v) out.push({ kind: "swapped columns", what: `${at === budgetAt ? "fund " : ""}${role}|${other}`, ...v });
    }
  // header synonym
  if (top !== null && last !== null)
    for (const [role, words] of Object.entries(SYNONYMS) as [ColumnRole, string[]][]) {
      const c = cols[role];
      if (c === undefined) continue;
      const at = headCell(g, top, last, c, (t) => indicatorRole(t) === role);
      if (!at) continue;
      const was = text(g.cell(at.r, at.c)).replace(/\s+/g, "");
      for (const w of words) if (w !== was) out.push({ kind: "header synonym", what: `${role} ${was}→${w}`, grid: withText(g, at, w), back: id });
    }
  if (b)
    for (const [role, words] of Object.entries(BUDGET_SYNONYMS) as [BudgetRole, string[]][]) {
      const c = b.columns[role];
      if (c === undefined) continue;
      const at = headCell(g, b.headerRow, b.headerRow + 1, c, (t) => budgetRole(t) === role);
      if (!at) continue;
      const was = text(g.cell(at.r, at.c)).replace(/\s+/g, "");
      for (const w of words) if (w !== was) out.push({ kind: "header synonym", what: `fund ${role} ${was}→${w}`, grid: withText(g, at, w), back: id });
    }
  // title removed
  const titles = titleRows(g, top ?? b?.headerRow ?? null);
  if (titles.length) out.push({ kind: "title removed", what: "", ...withoutRows(g, titles) });
  if (top === null || last === null) return out;
  const rows = [...new Set(m.indicators.map((i) => i.row))].sort((x, y) => x - y);
  // empty column after the items' names
  const nameCol = cols.level3 ?? cols.item ?? cols.level2;
  if (nameCol !== undefined) out.push({ kind: "empty column", what: "after names", ...emptyColumnAfter(g, nameCol) });
  // notes column after the target's column (or the weight's)
  const noteAfter = cols.targetValue ?? cols.weight;
  if (noteAfter !== undefined && rows.length) out.push({ kind: "notes column", what: cols.targetValue !== undefined ? "after target" : "after weight", ...notesColumnAfter(g, noteAfter, top, last, rows) });
  // one 指标 head over the three levels
  const lv = [cols.level1, cols.level2, cols.level3];
  if (lv.every((c) => c !== undefined) && lv[1] === lv[0]! + 1 && lv[2] === lv[1]! + 1) {
    const c1 = lv[0]!;
    const c2 = lv[2]!;
    const at = [c1, c1 + 1, c2].map((c) => headCell(g, top, last, c, (t) => /[一二三]级/.test(t)));
    if (at.every((x) => x !== null) && at.every((x) => x!.r === at[0]!.r)) {
      const row = at[0]!.r;
      const clash = (mm: CellRange) => mm.r1 <= row && mm.r2 >= row && mm.c2 >= c1 && mm.c1 <= c2;
      if (!g.merges.some((mm) => clash(mm) && (mm.c1 < c1 || mm.c2 > c2 || mm.r1 !== mm.r2))) {
        const merges = [...g.merges.filter((mm) => !clash(mm)).map((mm) => rangeA1(mm)), rangeA1({ r1: row, c1, r2: row, c2 })];
        const grid = build(g, (r, c) => (r === row && c >= c1 && c <= c2 ? (c === c1 ? { v: "指标" } : null) : g.cell(r, c)), g.rowCount, g.colCount, merges);
        out.push({ kind: "one 指标 head", what: "", grid, back: id });
      }
    }
  }
  return out;
}

/** What a variant must keep of the sheet's reading, cells moved back: the parts compared one by one. */
export function reading(r: ReviewResult, back: Move = id) {
  return {
    family: r.model.family,
    indicators: r.model.indicators.map((i) => `${i.nameCell ? back(i.nameCell).replace(/^[A-Z]+/, "") : i.row} ${i.weight} ${i.claimedScore}`).join(";"),
    relations: r.model.relations.map((x) => relationSig(x, back)).sort().join(";"),
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${back(f.cell)}`).sort().join(";"),
  };
}
export type Reading = ReturnType<typeof reading>;
/** The parts of `b` that differ from `a` (empty: the variant kept all). */
export const differs = (a: Reading, b: Reading) => (Object.keys(a) as (keyof Reading)[]).filter((k) => a[k] !== b[k]);
