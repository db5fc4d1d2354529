import type { Grid } from "../grid/grid";
import type { EvaluationModel, ProductRelation, RelationTerm } from "../model/types";
import { compact } from "../text/normalize";
import { agreesTyped } from "../relations/tolerance";
import { copiesLeft, numberOrPointsAt } from "./cells";

/**
 * A scoring line worth its things counted times the points each earns: the line's text lists the things, or states
 * how many, and closes a clause with the points per thing — '档案室配有计算机、复印机、…、移动硬盘,每项计1分' beside 8
 * (8 × 1), '归档文件材料收集齐全,抽查12项,每项计2分' beside 24 (12 × 2), '牛检测2个指标:口蹄疫O型、A型免疫抗体。每项指标为5分'
 * beside 10 (2 × 5, the stated count and the list agreeing). The 分值 = count × each (a ProductRelation of points, as
 * rate-points.ts's): the sheet prints both factors, the count by its list.
 *
 * Refused: a list joined by 和 / 及 / 与 / 或 at its end (the count unclear), a list not in the clause right before
 * the points (a clause after it may be a thing as well: '铁质柜或密集架、防光窗帘,放有防虫药品,每项计1分'), a stated
 * count bounded ('1条以上') or two counts, a stated count the list contradicts, any other points in the text but
 * deductions ('…得满分,每少5%扣1分' kept), a cap, a full mark or a bonus (the full points then not the product), a
 * 分值 merged over further lines, fewer than two things.
 */

/** '每项计1分', '每项指标为5分', '每个得2分' opening a clause (its comma, semicolon, colon or full stop before it) */
const PER_ITEM = /[,;。:]每(?:项|个|条|处)(?:指标)?(?:计|记|为|得|给)?(\d+(?:\.\d+)?)分/g;
/** points written in the text, and what comes right before them */
const POINTS = /(\d+(?:\.\d+)?)分/g;
const DEDUCTION_BEFORE = /扣(?:除)?$/;
/** the full points not the product: a cap, a stated full mark, a bonus */
const NOT_A_PRODUCT = /最高|最多|至多|不超过|封顶|满分\d|满分为|加分|奖励|加\d/;
/** a count stated: '抽查12项', '检测2个指标' (not bounded: '1条以上') */
const STATED_COUNT = /(\d+)(项|个指标|个|类|种|条)(?!以上|以下|以内|次)/g;
/** a list's item numbering at the text's start ('1、', '4.', '(3)') */
const NUMBERING = /^(?:\(?\d+\)|\d+[、.]|[一二三四五六七八九十]+、)/;
const LIST_JOIN = /[和及与或]/;
const CLAUSE_BREAK = /[,;。:]/;

/** count × each the line's text states, or null (see above). */
export function perItemPoints(text: string): { count: number; each: number } | null {
  const p = readPerItem(text);
  return p && { count: p.count, each: p.each };
}

/** perItemPoints with the word its stated count is written in ('个指标'; null for a list's count) */
function readPerItem(text: string): { count: number; each: number; unit: string | null } | null {
  const c = compact(text).replace(NUMBERING, "");
  if (NOT_A_PRODUCT.test(c)) return null;
  PER_ITEM.lastIndex = 0;
  const m = PER_ITEM.exec(c);
  if (!m || PER_ITEM.exec(c)) return null;
  const each = Number(m[1]);
  const pointsAt = m.index + m[0].length - 1 - m[1].length;
  POINTS.lastIndex = 0;
  for (let p = POINTS.exec(c); p; p = POINTS.exec(c)) {
    if (p.index === pointsAt) continue;
    if (!DEDUCTION_BEFORE.test(c.slice(Math.max(0, p.index - 2), p.index))) return null;
  }
  const before = c.slice(0, m.index);
  // the clause right before the points: its '、' list
  let from = before.length;
  while (from > 0 && !CLAUSE_BREAK.test(before.charAt(from - 1))) from--;
  const parts = before.slice(from).split("、");
  const listed = parts.length >= 2 && !LIST_JOIN.test(parts[parts.length - 1]) ? parts.length : null;
  let stated: number | null = null;
  let unit: string | null = null;
  STATED_COUNT.lastIndex = 0;
  for (let s = STATED_COUNT.exec(before); s; s = STATED_COUNT.exec(before)) {
    if (stated !== null) return null;
    stated = Number(s[1]);
    unit = s[2];
  }
  if (stated !== null && listed !== null && stated !== listed) return null;
  const count = stated ?? listed;
  return count !== null && count >= 2 && each > 0 ? { count, each, unit } : null;
}

