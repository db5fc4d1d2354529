import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { isClosingRow } from "./table-closing";

/**
 * A score head merged across tier cells (软科学项目绩效评价评分表: 考核指标 | 考核内容及评分说明 | 评分 over four cells; each item's
 * line holds its tiers, '全部完成(60分)' | '完成80%以上(41-59)' | '完成60%及以上(21-40)' | '完成60%以下(0-20)'): the head is no
 * score column of a blank form but the rule's tiers, the first tier's bracketed points the item's (its weight), the others
 * the ranges the lower tiers earn. Read where one head on the header's last line is merged across MIN_TIERS columns or more,
 * no line of sub-heads under it, and on MIN_LINES item lines or more the first cell under it closes with '(N分)' and two
 * more, each a text of its own, close with a bracketed range or points ('(41-59)', '(8分)'), one a range (a label filled across
 * its cells, '(30分)' three times, is no tiers). A head over score columns (评分 over 自评 | 复评, a
 * second header line) or over numbers is none.
 */

const MIN_TIERS = 3;
const MIN_LINES = 2;
const LINES_READ = 30;
/** the first tier's points closing its text: '全部完成(60分)', '3个月内提交(10分)' (compact text) */
const TOP_TIER = /\((\d+(?:\.\d+)?)分\)$/;
/** a lower tier's range or points closing its text: '(41-59)', '(0～5分)', '(8分)' */
const TIER_AWARD = /\((\d+(?:\.\d+)?)(?:分?[-~～—–至](\d+(?:\.\d+)?))?分?\)$/;
/** a bracket closing a tier's text: what it holds */
const CLOSING_BRACKET = /\(([^()]{1,8})\)$/;
/** a bracket's content meant as points but printed with letters or marks for digits ('O-Io', '&7', '&9', 'l0-15') */
const GARBLED_AWARD = /^[\dOolIS&$%#]+(?:[-~～—–][\dOolIS&$%#]+)?$/;
const CLEAN_AWARD = /^\d+(?:\.\d+)?(?:分?[-~～—–至]\d+(?:\.\d+)?)?分?$/;

/** The columns of the tier cells under a head merged across them on header line `row` (from its first column `col`), or null. */
export function pointTierSpan(grid: Grid, row: number, col: number): { first: number; last: number } | null {
  const m0 = grid.mergeAt(row, col);
  if (m0 && (m0.r1 !== row || m0.r2 !== row || m0.c1 !== col)) return null;
  const head = grid.compactText(row, col);
  if (!head) return null;
  // (its span: its merge across, or — the merge undone or filled across — its cell and the cells right of it blank or
  // holding the same head, as far as the line under it holds cells)
  let last = m0 ? m0.c2 : col;
  if (!m0) while (last < grid.scanCols && !grid.mergeAt(row, last + 1) && (grid.compactText(row, last + 1) === "" || grid.compactText(row, last + 1) === head) && grid.compactText(row + 1, last + 1) !== "") last++;
  const m = { c1: col, c2: last };
  if (m.c2 - m.c1 + 1 < MIN_TIERS) return null;
  let lines = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + LINES_READ); r++) {
    if (isClosingRow(grid, r)) break;
    const top = grid.compactText(r, m.c1);
    if (!grid.ownsCell(r, m.c1) || !TOP_TIER.test(top)) continue;
    // (the lower tiers: texts of their own — a label filled across its cells is one text, no tiers — one with a range)
    const lower = new Set<string>();
    let ranges = 0;
    for (let c = m.c1 + 1; c <= m.c2; c++) {
      const t = grid.compactText(r, c);
      const a = t && t !== top && !lower.has(t) ? TIER_AWARD.exec(t) : null;
      if (!a) continue;
      lower.add(t);
      if (a[2] !== undefined) ranges++;
    }
    if (lower.size >= 2 && ranges >= 1) lines++;
  }
  return lines >= MIN_LINES ? { first: m.c1, last: m.c2 } : null;
}

/**
 * A head merged across tier cells on the header's last line (pointTierSpan): the columns under it lose any role, and the
 * first — the top tier, its '(N分)' the item's points — is the items' rule.
 */
export function pointTiersAsRule(grid: Grid, rows: readonly number[], colRole: Map<number, ColumnRole>): void {
  const row = rows[rows.length - 1];
  for (const c of [...colRole.keys()]) {
    const span = pointTierSpan(grid, row, c);
    if (!span) continue;
    for (const cc of [...colRole.keys()]) if (cc >= span.first && cc <= span.last) colRole.delete(cc);
    colRole.set(span.first, "rubric");
    return;
  }
}

/** A tier whose bracketed award is printed with letters or marks for digits, among tiers of its line that read. */
export interface GarbledTier {
  cell: string;
  text: string;
  award: string;
  /** the tiers of its line that read */
  siblings: string[];
}

/**
 * The tiers under a head merged across them (the rule column `rubric` its first) whose bracketed awards cannot be read —
 * '完成60%以下(O-Io)', '(&7)', '(&9)': letters and marks where the digits of a range belong — on lines whose other tiers,
 * two at least, read as points or ranges.
 */
export function garbledTiers(grid: Grid, headerRow: number | null, rubric: number | undefined, rows: readonly number[]): GarbledTier[] {
  if (headerRow === null || rubric === undefined) return [];
  const span = pointTierSpan(grid, headerRow, rubric);
  if (!span) return [];
  const out: GarbledTier[] = [];
  for (const r of rows) {
    const clean: string[] = [];
    const garbled: { c: number; text: string; award: string }[] = [];
    for (let c = span.first; c <= span.last; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const text = grid.compactText(r, c);
      const award = CLOSING_BRACKET.exec(text)?.[1];
      if (award === undefined) continue;
      if (CLEAN_AWARD.test(award)) clean.push(grid.addr(r, c));
      else if (GARBLED_AWARD.test(award) && /[^\d\-~～—–]/.test(award)) garbled.push({ c, text, award });
    }
    if (clean.length < 2) continue;
    for (const g of garbled) out.push({ cell: grid.addr(r, g.c), text: g.text, award: g.award, siblings: clean });
  }
  return out;
}
