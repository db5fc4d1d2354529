import { parseA1, rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import { statedCell } from "../../src/core/relations";
import type { ReviewResult } from "../../src/core/review";
import { build, id, Move, operandCells, rowTexts, titleRows, withoutRows } from "./metamorphic";

/**
 * prec60: the shapes unseen pages come in (an excerpt that lost a line, a page cut, a preview that lost a column, a
 * copy without its title, numbers typed otherwise). A variant a reviewer judges the same way must gain no error flag
 * the published sheet does not carry, unless the content dropped was a part of the flagged relation (a part of a sum
 * dropped under its stated total is a real disagreement on the page as printed).
 */

export interface Variant {
  grid: Grid;
  back: Move;
  /** the rows of the published sheet the variant dropped (their cells no longer on the variant) */
  dropped: number[];
  /** the column blanked, if any */
  blanked?: number;
}

const nonEmptyRows = (g: Grid) => {
  const rows: number[] = [];
  for (let r = 1; r <= g.rowCount; r++) if (rowTexts(g, r).length) rows.push(r);
  return rows;
};

/**
 * One line in the middle of the sheet's lines dropped (an excerpt that lost a line): rows merged with others and the
 * table's header (a page without its header is another shape, metamorphic-family-excerpts') are skipped.
 */
export function middleLineDropped(g: Grid, base: ReviewResult): Variant | null {
  const rows = nonEmptyRows(g);
  if (rows.length < 6) return null;
  const top = base.model.headerRow ?? 0;
  const last = base.model.headerLastRow ?? top;
  const inMerge = (r: number) => (top > 0 && r >= top && r <= last) || g.merges.some((m) => m.r1 !== m.r2 && m.r1 <= r && m.r2 >= r);
  const mid = Math.floor(rows.length / 2);
  for (let k = 0; k < rows.length / 2; k++)
    for (const i of [mid + k, mid - k]) {
      const r = rows[i];
      if (r === undefined || inMerge(r)) continue;
      const w = withoutRows(g, [r]);
      return { grid: named(w.grid, g.name), back: w.back, dropped: [r] };
    }
  return null;
}

/** The last third of the sheet's lines dropped (a page cut short): merges running past the cut end with it. */
export function lastThirdDropped(g: Grid): Variant | null {
  const rows = nonEmptyRows(g);
  if (rows.length < 6) return null;
  const at = rows[rows.length - Math.floor(rows.length / 3)];
  const merges = g.merges.filter((m) => m.r1 < at).map((m) => rangeA1({ ...m, r2: Math.min(m.r2, at - 1) }));
  const dropped: number[] = [];
  for (let r = at; r <= g.rowCount; r++) dropped.push(r);
  return { grid: build(g, (r, c) => g.cell(r, c), at - 1, g.colCount, merges, g.name), back: id, dropped };
}

/** The sheet's last column with content emptied (a preview that lost its right edge). */
export function lastColumnBlanked(g: Grid): Variant | null {
  let last = 0;
  let cols = 0;
  for (let c = 1; c <= g.colCount; c++) {
    let any = false;
    for (let r = 1; r <= g.rowCount && !any; r++) if (g.ownsCell(r, c)) { const x = g.cell(r, c); any = !!x && x.v !== null && x.v !== undefined && String(x.v).trim() !== ""; }
    if (any) { last = c; cols++; }
  }
  if (cols < 3) return null;
  // (a merge starting left of the column keeps its value; one starting in it is emptied with it)
  const grid = build(g, (r, c) => (c === last ? null : g.cell(r, c)), g.rowCount, g.colCount, g.merges.filter((m) => m.c1 !== last || m.c2 !== last).map((m) => rangeA1(m)), g.name);
  return { grid, back: id, dropped: [], blanked: last };
}

/** The title lines removed (a copy pasted from below its title). */
export function titleRemoved(g: Grid, r: ReviewResult): Variant | null {
  const rows = titleRows(g, r.model.headerRow);
  if (!rows.length) return null;
  const w = withoutRows(g, rows);
  return { grid: named(w.grid, g.name), back: w.back, dropped: rows };
}

const FW = (s: string) => s.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
/** Every digit in the sheet's texts written full-width (an IME left in full-width mode, a 繁體 page's '１２０萬元'). */
export const proseFullWidth = (g: Grid) => textsRewritten(g, (t) => FW(t));

/** A space each side of every number in the sheet's texts, as a PDF's text layer gives them ('共 3 个', '120.5 万元'). */
export const proseSpaced = (g: Grid) =>
  textsRewritten(g, (t) => (/[\u4e00-\u9fff]/.test(t) ? t.replace(/([\u4e00-\u9fff])([0-9])/g, "$1 $2").replace(/([0-9%])([\u4e00-\u9fff])/g, "$1 $2") : t));

/** Every amount of four digits or more in the sheet's texts written with thousands commas ('12000万元' → '12,000万元'). */
// (not a year: '2023年', '2023-'; not inside a code or a phone number: digits joined to letters or dashes left alone)
export const proseCommas = (g: Grid) =>
  textsRewritten(g, (t) => t.replace(/(^|[^\d.,A-Za-z\-])(\d{4,})(?![\d年A-Za-z\-])/g, (all, pre: string, d: string) => (/^(19|20)\d\d$/.test(d) ? all : pre + d.replace(/\B(?=(\d{3})+$)/g, ","))));

/** The sheet with each text cell rewritten by `f`; null where no text changes. */
function textsRewritten(g: Grid, f: (text: string) => string): Variant | null {
  let changed = false;
  const grid = build(g, (r, c) => {
    const x = g.cell(r, c);
    if (!x || typeof x.v !== "string") return x;
    const v = f(x.v);
    if (v === x.v) return x;
    changed = true;
    return { ...x, v };
  }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), g.name);
  return changed ? { grid, back: id, dropped: [] } : null;
}