/**
 * (table54) The one count a line states in `unit` ('羊检测2个指标:口蹄疫O型和小反刍兽疫免疫抗体。' → 2), where its text
 * states no points at all: a line under the same merged item as a line stating its count in that word and the points
 * each earns ('牛检测2个指标:…。每项指标为5分') is worth its count times those points (贺兰 C6 = 2 × 5, C7 = 3 × 5). Null
 * for two counts, a bounded one, another word, any points written.
 */
function countIn(text: string, unit: string): number | null {
  const c = compact(text).replace(NUMBERING, "");
  POINTS.lastIndex = 0;
  if (POINTS.test(c)) return null;
  let count: number | null = null;
  STATED_COUNT.lastIndex = 0;
  for (let s = STATED_COUNT.exec(c); s; s = STATED_COUNT.exec(c)) {
    if (count !== null || s[2] !== unit) return null;
    count = Number(s[1]);
  }
  return count !== null && count >= 1 ? count : null;
}

/** The 分值 = count × each of a scoring sheet's lines whose own text states both (perItemPoints). */
export function perItemPointsRelations(grid: Grid, model: EvaluationModel): ProductRelation[] {
  const w = model.columns.weight;
  if (w === undefined || model.family !== "indicator-system") return [];
  const out: ProductRelation[] = [];
  // (the last line stating its count and the points each earns: lines under the same merged item may carry its points)
  let carried: { row: number; col: number; each: number; unit: string; lines: ProductRelation[] } | null = null;
  for (const i of model.indicators) {
    if (i.childOfRow !== null || i.weight === null || i.notApplicable) continue;
    const result = numberOrPointsAt(grid, i.row, w);
    // (a 分值 merged down over further lines is theirs together)
    if (!result || result.percent || result.row !== i.row || (i.row < grid.rowCount && grid.anchorRow(i.row + 1, w) === i.row)) continue;
    let found: { col: number; count: number; each: number; unit: string | null } | null = null;
    let several = false;
    for (let col = 1; col < w; col++) {
      // (a text merged across filled into its cells by an export: read once, at its first)
      if (!grid.ownsCell(i.row, col) || copiesLeft(grid, i.row, col)) continue;
      const p = readPerItem(grid.text(i.row, col));
      if (!p) continue;
      if (found) several = true;
      found = { col, ...p };
    }
    if (several) continue;
    if (!found) {
      const from = carried;
      const count = from && sameItem(grid, from.row, i.row, from.col) && grid.ownsCell(i.row, from.col) ? countIn(grid.text(i.row, from.col), from.unit) : null;
      if (from && count !== null) from.lines.push(product(grid, result, i.row, from.col, count, from.row, from.each));
      continue;
    }
    if (carried) keepCarried(out, carried.lines);
    carried = found.unit ? { row: i.row, col: found.col, each: found.each, unit: found.unit, lines: [] } : null;
    out.push(product(grid, result, i.row, found.col, found.count, i.row, found.each));
  }
  if (carried) keepCarried(out, carried.lines);
  return out;
}

/**
 * The lines that carry an item's points per thing, kept on their own evidence: one of them at least worth its count
 * times those points, one at most not (a slip is a slip; more are lines whose points are their own).
 */
function keepCarried(out: ProductRelation[], lines: ProductRelation[]): void {
  const holds = lines.filter((p) => agreesTyped(p.result, p.factors[0].value * p.factors[1].value)).length;
  if (holds >= 1 && lines.length - holds <= 1) out.push(...lines);
}

/**
 * Rows `a` and `b` (a above b) under one item: a label at `a` in a column left of `col` merged down over `b` (or, merges
 * undone, left blank on the lines down to `b`, or filled down on them).
 */
function sameItem(grid: Grid, a: number, b: number, col: number): boolean {
  for (let c = 1; c < col; c++) {
    const t = grid.compactText(a, c);
    if (!t) continue;
    let k = a + 1;
    while (k <= b && (grid.compactText(k, c) === "" || grid.compactText(k, c) === t)) k++;
    if (k > b) return true;
  }
  return false;
}

/** 分值 (`result`) = the count in the text at (row, col) × the points each earns, stated at (eachRow, col). */
function product(grid: Grid, result: RelationTerm, row: number, col: number, count: number, eachRow: number, each: number): ProductRelation {
  const term = (r: number, value: number, label: string): RelationTerm => ({ cell: grid.addr(r, col), row: r, col, value, text: String(value), decimals: null, percent: false, label });
  return {
    kind: "product",
    id: `product:weight:${result.cell}`,
    measure: "weight",
    orientation: "rows",
    label: "分值",
    block: "indicator-table",
    bound: "equal",
    result: { ...result, label: "分值" },
    factors: [term(row, count, "项数"), term(eachRow, each, "每项分值")],
    scale: 1,
  };
}
