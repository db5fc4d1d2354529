import type { Cell, Grid } from "../grid/grid";
import type { EvaluationModel, RelationTerm } from "../model/types";
import { readNumber } from "../text/numbers";
import { LADDER_WORD } from "./vocabulary";

/**
 * A scoring form printed two-up (检查评分表 set two items a line to fit a page): a group column, then the same (item,
 * points) pair of heads twice or more — 项目 | 具体项目 | 评分 | 具体项目 | 评分 — each line holding two items with their
 * points under the group label merged down its lines (食品卫生30分). The right-hand pairs are items of the same groups as
 * the left-hand ones; the model keys one indicator to a line, so the left-hand pair is read as the table (its 评分 the
 * points of a blank form: a number on every item line, no score column anywhere) and the right-hand pairs are added to
 * their group's sum (`withTwoUpParts`): a group's points are checked against the items of both halves.
 *
 * Not such a form: a header whose second pair is another role (项目 | 指标 | 目标值 | 指标 | 实际值: no pair repeated), a
 * form with a 得分 column after each pair (具体项目 | 评分 | 得分 twice: a run of three heads, a score column), a points
 * column holding text or nothing on most lines (a filled score, a rule).
 */
export interface TwoUpForm {
  headerRow: number;
  /** the heads' lower halves on the line under it (具体 over 项目) */
  lowerHalves?: true;
  groupCol: number;
  /** the left pair's item and points columns */
  item: number;
  points: number;
  /** the other pairs' item and points columns, left to right */
  others: { item: number; points: number }[];
}

/** the points' head of a two-up form: 评分 / 分值 / 分数 / 标准分 (a unit in brackets aside) */
const POINTS_HEAD = /^(评分|分值|分数|标准分|满分)(\(分\))?$/;
/** a numbering column's head before the group column */
const NUMBER_HEAD = /^(序号|编号|序)$/;
/** a remarks column's head after the pairs */
const REMARK_HEAD = /^(备注|备注栏|附注|说明)$/;
/** lines a two-up header is looked for on */
const HEAD_ROWS = 6;
/** item lines with points in every pair, at least */
const MIN_LINES = 3;

function pointsAt(grid: Grid, r: number, c: number): number | null {
  const raw = grid.raw(r, c);
  if (typeof raw === "number") return raw;
  const t = grid.compactText(r, c);
  // (points written with their unit, "3分")
  const m = /^(\d{1,3}(?:\.\d+)?)分?$/.exec(t);
  return m ? (readNumber(m[1])?.value ?? null) : null;
}

/** A line holding only short words with no figure, two at least: the lower halves of heads written over two lines. */
function lowerHalves(grid: Grid, r: number): boolean {
  let n = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (t.length > 4 || /\d/.test(t)) return false;
    n++;
  }
  return n >= 2;
}