const named = (g: Grid, name: string) => build(g, (r, c) => g.cell(r, c), g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), name);

export const VARIANTS: Record<string, (g: Grid, r: ReviewResult) => Variant | null> = {
  "middle line dropped": middleLineDropped,
  "last third dropped": lastThirdDropped,
  "last column blanked": lastColumnBlanked,
  "title removed": titleRemoved,
  "prose digits full-width": proseFullWidth,
  "prose numbers spaced": proseSpaced,
  "prose amounts with commas": proseCommas,
};

export interface Gained {
  rule: string;
  cell: string;
  severity: string;
  message: string;
  /** the flag's relation had a part (or its whole) on a dropped row or in the blanked column: a real disagreement of the variant */
  partLost: boolean;
  /**
   * the one line dropped held words only (a section head '二、…(30分)', '三公经费', a block's header): what the lines under it
   * belong to went with it, a reader of the variant page sees them under the head above — a structure lost, not a
   * relation's outside
   */
  headLost: boolean;
}

/**
 * The variant dropped one line, and it held text only, no number (a head, a section line, a header), or it opened on an
 * item's code or number ('3、', '(二)', '指标8', 'C绩效目标合理性', 'C、…', '2 科技规划', '④'): a numbered list's own item (the list as printed
 * then skips it, as a slip would).
 */
export function droppedHead(g: Grid, v: Variant): boolean {
  if (v.dropped.length !== 1) return false;
  const t = rowTexts(g, v.dropped[0]);
  return t.length > 0 && (t.every((x) => !/\d/.test(x.text)) || ITEM_START.test(t[0].text));
}
const ITEM_START = /^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]|[\u2460-\u2473]|[A-Z][、.．]?(?=[\u4e00-\u9fff])|指标\s*\d|\d+\s*$|\d+\s+(?=[\u4e00-\u9fff]))/;

/**
 * The error (and warning) flags the variant carries that the published sheet does not, cells moved back; each marked
 * where the published sheet's relation at that cell read a cell the variant dropped.
 */
export function gainedFlags(g: Grid, base: ReviewResult, v: Variant, out: ReviewResult, severities = ["error", "warning"]): Gained[] {
  const headLost = droppedHead(g, v);
  const had = new Set(base.findings.filter((f) => severities.includes(f.severity)).map((f) => `${f.rule}@${f.cell}`));
  const lost = (cell: string) => {
    const p = parseA1(cell);
    return v.dropped.includes(p.row) || v.blanked === p.col;
  };
  const relationCells = (stated: string): string[] => {
    const cells: string[] = [];
    for (const r of base.model.relations) {
      const all = [statedCell(r), ...operandCells(r)];
      if (all.includes(stated)) cells.push(...all);
    }
    return cells;
  };
  const gained: Gained[] = [];
  for (const f of out.findings) {
    if (!severities.includes(f.severity)) continue;
    const cell = v.back(f.cell);
    if (had.has(`${f.rule}@${cell}`)) continue;
    const cells = [cell, ...(f.related ?? []).map(v.back), ...relationCells(cell)];
    gained.push({ rule: f.rule, cell, severity: f.severity, message: f.message, partLost: v.dropped.length + (v.blanked ? 1 : 0) > 0 && cells.some(lost), headLost });
  }
  return gained;
}
