import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { weightInLabel } from "../text/labels";
import { indicatorRole } from "./headers";
import { isClosingRow } from "./table-closing";
import type { HeaderMap } from "./table-header";
import { normalizeGrade } from "../score/grade";

/**
 * A tiered scoring rule's header: after the name columns, pairs of a tier's text and the points it earns repeated
 * across the row (项目 | 内容 | 评分指标 | 评价得分 | 评分标准 | 评价得分 | 评分标准 | 评价得分 …, or 标准 | 分值 pairs): the
 * tiers of ONE rubric (优 / 良 / 中 / 差), whose points are the rule's, not scores given. Evidence: at least three
 * contiguous (text, points) pairs of which at least two texts are headed as a rubric, and under the header items
 * whose names carry their own bracketed points ('技术入户率(4分)', two rows at least). The first tier's text column is
 * the rubric; the column left of it holds the items (二级), the one left of that, if any, the groups (一级); the tier
 * points stay unread (no score, no weight column).
 */
const MIN_TIERS = 3;
const MIN_ITEMS = 2;
const ROWS_READ = 40;

/** The first tier's text column and the last tier's points column of a header row of tiers, or null. */
export function tierPairs(grid: Grid, row: number): { first: number; last: number } | null {
  const role = (c: number) => (grid.ownsCell(row, c) ? indicatorRole(grid.text(row, c)) : null);
  const text = (c: number) => (grid.ownsCell(row, c) ? grid.compactText(row, c) : "");
  for (let t0 = 2; t0 + 1 <= grid.scanCols; t0++) {
    if (role(t0 + 1) !== "score" || !text(t0) || role(t0) === "score" || role(t0) === "weight") continue;
    // the pairs from t0 on: (text, points) side by side
    let pairs = 0;
    let rubrics = 0;
    let c = t0;
    for (; c + 1 <= grid.scanCols && role(c + 1) === "score" && text(c) && role(c) !== "score" && role(c) !== "weight"; c += 2) {
      pairs++;
      if (role(c) === "rubric") rubrics++;
    }
    return pairs >= MIN_TIERS && rubrics >= 2 ? { first: t0, last: c - 1 } : null;
  }
  return null;
}

export function tieredRubricHeader(grid: Grid, row: number): HeaderMap | null {
  const tiers = tierPairs(grid, row);
  if (!tiers) return null;
  const role = (c: number) => (grid.ownsCell(row, c) ? indicatorRole(grid.text(row, c)) : null);
  const text = (c: number) => (grid.ownsCell(row, c) ? grid.compactText(row, c) : "");
  // the names left of the first tier: the items nearest, their groups left of them
  const names: number[] = [];
  for (let c = tiers.first - 1; c >= 1 && names.length < 2; c--) if (text(c) && role(c) !== "score" && role(c) !== "weight") names.push(c);
  if (!names.length) return null;
  const [item, group] = names;
  let items = 0;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + ROWS_READ); r++) {
    if (isClosingRow(grid, r)) break;
    if (grid.startsInRow(r, item) && weightInLabel(grid.text(r, item)) !== null) items++;
  }
  if (items < MIN_ITEMS) return null;
  const columns: Partial<Record<ColumnRole, number>> = { level2: item, rubric: tiers.first };
  if (group !== undefined) columns.level1 = group;
  return { headerRow: row, firstHeaderRow: row, columns, roleCount: Object.keys(columns).length };
}

/**
 * A header with its levels named and tiers after them (一级指标 | 二级指标 | 评分标准 | 得分 | 评分标准 | 得分 …): the
 * tiers' points columns are no score columns (the first tier's text stays the rubric).
 */
export function tierPointsNotScores(grid: Grid, row: number, columns: Partial<Record<ColumnRole, number>>): void {
  const tiers = tierPairs(grid, row);
  if (!tiers) return;
  for (const k of ["score", "level1Score", "level2Score"] as const) {
    const c = columns[k];
    if (c !== undefined && c > tiers.first && c <= tiers.last) delete columns[k];
  }
  if (columns.rubric === undefined || (columns.rubric > tiers.first && columns.rubric <= tiers.last)) columns.rubric = tiers.first;
}

/** grade tiers a head merged across names on the header's next line (优秀 | 良好 | 一般 | 较差) */
const MIN_GRADE_TIERS = 3;

/**
 * The columns of grade tiers under a head merged across them (等次及分值 over 优秀 | 良好 | 一般 | 较差, each line's
 * cells the points range of its tier, '4~5' | '3~4' | '2~3' | '0~2'): the first and last tier column, or null. On the
 * header's lower line `row`, under one head of the line above it spanning them all (its merge, or its cell and the blank
 * cells right of it), every sub-head a grade (normalizeGrade), MIN_GRADE_TIERS at least.
 */
export function gradeTierSpan(grid: Grid, row: number): { first: number; last: number } | null {
  // (asked by the header's reading and again by rubric-points-mismatch for every item, of the one header line: once per
  // grid and line; its answer is only read)
  let byRow = tierSpans.get(grid);
  if (byRow === undefined) tierSpans.set(grid, (byRow = new Map()));
  let span = byRow.get(row);
  if (span === undefined) byRow.set(row, (span = tierSpanAt(grid, row)));
  return span;
}

const tierSpans = new WeakMap<Grid, Map<number, { first: number; last: number } | null>>();

function tierSpanAt(grid: Grid, row: number): { first: number; last: number } | null {
  if (row < 2) return null;
  const up = row - 1;
  for (let c = 1; c <= grid.scanCols; c++) {
    // the head's span: its merge, or with the merges undone (a CSV dump) its cell and the blank cells right of it
    const m = grid.mergeAt(up, c);
    let last = c;
    if (m) {
      if (m.r1 !== up || m.r2 !== up || m.c1 !== c) continue;
      last = m.c2;
    } else {
      if (!grid.text(up, c)) continue;
      while (last < grid.scanCols && !grid.mergeAt(up, last + 1) && !grid.text(up, last + 1)) last++;
    }
    if (last - c + 1 >= MIN_GRADE_TIERS) {
      let grades = 0;
      for (let cc = c; cc <= last; cc++) if (grid.ownsCell(row, cc) && normalizeGrade(grid.compactText(row, cc)) !== null) grades++;
      if (grades === last - c + 1) return { first: c, last };
    }
    c = last;
  }
  return null;
}

/**
 * A head merged over grade tiers (gradeTierSpan) names no weight or score, whatever its words (等次及分值: the points are
 * the tiers' ranges): the tier columns lose any role, and the first one — the best tier's range — is the items' rule.
 */
export function gradeTiersAsRule(grid: Grid, rows: readonly number[], colRole: Map<number, ColumnRole>): void {
  const span = gradeTierSpan(grid, rows[rows.length - 1]);
  if (!span) return;
  for (const c of [...colRole.keys()]) if (c >= span.first && c <= span.last) colRole.delete(c);
  if (![...colRole.values()].includes("rubric")) colRole.set(span.first, "rubric");
}

/** a points range in a tier's cell: '4~5', '22～30', '85—100', '9-10分' (compact text) */
const POINTS_RANGE = /^(\d+(?:\.\d+)?)分?[~～\-—–至](\d+(?:\.\d+)?)分?$/;

/** The range a tier's cell gives ('9~10' → 9 and 10), or null (compact text; the low end not above the high one). */
export function pointsRange(text: string): { low: number; high: number } | null {
  const m = POINTS_RANGE.exec(text);
  if (!m) return null;
  const low = Number(m[1]);
  const high = Number(m[2]);
  return high >= low ? { low, high } : null;
}