/** The two-up form's header and columns, or null where the sheet is no such form. */
export function twoUpForm(grid: Grid): TwoUpForm | null {
  for (let r = 1; r <= Math.min(grid.rowCount, HEAD_ROWS); r++) {
    // (a head written over two lines, 具体 over 项目, the other heads merged down over both: read whole)
    const lower = r < grid.rowCount && lowerHalves(grid, r + 1);
    let heads: { c: number; t: string }[] = [];
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c) + (lower && grid.ownsCell(r + 1, c) ? grid.compactText(r + 1, c) : "");
      if (t) heads.push({ c, t });
    }
    // (a numbering column before the group column, 序号, and a remarks column after the pairs, 备注, are no pair's)
    if (heads.length && NUMBER_HEAD.test(heads[0].t)) heads = heads.slice(1);
    if (heads.length && REMARK_HEAD.test(heads[heads.length - 1].t)) heads = heads.slice(0, -1);
    // one group column, then the (item, points) pair twice or more, nothing else
    if (heads.length < 5 || (heads.length - 1) % 2 !== 0) continue;
    if (!LADDER_WORD.test(heads[0].t)) continue;
    const pairs: { item: number; points: number }[] = [];
    let same = true;
    for (let k = 1; k < heads.length && same; k += 2) {
      same = heads[k].t === heads[1].t && heads[k + 1].t === heads[2].t && heads[k + 1].c === heads[k].c + 1;
      pairs.push({ item: heads[k].c, points: heads[k + 1].c });
    }
    if (!same || !LADDER_WORD.test(heads[1].t) || !POINTS_HEAD.test(heads[2].t)) continue;
    // the pairs' points columns hold bare points under the header, their item columns text: on MIN_LINES lines at least
    // every pair holds an item with its points, and words in a points column (a page-break line, a signature, a rule
    // or a mark written where points stand) on a third of that many lines at most
    const head = heads[2].t;
    let full = 0;
    let words = 0;
    for (let rr = r + 1; rr <= grid.rowCount; rr++) {
      let all = true;
      for (const p of pairs) {
        if (!grid.ownsCell(rr, p.points)) {
          all = false;
          continue;
        }
        const t = grid.compactText(rr, p.points);
        const n = t ? pointsAt(grid, rr, p.points) : null;
        if (t && n === null && t !== head) words++;
        if (n === null || !grid.compactText(rr, p.item) || pointsAt(grid, rr, p.item) !== null) all = false;
      }
      if (all) full++;
    }
    if (full < MIN_LINES || words * 3 > full) continue;
    return { headerRow: r, ...(lower ? { lowerHalves: true } : {}), groupCol: heads[0].c, item: pairs[0].item, points: pairs[0].points, others: pairs.slice(1) };
  }
  return null;
}

/**
 * The grid the two-up form's table is read from: its left pair alone, the heads named for the roles they have in such a
 * form (the group column the top level, the item column the items', the points column 分值), the other pairs' cells
 * cleared. Null where the sheet is no two-up form.
 */
export function withTwoUpLeftHalf(grid: Grid, form: TwoUpForm | null = twoUpForm(grid)): Grid | null {
  if (!form) return null;
  const r0 = form.headerRow;
  const edits: { cell: string; value: Cell | null }[] = [
    { cell: grid.addr(r0, form.groupCol), value: { v: "一级指标" } },
    { cell: grid.addr(r0, form.item), value: { v: "二级指标" } },
    { cell: grid.addr(r0, form.points), value: { v: "分值" } },
  ];
  if (form.lowerHalves) for (const c of [form.groupCol, form.item, form.points]) if (grid.ownsCell(r0 + 1, c) && grid.compactText(r0 + 1, c)) edits.push({ cell: grid.addr(r0 + 1, c), value: null });
  for (const p of form.others)
    for (let r = r0; r <= grid.rowCount; r++)
      for (const c of [p.item, p.points]) if (grid.ownsCell(r, c) && grid.compactText(r, c)) edits.push({ cell: grid.addr(r, c), value: null });
  return grid.withCells(edits);
}

/**
 * The model's group sums with the other pairs' items added: each group's weight rollup takes, on the group's lines, the
 * right-hand items' points as parts too (the relation the form's groups hold: 食品卫生30分 = 17 + 13). `sheet` is the
 * grid as printed (the other pairs' cells still in it).
 */
export function withTwoUpParts(sheet: Grid, form: TwoUpForm, model: EvaluationModel): void {
  const groups = new Map<string, { firstRow: number; lastRow: number }>();
  for (const g of model.groups) if (g.weightCell) groups.set(g.weightCell, g);
  for (const rel of model.relations) {
    if (rel.kind !== "rollup" || rel.measure !== "weight" || rel.level !== "group") continue;
    const g = groups.get(rel.total.cell);
    if (!g) continue;
    const extra: RelationTerm[] = [];
    for (let r = g.firstRow; r <= g.lastRow; r++)
      for (const p of form.others) {
        const v = sheet.compactText(r, p.points) ? pointsAt(sheet, r, p.points) : null;
        if (v !== null) extra.push({ cell: sheet.addr(r, p.points), row: r, col: p.points, value: v, text: sheet.compactText(r, p.points), decimals: null, percent: false, label: sheet.compactText(r, p.item) });
      }
    if (extra.length) rel.parts = rel.parts.concat(extra);
  }
}
